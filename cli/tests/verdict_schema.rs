//! The verdict JSON is versioned by `docs/verdict.schema.json`:
//!
//! * every line `classify --jsonl` prints for the real corpus (`../shared/corpus/*.jsonl`, read
//!   at run time) and for the project's fixtures is valid against the schema;
//! * the schema is closed: renaming or removing any field anywhere in a verdict makes it
//!   invalid, so a renamed field in the code fails the first test;
//! * reason codes live in one place, the rule pack (`rules dump`): every code a verdict
//!   reports is declared there, and every code declared there has the shape the schema allows.
//!
//! Set SMISHGUARD_NO_CORPUS=1 to skip the corpus where it is not checked out beside the repo.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use jsonschema::Validator;
use serde_json::{json, Value};

mod common;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn schema() -> Value {
    let path = root().join("docs/verdict.schema.json");
    let text = std::fs::read_to_string(&path).expect("docs/verdict.schema.json");
    serde_json::from_str(&text).expect("the schema is JSON")
}

fn validator() -> Validator {
    jsonschema::draft202012::new(&schema()).expect("the schema is a valid draft 2020-12 schema")
}

/// Runs `smishguard ARGS` with `stdin`; returns (exit code, stdout). What it writes to stderr
/// is shown with the test's output.
fn smishguard(args: &[&str], stdin: &str) -> (i32, String) {
    let out = common::run(args, stdin);
    eprint!("{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).expect("the output is UTF-8");
    (out.status.code().unwrap_or(-1), stdout)
}

/// `classify --jsonl` of `input`: one parsed verdict per input line, all classified.
fn classify_jsonl(input: &str, what: &str) -> Vec<Value> {
    let (code, out) = smishguard(&["classify", "--jsonl"], input);
    assert_eq!(code, 0, "{what}: some lines were not classified");
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect();
    let inputs = input.lines().filter(|l| !l.trim().is_empty()).count();
    assert_eq!(
        lines.len(),
        inputs,
        "{what}: one output line per input line"
    );
    lines
}

/// Every error of `v` against the schema, one per line.
fn errors(validator: &Validator, v: &Value) -> String {
    validator
        .iter_errors(v)
        .map(|e| format!("  {} at {}", e, e.instance_path()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every reason code the pack declares. A code is declared by the thing that explains it:
/// a key of a `signals` map (signals computed by code), or the `code` or `id` of any object
/// that carries its own explanation (`ja` and `en`): phrase groups, concepts, stories, and
/// whatever later sections declare codes the same way. Brands (`name`, `name_en`) and
/// advice (keyed by situation, not under `signals`) are not codes.
fn declared_codes(pack: &Value, out: &mut BTreeSet<String>) {
    match pack {
        Value::Object(o) => {
            if o.contains_key("ja") && o.contains_key("en") {
                for key in ["code", "id"] {
                    if let Some(Value::String(c)) = o.get(key) {
                        out.insert(c.clone());
                    }
                }
            }
            if let Some(Value::Object(s)) = o.get("signals") {
                out.extend(s.keys().cloned());
            }
            o.values().for_each(|v| declared_codes(v, out));
        }
        Value::Array(a) => a.iter().for_each(|v| declared_codes(v, out)),
        _ => {}
    }
}

fn pack_codes() -> BTreeSet<String> {
    let (code, out) = smishguard(&["rules", "dump"], "");
    assert_eq!(code, 0, "rules dump");
    let pack: Value = serde_json::from_str(&out).expect("the pack is JSON");
    let mut codes = BTreeSet::new();
    declared_codes(&pack, &mut codes);
    codes
}

/// The JSONL inputs the schema is checked on: the shared corpus, then the fixtures.
fn inputs() -> Vec<(PathBuf, String)> {
    let corpus_dir = root().join("../shared/corpus");
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&corpus_dir) {
        Ok(dir) => dir
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
            .collect(),
        Err(_) if std::env::var_os("SMISHGUARD_NO_CORPUS").is_some() => {
            eprintln!("skipped: no corpus at {}", corpus_dir.display());
            Vec::new()
        }
        Err(e) => panic!(
            "corpus missing at {}: {e} (set SMISHGUARD_NO_CORPUS=1 to skip)",
            corpus_dir.display()
        ),
    };
    files.sort();
    let fixtures = root().join("tests/fixtures");
    for name in ["lures.jsonl", "genuine.jsonl", "external.jsonl"] {
        files.push(fixtures.join(name));
    }
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p:?}: {e}"));
            (p, text)
        })
        .collect()
}

/// Messages that reach the parts of the schema the corpus may not: a sender of each sort, a
/// phone number, an e-mail address, a truncated body, an empty one, links a browser repairs,
/// refuses or that lead to anyone's page on a platform.
fn synthetic() -> String {
    let long = "あ".repeat(30_000);
    let rows = [
        json!({"id": 1, "text": "【佐川急便】不在の為持ち帰りました https://sagawa-kx.top/ 050-1234-5678 info@sagawa-kx.top", "sender": "09011112222"}),
        json!({"id": "two", "text": "認証コードは482913です。", "sender": "SMBC"}),
        json!({"text": format!("{long} https://example.com/"), "sender": "+1 202 555 0100"}),
        json!({"id": null, "text": "", "sender": "a@example.com"}),
        json!({"id": [1, 2], "text": "ご不明点は0120-123-456まで", "sender": "12345"}),
        json!({"text": "確認 https:\\\\evil-bank.top\\login http://300.1.1.1/ https://lin.ee/Ab1cD2e"}),
    ];
    rows.iter().map(|r| format!("{r}\n")).collect()
}

#[test]
fn every_classify_jsonl_line_matches_the_schema() {
    let validator = validator();
    let declared = pack_codes();
    let mut sets = inputs();
    sets.push((PathBuf::from("synthetic rows"), synthetic()));
    let mut checked = 0;
    let mut truncated = 0;
    for (path, text) in &sets {
        for (i, v) in classify_jsonl(text, &path.display().to_string())
            .iter()
            .enumerate()
        {
            let errs = errors(&validator, v);
            assert!(
                errs.is_empty(),
                "{} line {}: not a valid verdict:\n{errs}",
                path.display(),
                i + 1
            );
            for r in v["reasons"].as_array().into_iter().flatten() {
                let code = r["code"].as_str().unwrap_or_default();
                assert!(
                    declared.contains(code),
                    "{} line {}: reason code {code:?} is not declared in the rule pack",
                    path.display(),
                    i + 1
                );
            }
            truncated += usize::from(v["truncated"] == true);
            checked += 1;
        }
    }
    assert!(checked >= 200, "only {checked} verdicts checked");
    assert!(truncated > 0, "no truncated verdict was checked");
}

#[test]
fn every_declared_reason_code_has_the_schema_shape() {
    let schema = schema();
    let code_schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": "#/$defs/code",
        "$defs": schema["$defs"].clone(),
    });
    let v = jsonschema::draft202012::new(&code_schema).expect("the code schema");
    let codes = pack_codes();
    assert!(
        codes.len() > 20,
        "only {} codes found in the pack",
        codes.len()
    );
    for code in &codes {
        assert!(
            v.is_valid(&json!(code)),
            "{code:?} is not a valid reason code"
        );
    }
    for bad in [
        "",
        "url",
        "URL.ip",
        "url.ip host",
        ".x",
        "x.",
        "url-ip.host",
    ] {
        assert!(!v.is_valid(&json!(bad)), "{bad:?} passes as a reason code");
    }
}

/// Calls `f` with the path of every object in `v` (as a list of keys and indices).
fn object_paths(v: &Value, path: &mut Vec<Value>, f: &mut dyn FnMut(&[Value])) {
    match v {
        Value::Object(o) => {
            f(path);
            for (k, x) in o {
                path.push(json!(k));
                object_paths(x, path, f);
                path.pop();
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                path.push(json!(i));
                object_paths(x, path, f);
                path.pop();
            }
        }
        _ => {}
    }
}

fn at_mut<'a>(v: &'a mut Value, path: &[Value]) -> &'a mut serde_json::Map<String, Value> {
    let mut cur = v;
    for p in path {
        cur = match p {
            Value::String(k) => &mut cur[k.as_str()],
            Value::Number(i) => &mut cur[i.as_u64().unwrap_or_default() as usize],
            _ => unreachable!("paths hold keys and indices"),
        };
    }
    cur.as_object_mut().expect("an object")
}

#[test]
fn renaming_or_removing_any_field_breaks_the_schema() {
    let validator = validator();
    // One verdict with every kind of object: reasons with and without spans, a URL, a phone,
    // an e-mail, a brand, a sender.
    let row = &synthetic().lines().next().expect("a row").to_owned();
    let verdict = classify_jsonl(&format!("{row}\n"), "rich row").remove(0);
    assert_eq!(errors(&validator, &verdict), "");
    for key in ["reasons", "urls", "phones", "emails", "brands"] {
        assert!(
            !verdict[key].as_array().expect(key).is_empty(),
            "the rich row has no {key}: {verdict}"
        );
    }
    assert!(verdict["sender"].is_object());

    let mut paths = Vec::new();
    object_paths(&verdict, &mut Vec::new(), &mut |p| paths.push(p.to_vec()));
    let mut fields = 0;
    for path in &paths {
        let keys: Vec<String> = at_mut(&mut verdict.clone(), path).keys().cloned().collect();
        for key in keys {
            let mut renamed = verdict.clone();
            let obj = at_mut(&mut renamed, path);
            let value = obj.remove(&key).expect("the key");
            let mut removed = renamed.clone();
            at_mut(&mut renamed, path).insert(format!("{key}_renamed"), value);
            if path.is_empty() && key == "id" {
                // `id` is the input's, optional; only its rename is caught.
                assert!(!validator.is_valid(&renamed), "renamed id passes");
                continue;
            }
            assert!(
                !validator.is_valid(&renamed),
                "renaming {key:?} at {path:?} still passes the schema"
            );
            let removed_obj = at_mut(&mut removed, path);
            assert!(!removed_obj.contains_key(&key));
            assert!(
                !validator.is_valid(&removed),
                "removing {key:?} at {path:?} still passes the schema"
            );
            fields += 1;
        }
    }
    assert!(fields > 40, "only {fields} fields tried");
}
