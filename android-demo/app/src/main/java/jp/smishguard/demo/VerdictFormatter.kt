package jp.smishguard.demo

import jp.smishguard.AndroidRecommendation
import jp.smishguard.Level
import jp.smishguard.Verdict

/**
 * Turns a [Verdict] into what the screens show: a headline, reason rows and the ranges of
 * the message to highlight. Pure Kotlin (no android.* import), so it is compiled and
 * unit-tested on the desktop JVM by bindings/tests/run.sh as well as by Gradle.
 *
 * Highlight ranges are UTF-16 offsets straight from the verdict, which is what
 * [String.substring] and Android's `SpannableString.setSpan` take: no conversion here.
 */
object VerdictFormatter {
    /** How a highlighted range or a reason row is coloured. */
    enum class Tone { DANGER, CAUTION, REASSURING }

    /** A range of the message to highlight, `[start, end)` in UTF-16 units. */
    data class Highlight(val start: Int, val end: Int, val tone: Tone)

    /** One line of the reasons list. */
    data class ReasonRow(val code: String, val explanation: String, val quote: String?, val tone: Tone)

    /** Everything a screen needs. */
    data class Display(
        val headline: String,
        val advice: String,
        val tone: Tone,
        val rows: List<ReasonRow>,
        val highlights: List<Highlight>,
        val recommendation: AndroidRecommendation,
    )

    /** Formats [verdict] of [body] in Japanese (`japanese = true`) or English. */
    fun format(body: String, verdict: Verdict, japanese: Boolean = true): Display {
        val rows = verdict.reasons.map { r ->
            ReasonRow(
                code = r.code,
                explanation = if (japanese) r.ja else r.en,
                quote = r.text,
                tone = toneOf(r.weight),
            )
        }
        return Display(
            headline = headline(verdict.level, japanese),
            advice = if (japanese) verdict.advice.ja else verdict.advice.en,
            tone = when (verdict.level) {
                Level.DANGEROUS -> Tone.DANGER
                Level.SUSPICIOUS -> Tone.CAUTION
                Level.SAFE -> Tone.REASSURING
            },
            rows = rows,
            highlights = highlights(body, verdict),
            recommendation = verdict.android,
        )
    }

    /**
     * The ranges to highlight: spans of reasons that add risk, and of URLs that are not on an
     * official domain. Clamped to [body], sorted, and overlapping ranges merged (the merged
     * range keeps the strongest tone), so a SpannableString never gets two spans on one char.
     */
    fun highlights(body: String, verdict: Verdict): List<Highlight> {
        val raw = mutableListOf<Highlight>()
        for (r in verdict.reasons) {
            val span = r.span ?: continue
            if (r.weight <= 0f) continue
            raw += Highlight(span.startUtf16, span.endUtf16, toneOf(r.weight))
        }
        for (u in verdict.urls) {
            if (u.officialBrand != null) continue
            val tone = if (verdict.level == Level.SAFE) Tone.CAUTION else Tone.DANGER
            raw += Highlight(u.span.startUtf16, u.span.endUtf16, tone)
        }
        val clamped = raw
            .map { Highlight(it.start.coerceIn(0, body.length), it.end.coerceIn(0, body.length), it.tone) }
            .filter { it.start < it.end }
            .sortedWith(compareBy({ it.start }, { it.end }))
        val merged = mutableListOf<Highlight>()
        for (h in clamped) {
            val last = merged.lastOrNull()
            if (last != null && h.start < last.end) {
                merged[merged.size - 1] = Highlight(last.start, maxOf(last.end, h.end), stronger(last.tone, h.tone))
            } else {
                merged += h
            }
        }
        return merged
    }

    /** The text of a warning notification, or null when the message needs none. */
    fun notificationText(verdict: Verdict, japanese: Boolean = true): String? = when (verdict.android) {
        AndroidRecommendation.ALLOW -> null
        AndroidRecommendation.WARN, AndroidRecommendation.MOVE_TO_SPAM ->
            headline(verdict.level, japanese) + "\n" + (if (japanese) verdict.advice.ja else verdict.advice.en)
    }

    private fun headline(level: Level, japanese: Boolean): String = when (level) {
        Level.DANGEROUS -> if (japanese) "危険：詐欺メッセージの可能性が高いです" else "Dangerous: very likely a scam"
        Level.SUSPICIOUS -> if (japanese) "注意：不審な点があります" else "Suspicious: be careful"
        Level.SAFE -> if (japanese) "問題は見つかりませんでした" else "No problem found"
    }

    private fun toneOf(weight: Float): Tone = when {
        weight >= 2f -> Tone.DANGER
        weight > 0f -> Tone.CAUTION
        else -> Tone.REASSURING
    }

    private fun stronger(a: Tone, b: Tone): Tone = if (a.ordinal <= b.ordinal) a else b
}
