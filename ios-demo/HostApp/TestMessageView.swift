// "Test a message": paste an SMS, see the verdict, the flagged text highlighted (UTF-16 spans
// turned into ranges of a SwiftUI AttributedString) and the reasons.
import SmishGuard
import SwiftUI

/// Shared by every screen of the app, like the extension's: the embedded rules (the demo
/// takes no rule updates), built under the failure policy of bindings/README.md.
let appClassifier: Classifier? = FailurePolicy.loadRules(directory: nil, publicKey: nil).classifier

struct TestMessageView: View {
    @State private var text = "【佐川急便】お荷物をお届けにあがりましたが不在のため持ち帰りました。再配達はこちら https://sagawa-redelivery.top/confirm"
    @State private var sender = ""
    @State private var verdict: Verdict?
    @State private var failure: String?

    var body: some View {
        Form {
            Section("メッセージ / Message") {
                TextEditor(text: $text).frame(minHeight: 120)
                TextField("送信元 / Sender (optional)", text: $sender)
                Button("判定する / Check", action: check)
            }
            if let failure {
                Section { Text(failure).foregroundStyle(.red) }
            }
            if let verdict {
                Section("結果 / Verdict") {
                    Text(headline(verdict)).font(.headline)
                    Text(verdict.advice.ja)
                    Text(highlighted(text, verdict))
                    Text("iOS: \(String(describing: verdict.ios.action)) \(verdict.ios.subAction.map { String(describing: $0) } ?? "")")
                        .font(.caption)
                }
                Section("理由 / Reasons") {
                    ForEach(Array(verdict.reasons.enumerated()), id: \.offset) { _, reason in
                        VStack(alignment: .leading) {
                            Text(reason.ja)
                            if let quote = reason.text { Text("「\(quote)」").font(.caption) }
                        }
                    }
                }
            }
        }
        .navigationTitle("SmishGuard")
    }

    private func check() {
        guard let classifier = appClassifier else {
            failure = "確認できません / Cannot check: the rules could not be built"
            return
        }
        do {
            verdict = try classifier.classify(message: Message(body: text, sender: sender.isEmpty ? nil : sender))
            failure = nil
        } catch {
            // The failure policy: say it could not be checked, with the library's own text.
            verdict = nil
            failure = "確認できませんでした / Could not check: " + readableMessage(of: error)
        }
    }

    private func headline(_ verdict: Verdict) -> String {
        switch verdict.level {
        case .dangerous: return "危険：詐欺の可能性が高いです"
        case .suspicious: return "注意：不審な点があります"
        case .safe: return "問題は見つかりませんでした"
        }
    }

    /// The message with each risky span highlighted. `Text` renders only SwiftUI attributes,
    /// so the colour is set in the SwiftUI scope; spans are UTF-16 offsets, turned into
    /// `String.Index` and then into ranges of the attributed string.
    private func highlighted(_ text: String, _ verdict: Verdict) -> AttributedString {
        var attributed = AttributedString(text)
        let length = text.utf16.count
        let spans = verdict.reasons.filter { $0.weight > 0 }.compactMap { $0.span }
            + verdict.urls.filter { $0.officialBrand == nil }.map { $0.span }
        for span in spans {
            let start = Int(span.startUtf16), end = Int(span.endUtf16)
            guard start >= 0, start < end, end <= length else { continue }
            let range = String.Index(utf16Offset: start, in: text)..<String.Index(utf16Offset: end, in: text)
            guard let attributedRange = Range(range, in: attributed) else { continue }
            attributed[attributedRange].swiftUI.backgroundColor = Color.red.opacity(0.25)
        }
        return attributed
    }
}
