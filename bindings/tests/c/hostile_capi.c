/*
 * A hostile client of the plain C API (include/smishguard.h): every function called with
 * NULLs, zero lengths, UTF-8 cut at every byte, invalid encodings, 1 MiB bodies and senders,
 * and the whole catalogue again from 8 threads at once.
 *
 * Every body is copied into a heap block of exactly its length (no NUL after it), so a read
 * past `len` is a heap overflow that AddressSanitizer (C side) or valgrind memcheck (whole
 * process) reports. Every returned string, verdict or error, is checked to be one complete
 * JSON object of the expected kind and given back to sg_string_free; the threads must
 * return byte-identical JSON to the single-threaded run.
 *
 * Built and run by bindings/tests/sanitize.sh under -fsanitize=address,undefined and under
 * valgrind memcheck. Prints one line per failed check and closes with "N passed, N failed".
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "smishguard.h"

#define THREADS 8

enum expect { VERDICT, ERROR, TRUNCATED };

/* One call of sg_classify_json: body (NULL allowed), length passed, sender (NULL allowed). */
struct call {
    const char *name;
    const char *body;
    size_t len;
    const char *sender;
    enum expect expect;
};

static struct call calls[512];
static size_t ncalls = 0;
static char *blocks[512]; /* heap blocks owned by the catalogue, freed at the end */
static size_t nblocks = 0;
static char names[512][64];

static int passed = 0;
static int failed = 0;
static pthread_mutex_t count_lock = PTHREAD_MUTEX_INITIALIZER;

static void check(int ok, const char *what, const char *name) {
    pthread_mutex_lock(&count_lock);
    if (ok) {
        passed++;
    } else {
        failed++;
        printf("FAIL %s: %s\n", name, what);
    }
    pthread_mutex_unlock(&count_lock);
}

/* ---- a minimal strict JSON reader: returns the end of the value at p, or NULL ---- */

static const char *ws(const char *p) {
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
        p++;
    }
    return p;
}

static const char *json_value(const char *p, int depth);

static const char *json_string(const char *p) {
    if (*p++ != '"') {
        return NULL;
    }
    while (*p != '"') {
        unsigned char c = (unsigned char)*p;
        if (c == 0 || c < 0x20) {
            return NULL;
        }
        if (c == '\\') {
            p++;
            if (*p == 'u') {
                for (int i = 1; i <= 4; i++) {
                    if (!strchr("0123456789abcdefABCDEF", p[i]) || p[i] == 0) {
                        return NULL;
                    }
                }
                p += 4;
            } else if (*p == 0 || !strchr("\"\\/bfnrt", *p)) {
                return NULL;
            }
        }
        p++;
    }
    return p + 1;
}

static const char *json_number(const char *p) {
    const char *start = p;
    if (*p == '-') {
        p++;
    }
    if (*p == '0') {
        p++;
    } else if (*p >= '1' && *p <= '9') {
        while (*p >= '0' && *p <= '9') p++;
    } else {
        return NULL;
    }
    if (*p == '.') {
        p++;
        if (!(*p >= '0' && *p <= '9')) return NULL;
        while (*p >= '0' && *p <= '9') p++;
    }
    if (*p == 'e' || *p == 'E') {
        p++;
        if (*p == '+' || *p == '-') p++;
        if (!(*p >= '0' && *p <= '9')) return NULL;
        while (*p >= '0' && *p <= '9') p++;
    }
    return p > start ? p : NULL;
}

static const char *json_seq(const char *p, char close, int depth, int keyed) {
    p = ws(p + 1);
    if (*p == close) {
        return p + 1;
    }
    for (;;) {
        if (keyed) {
            p = json_string(p);
            if (p == NULL) return NULL;
            p = ws(p);
            if (*p++ != ':') return NULL;
        }
        p = json_value(ws(p), depth + 1);
        if (p == NULL) return NULL;
        p = ws(p);
        if (*p == close) return p + 1;
        if (*p++ != ',') return NULL;
        p = ws(p);
    }
}

static const char *json_value(const char *p, int depth) {
    if (depth > 64) {
        return NULL;
    }
    switch (*p) {
    case '{': return json_seq(p, '}', depth, 1);
    case '[': return json_seq(p, ']', depth, 0);
    case '"': return json_string(p);
    case 't': return strncmp(p, "true", 4) == 0 ? p + 4 : NULL;
    case 'f': return strncmp(p, "false", 5) == 0 ? p + 5 : NULL;
    case 'n': return strncmp(p, "null", 4) == 0 ? p + 4 : NULL;
    default: return json_number(p);
    }
}

/* True when s is exactly one JSON object (and nothing after it). */
static int is_json_object(const char *s) {
    if (*s != '{') {
        return 0;
    }
    const char *end = json_value(s, 0);
    return end != NULL && *ws(end) == 0;
}

/* ---- the catalogue ---- */

/* A heap block holding exactly `len` bytes of `src` (no terminator), owned by the catalogue. */
static const char *exact(const void *src, size_t len) {
    char *b = malloc(len);
    if (b == NULL && len == 0) {
        return ""; /* malloc(0) may return NULL; the body must not be NULL here */
    }
    if (b == NULL) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    if (len > 0) {
        memcpy(b, src, len);
    }
    blocks[nblocks++] = b;
    return b;
}

/* A NUL-terminated heap copy (for senders), owned by the catalogue. */
static const char *cstr(const void *src, size_t len) {
    char *b = malloc(len + 1);
    if (b == NULL) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    memcpy(b, src, len);
    b[len] = 0;
    blocks[nblocks++] = b;
    return b;
}

static void add(const char *name, const char *body, size_t len, const char *sender, enum expect e) {
    if (ncalls == sizeof calls / sizeof calls[0]) {
        fprintf(stderr, "catalogue full\n");
        exit(2);
    }
    snprintf(names[ncalls], sizeof names[ncalls], "%s", name);
    calls[ncalls] = (struct call){names[ncalls], body, len, sender, e};
    ncalls++;
}

/* True when the first `len` bytes of s end on a character boundary. */
static int on_boundary(const char *s, size_t len, size_t full) {
    return len == full || ((unsigned char)s[len] & 0xC0) != 0x80;
}

/* A block of `total` bytes repeating `unit`, the last copy cut if it does not fit. */
static const char *repeat(const char *unit, size_t total) {
    size_t n = strlen(unit);
    char *b = malloc(total);
    if (b == NULL) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    for (size_t i = 0; i < total; i++) {
        b[i] = unit[i % n];
    }
    blocks[nblocks++] = b;
    return b;
}

static void build_catalogue(void) {
    static const char lure[] =
        "\xF0\x9F\x98\x80お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。"
        "こちらhttps://sagawa-kx.top/へ";
    static const char mixed[] = "aé不😀\xEF\xBC\xA1"; /* 1-, 2-, 3-, 4-byte chars, full-width A */
    char name[64];

    /* NULL body: refused whatever the length, before anything is read. */
    add("null body, len 0", NULL, 0, NULL, ERROR);
    add("null body, len 10", NULL, 10, NULL, ERROR);
    add("null body, len max", NULL, SG_MAX_INPUT_BYTES, "SAGAWA", ERROR);
    add("null body, len SIZE_MAX", NULL, SIZE_MAX, NULL, ERROR);

    /* Zero lengths: an empty message is a safe verdict, whatever the pointer holds. */
    add("zero-length block", exact("", 0), 0, NULL, VERDICT);
    add("zero length of a lure", exact(lure, sizeof lure - 1), 0, NULL, VERDICT);
    add("zero length, empty sender", exact("", 0), 0, cstr("", 0), VERDICT);
    add("zero length, lure sender", exact("", 0), 0, "SAGAWA", VERDICT);

    /* The lure itself, with senders of every sort. */
    const char *l = exact(lure, sizeof lure - 1);
    add("lure", l, sizeof lure - 1, NULL, VERDICT);
    add("lure, mobile sender", l, sizeof lure - 1, "09011112222", VERDICT);
    add("lure, e-mail sender", l, sizeof lure - 1, "a@example.com", VERDICT);
    add("lure, emoji sender", l, sizeof lure - 1, "\xF0\x9F\x98\x80", VERDICT);

    /* Every prefix of a text mixing 1- to 4-byte characters: cut ones are errors. */
    size_t m = sizeof mixed - 1;
    for (size_t len = 0; len <= m; len++) {
        int ok = on_boundary(mixed, len, m);
        snprintf(name, sizeof name, "body cut at %zu of %zu", len, m);
        add(name, exact(mixed, len), len, NULL, ok ? VERDICT : ERROR);
        snprintf(name, sizeof name, "sender cut at %zu of %zu", len, m);
        add(name, exact("hi", 2), 2, cstr(mixed, len), ok ? VERDICT : ERROR);
    }
    /* The lure cut inside its first (4-byte) and last (3-byte) characters. */
    for (size_t len = 1; len < 4; len++) {
        snprintf(name, sizeof name, "lure cut at %zu", len);
        add(name, exact(lure, len), len, NULL, ERROR);
    }
    add("lure without its last byte", exact(lure, sizeof lure - 2), sizeof lure - 2, NULL, ERROR);

    /* Encodings that are not UTF-8. */
    static const struct { const char *name; const char *bytes; size_t len; } bad[] = {
        {"lone continuation byte", "\x80", 1},
        {"overlong NUL", "\xC0\x80", 2},
        {"overlong slash", "\xE0\x80\xAF", 3},
        {"UTF-16 surrogate", "\xED\xA0\x80", 3},
        {"beyond U+10FFFF", "\xF4\x90\x80\x80", 4},
        {"byte 0xFF", "a\xFF" "b", 3},
        {"byte 0xF5", "\xF5\x80\x80\x80", 4},
        {"CESU-8 pair", "\xED\xA0\xBD\xED\xB8\x80", 6},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        snprintf(name, sizeof name, "body: %s", bad[i].name);
        add(name, exact(bad[i].bytes, bad[i].len), bad[i].len, NULL, ERROR);
        snprintf(name, sizeof name, "sender: %s", bad[i].name);
        add(name, exact("hi", 2), 2, cstr(bad[i].bytes, bad[i].len), ERROR);
    }

    /* Embedded NULs are text. */
    add("embedded NULs", exact("a\0b\0\0c", 6), 6, NULL, VERDICT);

    /* 1 MiB bodies: at the limit analysed (truncated), one byte over refused. */
    size_t max = SG_MAX_INPUT_BYTES;
    add("1 MiB of 'a'", repeat("a", max), max, NULL, TRUNCATED);
    add("1 MiB + 1 of 'a'", repeat("a", max + 1), max + 1, NULL, ERROR);
    /* 1 MiB is 349525 three-byte characters and one byte: the last one is cut. */
    add("1 MiB of kanji, last cut", repeat("不", max), max, NULL, ERROR);
    const char *kanji = repeat("不", max);
    add("1 MiB - 1 of kanji", kanji, max - 1, NULL, TRUNCATED);
    add("1 MiB of lures", repeat(lure, max - max % (sizeof lure - 1)), max - max % (sizeof lure - 1),
        "SAGAWA", TRUNCATED);
    char *zeros = (char *)repeat("a", max);
    memset(zeros, 0, max);
    add("1 MiB of NULs", zeros, max, NULL, TRUNCATED);
    char *tail_bad = (char *)repeat("a", max);
    tail_bad[max - 1] = (char)0xFF;
    add("1 MiB, invalid last byte", tail_bad, max, NULL, ERROR);
    add("64 KiB + 1 of 'b'", repeat("b", 64 * 1024 + 1), 64 * 1024 + 1, NULL, TRUNCATED);
    /* A length far beyond the limit is refused before the block is read (it holds 2 bytes). */
    add("len SIZE_MAX on 2 bytes", exact("hi", 2), SIZE_MAX, NULL, ERROR);
    add("len max + 1 on 2 bytes", exact("hi", 2), max + 1, NULL, ERROR);

    /* 1 MiB senders (judged unknown, not refused). */
    const char *long_sender = repeat("A", max + 1);
    ((char *)long_sender)[max] = 0;
    add("1 MiB sender", l, sizeof lure - 1, long_sender, VERDICT);
    const char *long_kana = repeat("ア", 3 * 1000 + 1);
    ((char *)long_kana)[3 * 1000] = 0;
    add("3000-byte kana sender", exact("hi", 2), 2, long_kana, VERDICT);
}

/* ---- running it ---- */

/* Runs every call once; keeps each JSON (a malloc'd copy) in out[i] when out is not NULL,
 * else compares it with reference[i]. Every returned string goes back to sg_string_free. */
static void run_catalogue(char **out, char *const *reference) {
    for (size_t i = 0; i < ncalls; i++) {
        const struct call *c = &calls[i];
        char *json = sg_classify_json(c->body, c->len, c->sender);
        check(json != NULL, "returned NULL", c->name);
        if (json == NULL) {
            continue;
        }
        check(is_json_object(json), "not one JSON object", c->name);
        int is_error = strncmp(json, "{\"error\":\"", 10) == 0;
        switch (c->expect) {
        case VERDICT:
            check(!is_error && strstr(json, "\"level\":") != NULL, "not a verdict", c->name);
            check(strstr(json, "\"truncated\":false") != NULL, "truncated", c->name);
            break;
        case TRUNCATED:
            check(!is_error && strstr(json, "\"truncated\":true") != NULL, "not truncated",
                  c->name);
            break;
        case ERROR:
            check(is_error, "not an error", c->name);
            break;
        }
        if (out != NULL) {
            out[i] = strdup(json);
        } else {
            check(reference[i] != NULL && strcmp(json, reference[i]) == 0,
                  "differs from the single-threaded run", c->name);
        }
        sg_string_free(json);
    }
}

static char *reference[512];

static void *thread_main(void *arg) {
    (void)arg;
    run_catalogue(NULL, reference);
    return NULL;
}

int main(void) {
    build_catalogue();

    /* Static strings: the same pointer every time, never freed. */
    const char *v = sg_version();
    const char *r = sg_rules_version();
    check(v != NULL && strlen(v) > 0 && v == sg_version(), "sg_version", "version");
    check(r != NULL && strlen(r) > 0 && r == sg_rules_version(), "sg_rules_version", "version");
    sg_string_free(NULL);

    run_catalogue(reference, NULL);

    pthread_t threads[THREADS];
    for (int i = 0; i < THREADS; i++) {
        check(pthread_create(&threads[i], NULL, thread_main, NULL) == 0, "pthread_create",
              "threads");
    }
    for (int i = 0; i < THREADS; i++) {
        pthread_join(threads[i], NULL);
    }

    for (size_t i = 0; i < ncalls; i++) {
        free(reference[i]);
    }
    for (size_t i = 0; i < nblocks; i++) {
        free(blocks[i]);
    }
    printf("hostile C client: %zu calls x %d runs (1 + %d threads)\n", ncalls, THREADS + 1,
           THREADS);
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
