//! Numbers the article states, drafted as Quantities only where the sentence makes a clean "How many"
//! question.
//!
//! A number (digits, "2 million", or words from "two" up) counts the plural noun after it (its unit: "36
//! shells", "700 asylum seekers"). Four clause shapes of English give a question without rewording the
//! sentence's verb beyond a table of base forms:
//! 1. the counted noun is the subject: "15 shells fell near …" → "How many shells fell near …?" (also after
//!    "Estimates suggest …" → "According to estimates, how many …?");
//! 2. it is the object of a named or plain subject's verb: "South Korea evacuated about 80 people in …" →
//!    "About how many people did South Korea evacuate in …?";
//! 3. a passive with "with": "X was elected with 84,121 votes" → "With how many votes was X elected?";
//! 4. a margin with "by": "X defeated Y by 424 votes" → "By how many votes did X defeat Y?".
//!
//! A hedge before the number ("about", "around", "nearly", "over", "at least") is kept in the question
//! ("About how many …"); "more than", "up to" and the like are left out, as their answers are not one
//! number. Anything else is not drafted.

use super::clause::{Sent, is_base, is_past, lemma, lower_first, participle_of_gerund, trim_end, word_count};
use crate::pack::numbers::parse_number;
use crate::pack::{Claim, EntityKind, Fact};

/// Hedges kept in the question, as they read before "how many".
const HEDGES: [&str; 9] =
    ["about", "around", "nearly", "almost", "roughly", "approximately", "some", "over", "at least"];

/// Words after a number that mean it is not a plain count.
const NOT_COUNT: [&str; 6] = ["percent", "per", "times", "years", "year-old", "cent"];

/// Plural nouns not ending in "s".
const PLURALS: [&str; 10] =
    ["people", "police", "children", "men", "women", "personnel", "staff", "troops", "crew", "dead"];

/// Words that end a unit: function words and verbs' auxiliaries.
const STOP: [&str; 24] = [
    "of", "in", "on", "at", "by", "for", "with", "from", "to", "and", "or", "the", "a", "an", "who", "whose", "which",
    "that", "were", "was", "are", "is", "more", "have",
];

/// A number in the sentence: its value, its tokens, the hedge before it and its unit.
#[derive(Debug, Clone)]
struct Count {
    value: f64,
    /// First token of the number phrase (the hedge's, if any).
    start: usize,
    /// Index one past the number's last token.
    num_end: usize,
    /// Index one past the unit's last token.
    end: usize,
    hedge: Option<String>,
    unit: String,
    /// "other 15 shells": the count is of others than some already counted, and is asked so.
    other: bool,
}

fn is_plural(w: &str) -> bool {
    let w = w.to_lowercase();
    PLURALS.contains(&w.as_str())
        || (w.len() > 3
            && w.ends_with('s')
            && !["ss", "us", "is", "'s"].iter().any(|e| w.ends_with(e))
            && w.chars().all(|c| c.is_alphabetic() || c == '-'))
}

fn count_at(s: &Sent<'_>, i: usize) -> Option<Count> {
    let w = s.tok(i);
    if !s.toks.get(i).is_some_and(|t| t.word) {
        return None;
    }
    let scale = matches!(s.tok(i + 1).to_lowercase().as_str(), "hundred" | "thousand" | "million" | "billion");
    let (text, num_end) = if scale { (s.span(i, i + 2), i + 2) } else { (w, i + 1) };
    let value = if s.tok(i + 1).eq_ignore_ascii_case("billion") { parse_number(w)? * 1e9 } else { parse_number(text)? };
    // "one" and "a" count one thing, which is not asked as "how many"; a year is a date.
    if value < 2.0 || (w.len() == 4 && !scale && (1900.0..=2100.0).contains(&value)) {
        return None;
    }
    // A day of a month ("August 10") is a date.
    if crate::pack::date::MONTHS.iter().any(|m| s.tok(i.wrapping_sub(1)).eq_ignore_ascii_case(m)) {
        return None;
    }
    let mut end = num_end;
    let mut limit = num_end + 3;
    while end < limit {
        // "14 Japanese war criminals", "three North Korean officials": a country's adjective (a mention of
        // a country) before the counted noun is part of the unit.
        if let Some(after) = demonym_end(s, end).filter(|&a| a < num_end + 4)
            && s.toks.get(after).is_some_and(|t| t.word)
            && lower_word(s.tok(after))
        {
            limit += after - end;
            end = after;
            continue;
        }
        let u = s.tok(end);
        let lower = u.to_lowercase();
        if !s.toks.get(end).is_some_and(|t| t.word) || STOP.contains(&lower.as_str()) || !lower_word(u) {
            break;
        }
        end += 1;
        if is_plural(u) {
            break;
        }
    }
    let last = s.tok(end.checked_sub(1)?);
    if end == num_end || !is_plural(last) || NOT_COUNT.contains(&last.to_lowercase().as_str()) {
        return None;
    }
    let unit = s.span(num_end, end).to_string();
    let other = s.is(i.wrapping_sub(1), "other");
    let (start, hedge) = if other {
        (i - 1, None)
    } else if s.is_phrase(i.wrapping_sub(2), "at least") {
        (i - 2, Some("at least".to_string()))
    } else if (s.is_phrase(i.wrapping_sub(2), "more than") || s.is_phrase(i.wrapping_sub(2), "less than"))
        && TIME_UNITS.contains(&unit.as_str())
    {
        // "more than 24 hours", "less than two months": a bound asked as one ("For more than how many hours
        // …?"); the generator keeps its distractors on the false side of the bound.
        (i - 2, Some(s.span(i - 2, i).to_lowercase()))
    } else if HEDGES.contains(&s.tok(i.wrapping_sub(1)).to_lowercase().as_str()) {
        (i - 1, Some(s.tok(i - 1).to_lowercase()))
    } else if matches!(s.tok(i.wrapping_sub(1)).to_lowercase().as_str(), "than" | "to" | "under" | "below" | "nearly") {
        return None;
    } else {
        (i, None)
    };
    Some(Count { value, start, num_end, end, hedge, unit, other })
}

/// A common word of a unit: lower-case, or a lower-case compound with a capital part ("class-A").
fn lower_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
        && w.chars().all(|c| c.is_alphanumeric() || c == '-')
        && (w.chars().all(|c| c.is_lowercase() || c == '-') || w.contains('-'))
}

/// Where a country's adjective of the gazetteer ("Japanese", "North Korean") starting at token `i` ends.
fn demonym_end(s: &Sent<'_>, i: usize) -> Option<usize> {
    use crate::import::entities::gazetteer::{GAZETTEER, Target};
    let phrases = GAZETTEER.phrases.get(s.tok(i))?;
    phrases.iter().find_map(|(phrase, target)| {
        let n = phrase.split(' ').count();
        let words = phrase.split(' ').enumerate().all(|(k, w)| s.tok(i + k) == w);
        (matches!(target, Target::Demonym(_)) && words).then_some(i + n)
    })
}

/// "How many", "About how many", "By about how many": the question's opening.
fn how_many(preposition: Option<&str>, hedge: Option<&str>) -> String {
    let words: Vec<&str> = preposition.into_iter().chain(hedge).chain(["how", "many"]).collect();
    capitalise(&words.join(" "))
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Lower-cases a leading "The" of a subject that is no longer first in its sentence.
fn inner(subject: &str) -> String {
    subject.strip_prefix("The ").map_or_else(|| subject.to_string(), |r| format!("the {r}"))
}

/// The end of the clause from token `from`: the next comma, semicolon or the sentence's end.
/// A comma that only separates the items of a list ("trade, energy and student exchanges") does not end
/// it.
fn clause_end(s: &Sent<'_>, from: usize) -> usize {
    // "… near posts 542 and 543 and other 15 shells fell …": "and" before a count of its own opens a new
    // clause.
    let new_count = |k: usize| {
        (s.is(k, "and") || s.is(k, "but"))
            && (count_at(s, k + 1).is_some() || count_at(s, k + 2).is_some_and(|c| c.other))
    };
    let stop = |k: usize| matches!(s.tok(k), "," | ";" | ":" | "." | "\"" | "“" | "”") || (k > from && new_count(k));
    let mut end = (from..s.toks.len()).find(|&k| stop(k)).unwrap_or(s.toks.len());
    while s.tok(end) == "," {
        let next = (end + 1..s.toks.len()).find(|&k| stop(k)).unwrap_or(s.toks.len());
        let list = (end + 1..next).any(|k| s.is(k, "and") || s.is(k, "or"))
            && word_count(s.span(end + 1, next)) <= 5
            && !(end + 1..next).any(|k| is_past(s.tok(k)));
        if !list {
            break;
        }
        end = next;
    }
    end
}

/// Where the clause holding token `at` starts: the sentence's start, or after a leading adverbial's comma.
fn clause_start(s: &Sent<'_>, at: usize) -> Option<usize> {
    // "… hit the area near posts 542 and 543 and other 15 shells fell near …": a count right after "and"
    // or "but" opens a clause of its own when a verb follows it (the callers check the verb).
    // "between 5 and 10 people" is one range, not two clauses: after a number, only "and other …" opens one.
    let after_number = s.tok(at.wrapping_sub(2)).chars().next().is_some_and(|c| c.is_ascii_digit());
    if at > 0 && (s.is(at - 1, "and") || s.is(at - 1, "but")) && (s.is(at, "other") || !after_number) {
        return Some(at);
    }
    match (0..at).rev().find(|&k| s.tok(k) == ",") {
        None => Some(0),
        Some(c) => {
            let first = s.tok(0).to_lowercase();
            // "To demonstrate its seriousness, …", "Hours before the talks began, …": an infinitive or a time
            // before or after something opens a leading adverbial too.
            let time_before = ["hours", "days", "weeks", "minutes", "shortly", "soon", "moments"]
                .contains(&first.as_str())
                && ["before", "after"].iter().any(|w| s.is(1, w));
            let adverbial = ["in", "on", "at", "for", "after", "during", "yesterday", "last", "to"]
                .contains(&first.as_str())
                || first.ends_with("ing")
                || time_before;
            (adverbial && !(0..c).any(|k| s.tok(k) == ",")).then_some(c + 1)
        }
    }
}

/// A leading adverbial of place ("In the Kowloon East geographical constituency,") as a phrase to end a
/// question with, lower-cased.
fn leading_place(s: &Sent<'_>) -> String {
    let comma = (1..s.toks.len()).find(|&k| s.tok(k) == ",");
    match comma {
        Some(c) if s.is(0, "in") && word_count(s.span(1, c)) <= 10 && !s.span(1, c).contains(['"', '“']) => {
            format!(" in {}", s.span(1, c))
        }
        _ => String::new(),
    }
}

/// The Quantities the sentence states, in the four shapes of the module's doc.
pub fn quantities(s: &Sent<'_>) -> Vec<Fact> {
    let mut found = Vec::new();
    for i in 0..s.toks.len() {
        if s.in_quote(i) {
            continue;
        }
        let Some(c) = count_at(s, i) else { continue };
        if let Some((statement, question)) = counted_subject(s, &c)
            .or_else(|| object(s, &c))
            .or_else(|| with_passive(s, &c))
            .or_else(|| margin(s, &c))
            .or_else(|| gerund(s, &c))
            .or_else(|| window(s, &c))
            .or_else(|| lasting(s, &c))
            .or_else(|| stretch(s, &c))
            .or_else(|| gap(s, &c))
            .or_else(|| where_counted(s, &c))
            .or_else(|| of_count(s, &c))
            .or_else(|| appositive_count(s, &c))
        {
            found.push((statement, question, c.value, c.unit.clone()));
        }
    }
    found.extend(durations(s));
    found.extend(age(s));
    found.extend(first_time(s));
    found.extend(first_in(s));
    found.extend(turnout(s));
    found.extend(population(s));
    found.extend(none_counted(s));
    let mut out = Vec::new();
    for (statement, question, value, unit) in found {
        if question.contains(['"', '“', '”']) || word_count(&question) > 25 {
            continue;
        }
        // A number the sentence attributes ("…, police said", "According to Kyodo News, …") is asked
        // and stated as that source's, never as the article's own.
        let (statement, question) = match s.attribution() {
            Some(lead) if !question.starts_with("According to") => {
                (format!("{lead}, {}", lower_first(&statement)), format!("{lead}, {}", asked_after_lead(&question)))
            }
            _ => (statement, question),
        };
        let slug = unit.split_whitespace().next_back().unwrap_or("number").to_lowercase();
        out.push(Fact {
            id: format!("n-{slug}"),
            topics: Vec::new(),
            evidence: s.text.to_string(),
            claim: Claim::Quantity { statement, question, value, unit: Some(unit), tolerance: 0.0 },
        });
    }
    out
}

/// A question as it reads after "According to X, ": a "how many" opening lower-cased ("More than how many
/// hours …" → "more than how many hours …"), any other as [`lower_first`] leaves it.
fn asked_after_lead(question: &str) -> String {
    let opening: Vec<&str> = question.split(' ').take(4).collect();
    if opening.contains(&"how") || opening.first() == Some(&"How") || opening.get(..2) == Some(&["At", "what"]) {
        let mut chars = question.chars();
        return chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default();
    }
    lower_first(question)
}

/// "No <plural noun phrase> were <participle> …" ("No injuries or deaths were reported in the attacks") at
/// the start of a clause: a count of nought, asked "How many injuries or deaths were reported in the
/// attacks?" and stated "The number of injuries or deaths reported in the attacks was {n}". The noun phrase
/// is one to four lower-case words (joined by "or" or "and"), the last plural; the verb a past participle.
fn none_counted(s: &Sent<'_>) -> Vec<(String, String, f64, String)> {
    let Some(at) = (0..s.toks.len()).find(|&k| s.tok(k) == "No" || (s.is(k, "no") && s.tok(k.wrapping_sub(1)) == ","))
    else {
        return Vec::new();
    };
    if s.in_quote(at) || clause_start(s, at) != Some(at) {
        return Vec::new();
    }
    let Some(be) = (at + 2..(at + 6).min(s.toks.len())).find(|&k| s.is(k, "were") || s.is(k, "have")) else {
        return Vec::new();
    };
    let words = (at + 1..be)
        .all(|k| s.toks.get(k).is_some_and(|t| t.word) && s.tok(k).chars().all(|c| c.is_lowercase() || c == '-'));
    let pp_at = if s.is(be, "have") && s.is(be + 1, "been") { be + 2 } else { be + 1 };
    let pp = s.tok(pp_at);
    if !words || !is_plural(s.tok(be - 1)) || !super::clause::is_past(pp) || s.named_at(pp_at).is_some() {
        return Vec::new();
    }
    let unit = s.span(at + 1, be).to_string();
    let end = clause_end(s, pp_at);
    let rest = trim_end(s.span(pp_at, end));
    if word_count(rest) < 2 {
        return Vec::new();
    }
    let question = format!("How many {unit} {} {rest}?", s.span(be, pp_at));
    let statement = format!("The number of {unit} {rest} was {{n}}");
    vec![(statement, question, 0.0, unit)]
}

/// Prepositions that open where a thing was fired, sent or thrown: "at …", "into …".
const TOWARD: [&str; 10] = ["at", "into", "on", "onto", "toward", "towards", "across", "over", "near", "to"];

/// Words that end the phrase kept after a gerund's count: a new clause or reason starts there.
const PHRASE_END: [&str; 10] = ["under", "after", "because", "while", "when", "if", "which", "that", "before", "as"];

/// Shape 5: "… as|by firing N <unit> at <target> …" → "How many <unit> were fired at <target>?": the
/// gerund's count, asked in the passive, with the phrase of direction after it (up to a new clause).
fn gerund(s: &Sent<'_>, c: &Count) -> Option<(String, String)> {
    let g = c.start.checked_sub(1)?;
    let participle = participle_of_gerund(&s.tok(g).to_lowercase())?;
    if !["as", "by", "after", "while", "before", "for"].iter().any(|p| s.is(g.wrapping_sub(1), p))
        || !TOWARD.iter().any(|p| s.is(c.end, p))
        || c.other
    {
        return None;
    }
    let end = clause_end(s, c.end);
    let stop = (c.end + 2..end).find(|&k| PHRASE_END.iter().any(|w| s.is(k, w))).unwrap_or(end);
    let target = trim_end(s.span(c.end, stop));
    if !(2..=10).contains(&word_count(target)) {
        return None;
    }
    let hedge = c.hedge.as_deref().map(|h| format!("{h} ")).unwrap_or_default();
    let question = format!("{} {} were {participle} {target}?", how_many(None, c.hedge.as_deref()), c.unit);
    Some((format!("{hedge}{{n}} {} were {participle} {target}", c.unit), question))
}

/// Units of time a deadline or a wait is counted in.
const TIME_UNITS: [&str; 5] = ["minutes", "hours", "days", "weeks", "months"];

/// Shape 6: "<X> <past verb> … within|for|after N <time unit> …" → "Within how many hours did X <base> …?":
/// the time phrase fronted, the rest of the sentence kept.
fn window(s: &Sent<'_>, c: &Count) -> Option<(String, String)> {
    let at = c.start.checked_sub(1)?;
    let prep = s.tok(at).to_lowercase();
    if !matches!(prep.as_str(), "within" | "for" | "after" | "in") || !TIME_UNITS.contains(&c.unit.as_str()) {
        return None;
    }
    let (m, vg) = s.named.iter().find_map(|m| {
        if m.end > at || !s.opens_clause(m) || s.in_quote(m.first) {
            return None;
        }
        let vg = s.verb_group(s.after_subject(m))?;
        (!vg.planned && !vg.passive && !vg.copula && vg.verb < at).then_some((m, vg))
    })?;
    let verb = s.tok(vg.verb).to_lowercase();
    let base = lemma(&verb).filter(|_| is_past(&verb) && vg.start == vg.verb)?;
    // "stated it would attack … and would respond, militarily, within 48 hours": the time belongs to the
    // last conjunct only, which is kept with the clause's subject ("it would respond, militarily, …").
    let modal = |k: usize| ["would", "will", "could", "must", "should"].iter().any(|w| s.is(k, w));
    let first_modal = (vg.verb + 1..at).find(|&k| modal(k));
    let conjunct =
        first_modal.and_then(|m1| (m1 + 1..at).rev().find(|&k| s.is(k, "and") && modal(k + 1)).map(|a| (m1, a)));
    let before = match conjunct {
        Some((m1, a)) => format!("{} {}", s.span(vg.verb + 1, m1), s.span(a + 1, at)),
        None => s.span(vg.verb + 1, at).to_string(),
    };
    let before = before.trim();
    let after = trim_end(s.rest(c.end));
    if before.contains(['"', '“', '”']) || after.contains(['"', '“', '”']) {
        return None;
    }
    let before = if after.is_empty() { before.trim_end_matches(',').trim_end() } else { before };
    let rest = [before, after].iter().filter(|t| !t.is_empty()).copied().collect::<Vec<_>>();
    let subject = inner(s.span(m.first, m.end));
    let question =
        format!("{} {} did {subject} {base} {}?", how_many(Some(&prep), c.hedge.as_deref()), c.unit, rest.join(" "));
    Some((with_n(s, c, m.first, s.toks.len()), question))
}

/// The subject of a clause that opens the sentence (or follows a leading adverbial's comma) and ends
/// before token `to`: "The talks", "North and South Korea", a named party with its title — capitalised or
/// "the" first, at most eight words, no punctuation, pronoun or verb of the tables.
fn plain_subject(s: &Sent<'_>, to: usize) -> Option<usize> {
    let start = clause_start(s, to).filter(|&st| st < to)?;
    let first = s.tok(start);
    let pronoun = ["it", "they", "this", "that", "these", "those", "he", "she", "we"];
    let ok = (start..to).all(|k| {
        let w = s.tok(k).to_lowercase();
        s.toks.get(k).is_some_and(|t| t.word)
            && !pronoun.contains(&w.as_str())
            && !is_past(&w)
            && !["is", "are", "was", "were", "will", "would", "has", "have", "had"].contains(&w.as_str())
    });
    (ok && to - start <= 8 && (first.chars().next().is_some_and(char::is_uppercase) || s.is(start, "the")))
        .then_some(start)
}

/// Builds the verb phrase of a "how long" question from the subject, its "be" and the plan's participle
/// ("are the talks scheduled to last").
type Asker = fn(&str, &str, &str) -> String;

/// Shape 7: "<subject> is|are scheduled|expected|set|due to last N <time unit>", "<subject> will last …",
/// "<subject> lasted …" → "How many days are the talks scheduled to last?", "How many days did the talks
/// last?".
fn lasting(s: &Sent<'_>, c: &Count) -> Option<(String, String)> {
    let last = c.start.checked_sub(1)?;
    if !TIME_UNITS.contains(&c.unit.as_str()) || c.other {
        return None;
    }
    let (verb_at, asked): (usize, Asker) = if s.is(last, "last") && s.is(last.wrapping_sub(1), "to") {
        let plan = last.checked_sub(2)?;
        let be = plan.checked_sub(1)?;
        let planned = ["scheduled", "expected", "set", "due", "planned"].iter().any(|w| s.is(plan, w));
        if !planned || !["is", "are", "was", "were"].iter().any(|w| s.is(be, w)) {
            return None;
        }
        (be, |subject: &str, be: &str, plan: &str| format!("{be} {subject} {plan} to last"))
    } else if s.is(last, "last") && s.is(last.wrapping_sub(1), "will") {
        (last - 1, |subject: &str, _: &str, _: &str| format!("will {subject} last"))
    } else if s.is(last, "lasted") {
        (last, |subject: &str, _: &str, _: &str| format!("did {subject} last"))
    } else {
        return None;
    };
    let start = plain_subject(s, verb_at)?;
    let subject = inner(s.span(start, verb_at));
    let be = s.tok(verb_at).to_lowercase();
    let plan = s.tok(verb_at + 1).to_lowercase();
    let end = clause_end(s, c.end);
    let rest = trim_end(s.span(c.end, end));
    let rest = if rest.is_empty() { String::new() } else { format!(" {rest}") };
    let question = format!("{} {} {}{rest}?", how_many(None, c.hedge.as_deref()), c.unit, asked(&subject, &be, &plan));
    Some((capitalise(&with_n(s, c, start, end)), question))
}

/// Units a stretch of something is counted in: "two days of negotiations", "three rounds of talks".
const STRETCH_UNITS: [&str; 8] = ["hours", "days", "weeks", "months", "rounds", "sessions", "tons", "tonnes"];

/// Units of weight, whose stuff is a mass noun ("500,000 tons of fertilizer").
const MASS_UNITS: [&str; 2] = ["tons", "tonnes"];

/// Shape 8: "<subject> <verb> … <preposition> N days|rounds of <noun phrase> …" → the clause up to the
/// number, then "how many days of <head noun>?" ("The talks recessed after how many days of
/// negotiations?", "North and South Korea are making final preparations for how many days of
/// negotiations?"). The noun phrase is read to its head, the last word before a relative word, a
/// preposition or the end; adjectives before it are left out.
fn stretch(s: &Sent<'_>, c: &Count) -> Option<(String, String)> {
    let prep = c.start.checked_sub(1)?;
    if !STRETCH_UNITS.contains(&c.unit.as_str())
        || !s.is(c.end, "of")
        || !["for", "after", "of", "over", "during", "within", "in", "than"].iter().any(|w| s.is(prep, w))
        || c.other
    {
        return None;
    }
    // The head noun: words (and commas between adjectives) up to a word that opens a phrase or clause.
    let stops = ["that", "which", "who", "in", "on", "at", "with", "between", "to", "for", "and", "from", "by"];
    let mut head = None;
    let mut k = c.end + 1;
    while k < s.toks.len() && k < c.end + 9 {
        let w = s.tok(k);
        if stops.contains(&w.to_lowercase().as_str()) || !(s.toks.get(k).is_some_and(|t| t.word) || w == ",") {
            break;
        }
        if w != "," {
            head = Some(k);
        }
        k += 1;
    }
    let head = head?;
    let noun = s.tok(head);
    let mass = MASS_UNITS.contains(&c.unit.as_str()) && noun.chars().all(|ch| ch.is_lowercase() || ch == '-');
    if !(is_plural(noun) || mass) || s.named_at(head).is_some() || s.in_quote(head) {
        return None;
    }
    // The clause from its subject to the number: a verb in it, no punctuation.
    let verb = (c.start.saturating_sub(12)..c.start).find(|&k| {
        let w = s.tok(k).to_lowercase();
        is_past(&w) || ["is", "are", "was", "were", "will", "has", "have"].contains(&w.as_str())
    })?;
    let start = plain_subject(s, verb)?;
    if (start..c.start).any(|k| !s.toks.get(k).is_some_and(|t| t.word)) || word_count(s.span(start, prep)) > 15 {
        return None;
    }
    let before = s.span(start, c.start);
    let hedge = c.hedge.as_deref().map(|h| format!("{h} ")).unwrap_or_default();
    let question = format!("{before} {hedge}how many {} of {noun}?", c.unit);
    let statement = format!("{before} {hedge}{{n}} {} of {noun}", c.unit);
    Some((capitalise(&statement), capitalise(&question)))
}

/// Verbs after which a span of time says when something happens: "takes place", "came", "began".
const HAPPENS: [&str; 14] = [
    "takes", "took", "take", "came", "comes", "began", "begins", "happened", "started", "starts", "opened", "opens",
    "ended", "ends",
];

/// Shape 9: "<subject> <verb of happening> [hedge] N <time unit> after|before <what>" ("The summit takes
/// place less than two months after the last one collapsed") → the clause with "how many" for the number
/// ("The summit takes place less than how many months after the last one collapsed?"). The subject opens
/// the sentence (or follows a leading adverbial); the verb is one of [`HAPPENS`] ("takes place", "came",
/// "began"), right before the number; the clause after "after|before" is kept to its end.
fn gap(s: &Sent<'_>, c: &Count) -> Option<(String, String)> {
    if !TIME_UNITS.contains(&c.unit.as_str()) || c.other || !(s.is(c.end, "after") || s.is(c.end, "before")) {
        return None;
    }
    let before_number = c.start.checked_sub(1)?;
    // "takes place": the verb is the word before "place".
    let verb = if s.is(before_number, "place") { before_number.checked_sub(1)? } else { before_number };
    let word = s.tok(verb).to_lowercase();
    let take = ["takes", "took", "take"].contains(&word.as_str());
    if !HAPPENS.contains(&word.as_str()) || s.is(before_number, "place") != take {
        return None;
    }
    let start = plain_subject(s, verb)?;
    let end = clause_end(s, c.end);
    let clause = s.span(start, c.start);
    // A closing adverbial of manner or circumstance ("… fell apart without a breakthrough") is left out
    // when the question would be too long with it.
    let long = word_count(s.span(start, end)) + 2 > 25;
    let cut = (c.end + 3..end).find(|&k| ["without", "amid", "despite"].iter().any(|w| s.is(k, w)));
    let end = match cut {
        Some(k) if long => k,
        _ => end,
    };
    let rest = trim_end(s.span(c.end, end));
    if word_count(rest) < 2 || rest.contains(['"', '“', '”']) {
        return None;
    }
    let hedge = c.hedge.as_deref().map(|h| format!("{h} ")).unwrap_or_default();
    let question = format!("{clause} {hedge}how many {} {rest}?", c.unit);
    let statement = format!("{clause} {hedge}{{n}} {} {rest}", c.unit);
    Some((capitalise(&statement), capitalise(&question)))
}

/// Shape 10: "… <the named place>, where N <unit> [of-or-in phrase] is|are|was|were <participle> …" ("the
/// cemetery, where 40 soldiers are buried among …") → "How many soldiers are buried at the cemetery?": the
/// count of a relative clause of place, asked of the place it follows. The place is a named mention ending
/// right before the comma: "in" a city or country, "at" any other place. The passive verb ends the
/// question; what follows it is left out.
fn where_counted(s: &Sent<'_>, c: &Count) -> Option<(String, String)> {
    let w = c.start.checked_sub(1)?;
    if !s.is(w, "where") || s.tok(w.wrapping_sub(1)) != "," || c.other || c.hedge.is_some() {
        return None;
    }
    let place = s.named_before(w - 1)?;
    let preposition = match place.entity.kind {
        EntityKind::City | EntityKind::Country => "in",
        EntityKind::Place => "at",
        _ => return None,
    };
    // The place as the sentence names it, with its "the" ("the Yasukuni Shrine").
    let first = if s.is(place.first.wrapping_sub(1), "the") && !s.is(place.first, "the") {
        place.first - 1
    } else {
        place.first
    };
    let name = s.span(first, place.end);
    // The verb: "is|are|was|were <participle>" within four words after the unit (its phrase kept).
    let be =
        (c.end..(c.end + 5).min(s.toks.len())).find(|&k| ["is", "are", "was", "were"].iter().any(|b| s.is(k, b)))?;
    let phrase_ok = (c.end..be).all(|k| s.toks.get(k).is_some_and(|t| t.word))
        && (be == c.end || ["in", "of", "from"].iter().any(|p| s.is(c.end, p)));
    let participle = s.tok(be + 1).to_lowercase();
    if !phrase_ok || !is_past(&participle) || s.named_at(be + 1).is_some() {
        return None;
    }
    let counted = s.span(c.num_end, be);
    let verb = s.span(be, be + 2).to_lowercase();
    let question = format!("How many {counted} {verb} {preposition} {}?", inner(name));
    let statement = format!("{{n}} {counted} {verb} {preposition} {}", inner(name));
    Some((statement, question))
}

/// Shape 12: "… <a named mention>, a|an|the <noun phrase> that|which <verb> N <unit> …" ("… the Belem
/// Tower, a site that draws 1.2 million visitors every year") → "The Belem Tower draws how many visitors
/// every year?": the count of a relative clause in an appositive is a count about the appositive's head,
/// the name before the comma (its "the" kept). The appositive's noun phrase is at most four lower-case
/// words; the relative clause's verb stands right before the number and is no form of "be" (an amount
/// "is" reads as a measure, not a count); the clause is kept to its end.
fn appositive_count(s: &Sent<'_>, c: &Count) -> Option<(String, String)> {
    let verb = c.start.checked_sub(1)?;
    let rel = verb.checked_sub(1)?;
    let v = s.tok(verb);
    if !(s.is(rel, "that") || s.is(rel, "which"))
        || !v.chars().all(|ch| ch.is_ascii_lowercase())
        || v.len() < 3
        || ["is", "are", "was", "were", "be", "been", "than", "to", "of", "about"].contains(&v)
        || c.other
    {
        return None;
    }
    // Back from the relative word: the appositive's determiner and noun phrase, then the comma.
    let det = (rel.saturating_sub(5)..rel).rev().find(|&k| ["a", "an", "the"].iter().any(|d| s.is(k, d)))?;
    let comma = det.checked_sub(1)?;
    let plain = (det + 1..rel).all(|k| lower_word(s.tok(k)) && s.named_at(k).is_none());
    if s.tok(comma) != "," || !plain || rel == det + 1 {
        return None;
    }
    let head = s.named_before(comma)?;
    if s.in_quote(head.first) || head.entity.kind == EntityKind::Person {
        return None;
    }
    let the = s.is(head.first.wrapping_sub(1), "the") || s.is(head.first, "the");
    let name = &head.entity.name;
    let name = if the && !name.to_lowercase().starts_with("the ") { format!("the {name}") } else { name.clone() };
    let end = clause_end(s, c.end);
    let rest = trim_end(s.span(c.end, end));
    let rest = if rest.is_empty() { String::new() } else { format!(" {rest}") };
    let hedge = c.hedge.as_deref().map(|h| format!("{h} ")).unwrap_or_default();
    let question = capitalise(&format!("{name} {v} {hedge}how many {}{rest}?", c.unit));
    let statement = capitalise(&format!("{name} {v} {hedge}{{n}} {}{rest}", c.unit));
    Some((statement, question))
}

/// Shape 11: "<named subject> <verb> … <noun> of N <unit> [relative clause]" ("Japan wants to learn the
/// fate of 10 citizens who …") → the clause with "how many" for the number ("Japan wants to learn the fate
/// of how many citizens who …?"). The subject is a name opening the sentence's clause with its verb group
/// before the number; the clause is kept to its end, at most 25 words, with no quotation.
fn of_count(s: &Sent<'_>, c: &Count) -> Option<(String, String)> {
    let of = c.start.checked_sub(1)?;
    if !s.is(of, "of") || c.other || !s.toks.get(of.checked_sub(1)?).is_some_and(|t| t.word) {
        return None;
    }
    let m = s.named.iter().find(|m| m.end <= of && s.opens_clause(m) && !s.in_quote(m.first))?;
    // "Indonesia, the host of the talks, sent a delegation of 10 officials …": the appositive between the
    // subject and its verb is left out of the question.
    let at = s.after_subject(m);
    let vg = s.verb_group(at)?;
    if vg.verb >= of || at > of || (at..of).any(|k| !s.toks.get(k).is_some_and(|t| t.word)) {
        return None;
    }
    let end = clause_end(s, c.end);
    let before = if at == m.end {
        s.span(m.first, c.start).to_string()
    } else {
        format!("{} {}", s.span(m.first, m.end), s.span(at, c.start))
    };
    let rest = trim_end(s.span(c.end, end));
    let rest = if rest.is_empty() { String::new() } else { format!(" {rest}") };
    let hedge = c.hedge.as_deref().map(|h| format!("{h} ")).unwrap_or_default();
    let question = format!("{before} {hedge}how many {}{rest}?", c.unit);
    if word_count(&question) > 25 || question.contains(['"', '“', '”']) {
        return None;
    }
    Some((capitalise(&format!("{before} {hedge}{{n}} {}{rest}", c.unit)), capitalise(&question)))
}

/// "<subject> <verb> … for the first time in N years|months|weeks|decades …" ("The two Koreas held talks
/// for the first time in 10 months") → the clause with "how many" for the number ("The two Koreas held
/// talks for the first time in how many months?"). The subject opens the sentence's clause ([`plain_subject`]:
/// a name or "the …"), a verb stands before the phrase, and the clause is kept to its end. The generator
/// reads "first … in {n}" as a lower bound: only a longer span is false.
fn first_time(s: &Sent<'_>) -> Vec<(String, String, f64, String)> {
    let mut out = Vec::new();
    for k in 1..s.toks.len() {
        let unit = s.tok(k + 6).to_lowercase();
        if !s.is_phrase(k, "for the first time in")
            || !["years", "months", "weeks", "decades"].contains(&unit.as_str())
            || s.in_quote(k)
        {
            continue;
        }
        let Some(value) = parse_number(s.tok(k + 5)).filter(|v| *v >= 2.0 && v.fract() == 0.0) else { continue };
        let verb = (0..k).find(|&j| {
            let w = s.tok(j).to_lowercase();
            is_past(&w) || ["is", "are", "was", "were", "will", "has", "have"].contains(&w.as_str())
        });
        let Some(start) = verb.and_then(|v| plain_subject(s, v)) else { continue };
        if (start..k).any(|j| !s.toks.get(j).is_some_and(|t| t.word)) {
            continue;
        }
        let before = s.span(start, k + 5);
        let rest = trim_end(s.span(k + 7, clause_end(s, k + 7)));
        let rest = if rest.is_empty() { String::new() } else { format!(" {rest}") };
        let question = capitalise(&format!("{before} how many {unit}{rest}?"));
        if word_count(&question) > 25 {
            continue;
        }
        out.push((capitalise(&format!("{before} {{n}} {unit}{rest}")), question, value, unit));
    }
    out
}

/// "<person> was|were [first|later|initially] <participle> at the age of N" (also "at age N"): the
/// person's age then, asked "At what age was <person's full name> <participle>?" and stated "<name> was
/// <participle> at the age of {n}". The person is named right before "was|were"; an age from 1 to 120.
fn age(s: &Sent<'_>) -> Vec<(String, String, f64, String)> {
    let mut out = Vec::new();
    for k in 0..s.toks.len() {
        let n_at = if s.is_phrase(k, "at the age of") {
            k + 4
        } else if s.is_phrase(k, "at age") {
            k + 2
        } else {
            continue;
        };
        let Some(value) = parse_number(s.tok(n_at)).filter(|v| (1.0..=120.0).contains(v) && v.fract() == 0.0) else {
            continue;
        };
        // "… was abducted at …": the participle right before, "was|were" before it, the person before that.
        let Some(pp) = k.checked_sub(1).filter(|&p| is_past(&s.tok(p).to_lowercase())) else { continue };
        // "was first elected": one adverb of time may stand between, and is kept.
        let adverb = pp.checked_sub(1).filter(|&a| ["first", "later", "initially"].iter().any(|w| s.is(a, w)));
        let verb_start = adverb.unwrap_or(pp);
        let Some(be) = verb_start.checked_sub(1).filter(|&b| s.is(b, "was") || s.is(b, "were")) else { continue };
        let Some(m) = s.named_before(be).filter(|m| m.entity.kind == EntityKind::Person) else { continue };
        if s.in_quote(k) || s.in_quote(m.first) {
            continue;
        }
        let name = &m.entity.name;
        let (be, pp) = (s.tok(be).to_lowercase(), s.span(verb_start, pp + 1).to_lowercase());
        out.push((
            format!("{name} {be} {pp} at the age of {{n}}"),
            format!("At what age {be} {name} {pp}?"),
            value,
            "years".to_string(),
        ));
    }
    out
}

/// "<a|an> N-<unit> <noun>" ("an 11-year lull", "a 48-hour deadline"): a duration, asked in the clause
/// of a named subject as "… after a lull of how many years?" and stated as "… after a lull of {n} years".
fn durations(s: &Sent<'_>) -> Vec<(String, String, f64, String)> {
    let mut out = Vec::new();
    for i in 1..s.toks.len() {
        if s.in_quote(i) || !(s.is(i - 1, "a") || s.is(i - 1, "an")) {
            continue;
        }
        let Some((number, unit)) = s.tok(i).rsplit_once('-') else { continue };
        let unit = unit.to_lowercase();
        if !["minute", "hour", "day", "week", "month", "year", "member", "nation", "party"].contains(&unit.as_str()) {
            continue;
        }
        let Some(value) = parse_number(number).filter(|v| *v >= 2.0 && v.fract() == 0.0) else { continue };
        // The noun it measures: one to three lower-case words, up to a function word or punctuation.
        let mut end = i + 1;
        while end < i + 4
            && s.toks.get(end).is_some_and(|t| t.word)
            && s.tok(end).chars().all(|c| c.is_lowercase() || c == '-')
            && !STOP.contains(&s.tok(end))
        {
            end += 1;
        }
        if end == i + 1 {
            continue;
        }
        // "a twelve-member team of inspectors": the noun keeps its "of" phrase, so the size is asked after it
        // ("a team of inspectors of how many members"), never between the two ("a team of 12 members of
        // inspectors").
        if s.is(end, "of") {
            let words = (end + 1..end + 4)
                .take_while(|&k| {
                    s.toks.get(k).is_some_and(|t| t.word)
                        && s.tok(k).chars().all(|c| c.is_lowercase() || c == '-')
                        && !STOP.contains(&s.tok(k))
                })
                .count();
            if words == 0 {
                continue;
            }
            end += 1 + words;
        }
        let Some(start) = clause_start(s, i - 1) else { continue };
        let Some(subject) = clause_subject(s, start) else { continue };
        // "Xinhua said (that) Lee paid a three-day visit …": the size is the reporter's, said so in the
        // question ("According to Xinhua, Lee paid a visit of how many days …?").
        let (lead, subject) = match reported_clause(s, &subject, i) {
            Some(inner) => (format!("According to {}, ", subject.name), inner),
            None => (String::new(), subject),
        };
        if s.verb_group(subject.verb_at).is_none_or(|vg| vg.copula || vg.verb > i) {
            continue;
        }
        let stop = clause_end(s, end);
        let noun = s.span(i + 1, end);
        let predicate = s.span(subject.verb_at, i - 1);
        let before = format!("{lead}{} {predicate}", subject.written);
        let after = trim_end(s.span(end, stop));
        let join = |mid: String| {
            [before.as_str(), mid.as_str(), after]
                .iter()
                .filter(|t| !t.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let units = if unit == "party" { "parties".to_string() } else { format!("{unit}s") };
        let question = format!("{}?", join(format!("a {noun} of how many {units}")));
        let statement = join(format!("a {noun} of {{n}} {units}"));
        out.push((statement, question, value, units));
    }
    out
}

/// The subject of a clause: how to write it in a question, its entity's name, and the token after it.
struct Subject {
    written: String,
    name: String,
    person: bool,
    verb_at: usize,
}

/// The subject of the clause opening at token `start`: a name that opens the clause (or follows the leading
/// adverbial [`clause_start`] read), written as in the sentence; or "He"/"She" meaning the one person the
/// sentence before named ([`Sent::pronoun`]), written as that person's name. Nothing else (a pronoun with no
/// such person, "they", a common noun) is a subject a question can stand on.
fn clause_subject(s: &Sent<'_>, start: usize) -> Option<Subject> {
    if s.in_quote(start) {
        return None;
    }
    if s.is(start, "he") || s.is(start, "she") {
        let p = s.pronoun?;
        return Some(Subject { written: p.name.clone(), name: p.name.clone(), person: true, verb_at: start + 1 });
    }
    let m = s.named_at(start).filter(|m| s.opens_clause(m) || (start > 0 && s.tok(start - 1) == ","))?;
    let verb_at = s.after_subject(m);
    Some(Subject {
        written: s.span(start, verb_at).to_string(),
        name: m.entity.name.clone(),
        person: m.entity.kind == EntityKind::Person,
        verb_at,
    })
}

/// The subject of a clause reported by `speaker` ("Xinhua said that Lee paid …", "Seoul says Lee will …"),
/// when the verb right after the speaker is one of saying and the reported clause, before token `before`,
/// opens with a name or with "he"/"she" meaning the person the sentence before named — that pronoun only
/// when the speaker is no person, so it cannot mean the speaker himself.
fn reported_clause(s: &Sent<'_>, speaker: &Subject, before: usize) -> Option<Subject> {
    let k = speaker.verb_at;
    if !["said", "says", "reported", "reports", "announced", "announces"].iter().any(|w| s.is(k, w)) {
        return None;
    }
    let j = if s.is(k + 1, "that") { k + 2 } else { k + 1 };
    if j >= before {
        return None;
    }
    let pronoun = s.is(j, "he") || s.is(j, "she");
    if pronoun && speaker.person {
        return None;
    }
    let inner = if pronoun {
        let p = s.pronoun?;
        Subject { written: p.name.clone(), name: p.name.clone(), person: true, verb_at: j + 1 }
    } else {
        let m = s.named_at(j)?;
        let verb_at = s.after_subject(m);
        Subject {
            written: s.span(j, verb_at).to_string(),
            name: m.entity.name.clone(),
            person: m.entity.kind == EntityKind::Person,
            verb_at,
        }
    };
    Some(inner)
}

/// "<subject> is|are|was|were the first|last|highest-level … in N years|months" (the first talks in ten
/// months, the first leader to visit in five years): how long since the last one, asked in the clause
/// ("The talks are the first official talks between the countries in how many months?"). The subject opens
/// the sentence — a name, "the …", or "He"/"She" meaning the one person the sentence before named — and the
/// clause has no comma; an "also" after the verb is left out.
fn first_in(s: &Sent<'_>) -> Vec<(String, String, f64, String)> {
    let mut out = Vec::new();
    for k in 1..s.toks.len() {
        let unit = s.tok(k + 2).to_lowercase();
        if !s.is(k, "in") || !["years", "months", "weeks", "decades"].contains(&unit.as_str()) || s.in_quote(k) {
            continue;
        }
        let Some(value) = parse_number(s.tok(k + 1)).filter(|v| *v >= 2.0 && v.fract() == 0.0) else { continue };
        let end = k + 3;
        if !matches!(s.tok(end), "." | "" | ";") {
            continue;
        }
        // The copula: the first word of the verb group, right after the subject.
        let Some(be) = (1..k).find(|&j| ["is", "are", "was", "were"].iter().any(|w| s.is(j, w))) else { continue };
        if (0..end).any(|j| !s.toks.get(j).is_some_and(|t| t.word)) {
            continue;
        }
        let subject = if (s.is(0, "he") || s.is(0, "she")) && be == 1 {
            match s.pronoun {
                Some(p) => p.name.clone(),
                None => continue,
            }
        } else {
            match plain_subject(s, be) {
                Some(0) => s.span(0, be).to_string(),
                _ => continue,
            }
        };
        // "The talks are the result of … and are the first talks …": the conjunct that holds the superlative.
        let verb = (be + 1..k)
            .rev()
            .find(|&j| s.is(j - 1, "and") && ["is", "are", "was", "were"].iter().any(|w| s.is(j, w)))
            .unwrap_or(be);
        let superlative = (verb + 1..k).any(|j| {
            let w = s.tok(j).to_lowercase();
            ["first", "last", "highest-level", "biggest", "largest", "highest"].contains(&w.as_str())
        });
        if !superlative {
            continue;
        }
        let after = if s.is(verb + 1, "also") { verb + 2 } else { verb + 1 };
        let middle = format!("{} {}", s.tok(verb), s.span(after, k));
        out.push((
            format!("{subject} {middle} in {{n}} {unit}"),
            format!("{subject} {middle} in how many {unit}?"),
            value,
            unit,
        ));
    }
    out
}

/// Head nouns of a vote an article opens with ("The Hong Kong legislative election was held …").
const VOTES: [&str; 6] = ["election", "elections", "vote", "referendum", "poll", "runoff"];

/// "The <… election> was held …, with … (a) turnout (rate) of N%" or "… a N percent turnout": the turnout
/// of the vote the sentence opens with, in percent. A hedged figure ("around 58%") is not drafted.
fn turnout(s: &Sent<'_>) -> Vec<(String, String, f64, String)> {
    let Some(head) = (1..9).find(|&k| VOTES.iter().any(|v| s.is(k, v))) else { return Vec::new() };
    // "The Hong Kong legislative election", not "The turnout of this election".
    let plain = |k: usize| {
        let w = s.tok(k).to_lowercase();
        s.toks.get(k).is_some_and(|t| t.word) && !STOP.contains(&w.as_str()) && !["this", "these"].contains(&w.as_str())
    };
    let opens = s.is(0, "the") && (1..=head).all(plain) && !s.in_quote(0);
    if !opens || !["was", "were", "had", "saw"].iter().any(|v| s.is(head + 1, v)) {
        return Vec::new();
    }
    let vote = format!("the {}", s.span(1, head + 1));
    let percent = |k: usize| s.tok(k + 1) == "%" || s.is(k + 1, "percent");
    let mut out = Vec::new();
    for k in head + 1..s.toks.len() {
        if !s.is(k, "turnout") || s.in_quote(k) {
            continue;
        }
        let noun = if s.is(k + 1, "rate") { "turnout rate" } else { "turnout" };
        // "turnout (rate) of 58%", or "a 71 percent turnout".
        let at = if s.is(k + noun.split(' ').count(), "of") { Some(k + noun.split(' ').count() + 1) } else { None };
        let at = at.filter(|&a| percent(a)).or_else(|| k.checked_sub(2).filter(|&a| percent(a)));
        let Some(value) = at.and_then(|a| parse_number(s.tok(a))).filter(|v| (0.0..=100.0).contains(v)) else {
            continue;
        };
        out.push((
            format!("The {noun} of {vote} was {{n}}%"),
            format!("What was the {noun} of {vote}, in percent?"),
            value,
            "percent".to_string(),
        ));
    }
    out
}

/// "<Place>, a <noun phrase> with a population of [about] N [million] [people]", "<Place>, which has a
/// population of N", "<Place> has a population of N": the named country or city's population, asked
/// "<Place> has a population of [about] how many people?" and stated "<Place> has a population of {n}
/// people". Only where the owner is named right before the appositive, "which" or "has"; a population
/// with no explicit owner ("a country with a population of 270 million") is not drafted.
fn population(s: &Sent<'_>) -> Vec<(String, String, f64, String)> {
    let mut out = Vec::new();
    for k in 1..s.toks.len() {
        if !s.is_phrase(k, "a population of") || s.in_quote(k) {
            continue;
        }
        let mut n = k + 3;
        let hedge = HEDGES.iter().find(|h| !h.contains(' ') && s.is(n, h)).copied();
        if hedge.is_some() {
            n += 1;
        }
        let scale = ["million", "billion", "thousand"].iter().find(|w| s.is(n + 1, w)).copied();
        let value = match scale {
            Some("billion") => parse_number(s.tok(n)).map(|v| v * 1e9),
            Some(_) => parse_number(s.span(n, n + 2)),
            None => parse_number(s.tok(n)),
        };
        let Some(value) = value.filter(|v| *v >= 2.0) else { continue };
        // The owner: "X, a … with", "X, which has", "X has".
        let owner_end = if s.is(k - 1, "with") {
            let comma = (k.saturating_sub(8)..k - 1).rev().find(|&c| s.tok(c) == ",");
            comma.filter(|&c| {
                (s.is(c + 1, "a") || s.is(c + 1, "an"))
                    && (c + 1..k - 1).all(|j| s.toks.get(j).is_some_and(|t| t.word) && lower_word(s.tok(j)))
            })
        } else if s.is(k - 1, "has") && s.is(k.wrapping_sub(2), "which") && s.tok(k.wrapping_sub(3)) == "," {
            Some(k - 3)
        } else if s.is(k - 1, "has") {
            Some(k - 1)
        } else {
            None
        };
        let Some(owner) = owner_end.and_then(|e| s.named_before(e)).filter(|m| {
            matches!(m.entity.kind, EntityKind::Country | EntityKind::City | EntityKind::Place) && !s.in_quote(m.first)
        }) else {
            continue;
        };
        let name = capitalise(&owner.entity.name);
        let about = hedge.map(|h| format!("{h} ")).unwrap_or_default();
        out.push((
            format!("{name} has a population of {about}{{n}} people"),
            format!("{name} has a population of {about}how many people?"),
            value,
            "people".to_string(),
        ));
    }
    out
}

/// The Quantities stated inside quotation `q` of the sentence, asked and stated as its speaker's ("According
/// to KCNA, how many shells hit …?"): the quoted words are read as a sentence of their own, and the
/// evidence is the whole sentence.
pub fn quoted(s: &Sent<'_>, q: &super::speech::Quoted) -> Vec<Fact> {
    let part = s.part(q.from, q.to);
    let lead = format!("According to {}", q.named);
    quantities(&part)
        .into_iter()
        .filter_map(|mut f| {
            let Claim::Quantity { statement, question, .. } = &mut f.claim else { return None };
            if question.starts_with("According to") {
                return None;
            }
            // "Other {n} shells fell …" was capitalised as a sentence; inside the quotation it was "other".
            let first = statement.split(' ').next().unwrap_or("");
            let lower = first.to_lowercase();
            let statement_text =
                if first != lower && part.toks.iter().any(|t| part.text.get(t.range.clone()) == Some(lower.as_str())) {
                    format!("{lower}{}", statement.get(first.len()..).unwrap_or(""))
                } else {
                    lower_first(statement)
                };
            *statement = format!("{lead}, {statement_text}");
            *question = format!("{lead}, {}", lower_first(question));
            (word_count(question) <= 25).then_some(())?;
            f.evidence = s.text.to_string();
            Some(f)
        })
        .collect()
}

/// The clause from `from` to its end with the number phrase replaced by `{n}` (its hedge kept).
fn with_n(s: &Sent<'_>, c: &Count, from: usize, to: usize) -> String {
    let before = s.span(from, c.start);
    let hedge = c.hedge.as_deref().map(|h| format!("{h} ")).unwrap_or_default();
    let hedge = if c.other { format!("{hedge}other ") } else { hedge };
    let after = trim_end(s.span(c.num_end, to));
    let mut out = String::new();
    if !before.is_empty() {
        out.push_str(before);
        out.push(' ');
    }
    out.push_str(&hedge);
    out.push_str("{n} ");
    out.push_str(after);
    out
}

/// Shape 1: "15 shells fell near …", "Estimates suggest 8000 migrants may be …".
fn counted_subject(s: &Sent<'_>, c: &Count) -> Option<(String, String)> {
    let start = clause_start(s, c.start)?;
    let lead = if start == c.start {
        String::new()
    } else if c.start == start + 2
        && matches!(s.tok(start + 1).to_lowercase().as_str(), "suggest" | "suggests" | "show" | "shows")
        && s.toks.get(start).is_some_and(|t| t.word)
    {
        format!("According to {}, h", s.tok(start).to_lowercase())
    } else {
        return None;
    };
    // "Six shells of them hit …": "of them" points back to a count already given and is left out.
    // "about 20 relatives of the missing rallied …": an of-phrase of up to four lower-case words stays with
    // the counted noun.
    let of_phrase = || {
        (c.end + 2..=c.end + 5).find(|&k| {
            (c.end + 1..k).all(|j| {
                s.toks.get(j).is_some_and(|t| t.word) && s.tok(j).chars().all(|ch| ch.is_lowercase() || ch == '-')
            }) && s.verb_group(k).is_some_and(|vg| vg.start == k && is_past(&s.tok(vg.verb).to_lowercase()))
        })
    };
    let (verb_at, kept) = if s.is(c.end, "of") && ["them", "these", "those"].iter().any(|w| s.is(c.end + 1, w)) {
        (c.end + 2, false)
    } else if s.is(c.end, "of") {
        (of_phrase()?, true)
    } else {
        (c.end, false)
    };
    let vg = s.verb_group(verb_at)?;
    if vg.copula {
        return None;
    }
    let end = clause_end(s, verb_at);
    let rest = trim_end(s.span(verb_at, end));
    if word_count(rest) < 2 {
        return None;
    }
    let how = how_many(None, c.hedge.as_deref());
    let how = if lead.is_empty() { how } else { format!("{lead}{}", how.get(1..).unwrap_or("")) };
    let other = if c.other { "other " } else { "" };
    let unit = if kept { s.span(c.num_end, verb_at) } else { c.unit.as_str() };
    let question = format!("{how} {other}{unit} {rest}?");
    let statement = if verb_at == c.end || kept {
        with_n(s, c, start, end)
    } else {
        format!("{} {rest}", trim_end(&with_n(s, c, start, c.end)))
    };
    Some((capitalise(&statement), question))
}

/// Shape 2: "<subject> <past verb> [hedge] N <unit> <rest>" → "How many <unit> did <subject> <base> <rest>?"
fn object(s: &Sent<'_>, c: &Count) -> Option<(String, String)> {
    let verb_at = c.start.checked_sub(1)?;
    let verb = s.tok(verb_at).to_lowercase();
    // A past tense ("did X evacuate"), or a present one of a verb the tables know ("The election elects 70
    // members" → "does the election elect").
    let present = verb.strip_suffix('s').filter(|b| !is_past(&verb) && is_base(b));
    let (base, did) = match present {
        Some(b) => (b, "does"),
        None => (lemma(&verb).filter(|_| is_past(&verb))?, "did"),
    };
    // The subject: a named entity opening its clause (with an appositive or "of <entity>" after it), or up
    // to three plain words ("fishermen") right before the verb.
    let named = s.named.iter().find(|m| {
        m.end <= verb_at && s.opens_clause(m) && s.verb_group(s.after_subject(m)).is_some_and(|vg| vg.verb == verb_at)
    });
    let (start, subject) = if let Some(m) = named {
        (m.first, s.span(m.first, m.end))
    } else {
        let start = clause_start(s, verb_at)?;
        let subject = s.span(start, verb_at);
        let n = word_count(subject);
        // A pronoun ("They fired 36 shells") names nobody the question can stand on.
        let pronoun = ["they", "it", "he", "she", "we", "i", "you", "this", "that", "these", "those"]
            .iter()
            .any(|p| (start..verb_at).any(|k| s.is(k, p)));
        if n == 0 || n > 3 || pronoun || (start..verb_at).any(|k| !s.toks.get(k).is_some_and(|t| t.word)) {
            return None;
        }
        (start, subject)
    };
    let end = clause_end(s, c.end);
    let rest = trim_end(s.span(c.end, end));
    let place = leading_place(s);
    let how = how_many(None, c.hedge.as_deref());
    // "… asylum seekers whose boat sank", "… members of the Legislative Council": a relative clause or an
    // "of" phrase stays with its noun.
    let relative = ["who", "whose", "which", "that", "of"].iter().any(|r| rest.split(' ').next() == Some(r));
    let question = if rest.is_empty() {
        format!("{how} {} {did} {} {base}{place}?", c.unit, inner(subject))
    } else if relative {
        // "… asylum seekers whose boat sank": the relative clause stays with its noun.
        format!("{how} {} {rest} {did} {} {base}{place}?", c.unit, inner(subject))
    } else {
        format!("{how} {} {did} {} {base} {rest}{place}?", c.unit, inner(subject))
    };
    let statement = match named {
        Some(_) => format!("{subject} {verb} {}", with_n(s, c, c.start, end)),
        None => with_n(s, c, start, end),
    };
    Some((capitalise(&statement), question))
}

/// Shape 3: "<subject> was|were <participle> … with N <unit>" → "With how many <unit> was <subject> <participle> …?"
fn with_passive(s: &Sent<'_>, c: &Count) -> Option<(String, String)> {
    if !s.is(c.start.checked_sub(1)?, "with") {
        return None;
    }
    let with = c.start - 1;
    // The subject's verb comes after its name, or after "of <party>" or an appositive ("Elizabeth Quat of
    // DAB was elected with …").
    let (n, t) = s.named.iter().map(|m| (m, s.after_subject(m))).find(|&(_, t)| {
        (s.is(t, "was") || s.is(t, "were")) && is_past(&s.tok(t + 1).to_lowercase()) && t + 2 <= with
    })?;
    if !s.opens_clause(n) || (t + 2..with).any(|k| !s.toks.get(k).is_some_and(|t| t.word)) {
        return None;
    }
    let be = s.tok(t).to_lowercase();
    let middle = s.span(t + 1, with);
    let place = leading_place(s);
    let subject = s.span(n.first, n.end);
    let question = format!("{} {} {be} {subject} {middle}{place}?", how_many(Some("with"), c.hedge.as_deref()), c.unit);
    let end = clause_end(s, c.end);
    let statement = format!("{subject} {be} {middle} {}{place}", trim_end(&with_n(s, c, with, end)));
    Some((statement, question))
}

/// Shape 4: "<subject> <past verb> <object> by|with N <unit>" → "By how many <unit> did <subject> <base>
/// <object>?" ("X defeated Y by 424 votes"; "X earned a surprise victory with 50,818 votes").
fn margin(s: &Sent<'_>, c: &Count) -> Option<(String, String)> {
    let by = c.start.checked_sub(1)?;
    let prep = s.tok(by).to_lowercase();
    if !matches!(prep.as_str(), "by" | "with") {
        return None;
    }
    // The verb: a past tense the tables know, or a regular verb's gerund after "with" ("…, with Junius Ho
    // defeating Lee Cheuk-yan by around five thousand votes"), told in the past tense.
    let verb_of = |m: &super::clause::Named<'_>| {
        let w = s.tok(m.end).to_lowercase();
        if is_past(&w) {
            return lemma(&w).map(|base| (w.clone(), base));
        }
        let past = participle_of_gerund(&w).filter(|p| p.ends_with("ed"))?;
        s.is(m.first.wrapping_sub(1), "with").then_some(())?;
        lemma(past).map(|base| (past.to_string(), base))
    };
    let n = s.named.iter().rev().find(|m| m.end < by && verb_of(m).is_some())?;
    let (verb, base) = verb_of(n)?;
    if !s.opens_clause(n) && !s.is(n.first.wrapping_sub(1), "with") {
        return None;
    }
    let mut object = s.span(n.end + 1, by);
    if (n.end + 1..by).any(|k| !s.toks.get(k).is_some_and(|t| t.word)) {
        // "defeated another candidate, veteran politician Raymond Wong of the Institute, by 424 votes": the
        // one person the object names stands for it.
        let mut people =
            s.named.iter().filter(|m| m.first > n.end && m.end < by && m.entity.kind == EntityKind::Person);
        let (Some(p), None) = (people.next(), people.next()) else { return None };
        if s.tok(by - 1) != "," || s.span(n.end + 1, by).contains(['"', '“', '”']) {
            return None;
        }
        object = s.span(p.first, p.end);
    }
    if !(1..=10).contains(&word_count(object)) {
        return None;
    }
    let subject = s.span(n.first, n.end);
    let place = if object.contains(" in ") { String::new() } else { leading_place(s) };
    let question = format!(
        "{} {} did {} {base} {object}{place}?",
        how_many(Some(&prep), c.hedge.as_deref()),
        c.unit,
        inner(subject)
    );
    let end = clause_end(s, c.end);
    let statement = format!("{subject} {verb} {object} {}{place}", trim_end(&with_n(s, c, by, end)));
    Some((capitalise(&statement), question))
}

#[cfg(test)]
mod tests {
    use super::super::speech::tests::{entity, sent};
    use super::*;
    use crate::pack::EntityKind::*;

    fn asked(text: &str, es: &[crate::pack::Entity]) -> Vec<(String, String, f64)> {
        quantities(&sent(text, es))
            .into_iter()
            .filter_map(|f| match f.claim {
                Claim::Quantity { statement, question, value, .. } => Some((statement, question, value)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_size_spelt_out_before_a_hyphen_passes_the_check() {
        let article = "Inspectors head north\n\nMonday, March 3, 2025\n\n\
                       Norway sent a twelve-member team of inspectors to the northern ports on Monday.\n\n\
                       Sweden sent a 14-member delegation to the talks in Oslo on Tuesday.\n";
        let draft = crate::import::draft(article.as_bytes(), "a.txt", &crate::import::Options::default())
            .expect("the article drafts");
        let sizes: Vec<f64> = draft
            .sheet
            .facts
            .iter()
            .filter_map(|f| match f.claim {
                Claim::Quantity { value, .. } => Some(value),
                _ => None,
            })
            .collect();
        assert_eq!(sizes, [12.0, 14.0]);
    }

    #[test]
    fn a_population_is_asked_only_with_its_owner_named() {
        let es = [entity("indonesia", Country, "Indonesia"), entity("lagos", City, "Lagos")];
        let want = |about: &str, value: f64| {
            vec![(
                format!("Indonesia has a population of {about}{{n}} people"),
                format!("Indonesia has a population of {about}how many people?"),
                value,
            )]
        };
        let pop = |text: &str| asked(text, &es).into_iter().filter(|q| q.0.contains("population")).collect::<Vec<_>>();
        assert_eq!(
            pop("The ministers flew to Indonesia, a country with a population of 270 million, on Monday."),
            want("", 270_000_000.0)
        );
        assert_eq!(
            pop("Indonesia, which has a population of about 270 million people, hosted the forum."),
            want("about ", 270_000_000.0)
        );
        assert_eq!(pop("Indonesia has a population of 270 million."), want("", 270_000_000.0));
        // No owner named: nothing to ask.
        assert_eq!(pop("It is a country with a population of 270 million."), vec![]);
        assert_eq!(pop("The country has a population of 270 million."), vec![]);
    }

    #[test]
    fn a_drafted_population_passes_the_check() {
        let article = "Forum opens in Jakarta\n\nMonday, March 3, 2025\n\n\
                       Delegates from ten nations arrived in Indonesia, a country with a population of 270 million, \
                       for the regional forum on Monday.\n\n\
                       The forum will discuss trade, fishing and the protection of the seas around the islands.\n";
        let draft = crate::import::draft(article.as_bytes(), "a.txt", &crate::import::Options::default())
            .expect("the article drafts");
        let pops: Vec<f64> = draft
            .sheet
            .facts
            .iter()
            .filter_map(|f| match &f.claim {
                Claim::Quantity { value, statement, .. } if statement.contains("population") => Some(*value),
                _ => None,
            })
            .collect();
        assert_eq!(pops, [270_000_000.0], "{}", draft.ron);
    }

    #[test]
    fn a_count_in_an_appositive_is_about_its_head() {
        let es = [entity("belem", Place, "Belem Tower"), entity("lisbon", City, "Lisbon")];
        assert_eq!(
            asked("The ministers toured the Belem Tower, a site that draws 1.2 million visitors every year.", &es),
            vec![(
                "The Belem Tower draws {n} visitors every year".into(),
                "The Belem Tower draws how many visitors every year?".into(),
                1_200_000.0
            )]
        );
        assert_eq!(
            asked("They laid a wreath at the Belem Tower, a memorial which honours 2.5 million war dead.", &es),
            vec![(
                "The Belem Tower honours {n} war dead".into(),
                "The Belem Tower honours how many war dead?".into(),
                2_500_000.0
            )]
        );
        // A measure ("is"), or no appositive before the relative clause, is not such a count.
        assert!(asked("They met in Lisbon, a city that is 300 years older than its rival.", &es).is_empty());
        assert!(asked("They met in Lisbon and signed a pact that covers 40 ports.", &es).is_empty());
    }

    #[test]
    fn how_long_something_lasts_is_asked_with_its_verb() {
        assert_eq!(
            asked("The talks are scheduled to last three days.", &[]),
            vec![(
                "The talks are scheduled to last {n} days".into(),
                "How many days are the talks scheduled to last?".into(),
                3.0
            )]
        );
        assert_eq!(
            asked("The negotiations lasted more than 24 hours.", &[]),
            vec![(
                "The negotiations lasted more than {n} hours".into(),
                "More than how many hours did the negotiations last?".into(),
                24.0
            )]
        );
        assert_eq!(
            asked("The meeting lasted more than two hours, officials said.", &[])
                .into_iter()
                .map(|(_, q, _)| q)
                .collect::<Vec<_>>(),
            ["According to officials, more than how many hours did the meeting last?"]
        );
        // "more than" is a bound only of time: "more than 200 people" is not asked.
        assert!(asked("More than 200 people were hurt.", &[]).is_empty());
    }

    #[test]
    fn a_stretch_of_days_or_rounds_is_asked_in_its_clause() {
        assert_eq!(
            asked("The talks recessed after five days of negotiations.", &[]),
            vec![(
                "The talks recessed after {n} days of negotiations".into(),
                "The talks recessed after how many days of negotiations?".into(),
                5.0
            )]
        );
        let es = [entity("sk", Country, "South Korea")];
        assert_eq!(
            asked(
                "North and South Korea are making final preparations for two days of rare, high-level government \
                 negotiations that begin Wednesday in Seoul.",
                &es
            ),
            vec![(
                "North and South Korea are making final preparations for {n} days of negotiations".into(),
                "North and South Korea are making final preparations for how many days of negotiations?".into(),
                2.0
            )]
        );
        assert_eq!(
            asked("The first item on the agenda is a request for 500,000 tons of fertilizer.", &[])
                .into_iter()
                .map(|(_, q, v)| (q, v))
                .collect::<Vec<_>>(),
            [("The first item on the agenda is a request for how many tons of fertilizer?".to_string(), 500_000.0)]
        );
        // A pronoun subject names nobody.
        assert!(asked("They recessed after five days of negotiations.", &[]).is_empty());
    }

    #[test]
    fn a_counted_subject_keeps_its_of_phrase_after_a_leading_time() {
        assert_eq!(
            asked(
                "Hours before the talks began, about 20 relatives of the missing rallied in front of the office.",
                &[]
            ),
            vec![(
                "About {n} relatives of the missing rallied in front of the office".into(),
                "About how many relatives of the missing rallied in front of the office?".into(),
                20.0
            )]
        );
    }

    #[test]
    fn the_first_in_so_many_months_is_asked_in_its_clause() {
        assert_eq!(
            asked("The talks are the first official talks between the countries in 10 months.", &[]),
            vec![(
                "The talks are the first official talks between the countries in {n} months".into(),
                "The talks are the first official talks between the countries in how many months?".into(),
                10.0
            )]
        );
        let es = [entity("abe", Person, "Shinzo Abe")];
        let s =
            sent("He is also the first Japanese leader visiting China in five years.", &es).with_pronoun(es.first());
        let drafted: Vec<String> = quantities(&s)
            .into_iter()
            .filter_map(|f| match f.claim {
                Claim::Quantity { question, .. } => Some(question),
                _ => None,
            })
            .collect();
        assert_eq!(drafted, ["Shinzo Abe is the first Japanese leader visiting China in how many years?"]);
        assert_eq!(
            asked(
                "The talks are the result of phone calls on Saturday and are the first official talks between the \
                 countries in 10 months.",
                &[]
            )
            .into_iter()
            .map(|(_, q, _)| q)
            .collect::<Vec<_>>(),
            ["The talks are the first official talks between the countries in how many months?"]
        );
        // Without a superlative the years are not a gap since the last time.
        assert!(asked("The talks are held in Kaesong in two years.", &[]).is_empty());
    }

    #[test]
    fn the_size_of_a_delegation_is_asked_after_a_leading_infinitive() {
        let es = [entity("jp", Country, "Japan")];
        assert_eq!(
            asked(
                "To demonstrate its seriousness about the talks, Japan has dispatched a 19-member delegation, \
                 including identification experts.",
                &es
            ),
            vec![(
                "Japan has dispatched a delegation of {n} members".into(),
                "Japan has dispatched a delegation of how many members?".into(),
                19.0
            )]
        );
    }

    #[test]
    fn a_count_after_of_is_asked_without_the_subjects_appositive_or_day() {
        let es = [entity("id", Country, "Indonesia")];
        let want = vec![(
            "Indonesia sent a delegation of {n} officials to the talks".to_string(),
            "Indonesia sent a delegation of how many officials to the talks?".to_string(),
            10.0,
        )];
        for text in [
            "Indonesia sent a delegation of 10 officials to the talks.",
            "Indonesia, the host of the forum, sent a delegation of 10 officials to the talks.",
            "Indonesia on Monday sent a delegation of 10 officials to the talks.",
        ] {
            assert_eq!(asked(text, &es), want, "{text}");
        }
    }

    #[test]
    fn a_counted_subject_asks_how_many_did_it() {
        // "other" is kept: the count is of the others only.
        assert_eq!(
            asked("Other 15 shells fell near the posts.", &[]),
            vec![(
                "Other {n} shells fell near the posts".into(),
                "How many other shells fell near the posts?".into(),
                15.0
            )]
        );
        // "of them" is left out, and "and other N <unit> <verb>" opens a clause of its own.
        assert_eq!(
            asked(
                "Six shells of them hit the area near posts 542 and 543 and other 15 shells fell near post 250.",
                &[]
            ),
            vec![
                (
                    "{n} shells hit the area near posts 542 and 543".into(),
                    "How many shells hit the area near posts 542 and 543?".into(),
                    6.0
                ),
                (
                    "Other {n} shells fell near post 250".into(),
                    "How many other shells fell near post 250?".into(),
                    15.0
                )
            ]
        );
        // A range is one number phrase, not two clauses.
        assert!(asked("Between 5 and 10 people were hurt.", &[]).is_empty());
        assert_eq!(
            asked("15 shells fell near the posts.", &[]),
            vec![("{n} shells fell near the posts".into(), "How many shells fell near the posts?".into(), 15.0)]
        );
        assert_eq!(
            asked("Estimates suggest 8000 migrants may be currently at sea in the region.", &[]),
            vec![(
                "Estimates suggest {n} migrants may be currently at sea in the region".into(),
                "According to estimates, how many migrants may be currently at sea in the region?".into(),
                8000.0
            )]
        );
    }

    #[test]
    fn an_object_count_keeps_its_hedge() {
        let es = [entity("sk", Country, "South Korea")];
        assert_eq!(
            asked("South Korea evacuated about 80 people in the town of Yeoncheon after a shell landed.", &es),
            vec![(
                "South Korea evacuated about {n} people in the town of Yeoncheon after a shell landed".into(),
                "About how many people did South Korea evacuate in the town of Yeoncheon after a shell landed?".into(),
                80.0
            )]
        );
        assert_eq!(
            asked("On Friday, fishermen rescued over 700 asylum seekers whose boat sank.", &[]),
            vec![(
                "Fishermen rescued over {n} asylum seekers whose boat sank".into(),
                "Over how many asylum seekers whose boat sank did fishermen rescue?".into(),
                700.0
            )]
        );
        // "more than" is not one number.
        assert!(asked("South Korea evacuated more than 80 people.", &es).is_empty());
    }

    #[test]
    fn an_attributed_number_is_asked_as_its_source_s() {
        assert_eq!(
            asked("About 300 people joined the rally, police said.", &[]),
            vec![(
                "According to police, about {n} people joined the rally".into(),
                "According to police, about how many people joined the rally?".into(),
                300.0
            )]
        );
        let es = [entity("kyodo", Media, "Kyodo News")];
        assert_eq!(
            asked("According to Kyodo News, the two governments signed 12 agreements covering trade, energy and jobs.", &es),
            vec![(
                "According to Kyodo News, the two governments signed {n} agreements covering trade, energy and jobs".into(),
                "According to Kyodo News, how many agreements did the two governments sign covering trade, energy and jobs?"
                    .into(),
                12.0
            )]
        );
    }

    #[test]
    fn a_vote_s_turnout_is_asked_in_percent() {
        assert_eq!(
            asked(
                "The Hong Kong legislative election was held on Sunday, with a turnout of 2 million voters and turnout rate of 58%.",
                &[]
            ),
            vec![(
                "The turnout rate of the Hong Kong legislative election was {n}%".into(),
                "What was the turnout rate of the Hong Kong legislative election, in percent?".into(),
                58.0
            )]
        );
        assert_eq!(
            asked("The referendum saw a 71 percent turnout.", &[]),
            vec![(
                "The turnout of the referendum was {n}%".into(),
                "What was the turnout of the referendum, in percent?".into(),
                71.0
            )]
        );
        // A hedged figure is not one number; a turnout of some other vote than the opening one is not asked.
        assert!(asked("The election was held on Sunday, with a turnout of around 58%.", &[]).is_empty());
        assert!(asked("Officials said turnout was 58%.", &[]).is_empty());
        assert!(asked("The turnout of this election was the highest, with a turnout rate of 58%.", &[]).is_empty());
    }

    #[test]
    fn a_present_tense_asks_with_does() {
        assert_eq!(
            asked("The election elects 70 members of the Legislative Council.", &[]),
            vec![(
                "The election elects {n} members of the Legislative Council".into(),
                "How many members of the Legislative Council does the election elect?".into(),
                70.0
            )]
        );
    }

    #[test]
    fn an_active_verb_with_a_count() {
        let es = [entity("law", Person, "Nathan Law")];
        assert_eq!(
            asked("Nathan Law earned a surprise victory as second place with 50,818 votes.", &es),
            vec![(
                "Nathan Law earned a surprise victory as second place with {n} votes".into(),
                "With how many votes did Nathan Law earn a surprise victory as second place?".into(),
                50818.0
            )]
        );
    }

    #[test]
    fn a_gerund_s_count_is_asked_in_the_passive_with_its_direction() {
        assert_eq!(
            asked(
                "They perpetrated such reckless action as firing 36 shells at the posts under the pretext that we fired.",
                &[]
            ),
            vec![(
                "{n} shells were fired at the posts".into(),
                "How many shells were fired at the posts?".into(),
                36.0
            )]
        );
        // No direction, no question: "how many shells were fired?" alone says too little.
        assert!(asked("They retaliated by firing 36 shells.", &[]).is_empty());
    }

    #[test]
    fn a_time_window_is_fronted_and_belongs_to_its_own_conjunct() {
        let es = [entity("nk", Country, "North Korea")];
        assert_eq!(
            asked(
                "North Korea stated it would attack any loudspeakers and would respond, militarily, within 48 hours if the broadcasts do not stop.",
                &es
            ),
            vec![(
                "North Korea stated it would attack any loudspeakers and would respond, militarily, within {n} hours if the broadcasts do not stop"
                    .into(),
                "Within how many hours did North Korea state it would respond, militarily, if the broadcasts do not stop?"
                    .into(),
                48.0
            )]
        );
        // A verb the tables do not know gives no "did X <base>".
        assert!(asked("North Korea glowered for 48 hours at the border.", &es).is_empty());
    }

    #[test]
    fn a_hyphenated_duration_is_asked_in_its_clause() {
        let es = [entity("sk", Country, "South Korea")];
        assert_eq!(
            asked("South Korea had recently started to broadcast propaganda after an 11-year lull.", &es),
            vec![(
                "South Korea had recently started to broadcast propaganda after a lull of {n} years".into(),
                "South Korea had recently started to broadcast propaganda after a lull of how many years?".into(),
                11.0
            )]
        );
        assert_eq!(
            asked("South Korea paid a two-day state visit to Japan.", &es),
            vec![(
                "South Korea paid a state visit of {n} days to Japan".into(),
                "South Korea paid a state visit of how many days to Japan?".into(),
                2.0
            )]
        );
        // Without a named subject the clause is nobody's: nothing is asked.
        assert!(asked("It came after an 11-year lull.", &es).is_empty());
    }

    #[test]
    fn a_size_as_an_adjective_is_asked_of_a_pronoun_s_person_and_inside_a_report() {
        let es = [
            entity("ib", Person, "Ingrid Berg"),
            entity("no", Country, "Norway"),
            entity("ntb", Media, "NTB"),
            entity("ol", Person, "Ola Lund"),
        ];
        let with = |text: &str| -> Vec<(String, String, f64)> {
            quantities(&sent(text, &es).with_pronoun(Some(&es[0])))
                .into_iter()
                .filter_map(|f| match f.claim {
                    Claim::Quantity { statement, question, value, .. } => Some((statement, question, value)),
                    _ => None,
                })
                .collect()
        };
        // "She" is the one person the sentence before named.
        assert_eq!(
            with("She chaired a 40-minute hearing in Norway."),
            vec![(
                "Ingrid Berg chaired a hearing of {n} minutes in Norway".into(),
                "Ingrid Berg chaired a hearing of how many minutes in Norway?".into(),
                40.0
            )]
        );
        // A size before a noun with an "of" phrase is asked after the phrase.
        assert_eq!(
            with("Norway sent a twelve-member team of inspectors to the summit."),
            vec![(
                "Norway sent a team of inspectors of {n} members to the summit".into(),
                "Norway sent a team of inspectors of how many members to the summit?".into(),
                12.0
            )]
        );
        // A reported size is the reporter's, and said so.
        assert_eq!(
            with("NTB said that Norway sent a twelve-member team to the summit."),
            vec![(
                "According to NTB, Norway sent a team of {n} members to the summit".into(),
                "According to NTB, Norway sent a team of how many members to the summit?".into(),
                12.0
            )]
        );
        assert_eq!(
            with("NTB reported she began a five-day tour on Monday."),
            vec![(
                "According to NTB, Ingrid Berg began a tour of {n} days on Monday".into(),
                "According to NTB, Ingrid Berg began a tour of how many days on Monday?".into(),
                5.0
            )]
        );
        // A person's "he"/"she" after his own "said" may mean himself: not read as the person before.
        assert!(!with("Ola Lund said that she began a five-day tour.").iter().any(|(st, _, _)| st.contains("Ingrid")));
        // "They" names nobody.
        assert!(with("They began a five-day tour of the north.").is_empty());
    }

    #[test]
    fn a_number_inside_a_quotation_is_its_speaker_s() {
        let es = [entity("kcna", Media, "KCNA")];
        let s = sent("\"Six shells of them hit the area near the posts\", said KCNA.", &es);
        let q = super::super::speech::quotations(&s, &mut super::super::speech::Speakers::default()).1;
        let got: Vec<(String, String)> = q
            .iter()
            .flat_map(|q| quoted(&s, q))
            .filter_map(|f| match f.claim {
                Claim::Quantity { statement, question, .. } => Some((statement, question)),
                _ => None,
            })
            .collect();
        assert_eq!(
            got,
            vec![(
                "According to KCNA, {n} shells hit the area near the posts".into(),
                "According to KCNA, how many shells hit the area near the posts?".into()
            )]
        );
        // Outside its quotation the number is not read at all.
        assert!(asked("\"Six shells of them hit the area near the posts\", said KCNA.", &es).is_empty());
    }

    #[test]
    fn passives_with_and_margins_by() {
        let es = [
            entity("chu", Person, "Eddie Chu"),
            entity("yau", Person, "Yau Wai-ching"),
            entity("wong", Person, "Raymond Wong"),
        ];
        assert_eq!(
            asked(
                "In the New Territories West constituency, Eddie Chu was elected with 84,121 votes, the most given.",
                &es
            ),
            vec![(
                "Eddie Chu was elected with {n} votes in the New Territories West constituency".into(),
                "With how many votes was Eddie Chu elected in the New Territories West constituency?".into(),
                84121.0
            )]
        );
        assert_eq!(
            asked(
                "Yau Wai-ching defeated another candidate, veteran Raymond Wong of the Institute, by 424 votes.",
                &es
            ),
            vec![(
                "Yau Wai-ching defeated Raymond Wong by {n} votes".into(),
                "By how many votes did Yau Wai-ching defeat Raymond Wong?".into(),
                424.0
            )]
        );
        assert_eq!(
            asked(
                "The count ended late, with Yau Wai-ching defeating Raymond Wong by around five thousand votes.",
                &es
            ),
            vec![(
                "Yau Wai-ching defeated Raymond Wong by around {n} votes".into(),
                "By around how many votes did Yau Wai-ching defeat Raymond Wong?".into(),
                5000.0
            )]
        );
        assert_eq!(
            asked("Yau Wai-ching defeated Raymond Wong by 424 votes.", &es),
            vec![(
                "Yau Wai-ching defeated Raymond Wong by {n} votes".into(),
                "By how many votes did Yau Wai-ching defeat Raymond Wong?".into(),
                424.0
            )]
        );
    }

    #[test]
    fn no_casualties_is_a_count_of_nought() {
        assert_eq!(
            asked(
                "No injuries or deaths were reported in the attacks from either side, but the town was evacuated.",
                &[]
            ),
            vec![(
                "The number of injuries or deaths reported in the attacks from either side was {n}".into(),
                "How many injuries or deaths were reported in the attacks from either side?".into(),
                0.0
            )]
        );
        assert_eq!(
            asked("After the storm, no ships have been sighted near the port.", &[]),
            vec![(
                "The number of ships sighted near the port was {n}".into(),
                "How many ships have been sighted near the port?".into(),
                0.0
            )]
        );
        // A singular, or "no" inside a clause, is no count.
        assert!(asked("No one was hurt in the blast.", &[]).is_empty());
        assert!(asked("The ministry said no ships were sighted.", &[]).is_empty());
    }

    #[test]
    fn a_span_of_time_after_something_is_asked_in_its_clause() {
        assert_eq!(
            asked("The final round takes place two weeks after the first one ended in a shouting match.", &[]),
            vec![(
                "The final round takes place {n} weeks after the first one ended in a shouting match".into(),
                "The final round takes place how many weeks after the first one ended in a shouting match?".into(),
                2.0
            )]
        );
        // "less than" is a bound kept with the number, as "more than" is.
        assert_eq!(
            asked("The vote takes place less than two months after the mayor resigned over a bribery scandal.", &[]),
            vec![(
                "The vote takes place less than {n} months after the mayor resigned over a bribery scandal".into(),
                "The vote takes place less than how many months after the mayor resigned over a bribery scandal?"
                    .into(),
                2.0
            )]
        );
        // Too long with its closing "without …": asked without it.
        assert_eq!(
            asked(
                "The summit takes place less than two months after the previous meeting of the two leaders in the \
                 Vietnamese capital fell apart without any agreement on sanctions.",
                &[]
            )
            .into_iter()
            .map(|(_, q, _)| q)
            .collect::<Vec<_>>(),
            vec![
                "The summit takes place less than how many months after the previous meeting of the two leaders in \
                 the Vietnamese capital fell apart?"
            ]
        );
        // Not a verb of happening: no question.
        assert!(asked("The envoy waited three weeks after the election for an answer.", &[]).is_empty());
    }

    #[test]
    fn a_count_in_a_relative_clause_of_place_is_asked_of_the_place() {
        let es = [entity("arlington", Place, "Arlington Cemetery"), entity("busan", City, "Busan")];
        // A country's adjective and a compound with a capital part ("class-B") stay in the unit.
        assert_eq!(
            asked("Pilgrims come to the Arlington Cemetery, where 12 American class-B medal holders are buried.", &es),
            vec![(
                "{n} American class-B medal holders are buried at the Arlington Cemetery".into(),
                "How many American class-B medal holders are buried at the Arlington Cemetery?".into(),
                12.0
            )]
        );
        assert_eq!(
            asked(
                "Mourners gathered at the Arlington Cemetery, where 400 veterans of the Korean War are buried beside their comrades.",
                &es
            ),
            vec![(
                "{n} veterans of the Korean War are buried at the Arlington Cemetery".into(),
                "How many veterans of the Korean War are buried at the Arlington Cemetery?".into(),
                400.0
            )]
        );
        assert_eq!(
            asked("The storm hit Busan, where 3,000 residents were evacuated overnight.", &es),
            vec![(
                "{n} residents were evacuated in Busan".into(),
                "How many residents were evacuated in Busan?".into(),
                3000.0
            )]
        );
    }

    #[test]
    fn a_country_adjective_before_the_counted_noun_is_part_of_the_unit() {
        assert_eq!(
            asked("Three North Korean officials made a surprise visit to the border village.", &[]),
            vec![(
                "{n} North Korean officials made a surprise visit to the border village".into(),
                "How many North Korean officials made a surprise visit to the border village?".into(),
                3.0
            )]
        );
    }

    #[test]
    fn a_count_after_of_is_asked_in_its_clause() {
        let es = [entity("norway", Country, "Norway")];
        assert_eq!(
            asked("Norway wants to learn the whereabouts of 12 sailors who went missing off its coast.", &es),
            vec![(
                "Norway wants to learn the whereabouts of {n} sailors who went missing off its coast".into(),
                "Norway wants to learn the whereabouts of how many sailors who went missing off its coast?".into(),
                12.0
            )]
        );
    }

    #[test]
    fn an_age_is_asked_of_the_person_named_before_it() {
        let es = [entity("ana", Person, "Ana Silva")];
        assert_eq!(
            asked("Her sister Ana Silva was elected at the age of 29.", &es),
            vec![("Ana Silva was elected at the age of {n}".into(), "At what age was Ana Silva elected?".into(), 29.0)]
        );
        // A sentence with a source asks it as the source's.
        assert_eq!(
            asked("Her sister Ana Silva was elected at age 29, the party said.", &es),
            vec![(
                "According to the party, Ana Silva was elected at the age of {n}".into(),
                "According to the party, at what age was Ana Silva elected?".into(),
                29.0
            )]
        );
        // No person right before the verb: nothing.
        assert!(asked("The law was passed at the age of 29.", &es).is_empty());
    }

    #[test]
    fn a_first_time_in_a_span_is_asked_in_its_clause() {
        assert_eq!(
            asked("The two rival parties held joint rallies for the first time in six years on Sunday.", &[]),
            vec![(
                "The two rival parties held joint rallies for the first time in {n} years on Sunday".into(),
                "The two rival parties held joint rallies for the first time in how many years on Sunday?".into(),
                6.0
            )]
        );
    }
}
