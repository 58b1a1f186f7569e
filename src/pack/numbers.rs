//! English number words, for numbers typed as words ("five", "one hundred thirty-six") and ordinal days.

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const ORDINALS: [&str; 20] = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];

/// Reads a whole number written in English words below one million: "five", "twenty-one",
/// "one hundred and thirty-six", "a hundred", "two thousand". `None` if any word is not a number word.
pub fn parse_words(text: &str) -> Option<u64> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '-' || c == ',')
        .filter(|w| !w.is_empty() && *w != "and")
        .collect();
    if words.is_empty() {
        return None;
    }
    let (mut total, mut current) = (0u64, 0u64);
    for (i, word) in words.iter().enumerate() {
        if let Some(n) = UNITS.iter().position(|u| u == word) {
            current += n as u64;
        } else if let Some(n) = TENS.iter().position(|t| !t.is_empty() && t == word) {
            current += 10 * n as u64;
        } else if *word == "a" && i == 0 && matches!(words.get(1), Some(&("hundred" | "thousand"))) {
            current += 1;
        } else if *word == "hundred" && current < 100 {
            current = current.max(1) * 100;
        } else if *word == "thousand" && total == 0 && current < 1000 {
            // One "thousand" at most, after at most hundreds: this keeps the result below a million and
            // the arithmetic far from overflow whatever the learner types ("hundred hundred hundred …").
            total = current.max(1) * 1000;
            current = 0;
        } else {
            return None;
        }
    }
    Some(total + current)
}

/// Reads a number written on its own, as digits ("136", "136.0", "1,360", "0.5", ".5"), as digits or words
/// with a scale word ("2 thousand", "1.5 million", "two million") or as English words ("five", "one hundred thirty-six").
/// Thousands separators must group by three ("13,60" is refused). Units and hedges around the number
/// ("over", "years") are the caller's business: `None` unless `text` is just a number.
pub fn parse_number(text: &str) -> Option<f64> {
    let text = text.trim();
    if let Some(n) = parse_digits(text) {
        return Some(n);
    }
    if let Some((head, scale)) = text.rsplit_once(char::is_whitespace) {
        let factor = match scale.to_lowercase().as_str() {
            "hundred" => 100.0,
            "thousand" => 1000.0,
            "million" => 1_000_000.0,
            _ => return parse_words(text).map(|n| n as f64),
        };
        if let Some(n) = parse_digits(head.trim()).or_else(|| parse_words(head).map(|n| n as f64)) {
            return Some(n * factor);
        }
    }
    parse_words(text).map(|n| n as f64)
}

/// The number that opens a hyphenated word, as written ("twelve" of "twelve-member", "twenty-five" of
/// "twenty-five-year", "19" of "19-member"): the longest part before a hyphen that [`parse_number`] reads,
/// the word itself when it is a number whole ("twenty-five"). `None` when no part before a hyphen is a
/// number ("well-known", "year-old").
pub fn hyphenated_number(word: &str) -> Option<&str> {
    if parse_number(word).is_some() {
        return Some(word);
    }
    word.match_indices('-').rev().map(|(at, _)| &word[..at]).find(|head| parse_number(head).is_some())
}

/// A non-negative decimal number in digits, with optional thousands commas grouped by three.
fn parse_digits(text: &str) -> Option<f64> {
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let (int, frac) = match text.split_once('.') {
        Some((int, frac)) => (int, Some(frac)),
        None => (text, None),
    };
    if frac.is_some_and(|f| f.is_empty() || !all_digits(f)) {
        return None;
    }
    let int = if int.contains(',') {
        let mut groups = int.split(',');
        let first = groups.next().unwrap_or_default();
        if first.is_empty() || first.len() > 3 || !all_digits(first) {
            return None;
        }
        if !groups.all(|g| g.len() == 3 && all_digits(g)) {
            return None;
        }
        int.replace(',', "")
    } else {
        if !all_digits(int) || (int.is_empty() && frac.is_none()) {
            return None;
        }
        int.to_string()
    };
    let int = if int.is_empty() { "0" } else { int.as_str() };
    format!("{int}.{}", frac.unwrap_or("0")).parse().ok()
}

/// How an article writes a number: the form statements, options and answers print it in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberStyle {
    /// Digits alone: "84121", "136", "2.5".
    Plain,
    /// Digits with thousands commas: "84,121".
    Grouped,
    /// Digits with a scale word: "2 million", "1.5 billion", "5 thousand".
    Scaled(&'static str),
}

/// Scale words an article writes after digits, with their factor, largest first.
const SCALES: [(&str, f64); 3] = [("billion", 1e9), ("million", 1e6), ("thousand", 1e3)];

impl NumberStyle {
    /// The style `evidence` writes `value` in: digits with a scale word ("2 million") or with commas
    /// ("84,121") when the evidence has that form as whole words, plain digits otherwise. Rule kept: a form
    /// is chosen only when the evidence contains it, so a number the evidence writes as plain digits (or
    /// does not write at all) prints as plain digits.
    pub fn of(value: f64, evidence: &str) -> Self {
        let candidates = [Self::Scaled("billion"), Self::Scaled("million"), Self::Scaled("thousand"), Self::Grouped];
        candidates
            .into_iter()
            .find(|style| style.write(value).is_some_and(|form| contains_words(evidence, &form)))
            .unwrap_or(Self::Plain)
    }

    /// `value` in this style, when it has one: a scale word only for a value it divides into at most
    /// two decimals ("2 million", "1.25 million"), commas only for a whole number of 1,000 or more.
    pub fn write(self, value: f64) -> Option<String> {
        match self {
            Self::Plain => Some(plain(value)),
            Self::Grouped => (value.fract() == 0.0 && (1000.0..1e15).contains(&value)).then(|| group(value as u64)),
            Self::Scaled(word) => {
                let factor = SCALES.iter().find(|(w, _)| *w == word)?.1;
                let head = value / factor;
                let cents = head * 100.0;
                (value >= factor && (cents - cents.round()).abs() < 1e-6)
                    .then(|| format!("{} {word}", plain(cents.round() / 100.0)))
            }
        }
    }

    /// `value` in this style, or as plain digits when the style does not fit it.
    pub fn show(self, value: f64) -> String {
        self.write(value).unwrap_or_else(|| plain(value))
    }
}

/// A number as plain digits: whole numbers without decimals ("136"), others as Rust prints them ("2.5").
pub fn plain(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 { format!("{}", value as i64) } else { format!("{value}") }
}

/// A whole number with thousands commas ("84,121").
fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Whether `text` contains `form` (ASCII case aside) with neither a letter, a digit nor a digit-joining
/// comma or point right before or after it ("84,121" is not in "184,121" nor in "84,121,000").
fn contains_words(text: &str, form: &str) -> bool {
    let (hay, needle) = (text.as_bytes(), form.as_bytes());
    if needle.is_empty() || needle.len() > hay.len() {
        return false;
    }
    let digit_at = |j: Option<usize>| j.and_then(|j| hay.get(j)).is_some_and(u8::is_ascii_digit);
    (0..=hay.len() - needle.len()).any(|i| {
        let end = i + needle.len();
        hay[i..end].eq_ignore_ascii_case(needle)
            && i.checked_sub(1).and_then(|j| hay.get(j)).is_none_or(|b| {
                !(b.is_ascii_alphanumeric() || (matches!(b, b',' | b'.') && digit_at(i.checked_sub(2))))
            })
            && hay
                .get(end)
                .is_none_or(|b| !(b.is_ascii_alphanumeric() || (matches!(b, b',' | b'.') && digit_at(Some(end + 1)))))
    })
}

/// The day number of an ordinal word up to "thirty-first" ("fifth" → 5, "twenty-first" → 21).
pub fn ordinal_word(word: &str) -> Option<u8> {
    if let Some(n) = ORDINALS.iter().position(|o| *o == word) {
        return Some(n as u8);
    }
    let (tens, rest) = word.split_once('-')?;
    let t = TENS.iter().position(|t| !t.is_empty() && *t == tens)?;
    let u = ORDINALS.iter().position(|o| *o == rest).filter(|u| (1..10).contains(u))?;
    Some((10 * t + u) as u8)
}

/// The English words for a whole number below one million ("one hundred thirty-six").
pub fn to_words(n: u64) -> String {
    if n < 20 {
        return UNITS[n as usize].to_string();
    }
    if n < 100 {
        let (t, u) = (n / 10, n % 10);
        return if u == 0 {
            TENS[t as usize].to_string()
        } else {
            format!("{}-{}", TENS[t as usize], UNITS[u as usize])
        };
    }
    if n < 1000 {
        let (h, rest) = (n / 100, n % 100);
        let head = format!("{} hundred", UNITS[h as usize]);
        return if rest == 0 { head } else { format!("{head} {}", to_words(rest)) };
    }
    let (th, rest) = (n / 1000, n % 1000);
    let head = format!("{} thousand", to_words(th));
    if rest == 0 { head } else { format!("{head} {}", to_words(rest)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_words_as_people_write_them() {
        assert_eq!(parse_words("five"), Some(5));
        assert_eq!(parse_words("Twenty-One"), Some(21));
        assert_eq!(parse_words("one hundred and thirty-six"), Some(136));
        assert_eq!(parse_words("one hundred thirty six"), Some(136));
        assert_eq!(parse_words("a hundred"), Some(100));
        assert_eq!(parse_words("two thousand and five"), Some(2005));
        assert_eq!(parse_words("five apples"), None);
        assert_eq!(parse_words("a thousand"), Some(1000));
        assert_eq!(parse_words("a five"), None);
        assert_eq!(parse_words("a"), None);
        assert_eq!(parse_words(""), None);
    }

    #[test]
    fn words_round_trip() {
        for n in [0, 7, 13, 20, 45, 100, 136, 999, 1000, 2026, 123_456] {
            assert_eq!(parse_words(&to_words(n)), Some(n), "{n}");
        }
    }

    #[test]
    fn refuses_runaway_scales_without_overflowing() {
        assert_eq!(parse_words(&"hundred ".repeat(40)), None);
        assert_eq!(parse_words("one thousand thousand"), None);
        assert_eq!(parse_words("one hundred hundred"), None);
        assert_eq!(parse_words("nine hundred ninety-nine thousand nine hundred ninety-nine"), Some(999_999));
    }

    #[test]
    fn reads_numbers_typed_as_digits_or_words() {
        for (text, n) in [
            ("136", 136.0),
            (" 136.0 ", 136.0),
            ("1,360", 1360.0),
            ("1,360,000", 1_360_000.0),
            ("0.5", 0.5),
            (".5", 0.5),
            ("2 thousand", 2000.0),
            ("1.5 million", 1_500_000.0),
            ("five", 5.0),
            ("one hundred thirty-six", 136.0),
            ("Two Thousand And Five", 2005.0),
            ("two million", 2_000_000.0),
            ("2,000,000", 2_000_000.0),
        ] {
            assert_eq!(parse_number(text), Some(n), "{text}");
        }
    }

    #[test]
    fn refuses_what_is_not_just_a_number() {
        for text in ["", ".", "5.", "13,60", ",136", "1,36", "1e5", "-5", "5 years", "over 5", "five apples", "136 136"]
        {
            assert_eq!(parse_number(text), None, "{text}");
        }
    }

    #[test]
    fn styles_follow_the_evidence() {
        let turnout = "a record-breaking turnout of around 2 million voters";
        assert_eq!(NumberStyle::of(2_000_000.0, turnout), NumberStyle::Scaled("million"));
        assert_eq!(NumberStyle::of(2_000_000.0, turnout).show(2_000_000.0), "2 million");
        assert_eq!(NumberStyle::of(84121.0, "elected with 84,121 votes").show(84121.0), "84,121");
        assert_eq!(NumberStyle::of(84121.0, "elected with 84121 votes"), NumberStyle::Plain);
        assert_eq!(NumberStyle::of(84121.0, "elected with 184,121 votes"), NumberStyle::Plain);
        assert_eq!(NumberStyle::of(136.0, "136 of them"), NumberStyle::Plain);
        assert_eq!(NumberStyle::Grouped.show(5_000_000.0), "5,000,000");
        assert_eq!(NumberStyle::Scaled("million").show(1_500_000.0), "1.5 million");
        assert_eq!(NumberStyle::Scaled("million").show(1_234_567.0), "1234567");
        assert_eq!(NumberStyle::Grouped.show(999.0), "999");
    }

    #[test]
    fn a_number_opening_a_hyphenated_word_is_read() {
        assert_eq!(hyphenated_number("twelve-member"), Some("twelve"));
        assert_eq!(hyphenated_number("twenty-five-year"), Some("twenty-five"));
        assert_eq!(hyphenated_number("19-member"), Some("19"));
        assert_eq!(hyphenated_number("twenty-five"), Some("twenty-five"));
        assert_eq!(hyphenated_number("well-known"), None);
        assert_eq!(hyphenated_number("year-old"), None);
    }

    #[test]
    fn ordinal_days() {
        assert_eq!(ordinal_word("fifth"), Some(5));
        assert_eq!(ordinal_word("twelfth"), Some(12));
        assert_eq!(ordinal_word("twenty-first"), Some(21));
        assert_eq!(ordinal_word("thirty-first"), Some(31));
        assert_eq!(ordinal_word("twenty-zeroth"), None);
    }
}
