//! URL judgement, one line per case: the message, the flags the first URL must carry, flags it
//! must not carry, and the registrable domain. Run through the public `classify`.

use smishguard_core::{classify, Level, UrlFlag, UrlFlag::*};

/// (name, message, must have, must not have, registrable domain)
type Case = (
    &'static str,
    &'static str,
    &'static [UrlFlag],
    &'static [UrlFlag],
    Option<&'static str>,
);

const CASES: &[Case] = &[
    (
        "official_vpass",
        "【三井住友カード】ご利用確認 https://s.vpass.jp/abc",
        &[Official],
        &[Shortener, Lookalike],
        Some("vpass.jp"),
    ),
    (
        "official_docomo",
        "https://www.docomo.ne.jp/info/",
        &[Official],
        &[Insecure],
        Some("docomo.ne.jp"),
    ),
    (
        "brand_as_subdomain",
        "http://micard.co.jp.xkqz.com/login",
        &[BrandAsSubdomain, Insecure],
        &[Official],
        Some("xkqz.com"),
    ),
    (
        "brand_as_subdomain_deep",
        "https://www1.micard.co.jp.secure-check.com/",
        &[BrandAsSubdomain],
        &[Official],
        Some("secure-check.com"),
    ),
    (
        "brand_in_domain",
        "https://docomo-pay.xyz/login",
        &[BrandInDomain, RiskyTld],
        &[Official],
        Some("docomo-pay.xyz"),
    ),
    (
        "brand_in_domain_sagawa",
        "sagawa-kx.top",
        &[BrandInDomain, RiskyTld, NoScheme],
        &[Official],
        Some("sagawa-kx.top"),
    ),
    (
        // A game account's brand inside a foreign domain; short tokens only as whole parts.
        "brand_in_domain_nintendo",
        "https://nintendo-acct.jp.verify-id.com/login",
        &[BrandInDomain],
        &[Official],
        Some("verify-id.com"),
    ),
    (
        "official_nintendo",
        "https://accounts.nintendo.com/",
        &[Official],
        &[BrandInDomain],
        Some("nintendo.com"),
    ),
    (
        "short_token_inside_a_word",
        "https://kanagawa-banana.jp/",
        &[],
        &[BrandInDomain, Official],
        Some("kanagawa-banana.jp"),
    ),
    (
        "short_token_as_a_part",
        "https://ana-refund.flight-info.cc/",
        &[BrandInDomain],
        &[Official],
        Some("flight-info.cc"),
    ),
    (
        "lookalike_scmbc",
        "https://scmbc.jp",
        &[],
        &[Official],
        Some("scmbc.jp"),
    ),
    (
        "lookalike_prefix_amex",
        "https://www.americeexpre.account-login.qkdbq.com/Xapz.php",
        &[Lookalike, Script, RandomLabel],
        &[Official],
        Some("qkdbq.com"),
    ),
    (
        "lookalike_hyphen_micard",
        "https://mi-card-secure.jp/",
        &[],
        &[Official],
        Some("mi-card-secure.jp"),
    ),
    (
        "homoglyph_apple",
        "https://аpple.com/id",
        &[Idn, Homoglyph],
        &[Official],
        Some("xn--pple-43d.com"),
    ),
    (
        "punycode_apple",
        "http://xn--pple-43d.com/",
        &[Idn, Homoglyph],
        &[Official],
        Some("xn--pple-43d.com"),
    ),
    (
        "userinfo",
        "https://docomo.ne.jp@evil.example/",
        &[UserInfo],
        &[Official],
        Some("evil.example"),
    ),
    (
        "ip_host",
        "http://103.45.67.89/sagawa",
        &[IpHost, Insecure],
        &[Official],
        None,
    ),
    (
        "decimal_ip_host",
        "http://1734567890/",
        &[IpHost],
        &[],
        None,
    ),
    (
        "port",
        "http://example-shop.com:8080/x",
        &[Port],
        &[],
        Some("example-shop.com"),
    ),
    (
        "shortener",
        "https://bit.ly/3xYz9",
        &[Shortener],
        &[Official],
        Some("bit.ly"),
    ),
    (
        "official_shortener",
        "https://r10.to/hkt0Uq",
        &[Official, Shortener],
        &[BrandInDomain],
        Some("r10.to"),
    ),
    (
        "free_hosting",
        "https://sagawa-redeliver.web.app/",
        &[FreeHosting, BrandInDomain],
        &[Official],
        Some("sagawa-redeliver.web.app"),
    ),
    (
        "anyones_line_account",
        "https://lin.ee/Ab1cD2e",
        &[UserPage, Shortener],
        &[Official, Lookalike, BrandInDomain],
        Some("lin.ee"),
    ),
    (
        "anyones_line_friend_link",
        "https://line.me/R/ti/p/@abc1234",
        &[UserPage],
        &[Official],
        Some("line.me"),
    ),
    (
        "anyones_line_friend_link_encoded",
        "https://line.me//%74i/p/@abc1234",
        &[UserPage],
        &[Official],
        Some("line.me"),
    ),
    (
        "anyones_google_slides",
        "https://docs.google.com/presentation/d/e/2PACX/pub",
        &[UserPage],
        &[Official],
        Some("google.com"),
    ),
    (
        "anyones_payment_request",
        "https://qr.paypay.ne.jp/p2p01_AbCdEf",
        &[UserPage],
        &[Official],
        Some("paypay.ne.jp"),
    ),
    (
        "line_own_page",
        "https://line.me/ja/",
        &[Official],
        &[UserPage],
        Some("line.me"),
    ),
    (
        "anyones_google_form",
        "https://docs.google.com/forms/d/e/1FAIpQL/viewform",
        &[UserPage],
        &[Official],
        Some("google.com"),
    ),
    (
        "google_redirect_anyone_can_aim",
        "https://www.google.com/url?q=https://amaz-verify.top/",
        &[UserPage],
        &[Official],
        Some("google.com"),
    ),
    (
        "google_own_page",
        "https://myaccount.google.com/notifications",
        &[Official],
        &[UserPage],
        Some("google.com"),
    ),
    (
        "fullwidth_obfuscated",
        "ｈｔｔｐｓ：／／ａｍａｚｏｎ－ｘｘ．ｔｏｐ",
        &[Obfuscated, BrandInDomain, RiskyTld],
        &[],
        Some("amazon-xx.top"),
    ),
    (
        "ideographic_dot_obfuscated",
        "amazon-co-jp。top/verify",
        &[Obfuscated, NoScheme, RiskyTld],
        &[],
        Some("amazon-co-jp.top"),
    ),
    (
        "zero_width_obfuscated",
        "https://d-pay\u{200B}-cancel.com/",
        &[Obfuscated],
        &[],
        Some("d-pay-cancel.com"),
    ),
    (
        "random_label",
        "http://297c5u4267zv7dqp.m7a.834waaxco9x02.com",
        &[RandomLabel],
        &[],
        Some("834waaxco9x02.com"),
    ),
    (
        "apk_script",
        "https://update-app.info/sagawa.apk",
        &[Script, RiskyTld],
        &[],
        Some("update-app.info"),
    ),
    (
        "jp_not_risky",
        "https://example.jp/",
        &[],
        &[RiskyTld],
        Some("example.jp"),
    ),
    (
        "geo_jp_not_risky",
        "https://www.city.kumamoto.jp/",
        &[],
        &[RiskyTld],
        Some("city.kumamoto.jp"),
    ),
    (
        "government",
        "https://www.mhlw.go.jp/stf/covid-19/",
        &[Official],
        &[],
        Some("mhlw.go.jp"),
    ),
    (
        // Only public bodies can register under go.jp and lg.jp: a city's own site is
        // official though no registry entry names the city.
        "local_government_domain",
        "https://www.city.example.lg.jp/zei/nozei.html",
        &[Official],
        &[Lookalike, BrandAsSubdomain],
        Some("example.lg.jp"),
    ),
    (
        // A public suffix is no one's name: a domain that reads like one imitates nobody.
        "reads_like_a_public_suffix",
        "https://g0.jp/abc",
        &[],
        &[Lookalike, BrandAsSubdomain, Official],
        Some("g0.jp"),
    ),
    (
        "reads_like_a_public_suffix_under_a_subdomain",
        "https://shop.1g.jp/",
        &[],
        &[Lookalike, Official],
        Some("1g.jp"),
    ),
    (
        "local_government_domain_as_subdomain",
        "https://www.city.example.lg.jp.nozei-pay.top/",
        &[BrandAsSubdomain, RiskyTld],
        &[Official],
        Some("nozei-pay.top"),
    ),
    (
        "unknown_tld_scheme",
        "https://myjcb-click.lin",
        &[BrandInDomain],
        &[Official],
        Some("myjcb-click.lin"),
    ),
];

#[test]
fn url_judgement_table() {
    let mut failures = Vec::new();
    for &(name, text, must, must_not, reg) in CASES {
        let v = classify(text, None);
        let Some(u) = v.urls.first() else {
            failures.push(format!("{name}: no URL found in {text:?}"));
            continue;
        };
        for f in must {
            if !u.flags.contains(f) {
                failures.push(format!("{name}: missing {f:?} in {:?}", u.flags));
            }
        }
        for f in must_not {
            if u.flags.contains(f) {
                failures.push(format!("{name}: unexpected {f:?} in {:?}", u.flags));
            }
        }
        if u.registrable_domain.as_deref() != reg {
            failures.push(format!(
                "{name}: registrable {:?}, want {reg:?}",
                u.registrable_domain
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The brand relation, the strongest signal, from both sides.
#[test]
fn brand_link_relation() {
    let lure = classify(
        "【三井住友カード】ご利用確認のため https://smbc-card-check.top/ へ",
        None,
    );
    assert!(lure.reasons.iter().any(|r| r.code == "brand.link_mismatch"));
    let genuine = classify(
        "【三井住友カード】カードのご利用確認です。https://vpass.jp/ でご確認ください",
        None,
    );
    assert!(vouched(&genuine));
    assert!(!genuine
        .reasons
        .iter()
        .any(|r| r.code == "brand.link_mismatch"));
    assert!(genuine.score < lure.score);
}

/// Whether the verdict `v` has every link vouching for the brand it names.
fn vouched(v: &smishguard_core::Verdict) -> bool {
    v.reasons.iter().any(|r| r.code == "brand.official_links")
}

/// A brand's own domain written bare, as the brand writes its name (「Amazon.co.jpをご利用
/// いただき」), names the brand: its official link then vouches for the notice. Written with a
/// scheme or a path it is a link, and names no one; nor does a look-alike written bare.
#[test]
fn a_bare_official_domain_is_the_brands_name() {
    let notice = "Amazon.co.jp：お支払い方法に問題があります。3日以内にお支払い方法を更新いただけない場合、ご注文はキャンセルされます。https://www.amazon.co.jp/gp/your-account/order-history";
    let v = classify(notice, None);
    assert!(vouched(&v), "{v:?}");
    assert!(!v.is_flagged(), "{v:?}");
    // The same notice naming the brand only through a link (a scheme, or a path) does not
    // say who speaks, so its link vouches for nothing.
    for name in ["https://amazon.co.jp", "amazon.co.jp/gp"] {
        let linked = notice.replacen("Amazon.co.jp", name, 1);
        let v = classify(&linked, None);
        assert!(!vouched(&v), "{name}: {v:?}");
    }
    // A host under the brand's domain, written bare, is a place to go: it vouches as a link
    // does (「payments.google.com でお支払い方法を更新」).
    let place = "Google Play：お支払いに問題があります。サービスが停止される前に、pay.google.com でお支払い方法を更新してください。";
    let v = classify(place, None);
    assert!(vouched(&v), "{v:?}");
    assert!(!v.is_flagged(), "{v:?}");
    // A look-alike written bare names no brand, and its own link is foreign.
    let lure = notice
        .replacen("Amazon.co.jp", "amazon-co-jp.top", 1)
        .replace(
            "https://www.amazon.co.jp/gp/your-account/order-history",
            "https://amazon-co-jp.top/pay",
        );
    let v = classify(&lure, None);
    assert!(!vouched(&v), "{v:?}");
    assert!(v.is_flagged(), "{v:?}");
}

/// Every number the pack lists as a brand's own (but the three-digit service numbers) is read
/// as a phone number and known as that brand's: a listed number the extractor cannot read
/// would answer for no notice.
#[test]
fn every_listed_brand_number_is_read_as_the_brands() {
    let pack: serde_json::Value =
        serde_json::from_str(&smishguard_core::default_pack_json()).unwrap();
    let mut checked = 0;
    for b in pack["brands"].as_array().unwrap() {
        for phone in b["phones"].as_array().unwrap() {
            let phone = phone.as_str().unwrap();
            if !phone.starts_with('0') {
                continue;
            }
            let v = classify(&format!("お問い合わせ：{phone}（受付 9:00〜18:00）"), None);
            let id = b["id"].as_str().unwrap();
            assert!(
                v.phones
                    .iter()
                    .any(|p| p.official_brand.as_deref() == Some(id)),
                "{phone} of {id}: {:?}",
                v.phones
            );
            checked += 1;
        }
    }
    assert!(checked >= 4, "{checked}");
}

/// Spans point at the original text, in bytes and UTF-16, with emoji and full-width text
/// before them.
#[test]
fn spans_index_the_original_text() {
    let text = "😀😀【佐川急便】ｵ荷物を持ち帰りました。ｈｔｔｐｓ：／／ｓａｇａｗａ－ｘ．ｔｏｐへ";
    let v = classify(text, None);
    let u = &v.urls[0];
    assert_eq!(
        &text[u.span.start..u.span.end],
        "ｈｔｔｐｓ：／／ｓａｇａｗａ－ｘ．ｔｏｐ"
    );
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let via16 = String::from_utf16(&utf16[u.span.start_utf16..u.span.end_utf16]).unwrap();
    assert_eq!(via16, "ｈｔｔｐｓ：／／ｓａｇａｗａ－ｘ．ｔｏｐ");
    for r in &v.reasons {
        if let (Some(s), Some(t)) = (r.span, &r.text) {
            assert_eq!(&text[s.start..s.end], t, "{}", r.code);
            let via16 = String::from_utf16(&utf16[s.start_utf16..s.end_utf16]).unwrap();
            assert_eq!(&via16, t, "{}", r.code);
        }
    }
    assert!(v
        .reasons
        .iter()
        .any(|r| r.code == "threat.delivery" && r.text.as_deref() == Some("持ち帰")));
}

/// The link forms that were misread before links were parsed as the browser parses them:
/// (link, the brand a lure would name, the message as it was first tried).
#[rustfmt::skip]
const BROWSER_FORMS: &[(&str, &str, &str)] = &[
    ("https:\\\\evil-bank.top\\login", "三井住友銀行", "ご確認 https:\\\\evil-bank.top\\login"),
    ("https:/evil-bank.top/login", "三井住友銀行", "ご確認 https:/evil-bank.top/login"),
    ("http://0x7f.1/login", "三井住友カード", "ご確認ください http://0x7f.1/login"),
    ("https://ｒａｋｕｔｅｎ−ｃａｒｄ.ｃｏ.ｊｐ.ｓｅｃｕｒｅ.ｃｎ/", "楽天カード", "確認 https://ｒａｋｕｔｅｎ−ｃａｒｄ.ｃｏ.ｊｐ.ｓｅｃｕｒｅ.ｃｎ/"),
    ("https://rnercari-jp.com/", "メルカリ", "ログイン https://rnercari-jp.com/"),
];

/// A brand-named lure with any of these links is dangerous; each message as first tried is
/// at least suspicious; the brand's genuine link in a genuine notice is not flagged.
#[test]
fn browser_forms_reach_the_expected_level() {
    let mut failures = Vec::new();
    for &(link, brand, first) in BROWSER_FORMS {
        let lure = format!(
            "【{brand}】お客様のアカウントに不正なアクセスを検知したため、ご利用を一時停止しました。至急こちらからご確認ください {link}"
        );
        let v = classify(&lure, None);
        if v.level != Level::Dangerous {
            failures.push(format!("lure with {link}: {:?} ({})", v.level, v.score));
        }
        let v = classify(first, None);
        if v.level == Level::Safe {
            failures.push(format!("{first:?}: safe"));
        }
    }
    for (brand, link) in [
        ("三井住友銀行", "https://www.smbc.co.jp/"),
        ("三井住友カード", "https://www.vpass.jp/"),
        ("楽天カード", "https://www.rakuten-card.co.jp/"),
        ("メルカリ", "https://jp.mercari.com/"),
    ] {
        let genuine = format!(
            "【{brand}】ご利用ありがとうございます。お知らせは {link} でご覧いただけます。"
        );
        let v = classify(&genuine, None);
        if v.level != Level::Safe || !v.urls[0].flags.contains(&Official) {
            failures.push(format!(
                "genuine {link}: {:?} {:?}",
                v.level, v.urls[0].flags
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A redirect anyone can aim is followed: its destination is judged as a link of its own,
/// just after it, with its span inside the redirect's. An official site's own return address
/// is not followed, and redirects never take the message past the cap on links.
#[test]
fn redirect_destinations_are_judged() {
    let text = "【Google】ご確認ください https://www.google.com/url?q=https%3A%2F%2Fgoog1e-login.top%2Fv&sa=D";
    let v = classify(text, None);
    let hosts: Vec<&str> = v.urls.iter().map(|u| u.host.as_str()).collect();
    assert_eq!(
        hosts,
        ["www.google.com", "goog1e-login.top"],
        "{:?}",
        v.urls
    );
    let (outer, inner) = (&v.urls[0], &v.urls[1]);
    assert!(outer.flags.contains(&UserPage));
    assert!(inner.flags.contains(&RiskyTld), "{:?}", inner.flags);
    assert!(outer.span.start <= inner.span.start && inner.span.end <= outer.span.end);
    assert_eq!(
        &text[inner.span.start..inner.span.end],
        "https%3A%2F%2Fgoog1e-login.top%2Fv"
    );
    assert_eq!(v.level, Level::Dangerous, "{:?}", v.reasons);
    assert!(v.reasons.iter().any(|r| r.code == "brand.link_mismatch"));

    let official = classify(
        "【三井住友カード】ログイン https://www.smbc-card.com/login?return=https://evil.top/",
        None,
    );
    assert_eq!(official.urls.len(), 1, "{:?}", official.urls);

    let many = "https://www.google.com/url?q=https://a.top/ ".repeat(40);
    let v = classify(&many, None);
    assert_eq!(v.urls.len(), smishguard_core::MAX_URLS);
}

#[test]
fn words_listed_with_a_nakaguro_are_no_link() {
    // Brands listed with 「・」 would read as a host on a brand's own top-level domain
    // (`amazon.apple.google`, `visa.jcb`): words, not a link.
    for listed in [
        "【〇〇モール】貯まったポイントはAmazon・Apple・Googleのギフトに交換できます",
        "Visa・JCBのタッチ決済がご利用いただけます",
        // Every part a brand's name, on a country's top-level domain (`paypay.au`).
        "【〇〇商店】PayPay・au PAY・d払いがご利用いただけます。",
    ] {
        let v = classify(listed, None);
        assert!(v.urls.is_empty(), "{listed}: {:?}", v.urls);
        assert_eq!(v.level, Level::Safe, "{listed}: {v:?}");
    }
    // A host spelt with 「・」 on a top-level domain lures use is still a link, and a
    // disguised one.
    for (link, host) in [
        ("お荷物の確認は sagawa・top から", "sagawa.top"),
        ("詳しくは amazon・co・jp でご確認ください", "amazon.co.jp"),
        ("ご確認は yamato-kakunin・com へ", "yamato-kakunin.com"),
        // A brand's name on a country's domain, with a part that is no brand's name.
        ("再配達は sagawa・jp で受付中", "sagawa.jp"),
        // Brands' names on a country's domain, the last name ending with the host.
        ("至急 mercari・au で手続きしてください", "mercari.au"),
    ] {
        let v = classify(link, None);
        assert_eq!(
            v.urls.first().map(|u| u.host_ascii.as_str()),
            Some(host),
            "{link}: {:?}",
            v.urls
        );
    }
}
