/*
 * Tests of the plain C API (include/smishguard.h) from C, as a Dart/React Native/C++ host
 * would call it. Built with gcc -Wall -Wextra -Werror by bindings/tests/run.sh and run with
 * the debug library. Prints one line per case and closes with "N passed, N failed".
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "smishguard.h"

static int passed = 0;
static int failed = 0;

#define CHECK(name, cond)                                                      \
    do {                                                                       \
        if (cond) {                                                            \
            passed++;                                                          \
            printf("ok   %s\n", name);                                         \
        } else {                                                               \
            failed++;                                                          \
            printf("FAIL %s (%s:%d: %s)\n", name, __FILE__, __LINE__, #cond);  \
        }                                                                      \
    } while (0)

static const char *LURE =
    "\xF0\x9F\x98\x80" /* U+1F600, 4 bytes */
    "お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。"
    "こちらhttps://sagawa-kx.top/へ";

/* Classifies `body` (strlen) and returns a heap copy of the JSON (free with free()). */
static char *classify(const char *body, size_t len, const char *sender) {
    char *out = sg_classify_json(body, len, sender);
    if (out == NULL) {
        return NULL;
    }
    char *copy = strdup(out);
    sg_string_free(out);
    return copy;
}

static int contains(const char *haystack, const char *needle) {
    return haystack != NULL && strstr(haystack, needle) != NULL;
}

static void *classify_lure_thread(void *arg) {
    (void)arg;
    return classify(LURE, strlen(LURE), NULL);
}

int main(void) {
    char *v = classify(LURE, strlen(LURE), NULL);
    CHECK("lure is dangerous", contains(v, "\"level\":\"dangerous\""));
    CHECK("lure names its host", contains(v, "\"host\":\"sagawa-kx.top\""));
    CHECK("lure has no error key", v != NULL && !contains(v, "\"error\""));
    /* The URL starts after the emoji (4 bytes, 2 UTF-16 units) and 35 kana/kanji. */
    const char *url = strstr(LURE, "https://");
    char expected_span[64];
    snprintf(expected_span, sizeof expected_span, "\"start\":%d,", (int)(url - LURE));
    CHECK("url span is in bytes of the original", contains(v, expected_span));
    free(v);

    v = classify(LURE, strlen(LURE), "SAGAWA");
    CHECK("sender is reported", contains(v, "\"sender\":{\"raw\":\"SAGAWA\""));
    free(v);

    const char *otp = "認証コードは482913です。このコードを他人と共有しないでください。";
    v = classify(otp, strlen(otp), NULL);
    CHECK("one-time code is safe", contains(v, "\"level\":\"safe\""));
    free(v);

    v = classify("", 0, NULL);
    CHECK("empty message is safe", contains(v, "\"level\":\"safe\""));
    free(v);

    v = classify(NULL, 10, NULL);
    CHECK("NULL message is an error", contains(v, "{\"error\":\"message is NULL\"}"));
    free(v);

    const char bad[] = {'a', (char)0xff, (char)0xfe, 'b'};
    v = classify(bad, sizeof bad, NULL);
    CHECK("invalid UTF-8 is an error", contains(v, "not valid UTF-8"));
    free(v);

    /* "不" is 3 bytes: cutting it after 2 leaves invalid UTF-8. */
    v = classify("不", 2, NULL);
    CHECK("cut character is an error", contains(v, "not valid UTF-8"));
    free(v);

    const char bad_sender[] = {(char)0xc3, 0};
    v = classify("hello", 5, bad_sender);
    CHECK("invalid sender is an error", contains(v, "sender is not valid UTF-8"));
    free(v);

    const char with_nul[] = "abc\0def";
    v = classify(with_nul, sizeof with_nul - 1, NULL);
    CHECK("embedded NUL is text, not an end", contains(v, "\"level\":\"safe\""));
    free(v);

    char *huge = malloc(SG_MAX_INPUT_BYTES + 1);
    memset(huge, 'a', SG_MAX_INPUT_BYTES + 1);
    v = classify(huge, SG_MAX_INPUT_BYTES + 1, NULL);
    CHECK("over the limit is an error", contains(v, "more than the limit"));
    free(v);
    v = classify(huge, SG_MAX_INPUT_BYTES, NULL);
    CHECK("at the limit is truncated, not refused", contains(v, "\"truncated\":true"));
    free(v);
    free(huge);

    CHECK("version is set", sg_version() != NULL && strlen(sg_version()) > 0);
    CHECK("version is stable", sg_version() == sg_version());
    CHECK("rules version is set", sg_rules_version() != NULL && strlen(sg_rules_version()) > 0);
    sg_string_free(NULL);
    CHECK("freeing NULL is a no-op", 1);

    /* Eight threads at once give the same JSON as one. */
    char *reference = classify(LURE, strlen(LURE), NULL);
    pthread_t threads[8];
    int same = 1;
    for (int i = 0; i < 8; i++) {
        pthread_create(&threads[i], NULL, classify_lure_thread, NULL);
    }
    for (int i = 0; i < 8; i++) {
        void *out = NULL;
        pthread_join(threads[i], &out);
        same = same && out != NULL && strcmp((char *)out, reference) == 0;
        free(out);
    }
    CHECK("8 threads agree", same);
    free(reference);

    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
