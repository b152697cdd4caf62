#!/usr/bin/env python3
"""Writes seed inputs for the fuzz targets, one directory per target.

    python3 fuzz/seeds.py OUT_DIR              seeds from the test fixtures and, when it is beside
                                               the repository, the shared dev corpus (run time only:
                                               corpus rows are never committed)
    python3 fuzz/seeds.py --committed OUT_DIR  seeds from the messages written below, in our own
                                               words; this is how fuzz/seeds/ was made

Each target reads its input in its own layout (see the target's header); the encoders below
follow those layouts."""
import hashlib
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)

# Shapes of lure and genuine messages, and hostile text, written for the seeds.
OWN = [
    ("【宅配便】お荷物をお届けに伺いましたが不在のため持ち帰りました。再配達はこちら https://takuhai-check.top/r?id=12", "09011112222"),
    ("[カード会社]ご利用確認のお願い：第三者による不正利用の可能性があります。https://card-secure-check.com/login", "CARD"),
    ("認証コードは482913です。このコードは誰にも教えないでください。", "12345"),
    ("明日の打ち合わせは10時に駅前でお願いします。", None),
    ("ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ。ｃｏｍ／ログイン　至急ご確認ください", None),
    ("お客様のアカウントは停止されました。https://docomo.ne.jp@evil.example/ または050-1234-5678までお電話ください", "+1 202 555 0100"),
    ("お\u200b客\u200b様、未払い料金があります http://192.168.0.1:8080/pay.php", "a@example.com"),
    ("xn--pple-43d.com で本人確認を。短縮 bit.ly/3abc と sagawa-exp.co.jp.verify-site.com", None),
    ("", None),
    ("\u202eevil\u202c https://аpple.com/id 0120-123-456 support@amaz0n-security.jp", "Amazon"),
    ("a\u0301\u0301\u0301\u0301 👨‍👩‍👧 https://~ <URL> ○○", "0312345678"),
    ("税務署です。未納の税金があります。本日中に https://nta-tax-pay.xyz/ からお支払いください", "SMS"),
]


def encode(texts, senders, out):
    """Writes every target's seeds for these (text, sender) pairs."""

    def write(target, data):
        d = os.path.join(out, target)
        os.makedirs(d, exist_ok=True)
        name = hashlib.sha1(data).hexdigest()[:16]
        with open(os.path.join(d, name), "wb") as f:
            f.write(data)

    for text, sender in zip(texts, senders):
        body = text.encode("utf-8")
        write("normalize_extract", body)
        if sender:
            s = sender.encode("utf-8")[:255]
            write("classify", bytes([len(s)]) + body + s)
        else:
            write("classify", b"\x00" + body)
        # URL judgement: the ASCII after the scheme, one header byte picking https and no affixes.
        for word in text.split("://")[1:]:
            tail = word.encode("utf-8")
            ascii_tail = bytes(b for b in tail[:120] if b < 0x80)
            if ascii_tail:
                write("url_judgement", b"\x00" + ascii_tail)
        m = bytes([len(body) % 4 * 4]) + bytes([len(s) if sender else 0]) + body + (s if sender else b"")
        write("capi", m)
    # The UniFFI classifier: the messages as one batch, and rule updates (see its header).
    batch = b"\xff".join(t.encode("utf-8") + (b"\xfe" + s.encode("utf-8") if s else b"")
                          for t, s in zip(texts[:16], senders[:16]))
    write("uniffi_classifier", b"\x00" + batch)
    for mode in (1, 3, 5, 7, 9, 11):
        write("uniffi_classifier", bytes([mode]) + b"\x07\x00" + b"\"2099.1.1\"")

    for k in range(0, 400, 7):
        write("rule_pack", k.to_bytes(2, "little") + bytes([k % 8]) + b"0.5")


def fixture_rows():
    """(text, sender) of the fixtures and, when present, the shared dev corpus."""
    sources = [os.path.join(root, "tests", "fixtures", f) for f in ("lures.jsonl", "genuine.jsonl", "external.jsonl")]
    shared = os.path.join(root, "..", "shared", "corpus", "dev.jsonl")
    if os.path.exists(shared):
        sources.append(shared)
    texts, senders = [], []
    for path in sources:
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(row.get("text"), str):
                    texts.append(row["text"])
                    senders.append(row.get("sender") if isinstance(row.get("sender"), str) else None)
    return texts, senders


def main():
    args = sys.argv[1:]
    committed = "--committed" in args
    args = [a for a in args if a != "--committed"]
    out = args[0] if args else os.path.join(here, "corpus")
    if committed:
        texts = [t for t, _ in OWN]
        senders = [s for _, s in OWN]
    else:
        texts, senders = fixture_rows()
    encode(texts, senders, out)
    if not committed:
        # The pack file with scoring and URL lists as one rule_pack seed.
        pack = os.path.join(root, "core", "rules", "pack.json")
        with open(pack, "rb") as f:
            d = os.path.join(out, "rule_pack")
            os.makedirs(d, exist_ok=True)
            data = f.read()
            with open(os.path.join(d, hashlib.sha1(data).hexdigest()[:16]), "wb") as g:
                g.write(data)
    print(f"seeds from {len(texts)} texts written to {out}")


main()
