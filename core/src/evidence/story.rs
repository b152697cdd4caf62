//! Where the story of a lure is recognised: the concepts found in the text (see
//! [`crate::concepts`]) and the combinations of them that make a lure.
//!
//! Each concept found is evidence with its learned weight. A *story* is a combination inside
//! one message — an actor, a threat and a demand; a threat, a demand and a link; a benefit and
//! a link — weighted by how rarely genuine messages tell it (learned), or by hand where the
//! combination settles the matter (a full story with a link that is not the actor's own).
//!
//! What counts as present besides concepts: an actor is also a brand named or claimed by the
//! sender; a link is also a link or masked link that is not on an official domain; a call is
//! also a phone number in the text. One word tells one part: an actor found only on a
//! threat's words (再配達) is not found at all (see [`crate::concepts`]).
//!
//! Three marks of genuine notices count only when no link may lead off the brands' own
//! domains (a foreign or masked link, a shortener, a link pointed at with none written): the
//! warning not to share a code (`no_share`), sending the reader to the official app or page
//! rather than a link (`self_service`) and courtesy caveats (`courtesy`). Beside such a link
//! they are a lure's free copy of a genuine notice's wording.
//!
//! A story marked `complete` in the pack is a whole lure even with no way to act left in the
//! message: telling one lifts the hold under dangerous (see [`crate::score`]). So does a story
//! marked `stands_without_link` when a threat of loss tells its threat (an account stopped, a
//! bill unpaid; not a threat marked `alarm`, such as security talk), and the message is
//! then lifted as a complete story's is. So is a concept
//! marked `complete`, one that no genuine sender tells (a windfall of hundreds of millions of
//! yen, a fee for paid videos): it is the whole story by itself. A story that
//! `yields_to` another is not told when that one is: the fuller story already weighs the
//! same evidence. Nor is a story told when a family it lists as `unless` is present (an offer
//! of easy income among friends chatting is no stranger's bait).

use super::contact::ContactFacts;
use super::links::LinkFacts;
use super::{Collector, Facts, Source};
use crate::concepts::ConceptHit;
use crate::rules::{Family, StoryPart};
use crate::verdict::Category;

/// What the stories told amount to, for the scorer.
pub(crate) struct StoryFacts {
    /// How strongly each lure category's story is told.
    pub category_weight: [f32; Category::ALL.len()],
    /// A story, or a concept, marked complete is told: the message is a whole lure even
    /// without a link.
    pub complete: bool,
    /// A concept marked complete is found, and no talk about scams that could be quoting it:
    /// the message is a lure whatever marks of a genuine notice it copies.
    pub told_whole: bool,
    /// A story marked `stands_without_link` is told, and a threat of loss with it, in a message
    /// with no way to act (the only one the mark matters for).
    pub stands_without_link: bool,
}

/// Adds the concepts and stories found.
pub(crate) fn gather(
    col: &mut Collector<'_>,
    f: &Facts<'_>,
    links: &LinkFacts,
    contact: &ContactFacts,
) -> StoryFacts {
    // A concept marked complete is a whole lure by itself (a fortune of hundreds of millions
    // of yen) when the message tells it in its own words; inside a quotation the message
    // labels as speech (「…」といったSMS, 「…」と表示され) it is being talked about, as alerts
    // do, and beside talk about scams a claim (not a request) weighs nothing. Without such
    // talk it still weighs (「「…」というご案内は正規のものです」 vouches for what it quotes),
    // and a request quoted is judged by the quoted-request rule (`classifier.rs`), which looks
    // for it asked again outside the quotation (a concept is found once, at its first words).
    let alert = alerts_only(col.c, f, links);
    let quotes = quotations_of_talk(col.c, f, alert);
    let mut told = add_concepts(col, f, links, contact, (&quotes, alert));
    parts_besides_concepts(f, links, &mut told.families);
    let told_whole = told_in_own_words(col.c, f, &quotes);
    let marks = tell_stories(col, f, links, contact, told.families);
    StoryFacts {
        category_weight: told.category_weight,
        complete: marks.complete || told_whole,
        told_whole: told_whole && !told.families.contains(Family::Warning),
        // (Only a message with no way to act is held: the quotations are read for no other.)
        stands_without_link: marks.stands_without_link
            && told.loss
            && !links.way_to_act
            && loss_in_own_words(col.c, f),
    }
}

/// Whether a threat of loss (a threat not marked `alarm`) is told in the message's own words:
/// not only inside a quotation the text labels as speech (「「【〇〇銀行】口座凍結のお知らせ」
/// というメールが来たのですが、本物でしょうか」 asks about a lure), nor only reported.
fn loss_in_own_words(c: &crate::compiled::Compiled, f: &Facts<'_>) -> bool {
    let text = f.matching.as_str();
    let quotes = crate::quoted::labelled(text, &c.speech.quotatives);
    f.concepts.iter().any(|h| {
        let k = &c.concepts.concepts[h.concept];
        k.family == Family::Threat && !k.alarm && !talked_about(c, text, &quotes, h)
    })
}

/// The quotations in which a concept marked complete, or a threat in an `alert` (see
/// [`alerts_only`]), is talked about rather than told: those the text labels as speech (see
/// [`crate::quoted::labelled`]). Walked only when such a concept is found: none otherwise.
/// (Not every quotation beside talk about scams: a lure quotes its own threat before
/// 「…を名乗る詐欺にご注意ください」 and a number to call.)
fn quotations_of_talk(
    c: &crate::compiled::Compiled,
    f: &Facts<'_>,
    alert: bool,
) -> Vec<(usize, usize)> {
    if f.concepts.iter().any(|h| {
        let k = &c.concepts.concepts[h.concept];
        k.complete || (alert && k.family == Family::Threat)
    }) {
        crate::quoted::labelled(f.matching.as_str(), &c.speech.quotatives)
    } else {
        Vec::new()
    }
}

/// Whether the message talks about scams and asks nothing of its own: no demand, payment,
/// secret, call or reply (the requests of the scams it warns of are negated, see
/// `concepts.rs`), and no way to act at all but an official link (no other link, no link
/// cue, no number of any kind, no request to reply: see [`LinkFacts::way_to_act`]). The
/// threats such an alert quotes as speech (「「未納料金がある」などのSMSに返信しないで」) are
/// the scam's, not its own. One that asks something beside its warning (「本人確認のため暗証
/// 番号を入力してください」), or gives a number (「被害確認は 03-… まで」) or a link of its own,
/// keeps every threat it quotes.
fn alerts_only(c: &crate::compiled::Compiled, f: &Facts<'_>, links: &LinkFacts) -> bool {
    f.has(c, Family::Warning)
        && !links.way_to_act
        && !f.concepts.iter().any(|h| {
            matches!(
                c.concepts.concepts[h.concept].family,
                Family::Demand
                    | Family::Payment
                    | Family::Credential
                    | Family::Call
                    | Family::Reply
            )
        })
}

/// Whether the concept hit `h` is talked about rather than told: inside one of `quotes`, or
/// reported without quotation marks (see [`crate::quoted::reported_after`]).
fn talked_about(
    c: &crate::compiled::Compiled,
    text: &str,
    quotes: &[(usize, usize)],
    h: &ConceptHit,
) -> bool {
    quotes.iter().any(|&(s, e)| s <= h.start && h.end <= e)
        || crate::quoted::reported_after(text, h.end, &c.speech.reporting)
}

/// Whether a concept marked complete is found outside every quotation in `quotes`.
fn told_in_own_words(
    c: &crate::compiled::Compiled,
    f: &Facts<'_>,
    quotes: &[(usize, usize)],
) -> bool {
    f.concepts.iter().any(|h| {
        c.concepts.concepts[h.concept].complete && !talked_about(c, f.matching.as_str(), quotes, h)
    })
}

/// Whether, in a message that talks about scams, the offers of easy money are the scams it
/// describes (「高収入をうたい、テレグラムで連絡を求める求人は闇バイトです」) rather than one
/// it makes: it gives no link leading elsewhere (but to the site of the sender's own address),
/// no number and no address to answer at, and it does not come from a person's number (a
/// recruiter's 「闇バイトではありません」 from a mobile makes its offer). A request to reply is
/// not counted: a warning names where the scams it describes move the talk.
fn described_offers(f: &Facts<'_>, links: &LinkFacts) -> bool {
    use crate::verdict::SenderKind;
    (!links.elsewhere || links_to_senders_site(f, links))
        && f.found.phones.is_empty()
        && f.found.emails.is_empty()
        && !f.sender.as_ref().is_some_and(|s| {
            matches!(
                s.kind,
                SenderKind::DomesticMobile | SenderKind::IpPhone | SenderKind::International
            )
        })
}

/// Whether every link (of at least one, none disguised or pointed at) is on the registrable
/// domain of the sender's own address: a newsletter's headlines linking its own site.
fn links_to_senders_site(f: &Facts<'_>, links: &LinkFacts) -> bool {
    let Some(own) = f
        .sender
        .as_ref()
        .and_then(|s| crate::sender::email_domain(&s.raw))
        .and_then(|d| crate::domain::registrable_of(&d).0)
    else {
        return false;
    };
    !links.links.is_empty()
        && !links.disguised
        && !links.pointed_at
        && links
            .links
            .iter()
            .all(|&k| f.urls[k].registrable.as_deref() == Some(own.as_str()))
}

/// Adds each concept found, but for the marks of genuine notices beside a channel they do not
/// answer for, and the claims and offers a warning talks about (see the comments inside and
/// [`described_offers`]): `quotes` are the quotations labelled as speech, `alert` whether the
/// message is an alert that asks nothing (see [`alerts_only`]). Returns the families found and
/// how strongly each category's story is told.
fn add_concepts(
    col: &mut Collector<'_>,
    f: &Facts<'_>,
    links: &LinkFacts,
    contact: &ContactFacts,
    (quotes, alert): (&[(usize, usize)], bool),
) -> ConceptsTold {
    let c = col.c;
    let mut told = ConceptsTold::default();
    let mut silenced_talk = false;
    let warned = f.has(c, Family::Warning);
    let offers_described = warned && described_offers(f, links);
    for h in f.concepts {
        let concept = &c.concepts.concepts[h.concept];
        if (concept.complete || (alert && concept.family == Family::Threat))
            && warned
            && concept.family != Family::Credential
            && talked_about(c, f.matching.as_str(), quotes, h)
        {
            continue;
        }
        if offers_described && concept.family == Family::Income {
            continue;
        }
        // Marks of a genuine notice that any lure can copy (「他人に教えないで」, 「詳しくは
        // アプリで」, 「ご容赦ください」, a hand-weighted routine notice such as a maintenance
        // pause) say nothing beside a link that may lead elsewhere, nor beside a way to answer
        // that no institution gives: a chat ID, an e-mail address, a request to reply, an 050
        // or mobile number to call (「入力誤りのため制限しました。解除は050-…へ」), a
        // secret asked back (「新しいカードを発送いたしました。届いた6桁の番号をご返信
        // ください」). Talk about scams says nothing beside a link whose address is a
        // disguise: no genuine warning sends you to one.
        let copyable = matches!(
            concept.family,
            Family::NoShare | Family::SelfService | Family::Courtesy
        );
        let routine = concept.family == Family::Reminder && concept.weight.is_some();
        // (The warning not to share stands beside a secret asked back: 「届く認証番号を教えて
        // ほしいとお願いすることはありません」 names the request it denies.)
        // The official app or a courtesy caveat beside an odd number, even one given only as a
        // contact line (「アプリから書類を再提出してください。お問い合わせ 090-…」), is cover
        // too: no institution gives such a line. (A warning not to share may name the
        // impostor's number: 「090-…からのSMSは当行とは無関係です」.)
        let answered_elsewhere = contact.other_channel
            || contact.odd_phone_to_call
            || (contact.odd_phone
                && matches!(concept.family, Family::SelfService | Family::Courtesy))
            || (concept.family != Family::NoShare && f.asks_secret_back(c));
        // The official app, a desk or a slip by post named beside an unknown line the reader
        // is sent to call (「払込用紙を郵送しましたが入金が確認できません。法的措置の前に
        // 03-… までご連絡ください」) is cover: the call is the way to act. So are a warning
        // never to use links and a sign-in alert's caveat (「お心当たりがない場合は直ちに
        // パスワードを変更し、至急 03-… までお電話ください」).
        let bypassed = matches!(
            concept.family,
            Family::SelfService | Family::NoShare | Family::Courtesy
        ) && contact.sent_to_unknown_line;
        let silenced = ((copyable || routine) && (links.elsewhere || answered_elsewhere))
            || bypassed
            || (concept.family == Family::Warning && links.disguised);
        if silenced {
            silenced_talk |= crate::concepts::is_talk(concept.family);
            continue;
        }
        add_concept(col, f, h, &mut told);
    }
    // Talk that says nothing beside a disguised link, a chat ID, an e-mail address or an odd
    // number to call takes no words from a threat either: 「メンテナンスに伴うサービス停止の
    // お知らせ…再認証はこちら[throw-away link]」 threatens the stop it announces. Not beside
    // any link that leads elsewhere: an organisation the pack does not know links its own
    // site, and its maintenance notice stays a notice.
    if silenced_talk && (links.disguised || contact.other_channel || contact.odd_phone_to_call) {
        for h in &c.concepts.shadowed_threats(f.matching.as_str(), f.concepts) {
            add_concept(col, f, h, &mut told);
        }
    }
    told
}

/// What the concepts counted tell.
#[derive(Default)]
struct ConceptsTold {
    /// The families of the concepts counted (parts of stories).
    families: FamilySet,
    /// How strongly each lure category is told.
    category_weight: [f32; Category::ALL.len()],
    /// A threat not marked `alarm` is counted: a loss the reader is told of.
    loss: bool,
}

/// Adds concept `h` found, with its family and its weight towards its category.
fn add_concept(col: &mut Collector<'_>, f: &Facts<'_>, h: &ConceptHit, told: &mut ConceptsTold) {
    let concept = &col.c.concepts.concepts[h.concept];
    told.families.insert(concept.family);
    told.loss |= concept.family == Family::Threat && !concept.alarm;
    if let Some(cat) = concept.category {
        told.category_weight[cat as usize] += concept.category_weight;
    }
    push_concept(col, f, h);
}

/// Adds the concept hit `h` as evidence, with its learned (or hand-set) weight and its span.
fn push_concept(col: &mut Collector<'_>, f: &Facts<'_>, h: &ConceptHit) {
    let c = col.c;
    let concept = &c.concepts.concepts[h.concept];
    let weight = c.concept_weights[h.concept];
    let text = &c.texts.concepts[h.concept];
    col.ev.push(super::Evidence {
        code: text.code.clone(),
        weight,
        range: Some(f.matching.original_range(h.start, h.end)),
        ja: text.ja.clone(),
        en: text.en.clone(),
        source: if concept.weight.is_some() {
            Source::Fixed
        } else {
            Source::Concept(h.concept)
        },
    });
}

/// Adds to `families` the parts told by something other than a concept: a brand named (an
/// actor), a foreign or masked link, a phone number (a call).
fn parts_besides_concepts(f: &Facts<'_>, links: &LinkFacts, families: &mut FamilySet) {
    // A brand spelt only inside a link is no speaker: the link's imitation is judged with the
    // link (`brand.link_mismatch`, `url.brand_in_domain`).
    if f.named_outside_links().next().is_some() {
        families.insert(Family::Actor);
    }
    // A link to the actor's own official domain is no lure's channel: only a foreign or
    // masked one counts (a link cue such as 下記 counts through its concept).
    if links.foreign {
        families.insert(Family::Link);
    }
    if !f.found.phones.is_empty() {
        families.insert(Family::Call);
    }
}

/// Whether the stories told include one marked `complete`, or `stands_without_link`.
struct StoryMarks {
    complete: bool,
    stands_without_link: bool,
}

/// Adds each story told (in the pack's order) and keeps the words of its parts shown; returns
/// the marks of the stories told.
fn tell_stories(
    col: &mut Collector<'_>,
    f: &Facts<'_>,
    links: &LinkFacts,
    contact: &ContactFacts,
    families: FamilySet,
) -> StoryMarks {
    let c = col.c;
    // A link pointed at with no link written is a link masked by whoever quoted the message:
    // not the actor's own, as far as anyone can tell (see `LinkFacts::pointed_at`: a bare
    // 「下記」「こちら」 only when no number is written; a cue that names a link always).
    let present = |p: StoryPart| match p {
        StoryPart::Family(fam) => families.contains(fam),
        StoryPart::ForeignLink => links.foreign || links.pointed_at,
        StoryPart::OddPhone => contact.odd_phone,
        StoryPart::DisguisedLink => links.disguised,
        StoryPart::UnaccountableLink => links.unaccountable,
        StoryPart::UntraceablePay => f.asks_untraceable_pay(c),
    };
    // Nor does a courier's driver writing from the mobile they carry, about the parcel.
    let sent_to_own_app = families.contains(Family::SelfService)
        || own_channels(f, links, contact)
        || contact.drivers_own_line;
    // Nor does a chat between people: plain speech with a personal mark, and nothing to tap,
    // call or answer at (「不在票入ってたら再配達頼んどいてね」 names the courier as a thing, not as
    // the one speaking). What such a lure asks for (a code, money, gift cards) is
    // hand-weighted and stands; and with money or a secret asked, or a deadline set, the
    // institution's threat counts again (「口座凍結されてたらしくて…代わりに振り込んでおいて
    // くれない?」, 「今日中に払わないとダメみたい」, 「乗っ取られてたっぽい…暗証番号教えて」
    // are a lure's errand in a person's voice).
    let chat = families.contains(Family::Personal)
        && !families.contains(Family::Payment)
        && !families.contains(Family::Credential)
        && !families.contains(Family::Pressure)
        && !contact.other_channel
        && !links.any
        && !links.pointed_at
        && contact.phones.is_empty()
        && !super::contact::notice_register(f.matching.as_str());
    // A message that sends the reader to the official app, member page or site tells no
    // lure story of its own; only a hand-weighted one (a foreign link, an odd number) stands.
    let told = |story: &crate::rules::Story| {
        story
            .requires
            .iter()
            .all(|any| any.iter().any(|&p| present(p)))
            && !story.unless.iter().any(|&fam| families.contains(fam))
            && !((sent_to_own_app || chat) && story.weight.is_none())
    };
    let mut marks = StoryMarks {
        complete: false,
        stands_without_link: false,
    };
    // The families that are parts of a story told with some weight.
    let mut parts = FamilySet::default();
    for (k, story) in c.stories.iter().enumerate() {
        // A story that yields to a told one would weigh the same evidence a second time.
        let yields = c.story_yields[k].is_some_and(|j| told(&c.stories[j]));
        if !told(story) || yields {
            continue;
        }
        marks.complete |= story.complete;
        marks.stands_without_link |= story.stands_without_link;
        if c.story_weights[k] != 0.0 {
            for &p in story.requires.iter().flatten() {
                if let StoryPart::Family(fam) = p {
                    parts.insert(fam);
                }
            }
        }
        push_story(col, k);
    }
    show_parts(col, parts);
    marks
}

/// Adds the story of index `k` as evidence, with its learned (or hand-set) weight and no span.
fn push_story(col: &mut Collector<'_>, k: usize) {
    let c = col.c;
    let source = if c.stories[k].weight.is_some() {
        Source::Fixed
    } else {
        Source::Story(k)
    };
    let text = &c.texts.stories[k];
    col.ev.push(super::Evidence {
        code: text.code.clone(),
        weight: c.story_weights[k],
        range: None,
        ja: text.ja.clone(),
        en: text.en.clone(),
        source,
    });
}

/// Keeps, as reasons of no weight, the concepts the trainer found no use for when they are the
/// words of a part of a story told (the threat of 「不正ログインの可能性があります」):
/// without them the story's reason, which has no span of its own, could not be found in the
/// text.
fn show_parts(col: &mut Collector<'_>, parts: FamilySet) {
    let c = col.c;
    for e in &mut col.ev {
        if let Source::Concept(i) = e.source {
            if e.weight == 0.0 && parts.contains(c.concepts.concepts[i].family) {
                e.source = Source::StoryPart(i);
            }
        }
    }
}

/// Whether every way to act the message gives is one where the institution itself answers,
/// and there is one: each link on an official domain, each number a free dial, navi dial or
/// registered number, no masked or pointed-at link, and no other channel (an e-mail address,
/// a request to reply, a chat ID) (a carrier's overdue notice linking to its support page; a
/// utility's with its free-dial number). Such a message, like one sending the reader to the
/// official app, tells no lure story of its own.
fn own_channels(f: &Facts<'_>, links: &LinkFacts, contact: &ContactFacts) -> bool {
    let site = links.own_site || links.accountable_site;
    let links_own = site || !(links.any || links.pointed_at);
    let phones_own = f.found.phones.is_empty() || contact.institution_lines;
    let some = site || contact.institution_lines;
    links_own && phones_own && some && !contact.other_channel
}

/// A small set of concept families.
#[derive(Default, Clone, Copy)]
struct FamilySet(u32);

impl FamilySet {
    /// Adds the family `f`.
    fn insert(&mut self, f: Family) {
        self.0 |= 1 << (f as u32);
    }

    /// Whether the family `f` is in the set.
    fn contains(self, f: Family) -> bool {
        self.0 & (1 << (f as u32)) != 0
    }
}

#[cfg(test)]
mod tests {
    use crate::{Classifier, Level};

    #[test]
    fn an_alert_quoting_threats_tells_none_of_its_own() {
        let c = Classifier::new();
        let alert = "【○○市消費生活センター】「未納料金がある」「法的手続きに移る」などのSMSに返信・電話をしないでください。";
        let v = c.classify(alert, None);
        assert_eq!(v.level, Level::Safe, "{:?}", v.reasons);
        assert!(v.reasons.iter().all(|r| !r.code.starts_with("threat.")));
        // The same quotation beside a request of the message's own keeps its threats.
        let asks = format!("{alert}ただし本件の未納分は、本日中に下記よりお支払いください。");
        let v = c.classify(&asks, None);
        assert!(
            v.reasons.iter().any(|r| r.code.starts_with("threat.")),
            "{:?}",
            v.reasons
        );
    }

    #[test]
    fn offers_a_warning_describes_are_not_made() {
        let c = Classifier::new();
        let has = |text: &str, sender: Option<&str>, code: &str| {
            c.classify(text, sender)
                .reasons
                .iter()
                .any(|r| r.code == code)
        };
        // A school's warning names the offer and the chat app of the scams it warns of.
        let warning =
            "【さくら中学校】「高収入」をうたい、テレグラムで連絡を求める求人は闇バイトです。\
                       絶対に応募しないでください。";
        let v = c.classify(warning, Some("SakuraJHS"));
        assert_eq!(v.level, Level::Safe, "{:?}", v.reasons);
        for code in [
            "benefit.easy_money",
            "contact.vanishing_chat",
            "story.income_contact",
        ] {
            assert!(!has(warning, Some("SakuraJHS"), code), "{code}");
        }
        // The same offer with no talk about scams is made.
        let offer = "「高収入」のお仕事です。テレグラムで連絡ください。";
        assert!(has(offer, Some("SakuraJHS"), "story.income_contact"));
        // A recruiter who denies being one, from a mobile, makes the offer all the same…
        let denial =
            "闇バイトではありません。高収入の運搬のお仕事、詳細はテレグラムで連絡ください。";
        assert!(has(denial, Some("08012345678"), "contact.vanishing_chat"));
        assert!(has(denial, Some("08012345678"), "story.income_contact"));
        // …and so does a warning's wording beside a link of no one's or a number to call.
        let linked = format!("{warning}応募はこちら https://kyujin-easy.top/");
        assert!(has(&linked, Some("SakuraJHS"), "contact.vanishing_chat"));
        let number = format!("{warning}詳細は090-1234-5678まで");
        assert!(has(&number, Some("SakuraJHS"), "contact.vanishing_chat"));
        // A newsletter's headline links the site of the sender's own address; the same link
        // from another address leads elsewhere.
        let news = "【ニュース】テレグラムで実行役を募集、闇バイト強盗で3人逮捕 \
                    https://www.example-news.com/a/1";
        assert!(!has(
            news,
            Some("letter@example-news.com"),
            "contact.vanishing_chat"
        ));
        assert!(has(
            news,
            Some("letter@other-news.com"),
            "contact.vanishing_chat"
        ));
    }
}
