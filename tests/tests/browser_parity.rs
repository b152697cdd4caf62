//! Browser parity: for each link form, the host a phone's browser goes to (the WHATWG URL
//! Standard, which the browsers on Android and iOS follow) and the registrable domain under
//! it. Each row is checked twice: the `url` crate (the reference WHATWG parser) must read the
//! link as the browser receives it to the host of the row, which keeps the table honest; and
//! `classify` on the message must report that host as `host_ascii` with the row's registrable
//! domain. Then links the parser refuses, which must be reported with no host.

use smishguard_core::{classify, UrlFlag};

/// (name, message, the link as the browser receives it, host, registrable domain)
type Row = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
);

#[rustfmt::skip]
const ROWS: &[Row] = &[
    // Plain and case.
    ("plain", "https://example.com/", "https://example.com/", "example.com", Some("example.com")),
    ("upper_case", "HTTPS://WWW.EXAMPLE.CO.JP/", "HTTPS://WWW.EXAMPLE.CO.JP/", "www.example.co.jp", Some("example.co.jp")),
    ("mixed_case_path", "HTTP://Example.COM/Path", "HTTP://Example.COM/Path", "example.com", Some("example.com")),
    ("glued_japanese", "こちらhttps://docomo-pay.xyz/loginへ", "https://docomo-pay.xyz/login", "docomo-pay.xyz", Some("docomo-pay.xyz")),
    ("trailing_dot", "https://www.example.com./", "https://www.example.com./", "www.example.com.", Some("example.com.")),
    // Slashes the browser repairs.
    ("backslashes", "ご確認 https:\\\\evil-bank.top\\login", "https:\\\\evil-bank.top\\login", "evil-bank.top", Some("evil-bank.top")),
    ("one_slash", "ご確認 https:/evil-bank.top/login", "https:/evil-bank.top/login", "evil-bank.top", Some("evil-bank.top")),
    ("no_slash", "ご確認 https:evil-bank.top/login", "https:evil-bank.top/login", "evil-bank.top", Some("evil-bank.top")),
    ("three_slashes", "https:///evil-bank.top/", "https:///evil-bank.top/", "evil-bank.top", Some("evil-bank.top")),
    ("slash_backslash", "https:/\\evil-bank.top/", "https:/\\evil-bank.top/", "evil-bank.top", Some("evil-bank.top")),
    ("backslash_before_at", "https://evil.example\\@docomo.ne.jp/", "https://evil.example\\@docomo.ne.jp/", "evil.example", Some("evil.example")),
    // IPv4 in every form a browser reads.
    ("dotted_ip", "http://103.45.67.89/sagawa", "http://103.45.67.89/sagawa", "103.45.67.89", None),
    ("hex_short_ip", "ご確認ください http://0x7f.1/login", "http://0x7f.1/login", "127.0.0.1", None),
    ("decimal_ip", "http://2130706433/", "http://2130706433/", "127.0.0.1", None),
    ("hex_ip", "http://0x7f000001/", "http://0x7f000001/", "127.0.0.1", None),
    ("octal_ip", "http://0177.0.0.1/", "http://0177.0.0.1/", "127.0.0.1", None),
    ("two_part_ip", "http://127.1/", "http://127.1/", "127.0.0.1", None),
    ("three_part_ip", "http://10.1.258/", "http://10.1.258/", "10.1.1.2", None),
    ("mixed_radix_ip", "http://0xC0.168.0x1.1/", "http://0xC0.168.0x1.1/", "192.168.1.1", None),
    ("upper_hex_ip", "http://0X7F.0.0.1/", "http://0X7F.0.0.1/", "127.0.0.1", None),
    ("ip_trailing_dot", "http://127.0.0.1./", "http://127.0.0.1./", "127.0.0.1", None),
    ("ip_with_port_and_user", "http://user@0x7f.1:8080/", "http://user@0x7f.1:8080/", "127.0.0.1", None),
    ("ipv6", "http://[::1]/", "http://[::1]/", "[::1]", None),
    ("ipv6_mapped", "http://[::ffff:127.0.0.1]/", "http://[::ffff:127.0.0.1]/", "[::ffff:7f00:1]", None),
    // Percent-encoding in the host.
    ("percent_letter", "https://%65vil.com/", "https://%65vil.com/", "evil.com", Some("evil.com")),
    ("percent_dot", "https://evil%2Ecom/x", "https://evil%2Ecom/x", "evil.com", Some("evil.com")),
    ("percent_all", "https://%73%61%67%61%77%61-x.top/", "https://%73%61%67%61%77%61-x.top/", "sagawa-x.top", Some("sagawa-x.top")),
    // User info, ports, what follows the host.
    ("userinfo", "https://docomo.ne.jp@evil.example/", "https://docomo.ne.jp@evil.example/", "evil.example", Some("evil.example")),
    ("userinfo_password", "https://user:pass@evil.example/", "https://user:pass@evil.example/", "evil.example", Some("evil.example")),
    ("two_ats", "https://a@docomo.ne.jp@evil.example/", "https://a@docomo.ne.jp@evil.example/", "evil.example", Some("evil.example")),
    ("port", "http://example-shop.com:8080/x", "http://example-shop.com:8080/x", "example-shop.com", Some("example-shop.com")),
    ("default_port", "https://example.com:443/", "https://example.com:443/", "example.com", Some("example.com")),
    ("fragment_at", "https://example.com#@evil.com", "https://example.com#@evil.com", "example.com", Some("example.com")),
    ("query_at", "https://example.com?@evil.com", "https://example.com?@evil.com", "example.com", Some("example.com")),
    ("query_url", "https://a.example.com/?u=https://b.example.org", "https://a.example.com/?u=https://b.example.org", "a.example.com", Some("example.com")),
    ("tab_in_path", "https://example.com/lo\tgin", "https://example.com/lo\tgin", "example.com", Some("example.com")),
    ("underscore", "https://ex_ample.com/", "https://ex_ample.com/", "ex_ample.com", Some("ex_ample.com")),
    // IDN.
    ("idn_japanese", "https://日本語.jp/へ", "https://日本語.jp/", "xn--wgv71a119e.jp", Some("xn--wgv71a119e.jp")),
    ("idn_upper_tld", "https://日本語.JP", "https://日本語.JP", "xn--wgv71a119e.jp", Some("xn--wgv71a119e.jp")),
    ("cyrillic_a", "https://аpple.com/id", "https://аpple.com/id", "xn--pple-43d.com", Some("xn--pple-43d.com")),
    ("punycode", "http://xn--pple-43d.com/", "http://xn--pple-43d.com/", "xn--pple-43d.com", Some("xn--pple-43d.com")),
    ("punycode_upper", "http://XN--PPLE-43D.COM/", "http://XN--PPLE-43D.COM/", "xn--pple-43d.com", Some("xn--pple-43d.com")),
    // Full-width, ideographic dots, invisible characters, dash look-alikes.
    ("fullwidth_host", "https://ＥＸＡＭＰＬＥ.com", "https://ＥＸＡＭＰＬＥ.com", "example.com", Some("example.com")),
    ("fullwidth_all", "ｈｔｔｐｓ：／／ｓａｇａｗａ－ｘｘ．ｃｏｍ／ｔｒａｃｋ", "https://sagawa-xx.com/track", "sagawa-xx.com", Some("sagawa-xx.com")),
    ("ideographic_dot", "https://sagawa-xx。com/track", "https://sagawa-xx。com/track", "sagawa-xx.com", Some("sagawa-xx.com")),
    ("zero_width", "https://sag\u{200B}awa-x.com", "https://sag\u{200B}awa-x.com", "sagawa-x.com", Some("sagawa-x.com")),
    ("minus_sign", "確認 https://ｒａｋｕｔｅｎ−ｃａｒｄ.ｃｏ.ｊｐ.ｓｅｃｕｒｅ.ｃｎ/", "https://rakuten−card.co.jp.secure.cn/", "xn--rakutencard-zg8f.co.jp.secure.cn", Some("secure.cn")),
    ("prolonged_mark", "https://rakutenーcard.co.jp.secure.cn/", "https://rakutenーcard.co.jp.secure.cn/", "xn--rakutencard-0u5j.co.jp.secure.cn", Some("secure.cn")),
    ("hyphen_u2010", "https://rakuten\u{2010}card.co.jp/", "https://rakuten\u{2010}card.co.jp/", "xn--rakutencard-rf3f.co.jp", Some("xn--rakutencard-rf3f.co.jp")),
    ("fullwidth_hyphen", "https://rakuten－card.co.jp.secure.cn/", "https://rakuten－card.co.jp.secure.cn/", "rakuten-card.co.jp.secure.cn", Some("secure.cn")),
    ("small_hyphen", "https://rakuten\u{FE63}card.co.jp.secure.cn/", "https://rakuten\u{FE63}card.co.jp.secure.cn/", "rakuten-card.co.jp.secure.cn", Some("secure.cn")),
    // Without a scheme: the phone's link finder puts `http://` before it.
    ("bare_path", "amazon-co-jp.top/verify", "http://amazon-co-jp.top/verify", "amazon-co-jp.top", Some("amazon-co-jp.top")),
    ("bare_shortener", "詳細はbit.ly/3xYz9へ", "http://bit.ly/3xYz9", "bit.ly", Some("bit.ly")),
    ("bare_ideographic_dot", "amazon-co-jp。top/verify", "http://amazon-co-jp。top/verify", "amazon-co-jp.top", Some("amazon-co-jp.top")),
    ("bare_minus_sign", "rakuten−card.co.jp.secure.cn/login を開く", "http://rakuten−card.co.jp.secure.cn/login", "xn--rakutencard-zg8f.co.jp.secure.cn", Some("secure.cn")),
    // Registrable domains.
    ("brand_as_subdomain", "http://micard.co.jp.xxxx.com/login", "http://micard.co.jp.xxxx.com/login", "micard.co.jp.xxxx.com", Some("xxxx.com")),
    ("geo_jp", "https://www.city.kumamoto.jp/", "https://www.city.kumamoto.jp/", "www.city.kumamoto.jp", Some("city.kumamoto.jp")),
    ("private_suffix", "https://evil.web.app/", "https://evil.web.app/", "evil.web.app", Some("evil.web.app")),
    ("unknown_tld", "https://myjcb-click.lin", "https://myjcb-click.lin", "myjcb-click.lin", Some("myjcb-click.lin")),
    ("defanged", "hxxps://bad.top/x", "https://bad.top/x", "bad.top", Some("bad.top")),
];

#[test]
fn the_table_is_what_the_whatwg_parser_reads() {
    assert!(ROWS.len() >= 50, "{} rows", ROWS.len());
    let mut failures = Vec::new();
    for &(name, _, link, host, _) in ROWS {
        match url::Url::parse(link) {
            Ok(u) if u.host_str() == Some(host) => {}
            Ok(u) => failures.push(format!("{name}: the parser reads {:?}", u.host_str())),
            Err(e) => failures.push(format!("{name}: the parser refuses {link:?}: {e}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn our_hosts_are_the_browsers() {
    let mut failures = Vec::new();
    for &(name, message, _, host, registrable) in ROWS {
        let v = classify(message, None);
        let Some(u) = v.urls.first() else {
            failures.push(format!("{name}: no URL found in {message:?}"));
            continue;
        };
        if u.host_ascii != host {
            failures.push(format!(
                "{name}: host_ascii {:?}, browser {host:?}",
                u.host_ascii
            ));
        }
        if u.registrable_domain.as_deref() != registrable {
            failures.push(format!(
                "{name}: registrable {:?}, want {registrable:?}",
                u.registrable_domain
            ));
        }
        if u.flags.contains(&UrlFlag::NotOpenable) {
            failures.push(format!("{name}: flagged not_openable"));
        }
        if registrable.is_some_and(|r| !host.ends_with(r)) {
            failures.push(format!(
                "{name}: the table's registrable domain is not a suffix"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// (name, message, the link as the browser receives it)
const REFUSED: &[(&str, &str, &str)] = &[
    (
        "ip_out_of_range",
        "ご確認 http://300.1.1.1/login",
        "http://300.1.1.1/login",
    ),
    ("five_part_ip", "http://1.2.3.4.5/", "http://1.2.3.4.5/"),
    ("numeric_last_label", "https://a.b.c.1/", "https://a.b.c.1/"),
    (
        "broken_punycode",
        "https://xn--abc.com/",
        "https://xn--abc.com/",
    ),
    (
        "hex_out_of_range",
        "http://0x1ffffffff/",
        "http://0x1ffffffff/",
    ),
];

/// A link the browser cannot open is reported as such, with no host guessed.
#[test]
fn links_the_parser_refuses_have_no_host() {
    let mut failures = Vec::new();
    for &(name, message, link) in REFUSED {
        if url::Url::parse(link).is_ok() {
            failures.push(format!("{name}: the parser accepts {link:?}"));
        }
        let v = classify(message, None);
        let Some(u) = v.urls.first() else {
            failures.push(format!("{name}: no URL found in {message:?}"));
            continue;
        };
        if !u.flags.contains(&UrlFlag::NotOpenable) {
            failures.push(format!("{name}: flags {:?}", u.flags));
        }
        if !u.host_ascii.is_empty() || !u.host.is_empty() || u.registrable_domain.is_some() {
            failures.push(format!("{name}: a host was guessed: {:?}", u.host_ascii));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The forms the browser repairs are flagged `malformed`; plain forms are not.
#[test]
fn repaired_forms_are_flagged() {
    let repaired = [
        "backslashes",
        "one_slash",
        "no_slash",
        "three_slashes",
        "hex_short_ip",
        "decimal_ip",
        "octal_ip",
        "percent_dot",
    ];
    let plain = [
        "plain",
        "upper_case",
        "dotted_ip",
        "port",
        "idn_japanese",
        "bare_path",
    ];
    for (name, want) in repaired
        .iter()
        .map(|n| (n, true))
        .chain(plain.iter().map(|n| (n, false)))
    {
        let row = ROWS.iter().find(|r| r.0 == *name).unwrap();
        let flags = &classify(row.1, None).urls[0].flags;
        assert_eq!(
            flags.contains(&UrlFlag::Malformed),
            want,
            "{name}: {flags:?}"
        );
    }
}
