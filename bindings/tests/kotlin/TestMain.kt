package jp.smishguard.tests

import org.junit.runner.Description
import org.junit.runner.JUnitCore
import org.junit.runner.notification.Failure
import org.junit.runner.notification.RunListener
import kotlin.system.exitProcess

/**
 * Runs the JUnit classes named on the command line and closes with the line CI reads:
 * `N passed, N failed`. Exits non-zero on any failure, or if no test ran.
 */
fun main(args: Array<String>) {
    val core = JUnitCore()
    core.addListener(object : RunListener() {
        private var failedNow = false
        override fun testStarted(description: Description) { failedNow = false }
        override fun testFailure(failure: Failure) {
            failedNow = true
            println("FAIL ${failure.description.displayName}")
            println(failure.trace.lines().take(12).joinToString("\n") { "     $it" })
        }
        override fun testFinished(description: Description) {
            if (!failedNow) println("ok   ${description.displayName}")
        }
    })
    val result = core.run(*args.map { Class.forName(it) }.toTypedArray())
    val failed = result.failureCount
    val passed = result.runCount - failed
    println("$passed passed, $failed failed")
    exitProcess(if (failed == 0 && result.runCount > 0) 0 else 1)
}
