// The failure policy of the apps (bindings/README.md, "Failure policy"), for iOS: hand-written,
// compiled with the generated SmishGuard.swift, used by ios-demo's filter extension and
// covered by Tests/SmishGuardTests.
import Foundation

/// What an app does when the library fails.
///
/// * Classification throws (or there is no classifier): the message-filter answer is
///   "no opinion" (`.noOpinion`, `ILMessageFilterAction.none`), never `.junk`: a failure must
///   not hide a message.
/// * A downloaded rule pack cannot be read, verified or loaded: the embedded rules are used.
public enum FailurePolicy {
    /// The answer when no verdict is available: no opinion, no sub-action.
    public static let noOpinion = IosFilterDecision(action: .noOpinion, subAction: nil)

    /// The filter decision for one message: the verdict's, or ``noOpinion`` if there is no
    /// classifier, no body, or classification throws.
    public static func filterDecision(for body: String?, sender: String?, using classifier: Classifier?)
        -> IosFilterDecision
    {
        guard let classifier, let body else { return noOpinion }
        return filterDecision { try classifier.classify(message: Message(body: body, sender: sender)) }
    }

    /// The decision of the verdict `classify` returns, or ``noOpinion`` if it throws.
    public static func filterDecision(_ classify: () throws -> Verdict) -> IosFilterDecision {
        do {
            return try classify().ios
        } catch {
            return noOpinion
        }
    }

    /// The classifier to use and why a downloaded pack was not used (nil: it was, or none).
    public struct LoadedRules {
        /// Nil only if even the embedded rules could not be built (a library bug).
        public let classifier: Classifier?
        /// Readable reason the pack was refused, for a log or a settings screen.
        public let packProblem: String?
    }

    /// The library's limit on a rule pack (4 MiB): larger files are not read.
    public static let maxPackBytes = 4 * 1024 * 1024

    /// `pack.json` and its detached Ed25519 signature `pack.sig` in `directory`, verified with
    /// `publicKey`; the embedded rules if there is no key, no pack, or a pack that cannot be
    /// read, verified or loaded.
    public static func loadRules(directory: URL?, publicKey: Data?) -> LoadedRules {
        guard let directory, let publicKey else { return embedded(problem: nil) }
        let packURL = directory.appendingPathComponent("pack.json")
        let sigURL = directory.appendingPathComponent("pack.sig")
        guard FileManager.default.fileExists(atPath: packURL.path),
              FileManager.default.fileExists(atPath: sigURL.path)
        else { return embedded(problem: nil) }
        do {
            let size = try FileManager.default.attributesOfItem(atPath: packURL.path)[.size] as? Int ?? 0
            if size > maxPackBytes {
                return embedded(problem: "\(packURL.lastPathComponent) is larger than \(maxPackBytes) bytes")
            }
            let json = try Data(contentsOf: packURL)
            let signature = try Data(contentsOf: sigURL)
            let classifier = try Classifier.fromSignedRulePack(json: json, signature: signature, publicKey: publicKey)
            return LoadedRules(classifier: classifier, packProblem: nil)
        } catch {
            return embedded(problem: readableMessage(of: error))
        }
    }

    private static func embedded(problem: String?) -> LoadedRules {
        LoadedRules(classifier: try? Classifier(), packProblem: problem)
    }
}
