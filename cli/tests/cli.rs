//! The CLI contract other tools rely on: `classify --jsonl` writes exactly one line per input
//! line, in order, errors as `{"id", "error"}`, exit status 2 when some lines were errors;
//! `check` reports; `eval` prints both thresholds; `rules` dumps and validates.

mod common;

/// Runs `smishguard ARGS` with `stdin`; returns (exit code, stdout, stderr).
fn smishguard(args: &[&str], stdin: &str) -> (i32, String, String) {
    let out = common::run(args, stdin);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn classify_jsonl_one_line_per_input_with_errors() {
    let input = concat!(
        "{\"id\": 1, \"text\": \"お荷物のお届けにあがりましたが不在の為持ち帰りました。https://sagawa-kx.top/\"}\n",
        "not json\n",
        "{\"id\": \"b\", \"text\": 5}\n",
        "{\"text\": \"認証コードは482913です。共有しないでください。\", \"sender\": \"Google\"}\n",
        "{\"id\": [1], \"text\": \"今日何時に帰る?\", \"sender\": 42}\n",
    );
    let (code, out, _) = smishguard(&["classify", "--jsonl"], input);
    assert_eq!(code, 2, "some lines were errors");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[0]["level"], "dangerous");
    assert_eq!(lines[0]["category"], "delivery");
    assert!(lines[0]["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["code"] == "url.brand_in_domain"));
    assert_eq!(lines[0]["urls"][0]["registrable_domain"], "sagawa-kx.top");
    assert!(lines[1]["error"].as_str().unwrap().contains("not JSON"));
    assert_eq!(lines[2]["id"], "b");
    assert!(lines[2]["error"].as_str().unwrap().contains("text"));
    assert_eq!(lines[3]["level"], "safe");
    assert_eq!(lines[3]["id"], serde_json::Value::Null);
    assert_eq!(lines[4]["id"], serde_json::json!([1]));
    assert!(lines[4]["error"].as_str().unwrap().contains("sender"));
}

#[test]
fn classify_jsonl_all_good_exits_zero() {
    let (code, out, _) = smishguard(
        &["classify", "--jsonl"],
        "{\"id\":7,\"text\":\"了解です\"}\n",
    );
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 1);
}

#[test]
fn check_report_and_json() {
    let text = "【ドコモ】ご利用料金が高額になっております。https://docomo-pay.xyz/";
    let (code, out, _) = smishguard(&["check", text], "");
    assert_eq!(code, 0);
    assert!(out.starts_with("DANGEROUS"), "{out}");
    assert!(out.contains("⟦https://docomo-pay.xyz/⟧"), "{out}");
    let (_, out, _) = smishguard(&["check", "--json", "--sender", "09012345678"], text);
    let v: serde_json::Value = serde_json::from_str(out.trim()).expect("JSON");
    assert_eq!(v["sender"]["kind"], "domestic_mobile");
    assert_eq!(v["level"], "dangerous");
}

#[test]
fn eval_prints_both_thresholds() {
    let dir = std::env::temp_dir().join(format!("smishguard-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("l.jsonl");
    std::fs::write(
        &path,
        "{\"id\":\"a\",\"label\":\"smishing\",\"category\":\"delivery\",\"text\":\"不在の為持ち帰りました。https://sagawa-kx.top/\"}\n{\"id\":\"b\",\"label\":\"ham\",\"category\":\"personal\",\"text\":\"今日は雨だね\"}\n",
    )
    .unwrap();
    let (code, out, _) = smishguard(&["eval", path.to_str().unwrap()], "");
    assert_eq!(code, 0);
    assert!(out.contains("recall 100.0% (1/1)"), "{out}");
    assert!(out.contains("dangerous only"), "{out}");
    assert!(out.contains("misclassified (0)"), "{out}");
}

#[test]
fn rules_dump_validates() {
    let (code, dump, _) = smishguard(&["rules", "dump"], "");
    assert_eq!(code, 0);
    let dir = std::env::temp_dir().join(format!("smishguard-rules-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("pack.json");
    std::fs::write(&good, &dump).unwrap();
    let (code, out, _) = smishguard(&["rules", "validate", good.to_str().unwrap()], "");
    assert_eq!(code, 0, "{out}");
    let bad = dir.join("bad.json");
    let mut v: serde_json::Value = serde_json::from_str(&dump).unwrap();
    let unknown = smishguard_core::rules::SCHEMA_VERSION + 1;
    v["schema"] = unknown.into();
    std::fs::write(&bad, v.to_string()).unwrap();
    let (code, out, _) = smishguard(&["rules", "validate", bad.to_str().unwrap()], "");
    assert_eq!(code, 2);
    assert!(
        out.contains(&format!("schema {unknown} is not supported")),
        "{out}"
    );
}

#[test]
fn keygen_sign_verify_and_use_a_signed_pack() {
    let dir = std::env::temp_dir().join(format!("smishguard-sign-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let p = |n: &str| dir.join(n).to_str().unwrap().to_owned();
    let (code, public, _) = smishguard(&["rules", "keygen", "--out", &p("key")], "");
    assert_eq!(code, 0);
    let public = public.trim().to_owned();
    assert_eq!(public.len(), 64);
    let (_, dump, _) = smishguard(&["rules", "dump"], "");
    std::fs::write(p("pack.json"), &dump).unwrap();
    let (code, sig, _) = smishguard(&["rules", "sign", "--key", &p("key"), &p("pack.json")], "");
    assert_eq!(code, 0);
    std::fs::write(p("pack.sig"), &sig).unwrap();
    let verify = || {
        smishguard(
            &[
                "rules",
                "verify",
                "--pubkey",
                &public,
                "--sig",
                &p("pack.sig"),
                &p("pack.json"),
            ],
            "",
        )
    };
    let (code, out, _) = verify();
    assert_eq!(code, 0, "{out}");
    let (code, out, _) = smishguard(
        &[
            "check",
            "--json",
            "--rules",
            &p("pack.json"),
            "--sig",
            &p("pack.sig"),
            "--pubkey",
            &public,
            "了解",
        ],
        "",
    );
    assert_eq!(code, 0);
    assert!(out.contains("\"level\":\"safe\""));
    // Any byte changed breaks the signature: here the pack's version.
    let tampered = dump.replacen("\"version\": \"", "\"version\": \"9", 1);
    assert_ne!(tampered, dump, "the dump names a version");
    std::fs::write(p("pack.json"), tampered).unwrap();
    let (code, out, _) = verify();
    assert_eq!(code, 2);
    assert!(out.contains("does not verify"), "{out}");
    let (code, _, err) = smishguard(
        &[
            "check",
            "--rules",
            &p("pack.json"),
            "--sig",
            &p("pack.sig"),
            "--pubkey",
            &public,
            "了解",
        ],
        "",
    );
    assert_eq!(code, 1);
    assert!(err.contains("does not verify"), "{err}");
}

#[test]
fn list_flags() {
    let (_, out, _) = smishguard(
        &[
            "check",
            "--json",
            "--block-keyword",
            "詰め放題",
            "パン詰め放題です",
        ],
        "",
    );
    assert!(
        out.contains("\"level\":\"dangerous\"") && out.contains("user.blocked_keyword"),
        "{out}"
    );
    let (code, _, err) = smishguard(&["check", "--block-domain", "not a domain", "x"], "");
    assert_eq!(code, 1);
    assert!(err.contains("blocked_domains[0]"), "{err}");
}

#[test]
fn cross_validation_options_are_refused_elsewhere() {
    for args in [
        &["eval", "--rows", "out.jsonl", "labelled.jsonl"][..],
        &["eval", "--misses", "labelled.jsonl"],
        &["check", "--train-also", "x.jsonl", "本文"],
        &["classify", "--jsonl", "--group", "source"],
        &["train", "--train-also", "x.jsonl", "labelled.jsonl"],
        &["check", "--cv", "5", "本文"],
        &["eval", "--seed", "3", "labelled.jsonl"],
    ] {
        let (code, _, err) = smishguard(args, "");
        assert_eq!(code, 1, "{args:?}");
        assert!(err.contains("go with eval --cv"), "{args:?}: {err}");
    }
}
