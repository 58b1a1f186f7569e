//! Units of amounts: which units a numeric question may name in its hint ("(in days)"), and how an amount a
//! learner types in one unit converts to the question's ("a week" for 7 days), where the conversion is exact.
//!
//! Durations of fixed length (seconds to fortnights) convert among themselves exactly, and so do calendar spans
//! (months to centuries) and lengths (metres, kilometres, miles). A calendar span has no fixed number of days,
//! so "a year" for 365 days, or "a month" for 30, converts at the mean length (365.2425 days a year) and counts
//! only within the question's tolerance: it is never taken as the exact figure.

use crate::text::fold;

/// What a unit measures. Units of one dimension convert exactly; [`Dimension::Calendar`] and
/// [`Dimension::Duration`] convert into each other only approximately.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dimension {
    /// Fixed lengths of time, in seconds.
    Duration,
    /// Calendar spans, in months.
    Calendar,
    /// Lengths, in metres.
    Length,
}

/// One unit: the words that name it (singular, plural, abbreviations), what it measures and its size in the
/// base unit of that dimension.
struct Unit {
    names: &'static str,
    dimension: Dimension,
    size: f64,
}

/// Every unit an amount converts between.
const UNITS: &[Unit] = &[
    Unit { names: "second seconds sec secs", dimension: Dimension::Duration, size: 1.0 },
    Unit { names: "minute minutes min mins", dimension: Dimension::Duration, size: 60.0 },
    Unit { names: "hour hours hr hrs", dimension: Dimension::Duration, size: 3_600.0 },
    Unit { names: "day days", dimension: Dimension::Duration, size: 86_400.0 },
    Unit { names: "week weeks wk wks", dimension: Dimension::Duration, size: 604_800.0 },
    Unit { names: "fortnight fortnights", dimension: Dimension::Duration, size: 1_209_600.0 },
    Unit { names: "month months", dimension: Dimension::Calendar, size: 1.0 },
    Unit { names: "year years yr yrs", dimension: Dimension::Calendar, size: 12.0 },
    Unit { names: "decade decades", dimension: Dimension::Calendar, size: 120.0 },
    Unit { names: "century centuries", dimension: Dimension::Calendar, size: 1_200.0 },
    Unit { names: "millennium millennia millenniums", dimension: Dimension::Calendar, size: 12_000.0 },
    Unit { names: "centimetre centimetres centimeter centimeters cm", dimension: Dimension::Length, size: 0.01 },
    Unit { names: "metre metres meter meters", dimension: Dimension::Length, size: 1.0 },
    Unit { names: "kilometre kilometres kilometer kilometers km kms", dimension: Dimension::Length, size: 1_000.0 },
    Unit { names: "mile miles", dimension: Dimension::Length, size: 1_609.344 },
];

/// Seconds in a mean Gregorian month (365.2425 days / 12): how a calendar span is compared with a duration.
const MEAN_MONTH_SECONDS: f64 = 2_629_746.0;

/// Words that count things and make a short unit on their own ("people", "%"), besides [`UNITS`].
const COUNT_UNITS: &str = "people persons person times percent % points point degrees degree votes vote seats seat \
     dollars dollar euros euro pounds pound yen won yuan tonnes tonne tons ton kilograms kilogram kg grams gram \
     litres litre liters liter hectares hectare acres acre countries country members member visits visit \
     meetings meeting";

/// Words that may come before a unit word in a short unit ("per cent", "square kilometres", "million people").
const UNIT_MODIFIERS: &str = "per square cubic thousand million billion";

/// The unit word that `name` is (folded, singular or plural, or an abbreviation), if it is one of [`UNITS`].
fn unit_named(name: &str) -> Option<&'static Unit> {
    let name = fold(name);
    UNITS.iter().find(|u| u.names.split(' ').any(|n| n == name))
}

/// Whether a folded word is a unit word: one of [`UNITS`] or [`COUNT_UNITS`], or "cent" of "per cent".
fn is_unit_word(word: &str) -> bool {
    unit_named(word).is_some() || word == "cent" || COUNT_UNITS.split(' ').any(|w| w == word)
}

/// `unit` if it is short enough to print beside a number: one or two words, the last a unit word ("days",
/// "km", "%", "people") and the first, if any, a unit word or a modifier ("per cent", "square kilometres",
/// "million people"). A phrase from the statement ("Korean forced labourers") is not a unit.
pub fn short_unit(unit: &str) -> Option<&str> {
    let unit = unit.trim();
    let words: Vec<String> = unit.split_whitespace().map(|w| if w == "%" { w.to_string() } else { fold(w) }).collect();
    let ok = match words.as_slice() {
        [only] => is_unit_word(only),
        [first, last] => is_unit_word(last) && (is_unit_word(first) || UNIT_MODIFIERS.split(' ').any(|m| m == first)),
        _ => false,
    };
    ok.then_some(unit)
}

/// Words that count things rather than measure them: a count of people or of meetings is "a number", not
/// an amount "in people".
const COUNT_NOUNS: &str = "people persons person times votes vote seats seat countries country members member \
     visits visit meetings meeting";

/// The hint a numeric question shows under its prompt: "(in days)" when its unit is a short unit of measure
/// ([`short_unit`]), "(in millions)" for a count in millions, else "(a number)" — a count of people, shells
/// or votes is a number, and a phrase from the statement is never printed.
pub fn numeric_hint(unit: Option<&str>) -> String {
    let Some(u) = unit.and_then(short_unit) else { return "(a number)".to_string() };
    let folded = fold(u);
    let words: Vec<&str> = folded.split(' ').collect();
    let counts = words.last().is_some_and(|w| COUNT_NOUNS.split(' ').any(|c| c == *w));
    match words.as_slice() {
        _ if matches!(folded.as_str(), "" | "percent" | "per cent") => "(a percentage)".to_string(),
        [scale @ ("thousand" | "million" | "billion"), _] if counts => format!("(in {scale}s)"),
        _ if counts => "(a number)".to_string(),
        _ => format!("(in {u})"),
    }
}

/// The unit a numeric question counts in, if it is one an amount converts to: the question's `unit`, else the
/// word after "how many" in its prompt ("How many days apart …?").
pub(super) fn question_unit(unit: Option<&str>, prompt: &str) -> Option<&'static str> {
    let from_unit = unit.and_then(|u| fold(u).split(' ').next_back().and_then(unit_named));
    let from_prompt = || {
        let folded = fold(prompt);
        let words: Vec<&str> = folded.split(' ').collect();
        words.windows(3).find(|w| w[0] == "how" && w[1] == "many").and_then(|w| unit_named(w[2]))
    };
    from_unit.or_else(from_prompt).and_then(|u| u.names.split(' ').next())
}

/// An amount converted to the question's unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Converted {
    /// The amount in the question's unit.
    pub value: f64,
    /// Whether the conversion is exact (a week is 7 days) rather than by mean lengths (a year is about 365
    /// days), which counts only within the question's tolerance.
    pub exact: bool,
}

/// `value` of the unit named `from` in the unit named `to` (both unit words of [`UNITS`]): exact within a
/// dimension, by mean lengths between calendar spans and durations, `None` across other dimensions or when
/// either is not a unit.
pub(super) fn convert(value: f64, from: &str, to: &str) -> Option<Converted> {
    let (from, to) = (unit_named(from)?, unit_named(to)?);
    if from.dimension == to.dimension {
        return Some(Converted { value: value * from.size / to.size, exact: true });
    }
    let seconds = |u: &Unit| match u.dimension {
        Dimension::Duration => Some(u.size),
        Dimension::Calendar => Some(u.size * MEAN_MONTH_SECONDS),
        Dimension::Length => None,
    };
    Some(Converted { value: value * seconds(from)? / seconds(to)?, exact: false })
}

/// Whether a folded word names a unit amounts convert between ([`UNITS`]).
pub(super) fn is_convertible(word: &str) -> bool {
    unit_named(word).is_some()
}

/// The plural name of the unit named `name` ("days" for "day"), as a note to the learner writes it.
pub(super) fn plural(name: &str) -> &'static str {
    unit_named(name).and_then(|u| u.names.split(' ').nth(1)).unwrap_or("")
}
