package jp.smishguard.demo

import java.io.File
import java.io.IOException
import java.util.Properties

/**
 * The app's record of the messages it checked, in a private directory: one
 * `<id>.properties` file per message (sender, body, time, handling, failure), UTF-8, written
 * to a temporary file and renamed so that a crash never leaves half a record. Keeps the
 * newest [capacity] messages and deletes older ones. Thread-safe within one process.
 * Pure Kotlin (java.io only): tested on the JVM by bindings/tests/run.sh.
 *
 * Bodies of any length are stored whole (an SMS is at most a few tens of kB; the tests use
 * 1 MiB). I/O failures are thrown as [IOException].
 */
class FileMessageStore(private val dir: File, private val capacity: Int = 500) : MessageStore {
    init {
        require(capacity > 0) { "capacity must be positive" }
    }

    /** A stored message; [handling] is null until the message was handled. */
    data class Stored(
        val id: Long,
        val sender: String?,
        val body: String,
        val receivedAtMillis: Long,
        val handling: Handling?,
        val failure: String?,
    )

    @Synchronized
    override fun add(sms: IncomingSms): Long {
        if (!dir.isDirectory && !dir.mkdirs()) throw IOException("cannot create $dir")
        val id = (ids().lastOrNull() ?: 0L) + 1
        val p = Properties()
        sms.sender?.let { p.setProperty(SENDER, it) }
        p.setProperty(BODY, sms.body)
        p.setProperty(RECEIVED_AT, sms.receivedAtMillis.toString())
        write(id, p)
        ids().dropLast(capacity).forEach { file(it).delete() }
        return id
    }

    @Synchronized
    override fun setHandling(id: Long, handling: Handling, failure: String?) {
        val p = read(id) ?: throw IOException("no stored message $id")
        p.setProperty(HANDLING, handling.name)
        if (failure != null) p.setProperty(FAILURE, failure) else p.remove(FAILURE)
        write(id, p)
    }

    /** The message [id], or null if it is not (or no longer) stored. */
    @Synchronized
    fun load(id: Long): Stored? {
        val p = read(id) ?: return null
        return Stored(
            id = id,
            sender = p.getProperty(SENDER),
            body = p.getProperty(BODY, ""),
            receivedAtMillis = p.getProperty(RECEIVED_AT, "0").toLongOrNull() ?: 0L,
            handling = p.getProperty(HANDLING)?.let { name -> Handling.entries.firstOrNull { it.name == name } },
            failure = p.getProperty(FAILURE),
        )
    }

    /** Ids of the stored messages, oldest first. */
    @Synchronized
    fun ids(): List<Long> = (dir.list() ?: emptyArray())
        .mapNotNull { it.removeSuffix(SUFFIX).takeIf { s -> s != it }?.toLongOrNull() }
        .sorted()

    private fun file(id: Long) = File(dir, "$id$SUFFIX")

    private fun read(id: Long): Properties? {
        val f = file(id)
        if (!f.isFile) return null
        return Properties().apply { f.reader(Charsets.UTF_8).use { load(it) } }
    }

    private fun write(id: Long, p: Properties) {
        val tmp = File(dir, "$id$SUFFIX.tmp")
        tmp.writer(Charsets.UTF_8).use { p.store(it, null) }
        if (!tmp.renameTo(file(id))) {
            tmp.delete()
            throw IOException("cannot write ${file(id)}")
        }
    }

    private companion object {
        const val SUFFIX = ".properties"
        const val SENDER = "sender"
        const val BODY = "body"
        const val RECEIVED_AT = "receivedAt"
        const val HANDLING = "handling"
        const val FAILURE = "failure"
    }
}
