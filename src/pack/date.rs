//! Month-and-day dates, the only kind the article states ("January 5th"): never a year.

use std::fmt;

use serde::{Deserialize, Serialize};
use strsim::damerau_levenshtein;

use crate::text::{fold, typo_allowance};

/// English month names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A day of a month without a year. Orders by month, then day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct MonthDay {
    /// 1 = January … 12 = December.
    pub month: u8,
    /// 1 ..= the month's length (February allows 29).
    pub day: u8,
}

impl MonthDay {
    /// A date if `month` and `day` name a real day of some year.
    pub fn new(month: u8, day: u8) -> Option<Self> {
        let len = match month {
            2 => 29,
            4 | 6 | 9 | 11 => 30,
            1..=12 => 31,
            _ => return None,
        };
        (1..=len).contains(&day).then_some(Self { month, day })
    }

    /// Reads a date the way people write one: "January 5", "Jan 5", "5 January", "January 5th",
    /// "5th of January", "Jan. 5". Numeric forms such as "1/5" are refused: they are ambiguous between
    /// month-first and day-first conventions.
    pub fn parse(text: &str) -> Option<Self> {
        let lower = text.trim().to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| c.is_whitespace() || c == ',' || c == '.' || c == '-')
            .filter(|w| !w.is_empty() && *w != "of" && *w != "the" && *w != "on")
            .collect();
        if words.len() != 2 {
            return None;
        }
        let (month, day) = match (month_number(words[0]), month_number(words[1])) {
            (Some(m), None) => (m, day_number(words[1])?),
            (None, Some(m)) => (m, day_number(words[0])?),
            _ => return None,
        };
        Self::new(month, day)
    }

    /// Reads a date as [`Self::parse`] does, after [`fold`]ing it, and forgives one misspelt month name
    /// ("Janaury 5th"): a word of four or more letters within [`typo_allowance`] of exactly one nearest
    /// month name. Returns the date and, when a month was respelt, its right spelling. The one rule by
    /// which both the grader (a typed date) and the fact-sheet checker (advice on a date that does not
    /// parse) forgive a month.
    pub fn parse_forgiving(text: &str) -> Option<(Self, Option<&'static str>)> {
        let folded = fold(text);
        if let Some(read) = Self::parse(&folded) {
            return Some((read, None));
        }
        let words: Vec<&str> = folded.split(' ').collect();
        words.iter().enumerate().find_map(|(i, word)| {
            if word.chars().count() < 4 || !word.chars().all(char::is_alphabetic) {
                return None;
            }
            let mut near: Vec<(usize, &'static str)> = MONTHS
                .iter()
                .filter(|m| may_be_within(word, m, typo_allowance(m.len())))
                .map(|m| (damerau_levenshtein(word, &m.to_lowercase()), *m))
                .filter(|&(d, m)| d > 0 && d <= typo_allowance(m.len()))
                .collect();
            near.sort_unstable();
            let (d, month) = *near.first()?;
            if near.get(1).is_some_and(|&(d2, _)| d2 == d) {
                return None;
            }
            let mut fixed = words.clone();
            fixed[i] = month;
            Self::parse(&fixed.join(" ")).map(|read| (read, Some(month)))
        })
    }

    /// The month's English name.
    pub fn month_name(self) -> &'static str {
        MONTHS[usize::from(self.month - 1)]
    }
}

impl fmt::Display for MonthDay {
    /// "January 5": the canonical form shown in questions and answers.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.month_name(), self.day)
    }
}

/// Whether `word` may be within `allowance` edits of the ASCII word `name` (case aside): false only when
/// it cannot be, by a lower bound of the Damerau–Levenshtein distance that costs no allocation — the
/// difference of their lengths, and their bag distance (each insertion, deletion or substitution changes
/// the letters one side lacks by at most one; a transposition changes none). So skipping the distance
/// where this is false leaves every typo [`MonthDay::parse_forgiving`] forgives as it was.
fn may_be_within(word: &str, name: &str, allowance: usize) -> bool {
    if allowance == 0 || word.chars().count().abs_diff(name.len()) > allowance {
        return false;
    }
    let mut counts = [0i32; 26];
    let mut other = 0;
    for b in name.bytes() {
        counts[usize::from(b.to_ascii_lowercase().wrapping_sub(b'a')).min(25)] += 1;
    }
    for c in word.chars() {
        match u8::try_from(c).ok().filter(u8::is_ascii_alphabetic) {
            Some(b) => counts[usize::from(b.to_ascii_lowercase() - b'a')] -= 1,
            None => other += 1,
        }
    }
    let only_name: i32 = counts.iter().filter(|&&n| n > 0).sum();
    let only_word: i32 = other - counts.iter().filter(|&&n| n < 0).sum::<i32>();
    usize::try_from(only_name.max(only_word)).unwrap_or(usize::MAX) <= allowance
}

/// 1..=12 for a month name or its three-letter (or "sept") abbreviation.
fn month_number(word: &str) -> Option<u8> {
    if word.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| {
            let m = m.to_lowercase();
            m == word || (word.len() <= m.len() && m.starts_with(word) && (word.len() == 3 || word == "sept"))
        })
        .map(|i| i as u8 + 1)
}

/// A day number written as digits, optionally with an ordinal suffix ("5", "5th", "21st"), or as an
/// ordinal word up to the thirty-first ("fifth", "twelfth").
fn day_number(word: &str) -> Option<u8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if !digits.is_empty() {
        let suffix = &word[digits.len()..];
        if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
            return None;
        }
        return digits.parse().ok();
    }
    crate::pack::numbers::ordinal_word(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cheap_bound_never_skips_a_month_within_its_allowance() {
        // Every word of the bundled articles, and slips of every month (a letter dropped, doubled, swapped
        // or replaced, an accent): where the bound says "cannot be", the word is no slip forgiven.
        let mut words: Vec<String> = crate::pack::LIBRARY
            .iter()
            .flat_map(|b| b.article.split_whitespace())
            .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_string())
            .collect();
        for m in MONTHS {
            let m = m.to_lowercase();
            for i in 0..m.len() {
                words.push(format!("{}{}", &m[..i], &m[i + 1..]));
                words.push(format!("{}{}", &m[..=i], &m[i..]));
                words.push(format!("{}x{}", &m[..i], &m[i + 1..]));
                words.push(format!("{}é{}", &m[..i], &m[i + 1..]));
                if i + 1 < m.len() {
                    words.push(format!("{}{}{}{}", &m[..i], &m[i + 1..=i + 1], &m[i..=i], &m[i + 2..]));
                }
            }
            words.push(m.to_uppercase());
        }
        let mut skipped = 0;
        for w in &words {
            for m in MONTHS {
                let allowance = typo_allowance(m.len());
                if !may_be_within(w, m, allowance) {
                    skipped += 1;
                    let d = damerau_levenshtein(w, &m.to_lowercase());
                    let forgiven = d > 0 && d <= allowance;
                    assert!(!forgiven, "{w:?} is a slip of {m} ({d} edits), but was skipped");
                }
            }
        }
        assert!(skipped > words.len() * 10, "the bound skips most comparisons ({skipped})");
        assert_eq!(MonthDay::parse_forgiving("Agust 18").map(|(d, f)| (d.month, f)), Some((8, Some("August"))));
        assert_eq!(MonthDay::parse_forgiving("Septmeber 2").map(|(d, f)| (d.month, f)), Some((9, Some("September"))));
    }

    #[test]
    fn reads_every_common_form_of_the_same_day() {
        let jan5 = MonthDay::new(1, 5);
        for text in [
            "January 5",
            "january 5th",
            "Jan 5",
            "Jan. 5",
            "5 January",
            "5th of January",
            "the fifth of January",
            "January fifth",
            "  JANUARY   5 ",
            "Jan 05",
        ] {
            assert_eq!(MonthDay::parse(text), jan5, "{text}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_day() {
        for text in ["January 32", "February 30", "Janua 5", "5", "January", "1/5", "January 5 2026", "Ja 5"] {
            assert_eq!(MonthDay::parse(text), None, "{text}");
        }
    }

    #[test]
    fn forgives_one_misspelt_month_and_says_how_it_is_spelt() {
        let jan5 = MonthDay::new(1, 5).expect("a day");
        assert_eq!(MonthDay::parse_forgiving("Janaury 5th"), Some((jan5, Some("January"))));
        assert_eq!(MonthDay::parse_forgiving("5 Januray"), Some((jan5, Some("January"))));
        assert_eq!(MonthDay::parse_forgiving("January 5!"), Some((jan5, None)));
        // Too far from any month; short month names allow no slip at all.
        assert_eq!(MonthDay::parse_forgiving("Jxxxxry 5"), None);
        assert_eq!(MonthDay::parse_forgiving("Juny 5"), None, "June and July allow no typo");
        assert_eq!(MonthDay::parse_forgiving("Jan 32"), None);
    }

    #[test]
    fn shows_month_then_day() {
        assert_eq!(MonthDay::new(1, 12).map(|d| d.to_string()).as_deref(), Some("January 12"));
    }
}
