//! A **baseline**, not part of smishguard: the keyword-regex filter an app developer would
//! otherwise write, in the manner of rule-based SMS blockers.
//!
//! About thirty user-style patterns, compiled once, tried one by one with [`Regex::is_match`]
//! on the raw message text until one matches. No normalization (full-width letters, invisible
//! characters and filler defeat it), no URL judgement, no weighing of evidence: a message is
//! "flagged" as soon as any pattern matches. `smishguard bench` times it against
//! `Classifier::classify` in the same run and reports its recall and false-positive rate next
//! to ours, so that "more accurate and faster" is shown with numbers.

use regex::Regex;

/// The patterns, as a user of a blocker app would type them.
const PATTERNS: &[&str] = &[
    r"不在.*持ち帰",
    r"不在.*(連絡|通知)",
    r"お荷物.*(お届け|配達)",
    r"再配達",
    r"配送.*(できません|失敗)",
    r"住所.*(不明|不備)",
    r"https?://[^\s]+\.(top|xyz|cn|icu|shop|buzz|club|vip|cc)",
    r"https?://\d+\.\d+\.\d+\.\d+",
    r"(bit\.ly|tinyurl\.com|t\.co|is\.gd)/",
    r"(アカウント|口座).*(停止|凍結|制限|ロック)",
    r"(カード|クレジット).*(停止|制限|不正)",
    r"ご利用.*確認",
    r"本人確認",
    r"(セキュリティ|安全).*(確認|強化|更新)",
    r"未払い",
    r"未納",
    r"料金.*(未払|滞納|請求)",
    r"高額.*(請求|利用)",
    r"至急",
    r"本日中",
    r"\d+時間以内",
    r"法的(措置|手続)",
    r"(当選|プレゼント|キャンペーン).*(おめでとう|受け取)",
    r"(還付金|給付金|返金)",
    r"(ログイン|サインイン).*(異常|不審|検知)",
    r"パスワード.*(入力|更新|変更)",
    r"(有効期限|期限切れ)",
    r"(税金|国税|税務署)",
    r"(ETC|etc).*(失効|未払|停止)",
    r"(Amazon|アマゾン|楽天|ドコモ|docomo|au|ソフトバンク).*(https?://)",
];

/// The compiled list. Build it once (as an app would, at start-up) and reuse it.
#[derive(Debug)]
pub struct RegexList {
    patterns: Vec<Regex>,
}

impl RegexList {
    /// Compiles the patterns.
    pub fn new() -> RegexList {
        RegexList {
            patterns: PATTERNS
                .iter()
                .map(|p| Regex::new(p).expect("baseline pattern compiles"))
                .collect(),
        }
    }

    /// Number of patterns.
    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    /// True when any pattern matches `text`, trying them in turn.
    pub fn flags(&self, text: &str) -> bool {
        self.patterns.iter().any(|r| r.is_match(text))
    }
}
