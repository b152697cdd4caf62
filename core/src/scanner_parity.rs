//! The hand-written scanners against the regexes they replace (`regex` is a dev-dependency
//! only): the one-time-code scanner of digits (`otp::digit_code`) must give the span `OTP` gave, and the phone-number
//! shapes (`phone_pattern`) every match `PHONE` gave, on generated texts, on hand-written
//! messages, and on the fixtures and dev corpora (read at run time, normalized as the
//! classifier normalizes them).

use regex::Regex;

use crate::normalize::Normalized;
use crate::otp::digit_code;
use crate::phone_pattern;

/// The regex that `otp::digit_code` was, with 「として」 and the instructions that hand a code
/// over (「を使用してください」, 「は次のとおりです」) learnt since.
const OTP: &str = r"(?x)
        (?:コード|code|認証番号|パスワード|passcode|pin) [\s:]*
        (?:は次のとおりです|は次の通りです|は以下のとおりです|は以下の通りです|を入力してください|をご入力ください|を使用してください|をご使用ください|をお使いください|は|として|is|:)?
        [\s:]* (?:g-)? [0-9]{4,8} (?:[^0-9]|$)
        | (?:^|[^0-9a-z]) (?:g-)? [0-9]{4,8} \s* (?:は|が|is) \s* (?:あなたの|your)
        ";

/// The regex that `phone_pattern` was, with the bracketed area codes it has learnt since.
const PHONE: &str = r"(?x)
        (?: \+ \s? [1-9][0-9]{0,2} [-\s]? (?:\(0\))? \(? [0-9]{1,4} \)? [-\s]? [0-9Xx×●○〇*]{1,4} [-\s]? [0-9Xx×●○〇*]{3,4}
          | 0 [0-9]{1,4} (?: [-\s] | \( )? [0-9Xx×●○〇*]{1,4} (?: [-\s] | \) )? [0-9Xx×●○〇*]{3,4}
          | 0 [0-9]{9,10}
          | \( 0 [0-9]{1,4} \) [-\s]? [0-9Xx×●○〇*]{1,4} [-\s]? [0-9Xx×●○〇*]{3,4}
        )";

struct Regexes {
    otp: Regex,
    phone: Regex,
}

impl Regexes {
    fn new() -> Regexes {
        Regexes {
            otp: Regex::new(OTP).unwrap(),
            phone: Regex::new(PHONE).unwrap(),
        }
    }

    /// Asserts that both scanners agree with the regexes on `text`; true when either found
    /// something (so that a test can check its texts are not all trivial).
    fn assert_same(&self, text: &str) -> bool {
        let otp = self.otp.find(text).map(|m| (m.start(), m.end()));
        assert_eq!(digit_code(text), otp, "one-time code in {text:?}");
        let phones: Vec<(usize, usize)> = self
            .phone
            .find_iter(text)
            .map(|m| (m.start(), m.end()))
            .collect();
        let ours: Vec<(usize, usize)> = phone_pattern::find_iter(text).collect();
        assert_eq!(ours, phones, "phone numbers in {text:?}");
        otp.is_some() || !phones.is_empty()
    }
}

/// Pieces that texts are made of: what the two patterns look for, and what breaks them.
const PIECES: &[&str] = &[
    "コード",
    "code",
    "認証番号",
    "パスワード",
    "passcode",
    "pin",
    "pass",
    "co",
    "は",
    "が",
    "is",
    "i",
    "を使用してください",
    "は次のとおりです",
    "を入力",
    "あなたの",
    "your",
    "you",
    "g-",
    "g",
    "-",
    ":",
    " ",
    " ",
    "\u{3000}",
    "\n",
    "\t",
    "\u{a0}",
    "\u{2028}",
    "\u{85}",
    "\u{180e}",
    "+",
    "+81",
    "(",
    ")",
    "(0)",
    "X",
    "x",
    "×",
    "●",
    "○",
    "〇",
    "*",
    "a",
    "A",
    "z",
    "/",
    ".",
    "電話",
    "確認",
    "です",
    "。",
    "、",
    "😀",
    "ー",
    "−",
    "０",
];

/// A small deterministic generator (xorshift), so that a failure names a text that stays.
struct Random(u64);

impl Random {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    /// A text of pieces and runs of digits (a third of the time a run, of 1–11 digits).
    fn text(&mut self) -> String {
        let mut t = String::new();
        for _ in 0..1 + self.below(14) {
            if self.below(3) == 0 {
                for _ in 0..1 + self.below(11) {
                    let d = if self.below(4) == 0 {
                        0
                    } else {
                        self.below(10)
                    };
                    t.push(char::from(b'0' + d as u8));
                }
            } else {
                t.push_str(PIECES[self.below(PIECES.len())]);
            }
        }
        t
    }
}

/// Messages as they arrive, with codes, numbers, and numbers that are neither.
const MESSAGES: &[&str] = &[
    "認証コード:482913 このコードを他人に教えないでください",
    "確認コードは 1234 です",
    "セキュリティ コード: 8812",
    "G-482913があなたのGoogle確認コードです",
    "Your verification code is 558201",
    "558201 is your code",
    "パスワード：12345678。有効期限は10分です",
    "PIN 0000",
    "passcode:g-12345678901",
    "ご利用金額: 9800円 お問い合わせ 0120-123-456",
    "お問い合わせ 03(1234)5678 まで",
    "お問い合わせ (03)1234-5678 まで",
    "Call +1 (213) 555-0142 now",
    "(0120)12-3456、(090)1234-5678",
    "050-6879-●●●● までお電話ください",
    "+81 90-1234-5678 / +81-(0)3-1234-5678",
    "090 1234 5678",
    "090-1234-56789",
    "電話番号 0X0-XXXX-XXXX",
    "03-1234-5678、06-6123-4567",
    "〒100-0001 東京都千代田区 TEL 0312345678 FAX 03-1234-5679",
    "予約番号 1234567 は 2026/12/01",
    "コード 1234があなたの",
    "code is 123 4567",
    "0570-000-123 ナビダイヤル",
];

#[test]
fn whitespace_is_the_regex_whitespace() {
    let space = Regex::new(r"^\s$").unwrap();
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        assert_eq!(
            c.is_whitespace(),
            space.is_match(c.encode_utf8(&mut [0; 4])),
            "U+{:04X}",
            c as u32
        );
    }
}

#[test]
fn generated_texts() {
    let regexes = Regexes::new();
    let mut r = Random(0x853c_49e6_748f_ea9b);
    let found = (0..60_000)
        .filter(|_| regexes.assert_same(&r.text()))
        .count();
    assert!(found > 5_000, "only {found} texts with a match");
}

#[test]
fn hand_written_messages() {
    let regexes = Regexes::new();
    for m in MESSAGES {
        let n = Normalized::new(m);
        regexes.assert_same(m);
        regexes.assert_same(n.as_str());
        regexes.assert_same(n.for_matching().as_str());
    }
}

/// Every `text` of the fixtures and of the dev corpora that are present.
fn real_texts() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let corpus = std::env::var("SMISHGUARD_CORPUS_DIR")
        .map_or_else(|_| root.join("../shared/corpus"), Into::into);
    let mut files: Vec<_> = std::fs::read_dir(root.join("tests/fixtures"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.extend(["dev.jsonl", "dev2.jsonl"].map(|f| corpus.join(f)));
    let mut texts = Vec::new();
    for f in files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "jsonl"))
    {
        let Ok(body) = std::fs::read_to_string(f) else {
            continue;
        };
        for line in body.lines().filter(|l| !l.trim().is_empty()) {
            let row: serde_json::Value = serde_json::from_str(line).unwrap();
            if let Some(t) = row["text"].as_str() {
                texts.push(t.to_owned());
            }
        }
    }
    texts
}

#[test]
fn fixtures_and_corpora() {
    let regexes = Regexes::new();
    let texts = real_texts();
    assert!(texts.len() >= 200, "fixtures not found");
    let mut found = 0;
    for t in &texts {
        let n = Normalized::new(t);
        found += usize::from(regexes.assert_same(n.as_str()));
        found += usize::from(regexes.assert_same(n.for_matching().as_str()));
        regexes.assert_same(t);
    }
    assert!(found > 50, "only {found} texts with a match");
}
