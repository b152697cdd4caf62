//! Classifies one message and prints the verdict: level, score, category, the reasons with the
//! text they point at, the advice, then the verdict as one line of JSON.
//!
//! Run: `cargo run -p smishguard-core --example classify_one -- [--sender SENDER] TEXT`

use smishguard_core::Classifier;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut sender = None;
    let mut text = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--sender" => sender = args.next(),
            _ => text = Some(a),
        }
    }
    let Some(text) = text else {
        eprintln!("usage: classify_one [--sender SENDER] TEXT");
        std::process::exit(2);
    };

    // Build once and keep it: compiling the embedded rules takes about a millisecond, every
    // later classify reuses them.
    let classifier = Classifier::new();
    let v = classifier.classify(&text, sender.as_deref());

    let category = v.category.map_or("-", |c| c.as_str());
    println!("{} {:.2} {category}", v.level.as_str(), v.score);
    for r in &v.reasons {
        // Spans index the original text, so the evidence can be shown where it stands.
        let at = r
            .span
            .map_or(String::new(), |s| format!(" 「{}」", &text[s.start..s.end]));
        println!("  {:+.1} {}{at}: {}", r.weight, r.code, r.en);
    }
    println!("advice: {}", v.advice.en);
    println!("{}", v.to_json());
}
