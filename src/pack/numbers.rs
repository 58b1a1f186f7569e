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

/// Reads a number written on its own, as digits ("136", "136.0", "1,360", "0.5", ".5"), as digits with a
/// scale word ("2 thousand", "1.5 million") or as English words ("five", "one hundred thirty-six").
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
        if let Some(n) = parse_digits(head.trim()) {
            return Some(n * factor);
        }
    }
    parse_words(text).map(|n| n as f64)
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
    fn ordinal_days() {
        assert_eq!(ordinal_word("fifth"), Some(5));
        assert_eq!(ordinal_word("twelfth"), Some(12));
        assert_eq!(ordinal_word("twenty-first"), Some(21));
        assert_eq!(ordinal_word("thirty-first"), Some(31));
        assert_eq!(ordinal_word("twenty-zeroth"), None);
    }
}
