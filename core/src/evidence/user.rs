//! The user's own lists: block beats allow, and allow never hides a deceptive link.

use super::{Collector, Facts};

/// Returns (something is blocked, an allowed message carries a deceptive link).
pub(crate) fn gather(col: &mut Collector<'_>, f: &Facts<'_>, links: &[usize]) -> (bool, bool) {
    let blocked = f.listed.any_block();
    let domain_of = |k: usize| {
        let u = &f.urls[k];
        u.registrable.clone().unwrap_or_else(|| u.host.clone())
    };
    if blocked {
        if f.listed.blocked_sender {
            col.signal("user.blocked_sender", None, None, None);
        }
        if let Some(&k) = f.listed.blocked_urls.first() {
            let d = domain_of(k);
            col.signal("user.blocked_domain", Some(f.url_range(k)), None, Some(&d));
        }
        if let Some((s, e)) = f.listed.blocked_keyword {
            col.signal(
                "user.blocked_keyword",
                Some(f.matching.original_range(s, e)),
                None,
                None,
            );
        }
        return (true, false);
    }
    if f.listed.allowed_sender {
        col.signal("user.allowed_sender", None, None, None);
    }
    if let Some(&k) = f.listed.allowed_urls.first() {
        let d = domain_of(k);
        col.signal("user.allowed_domain", Some(f.url_range(k)), None, Some(&d));
    }
    let allowed = f.listed.allowed_sender || !f.listed.allowed_urls.is_empty();
    let user_official = |k: usize| f.listed.allowed_urls.contains(&k);
    let deceptive = allowed
        && (col.has("brand.link_mismatch")
            || links
                .iter()
                .any(|&k| !user_official(k) && crate::user_lists::is_deceptive(&f.urls[k].flags)));
    (false, deceptive)
}
