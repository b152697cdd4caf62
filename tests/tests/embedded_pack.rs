//! The embedded pack is compiled at build time; any other pack at run time. Both must be the
//! same classifier: the default pack's JSON, compiled at run time, gives the same verdict
//! (level, score, category, reasons, spans, advice) as the built-in form on every fixture and
//! every corpus row (`../shared/corpus/*.jsonl`, read at run time; skipped, saying so, only
//! where the corpus is not checked out).

use smishguard_core::{default_pack_json, Classifier};
use smishguard_tests::{corpus_messages, dev_corpus_path, fixture_messages};

fn assert_same_verdicts(messages: &[(String, String, Option<String>)]) {
    let built_in = Classifier::new();
    let at_run_time =
        Classifier::from_json(default_pack_json().as_bytes()).expect("the default pack compiles");
    for (at, body, sender) in messages {
        let a = built_in.classify(body, sender.as_deref());
        let b = at_run_time.classify(body, sender.as_deref());
        assert_eq!(a.level, b.level, "{at}: level");
        assert_eq!(a.score.to_bits(), b.score.to_bits(), "{at}: score");
        assert_eq!(a, b, "{at}: verdict");
    }
}

#[test]
fn fixtures_get_the_same_verdicts_from_the_run_time_compiled_default_pack() {
    let messages = fixture_messages();
    assert!(messages.len() >= 200, "{} fixtures", messages.len());
    assert_same_verdicts(&messages);
}

#[test]
fn corpus_rows_get_the_same_verdicts_from_the_run_time_compiled_default_pack() {
    let Some(messages) = corpus_messages() else {
        eprintln!(
            "skipped: no corpus beside the checkout ({})",
            dev_corpus_path().display()
        );
        return;
    };
    assert!(messages.len() >= 200, "{} corpus rows", messages.len());
    assert_same_verdicts(&messages);
}
