//! Where the destination of a redirect anyone can aim is read.
//!
//! A link flagged `user_page` may be a redirect whose destination its maker wrote into it:
//! `https://www.google.com/url?q=https://evil.top/`, Google's AMP viewer
//! `https://www.google.com/amp/s/evil.top/`. The phone's browser goes there, so the destination
//! is judged as a link of its own, placed just after the redirect, with its span on the part
//! of the redirect that names it. Only user pages are read so: an official site's
//! `?return=https://…` is its own business.
//!
//! A query value is read once or twice percent-decoded (redirect chains encode twice), and
//! counts when it is an `http:`/`https:` URL; the first such value wins. Time is linear in
//! the link; at most [`crate::MAX_URLS`] links are kept in all.

use crate::brands::BrandIndex;
use crate::extract::{Found, RawUrl};
use crate::normalize::Normalized;
use crate::rules::UrlLists;
use crate::url_risk::{judge_written, Judged};
use crate::verdict::UrlFlag;

/// A destination written inside a redirect: the URL as the browser will read it, and the
/// range of the text that names it.
#[derive(Debug, PartialEq)]
struct Destination {
    url: String,
    start: usize,
    end: usize,
}

/// Adds, just after each link anyone can aim that names a destination, the destination
/// judged as a link of its own, while fewer than `max` links are kept.
pub(crate) fn add_destinations(
    t: &Normalized,
    found: &mut Found,
    urls: &mut Vec<Judged>,
    brands: &BrandIndex,
    lists: &UrlLists,
    max: usize,
) {
    let mut k = 0;
    while k < urls.len() && urls.len() < max {
        let Some(raw) = found
            .urls
            .get(k)
            .filter(|_| urls[k].flags.contains(&UrlFlag::UserPage) || urls[k].content)
        else {
            k += 1;
            continue;
        };
        let Some(d) = destination(t.as_str(), raw) else {
            k += 1;
            continue;
        };
        // A destination the extraction already found as a link of its own (a redirect inside
        // one whose own scheme it did not read) is that link: not added twice.
        if found
            .urls
            .iter()
            .any(|u| u.start == d.start && u.end == d.end)
        {
            k += 1;
            continue;
        }
        // A platform's link that names a destination is a redirect anyone can aim, not
        // content to look at (`youtube.com/attribution_link?u=…`).
        if urls[k].content {
            urls[k].content = false;
            urls[k].flags.push(UrlFlag::UserPage);
            urls[k].flags.sort_unstable();
        }
        let disguised = t.disguised_within(d.start, d.end);
        let judged = judge_written(&d.url, true, disguised, brands, lists);
        let raw = RawUrl {
            start: d.start,
            end: d.end,
            has_scheme: true,
        };
        // In text order among the links after the redirect, which may overlap it.
        let at = (k + 1..found.urls.len())
            .find(|&i| found.urls[i].start > d.start)
            .unwrap_or(found.urls.len());
        found.urls.insert(at, raw);
        urls.insert(at, judged);
        // The destination is read in its turn, in the text as written: a redirect written plainly
        // inside another is followed too (one percent-encoded inside another is judged, not
        // followed further).
        k += 1;
    }
}

/// The destination named inside the link at `raw` in `text`, if it names one.
fn destination(text: &str, raw: &RawUrl) -> Option<Destination> {
    let url = &text[raw.start..raw.end];
    in_query(url)
        .or_else(|| in_amp_path(url))
        .map(|(url, s, e)| Destination {
            url,
            start: raw.start + s,
            end: raw.start + e,
        })
}

/// The first query value that is a web URL, with its range in `url`.
fn in_query(url: &str) -> Option<(String, usize, usize)> {
    let q = url.find('?')? + 1;
    let end = url[q..].find('#').map_or(url.len(), |i| q + i);
    let mut at = q;
    for part in url[q..end].split('&') {
        let value_at = at + part.find('=').map_or(part.len(), |i| i + 1);
        let value_end = at + part.len();
        if let Some(dest) = web_url(&url[value_at..value_end]) {
            return Some((dest, value_at, value_end));
        }
        at = value_end + 1;
    }
    None
}

/// The page an AMP viewer path shows (`/amp/s/host/path` is https, `/amp/host/path` http),
/// with its range in `url`.
fn in_amp_path(url: &str) -> Option<(String, usize, usize)> {
    let lower = url.to_ascii_lowercase();
    let path = lower.find("://").map_or(0, |i| i + 3);
    let at = path + lower[path..].find("/amp/")? + "/amp/".len();
    let (scheme, at) = match lower[at..].strip_prefix("s/") {
        Some(_) => ("https://", at + 2),
        None => ("http://", at),
    };
    let rest = &url[at..];
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    (host.contains('.') && !host.starts_with('.'))
        .then(|| (format!("{scheme}{rest}"), at, url.len()))
}

/// `value` percent-decoded once, or twice when it is still encoded, if it is then an
/// `http:` or `https:` URL with something after the scheme.
fn web_url(value: &str) -> Option<String> {
    let once = decode(value);
    let twice = decode(&once);
    [once, twice].into_iter().find(|v| {
        let lower = v.get(..8).unwrap_or(v).to_ascii_lowercase();
        let after = if lower.starts_with("https://") {
            8
        } else if lower.starts_with("http://") {
            7
        } else {
            return false;
        };
        v.len() > after && !v.contains(char::is_whitespace)
    })
}

fn decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dest(url: &str) -> Option<(String, String)> {
        let raw = RawUrl {
            start: 0,
            end: url.len(),
            has_scheme: true,
        };
        destination(url, &raw).map(|d| (d.url, url[d.start..d.end].to_owned()))
    }

    #[test]
    fn a_query_value_that_is_a_web_url_is_the_destination() {
        let (to, at) = dest("https://www.google.com/url?sa=D&q=https://evil.top/x&ust=1").unwrap();
        assert_eq!(
            (to.as_str(), at.as_str()),
            ("https://evil.top/x", "https://evil.top/x")
        );
        // Encoded once or twice.
        let (to, at) = dest("https://www.google.com/url?q=https%3A%2F%2Fevil.top%2Fx").unwrap();
        assert_eq!(to, "https://evil.top/x");
        assert_eq!(at, "https%3A%2F%2Fevil.top%2Fx");
        let (to, _) = dest("https://www.google.com/url?q=https%253A%252F%252Fevil.top").unwrap();
        assert_eq!(to, "https://evil.top");
        // A fragment is not the query.
        assert_eq!(dest("https://www.google.com/url#q=https://evil.top"), None);
    }

    #[test]
    fn values_that_are_no_web_url_are_not_destinations() {
        for url in [
            "https://www.google.com/url?q=evil.top",
            "https://www.google.com/url?q=javascript:alert(1)",
            "https://www.google.com/url?q=https://",
            "https://www.google.com/url?q=",
            "https://www.google.com/url?q",
            "https://www.google.com/url",
            "https://www.google.com/url?q=https://a b",
        ] {
            assert_eq!(dest(url), None, "{url}");
        }
    }

    #[test]
    fn an_amp_viewer_path_names_its_page() {
        let (to, at) = dest("https://www.google.com/amp/s/evil.top/login").unwrap();
        assert_eq!(to, "https://evil.top/login");
        assert_eq!(at, "evil.top/login");
        let (to, _) = dest("https://www.google.co.jp/amp/evil.top/").unwrap();
        assert_eq!(to, "http://evil.top/");
        assert_eq!(dest("https://www.google.com/amp/s/"), None);
        assert_eq!(dest("https://www.google.com/amp/nohost"), None);
    }

    #[test]
    fn a_redirect_found_twice_is_one_link_and_links_stay_in_text_order() {
        // The extraction reads the inner redirect as a link of its own (the outer one's scheme
        // is garbled): following the outer one must not add it again, nor put a destination
        // after a link that starts before it.
        let text = "tpth://www.google.com/url?q=https://a.google.com/url?q=https://b.example.jp/x";
        let v = crate::Classifier::new().classify(text, None);
        let starts: Vec<usize> = v.urls.iter().map(|u| u.span.start).collect();
        let mut sorted = starts.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(starts, sorted, "{:?}", v.urls);
        assert!(
            v.urls.iter().any(|u| u.host == "b.example.jp"),
            "{:?}",
            v.urls
        );
    }
}
