package jp.smishguard.demo

import android.Manifest
import android.app.Activity
import android.content.Intent
import android.content.pm.PackageManager
import android.graphics.Color
import android.os.Build
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

/**
 * Paste a message, tap Check: the verdict, the message with risky spans highlighted, the
 * reasons. Opened from a warning notification, it shows that message checked. Asks for
 * RECEIVE_SMS (and POST_NOTIFICATIONS on Android 13+) so incoming SMS can be checked.
 */
class MainActivity : Activity() {
    private lateinit var input: EditText
    private lateinit var sender: EditText
    private lateinit var check: Button

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        input = EditText(this).apply { hint = "SMS本文を貼り付け / Paste an SMS" }
        sender = EditText(this).apply { hint = "送信元 (任意) / Sender (optional)" }
        val headline = TextView(this).apply { textSize = 18f }
        val highlighted = TextView(this)
        val reasons = TextView(this)
        check = Button(this).apply { text = "判定 / Check" }
        check.setOnClickListener {
            val body = input.text.toString()
            try {
                val verdict = (application as SmishGuardApp).classifier.classify(
                    Message(body, sender.text.toString().ifBlank { null }),
                )
                val display = VerdictFormatter.format(body, verdict)
                headline.text = display.headline + "\n" + display.advice
                highlighted.text = spannable(body, display.highlights)
                reasons.text = display.rows.joinToString("\n") { row ->
                    "• " + row.explanation + (row.quote?.let { "「$it」" } ?: "")
                }
            } catch (e: Exception) {
                // The failure policy: say the message could not be checked, with the library's
                // own text (SmishGuardException.message), and show the message unmarked.
                headline.text = "確認できませんでした / Could not check: ${e.message}"
                highlighted.text = body
                reasons.text = ""
            }
        }
        val column = LinearLayout(this).apply {
            orientation = LinearLayout.VERTICAL
            setPadding(32, 32, 32, 32)
            listOf(input, sender, check, headline, highlighted, reasons).forEach { addView(it) }
        }
        setContentView(ScrollView(this).apply { addView(column) })
        showStored(intent)
        askForPermissions()
    }

    override fun onNewIntent(intent: Intent) {
        super.onNewIntent(intent)
        showStored(intent)
    }

    /** Fills in and checks the stored message a warning notification points to. */
    private fun showStored(intent: Intent?) {
        val id = intent?.getLongExtra(EXTRA_MESSAGE_ID, -1L) ?: -1L
        if (id < 0) return
        val stored = (application as SmishGuardApp).store.load(id) ?: return
        input.setText(stored.body)
        sender.setText(stored.sender ?: "")
        check.performClick()
    }

    private fun askForPermissions() {
        val wanted = mutableListOf(Manifest.permission.RECEIVE_SMS)
        if (Build.VERSION.SDK_INT >= 33) wanted += Manifest.permission.POST_NOTIFICATIONS
        val missing = wanted.filter { checkSelfPermission(it) != PackageManager.PERMISSION_GRANTED }
        if (missing.isNotEmpty()) requestPermissions(missing.toTypedArray(), 1)
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

    companion object {
        /** Extra of the intent from a warning notification: the stored message's id. */
        const val EXTRA_MESSAGE_ID = "jp.smishguard.demo.MESSAGE_ID"
    }
}
