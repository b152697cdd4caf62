// "Test a message": paste an SMS, see the verdict, the flagged text highlighted (UTF-16 spans
// straight into an NSAttributedString) and the reasons.
import SmishGuard
import SwiftUI
import UIKit

/// Shared by every screen of the app, like the extension's.
let appClassifier: Classifier? = try? Classifier()

struct TestMessageView: View {
    @State private var text = "お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。こちらhttps://sagawa-kx.top/へ"
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
            failure = "classifier unavailable"
            return
        }
        do {
            verdict = try classifier.classify(message: Message(body: text, sender: sender.isEmpty ? nil : sender))
            failure = nil
        } catch {
            failure = error.localizedDescription
        }
    }

    private func headline(_ verdict: Verdict) -> String {
        switch verdict.level {
        case .dangerous: return "危険：詐欺の可能性が高いです"
        case .suspicious: return "注意：不審な点があります"
        case .safe: return "問題は見つかりませんでした"
        }
    }

    /// The message with each risky span highlighted; spans are UTF-16 offsets, as NSRange.
    private func highlighted(_ text: String, _ verdict: Verdict) -> AttributedString {
        let ns = NSMutableAttributedString(string: text)
        let length = (text as NSString).length
        let spans = verdict.reasons.filter { $0.weight > 0 }.compactMap { $0.span } + verdict.urls.filter { $0.officialBrand == nil }.map { $0.span }
        for span in spans {
            let start = Int(span.startUtf16), end = Int(span.endUtf16)
            guard start >= 0, start < end, end <= length else { continue }
            ns.addAttribute(.backgroundColor, value: UIColor.systemRed.withAlphaComponent(0.25),
                            range: NSRange(location: start, length: end - start))
        }
        return (try? AttributedString(ns, including: \.uiKit)) ?? AttributedString(text)
    }
}
