package jp.smishguard.demo

import jp.smishguard.AndroidRecommendation
import jp.smishguard.Verdict

/**
 * One incoming SMS as the system delivered it: the parts of a concatenated message in order
 * (Android delivers all parts of one message in one broadcast), the sender's address if any.
 */
data class IncomingSms(val sender: String?, val parts: List<String>, val receivedAtMillis: Long) {
    /** The whole text: the parts joined in order. No part, or only empty parts, give "". */
    val body: String get() = parts.joinToString("")
}

/** How the app shows a message it has stored. The verdict decides this and nothing else. */
enum class Handling {
    /** Shown as received, without a warning: a safe verdict, or no verdict at all. */
    AS_RECEIVED,

    /** Suspicious: shown with a caution notification. */
    WARNING,

    /** Dangerous: shown with a scam warning and kept in the app's "likely scam" list. */
    SCAM_WARNING,
}

/** The app's own record of the messages it checked (see android-demo/README.md). */
interface MessageStore {
    /**
     * Stores [sms] (whole body, any length) and returns its id. Called exactly once per
     * message, before anything that could fail on the message's content.
     */
    fun add(sms: IncomingSms): Long

    /** Records how the message [id] is shown; [failure] is set when it could not be checked. */
    fun setHandling(id: Long, handling: Handling, failure: String?)
}

/** Classifies a message; may throw (e.g. `SmishGuardException`, a library that failed to load). */
fun interface MessageClassifier {
    /** The verdict on [body] from [sender]. */
    fun classify(body: String, sender: String?): Verdict
}

/** Tells the person about a message that needs a warning. */
fun interface WarningNotifier {
    /** Posts a warning about the stored message [id]. */
    fun warn(id: Long, title: String, text: String)
}

/**
 * What happens to each incoming SMS: store it, classify it, decide how to show it, warn.
 * Pure Kotlin (no android.* import), compiled and tested on the JVM by bindings/tests/run.sh.
 *
 * Failure policy (bindings/README.md): the message is stored before classification, so no
 * failure of the library can lose it; if classification throws, the message is shown as
 * received (never hidden, never marked as a scam) and the failure is recorded with it.
 * Only a failing [MessageStore] makes [handle] throw.
 */
class IncomingMessageHandler(
    private val store: MessageStore,
    private val classifier: MessageClassifier,
    private val notifier: WarningNotifier,
) {
    /** Result of [handle], for the caller's log and the tests. */
    data class Outcome(val id: Long, val handling: Handling, val verdict: Verdict?, val failure: String?)

    /** Handles one message; see the class comment for what can fail and what then happens. */
    fun handle(sms: IncomingSms): Outcome {
        val id = store.add(sms)
        val body = sms.body
        val verdict: Verdict
        try {
            verdict = classifier.classify(body, sms.sender)
        } catch (e: Exception) {
            return unchecked(id, e)
        } catch (e: LinkageError) {
            // UnsatisfiedLinkError / ExceptionInInitializerError: the native library did not load.
            return unchecked(id, e)
        }
        val handling = handlingOf(verdict)
        store.setHandling(id, handling, null)
        // Null exactly when the recommendation is ALLOW, i.e. AS_RECEIVED.
        VerdictFormatter.notificationText(verdict)?.let { notifier.warn(id, title(handling, sms.sender), it) }
        return Outcome(id, handling, verdict, null)
    }

    private fun unchecked(id: Long, e: Throwable): Outcome {
        val failure = e.message ?: e.javaClass.name
        store.setHandling(id, Handling.AS_RECEIVED, failure)
        return Outcome(id, Handling.AS_RECEIVED, null, failure)
    }

    companion object {
        /** The handling the verdict's Android recommendation asks for. */
        fun handlingOf(verdict: Verdict): Handling = when (verdict.android) {
            AndroidRecommendation.ALLOW -> Handling.AS_RECEIVED
            AndroidRecommendation.WARN -> Handling.WARNING
            AndroidRecommendation.MOVE_TO_SPAM -> Handling.SCAM_WARNING
        }

        /** The notification title for [handling] of a message from [sender]. */
        fun title(handling: Handling, sender: String?): String {
            val from = sender ?: "送信元不明"
            return if (handling == Handling.SCAM_WARNING) "詐欺SMSの可能性: $from" else "不審なSMS: $from"
        }
    }
}
