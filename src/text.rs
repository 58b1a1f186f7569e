//! Text as Dossier compares, finds and shows it: a leaf every layer may use, importing nothing of the crate.
//!
//! - [`fold`]: the form in which answers, names and stems are compared (case, diacritics, punctuation,
//!   hyphens and quotes set aside, word boundaries kept).
//! - [`normalise`]: the form in which evidence quotes are found in an article (curly quotes straightened,
//!   whitespace runs collapsed, case kept).
//! - [`typo_allowance`] and [`closest`]: how far a word may be from a known one and still be a slip of it.
//! - [`cut`]: a text shortened to a length with an ellipsis.
//! - [`stable_hash`]: a hash that is the same on every machine and run.
//! - [`safe`]: control and bidirectional characters, refused by the checker and shown escaped by outputs.
//! - `grammar` (feature `grammar`): a grammar check of sentences (Harper), for tests and `dossier check` only.

#[cfg(feature = "grammar")]
pub mod grammar;
pub mod safe;
pub mod work;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The normal form in which texts are compared: Unicode compatibility forms unfolded (NFKD) and diacritics
/// dropped ("Chōsei" → "chosei"), lower case, every run of anything but letters and digits — spaces,
/// punctuation, hyphens, dashes, straight and curly quotes and apostrophes — made one space, no space at
/// either end. Word boundaries survive ("Lee’s visit" → "lee s visit"), so a caller can check whether a
/// question's stem contains its answer by looking for `fold(answer)` as whole words of `fold(stem)`.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.chars() {
        if c.is_ascii() {
            // Fast path: ASCII needs no decomposition, and none of it is folded to more than itself.
            if c.is_ascii_alphanumeric() {
                if gap && !out.is_empty() {
                    out.push(' ');
                }
                gap = false;
                out.push(c.to_ascii_lowercase());
            } else {
                gap = true;
            }
            continue;
        }
        for c in std::iter::once(c).nfkd().filter(|&c| !is_combining_mark(c)) {
            c.to_lowercase().for_each(|c| fold_push(&mut out, &mut gap, c));
        }
    }
    out
}

/// One lowered character of [`fold`]'s output: a gap for anything but a letter or a digit, the letter
/// spelt in ASCII for the few that do not decompose ("ø" → "o", "ß" → "ss").
fn fold_push(out: &mut String, gap: &mut bool, c: char) {
    if !c.is_alphanumeric() {
        *gap = true;
        return;
    }
    if *gap && !out.is_empty() {
        out.push(' ');
    }
    *gap = false;
    match c {
        'ø' => out.push('o'),
        'ł' => out.push('l'),
        'đ' | 'ð' => out.push('d'),
        'ı' => out.push('i'),
        'æ' => out.push_str("ae"),
        'œ' => out.push_str("oe"),
        'ß' => out.push_str("ss"),
        'þ' => out.push_str("th"),
        c => out.push(c),
    }
}

/// Straightens curly quotes and dashes-as-quotes, and collapses every whitespace run to one space (none at
/// the start): the form in which an evidence quote is looked for in its article. Case is kept.
pub fn normalise(text: &str) -> String {
    normalise_with_origin(text).0
}

/// [`normalise`], with, for each byte of the result, the byte offset in `text` it came from (plus one entry
/// past the end, `text.len()`), so a match in the normalised text can be mapped back to the original.
pub fn normalise_with_origin(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len() + 1);
    let mut pending_space: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let c = straighten(c);
        if c.is_whitespace() {
            if !out.is_empty() && pending_space.is_none() {
                pending_space = Some(i);
            }
            continue;
        }
        if let Some(at) = pending_space.take() {
            out.push(' ');
            origin.push(at);
        }
        let start = out.len();
        out.push(c);
        origin.extend(std::iter::repeat_n(i, out.len() - start));
    }
    origin.push(text.len());
    (out, origin)
}

/// A curly quote, prime or backtick as its straight quote; a no-break or thin space as a space.
fn straighten(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => '"',
        '\u{00A0}' | '\u{2009}' | '\u{202F}' => ' ',
        c => c,
    }
}

/// How many edits (insertions, deletions, substitutions, swaps of neighbours) a typed word may be from a
/// form of `len` letters and still count as a typo of it: none up to 4, 1 up to 8, 2 up to 15, 3 beyond.
pub fn typo_allowance(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5..=8 => 1,
        9..=15 => 2,
        _ => 3,
    }
}

/// The one of `options` most like `word` (case aside, by normalised Damerau–Levenshtein similarity, 1.0 =
/// equal), if it is at least `min_similarity` alike: the "did you mean" of a misspelt id or field name.
/// The last of equally close options wins.
pub fn closest<'o>(word: &str, options: impl IntoIterator<Item = &'o str>, min_similarity: f64) -> Option<&'o str> {
    let word = word.to_lowercase();
    options
        .into_iter()
        .map(|o| (strsim::normalized_damerau_levenshtein(&word, &o.to_lowercase()), o))
        .filter(|(score, _)| *score >= min_similarity)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, o)| o)
}

/// `text` cut to at most `max` characters: whole if it fits, else its first `max - 1` characters, trailing
/// spaces dropped, and an ellipsis ("…").
pub fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let kept: String = text.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", kept.trim_end())
    }
}

/// FNV-1a of `bytes`: a hash that is the same on every machine and run (std's hasher is randomly seeded),
/// for seeding from ids and for checksums of file tails.
pub fn stable_hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_ignores_case_punctuation_diacritics_hyphens_and_quotes() {
        assert_eq!(fold("Lee Jae-myung"), "lee jae myung");
        assert_eq!(fold("  LEE   Jae\u{2011}Myung. "), "lee jae myung");
        assert_eq!(fold("Sanáe Tākaichi"), "sanae takaichi");
        assert_eq!(fold("Chōsei Coal Mine"), "chosei coal mine");
        assert_eq!(fold("‘significant turning point’"), "significant turning point");
        assert_eq!(fold("“act of aggression.”"), "act of aggression");
        assert_eq!(fold("Seoul–Beijing ties"), "seoul beijing ties");
        assert_eq!(fold("Lee’s visit"), "lee s visit");
        assert_eq!(fold("ＸＩ Ｊｉｎｐｉｎｇ"), "xi jinping");
        assert_eq!(fold("Øresund Straße"), "oresund strasse");
        assert_eq!(fold("— ? —"), "");
    }

    #[test]
    fn fold_keeps_words_so_a_stem_can_be_checked_for_its_answer() {
        let stem = fold("Where did Lee’s meeting with Japan’s Prime Minister take place?");
        let contains = |answer: &str| format!(" {stem} ").contains(&format!(" {} ", fold(answer)));
        assert!(contains("Lee"));
        assert!(contains("prime minister"));
        assert!(!contains("Nara"));
        assert!(!contains("Le"));
    }

    #[test]
    fn typo_allowance_grows_with_length() {
        let allowances: Vec<usize> = [1, 4, 5, 8, 9, 15, 16, 40].into_iter().map(typo_allowance).collect();
        assert_eq!(allowances, [0, 0, 1, 1, 2, 2, 3, 3]);
    }

    #[test]
    fn normalise_keeps_case_and_maps_back_to_the_source() {
        let text = "The  ‘significant\nturning point’";
        let (normal, origin) = normalise_with_origin(text);
        assert_eq!(normal, "The 'significant turning point'");
        assert_eq!(origin.len(), normal.len() + 1);
        let at = normal.find("turning").expect("found");
        assert_eq!(&text[origin[at]..], "turning point’");
        assert_eq!(normalise("  a\u{a0}\u{a0}b "), "a b");
    }

    #[test]
    fn closest_finds_a_likely_slip_and_nothing_for_a_stranger() {
        let topics = ["history", "security", "trade"];
        assert_eq!(closest("Secruity", topics, 0.6), Some("security"));
        assert_eq!(closest("weather", topics, 0.6), None);
    }

    #[test]
    fn cut_keeps_short_texts_and_ends_long_ones_with_an_ellipsis() {
        assert_eq!(cut("Mina", 5), "Mina");
        assert_eq!(cut("Mina Park", 5), "Mina…");
        assert_eq!(cut("Mina Park", 6), "Mina…", "a space before the ellipsis is dropped");
        assert!(cut(&"x".repeat(100), 70).chars().count() <= 70);
    }

    #[test]
    fn stable_hash_is_fnv1a() {
        assert_eq!(stable_hash(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(stable_hash(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
