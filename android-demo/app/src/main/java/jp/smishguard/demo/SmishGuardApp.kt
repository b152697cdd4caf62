package jp.smishguard.demo

import android.app.Application
import android.app.NotificationChannel
import android.app.NotificationManager
import android.util.Log
import jp.smishguard.Classifier
import jp.smishguard.Message
import java.io.File

/**
 * Holds what the process shares: the one [Classifier] (rules compiled once, thread-safe), the
 * app's [FileMessageStore] and the [IncomingMessageHandler] wired to them.
 */
class SmishGuardApp : Application() {
    /** The app's record of checked messages. */
    val store: FileMessageStore by lazy { FileMessageStore(File(filesDir, "messages")) }

    /**
     * Built on first use: a downloaded signed rule pack in `files/rules/` if it verifies, else
     * the embedded rules (bindings/README.md, failure policy). Throws only if even the
     * embedded rules cannot be built; `by lazy` then retries on the next use.
     */
    val classifier: Classifier by lazy {
        val loaded = RulesLoader.load(File(filesDir, "rules"), RULES_PUBLIC_KEY)
        loaded.packProblem?.let { Log.w("SmishGuard", "rule pack not used, embedded rules instead: $it") }
        loaded.classifier
    }

    /** Store, classify, decide, notify: see [IncomingMessageHandler]. */
    val messageHandler: IncomingMessageHandler by lazy {
        IncomingMessageHandler(
            store = store,
            classifier = { body, sender -> classifier.classify(Message(body, sender)) },
            notifier = NotificationNotifier(this),
        )
    }

    override fun onCreate() {
        super.onCreate()
        val channel = NotificationChannel(CHANNEL_ID, "SMS warnings", NotificationManager.IMPORTANCE_HIGH)
        getSystemService(NotificationManager::class.java).createNotificationChannel(channel)
    }

    companion object {
        /** Notification channel of the warnings. */
        const val CHANNEL_ID = "smishguard.warnings"

        /**
         * The rule publisher's Ed25519 public key (32 bytes; `smishguard rules keygen` prints
         * it). The demo has no publisher, so it takes no rule updates and uses the embedded rules.
         */
        val RULES_PUBLIC_KEY: ByteArray? = null
    }
}
