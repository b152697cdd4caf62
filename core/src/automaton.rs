//! A compact Aho–Corasick automaton whose tables are plain arrays, so that a build step can
//! write them out as statics.
//!
//! The classifier runs a few multi-pattern searches per message: concept atoms, brand names,
//! brand tokens and their look-alike folds. Building their automata took most of the first
//! verdict of a process (an iOS message filter starts cold for each message). The embedded
//! pack's automata are therefore built by `build.rs`, with this very module, and stored as
//! static arrays that cost nothing to load; a pack loaded at run time is built by the same
//! code, so both forms are equal by construction (and a test checks it).
//!
//! The tables: bytes in classes (those no pattern uses share one); the start state, and the
//! states one or two bytes deep that several edges leave, as dense rows, one next state per
//! class with failures already followed (a Japanese character is three bytes: most searches
//! restart there, read its second byte among the many edges of a lead byte and its last among
//! the many edges of a two-byte prefix; a prefix with a few edges, or a Latin letter that
//! begins a few words, is not worth a row); every other
//! state as sorted sparse edges with a failure link; per state, the list of patterns that end
//! there. Three kinds of search, with exactly the semantics of the `aho-corasick` crate (tested
//! against it on random pattern sets):
//!
//! * [`Kind::Overlapping`], searched with [`Automaton::overlapping`]: every occurrence of every
//!   pattern, in order of where it ends; at one end, the longest first, and patterns of equal
//!   text in the order given (`MatchKind::Standard` with `find_overlapping_iter`);
//! * [`Kind::LeftmostLongest`], searched with [`Automaton::leftmost`]: non-overlapping
//!   matches, each the one that starts first and, of those, the longest; of equal patterns,
//!   the first given (`MatchKind::LeftmostLongest` with `find_iter`);
//! * [`Kind::LeftmostFirst`], searched with [`Automaton::leftmost`]: non-overlapping matches,
//!   each the one that starts first and, of those, the first given (`MatchKind::LeftmostFirst`
//!   with `find_iter`: a pattern that extends an earlier one can never match).
//!
//! Time is linear in the text plus the matches reported: each byte moves down one edge, and
//! failure links only climb back what was descended.

use std::borrow::Cow;
use std::collections::VecDeque;

/// How an automaton reports matches (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Every occurrence, overlapping.
    Overlapping,
    /// Non-overlapping, leftmost first, longest there.
    LeftmostLongest,
    /// Non-overlapping, leftmost first, the first pattern given there.
    LeftmostFirst,
}

/// The state no match can follow (leftmost searches stop there). Never an index: states are
/// fewer than [`MAX_STATES`]; in the two-byte tables it is `u16::MAX`, so that widening a
/// table's entry gives it.
const DEAD: u32 = u16::MAX as u32;

/// The start state.
const START: u32 = 0;

/// Bytes of a sparse edge in [`Automaton::edges`]: the byte read, and the next state.
const EDGE: usize = 3;

/// The most dense rows an automaton has: their numbers are written above the states' in the
/// failure-link entry of `states` (see [`FIRST_ROW`]). A row is a shallow state with many
/// edges; the embedded pack's automata have a few dozen.
const MAX_ROWS: u32 = 1024;

/// More states than the two-byte tables can name: the numbers above them (but `DEAD`) name
/// dense rows. An edge ends in a state other than the start, so there are fewer edges than
/// this too, and where a state's edges start fits in two bytes. The embedded pack's largest
/// automaton, the concepts' atoms, has about 31,000 states (pack 2027.01.06); a pack past the
/// limit is refused as invalid ("too many states"). Until pack 2027.01.06 the limit was 2^15,
/// a bit of the edges' start marking a dense state.
const MAX_STATES: u32 = u16::MAX as u32 - MAX_ROWS;

/// What a dense state holds in the failure-link entry of `states`: `FIRST_ROW` plus the number
/// of its row in `dense`. Never `DEAD`, which is `FIRST_ROW + MAX_ROWS`: there are fewer rows
/// than [`MAX_ROWS`].
const FIRST_ROW: u16 = MAX_STATES as u16;

/// States no deeper than this many bytes get a dense row when enough edges leave them
/// ([`DENSE_MIN_EDGES_ONE_DEEP`], [`DENSE_MIN_EDGES`]), and the start state always: a kana
/// or kanji is three bytes, and its second and third bytes are then read in one look-up each
/// rather than among a state's many sparse edges.
const DENSE_DEPTH: u32 = 2;

/// A state two bytes deep gets its dense row only when at least this many edges leave it: a
/// row costs two bytes per class (a hundred classes and more), while a state with a few edges
/// (most two-byte prefixes of the concept atoms) is read about as fast among its sparse edges.
/// Six rather than three took 10 kB off the library for 0.05% more instructions per message
/// (callgrind, 592 messages); ten rather than six (pack 2027.01.10, when nine regional
/// utilities joined the brands) took 3.5 kB for 1.3% (111,831 → 113,270 instructions per warm
/// classify; seven took 1.8 kB for 0.06%, eight 2.2 kB for 1.2%).
const DENSE_MIN_EDGES: usize = 10;

/// A state one byte deep gets its dense row only when at least this many edges leave it: a
/// UTF-8 lead byte is left by many, a Latin letter that begins one or two brand names or words
/// is not. Every such state had a row before: three took 8 kB off the library for 0.7% more
/// instructions per warm classify (94,132 → 94,782 with the gram weights in two bytes,
/// callgrind on the dev corpus); six would have taken 14 kB for 2.5%. Twelve (pack 2027.01.08,
/// when the vocabularies had outgrown the library's 2.3 MB target) took 8.6 kB more for 2.2%
/// (109,466 → 111,878 instructions per warm classify): most lead bytes of Japanese text keep
/// their rows, the rarer ones and Latin letters are read among their edges.
const DENSE_MIN_EDGES_ONE_DEEP: usize = 12;

/// An automaton's tables. States are numbered from 0 (the start state); those that report
/// patterns come first after it (`1..=match_states`), so that a search tells them by number.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Automaton {
    /// How matches are reported.
    pub(crate) kind: Kind,
    /// The number of states that report patterns: states `1..=match_states`.
    pub(crate) match_states: u32,
    /// The class of each byte (256 entries).
    pub(crate) class: Cow<'static, [u8]>,
    /// The number of classes: the length of a dense row.
    pub(crate) classes: u32,
    /// Dense rows: the next state of a dense state for each class, failures followed.
    pub(crate) dense: Cow<'static, [u16]>,
    /// Two entries per state, and two at the end. For state `s`: `states[2s]` is where its
    /// edges start in `edges`, counted in edges (they end where the next state's start);
    /// `states[2s + 1]` is its failure link — the longest proper suffix of its text that is a
    /// state, or `DEAD` for a leftmost match state. A dense state has no edges, and
    /// [`FIRST_ROW`] plus the number of its row in `dense` at `states[2s + 1]` (the row starts
    /// at that number times `classes`).
    pub(crate) states: Cow<'static, [u16]>,
    /// Sparse edges, [`EDGE`] bytes each: the byte read, then the next state as a
    /// little-endian `u16`; ascending by byte within a state. Three bytes an edge rather than
    /// the four of a `u32` (a state fits in two): 25 kB of the library.
    pub(crate) edges: Cow<'static, [u8]>,
    /// The patterns reported in state `s` (`1..=match_states`) are
    /// `matches[first_match[s]..first_match[s + 1]]`. Two bytes each, as the next two: fewer
    /// than 2^16 patterns, reports and bytes in a pattern (it is shorter than the states).
    pub(crate) first_match: Cow<'static, [u16]>,
    /// Pattern ids (see `first_match`).
    pub(crate) matches: Cow<'static, [u16]>,
    /// Length in bytes of each pattern.
    pub(crate) pattern_len: Cow<'static, [u16]>,
}

/// The tables as plain slices, for the length of one search.
#[derive(Debug, Clone, Copy)]
struct View<'a> {
    match_states: u32,
    class: &'a [u8; 256],
    classes: usize,
    dense: &'a [u16],
    states: &'a [u16],
    edges: &'a [u8],
    first_match: &'a [u16],
    matches: &'a [u16],
    pattern_len: &'a [u16],
}

/// One occurrence of a pattern: its id (its position in the list given) and byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    /// Which pattern.
    pub(crate) pattern: usize,
    /// Where it starts.
    pub(crate) start: usize,
    /// Where it ends.
    pub(crate) end: usize,
}

/// A state of the trie while building.
#[derive(Default)]
struct Node {
    edges: Vec<(u8, u32)>,
    own: Vec<u16>,
    depth: u32,
}

/// The trie with its failure links and match lists, numbered as built.
struct Trie {
    nodes: Vec<Node>,
    /// The start state's next state for every byte.
    start: Vec<u32>,
    fail: Vec<u32>,
    lists: Vec<Vec<u16>>,
}

impl Trie {
    /// The state after reading `b` in state `s`, following failure links.
    fn next(&self, mut s: u32, b: u8) -> u32 {
        loop {
            if s == DEAD {
                return DEAD;
            }
            if s == START {
                return self.start[usize::from(b)];
            }
            let edges = &self.nodes[s as usize].edges;
            if let Ok(i) = edges.binary_search_by_key(&b, |e| e.0) {
                return edges[i].1;
            }
            s = self.fail[s as usize];
        }
    }

    /// The search tables: states renumbered (the start state, those that report patterns,
    /// the others), byte classes, dense rows for the shallow states.
    fn into_tables(self, kind: Kind, pattern_len: Vec<u16>) -> Result<Automaton, String> {
        let n = self.nodes.len();
        // Classes: each byte some edge uses is its own; the others share class 0 (they only
        // ever lead back to the start state).
        let mut used = [false; 256];
        for node in &self.nodes {
            for &(b, _) in &node.edges {
                used[usize::from(b)] = true;
            }
        }
        let mut class = vec![0u8; 256];
        let mut representative = Vec::new();
        if let Some(unused) = used.iter().position(|u| !u) {
            representative.push(unused as u8);
        }
        for b in 0..=255u8 {
            if used[usize::from(b)] {
                class[usize::from(b)] = representative.len() as u8;
                representative.push(b);
            }
        }
        let reporting = |o: &usize| *o != 0 && !self.lists[*o].is_empty();
        let order: Vec<usize> = std::iter::once(0)
            .chain((0..n).filter(reporting))
            .chain((1..n).filter(|o| !reporting(o)))
            .collect();
        let mut renamed = vec![0u32; n];
        for (new, &old) in order.iter().enumerate() {
            renamed[old] = new as u32;
        }
        let rename = |s: u32| if s == DEAD { DEAD } else { renamed[s as usize] };
        let mut dense: Vec<u16> = Vec::new();
        let mut rows: u16 = 0;
        let mut states: Vec<u16> = Vec::with_capacity(2 * n + 2);
        // Fewer states than `MAX_STATES` (checked as they were made): each fits in two bytes.
        let narrow = |s: u32| s as u16;
        let mut edges: Vec<u8> = Vec::new();
        let edge_count = |edges: &Vec<u8>| (edges.len() / EDGE) as u32;
        // The start state (0) reports nothing; state 1's list starts at 0.
        let mut first_match = vec![0, 0];
        let mut matches = Vec::new();
        for &old in &order {
            let node = &self.nodes[old];
            let dense_row = node.depth == 0
                || (node.depth == 1 && node.edges.len() >= DENSE_MIN_EDGES_ONE_DEEP)
                || (node.depth == DENSE_DEPTH && node.edges.len() >= DENSE_MIN_EDGES);
            if dense_row {
                if u32::from(rows) >= MAX_ROWS {
                    return Err("too many dense rows".to_owned());
                }
                states.push(narrow(edge_count(&edges)));
                states.push(FIRST_ROW + rows);
                rows += 1;
                let s = old as u32;
                dense.extend(
                    representative
                        .iter()
                        .map(|&b| narrow(rename(self.next(s, b)))),
                );
            } else {
                states.push(narrow(edge_count(&edges)));
                states.push(narrow(rename(self.fail[old])));
                for &(b, next) in &node.edges {
                    edges.push(b);
                    edges.extend_from_slice(&narrow(rename(next)).to_le_bytes());
                }
            }
            if reporting(&old) {
                matches.extend_from_slice(&self.lists[old]);
                let end = u16::try_from(matches.len()).map_err(|_| "too many reports")?;
                first_match.push(end);
            }
        }
        states.extend([narrow(edge_count(&edges)), narrow(DEAD)]);
        Ok(Automaton {
            kind,
            match_states: (first_match.len() - 2) as u32,
            class: class.into(),
            classes: representative.len() as u32,
            dense: dense.into(),
            states: states.into(),
            edges: edges.into(),
            first_match: first_match.into(),
            matches: matches.into(),
            pattern_len: pattern_len.into(),
        })
    }
}

impl Automaton {
    /// Builds the automaton of `patterns` (ids are their positions). An empty pattern, or
    /// more patterns or reports of them than 16-bit numbers count, or more states than
    /// [`MAX_STATES`], is refused.
    pub(crate) fn new<P: AsRef<[u8]>>(
        patterns: impl IntoIterator<Item = P>,
        kind: Kind,
    ) -> Result<Automaton, String> {
        let mut nodes = vec![Node::default()];
        let mut pattern_len = Vec::new();
        'patterns: for (id, p) in patterns.into_iter().enumerate() {
            let p = p.as_ref();
            if p.is_empty() {
                return Err(format!("pattern {id} is empty"));
            }
            let id = u16::try_from(id).map_err(|_| "too many patterns".to_owned())?;
            let len = u16::try_from(p.len()).map_err(|_| "pattern too long".to_owned())?;
            pattern_len.push(len);
            let mut s = 0usize;
            for &b in p {
                // Leftmost-first: a pattern that extends an earlier one can never match (the
                // earlier one wins wherever both start); it is not added.
                if kind == Kind::LeftmostFirst && !nodes[s].own.is_empty() {
                    continue 'patterns;
                }
                s = match nodes[s].edges.iter().find(|e| e.0 == b) {
                    Some(&(_, next)) => next as usize,
                    None => {
                        let next = u32::try_from(nodes.len())
                            .ok()
                            .filter(|&n| n < MAX_STATES)
                            .ok_or("too many states")?;
                        let depth = nodes[s].depth + 1;
                        nodes[s].edges.push((b, next));
                        nodes.push(Node {
                            depth,
                            ..Node::default()
                        });
                        next as usize
                    }
                };
            }
            nodes[s].own.push(id);
        }
        for n in &mut nodes {
            n.edges.sort_unstable();
        }
        let mut start = vec![START; 256];
        for &(b, next) in &nodes[0].edges {
            start[usize::from(b)] = next;
        }
        let (fail, lists) = failures(&nodes, &start, kind);
        let trie = Trie {
            nodes,
            start,
            fail,
            lists,
        };
        trie.into_tables(kind, pattern_len)
    }

    /// Every occurrence of every pattern in `text`, overlapping (see [`Kind::Overlapping`]).
    /// On an automaton built for another kind, nothing.
    pub(crate) fn overlapping<'a>(&'a self, text: &'a str) -> Overlapping<'a> {
        Overlapping {
            a: self.view(),
            text: text.as_bytes(),
            at: if self.kind == Kind::Overlapping {
                0
            } else {
                text.len()
            },
            state: START,
            pending: 0..0,
        }
    }

    /// The leftmost matches in `text`: leftmost-longest or leftmost-first as built (see
    /// [`Kind`]). On an automaton built to report overlapping matches, nothing.
    pub(crate) fn leftmost<'a>(&'a self, text: &'a str) -> Leftmost<'a> {
        Leftmost {
            a: self.view(),
            text: text.as_bytes(),
            at: if self.kind == Kind::Overlapping {
                text.len()
            } else {
                0
            },
        }
    }

    fn view(&self) -> View<'_> {
        View {
            match_states: self.match_states,
            // Always 256 entries; else every byte reads as class 0.
            class: self.class.as_ref().try_into().unwrap_or(&[0; 256]),
            classes: self.classes as usize,
            dense: &self.dense,
            states: &self.states,
            edges: &self.edges,
            first_match: &self.first_match,
            matches: &self.matches,
            pattern_len: &self.pattern_len,
        }
    }
}

impl View<'_> {
    /// The state after reading `b` in state `s`, following failure links. Inlined into the
    /// searches' loops: a call per byte would cost as much as the transition.
    #[inline(always)]
    fn next(&self, mut s: u32, b: u8) -> u32 {
        if s == DEAD {
            return DEAD;
        }
        loop {
            let i = 2 * s as usize;
            // One bounds check for the state's two entries and where the next state's edges
            // start (which is where this one's end).
            let Some(&[lo, link, next]) = self.states.get(i..i + 3) else {
                return DEAD;
            };
            // A dense row's number, or (a failure link: below FIRST_ROW, or DEAD just past the
            // rows) a number past every row: one comparison tells them.
            let row = link.wrapping_sub(FIRST_ROW);
            if u32::from(row) < MAX_ROWS {
                let class = self.class[usize::from(b)];
                return self
                    .dense
                    .get(usize::from(row) * self.classes + usize::from(class))
                    .map_or(DEAD, |&t| u32::from(t));
            }
            let (lo, hi) = (EDGE * usize::from(lo), EDGE * usize::from(next));
            let link = u32::from(link);
            // Most states have one edge and few more than a handful (none more than 256): one
            // edge is read at once, more by a scan in byte order, stopped past `b`.
            match self.edges.get(lo..hi) {
                Some(&[e, n0, n1]) if e == b => {
                    return u32::from(u16::from_le_bytes([n0, n1]));
                }
                Some(&[_, _, _]) | None => {}
                Some(edges) => {
                    for edge in edges.chunks_exact(EDGE) {
                        if let &[e, n0, n1] = edge {
                            if e >= b {
                                if e == b {
                                    return u32::from(u16::from_le_bytes([n0, n1]));
                                }
                                break;
                            }
                        }
                    }
                }
            }
            if link == DEAD {
                return DEAD;
            }
            s = link;
        }
    }

    /// The positions in `matches` of the patterns reported in state `s`.
    #[inline(always)]
    fn reported(&self, s: u32) -> std::ops::Range<usize> {
        // States 1..=match_states, in one comparison (the start state wraps around).
        if s.wrapping_sub(1) >= self.match_states {
            return 0..0;
        }
        let s = s as usize;
        match self.first_match.get(s..s + 2) {
            Some(&[lo, hi]) => lo as usize..hi as usize,
            _ => 0..0,
        }
    }

    /// The occurrence of the pattern at position `i` of `matches`, ending at `end`.
    fn found(&self, i: usize, end: usize) -> Found {
        let pattern = self.matches[i] as usize;
        Found {
            pattern,
            start: end - self.pattern_len[pattern] as usize,
            end,
        }
    }
}

/// The failure link of every state and the list of patterns it reports, computed breadth
/// first so that a state's failure target is complete before the state.
///
/// A state reports its own patterns, then those of its failure target. For leftmost
/// searches, a state where a pattern ends keeps only its own and fails to `DEAD`: once a
/// match is seen, only longer matches from the same start may replace it.
fn failures(nodes: &[Node], start: &[u32], kind: Kind) -> (Vec<u32>, Vec<Vec<u16>>) {
    let leftmost = kind != Kind::Overlapping;
    let mut fail = vec![START; nodes.len()];
    let mut lists: Vec<Vec<u16>> = nodes.iter().map(|n| n.own.clone()).collect();
    let mut queue = VecDeque::new();
    for &(_, child) in &nodes[0].edges {
        if leftmost && !nodes[child as usize].own.is_empty() {
            fail[child as usize] = DEAD;
        }
        queue.push_back(child);
    }
    while let Some(s) = queue.pop_front() {
        for &(b, child) in &nodes[s as usize].edges {
            queue.push_back(child);
            let c = child as usize;
            if leftmost && !nodes[c].own.is_empty() {
                fail[c] = DEAD;
                continue;
            }
            let mut f = fail[s as usize];
            let target = loop {
                if f == DEAD {
                    break DEAD;
                }
                if f == START {
                    break start[usize::from(b)];
                }
                let edges = &nodes[f as usize].edges;
                if let Ok(i) = edges.binary_search_by_key(&b, |e| e.0) {
                    break edges[i].1;
                }
                f = fail[f as usize];
            };
            fail[c] = target;
            if target != DEAD {
                let inherited = lists[target as usize].clone();
                lists[c].extend(inherited);
            }
        }
    }
    (fail, lists)
}

/// The iterator of [`Automaton::overlapping`].
#[derive(Debug)]
pub(crate) struct Overlapping<'a> {
    a: View<'a>,
    text: &'a [u8],
    at: usize,
    state: u32,
    /// Positions in `matches` still to report, ending at `at`.
    pending: std::ops::Range<usize>,
}

impl Iterator for Overlapping<'_> {
    type Item = Found;

    fn next(&mut self) -> Option<Found> {
        if let Some(i) = self.pending.next() {
            return Some(self.a.found(i, self.at));
        }
        // Scan, with the state in registers, up to the next state that reports patterns.
        let (a, text) = (self.a, self.text);
        let (mut s, mut at) = (self.state, self.at);
        let reported = loop {
            let Some(&b) = text.get(at) else {
                self.at = at;
                return None;
            };
            s = a.next(s, b);
            at += 1;
            let r = a.reported(s);
            if !r.is_empty() {
                break r;
            }
        };
        self.state = s;
        self.at = at;
        self.pending = reported;
        let i = self.pending.next()?;
        Some(a.found(i, at))
    }
}

/// The iterator of [`Automaton::leftmost`].
#[derive(Debug)]
pub(crate) struct Leftmost<'a> {
    a: View<'a>,
    text: &'a [u8],
    at: usize,
}

impl Iterator for Leftmost<'_> {
    type Item = Found;

    fn next(&mut self) -> Option<Found> {
        let mut state = START;
        let mut best = None;
        while let Some(&b) = self.text.get(self.at) {
            state = self.a.next(state, b);
            self.at += 1;
            if state == DEAD {
                break;
            }
            let r = self.a.reported(state);
            if !r.is_empty() {
                best = Some(self.a.found(r.start, self.at));
            }
        }
        match best {
            Some(m) => self.at = m.end,
            None => self.at = self.text.len(),
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

    /// A small deterministic generator (xorshift), so that failures repeat.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }

        /// A string of 1..=max pieces from a tiny alphabet (with a multi-byte letter), so that
        /// patterns share prefixes and suffixes and overlap often.
        fn text(&mut self, max: usize) -> String {
            const PIECES: &[&str] = &["a", "b", "c", "ab", "不", "正"];
            let n = 1 + self.below(max);
            (0..n).map(|_| PIECES[self.below(PIECES.len())]).collect()
        }
    }

    fn ours(a: &Automaton, text: &str) -> Vec<(usize, usize, usize)> {
        let found: Vec<Found> = match a.kind {
            Kind::Overlapping => a.overlapping(text).collect(),
            Kind::LeftmostLongest | Kind::LeftmostFirst => a.leftmost(text).collect(),
        };
        found.iter().map(|m| (m.pattern, m.start, m.end)).collect()
    }

    fn theirs(ac: &AhoCorasick, kind: Kind, text: &str) -> Vec<(usize, usize, usize)> {
        let m = |m: aho_corasick::Match| (m.pattern().as_usize(), m.start(), m.end());
        match kind {
            Kind::Overlapping => ac.find_overlapping_iter(text).map(m).collect(),
            Kind::LeftmostLongest | Kind::LeftmostFirst => ac.find_iter(text).map(m).collect(),
        }
    }

    /// The same matches, in the same order, as the `aho-corasick` crate, on random pattern
    /// sets (duplicates included) and texts.
    #[test]
    fn matches_as_the_aho_corasick_crate() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for round in 0..3000 {
            let patterns: Vec<String> = (0..1 + rng.below(12)).map(|_| rng.text(4)).collect();
            for (kind, mk) in [
                (Kind::Overlapping, MatchKind::Standard),
                (Kind::LeftmostLongest, MatchKind::LeftmostLongest),
                (Kind::LeftmostFirst, MatchKind::LeftmostFirst),
            ] {
                let a = Automaton::new(&patterns, kind).expect("builds");
                let ac = AhoCorasickBuilder::new()
                    .match_kind(mk)
                    .build(&patterns)
                    .expect("builds");
                for _ in 0..8 {
                    let text = rng.text(24);
                    assert_eq!(
                        ours(&a, &text),
                        theirs(&ac, kind, &text),
                        "round {round}, {kind:?}, patterns {patterns:?}, text {text:?}"
                    );
                }
            }
        }
    }

    /// (name, kind, patterns, text, matches as (pattern, start, end))
    type Case = (
        &'static str,
        Kind,
        &'static [&'static str],
        &'static str,
        &'static [(usize, usize, usize)],
    );

    const CASES: &[Case] = &[
        (
            "overlapping_longest_first_at_one_end",
            Kind::Overlapping,
            &["b", "ab", "cab"],
            "cab",
            &[(2, 0, 3), (1, 1, 3), (0, 2, 3)],
        ),
        (
            "overlapping_duplicates_in_given_order",
            Kind::Overlapping,
            &["ab", "ab"],
            "xab",
            &[(0, 1, 3), (1, 1, 3)],
        ),
        (
            "leftmost_longest_prefers_the_earlier_start",
            Kind::LeftmostLongest,
            &["bcd", "abc"],
            "abcd",
            &[(1, 0, 3)],
        ),
        (
            "leftmost_longest_prefers_the_longer",
            Kind::LeftmostLongest,
            &["佐川", "佐川急便"],
            "佐川急便です佐川",
            &[(1, 0, 12), (0, 18, 24)],
        ),
        (
            "leftmost_longest_falls_back_to_a_later_start",
            Kind::LeftmostLongest,
            &["abcd", "bc"],
            "abcx",
            &[(1, 1, 3)],
        ),
        (
            "leftmost_first_prefers_the_first_given",
            Kind::LeftmostFirst,
            &["sam", "samwise"],
            "samwise",
            &[(0, 0, 3)],
        ),
        (
            "leftmost_first_takes_a_longer_one_given_first",
            Kind::LeftmostFirst,
            &["samwise", "sam"],
            "samwise sam",
            &[(0, 0, 7), (1, 8, 11)],
        ),
        ("no_match", Kind::Overlapping, &["zz"], "abc", &[]),
    ];

    #[test]
    fn match_table() {
        for &(name, kind, patterns, text, want) in CASES {
            let a = Automaton::new(patterns, kind).expect("builds");
            assert_eq!(ours(&a, text), want, "case {name}");
        }
    }

    /// The tables name states in two bytes: the largest automaton they hold is built and
    /// searched, one state more is refused.
    #[test]
    fn states_up_to_the_two_byte_limit() {
        // Two kanji, so that there are patterns enough for every state the tables name.
        let kanji = |i: u32| char::from_u32(0x4E00 + i).expect("kanji");
        let pattern = |i: u32| format!("{}{}", kanji(i / 4096), kanji(i % 4096));
        // Count the states as patterns are added (the start state, and each new prefix),
        // up to the most that fit: `MAX_STATES` states at most, numbered below it.
        let mut prefixes = std::collections::HashSet::new();
        let mut n = 0;
        loop {
            let p = pattern(n);
            let new = (1..=p.len())
                .filter(|&k| !prefixes.contains(&p.as_bytes()[..k]))
                .count() as u32;
            if prefixes.len() as u32 + 1 + new > MAX_STATES {
                break;
            }
            for k in 1..=p.len() {
                prefixes.insert(p.as_bytes()[..k].to_vec());
            }
            n += 1;
        }
        let fits = Automaton::new((0..n).map(pattern), Kind::Overlapping).expect("fits");
        let last = pattern(n - 1);
        let found: Vec<_> = fits.overlapping(&format!("x{last}")).collect();
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].pattern, found[0].start), (n as usize - 1, 1));
        // The next pattern adds at least one state, past the limit.
        // Not `expect_err`: that would print the whole automaton.
        let Err(err) = Automaton::new((0..=n).map(pattern), Kind::Overlapping) else {
            panic!("an automaton past the limit was built");
        };
        assert!(err.contains("too many states"), "{err}");
    }

    #[test]
    fn dense_rows_are_numbered_above_the_states() {
        // Three-letter patterns under many two-letter prefixes, each left by as many edges as
        // earn a dense row: every prefix gets one. A thousand prefixes fit, and are searched as
        // the sparse form would be; past `MAX_ROWS` the automaton is refused.
        let patterns = |prefixes: usize| -> Vec<String> {
            (0..prefixes)
                .flat_map(|i| {
                    let (a, b) = (
                        char::from(b'A' + (i / 52) as u8),
                        char::from(b'A' + (i % 52) as u8),
                    );
                    ('a'..='z')
                        .take(DENSE_MIN_EDGES)
                        .map(move |c| format!("{a}{b}{c}"))
                })
                .collect()
        };
        let fits = Automaton::new(patterns(1000), Kind::Overlapping).expect("fits");
        let found: Vec<_> = fits
            .overlapping("xxAAf ABc")
            .map(|m| (m.pattern, m.start))
            .collect();
        // `AAf` is the first prefix's sixth pattern, `ABc` the second's third.
        assert_eq!(found, [(5, 2), (DENSE_MIN_EDGES + 2, 6)]);
        let Err(err) = Automaton::new(patterns(1100), Kind::Overlapping) else {
            panic!("an automaton with 1,100 dense rows was built");
        };
        assert!(err.contains("too many dense rows"), "{err}");
    }

    #[test]
    fn ids_and_reports_fit_in_two_bytes() {
        // Copies of one pattern share a state: only their ids and reports grow.
        let copies = vec!["a"; (1 << 16) - 1];
        let fits = Automaton::new(&copies, Kind::Overlapping).expect("fits");
        assert_eq!(fits.overlapping("a").count(), copies.len());
        // One more is reported in the same state: where its report ends needs a third byte.
        let Err(err) = Automaton::new(vec!["a"; 1 << 16], Kind::Overlapping) else {
            panic!("an automaton with 2^16 reports was built");
        };
        assert!(err.contains("too many reports"), "{err}");
        // One more than that has an id past two bytes.
        let Err(err) = Automaton::new(vec!["a"; (1 << 16) + 1], Kind::Overlapping) else {
            panic!("an automaton with 2^16 + 1 patterns was built");
        };
        assert!(err.contains("too many patterns"), "{err}");
    }

    #[test]
    fn an_empty_pattern_is_refused() {
        assert!(Automaton::new(["a", ""], Kind::Overlapping).is_err());
    }

    #[test]
    fn a_search_of_the_other_kind_finds_nothing() {
        let a = Automaton::new(["a"], Kind::Overlapping).expect("builds");
        assert_eq!(a.leftmost("a").count(), 0);
        assert_eq!(a.overlapping("a").count(), 1);
    }
}
