package jp.smishguard.tests

import jp.smishguard.AllowEntry
import jp.smishguard.AndroidRecommendation
import jp.smishguard.Classifier
import jp.smishguard.IosFilterAction
import jp.smishguard.Level
import jp.smishguard.Message
import jp.smishguard.SmishGuardException
import jp.smishguard.UserListEntries
import jp.smishguard.UserLists
import jp.smishguard.Verdict
import jp.smishguard.libraryVersion
import org.junit.AfterClass
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertThrows
import org.junit.Assert.assertTrue
import org.junit.Test
import java.security.KeyPairGenerator
import java.security.Signature
import java.util.concurrent.Callable
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

/**
 * The Kotlin bindings on the desktop JVM, through JNA, against the debug library.
 * Run by bindings/tests/run.sh.
 */
class SmishGuardTest {
    companion object {
        /** One classifier for the whole class, as an app would keep one. */
        val classifier = Classifier()

        const val LURE = "お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。こちらhttps://sagawa-kx.top/へ"

        /** Messages of every level, with characters of every UTF-16 width. */
        val MESSAGES = listOf(
            Message(LURE),
            Message("😀🎉 $LURE", sender = "SAGAWA"),
            Message("認証コードは482913です。このコードを他人と共有しないでください。"),
            Message("明日の飲み会、19時に駅前で！🍻"),
            Message("【三井住友カード】ご利用確認のお願い。https://smbc-card.xyz/login 本日中にご確認ください"),
            Message(""),
            Message("𠮷野家のクーポン🎁ｷｬﾝﾍﾟｰﾝ実施中"),
        )

        @JvmStatic
        @AfterClass
        fun close() = classifier.close()
    }

    /** Every reason and URL span, sliced from [body], equals the text the verdict flagged. */
    private fun assertSpansSliceTheFlaggedText(body: String, v: Verdict) {
        for (r in v.reasons) {
            val span = r.span ?: continue
            assertEquals("reason ${r.code}", r.text, body.substring(span.startUtf16, span.endUtf16))
        }
        for (u in v.urls) {
            val slice = body.substring(u.span.startUtf16, u.span.endUtf16)
            assertTrue("url $slice vs ${u.host}", slice.lowercase().contains(u.host.substringBefore('.')))
        }
    }

    @Test
    fun japaneseAndEmojiRoundTrip() {
        val body = "🎉😀 $LURE 👍🏻"
        val v = classifier.classify(Message(body, sender = "佐川急便📦"))
        assertEquals(Level.DANGEROUS, v.level)
        assertEquals("sagawa-kx.top", v.urls.single().host)
        // Japanese text comes back intact, in both directions.
        assertTrue(v.advice.ja, v.advice.ja.any { it in '\u3040'..'\u30ff' || it in '\u4e00'..'\u9fff' })
        assertTrue(v.reasons.any { it.text != null && it.text!!.any { c -> c in '\u3040'..'\u9fff' } })
        assertSpansSliceTheFlaggedText(body, v)
        // A message of emoji only is read, not mangled.
        val emoji = classifier.classify(Message("👨‍👩‍👧‍👦🏳️‍🌈".repeat(50)))
        assertEquals(Level.SAFE, emoji.level)
    }

    @Test
    fun utf16SpansSurviveSurrogatePairsAndFullWidthBefore() {
        // U+1F600 (surrogate pair), U+20BB7 𠮷 (surrogate pair), full-width Latin, half-width kana.
        for (prefix in listOf("", "😀", "😀😀𠮷", "ＡＢＣ１２３", "ｶﾀｶﾅ😀ＡＢＣ𠮷 ")) {
            val body = prefix + LURE
            val v = classifier.classify(Message(body))
            assertEquals(prefix, Level.DANGEROUS, v.level)
            val url = v.urls.single()
            assertEquals(prefix, "https://sagawa-kx.top/", body.substring(url.span.startUtf16, url.span.endUtf16))
            assertTrue(prefix, v.reasons.any { it.span != null })
            assertSpansSliceTheFlaggedText(body, v)
        }
    }

    @Test
    fun badRulePackIsAReadableKotlinException() {
        val e = assertThrows(SmishGuardException.InvalidRulePack::class.java) {
            Classifier.fromRulePack("{\"schema\": 1,".toByteArray())
        }
        assertTrue(e.message, e.message!!.startsWith("rule pack is malformed at line 1"))
        val schema = assertThrows(SmishGuardException::class.java) {
            Classifier.fromRulePack("{\"schema\": 999}".toByteArray())
        }
        assertTrue(schema.message, schema.message!!.contains("schema 999 is not supported"))
    }

    @Test
    fun customRulePackLoads() {
        val pack = Classifier::class.java.getResource("/default-pack.json")?.readBytes()
            ?: error("default-pack.json missing from the test classpath")
        Classifier.fromRulePack(pack).use { c ->
            assertEquals(classifier.versionInfo(), c.versionInfo())
            assertEquals(classifier.classify(Message(LURE)), c.classify(Message(LURE)))
        }
    }

    @Test
    fun oneClassifierFromEightThreads() {
        val expected = MESSAGES.map { classifier.classify(it) }
        val pool = Executors.newFixedThreadPool(8)
        try {
            val futures = (0 until 8).map { t ->
                pool.submit(Callable { (0 until 25).flatMap { i -> MESSAGES.indices.map { m -> (m + t + i) % MESSAGES.size } }.map { it to classifier.classify(MESSAGES[it]) } })
            }
            var checked = 0
            for (f in futures) {
                for ((i, v) in f.get(120, TimeUnit.SECONDS)) {
                    assertEquals(expected[i], v)
                    checked++
                }
            }
            assertEquals(8 * 25 * MESSAGES.size, checked)
        } finally {
            pool.shutdownNow()
        }
    }

    @Test
    fun batchEqualsOneByOne() {
        val batch = classifier.classifyBatch(MESSAGES)
        assertEquals(MESSAGES.size, batch.size)
        assertEquals(MESSAGES.map { classifier.classify(it) }, batch)
        assertNotEquals(batch[0].level, batch[3].level)
        assertEquals(emptyList<Verdict>(), classifier.classifyBatch(emptyList()))
    }

    @Test
    fun platformDecisionsComeWithTheVerdict() {
        val lure = classifier.classify(Message(LURE))
        assertEquals(IosFilterAction.JUNK, lure.ios.action)
        assertEquals(AndroidRecommendation.MOVE_TO_SPAM, lure.android)
        val friend = classifier.classify(MESSAGES[3])
        assertEquals(Level.SAFE, friend.level)
        assertEquals(AndroidRecommendation.ALLOW, friend.android)
        assertNotEquals(IosFilterAction.JUNK, friend.ios.action)
    }

    @Test
    fun versionsAndTruncation() {
        val info = classifier.versionInfo()
        assertTrue(info.library, Regex("""\d+\.\d+\.\d+.*""").matches(info.library))
        assertEquals(libraryVersion(), info.library)
        assertTrue(info.rules.isNotEmpty())
        val long = classifier.classify(Message("あ".repeat(30_000)))
        assertTrue(long.truncated)
        assertEquals(info.rules, long.rulesVersion)
    }

    /** Signs [data] with a fresh Ed25519 key from the JVM; returns (signature, raw public key). */
    private fun signEd25519(data: ByteArray): Pair<ByteArray, ByteArray> {
        val pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair()
        val signer = Signature.getInstance("Ed25519")
        signer.initSign(pair.private)
        signer.update(data)
        // X.509 SubjectPublicKeyInfo of Ed25519: a 12-byte header, then the 32-byte key.
        val encoded = pair.public.encoded
        return signer.sign() to encoded.copyOfRange(encoded.size - 32, encoded.size)
    }

    @Test
    fun signedRulePackFromTheJvmAndAllOrNothingUpdate() {
        val pack = Classifier::class.java.getResource("/default-pack.json")?.readBytes()
            ?: error("default-pack.json missing from the test classpath")
        val newer = String(pack, Charsets.UTF_8).replaceFirst(Regex("\"version\": \"[^\"]*\""), "\"version\": \"2099.1.1\"").toByteArray()
        val (sig, key) = signEd25519(newer)
        Classifier.fromSignedRulePack(newer, sig, key).use { c ->
            assertEquals("2099.1.1", c.versionInfo().rules)
        }
        Classifier().use { c ->
            val before = c.versionInfo().rules
            val tampered = newer.copyOf().also { it[it.size / 2] = (it[it.size / 2] + 1).toByte() }
            val e = assertThrows(SmishGuardException.InvalidSignature::class.java) {
                c.updateRules(tampered, sig, key)
            }
            assertTrue(e.message, e.message!!.contains("does not verify"))
            assertEquals("a refused pack leaves the rules as they were", before, c.versionInfo().rules)
            assertEquals("2099.1.1", c.updateRules(newer, sig, key).rules)
            assertEquals("2099.1.1", c.versionInfo().rules)
        }
    }

    @Test
    fun userListsAndTheNotSpamButton() {
        val shop = Message("【ベーカリー花】本日限定セール!至急ご来店ください https://hana-bakery.shop/", sender = "+81 3-1234-5678")
        val entry = classifier.allowEntryFor(shop)
        assertEquals(AllowEntry.Sender("0312345678"), entry)
        UserLists(UserListEntries(blockedKeywords = listOf("ご来店"))).use { lists ->
            assertEquals(Level.DANGEROUS, classifier.classifyWithLists(shop, lists).level)
            assertEquals(listOf(Level.DANGEROUS), classifier.classifyBatchWithLists(listOf(shop), lists).map { it.level })
        }
        UserLists(UserListEntries(allowedSenders = listOf((entry as AllowEntry.Sender).value))).use { lists ->
            val v = classifier.classifyWithLists(shop, lists)
            assertEquals(Level.SAFE, v.level)
            assertTrue(v.reasons.any { it.code == "user.allowed_sender" })
        }
        val e = assertThrows(SmishGuardException.InvalidUserList::class.java) {
            UserLists(UserListEntries(blockedDomains = listOf("not a domain")))
        }
        assertTrue(e.message, e.message!!.contains("blocked_domains[0]"))
    }
}
