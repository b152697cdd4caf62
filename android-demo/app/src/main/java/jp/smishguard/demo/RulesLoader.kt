package jp.smishguard.demo

import jp.smishguard.Classifier
import jp.smishguard.SmishGuardException
import java.io.File
import java.io.IOException

/**
 * Builds the process's [Classifier] under the failure policy of bindings/README.md: a
 * downloaded rule pack is used only if it loads and its signature verifies; otherwise the
 * embedded rules are used, and why is reported. Pure Kotlin: tested by bindings/tests/run.sh.
 *
 * The pack is `pack.json` with its detached Ed25519 signature `pack.sig` in [dir]; files
 * larger than [MAX_PACK_BYTES] are not read (the library refuses such packs anyway).
 */
object RulesLoader {
    /** The library's limit on a rule pack (4 MiB). */
    const val MAX_PACK_BYTES: Long = 4L * 1024 * 1024

    /** The classifier, and why the downloaded pack was not used (null: it was, or there is none). */
    data class Loaded(val classifier: Classifier, val packProblem: String?)

    /**
     * The pack in [dir] verified with [publicKey] (32 bytes), or the embedded rules when there
     * is no key, no pack, or a pack that cannot be read, verified or loaded.
     * Throws only if the embedded rules themselves cannot be built (a library bug).
     */
    fun load(dir: File, publicKey: ByteArray?): Loaded {
        val pack = File(dir, "pack.json")
        val sig = File(dir, "pack.sig")
        if (publicKey == null || !pack.isFile || !sig.isFile) return Loaded(Classifier(), null)
        val problem = try {
            if (pack.length() > MAX_PACK_BYTES) throw IOException("$pack is larger than $MAX_PACK_BYTES bytes")
            return Loaded(Classifier.fromSignedRulePack(pack.readBytes(), sig.readBytes(), publicKey), null)
        } catch (e: SmishGuardException) {
            e.message
        } catch (e: IOException) {
            e.message
        }
        return Loaded(Classifier(), problem ?: "the rule pack could not be used")
    }
}
