#!/usr/bin/env python3
"""Writes seed corpora for the fuzz targets from the test fixtures (and the shared dev corpus
when it is beside the repository). Seeds are generated at run time, not committed.

Usage: python3 fuzz/seeds.py OUT_DIR   (creates OUT_DIR/<target>/ files)"""
import hashlib
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
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

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "corpus")


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

pack = os.path.join(root, "core", "rules", "pack.json")
for k in range(0, 400, 7):
    write("rule_pack", k.to_bytes(2, "little") + bytes([k % 8]) + b"0.5")
with open(pack, "rb") as f:
    write("rule_pack", f.read())
print(f"seeds from {len(texts)} texts written to {out}")
