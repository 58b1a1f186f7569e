//! Questions as an Anki text import: one note per question, Basic (front and back) for asking and
//! answering, Cloze for a fill-in-the-blank, tagged with the question's topics, in a deck named after the
//! pack, the evidence on the back.
//!
//! Rules kept:
//! - The header lines tell Anki everything (`#separator:tab`, `#html:true`, the note type, deck and tags
//!   columns), so Anki's importer adds every note without asking and without a warning.
//! - A note's first field is unique in the file (Anki skips a note whose first field repeats one of its
//!   note type): a question whose front would repeat an earlier one gets the next one's position noted.
//! - Every field is HTML that shows exactly its text: `& < > " '` as entities, `{` `}` as entities (so no
//!   text can open a cloze), control and bidirectional characters as visible escapes, so no tab or line
//!   break can split a note.
//! - Matching and timelines become Basic notes with the items on the front and the pairs or the order on
//!   the back: the same question, as a flashcard asks it. Nothing is left out.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::forms::{Exported, html, typed_forms};
use crate::export::text::letter;
use crate::generate::cloze::{BLANK, PROMPT};
use crate::grade::units::numeric_hint;
use crate::question::{Body, Expected, Question, QuestionKind};
use crate::text::safe::visible;

/// `text` as an Anki field: [`html`], and braces as entities so nothing reads as cloze markup.
fn field(text: &str) -> String {
    html(text).replace('{', "&#123;").replace('}', "&#125;")
}

/// The back of `q`: the answer, other accepted forms, the evidence.
fn back(q: &Question) -> String {
    let mut s = q.answer_lines().iter().map(|l| field(l)).collect::<Vec<_>>().join("<br>");
    if matches!(q.body, Body::Typed { expected: Expected::Text { .. }, .. }) {
        let forms = typed_forms(q);
        if forms.len() > 1 {
            let others: Vec<String> = forms.iter().skip(1).map(|f| field(f)).collect();
            let _ = write!(s, "<br><small>Also right: {}</small>", others.join("; "));
        }
    }
    let _ = write!(s, "<br><br><i>Evidence: \u{201c}{}\u{201d}</i>", field(&q.evidence.join(" / ")));
    s
}

/// The front of a Basic note for `q`.
fn front(q: &Question) -> String {
    let prompt = field(&q.prompt);
    let list = |items: &[String], numbered: bool| -> String {
        let mut rows = String::new();
        for (i, t) in items.iter().enumerate() {
            let mark = if numbered { format!("{}.", i + 1) } else { format!("{})", letter(i)) };
            let _ = write!(rows, "<br>{mark} {}", field(t));
        }
        rows
    };
    match &q.body {
        Body::Choice { options, .. } => format!("{prompt}{}", list(options, false)),
        Body::TrueFalse { .. } => format!("True or false? {prompt}"),
        Body::Typed { expected: Expected::Number { .. }, unit, .. } => {
            format!("{prompt} {}", field(&numeric_hint(unit.as_deref())))
        }
        Body::Typed { .. } => prompt,
        Body::Match { left, right, .. } => format!("{prompt}{}<br>{}", list(left, true), list(right, false)),
        Body::Order { items, .. } => format!("{prompt}{}", list(items, false)),
    }
}

/// The text of a Cloze note for a fill-in-the-blank `q`, if its prompt has exactly one blank.
fn cloze(q: &Question) -> Option<String> {
    let body = q.prompt.strip_prefix(PROMPT).unwrap_or(&q.prompt);
    let mut parts = body.split(BLANK);
    let (Some(before), Some(after), None) = (parts.next(), parts.next(), parts.next()) else { return None };
    let Body::Typed { answer, .. } = &q.body else { return None };
    Some(format!("{}{{{{c1::{}}}}}{}", field(before), field(answer), field(after)))
}

/// A deck name Anki reads as one deck below "Dossier": no "::" (Anki's deck separator), no quote that
/// would start a quoted field, control characters visible.
fn deck(title: &str) -> String {
    let name = visible(title).replace("::", ":").replace('"', "\u{201d}").replace('\t', " ");
    format!("Dossier::{}", if name.trim().is_empty() { "Quiz" } else { name.trim() })
}

/// `questions` as an Anki text file for the deck `title`.
pub fn anki(title: &str, questions: &[Question]) -> Exported {
    let mut out = Exported::default();
    let mut s = String::from(
        "#separator:tab\n#html:true\n#notetype column:1\n#deck column:2\n#tags column:5\n\
         #columns:Note type\tDeck\tFront or Text\tBack or Back Extra\tTags\n",
    );
    let deck = deck(title);
    let mut fronts: BTreeSet<(&'static str, String)> = BTreeSet::new();
    for (n, q) in questions.iter().enumerate() {
        let tags: Vec<String> =
            q.topics.iter().map(|t| visible(t).split_whitespace().collect::<Vec<_>>().join("_")).collect();
        let (kind, mut first, second) = match (q.kind, cloze(q)) {
            (QuestionKind::Cloze, Some(text)) => {
                ("Cloze", text, format!("<i>Evidence: \u{201c}{}\u{201d}</i>", field(&q.evidence.join(" / "))))
            }
            _ => ("Basic", front(q), back(q)),
        };
        if !fronts.insert((kind, first.clone())) {
            let _ = write!(first, "<br><small>(question {})</small>", n + 1);
            fronts.insert((kind, first.clone()));
        }
        let _ = writeln!(s, "{kind}\t{deck}\t{first}\t{second}\t{}", tags.join(" "));
        *out.counts.entry(if kind == "Cloze" { "cloze" } else { "basic" }).or_default() += 1;
    }
    out.bytes = s.into_bytes();
    out
}
