package jp.smishguard.demo

import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Test
import java.nio.file.Files

/** [FileMessageStore] in a temporary directory. */
class FileMessageStoreTest {
    private val dir = Files.createTempDirectory("smishguard-store").toFile()

    @After
    fun cleanUp() {
        dir.deleteRecursively()
    }

    @Test
    fun aMessageRoundTripsWholeAndIsOneRecord() {
        val store = FileMessageStore(dir)
        val body = "1行目\n2行目 😀𠮷 = : # ! \\ " + "x".repeat(1 shl 20)
        val id = store.add(IncomingSms("+81 90-1234-5678", listOf(body), 42L))
        store.setHandling(id, Handling.AS_RECEIVED, "boom")
        assertEquals("boom", store.load(id)!!.failure)
        store.setHandling(id, Handling.SCAM_WARNING, null)
        val stored = store.load(id)!!
        assertEquals(body, stored.body)
        assertEquals("+81 90-1234-5678", stored.sender)
        assertEquals(42L, stored.receivedAtMillis)
        assertEquals(Handling.SCAM_WARNING, stored.handling)
        assertNull(stored.failure)
        assertEquals(listOf(id), store.ids())
        assertEquals("no temporary file left behind", 1, dir.list()!!.size)
    }

    @Test
    fun idsGrowAndOnlyTheNewestAreKept() {
        val store = FileMessageStore(dir, capacity = 3)
        val ids = (1..5).map { store.add(IncomingSms(null, listOf("m$it"), it.toLong())) }
        assertEquals(listOf(1L, 2L, 3L, 4L, 5L), ids)
        assertEquals(listOf(3L, 4L, 5L), store.ids())
        assertNull(store.load(1L))
        assertEquals("m5", store.load(5L)!!.body)
        assertNull(store.load(5L)!!.sender)
        assertNull(store.load(5L)!!.handling)
        assertEquals("a reopened store continues the ids", 6L, FileMessageStore(dir, capacity = 3).add(IncomingSms(null, emptyList(), 6L)))
    }

    @Test
    fun handlingAnUnknownMessageFails() {
        val store = FileMessageStore(dir)
        val e = runCatching { store.setHandling(7L, Handling.WARNING, null) }.exceptionOrNull()
        assertTrue(e.toString(), e is java.io.IOException)
    }
}
