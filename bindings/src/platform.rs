//! What each platform should do with a verdict, decided once, here, in Rust.
//!
//! Both apps would otherwise re-implement the same policy in Swift and Kotlin and drift apart.
//! The policy:
//!
//! | verdict                                  | iOS `ILMessageFilterAction` / sub-action (iOS 16+) | Android        |
//! |------------------------------------------|----------------------------------------------------|----------------|
//! | dangerous                                | `.junk`                                            | move to spam   |
//! | suspicious                               | `.none` (no opinion: the message stays visible)    | warn           |
//! | safe, transactional, brand in a sector   | `.transaction` + Finance / Carrier / Orders / Rewards / PublicServices | allow |
//! | safe, transactional, no known brand      | `.transaction` + `.transactionalOthers`            | allow          |
//! | safe, promotional                        | `.promotion` + `.promotionalOthers`                | allow          |
//! | safe, personal                           | `.allow`                                           | allow          |
//!
//! Why suspicious is not junk on iOS: an iOS filter cannot warn, it can only sort, and the
//! hard negatives of Japanese SMS (a card issuer's genuine fraud check with a link, a
//! carrier's unpaid-bill notice) land in *suspicious* more often than in *dangerous*. Hiding
//! them in Junk costs more than showing a lure that the app could not flag anyway.
//!
//! The sector of a genuine transactional message is that of the brand that vouches for it:
//! first the brand whose official sender ID sent it, then the brand of the first official
//! link, then the first brand named.

use smishguard_core as sg;

/// iOS `ILMessageFilterAction`, as an extension should answer it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum IosFilterAction {
    /// `.none`: no opinion; the system files the message as it would without a filter.
    NoOpinion,
    /// `.allow`: show it as a normal message.
    Allow,
    /// `.junk`: file it under Junk.
    Junk,
    /// `.promotion`: file it under Promotions (iOS 14+).
    Promotion,
    /// `.transaction`: file it under Transactions (iOS 14+).
    Transaction,
}

/// iOS 16 `ILMessageFilterSubAction` (the folder inside Transactions or Promotions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum IosFilterSubAction {
    /// `.transactionalOthers`.
    TransactionalOthers,
    /// `.transactionalFinance`: banks, cards, bills.
    TransactionalFinance,
    /// `.transactionalOrders`: deliveries, shopping.
    TransactionalOrders,
    /// `.transactionalCarrier`: the mobile carrier.
    TransactionalCarrier,
    /// `.transactionalRewards`: points, refunds, prizes.
    TransactionalRewards,
    /// `.transactionalPublicServices`: tax, government.
    TransactionalPublicServices,
    /// `.promotionalOthers`.
    PromotionalOthers,
}

/// The answer for an `ILMessageFilterQueryResponse`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Record)]
pub struct IosFilterDecision {
    /// `response.action`.
    pub action: IosFilterAction,
    /// `response.subAction` (iOS 16+); null means `.none`.
    pub sub_action: Option<IosFilterSubAction>,
}

/// What an Android SMS app should do with a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum AndroidRecommendation {
    /// Deliver as usual.
    Allow,
    /// Deliver, with a visible warning (highlight the reasons).
    Warn,
    /// Move to the spam folder and tell the user.
    MoveToSpam,
}

/// The iOS decision for a verdict. `sector_of` gives a brand id's sector (from the rule pack).
pub(crate) fn ios_decision(
    v: &sg::Verdict,
    sector_of: impl Fn(&str) -> Option<sg::Category>,
) -> IosFilterDecision {
    let (action, sub_action) = match (v.level, v.kind) {
        (sg::Level::Dangerous, _) => (IosFilterAction::Junk, None),
        (sg::Level::Suspicious, _) => (IosFilterAction::NoOpinion, None),
        (sg::Level::Safe, sg::Kind::Transactional) => {
            let sector = vouching_brand(v).and_then(&sector_of);
            (
                IosFilterAction::Transaction,
                Some(transaction_sub_action(sector)),
            )
        }
        (sg::Level::Safe, sg::Kind::Promotional) => (
            IosFilterAction::Promotion,
            Some(IosFilterSubAction::PromotionalOthers),
        ),
        (sg::Level::Safe, sg::Kind::Personal | sg::Kind::Lure) => (IosFilterAction::Allow, None),
    };
    IosFilterDecision { action, sub_action }
}

/// The Android recommendation for a verdict.
pub(crate) fn android_recommendation(v: &sg::Verdict) -> AndroidRecommendation {
    match v.level {
        sg::Level::Safe => AndroidRecommendation::Allow,
        sg::Level::Suspicious => AndroidRecommendation::Warn,
        sg::Level::Dangerous => AndroidRecommendation::MoveToSpam,
    }
}

/// The brand that vouches for a genuine message: official sender, official link, first named.
fn vouching_brand(v: &sg::Verdict) -> Option<&str> {
    v.sender
        .as_ref()
        .and_then(|s| s.official_brand.as_deref())
        .or_else(|| v.urls.iter().find_map(|u| u.official_brand.as_deref()))
        .or_else(|| v.brands.first().map(|b| b.id.as_str()))
}

fn transaction_sub_action(sector: Option<sg::Category>) -> IosFilterSubAction {
    use sg::Category as C;
    match sector {
        Some(C::CardBank | C::UnpaidBill) => IosFilterSubAction::TransactionalFinance,
        Some(C::CarrierBilling) => IosFilterSubAction::TransactionalCarrier,
        Some(C::Delivery | C::ShoppingSubscription) => IosFilterSubAction::TransactionalOrders,
        Some(C::PrizeRefund) => IosFilterSubAction::TransactionalRewards,
        Some(C::TaxGovernment) => IosFilterSubAction::TransactionalPublicServices,
        Some(C::AccountSuspension | C::Impersonation | C::EasyMoney) | None => {
            IosFilterSubAction::TransactionalOthers
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sg::{Category as C, Kind as K, Level as L};
    use IosFilterAction as A;
    use IosFilterSubAction as S;

    /// A verdict with the given level and kind, vouched for by `brand` (as official sender).
    fn verdict(level: L, kind: K, brand: Option<&str>) -> sg::Verdict {
        let mut v = sg::classify("", brand.map(|_| "0000"));
        v.level = level;
        v.kind = kind;
        if let Some(s) = v.sender.as_mut() {
            s.official_brand = brand.map(sg::PackText::from);
        }
        v
    }

    fn sectors(id: &str) -> Option<C> {
        match id {
            "bank" => Some(C::CardBank),
            "billing" => Some(C::UnpaidBill),
            "carrier" => Some(C::CarrierBilling),
            "courier" => Some(C::Delivery),
            "shop" => Some(C::ShoppingSubscription),
            "points" => Some(C::PrizeRefund),
            "tax" => Some(C::TaxGovernment),
            "portal" => Some(C::AccountSuspension),
            "kin" => Some(C::Impersonation),
            "income" => Some(C::EasyMoney),
            _ => None,
        }
    }

    /// (name, level, kind, vouching brand, iOS action, iOS sub-action, Android)
    #[allow(clippy::type_complexity)]
    #[rustfmt::skip]
    const TABLE: &[(
        &str,
        L,
        K,
        Option<&str>,
        A,
        Option<S>,
        AndroidRecommendation,
    )] = &[
        ("dangerous_lure", L::Dangerous, K::Lure, None, A::Junk, None, AndroidRecommendation::MoveToSpam),
        ("dangerous_even_if_brand", L::Dangerous, K::Transactional, Some("bank"), A::Junk, None, AndroidRecommendation::MoveToSpam),
        ("suspicious_no_opinion", L::Suspicious, K::Lure, None, A::NoOpinion, None, AndroidRecommendation::Warn),
        ("suspicious_transactional", L::Suspicious, K::Transactional, Some("bank"), A::NoOpinion, None, AndroidRecommendation::Warn),
        ("bank", L::Safe, K::Transactional, Some("bank"), A::Transaction, Some(S::TransactionalFinance), AndroidRecommendation::Allow),
        ("bill", L::Safe, K::Transactional, Some("billing"), A::Transaction, Some(S::TransactionalFinance), AndroidRecommendation::Allow),
        ("carrier", L::Safe, K::Transactional, Some("carrier"), A::Transaction, Some(S::TransactionalCarrier), AndroidRecommendation::Allow),
        ("courier", L::Safe, K::Transactional, Some("courier"), A::Transaction, Some(S::TransactionalOrders), AndroidRecommendation::Allow),
        ("shop", L::Safe, K::Transactional, Some("shop"), A::Transaction, Some(S::TransactionalOrders), AndroidRecommendation::Allow),
        ("points", L::Safe, K::Transactional, Some("points"), A::Transaction, Some(S::TransactionalRewards), AndroidRecommendation::Allow),
        ("tax", L::Safe, K::Transactional, Some("tax"), A::Transaction, Some(S::TransactionalPublicServices), AndroidRecommendation::Allow),
        ("portal", L::Safe, K::Transactional, Some("portal"), A::Transaction, Some(S::TransactionalOthers), AndroidRecommendation::Allow),
        ("impersonation_sector", L::Safe, K::Transactional, Some("kin"), A::Transaction, Some(S::TransactionalOthers), AndroidRecommendation::Allow),
        ("easy_money_sector", L::Safe, K::Transactional, Some("income"), A::Transaction, Some(S::TransactionalOthers), AndroidRecommendation::Allow),
        ("unknown_brand", L::Safe, K::Transactional, Some("nobody"), A::Transaction, Some(S::TransactionalOthers), AndroidRecommendation::Allow),
        ("otp_no_brand", L::Safe, K::Transactional, None, A::Transaction, Some(S::TransactionalOthers), AndroidRecommendation::Allow),
        ("promotion", L::Safe, K::Promotional, Some("shop"), A::Promotion, Some(S::PromotionalOthers), AndroidRecommendation::Allow),
        ("personal", L::Safe, K::Personal, None, A::Allow, None, AndroidRecommendation::Allow),
    ];

    #[test]
    fn policy_table() {
        for &(name, level, kind, brand, action, sub, android) in TABLE {
            let v = verdict(level, kind, brand);
            let d = ios_decision(&v, sectors);
            assert_eq!(d.action, action, "{name}: action");
            assert_eq!(d.sub_action, sub, "{name}: sub-action");
            assert_eq!(android_recommendation(&v), android, "{name}: android");
        }
    }

    #[test]
    fn sender_vouches_before_links_and_names() {
        let mut v = verdict(L::Safe, K::Transactional, Some("carrier"));
        v.brands.push(sg::BrandMention {
            id: "bank".into(),
            name: "Bank".into(),
            span: sg::Span::default(),
        });
        assert_eq!(vouching_brand(&v), Some("carrier"));
        v.sender = None;
        assert_eq!(vouching_brand(&v), Some("bank"));
        assert_eq!(
            ios_decision(&v, sectors).sub_action,
            Some(S::TransactionalFinance)
        );
    }

    #[test]
    fn real_messages_end_to_end() {
        // A lure from the core's own doc example must be junk / spam.
        let lure = sg::classify(
            "お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。こちらhttps://sagawa-kx.top/へ",
            None,
        );
        assert_eq!(ios_decision(&lure, |_| None).action, A::Junk);
        assert_eq!(
            android_recommendation(&lure),
            AndroidRecommendation::MoveToSpam
        );
        // A one-time code is a genuine transactional message.
        let otp = sg::classify(
            "認証コードは482913です。このコードを他人と共有しないでください。",
            None,
        );
        assert_eq!(otp.level, L::Safe);
        assert_eq!(android_recommendation(&otp), AndroidRecommendation::Allow);
        assert_ne!(ios_decision(&otp, |_| None).action, A::Junk);
    }
}
