//! Questions as CSV, one question a row, for a spreadsheet or a script: id, kind, prompt, options, answer,
//! accepted forms, evidence, topics.
//!
//! Rules kept: RFC 4180 (every field quoted, a quote doubled, rows ended by CRLF); control and bidirectional
//! characters as visible escapes, so a row is one line; a field that a spreadsheet would run as a formula
//! (starting with `= + - @`) starts with an apostrophe instead, so opening the file runs nothing.

use std::fmt::Write as _;

use super::forms::{Exported, typed_forms};
use crate::question::{Body, Question};
use crate::text::safe::visible;

/// The header row.
pub const HEADER: [&str; 8] = ["id", "kind", "prompt", "options", "answer", "accepted", "evidence", "topics"];

/// One CSV field: quoted, quotes doubled, controls visible, a formula disarmed.
pub fn cell(text: &str) -> String {
    let text = visible(text);
    let guarded = if text.starts_with(['=', '+', '-', '@']) { format!("'{text}") } else { text.into_owned() };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}

fn row(fields: &[String]) -> String {
    let cells: Vec<String> = fields.iter().map(|f| cell(f)).collect();
    format!("{}\r\n", cells.join(","))
}

/// `questions` as CSV with a header row.
pub fn csv(questions: &[Question]) -> Exported {
    let mut out = Exported::default();
    let mut s = row(&HEADER.map(String::from));
    for q in questions {
        let options = match &q.body {
            Body::Match { left, right, .. } => format!("{} || {}", left.join(" | "), right.join(" | ")),
            Body::Order { items, .. } => items.join(" | "),
            _ => q.options().join(" | "),
        };
        let _ = write!(
            s,
            "{}",
            row(&[
                q.id.clone(),
                q.kind.code().to_string(),
                q.prompt.clone(),
                options,
                q.answer_lines().join(" | "),
                typed_forms(q).join(" | "),
                q.evidence.join(" / "),
                q.topics.join(" "),
            ])
        );
        *out.counts.entry(q.kind.name()).or_default() += 1;
    }
    out.bytes = s.into_bytes();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_and_quotes_are_made_harmless() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("a\nb"), "\"a\\nb\"");
        assert_eq!(cell("plain"), "\"plain\"");
    }
}
