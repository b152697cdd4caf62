//! Instruction counts from callgrind (valgrind): figures that, unlike times, do not change with
//! the load of a shared machine.

use std::path::Path;
use std::process::{Command, Stdio};

/// Why an instruction count is missing, or the count.
pub type Count = Result<u64, String>;

/// The reason reported when valgrind cannot be started.
pub const ABSENT: &str = "not measured: valgrind absent";

/// Whether `valgrind` can be started; `Err` carries the reason to report.
pub fn available() -> Result<(), String> {
    match Command::new("valgrind")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
    {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(format!("not measured: valgrind --version failed ({s})")),
        Err(_) => Err(ABSENT.to_owned()),
    }
}

/// Runs `exe args` under callgrind and returns the instructions the whole process executed,
/// from its first instruction (the dynamic loader) to its exit.
pub fn instructions(exe: &Path, args: &[&str]) -> Count {
    let out_file =
        std::env::temp_dir().join(format!("smishguard-callgrind-{}.out", std::process::id()));
    let run = Command::new("valgrind")
        .arg("--tool=callgrind")
        .arg(format!("--callgrind-out-file={}", out_file.display()))
        .arg(exe)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output();
    let run = match run {
        Ok(r) => r,
        Err(_) => return Err(ABSENT.to_owned()),
    };
    let profile = std::fs::read_to_string(&out_file);
    let _ = std::fs::remove_file(&out_file);
    if !run.status.success() {
        let err = String::from_utf8_lossy(&run.stderr);
        let tail: Vec<&str> = err.lines().rev().take(5).collect();
        return Err(format!(
            "not measured: callgrind run of {args:?} failed ({}): {}",
            run.status,
            tail.into_iter().rev().collect::<Vec<_>>().join(" / ")
        ));
    }
    let profile = profile.map_err(|e| format!("not measured: no callgrind output ({e})"))?;
    total(&profile).ok_or_else(|| "not measured: callgrind output has no totals".to_owned())
}

/// The total of the first event (instructions, `Ir`) in a callgrind output file: its
/// `totals:` line, else its `summary:` line.
pub fn total(profile: &str) -> Option<u64> {
    let find = |key: &str| {
        profile.lines().find_map(|l| {
            l.strip_prefix(key)?
                .split_whitespace()
                .next()?
                .parse::<u64>()
                .ok()
        })
    };
    find("totals:").or_else(|| find("summary:"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_totals_then_summary() {
        let p = "version: 1\ncreator: callgrind-3.19.0\nevents: Ir\nsummary: 38515813\n\
                 fn=(1) main\n3 12\ntotals: 38515814\n";
        assert_eq!(total(p), Some(38_515_814));
        assert_eq!(total("events: Ir\nsummary: 7 9\n"), Some(7));
        assert_eq!(total("events: Ir\nfn=main\n1 2\n"), None);
        assert_eq!(total("totals: many\n"), None);
    }
}
