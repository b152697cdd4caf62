package jp.smishguard.demo

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.provider.Telephony
import android.util.Log

/**
 * Receives each incoming SMS through `SMS_RECEIVED` (the broadcast every app holding
 * RECEIVE_SMS gets; the person's default SMS app receives and stores the message itself, so
 * nothing this app does can lose or hide it), and hands it to [IncomingMessageHandler] off the
 * main thread. Nothing thrown on the worker thread can kill the process.
 */
class SmsReceivedReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        if (intent.action != Telephony.Sms.Intents.SMS_RECEIVED_ACTION) return
        val sms = try {
            incomingSms(intent)
        } catch (e: RuntimeException) {
            Log.w(TAG, "unreadable SMS broadcast", e)
            null
        } ?: return
        val app = context.applicationContext as SmishGuardApp
        val pending = goAsync()
        Thread {
            try {
                app.messageHandler.handle(sms)
            } catch (e: Exception) {
                // Only the app's own store or the notification can fail here (the handler
                // catches classification failures); the message is in the default SMS app.
                Log.e(TAG, "message not recorded", e)
            } finally {
                pending.finish()
            }
        }.start()
    }

    private fun incomingSms(intent: Intent): IncomingSms? {
        val parts = Telephony.Sms.Intents.getMessagesFromIntent(intent)?.filterNotNull()
        if (parts.isNullOrEmpty()) return null
        return IncomingSms(
            sender = parts.first().displayOriginatingAddress,
            parts = parts.map { it.displayMessageBody ?: "" },
            receivedAtMillis = parts.first().timestampMillis,
        )
    }

    private companion object {
        const val TAG = "SmishGuard"
    }
}
