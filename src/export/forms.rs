//! What other systems need that Dossier's own grader does not: every written form of a typed answer, for
//! readers that compare strings exactly (Moodle's short answer, an answer key on paper), HTML that shows
//! exactly the text it is given, and the tally of an export (how many of each kind went out, which
//! questions were left out and why).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::pack::date::MonthDay;
use crate::pack::when::{Dateline, When};
use crate::question::{Body, Expected, Question};
use crate::text::safe::visible;

/// The written forms a reader that compares strings (ignoring case) should accept for a typed answer:
/// every accepted wording of a name; for a day, "October 9", "9 October", "Oct 9", "9 Oct", "October 9th"
/// and, where the article gives the year, the same with it; for a relative day ("yesterday"), the stated
/// form and the day it names; for a number, its digits. The canonical answer comes first; no form twice.
pub fn typed_forms(q: &Question) -> Vec<String> {
    let Body::Typed { answer, expected, .. } = &q.body else { return Vec::new() };
    let mut forms: Vec<String> = vec![answer.clone()];
    match expected {
        Expected::Text { accepted, .. } => forms.extend(accepted.iter().cloned()),
        Expected::Date(md) => forms.extend(day_forms(*md, None)),
        Expected::When { when, dateline } => {
            forms.push(when.to_string());
            match when {
                When::Day { date, year } => {
                    forms.extend(day_forms(*date, *year));
                    if year.is_some() {
                        forms.extend(day_forms(*date, None));
                    }
                }
                When::Span { from, to } => {
                    forms.push(format!("{from}-{to}"));
                    forms.push(format!("{from} to {to}"));
                }
                When::Relative(_) => {
                    if let Some(When::Day { date, year }) = dateline.as_ref().and_then(|d| resolved(when, d)) {
                        forms.extend(day_forms(date, year));
                        forms.extend(day_forms(date, None));
                    }
                }
                _ => {}
            }
        }
        Expected::Number { value, .. } => forms.push(number(*value)),
    }
    let mut seen = std::collections::BTreeSet::new();
    forms.retain(|f| !f.trim().is_empty() && seen.insert(f.to_lowercase()));
    forms
}

/// The day a relative `when` names, worked out against `dateline` (a day with its year).
fn resolved(when: &When, dateline: &When) -> Option<When> {
    let (When::Relative(rel), When::Day { date, year: Some(year) }) = (when, dateline) else { return None };
    Dateline::new(*year, date.month, date.day)?.resolve(*rel)?.when()
}

/// A day's common written forms, with `year` when given.
fn day_forms(md: MonthDay, year: Option<i32>) -> Vec<String> {
    let month = md.month_name();
    let short = month.get(..3).unwrap_or(month);
    let day = md.day;
    let th = ordinal(usize::from(day));
    match year {
        None => vec![
            format!("{month} {day}"),
            format!("{day} {month}"),
            format!("{short} {day}"),
            format!("{day} {short}"),
            format!("{month} {day}{th}"),
            format!("{day}{th} {month}"),
        ],
        Some(y) => vec![
            format!("{month} {day}, {y}"),
            format!("{month} {day} {y}"),
            format!("{day} {month} {y}"),
            format!("{short} {day}, {y}"),
            format!("{day} {short} {y}"),
        ],
    }
}

/// The English ordinal suffix of `n`: "st", "nd", "rd" or "th" (11th, 12th, 13th).
pub fn ordinal(n: usize) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

/// A number as digits: no trailing ".0", no exponent.
pub fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        let s = format!("{value}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// `text` as HTML text that shows exactly its characters: `& < > " '` as entities, control and
/// bidirectional characters as visible escapes ([`visible`]), so `<script>` is shown, never run, and no
/// character reorders or breaks what surrounds it.
pub fn html(text: &str) -> String {
    let text = visible(text);
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A question an export could not carry, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    /// The question's id.
    pub id: String,
    /// Why, as a sentence fragment ("GIFT has no ordering question with fewer than three items").
    pub why: String,
}

/// An export: the file's text (or bytes for binary formats), how many questions of each of the format's
/// types it holds, and the questions it left out.
#[derive(Debug, Clone, Default)]
pub struct Exported {
    /// The file's content.
    pub bytes: Vec<u8>,
    /// The format's question type → how many were written.
    pub counts: BTreeMap<&'static str, usize>,
    /// The questions left out, with why.
    pub left_out: Vec<LeftOut>,
}

impl Exported {
    /// How many questions were written.
    pub fn written(&self) -> usize {
        self.counts.values().sum()
    }

    /// One sentence for the user: what was written and what was left out (grouped by reason).
    pub fn summary(&self, format: &str) -> String {
        let kinds: Vec<String> = self.counts.iter().map(|(k, n)| format!("{n} {}", k.to_lowercase())).collect();
        let mut s = format!(
            "{} question{} written as {format} ({})",
            self.written(),
            if self.written() == 1 { "" } else { "s" },
            kinds.join(", ")
        );
        let mut why: BTreeMap<&str, usize> = BTreeMap::new();
        for l in &self.left_out {
            *why.entry(l.why.as_str()).or_default() += 1;
        }
        for (reason, n) in why {
            let _ = write!(s, "; {n} left out: {reason}");
        }
        s.push('.');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_as_people_write_them() {
        assert_eq!(number(7.0), "7");
        assert_eq!(number(71.5), "71.5");
        assert_eq!(number(-3.0), "-3");
    }

    #[test]
    fn html_shows_markup_and_controls_as_text() {
        assert_eq!(
            html("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert_eq!(html("a\u{202e}b\nc"), "a\\u{202e}b\\nc");
    }

    #[test]
    fn days_have_their_common_forms() {
        let md = MonthDay::new(10, 22).expect("a day");
        let forms = day_forms(md, None);
        assert!(forms.contains(&"22 October".to_string()) && forms.contains(&"October 22nd".to_string()));
        assert!(day_forms(MonthDay::new(1, 11).expect("a day"), None).contains(&"January 11th".to_string()));
        assert!(day_forms(md, Some(2015)).contains(&"22 Oct 2015".to_string()));
    }
}
