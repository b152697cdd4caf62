package jp.smishguard.demo

import jp.smishguard.Classifier
import jp.smishguard.Message
import jp.smishguard.SmishGuardException
import org.junit.AfterClass
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Test

/**
 * [IncomingMessageHandler] with a fake store and notifier: whatever happens during
 * classification, every message ends up stored exactly once, and a failure never turns into
 * a warning or a hidden message.
 */
class IncomingMessageHandlerTest {
    /** Records every call; checks that a message is stored before it is handled. */
    private class FakeStore : MessageStore {
        val added = mutableListOf<IncomingSms>()
        val handlings = mutableMapOf<Long, MutableList<Pair<Handling, String?>>>()

        override fun add(sms: IncomingSms): Long {
            added += sms
            return added.size.toLong()
        }

        override fun setHandling(id: Long, handling: Handling, failure: String?) {
            assertTrue("handling of a message that was never stored", id in 1..added.size.toLong())
            handlings.getOrPut(id) { mutableListOf() } += handling to failure
        }
    }

    private class FakeNotifier : WarningNotifier {
        val warnings = mutableListOf<Triple<Long, String, String>>()
        override fun warn(id: Long, title: String, text: String) {
            warnings += Triple(id, title, text)
        }
    }

    companion object {
        val classifier = Classifier()

        /** A made-up parcel-delivery lure: brand-like wording and a look-alike link. */
        const val LURE = "【佐川急便】お荷物をお届けにあがりましたが不在のため持ち帰りました。" +
            "再配達はこちら https://sagawa-redelivery.top/confirm から手続きしてください。"

        @JvmStatic
        @AfterClass
        fun close() = classifier.close()
    }

    private val store = FakeStore()
    private val notifier = FakeNotifier()
    private var classified = 0

    /** The real classifier, counting calls and checking that the message was stored first. */
    private val real = MessageClassifier { body, sender ->
        assertEquals("stored before it is classified", classified + 1, store.added.size)
        classified++
        classifier.classify(Message(body, sender))
    }

    private fun handler(c: MessageClassifier = real) = IncomingMessageHandler(store, c, notifier)

    private fun sms(vararg parts: String, sender: String? = "+819012345678") =
        IncomingSms(sender, parts.toList(), 1_700_000_000_000L)

    /** The one stored message: added once, handled once; returns its (handling, failure). */
    private fun storedOnce(expectedBody: String): Pair<Handling, String?> {
        assertEquals(1, store.added.size)
        assertEquals(expectedBody, store.added.single().body)
        return store.handlings.getValue(1L).single()
    }

    @Test
    fun aThrownSmishGuardExceptionStillStoresTheMessageShownAsReceived() {
        val failing = MessageClassifier { _, _ -> throw SmishGuardException.Internal("internal error in smishguard: boom") }
        val outcome = handler(failing).handle(sms(LURE))
        val (handling, failure) = storedOnce(LURE)
        assertEquals(Handling.AS_RECEIVED, handling)
        assertEquals("internal error in smishguard: boom", failure)
        assertEquals(Handling.AS_RECEIVED, outcome.handling)
        assertNull(outcome.verdict)
        assertEquals("a failed check never warns", 0, notifier.warnings.size)
    }

    @Test
    fun aLibraryThatDoesNotLoadStillStoresTheMessage() {
        val failing = MessageClassifier { _, _ -> throw UnsatisfiedLinkError("libsmishguard_ffi.so not found") }
        handler(failing).handle(sms("こんにちは"))
        val (handling, failure) = storedOnce("こんにちは")
        assertEquals(Handling.AS_RECEIVED, handling)
        assertTrue(failure!!.contains("libsmishguard_ffi.so"))
        assertEquals(0, notifier.warnings.size)
    }

    @Test
    fun anEmptyBodyIsStoredOnce() {
        handler().handle(sms())
        handler().handle(sms("", ""))
        assertEquals(2, store.added.size)
        assertEquals(listOf("", ""), store.added.map { it.body })
        for (id in 1L..2L) assertEquals(listOf(Handling.AS_RECEIVED to null), store.handlings[id])
        assertEquals(2, classified)
        assertEquals(0, notifier.warnings.size)
    }

    @Test
    fun aMultiPartMessageIsStoredOnceJoinedAndWarnedOnce() {
        val parts = listOf(LURE.substring(0, 20), LURE.substring(20, 50), LURE.substring(50))
        val outcome = handler().handle(sms(*parts.toTypedArray()))
        val (handling, failure) = storedOnce(LURE)
        assertNull(failure)
        assertEquals(1, classified)
        assertEquals(Handling.SCAM_WARNING, handling)
        assertEquals(IncomingMessageHandler.handlingOf(classifier.classify(Message(LURE, "+819012345678"))), handling)
        val warning = notifier.warnings.single()
        assertEquals(outcome.id, warning.first)
        assertTrue(warning.second, warning.second.startsWith("詐欺SMSの可能性"))
        assertEquals(VerdictFormatter.notificationText(outcome.verdict!!), warning.third)
    }

    @Test
    fun aOneMebibyteBodyIsStoredWholeOnce() {
        val filler = "お知らせ😀"
        val body = LURE + filler.repeat((1 shl 20) / filler.toByteArray().size)
        assertTrue(body.toByteArray().size >= 1 shl 20)
        val outcome = handler().handle(sms(body))
        val (handling, failure) = storedOnce(body)
        assertNull(failure)
        assertTrue("only the start is analysed", outcome.verdict!!.truncated)
        assertEquals(IncomingMessageHandler.handlingOf(outcome.verdict!!), handling)
    }

    @Test
    fun aSafeMessageIsStoredWithoutWarning() {
        handler().handle(sms("明日の飲み会、19時に駅前で！🍻"))
        assertEquals(Handling.AS_RECEIVED to null, storedOnce("明日の飲み会、19時に駅前で！🍻"))
        assertEquals(0, notifier.warnings.size)
    }
}
