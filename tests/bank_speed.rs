//! What the bank's speed rests on, kept equal to the plain rule it replaced: [`find_words`] reads a text once
//! (candidates by their first byte) instead of comparing the word at every byte, and must find exactly the
//! whole words the byte-by-byte comparison found; [`has_padded`] looks for a folded word between spaces
//! without writing `" {word} "` out, and must answer as `contains` of the written-out form does.

use std::ops::Range;

use dossier::generate::cloze::{find_word, find_words};
use dossier::generate::has_padded;
use proptest::prelude::*;

/// The rule as it was written first: every byte position where the word matches, ignoring ASCII case, with
/// no letter or digit on either side, on character boundaries.
fn plain(text: &str, word: &str) -> Vec<Range<usize>> {
    let (hay, needle) = (text.as_bytes(), word.as_bytes());
    if needle.is_empty() || needle.len() > hay.len() {
        return Vec::new();
    }
    let boundary = |i: Option<&u8>| i.is_none_or(|b| !b.is_ascii_alphanumeric());
    (0..=hay.len() - needle.len())
        .filter(|&i| hay[i..i + needle.len()].eq_ignore_ascii_case(needle))
        .filter(|&i| boundary(i.checked_sub(1).and_then(|j| hay.get(j))) && boundary(hay.get(i + needle.len())))
        .filter(|&i| text.is_char_boundary(i) && text.is_char_boundary(i + needle.len()))
        .map(|i| i..i + needle.len())
        .collect()
}

#[test]
fn whole_words_are_found_as_the_plain_rule_finds_them() {
    let cases = [
        ("Lee met Lee in Seoul; LEE left.", "lee"),
        ("Sleepless in Seoul", "lee"),
        ("a a a a", "a a"),
        ("the country, the Country's people", "the country"),
        ("Kim Jong Un’s sister", "Kim Jong Un"),
        ("Ōsaka and osaka", "osaka"),
        ("", "x"),
        ("x", ""),
        ("2,000,000 people", "000"),
        ("Takaichi", "Takaichi"),
        ("ééé é", "é"),
    ];
    for (text, word) in cases {
        assert_eq!(find_words(text, word), plain(text, word), "{word:?} in {text:?}");
        assert_eq!(find_word(text, word), plain(text, word).into_iter().next(), "{word:?} in {text:?}");
    }
}

proptest! {
    #[test]
    fn any_text_gives_the_words_the_plain_rule_gives(
        text in "[aAbB éÉ,'’0-9]{0,40}",
        word in "[aAbB éÉ0-9]{0,4}",
    ) {
        prop_assert_eq!(find_words(&text, &word), plain(&text, &word));
        prop_assert_eq!(find_word(&text, &word), plain(&text, &word).into_iter().next());
    }

    #[test]
    fn a_padded_word_is_found_as_contains_finds_it(text in "[ab é]{0,30}", word in "[ab é]{0,4}") {
        prop_assert_eq!(has_padded(&text, &word), text.contains(&format!(" {word} ")));
    }
}
