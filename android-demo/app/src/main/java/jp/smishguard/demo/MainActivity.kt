package jp.smishguard.demo

import android.app.Activity
import android.graphics.Color
import android.os.Bundle
import android.text.SpannableString
import android.text.Spanned
import android.text.style.BackgroundColorSpan
import android.widget.Button
import android.widget.EditText
import android.widget.LinearLayout
import android.widget.ScrollView
import android.widget.TextView
import jp.smishguard.Message
import jp.smishguard.SmishGuardException

/** Paste a message, tap Check: the verdict, the message with risky spans highlighted, the reasons. */
class MainActivity : Activity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val input = EditText(this).apply { hint = "SMS本文を貼り付け / Paste an SMS" }
        val sender = EditText(this).apply { hint = "送信元 (任意) / Sender (optional)" }
        val headline = TextView(this).apply { textSize = 18f }
        val highlighted = TextView(this)
        val reasons = TextView(this)
        val check = Button(this).apply { text = "判定 / Check" }
        check.setOnClickListener {
            val body = input.text.toString()
            try {
                val verdict = SmishGuardApp.classifier.classify(
                    Message(body, sender.text.toString().ifBlank { null }),
                )
                val display = VerdictFormatter.format(body, verdict)
                headline.text = display.headline + "\n" + display.advice
                highlighted.text = spannable(body, display.highlights)
                reasons.text = display.rows.joinToString("\n") { row ->
                    "• " + row.explanation + (row.quote?.let { "「$it」" } ?: "")
                }
            } catch (e: SmishGuardException) {
                headline.text = e.message
            }
        }
        val column = LinearLayout(this).apply {
            orientation = LinearLayout.VERTICAL
            setPadding(32, 32, 32, 32)
            listOf(input, sender, check, headline, highlighted, reasons).forEach { addView(it) }
        }
        setContentView(ScrollView(this).apply { addView(column) })
    }

    /** The verdict's UTF-16 offsets are what SpannableString takes: no conversion. */
    private fun spannable(body: String, highlights: List<VerdictFormatter.Highlight>): SpannableString {
        val s = SpannableString(body)
        for (h in highlights) {
            val color = when (h.tone) {
                VerdictFormatter.Tone.DANGER -> Color.argb(90, 220, 0, 0)
                VerdictFormatter.Tone.CAUTION -> Color.argb(90, 240, 180, 0)
                VerdictFormatter.Tone.REASSURING -> Color.argb(60, 0, 160, 0)
            }
            s.setSpan(BackgroundColorSpan(color), h.start, h.end, Spanned.SPAN_EXCLUSIVE_EXCLUSIVE)
        }
        return s
    }
}
