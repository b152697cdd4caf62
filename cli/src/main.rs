//! `smishguard`: check one message, classify JSONL, evaluate on a labelled corpus, manage rule
//! packs. See `smishguard help`.

use std::io::{BufRead, Read, Write};
use std::process::ExitCode;

use smishguard_core::{Classifier, Level, Verdict};

mod bench;
mod eval;
mod regex_baseline;
mod report;

/// Counts allocations only while `smishguard bench` measures them (see the bench module).
#[global_allocator]
static ALLOCATOR: bench::CountingAlloc = bench::CountingAlloc;

const USAGE: &str = "\
smishguard — tells whether a Japanese SMS is a phishing lure, and why (offline)

USAGE:
  smishguard check [--sender S] [--json] [--rules FILE] [TEXT]
      Classify one message (TEXT, or standard input when absent) and print a readable report
      with the evidence marked in the text, or the verdict as JSON.
  smishguard classify --jsonl [--rules FILE] [FILE]
      Classify JSONL lines {\"id\"?, \"text\", \"sender\"?} from FILE or standard input; one output
      line per input line, in order. Exit status 2 when some lines were errors.
  smishguard eval [--json] [--rules FILE] FILE
      Evaluate on labelled JSONL (\"label\": \"smishing\"|\"ham\"): confusion matrices, recall and
      false-positive rate at both thresholds, per category, and the misclassified rows.
  smishguard rules dump
      Print the embedded default rule pack.
  smishguard rules validate FILE
      Check a rule pack; prints its version or where and why it is invalid.
  smishguard bench [--json] [--rounds N] [--corpus FILE] [--fixtures DIR] [--lib FILE]
      Measure speed, cold start, memory and size against the Aho-Corasick floor and a
      regex-list baseline in the same run; print a table, or one JSON object.
      Defaults: --corpus ../shared/corpus/dev.jsonl (or $SMISHGUARD_CORPUS),
      --fixtures tests/fixtures.
  smishguard version
";

fn main() -> ExitCode {
    let _ = bench::MAIN_START.set(std::time::Instant::now());
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("smishguard: {msg}");
            ExitCode::from(1)
        }
    }
}

/// Options shared by the subcommands.
#[derive(Default)]
struct Opts {
    sender: Option<String>,
    json: bool,
    jsonl: bool,
    rules: Option<String>,
    positional: Vec<String>,
}

fn parse(args: &[String]) -> Result<Opts, String> {
    let mut o = Opts::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--sender" => o.sender = Some(it.next().ok_or("--sender needs a value")?.clone()),
            "--json" => o.json = true,
            "--jsonl" => o.jsonl = true,
            "--rules" => o.rules = Some(it.next().ok_or("--rules needs a file")?.clone()),
            "--" => o.positional.extend(it.by_ref().cloned()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n\n{USAGE}")),
            _ => o.positional.push(a.clone()),
        }
    }
    Ok(o)
}

fn classifier(o: &Opts) -> Result<Classifier, String> {
    match &o.rules {
        None => Ok(Classifier::new()),
        Some(path) => {
            let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            Classifier::from_json(&bytes).map_err(|e| format!("{path}: {e}"))
        }
    }
}

fn read_input(path: Option<&String>) -> Result<String, String> {
    let mut s = String::new();
    match path {
        Some(p) => s = std::fs::read_to_string(p).map_err(|e| format!("cannot read {p}: {e}"))?,
        None => {
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
        }
    }
    Ok(s)
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let Some(cmd) = args.first() else {
        print!("{USAGE}");
        return Ok(ExitCode::from(1));
    };
    let rest = &args[1..];
    match cmd.as_str() {
        "check" => {
            let o = parse(rest)?;
            let c = classifier(&o)?;
            let text = match o.positional.first() {
                Some(t) => t.clone(),
                None => read_input(None)?.trim_end_matches(['\n', '\r']).to_owned(),
            };
            let v = c.classify(&text, o.sender.as_deref());
            if o.json {
                println!("{}", v.to_json());
            } else {
                print!("{}", report::render(&text, &v));
            }
            Ok(ExitCode::SUCCESS)
        }
        "classify" => {
            let o = parse(rest)?;
            if !o.jsonl {
                return Err("classify reads JSONL: pass --jsonl".into());
            }
            let c = classifier(&o)?;
            classify_jsonl(&c, o.positional.first())
        }
        "eval" => {
            let o = parse(rest)?;
            let path = o
                .positional
                .first()
                .ok_or("eval needs a labelled JSONL file")?;
            let c = classifier(&o)?;
            let text = read_input(Some(path))?;
            let out = eval::evaluate(&c, &text)?;
            if o.json {
                println!("{}", out.to_json());
            } else {
                print!("{}", out.render());
            }
            Ok(ExitCode::SUCCESS)
        }
        "rules" => match rest.first().map(String::as_str) {
            Some("dump") => {
                println!("{}", smishguard_core::default_pack_json());
                Ok(ExitCode::SUCCESS)
            }
            Some("validate") => {
                let path = rest.get(1).ok_or("rules validate needs a file")?;
                let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
                match Classifier::from_json(&bytes) {
                    Ok(c) => {
                        println!("valid: version {}", c.rules_version());
                        Ok(ExitCode::SUCCESS)
                    }
                    Err(e) => {
                        println!("invalid: {e}");
                        Ok(ExitCode::from(2))
                    }
                }
            }
            _ => Err(format!("rules takes dump or validate\n\n{USAGE}")),
        },
        "bench" => {
            bench::run(rest)?;
            Ok(ExitCode::SUCCESS)
        }
        // Hidden: the child processes started by `bench` (fresh-process figures).
        "__bench-child" => {
            bench::child(rest)?;
            Ok(ExitCode::SUCCESS)
        }
        "version" | "--version" => {
            println!(
                "smishguard {} (rules {})",
                env!("CARGO_PKG_VERSION"),
                Classifier::new().rules_version()
            );
            Ok(ExitCode::SUCCESS)
        }
        "help" | "--help" | "-h" => {
            print!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        other => Err(format!("unknown command {other}\n\n{USAGE}")),
    }
}

/// Classifies JSONL line by line, streaming: one output line per input line.
fn classify_jsonl(c: &Classifier, path: Option<&String>) -> Result<ExitCode, String> {
    let reader: Box<dyn BufRead> = match path {
        Some(p) => Box::new(std::io::BufReader::new(
            std::fs::File::open(p).map_err(|e| format!("cannot read {p}: {e}"))?,
        )),
        None => Box::new(std::io::BufReader::new(std::io::stdin())),
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut errors = 0usize;
    for line in reader.split(b'\n') {
        let line = line.map_err(|e| format!("read error: {e}"))?;
        let value = classify_line(c, &line);
        if value.get("error").is_some() {
            errors += 1;
        }
        writeln!(out, "{value}").map_err(|e| format!("write error: {e}"))?;
    }
    out.flush().map_err(|e| format!("write error: {e}"))?;
    Ok(if errors > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// One JSONL line to one output object: the verdict with its `id`, or `{id?, error}`.
fn classify_line(c: &Classifier, line: &[u8]) -> serde_json::Value {
    use serde_json::{json, Value};
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let parsed: Value = match serde_json::from_slice(line) {
        Ok(v) => v,
        Err(e) => return json!({ "id": Value::Null, "error": format!("not JSON: {e}") }),
    };
    let id = parsed.get("id").cloned().unwrap_or(Value::Null);
    let Some(text) = parsed.get("text").and_then(Value::as_str) else {
        return json!({ "id": id, "error": "no string field \"text\"" });
    };
    let sender = match parsed.get("sender") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.as_str()),
        Some(_) => return json!({ "id": id, "error": "\"sender\" must be a string" }),
    };
    let v: Verdict = c.classify(text, sender);
    let mut obj = serde_json::Map::new();
    obj.insert("id".into(), id);
    if let Value::Object(m) = v.to_json_value() {
        obj.extend(m);
    }
    Value::Object(obj)
}

/// Used by the report and eval modules.
fn level_name(l: Level) -> &'static str {
    l.as_str()
}
