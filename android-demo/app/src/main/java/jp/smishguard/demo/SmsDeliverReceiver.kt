package jp.smishguard.demo

import android.app.NotificationManager
import android.app.Service
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.os.IBinder
import android.provider.Telephony
import androidx.core.app.NotificationCompat
import jp.smishguard.AndroidRecommendation
import jp.smishguard.Message

/**
 * Receives each incoming SMS when the demo is the default SMS app, classifies it off the main
 * thread and posts a warning for suspicious or dangerous messages. (A full SMS app would also
 * write the message to the provider, into the spam folder for MOVE_TO_SPAM.)
 */
class SmsDeliverReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        if (intent.action != Telephony.Sms.Intents.SMS_DELIVER_ACTION) return
        val parts = Telephony.Sms.Intents.getMessagesFromIntent(intent) ?: return
        if (parts.isEmpty()) return
        val body = parts.joinToString("") { it.displayMessageBody ?: "" }
        val sender = parts.first().displayOriginatingAddress
        val pending = goAsync()
        Thread {
            try {
                val verdict = SmishGuardApp.classifier.classify(Message(body, sender))
                val text = VerdictFormatter.notificationText(verdict) ?: return@Thread
                val notification = NotificationCompat.Builder(context, SmishGuardApp.CHANNEL_ID)
                    .setSmallIcon(android.R.drawable.stat_sys_warning)
                    .setContentTitle(if (verdict.android == AndroidRecommendation.MOVE_TO_SPAM) "詐欺SMSの可能性: $sender" else "不審なSMS: $sender")
                    .setStyle(NotificationCompat.BigTextStyle().bigText(text))
                    .setPriority(NotificationCompat.PRIORITY_HIGH)
                    .build()
                context.getSystemService(NotificationManager::class.java)
                    .notify(body.hashCode(), notification)
            } finally {
                pending.finish()
            }
        }.start()
    }
}

/** Declared so the app can be the default SMS app; MMS is not classified by this demo. */
class MmsDeliverReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) = Unit
}

/** Declared so the app can be the default SMS app; quick replies are not supported. */
class RespondViaMessageService : Service() {
    override fun onBind(intent: Intent?): IBinder? = null
}
