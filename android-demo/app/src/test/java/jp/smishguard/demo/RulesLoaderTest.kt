package jp.smishguard.demo

import jp.smishguard.Classifier
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Test
import java.io.File
import java.io.RandomAccessFile
import java.nio.file.Files
import java.security.KeyPairGenerator
import java.security.Signature

/** [RulesLoader]: a pack that cannot be used falls back to the embedded rules, and says why. */
class RulesLoaderTest {
    private val dir = Files.createTempDirectory("smishguard-rules").toFile()
    private val embedded = Classifier().use { it.versionInfo().rules }

    @After
    fun cleanUp() {
        dir.deleteRecursively()
    }

    /** The embedded pack under a new version, signed with a fresh key; returns the raw public key. */
    private fun writeSignedPack(version: String): ByteArray {
        val pack = RulesLoaderTest::class.java.getResource("/default-pack.json")?.readBytes()
            ?: error("default-pack.json missing from the test classpath")
        val newer = String(pack, Charsets.UTF_8)
            .replaceFirst(Regex("\"version\": \"[^\"]*\""), "\"version\": \"$version\"").toByteArray()
        val pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair()
        val signer = Signature.getInstance("Ed25519").apply { initSign(pair.private); update(newer) }
        File(dir, "pack.json").writeBytes(newer)
        File(dir, "pack.sig").writeBytes(signer.sign())
        val encoded = pair.public.encoded // X.509 header, then the 32-byte key
        return encoded.copyOfRange(encoded.size - 32, encoded.size)
    }

    private fun rulesOf(loaded: RulesLoader.Loaded) = loaded.classifier.use { it.versionInfo().rules }

    @Test
    fun aVerifiedPackIsUsed() {
        val key = writeSignedPack("2099.1.1")
        val loaded = RulesLoader.load(dir, key)
        assertNull(loaded.packProblem)
        assertEquals("2099.1.1", rulesOf(loaded))
    }

    @Test
    fun noKeyOrNoPackMeansTheEmbeddedRules() {
        val key = writeSignedPack("2099.1.1")
        assertEquals(embedded, rulesOf(RulesLoader.load(dir, null).also { assertNull(it.packProblem) }))
        assertEquals(embedded, rulesOf(RulesLoader.load(File(dir, "absent"), key).also { assertNull(it.packProblem) }))
    }

    @Test
    fun aTamperedPackFallsBackToTheEmbeddedRules() {
        val key = writeSignedPack("2099.1.1")
        val pack = File(dir, "pack.json")
        pack.writeText(pack.readText().replace("2099.1.1", "2099.1.2"))
        val loaded = RulesLoader.load(dir, key)
        assertEquals(embedded, rulesOf(loaded))
        assertTrue(loaded.packProblem, loaded.packProblem!!.contains("does not verify"))
    }

    @Test
    fun aWrongSizedKeyOrAHugeFileFallsBack() {
        val key = writeSignedPack("2099.1.1")
        val badKey = RulesLoader.load(dir, key.copyOf(31))
        assertEquals(embedded, rulesOf(badKey))
        assertTrue(badKey.packProblem != null)
        RandomAccessFile(File(dir, "pack.json"), "rw").use { it.setLength(RulesLoader.MAX_PACK_BYTES + 1) }
        val huge = RulesLoader.load(dir, key)
        assertEquals(embedded, rulesOf(huge))
        assertTrue(huge.packProblem, huge.packProblem!!.contains("larger than"))
    }
}
