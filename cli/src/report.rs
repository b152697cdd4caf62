//! The human-readable report of `smishguard check`.

use std::fmt::Write;

use smishguard_core::Verdict;

/// Renders a verdict: level line, the text with evidence marked 【…】 as ⟦…⟧, reasons, URLs,
/// phone numbers, advice.
pub(crate) fn render(text: &str, v: &Verdict) -> String {
    let mut o = String::new();
    let cat = v.category.map_or("-", |c| c.as_str());
    let _ = writeln!(
        o,
        "{}  score {:.2}  category {}  kind {}",
        super::level_name(v.level).to_uppercase(),
        v.score,
        cat,
        v.kind.as_str()
    );
    let _ = writeln!(o, "\n{}\n", mark(text, v));
    if !v.reasons.is_empty() {
        let _ = writeln!(o, "reasons:");
        for r in &v.reasons {
            let quote = r
                .text
                .as_deref()
                .map(|t| format!(" 「{}」", t.replace('\n', " ")))
                .unwrap_or_default();
            let _ = writeln!(
                o,
                "  {:+.1} {}{}\n       {}\n       {}",
                r.weight, r.code, quote, r.ja, r.en
            );
        }
    }
    if !v.urls.is_empty() {
        let _ = writeln!(o, "urls:");
        for u in &v.urls {
            let flags: Vec<&str> = u.flags.iter().map(|f| f.as_str()).collect();
            let _ = writeln!(
                o,
                "  {}  host {}  domain {}  [{}]",
                u.url,
                u.host,
                u.registrable_domain.as_deref().unwrap_or("-"),
                flags.join(", ")
            );
        }
    }
    if !v.phones.is_empty() {
        let _ = writeln!(o, "phones:");
        for p in &v.phones {
            let _ = writeln!(o, "  {} ({})", p.number, p.kind.as_str());
        }
    }
    if let Some(s) = &v.sender {
        let _ = writeln!(o, "sender: {} ({})", s.raw, s.kind.as_str());
    }
    let _ = writeln!(o, "advice: {}\n        {}", v.advice.ja, v.advice.en);
    if v.truncated {
        let _ = writeln!(
            o,
            "note: the message was long; only its beginning was analysed"
        );
    }
    o
}

/// The text with the spans of evidence for a lure bracketed by ⟦ ⟧ (overlaps merged), with
/// the words of a story's parts that weigh nothing of their own.
fn mark(text: &str, v: &Verdict) -> String {
    let mut spans: Vec<(usize, usize)> = v
        .reasons
        .iter()
        .filter(|r| r.weight >= 0.0)
        .filter_map(|r| r.span.map(|s| (s.start, s.end)))
        .chain(v.urls.iter().map(|u| (u.span.start, u.span.end)))
        .filter(|&(s, e)| {
            s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
        })
        .collect();
    spans.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, e) in spans {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    let mut out = String::with_capacity(text.len() + merged.len() * 6);
    let mut at = 0;
    for (s, e) in merged {
        out.push_str(&text[at..s]);
        out.push('⟦');
        out.push_str(&text[s..e]);
        out.push('⟧');
        at = e;
    }
    out.push_str(&text[at..]);
    out
}
