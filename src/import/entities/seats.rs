//! Seats of government that speak: "the Kremlin said", "the Blue House announced Wednesday", "according to
//! the White House". The gazetteer knows these buildings as places (kind `Seat` in its places table); news
//! prose uses them as much for the government inside them, and what the government says is drafted only of
//! a party that can speak. An article that makes a seat speak gets it as an Organisation.

use super::gazetteer::Gazetteer;
use crate::pack::Entity;

/// Words that may stand between a speaker and its verb of saying ("the Kremlin also said", "the White
/// House has said", "a Kremlin spokesman said").
const BETWEEN: [&str; 11] = [
    "also",
    "has",
    "had",
    "have",
    "later",
    "then",
    "earlier",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "officially",
];

/// The words after byte `at` of `text`, lower-cased, at most `n` of them (letters, digits, hyphens and
/// apostrophes; punctuation ends the run).
fn words_after(text: &str, at: usize, n: usize) -> Vec<String> {
    let rest = text.get(at..).unwrap_or("");
    let mut out = Vec::new();
    for w in rest.split_whitespace() {
        let clean: String = w.chars().take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')).collect();
        if clean.is_empty() {
            break;
        }
        out.push(clean.to_lowercase());
        // A word followed by punctuation ends the run ("the Kremlin, which …").
        if clean.len() < w.len() || out.len() == n {
            break;
        }
    }
    out
}

/// Whether the article uses `form` (a name of a seat of government) as a speaker anywhere: right before a
/// verb of saying (after at most two of [`BETWEEN`]: "the Kremlin has also said"), or after "according to
/// (the)".
pub fn speaks(g: &Gazetteer, text: &str, form: &str) -> bool {
    crate::generate::cloze::find_words(text, form).into_iter().any(|r| {
        let after = words_after(text, r.end, 3);
        let verb = after.iter().find(|w| !BETWEEN.contains(&w.as_str()));
        let skipped = after.iter().take_while(|w| BETWEEN.contains(&w.as_str())).count();
        let says = verb.is_some_and(|v| g.speech.contains(v.as_str())) && skipped <= 2;
        let before = text.get(..r.start).unwrap_or("").trim_end().to_lowercase();
        let before = before.strip_suffix(" the").unwrap_or(&before).trim_end();
        says || before.ends_with("according to")
    })
}

/// Words before a name that make it a place in that use ("talks in Seoul", "flew to Ankara").
const PLACED: [&str; 12] =
    ["in", "to", "from", "into", "near", "outside", "via", "visit", "visited", "visiting", "visits", "toward"];

/// Whether the article makes `form`, the name of a capital city, speak for its government ("Ankara warned
/// …", "Washington insists on …", "Tokyo has protested …"): the bare name (no "the", no "according to")
/// right before a verb of saying, after at most two of [`BETWEEN`] (a spokesman of a city is a person's
/// title, not the city speaking), and never used as a place in the article (after "in", "to", "visited" …),
/// so the one entity the article names is a speaker throughout and no place fact is lost.
pub fn capital_speaks(g: &Gazetteer, text: &str, form: &str) -> bool {
    let found = crate::generate::cloze::find_words(text, form);
    let word_before = |start: usize| {
        let before = text.get(..start).unwrap_or("");
        let w = before.split_whitespace().last().unwrap_or("");
        // A hyphenated pair ("the Tokyo-Seoul deal") is a modifier, not a speaker.
        if before.ends_with('-') {
            return "-".to_string();
        }
        if !before.ends_with(char::is_whitespace) && !before.is_empty() {
            return "-".to_string();
        }
        w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
    };
    let placed = found.iter().any(|r| PLACED.contains(&word_before(r.start).as_str()));
    !placed
        && found.iter().any(|r| {
            let after = words_after(text, r.end, 3);
            let skipped = after.iter().take_while(|w| BETWEEN[..7].contains(&w.as_str())).count();
            let verb = after.get(skipped);
            let prev = word_before(r.start);
            let ends_word = text.get(r.end..).and_then(|t| t.chars().next()).is_some_and(char::is_whitespace);
            ends_word
                && prev != "the"
                && prev != "-"
                && skipped <= 2
                && verb.is_some_and(|v| g.speech.contains(v.as_str()))
        })
}

/// A speaking seat is named with the "the" the article writes before it ("the Kremlin", "the Blue House"),
/// so a statement about it reads "The Kremlin said …"; the bare name stays an alias. A name the article
/// never writes after "the" ("Zhongnanhai") is kept as it is.
pub fn name_with_the(e: &mut Entity, text: &str) {
    let the = format!("the {}", e.name);
    if e.name.to_lowercase().starts_with("the ") || crate::generate::cloze::find_words(text, &the).is_empty() {
        return;
    }
    let bare = std::mem::replace(&mut e.name, the);
    if !e.aliases.contains(&bare) {
        e.aliases.insert(0, bare);
    }
}

#[cfg(test)]
mod tests {
    use super::super::gazetteer::GAZETTEER;
    use super::*;

    #[test]
    fn a_seat_speaks_before_a_verb_of_saying_or_after_according_to() {
        let g = &*GAZETTEER;
        assert!(speaks(g, "The harbour will reopen in May, the Kremlin announced on Friday.", "Kremlin"));
        assert!(speaks(g, "The Kremlin has also said the harbour will reopen.", "Kremlin"));
        assert!(speaks(g, "A Kremlin spokesman said the harbour will reopen.", "Kremlin"));
        assert!(speaks(g, "According to the Kremlin, the harbour will reopen in May.", "Kremlin"));
        // A place where something happens, or a modifier of another name, does not speak.
        assert!(!speaks(g, "The two ministers met at the Kremlin and said little.", "Kremlin"));
        assert!(!speaks(g, "Kremlin spokesman Dmitry Peskov said the harbour will reopen.", "Kremlin"));
        assert!(!speaks(g, "He arrived at the Kremlin, said a guard.", "Kremlin"));
    }

    #[test]
    fn a_capital_speaks_for_its_government_only_where_it_is_never_a_place() {
        let g = &*GAZETTEER;
        assert!(capital_speaks(g, "Ankara warned that the border crossing would stay closed.", "Ankara"));
        assert!(capital_speaks(g, "The ferry is late; Lisbon has also denied any fault.", "Lisbon"));
        // Used as a place anywhere in the article, or as a modifier, it stays a place.
        assert!(!capital_speaks(g, "Talks opened in Ankara. Ankara warned that the crossing would close.", "Ankara"));
        assert!(!capital_speaks(g, "The Ankara talks ended and officials said little.", "Ankara"));
        assert!(!capital_speaks(g, "Ankara's mayor said the crossing would close.", "Ankara"));
    }

    #[test]
    fn a_speaking_seat_is_named_with_its_the() {
        let mut e = Entity::new("kremlin", crate::pack::EntityKind::Organisation, "Kremlin");
        name_with_the(&mut e, "The Kremlin said the harbour will reopen.");
        assert_eq!((e.name.as_str(), e.aliases.as_slice()), ("the Kremlin", ["Kremlin".to_string()].as_slice()));
        let mut e = Entity::new("zhongnanhai", crate::pack::EntityKind::Organisation, "Zhongnanhai");
        name_with_the(&mut e, "Zhongnanhai said the harbour will reopen.");
        assert_eq!(e.name, "Zhongnanhai");
    }
}
