//! Classifies a stream of JSONL messages: reads `{"id"?: any, "text": string, "sender"?: string}`
//! lines from standard input and writes one line per input line, in order: the verdict JSON
//! with the input's `id`, or `{"id", "error"}` for a line that is not such an object. Ends with
//! a count on standard error. A small version of `smishguard classify --jsonl`.
//!
//! Run: `cargo run -p smishguard-core --example classify_jsonl < messages.jsonl`

use std::io::{BufRead, BufWriter, Write};

use serde_json::{json, Value};
use smishguard_core::Classifier;

fn main() -> std::io::Result<()> {
    let classifier = Classifier::new();
    let stdin = std::io::stdin().lock();
    let mut out = BufWriter::new(std::io::stdout().lock());
    let (mut lines, mut flagged) = (0, 0);
    for line in stdin.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        lines += 1;
        let row: Value = serde_json::from_str(&line).unwrap_or(Value::Null);
        let id = row.get("id").cloned().unwrap_or(Value::Null);
        let sender = row.get("sender").and_then(Value::as_str);
        let answer = match row.get("text").and_then(Value::as_str) {
            Some(text) => {
                let v = classifier.classify(text, sender);
                flagged += usize::from(v.is_flagged());
                let mut answer = json!({ "id": id });
                if let (Some(a), Value::Object(fields)) =
                    (answer.as_object_mut(), v.to_json_value())
                {
                    a.extend(fields);
                }
                answer
            }
            None => json!({ "id": id, "error": "not an object with a string \"text\"" }),
        };
        writeln!(out, "{answer}")?;
    }
    out.flush()?;
    eprintln!("{lines} messages, {flagged} flagged");
    Ok(())
}
