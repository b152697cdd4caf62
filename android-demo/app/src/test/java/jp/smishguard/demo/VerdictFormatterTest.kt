package jp.smishguard.demo

import jp.smishguard.Advice
import jp.smishguard.AndroidRecommendation
import jp.smishguard.Classifier
import jp.smishguard.IosFilterAction
import jp.smishguard.IosFilterDecision
import jp.smishguard.Kind
import jp.smishguard.Level
import jp.smishguard.Message
import jp.smishguard.Reason
import jp.smishguard.TextSpan
import jp.smishguard.Verdict
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Test

/** Unit tests of [VerdictFormatter], against hand-made verdicts and the real classifier. */
class VerdictFormatterTest {
    private fun reason(code: String, weight: Float, start: Int?, end: Int?) = Reason(
        code = code,
        weight = weight,
        span = if (start != null && end != null) TextSpan(start, end) else null,
        text = null,
        ja = "理由 $code",
        en = "reason $code",
    )

    private fun verdict(level: Level, reasons: List<Reason>) = Verdict(
        level = level,
        score = 0.5f,
        category = null,
        kind = Kind.LURE,
        reasons = reasons,
        urls = emptyList(),
        phones = emptyList(),
        brands = emptyList(),
        senderBrand = null,
        advice = Advice("開かないで", "Do not open"),
        truncated = false,
        rulesVersion = "test",
        ios = IosFilterDecision(IosFilterAction.JUNK, null),
        android = when (level) {
            Level.DANGEROUS -> AndroidRecommendation.MOVE_TO_SPAM
            Level.SUSPICIOUS -> AndroidRecommendation.WARN
            Level.SAFE -> AndroidRecommendation.ALLOW
        },
    )

    @Test
    fun overlappingSpansMergeKeepingTheStrongestTone() {
        val body = "0123456789abcdef"
        val v = verdict(
            Level.DANGEROUS,
            listOf(
                reason("a", 1f, 2, 6),
                reason("b", 3f, 4, 9),
                reason("c", 0.5f, 12, 14),
                reason("genuine", -2f, 0, 16),
                reason("nospan", 5f, null, null),
            ),
        )
        val h = VerdictFormatter.highlights(body, v)
        assertEquals(
            listOf(
                VerdictFormatter.Highlight(2, 9, VerdictFormatter.Tone.DANGER),
                VerdictFormatter.Highlight(12, 14, VerdictFormatter.Tone.CAUTION),
            ),
            h,
        )
    }

    @Test
    fun rangesAreClampedToTheText() {
        val v = verdict(Level.SUSPICIOUS, listOf(reason("x", 1f, 3, 99), reason("y", 1f, 50, 60)))
        assertEquals(listOf(VerdictFormatter.Highlight(3, 5, VerdictFormatter.Tone.CAUTION)), VerdictFormatter.highlights("abcde", v))
    }

    @Test
    fun rowsAndNotificationFollowTheLanguage() {
        val v = verdict(Level.SUSPICIOUS, listOf(reason("x", 1f, null, null)))
        val ja = VerdictFormatter.format("abc", v)
        val en = VerdictFormatter.format("abc", v, japanese = false)
        assertEquals("理由 x", ja.rows.single().explanation)
        assertEquals("reason x", en.rows.single().explanation)
        assertEquals(VerdictFormatter.Tone.CAUTION, ja.tone)
        assertTrue(VerdictFormatter.notificationText(v)!!.contains("開かないで"))
        assertNull(VerdictFormatter.notificationText(verdict(Level.SAFE, emptyList())))
    }

    @Test
    fun realLureHighlightsTheLinkAfterEmoji() {
        val body = "👍🏻ｾｰﾙ！お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。こちらhttps://sagawa-kx.top/へ"
        Classifier().use { c ->
            val v = c.classify(Message(body))
            val d = VerdictFormatter.format(body, v)
            assertEquals(AndroidRecommendation.MOVE_TO_SPAM, d.recommendation)
            val texts = d.highlights.map { body.substring(it.start, it.end) }
            assertTrue(texts.toString(), texts.any { it.contains("https://sagawa-kx.top/") })
            assertTrue(d.rows.isNotEmpty())
        }
    }
}
