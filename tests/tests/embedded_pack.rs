//! The embedded pack is compiled at build time; any other pack at run time. Both must be the
//! same classifier: the default pack's JSON, compiled at run time, gives the same verdict
//! (level, score, category, reasons, spans, advice) as the built-in form on every fixture and
//! every corpus row (`../shared/corpus/*.jsonl`, read at run time; skipped, saying so, only
//! where the corpus is not checked out).

use smishguard_core::{default_pack_json, Classifier};
use smishguard_tests::{crate_dir, dev_corpus_path, fixture_rows};

/// (where, body, sender) of every fixture.
fn fixture_messages() -> Vec<(String, String, Option<String>)> {
    let mut names: Vec<String> = std::fs::read_dir(crate_dir().join("fixtures"))
        .expect("tests/fixtures is readable")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".jsonl"))
        .collect();
    names.sort();
    assert!(names.len() >= 3, "fixtures missing: {names:?}");
    // Written fixtures have a name; the blind set (rows `{id, text, label}`) an id.
    names
        .iter()
        .flat_map(|file| {
            fixture_rows::<serde_json::Value>(file)
                .into_iter()
                .map(|row| {
                    let name = row["name"].as_str().or(row["id"].as_str()).unwrap_or("?");
                    (
                        format!("{file}: {name}"),
                        row["text"]
                            .as_str()
                            .expect("a fixture has a text")
                            .to_owned(),
                        row["sender"].as_str().map(str::to_owned),
                    )
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// (where, body) of every corpus row, or `None` when the corpus is absent.
fn corpus_messages() -> Option<Vec<(String, String, Option<String>)>> {
    let dir = dev_corpus_path().parent()?.to_path_buf();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("corpus file is readable");
        for (i, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let row: serde_json::Value = serde_json::from_str(line).expect("corpus line is JSON");
            let body = row["text"]
                .as_str()
                .expect("corpus row has a text")
                .to_owned();
            let sender = row["sender"].as_str().map(str::to_owned);
            out.push((format!("{}:{}", path.display(), i + 1), body, sender));
        }
    }
    Some(out)
}

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
