//! `cargo bench -p smishguard-core`: classify over a few representative messages, normalize
//! alone, and the floor (one Aho–Corasick pass of the lure-phrase table over the raw text).
//!
//! The corpus-wide figures, the regex-list baseline, cold start, memory and size are printed by
//! `smishguard bench` (see `scripts/bench.sh`); these micro-benchmarks are for looking at one
//! stage at a time while changing it.

use std::hint::black_box;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use smishguard_core::normalize::Normalized;
use smishguard_core::Classifier;

/// (name, body, sender)
const MESSAGES: &[(&str, &str, Option<&str>)] = &[
    (
        "delivery_lure",
        "お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。配送物は下記よりご確認ください。http://sagawa-ex.top/track",
        Some("09011112222"),
    ),
    (
        "card_lure_fullwidth",
        "【三井住友カード】お客様のカードのご利用を一時的に制限しております。ご本人確認のため、ｈｔｔｐｓ：／／ｓｍｂｃ－ｃａｒｄ。ｔｏｐ／ｖｅｒｉｆｙ よりお手続きください。",
        None,
    ),
    (
        "otp_genuine",
        "認証コードは482913です。このコードを他人と共有しないでください。",
        Some("Google"),
    ),
    (
        "notice_genuine",
        "【楽天カード】いつも楽天カードをご利用いただきありがとうございます。12月のご請求額が確定しました。詳しくは楽天e-NAVIでご確認ください。https://www.rakuten-card.co.jp/e-navi/",
        None,
    ),
    ("chat", "今日何時に帰る?夕飯いるなら連絡して", None),
];

fn floor_automaton() -> AhoCorasick {
    let terms = Classifier::new().pack().concept_atoms();
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .build(&terms)
        .expect("the concept atoms build an automaton")
}

fn benches(cr: &mut Criterion) {
    let c = Classifier::new();
    let floor = floor_automaton();
    let mut g = cr.benchmark_group("classify");
    for &(name, body, sender) in MESSAGES {
        g.throughput(Throughput::Bytes(body.len() as u64));
        g.bench_function(name, |b| b.iter(|| c.classify(black_box(body), sender)));
    }
    g.finish();
    let mut g = cr.benchmark_group("normalize");
    for &(name, body, _) in MESSAGES {
        g.throughput(Throughput::Bytes(body.len() as u64));
        g.bench_function(name, |b| {
            b.iter(|| Normalized::new(black_box(body)).for_matching())
        });
    }
    g.finish();
    let mut g = cr.benchmark_group("floor");
    for &(name, body, _) in MESSAGES {
        g.throughput(Throughput::Bytes(body.len() as u64));
        g.bench_function(name, |b| {
            b.iter(|| floor.find_overlapping_iter(black_box(body)).count())
        });
    }
    g.finish();
}

criterion_group!(classify, benches);
criterion_main!(classify);
