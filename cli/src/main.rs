//! `smishguard`: check one message, classify JSONL, evaluate on a labelled corpus, manage rule
//! packs. See `smishguard help`.

use std::io::{BufRead, Read, Write};
use std::process::ExitCode;

use smishguard_core::{Classifier, Level, Verdict};

mod bench;
mod cv;
mod eval;
mod keys;
mod regex_baseline;
mod report;
mod train;

/// Counts allocations only while `smishguard bench` measures them (see the bench module).
#[global_allocator]
static ALLOCATOR: bench::CountingAlloc = bench::CountingAlloc;

/// The help text (`smishguard help`), also shown after a usage error.
const USAGE: &str = "\
smishguard — tells whether a Japanese SMS is a phishing lure, and why (offline)

USAGE:
  smishguard check [--sender S] [--json] [RULES] [LISTS] [TEXT]
      Classify one message (TEXT, or standard input when absent) and print a readable report
      with the evidence marked in the text, or the verdict as JSON.
  smishguard classify --jsonl [RULES] [LISTS] [FILE]
      Classify JSONL lines {\"id\"?, \"text\", \"sender\"?} from FILE or standard input; one output
      line per input line, in order. Exit status 2 when some lines were errors.
  smishguard eval [--json] [RULES] [LISTS] FILE
      Evaluate on labelled JSONL (\"label\": \"smishing\"|\"ham\"): confusion matrices, recall and
      false-positive rate at both thresholds, per category, and the misclassified rows.
  smishguard eval --cv K --group source [--seed N] [--train-also FILE] [--misses] [--rows OUT] [--json] [TRAIN] FILE...
      Grouped cross-validation: the rows of each source site are held out together, the
      learned weights trained on the other sites, and the held-out rows classified: recall,
      dangerous recall and genuine messages flagged per fold and overall. Rows of
      --train-also files join every fold's training and are never held out. --rows writes every
      held-out verdict (id, site, fold, label, score, level, reasons) to OUT as JSONL.
      --seed N deals the sites into folds differently (0, the default, is the README's deal),
      to show how much a figure owes to one deal.
  smishguard train [--out FILE] [TRAIN] FILE...
      Fit the pack's learned weights (concepts, stories, grams) on labelled JSONL files and
      write them as the pack's model.json (to FILE, or standard output).
      TRAIN: --ham-weight X --l1 X --l2 X --l2-concepts X --min-sites N --iterations N (defaults are the
      ones the embedded model was trained with).
  smishguard rules dump
      Print the embedded default rule pack.
  smishguard rules validate FILE
      Check a rule pack; prints its version or where and why it is invalid.
  smishguard rules keygen --out KEYFILE
      Make an Ed25519 key pair: the secret seed goes to KEYFILE (hex), the public key is printed.
  smishguard rules sign --key KEYFILE PACK
      Print the hex signature of the exact bytes of PACK.
  smishguard rules verify --pubkey HEX --sig SIGFILE PACK
      Check a signed pack (signature, then contents).
  smishguard bench [--json] [--rounds N] [--corpus FILE] [--fixtures DIR] [--lib FILE]
                   [--no-callgrind] | --table JSONFILE
      Measure speed, cold start, memory, size and (with valgrind) instruction counts against
      the Aho-Corasick floor and a regex-list baseline in the same run; print a table, or one
      JSON object. --table prints the table of a JSON object saved earlier.
      Defaults: --corpus ../shared/corpus/dev.jsonl (or $SMISHGUARD_CORPUS),
      --fixtures tests/fixtures.
  smishguard version

RULES:  --rules FILE [--sig SIGFILE --pubkey HEX]   a rule pack instead of the embedded one;
        with --sig, the pack is used only if its signature verifies.
LISTS:  --allow-sender S  --block-sender S  --allow-domain D  --block-domain D  --block-keyword K
        (each repeatable; block beats allow; an allowed sender never hides a deceptive link)
";

/// Runs the command line; an error is printed to standard error, with exit status 1.
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
    sig: Option<String>,
    pubkey: Option<String>,
    key: Option<String>,
    out: Option<String>,
    lists: smishguard_core::UserListEntries,
    positional: Vec<String>,
    cv: Option<usize>,
    group: Option<String>,
    misses: bool,
    rows: Option<String>,
    train_also: Vec<String>,
    seed: Option<u64>,
    train: train::Params,
}

/// Refuses the options that only cross-validation reads, rather than ignoring them.
fn cv_only(o: &Opts) -> Result<(), String> {
    if o.cv.is_some()
        || o.rows.is_some()
        || o.misses
        || !o.train_also.is_empty()
        || o.group.is_some()
        || o.seed.is_some()
    {
        return Err(
            "--cv, --rows, --misses, --train-also, --group and --seed go with eval --cv".into(),
        );
    }
    Ok(())
}

/// Parses the options shared by the subcommands; the other arguments are positional.
fn parse(args: &[String]) -> Result<Opts, String> {
    let mut o = Opts::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--sender" => o.sender = Some(take(&mut it, a)?),
            "--json" => o.json = true,
            "--jsonl" => o.jsonl = true,
            "--rules" => o.rules = Some(take(&mut it, a)?),
            "--sig" => o.sig = Some(take(&mut it, a)?),
            "--pubkey" => o.pubkey = Some(take(&mut it, a)?),
            "--key" => o.key = Some(take(&mut it, a)?),
            "--out" => o.out = Some(take(&mut it, a)?),
            "--allow-sender" => o.lists.allowed_senders.push(take(&mut it, a)?),
            "--block-sender" => o.lists.blocked_senders.push(take(&mut it, a)?),
            "--allow-domain" => o.lists.allowed_domains.push(take(&mut it, a)?),
            "--block-domain" => o.lists.blocked_domains.push(take(&mut it, a)?),
            "--block-keyword" => o.lists.blocked_keywords.push(take(&mut it, a)?),
            "--cv" => o.cv = Some(number(&mut it, a)?),
            "--group" => o.group = Some(take(&mut it, a)?),
            "--misses" => o.misses = true,
            "--rows" => o.rows = Some(take(&mut it, a)?),
            "--train-also" => o.train_also.push(take(&mut it, a)?),
            "--seed" => o.seed = Some(number(&mut it, a)?),
            "--ham-weight" => o.train.ham_weight = number(&mut it, a)?,
            "--l1" => o.train.l1 = number(&mut it, a)?,
            "--l2" => o.train.l2 = number(&mut it, a)?,
            "--l2-concepts" => o.train.l2_concepts = number(&mut it, a)?,
            "--min-sites" => o.train.min_sites = number(&mut it, a)?,
            "--iterations" => o.train.iterations = number(&mut it, a)?,
            "--" => o.positional.extend(it.by_ref().cloned()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n\n{USAGE}")),
            _ => o.positional.push(a.clone()),
        }
    }
    Ok(o)
}

/// The value after an option.
fn take(it: &mut std::slice::Iter<'_, String>, option: &str) -> Result<String, String> {
    it.next()
        .cloned()
        .ok_or_else(|| format!("{option} needs a value"))
}

/// The number after an option.
fn number<T: std::str::FromStr>(
    it: &mut std::slice::Iter<'_, String>,
    option: &str,
) -> Result<T, String> {
    let v = take(it, option)?;
    v.parse()
        .map_err(|_| format!("{option} needs a number, not `{v}`"))
}

/// The classifier of the rule pack the options name (`--rules`, perhaps signed), else of
/// the embedded one.
fn classifier(o: &Opts) -> Result<Classifier, String> {
    match (&o.rules, &o.sig) {
        (None, None) => Ok(Classifier::new()),
        (None, Some(_)) => Err("--sig goes with --rules".into()),
        (Some(path), None) => {
            let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            Classifier::from_json(&bytes).map_err(|e| format!("{path}: {e}"))
        }
        (Some(path), Some(sig)) => load_signed(path, sig, o.pubkey.as_deref()),
    }
}

/// The classifier of the pack at `path`, used only if its signature in the file `sig` verifies
/// with the hex public key `pubkey`.
fn load_signed(path: &str, sig: &str, pubkey: Option<&str>) -> Result<Classifier, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let sig_text = std::fs::read_to_string(sig).map_err(|e| format!("cannot read {sig}: {e}"))?;
    let sig = smishguard_core::from_hex(&sig_text).ok_or_else(|| format!("{sig}: not hex"))?;
    let key = smishguard_core::from_hex(pubkey.ok_or("--sig needs --pubkey HEX")?)
        .ok_or("--pubkey: not hex")?;
    Classifier::from_signed_json(&bytes, &sig, &key).map_err(|e| format!("{path}: {e}"))
}

/// The user's allow and block lists given as options.
fn lists(o: &Opts) -> Result<smishguard_core::UserLists, String> {
    smishguard_core::UserLists::new(&o.lists).map_err(|e| e.to_string())
}

/// The whole text of the file at `path`, or of standard input when there is none.
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

/// Runs the command named by the first argument, with the rest as its arguments.
fn run(args: &[String]) -> Result<ExitCode, String> {
    let Some(cmd) = args.first() else {
        print!("{USAGE}");
        return Ok(ExitCode::from(1));
    };
    let rest = &args[1..];
    match cmd.as_str() {
        "check" => check(rest),
        "classify" => classify(rest),
        "eval" if rest.iter().any(|a| a == "--cv") => cross_validate(rest),
        "train" => fit(rest),
        "eval" => evaluate(rest),
        "rules" => rules(rest),
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

/// `smishguard check`: classifies one message (the text given, or standard input) and prints
/// the report, or the verdict as JSON.
fn check(args: &[String]) -> Result<ExitCode, String> {
    let o = parse(args)?;
    cv_only(&o)?;
    let c = classifier(&o)?;
    let l = lists(&o)?;
    let text = match o.positional.first() {
        Some(t) => t.clone(),
        None => read_input(None)?.trim_end_matches(['\n', '\r']).to_owned(),
    };
    let v = c.classify_with(&text, o.sender.as_deref(), &l);
    if o.json {
        println!("{}", v.to_json());
    } else {
        print!("{}", report::render(&text, &v));
    }
    Ok(ExitCode::SUCCESS)
}

/// `smishguard classify --jsonl`: classifies JSONL line by line (see [`classify_jsonl`]).
fn classify(args: &[String]) -> Result<ExitCode, String> {
    let o = parse(args)?;
    cv_only(&o)?;
    if !o.jsonl {
        return Err("classify reads JSONL: pass --jsonl".into());
    }
    let c = classifier(&o)?;
    classify_jsonl(&c, &lists(&o)?, o.positional.first())
}

/// `smishguard eval --cv K`: grouped cross-validation on labelled JSONL files, the held-out
/// verdicts written to `--rows` when asked.
fn cross_validate(args: &[String]) -> Result<ExitCode, String> {
    let o = parse(args)?;
    if o.group.as_deref().is_some_and(|g| g != "source") {
        return Err("--group takes `source` (rows are grouped by their source site)".into());
    }
    if o.positional.is_empty() {
        return Err("eval --cv needs labelled JSONL files".into());
    }
    let samples = train::load(&o.positional)?;
    let always = train::load(&o.train_also)?;
    let k = o.cv.unwrap_or(5);
    let shown = cv::Output {
        json: o.json,
        misses: o.misses,
        rows: o.rows.is_some(),
    };
    let split = cv::Split {
        k,
        seed: o.seed.unwrap_or(0),
    };
    let (out, rows) = cv::run(&classifier(&o)?, &samples, &always, split, o.train, shown)?;
    if let Some(path) = &o.rows {
        std::fs::write(path, rows).map_err(|e| format!("{path}: {e}"))?;
    }
    print!("{out}");
    Ok(ExitCode::SUCCESS)
}

/// `smishguard train`: fits the learned weights on labelled JSONL files and writes them as
/// the pack's model (to `--out`, or standard output).
fn fit(args: &[String]) -> Result<ExitCode, String> {
    let o = parse(args)?;
    cv_only(&o)?;
    if o.positional.is_empty() {
        return Err("train needs labelled JSONL files".into());
    }
    let samples = train::load(&o.positional)?;
    let model = train::fit(&classifier(&o)?, &samples, o.train);
    let json = serde_json::to_string_pretty(&model).map_err(|e| e.to_string())? + "\n";
    match &o.out {
        Some(path) => {
            std::fs::write(path, json).map_err(|e| format!("cannot write {path}: {e}"))?;
            eprintln!(
                "wrote {path}: {} concept, {} story and {} gram weights",
                model.concepts.len(),
                model.stories.len(),
                model.grams.len()
            );
        }
        None => print!("{json}"),
    }
    Ok(ExitCode::SUCCESS)
}

/// `smishguard eval FILE`: evaluates on one labelled JSONL file and prints the figures as a
/// report, or as JSON.
fn evaluate(args: &[String]) -> Result<ExitCode, String> {
    let o = parse(args)?;
    cv_only(&o)?;
    let path = o
        .positional
        .first()
        .ok_or("eval needs a labelled JSONL file")?;
    let c = classifier(&o)?;
    let text = read_input(Some(path))?;
    let out = eval::evaluate(&c, &lists(&o)?, &text)?;
    if o.json {
        println!("{}", out.to_json());
    } else {
        print!("{}", out.render());
    }
    Ok(ExitCode::SUCCESS)
}

/// `smishguard rules`: dumps, validates, signs or verifies rule packs, or makes a key pair.
fn rules(args: &[String]) -> Result<ExitCode, String> {
    match args.first().map(String::as_str) {
        Some("dump") => {
            println!("{}", smishguard_core::default_pack_json());
            Ok(ExitCode::SUCCESS)
        }
        Some("validate") => rules_validate(&args[1..]),
        Some("keygen") => {
            let o = parse(&args[1..])?;
            let out = o.out.ok_or("rules keygen needs --out KEYFILE")?;
            let public = keys::keygen(&out)?;
            println!("{public}");
            Ok(ExitCode::SUCCESS)
        }
        Some("sign") => {
            let o = parse(&args[1..])?;
            let key = o.key.ok_or("rules sign needs --key KEYFILE")?;
            let pack = o.positional.first().ok_or("rules sign needs a pack file")?;
            println!("{}", keys::sign(&key, pack)?);
            Ok(ExitCode::SUCCESS)
        }
        Some("verify") => rules_verify(&args[1..]),
        _ => Err(format!(
            "rules takes dump, validate, keygen, sign or verify\n\n{USAGE}"
        )),
    }
}

/// `smishguard rules validate FILE`: prints the pack's version, or where and why it is
/// invalid (exit status 2).
fn rules_validate(args: &[String]) -> Result<ExitCode, String> {
    let path = args.first().ok_or("rules validate needs a file")?;
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    Ok(report_pack(Classifier::from_json(&bytes), "valid"))
}

/// `smishguard rules verify --pubkey HEX --sig SIGFILE PACK`: checks the signature, then the
/// contents; prints the version, or why the pack is refused (exit status 2).
fn rules_verify(args: &[String]) -> Result<ExitCode, String> {
    let o = parse(args)?;
    let pack = o
        .positional
        .first()
        .ok_or("rules verify needs a pack file")?;
    let sig = o.sig.as_deref().ok_or("rules verify needs --sig SIGFILE")?;
    Ok(report_pack(
        load_signed(pack, sig, o.pubkey.as_deref()),
        "valid and signed",
    ))
}

/// Prints a pack's version after `valid` (exit status 0), or why it is invalid (exit status 2).
fn report_pack(pack: Result<Classifier, impl std::fmt::Display>, valid: &str) -> ExitCode {
    match pack {
        Ok(c) => {
            println!("{valid}: version {}", c.rules_version());
            ExitCode::SUCCESS
        }
        Err(e) => {
            println!("invalid: {e}");
            ExitCode::from(2)
        }
    }
}

/// Classifies JSONL line by line, streaming: one output line per input line.
fn classify_jsonl(
    c: &Classifier,
    l: &smishguard_core::UserLists,
    path: Option<&String>,
) -> Result<ExitCode, String> {
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
        let value = classify_line(c, l, &line);
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
fn classify_line(c: &Classifier, l: &smishguard_core::UserLists, line: &[u8]) -> serde_json::Value {
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
    let v: Verdict = c.classify_with(text, sender, l);
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
