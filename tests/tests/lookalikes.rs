//! Look-alike hosts: brand impostors by confusable letters (UTS #39 skeletons and the
//! multi-letter `rn`/`vv`/`cl`), digit swaps (`0`/`o`, `1`/`l`), dash look-alikes and inserted
//! hyphens must be tied to the brand they imitate; genuine official hosts, and ordinary hosts
//! that merely contain confusable letters, must not be.

use smishguard_core::{classify, Level, UrlFlag, UrlFlag::*};

/// Flags that say a link pretends to be a brand's.
const IMITATION: &[UrlFlag] = &[Lookalike, Homoglyph, BrandInDomain, BrandAsSubdomain];

/// (how it imitates, link, brand id it imitates)
#[rustfmt::skip]
const IMPOSTORS: &[(&str, &str, &str)] = &[
    // Multi-letter confusables.
    ("rn_for_m", "https://rnercari-jp.com/", "mercari"),
    ("rn_for_m_whole", "https://rnercari.com/login", "mercari"),
    ("rn_for_m_amazon", "https://arnazon-pay.top/", "amazon"),
    ("rn_for_m_mizuho", "https://rnizuho-direct.com/", "mizuho"),
    ("rn_for_m_smbc", "https://srnbc-card.top/", "smbc_card"),
    ("rn_for_m_yamato", "https://yarnato-hd.com/", "yamato"),
    ("rn_for_m_mufg", "https://rnufg-bank.com/", "mufg_bank"),
    ("rn_for_m_microsoft", "https://rnicrosoft-support.com/", "microsoft"),
    ("rn_for_m_myjcb", "https://rnyjcb-login.com/", "jcb"),
    ("rn_for_m_subdomain", "https://rnicard.co.jp.secure.top/", "micard"),
    ("vv_for_w", "https://sagavva-exp.com/", "sagawa"),
    ("vv_for_w_waon", "https://vvaon-point.com/", "aeon"),
    ("cl_for_d", "https://clocomo-login.com/", "docomo"),
    ("cl_for_d_account", "https://claccount-check.com/", "docomo"),
    // Digit swaps.
    ("zero_for_o", "https://amaz0n-jp.com/", "amazon"),
    ("zeros_for_o", "https://d0c0mo-pay.com/", "docomo"),
    ("one_for_l", "https://app1e-id.com/", "apple"),
    ("one_for_l_netflix", "https://netf1ix-billing.com/", "netflix"),
    ("zeros_google", "https://g00gle-account.com/", "google"),
    ("one_for_l_linemo", "https://1inemo-plan.com/", "softbank"),
    ("one_for_l_official_domain", "https://1ine.me/", "line"),
    // Letters from other scripts, dash look-alikes.
    ("cyrillic_a", "https://аpple.com/", "apple"),
    ("cyrillic_a_amazon", "https://аmazon.co.jp/", "amazon"),
    ("cyrillic_es", "https://jсb.co.jp/", "jcb"),
    ("cyrillic_a_paypay", "https://pаypay.jp/", "paypay"),
    ("latin_alpha", "https://ɑpple-id.com/", "apple"),
    ("minus_sign", "https://rakuten\u{2212}card.co.jp.secure.cn/", "rakuten_card"),
    ("prolonged_mark", "https://rakuten\u{30FC}card.co.jp.secure.cn/", "rakuten_card"),
    ("hyphen_u2010", "https://rakuten\u{2010}card.co.jp/", "rakuten_card"),
    // Inserted hyphens.
    ("hyphen_amazon", "https://ama-zon.top/", "amazon"),
    ("hyphen_sagawa", "https://sa-gawa-exp.com/", "sagawa"),
    ("hyphen_docomo", "https://do-como.com/", "docomo"),
    ("hyphen_mercari", "https://mer-cari.jp/", "mercari"),
    ("hyphen_rakuten_card", "https://ra-kuten-card.com/", "rakuten_card"),
    ("regional_utility_word", "https://kyuden-denki.top/pay", "kyuden"),
    ("regional_utility_subdomain", "https://tohoku-epco.co.jp.ryokin-pay.com/", "tohoku_epco"),
    // A longer token of another brand wins over the one it starts with: `myna` is the
    // Digital Agency's, `mynavi` the job site's.
    ("job_site_word", "https://mynavi-recruit.top/entry", "mynavi"),
    ("mynumber_word", "https://myna-card.top/renew", "digital"),
    ("clothing_coupon", "https://uniqlo-coupon.shop/q", "uniqlo"),
];

#[test]
fn impostors_are_tied_to_the_brand() {
    assert!(IMPOSTORS.len() >= 30);
    let mut failures = Vec::new();
    for &(name, link, brand) in IMPOSTORS {
        let v = classify(link, None);
        let Some(u) = v.urls.first() else {
            failures.push(format!("{name}: no URL in {link:?}"));
            continue;
        };
        if u.imitated_brand.as_deref() != Some(brand) {
            failures.push(format!(
                "{name}: imitates {:?}, want {brand}",
                u.imitated_brand
            ));
        }
        if !u.flags.iter().any(|f| IMITATION.contains(f)) || u.flags.contains(&Official) {
            failures.push(format!("{name}: flags {:?}", u.flags));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// (official host, brand id)
#[rustfmt::skip]
const OFFICIAL: &[(&str, &str)] = &[
    ("www.nttdocomo.co.jp", "docomo"),
    ("s.vpass.jp", "smbc_card"),
    ("jp.mercari.com", "mercari"),
    ("www.amazon.co.jp", "amazon"),
    ("www.smbc.co.jp", "smbc_bank"),
    ("www.mizuhobank.co.jp", "mizuho"),
    ("www.rakuten-card.co.jp", "rakuten_card"),
    ("www.jcb.co.jp", "jcb"),
    ("www.softbank.jp", "softbank"),
    ("www.au.com", "au"),
    ("support.apple.com", "apple"),
    ("support.microsoft.com", "microsoft"),
    ("login.live.com", "microsoft"),
    ("www.yahoo.co.jp", "yahoo"),
    ("www.post.japanpost.jp", "japanpost"),
    ("www.sagawa-exp.co.jp", "sagawa"),
    ("www.kuronekoyamato.co.jp", "yamato"),
    ("www.e-tax.nta.go.jp", "nta"),
    ("www.mhlw.go.jp", "mhlw"),
    ("www.netflix.com", "netflix"),
    ("www.ahamo.com", "docomo"),
    ("amzn.to", "amazon"),
    ("www.paypay-card.co.jp", "paypay"),
    ("www.e-nexco.co.jp", "nexco"),
    ("www.smbcnikko.co.jp", "smbc_nikko"),
    ("www.kansai-td.co.jp", "kepco"),
    ("www.tohoku-epco.co.jp", "tohoku_epco"),
    ("www.yonden.co.jp", "yonden"),
    ("job.mynavi.jp", "mynavi"),
    ("www.uniqlo.com", "uniqlo"),
];

#[test]
fn official_hosts_are_not_flagged() {
    assert!(OFFICIAL.len() >= 20);
    let mut failures = Vec::new();
    for &(host, brand) in OFFICIAL {
        let link = format!("https://{host}/");
        let v = classify(&format!("お知らせ: 詳しくは {link} をご覧ください。"), None);
        let u = &v.urls[0];
        if !u.flags.contains(&Official) || u.flags.iter().any(|f| IMITATION.contains(f)) {
            failures.push(format!("{host}: flags {:?}", u.flags));
        }
        if u.imitated_brand.is_some() {
            failures.push(format!("{host}: imitates {:?}", u.imitated_brand));
        }
        if u.official_brand.as_deref() != Some(brand) {
            failures.push(format!(
                "{host}: official for {:?}, want {brand}",
                u.official_brand
            ));
        }
        if v.level != Level::Safe {
            failures.push(format!("{host}: level {:?}", v.level));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Ordinary hosts full of letters that fold (`rn`, `cl`, `vv`, `m`, digits) imitate no brand.
#[test]
fn ordinary_hosts_with_confusable_letters_imitate_nothing() {
    let hosts = [
        "www.clinic-tokyo.jp",
        "modern-art.jp",
        "www.learn-english.jp",
        "www.corn-farm.co.jp",
        "shop01.example.com",
        "www.savvy-travel.jp",
        "www.city.kumamoto.jp",
        "www.nishinippon.co.jp",
        "www.asahi.com",
        "www.nikkei.com",
    ];
    for host in hosts {
        let v = classify(&format!("https://{host}/"), None);
        let u = &v.urls[0];
        assert!(
            u.imitated_brand.is_none(),
            "{host}: {:?} {:?}",
            u.imitated_brand,
            u.flags
        );
        assert!(
            !u.flags.iter().any(|f| IMITATION.contains(f)),
            "{host}: {:?}",
            u.flags
        );
    }
}

/// Reason codes that come from what the words say (not the text model, not the verdict's own).
/// Brands named are listed too, as `brand:<id>`. An actor concept read from a word of the name
/// (「電力」) is left out: a disguised name is found as the brand, not as that word.
fn read_codes(text: &str) -> Vec<String> {
    let v = classify(text, None);
    let mut codes: Vec<String> = v
        .reasons
        .into_iter()
        .map(|r| r.code.to_string())
        .filter(|c| !c.starts_with("text.") && !c.starts_with("verdict."))
        .filter(|c| !c.starts_with("actor."))
        .chain(v.brands.iter().map(|b| format!("brand:{}", b.id)))
        .collect();
    codes.sort();
    codes
}

fn has_obfuscation(text: &str) -> bool {
    classify(text, None)
        .reasons
        .iter()
        .any(|r| r.code == "text.obfuscation")
}

/// (how, katakana as written, the same with look-alike kanji, whether that is a disguise no
/// word explains: a kanji before 「ー」, or a brand's kanji written as the letter)
#[rustfmt::skip]
const KANJI_TWINS: &[(&str, &str, &str, bool)] = &[
    ("ka_before_long_vowel", "【三井住友カード】カードのご利用を一時制限しました。ご確認ください。",
        "【三井住友力ード】力ードのご利用を一時制限しました。ご確認ください。", true),
    ("ro_starting_a_word", "セキュリティのため、ログインしてください https://example-verify.top/",
        "セキュリティのため、口グインしてください https://example-verify.top/", false),
    ("inside_and_starting_words", "アカウントがロックされました。至急確認してください。",
        "ア力ウントが口ックされました。至急確認してください。", false),
    ("katakana_for_kanji_in_a_brand", "【東京電力エナジーパートナー】未払い料金があります。本日中にお支払いください。",
        "【東京電カエナジーパートナー】未払い料金があります。本日中にお支払いください。", true),
    ("to_ending_a_word", "マイナポイントの申請期限が迫っています。至急お手続きください。",
        "マイナポイン卜の申請期限が迫っています。至急お手続きください。", false),
    ("filler_between", "セキュリティのため、ログインしてください https://example-verify.top/",
        "セキュリティのため、口 グインしてください https://example-verify.top/", false),
    ("ni_starting_a_brand", "【ニコス】カードの利用を制限しました。確認してください。",
        "【二コス】カードの利用を制限しました。確認してください。", false),
];

/// Katakana written with kanji drawn like its letters (「力ード」, 「口グイン」) reads as the
/// katakana, and a brand's kanji written as the letter (「東京電カ」) as the brand: the same
/// concepts and brands are found; and a kanji before the long-vowel mark, which no word has,
/// or a brand's name so spelt, is named as a disguise.
#[test]
fn katakana_written_with_look_alike_kanji_reads_as_katakana() {
    let mut failures = Vec::new();
    for &(name, real, disguised, flagged) in KANJI_TWINS {
        let (want, got) = (read_codes(real), read_codes(disguised));
        if want.is_empty() || got != want {
            failures.push(format!("{name}: read {got:?}, as written {want:?}"));
        }
        if has_obfuscation(disguised) != flagged || has_obfuscation(real) {
            failures.push(format!("{name}: obfuscation named wrongly"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Words that put one of those kanji beside katakana are no disguise, and keep their reading:
/// a strength (「チーム力」), reviews (「口コミ」), a counter (「一ヶ月」), a power company's name
/// after its kanji, 「スマホ一つ」 in a side-job offer.
#[test]
fn words_with_those_kanji_beside_katakana_keep_their_reading() {
    for (text, code) in [
        (
            "東京電力エナジーパートナーからのお知らせ。",
            Some("brand:tepco"),
        ),
        ("スマホ一つでできるお仕事です", Some("benefit.easy_money")),
        ("チーム力アップ研修のご案内です。", None),
        ("アプリ口コミキャンペーン実施中。", None),
        ("サービス一ヶ月無料のお知らせ。", None),
        ("一口サイズのチョコレートを新発売。", None),
        ("新山口ー博多間で運転を見合わせています。", None),
        ("健一ー、今日は何時に帰る?", None),
        ("健一ーカレー食べる?", None),
        ("あと一カ月で二ケ所の工事が終わります。", None),
    ] {
        assert!(!has_obfuscation(text), "{text}");
        if let Some(code) = code {
            assert!(
                read_codes(text).iter().any(|c| c == code),
                "{text}: {:?}",
                read_codes(text)
            );
        }
    }
}
