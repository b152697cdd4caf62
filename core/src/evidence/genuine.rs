//! Marks of the message's own making: a one-time code handed over (genuine login messages do
//! that; lures ask for codes, they do not give them), and filler wedged into words to dodge
//! keyword filters (lures do that; nobody else does).
//!
//! Genuine wording (「他人に教えないでください」, bookings, personal chat) is a concept family
//! and weighed with the story (see [`super::story`]).

use super::{Collector, Facts};

/// Returns whether a one-time code is delivered.
pub(crate) fn gather(col: &mut Collector<'_>, f: &Facts<'_>) -> bool {
    let otp = crate::otp::otp_code(f.matching.as_str());
    if let Some((s, e)) = otp {
        col.signal(
            "text.otp_code",
            Some(f.matching.original_range(s, e)),
            None,
            None,
        );
    }
    if let Some(&(s, e)) = f.matching.noise().first() {
        col.signal(
            "text.obfuscation",
            Some((s as usize, e as usize)),
            None,
            None,
        );
    }
    otp.is_some()
}
