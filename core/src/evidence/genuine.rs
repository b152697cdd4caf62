//! Marks of the message's own making: a one-time code handed over (genuine login messages do
//! that; lures ask for codes, they do not give them), and filler wedged into words or a brand's
//! name spelt with a look-alike letter (「東京電カ」) to dodge keyword filters (lures do that;
//! nobody else does).
//!
//! Genuine wording (「他人に教えないでください」, bookings, personal chat) is a concept family
//! and weighed with the story (see [`super::story`]).
//!
//! A code is delivered to be typed into the service's own app or site. Beside a link that may
//! lead off the brands' own domains (see `LinkFacts::elsewhere`) it is bait that costs a lure
//! nothing to add (「認証コード 482913 を他人に教えないでください。アカウントが停止されました。
//! 再開はこちら https://…top」), so then it is no evidence; nor is the warning not to share it
//! (see [`super::story`]). Nor is it beside a way to answer that a code's own service never
//! asks for: a request to reply or another channel (「認証コード:B7Q2K9 このコードを添えて住所と
//! 氏名をご返信ください」), a secret asked back, or an 050, mobile or foreign number
//! (「確認コード:AMZ7X2Q 解約は050-…まで」): the code is then what the reader is to hand over.

use super::contact::ContactFacts;
use super::links::LinkFacts;
use super::{Collector, Facts};

/// What the message's own making shows, for the scorer.
pub(crate) struct Making {
    /// A one-time code is delivered (and counts: no link beside it that may lead off the
    /// brands' own domains).
    pub otp: bool,
    /// A word is spelt with a look-alike letter to dodge filters: a kanji drawn like a
    /// katakana letter where the katakana word stands (「力ード」), or a brand's name so spelt
    /// (「東京電カ」). Filler between characters is not counted: a separator in a subject line
    /// (「…について_相続手続き」, 「基本料金+通話料」) or a branch's letter (「A支店」) reads the
    /// same, and nothing but a look-alike letter settles that the writer meant to disguise.
    pub lookalike_letter: bool,
}

/// Adds the marks of the message's own making found.
pub(crate) fn gather(
    col: &mut Collector<'_>,
    f: &Facts<'_>,
    links: &LinkFacts,
    contact: &ContactFacts,
) -> Making {
    let answered_elsewhere =
        contact.other_channel || contact.odd_phone || f.asks_secret_back(col.c);
    let otp = crate::otp::otp_code(f.matching.as_str())
        .filter(|_| !links.elsewhere && !answered_elsewhere);
    if let Some((s, e)) = otp {
        col.signal(
            "text.otp_code",
            Some(f.matching.original_range(s, e)),
            None,
            None,
        );
    }
    // Filler in words, or else a brand's name spelt with a look-alike letter (「東京電カ」).
    let brand_disguise = f
        .mentions
        .iter()
        .find(|m| m.disguised)
        .map(|m| f.matching.original_range(m.start, m.end));
    let disguise = f
        .matching
        .noise()
        .first()
        .map(|&(s, e)| (s as usize, e as usize))
        .or(brand_disguise);
    if disguise.is_some() {
        col.signal("text.obfuscation", disguise, None, None);
    }
    Making {
        otp: otp.is_some(),
        lookalike_letter: brand_disguise.is_some() || f.matching.lookalike_letter(),
    }
}
