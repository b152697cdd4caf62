//! The sender and the phone numbers in the text.
//!
//! Genuine bulk SMS from carriers, banks and services come from short codes or registered
//! IDs; lures come from personal mobile numbers, from abroad or from e-mail addresses. A
//! number to call that is an 050 internet phone or a mobile is not how an institution is
//! reached.

use super::{Collector, Facts};
use crate::rules::Family;
use crate::verdict::{PhoneFinding, PhoneKind, SenderKind};

/// What the sender and the numbers amount to, for the other families.
pub(crate) struct ContactFacts {
    pub phones: Vec<PhoneFinding>,
    /// A number of a kind an institution does not call back from (050, mobile, abroad).
    pub odd_phone: bool,
}

pub(crate) fn gather(col: &mut Collector<'_>, f: &Facts<'_>, any_link: bool) -> ContactFacts {
    let c = col.c;
    let first_brand = f.named().next();
    if let Some(s) = &f.sender {
        let claims = !f.mentions.is_empty()
            || f.has(c, Family::Threat)
            || f.has(c, Family::Benefit)
            || any_link;
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
    let asks_call = f.has(c, Family::Call);
    let mut odd_phone = false;
    let mut phones = Vec::with_capacity(f.found.phones.len());
    for p in &f.found.phones {
        let (s, e) = f.url_text.original_range(p.start, p.end);
        let digits: String = p.number.chars().filter(char::is_ascii_digit).collect();
        let owner = c.brands.phone_owner(&digits);
        let odd = matches!(
            p.kind,
            PhoneKind::IpPhone | PhoneKind::Mobile | PhoneKind::International
        );
        if owner.is_some() {
            col.signal("phone.official", Some((s, e)), owner, None);
        } else if odd {
            odd_phone = true;
            if asks_call {
                col.signal("phone.call_ip_or_mobile", Some((s, e)), None, None);
            }
        }
        phones.push(PhoneFinding {
            span: f.spans.span(s, e),
            number: p.number.clone(),
            kind: p.kind,
            official_brand: owner.map(|b| c.texts.brands[b].0.clone()),
        });
    }
    ContactFacts { phones, odd_phone }
}
