/*
 * smishguard.h — plain C API of smishguard, the offline detector of Japanese SMS phishing.
 *
 * For hosts that use neither the Kotlin nor the Swift bindings: Flutter/Dart FFI, React
 * Native, C and C++. Link against libsmishguard_ffi (.so / .dylib / .a).
 *
 * One call classifies one message and returns the verdict as one line of JSON, the same
 * JSON the `smishguard` CLI prints (level, score, category, kind, reasons with byte and
 * UTF-16 spans, urls with flags, phones, brands, sender, advice, truncated, rules_version).
 *
 * Contract:
 *  - Never crashes on bad input. A NULL message, a message or sender that is not valid
 *    UTF-8, or a message longer than SG_MAX_INPUT_BYTES gives {"error":"..."} instead of a
 *    verdict. Test for the "error" key.
 *  - Every string returned by sg_classify_json is allocated by the library and must be
 *    released with sg_string_free (never free()). NULL is returned only if that allocation
 *    itself failed.
 *  - sg_version and sg_rules_version return static strings: do not free them.
 *  - Thread-safe. The embedded rules are compiled on the first call (about a millisecond)
 *    and shared by every later call and thread.
 *
 * Hand-written and checked in; bindings/tests/run.sh compiles it with -Wall -Werror and
 * checks that every function declared here is exported by the built library.
 */
#ifndef SMISHGUARD_H
#define SMISHGUARD_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Longest message accepted by sg_classify_json, in bytes (1 MiB). Messages longer than
 * 64 KiB but within this limit are analysed up to 64 KiB and the verdict has
 * "truncated": true. */
#define SG_MAX_INPUT_BYTES ((size_t)1024 * 1024)

/*
 * Classifies one message with the embedded rules.
 *
 * utf8            the message body: `len` bytes of UTF-8, not necessarily NUL-terminated
 *                 (an embedded NUL byte is part of the text).
 * len             its length in bytes.
 * sender_or_null  the sender as shown by the phone (number, short code, alphanumeric ID,
 *                 e-mail address), NUL-terminated UTF-8, or NULL when unknown.
 *
 * Returns the verdict JSON or {"error":"..."}; release it with sg_string_free.
 */
char *sg_classify_json(const char *utf8, size_t len, const char *sender_or_null);

/* Releases a string returned by sg_classify_json. NULL is accepted and ignored. */
void sg_string_free(char *s);

/* The library version (semver), e.g. "0.1.0". Static: do not free. */
const char *sg_version(void);

/* The version of the embedded rule pack. Static: do not free. */
const char *sg_rules_version(void);

#ifdef __cplusplus
}
#endif

#endif /* SMISHGUARD_H */
