//! Words of an article as byte ranges: the one word scanner the gazetteer and the finder share, so a
//! table phrase and the article's text are cut into words the same way.

use std::ops::Range;

/// Abbreviations whose final period belongs to the word ("Mr.", "Gen."), besides initials ("U.S.", "N.").
const ABBREVIATIONS: [&str; 20] = [
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "Capt", "Sgt", "Adm",
    "Maj", "Brig", "Rev",
];

/// One word of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Where the word starts.
    pub start: usize,
    /// Where the word ends, without a possessive "'s" ("Japan" of "Japan's").
    pub end: usize,
    /// Where the word ends with its possessive, if any.
    pub full_end: usize,
    /// Whether the word carries a possessive "'s" or "’s".
    pub poss: bool,
    /// Whether the word starts a sentence (or a quotation).
    pub initial: bool,
}

/// The word at the start of `s`, if `s` starts with a letter or digit: (end without a possessive, end with
/// it, whether it has one). A word goes on over `'`, `’`, `-`, `.` and `&` between letters or digits
/// ("Jae-in", "U.S", "Xi'an"), and takes a final period when it is an abbreviation ("Mr.", "U.S.").
pub fn word_at(s: &str) -> Option<(usize, usize, bool)> {
    let mut chars = s.char_indices().peekable();
    let (_, first) = chars.next()?;
    if !first.is_alphanumeric() {
        return None;
    }
    let mut end = first.len_utf8();
    while let Some(&(i, c)) = chars.peek() {
        let joins = matches!(c, '\'' | '’' | '-' | '.' | '&')
            && s.get(i + c.len_utf8()..).and_then(|rest| rest.chars().next()).is_some_and(char::is_alphanumeric);
        if !(c.is_alphanumeric() || joins) {
            break;
        }
        end = i + c.len_utf8();
        chars.next();
    }
    let word = s.get(..end).unwrap_or("");
    if s.get(end..).is_some_and(|rest| rest.starts_with('.')) && is_abbreviation(word) {
        end += 1;
    }
    for suffix in ["'s", "’s"] {
        if word.len() > suffix.len() + 1 && word.ends_with(suffix) {
            return Some((end - suffix.len(), end, true));
        }
    }
    Some((end, end, false))
}

/// Whether a word's following period is part of it: initials ("U.S", "N") and the usual abbreviations.
fn is_abbreviation(word: &str) -> bool {
    let mut chars = word.chars();
    let single_capital = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    single_capital
        || (word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2))
        || ABBREVIATIONS.contains(&word)
}

/// The words of `range` of `text`, in order. A word is `initial` when it is the first of a sentence (one of
/// `sentence_starts` lies between it and the word before) or follows an opening quote or a colon.
pub fn tokenize(text: &str, range: &Range<usize>, sentence_starts: &[usize]) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    let mut at = range.start;
    let mut prev_end = range.start;
    while at < range.end {
        let Some(rest) = text.get(at..range.end) else { break };
        let Some(c) = rest.chars().next() else { break };
        if !c.is_alphanumeric() {
            at += c.len_utf8();
            continue;
        }
        let Some((end, full_end, poss)) = word_at(rest) else { break };
        let gap = text.get(prev_end..at).unwrap_or("");
        let starts_sentence =
            out.is_empty() || sentence_starts.iter().any(|&s| s > prev_end && s <= at) || gap.contains(['"', '“', ':']);
        out.push(Token { start: at, end: at + end, full_end: at + full_end, poss, initial: starts_sentence });
        prev_end = at + full_end;
        at += full_end.max(1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, bool)> {
        tokenize(text, &(0..text.len()), &[0])
            .iter()
            .map(|t| (text.get(t.start..t.end).expect("a word"), t.poss))
            .collect()
    }

    #[test]
    fn words_keep_hyphens_initials_and_possessives_apart() {
        assert_eq!(
            words("Japan's Moon Jae-in met the U.S. envoy, Mr. Kim. Xi'an’s"),
            vec![
                ("Japan", true),
                ("Moon", false),
                ("Jae-in", false),
                ("met", false),
                ("the", false),
                ("U.S.", false),
                ("envoy", false),
                ("Mr.", false),
                ("Kim", false),
                ("Xi'an", true)
            ]
        );
        assert_eq!(words("end."), vec![("end", false)]);
        assert_eq!(words("“¿Qué?” — 東京 ok"), vec![("Qué", false), ("東京", false), ("ok", false)]);
        assert!(words("").is_empty() && words("'s -- ...").len() == 1);
    }

    #[test]
    fn sentence_starts_and_quotes_make_a_word_initial() {
        let text = "He said. Then \"War came\": Kim";
        let t = tokenize(text, &(0..text.len()), &[0, 9]);
        let initial: Vec<bool> = t.iter().map(|t| t.initial).collect();
        assert_eq!(initial, vec![true, false, true, true, false, true]);
    }
}
