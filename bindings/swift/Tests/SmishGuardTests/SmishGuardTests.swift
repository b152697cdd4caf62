// XCTest of the Swift API of smishguard. Written for macOS CI (`swift test` in bindings/swift
// after ios-demo/scripts/build-xcframework.sh); there is no Swift toolchain on the Linux
// development machines, where these sources are only parsed (tree-sitter-swift).
import Foundation
import XCTest

@testable import SmishGuard

final class SmishGuardTests: XCTestCase {
    static let classifier = try! Classifier()

    static let lure =
        "お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。こちらhttps://sagawa-kx.top/へ"

    /// The substring of `text` at a UTF-16 span, the way UIKit and NSString index.
    private func slice(_ text: String, _ span: TextSpan) -> String {
        let range = NSRange(location: Int(span.startUtf16), length: Int(span.endUtf16 - span.startUtf16))
        return (text as NSString).substring(with: range)
    }

    func testLureIsJunk() throws {
        let verdict = try Self.classifier.classify(message: Message(body: Self.lure, sender: nil))
        XCTAssertEqual(verdict.level, .dangerous)
        XCTAssertEqual(verdict.ios.action, .junk)
        XCTAssertEqual(verdict.android, .moveToSpam)
        XCTAssertEqual(verdict.urls.first?.host, "sagawa-kx.top")
    }

    func testUtf16SpansAfterEmojiAndFullWidth() throws {
        for prefix in ["", "😀", "😀😀𠮷", "ＡＢＣ１２３", "ｶﾀｶﾅ😀ＡＢＣ𠮷 "] {
            let body = prefix + Self.lure
            let verdict = try Self.classifier.classify(message: Message(body: body, sender: nil))
            let url = try XCTUnwrap(verdict.urls.first)
            XCTAssertEqual(slice(body, url.span), "https://sagawa-kx.top/", prefix)
            for reason in verdict.reasons {
                guard let span = reason.span else { continue }
                XCTAssertEqual(slice(body, span), reason.text, "\(prefix) \(reason.code)")
            }
        }
    }

    func testOneTimeCodeIsATransaction() throws {
        let verdict = try Self.classifier.classify(
            message: Message(body: "認証コードは482913です。このコードを他人と共有しないでください。", sender: nil))
        XCTAssertEqual(verdict.level, .safe)
        XCTAssertNotEqual(verdict.ios.action, .junk)
    }

    func testBadRulePackThrowsReadableError() {
        XCTAssertThrowsError(try Classifier.fromRulePack(json: Data("{\"schema\": 1,".utf8))) { error in
            guard case SmishGuardError.InvalidRulePack(let message) = error else {
                return XCTFail("unexpected error \(error)")
            }
            XCTAssertTrue(message.hasPrefix("rule pack is malformed at line 1"), message)
        }
    }

    func testBatchEqualsOneByOne() throws {
        let messages = [
            Message(body: Self.lure, sender: nil),
            Message(body: "明日の飲み会、19時に駅前で！🍻", sender: nil),
            Message(body: "", sender: "SMBC"),
        ]
        let batch = try Self.classifier.classifyBatch(messages: messages)
        let single = try messages.map { try Self.classifier.classify(message: $0) }
        XCTAssertEqual(batch, single)
    }

    func testConcurrentUseGivesSameVerdicts() throws {
        let message = Message(body: "😀" + Self.lure, sender: nil)
        let expected = try Self.classifier.classify(message: message)
        let lock = NSLock()
        var results: [Verdict] = []
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let verdict = try? Self.classifier.classify(message: message)
            lock.lock()
            if let verdict { results.append(verdict) }
            lock.unlock()
        }
        XCTAssertEqual(results.count, 8)
        XCTAssertTrue(results.allSatisfy { $0 == expected })
    }

    func testVersions() {
        let info = Self.classifier.versionInfo()
        XCTAssertEqual(info.library, libraryVersion())
        XCTAssertFalse(info.rules.isEmpty)
    }

    func testUserListsAndNotSpam() throws {
        let shop = Message(body: "【ベーカリー花】本日限定セール!至急ご来店ください https://hana-bakery.shop/",
                           sender: "+81 3-1234-5678")
        let entry = try Self.classifier.allowEntryFor(message: shop)
        XCTAssertEqual(entry, .sender(value: "0312345678"))
        let blocked = try UserLists(entries: UserListEntries(blockedKeywords: ["ご来店"]))
        XCTAssertEqual(try Self.classifier.classifyWithLists(message: shop, lists: blocked).level, .dangerous)
        let allowed = try UserLists(entries: UserListEntries(allowedSenders: ["0312345678"]))
        XCTAssertEqual(try Self.classifier.classifyWithLists(message: shop, lists: allowed).level, .safe)
        XCTAssertThrowsError(try UserLists(entries: UserListEntries(blockedDomains: ["not a domain"])))
    }

    func testSignedRulePackRefusesAForgedSignature() throws {
        let pack = Data("{\"schema\": 1}".utf8)
        XCTAssertThrowsError(
            try Classifier.fromSignedRulePack(json: pack, signature: Data(count: 64), publicKey: Data(count: 32))
        ) { error in
            guard case SmishGuardError.InvalidSignature = error else {
                return XCTFail("expected InvalidSignature, got \(error)")
            }
        }
        let before = Self.classifier.versionInfo().rules
        XCTAssertThrowsError(try Self.classifier.updateRules(json: pack, signature: Data(count: 64), publicKey: Data(count: 32)))
        XCTAssertEqual(Self.classifier.versionInfo().rules, before)
    }

    // The failure policy (bindings/README.md): a failure never yields `.junk`, an unusable
    // rule pack gives the embedded rules, errors are shown by their own text.

    func testAThrowingClassificationIsNoOpinionNeverJunk() {
        let decision = FailurePolicy.filterDecision { throw SmishGuardError.Internal(message: "boom") }
        XCTAssertEqual(decision, FailurePolicy.noOpinion)
        XCTAssertEqual(decision.action, .noOpinion)
        XCTAssertNil(decision.subAction)
    }

    func testNoClassifierOrNoBodyIsNoOpinionAndAVerdictIsFollowed() {
        XCTAssertEqual(FailurePolicy.filterDecision(for: Self.lure, sender: nil, using: nil), FailurePolicy.noOpinion)
        XCTAssertEqual(FailurePolicy.filterDecision(for: nil, sender: "SAGAWA", using: Self.classifier), FailurePolicy.noOpinion)
        let decision = FailurePolicy.filterDecision(for: Self.lure, sender: nil, using: Self.classifier)
        XCTAssertEqual(decision.action, .junk)
    }

    func testAnUnusableRulePackFallsBackToTheEmbeddedRules() throws {
        let embedded = Self.classifier.versionInfo().rules
        let none = FailurePolicy.loadRules(directory: nil, publicKey: nil)
        XCTAssertEqual(none.classifier?.versionInfo().rules, embedded)
        XCTAssertNil(none.packProblem)

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("{\"schema\": 1}".utf8).write(to: dir.appendingPathComponent("pack.json"))
        try Data(count: 64).write(to: dir.appendingPathComponent("pack.sig"))
        let forged = FailurePolicy.loadRules(directory: dir, publicKey: Data(count: 32))
        XCTAssertEqual(forged.classifier?.versionInfo().rules, embedded)
        let problem = try XCTUnwrap(forged.packProblem)
        XCTAssertFalse(problem.contains("InvalidSignature"), problem)
    }

    func testErrorsAreShownByTheirMessage() {
        XCTAssertThrowsError(try Classifier.fromRulePack(json: Data("{\"schema\": 1,".utf8))) { error in
            let text = readableMessage(of: error)
            XCTAssertTrue(text.hasPrefix("rule pack is malformed at line 1"), text)
            XCTAssertEqual(text, (error as? SmishGuardError)?.message)
        }
    }
}
