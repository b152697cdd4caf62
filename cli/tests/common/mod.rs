//! What the CLI's test crates share: running the binary on an input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `smishguard ARGS` with `stdin` as its input and returns what it wrote and how it
/// ended. The input is written from a thread of its own: the binary streams its output, so
/// with a long input written here before reading, the binary would fill its output pipe while
/// this side was still writing, and both would wait forever.
pub fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_smishguard"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut input = child.stdin.take().expect("stdin");
    let text = stdin.to_owned();
    let writer = std::thread::spawn(move || input.write_all(text.as_bytes()));
    let out = child.wait_with_output().expect("the binary ends");
    writer
        .join()
        .expect("the writer ends")
        .expect("write stdin");
    out
}
