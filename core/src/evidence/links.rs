//! Links: each URL's flags, the relation between the brand named and where the links go, and
//! links whose destination is hidden.
//!
//! * `brand.link_mismatch` — a brand is named (or claimed by the sender ID) and a link goes to
//!   a domain that is no brand's official one: the strongest single signal.
//! * `brand.official_links` — every link is on the official domains of a brand the message
//!   names: pulls towards genuine (card fraud checks with `s.vpass.jp`, Rakuten's `r10.to`);
//!   not when the message asks for a reply, a channel no link answers for. Such a message,
//!   when its numbers are institutions' too, tells no learned lure story (see `story`).
//! * `brand.no_sms_agency` — an organisation that says it sends no such SMS is named, and the
//!   message has a link or a number to act on (a mention alone is talk, not a lure).
//!
//! A plain shortener beside a link on an official domain (「詳細は bit.ly/… または
//! docomo.ne.jp/…」) is how carriers and shops write notices: it keeps its own `url.shortener`
//! flag, but it is neither a mismatch with the brand nor a foreign channel for the story, and
//! when the link beside it is the named brand's own and every shortener of the message is such
//! a plain one, `brand.shortener_beside_official` weighs against the flag, so such a notice is
//! never flagged for its shortener alone. A shortener with any other flag
//! (risky TLD, look-alike…) gets no such allowance.

use super::{Collector, Facts};
use crate::compiled::Compiled;
use crate::rules::Family;
use crate::verdict::UrlFlag;

/// Flags of an address made to deceive: with a throw-away top-level domain, what makes a link
/// a disguised one (`ip_host` is only ever a public address). A brand's name inside a domain and a
/// look-alike are not among them: a brand's token also reads inside ordinary words
/// (`mynavi`, `aeoncinema`), and a link imitating a brand the message names is judged by
/// `brand.link_mismatch` already.
const DISGUISES: &[UrlFlag] = &[
    UrlFlag::IpHost,
    UrlFlag::Homoglyph,
    UrlFlag::BrandAsSubdomain,
    UrlFlag::UserInfo,
];

/// What the links of a message amount to, for the other families.
pub(crate) struct LinkFacts {
    /// URLs that are links (a bare official domain with no path is a name, not a link).
    pub links: Vec<usize>,
    /// A real or masked link that is on no official (or user-allowed) domain and is no content
    /// to look at (`url_lists.content_platforms`).
    pub foreign: bool,
    /// Any link at all, official or not, masked or not.
    pub any: bool,
    /// A link on no official domain, not answered for by one, whose address is itself a
    /// disguise (see [`is_disguised`] and [`dressed_as_jp`]).
    pub disguised: bool,
    /// A foreign link (masked and pointed-at ones count) that is not on an accountable domain
    /// (see [`is_accountable`]).
    pub unaccountable: bool,
    /// A link is pointed at and none is written: whoever quoted the message cut it, and nobody
    /// can tell where it went. A cue that names a link (「下記URLより」, a concept marked
    /// `names_link`) counts always; a bare pointer (「下記までご連絡ください」) only when no
    /// number is written either, since in a message that gives a number it points at the number.
    pub pointed_at: bool,
    /// Somewhere a link may lead off the brands' own domains: a foreign or masked link, a
    /// shortener that an official link beside it answers for, or a link pointed at with none
    /// written. Marks of genuine notices that any lure can copy count only without one.
    pub elsewhere: bool,
    /// Every link (of at least one) but content to look at is on an official domain of an
    /// organisation the message names, and there is no masked link and no request to reply:
    /// every link the message gives to act on leads to the speaker's own site.
    pub own_site: bool,
    /// No brand is named or claimed, no reply is asked, and of at least one link written each
    /// is on an official domain, on one registered under an accountable suffix
    /// (`matsui.co.jp`), content to look at, or a plain shortener an official link beside it
    /// answers for; none is masked or pointed at. As far as anyone can tell, the links are the
    /// speaker's own site, as an e-mail address on such a domain is its holder's (see
    /// `contact`). A brand named with a link on someone else's accountable domain is judged by
    /// `brand.link_mismatch` instead.
    pub accountable_site: bool,
    /// The message gives a way to act on it other than the official one: a foreign or masked
    /// link, a shortener (even one an official link answers for), a link pointed at (下記), a
    /// number, a request to call or reply, a payment asked in gift-card numbers or the like.
    pub way_to_act: bool,
}

/// Adds the evidence of the links, in this order: the flags of each link off the official
/// domains and its relation to the brand that speaks, a shortener the brand's own link answers
/// for, links all on the named brands' own sites, a masked link, and organisations that send
/// no such SMS; returns what the links amount to.
pub(crate) fn gather(col: &mut Collector<'_>, f: &Facts<'_>) -> LinkFacts {
    let c = col.c;
    let links = links_of(c, f);
    let first_brand = f.named().next();
    let mut judged = judge_links(col, f, &links, first_brand);
    shortener_beside_official(col, f, &judged, first_brand);
    let own_site = official_links(col, f, &links, judged.all_official, first_brand);
    if masked_link(col, f) {
        judged.foreign = true;
        judged.unaccountable = true;
    }
    let any = !links.is_empty() || !f.found.masked_links.is_empty();
    // Naming such an organisation is evidence only with a way to act: a link (or one pointed
    // at), a number, a request to call or reply, a payment asked in gift-card numbers or the
    // like (a concept marked `payment_instrument`).
    let asks = asks_to_act(col, f);
    // Talk about scams quotes their requests, and an office may warn of them.
    no_sms_agency(col, f, (any || asks) && !f.has(c, Family::Warning));
    let pointed_at = links.is_empty()
        && (f.names_link(c) || (f.found.phones.is_empty() && f.has(c, Family::Link)));
    let Judgement {
        foreign,
        vouched_any,
        disguised,
        unaccountable,
        ..
    } = judged;
    let accountable_site = !links.is_empty()
        && !unaccountable
        && !pointed_at
        && first_brand.is_none()
        && !f.has(c, Family::Reply);
    LinkFacts {
        links,
        foreign,
        accountable_site,
        unaccountable: unaccountable || pointed_at,
        pointed_at,
        elsewhere: foreign || vouched_any || pointed_at,
        own_site: own_site && !foreign,
        any,
        disguised,
        // A shortener answered for by the official link beside it is still a link to tap.
        way_to_act: foreign || asks || vouched_any,
    }
}

/// The URLs of the message that are links: all but the bare names of official domains and
/// platforms.
fn links_of(c: &Compiled, f: &Facts<'_>) -> Vec<usize> {
    // A bare official domain with no scheme and no path (「Amazon.co.jpをご利用」) is the
    // brand's name, not a link: it neither vouches for the message nor counts against it.
    // A host under it is a place to go (「payments.google.com でお支払い方法を更新」), and
    // a link however it is written; so is the bare domain the reader is told to visit
    // (「netflix.com にアクセスし」, 「ana.co.jp からお手続き」: see [`visited`]).
    let is_name_only = |k: usize| {
        let raw = &f.found.urls[k];
        let u = &f.urls[k];
        let host = u.host_ascii.trim_end_matches('.');
        let is_domain = u
            .registrable
            .as_deref()
            .is_none_or(|r| r.trim_end_matches('.').eq_ignore_ascii_case(host));
        let text = f.url_text.as_str();
        !raw.has_scheme
            && is_domain
            && !text[raw.start..raw.end].contains(['/', '?', '#'])
            && !visited(c, &text[raw.end..])
    };
    // …and so is a platform's bare name (「lin.ee」), whose pages are anyone's.
    let is_platform = |k: usize| {
        let u = &f.urls[k];
        u.official.is_some() || u.flags.contains(&UrlFlag::UserPage)
    };
    (0..f.urls.len())
        .filter(|&k| !(is_platform(k) && is_name_only(k)))
        .collect()
}

/// Whether `rest` (the text right after a bare domain) begins, after spaces, with words that
/// send the reader there (the pack's `speech.site_visits`: 「にアクセス」, 「でログイン」,
/// 「から更新」). A brand's bare domain followed by them is where the reader is told to go, not
/// the brand's name (「Amazon.co.jpでのご注文」, 「Amazon.co.jpにご登録のアカウント」 name it).
fn visited(c: &Compiled, rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\u{3000}']);
    c.speech
        .site_visits
        .iter()
        .any(|v| rest.starts_with(v.as_str()))
}

/// Whether the URL `k` is on an official domain that vouches for this message.
fn is_official(c: &Compiled, f: &Facts<'_>, k: usize) -> bool {
    // A brand's own shortener (goo.gl, amzn.to) can point anywhere: it vouches for a link only
    // in that brand's own message.
    let u = &f.urls[k];
    u.official.is_some()
        && (!u.flags.contains(&UrlFlag::Shortener) || f.named().any(|n| c.brands.owns(&u.host, n)))
}

/// Whether the URL `k` weighs in the relation between the brand and the links: all but content
/// to look at on a site no brand owns (a video, a post, a map; see
/// `url_lists.content_platforms`), which neither vouches for a message nor counts against it.
fn takes_part(f: &Facts<'_>, k: usize) -> bool {
    !f.urls[k].content || f.urls[k].official.is_some()
}

/// Whether the URL `k` is on a domain the user allowed.
fn is_user_official(f: &Facts<'_>, k: usize) -> bool {
    // Links on a domain the user allowed count as official ones (unless something is blocked).
    !f.listed.any_block() && f.listed.allowed_urls.contains(&k)
}

/// What the links off the official domains amount to (see [`judge_links`]).
struct Judgement {
    /// Every link (of at least one) but content to look at is on an official or user-allowed
    /// domain.
    all_official: bool,
    /// A link off the official domains, and no content to look at, that no official link
    /// beside it answers for.
    foreign: bool,
    /// A plain shortener that an official link beside it answers for.
    vouched_any: bool,
    /// A link off the official domains whose address is itself a disguise.
    disguised: bool,
    /// A foreign link that is not on an accountable domain.
    unaccountable: bool,
    /// The shorteners off the official domains.
    shorteners: usize,
    /// Those of them that the named brand's own link beside them answers for.
    answered_for: usize,
    /// The first of those.
    answered: Option<usize>,
}

/// Judges each link that is on no official (or user-allowed) domain, adding its flags and its
/// mismatch with the brand that speaks, and tells what such links amount to.
fn judge_links(
    col: &mut Collector<'_>,
    f: &Facts<'_>,
    links: &[usize],
    first_brand: Option<usize>,
) -> Judgement {
    let c = col.c;
    let beside_official = links.iter().any(|&k| is_official(c, f, k));
    // …and the brand that speaks (the first named) answers with its own link for a plain
    // shortener beside it.
    let beside_named_official = first_brand.is_some_and(|b| {
        links
            .iter()
            .any(|&k| is_official(c, f, k) && c.brands.owns(&f.urls[k].host, b))
    });
    let mut j = Judgement {
        all_official: links.iter().any(|&k| takes_part(f, k)),
        foreign: false,
        vouched_any: false,
        disguised: false,
        unaccountable: false,
        shorteners: 0,
        answered_for: 0,
        answered: None,
    };
    for &k in links {
        let u = &f.urls[k];
        if is_official(c, f, k) || is_user_official(f, k) || !takes_part(f, k) {
            continue;
        }
        j.all_official = false;
        let vouched = beside_official && is_plain_shortener(&u.flags);
        j.foreign |= !vouched;
        j.vouched_any |= vouched;
        let dressed = dressed_as_jp(&u.host_ascii, &c.url_lists.accountable_suffixes);
        let dotcom = dressed_as_dotcom(
            &u.host_ascii,
            u.registrable.as_deref(),
            &c.url_lists.throwaway_tlds,
        );
        j.disguised |= dressed || dotcom || is_disguised(u, &c.url_lists.throwaway_tlds);
        j.unaccountable |= !vouched && !is_accountable(u, &c.url_lists.accountable_suffixes);
        if u.flags.contains(&UrlFlag::Shortener) {
            j.shorteners += 1;
            if vouched && beside_named_official {
                j.answered_for += 1;
                j.answered = j.answered.or(Some(k));
            }
        }
        flag_link(
            col,
            f,
            k,
            first_brand.filter(|_| !vouched),
            (dressed, dotcom),
        );
    }
    j
}

/// Adds the flags of the link `k`, which is on no official domain, and its mismatch with
/// `brand`, the brand that speaks, when there is one (none when the link is vouched for).
fn flag_link(
    col: &mut Collector<'_>,
    f: &Facts<'_>,
    k: usize,
    brand: Option<usize>,
    (dressed, dotcom): (bool, bool),
) {
    let c = col.c;
    let u = &f.urls[k];
    // A link no browser opens has no host: it is named as written.
    let host = Some(u.host.as_str()).filter(|h| !h.is_empty());
    let domain = u.registrable.as_deref().or(host).unwrap_or(&u.url);
    // A platform's shortener that anyone can aim (lin.ee) is one hidden link, not two
    // pieces of evidence: its `shortener` flag weighs, its `user_page` flag is shown.
    let hidden = u.flags.contains(&UrlFlag::Shortener);
    for flag in &u.flags {
        if *flag != UrlFlag::Official && !(*flag == UrlFlag::UserPage && hidden) {
            let code = format!("url.{}", flag.as_str());
            col.signal(&code, Some(f.url_range(k)), u.imitated, Some(domain));
        }
    }
    for (code, dressed) in [
        ("url.dressed_as_jp", dressed),
        ("url.dressed_as_domain", dotcom),
    ] {
        if dressed {
            col.signal(code, Some(f.url_range(k)), None, Some(domain));
        }
    }
    // Anyone's page on the named brand's own platform (「LINEで申請」 with a lin.ee link)
    // is no imitation of the brand: its own flag tells what it is.
    let anyones_page_of =
        |b: usize| u.flags.contains(&UrlFlag::UserPage) && c.brands.owns(&u.host, b);
    if let Some(b) = brand.filter(|&b| !anyones_page_of(b)) {
        col.signal(
            "brand.link_mismatch",
            Some(f.url_range(k)),
            Some(b),
            Some(domain),
        );
    }
}

/// Adds `brand.shortener_beside_official` when the named brand's own link answers for every
/// shortener of the message.
fn shortener_beside_official(
    col: &mut Collector<'_>,
    f: &Facts<'_>,
    judged: &Judgement,
    first_brand: Option<usize>,
) {
    // The pair is how carriers and shops write notices: the named brand's own link given
    // beside a plain shortener answers for its hiding where it goes (it weighs as much, the
    // other way), when it answers for every shortener of the message.
    if let Some(k) = judged
        .answered
        .filter(|_| judged.answered_for == judged.shorteners)
    {
        let u = &f.urls[k];
        let domain = u.registrable.as_deref().unwrap_or(&u.host);
        col.signal(
            "brand.shortener_beside_official",
            Some(f.url_range(k)),
            first_brand,
            Some(domain),
        );
    }
}

/// Adds `brand.official_links` when every link is on an official domain and the own site of
/// an organisation the message names, and no reply is asked; returns whether it is so.
fn official_links(
    col: &mut Collector<'_>,
    f: &Facts<'_>,
    links: &[usize],
    all_official: bool,
    first_brand: Option<usize>,
) -> bool {
    let c = col.c;
    // Official is not enough: each link must be the own site of an organisation the message
    // names (anyone's page on a platform that is some other brand's would otherwise vouch),
    // and a request to reply is a channel no link answers for.
    let named: Vec<usize> = f.named_outside_links().collect();
    let mut judged = links.iter().copied().filter(|&k| takes_part(f, k));
    let first = judged.clone().next();
    let named_own = judged.all(|k| {
        is_user_official(f, k)
            || named.iter().any(|&b| c.brands.owns(&f.urls[k].host, b))
            || speaks_by_form(c, f, &named, k)
    });
    let reply = f.has(c, Family::Reply);
    let own_site = all_official && named_own && !reply;
    if let Some(k) = first.filter(|_| own_site) {
        let domain = f.urls[k].registrable.as_deref().unwrap_or(&f.urls[k].host);
        col.signal(
            "brand.official_links",
            Some(f.url_range(k)),
            first_brand.or(f.urls[k].official),
            Some(domain),
        );
    }
    own_site
}

/// Whether the link `k` is the own site of an organisation that speaks by its form, naming
/// no one (`named` is empty): the link is in a registry space that only that kind of body can
/// hold, and an actor of that kind speaks (「【〇〇市】」 beside 「マイナンバーカード」, with a
/// city's site on `lg.jp`). A registry space is an official domain of a brand under which
/// others hold their own domains (`lg.jp`, `go.jp`: the link's registrable domain lies below
/// it), or a geographic domain the brand's labels keep (`city.kawasaki.jp`). Whoever wrote the
/// message, such a link leads to that kind of body's own site. A brand's own domain is no such
/// space: a 【カード会社】 header beside a link to `paypal.com` makes it no card company's own
/// site (and payment requests there are anyone's pages, `url_lists.user_pages`).
fn speaks_by_form(c: &Compiled, f: &Facts<'_>, named: &[usize], k: usize) -> bool {
    let u = &f.urls[k];
    named.is_empty()
        && u.official.is_some_and(|b| {
            let registrable = u.registrable.as_deref().unwrap_or(&u.host_ascii);
            let sector = c.brands.brands[b].sector;
            c.brands.registry_space(&u.host_ascii, registrable, b)
                && f.found_concept(c, |k| {
                    k.family == Family::Actor && k.category == Some(sector)
                })
        })
}

/// Adds `link.masked` for the first masked link; returns whether there is one.
fn masked_link(col: &mut Collector<'_>, f: &Facts<'_>) -> bool {
    let Some(&(s, e)) = f.found.masked_links.first() else {
        return false;
    };
    col.signal(
        "link.masked",
        Some(f.url_text.original_range(s, e)),
        None,
        None,
    );
    true
}

/// Whether the message asks to act other than by a link written: a number to call, a request
/// to call, reply or follow a link (下記), or a payment by a means no institution uses.
fn asks_to_act(col: &Collector<'_>, f: &Facts<'_>) -> bool {
    let c = col.c;
    !f.found.phones.is_empty()
        || f.has(c, Family::Call)
        || f.has(c, Family::Reply)
        || f.has(c, Family::Link)
        || f.asks_untraceable_pay(c)
        || f.asks_secret_back(c)
}

/// Adds `brand.no_sms_agency` for each organisation named outside the links that sends no
/// such SMS, when the message gives a way to act (`actionable`).
fn no_sms_agency(col: &mut Collector<'_>, f: &Facts<'_>, actionable: bool) {
    let c = col.c;
    for m in f.mentions_outside_links().filter(|_| actionable) {
        if !c.brands.brands[m.brand].sms_links {
            col.signal(
                "brand.no_sms_agency",
                Some(f.matching.original_range(m.start, m.end)),
                Some(m.brand),
                None,
            );
        }
    }
}

/// A shortener with nothing else wrong: no flags but `shortener`, and perhaps `no_scheme` or
/// `official` (another brand's shortener).
fn is_plain_shortener(flags: &[UrlFlag]) -> bool {
    flags.contains(&UrlFlag::Shortener)
        && flags.iter().all(|f| {
            matches!(
                f,
                UrlFlag::Shortener | UrlFlag::NoScheme | UrlFlag::Official
            )
        })
}

/// Whether the address of `u` is itself a disguise: a host on a throw-away top-level domain,
/// a (public) IP address, or an address made to deceive (a brand's domain worn by another
/// domain, a mixed-script host, a name before `@`). Not a host on a generic new top-level
/// domain (`.shop`, `.info`: small businesses register those too), not a listed shortener
/// whatever its domain (it hides where it goes, and weighs as such).
fn is_disguised(u: &crate::url_risk::Judged, throwaway_tlds: &[String]) -> bool {
    if u.flags.contains(&UrlFlag::Shortener) {
        return false;
    }
    let host = u.host_ascii.trim_end_matches('.');
    let tld = host.rsplit('.').next().unwrap_or("");
    u.flags.iter().any(|f| DISGUISES.contains(f))
        || (u.flags.contains(&UrlFlag::RiskyTld)
            && throwaway_tlds.iter().any(|t| t.eq_ignore_ascii_case(tld)))
}

/// Whether `host`, which is not under `.jp`, dresses as a Japanese domain: `jp` as the label
/// just above its top-level domain (`tax-tokyo.jp.money`, `kakunin.jp.net`, `co.jp.com`), a
/// whole Japanese domain name standing in front of another domain
/// (`furusato-tax.jp.order-pay.top`, `77bank.co.jp.torihiki.top`: a `jp` label after a name,
/// above the last two), or a label that spells one of Japan's organisational suffixes
/// (`accountable`: `co.jp`, `go.jp`…) with a hyphen, either way round (`au-kddi.co-jp.net`,
/// `maff-kome.jp-go.top`). A Japanese site of a foreign company puts `jp` first
/// (`jp.example.com`, `www.jp.example.com`) and is not dressed.
fn dressed_as_jp(host: &str, accountable: &[String]) -> bool {
    let host = host.trim_end_matches('.');
    let mut from_top = host.rsplit('.');
    let (Some(top), Some(below)) = (from_top.next(), from_top.next()) else {
        return false;
    };
    if top.eq_ignore_ascii_case("jp") {
        return false;
    }
    let spelt = |a: &str, b: &str| {
        accountable.iter().any(|s| {
            s.split_once('.').is_some_and(|(second, top)| {
                top.eq_ignore_ascii_case("jp")
                    && ((a.eq_ignore_ascii_case(second) && b.eq_ignore_ascii_case("jp"))
                        || (a.eq_ignore_ascii_case("jp") && b.eq_ignore_ascii_case(second)))
            })
        })
    };
    // 「co.jp-…」: the suffix's second level as a label, and `jp` beginning the next one
    // (`amazon.co.jp-account.top` reads as amazon.co.jp).
    let starts_jp = |l: &str| {
        l.split_once('-')
            .is_some_and(|(a, _)| a.eq_ignore_ascii_case("jp"))
    };
    // A `jp` label after a name and above the last two labels; not `www.jp.` in front.
    let first_is_www = host
        .split('.')
        .next()
        .is_some_and(|l| l.eq_ignore_ascii_case("www"));
    let named_in_front = host
        .split('.')
        .enumerate()
        .take(host.split('.').count().saturating_sub(2))
        .any(|(i, l)| l.eq_ignore_ascii_case("jp") && i > 0 && !(i == 1 && first_is_www));
    (below.eq_ignore_ascii_case("jp") && from_top.next().is_some())
        || named_in_front
        || host.split('.').any(|l| {
            l.split('-')
                .zip(l.split('-').skip(1))
                .any(|(a, b)| spelt(a, b))
        })
        || host
            .split('.')
            .zip(host.split('.').skip(1))
            .any(|(a, b)| starts_jp(b) && spelt(a, "jp"))
}

/// The generic top-level domains a host can pretend to end at.
const DRESSING_TLDS: &[&str] = &["com", "net", "org"];

/// Whether `host`, with its registrable domain `registrable`, dresses as a domain of another
/// top-level domain: a name before the registrable domain, whose first label begins with
/// `com-`, `net-` or `org-`, so that the eye stops at the hyphen (`yodobashi.com-order.top`
/// reads as yodobashi.com, `appleid.apple.com-verify.info` as apple.com). Only on a
/// throw-away top-level domain (`throwaway`): companies named ネット… or コム… put a service
/// in front of their name on the generic ones too (`order.net-hanamaru.shop`,
/// `billing.com-works.biz`); and not `www.` alone before it.
fn dressed_as_dotcom(host: &str, registrable: Option<&str>, throwaway: &[String]) -> bool {
    let host = host.trim_end_matches('.');
    let Some(reg) = registrable.map(|r| r.trim_end_matches('.')) else {
        return false;
    };
    let top = host.rsplit('.').next().unwrap_or("");
    // (`get`, not indexing: a host that is not ASCII is cut only where a character ends.)
    let name = host
        .len()
        .checked_sub(reg.len() + 1)
        .filter(|&dot| dot > 0 && host.get(dot..dot + 1) == Some("."))
        .filter(|&dot| {
            host.get(dot + 1..)
                .is_some_and(|r| r.eq_ignore_ascii_case(reg))
        })
        .and_then(|dot| host.get(..dot));
    let first = reg.split('.').next().unwrap_or("");
    name.is_some_and(|n| !n.eq_ignore_ascii_case("www"))
        && throwaway.iter().any(|t| t.eq_ignore_ascii_case(top))
        && first.split_once('-').is_some_and(|(a, rest)| {
            !rest.is_empty() && DRESSING_TLDS.iter().any(|t| t.eq_ignore_ascii_case(a))
        })
}

/// Whether `u` is on a domain only a registered organisation can hold: its registrable
/// domain is one label under a suffix of `accountable` (`hayabusa-bin.co.jp` under `co.jp`),
/// and it is no hosting or platform page whose author anyone can be.
fn is_accountable(u: &crate::url_risk::Judged, accountable: &[String]) -> bool {
    u.registrable
        .as_deref()
        .is_some_and(|reg| registered_under(reg, accountable))
        && !u
            .flags
            .iter()
            .any(|f| matches!(f, UrlFlag::FreeHosting | UrlFlag::UserPage))
}

/// Whether the registrable domain `reg` is one label under a suffix of `accountable`
/// (`hayabusa-bin.co.jp` under `co.jp`): a domain only a registered organisation can hold.
pub(super) fn registered_under(reg: &str, accountable: &[String]) -> bool {
    let suffix = reg.split_once('.').map_or("", |(_, s)| s);
    accountable.iter().any(|a| a.eq_ignore_ascii_case(suffix))
}

#[cfg(test)]
mod tests {
    use crate::Classifier;

    /// A list of the pack's kind (`url_lists`), from literals.
    fn owned(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn hosts_dressed_as_japanese_ones() {
        let accountable = owned(&["co.jp", "go.jp", "or.jp", "lg.jp"]);
        for (host, dressed) in [
            ("tax-tokyo.jp.money", true),
            ("kakunin.jp.net", true),
            ("micard.co.jp.com", true),
            ("au-kddi.co-jp.net", true),
            ("maff-kome.jp-go.top", true),
            ("WWW.SHINKIN.CO-JP.XYZ.", true),
            // co.jp written as labels, with jp- beginning the next one.
            ("amazon.co.jp-account.top", true),
            ("www.smbc.or.jp-secure.xyz", true),
            // Under .jp, whatever its labels: the registry answers for it.
            ("www.city.kawasaki.jp", false),
            ("shop.co-jp.jp", false),
            ("example.co.jp", false),
            // A Japanese domain name in front of another domain.
            ("furusato-tax.jp.order-pay.top", true),
            ("77bank.co.jp.torihiki-saikai.top", true),
            ("kyoukaikenpo.or.jp.reissue-cc.com", true),
            // A foreign company's Japanese site puts jp first.
            ("jp.puma.com", false),
            ("www.jp.example.com", false),
            ("jp.example.co.uk", false),
            // jp glued to a word, or a hyphen beside no organisational suffix.
            ("shopjp.net", false),
            ("co.jpshop.com", false),
            ("mufg-jp.com", false),
            ("tokyo-jp-travel.com", false),
            ("jp", false),
        ] {
            assert_eq!(super::dressed_as_jp(host, &accountable), dressed, "{host}");
        }
    }

    #[test]
    fn hosts_dressed_as_another_domain() {
        let throwaway = owned(&["top", "xyz", "cn", "icu"]);
        for (host, reg, dressed) in [
            ("yodobashi.com-order.top", "com-order.top", true),
            ("appleid.apple.com-verify.icu", "com-verify.icu", true),
            ("jr-odekake.net-member.xyz", "net-member.xyz", true),
            ("WWW.EXAMPLE.ORG-LOGIN.CN.", "org-login.cn", true),
            ("shop.www.net-marumiya.top", "net-marumiya.top", true),
            // Nothing, or only www, before the registrable domain: no domain to pass for.
            ("com-order.top", "com-order.top", false),
            ("www.net-marumiya.top", "net-marumiya.top", false),
            // A company named ネット… or コム… on a domain small businesses use.
            ("order.net-hanamaru.shop", "net-hanamaru.shop", false),
            ("billing.com-works.biz", "com-works.biz", false),
            ("shop.net-ya.com", "net-ya.com", false),
            ("www.com-pass.co.jp", "com-pass.co.jp", false),
            // A hyphen elsewhere, or a word that only begins like one.
            ("my.shop-com.top", "shop-com.top", false),
            ("news.community.top", "community.top", false),
            ("a.com-.top", "com-.top", false),
        ] {
            assert_eq!(
                super::dressed_as_dotcom(host, Some(reg), &throwaway),
                dressed,
                "{host}"
            );
        }
        assert!(!super::dressed_as_dotcom(
            "yodobashi.com-order.top",
            None,
            &throwaway
        ));
    }

    fn codes(body: &str) -> Vec<String> {
        Classifier::new()
            .classify(body, None)
            .reasons
            .into_iter()
            .map(|r| r.code.to_string())
            .collect()
    }

    #[test]
    fn a_bare_domain_the_reader_is_told_to_visit_is_a_link() {
        let official = |body: &str| codes(body).iter().any(|c| c == "brand.official_links");
        // Told to go there, the brand's bare domain is its own site, and vouches…
        assert!(official(
            "Netflix：お支払いを完了できませんでした。netflix.com にアクセスし、アカウントからお支払い情報を更新してください。"
        ));
        assert!(official(
            "【ANA】オンラインチェックインの受付を開始しました。ANAアプリまたは ana.co.jp からお手続きいただけます。"
        ));
        // …named, it is the brand's name and vouches for nothing.
        assert!(!official(
            "Amazon.co.jpでのご注文について、お支払いを完了できませんでした。"
        ));
        assert!(!official(
            "Netflix：お支払いを完了できませんでした。netflix.com をご利用いただきありがとうございます。"
        ));
    }

    #[test]
    fn a_body_speaking_by_its_form_owns_the_site_of_its_kind() {
        let own = |body: &str| codes(body).iter().any(|c| c == "brand.official_links");
        // A city names no one the pack knows, but speaks of the My Number card as only a public
        // body does, and `lg.jp` is a domain only public bodies hold: its own site.
        let city = "【〇〇市】マイナンバーカードの電子証明書の有効期限が近づいています。更新は以下をご覧ください";
        assert!(own(&format!(
            "{city} https://www.city.sakura.lg.jp/mynumber"
        )));
        let v = Classifier::new().classify(
            &format!("{city} https://www.city.sakura.lg.jp/mynumber"),
            None,
        );
        assert_eq!(v.level, crate::Level::Safe, "{v:?}");
        // Not a host dressed as one, nor a body of another kind, nor with a reply asked.
        assert!(!own(&format!(
            "{city} https://www.city.sakura.lg.jp.kousin.top/"
        )));
        assert!(!own(
            "【〇〇銀行】お取引を制限しました https://www.city.sakura.lg.jp/"
        ));
        assert!(!own(&format!(
            "{city} https://www.city.sakura.lg.jp/ 返信でお知らせください"
        )));
        // A brand's own domain is no registry space, even of the speaker's sector: a card
        // company's header proves nothing about a link to PayPal.
        assert!(!own(
            "【カード会社】未払いのご利用代金がございます https://www.paypal.com/jp/home"
        ));
        // A brand named speaks for itself: its own links only.
        assert!(!own(
            "【ヤマト運輸】〇〇市からのお知らせ https://www.city.sakura.lg.jp/"
        ));
    }

    #[test]
    fn content_to_look_at_takes_no_part_unless_its_address_deceives() {
        // A map pin vouches for no shortener beside it, even on Google's own domain.
        let c = codes("【佐川急便】再配達はこちら https://bit.ly/3xYz 営業所 https://maps.app.goo.gl/7uYt4Rk2");
        assert!(c.iter().any(|c| c == "brand.link_mismatch"), "{c:?}");
        // Beside the brand's own link, a video neither vouches nor counts against.
        let c = codes("【ヤマト運輸】配達予定のお知らせ https://www.kuronekoyamato.co.jp/ 使い方 https://youtu.be/Ab3dE5fG7hJ");
        assert!(c.iter().any(|c| c == "brand.official_links"), "{c:?}");
        assert!(!c.iter().any(|c| c == "brand.link_mismatch"), "{c:?}");
        // A name before `@` sends the browser elsewhere: judged as any link.
        let c = codes("【Amazon】アカウント確認 https://youtube.com@amzn-jp.top/");
        assert!(c.iter().any(|c| c == "url.user_info"), "{c:?}");
        // A platform's link that names a destination is a redirect anyone can aim.
        let c = codes("【Amazon】アカウント確認 https://www.youtube.com/attribution_link?u=https://amzn-jp.top/");
        assert!(c.iter().any(|c| c == "url.user_page"), "{c:?}");
        assert!(c.iter().any(|c| c == "url.risky_tld"), "{c:?}");
    }

    #[test]
    fn an_unknown_speakers_accountable_domain_is_its_own_site() {
        // A securities firm we do not list, linking to its own co.jp domain: no lure story,
        // learned or hand-set, and not dangerous.
        let notice = "【まつかぜ証券】不正アクセス対策として、ログイン時の多要素認証を必須といたします。設定方法は https://www.matsukaze-sec.co.jp/ をご覧ください。";
        let v = Classifier::new().classify(notice, None);
        let c: Vec<_> = v.reasons.iter().map(|r| r.code.to_string()).collect();
        assert!(!c.iter().any(|c| c.starts_with("story.")), "{c:?}");
        assert_ne!(v.level, crate::Level::Dangerous, "{c:?}");
        // The same notice on a `.com` no one answers for is the whole story.
        let lure = notice.replace("matsukaze-sec.co.jp", "matsukaze-sec.com");
        let v = Classifier::new().classify(&lure, None);
        let c: Vec<_> = v.reasons.iter().map(|r| r.code.to_string()).collect();
        assert!(
            c.iter().any(|c| c == "story.complete_foreign_link"),
            "{c:?}"
        );
        assert_eq!(v.level, crate::Level::Dangerous, "{c:?}");
        // A brand we know, linking to someone else's co.jp, is a mismatch still.
        let c = codes("【三井住友カード】ご利用を制限しました。解除はこちら https://www.hanabi-shop.co.jp/smbc/");
        assert!(c.iter().any(|c| c == "brand.link_mismatch"), "{c:?}");
        // A request to reply is a channel no site answers for.
        let c = codes("【まつかぜ証券】不正アクセスを検知しました。本人確認のため、このメッセージに返信してください。詳細 https://www.matsukaze-sec.co.jp/");
        assert!(c.iter().any(|c| c.starts_with("story.")), "{c:?}");
    }

    #[test]
    fn a_bare_pointer_beside_a_number_points_at_the_number() {
        // 「下記まで」 before a depot's number is no link cut: no story of a foreign link, and
        // not dangerous.
        let notice = "【〇〇急便】お荷物をお届けにあがりましたがご不在でした。下記までご連絡ください (03)5555-0198";
        let v = Classifier::new().classify(notice, None);
        let c: Vec<_> = v.reasons.iter().map(|r| r.code.to_string()).collect();
        assert!(
            !c.iter().any(|c| c == "story.complete_foreign_link"),
            "{c:?}"
        );
        assert_ne!(v.level, crate::Level::Dangerous, "{c:?}");
        // With no number, 下記 still points at a link cut off.
        let cut = notice
            .rsplit_once(' ')
            .map(|(head, _)| head)
            .expect("a space");
        let c = codes(cut);
        assert!(
            c.iter().any(|c| c == "story.complete_foreign_link"),
            "{c:?}"
        );
        // A cue that names the link (「下記URLより」) says the link was cut, number or not.
        let named = "【〇〇カード】ご本人様の確認が取れないため、ご利用を停止しております。解除は下記URLより 03-5555-0421";
        let c = codes(named);
        assert!(
            c.iter().any(|c| c == "story.complete_foreign_link"),
            "{c:?}"
        );
    }

    #[test]
    fn a_warning_quotes_requests_and_names_links_not_to_open() {
        let warning = "【〇〇警察署】「料金未納のため本日中に連絡がない場合は裁判になります」というSMSは詐欺です。書かれた番号には電話しないでください。";
        let v = Classifier::new().classify(warning, None);
        let c: Vec<_> = v.reasons.iter().map(|r| r.code.to_string()).collect();
        assert!(!c.iter().any(|c| c == "brand.no_sms_agency"), "{c:?}");
        assert_ne!(v.level, crate::Level::Dangerous, "{c:?}");
        // Without the talk about scams, the same office asking for a call is an imitation.
        let asked = "【〇〇警察署】料金未納のため本日中に連絡がない場合は裁判になります。";
        assert!(codes(asked).iter().any(|c| c == "brand.no_sms_agency"));
        // A URL the warning says not to open is spoken of, not pointed at: no link was cut.
        let urls = "【〇〇銀行】当行を装い「口座を凍結しました」とするSMSが届いています。記載のURLは開かないでください。";
        let c = codes(urls);
        assert!(!c.iter().any(|c| c.contains("foreign_link")), "{c:?}");
        // Pointed at, it says a link was cut, warning words or not.
        let pointed =
            "【〇〇銀行】口座を凍結しました。解除は下記URLより。不審なSMSにご注意ください。";
        let c = codes(pointed);
        assert!(c.iter().any(|c| c.contains("foreign_link")), "{c:?}");
    }

    #[test]
    fn copied_genuine_marks_count_only_with_no_link_elsewhere() {
        let marks = ["text.otp_code", "genuine.no_share"];
        let head = "【Amazon】認証コード 482913 このコードは他人に教えないでください。";
        // Beside the brand's own link, the code and the warning are a login message's.
        let c = codes(&format!("{head}詳細は https://www.amazon.co.jp/a/c/r/Xy12"));
        assert!(marks.iter().all(|m| c.iter().any(|c| c == m)), "{c:?}");
        // Beside a link that may lead elsewhere they are bait: a foreign link, a shortener an
        // official link answers for, a link pointed at with none written.
        for tail in [
            "再開はこちら https://acc-restore.top/",
            "再開はこちら https://bit.ly/3xYz9 詳細 https://www.amazon.co.jp/",
            "再開は下記URLより",
        ] {
            let c = codes(&format!("{head}{tail}"));
            assert!(
                !c.iter().any(|c| marks.contains(&c.as_str())),
                "{tail}: {c:?}"
            );
        }
    }

    #[test]
    fn a_link_is_a_disguise_by_its_address_not_by_any_flag() {
        let story = "story.bait_disguised_link";
        let bait = "抽選で1万円分のポイントが当たりました。受け取りはこちら";
        // A throw-away top-level domain, a public IP address, a brand's domain worn by another
        // domain: the address is itself the lure's.
        for link in [
            "https://point-get.top/r",
            "http://203.0.113.7/r",
            "https://www.amazon.co.jp.point-get.com/r",
        ] {
            let c = codes(&format!("{bait} {link}"));
            assert!(c.iter().any(|c| c == story), "{link}: {c:?}");
        }
        // A generic new top-level domain is flagged risky but is no disguise (small shops
        // register them); a shortener or anyone's page only hides where it goes.
        // A brand's token inside a name (`mynavi`, `aeoncinema`) also reads in ordinary
        // words; a private address reaches only the reader's own network; a listed shortener
        // on a throw-away domain is still a shortener.
        for link in [
            "https://point-get.shop/r",
            "https://bit.ly/3xYz9",
            "https://lin.ee/Ab1",
            "https://amazon-point.net/r",
            "http://192.168.0.1/r",
            "https://tiny.cc/abc",
        ] {
            let c = codes(&format!("{bait} {link}"));
            assert!(!c.iter().any(|c| c == story), "{link}: {c:?}");
        }
        // With no threat and no bait, a throw-away link tells no story.
        let c = codes("写真アップしたよ https://photo-share.top/a");
        assert!(!c.iter().any(|c| c == story), "{c:?}");
    }

    #[test]
    fn anyones_page_on_the_named_platform_is_no_mismatch() {
        for link in ["https://lin.ee/Ab1", "https://lin.ee./Ab1"] {
            let c = codes(&format!("LINEで友だち追加してください {link}"));
            assert!(
                !c.iter().any(|c| c == "brand.link_mismatch"),
                "{link}: {c:?}"
            );
            assert!(
                !c.iter().any(|c| c == "brand.official_links"),
                "{link}: {c:?}"
            );
        }
        // On another brand's message it is a link that is not that brand's.
        let c = codes("【佐川急便】住所確認はこちら https://lin.ee/Ab1");
        assert!(c.iter().any(|c| c == "brand.link_mismatch"), "{c:?}");
    }

    #[test]
    fn a_brands_shortener_vouches_only_for_that_brand() {
        // Google's shortener in a message that names no brand: it hides where it goes.
        let c = codes("お荷物を持ち帰りました。詳細は goo.gl/Qm7xZp");
        assert!(c.iter().any(|c| c == "url.shortener"), "{c:?}");
        // In a message of another brand it is a link that is not that brand's.
        let c = codes("【佐川急便】お荷物を持ち帰りました。詳細は goo.gl/Qm7xZp");
        assert!(c.iter().any(|c| c == "brand.link_mismatch"), "{c:?}");
        // A shortener the named brand shares with its group is its own.
        let c = codes("楽天モバイル ご利用料金のご案内 https://r10.to/abc");
        assert!(!c.iter().any(|c| c == "brand.link_mismatch"), "{c:?}");
        assert!(c.iter().any(|c| c == "brand.official_links"), "{c:?}");
    }

    #[test]
    fn a_plain_shortener_beside_the_brands_own_link_is_answered_for() {
        let notice = "【ドコモ】ご利用料金が確定しました。詳細は https://bit.ly/3dcmo または https://www.docomo.ne.jp/ でご確認ください。";
        let c = codes(notice);
        assert!(c.iter().any(|c| c == "url.shortener"), "{c:?}");
        assert!(
            c.iter().any(|c| c == "brand.shortener_beside_official"),
            "{c:?}"
        );
        assert!(!c.iter().any(|c| c == "brand.link_mismatch"), "{c:?}");
        // No answer for: a shortener with no official link beside it, beside a foreign one,
        // beside another brand's official link, a shortener with another flag, or a second
        // shortener of another kind.
        for lure in [
            "【ドコモ】詳細は https://bit.ly/3dcmo または https://docomo-pay.top/ で",
            "【ドコモ】詳細は https://bit.ly/3dcmo で",
            "【ドコモ】詳細は https://bit.ly/3dcmo または https://www.amazon.co.jp/ で",
            "【ドコモ】詳細は http://bit.ly/3dcmo または https://www.docomo.ne.jp/ で",
            "【ドコモ】詳細は https://bit.ly/3dcmo 、http://is.gd/x または https://www.docomo.ne.jp/ で",
        ] {
            let c = codes(lure);
            assert!(
                !c.iter().any(|c| c == "brand.shortener_beside_official"),
                "{lure}: {c:?}"
            );
        }
    }
}
