//! The sender and the phone numbers in the text.
//!
//! Genuine bulk SMS from carriers, banks and services come from short codes or registered
//! IDs; lures come from personal mobile and 050 internet-phone numbers, from abroad or from
//! e-mail addresses. A number to call that is an 050 internet phone or a mobile is not how an
//! institution is reached, save a mobile beside the person who carries it (a courier's
//! driver: an actor concept marked `mobile_lines` in the pack), or either beside a local
//! speaker (a clinic, a salon) whose own lines they are.

use super::links::LinkFacts;
use super::{Collector, Facts};
use crate::compiled::Compiled;
use crate::rules::Family;
use crate::url_risk::judge_written;
use crate::verdict::{PhoneFinding, PhoneKind, SenderKind, UrlFlag};

/// What the sender and the numbers amount to, for the other families.
pub(crate) struct ContactFacts {
    pub phones: Vec<PhoneFinding>,
    /// A number of a kind an institution does not call back from (050, mobile, abroad; a
    /// mobile beside an actor marked `mobile_lines`, a courier's driver, is not one, nor an
    /// 050 or a mobile beside a local speaker marked `own_lines` when no institution speaks).
    pub odd_phone: bool,
    /// One of the odd numbers is one the message asks to call (a request to call, or that
    /// number followed by まで): a number it only names (a warning about calls from it) is not
    /// one to answer at, whatever other number the message sends the reader to.
    pub odd_phone_to_call: bool,
    /// There is a number, and every number is one an institution is reached at: free dial,
    /// navi dial, or a brand's registered number.
    pub institution_lines: bool,
    /// A way to reach the sender that neither a link nor a number is: an e-mail address, a
    /// request to reply, a chat ID. No official link or free dial answers for it.
    pub other_channel: bool,
    /// A number that is no institution's known line (not free dial, navi dial or registered)
    /// is one the reader is sent to call: followed by まで, or beside a request to call, and
    /// not a contact line for questions (「至急 03-… までお電話ください」, not 「ご不明な点は
    /// 03-… までお問い合わせください」).
    pub sent_to_unknown_line: bool,
    /// The message comes from the mobile of the courier's driver who speaks in it (see
    /// [`drivers_own_mobile`]): the driver reports on the parcel, no institution raises an
    /// alarm.
    pub drivers_own_line: bool,
    /// The message comes from an e-mail address on a domain that imitates a brand's
    /// (`sender.imitation`): no brand writes from a look-alike of its own domain.
    pub lookalike_sender: bool,
    /// The sender is one the reader cannot answer so as to reach whoever wrote: a sender ID
    /// or a short code (no reply reaches a person), or an address on a brand's official domain
    /// (a reply reaches the brand). Unlike a mobile or an address of no one's, it is no way
    /// back to a scammer.
    pub unanswerable_sender: bool,
}

pub(crate) fn gather(col: &mut Collector<'_>, f: &Facts<'_>, links: &LinkFacts) -> ContactFacts {
    let c = col.c;
    // A local business or a person (a clinic, a school, a landlord) calls from an 050 line or
    // a mobile: beside one, with no brand named and no institution speaking, such a number is
    // its own line, not an odd one (a foreign number still is).
    let local_speaker = f.found_concept(c, |k| k.own_lines)
        && f.named().next().is_none()
        && !f.found_concept(c, |k| k.family == Family::Actor && !k.mobile_lines);
    let sender = judge_sender(col, f, links, local_speaker);
    let mut lines = judge_phones(col, f, local_speaker);
    // A short number counts only where it is the message's way to act: not beside a channel
    // of another kind (「157では対応できません。LINE ID: …へ」) or an odd number.
    let other_channel = !f.found.emails.is_empty() || f.has(c, Family::Reply);
    if !lines.registered && !other_channel && !lines.odd_phone {
        if let Some((s, e, owner)) = short_official_number(c, f) {
            lines.registered = true;
            let range = f.url_text.original_range(s, e);
            col.signal("phone.official", Some(range), Some(owner), None);
        }
    }
    email_imitations(col, f);
    let lookalike_sender = sender_imitation(col, f);
    // Free dial and navi dial are registered to a business that proves who it is: how an
    // institution is reached, not a line a scammer throws away. Counts when such numbers are
    // the only way to act: no link (a link beside them is judged on its own), no e-mail
    // address, no request to reply; and not when the message speaks as a lure from a
    // person's number or address (a sender weighed above): an institution reached at its free
    // dial does not write from a mobile, and a prize or a "refund" sent from one gives the
    // free dial the scammer answers.
    if lines.institution_lines
        && !sender.weighed
        && !lines.registered
        && !links.any
        && !links.pointed_at
        && !other_channel
    {
        let p = &f.found.phones[0];
        let range = f.url_text.original_range(p.start, p.end);
        col.signal("phone.free_dial", Some(range), None, None);
    }
    ContactFacts {
        phones: lines.phones,
        odd_phone: lines.odd_phone,
        odd_phone_to_call: lines.odd_phone_to_call,
        institution_lines: lines.institution_lines,
        other_channel,
        sent_to_unknown_line: lines.sent_to_unknown_line,
        drivers_own_line: sender.drivers_own_line,
        lookalike_sender,
        unanswerable_sender: unanswerable_sender(c, f),
    }
}

/// What the sender amounts to.
#[derive(Default)]
struct SenderJudgement {
    /// The sender is a person's number or address and weighs against the message
    /// (`sender.mobile`, `sender.ip_phone`, `sender.international`, `sender.email`).
    weighed: bool,
    /// The sender is the mobile of the courier's driver who speaks (see
    /// [`ContactFacts::drivers_own_line`]).
    drivers_own_line: bool,
}

/// Weighs the sender: a brand's own sender is `sender.official`; a mobile, an 050 line, a
/// number abroad or an e-mail address no one answers for weighs only when the message speaks
/// as a lure does (or comes from abroad), and not when it is the line of the person speaking
/// (a courier's driver, a clinic's 050).
fn judge_sender(
    col: &mut Collector<'_>,
    f: &Facts<'_>,
    links: &LinkFacts,
    local_speaker: bool,
) -> SenderJudgement {
    let c = col.c;
    let none = SenderJudgement::default();
    let Some(s) = &f.sender else {
        return none;
    };
    if f.sender_owner.is_some() {
        col.signal("sender.official", None, f.sender_owner, None);
        return none;
    }
    // What the message claims is read only for a sender it can weigh on.
    let code = match s.kind {
        SenderKind::DomesticMobile => "sender.mobile",
        SenderKind::IpPhone => "sender.ip_phone",
        SenderKind::International => "sender.international",
        // An address its owner answers for (a brand's own domain, a company's co.jp) is
        // no one else's to send from.
        SenderKind::Email if accountable_address(c, &s.raw) => return none,
        SenderKind::Email => "sender.email",
        _ => return none,
    };
    let claims = speaks_as_a_lure(c, f, links);
    // A driver's own mobile is theirs; a foreign number or an address is no driver's.
    let own_mobile = s.kind == SenderKind::DomesticMobile
        && !claims.acts_as_a_lure
        && drivers_own_mobile(c, f, &s.raw);
    // An 050 line beside a local speaker is the clinic's or the salon's own.
    let own_050 = s.kind == SenderKind::IpPhone && local_speaker && !claims.acts_as_a_lure;
    // A number abroad weighs whatever the message says: people in Japan hear from
    // friends abroad on chat apps, and an SMS from a number abroad that is not in the
    // reader's contacts (an iPhone's filter is shown no others) is mostly a stranger's
    // opener, a wrong number or a "hello" that leads to an investment or a romance.
    let abroad = s.kind == SenderKind::International;
    let weighed = (claims.at_all() || abroad) && !own_mobile && !own_050;
    if weighed {
        col.signal(code, None, f.named().next(), None);
    }
    SenderJudgement {
        weighed,
        drivers_own_line: own_mobile,
    }
}

/// The numbers in the text, judged one by one, and what they amount to together.
struct PhoneLines {
    phones: Vec<PhoneFinding>,
    /// See [`ContactFacts::odd_phone`].
    odd_phone: bool,
    /// See [`ContactFacts::odd_phone_to_call`].
    odd_phone_to_call: bool,
    /// See [`ContactFacts::institution_lines`].
    institution_lines: bool,
    /// One number is a brand's registered line.
    registered: bool,
    /// See [`ContactFacts::sent_to_unknown_line`].
    sent_to_unknown_line: bool,
}

/// Judges each number in the text: a brand's registered line is `phone.official`; a number
/// of a kind an institution does not call back from, which the reader is asked to call, is
/// `phone.call_ip_or_mobile`.
fn judge_phones(col: &mut Collector<'_>, f: &Facts<'_>, local_speaker: bool) -> PhoneLines {
    let c = col.c;
    // A request to call asks for every number; a number followed by まで is one the reader is
    // sent to, that number alone.
    let asks_call = f.has(c, Family::Call);
    // A courier's driver calls from a mobile: beside such an actor a mobile number is the
    // person's own line, not an odd one (an 050 or foreign number still is).
    let mobile_speaker = f.found_concept(c, |k| k.mobile_lines);
    let mut lines = PhoneLines {
        phones: Vec::with_capacity(f.found.phones.len()),
        odd_phone: false,
        odd_phone_to_call: false,
        institution_lines: !f.found.phones.is_empty(),
        registered: false,
        sent_to_unknown_line: false,
    };
    for p in &f.found.phones {
        let (s, e) = f.url_text.original_range(p.start, p.end);
        let digits: String = p.number.chars().filter(char::is_ascii_digit).collect();
        let owner = c.brands.phone_owner(&digits);
        let odd = match p.kind {
            PhoneKind::International => true,
            PhoneKind::IpPhone => !local_speaker,
            PhoneKind::Mobile => !(mobile_speaker || local_speaker),
            _ => false,
        };
        lines.registered |= owner.is_some();
        let institution_line =
            owner.is_some() || matches!(p.kind, PhoneKind::TollFree | PhoneKind::NaviDial);
        lines.institution_lines &= institution_line;
        lines.sent_to_unknown_line |= !institution_line
            && (asks_call || made_to(f, p.end))
            && !after_contact_line(c, f, p.start);
        if owner.is_some() {
            col.signal("phone.official", Some((s, e)), owner, None);
        } else if odd {
            lines.odd_phone = true;
            if asks_call || called_at(c, f, p.start, p.end) {
                lines.odd_phone_to_call = true;
                col.signal("phone.call_ip_or_mobile", Some((s, e)), None, None);
            }
        }
        lines.phones.push(PhoneFinding {
            span: f.spans.span(s, e),
            number: p.number.clone(),
            kind: p.kind,
            official_brand: owner.map(|b| c.texts.brands[b].0.clone()),
        });
    }
    lines
}

/// Whether a message speaks as a lure does, for the weight of a sender that is a person's
/// number or address.
struct Claims {
    /// What lures in a person's voice do, in any voice: easy money offered, a link off every
    /// official site, a gift card asked, a secret asked back by a hand-weighted request
    /// (「届いた6桁の番号、ここに返信して」; not in talk about scams).
    acts_as_a_lure: bool,
    /// A threat that comes with any one of: a notice's register, a channel (a reply, a call, a
    /// link written or pointed at), family addressed, money asked; or a bait offered through
    /// a channel. Neither counts in talk about scams (「アマゾンから『アカウントが停止されまし
    /// た』ってSMS来たけど詐欺だった」) unless a link off the official sites goes with it.
    tells_a_lure: bool,
    /// A brand named outside the links, or a bait, in a notice's register (see
    /// [`notice_register`]) or beside an 050 or foreign number written to call, in a message
    /// that does not address the reader as family.
    as_a_company: bool,
}

impl Claims {
    fn at_all(&self) -> bool {
        self.acts_as_a_lure || self.tells_a_lure || self.as_a_company
    }
}

/// What a message claims (see [`Claims`]). Casual talk between people names brands as things
/// (「PayPayで送って」, 「今日荷物届いた?ヤマトで夕方着になってるはず」): from a person's number
/// that is a person talking. A link on an official site alone (a video, a shop's page) claims
/// nothing.
fn speaks_as_a_lure(c: &Compiled, f: &Facts<'_>, links: &LinkFacts) -> Claims {
    let has = |fam: Family| f.has(c, fam);
    // Talk of scams asks nothing of the reader: warning words beside a request to call or
    // reply (「不審なSMSにご注意ください。…至急折り返しお電話ください」) are a lure's cover.
    let talk_of_scams =
        has(Family::Warning) && !links.foreign && !has(Family::Call) && !has(Family::Reply);
    let channel = has(Family::Reply) || has(Family::Call) || links.any;
    // Read once, and only if a claim comes to it: it copies the text with quotations blanked.
    let register = std::cell::OnceCell::new();
    let in_notice_register = || *register.get_or_init(|| notice_register(f.matching.as_str()));
    let staff = staff_label(c, f.matching.as_str());
    // The brands named in a member of staff's signature: where they work.
    let employers: Vec<usize> = staff.map_or_else(Vec::new, |(s, e)| {
        f.mentions
            .iter()
            .filter(|m| m.start >= s && m.end <= e)
            .map(|m| m.brand)
            .collect()
    });
    Claims {
        acts_as_a_lure: has(Family::Income)
            || links.foreign
            || f.asks_untraceable_pay(c)
            || !talk_of_scams && f.asks_secret_back(c),
        // A threat passed on in plain speech with no way to act and nothing asked of the
        // reader (「佐川の不在票入ってたよ。再配達頼んでおいたから」) is news between people,
        // not a notice; a child in trouble who needs money speaks plainly too.
        tells_a_lure: !talk_of_scams
            && (has(Family::Threat)
                && (channel
                    || links.pointed_at
                    || has(Family::Kin)
                    || has(Family::Payment)
                    || in_notice_register())
                || has(Family::Benefit) && channel),
        // No company addresses the reader as family (「お母さん、」): such a message names a
        // brand as a person does, whatever its register.
        as_a_company: !has(Family::Kin)
            && (f.mentions_outside_links().any(|m| {
                // A brand named in a member of staff's signature (「【あおば銀行 駅前支店】」,
                // 「【ひかり郵便局】窓口の村田です」) is where they work, and so is the same brand
                // named again (「ご依頼のゆうパック」): not the brand's notice.
                let signed = employers.contains(&m.brand);
                // A brand named as a tool is a person's word, unless the message asks to go on
                // there (「LINEで話しませんか」: a stranger moving the talk to a chat app) or to
                // call (「メルカリで購入された商品の件で…この番号までお電話ください」).
                !signed
                    && (has(Family::Reply)
                        || has(Family::Call)
                        || !named_as_a_tool(f.matching.as_str(), m.end))
            }) || has(Family::Benefit)
                || staff.is_none() && labelled_as_institution(c, f))
            && (in_notice_register()
                || f.found
                    .phones
                    .iter()
                    .any(|p| matches!(p.kind, PhoneKind::IpPhone | PhoneKind::International))),
    }
}

/// The inside of the 【…】 that opens `text` (matching text), as a byte range.
fn opening_label(text: &str) -> Option<(usize, usize)> {
    let lead = text.len() - text.trim_start().len();
    let close = text[lead..].strip_prefix('【')?.find('】')?;
    let start = lead + '【'.len_utf8();
    Some((start, start + close))
}

/// The inside of the 【…】 that opens `text`, when it is a member of staff's signature: its
/// words name a branch or a section (see [`signs_as_staff`]), or right after it a member of
/// staff introduces themselves (「【みなと郵便局】窓口の佐々木です」, see [`introduces_staff`]).
fn staff_label(c: &Compiled, text: &str) -> Option<(usize, usize)> {
    opening_label(text).filter(|&(s, e)| {
        signs_as_staff(c, &text[s..e]) || introduces_staff(c, &text[e + '】'.len_utf8()..])
    })
}

/// Whether `after` (the text right after a label) opens with a member of staff introducing
/// themselves: a role holding one of the pack's `speech.staff_labels`, の, and a name followed
/// by です within a few characters (「窓口の佐々木です」, 「営業担当の田中でございます」), not
/// a polite noun (「窓口のご案内です」).
fn introduces_staff(c: &Compiled, after: &str) -> bool {
    /// How many characters a name (with its honorific or title) may take before です.
    const NAME_CHARS: usize = 8;
    /// How many characters the role before の may take (「営業担当」, 「窓口」).
    const ROLE_CHARS: usize = 6;
    let Some((role, rest)) = after.trim_start().split_once('の') else {
        return false;
    };
    // A name, not a polite noun (「窓口のご案内です」).
    let named = rest.find("です").is_some_and(|at| {
        let name = &rest[..at];
        (1..=NAME_CHARS).contains(&name.chars().count()) && !name.starts_with(['ご', 'お'])
    });
    named
        && role.chars().count() <= ROLE_CHARS
        && c.speech
            .staff_labels
            .iter()
            .any(|w| role.contains(w.as_str()))
}

/// Whether a label's words name a branch, an office or a section (the pack's
/// `speech.staff_labels`: 「【ひがし信用金庫 融資課】」, 「【あおば銀行 駅前支店】」,
/// 「【〇〇保険代理店】」). Staff at a branch or an agency write to their customers from the
/// mobile they carry. A pack without the words (older than schema 20) reads every label as the
/// institution's own.
fn signs_as_staff(c: &Compiled, label: &str) -> bool {
    c.speech
        .staff_labels
        .iter()
        .any(|w| label.contains(w.as_str()))
}

/// Whether the message opens with a bracketed label naming an institution by its form
/// (「【みちのく労働金庫】」, 「【〇〇市役所】」): an actor concept found inside a 【…】 that
/// starts the message. That is how a company's notice names its sender; people do not label
/// their messages. An actor whose staff call from their own mobiles (a courier's driver,
/// marked `mobile_lines` in the pack) does not count; the caller asks only of a label that is
/// no member of staff's signature ([`staff_label`]). A municipality's label is read by its
/// closing bracket (「市】」, 「県】」: a city's name alone is no institution), so the actor may
/// end on it.
fn labelled_as_institution(c: &Compiled, f: &Facts<'_>) -> bool {
    let text = f.matching.as_str();
    let Some((start, end)) = opening_label(text) else {
        return false;
    };
    f.concepts.iter().any(|h| {
        let k = &c.concepts.concepts[h.concept];
        k.family == Family::Actor
            && !k.mobile_lines
            && h.start >= start
            && h.end <= end + '】'.len_utf8()
    })
}

/// Whether the brand named up to `end` (in `text`, matching text) is named as the tool
/// something is done with, as people name it (「写真LINEで送っておきます」, 「PayPayで払うね」,
/// 「ヤマトで届くはず」): followed by で, and not by での, では or an honorific
/// (「Amazonでのご注文」, 「楽天カードでは」, 「楽天市場でお買い物」), which is how a company
/// names itself to a customer, nor by the copula's です, でした or でございます
/// (「ヤマト運輸です」). Or said to be unchanged (「LINEはそのままです」): what someone
/// who changed their number says of the apps that still reach them. Or called さん
/// (「北陸電力さんの本店で打ち合わせ」, 「ヤマトさん来た?」): how people speak of a company they
/// deal with; no company calls itself so.
fn named_as_a_tool(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..) else {
        return false;
    };
    if rest.starts_with("さん") {
        return true;
    }
    // Said to be unchanged (「LINEはそのままです」, 「LINEは変わらないよ」): a person who
    // changed their number tells which of their apps still reach them.
    const UNCHANGED: &[&str] = &[
        "はそのまま",
        "もそのまま",
        "は変わら",
        "は変わってな",
        "は同じ",
        "は引き継",
    ];
    if UNCHANGED.iter().any(|u| rest.starts_with(u)) {
        return true;
    }
    rest.strip_prefix('で')
        .is_some_and(|rest| !rest.starts_with(['の', 'は', 'ご', 'お', 'す', 'し']))
}

/// Whether the e-mail address `sender` is one its owner answers for, and not on a public
/// mailbox (`url_lists.mailboxes`: anyone's address, even where the mailbox is a brand's): on
/// an official domain of a brand in the pack, or on a domain registered under an accountable
/// suffix (`url_lists.accountable_suffixes`: 「…@kobayashi-kogyo.co.jp」, 「…@city.…lg.jp」),
/// which only a Japanese organisation or a contract holder gets. A lure writes from a free
/// mailbox or a look-alike domain. With no list of mailboxes (a pack older than schema 18) no
/// address is. Work bounded by the sender's length.
fn accountable_address(c: &Compiled, sender: &str) -> bool {
    crate::sender::email_domain(sender).is_some_and(|domain| {
        no_mailbox(c, &domain)
            && (c.brands.official_owner(&domain).is_some()
                || crate::domain::registrable_of(&domain).0.is_some_and(|reg| {
                    super::links::registered_under(&reg, &c.url_lists.accountable_suffixes)
                }))
    })
}

/// Whether addresses on `domain` are known to be no public mailbox's (`url_lists.mailboxes`):
/// never with no list of mailboxes (a pack older than schema 18), where `gmail.com` would pass
/// for Google's own.
fn no_mailbox(c: &Compiled, domain: &str) -> bool {
    !c.url_lists.mailboxes.is_empty() && !c.url_lists.mailboxes.iter().any(|m| m == domain)
}

/// Whether the sender is one no reply reaches a scammer through (see
/// [`ContactFacts::unanswerable_sender`]): a sender ID or a short code, or an address on a
/// brand's official domain that is no public mailbox (see [`no_mailbox`]).
fn unanswerable_sender(c: &Compiled, f: &Facts<'_>) -> bool {
    f.sender.as_ref().is_some_and(|s| match s.kind {
        SenderKind::Alphanumeric | SenderKind::ShortCode => true,
        SenderKind::Email => crate::sender::email_domain(&s.raw).is_some_and(|domain| {
            no_mailbox(c, &domain) && c.brands.official_owner(&domain).is_some()
        }),
        _ => false,
    })
}

/// Whether a message from a mobile is a courier's driver writing from the mobile they carry
/// (「配達担当の田中です。ご不在でしたのでこの番号にご連絡ください」): a driver speaks
/// (`mobile_lines`), threatens nothing but what a driver's category holds (a missed delivery,
/// not duty unpaid), asks no payment and no secret (a birth date by reply), points at no link,
/// and gives no number but the one it came from (`sender`).
fn drivers_own_mobile(c: &Compiled, f: &Facts<'_>, sender: &str) -> bool {
    let concepts = &c.concepts.concepts;
    let drivers: Vec<_> = f
        .concepts
        .iter()
        .filter(|h| concepts[h.concept].mobile_lines)
        .map(|h| concepts[h.concept].category)
        .collect();
    // Digits in the national form, as senders are compared: +81 90… and 090… are one number.
    let digits = |s: &str| -> String {
        crate::sender::sender_key(s)
            .chars()
            .filter(char::is_ascii_digit)
            .collect()
    };
    let own = digits(sender);
    !drivers.is_empty()
        && f.concepts.iter().all(|h| {
            let k = &concepts[h.concept];
            k.family != Family::Threat || drivers.contains(&k.category)
        })
        && ![Family::Link, Family::Payment, Family::Credential]
            .into_iter()
            .any(|fam| f.has(c, fam))
        && f.found.phones.iter().all(|p| digits(&p.number) == own)
}

/// The polite endings and forms of address of a company's notice (lower-cased as in the
/// matching text): how a company writes to a customer, and how few people write to a friend.
/// (様 alone is not one: お疲れ様, 様子 and 同様 are everyday words.)
const NOTICE_MARKS: &[&str] = &[
    "ます",
    "ました",
    "ませ",
    "です",
    "でした",
    "でしょう",
    "ください",
    "下さい",
    "ござい",
    "お客様",
    "お客さま",
    "会員様",
    "様へ",
    "いたし",
    "致し",
    "【",
];

/// The marks a notice's header opens with, read at the start of the message (「〈三井住友カード〉
/// …」, 「■重要なお知らせ」); not [, which phones put before a photo (「[写真]」).
const HEADER_MARKS: &[char] = &['〈', '〔', '《', '■', '◆', '<'];

/// Whether the number at `start..end` (in `url_text`) is where the message sends the reader
/// to do something: 「返金手続きは 050-1234-5678 まで」 asks to call it as plainly as
/// 「お電話ください」. Not where questions go (「ご質問は事務局 070-… まで」): a contact line
/// that any organiser's notice ends with.
fn called_at(c: &Compiled, f: &Facts<'_>, start: usize, end: usize) -> bool {
    made_to(f, end) && !after_contact_line(c, f, start)
}

/// Whether the number ending at `end` is followed by まで (past a closing bracket).
fn made_to(f: &Facts<'_>, end: usize) -> bool {
    let text = f.url_text.as_str();
    text[end..]
        .trim_start_matches([' ', '\u{3000}', ')', '）', ']'])
        .starts_with("まで")
}

/// Whether the words of a contact line (the pack's `speech.contact_lines`) stand within
/// [`CONTACT_LINE_WITHIN`] characters before the number starting at `start`.
fn after_contact_line(c: &Compiled, f: &Facts<'_>, start: usize) -> bool {
    let head = &f.url_text.as_str()[..start];
    let from = head
        .char_indices()
        .rev()
        .nth(CONTACT_LINE_WITHIN - 1)
        .map_or(0, |(i, _)| i);
    let before = &head[from..];
    c.speech
        .contact_lines
        .iter()
        .any(|q| before.contains(q.as_str()))
}

/// A brand's short number (a carrier's 151 or 157, kept in the brand's `phones` with at most
/// four digits) written as the number to call, in a message that names that brand: where it
/// stands and whose it is. The number scanner reads no such number (three digits are a price,
/// a count or a code as often), so one counts only as a whole run of digits, named by a brand
/// of the message, and written as a number is: followed by まで or へ (a bracketed aside may
/// come between: 「157(ソフトバンク携帯から無料)まで」), or alone in brackets
/// (「インフォメーションセンター(151)」). A lure gains nothing by sending the reader to the
/// carrier's own line.
fn short_official_number(c: &Compiled, f: &Facts<'_>) -> Option<(usize, usize, usize)> {
    let text = f.url_text.as_str();
    f.named_outside_links().find_map(|b| {
        c.brands.brands[b]
            .phones
            .iter()
            .filter(|p| p.len() <= SHORT_NUMBER_DIGITS && p.bytes().all(|d| d.is_ascii_digit()))
            .flat_map(|p| text.match_indices(p.as_str()))
            .find(|&(s, p)| written_to_call(text, s, s + p.len()))
            .map(|(s, p)| (s, s + p.len(), b))
    })
}

/// The most digits a brand's short number has.
const SHORT_NUMBER_DIGITS: usize = 4;

/// Whether the digits at `start..end` of `text` are a whole number written to call (see
/// [`short_official_number`]).
fn written_to_call(text: &str, start: usize, end: usize) -> bool {
    let digit_before = text[..start].ends_with(|c: char| c.is_ascii_digit());
    let digit_after = text[end..].starts_with(|c: char| c.is_ascii_digit());
    if digit_before || digit_after {
        return false;
    }
    let rest = text[end..].trim_start_matches([' ', '\u{3000}']);
    let bracketed = text[..start].ends_with(['(', '（']) && rest.starts_with([')', '）']);
    // An aside in brackets right after the number, of a few characters.
    let rest = match rest.strip_prefix(['(', '（']) {
        Some(aside) => aside
            .char_indices()
            .take(SHORT_NUMBER_ASIDE)
            .find(|&(_, c)| c == ')' || c == '）')
            .map_or(rest, |(i, c)| &aside[i + c.len_utf8()..]),
        None => rest,
    };
    bracketed || rest.starts_with("まで") || rest.starts_with('へ')
}

/// The most characters of an aside in brackets between a short number and its まで.
const SHORT_NUMBER_ASIDE: usize = 24;

/// How many characters before a number the words of a contact line (the pack's
/// `speech.contact_lines`: questions, enquiries, consultation) are looked for.
const CONTACT_LINE_WITHIN: usize = 16;

/// Whether `text`, its quotations aside (a friend quotes a notice's words), is written as a
/// company's notice is (see [`NOTICE_MARKS`], [`HEADER_MARKS`]). A message in plain speech
/// (「今日荷物届いた?ヤマトで夕方着になってるはず」) is a person's.
pub(super) fn notice_register(text: &str) -> bool {
    let own = crate::quoted::blanked(text, &crate::quoted::ranges(text));
    NOTICE_MARKS.iter().any(|p| own.contains(p)) || own.trim_start().starts_with(HEADER_MARKS)
}

/// An e-mail address given to write to whose domain imitates a brand's (`support@amaz0n-jp.com`,
/// `info@smbc-card.security-check.top`): its domain is judged as a link's host would be, and
/// a look-alike, a brand name in a domain not the brand's, or a brand's domain worn as a
/// subdomain weighs as `email.imitation` (once, at the first such address); a brand's name in
/// another's domain counts only when the message speaks as that brand. An address on a
/// brand's own domain (its mail domains too: `gmail.com`, `softbank.ne.jp`), or on any
/// domain that imitates none, says nothing here.
fn email_imitations(col: &mut Collector<'_>, f: &Facts<'_>) {
    for &(s, e) in &f.found.emails {
        let address = &f.url_text.as_str()[s..e];
        let Some((_, domain)) = address.rsplit_once('@') else {
            continue;
        };
        if let Some((imitated, shown)) = imitation(col.c, f, domain) {
            let range = f.url_text.original_range(s, e);
            col.signal("email.imitation", Some(range), imitated, Some(&shown));
            return;
        }
    }
}

/// The sender's own address, when it is an e-mail address (an iMessage, a mail's From), judged
/// as an address written in the text is (see [`email_imitations`]): on a domain that imitates
/// a brand's (`viewcard-security.org`, `smbc-card.jp-verify.top`) it weighs as
/// `sender.imitation`. A From can be forged onto a brand's own domain too, so an official
/// one vouches for nothing (see [`accountable_address`]); but no brand sends from a look-alike.
/// Returns whether the sender imitates.
fn sender_imitation(col: &mut Collector<'_>, f: &Facts<'_>) -> bool {
    let Some(sender) = f.sender.as_ref().filter(|s| s.kind == SenderKind::Email) else {
        return false;
    };
    let Some(domain) = crate::sender::email_domain(&sender.raw) else {
        return false;
    };
    let Some((imitated, shown)) = imitation(col.c, f, &domain) else {
        return false;
    };
    col.signal("sender.imitation", None, imitated, Some(&shown));
    true
}

/// Whether an e-mail address on `domain` imitates a brand (see [`email_imitations`]): the brand
/// imitated, if one, and the domain to show.
fn imitation(c: &Compiled, f: &Facts<'_>, domain: &str) -> Option<(Option<usize>, String)> {
    let judged = judge_written(
        &format!("https://{domain}/"),
        true,
        false,
        &c.brands,
        &c.url_lists,
    );
    // A brand's name inside someone's domain (a shop's `rakuten-fan.jp`, a person's
    // provider) imitates only when the message speaks as that brand.
    let named = |b| f.named_outside_links().any(|n| n == b);
    let imitates = judged.flags.iter().any(|flag| match flag {
        UrlFlag::Lookalike | UrlFlag::BrandAsSubdomain | UrlFlag::Homoglyph => true,
        UrlFlag::BrandInDomain => judged.imitated.is_some_and(named),
        _ => false,
    });
    imitates.then(|| {
        let shown = judged.registrable.as_deref().unwrap_or(domain).to_string();
        (judged.imitated, shown)
    })
}

#[cfg(test)]
mod tests {
    use crate::{Classifier, Level};

    const OVERDUE: &str = "【○○電力】電気料金のお支払いが確認できておりません。12月15日までにお支払いがない場合、電気の供給を停止いたします。お問い合わせ ";

    fn judged(number: &str) -> (Level, Vec<String>) {
        let v = Classifier::new().classify(&format!("{OVERDUE}{number}"), None);
        let codes = v.reasons.iter().map(|r| r.code.to_string()).collect();
        (v.level, codes)
    }

    /// The codes `text` gets from `sender`.
    fn codes_from(text: &str, sender: &str) -> Vec<String> {
        Classifier::new()
            .classify(text, Some(sender))
            .reasons
            .iter()
            .map(|r| r.code.to_string())
            .collect()
    }

    /// Whether `text`, from a mobile number, is read as a company speaking from it.
    fn sender_mobile(text: &str) -> bool {
        codes_from(text, "080-6124-3390")
            .iter()
            .any(|c| c == "sender.mobile")
    }

    #[test]
    fn an_address_on_an_accountable_domain_is_its_owners() {
        let notice = "【あおば商事】お振込みの確認が取れておりません。至急ご連絡ください。";
        let weighed = |sender: &str| {
            codes_from(notice, sender)
                .iter()
                .any(|c| c == "sender.email")
        };
        // A company's own domain under co.jp, and a city's under lg.jp, are not anyone's…
        assert!(!weighed("keiri@aoba-shoji.co.jp"));
        assert!(!weighed("info@city.aoba.lg.jp"));
        // …but a public mailbox under co.jp is, and so are a .com and co.jp dressed as a label.
        assert!(weighed("aoba.keiri@yahoo.co.jp"));
        assert!(weighed("keiri@aoba-shoji.com"));
        assert!(weighed("keiri@aoba-shoji.co.jp.example.com"));
    }

    #[test]
    fn a_message_to_family_is_no_company_speaking_from_a_mobile() {
        // A brand named in a notice's register from a mobile claims a company...
        assert!(sender_mobile(
            "LINEアカウントの確認が必要です。こちらに返信をお願いします。"
        ));
        // ...but not in a message that calls the reader お母さん.
        assert!(!sender_mobile(
            "お母さん、新しいスマホにしたから番号変わりました。LINEは同じアカウントのまま使えてるよ。"
        ));
    }

    #[test]
    fn an_institution_labelled_in_brackets_speaks_as_a_company() {
        // No brand is named, but a 【…】 label naming an institution by its form is how a
        // company's notice opens: from a mobile, that is a company speaking from one…
        assert!(sender_mobile(
            "【みちのく労働金庫】給与振込口座に関してご確認いただきたい事項がございます。"
        ));
        // …while the same institution named in the sentence is anyone's word, and a label
        // naming a courier's driver is a person whose own line it is.
        assert!(!sender_mobile(
            "給与振込口座を労働金庫に変える件で確認事項がございます。"
        ));
        assert!(!sender_mobile("【配達員】本日お届け予定です。"));
        // A municipality is labelled by its name and form (「【横浜市】」): the actor ends on
        // the closing bracket, and still counts. The city named in a sentence does not.
        assert!(sender_mobile(
            "【横浜市】お手続きに関してご確認いただきたい事項がございます。"
        ));
        assert!(!sender_mobile(
            "横浜市のお手続きに関してご確認いただきたい事項がございます。"
        ));
    }

    #[test]
    fn staff_sign_with_a_branchs_label_or_by_introducing_themselves() {
        // (message from a mobile, whether it is read as a company speaking from it)
        const CASES: &[(&str, bool)] = &[
            // Staff at a branch sign with it and write from the mobile they carry: neither an
            // institution named by its form nor a brand named in such a label speaks…
            (
                "【あおば銀行 駅前支店】窓口の田村です。書類が1通不足しておりましたので、ご来店予約をお願いいたします。",
                false,
            ),
            (
                "【三井住友銀行 渋谷支店】担当の田中です。本日はご来店ありがとうございました。",
                false,
            ),
            // …while the same label without the branch is the institution's own.
            (
                "【あおば銀行】書類が1通不足しておりましたので、ご来店予約をお願いいたします。",
                true,
            ),
            ("【三井住友銀行】本日はご来店ありがとうございました。", true),
            // A role and a name right after the label sign as staff too, and the brand named
            // again (ゆうパック, the post office's own parcel) is still where they work…
            (
                "【ひかり郵便局】窓口の村田です。ゆうパックの送り状が1枚不足しておりましたので、ご来局の際にご記入をお願いいたします。",
                false,
            ),
            (
                "【あおば銀行】営業担当の森です。ご依頼の書類が1通不足しておりましたので、ご来店予約をお願いいたします。",
                false,
            ),
            // …but a role with no name, or a name far from です, is no signature.
            (
                "【ひかり郵便局】窓口のご案内です。ゆうパックの送り状が1枚不足しておりましたので、ご来局の際にご記入をお願いいたします。",
                true,
            ),
            (
                "【ひかり郵便局】窓口の営業時間は年末年始に限り短縮となる予定です。ゆうパックの送り状が1枚不足しておりましたので、ご来局の際にご記入をお願いいたします。",
                true,
            ),
        ];
        for &(text, company) in CASES {
            assert_eq!(sender_mobile(text), company, "{text}");
        }
    }

    #[test]
    fn a_number_abroad_weighs_whatever_the_message_says() {
        // A stranger's first words claim nothing: from a mobile in Japan they are not weighed,
        // from a number abroad they are, and that alone flags them.
        let opener = "佐藤さん、明日のランチは12時に銀座でいいですか？";
        assert!(!codes_from(opener, "090-3318-2240")
            .iter()
            .any(|c| c.starts_with("sender.")));
        assert!(codes_from(opener, "+1 646-318-0187")
            .iter()
            .any(|c| c == "sender.international"));
        let c = crate::Classifier::new();
        assert_ne!(
            c.classify(opener, Some("+1 646-318-0187")).level,
            crate::Level::Safe
        );
        assert_eq!(
            c.classify(opener, Some("090-3318-2240")).level,
            crate::Level::Safe
        );
    }

    #[test]
    fn a_company_speaking_from_an_050_number_weighs_as_from_a_mobile() {
        let notice = "日本年金機構です。受給額の見直しについて確認を行っております。";
        let from_050 = codes_from(notice, "050-3371-8820");
        assert!(
            from_050.iter().any(|c| c == "sender.ip_phone"),
            "{from_050:?}"
        );
        // A landline is no such sender, and a restaurant's booking note from its own 050
        // line claims no company.
        let from_landline = codes_from(notice, "03-3371-8820");
        assert!(from_landline.iter().all(|c| c != "sender.ip_phone"));
        let booking = codes_from(
            "【予約確認】12月14日 19:00 4名様。ご来店をお待ちしております。",
            "050-5872-1143",
        );
        assert!(
            booking.iter().all(|c| c != "sender.ip_phone"),
            "{booking:?}"
        );
        // A clinic's own 050 line is not weighed, though its news reads as a notice; the
        // same news from an institution's name is.
        let clinic = "もりの動物病院です。検査の結果に異常が見つかりました。";
        assert!(codes_from(clinic, "050-1111-2222")
            .iter()
            .all(|c| c != "sender.ip_phone"));
        let bank = "もりの銀行です。検査の結果に異常が見つかりました。";
        assert!(codes_from(bank, "050-1111-2222")
            .iter()
            .any(|c| c == "sender.ip_phone"));
    }

    #[test]
    fn a_threat_passed_on_in_plain_speech_is_news_between_people() {
        // A missed parcel told to family in plain speech, nothing asked of the reader…
        assert!(!sender_mobile(
            "佐川の不在票入ってたよ。再配達頼んでおいたから夜は家にいてね"
        ));
        // …not the same news in a notice's words (no brand named, so only the threat claims
        // the company), nor to family, nor with a link pointed at, nor trouble with money asked.
        assert!(sender_mobile(
            "お荷物をお届けに参りましたが、不在のため持ち帰りました。"
        ));
        assert!(sender_mobile("お母さん、携帯の料金が未納で止まっちゃった"));
        assert!(sender_mobile("未払いがあるみたい。下記から払っといて"));
        assert!(sender_mobile(
            "会社の書類をなくして賠償しないといけない。今日中にお金を振り込んでほしい"
        ));
    }

    #[test]
    fn a_brand_named_as_a_tool_is_a_persons_word() {
        // Polite words between acquaintances, naming the app they share photos with…
        assert!(!sender_mobile(
            "昨日はお疲れ様でした。写真はLINEで送っておきます。"
        ));
        assert!(!sender_mobile(
            "立替分はPayPayで払いますね。ありがとうございました。"
        ));
        // …a company called さん is one people deal with, as no company calls itself…
        assert!(!sender_mobile(
            "来週の打ち合わせはドコモさんの本社で14時からです。資料をお願いします。"
        ));
        assert!(sender_mobile(
            "ドコモの本社より、ご契約内容の確認についてご連絡いたします。"
        ));
        // …not a company naming itself, nor a brand that introduces itself…
        assert!(sender_mobile("Amazonでのご注文について確認がございます。"));
        assert!(sender_mobile(
            "ヤマト運輸です。お届けの日時を確認いたします。"
        ));
        assert!(sender_mobile(
            "楽天カードでは、ご利用内容の確認を行っております。"
        ));
        // …nor a stranger moving the talk to the app, or asking to be called back.
        assert!(sender_mobile(
            "突然のご連絡失礼します。よろしければLINEで話しませんか。"
        ));
        assert!(sender_mobile(
            "メルカリで購入された商品の件です。この番号までお電話いただけますか。"
        ));
    }

    #[test]
    fn a_free_dial_as_the_only_contact_is_how_an_institution_is_reached() {
        // The lure's own wording, with a free-dial or navi-dial number as the only contact:
        // flagged for its wording, but no lure story and never dangerous.
        for number in ["0120-123-456", "0570-000-123"] {
            let (level, codes) = judged(number);
            assert_eq!(level, Level::Suspicious, "{number}: {codes:?}");
            assert!(codes.iter().any(|c| c == "phone.free_dial"), "{codes:?}");
            assert!(!codes.iter().any(|c| c.starts_with("story.")), "{codes:?}");
        }
        // An 050 or mobile number is the scammer's own line: the story stands.
        for number in ["050-1234-5678", "090-1234-5678"] {
            let (level, codes) = judged(number);
            assert_eq!(level, Level::Dangerous, "{number}: {codes:?}");
            assert!(!codes.iter().any(|c| c == "phone.free_dial"), "{codes:?}");
        }
        // Beside a link that is no official one, the free dial answers for nothing.
        let (level, codes) = judged("0120-123-456 https://denki-pay.top/");
        assert_eq!(level, Level::Dangerous, "{codes:?}");
        assert!(!codes.iter().any(|c| c == "phone.free_dial"), "{codes:?}");
    }

    #[test]
    fn a_free_dial_sent_from_a_persons_number_answers_for_nothing() {
        let prize = "【年末抽選会】ご当選おめでとうございます。賞品のお受け取りは 0120-123-456 までお電話ください。";
        let free_dial = |sender: Option<&str>| {
            Classifier::new()
                .classify(prize, sender)
                .reasons
                .iter()
                .any(|r| r.code == "phone.free_dial")
        };
        // From a short code, or with no sender known, the free dial is the company's line…
        assert!(free_dial(None));
        assert!(free_dial(Some("0120123456")));
        // …from a mobile, an 050 line or an address no one answers for, the message speaks
        // as a company from a person's number, and the free dial is the one who sent it.
        assert!(!free_dial(Some("090-1234-5678")));
        assert!(!free_dial(Some("050-1234-5678")));
        assert!(!free_dial(Some("tousen.center@gmail.com")));
        // A person passing on a company's free dial is not weighed, and the free dial still
        // speaks for the message.
        let passed_on = "ヤマトさんの再配達は 0120-123-456 だって。明日なら家にいるよ";
        let codes = codes_from(passed_on, "090-1234-5678");
        assert!(!codes.iter().any(|c| c == "sender.mobile"), "{codes:?}");
        assert!(codes.iter().any(|c| c == "phone.free_dial"), "{codes:?}");
    }

    #[test]
    fn a_carriers_short_number_is_its_own_line() {
        let c = Classifier::new();
        let official = |text: &str| {
            c.classify(text, None)
                .reasons
                .iter()
                .find(|r| r.code == "phone.official")
                .map(|r| &text[r.span.as_ref().unwrap().start..r.span.as_ref().unwrap().end])
                .map(str::to_string)
        };
        let overdue = "ソフトバンクです。ご利用料金が未納のため、12月20日に通話を停止します。";
        for tail in [
            "お問い合わせは157(ソフトバンク携帯から無料)まで。",
            "お問い合わせは157へ",
            "カスタマーサポート(157)",
        ] {
            assert_eq!(
                official(&format!("{overdue}{tail}")).as_deref(),
                Some("157"),
                "{tail}"
            );
        }
        // Three digits that are part of a longer number, a price, or a number no brand of the
        // message holds are no short number to call.
        for tail in [
            "お問い合わせは0120-157-000まで",
            "手数料157円",
            "お問い合わせは1570まで",
        ] {
            assert_eq!(official(&format!("{overdue}{tail}")), None, "{tail}");
        }
        // Nor beside another channel the message sends the reader to instead.
        assert_eq!(
            official(&format!(
                "{overdue}157では対応できません。LINE ID: sb-support99 へご連絡ください"
            )),
            None
        );
        let other = "ドコモです。ご利用料金が未納です。お問い合わせは157まで";
        assert_eq!(official(other), None);
        assert_eq!(
            official("ドコモです。ご利用料金が未納です。お問い合わせは151まで").as_deref(),
            Some("151")
        );
    }

    #[test]
    fn the_own_channel_named_beside_an_unknown_line_to_call_is_cover() {
        let c = Classifier::new();
        let self_service = |text: &str| {
            c.classify(text, None)
                .reasons
                .iter()
                .any(|r| r.code == "genuine.self_service")
        };
        let notice = "【○○放送】受信料のお支払いが確認できません。払込用紙を郵送いたしました。";
        // Questions go to a landline: the slip by post is the way to pay.
        assert!(self_service(&format!(
            "{notice}ご不明な点は 03-5555-8888 までお問い合わせください"
        )));
        // The reader is sent to call one: the slip is cover.
        assert!(!self_service(&format!(
            "{notice}法的措置の前に 03-5555-8888 までご連絡ください"
        )));
        assert!(!self_service(&format!(
            "{notice}至急 03-5555-8888 の担当へお電話ください"
        )));
    }

    #[test]
    fn a_couriers_driver_calls_from_a_mobile() {
        let driver = "【○○急便】ご不在のため、お荷物を営業所で保管しております。保管期限は12/9です。お問い合わせは担当ドライバー ";
        let c = Classifier::new();
        for (number, odd) in [("090-1234-5678", false), ("050-1234-5678", true)] {
            let v = c.classify(&format!("{driver}{number}"), None);
            let codes: Vec<_> = v.reasons.iter().map(|r| r.code.to_string()).collect();
            assert_eq!(
                codes.iter().any(|c| c == "story.complete_odd_phone"),
                odd,
                "{number}: {codes:?}"
            );
            if !odd {
                assert_ne!(v.level, Level::Dangerous, "{number}: {codes:?}");
            }
        }
        // A bank reached at a mobile is still the odd line of a lure.
        let (level, codes) = judged("090-1234-5678");
        assert_eq!(level, Level::Dangerous, "{codes:?}");
    }

    #[test]
    fn a_number_the_reader_is_sent_to_is_one_to_call() {
        let c = Classifier::new();
        let asks_call = |text: &str| {
            c.classify(text, None)
                .reasons
                .iter()
                .any(|r| r.code == "phone.call_ip_or_mobile")
        };
        let refund =
            "【消費生活センター】通販の被害について返金対象となっております。返金手続きは ";
        assert!(asks_call(&format!("{refund}050-5212-9087 まで。")));
        assert!(asks_call(&format!("{refund}(050-5212-9087)まで")));
        // A number followed by its own opening hours is only named, and one questions go to is
        // a contact line.
        assert!(!asks_call(&format!(
            "{refund}050-5212-9087(受付は17時まで)"
        )));
        let questions = "明日のマルシェは中止と決定しました。ご質問は事務局 070-6618-2093 まで。";
        assert!(!asks_call(questions));
    }

    #[test]
    fn a_routine_notice_answered_at_an_odd_number_says_nothing() {
        // A lock after wrong entries is the reader's own doing, until the way to undo it is an
        // 050 or mobile number no bank is called at: then the lock is the lure's threat.
        let c = Classifier::new();
        let lock = "【○○銀行】暗証番号の入力誤りが複数回あったため、キャッシュカードのご利用を制限しました。";
        let at = |tail: &str| c.classify(&format!("{lock}{tail}"), None);
        let odd = at("解除は下記までお電話ください 050-3311-2290");
        assert_eq!(odd.level, Level::Dangerous, "{:?}", odd.reasons);
        assert!(odd.reasons.iter().any(|r| r.code == "threat.suspension"));
        for tail in [
            "解除は窓口またはATMでお手続きください",
            "解除はお近くの店舗へお越しください",
        ] {
            let own = at(tail);
            assert_ne!(own.level, Level::Dangerous, "{tail}: {:?}", own.reasons);
        }
        // A number the notice only names (calls from it are the scam) is none to answer at,
        // though the notice sends the reader to another.
        let warning = "【○○銀行】当行を名乗る090-8888-1111からのSMSは当行とは無関係です。当行がSMSで暗証番号をお尋ねすることはありません。";
        assert_eq!(c.classify(warning, None).level, Level::Safe);
        let named = at(
            "当行を名乗る090-8888-1111からのSMSにご注意ください。解除はお取引店 03-1234-5678 まで",
        );
        assert_eq!(named.level, Level::Safe, "{:?}", named.reasons);
    }

    #[test]
    fn a_local_business_calls_from_its_own_050_line() {
        let c = Classifier::new();
        let odd = |text: &str| {
            let v = c.classify(text, None);
            v.reasons
                .iter()
                .any(|r| r.code == "phone.call_ip_or_mobile")
        };
        // A clinic, a teacher, a landlord: their 050 and mobile numbers are their own lines.
        let clinic = "【さつき歯科医院】本日15時のご予約の件で確認がございます。至急 050-3811-2046 までお電話ください。";
        let teacher = "2年1組担任の田中です。お子さんが発熱しました。お迎えのため至急 090-4471-2953 までご連絡ください。";
        for text in [clinic, teacher] {
            assert!(!odd(text), "{text}");
            assert!(!c.classify(text, None).is_flagged(), "{text}");
        }
        // The same words beside a bank, or with a number abroad, are an odd line again.
        assert!(odd(&clinic.replace("さつき歯科医院", "さつき銀行")));
        assert!(odd(&clinic.replace("050-3811-2046", "+63 2 8123 4567")));
        // A brand named is an institution speaking, whatever else is named.
        assert!(odd(
            &teacher.replace("担任の田中です", "担任の田中です。楽天カード")
        ));
    }

    #[test]
    fn an_address_on_a_look_alike_domain_imitates_the_brand() {
        let c = Classifier::new();
        let ask = "【三井住友カード】ご利用確認のため、ご本人様確認が必要です。お問い合わせは ";
        let codes = |address: &str| -> Vec<String> {
            let v = c.classify(&format!("{ask}{address} まで"), None);
            v.reasons.iter().map(|r| r.code.to_string()).collect()
        };
        for imitation in [
            "info@smbc-card.jp-verify.top",
            "info@smbc-card.com.verify-jp.top",
        ] {
            let found = codes(imitation);
            assert!(
                found.iter().any(|c| c == "email.imitation"),
                "{imitation}: {found:?}"
            );
        }
        for plain in [
            "info@smbc-card.com",
            "yamada@example.co.jp",
            "taro@gmail.com",
            "hanako@softbank.ne.jp",
            "taro@icloud.com",
        ] {
            let found = codes(plain);
            assert!(
                !found.iter().any(|c| c == "email.imitation"),
                "{plain}: {found:?}"
            );
        }
        // A brand's name in someone's domain imitates only the brand that speaks.
        let v = c.classify("お問い合わせは support@amazon-jp-support.com まで", None);
        assert!(v.reasons.iter().all(|r| r.code != "email.imitation"));
    }

    #[test]
    fn a_sender_on_a_look_alike_domain_imitates_the_brand() {
        let c = Classifier::new();
        let subject = "【三井住友カード】ご利用確認のお願い";
        let codes = |sender: &str| -> Vec<String> {
            let v = c.classify(subject, Some(sender));
            v.reasons.iter().map(|r| r.code.to_string()).collect()
        };
        for imitation in [
            "info@smbc-card.jp-verify.top",
            "vpass@smbc-card-security.com",
        ] {
            let found = codes(imitation);
            assert!(
                found.iter().any(|c| c == "sender.imitation"),
                "{imitation}: {found:?}"
            );
        }
        // The brand's own domain, a mailbox anyone has, a domain that imitates no one.
        for plain in ["info@vpass.ne.jp", "taro@gmail.com", "yamada@example.co.jp"] {
            let found = codes(plain);
            assert!(
                !found.iter().any(|c| c == "sender.imitation"),
                "{plain}: {found:?}"
            );
        }
        // A brand's name in someone's domain imitates only the brand that speaks.
        let v = c.classify(
            "来週の打ち合わせの件です",
            Some("info@smbc-card-security.com"),
        );
        assert!(v.reasons.iter().all(|r| r.code != "sender.imitation"));
    }

    /// Whether a message from the mobile `sender` is held to speak for someone it is not.
    fn from_mobile(text: &str) -> bool {
        let v = Classifier::new().classify(text, Some("090-2345-6789"));
        v.reasons.iter().any(|r| r.code == "sender.mobile")
    }

    #[test]
    fn a_person_talking_from_their_mobile_speaks_for_nobody() {
        // (message from a mobile, whether it is held to speak as a lure does)
        let cases = [
            // Friends name brands and scams as things they talk about.
            ("割り勘の分、あとでPayPayで送ってくれれば大丈夫だよ", false),
            ("Amazonから荷物届いたよ。ありがと!", false),
            ("アマゾンのアカウントが停止されたってSMS来たけど、たぶん詐欺だよね", false),
            // a link on a brand's own site, its name spelt only in the link
            ("これ良さそう https://www.amazon.co.jp/dp/B0C1234567", false),
            // The same voice doing what lures in a person's voice do still counts: a link off
            // every official site, a code asked back, easy money, gift cards.
            ("写真アップしたよ、見てね https://photo-share.top/a8", true),
            ("ごめん、届いた6桁の番号ここに返信してくれない?", true),
            ("久しぶり!スマホ1台で月30万稼げる副業あるけど興味ある?", true),
            ("お疲れ様です。近くのコンビニでAppleギフトカードを購入できますか?", true),
            // Money, a new number or a favour asked between people is everyday talk: the
            // stories of impersonation weigh it, not the sender.
            ("大家の佐藤です。今月分の家賃のお振込をお願いします。", false),
            ("携帯変えたよ!こっちの番号登録しといて", false),
            // An app said to be unchanged is a person's, however politely put; a brand that
            // speaks in the same register is a company's.
            ("ゆきです!番号変わりました。登録お願いします。LINEはそのままです", false),
            ("LINEです。お客様のアカウントについて確認があります", true),
            ("相談あるんだけど今夜電話できる?", false),
            // Everyday words with a polite ring, or a phone's photo tag, are no notice.
            ("お疲れ様!Amazonのセールいつまで?", false),
            ("[写真] PayPayのクーポン使えたよ", false),
            // Warning words beside a request to call back are a lure's cover.
            (
                "不審なSMSにご注意ください。口座が不正利用されています。至急折り返しお電話ください。",
                true,
            ),
            // Talk of scams: a code asked for in a warning is no request.
            ("お父さん、届いた認証コード教えてって電話来たらそれ詐欺だからね", false),
            // In a notice's register (polite endings, a bracketed header), a brand named from
            // a mobile is a company's claim, everyday words in it or not; in a person's, a
            // parcel is a parcel.
            ("Amazonです。お客様の注文について確認があります", true),
            ("ヤマト運輸です。お荷物の件でご連絡しました。至急返信ください。", true),
            ("荷物届いた?おばあちゃんが野菜送ったって言ってたよ", false),
            ("【au】料金未納のため明日からご利用停止となります。", true),
            // Headline style beside an 050 number to call is a company's voice too.
            ("Amazon 注文キャンセル処理未完了 至急連絡 050-3321-1100", true),
            ("【国税庁】未払い税金の最終通知。差押え予定", true),
            ("【日本郵便】ご不在のため、お荷物を持ち戻りました。", true),
            // Plain speech is how people write to each other.
            ("今日荷物届いた?ヤマトで夕方着になってるはず", false),
            ("母の日のプレゼント何にする?半分ずつ出そうよ", false),
            ("【ヤマト運輸】お荷物のお届けについてお知らせがあります", true),
        ];
        for (text, claims) in cases {
            assert_eq!(from_mobile(text), claims, "{text}");
        }
    }

    #[test]
    fn a_driver_writes_from_the_mobile_they_carry() {
        let note =
            "○○急便の配達担当です。ご不在でしたので不在票を入れました。この番号にご連絡ください";
        assert!(!from_mobile(note));
        let v = Classifier::new().classify(note, Some("090-2345-6789"));
        assert_ne!(v.level, Level::Dangerous, "{:?}", v.reasons);
        // A driver who sends you off to a site of their own, or to a link cut from the
        // message, or who threatens what a driver does not, is a lure's driver.
        assert!(from_mobile(&format!(
            "{note} https://sagawa-redeliver.top/"
        )));
        // A driver's own number, written in the national form, from the sender's +81 form.
        let own = "配達担当です。ご不在でしたので、090-2345-6789までご連絡ください。";
        let v = Classifier::new().classify(own, Some("+81 90-2345-6789"));
        assert!(
            v.reasons.iter().all(|r| r.code != "sender.mobile"),
            "{:?}",
            v.reasons
        );
        assert!(from_mobile(
            "佐川のドライバーです。ご不在のため下記URLよりご確認ください"
        ));
        assert!(from_mobile(
            "ドライバーです。関税が未払いのため、お荷物をお届けできません。ご連絡ください"
        ));
    }
}
