//! Two parties as one subject, as news prose writes them: "X and Y …", "X and the Y …", and the second
//! with its title or role before its name ("Prime Minister Shinzo Abe and South Korean President Park
//! Geun-hye confirmed …"), or the pair inside a report ("Hagiuda said Abe and Park agreed to …").

use super::clause::{Named, Sent};
use super::speech::SAY_WORDS;

/// The most title words that may stand between "and" and the second party's name.
const MAX_TITLE_WORDS: usize = 5;

/// The second party of "X and …" whose "and" is token `and`: the mention right after it (or after "the"),
/// or the first mention of `kind`'s kind within [`MAX_TITLE_WORDS`] words, when every word before it is
/// capitalised (a title, a demonym: "South Korean President") and no other entity of that kind is named
/// there.
pub fn second_party<'s, 'a>(s: &'s Sent<'a>, and: usize, like: &Named<'_>) -> Option<&'s Named<'a>> {
    if let Some(b) = s.named_at(and + 1).or_else(|| s.named_at(and + 2).filter(|_| s.is(and + 1, "the")))
        && b.entity.kind == like.entity.kind
    {
        return Some(b);
    }
    let b = s
        .named
        .iter()
        .find(|m| m.first > and && m.first <= and + 1 + MAX_TITLE_WORDS && m.entity.kind == like.entity.kind)?;
    let titled = (and + 1..b.first).all(|k| {
        let t = s.tok(k);
        s.toks.get(k).is_some_and(|tok| tok.word) && t.chars().next().is_some_and(char::is_uppercase) && !s.in_quote(k)
    });
    (titled && b.first > and + 1).then_some(b)
}

/// Whether the mention `a` stands right after a report's verb of saying whose speaker opens the sentence
/// ("Hagiuda said Abe and Park agreed …", "Officials said that …" with a named speaker): what follows is
/// the speaker's report, so a claim drafted from it is marked as reported.
pub fn reported_by_speaker(s: &Sent<'_>, a: &Named<'_>) -> bool {
    let mut k = a.first;
    if k > 0 && s.is(k - 1, "that") {
        k -= 1;
    }
    let Some(said) = k.checked_sub(1) else { return false };
    if !SAY_WORDS.contains(&s.tok(said).to_lowercase().as_str()) || s.in_quote(said) {
        return false;
    }
    s.named_before(said).is_some_and(|speaker| s.opens_clause(speaker) && !s.in_quote(speaker.first))
}
