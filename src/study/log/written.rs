//! The fast path of reading the attempt log: a record in exactly the shape Dossier writes it, read without
//! the RON parser. Anything else is `None` and goes to the RON parser, so this path changes no outcome.

use super::{Attempt, Mode};
use crate::question::QuestionKind;

/// Reads a record in exactly the shape this program writes it — `ron::to_string(&attempt.normalised())`:
/// fields in declaration order, no spaces, no struct name, strings escaped as `char::escape_debug` does,
/// integers in plain decimal, floats as `{:?}` prints them — several times faster than the RON parser.
/// `None` for anything else (older records without `utc_offset`, hand-edited lines, other escapes), which
/// then go to [`ron::from_str`] as before. Whatever it accepts, `ron::from_str` reads the same way (the
/// tests check this), so the fast path changes no outcome.
pub(super) fn parse_written(text: &str) -> Option<Attempt> {
    let mut p = Written { text, at: 0 };
    p.tag("(at:")?;
    let at = p.integer()?;
    p.tag(",utc_offset:")?;
    let utc_offset = p.integer()?;
    p.tag(",pack:")?;
    let pack = p.string()?;
    p.tag(",question:")?;
    let question = p.string()?;
    p.tag(",facts:")?;
    let facts = p.strings()?;
    p.tag(",topics:")?;
    let topics = p.strings()?;
    p.tag(",kind:")?;
    let kind = match p.identifier() {
        "mc" => QuestionKind::Mc,
        "tf" => QuestionKind::Tf,
        "cloze" => QuestionKind::Cloze,
        "short" => QuestionKind::Short,
        "match" => QuestionKind::Match,
        "order" => QuestionKind::Order,
        "numeric" => QuestionKind::Numeric,
        _ => return None,
    };
    p.tag(",mode:")?;
    let mode = match p.identifier() {
        "practice" => Mode::Practice,
        "exam" => Mode::Exam,
        "review" => Mode::Review,
        "weak" => Mode::Weak,
        _ => return None,
    };
    p.tag(",answer:")?;
    let answer = p.string()?;
    p.tag(",score:")?;
    let score = p.float()?;
    p.tag(",secs:")?;
    let secs = p.float()?;
    p.tag(")")?;
    (p.at == text.len()).then_some(Attempt {
        at,
        utc_offset,
        pack,
        question,
        facts,
        topics,
        kind,
        mode,
        answer,
        score,
        secs,
    })
}

/// A cursor for [`parse_written`]. It only ever stops at ASCII bytes, so `at` is always a char boundary.
struct Written<'t> {
    text: &'t str,
    at: usize,
}

impl<'t> Written<'t> {
    fn rest(&self) -> &[u8] {
        &self.text.as_bytes()[self.at..]
    }

    fn tag(&mut self, tag: &str) -> Option<()> {
        self.rest().starts_with(tag.as_bytes()).then(|| self.at += tag.len())
    }

    /// The longest run of bytes from the cursor that satisfy `ok` (all ASCII), consumed.
    fn run(&mut self, ok: impl Fn(u8) -> bool) -> &'t str {
        let len = self.rest().iter().take_while(|&&b| ok(b)).count();
        let run = &self.text[self.at..self.at + len];
        self.at += len;
        run
    }

    /// An integer as `Display` writes it: an optional `-`, then digits without leading zeros.
    fn integer<T: std::str::FromStr>(&mut self) -> Option<T> {
        let negative = self.tag("-").is_some();
        let start = self.at - usize::from(negative);
        let digits = self.run(|b| b.is_ascii_digit());
        if digits.is_empty() || (digits.starts_with('0') && (digits.len() > 1 || negative)) {
            return None;
        }
        self.text[start..self.at].parse().ok()
    }

    /// A float as `{:?}` writes a finite one (`4.2`, `-0.0`, `1e-7`): RON hands the same run of characters
    /// to the same `f64::from_str`.
    fn float(&mut self) -> Option<f64> {
        let run = self.run(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'-'));
        if !run.starts_with(|c: char| c.is_ascii_digit() || c == '-') || !run.contains(['.', 'e']) || run.contains("..")
        {
            return None;
        }
        run.parse().ok()
    }

    /// A unit variant's name.
    fn identifier(&mut self) -> &'t str {
        self.run(|b| b.is_ascii_lowercase())
    }

    /// A string as `char::escape_debug` escapes it: `\0 \t \r \n \' \" \\` and `\u{…}`; any other character
    /// as itself.
    fn string(&mut self) -> Option<String> {
        self.tag("\"")?;
        let mut out = String::new();
        loop {
            let plain = self.rest().iter().position(|&b| b == b'"' || b == b'\\')?;
            out.push_str(&self.text[self.at..self.at + plain]);
            self.at += plain + 1;
            if self.text.as_bytes()[self.at - 1] == b'"' {
                return Some(out);
            }
            let escape = *self.rest().first()?;
            self.at += 1;
            out.push(match escape {
                b'0' => '\0',
                b't' => '\t',
                b'r' => '\r',
                b'n' => '\n',
                b'\'' => '\'',
                b'"' => '"',
                b'\\' => '\\',
                b'u' => {
                    self.tag("{")?;
                    let hex = self.run(|b| b.is_ascii_hexdigit());
                    if hex.is_empty() || hex.len() > 6 {
                        return None;
                    }
                    let code = u32::from_str_radix(hex, 16).ok()?;
                    self.tag("}")?;
                    char::from_u32(code)?
                }
                _ => return None,
            });
        }
    }

    /// `[]` or `["a","b"]`.
    fn strings(&mut self) -> Option<Vec<String>> {
        self.tag("[")?;
        let mut out = Vec::new();
        if self.tag("]").is_some() {
            return Some(out);
        }
        loop {
            out.push(self.string()?);
            if self.tag("]").is_some() {
                return Some(out);
            }
            self.tag(",")?;
        }
    }
}
