package jp.smishguard.demo

import android.app.Application
import android.app.NotificationChannel
import android.app.NotificationManager
import jp.smishguard.Classifier

/** Holds the one [Classifier] of the process (rules compiled once, shared by every thread). */
class SmishGuardApp : Application() {
    override fun onCreate() {
        super.onCreate()
        val channel = NotificationChannel(CHANNEL_ID, "SMS warnings", NotificationManager.IMPORTANCE_HIGH)
        getSystemService(NotificationManager::class.java).createNotificationChannel(channel)
    }

    companion object {
        /** Notification channel of the warnings. */
        const val CHANNEL_ID = "smishguard.warnings"

        /** Built on first use; thread-safe. */
        val classifier: Classifier by lazy { Classifier() }
    }
}
