//! Rule packs change verdicts; bad packs change nothing and say why; signed packs load only
//! with a signature that verifies.

use ed25519_dalek::{Signer, SigningKey};
use serde_json::Value;
use smishguard_core::{
    default_pack_json, Category, Classifier, Error, Level, RulePack, MAX_PACK_BYTES,
};

fn default_value() -> Value {
    serde_json::from_str(&default_pack_json()).expect("default pack parses")
}

/// The index of the first concept of `v` whose `key` is `value` (an id, a family).
fn concept_where(v: &Value, key: &str, value: &str) -> usize {
    v["concepts"]
        .as_array()
        .unwrap()
        .iter()
        .position(|c| c[key] == value)
        .unwrap_or_else(|| panic!("no concept with {key} {value}"))
}

#[test]
fn default_pack_round_trips() {
    let json = default_pack_json();
    let c = Classifier::from_json(json.as_bytes()).expect("the dumped default pack loads");
    assert_eq!(c.rules_version(), Classifier::new().rules_version());
    let again: RulePack = serde_json::from_str(&json).unwrap();
    assert_eq!(again, Classifier::new().pack());
}

#[test]
fn a_pack_that_adds_a_brand_changes_verdicts() {
    let msg = "【みらい信金】お客様の口座情報の確認をお願いします https://mirai-shinkin-check.com/";
    let before = Classifier::new().classify(msg, None);
    assert!(!before
        .reasons
        .iter()
        .any(|r| r.code == "brand.link_mismatch"));
    let mut v = default_value();
    v["brands"].as_array_mut().unwrap().push(serde_json::json!({
        "id": "mirai_shinkin", "name": "みらい信金", "name_en": "Mirai Shinkin", "sector": "card_bank",
        "names": ["みらい信金"], "tokens": ["mirai-shinkin"], "domains": ["mirai-shinkin.example.jp"],
        "senders": [], "phones": [], "sms_links": true
    }));
    let c = Classifier::from_json(v.to_string().as_bytes()).expect("pack with a new brand loads");
    let after = c.classify(msg, None);
    assert!(after
        .reasons
        .iter()
        .any(|r| r.code == "brand.link_mismatch"));
    assert!(after.urls[0]
        .flags
        .contains(&smishguard_core::UrlFlag::BrandInDomain));
    assert!(after.score > before.score);
    assert_eq!(after.brands[0].id, "mirai_shinkin");
}

#[test]
fn a_pack_that_adds_a_concept_changes_verdicts() {
    let msg = "あなたのスマホにウイルス感染の恐れ。セキュリティアプリを今すぐ入れてください";
    let before = Classifier::new().classify(msg, None);
    assert_ne!(before.level, Level::Dangerous, "{before:?}");
    let mut v = default_value();
    v["concepts"].as_array_mut().unwrap().push(serde_json::json!({
        "id": "threat.fake_virus", "family": "threat", "category": "account_suspension",
        "weight": 2.0, "window": 12,
        "ja": "ウイルス感染をかたってアプリを入れさせる手口です。", "en": "A fake virus alert that pushes an app install.",
        "terms": ["ウイルス|マルウェア…感染|検出|発見…アプリ|ソフト…入れ|インストール"]
    }));
    let c = Classifier::from_json(v.to_string().as_bytes()).unwrap();
    let after = c.classify(msg, None);
    assert!(after.is_flagged(), "{after:?}");
    assert!(after.score > before.score, "{before:?} {after:?}");
    let r = after
        .reasons
        .iter()
        .find(|r| r.code == "threat.fake_virus")
        .expect("the new concept is a reason");
    assert_eq!(
        r.text.as_deref(),
        Some("ウイルス感染の恐れ。セキュリティアプリを今すぐ入れ")
    );
    // A message with the words but not the story is left alone.
    let chat = "ウイルス対策のアプリを入れたよ";
    assert!(!c
        .classify(chat, None)
        .reasons
        .iter()
        .any(|r| r.code == "threat.fake_virus"));
}

/// A concept term with every slot joined by `‥` merged into the one before as their pairs
/// written out (「a|b‥c」 → 「ac|bc」): the term a pack older than schema 17 writes.
fn written_out(term: &str) -> String {
    let mut slots: Vec<Vec<String>> = Vec::new();
    let mut rest = term;
    let mut joined = false;
    loop {
        let cut = rest.find(['…', '‥']);
        let slot: Vec<String> = rest[..cut.unwrap_or(rest.len())]
            .split('|')
            .map(str::to_owned)
            .collect();
        match slots.last_mut() {
            Some(before) if joined => {
                *before = before
                    .iter()
                    .flat_map(|a| slot.iter().map(move |b| format!("{a}{b}")))
                    .collect();
            }
            _ => slots.push(slot),
        }
        let Some(at) = cut else { break };
        joined = rest[at..].starts_with('‥');
        rest = &rest[at + '…'.len_utf8()..];
    }
    slots
        .iter()
        .map(|s| s.join("|"))
        .collect::<Vec<_>>()
        .join("…")
}

/// The default pack without what schema 22 added: a valid schema 21 pack, with no words that
/// say how a message goes on off the page and no hold of one that leads nowhere.
fn as_schema_21(v: &mut Value) {
    v["schema"] = 21.into();
    v["speech"].as_object_mut().unwrap().remove("onward");
    v["scoring"]["signals"]
        .as_object_mut()
        .unwrap()
        .remove("verdict.leads_nowhere");
}

#[test]
fn a_schema_21_pack_holds_a_sealed_message_under_dangerous_only() {
    // A sender ID that names a lure's alarm, with nothing written and no way to act, and the
    // same with the call that goes on with it announced.
    let sealed = "【ABCカード】お客様のカードのご利用を制限しました。本人確認をお願いいたします。";
    let primed = "【ABCカード】お客様のカードのご利用を制限しました。本人確認のため、このあと担当者からお電話いたします。";
    let has = |v: &smishguard_core::Verdict, code: &str| v.reasons.iter().any(|r| r.code == code);
    let new = Classifier::new();
    let v = new.classify(sealed, Some("ABC-Card"));
    assert_eq!(v.level, Level::Safe, "{v:?}");
    assert!(has(&v, "verdict.leads_nowhere"), "{v:?}");
    let v = new.classify(primed, Some("ABC-Card"));
    assert!(v.is_flagged(), "{v:?}");
    assert!(!has(&v, "verdict.leads_nowhere"), "{v:?}");
    // Schema 21 had neither the hold nor the words: both are held under dangerous only.
    let mut v = default_value();
    as_schema_21(&mut v);
    let schema21 = Classifier::from_json(v.to_string().as_bytes()).expect("a schema 21 pack loads");
    for text in [sealed, primed] {
        let v = schema21.classify(text, Some("ABC-Card"));
        assert!(v.is_flagged(), "{text}: {v:?}");
        assert!(!has(&v, "verdict.leads_nowhere"), "{text}: {v:?}");
    }
    // The words and the hold need the schema that added them.
    let mut v = default_value();
    v["schema"] = 21.into();
    v["speech"].as_object_mut().unwrap().remove("onward");
    let err = Classifier::from_json(v.to_string().as_bytes()).unwrap_err();
    assert!(err.to_string().contains("needs schema 22"), "{err}");
    let mut v = default_value();
    v["schema"] = 21.into();
    v["scoring"]["signals"]
        .as_object_mut()
        .unwrap()
        .remove("verdict.leads_nowhere");
    let err = Classifier::from_json(v.to_string().as_bytes()).unwrap_err();
    assert!(err.to_string().contains("needs schema 22"), "{err}");
}

/// The default pack without what schema 21 added: a valid schema 20 pack, with no words that
/// send the reader to a bare domain.
fn as_schema_20(v: &mut Value) {
    as_schema_21(v);
    v["schema"] = 20.into();
    v["speech"].as_object_mut().unwrap().remove("site_visits");
}

#[test]
fn a_schema_20_pack_reads_every_bare_domain_as_a_name() {
    // A genuine payment failure sends the reader to the brand's own domain, written bare.
    let notice = "Netflix：お支払いを完了できませんでした。netflix.com にアクセスし、アカウントからお支払い情報を更新してください。";
    let own_site =
        |v: &smishguard_core::Verdict| v.reasons.iter().any(|r| r.code == "brand.official_links");
    let new = Classifier::new().classify(notice, None);
    assert!(own_site(&new), "{new:?}");
    let mut v = default_value();
    as_schema_20(&mut v);
    let schema20 = Classifier::from_json(v.to_string().as_bytes()).expect("a schema 20 pack loads");
    // Without the words, the domain is the brand's name, and nothing vouches for the notice.
    let old = schema20.classify(notice, None);
    assert!(!own_site(&old), "{old:?}");
    // The words need the schema that added them.
    let mut v = default_value();
    v["schema"] = 20.into();
    let err = Classifier::from_json(v.to_string().as_bytes()).unwrap_err();
    assert!(err.to_string().contains("needs schema 21"), "{err}");
}

/// The default pack without what schema 20 added: a valid schema 19 pack, with no words that
/// make a label a member of staff's signature.
fn as_schema_19(v: &mut Value) {
    as_schema_20(v);
    v["schema"] = 19.into();
    v["speech"].as_object_mut().unwrap().remove("staff_labels");
}

#[test]
fn a_schema_19_pack_reads_every_label_as_the_institutions_own() {
    // A branch's member of staff writes from the mobile they carry, under the branch's label.
    let staff = "【あおば銀行 駅前支店】いつもお世話になっております。ご依頼の書類の件、明日お電話いたします。";
    let mobile = Some("090-1234-5678");
    let new = Classifier::new().classify(staff, mobile);
    assert_eq!(new.level, Level::Safe, "{new:?}");
    let mut v = default_value();
    as_schema_19(&mut v);
    let schema19 = Classifier::from_json(v.to_string().as_bytes()).expect("a schema 19 pack loads");
    // Without the words, the label is the bank's own notice, sent from a mobile.
    let old = schema19.classify(staff, mobile);
    assert!(
        old.reasons.iter().any(|r| r.code == "sender.mobile"),
        "{old:?}"
    );
    // The words need the schema that added them.
    let mut v = default_value();
    v["schema"] = 19.into();
    let err = Classifier::from_json(v.to_string().as_bytes()).unwrap_err();
    assert!(err.to_string().contains("needs schema 20"), "{err}");
}

/// The default pack without what schema 19 added: a valid schema 18 pack, with no story that
/// stands without a link and no threat marked an alarm.
fn as_schema_18(v: &mut Value) {
    as_schema_19(v);
    v["schema"] = 18.into();
    for c in v["concepts"].as_array_mut().unwrap() {
        c.as_object_mut().unwrap().remove("alarm");
    }
    for s in v["stories"].as_array_mut().unwrap() {
        s.as_object_mut().unwrap().remove("stands_without_link");
    }
}

#[test]
fn a_schema_18_pack_holds_every_story_but_a_complete_one() {
    // A bank says the account is stopped, in a subject line with nothing to tap or call.
    let subject = "【〇〇信用金庫】お客様の口座のご利用を停止しました";
    let held = |c: &Classifier| {
        c.classify(subject, None)
            .reasons
            .iter()
            .any(|r| r.code == "verdict.no_way_to_act")
    };
    let new = Classifier::new();
    let v = new.classify(subject, None);
    assert!(
        v.reasons.iter().any(|r| r.code == "story.actor_threat"),
        "{v:?}"
    );
    assert!(!held(&new), "{v:?}");
    let mut v = default_value();
    as_schema_18(&mut v);
    let schema18 = Classifier::from_json(v.to_string().as_bytes()).expect("a schema 18 pack loads");
    assert!(held(&schema18));
    // The marks need the schema that added them, the alarm a threat, and a story that stands
    // without a link a threat it can be told without a link.
    let mut v = default_value();
    v["schema"] = 18.into();
    let err = Classifier::from_json(v.to_string().as_bytes()).unwrap_err();
    assert!(err.to_string().contains("needs schema 19"), "{err}");
    let mut v = default_value();
    let actor = v["concepts"]
        .as_array()
        .unwrap()
        .iter()
        .position(|c| c["family"] == "actor")
        .unwrap();
    v["concepts"][actor]["alarm"] = true.into();
    let err = Classifier::from_json(v.to_string().as_bytes()).unwrap_err();
    assert!(
        err.to_string()
            .contains(&format!("concepts[{actor}].alarm")),
        "{err}"
    );
    for requires in [
        serde_json::json!([["actor"], ["demand"]]),
        serde_json::json!([["threat"], ["foreign_link"]]),
    ] {
        let mut v = default_value();
        v["stories"][0].as_object_mut().unwrap().remove("complete");
        v["stories"][0]["stands_without_link"] = true.into();
        v["stories"][0]["requires"] = requires.clone();
        let err = Classifier::from_json(v.to_string().as_bytes()).unwrap_err();
        assert!(
            err.to_string().contains("stories[0].stands_without_link"),
            "{requires} {err}"
        );
    }
}

/// The default pack without what schema 18 added: a valid schema 17 pack, with no public
/// mailboxes.
fn as_schema_17(v: &mut Value) {
    as_schema_18(v);
    v["schema"] = 17.into();
    v["url_lists"].as_object_mut().unwrap().remove("mailboxes");
}

#[test]
fn a_brands_own_address_is_no_stranger_but_a_mailbox_is_anyones() {
    let notice = "【三菱UFJ銀行】振込受付完了のお知らせ";
    let weighs_address = |c: &Classifier, sender: &str| {
        c.classify(notice, Some(sender))
            .reasons
            .iter()
            .any(|r| r.code == "sender.email")
    };
    let new = Classifier::new();
    // The bank's own domain, and another brand's (an address there is that brand's own).
    assert!(!weighs_address(&new, "info@mufg.jp"));
    assert!(!weighs_address(&new, "No_Reply@Email.Apple.com"));
    // A public mailbox is anyone's, though it is a brand's official domain too; an unknown
    // domain is anyone's.
    assert!(weighs_address(&new, "k.tanaka@gmail.com"));
    assert!(weighs_address(&new, "mufg-info@icloud.com"));
    assert!(weighs_address(&new, "info@mufg-jp.support"));
    // A schema 17 pack has no list of mailboxes: every address weighs as before.
    let mut v = default_value();
    as_schema_17(&mut v);
    let schema17 = Classifier::from_json(v.to_string().as_bytes()).expect("a schema 17 pack loads");
    assert!(weighs_address(&schema17, "info@mufg.jp"));
    // The list needs the schema that added it, and holds domains only.
    v["url_lists"]["mailboxes"] = serde_json::json!(["gmail.com"]);
    let err = Classifier::from_json(v.to_string().as_bytes()).unwrap_err();
    assert!(err.to_string().contains("needs schema 18"), "{err}");
    let mut v = default_value();
    v["url_lists"]["mailboxes"] = serde_json::json!(["Gmail.com"]);
    let err = Classifier::from_json(v.to_string().as_bytes()).unwrap_err();
    assert!(err.to_string().contains("url_lists.mailboxes[0]"), "{err}");
}

/// The default pack without what schema 17 added: a valid schema 16 pack, every term joined
/// by `‥` written out as its alternatives.
fn as_schema_16(v: &mut Value) {
    as_schema_17(v);
    v["schema"] = 16.into();
    for c in v["concepts"].as_array_mut().unwrap() {
        for t in c["terms"].as_array_mut().unwrap() {
            *t = written_out(t.as_str().unwrap()).into();
        }
    }
}

#[test]
fn terms_written_out_read_as_their_joins() {
    assert_eq!(written_out("a|b‥c|d"), "ac|ad|bc|bd");
    assert_eq!(written_out("x…a|b‥c…y"), "x…ac|bc…y");
    assert_eq!(written_out("x…a"), "x…a");
    let mut v = default_value();
    let joins = v["concepts"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["terms"].as_array().unwrap())
        .filter(|t| t.as_str().unwrap().contains('‥'))
        .count();
    assert!(joins > 0, "the default pack joins some slots");
    as_schema_16(&mut v);
    let schema16 = Classifier::from_json(v.to_string().as_bytes()).expect("a schema 16 pack loads");
    // The same words, found as one atom or as two joined: every verdict is the same as the
    // schema 17 pack's, which joins them and has nothing else the schema 16 pack lacks.
    let mut joined = default_value();
    as_schema_17(&mut joined);
    let new = Classifier::from_json(joined.to_string().as_bytes()).expect("a schema 17 pack loads");
    let messages: Vec<_> = smishguard_tests::fixture_messages()
        .into_iter()
        .chain(smishguard_tests::corpus_messages().unwrap_or_default())
        .collect();
    assert!(messages.len() > 200, "{}", messages.len());
    for (at, text, sender) in &messages {
        assert_eq!(
            schema16.classify(text, sender.as_deref()),
            new.classify(text, sender.as_deref()),
            "{at}"
        );
    }
    // The join needs the schema that added it.
    let i = concept_where(&v, "id", "demand.act");
    v["concepts"][i]["terms"][0] = "受取‥はこちら".into();
    let err = Classifier::from_json(v.to_string().as_bytes()).unwrap_err();
    assert!(err.to_string().contains("needs schema 17"), "{err}");
}

/// The default pack without what schema 16 added: a valid schema 15 pack, with no
/// `speech.notice_headers`.
fn as_schema_15(v: &mut Value) {
    as_schema_16(v);
    v["schema"] = 15.into();
    let speech = v["speech"].as_object_mut().unwrap();
    speech.remove("notice_headers");
    speech.remove("notice_header_words");
}

#[test]
fn a_schema_15_pack_still_loads_and_reads_every_header_as_a_name() {
    let mut v = default_value();
    as_schema_15(&mut v);
    let schema15 = Classifier::from_json(v.to_string().as_bytes()).expect("a schema 15 pack loads");
    // A prize in a way to pay's name under a header that only labels the notice: PayPay
    // speaks, and the link is no one's. A schema 15 pack reads 【当選のお知らせ】 as a shop
    // speaking, and PayPay as the way to pay.
    let lure = "【当選のお知らせ】PayPay払いで20%還元キャンペーン当選！受け取りはこちら https://cp-present.example.com/x";
    let new = Classifier::new().classify(lure, None);
    assert_eq!(new.level, Level::Dangerous, "{new:?}");
    let old = schema15.classify(lure, None);
    assert!(old.brands.is_empty(), "{old:?}");
    assert_ne!(old.level, Level::Dangerous, "{old:?}");
    // A shop's header is a shop's for both.
    let campaign = "【〇〇ドラッグ】今週末はPayPay払いでポイント最大10%還元！詳しくは https://www.xx-drug.co.jp/campaign";
    assert_eq!(schema15.classify(campaign, None).level, Level::Safe);
    assert_eq!(
        Classifier::new().classify(campaign, None).level,
        Level::Safe
    );
    // The words need the schema that added them.
    v["speech"]["notice_headers"] = serde_json::json!(["重要"]);
    let err = Classifier::from_json(v.to_string().as_bytes()).unwrap_err();
    assert!(err.to_string().contains("needs schema 16"), "{err}");
}

/// The default pack without what schema 15 added: a valid schema 14 pack, with no concept
/// marked `means_of_payment`.
fn as_schema_14(v: &mut Value) {
    as_schema_15(v);
    v["schema"] = 14.into();
    for c in v["concepts"].as_array_mut().unwrap() {
        c.as_object_mut().unwrap().remove("means_of_payment");
    }
}

#[test]
fn a_schema_14_pack_still_loads() {
    let mut v = default_value();
    as_schema_14(&mut v);
    let schema14 = Classifier::from_json(v.to_string().as_bytes()).expect("a schema 14 pack loads");
    // A shop's campaign naming the way to pay, with the shop's own link: the payment brand is
    // how the reader pays, not who speaks, so the shop's link is no mismatch. A schema 14 pack
    // reads PayPay as the speaker.
    let campaign = "【〇〇ドラッグ】今週末はPayPay払いでポイント最大10%還元！詳しくは https://www.xx-drug.co.jp/campaign";
    let new = Classifier::new().classify(campaign, None);
    assert_eq!(new.level, Level::Safe, "{new:?}");
    assert!(new.brands.is_empty(), "{new:?}");
    let old = schema14.classify(campaign, None);
    assert!(
        old.reasons.iter().any(|r| r.code == "brand.link_mismatch"),
        "{old:?}"
    );
    // PayPay speaking for itself is read alike by both.
    let lure = "【PayPay】お支払いに問題が発生しました。 https://pay-help.top/x";
    assert_eq!(
        Classifier::new().classify(lure, None).level,
        schema14.classify(lure, None).level
    );
    // The mark needs the schema that added it.
    let paid_by = v["concepts"]
        .as_array()
        .unwrap()
        .iter()
        .position(|c| c["id"] == "genuine.paid_by")
        .expect("the concept is in the pack");
    v["concepts"][paid_by]["means_of_payment"] = true.into();
    let err = Classifier::from_json(v.to_string().as_bytes()).unwrap_err();
    assert!(err.to_string().contains("needs schema 15"), "{err}");
}

/// The default pack without what schema 14 added: a valid schema 13 pack, with no `speech`.
fn as_schema_13(v: &mut Value) {
    as_schema_14(v);
    v["schema"] = 13.into();
    v.as_object_mut().unwrap().remove("speech");
}

#[test]
fn a_schema_13_pack_still_loads_and_reads_speech_with_the_embedded_words() {
    let mut v = default_value();
    as_schema_13(&mut v);
    let schema13 = Classifier::from_json(v.to_string().as_bytes()).expect("a schema 13 pack loads");
    // A public alert that names the scam by the words it goes by, and one that asks for
    // nothing beside the scam's quoted threats: the same verdicts as the embedded pack's.
    for alert in [
        "【国民生活センター】「有料動画サイト未納料金」を名乗る架空請求にご注意ください",
        "【○○市消費生活センター】「未納料金がある」「法的手続きに移る」などのSMSに返信・電話をしないでください。",
    ] {
        let new = Classifier::new().classify(alert, None);
        assert_eq!(new.level, Level::Safe, "{new:?}");
        assert_eq!(schema13.classify(alert, None), new);
    }
    // The words of speech need the schema that added them.
    v["speech"] = default_value()["speech"].clone();
    let err = Classifier::from_json(v.to_string().as_bytes()).unwrap_err();
    assert!(err.to_string().contains("needs schema 14"), "{err}");
}

#[test]
fn a_pack_that_changes_the_words_of_speech_changes_verdicts() {
    // An alert that names the scam by the words it goes by: talked about while を名乗る labels
    // the quotation, told once the pack no longer lists it.
    let alert = "【国民生活センター】「有料動画サイト未納料金」を名乗る架空請求にご注意ください";
    assert_eq!(Classifier::new().classify(alert, None).level, Level::Safe);
    let mut v = default_value();
    v["speech"]["quotatives"]
        .as_array_mut()
        .unwrap()
        .retain(|q| !q.as_str().unwrap().ends_with("名乗"));
    let c = Classifier::from_json(v.to_string().as_bytes()).expect("the pack loads");
    assert!(c.classify(alert, None).is_flagged());
    // A refund to claim at a number after enquiries is a contact line; with a pack whose
    // contact lines name only opinions, it is a number the reader is sent to call.
    let refund = "【国民生活センター】被害金の返金対象です。お問い合わせは 050-5561-2230 まで";
    let odd = |c: &Classifier| {
        c.classify(refund, None)
            .reasons
            .iter()
            .any(|r| r.code == "phone.call_ip_or_mobile")
    };
    assert!(!odd(&Classifier::new()));
    let mut v = default_value();
    v["speech"]["contact_lines"] = serde_json::json!(["ご意見"]);
    let c = Classifier::from_json(v.to_string().as_bytes()).expect("the pack loads");
    assert!(odd(&c));
}

/// The default pack without what schema 13 added: a valid schema 12 pack, with no concept
/// marked `complete` and no brand with `geographic_labels`.
fn as_schema_12(v: &mut Value) {
    as_schema_13(v);
    v["schema"] = 12.into();
    for c in v["concepts"].as_array_mut().unwrap() {
        c.as_object_mut().unwrap().remove("complete");
    }
    for b in v["brands"].as_array_mut().unwrap() {
        b.as_object_mut().unwrap().remove("geographic_labels");
    }
}

#[test]
fn a_schema_12_pack_still_loads() {
    let mut v = default_value();
    as_schema_12(&mut v);
    let schema12 = Classifier::from_json(v.to_string().as_bytes()).expect("a schema 12 pack loads");
    // A fictitious bill for a paid site whose number was cut: the whole lure by itself, so
    // it is lifted to dangerous as a complete story is.
    let bill = "有料サイトの利用履歴があり、ご利用料金が未納となっております。";
    let new = Classifier::new().classify(bill, None);
    assert_eq!(new.level, Level::Dangerous, "{new:?}");
    assert!(
        new.reasons
            .iter()
            .any(|r| r.code == "verdict.complete_story"),
        "{new:?}"
    );
    let old = schema12.classify(bill, None);
    assert_eq!(old.level, Level::Suspicious, "{old:?}");
    // A public alert quoting the same lure speaks for itself: held under dangerous in both.
    let alert = "【消費者庁】「有料動画の未納料金が発生しています」というSMSにご注意ください。身に覚えのない請求には応じないでください。";
    for c in [&Classifier::new(), &schema12] {
        assert_ne!(c.classify(alert, None).level, Level::Dangerous);
    }
    // A city's notice linking its own geographic domain: a foreign link without the labels.
    let city = "【〇〇市】国民健康保険料の納付が確認できていません。区役所へご相談ください。https://www.city.kawasaki.jp/";
    let own = Classifier::new().classify(city, None);
    assert!(
        own.urls[0]
            .flags
            .contains(&smishguard_core::UrlFlag::Official),
        "{own:?}"
    );
    assert_eq!(own.level, Level::Safe, "{own:?}");
    assert!(schema12.classify(city, None).is_flagged());
    // The mark needs the schema that added it.
    let k = concept_where(&v, "id", "benefit.windfall");
    v["concepts"][k]["complete"] = true.into();
    let err = Classifier::from_json(v.to_string().as_bytes()).unwrap_err();
    assert!(err.to_string().contains("needs schema 13"), "{err}");
}

/// The default pack without what schema 12 added: a valid schema 11 pack, with no concept
/// or story of the `kin` family and no concept marked `own_lines`.
fn as_schema_11(v: &mut Value) {
    as_schema_12(v);
    v["schema"] = 11.into();
    for c in v["concepts"].as_array_mut().unwrap() {
        c.as_object_mut().unwrap().remove("own_lines");
    }
    let kin = |x: &Value| x == "kin";
    v["concepts"]
        .as_array_mut()
        .unwrap()
        .retain(|c| !kin(&c["family"]));
    v["stories"].as_array_mut().unwrap().retain(|s| {
        !s["requires"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|any| any.as_array().unwrap())
            .any(kin)
    });
}

#[test]
fn a_schema_11_pack_still_loads() {
    let mut v = default_value();
    as_schema_11(&mut v);
    let schema11 = Classifier::from_json(v.to_string().as_bytes()).expect("a schema 11 pack loads");
    // A parent told of a new number, with nothing asked: the story of the `kin` family.
    let opener = "お母さん、スマホ壊れたから新しい番号になった。登録しといて";
    let new = Classifier::new().classify(opener, None);
    assert!(new.is_flagged(), "{new:?}");
    assert!(
        new.reasons
            .iter()
            .any(|r| r.code == "story.kin_new_contact"),
        "{new:?}"
    );
    let old = schema11.classify(opener, None);
    assert!(!old.is_flagged(), "{old:?}");
    // A clinic's own 050 line: not an odd one beside the mark schema 12 added.
    let clinic = "【さつき歯科医院】本日15時のご予約の件で確認がございます。至急 050-3811-2046 までお電話ください。";
    assert!(!Classifier::new().classify(clinic, None).is_flagged());
    assert!(schema11.classify(clinic, None).is_flagged());
    // The family needs the schema that added it.
    v["concepts"][0]["family"] = "kin".into();
    let err = Classifier::from_json(v.to_string().as_bytes()).unwrap_err();
    assert!(err.to_string().contains("kin: schema 12"), "{err}");
}

/// The default pack without what schema 11 added: a valid schema 10 pack, with no content
/// platforms.
fn as_schema_10(v: &mut Value) {
    as_schema_11(v);
    v["schema"] = 10.into();
    v["url_lists"]
        .as_object_mut()
        .unwrap()
        .remove("content_platforms");
}

#[test]
fn a_schema_10_pack_still_loads() {
    let mut v = default_value();
    as_schema_10(&mut v);
    let schema10 = Classifier::from_json(v.to_string().as_bytes()).expect("a schema 10 pack loads");
    // A friend's video from a mobile: on the platform's own share link, no channel for a lure.
    let shared = "この動画めっちゃ笑ったw https://youtu.be/dQ8kLm3Xz2A";
    let mobile = Some("090-4417-2285");
    let new = Classifier::new().classify(shared, mobile);
    assert_eq!(new.level, Level::Safe, "{new:?}");
    assert!(new.urls.iter().all(|u| u.flags.is_empty()), "{new:?}");
    // Without the list, the share link is a shortener off every official site.
    let old = schema10.classify(shared, mobile);
    assert!(old.is_flagged(), "{old:?}");
    // The list entry needs the schema that added it.
    v["url_lists"]["content_platforms"] = serde_json::json!(["youtu.be"]);
    let err = Classifier::from_json(v.to_string().as_bytes()).unwrap_err();
    assert!(err.to_string().contains("needs schema 11"), "{err}");
}

/// The default pack without what schema 10 added: a valid schema 9 pack, whose link cues do
/// not say whether they name a link.
fn as_schema_9(v: &mut Value) {
    as_schema_10(v);
    v["schema"] = 9.into();
    for c in v["concepts"].as_array_mut().unwrap() {
        c.as_object_mut().unwrap().remove("names_link");
    }
}

/// A lure whose link was cut after 「下記URLより」, with a number written after it.
const CUT_LINK_AND_NUMBER: &str = "【〇〇カード】ご本人様の確認が取れないため、ご利用を停止しております。解除は下記URLより 03-5555-0421";

#[test]
fn a_schema_9_pack_still_loads() {
    let mut v = default_value();
    as_schema_9(&mut v);
    let schema9 = Classifier::from_json(v.to_string().as_bytes()).expect("a schema 9 pack loads");
    let story = "story.complete_foreign_link";
    let new = Classifier::new().classify(CUT_LINK_AND_NUMBER, None);
    assert!(new.reasons.iter().any(|r| r.code == story), "{new:?}");
    assert_eq!(new.level, Level::Dangerous, "{new:?}");
    // Without the mark, every cue in a message that gives a number points at the number.
    let old = schema9.classify(CUT_LINK_AND_NUMBER, None);
    assert!(!old.reasons.iter().any(|r| r.code == story), "{old:?}");
}

/// The default pack without what schema 9 added: a valid schema 8 pack, with no favour
/// concept and no story that needs one.
fn as_schema_8(v: &mut Value) {
    as_schema_9(v);
    v["schema"] = 8.into();
    let mut gone = Vec::new();
    v["concepts"].as_array_mut().unwrap().retain(|c| {
        let keep = c["family"] != "favour";
        if !keep {
            gone.push(c["id"].clone());
        }
        keep
    });
    v["stories"].as_array_mut().unwrap().retain(|s| {
        let needs_favour = s["requires"]
            .as_array()
            .unwrap()
            .iter()
            .any(|any| any.as_array().unwrap().iter().any(|p| p == "favour"));
        if needs_favour {
            gone.push(s["id"].clone());
        }
        !needs_favour
    });
    for table in ["concepts", "stories"] {
        if let Some(w) = v["model"][table].as_object_mut() {
            w.retain(|id, _| !gone.iter().any(|g| g == id));
        }
    }
}

/// Someone with a new number who wants something at once: the favour story of schema 9.
const NEW_NUMBER_FAVOUR: &str =
    "お母さん、スマホ壊れて番号変わったよ。ちょっとお願いがあるんだけど今話せる?";

#[test]
fn a_schema_8_pack_still_loads() {
    let mut v = default_value();
    as_schema_8(&mut v);
    let schema8 = Classifier::from_json(v.to_string().as_bytes()).expect("a schema 8 pack loads");
    let new = Classifier::new().classify(NEW_NUMBER_FAVOUR, None);
    assert!(
        new.reasons
            .iter()
            .any(|r| r.code == "story.new_contact_favour"),
        "{new:?}"
    );
    assert_eq!(new.level, Level::Suspicious, "{new:?}");
    let old = schema8.classify(NEW_NUMBER_FAVOUR, None);
    assert!(
        !old.reasons.iter().any(|r| r.code.starts_with("favour.")),
        "{old:?}"
    );
    assert_eq!(old.level, Level::Safe, "{old:?}");
}

/// The default pack without what schema 8 added: a valid schema 7 pack, whose offers of easy
/// income take the category of the other benefits.
fn as_schema_7(v: &mut Value) {
    as_schema_8(v);
    v["schema"] = 7.into();
    for c in v["concepts"].as_array_mut().unwrap() {
        if c["category"] == "easy_money" {
            c["category"] = "prize_refund".into();
        }
    }
}

#[test]
fn a_schema_7_pack_still_loads() {
    let mut v = default_value();
    as_schema_7(&mut v);
    let schema7 = Classifier::from_json(v.to_string().as_bytes()).expect("a schema 7 pack loads");
    let new = Classifier::new().classify(SIDE_JOB_BY_REPLY, None);
    assert_eq!(new.category, Some(Category::EasyMoney), "{new:?}");
    let old = schema7.classify(SIDE_JOB_BY_REPLY, None);
    assert_eq!(old.level, new.level, "{old:?}");
    assert_eq!(old.category, Some(Category::PrizeRefund), "{old:?}");
}

/// The default pack without what schema 7 added: a valid schema 6 pack. Income and payment
/// concepts are read as the benefits and demands they were; a story that needs one of the new
/// families apart from the old one (a side job offered, money asked for) is dropped, with what
/// yields to it, and the others lose their `unless`.
fn as_schema_6(v: &mut Value) {
    as_schema_7(v);
    v["schema"] = 6.into();
    let older = |family: &str| match family {
        "income" => Some("benefit"),
        "payment" => Some("demand"),
        _ => None,
    };
    for c in v["concepts"].as_array_mut().unwrap() {
        if let Some(old) = c["family"].as_str().and_then(older) {
            c["family"] = old.into();
        }
    }
    let mut dropped = Vec::new();
    v["stories"].as_array_mut().unwrap().retain_mut(|s| {
        let mut keep = true;
        for any in s["requires"].as_array_mut().unwrap() {
            let any = any.as_array_mut().unwrap();
            let names: Vec<&str> = any.iter().filter_map(Value::as_str).collect();
            keep &= names
                .iter()
                .all(|n| older(n).is_none_or(|old| names.contains(&old)));
            any.retain(|p| p.as_str().and_then(older).is_none());
        }
        if !keep {
            dropped.push(s["id"].clone());
        }
        keep
    });
    for s in v["stories"].as_array_mut().unwrap() {
        if dropped.contains(&s["yields_to"]) {
            s.as_object_mut().unwrap().remove("yields_to");
        }
        // A story that stays is told whatever else the message says.
        s.as_object_mut().unwrap().remove("unless");
    }
}

/// A stranger's side job answered by reply: the income story of schema 7.
const SIDE_JOB_BY_REPLY: &str =
    "在宅でスマホだけで日給3万円以上稼げるお仕事のご案内です。ご興味があれば「1」とご返信ください。";

#[test]
fn a_schema_6_pack_still_loads() {
    let mut v = default_value();
    as_schema_6(&mut v);
    let schema6 = Classifier::from_json(v.to_string().as_bytes()).expect("a schema 6 pack loads");
    let new = Classifier::new().classify(SIDE_JOB_BY_REPLY, None);
    assert_eq!(new.level, Level::Dangerous, "{new:?}");
    assert!(new.reasons.iter().any(|r| r.code == "story.income_contact"));
    let old = schema6.classify(SIDE_JOB_BY_REPLY, None);
    assert!(old.score < new.score, "{old:?}");
    assert!(codes(&schema6, SIDE_JOB_BY_REPLY)
        .iter()
        .all(|r| r != "story.income_contact"));
}

/// The default pack without what schema 6 and later added: a valid schema 5 pack.
fn as_schema_5(v: &mut Value) {
    as_schema_6(v);
    v["schema"] = 5.into();
    v["stories"].as_array_mut().unwrap().retain(|s| {
        let requires = s["requires"].to_string();
        s.get("yields_to").is_none()
            && !requires.contains("untraceable_pay")
            && !requires.contains("unaccountable_link")
    });
    v["url_lists"]
        .as_object_mut()
        .unwrap()
        .remove("accountable_suffixes");
}

/// A complete story whose link is not the brand's: the fuller story is told, and the threat
/// with the foreign link, which it already weighs, yields to it.
const FULL_STORY_FOREIGN_LINK: &str =
    "【三井住友カード】カードのご利用を制限しています。本人確認をお願いします https://smbc-card-check.com/";
/// A threat with a link that is not the named card company's, and no demand in words.
const THREAT_FOREIGN_LINK: &str =
    "【〇〇カード】携帯番号の確認不足のため、ご利用を制限しております https://card-kakunin.com/";
/// A refund to collect at an ATM: a promise of money, then a payment no office asks for.
const ATM_REFUND: &str =
    "【〇〇年金事務所】還付金があります。お近くのATMにて受け取りのお手続きをお願いいたします。";

fn codes(c: &Classifier, text: &str) -> Vec<String> {
    c.classify(text, None)
        .reasons
        .into_iter()
        .map(|r| r.code.to_string())
        .collect()
}

#[test]
fn a_story_yields_to_the_fuller_one() {
    let c = Classifier::new();
    let full = codes(&c, FULL_STORY_FOREIGN_LINK);
    assert!(
        full.iter().any(|r| r == "story.complete_foreign_link"),
        "{full:?}"
    );
    assert!(
        full.iter().all(|r| r != "story.threat_foreign_link"),
        "{full:?}"
    );
    let threat = codes(&c, THREAT_FOREIGN_LINK);
    assert!(
        threat.iter().any(|r| r == "story.threat_foreign_link"),
        "{threat:?}"
    );
    assert_eq!(
        c.classify(THREAT_FOREIGN_LINK, None).level,
        Level::Dangerous
    );
    // Without `yields_to`, both are told and the same link is weighed twice.
    let mut v = default_value();
    for s in v["stories"].as_array_mut().unwrap() {
        s.as_object_mut().unwrap().remove("yields_to");
    }
    let stacked = Classifier::from_json(v.to_string().as_bytes()).unwrap();
    let both = codes(&stacked, FULL_STORY_FOREIGN_LINK);
    assert!(
        both.iter().any(|r| r == "story.threat_foreign_link"),
        "{both:?}"
    );
    // An organisation we do not know, on a domain only a registered company can hold, answers
    // for its link; the same words on a domain anyone can register do not.
    let courier = |domain: &str| {
        format!("【はやぶさ便】お荷物のお届けにあがりましたが、ご不在でした。再配達は下記より https://www.{domain}/saihai/")
    };
    let accountable = codes(&c, &courier("hayabusa-bin.co.jp"));
    assert!(
        accountable.iter().all(|r| r != "story.threat_foreign_link"),
        "{accountable:?}"
    );
    let anyones = codes(&c, &courier("hayabusa-bin.com"));
    assert!(
        anyones.iter().any(|r| r == "story.threat_foreign_link"),
        "{anyones:?}"
    );
    // A customer's subdomain at a hosting company is nobody's registered domain.
    let hosted = codes(&c, &courier("hayabusa.sakura.ne.jp"));
    assert!(
        hosted.iter().any(|r| r == "story.threat_foreign_link"),
        "{hosted:?}"
    );
    // On the company's own domain there is no foreign link to tell of.
    let own = codes(
        &c,
        "【三井住友カード】カードのご利用を制限しています https://www.smbc-card.com/mem/",
    );
    assert!(
        own.iter().all(|r| r != "story.threat_foreign_link"),
        "{own:?}"
    );
}

/// The reasons of `text` with their weights and the words they point at.
fn weighed(c: &Classifier, text: &str) -> Vec<(String, f32, Option<String>)> {
    c.classify(text, None)
        .reasons
        .into_iter()
        .map(|r| (r.code.to_string(), r.weight, r.text.map(|t| t.to_string())))
        .collect()
}

#[test]
fn a_story_shows_the_words_of_its_parts() {
    // A pack whose model gives no concept and no learned story a weight: only the hand-weighted
    // story weighs, and its parts are still shown, with no weight, where the text says them.
    let mut v = default_value();
    v["model"]["concepts"] = serde_json::json!({});
    v["model"]["stories"] = serde_json::json!({});
    let c = Classifier::from_json(v.to_string().as_bytes()).unwrap();
    let text = format!("本日中に{THREAT_FOREIGN_LINK}");
    let r = weighed(&c, &text);
    let find = |code: &str| r.iter().find(|(c, _, _)| c == code);
    assert!(find("story.threat_foreign_link").is_some(), "{r:?}");
    let threat = find("threat.suspension").expect("the threat is shown");
    assert_eq!(threat.1, 0.0, "{r:?}");
    assert!(
        threat.2.as_deref().is_some_and(|t| t.contains("制限")),
        "{r:?}"
    );
    assert!(find("actor.card").is_some(), "{r:?}");
    // A deadline is no part of that story: with no weight, it explains nothing.
    assert!(find("pressure.deadline").is_none(), "{r:?}");
    // Nor is a threat shown when no story with weight is told.
    let alone = weighed(&c, "ご利用を制限しております");
    assert!(
        alone.iter().all(|(c, _, _)| c != "threat.suspension"),
        "{alone:?}"
    );
}

#[test]
fn a_schema_5_pack_still_loads() {
    let mut v = default_value();
    as_schema_5(&mut v);
    let schema5 = Classifier::from_json(v.to_string().as_bytes()).expect("a schema 5 pack loads");
    let new = Classifier::new().classify(ATM_REFUND, None);
    assert_eq!(new.level, Level::Dangerous, "{new:?}");
    assert!(new
        .reasons
        .iter()
        .any(|r| r.code == "story.bait_untraceable_pay"));
    let old = schema5.classify(ATM_REFUND, None);
    assert!(old.score < new.score, "{old:?}");
    assert!(codes(&schema5, THREAT_FOREIGN_LINK)
        .iter()
        .all(|r| r != "story.threat_foreign_link"));
}

/// The default pack without what schema 5 and later added: a valid schema 4 pack.
fn as_schema_4(v: &mut Value) {
    as_schema_5(v);
    v["schema"] = 4.into();
    v["url_lists"]
        .as_object_mut()
        .unwrap()
        .remove("throwaway_tlds");
    v["stories"]
        .as_array_mut()
        .unwrap()
        .retain(|s| !s["requires"].to_string().contains("disguised_link"));
    for c in v["concepts"].as_array_mut().unwrap() {
        c.as_object_mut().unwrap().remove("payment_instrument");
    }
}

/// A bait sent to a throw-away domain, naming nobody: no full story, only the link's flags.
const BAIT_ON_THROWAWAY: &str =
    "おめでとうございます！抽選で10万円分のポイントに当選しました。受け取りは本日まで https://prize-get.top/";

#[test]
fn a_schema_4_pack_still_loads() {
    let mut v = default_value();
    as_schema_4(&mut v);
    let schema4 = Classifier::from_json(v.to_string().as_bytes()).expect("a schema 4 pack loads");
    let (new, old) = (
        Classifier::new().classify(BAIT_ON_THROWAWAY, None),
        schema4.classify(BAIT_ON_THROWAWAY, None),
    );
    assert_eq!(new.level, Level::Dangerous, "{new:?}");
    assert!(new
        .reasons
        .iter()
        .any(|r| r.code == "story.bait_disguised_link"));
    // Without throw-away domains or the story, the link's flags alone leave it suspicious.
    assert_eq!(old.level, Level::Suspicious, "{old:?}");
    assert!(old
        .reasons
        .iter()
        .all(|r| r.code != "story.bait_disguised_link"));
}

/// The default pack without what schema 4 and later added: a valid schema 3 pack.
fn as_schema_3(v: &mut Value) {
    as_schema_4(v);
    v["schema"] = 3.into();
    v["scoring"]
        .as_object_mut()
        .unwrap()
        .remove("dangerous_complete_story");
    for c in v["concepts"].as_array_mut().unwrap() {
        if c["category"] == "impersonation" {
            let c = c.as_object_mut().unwrap();
            c.remove("category");
            c.remove("category_weight");
        }
    }
}

#[test]
fn a_schema_3_pack_still_loads() {
    let mut v = default_value();
    as_schema_3(&mut v);
    let schema3 = Classifier::from_json(v.to_string().as_bytes()).expect("a schema 3 pack loads");
    // It has no lower bar for complete stories, and never gives their reason.
    let story =
        "【三井住友カード】お客様のカードのご利用を一時停止しました。至急本人確認をお願いします。";
    let (new, old) = (
        Classifier::new().classify(story, None),
        schema3.classify(story, None),
    );
    assert_eq!(new.level, old.level);
    assert!(old
        .reasons
        .iter()
        .all(|r| r.code != "verdict.complete_story"));
}

/// The default pack without what schema 3 and later added: a valid schema 2 pack.
fn as_schema_2(v: &mut Value) {
    as_schema_3(v);
    v["schema"] = 2.into();
    v["scoring"]
        .as_object_mut()
        .unwrap()
        .remove("dangerous_without_way_to_act");
    v["concepts"]
        .as_array_mut()
        .unwrap()
        .retain(|c| c["family"] != "new_contact");
    for c in v["concepts"].as_array_mut().unwrap() {
        if c["family"] == "emphasis" {
            c["family"] = "pressure".into();
        }
        c.as_object_mut().unwrap().remove("mobile_lines");
    }
    v["url_lists"].as_object_mut().unwrap().remove("user_pages");
    v["stories"]
        .as_array_mut()
        .unwrap()
        .retain(|s| !s["requires"].to_string().contains("new_contact"));
    for s in v["stories"].as_array_mut().unwrap() {
        s.as_object_mut().unwrap().remove("complete");
        for part in s["requires"].as_array_mut().unwrap() {
            part.as_array_mut().unwrap().retain(|f| f != "emphasis");
        }
    }
}

#[test]
fn a_schema_2_pack_still_loads() {
    let mut v = default_value();
    as_schema_2(&mut v);
    let schema2 = Classifier::from_json(v.to_string().as_bytes()).expect("a schema 2 pack loads");
    // It has no complete story and no bar: a lure's whole story with no way to act is held.
    let story =
        "【三井住友カード】お客様のカードのご利用を一時停止しました。至急本人確認をお願いします。";
    assert_eq!(
        Classifier::new().classify(story, None).level,
        Level::Dangerous
    );
    assert_eq!(schema2.classify(story, None).level, Level::Suspicious);
    // Nor does it need the signals added since rule pack 0.1.0: they never fire without it.
    for code in [
        "verdict.no_way_to_act",
        "brand.shortener_beside_official",
        "url.user_page",
        "sender.ip_phone",
    ] {
        v["scoring"]["signals"]
            .as_object_mut()
            .unwrap()
            .remove(code);
    }
    let old = Classifier::from_json(v.to_string().as_bytes()).expect("a 0.1.0-era pack loads");
    let notice = "【ドコモ】料金が確定しました。詳細は https://bit.ly/3dcmo または https://www.docomo.ne.jp/ で";
    assert!(old
        .classify(notice, None)
        .reasons
        .iter()
        .all(|r| r.code != "brand.shortener_beside_official"));
    // An 050 sender weighs with the default pack, and is not weighed without the signal.
    let from_050 = |c: &Classifier| {
        c.classify(
            "日本年金機構です。受給額の見直しについて確認を行っております。",
            Some("050-3371-8820"),
        )
        .reasons
        .iter()
        .any(|r| r.code == "sender.ip_phone")
    };
    assert!(from_050(&Classifier::new()));
    assert!(!from_050(&old));
}

/// (name, how to break the default pack, what the error must say)
type Breakage = (&'static str, fn(&mut Value), &'static str);

const BREAKAGES: &[Breakage] = &[
    (
        "means_of_payment_on_a_threat",
        |v| v["concepts"][9]["means_of_payment"] = true.into(),
        "concepts[9].means_of_payment: only a promotional concept names how the reader pays",
    ),
    (
        "speech_word_twice",
        |v| v["speech"]["reporting"] = serde_json::json!(["などと", "などと"]),
        "speech.reporting[1]: is listed twice",
    ),
    (
        "speech_word_not_matchable",
        |v| v["speech"]["quotatives"] = serde_json::json!(["とSMS"]),
        "speech.quotatives[0]: is not in the form messages are matched in",
    ),
    (
        "speech_list_empty",
        |v| v["speech"]["disowning"] = serde_json::json!([]),
        "speech.disowning: needs at least one word",
    ),
    (
        "content_platform_on_free_hosting",
        |v| v["url_lists"]["content_platforms"] = serde_json::json!(["github.io"]),
        "url_lists.content_platforms[0]: must be a platform's own host",
    ),
    (
        "wrong_schema",
        |v| v["schema"] = 1.into(),
        "schema 1 is not supported",
    ),
    (
        "missing_signal",
        |v| {
            v["scoring"]["signals"]
                .as_object_mut()
                .unwrap()
                .remove("brand.link_mismatch");
        },
        "scoring.signals.brand.link_mismatch",
    ),
    (
        "bad_thresholds",
        |v| v["scoring"]["dangerous"] = 0.2.into(),
        "0 < suspicious < dangerous < 1",
    ),
    (
        "hold_threshold_under_dangerous",
        |v| v["scoring"]["dangerous_without_way_to_act"] = 0.6.into(),
        "scoring.dangerous_without_way_to_act",
    ),
    (
        "schema_2_with_the_new_threshold",
        |v| v["schema"] = 2.into(),
        "scoring.dangerous_without_way_to_act",
    ),
    (
        "complete_story_bar_over_dangerous",
        |v| v["scoring"]["dangerous_complete_story"] = 0.9.into(),
        "scoring.dangerous_complete_story",
    ),
    (
        "complete_story_bar_at_suspicious",
        |v| v["scoring"]["dangerous_complete_story"] = v["scoring"]["suspicious"].clone(),
        "must be above suspicious and at most dangerous",
    ),
    (
        "schema_3_with_the_impersonation_category",
        |v| {
            as_schema_3(v);
            v["concepts"][0]["category"] = "impersonation".into();
        },
        "impersonation: schema 4",
    ),
    (
        "schema_7_with_the_easy_money_category",
        |v| {
            as_schema_7(v);
            v["concepts"][0]["category"] = "easy_money".into();
        },
        "easy_money: schema 8",
    ),
    (
        "schema_9_with_a_cue_naming_a_link",
        |v| {
            as_schema_9(v);
            let cue = v["concepts"]
                .as_array_mut()
                .unwrap()
                .iter_mut()
                .find(|c| c["family"] == "link")
                .unwrap();
            cue["names_link"] = true.into();
        },
        "names_link: needs schema 10",
    ),
    (
        "names_link_on_a_threat",
        |v| {
            let threat = v["concepts"]
                .as_array_mut()
                .unwrap()
                .iter_mut()
                .find(|c| c["family"] == "threat")
                .unwrap();
            threat["names_link"] = true.into();
        },
        "names_link: only a link cue names a link",
    ),
    (
        "schema_8_with_the_favour_family",
        |v| {
            as_schema_8(v);
            v["concepts"][0]["family"] = "favour".into();
        },
        "favour: schema 9",
    ),
    (
        "schema_8_story_with_the_favour_part",
        |v| {
            as_schema_8(v);
            v["stories"][0]["requires"][0] = serde_json::json!(["favour"]);
        },
        "favour: schema 9",
    ),
    (
        "schema_7_brand_with_the_easy_money_sector",
        |v| {
            as_schema_7(v);
            v["brands"][0]["sector"] = "easy_money".into();
        },
        "brands[0].sector: the category needs a newer schema",
    ),
    (
        "schema_3_brand_with_the_impersonation_sector",
        |v| {
            as_schema_3(v);
            v["brands"][0]["sector"] = "impersonation".into();
        },
        "brands[0].sector",
    ),
    (
        "complete_story_bar_without_its_reason",
        |v| {
            v["scoring"]["signals"]
                .as_object_mut()
                .unwrap()
                .remove("verdict.complete_story");
        },
        "scoring.signals.verdict.complete_story",
    ),
    (
        "hold_bar_without_its_reason",
        |v| {
            v["scoring"]["signals"]
                .as_object_mut()
                .unwrap()
                .remove("verdict.no_way_to_act");
        },
        "scoring.signals.verdict.no_way_to_act",
    ),
    (
        "schema_3_with_the_complete_story_bar",
        |v| v["schema"] = 3.into(),
        "needs schema 4",
    ),
    (
        "schema_2_with_a_complete_story",
        |v| {
            as_schema_2(v);
            v["stories"][0]["complete"] = true.into();
        },
        "stories[0].complete",
    ),
    (
        "schema_2_with_an_emphasis_concept",
        |v| {
            as_schema_2(v);
            v["concepts"][0]["family"] = "emphasis".into();
        },
        "concepts[0].family: the family needs a newer schema (emphasis: schema 3)",
    ),
    (
        "schema_2_with_mobile_lines",
        |v| {
            as_schema_2(v);
            v["concepts"][0]["mobile_lines"] = true.into();
        },
        "concepts[0].mobile_lines",
    ),
    (
        "mobile_lines_on_a_threat",
        |v| {
            let threat = concept_where(v, "family", "threat");
            v["concepts"][threat]["mobile_lines"] = true.into();
        },
        "only an actor has lines of its own",
    ),
    (
        "schema_2_with_a_new_contact_concept",
        |v| {
            as_schema_2(v);
            v["concepts"][1]["family"] = "new_contact".into();
        },
        "concepts[1].family",
    ),
    (
        "schema_2_with_a_new_contact_story_part",
        |v| {
            as_schema_2(v);
            v["stories"][1]["requires"][0][0] = "new_contact".into();
        },
        "stories[1].requires: the part needs a newer schema (new_contact: schema 3)",
    ),
    (
        "schema_2_with_user_pages",
        |v| {
            as_schema_2(v);
            v["url_lists"]["user_pages"] = serde_json::json!(["lin.ee"]);
        },
        "url_lists.user_pages",
    ),
    (
        "schema_4_with_throwaway_tlds",
        |v| {
            as_schema_4(v);
            v["url_lists"]["throwaway_tlds"] = serde_json::json!(["top"]);
        },
        "url_lists.throwaway_tlds",
    ),
    (
        "schema_4_with_a_disguised_link_story_part",
        |v| {
            as_schema_4(v);
            v["stories"][1]["requires"][0][0] = "disguised_link".into();
        },
        "stories[1].requires: the part needs a newer schema (disguised_link: schema 5)",
    ),
    (
        "schema_4_with_a_payment_instrument",
        |v| {
            as_schema_4(v);
            v["concepts"][1]["payment_instrument"] = true.into();
        },
        "concepts[1].payment_instrument",
    ),
    (
        "schema_6_with_an_income_concept",
        |v| {
            as_schema_6(v);
            v["concepts"][1]["family"] = "income".into();
        },
        "concepts[1].family: the family needs a newer schema (income: schema 7)",
    ),
    (
        "schema_6_with_a_story_told_unless",
        |v| {
            as_schema_6(v);
            v["stories"][1]["unless"] = serde_json::json!(["personal"]);
        },
        "stories[1].unless",
    ),
    (
        "schema_6_with_a_payment_story_part",
        |v| {
            as_schema_6(v);
            v["stories"][1]["requires"][0][0] = "payment".into();
        },
        "stories[1].requires: the part needs a newer schema (payment: schema 7)",
    ),
    (
        "schema_5_with_a_story_that_yields",
        |v| {
            as_schema_5(v);
            v["stories"][1]["yields_to"] = v["stories"][0]["id"].clone();
        },
        "stories[1].yields_to",
    ),
    (
        "schema_5_with_an_untraceable_pay_story_part",
        |v| {
            as_schema_5(v);
            v["stories"][1]["requires"][0][0] = "untraceable_pay".into();
        },
        "stories[1].requires: the part needs a newer schema (untraceable_pay: schema 6)",
    ),
    (
        "schema_5_with_accountable_suffixes",
        |v| {
            as_schema_5(v);
            v["url_lists"]["accountable_suffixes"] = serde_json::json!(["co.jp"]);
        },
        "url_lists.accountable_suffixes",
    ),
    (
        "accountable_suffix_of_one_label",
        |v| v["url_lists"]["accountable_suffixes"] = serde_json::json!(["co.jp", "jp"]),
        "url_lists.accountable_suffixes[1]",
    ),
    (
        "concept_term_with_a_kanji_for_a_katakana_letter",
        |v| v["concepts"][0]["terms"][0] = "ご利用|ア力ウント…停止".into(),
        "concepts[0].terms[0]: a kanji drawn like a katakana letter",
    ),
    (
        "concept_term_starting_with_a_kanji_for_a_katakana_letter",
        |v| v["concepts"][0]["terms"][0] = "口コミ".into(),
        "concepts[0].terms[0]: a kanji drawn like a katakana letter",
    ),
    (
        "accountable_suffix_in_upper_case",
        |v| v["url_lists"]["accountable_suffixes"] = serde_json::json!(["CO.JP"]),
        "url_lists.accountable_suffixes[0]",
    ),
    (
        "schema_5_with_an_unaccountable_link_story_part",
        |v| {
            as_schema_5(v);
            v["stories"][1]["requires"][0][0] = "unaccountable_link".into();
        },
        "stories[1].requires: the part needs a newer schema (unaccountable_link: schema 6)",
    ),
    (
        "story_yielding_to_a_later_one",
        |v| v["stories"][0]["yields_to"] = v["stories"][1]["id"].clone(),
        "stories[0].yields_to",
    ),
    (
        "story_yielding_to_an_unknown_one",
        |v| v["stories"][1]["yields_to"] = "story.nowhere".into(),
        "stories[1].yields_to",
    ),
    (
        "throwaway_tld_that_is_not_risky",
        |v| v["url_lists"]["throwaway_tlds"] = serde_json::json!(["top", "jp"]),
        "url_lists.throwaway_tlds[1]",
    ),
    (
        "user_page_in_upper_case",
        |v| v["url_lists"]["user_pages"] = serde_json::json!(["lin.ee", "LINE.me/ti/"]),
        "url_lists.user_pages[1]",
    ),
    (
        "user_page_path_in_upper_case",
        |v| v["url_lists"]["user_pages"] = serde_json::json!(["line.me/R/ti/"]),
        "url_lists.user_pages[0]",
    ),
    (
        "user_page_with_an_empty_label",
        |v| v["url_lists"]["user_pages"] = serde_json::json!(["lin.ee."]),
        "url_lists.user_pages[0]",
    ),
    (
        "user_page_with_no_host",
        |v| v["url_lists"]["user_pages"] = serde_json::json!(["/ti/p/"]),
        "url_lists.user_pages[0]",
    ),
    (
        "schema_2_with_an_emphasis_story_part",
        |v| {
            as_schema_2(v);
            v["stories"][0]["requires"][0][0] = "emphasis".into();
        },
        "stories[0].requires",
    ),
    (
        "complete_story_that_needs_a_link",
        |v| {
            v["stories"][1]["complete"] = true.into();
            v["stories"][1]["requires"] = serde_json::json!([["actor"], ["link", "call"]]);
        },
        "a complete story must be possible without a link",
    ),
    (
        "schema_11_with_the_kin_family",
        |v| {
            as_schema_11(v);
            v["concepts"][0]["family"] = "kin".into();
        },
        "concepts[0].family",
    ),
    (
        "schema_11_with_own_lines",
        |v| {
            as_schema_11(v);
            let k = concept_where(v, "id", "genuine.local_speaker");
            v["concepts"][k]["own_lines"] = true.into();
        },
        "needs schema 12",
    ),
    (
        "own_lines_on_a_lure_family",
        |v| {
            let k = concept_where(v, "family", "threat");
            v["concepts"][k]["own_lines"] = true.into();
        },
        "only a genuine family names a speaker",
    ),
    (
        "geographic_label_not_a_label",
        |v| v["brands"][0]["geographic_labels"] = serde_json::json!(["city.kawasaki"]),
        "brands[0].geographic_labels[0]",
    ),
    (
        "schema_12_with_geographic_labels",
        |v| {
            as_schema_12(v);
            v["brands"][0]["geographic_labels"] = serde_json::json!(["city"]);
        },
        "needs schema 13",
    ),
    (
        "complete_on_a_learned_concept",
        |v| {
            let k = concept_where(v, "id", "threat.suspension");
            v["concepts"][k]["complete"] = true.into();
        },
        "only a lure's concept with a positive hand-set weight",
    ),
    (
        "complete_on_a_genuine_concept",
        |v| {
            let k = concept_where(v, "id", "genuine.reminder");
            v["concepts"][k]["complete"] = true.into();
        },
        "only a lure's concept with a positive hand-set weight",
    ),
    (
        "complete_not_a_flag",
        |v| v["stories"][0]["complete"] = "yes".into(),
        "invalid type",
    ),
    (
        "unknown_signal",
        |v| {
            v["scoring"]["signals"]["url.no_such_flag"] =
                v["scoring"]["signals"]["url.port"].clone()
        },
        "scoring.signals.url.no_such_flag",
    ),
    (
        "duplicate_brand",
        |v| {
            // Right after the first, so that the path does not move as brands are added.
            let b = v["brands"][0].clone();
            v["brands"].as_array_mut().unwrap().insert(1, b);
        },
        "brands[1].id",
    ),
    (
        "bad_domain",
        |v| v["brands"][3]["domains"][0] = "https://x.com/".into(),
        "brands[3].domains[0]",
    ),
    (
        "empty_slot_alternative",
        |v| v["concepts"][1]["terms"][0] = "停止||凍結".into(),
        "concepts[1].terms[0]",
    ),
    (
        "duplicate_concept",
        |v| v["concepts"][1]["id"] = v["concepts"][0]["id"].clone(),
        "concepts[1].id",
    ),
    (
        "unknown_family",
        |v| v["concepts"][0]["family"] = "weather".into(),
        "unknown variant",
    ),
    (
        "unknown_story_part",
        |v| v["stories"][0]["requires"][0][0] = "weather".into(),
        "unknown story part",
    ),
    (
        "learned_weight_for_nothing",
        |v| v["model"]["concepts"]["no.such.concept"] = 1.0.into(),
        "model.concepts.no.such.concept",
    ),
    (
        "gram_of_one_character",
        |v| v["model"]["grams"]["x"] = 10.into(),
        "model.grams.x",
    ),
    (
        "more_grams_than_the_index_holds",
        |v| {
            let grams = v["model"]["grams"].as_object_mut().expect("grams");
            for i in 0..65_535u32 {
                let c = char::from_u32(0x4E00 + i % 20_000).expect("kanji");
                grams.insert(format!("{c}{}", i / 20_000), 1.into());
            }
        },
        "at most 65534 grams",
    ),
    ("unknown_field", |v| v["extra"] = 1.into(), "unknown field"),
    (
        "unknown_category",
        |v| v["brands"][0]["sector"] = "weather".into(),
        "unknown variant",
    ),
    (
        "weight_not_finite",
        |v| v["stories"][2]["weight"] = 1e30.into(),
        "stories[2].weight",
    ),
];

#[test]
fn broken_packs_are_refused_with_where_and_why() {
    let before = Classifier::new();
    let probe = "お荷物のお届けにあがりましたが不在の為持ち帰りました";
    let verdict_before = before.classify(probe, None);
    for &(name, breakage, want) in BREAKAGES {
        let mut v = default_value();
        breakage(&mut v);
        let err = Classifier::from_json(v.to_string().as_bytes()).expect_err(name);
        assert!(err.to_string().contains(want), "case {name}: {err}");
    }
    assert_eq!(
        before.classify(probe, None),
        verdict_before,
        "the classifier in use is untouched"
    );
}

#[test]
fn malformed_and_oversized_packs() {
    let err = Classifier::from_json(b"{\"schema\": 1,\n \"version\": ").unwrap_err();
    assert!(matches!(err, Error::Malformed { line: 2, .. }), "{err}");
    assert_eq!(
        err.to_string().matches("line").count(),
        1,
        "the position is said once: {err}"
    );
    let err = Classifier::from_json(&[0xff, 0xfe]).unwrap_err();
    assert!(matches!(err, Error::Malformed { .. }), "{err}");
    let err = Classifier::from_json(b"{\"schema\": 14,\n \"version\": \"\xff\"}").unwrap_err();
    assert!(
        matches!(
            err,
            Error::Malformed {
                line: 2,
                column: 14,
                ..
            }
        ),
        "{err}"
    );
    let huge = vec![b' '; MAX_PACK_BYTES + 1];
    assert!(matches!(
        Classifier::from_json(&huge),
        Err(Error::PackTooLarge { .. })
    ));
}

#[test]
fn signed_packs() {
    let key = SigningKey::from_bytes(&[42u8; 32]);
    let public = key.verifying_key().to_bytes();
    let bytes = default_pack_json().into_bytes();
    let sig = key.sign(&bytes).to_bytes();
    assert!(Classifier::from_signed_json(&bytes, &sig, &public).is_ok());

    let mut tampered = bytes.clone();
    let at = tampered.iter().position(|&b| b == b'2').unwrap();
    tampered[at] = b'3';
    assert!(matches!(
        Classifier::from_signed_json(&tampered, &sig, &public),
        Err(Error::BadSignature)
    ));
    let other = SigningKey::from_bytes(&[1u8; 32])
        .verifying_key()
        .to_bytes();
    assert!(matches!(
        Classifier::from_signed_json(&bytes, &sig, &other),
        Err(Error::BadSignature)
    ));
    assert!(matches!(
        Classifier::from_signed_json(&bytes, &sig[..10], &public),
        Err(Error::BadKey { .. })
    ));
    assert!(matches!(
        Classifier::from_signed_json(&bytes, &sig, &[0u8; 5]),
        Err(Error::BadKey { .. })
    ));
    // A validly signed pack that is itself broken is still refused.
    let broken = b"{\"schema\": 2}".to_vec();
    let sig = key.sign(&broken).to_bytes();
    assert!(matches!(
        Classifier::from_signed_json(&broken, &sig, &public),
        Err(Error::Malformed { .. })
    ));
}

/// The README's reason-code tables name every signal, concept and story of the default pack,
/// so a code added to the pack is documented where users look codes up.
#[test]
fn readme_lists_every_reason_code() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md"))
        .expect("README.md");
    let pack = default_value();
    let mut codes: Vec<String> = Vec::new();
    for key in ["concepts", "stories"] {
        for item in pack[key].as_array().expect(key) {
            codes.push(item["id"].as_str().expect("id").to_owned());
        }
    }
    codes.extend(
        pack["scoring"]["signals"]
            .as_object()
            .expect("signals")
            .keys()
            .cloned(),
    );
    assert!(codes.len() > 80, "{}", codes.len());
    let missing: Vec<&String> = codes
        .iter()
        .filter(|c| !readme.contains(&format!("| `{c}` |")))
        .collect();
    assert!(missing.is_empty(), "not in README's tables: {missing:?}");
}
