//! Grading: one grader for every kind of question.
//!
//! - Multiple choice and true/false are right or wrong by exact match.
//! - Matching earns the fraction of left items given their partner.
//! - Ordering earns `(L − 1) / (n − 1)`, where `L` is the longest run of items (not necessarily adjacent)
//!   already in the right relative order: `n − L` is the fewest items the learner would have to pick up
//!   and put elsewhere to fix the order. A right order scores 1, a reversed one 0, and one item dropped
//!   in the wrong place costs only that item — fairer than counting items in their exact slot, where a
//!   single early item moved to the end scores 0.
//! - Typed answers are compared after [`fold`]ing case, punctuation, diacritics, hyphens and quotes, with
//!   leading articles and quantifiers ignored (the head noun alone is right); any accepted form that is
//!   enough on its own ([`is_enough`]) is right, dates and numbers are read in any common form, and small
//!   typos ([`typo_allowance`]) are forgiven unless the text is as close to a rival. A determiner or a
//!   vague word alone ([`is_vague`]) is never enough, nor a name without its head noun ("Chosei" for
//!   "the Chosei Coal Mine").
//!
//! A response of the wrong shape, with indices out of range or an item used twice, scores 0.

use strsim::damerau_levenshtein;

use crate::pack::numbers;
use crate::pack::{Dateline, MonthDay, When};
use crate::question::{BROADER_CREDIT, Body, Broader, Expected, Question, Response};
use crate::text::{fold, typo_allowance};

pub mod units;

/// The result of grading one answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Grade {
    /// 0.0 ..= 1.0: the fraction right (partial credit for matching and ordering).
    pub score: f64,
    /// A remark for the learner, e.g. that a typo was forgiven.
    pub note: Option<String>,
}

impl Grade {
    /// Whether the answer earned full marks.
    pub fn is_right(&self) -> bool {
        self.score >= 1.0
    }

    /// Full marks, no remark.
    fn right() -> Self {
        Self { score: 1.0, note: None }
    }

    /// No marks, no remark.
    fn wrong() -> Self {
        Self { score: 0.0, note: None }
    }

    /// Full marks or none.
    fn exact(right: bool) -> Self {
        if right { Self::right() } else { Self::wrong() }
    }

    /// Full marks with a remark.
    fn right_with(note: String) -> Self {
        Self { score: 1.0, note: Some(note) }
    }
}

/// Grades `response` to `question`. A response of the wrong shape scores 0; grading never panics.
pub fn grade(question: &Question, response: &Response) -> Grade {
    match (&question.body, response) {
        (Body::Choice { options, correct }, Response::Choice(i)) => Grade::exact(i == correct && *i < options.len()),
        (Body::TrueFalse { answer }, Response::Bool(b)) => Grade::exact(answer == b),
        (Body::Typed { expected, unit, .. }, Response::Text(typed)) => match expected {
            Expected::Text { accepted, rivals, broader } => grade_place(typed, accepted, rivals, broader),
            Expected::Date(day) => grade_date(typed, *day),
            Expected::When { when, dateline } => grade_when(typed, when, dateline.as_ref()),
            Expected::Number { value, tolerance } => {
                grade_number(typed, *value, *tolerance, unit.as_deref(), &question.prompt)
            }
        },
        (Body::Match { left, right, pairs }, Response::Pairs(chosen)) => {
            grade_match(left.len(), right.len(), pairs, chosen)
        }
        (Body::Order { items, order }, Response::Order(given)) => grade_order(items.len(), order, given),
        _ => Grade::wrong(),
    }
}

/// [`grade_text`], and when that is not right, a typed place the answer lies within ([`Broader`]) scores
/// [`BROADER_CREDIT`] with its note ("Camp David is in Maryland — be more precise.").
pub fn grade_place<'r>(
    typed: &str,
    accepted: &[String],
    rivals: impl IntoIterator<Item = &'r String>,
    broader: &[Broader],
) -> Grade {
    let grade = grade_text(typed, accepted, rivals);
    if grade.score >= 1.0 {
        return grade;
    }
    broader
        .iter()
        .find(|b| grade_text(typed, &b.names, &[] as &[String]).score >= 1.0)
        .map_or(grade, |b| Grade { score: BROADER_CREDIT, note: Some(b.note.clone()) })
}

/// Grades a typed text against the `accepted` forms (canonical answer first, then aliases), as for
/// [`Expected::Text`]. Right if, once [`fold`]ed and with a leading article (or a leading title such as
/// "President", or "in", "at", "on") set aside, it equals an accepted form — spacing aside ("Lee Jaemyung") —
/// or names the same date or number; right with a note if it is within [`typo_allowance`] of the nearest
/// accepted form, has the same digits, and is strictly closer to that form than to every one of `rivals`.
/// A leading quantifier ("some", "many", "a few") is set aside too, so the head noun alone is right
/// ("observers" for "some observers", with a note giving the full answer), unless it is a rival's.
///
/// Never right: an answer made only of vague words ([`is_vague`]: "some", "the", "they", "a few"), unless
/// the canonical answer is itself one; an alias that is not enough on its own ([`is_enough`]), which counts
/// as not given; a fragment of a name that leaves out its head noun ("Chosei" for "the Chosei Coal Mine"),
/// which scores 0 with a note saying what it leaves out.
/// Generators can use it to check that a distractor would not be accepted as the answer.
pub fn grade_text<'r>(typed: &str, accepted: &[String], rivals: impl IntoIterator<Item = &'r String>) -> Grade {
    let Some(canonical) = accepted.first() else {
        return Grade::wrong();
    };
    if is_vague(typed) && !is_vague(canonical) {
        return Grade::wrong();
    }
    let usable: Vec<&String> = accepted.iter().filter(|a| is_enough(a, accepted)).collect();
    let typed_keys = variants(typed);
    let forms: Vec<Form> = usable
        .iter()
        .flat_map(|a| variants(a).into_iter().map(|(key, loose)| Form { key, loose, original: a.trim() }))
        .collect();
    if typed_keys.is_empty() || forms.is_empty() {
        return Grade::wrong();
    }
    let rival_keys: Vec<String> =
        rivals.into_iter().flat_map(|r| variants(r)).map(|(k, _)| k).filter(|k| !k.is_empty()).collect();
    // An exact match, the strictest first: as written, then with a quantifier set aside on either side
    // (which never makes a rival's name right).
    let exact = {
        let (forms, rival_keys) = (&forms, &rival_keys);
        typed_keys
            .iter()
            .flat_map(|(v, typed_loose)| {
                forms.iter().filter(move |f| distance(v, &f.key) == 0).map(move |f| (v, *typed_loose || f.loose, f))
            })
            .filter(|(v, loose, _)| !loose || !rival_keys.iter().any(|r| distance(v, r) == 0))
            .min_by_key(|&(_, loose, f)| (loose, f.loose))
    };
    match exact {
        Some((_, _, f)) if f.loose => {
            return Grade::right_with(format!("Accepted: the full answer is “{}”.", f.original));
        }
        Some(_) => return Grade::right(),
        None => {}
    }
    if let Some(day) = MonthDay::parse(&fold(typed))
        && usable.iter().any(|a| MonthDay::parse(&fold(a)) == Some(day))
    {
        return Grade::right();
    }
    if let Some(n) = numbers::parse_number(typed.trim().trim_end_matches('.'))
        && usable.iter().any(|a| numbers::parse_number(a.trim()) == Some(n))
    {
        return Grade::right();
    }
    let mut best: Option<(usize, &str)> = None;
    for (v, _) in &typed_keys {
        let Some((d, f)) = forms.iter().map(|f| (distance(v, &f.key), f)).min_by_key(|&(d, _)| d) else {
            continue;
        };
        let forgivable = d <= typo_allowance(compact(&f.key).chars().count()) && digits(v) == digits(&f.key);
        let rivalled = rival_keys.iter().any(|r| distance(v, r) <= d);
        if forgivable && !rivalled && best.is_none_or(|(b, _)| d < b) {
            best = Some((d, f.original));
        }
    }
    if let Some((_, original)) = best {
        return Grade::right_with(format!("Accepted: the spelling is “{original}”."));
    }
    match name_cut_short(typed, accepted) {
        Some(left_out) => {
            let note = format!("Name it in full: “{}” leaves out “{left_out}”.", typed.trim());
            Grade { score: 0.0, note: Some(note) }
        }
        None => Grade::wrong(),
    }
}

/// One key an accepted form is compared under, and whether a leading quantifier was set aside to get it.
struct Form<'a> {
    key: String,
    loose: bool,
    original: &'a str,
}

/// Whether `form`, one of `accepted` (canonical answer first), earns credit when typed alone. The canonical
/// answer always does. An alias does not when it is made only of vague words ([`is_vague`], as "some" for
/// "some observers") while the canonical answer is not, nor when it is a name cut short: the leading words
/// of another accepted form that ends in a head noun ([`HEAD_NOUNS`]: mine, river, party…), without that
/// noun or any other ("Chosei" or "Chosei Coal" for "the Chosei Coal Mine"; "Chosei mine" is enough, and so
/// is "Lee" for "Lee Jae Myung", whose last word is a name).
pub fn is_enough(form: &str, accepted: &[String]) -> bool {
    let Some(canonical) = accepted.first() else {
        return false;
    };
    if key(form) == key(canonical) {
        return true;
    }
    if is_vague(form) && !is_vague(canonical) {
        return false;
    }
    name_cut_short(form, accepted).is_none()
}

/// Whether `text` is made only of vague words: determiners, quantifiers, pronouns and the like
/// ([`VAGUE`]), which never name an answer on their own. Empty text counts as vague.
pub fn is_vague(text: &str) -> bool {
    fold(text).split(' ').all(|w| w.is_empty() || VAGUE.split_whitespace().any(|v| v == w))
}

/// What `text` leaves out of an accepted form it is the start of, cut before its head noun, if there is
/// one ("Coal Mine" for "Chosei" and "the Chosei Coal Mine"): `text`'s words (leading articles, titles and
/// quantifiers aside) are the first words of that form's, which ends in one of [`HEAD_NOUNS`], and `text`
/// ends in none of them. The words left out are as the form writes them.
fn name_cut_short(text: &str, accepted: &[String]) -> Option<String> {
    let words = |t: &str| -> Vec<String> { loose_key(t).split(' ').map(str::to_string).collect() };
    let short = words(text);
    if short.iter().all(String::is_empty) || short.last().is_some_and(|w| is_head_noun(w)) {
        return None;
    }
    accepted.iter().find_map(|a| {
        let long = words(a);
        let cut_short =
            long.len() > short.len() && long.starts_with(&short) && long.last().is_some_and(|w| is_head_noun(w));
        cut_short.then(|| last_words(a, long.len() - short.len()))
    })
}

/// The end of `text` as written that folds to its last `n` words ("Coal Mine" for 2 of "the Chosei Coal
/// Mine"; a hyphenated word counts as the words it folds to).
fn last_words(text: &str, n: usize) -> String {
    let written: Vec<&str> = text.split_whitespace().collect();
    let mut count = 0;
    let mut start = written.len();
    while count < n && start > 0 {
        start -= 1;
        count += fold(written[start]).split(' ').filter(|w| !w.is_empty()).count();
    }
    written[start..].join(" ")
}

/// Whether a folded word is one of [`HEAD_NOUNS`], singular or plural.
fn is_head_noun(word: &str) -> bool {
    let listed = |w: &str| HEAD_NOUNS.split_whitespace().any(|n| n == w);
    listed(word) || word.strip_suffix('s').is_some_and(|w| w.len() > 2 && listed(w))
}

/// Words that never name an answer on their own: articles, quantifiers, demonstratives, pronouns and
/// their like. An answer made only of these earns nothing.
const VAGUE: &str = "the a an some any many much more most few fewer several all both each every either neither none no \
     certain various numerous enough lot lots plenty number couple of and or other others another such \
     this that these those i me you he him she her it its we us they them their his our someone somebody \
     something anyone anybody anything everyone everybody everything nobody nothing thing things stuff";

/// Leading quantifiers set aside like articles, so that the head noun alone names the answer
/// ("observers" for "some observers"). Longer phrases first.
const QUANTIFIERS: &[&str] = &[
    "a number of",
    "a lot of",
    "lots of",
    "plenty of",
    "a couple of",
    "a few",
    "some",
    "many",
    "several",
    "few",
    "most",
    "all",
    "both",
    "various",
    "certain",
    "numerous",
];

/// Common nouns that end a name as its head ("the Chosei Coal Mine", "the Han River"): an alias that
/// stops before one and has none of its own is a name cut short, not the answer.
const HEAD_NOUNS: &str = "mine river lake sea ocean bay gulf strait island peninsula mountain hill valley desert forest park \
     canal dam bridge tower palace castle temple shrine church cathedral mosque house hall building \
     square street road avenue station airport port harbour harbor city town village province prefecture \
     county district region university college school academy institute museum hospital stadium prison \
     camp base factory plant company corporation bank party council committee ministry agency court \
     parliament assembly union league alliance tragedy disaster incident massacre";

/// Leading words that name a thing without being part of it.
const ARTICLES: [&str; 3] = ["the", "a", "an"];
/// Leading words a learner may type before an answer that the accepted forms leave out
/// ("President Xi Jinping", "in Beijing").
const EXTRAS: [&str; 12] =
    ["in", "at", "on", "president", "prime minister", "premier", "chairman", "mr", "mrs", "ms", "miss", "dr"];

/// `fold(text)` without a leading article.
fn key(text: &str) -> String {
    let folded = fold(text);
    strip_leading(&folded, &ARTICLES).to_string()
}

/// `key` without one leading word or phrase of `words`, if anything is left after it.
fn strip_leading<'a>(key: &'a str, words: &[&str]) -> &'a str {
    words
        .iter()
        .find_map(|w| key.strip_prefix(w).and_then(|rest| rest.strip_prefix(' ')).filter(|rest| !rest.is_empty()))
        .unwrap_or(key)
}

/// The keys a text is compared under, each with whether a leading quantifier was set aside to get it: its
/// key; its key without leading [`EXTRAS`] and articles, if different; and that without leading
/// [`QUANTIFIERS`] too, if different ("some observers" → "observers").
fn variants(text: &str) -> Vec<(String, bool)> {
    let plain = key(text);
    if plain.is_empty() {
        return Vec::new();
    }
    let bare = strip_all(&plain, &[&EXTRAS, &ARTICLES]).to_string();
    let loose = strip_all(&bare, &[&EXTRAS, &ARTICLES, QUANTIFIERS]).to_string();
    let mut keys = vec![(plain, false)];
    if bare != keys[0].0 {
        keys.push((bare, false));
    }
    if keys.iter().all(|(k, _)| *k != loose) {
        keys.push((loose, true));
    }
    keys
}

/// `key` without every leading word or phrase of any of `lists`, as long as something is left.
fn strip_all<'a>(key: &'a str, lists: &[&[&str]]) -> &'a str {
    let mut rest = key;
    loop {
        let next = lists.iter().fold(rest, |r, words| strip_leading(r, words));
        if next == rest {
            return rest;
        }
        rest = next;
    }
}

/// The loosest key of a text: folded, without leading articles, titles and quantifiers.
fn loose_key(text: &str) -> String {
    strip_all(&key(text), &[&EXTRAS, &ARTICLES, QUANTIFIERS]).to_string()
}

/// A key without its spaces, so that spacing alone never counts as a difference.
fn compact(key: &str) -> String {
    key.chars().filter(|c| *c != ' ').collect()
}

/// The digits of a key in order: typos are forgiven in letters, never in numbers.
fn digits(key: &str) -> String {
    key.chars().filter(|c| c.is_numeric()).collect()
}

/// Edit distance between two keys: 0 when they differ only in spacing, else Damerau–Levenshtein on the
/// keys with their spaces, so a missing word costs its letters and its space ("jinping" is 3 from
/// "xi jinping", more than that name's allowance).
fn distance(a: &str, b: &str) -> usize {
    if compact(a) == compact(b) { 0 } else { damerau_levenshtein(a, b) }
}

/// A month and day in any form [`MonthDay::parse_forgiving`] reads; a month name off by a forgivable typo
/// ("Janaury 5th") is right with a note. The same day typed with a year ("January 5, 2026") is right with
/// a note: the day is what is asked, and the question has no year to hold it against.
fn grade_date(typed: &str, day: MonthDay) -> Grade {
    match MonthDay::parse_forgiving(typed) {
        Some((read, None)) => Grade::exact(read == day),
        Some((read, Some(month))) if read == day => Grade::right_with(format!("Accepted: the spelling is “{month}”.")),
        Some(_) => Grade::wrong(),
        None => match When::parse_forgiving(typed) {
            Some((When::Day { date, year: Some(_) }, _)) if date == day => {
                Grade::right_with(format!("Accepted: the day asked for is {day}."))
            }
            _ => Grade::wrong(),
        },
    }
}

/// The score of a deadline's target typed without "by" ("2023" for "by the end of 2023"): it names the
/// right time but not that it is a deadline.
pub const DEADLINE_TARGET_CREDIT: f64 = 0.5;

/// A typed date against a version-2 date ([`Expected::When`]), read by [`When::parse_forgiving`] (a
/// leading "on", "in" or "from" ignored; "the end of 2023" read as the deadline "by the end of 2023"):
/// - a day is right with or without its year (the question asks for the day), wrong with another year;
/// - a month, a year or a span is right when it is the same one;
/// - a relative day ("yesterday") is right as stated, as any other relative day naming the same day from
///   the `dateline`, or as that day worked out ("August 20", "August 20, 2015");
/// - a deadline is right with the same target, with or without "the end of"; the target alone ("2023"
///   for "by the end of 2023") earns [`DEADLINE_TARGET_CREDIT`] with a note;
/// - a recurrence is right with the same count and period ("annually" = "every year" = "once a year"),
///   with a note when the article says "at least".
///
/// A month name off by a forgivable typo is right with a note, as for [`Expected::Date`].
fn grade_when(typed: &str, when: &When, dateline: Option<&When>) -> Grade {
    let folded = fold(typed);
    let text = match folded.strip_prefix("from ") {
        Some(rest) => rest.to_string(),
        None if folded.starts_with("end of ") || folded.starts_with("the end of ") => format!("by {folded}"),
        None => folded,
    };
    let Some((read, fixed)) = When::parse_forgiving(&text) else { return Grade::wrong() };
    let line = dateline.and_then(|d| match d {
        When::Day { date, year: Some(y) } => Dateline::new(*y, date.month, date.day),
        _ => None,
    });
    let resolve = |w: &When| match (w, line) {
        (When::Relative(r), Some(line)) => line.resolve(*r).and_then(Dateline::when),
        _ => Some(w.clone()),
    };
    // The same day, the typed year left out or the same.
    let same_day = |typed: &When, right: &When| match (typed, right) {
        (When::Day { date: a, year: ya }, When::Day { date: b, year: yb }) => {
            a == b && (ya.is_none() || yb.is_none() || ya == yb)
        }
        _ => typed == right,
    };
    let grade = match (when, &read) {
        (When::Relative(_), _) => {
            Grade::exact(read == *when || resolve(&read).zip(resolve(when)).is_some_and(|(a, b)| same_day(&a, &b)))
        }
        (When::Deadline { by, .. }, When::Deadline { by: got, .. }) => Grade::exact(same_day(got, by)),
        (When::Deadline { by, .. }, got) if same_day(got, by) => {
            Grade { score: DEADLINE_TARGET_CREDIT, note: Some(format!("Nearly: it is a deadline, “{when}”.")) }
        }
        (When::Every { count, period, at_least }, When::Every { count: c, period: p, at_least: a })
            if count == c && period == p =>
        {
            if at_least == a {
                Grade::right()
            } else {
                Grade::right_with(format!("Accepted: the article says “{when}”."))
            }
        }
        // "2008" for "late 2008", or for "since late 2008": the year without the part the article names.
        (When::PartOfYear { year, .. }, When::Year(y)) if y == year => {
            Grade { score: DEADLINE_TARGET_CREDIT, note: Some(format!("Nearly: the article says “{when}”.")) }
        }
        (When::Since(from), When::Year(y)) if matches!(from.as_ref(), When::PartOfYear { year, .. } if year == y) => {
            Grade { score: DEADLINE_TARGET_CREDIT, note: Some(format!("Nearly: the article says “{from}”.")) }
        }
        // "1999" for "since 1999": the start the question asks for.
        (When::Since(from), got) if !matches!(got, When::Since(_)) => Grade::exact(same_day(got, from)),
        (right, got) => Grade::exact(same_day(got, right)),
    };
    match fixed {
        Some(month) if grade.score >= 1.0 && grade.note.is_none() => {
            Grade::right_with(format!("Accepted: the spelling is “{month}”."))
        }
        _ => grade,
    }
}

/// A number within `tolerance` of `value`, read by [`read_quantity`]. Right with a note when it is not
/// the exact figure, or when it was typed in another unit and converted ("a week" for 7 days). An amount
/// converted only approximately ([`units::convert`]: "a year" for 365 days) is right only within `tolerance`.
fn grade_number(typed: &str, value: f64, tolerance: f64, unit: Option<&str>, prompt: &str) -> Grade {
    let typed = none_as_zero(typed, prompt);
    let typed = typed.as_str();
    let Some(read) = read_quantity(typed, unit, prompt) else {
        return Grade::wrong();
    };
    let diff = (read.value - value).abs();
    let exactness = 1e-9 * value.abs().max(1.0);
    if diff <= exactness && read.exact {
        match read.unit {
            Some(unit) => Grade::right_with(format!("Accepted: “{}” is {} {unit}.", typed.trim(), show_number(value))),
            None => Grade::right(),
        }
    } else if diff <= tolerance.abs() + exactness {
        Grade::right_with(format!("Close enough: the article's figure is {}.", show_number(value)))
    } else {
        Grade::wrong()
    }
}

/// Words that answer "how many" with nothing: "none", "no" ("no deaths"), "nil", "nobody", "no one".
const NONE_WORDS: [&str; 5] = ["none", "nobody", "no one", "nil", "no"];

/// `typed` with a leading word of [`NONE_WORDS`] read as "0" when the prompt asks "how many" ("None",
/// "no victims" for 0); `typed` unchanged otherwise. Rule kept: "none" is a count only where the question
/// asks for a count, so it is never read as a number for "how long" or "what percentage".
fn none_as_zero(typed: &str, prompt: &str) -> String {
    let folded = fold(typed);
    if !format!(" {} ", fold(prompt)).contains(" how many ") {
        return typed.to_string();
    }
    NONE_WORDS
        .iter()
        .find_map(|w| {
            let rest = folded.strip_prefix(w)?;
            (rest.is_empty() || rest.starts_with(' ')).then(|| format!("0{rest}"))
        })
        .unwrap_or_else(|| typed.to_string())
}

/// A typed amount as [`read_quantity`] reads it.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Reading {
    /// The amount in the question's unit.
    value: f64,
    /// Whether it is exactly what the learner typed (false when a calendar span became days).
    exact: bool,
    /// The question's unit (plural), when the amount was typed in another and converted to it.
    unit: Option<&'static str>,
}

/// Hedges a learner may put before a number ("over five years"); they do not change the grade.
const HEDGES: [&str; 17] = [
    "more than",
    "a little over",
    "just over",
    "well over",
    "over",
    "about",
    "around",
    "approximately",
    "approx",
    "roughly",
    "nearly",
    "almost",
    "some",
    "circa",
    "at least",
    "exactly",
    "just",
];
/// Words that may follow a number whatever its unit ("136 people in total", "5 years ago").
const FILLERS: [&str; 8] = ["people", "persons", "in", "total", "all", "or", "so", "ago"];

/// The number a typed quantity states: hedges in front set aside, then the longest run of words that is a
/// number (digits or words), or "a", "an" or "half a" before "dozen" or a unit; then optionally "dozen" (times
/// 12), one unit word and "and a half"; then only words of the unit, of the question's prompt, or [`FILLERS`]
/// ("over 5 years", "136 labourers"). A unit word other than the question's unit converts to it
/// ([`units::convert`]: "two weeks" is 14 days, "a decade" 10 years). `None` if anything else is left, or the
/// unit typed does not convert to the question's.
fn read_quantity(typed: &str, unit: Option<&str>, prompt: &str) -> Option<Reading> {
    let lower: String = typed
        .to_lowercase()
        .chars()
        .map(|c| if matches!(c, '\u{2010}'..='\u{2015}' | '\u{2212}') { '-' } else { c })
        .collect();
    let mut tokens: Vec<String> = Vec::new();
    for raw in lower.split_whitespace() {
        let token = raw
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .trim_start_matches(|c: char| !c.is_alphanumeric() && c != '.');
        if token.chars().any(|c| c.is_ascii_digit()) {
            tokens.extend(split_digits_from_letters(token));
        } else {
            // "thirty-six" reads the same as "thirty six"; "five-year" as "five year".
            tokens.extend(token.split('-').filter(|w| !w.is_empty()).map(str::to_string));
        }
    }
    let mut start = 0;
    while let Some(len) = HEDGES.iter().find_map(|h| {
        let words: Vec<&str> = h.split(' ').collect();
        let end = start + words.len();
        (end < tokens.len() && tokens[start..end].iter().zip(&words).all(|(t, w)| t == w)).then_some(words.len())
    }) {
        start += len;
    }
    let tokens = &tokens[start..];
    let target = units::question_unit(unit, prompt);
    let is_dozen = |w: &str| w == "dozen" || w == "dozens";
    // A number never ends in "and": that "and" begins "and a half".
    let read = (1..=tokens.len())
        .rev()
        .filter(|&end| tokens[end - 1] != "and")
        .find_map(|end| numbers::parse_number(&tokens[..end].join(" ")).map(|n| (n, &tokens[end..])));
    let (mut value, rest) = if let Some(found) = read {
        found
    } else {
        let (value, skip) = match tokens {
            [half, a, ..] if half == "half" && (a == "a" || a == "an") => (0.5, 2),
            [a, ..] if a == "a" || a == "an" => (1.0, 1),
            // "fortnight", "dozen": one of it.
            [_, ..] => (1.0, 0),
            _ => return None,
        };
        let rest = &tokens[skip..];
        let counted = rest.first().is_some_and(|w| is_dozen(w) || (target.is_some() && units::is_convertible(w)));
        if !counted {
            return None;
        }
        (value, rest)
    };
    let mut dozens = false;
    let mut typed_unit: Option<&str> = None;
    let mut others: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < rest.len() {
        let word = rest[i].as_str();
        if rest[i..].len() >= 3 && rest[i..i + 3].iter().zip(["and", "a", "half"]).all(|(t, w)| t == w) {
            // "two and a half years", "a year and a half", "a dozen and a half".
            value += if dozens { 6.0 } else { 0.5 };
            i += 3;
            continue;
        }
        if is_dozen(word) && !dozens && typed_unit.is_none() {
            value *= 12.0;
            dozens = true;
        } else if target.is_some() && typed_unit.is_none() && units::is_convertible(word) {
            typed_unit = Some(word);
        } else {
            others.push(word);
        }
        i += 1;
    }
    let allowed: Vec<String> = [unit.unwrap_or_default(), prompt]
        .iter()
        .flat_map(|text| fold(text).split(' ').map(str::to_string).collect::<Vec<_>>())
        .chain(FILLERS.iter().map(|f| (*f).to_string()))
        .filter(|w| !w.is_empty())
        .collect();
    let fits = others.iter().all(|word| fold(word).split(' ').all(|w| allowed.iter().any(|a| same_word(w, a))));
    if !fits {
        return None;
    }
    match (typed_unit, target) {
        (Some(from), Some(to)) => {
            let converted = units::convert(value, from, to)?;
            let same = units::convert(1.0, from, to).is_some_and(|c| c.exact && (c.value - 1.0).abs() < 1e-12);
            let unit = (!same).then(|| units::plural(to));
            Some(Reading { value: converted.value, exact: converted.exact, unit })
        }
        _ => Some(Reading { value, exact: true, unit: None }),
    }
}

/// A token with digits cut from letters and hyphens: "5years" → "5", "years"; "5-year" → "5", "year";
/// "1,360" and "136.0" stay whole.
fn split_digits_from_letters(token: &str) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    let mut last_digit: Option<bool> = None;
    for c in token.chars() {
        if c == '-' {
            last_digit = None;
            continue;
        }
        let digit = c.is_ascii_digit() || (matches!(c, '.' | ',') && last_digit == Some(true));
        if last_digit != Some(digit) {
            parts.push(String::new());
        }
        if let Some(part) = parts.last_mut() {
            part.push(c);
        }
        last_digit = Some(digit);
    }
    parts
}

/// Whether a typed unit word is `allowed`, singular or plural, or a typo of it ("laborers").
fn same_word(typed: &str, allowed: &str) -> bool {
    let singular = |w: &str| if w.len() > 3 { w.strip_suffix('s').unwrap_or(w).to_string() } else { w.to_string() };
    let (t, a) = (singular(typed), singular(allowed));
    t == a || (t.chars().all(char::is_alphabetic) && damerau_levenshtein(&t, &a) <= typo_allowance(a.chars().count()))
}

/// A number as the article would write it: "136", not "136.0".
fn show_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 { format!("{}", value as i64) } else { format!("{value}") }
}

/// Matching: the fraction of left items given their partner; unanswered items earn nothing. Wrong shape,
/// a partner out of range, or one partner given twice when every left item has its own, scores 0.
fn grade_match(n_left: usize, n_right: usize, pairs: &[usize], chosen: &[Option<usize>]) -> Grade {
    if n_left == 0 || pairs.len() != n_left || chosen.len() != n_left {
        return Grade::wrong();
    }
    if pairs.iter().chain(chosen.iter().flatten()).any(|&i| i >= n_right) {
        return Grade::wrong();
    }
    if all_distinct(pairs.iter().copied(), n_right) && !all_distinct(chosen.iter().flatten().copied(), n_right) {
        return Grade::wrong();
    }
    let right = pairs.iter().zip(chosen).filter(|&(p, c)| Some(*p) == *c).count();
    let note = (right > 0 && right < n_left).then(|| format!("{right} of {n_left} pairs right."));
    Grade { score: right as f64 / n_left as f64, note }
}

/// Whether `indices`, all below `n`, has no repeats.
fn all_distinct(indices: impl IntoIterator<Item = usize>, n: usize) -> bool {
    let mut seen = vec![false; n];
    indices.into_iter().all(|i| !std::mem::replace(&mut seen[i], true))
}

/// Whether `order` lists each of `0..n` exactly once.
fn is_permutation(order: &[usize], n: usize) -> bool {
    order.len() == n && order.iter().all(|&i| i < n) && all_distinct(order.iter().copied(), n)
}

/// Ordering: `(L − 1) / (n − 1)` with `L` the longest subsequence of the learner's order that is in the
/// right relative order (see the module documentation). Anything but a permutation of the items scores 0.
fn grade_order(n: usize, key: &[usize], given: &[usize]) -> Grade {
    if n == 0 || !is_permutation(key, n) || !is_permutation(given, n) {
        return Grade::wrong();
    }
    let mut rank = vec![0; n];
    for (position, &item) in key.iter().enumerate() {
        rank[item] = position;
    }
    let ranks: Vec<usize> = given.iter().map(|&item| rank[item]).collect();
    let kept = longest_increasing(&ranks);
    if kept == n {
        return Grade::right();
    }
    let moves = n - kept;
    let items = if moves == 1 { "item" } else { "items" };
    let score = (kept - 1) as f64 / (n - 1) as f64;
    let note = (kept > 1).then(|| format!("Partly right: moving {moves} {items} would put them in order."));
    Grade { score, note }
}

/// For each place of a learner's ordering `given` (indices of items), whether its item is one of the longest
/// run already in the right relative order: the items that stay where they are while the others are moved,
/// as [`grade`] counts them ("moving 1 item would put them in order" marks exactly one place). Of equally
/// long runs the first found is kept. All `false` unless `key` and `given` are orderings of the same items.
pub fn kept_in_order(key: &[usize], given: &[usize]) -> Vec<bool> {
    let n = given.len();
    if n == 0 || !is_permutation(key, n) || !is_permutation(given, n) {
        return vec![false; n];
    }
    let mut rank = vec![0; n];
    for (position, &item) in key.iter().enumerate() {
        rank[item] = position;
    }
    let ranks: Vec<usize> = given.iter().map(|&item| rank[item]).collect();
    // Longest increasing subsequence ending at each place, and the place before it in that run.
    let mut len = vec![1usize; n];
    let mut before: Vec<Option<usize>> = vec![None; n];
    for i in 0..n {
        for j in 0..i {
            if ranks[j] < ranks[i] && len[j] + 1 > len[i] {
                len[i] = len[j] + 1;
                before[i] = Some(j);
            }
        }
    }
    let mut kept = vec![false; n];
    let best = (0..n).fold(0, |b, i| if len[i] > len[b] { i } else { b });
    let mut at = Some(best);
    while let Some(i) = at {
        kept[i] = true;
        at = before[i];
    }
    kept
}

/// The length of the longest strictly increasing subsequence (patience sorting, O(n log n)).
fn longest_increasing(values: &[usize]) -> usize {
    let mut tails: Vec<usize> = Vec::new();
    for &v in values {
        let at = tails.partition_point(|&t| t < v);
        if at == tails.len() {
            tails.push(v);
        } else {
            tails[at] = v;
        }
    }
    tails.len()
}

#[cfg(test)]
mod tests;
