package jp.smishguard.bench

import jp.smishguard.Classifier
import jp.smishguard.Message

/**
 * Per-call cost of the Kotlin bindings on the desktop JVM (JNA), for the README: one message
 * per call, and batches of 1,000. Not a test; run by bindings/tests/bench-kotlin.sh.
 */
fun main() {
    val messages = listOf(
        "お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。こちらhttps://sagawa-kx.top/へ",
        "【三井住友カード】ご利用確認のお願い。https://smbc-card.xyz/login 本日中にご確認ください",
        "認証コードは482913です。このコードを他人と共有しないでください。",
        "明日の飲み会、19時に駅前で！🍻",
    ).map { Message(it) }
    val batch = List(1000) { messages[it % messages.size] }
    Classifier().use { c ->
        // Warm-up: JIT, JNA and the rules compiled.
        repeat(5_000) { c.classify(messages[it % messages.size]) }
        repeat(5) { c.classifyBatch(batch) }

        val singles = 20_000
        var t0 = System.nanoTime()
        for (i in 0 until singles) c.classify(messages[i % messages.size])
        val singleUs = (System.nanoTime() - t0) / 1_000.0 / singles

        val batches = 20
        t0 = System.nanoTime()
        repeat(batches) { c.classifyBatch(batch) }
        val batchMs = (System.nanoTime() - t0) / 1_000_000.0 / batches

        t0 = System.nanoTime()
        for (i in 0 until singles) c.versionInfo()
        val emptyUs = (System.nanoTime() - t0) / 1_000.0 / singles

        println("versionInfo() (a call that does almost nothing): %.1f µs per call".format(emptyUs))
        println("single classify(): %.1f µs per message (%d calls, mean of the 4 messages)".format(singleUs, singles))
        println("classifyBatch(1000): %.2f ms per batch = %.1f µs per message (%d batches)".format(batchMs, batchMs, batches))
    }
}
