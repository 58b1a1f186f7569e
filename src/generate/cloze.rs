//! Cloze: the fact's evidence sentence with a key span blanked — a name, a place, a date, a number or a
//! quoted phrase — to be typed back.

use std::ops::Range;

use super::phrasing::{entity_slots, number_style};
use super::{Gen, is_unnamed_group, question};
use crate::pack::date::MONTHS;
use crate::pack::{Claim, EntityKind, Fact, When, slot_date, slot_when};
use crate::question::{Body, Expected, Question, QuestionKind};
use crate::text::fold;

/// The blank shown in place of the hidden span.
pub const BLANK: &str = "_____";

/// Every cloze the evidence of `fact` supports, one per blankable slot.
pub fn from_fact(g: &Gen, fact: &Fact) -> Vec<Question> {
    let Some(shown) = shown_text(&fact.evidence) else { return Vec::new() };
    let text = shown.as_str();
    // Each cloze with whether its answer is a person (who a "he" or "her" of the sentence may be).
    let mut out: Vec<(Question, bool)> = Vec::new();
    let mut seen: Vec<&String> = Vec::new();
    for (slot, id) in entity_slots(&fact.claim) {
        if seen.contains(&id) {
            continue;
        }
        seen.push(id);
        if is_unnamed_group(g.pack, id) {
            continue;
        }
        let Some(entity) = g.pack.entity(id) else { continue };
        let mut spans = Vec::new();
        for form in std::iter::once(&entity.name).chain(&entity.aliases) {
            spans.extend(find_words(text, form));
        }
        let spans = merge(spans);
        // One blank a question: a sentence naming the answer twice ("Japan's history … Korea-Japan
        // relations") would need two blanks, and with one the other gives the answer away.
        if spans.len() > 1 || spans.iter().any(|s| gives_away_owner(g, text, s, id)) {
            continue;
        }
        let Some(first) = spans.first() else { continue };
        let as_written = text[first.clone()].to_string();
        let expected = g.text_expected(id, std::slice::from_ref(&as_written));
        let person = entity.kind == EntityKind::Person;
        out.push((build(fact, text, &format!("{slot}-{id}"), &spans, as_written, expected), person));
    }
    let date = match &fact.claim {
        Claim::Meeting { date, .. }
        | Claim::Visit { date, .. }
        | Claim::Event { date, .. }
        | Claim::Summit { date, .. }
        | Claim::Agreement { date, .. } => slot_date(date.as_ref()),
        _ => None,
    };
    if let Some(d) = date
        && let Some(span) = find_date(text, d.month_name())
    {
        out.push((build(fact, text, "date", &[span], d.to_string(), Expected::Date(d)), false));
    }
    let when = match &fact.claim {
        Claim::Meeting { date, .. }
        | Claim::Visit { date, .. }
        | Claim::Event { date, .. }
        | Claim::Summit { date, .. } => slot_when(date.as_ref()),
        _ => None,
    };
    if let Some(w) = when
        && let Some(span) = when_phrases(&w).iter().find_map(|p| find_words(text, p).into_iter().next())
    {
        let dateline = matches!(w, When::Relative(_)).then(|| g.dateline().and_then(crate::pack::Dateline::when));
        let expected = Expected::When { when: w, dateline: dateline.flatten() };
        let written = text[span.clone()].to_string();
        out.push((build(fact, text, "date", std::slice::from_ref(&span), written, expected), false));
    }
    if let Claim::Quantity { value, tolerance, .. } = &fact.claim {
        let written = number_style(fact).show(*value);
        let spans = find_words(text, &written);
        if spans.len() == 1 {
            let expected = Expected::Number { value: *value, tolerance: *tolerance };
            out.push((build(fact, text, "n", &spans, written, expected), false));
        }
    }
    out.into_iter()
        .filter(|(q, person)| {
            context_words(&q.prompt) >= MIN_CONTEXT_WORDS
                && !after_an(&q.prompt)
                && !unresolved_reference(g, q.prompt.strip_prefix(PROMPT).unwrap_or(&q.prompt), *person)
        })
        .map(|(q, _)| q)
        .collect()
}

/// Words that open a dependent clause whose content the article asserts: of reason, time or concession
/// ("As relations … are complex, …", "While trade relations … are good, …").
const ASSERTED_OPENERS: [&str; 8] = ["As", "Because", "Since", "Although", "Though", "Whereas", "While", "When"];

/// Words that open a condition, which the article does not assert ("If talks resume, …").
const CONDITION_OPENERS: [&str; 3] = ["If", "Unless", "Whether"];

/// The text a cloze of `evidence` shows. Evidence that is a dependent clause cut from its sentence ("As
/// relations between South Korea, China, and Japan are complex") would read as half a sentence; the article
/// asserts what a clause of reason, time or concession says, so it is shown as its own statement, without
/// its opener ("Relations between South Korea, China, and Japan are complex."). A cut condition ("If the
/// talks resume") states nothing, so it gives no cloze (`None`). Other evidence is shown as it is.
fn shown_text(evidence: &str) -> Option<String> {
    let trimmed = evidence.trim();
    let (first, rest) = trimmed.split_once(' ').unwrap_or((trimmed, ""));
    let whole = trimmed.trim_end_matches(['\u{201d}', '"']).ends_with(['.', '!', '?']);
    if whole || rest.is_empty() {
        return Some(evidence.to_string());
    }
    if CONDITION_OPENERS.contains(&first) {
        return None;
    }
    if !ASSERTED_OPENERS.contains(&first) {
        return Some(evidence.to_string());
    }
    let mut chars = rest.chars();
    let head = chars.next().map(|c| c.to_uppercase().collect::<String>()).unwrap_or_default();
    Some(format!("{head}{}.", chars.as_str().trim_end_matches([',', ';', ' '])))
}

/// Words that point outside their sentence when they open it: personal pronouns, demonstratives, and the
/// determiners of a pair or group named before ("They perpetrated such reckless action …", "This places
/// _____ in a difficult position …", "Both countries have put their militaries on _____.").
const POINTING_OPENERS: [&str; 16] = [
    "he", "she", "it", "they", "his", "her", "its", "their", "him", "them", "this", "these", "that", "those", "both",
    "such",
];

/// Two-word openers that point back as [`POINTING_OPENERS`] do.
const POINTING_PAIRS: [&str; 4] = ["the two", "the three", "the latter", "the former"];

/// Nouns after "this" that point at the time of the article, which the learner knows, not at something
/// named before ("this week", "this year").
const TIME_NOUNS: [&str; 13] = [
    "year",
    "week",
    "month",
    "morning",
    "afternoon",
    "evening",
    "weekend",
    "time",
    "day",
    "summer",
    "winter",
    "spring",
    "autumn",
];

/// Pronouns that stand for one person.
const PERSONAL: [&str; 5] = ["he", "his", "him", "she", "her"];

/// Whether the shown text `body` of a cloze (its evidence with the blank) leans on something the learner
/// cannot see in it, so that what belongs in the blank is not told by the sentence alone. It does when it
/// opens with a pronoun, a demonstrative or a determiner of a group named before ([`POINTING_OPENERS`],
/// [`POINTING_PAIRS`]); when it says "such" before anything but "as" ("committing such high level visits"); when
/// it says "this" or "these" before a noun it has not named already ("Other
/// candidates elected in this constituency were _____", not "In the Kowloon East constituency, … the
/// highest in this constituency"; time nouns such as "this week" and a noun told by "of", "this process of
/// improving bilateral ties", excepted); and when it says "he", "his",
/// "him", "she" or "her" while naming no person and blanking none (`answer_is_person`): "a nod to the
/// dispute with _____ over her Taiwan statements". Such a cloze is not made: the rule is the English of
/// reference, not a list of one pack's phrases.
pub fn unresolved_reference(g: &Gen, body: &str, answer_is_person: bool) -> bool {
    let words: Vec<String> = body
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '_').to_lowercase())
        .collect();
    let first = words.first().map_or("", String::as_str);
    let opening = words.iter().take(2).map(String::as_str).collect::<Vec<_>>().join(" ");
    if POINTING_OPENERS.contains(&first) || POINTING_PAIRS.contains(&opening.as_str()) {
        return true;
    }
    for (i, w) in words.iter().enumerate().skip(1) {
        // "committing such high level visits": "such" points back at what came before, unless it begins an
        // example ("such as").
        if w == "such" && words.get(i + 1).is_some_and(|n| n != "as") {
            return true;
        }
        if w != "this" && w != "these" {
            continue;
        }
        let Some(noun) = words.get(i + 1).filter(|n| n.chars().all(char::is_alphabetic) && !n.is_empty()) else {
            continue;
        };
        let noun = if w == "these" { noun.strip_suffix('s').unwrap_or(noun) } else { noun.as_str() };
        // "this process of improving bilateral ties" names what it points at.
        if TIME_NOUNS.contains(&noun) || words.get(i + 2).is_some_and(|w| w == "of") {
            continue;
        }
        if !words[..i].iter().any(|before| before.starts_with(noun)) {
            return true;
        }
    }
    if answer_is_person || !words.iter().any(|w| PERSONAL.contains(&w.as_str())) {
        return false;
    }
    let named_person = g
        .pack
        .sheet
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .any(|e| std::iter::once(&e.name).chain(&e.aliases).any(|form| !find_words(body, form).is_empty()));
    !named_person
}

/// Whether the blank follows "an" ("after an _____-year lull"): the article tells the answer's first sound
/// and reads wrong before the blank, so such a blank is not made.
fn after_an(prompt: &str) -> bool {
    let lower = prompt.to_lowercase();
    lower.contains(&format!(" an {BLANK}")) || lower.contains(&format!(": an {BLANK}"))
}

/// How many words after "_____’s" (or "_____'s") are read for the name the possessive is attached to: enough
/// for a description before the name ("_____'s main news agency Korean Central News Agency").
const OWNED_WINDOW: usize = 10;

/// Whether the blank at `span` is a possessive ("_____’s Xi Jinping", with a curly or a straight
/// apostrophe) attached to an entity whose country is the answer `id` (by `Entity::country` or an Identity
/// fact), within [`OWNED_WINDOW`] words: the learner reads "China" off "Xi Jinping" (the article calls him
/// "China’s Xi Jinping" throughout), so the blank gives its answer away.
fn gives_away_owner(g: &Gen, text: &str, span: &Range<usize>, id: &str) -> bool {
    let rest = &text[span.end..];
    let Some(after) = ["’s ", "'s "].iter().find_map(|p| rest.strip_prefix(p)) else { return false };
    let window: Vec<&str> = after.split_whitespace().take(OWNED_WINDOW).collect();
    let padded = format!(" {} ", fold(&window.join(" ")));
    g.pack
        .sheet
        .entities
        .iter()
        .filter(|e| e.country.as_deref() == Some(id) || g.truths.country_of(&e.id) == Some(id))
        .any(|e| g.truths.names(&e.id).iter().any(|n| !n.is_empty() && padded.contains(&format!(" {n} "))))
}

/// A blank needs this many words around it, or the sentence no longer says what belongs in it
/// ("Japan’s _____").
const MIN_CONTEXT_WORDS: usize = 3;

fn context_words(prompt: &str) -> usize {
    let body = prompt.strip_prefix(PROMPT).unwrap_or(prompt);
    body.split_whitespace().filter(|w| !w.contains(BLANK) && w.chars().any(char::is_alphanumeric)).count()
}

/// Where the first blank sits in the article: the start of its sentence. Two clozes that blank the same
/// answer in the same sentence are one question, even when their evidence quotes differ in length.
pub fn blank_sentence(g: &Gen, q: &Question) -> Option<usize> {
    let evidence = q.evidence.first()?;
    let at = q.prompt.strip_prefix(PROMPT)?.find(BLANK)?;
    let found = g.pack.article.find(evidence)?;
    Some(g.pack.article.sentence_around(found.start + at).start)
}

/// What every cloze prompt starts with.
/// What every fill-in-the-blank prompt starts with.
pub const PROMPT: &str = "Fill in the blank: ";

fn build(fact: &Fact, text: &str, slot: &str, spans: &[Range<usize>], answer: String, expected: Expected) -> Question {
    let mut blanked = String::with_capacity(text.len());
    let mut at = 0;
    for span in spans {
        blanked.push_str(&text[at..span.start]);
        blanked.push_str(BLANK);
        at = span.end;
    }
    blanked.push_str(&text[at..]);
    let prompt = format!("{PROMPT}{}", blanked.trim());
    let body = Body::Typed { answer, expected, unit: None };
    question(format!("{}.cloze.{slot}", fact.id), QuestionKind::Cloze, prompt, body, &[fact])
}

/// Byte ranges where `word` occurs in `text` as a whole word, ignoring ASCII case.
pub fn find_words(text: &str, word: &str) -> Vec<Range<usize>> {
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

/// The span of "January 5th" (month name, then a day number with any ordinal suffix) in `text`.
fn find_date(text: &str, month: &str) -> Option<Range<usize>> {
    debug_assert!(MONTHS.contains(&month));
    let start = find_words(text, month).into_iter().next()?;
    let rest = &text[start.end..];
    let spaces = rest.len() - rest.trim_start().len();
    let digits = rest[spaces..].bytes().take_while(u8::is_ascii_digit).count();
    if spaces == 0 || digits == 0 {
        return None;
    }
    let mut end = start.end + spaces + digits;
    let suffix: String = text[end..].chars().take_while(char::is_ascii_alphabetic).collect();
    if matches!(suffix.as_str(), "st" | "nd" | "rd" | "th") {
        end += 2;
    }
    Some(start.start..end)
}

/// The ways an article may write a version-2 date, to find it in the evidence: "June 13, 2000" and "13 June
/// 2000", "March 2015", "2004", "1950–1953" and "1950 to 1953", "yesterday", "by August 22", "every year".
/// A weekday is found alone ("Thursday" of "on Thursday afternoon").
fn when_phrases(when: &When) -> Vec<String> {
    match when {
        When::Day { date, year: Some(y) } => {
            vec![format!("{date}, {y}"), format!("{date} {y}"), format!("{} {} {y}", date.day, date.month_name())]
        }
        When::Day { date, year: None } => vec![date.to_string(), format!("{} {}", date.day, date.month_name())],
        When::Span { from, to } => vec![format!("{from}–{to}"), format!("{from}-{to}"), format!("{from} to {to}")],
        When::Deadline { by, end_of } => {
            let lead = if *end_of { "by the end of" } else { "by" };
            when_phrases(by).into_iter().map(|p| format!("{lead} {p}")).collect()
        }
        When::Month { .. } | When::Year(_) | When::Relative(_) | When::Every { .. } => vec![when.to_string()],
    }
}

/// Sorts spans and joins the ones that overlap or touch.
fn merge(mut spans: Vec<Range<usize>>) -> Vec<Range<usize>> {
    spans.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut out: Vec<Range<usize>> = Vec::new();
    for s in spans {
        match out.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => out.push(s),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clause_cut_from_its_sentence_is_shown_as_the_statement_it_asserts() {
        let shown = |e: &str| shown_text(e);
        assert_eq!(
            shown("As relations between South Korea, China, and Japan are complex").as_deref(),
            Some("Relations between South Korea, China, and Japan are complex.")
        );
        assert_eq!(shown("Although Seoul protested,").as_deref(), Some("Seoul protested."));
        // A condition is not asserted: no cloze.
        assert_eq!(shown("If the talks resume next week"), None);
        // A whole sentence, a clause opener used otherwise, or no opener: shown as written.
        assert_eq!(shown("As expected, Seoul protested.").as_deref(), Some("As expected, Seoul protested."));
        assert_eq!(shown("Asia watched as Seoul protested").as_deref(), Some("Asia watched as Seoul protested"));
        assert_eq!(shown("If").as_deref(), Some("If"));
    }

    #[test]
    fn finds_whole_words_only() {
        let t = "Lee met Leeds fans; lee’s wife and LEE.";
        let found: Vec<&str> = find_words(t, "Lee").into_iter().map(|r| &t[r]).collect();
        assert_eq!(found, ["Lee", "lee", "LEE"]);
    }

    #[test]
    fn finds_dates_with_ordinals() {
        let t = "met in Beijing on January 5th, marking";
        assert_eq!(find_date(t, "January").map(|r| &t[r]), Some("January 5th"));
        assert_eq!(find_date("in January alone", "January"), None);
    }

    #[test]
    fn merges_overlapping_names() {
        assert_eq!(merge(vec![10..13, 0..13, 20..25, 24..30]), vec![0..13, 20..30]);
    }
}
