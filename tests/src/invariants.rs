//! Invariants of a verdict that hold for every input, checked by the property tests, the
//! hostile-input catalogue and the fuzz targets alike.
//!
//! Each check returns `Err(description)` rather than panicking, so that a caller can add the
//! input to the message.

use smishguard_core::normalize::Normalized;
use smishguard_core::rules::Scoring;
use smishguard_core::{
    Kind, Level, Span, UrlFlag, Verdict, MAX_EMAILS, MAX_INPUT_BYTES, MAX_PHONES, MAX_REASONS,
    MAX_URLS,
};

/// The part of `text` the classifier analyses: the first [`MAX_INPUT_BYTES`], cut back to a
/// character boundary.
pub fn analysed(text: &str) -> &str {
    if text.len() <= MAX_INPUT_BYTES {
        return text;
    }
    let mut end = MAX_INPUT_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// A span is a range of character boundaries of `text`, and its UTF-16 offsets count the
/// UTF-16 code units before each end.
pub fn check_span(text: &str, span: &Span, what: &str) -> Result<(), String> {
    if span.start > span.end || span.end > text.len() {
        return Err(format!(
            "{what}: span {}..{} not within 0..{}",
            span.start,
            span.end,
            text.len()
        ));
    }
    if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        return Err(format!(
            "{what}: span {}..{} not on char boundaries",
            span.start, span.end
        ));
    }
    let u16_start = text[..span.start].encode_utf16().count();
    let u16_end = text[..span.end].encode_utf16().count();
    if (span.start_utf16, span.end_utf16) != (u16_start, u16_end) {
        return Err(format!(
            "{what}: UTF-16 span {}..{}, expected {u16_start}..{u16_end}",
            span.start_utf16, span.end_utf16
        ));
    }
    Ok(())
}

/// The level the thresholds give to `score`.
pub fn level_of(score: f32, scoring: &Scoring) -> Level {
    if score >= scoring.dangerous {
        Level::Dangerous
    } else if score >= scoring.suspicious {
        Level::Suspicious
    } else {
        Level::Safe
    }
}

/// The scoring a verdict of `pack` is checked against: its `scoring`, with the learned
/// intercept added to the hand-set bias (every verdict starts from both).
fn effective_scoring(pack: &smishguard_core::RulePack) -> Scoring {
    let mut s = pack.scoring.clone();
    s.bias += pack.model.intercept;
    s
}

/// Every invariant of a verdict `v` of the message `text` classified with `pack`.
pub fn check_verdict(
    text: &str,
    v: &Verdict,
    pack: &smishguard_core::RulePack,
) -> Result<(), String> {
    let scoring = &effective_scoring(pack);
    let body = analysed(text);
    if v.truncated != (text.len() > MAX_INPUT_BYTES) {
        return Err(format!(
            "truncated = {} for {} bytes",
            v.truncated,
            text.len()
        ));
    }
    check_level(v, scoring)?;
    check_bounds(v)?;
    check_reasons(body, v, scoring)?;
    check_urls(body, v)?;
    for p in &v.phones {
        check_span(body, &p.span, &format!("phone {}", p.number))?;
    }
    for e in &v.emails {
        check_span(body, e, "email")?;
    }
    for b in &v.brands {
        check_span(body, &b.span, &format!("brand {}", b.id))?;
    }
    Ok(())
}

/// The score is a probability, the level the one it gives, and the kind and category agree
/// with the level.
fn check_level(v: &Verdict, scoring: &Scoring) -> Result<(), String> {
    if !(v.score.is_finite() && (0.0..=1.0).contains(&v.score)) {
        return Err(format!("score {} not in [0, 1]", v.score));
    }
    let want = level_of(v.score, scoring);
    if v.level != want {
        return Err(format!(
            "level {:?} but score {} gives {want:?}",
            v.level, v.score
        ));
    }
    if (v.level == Level::Safe) != (v.kind != Kind::Lure) {
        return Err(format!("level {:?} with kind {:?}", v.level, v.kind));
    }
    if v.level == Level::Safe && v.category.is_some() {
        return Err("a safe verdict has a category".into());
    }
    Ok(())
}

/// No list in the verdict is longer than its documented bound.
fn check_bounds(v: &Verdict) -> Result<(), String> {
    if v.reasons.len() > MAX_REASONS {
        return Err(format!("{} reasons", v.reasons.len()));
    }
    if v.urls.len() > MAX_URLS || v.phones.len() > MAX_PHONES || v.emails.len() > MAX_EMAILS {
        return Err(format!(
            "{} urls, {} phones, {} emails",
            v.urls.len(),
            v.phones.len(),
            v.emails.len()
        ));
    }
    Ok(())
}

/// Reasons: strongest first; when none was dropped, they add up to the score; each span is
/// a span of the text and its text the span's.
fn check_reasons(body: &str, v: &Verdict, scoring: &Scoring) -> Result<(), String> {
    if v.reasons.windows(2).any(|w| w[0].weight < w[1].weight) {
        return Err("reasons not sorted by weight".into());
    }
    if v.reasons.len() < MAX_REASONS {
        let logit = scoring.bias + v.reasons.iter().map(|r| r.weight).sum::<f32>();
        let expect = 1.0 / (1.0 + (-logit).exp());
        if (expect - v.score).abs() > 1e-4 {
            return Err(format!("score {} but reasons give {expect}", v.score));
        }
    }
    for r in &v.reasons {
        match (&r.span, &r.text) {
            (Some(span), Some(t)) => {
                check_span(body, span, &r.code)?;
                if body.get(span.start..span.end) != Some(t.as_str()) {
                    return Err(format!("{}: text {t:?} is not the span's", r.code));
                }
            }
            (None, None) => {}
            _ => return Err(format!("{}: span and text disagree", r.code)),
        }
    }
    Ok(())
}

/// URLs: in text order, each span the text's, an ASCII host, sorted flags, and an official
/// flag exactly when a brand owns the host (and never with user info).
fn check_urls(body: &str, v: &Verdict) -> Result<(), String> {
    for u in &v.urls {
        check_span(body, &u.span, &format!("url {}", u.url))?;
        if !u.host_ascii.is_ascii() {
            return Err(format!("url {}: host_ascii {:?}", u.url, u.host_ascii));
        }
        if u.flags.windows(2).any(|w| w[0] >= w[1]) {
            return Err(format!("url {}: flags not sorted and unique", u.url));
        }
        let official = u.flags.contains(&UrlFlag::Official);
        if official != u.official_brand.is_some() {
            return Err(format!("url {}: official flag vs brand", u.url));
        }
        if official && u.flags.contains(&UrlFlag::UserInfo) {
            return Err(format!("url {}: official with user info", u.url));
        }
    }
    if v.urls.windows(2).any(|w| w[0].span.start > w[1].span.start) {
        return Err("urls not in text order".into());
    }
    Ok(())
}

/// [`Normalized::original_range`] maps every range (even out-of-range or reversed ones) to a
/// range of character boundaries of `original`, and the text is mapped in order.
pub fn check_normalized(original: &str, n: &Normalized) -> Result<(), String> {
    let t = n.as_str();
    let ok = |(s, e): (usize, usize)| {
        s <= e
            && e <= original.len()
            && original.is_char_boundary(s)
            && original.is_char_boundary(e)
    };
    let mut last_start = 0;
    for (i, c) in t.char_indices() {
        let r = n.original_range(i, i + c.len_utf8());
        if !ok(r) {
            return Err(format!("char {c:?} at {i} maps to {r:?}"));
        }
        if r.0 < last_start {
            return Err(format!("char {c:?} at {i} maps before the previous one"));
        }
        last_start = r.0;
    }
    for (s, e) in [
        (0, t.len()),
        (t.len(), 0),
        (0, usize::MAX),
        (usize::MAX, usize::MAX),
    ] {
        let r = n.original_range(s, e);
        if !ok(r) {
            return Err(format!("range {s}..{e} maps to {r:?}"));
        }
    }
    Ok(())
}
