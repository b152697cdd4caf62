//! Where brands are recognised: named in the text, owning a domain, imitated by a domain.
//!
//! The registry is data (see [`crate::rules::Brand`]); this module compiles it once into
//! look-up structures:
//!
//! * an Aho–Corasick automaton over every name (kanji, kana, Latin), run on the matching text;
//!   Latin names count only as whole words, so `au` is not found in `audio`;
//! * a map from official domain to brand: a host is official when it or one of its parent
//!   domains is listed (`s.vpass.jp` under `vpass.jp`), or when its registrable domain under a
//!   Japanese geographic suffix begins with a label reserved to the brand (`city.kawasaki.jp`);
//! * brand tokens (`docomo`, `sagawa`, `smbc`) found inside a foreign domain;
//! * official domains used as a *subdomain* of a foreign one (`micard.co.jp.xxxx.com`);
//! * misspellings of an official domain's name (`scmbc`, `americeexpre`), by bounded
//!   Damerau–Levenshtein distance to the official label or to its prefix;
//! * look-alikes (`rnercari`, `amaz0n`, `аpple`, `rakuten−card`): the UTS #39 skeleton of a host
//!   (see [`crate::confusables`]) against the skeletons of every brand's official domains,
//!   tokens, official labels and Latin names.

mod tables;

use std::collections::HashMap;

use crate::automaton::Automaton;
use crate::concepts::ConceptHit;
use crate::confusables::fold;
use crate::rules::Brand;

pub(crate) use tables::{owner, BrandTables, KeyTable, Owners};

/// The compiled brand registry.
#[derive(Debug)]
pub(crate) struct BrandIndex {
    pub brands: Vec<Brand>,
    /// Names, domains and tokens, compiled (see [`BrandTables`]).
    tables: BrandTables,
    senders: HashMap<String, usize>,
    phones: HashMap<String, usize>,
    /// Labels reserved to a brand under Japan's geographic suffixes (see
    /// [`Brand::geographic_labels`]), with the brand.
    geographic: Vec<(String, usize)>,
}

/// The places of Japan's geographic domains: the 47 prefectures, under which cities, towns and
/// villages have suffixes of their own (`funabashi.chiba.jp`), and the designated cities with
/// a suffix directly under `jp` (`kawasaki.jp`). The registry's grammar, as the telephone
/// prefixes are the numbering plan's. A suffix whose place is not one of these (the private
/// section's `hatenablog.jp`, where anyone may sign up) is no geographic suffix.
const JP_PREFECTURES: [&str; 47] = [
    "hokkaido",
    "aomori",
    "iwate",
    "miyagi",
    "akita",
    "yamagata",
    "fukushima",
    "ibaraki",
    "tochigi",
    "gunma",
    "saitama",
    "chiba",
    "tokyo",
    "kanagawa",
    "niigata",
    "toyama",
    "ishikawa",
    "fukui",
    "yamanashi",
    "nagano",
    "gifu",
    "shizuoka",
    "aichi",
    "mie",
    "shiga",
    "kyoto",
    "osaka",
    "hyogo",
    "nara",
    "wakayama",
    "tottori",
    "shimane",
    "okayama",
    "hiroshima",
    "yamaguchi",
    "tokushima",
    "kagawa",
    "ehime",
    "kochi",
    "fukuoka",
    "saga",
    "nagasaki",
    "kumamoto",
    "oita",
    "miyazaki",
    "kagoshima",
    "okinawa",
];

/// Designated cities with a geographic suffix of their own directly under `jp`.
const JP_DESIGNATED_CITIES: [&str; 7] = [
    "kawasaki",
    "kitakyushu",
    "kobe",
    "nagoya",
    "sapporo",
    "sendai",
    "yokohama",
];

/// How a host's skeleton matched a brand's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SkeletonMatch {
    /// The host reads as an official domain (`rnercari.com`, `аpple.com`).
    Domain,
    /// An official domain reads as whole labels left of the registrable domain
    /// (`rakuten−card.co.jp.secure.cn`).
    Subdomain,
    /// A brand's name reads inside the labels left of the public suffix (`rnercari-jp.com`).
    Name,
}

/// The most brand names [`BrandIndex::mentions`] reads in one message: a message naming
/// brands more often than this says nothing more by it, and the work on mentions stays small
/// whatever the input.
pub(crate) const MAX_MENTIONS: usize = 64;

/// A brand named in the matching text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mention {
    pub brand: usize,
    pub start: usize,
    pub end: usize,
    /// Written with a katakana letter for a kanji drawn like it (「東京電カ」).
    pub disguised: bool,
}

impl BrandIndex {
    /// The registry with its names, domains and tokens already compiled (by
    /// [`BrandTables::new`] on the same brands).
    pub(crate) fn with_tables(brands: Vec<Brand>, tables: BrandTables) -> BrandIndex {
        let mut senders = HashMap::new();
        let mut phones = HashMap::new();
        for (i, b) in brands.iter().enumerate() {
            for s in &b.senders {
                senders.insert(crate::sender::sender_key(s), i);
            }
            for p in &b.phones {
                let digits: String = p.chars().filter(char::is_ascii_digit).collect();
                phones.insert(digits, i);
            }
        }
        let geographic = brands
            .iter()
            .enumerate()
            .flat_map(|(i, b)| b.geographic_labels.iter().map(move |l| (l.clone(), i)))
            .collect();
        BrandIndex {
            brands,
            tables,
            senders,
            phones,
            geographic,
        }
    }

    /// The brand holding `host` (ASCII, lower-case) by a label reserved to it under a Japanese
    /// geographic public suffix: `www.city.kawasaki.jp` (suffix `kawasaki.jp`, registrable
    /// `city.kawasaki.jp`). Not under `jp` itself (`city.example.jp` is anyone's), an
    /// organisational suffix (`city.example.co.jp` is a company's) or a private one
    /// (`city.hatenablog.jp` is a blog's).
    fn geographic_owner(&self, host: &str) -> Option<usize> {
        if self.geographic.is_empty() {
            return None;
        }
        let host = host.trim_end_matches('.');
        let suffix = crate::public_suffix::suffix(host).filter(|s| s.known)?;
        let mut labels = suffix.text.rsplit('.');
        let geographic = match (labels.next(), labels.next(), labels.next(), labels.next()) {
            (Some("jp"), Some(place), None, None) => {
                JP_PREFECTURES.contains(&place) || JP_DESIGNATED_CITIES.contains(&place)
            }
            (Some("jp"), Some(prefecture), Some(_municipality), None) => {
                JP_PREFECTURES.contains(&prefecture)
            }
            _ => false,
        };
        if !geographic {
            return None;
        }
        let registrable = crate::public_suffix::registrable_above(host, suffix.text)?;
        let first = registrable.split('.').next()?;
        self.geographic
            .iter()
            .find(|(label, _)| label == first)
            .map(|&(_, brand)| brand)
    }

    /// Every brand name in the matching text, in text order, at most [`MAX_MENTIONS`]: a brand
    /// named twice is mentioned twice, so that one mention read as something else (the way the
    /// reader pays, a name inside a link) leaves the other speaking.
    pub(crate) fn mentions(&self, text: &str) -> Vec<Mention> {
        let bytes = text.as_bytes();
        let mut out: Vec<Mention> = Vec::new();
        for m in self.tables.names.leftmost(text) {
            let (brand, latin) = owner(&self.tables.name_owner, m.pattern);
            if latin {
                let before = m.start.checked_sub(1).map(|i| bytes[i]);
                let after = bytes.get(m.end).copied();
                if before.is_some_and(|b| b.is_ascii_alphanumeric())
                    || after.is_some_and(|b| b.is_ascii_alphanumeric())
                {
                    continue;
                }
            }
            out.push(Mention {
                brand,
                start: m.start,
                end: m.end,
                disguised: m.pattern >= self.tables.name_disguises as usize,
            });
            if out.len() == MAX_MENTIONS {
                break;
            }
        }
        out
    }

    /// The brand owning `host` (ASCII, lower-case): the host or one of its parents is official.
    pub(crate) fn official_owner(&self, host: &str) -> Option<usize> {
        self_and_parents(host)
            .find_map(|h| self.tables.official.get(h))
            .or_else(|| self.geographic_owner(host))
    }

    /// Whether `host` (ASCII, lower-case) or one of its parents is an official domain of
    /// `brand`, alone or shared with other brands.
    pub(crate) fn owns(&self, host: &str, brand: usize) -> bool {
        // A host may be written with the root's dot (`lin.ee.`): the same host.
        let host = host.strip_suffix('.').unwrap_or(host);
        self_and_parents(host).any(|h| self.tables.official.owned_by(h, brand))
            || self.geographic_owner(host) == Some(brand)
    }

    /// Whether `brand` holds, as an official domain, a registry space above `host`'s
    /// registrable domain `registrable` (`lg.jp` above `sakura.lg.jp`: others hold their own
    /// domains under it, and the registry grants them only to that kind of body), or a
    /// geographic domain its labels keep (`city.kawasaki.jp`). A brand's own registrable domain
    /// is no such space.
    pub(crate) fn registry_space(&self, host: &str, registrable: &str, brand: usize) -> bool {
        let host = host.strip_suffix('.').unwrap_or(host);
        let registrable = registrable.strip_suffix('.').unwrap_or(registrable);
        self_and_parents(host)
            .any(|h| h.len() < registrable.len() && self.tables.official.owned_by(h, brand))
            || self.geographic_owner(host) == Some(brand)
    }

    /// A brand whose official domain stands inside `host` as whole labels, left of the
    /// registrable domain (`micard.co.jp.xxxx.com`, `www.smbc.co.jp-secure.top` is not: the
    /// label boundary is required).
    pub(crate) fn embedded_owner(&self, host: &str, registrable: &str) -> Option<usize> {
        embedded_in(&self.tables.official, host, registrable)
    }

    /// A brand whose token stands inside `name` (labels of a host left of its public suffix).
    /// The longest token wins (`rakuten-mobile` over `rakuten`).
    pub(crate) fn token_owner(&self, name: &str) -> Option<usize> {
        longest_in(&self.tables.tokens, &self.tables.token_owner, name, |_| {
            true
        })
    }

    /// A brand that the host (Unicode form, lower case) *reads as* once folded to its UTS #39
    /// skeleton (see [`crate::confusables::fold`]), and how. `registrable_labels` and
    /// `suffix_labels` count the labels of the host's registrable domain and public suffix.
    /// `None` when the fold changes nothing (the literal checks have said all there is).
    pub(crate) fn skeleton_owner(
        &self,
        host: &str,
        registrable_labels: usize,
        suffix_labels: usize,
    ) -> Option<(usize, SkeletonMatch)> {
        let host = host.trim_end_matches('.');
        let folded = fold(host);
        if folded == host {
            return None;
        }
        let mut parent = folded.as_str();
        loop {
            if let Some(b) = self.tables.skeleton_official.get(parent) {
                return Some((b, SkeletonMatch::Domain));
            }
            match parent.split_once('.') {
                Some((_, p)) => parent = p,
                None => break,
            }
        }
        let cut = |labels: usize| {
            folded
                .rmatch_indices('.')
                .nth(labels.checked_sub(1)?)
                .map(|(i, _)| i)
        };
        if let Some(i) = cut(registrable_labels) {
            if let Some(b) = embedded_in(&self.tables.skeleton_official, &folded, &folded[i + 1..])
            {
                return Some((b, SkeletonMatch::Subdomain));
            }
        }
        let chosen = cut(suffix_labels).map_or(folded.as_str(), |i| &folded[..i]);
        // A name written as such (`tokyo` in `clinic-tokyo`) is no look-alike: the literal
        // checks have judged it.
        longest_in(
            &self.tables.skeleton_names,
            &self.tables.skeleton_owner,
            chosen,
            |p| !host.contains(p),
        )
        .map(|b| (b, SkeletonMatch::Name))
    }

    /// A brand whose official label `label` misspells (distance 1 for 5–8 letters, 2 beyond),
    /// also when `label` is a misspelt *prefix* of it (`americeexpre`). Equal labels are not
    /// look-alikes.
    pub(crate) fn lookalike_owner(&self, label: &str) -> Option<usize> {
        let n = label.chars().count();
        if !(5..=40).contains(&n) || !label.is_ascii() {
            return None;
        }
        let max = if n >= 9 { 2 } else { 1 };
        // The labels are sorted: found by halving, and those of the same first letter (the
        // only ones compared) stand together.
        if self.tables.labels.contains(label) {
            return None;
        }
        for (official, brand) in self.tables.labels.starting_with(label.as_bytes()[0]) {
            let m = official.len();
            if m.abs_diff(n) <= max && bounded_distance(label, official, max) {
                return Some(brand);
            }
            if n >= 8 && m > n + max {
                let lo = n.saturating_sub(1);
                for l in lo..=(n + 2).min(m) {
                    if bounded_distance(label, &official[..l], max) {
                        return Some(brand);
                    }
                }
            }
        }
        None
    }

    /// The brand whose official sender this is.
    pub(crate) fn sender_owner(&self, key: &str) -> Option<usize> {
        self.senders.get(key).copied()
    }

    /// The brand whose official phone number this is (digits only).
    pub(crate) fn phone_owner(&self, digits: &str) -> Option<usize> {
        self.phones.get(digits).copied()
    }
}

/// A brand whose domain in `domains` stands inside `host` as whole labels, left of
/// `registrable`.
/// `host`, then each name left when its first label is cut off (`a.b.jp`, `b.jp`, `jp`).
fn self_and_parents(host: &str) -> impl Iterator<Item = &str> {
    std::iter::successors(Some(host), |h| h.split_once('.').map(|(_, parent)| parent))
}

fn embedded_in(domains: &KeyTable, host: &str, registrable: &str) -> Option<usize> {
    let prefix = host.strip_suffix(registrable)?.trim_end_matches('.');
    if prefix.is_empty() {
        return None;
    }
    let starts: Vec<usize> = std::iter::once(0)
        .chain(prefix.match_indices('.').map(|(i, _)| i + 1))
        .collect();
    for &s in &starts {
        let mut ends: Vec<usize> = prefix[s..].match_indices('.').map(|(i, _)| s + i).collect();
        ends.push(prefix.len());
        for &e in ends.iter().skip(1) {
            if let Some(b) = domains.get(&prefix[s..e]) {
                return Some(b);
            }
        }
    }
    None
}

/// The brand of the longest pattern of `patterns` found in `name` and accepted by `keep`
/// (given the matched text); a pattern whose owner entry says so must stand as a whole
/// hyphen- or dot-separated part, and one of two words (`e-tax`) must begin or end at such a
/// part's edge.
fn longest_in(
    patterns: &Automaton,
    owners: &Owners,
    name: &str,
    keep: impl Fn(&str) -> bool,
) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for m in patterns.overlapping(name) {
        let (brand, whole) = owner(owners, m.pattern);
        if !keep(&name[m.start..m.end]) {
            continue;
        }
        let len = m.end - m.start;
        let before = m.start.checked_sub(1).map(|i| name.as_bytes()[i]);
        let after = name.as_bytes().get(m.end).copied();
        let sep = |b: Option<u8>| b.is_none_or(|b| b == b'-' || b == b'.');
        // A whole-word token stands between separators. A token of two words (`e-tax`) that
        // is inside a word at both ends joins the ends of two others (`tsubame-taxi`); a
        // token of one word may be glued inside a host (`myjcbcard`).
        let two_words = name[m.start..m.end].contains('-');
        if (whole && !(sep(before) && sep(after))) || (two_words && !(sep(before) || sep(after))) {
            continue;
        }
        if best.is_none_or(|(longest, _)| len > longest) {
            best = Some((len, brand));
        }
    }
    best.map(|(_, b)| b)
}

/// Whether the optimal-string-alignment distance between two ASCII strings is at most `max`.
fn bounded_distance(a: &str, b: &str, max: usize) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    let w = b.len() + 1;
    let mut prev2 = vec![0usize; w];
    let mut prev: Vec<usize> = (0..w).collect();
    let mut cur = vec![0usize; w];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return false;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()] <= max
}

/// Drops the brands named as a means of payment a concept asks for (「Appleギフトカード」,
/// 「Google Play カード」) or names as the way the reader pays (「PayPay払いで」,
/// 「JCBカードのご利用で」): named inside a match of a concept for which `instrument` holds, or
/// right before one with at most a short word of Latin letters between (「Google Playギフト
/// カード」), or listed before such a brand (「楽天ペイ・PayPayでのお支払いで」). Such a brand is
/// the card asked for or the way to pay, not the one who speaks.
pub(crate) fn drop_instruments(
    mentions: &mut Vec<Mention>,
    hits: &[ConceptHit],
    instrument: impl Fn(&ConceptHit) -> bool,
    text: &str,
) {
    let mut dropped: Vec<bool> = mentions
        .iter()
        .map(|m| {
            hits.iter().filter(|h| instrument(h)).any(|h| {
                // The match may begin inside the brand's own name of its way to pay
                // (「d払い」 then 「払いで」).
                let inside = h.start <= m.start && m.start < h.end
                    || m.start <= h.start && h.start < m.end && m.end < h.end;
                let right_before = m.end <= h.start
                    && h.start - m.end <= 8
                    && text.get(m.end..h.start).is_some_and(|gap| {
                        gap.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ')
                    });
                inside || right_before
            })
        })
        .collect();
    // A brand listed before a dropped one goes with it: read from the last brand named to the
    // first (mentions come in the order of the text, see [`BrandIndex::mentions`]), each one
    // joined to the next by a join, in one pass.
    for i in (0..mentions.len().saturating_sub(1)).rev() {
        let (m, next) = (&mentions[i], &mentions[i + 1]);
        if !dropped[i]
            && dropped[i + 1]
            && next.start >= m.end
            && text.get(m.end..next.start).is_some_and(joins_a_list)
        {
            dropped[i] = true;
        }
    }
    // A brand named as the way to pay is that wherever it is named again in the message
    // (「PayPay払いで…PayPayポイント還元」, 「d払いで…d払いアプリのクーポン」).
    let gone: Vec<usize> = mentions
        .iter()
        .zip(&dropped)
        .filter(|&(_, &d)| d)
        .map(|(m, _)| m.brand)
        .collect();
    mentions.retain(|m| !gone.contains(&m.brand));
}

/// The words that make a header in 【】 a label of the notice rather than a name (the pack's
/// `speech.notice_headers` and `speech.notice_header_words`).
#[derive(Clone, Copy)]
pub(crate) struct HeaderLabels<'a> {
    /// Words that label a notice by themselves (重要, 当選, 督促).
    pub strong: &'a [String],
    /// Words a shop's own header uses too (お知らせ, ご案内): a label only beside a strong one.
    pub weak: &'a [String],
}

/// Whether `text` opens with a header in 【】 that names no brand of `mentions` and none of
/// the organisations of `actors` (concept hits of actors that are no shop:
/// 【〇〇サポートデスク】): someone the pack does not know (a shop, a clinic) speaks. A header
/// longer than [`HEADER_BYTES`] is no header. One made only of `labels`, at least one of them
/// strong, with particles and marks between them (【重要】, 【当選のお知らせ】), names no one,
/// and the speaker is then whoever introduces themselves right after it, in a first sentence
/// ending in です (「【重要なお知らせ】〇〇生協です。」), if anyone does.
pub(crate) fn unknown_header(
    text: &str,
    mentions: &[Mention],
    actors: &[ConceptHit],
    labels: HeaderLabels<'_>,
) -> bool {
    let start = text.len() - text.trim_start().len();
    let Some(rest) = text[start..].strip_prefix('【') else {
        return false;
    };
    let Some(close) = rest.find('】').filter(|&i| i <= HEADER_BYTES) else {
        return false;
    };
    let mut end = start + '【'.len_utf8() + close;
    if only_labels(&rest[..close], labels) {
        match introduction(&text[end + '】'.len_utf8()..]) {
            Some(len) => end += '】'.len_utf8() + len,
            None => return false,
        }
    }
    !mentions.iter().any(|m| m.start < end) && !actors.iter().any(|h| h.start < end)
}

/// The length of a speaker's introduction that `text` opens with: a first sentence of at most
/// [`HEADER_BYTES`] ending in です before 「。」, 「!」 or a space (「〇〇生協です。」).
fn introduction(text: &str) -> Option<usize> {
    let end = text
        .find(['。', '!', ' ', '\n'])
        .filter(|&i| i <= HEADER_BYTES)?;
    let sentence = text[..end].trim_end();
    (sentence.len() > "です".len() && sentence.ends_with("です")).then_some(end)
}

/// Whether `header` is made of labels alone, with [`LABEL_JOINS`] between them, at least one
/// of them strong.
fn only_labels(header: &str, labels: HeaderLabels<'_>) -> bool {
    let mut rest = header;
    let mut strong = false;
    while let Some(first) = rest.chars().next() {
        // The longest label that starts here, else a join.
        let label = labels
            .strong
            .iter()
            .map(|l| (l, true))
            .chain(labels.weak.iter().map(|l| (l, false)))
            .filter(|(l, _)| !l.is_empty() && rest.starts_with(l.as_str()))
            .max_by_key(|(l, _)| l.len());
        if let Some((label, is_strong)) = label {
            rest = &rest[label.len()..];
            strong |= is_strong;
        } else if LABEL_JOINS.contains(&first) {
            rest = &rest[first.len_utf8()..];
        } else {
            return false;
        }
    }
    strong
}

/// What may stand between the labels of a header (「重要なお知らせ」, 「当選のご案内」,
/// 「重要・至急」).
const LABEL_JOINS: &[char] = &[
    'な', 'の', 'ご', 'お', '・', '、', ' ', '!', '?', '※', '/', '|', '-',
];

/// The longest header read by [`unknown_header`], in bytes (about twenty characters).
const HEADER_BYTES: usize = 60;

/// What joins the brands of a list (「楽天ペイ・PayPay」, 「Apple、Google」); a 「・」 between
/// two Latin letters reads as a dot in the matching text (「PayPay・d払い」).
const LIST_JOINS: &[&str] = &[
    "・",
    ".",
    "、",
    ",",
    "/",
    "や",
    "と",
    "又は",
    "または",
    "もしくは",
];

/// What may follow a brand's name inside the name of its way to pay (「楽天ペイ」 is named by
/// 楽天, 「JCBカード」 by JCB).
const PAYMENT_SUFFIXES: &[&str] = &["ペイ", "pay", "カード", "払い"];

/// Whether `gap`, between two brands, joins them in a list: a join, after at most the rest of
/// the first one's payment name.
fn joins_a_list(gap: &str) -> bool {
    let gap = gap.trim();
    let rest = PAYMENT_SUFFIXES
        .iter()
        .find_map(|s| gap.strip_prefix(s))
        .unwrap_or(gap)
        .trim();
    LIST_JOINS.contains(&rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brands_named_as_the_way_to_pay_are_dropped_with_their_list() {
        // 「楽天ペイ、PayPay・d払いでのお支払いで」 as the matching text reads it, with the way
        // to pay matched from 「払いで」, inside d払い's own name.
        let text = "楽天ペイ、paypay.d払いでのお支払いで還元。【jcb】お知らせ";
        let at = |s: &str| text.find(s).unwrap();
        let m = |brand, s: &str| Mention {
            brand,
            start: at(s),
            end: at(s) + s.len(),
            disguised: false,
        };
        let mut mentions = vec![m(0, "楽天"), m(1, "paypay"), m(2, "d払い"), m(3, "jcb")];
        let hits = [ConceptHit {
            concept: 0,
            start: at("払いで"),
            end: at("払いで") + "払いで".len(),
        }];
        drop_instruments(&mut mentions, &hits, |_| true, text);
        // JCB speaks in its own header, apart from the list.
        assert_eq!(mentions.iter().map(|m| m.brand).collect::<Vec<_>>(), [3]);
        // A gap that is no join keeps the brand: 「楽天で買って、PayPay払いで」.
        let text = "楽天で買ってpaypay払いで";
        let mut mentions = vec![
            Mention {
                brand: 0,
                start: 0,
                end: "楽天".len(),
                disguised: false,
            },
            Mention {
                brand: 1,
                start: text.find("paypay").unwrap(),
                end: text.find("paypay").unwrap() + 6,
                disguised: false,
            },
        ];
        let hits = [ConceptHit {
            concept: 0,
            start: text.find("払いで").unwrap(),
            end: text.len(),
        }];
        drop_instruments(&mut mentions, &hits, |_| true, text);
        assert_eq!(mentions.iter().map(|m| m.brand).collect::<Vec<_>>(), [0]);
    }

    #[test]
    fn an_opening_header_naming_no_brand_is_someone_unknown_speaking() {
        let m = |start, end| Mention {
            brand: 0,
            start,
            end,
            disguised: false,
        };
        let strong: Vec<String> = ["重要", "当選"].map(String::from).to_vec();
        let weak: Vec<String> = ["お知らせ", "案内"].map(String::from).to_vec();
        let labels = HeaderLabels {
            strong: &strong,
            weak: &weak,
        };
        let shop = "【〇〇ドラッグ】paypay払いで還元";
        let at = shop.find("paypay").unwrap();
        assert!(unknown_header(shop, &[m(at, at + 6)], &[], labels));
        // A brand in the header speaks; no header, or one never closed, is no shop speaking.
        let own = "【paypay】paypay払いで還元";
        assert!(!unknown_header(own, &[m(3, 9)], &[], labels));
        assert!(!unknown_header("paypay払いで還元", &[m(0, 6)], &[], labels));
        let open = "【〇〇ドラッグ paypay払いで還元";
        assert!(!unknown_header(open, &[], &[], labels));
        // A header of labels alone, one of them strong, names no one; a shop with a label is
        // still a shop, and so is a header of words shops label their own news with.
        for label in [
            "【重要】",
            "【重要なお知らせ】",
            "【当選のご案内】",
            "【 重要 】",
        ] {
            let text = format!("{label}paypay払いで還元");
            assert!(!unknown_header(&text, &[], &[], labels), "{text}");
        }
        // Unless someone introduces themselves right after it.
        let intro = "【重要なお知らせ】〇〇生協です。paypay払いで還元";
        assert!(unknown_header(intro, &[], &[], labels));
        let named = "【重要】paypayです。paypay払いで還元";
        let at = named.find("paypay").unwrap();
        assert!(!unknown_header(named, &[m(at, at + 6)], &[], labels));
        for shop in ["【〇〇ドラッグ お知らせ】", "【お知らせ】", "【ご案内】"]
        {
            let text = format!("{shop}paypay払いで還元");
            assert!(unknown_header(&text, &[], &[], labels), "{text}");
        }
        // An organisation named in the header (a support desk) is no shop.
        let desk = "【決済サポートデスク】paypay払いで還元";
        let at = desk.find("サポートデスク").unwrap();
        let actor = ConceptHit {
            concept: 0,
            start: at,
            end: at + "サポートデスク".len(),
        };
        assert!(!unknown_header(desk, &[], &[actor], labels));
    }

    #[test]
    fn every_mention_is_read_up_to_the_cap() {
        let c = crate::compiled::Compiled::embedded();
        let twice = c
            .brands
            .mentions("paypay払いで還元。なおpaypayアカウントが停止");
        assert_eq!(twice.len(), 2);
        assert_eq!(twice[0].brand, twice[1].brand);
        assert!(twice[0].end <= twice[1].start);
        let many = "paypay、".repeat(MAX_MENTIONS * 4);
        assert_eq!(c.brands.mentions(&many).len(), MAX_MENTIONS);
    }

    /// A token of two words must begin or end where a part of the host does: `e-tax` across
    /// `tsubame-taxi` is two other words. A token of one word may be glued inside one.
    #[test]
    fn a_two_word_token_does_not_straddle_two_words() {
        let c = crate::compiled::Compiled::embedded();
        let brands = &c.brands;
        let of = |id: &str| brands.brands.iter().position(|b| b.id == id).expect(id);
        let (nta, jcb) = (of("nta"), of("jcb"));
        assert_eq!(brands.token_owner("www.tsubame-taxi"), None);
        for name in ["my-e-taxrefund", "nta-e-tax", "kokuzei-e-tax"] {
            assert_eq!(brands.token_owner(name), Some(nta), "{name}");
        }
        assert_eq!(brands.token_owner("myjcbcard-login"), Some(jcb));
    }

    #[test]
    fn a_local_governments_geographic_domain_is_its_own() {
        let c = crate::compiled::Compiled::embedded();
        let brands = &c.brands;
        let public = brands
            .brands
            .iter()
            .position(|b| !b.geographic_labels.is_empty())
            .expect("the pack reserves labels to public bodies");
        for host in [
            "www.city.kawasaki.jp",
            "city.funabashi.chiba.jp",
            "www.pref.aichi.jp",
            "www.metro.tokyo.jp",
        ] {
            assert_eq!(brands.official_owner(host), Some(public), "{host}");
            assert!(brands.owns(host, public), "{host}");
        }
        // Under `jp` itself, an organisational suffix, another label, or left of a foreign
        // registrable domain: anyone's.
        for host in [
            "city.example.jp",
            "city.example.co.jp",
            "www.shop.kawasaki.jp",
            "www.city.kawasaki.jp.example.top",
            "city.jp",
            "city.hatenablog.jp",
            "town.theshop.jp",
        ] {
            assert_eq!(brands.official_owner(host), None, "{host}");
        }
    }

    #[test]
    fn distance_table() {
        let cases: &[(&str, &str, usize, bool)] = &[
            ("scmbc", "smbc", 1, true),
            ("amazom", "amazon", 1, true),
            ("amzaon", "amazon", 1, true),
            ("sagawa", "sagawa", 0, true),
            ("rakuten", "raketen", 1, true),
            ("docomo", "dokomodo", 1, false),
            ("americeexpre", "americanexpre", 2, true),
        ];
        for &(a, b, max, want) in cases {
            assert_eq!(bounded_distance(a, b, max), want, "{a} ~ {b}");
        }
    }

    #[test]
    fn a_brand_named_as_the_card_to_buy_is_not_the_speaker() {
        use crate::{Category, Classifier, Level};
        let c = Classifier::new();
        let named = |text: &str| -> Vec<String> {
            let v = c.classify(text, None);
            v.brands.iter().map(|b| b.id.to_string()).collect()
        };
        // The card asked for, in one word or before it: no brand speaks, so the category is
        // the story's (an unpaid bill), and the demand to buy cards and send their numbers is
        // a way to act even with no link or number.
        let bill = "未納料金があります。本日中にAppleギフトカード5万円分を購入し、裏面の番号を送ってください。";
        let v = c.classify(bill, None);
        assert!(v.brands.is_empty(), "{:?}", v.brands);
        assert_eq!(v.category, Some(Category::UnpaidBill), "{v:?}");
        assert_eq!(v.level, Level::Dangerous, "{v:?}");
        assert!(v.reasons.iter().all(|r| r.code != "verdict.no_way_to_act"));
        for text in [
            "Google Playカードを3万円分買ってきてください",
            "Google Playギフトカードを3万円分買ってきてください",
        ] {
            assert!(named(text).is_empty(), "{text}: {:?}", named(text));
        }
        // A brand that speaks, or a card bought from the brand itself, is still named.
        assert_eq!(
            named("Amazonギフト券のご購入ありがとうございます。注文履歴からご確認ください。"),
            ["amazon"]
        );
        assert_eq!(
            named("【Amazon】お支払いはギフトカードで。番号を送ってください"),
            ["amazon"]
        );
    }
}
