//! Where evidence becomes a verdict: score, level, category, kind, reasons, advice.
//!
//! Evidence adds up as log-odds: `score = sigmoid(bias + Σ weight)`. Phrase groups bring their
//! own weight; the signals computed here (URL flags, brand/link relation, sender, phone
//! numbers, disguise) take theirs from the pack's `scoring.signals`, by reason code, so that
//! tuning never touches code. Each signal counts once per message.
//!
//! The relations that matter most:
//!
//! * `brand.link_mismatch` — a brand is named (or claimed by the sender ID) and a link goes to
//!   a domain that is no brand's official one. The strongest single signal.
//! * `brand.official_links` — a brand is named and every link is on official domains: pulls
//!   towards genuine (card fraud checks with `s.vpass.jp`, Rakuten's `r10.to`).
//! * `lure.with_link` — a lure story and a link (or a masked link, or 「下記より」).
//! * `brand.no_sms_agency` — an organisation that says it sends no such SMS (police, tax
//!   agency) is named.

use crate::brands::Mention;
use crate::classifier::Compiled;
use crate::extract::Found;
use crate::lures::Hit;
use crate::normalize::Normalized;
use crate::rules::Role;
use crate::span::SpanMaker;
use crate::url_risk::Judged;
use crate::verdict::{
    Advice, BrandMention, Category, Kind, Level, PhoneFinding, PhoneKind, Reason, SenderInfo,
    SenderKind, UrlFinding, UrlFlag, Verdict,
};

/// How much the named brand's usual lure counts towards the category, against the lure
/// phrases' weights: enough to settle a refund told by the tax office as `tax_government`,
/// not enough to override a clear story of another kind.
const SECTOR_WEIGHT: f32 = 1.3;

/// Signals the code computes; a pack must give each a weight and an explanation.
pub(crate) const REQUIRED_SIGNALS: &[&str] = &[
    "url.ip_host",
    "url.idn",
    "url.homoglyph",
    "url.shortener",
    "url.risky_tld",
    "url.free_hosting",
    "url.brand_as_subdomain",
    "url.brand_in_domain",
    "url.lookalike",
    "url.user_info",
    "url.port",
    "url.script",
    "url.random_label",
    "url.obfuscated",
    "url.no_scheme",
    "url.insecure",
    "brand.link_mismatch",
    "brand.official_links",
    "brand.no_sms_agency",
    "link.masked",
    "lure.with_link",
    "sender.mobile",
    "sender.international",
    "sender.email",
    "sender.official",
    "phone.call_ip_or_mobile",
    "phone.official",
    "text.obfuscation",
    "text.otp_code",
    "user.blocked_sender",
    "user.blocked_domain",
    "user.blocked_keyword",
    "user.allowed_sender",
    "user.allowed_domain",
    "user.allow_overridden",
];

/// What the pipeline found in one message.
pub(crate) struct Facts<'a> {
    pub original: &'a str,
    pub spans: SpanMaker<'a>,
    pub url_text: &'a Normalized,
    pub matching: &'a Normalized,
    pub found: &'a Found,
    pub urls: &'a [Judged],
    pub mentions: &'a [Mention],
    pub hits: &'a [Hit],
    pub sender: Option<SenderInfo>,
    pub sender_owner: Option<usize>,
    pub listed: crate::user_lists::ListHits,
    pub truncated: bool,
}

/// One piece of evidence before it becomes a [`Reason`].
struct Evidence {
    code: String,
    weight: f32,
    range: Option<(usize, usize)>,
    ja: String,
    en: String,
}

struct Collector<'c> {
    c: &'c Compiled,
    ev: Vec<Evidence>,
}

impl Collector<'_> {
    /// Adds a computed signal once, filling `{brand}` and `{domain}` in its explanation.
    fn signal(
        &mut self,
        code: &str,
        range: Option<(usize, usize)>,
        brand: Option<usize>,
        domain: Option<&str>,
    ) {
        if self.ev.iter().any(|e| e.code == code) {
            return;
        }
        let Some(s) = self.c.scoring.signals.get(code) else {
            return;
        };
        let (bja, ben) = brand.map_or(("", ""), |b| {
            let b = &self.c.brands.brands[b];
            (b.name.as_str(), b.name_en.as_str())
        });
        let d = domain.unwrap_or("");
        let fill = |t: &str, name: &str| t.replace("{brand}", name).replace("{domain}", d);
        self.ev.push(Evidence {
            code: code.to_owned(),
            weight: s.weight,
            range,
            ja: fill(&s.ja, bja),
            en: fill(&s.en, ben),
        });
    }
}

/// Weighs the facts and writes the verdict.
pub(crate) fn assess(c: &Compiled, f: &Facts<'_>) -> Verdict {
    let mut col = Collector { c, ev: Vec::new() };
    let groups = &c.phrases.groups;

    // Phrases.
    let mut category_weight = [0f32; Category::ALL.len()];
    let has = |role: Role| f.hits.iter().any(|h| groups[h.group].role == role);
    for h in f.hits {
        let g = &groups[h.group];
        col.ev.push(Evidence {
            code: g.code.clone(),
            weight: g.weight,
            range: Some(f.matching.original_range(h.start, h.end)),
            ja: g.ja.clone(),
            en: g.en.clone(),
        });
        if let (Role::Lure, Some(cat)) = (g.role, g.category) {
            category_weight[cat as usize] += g.weight.max(0.0);
        }
    }
    let has_lure = has(Role::Lure);
    let has_link_cue = has(Role::LinkCue);
    let has_call = has(Role::CallRequest);

    // Brands named, and the brand the sender ID claims.
    let named: Vec<usize> = f
        .mentions
        .iter()
        .map(|m| m.brand)
        .chain(f.sender_owner)
        .collect();
    let first_brand = named.first().copied();

    // URLs.
    let url_range = |k: usize| {
        let raw = &f.found.urls[k];
        f.url_text.original_range(raw.start, raw.end)
    };
    // A bare official domain with no scheme and no path (「Amazon.co.jpをご利用」) is the
    // brand's name, not a link: it neither vouches for the message nor counts against it.
    let is_name_only = |k: usize| {
        let raw = &f.found.urls[k];
        !raw.has_scheme && !f.url_text.as_str()[raw.start..raw.end].contains(['/', '?', '#'])
    };
    let links: Vec<usize> = (0..f.urls.len())
        .filter(|&k| !(f.urls[k].official.is_some() && is_name_only(k)))
        .collect();
    // Links on a domain the user allowed count as official ones (unless something is blocked).
    let blocked = f.listed.any_block();
    let user_official = |k: usize| !blocked && f.listed.allowed_urls.contains(&k);
    let mut all_official = !links.is_empty();
    let mut foreign_link = false;
    for &k in &links {
        let u = &f.urls[k];
        let domain = u.registrable.as_deref().unwrap_or(&u.host);
        if u.official.is_some() || user_official(k) {
            continue;
        }
        all_official = false;
        foreign_link = true;
        for flag in &u.flags {
            let code = match flag {
                UrlFlag::Official => continue,
                other => format!("url.{}", other.as_str()),
            };
            col.signal(&code, Some(url_range(k)), u.imitated, Some(domain));
        }
        if let Some(b) = first_brand {
            col.signal(
                "brand.link_mismatch",
                Some(url_range(k)),
                Some(b),
                Some(domain),
            );
        }
    }
    if all_official && first_brand.is_some() {
        let k = links[0];
        let domain = f.urls[k].registrable.as_deref().unwrap_or(&f.urls[k].host);
        col.signal(
            "brand.official_links",
            Some(url_range(k)),
            first_brand,
            Some(domain),
        );
    }
    if let Some(&(s, e)) = f.found.masked_links.first() {
        col.signal(
            "link.masked",
            Some(f.url_text.original_range(s, e)),
            None,
            None,
        );
    }
    if has_lure && (foreign_link || !f.found.masked_links.is_empty() || has_link_cue) {
        col.signal("lure.with_link", None, None, None);
    }

    // Organisations that send no such SMS.
    for m in f.mentions {
        if !c.brands.brands[m.brand].sms_links {
            col.signal(
                "brand.no_sms_agency",
                Some(f.matching.original_range(m.start, m.end)),
                Some(m.brand),
                None,
            );
        }
    }

    // Sender.
    if let Some(s) = &f.sender {
        let claims = !f.mentions.is_empty() || has_lure || !f.urls.is_empty();
        match s.kind {
            _ if f.sender_owner.is_some() => {
                col.signal("sender.official", None, f.sender_owner, None)
            }
            SenderKind::DomesticMobile if claims => {
                col.signal("sender.mobile", None, first_brand, None)
            }
            SenderKind::International if claims => {
                col.signal("sender.international", None, first_brand, None)
            }
            SenderKind::Email if claims => col.signal("sender.email", None, first_brand, None),
            _ => {}
        }
    }

    // Phone numbers.
    let mut phones = Vec::with_capacity(f.found.phones.len());
    for p in &f.found.phones {
        let (s, e) = f.url_text.original_range(p.start, p.end);
        let digits: String = p.number.chars().filter(char::is_ascii_digit).collect();
        let owner = c.brands.phone_owner(&digits);
        if owner.is_some() {
            col.signal("phone.official", Some((s, e)), owner, None);
        } else if has_call
            && matches!(
                p.kind,
                PhoneKind::IpPhone | PhoneKind::Mobile | PhoneKind::International
            )
        {
            col.signal("phone.call_ip_or_mobile", Some((s, e)), None, None);
        }
        phones.push(PhoneFinding {
            span: f.spans.span(s, e),
            number: p.number.clone(),
            kind: p.kind,
            official_brand: owner.map(|b| c.brands.brands[b].id.clone()),
        });
    }

    // The user's lists: block beats allow.
    if blocked {
        if f.listed.blocked_sender {
            col.signal("user.blocked_sender", None, None, None);
        }
        if let Some(&k) = f.listed.blocked_urls.first() {
            let domain = f.urls[k].registrable.as_deref().unwrap_or(&f.urls[k].host);
            col.signal(
                "user.blocked_domain",
                Some(url_range(k)),
                None,
                Some(domain),
            );
        }
        if let Some((s, e)) = f.listed.blocked_keyword {
            col.signal(
                "user.blocked_keyword",
                Some(f.matching.original_range(s, e)),
                None,
                None,
            );
        }
    } else {
        if f.listed.allowed_sender {
            col.signal("user.allowed_sender", None, None, None);
        }
        if let Some(&k) = f.listed.allowed_urls.first() {
            let domain = f.urls[k].registrable.as_deref().unwrap_or(&f.urls[k].host);
            col.signal(
                "user.allowed_domain",
                Some(url_range(k)),
                None,
                Some(domain),
            );
        }
    }
    let allowed = !blocked && (f.listed.allowed_sender || !f.listed.allowed_urls.is_empty());
    let deceptive = allowed
        && (col.ev.iter().any(|e| e.code == "brand.link_mismatch")
            || links
                .iter()
                .any(|&k| !user_official(k) && crate::user_lists::is_deceptive(&f.urls[k].flags)));

    // A one-time code actually delivered (「コード: 8812」, 「G-123456 is your」).
    let otp = crate::lures::otp_code(f.matching.as_str());
    if let Some((s, e)) = otp {
        col.signal(
            "text.otp_code",
            Some(f.matching.original_range(s, e)),
            None,
            None,
        );
    }

    // Filler put into words to dodge filters.
    if let Some(&(s, e)) = f.matching.noise().first() {
        col.signal(
            "text.obfuscation",
            Some((s as usize, e as usize)),
            None,
            None,
        );
    }

    // Score and level.
    let logit = c.scoring.bias + col.ev.iter().map(|e| e.weight).sum::<f32>();
    let mut score = 1.0 / (1.0 + (-logit).exp());
    let mut level = if score >= c.scoring.dangerous {
        Level::Dangerous
    } else if score >= c.scoring.suspicious {
        Level::Suspicious
    } else {
        Level::Safe
    };
    // Floors set by the user's lists; the score is raised with the level so the two agree.
    if blocked {
        level = Level::Dangerous;
        score = score.max(c.scoring.dangerous);
    } else if deceptive {
        col.signal("user.allow_overridden", None, None, None);
        if level == Level::Safe {
            level = Level::Suspicious;
            score = score.max(c.scoring.suspicious);
        }
    }

    // Category: the lure story told most strongly, the named brand's usual lure breaking ties.
    let category = if level == Level::Safe {
        None
    } else {
        let imitated = f.urls.iter().find_map(|u| u.imitated);
        let sector = first_brand.or(imitated).map(|b| c.brands.brands[b].sector);
        if let Some(s) = sector {
            if category_weight.iter().any(|&w| w > 0.0) {
                category_weight[s as usize] += SECTOR_WEIGHT;
            }
        }
        let best = Category::ALL
            .into_iter()
            .zip(category_weight)
            .filter(|&(_, w)| w > 0.0)
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(cat, _)| cat);
        best.or(sector)
    };

    let kind = if level != Level::Safe {
        Kind::Lure
    } else if has(Role::Warning)
        && f.sender.as_ref().is_none_or(|s| s.official_brand.is_none())
        && !has(Role::Otp)
    {
        Kind::Personal
    } else if otp.is_some() || has(Role::Otp) || has(Role::NoShare) {
        Kind::Transactional
    } else if has(Role::Promotional) {
        Kind::Promotional
    } else if !named.is_empty() || f.urls.iter().any(|u| u.official.is_some()) {
        Kind::Transactional
    } else {
        Kind::Personal
    };

    let advice_key = match (level, category) {
        (Level::Safe, _) => "safe",
        (_, Some(cat)) if c.scoring.advice.contains_key(cat.as_str()) => cat.as_str(),
        (l, _) => l.as_str(),
    };
    let advice = c
        .scoring
        .advice
        .get(advice_key)
        .map(|a| Advice {
            ja: a.ja.clone(),
            en: a.en.clone(),
        })
        .unwrap_or_else(|| Advice {
            ja: String::new(),
            en: String::new(),
        });

    // Reasons, strongest evidence of a lure first.
    let mut ev = col.ev;
    ev.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    ev.truncate(crate::MAX_REASONS);
    let reasons = ev
        .into_iter()
        .map(|e| Reason {
            code: e.code,
            weight: e.weight,
            span: e.range.map(|(s, t)| f.spans.span(s, t)),
            text: e
                .range
                .and_then(|(s, t)| f.original.get(s..t))
                .map(str::to_owned),
            ja: e.ja,
            en: e.en,
        })
        .collect();

    let urls = f
        .urls
        .iter()
        .enumerate()
        .map(|(k, u)| {
            let (s, e) = url_range(k);
            UrlFinding {
                span: f.spans.span(s, e),
                url: u.url.clone(),
                host: u.host.clone(),
                host_ascii: u.host_ascii.clone(),
                registrable_domain: u.registrable.clone(),
                flags: u.flags.clone(),
                official_brand: u.official.map(|b| c.brands.brands[b].id.clone()),
                imitated_brand: u.imitated.map(|b| c.brands.brands[b].id.clone()),
            }
        })
        .collect();
    let emails = f
        .found
        .emails
        .iter()
        .map(|&(s, e)| {
            let (s, e) = f.url_text.original_range(s, e);
            f.spans.span(s, e)
        })
        .collect();
    let brands = f
        .mentions
        .iter()
        .map(|m| {
            let (s, e) = f.matching.original_range(m.start, m.end);
            let b = &c.brands.brands[m.brand];
            BrandMention {
                id: b.id.clone(),
                name: b.name.clone(),
                span: f.spans.span(s, e),
            }
        })
        .collect();

    Verdict {
        level,
        score,
        category,
        kind,
        reasons,
        urls,
        phones,
        emails,
        brands,
        sender: f.sender.clone(),
        advice,
        truncated: f.truncated,
        rules_version: c.version.clone(),
    }
}
