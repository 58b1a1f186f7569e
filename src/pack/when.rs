//! Dates as a version-2 fact sheet states them ([`When`]): a day with or without its year, a month of a
//! year, a year, a span of years, a day named relative to the article's dateline, a deadline, a
//! recurrence, and the loose dates news prose uses, kept as written ("next week", "earlier this month",
//! "June next year", "in the coming weeks", "in December", "since 1999"): no calendar date or year is
//! worked out for them from the dateline. One parser ([`When::parse_forgiving`]) reads them all, for the checker and the grader alike;
//! its day-and-month rules are [`MonthDay::parse_forgiving`]'s, extended, never copied.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::date::{MONTHS, MonthDay};
use crate::text::fold;

/// English weekday names, Monday first.
pub const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// The earliest and latest year a date slot may name: four digits, as articles write them.
const YEARS: std::ops::RangeInclusive<i32> = 1000..=2999;

/// A day named by its relation to the article's dateline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Relative {
    /// The dateline's day.
    Today,
    /// The day before the dateline.
    Yesterday,
    /// A weekday (0 = Monday … 6 = Sunday): the latest such day on or before the dateline ("Thursday",
    /// "on Thursday"), or strictly before it when `last` ("last Thursday"). In a fact about a thing to come
    /// ("the planned talks … on Monday") it is the coming such day, which questions name as the article does
    /// and for which no calendar day is worked out (the generator's `is_planned`).
    Weekday {
        /// 0 = Monday … 6 = Sunday.
        day: u8,
        /// "last Thursday": strictly before the dateline.
        last: bool,
    },
}

/// Which one of a stretch of time, counted from the dateline, as the article names it ("next week", "last
/// summer", "earlier this month").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Which {
    /// "last week": the one before the dateline's.
    Last,
    /// "this year": the dateline's.
    This,
    /// "next month": the one after the dateline's.
    Next,
    /// "earlier this month": the dateline's, before its day.
    EarlierThis,
    /// "later this week": the dateline's, after its day.
    LaterThis,
}

impl Which {
    fn words(self) -> &'static str {
        match self {
            Self::Last => "last",
            Self::This => "this",
            Self::Next => "next",
            Self::EarlierThis => "earlier this",
            Self::LaterThis => "later this",
        }
    }

    /// "last", "this", "next", "earlier this", "later this" at the start of `words`, with the words it took.
    fn read(words: &[&str]) -> Option<(Self, usize)> {
        match words {
            ["earlier", "this", ..] => Some((Self::EarlierThis, 2)),
            ["later", "this", ..] => Some((Self::LaterThis, 2)),
            ["last", ..] => Some((Self::Last, 1)),
            ["this", ..] => Some((Self::This, 1)),
            ["next", ..] => Some((Self::Next, 1)),
            _ => None,
        }
    }
}

/// A stretch of time an article names relative to its dateline: a week, a month, a year or a season.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Stretch {
    /// A week.
    Week,
    /// A month.
    Month,
    /// A year.
    Year,
    /// Spring.
    Spring,
    /// Summer.
    Summer,
    /// Autumn ("fall" is read as autumn's other name and shown as the article writes it only in evidence).
    Autumn,
    /// Winter.
    Winter,
}

impl Stretch {
    const ALL: [Self; 7] =
        [Self::Week, Self::Month, Self::Year, Self::Spring, Self::Summer, Self::Autumn, Self::Winter];

    fn noun(self) -> &'static str {
        match self {
            Self::Week => "week",
            Self::Month => "month",
            Self::Year => "year",
            Self::Spring => "spring",
            Self::Summer => "summer",
            Self::Autumn => "autumn",
            Self::Winter => "winter",
        }
    }

    fn read(word: &str) -> Option<Self> {
        if word == "fall" {
            return Some(Self::Autumn);
        }
        Self::ALL.into_iter().find(|s| s.noun() == word)
    }
}

/// The part of a year an article names loosely ("early 2008", "mid-2008", "late 2008").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum YearPart {
    /// "early 2008".
    Early,
    /// "mid-2008".
    Mid,
    /// "late 2008".
    Late,
}

impl YearPart {
    /// Every part, earliest first.
    pub const ALL: [Self; 3] = [Self::Early, Self::Mid, Self::Late];

    fn read(word: &str) -> Option<Self> {
        match word {
            "early" => Some(Self::Early),
            "mid" => Some(Self::Mid),
            "late" => Some(Self::Late),
            _ => None,
        }
    }
}

/// The unit a recurrence repeats in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Period {
    /// Every day.
    Day,
    /// Every week.
    Week,
    /// Every month.
    Month,
    /// Every year.
    Year,
}

impl Period {
    fn noun(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Week => "week",
            Self::Month => "month",
            Self::Year => "year",
        }
    }
}

/// A date slot of a version-2 fact sheet, in the form the article states it. Version-1 sheets only use
/// [`When::Day`] without a year.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum When {
    /// "August 18", "August 18, 2023", "18 August 2023".
    Day {
        /// The month and day.
        date: MonthDay,
        /// The year, when the article states it.
        year: Option<i32>,
    },
    /// "March 2023".
    Month {
        /// 1 = January … 12 = December.
        month: u8,
        /// The year.
        year: i32,
    },
    /// "2023".
    Year(i32),
    /// "1950–1953": a span of years, `from` before `to`.
    Span {
        /// The first year.
        from: i32,
        /// The last year, after `from`.
        to: i32,
    },
    /// "yesterday", "Thursday", "last Thursday": resolved against the dateline.
    Relative(Relative),
    /// "by August 31", "by 2025", "by the end of 2023": a deadline, never a relative day or a deadline.
    Deadline {
        /// The day, month or year something is due by.
        by: Box<When>,
        /// "by the end of …".
        end_of: bool,
    },
    /// "every year", "annually", "at least once a year", "every two years", "weekly".
    Every {
        /// How many periods between occurrences (1 for "every year").
        count: u32,
        /// The period.
        period: Period,
        /// "at least once a …".
        at_least: bool,
    },
    /// "next week", "last summer", "earlier this month", "later this week": a stretch of time named from
    /// the dateline, kept as written (no calendar date is worked out for it).
    Near {
        /// Which one.
        which: Which,
        /// Of what.
        stretch: Stretch,
    },
    /// "June next year", "December last year": a month of a year named from the dateline (last, this or
    /// next), kept as written.
    MonthNear {
        /// 1 = January … 12 = December.
        month: u8,
        /// Which year: [`Which::Last`], [`Which::This`] or [`Which::Next`].
        which: Which,
    },
    /// "in the coming weeks", "in the coming days": a time still to come, as loosely as the article gives it.
    Coming(Period),
    /// "in December": a month the article names without its year (no year is worked out from the dateline).
    MonthOnly(u8),
    /// "since 1999", "since December 2011", "since February", "since last year": the start of a state that
    /// lasts to the dateline. What follows "since" is a day, a month (with or without its year), a year, a
    /// part of a year or a [`When::Near`] or [`When::MonthNear`] in the past.
    Since(Box<When>),
    /// "early 2008", "mid-2008", "late 2008": a part of a year, kept as written (no month is worked out).
    PartOfYear {
        /// Which part.
        part: YearPart,
        /// The year.
        year: i32,
    },
}

/// Parts of the day that may follow a weekday ("Sunday afternoon").
pub const PARTS_OF_DAY: [&str; 4] = ["morning", "afternoon", "evening", "night"];

/// Number words a recurrence may use ("every two years").
const COUNT_WORDS: [&str; 11] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

impl When {
    /// Reads a date slot or a typed answer in any form this type holds, after [`fold`]ing it, forgiving a
    /// misspelt month as [`MonthDay::parse_forgiving`] does (and returning its right spelling). A leading
    /// "on" or "in" is ignored ("on Thursday", "in March 2023").
    pub fn parse_forgiving(text: &str) -> Option<(Self, Option<&'static str>)> {
        let folded = fold(text);
        let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
        let words = match words.as_slice() {
            ["on" | "in", rest @ ..] => rest,
            all => all,
        };
        Self::read(words)
    }

    /// Reads a date slot exactly (no misspelt month forgiven).
    pub fn parse(text: &str) -> Option<Self> {
        Self::parse_forgiving(text).and_then(|(w, fixed)| fixed.is_none().then_some(w))
    }

    fn read(words: &[&str]) -> Option<(Self, Option<&'static str>)> {
        if let Some(every) = every(words) {
            return Some((every, None));
        }
        if let Some(loose) = loose(words) {
            return Some(loose);
        }
        match words {
            ["by", "the", "end", "of", rest @ ..] | ["by", "end", "of", rest @ ..] => {
                let (by, fixed) = Self::read(rest)?;
                return by.deadline_target().then(|| (Self::Deadline { by: Box::new(by), end_of: true }, fixed));
            }
            ["by", rest @ ..] => {
                let (by, fixed) = Self::read(rest)?;
                return by.deadline_target().then(|| (Self::Deadline { by: Box::new(by), end_of: false }, fixed));
            }
            ["today"] => return Some((Self::Relative(Relative::Today), None)),
            ["yesterday"] => return Some((Self::Relative(Relative::Yesterday), None)),
            [day] | ["last", day] if weekday(day).is_some() => {
                let last = words.len() == 2;
                return Some((Self::Relative(Relative::Weekday { day: weekday(day)?, last }), None));
            }
            // "Sunday afternoon", "last Monday morning": the day; its part is no part of the date.
            [day, part] | ["last", day, part] if weekday(day).is_some() && PARTS_OF_DAY.contains(part) => {
                let last = words.len() == 3;
                return Some((Self::Relative(Relative::Weekday { day: weekday(day)?, last }), None));
            }
            [y] => return year(y).map(|y| (Self::Year(y), None)),
            [p, y] if YearPart::read(p).is_some() && year(y).is_some() => {
                return Some((Self::PartOfYear { part: YearPart::read(p)?, year: year(y)? }, None));
            }
            [a, "to" | "until", b] | [a, b] if year(a).is_some() && year(b).is_some() => {
                let (from, to) = (year(a)?, year(b)?);
                return (from < to).then_some((Self::Span { from, to }, None));
            }
            _ => {}
        }
        // A year at the end ("August 18 2023", "March 2023") or before a day-first date's month.
        if let Some((last, rest)) = words.split_last()
            && let Some(y) = year(last)
        {
            if let [m] = rest {
                let (month, fixed) = month_forgiving(m)?;
                return Some((Self::Month { month, year: y }, fixed));
            }
            let (date, fixed) = MonthDay::parse_forgiving(&rest.join(" "))?;
            return Some((Self::Day { date, year: Some(y) }, fixed));
        }
        if words.iter().any(|w| year(w).is_some()) {
            return None;
        }
        let (date, fixed) = MonthDay::parse_forgiving(&words.join(" "))?;
        Some((Self::Day { date, year: None }, fixed))
    }

    /// Whether this can follow "since": a day, a month (with or without its year), a year, or a stretch or
    /// month named from the dateline in the past ("last year", "earlier this month", "June last year").
    pub fn since_target(&self) -> bool {
        match self {
            Self::Day { .. } | Self::Month { .. } | Self::Year(_) | Self::MonthOnly(_) | Self::PartOfYear { .. } => {
                true
            }
            Self::Near { which, .. } | Self::MonthNear { which, .. } => {
                matches!(which, Which::Last | Which::EarlierThis)
            }
            _ => false,
        }
    }

    /// Whether this can follow "by": a day, a month or a year.
    fn deadline_target(&self) -> bool {
        matches!(self, Self::Day { .. } | Self::Month { .. } | Self::Year(_))
    }

    /// The month and day of a day without a year: the one form version 1 knows.
    pub fn month_day(&self) -> Option<MonthDay> {
        match self {
            Self::Day { date, year: None } => Some(*date),
            _ => None,
        }
    }

    /// The years this value states in digits (none for a relative day or a recurrence).
    pub fn years(&self) -> Vec<i32> {
        match self {
            Self::Day { year, .. } => year.iter().copied().collect(),
            Self::Month { year, .. } | Self::Year(year) | Self::PartOfYear { year, .. } => vec![*year],
            Self::Span { from, to } => vec![*from, *to],
            Self::Deadline { by, .. } | Self::Since(by) => by.years(),
            Self::Relative(_)
            | Self::Every { .. }
            | Self::Near { .. }
            | Self::MonthNear { .. }
            | Self::Coming(_)
            | Self::MonthOnly(_) => Vec::new(),
        }
    }

    /// The phrase that puts this value after a clause: "on August 18, 2023", "in March 2023", "in 2023",
    /// "from 1950 to 1953", "yesterday", "on Thursday", "by the end of 2023", "every year".
    pub fn adverbial(&self) -> String {
        match self {
            Self::Day { .. } | Self::Relative(Relative::Weekday { .. }) => format!("on {self}"),
            Self::Month { .. }
            | Self::Year(_)
            | Self::MonthNear { .. }
            | Self::Coming(_)
            | Self::MonthOnly(_)
            | Self::PartOfYear { .. } => format!("in {self}"),
            Self::Span { from, to } => format!("from {from} to {to}"),
            Self::Relative(_) | Self::Deadline { .. } | Self::Every { .. } | Self::Near { .. } | Self::Since(_) => {
                self.to_string()
            }
        }
    }

    /// The question words that ask for this value: "On what date", "In which month", "In which year",
    /// "When", "On which day", "By when", "How often", "Since when".
    pub fn question_words(&self) -> &'static str {
        match self {
            Self::Day { .. } => "On what date",
            Self::Month { .. } | Self::MonthOnly(_) => "In which month",
            Self::Year(_) => "In which year",
            Self::Span { .. }
            | Self::Near { .. }
            | Self::MonthNear { .. }
            | Self::Coming(_)
            | Self::PartOfYear { .. } => "When",
            Self::Relative(_) => "On which day",
            Self::Deadline { .. } => "By when",
            Self::Every { .. } => "How often",
            Self::Since(_) => "Since when",
        }
    }

    /// Where this value falls on a timeline, as (year, month, day) with 0 for an unstated month or day
    /// (a span by its start), using `year` for a day stated without one and resolving a relative day
    /// against `dateline`. `None` for what has no place on a timeline: deadlines, recurrences, a day
    /// without a year when no year is known, a relative day without a dateline.
    pub fn timeline_key(&self, year: Option<i32>, dateline: Option<Dateline>) -> Option<(i32, u8, u8)> {
        match self {
            Self::Day { date, year: y } => Some((y.or(year)?, date.month, date.day)),
            Self::Month { month, year } => Some((*year, *month, 0)),
            Self::Year(y) | Self::Span { from: y, .. } => Some((*y, 0, 0)),
            Self::Relative(r) => dateline?.resolve(*r).map(|d| (d.year, d.month, d.day)),
            // Named loosely from the dateline, or the start of a state: no place on a timeline.
            Self::Deadline { .. }
            | Self::Every { .. }
            | Self::Near { .. }
            | Self::MonthNear { .. }
            | Self::Coming(_)
            | Self::MonthOnly(_)
            | Self::Since(_)
            | Self::PartOfYear { .. } => None,
        }
    }
}

impl fmt::Display for When {
    /// The canonical form shown in questions and answers, which [`When::parse`] reads back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Day { date, year: None } => write!(f, "{date}"),
            Self::Day { date, year: Some(y) } => write!(f, "{date}, {y}"),
            Self::Month { month, year } => write!(f, "{} {year}", MONTHS[usize::from(month - 1)]),
            Self::Year(y) => write!(f, "{y}"),
            Self::Span { from, to } => write!(f, "{from}–{to}"),
            Self::Relative(Relative::Today) => write!(f, "today"),
            Self::Relative(Relative::Yesterday) => write!(f, "yesterday"),
            Self::Relative(Relative::Weekday { day, last }) => {
                write!(f, "{}{}", if *last { "last " } else { "" }, WEEKDAYS[usize::from(*day)])
            }
            Self::Deadline { by, end_of } => write!(f, "by {}{by}", if *end_of { "the end of " } else { "" }),
            Self::Every { count: 1, period, at_least: true } => write!(f, "at least once a {}", period.noun()),
            Self::Every { count, period, at_least: true } => {
                write!(f, "at least every {} {}s", count_word(*count), period.noun())
            }
            Self::Every { count: 1, period, .. } => write!(f, "every {}", period.noun()),
            Self::Every { count, period, .. } => write!(f, "every {} {}s", count_word(*count), period.noun()),
            Self::Near { which, stretch } => write!(f, "{} {}", which.words(), stretch.noun()),
            Self::MonthNear { month, which } => {
                write!(f, "{} {} year", MONTHS[usize::from(month.saturating_sub(1)).min(11)], which.words())
            }
            Self::Coming(period) => write!(f, "the coming {}s", period.noun()),
            Self::MonthOnly(month) => write!(f, "{}", MONTHS[usize::from(month.saturating_sub(1)).min(11)]),
            Self::Since(from) => write!(f, "since {from}"),
            Self::PartOfYear { part: YearPart::Mid, year } => write!(f, "mid-{year}"),
            Self::PartOfYear { part, year } => {
                write!(f, "{} {year}", if *part == YearPart::Early { "early" } else { "late" })
            }
        }
    }
}

fn count_word(n: u32) -> String {
    COUNT_WORDS.get(n as usize).map_or_else(|| n.to_string(), |w| (*w).to_string())
}

fn count_number(word: &str) -> Option<u32> {
    COUNT_WORDS.iter().position(|w| *w == word).map(|i| i as u32).or_else(|| word.parse().ok()).filter(|&n| n > 0)
}

fn period(word: &str) -> Option<Period> {
    match word.strip_suffix('s').unwrap_or(word) {
        "day" => Some(Period::Day),
        "week" => Some(Period::Week),
        "month" => Some(Period::Month),
        "year" => Some(Period::Year),
        _ => None,
    }
}

/// A recurrence: "every year", "each year", "every two years", "annually", "yearly", "once a year",
/// "at least once a year", "at least every two years", "weekly", "monthly", "daily". ("Twice a year" is
/// not read: it is not "every two years".)
fn every(words: &[&str]) -> Option<When> {
    let single = |period| Some(When::Every { count: 1, period, at_least: false });
    match words {
        ["annually" | "yearly"] => single(Period::Year),
        ["monthly"] => single(Period::Month),
        ["weekly"] => single(Period::Week),
        ["daily"] => single(Period::Day),
        ["every" | "each", p] => single(period(p).filter(|_| !p.ends_with('s'))?),
        ["every", n, p] if p.ends_with('s') => {
            let count = count_number(n)?;
            (count > 1).then_some(When::Every { count, period: period(p)?, at_least: false })
        }
        ["at", "least", rest @ ..] => match every(rest)? {
            When::Every { count, period, at_least: false } => Some(When::Every { count, period, at_least: true }),
            _ => None,
        },
        ["once", "a" | "every" | "per", p] => single(period(p).filter(|_| !p.ends_with('s'))?),
        _ => None,
    }
}

/// The loose forms a news article dates things with, as written: "next week", "earlier this month", "June
/// next year", "the coming weeks", "December" (a month alone), "since 1999", "since last year".
fn loose(words: &[&str]) -> Option<(When, Option<&'static str>)> {
    match words {
        ["since", rest @ ..] => {
            let rest = match rest {
                ["the", "start" | "beginning" | "end", "of", ..] => return None,
                all => all,
            };
            let (from, fixed) = When::read(rest)?;
            return from.since_target().then(|| (When::Since(Box::new(from)), fixed));
        }
        ["the", "coming", p] | ["coming", p] if p.ends_with('s') => {
            return period(p).map(|p| (When::Coming(p), None));
        }
        [m] => {
            // A month alone, spelt right: "may" and "march" are words too, so the importer asks for a capital.
            let month = crate::pack::date::MONTHS.iter().position(|name| name.eq_ignore_ascii_case(m))?;
            return u8::try_from(month + 1).ok().map(|m| (When::MonthOnly(m), None));
        }
        [m, "last" | "this" | "next", "year"]
            if crate::pack::date::MONTHS.iter().any(|n| n.eq_ignore_ascii_case(m)) =>
        {
            let month = crate::pack::date::MONTHS.iter().position(|name| name.eq_ignore_ascii_case(m))?;
            let (which, _) = Which::read(&words[1..])?;
            return u8::try_from(month + 1).ok().map(|month| (When::MonthNear { month, which }, None));
        }
        _ => {}
    }
    let (which, took) = Which::read(words)?;
    match words.get(took..)? {
        [s] => Stretch::read(s).map(|stretch| (When::Near { which, stretch }, None)),
        _ => None,
    }
}

/// A year written as four digits.
fn year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.chars().all(|c| c.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| YEARS.contains(y))
}

/// 0 = Monday … 6 = Sunday for a weekday's name.
fn weekday(word: &str) -> Option<u8> {
    WEEKDAYS.iter().position(|d| d.to_lowercase() == word).map(|i| i as u8)
}

/// A month's number from its name, forgiving one misspelling as [`MonthDay::parse_forgiving`] does.
fn month_forgiving(word: &str) -> Option<(u8, Option<&'static str>)> {
    MonthDay::parse_forgiving(&format!("{word} 1")).map(|(d, fixed)| (d.month, fixed))
}

/// A full date with its year: the dateline's day, which relative days resolve against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Dateline {
    /// The year.
    pub year: i32,
    /// 1 = January … 12 = December.
    pub month: u8,
    /// The day of the month.
    pub day: u8,
}

impl Dateline {
    /// Reads a dateline as printed ("Friday, August 21, 2015", "21 August 2015"): a leading weekday is
    /// allowed (and must be the date's), the day, month and year are required.
    pub fn parse(text: &str) -> Option<Self> {
        let folded = fold(text);
        let mut words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
        let named = words.first().and_then(|w| weekday(w));
        if named.is_some() {
            words.remove(0);
        }
        let When::Day { date, year: Some(year) } = When::read(&words)?.0 else { return None };
        let line = Self::new(year, date.month, date.day)?;
        (named.is_none() || named == Some(line.weekday())).then_some(line)
    }

    /// A real day of the Gregorian calendar.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        let date = MonthDay::new(month, day)?;
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        (date.month != 2 || date.day != 29 || leap).then_some(Self { year, month, day })
    }

    /// Days since 1970-01-01 (Howard Hinnant's days-from-civil).
    fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days since 1970-01-01 (civil-from-days).
    fn from_days(days: i64) -> Option<Self> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = u8::try_from(doy - (153 * mp + 2) / 5 + 1).ok()?;
        let month = u8::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).ok()?;
        let year = i32::try_from(yoe + era * 400 + i64::from(month <= 2)).ok()?;
        Self::new(year, month, day)
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        u8::try_from((self.days() + 3).rem_euclid(7)).unwrap_or(0)
    }

    /// The day a relative day names, counted back from this dateline.
    pub fn resolve(self, rel: Relative) -> Option<Self> {
        let back = match rel {
            Relative::Today => 0,
            Relative::Yesterday => 1,
            Relative::Weekday { day, last } => {
                let back = (i64::from(self.weekday()) - i64::from(day)).rem_euclid(7);
                if last && back == 0 { 7 } else { back }
            }
        };
        Self::from_days(self.days() - back)
    }

    /// The day as a [`When::Day`] with its year.
    pub fn when(self) -> Option<When> {
        Some(When::Day { date: MonthDay::new(self.month, self.day)?, year: Some(self.year) })
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn day(month: u8, d: u8, year: Option<i32>) -> When {
        When::Day { date: MonthDay::new(month, d).expect("a day"), year }
    }

    #[test]
    fn reads_every_form_a_sheet_may_state() {
        let every_year = When::Every { count: 1, period: Period::Year, at_least: false };
        let cases = [
            ("August 18", day(8, 18, None)),
            ("August 18, 2023", day(8, 18, Some(2023))),
            ("18 August 2023", day(8, 18, Some(2023))),
            ("March 2023", When::Month { month: 3, year: 2023 }),
            ("in March 2023", When::Month { month: 3, year: 2023 }),
            ("2023", When::Year(2023)),
            ("1950–1953", When::Span { from: 1950, to: 1953 }),
            ("1950-1953", When::Span { from: 1950, to: 1953 }),
            ("1950 to 1953", When::Span { from: 1950, to: 1953 }),
            ("yesterday", When::Relative(Relative::Yesterday)),
            ("today", When::Relative(Relative::Today)),
            ("Thursday", When::Relative(Relative::Weekday { day: 3, last: false })),
            ("on Thursday", When::Relative(Relative::Weekday { day: 3, last: false })),
            ("last Thursday", When::Relative(Relative::Weekday { day: 3, last: true })),
            ("Sunday afternoon", When::Relative(Relative::Weekday { day: 6, last: false })),
            ("on Monday morning", When::Relative(Relative::Weekday { day: 0, last: false })),
            ("last Friday evening", When::Relative(Relative::Weekday { day: 4, last: true })),
            ("by the end of 2023", When::Deadline { by: Box::new(When::Year(2023)), end_of: true }),
            ("by August 31", When::Deadline { by: Box::new(day(8, 31, None)), end_of: false }),
            ("by 2025", When::Deadline { by: Box::new(When::Year(2025)), end_of: false }),
            ("every year", every_year.clone()),
            ("each year", every_year.clone()),
            ("annually", every_year.clone()),
            ("yearly", every_year.clone()),
            ("once a year", every_year.clone()),
            ("at least once a year", When::Every { count: 1, period: Period::Year, at_least: true }),
            ("every two years", When::Every { count: 2, period: Period::Year, at_least: false }),
            ("every month", When::Every { count: 1, period: Period::Month, at_least: false }),
            ("weekly", When::Every { count: 1, period: Period::Week, at_least: false }),
        ];
        for (text, want) in cases {
            assert_eq!(When::parse(text), Some(want), "{text}");
        }
    }

    #[test]
    fn refuses_what_is_no_date_and_forgives_a_misspelt_month() {
        for text in [
            "",
            "August 32",
            "1953–1950",
            "by yesterday",
            "by every year",
            "every years",
            "every two year",
            "August 18 2023 2024",
            "12023",
            "Thursday 2023",
            "Sunday lunch",
            "soon",
            "August 2023 18",
        ] {
            assert_eq!(When::parse(text), None, "{text:?}");
        }
        assert_eq!(When::parse_forgiving("Agust 18, 2023"), Some((day(8, 18, Some(2023)), Some("August"))));
        assert_eq!(When::parse("Agust 18, 2023"), None);
        assert_eq!(
            When::parse_forgiving("Febuary 2015"),
            Some((When::Month { month: 2, year: 2015 }, Some("February")))
        );
    }

    #[test]
    fn reads_loose_dates_as_the_article_words_them() {
        let near = |which, stretch| When::Near { which, stretch };
        let cases = [
            ("next week", near(Which::Next, Stretch::Week), "next week"),
            ("next month", near(Which::Next, Stretch::Month), "next month"),
            ("last summer", near(Which::Last, Stretch::Summer), "last summer"),
            ("last fall", near(Which::Last, Stretch::Autumn), "last autumn"),
            ("last year", near(Which::Last, Stretch::Year), "last year"),
            ("Earlier this month", near(Which::EarlierThis, Stretch::Month), "earlier this month"),
            ("later this week", near(Which::LaterThis, Stretch::Week), "later this week"),
            ("in June next year", When::MonthNear { month: 6, which: Which::Next }, "June next year"),
            ("in the coming weeks", When::Coming(Period::Week), "the coming weeks"),
            ("in December", When::MonthOnly(12), "December"),
            ("since 1999", When::Since(Box::new(When::Year(1999))), "since 1999"),
            (
                "since December 2011",
                When::Since(Box::new(When::Month { month: 12, year: 2011 })),
                "since December 2011",
            ),
            ("since February", When::Since(Box::new(When::MonthOnly(2))), "since February"),
            ("since last year", When::Since(Box::new(near(Which::Last, Stretch::Year))), "since last year"),
            ("late 2008", When::PartOfYear { part: YearPart::Late, year: 2008 }, "late 2008"),
            ("mid-2008", When::PartOfYear { part: YearPart::Mid, year: 2008 }, "mid-2008"),
            (
                "since early 2008",
                When::Since(Box::new(When::PartOfYear { part: YearPart::Early, year: 2008 })),
                "since early 2008",
            ),
        ];
        for (text, want, shown) in cases {
            assert_eq!(When::parse(text), Some(want.clone()), "{text}");
            assert_eq!(want.to_string(), shown);
            assert_eq!(want.timeline_key(Some(2020), None), None, "{text} is no point of a timeline");
        }
        assert_eq!(When::parse("next week").map(|w| w.question_words()), Some("When"));
        assert_eq!(When::parse("since 1999").map(|w| w.question_words()), Some("Since when"));
        assert_eq!(When::parse("since 1999").map(|w| w.years()), Some(vec![1999]), "the year is the text's");
        assert_eq!(When::parse("in June next year").map(|w| w.adverbial()).as_deref(), Some("in June next year"));
        for text in ["since next week", "next Thursday", "since since 1999", "the coming week", "this lunch", "Junuary"]
        {
            assert_eq!(When::parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn resolves_relative_days_against_the_dateline() {
        let line = Dateline::parse("Friday, August 21, 2015").expect("a dateline");
        assert_eq!(line, Dateline { year: 2015, month: 8, day: 21 });
        assert_eq!(line.weekday(), 4);
        let at = |rel| line.resolve(rel).map(|d| (d.month, d.day));
        assert_eq!(at(Relative::Today), Some((8, 21)));
        assert_eq!(at(Relative::Yesterday), Some((8, 20)));
        assert_eq!(at(Relative::Weekday { day: 3, last: false }), Some((8, 20)), "Thursday");
        assert_eq!(at(Relative::Weekday { day: 4, last: false }), Some((8, 21)), "Friday is the dateline");
        assert_eq!(at(Relative::Weekday { day: 4, last: true }), Some((8, 14)), "last Friday");
        let jan = Dateline::new(2016, 1, 1).expect("a day");
        assert_eq!(jan.resolve(Relative::Yesterday), Dateline::new(2015, 12, 31));
        assert_eq!(Dateline::parse("Thursday, August 21, 2015"), None, "the weekday is wrong");
        assert_eq!(Dateline::parse("August 21"), None, "a dateline has a year");
        assert_eq!(Dateline::new(2015, 2, 29), None);
    }

    /// Every [`Which`]: the first three may name a year ([`When::MonthNear`]); indices 0 and 3 (last,
    /// earlier this) lie in the past, so "since" may take them.
    const WHICH: [Which; 5] = [Which::Last, Which::Next, Which::This, Which::EarlierThis, Which::LaterThis];

    fn any_when() -> impl Strategy<Value = When> {
        let day = (1u8..=12, 1u8..=31, proptest::option::of(1000i32..=2999))
            .prop_filter_map("a real day", |(m, d, y)| Some(When::Day { date: MonthDay::new(m, d)?, year: y }));
        let target = prop_oneof![
            day.clone(),
            (1u8..=12, 1000i32..=2999).prop_map(|(month, year)| When::Month { month, year }),
            (1000i32..=2999).prop_map(When::Year),
        ];
        prop_oneof![
            target.clone(),
            (1000i32..2999, 1i32..50)
                .prop_map(|(from, n)| When::Span { from, to: (from + n).min(2999) })
                .prop_filter("from before to", |w| matches!(w, When::Span { from, to } if from < to)),
            Just(When::Relative(Relative::Today)),
            Just(When::Relative(Relative::Yesterday)),
            (0u8..7, any::<bool>()).prop_map(|(day, last)| When::Relative(Relative::Weekday { day, last })),
            (target, any::<bool>()).prop_map(|(by, end_of)| When::Deadline { by: Box::new(by), end_of }),
            (1u32..=10, 0usize..4, any::<bool>()).prop_map(|(count, p, at_least)| When::Every {
                count,
                period: [Period::Day, Period::Week, Period::Month, Period::Year][p],
                at_least
            }),
            (0usize..5, 0usize..7).prop_map(|(w, s)| When::Near { which: WHICH[w], stretch: Stretch::ALL[s] }),
            (1u8..=12, 0usize..3).prop_map(|(month, w)| When::MonthNear { month, which: WHICH[w] }),
            (0usize..4).prop_map(|p| When::Coming([Period::Day, Period::Week, Period::Month, Period::Year][p])),
            (1u8..=12).prop_map(When::MonthOnly),
            (1000i32..=2999).prop_map(|y| When::Since(Box::new(When::Year(y)))),
            (1u8..=12, 1000i32..=2999).prop_map(|(month, year)| When::Since(Box::new(When::Month { month, year }))),
            (0usize..2, 0usize..7)
                .prop_map(|(w, s)| When::Since(Box::new(When::Near { which: WHICH[w * 3], stretch: Stretch::ALL[s] }))),
        ]
    }

    proptest! {
        #[test]
        fn what_is_shown_reads_back_as_itself(when in any_when()) {
            prop_assert_eq!(When::parse(&when.to_string()), Some(when.clone()), "{}", when);
        }
    }
}
