//! Questions as plain text (terminal) and Markdown (handouts), with an optional answer key.
//!
//! Whatever a pack holds is printed safely: a control or bidirectional character is shown as a visible
//! escape (`\n`, `\u{202e}`) in both forms, so no field spills onto another line or reorders the text
//! around it, and Markdown escapes every character that could start a Markdown or HTML construct.

use std::fmt::Write as _;

use crate::grade::units::{numeric_hint, short_unit};
use crate::question::{Body, Expected, Question};
use crate::text::safe::visible;

/// The letter for option `i`: A, B, C, …
pub fn letter(i: usize) -> char {
    char::from(b'A' + (i % 26) as u8)
}

/// How to answer a question at the terminal, shown under it.
pub fn answer_hint(q: &Question) -> &'static str {
    match &q.body {
        Body::Choice { .. } => "Answer with a letter (A-D) or a number (1-4).",
        Body::TrueFalse { .. } => "Answer T (true) or F (false).",
        Body::Typed { .. } => "Type your answer.",
        Body::Match { .. } => "Give the letter matching each numbered item, in order (e.g. \"B A C\").",
        Body::Order { .. } => "Give the letters in time order, earliest first (e.g. \"C A B\").",
    }
}

/// Question number `n` as plain text: the prompt and its options or items, no answer.
pub fn question(n: usize, q: &Question) -> String {
    let mut s = format!("{n}. [{}] {}\n", q.kind.name(), visible(&q.prompt));
    match &q.body {
        Body::Choice { options, .. } => {
            for (i, o) in options.iter().enumerate() {
                let _ = writeln!(s, "   {}) {}", letter(i), visible(o));
            }
        }
        Body::TrueFalse { .. } => s.push_str("   True / False\n"),
        Body::Typed { expected: Expected::Number { .. }, unit, .. } => {
            let _ = writeln!(s, "   {}", visible(&numeric_hint(unit.as_deref())));
        }
        Body::Typed { .. } => {}
        Body::Match { left, right, .. } => {
            for (i, l) in left.iter().enumerate() {
                let _ = writeln!(s, "   {}. {}", i + 1, visible(l));
            }
            for (i, r) in right.iter().enumerate() {
                let _ = writeln!(s, "   {}) {}", letter(i), visible(r));
            }
        }
        Body::Order { items, .. } => {
            for (i, it) in items.iter().enumerate() {
                let _ = writeln!(s, "   {}) {}", letter(i), visible(it));
            }
        }
    }
    s
}

/// The answer of `q` as the key shows it: letters where the learner answers with letters (control and
/// bidirectional characters shown as escapes).
pub fn key_answer(q: &Question) -> String {
    visible(&raw_key_answer(q)).into_owned()
}

fn raw_key_answer(q: &Question) -> String {
    match &q.body {
        Body::Choice { options, correct } => {
            format!("{}) {}", letter(*correct), options.get(*correct).map_or("", String::as_str))
        }
        Body::Match { pairs, .. } => {
            let letters: Vec<String> = pairs.iter().map(|&p| letter(p).to_string()).collect();
            format!("{} ({})", letters.join(" "), q.answer_text())
        }
        Body::Order { order, .. } => {
            let letters: Vec<String> = order.iter().map(|&p| letter(p).to_string()).collect();
            format!("{} ({})", letters.join(" "), q.answer_text())
        }
        Body::TrueFalse { answer } => if *answer { "True" } else { "False" }.to_string(),
        Body::Typed { .. } => q.answer_text(),
    }
}

/// A whole quiz as plain text, with the answer key after it when `key` is set.
pub fn quiz(title: &str, questions: &[Question], key: bool) -> String {
    let mut s = format!("{}\n\n", visible(title));
    for (i, q) in questions.iter().enumerate() {
        s.push_str(&question(i + 1, q));
        s.push('\n');
    }
    if key {
        s.push_str("Answer key\n\n");
        for (i, q) in questions.iter().enumerate() {
            let _ = writeln!(s, "{}. {}", i + 1, key_answer(q));
            let _ = writeln!(s, "   Evidence: \u{201c}{}\u{201d}", visible(&q.evidence.join(" / ")));
        }
    }
    s
}

/// A whole quiz as Markdown, with the answer key after it when `key` is set.
pub fn markdown(title: &str, questions: &[Question], key: bool) -> String {
    let mut s = format!("# {}\n\n", md_escape(title));
    for (i, q) in questions.iter().enumerate() {
        let _ = writeln!(s, "{}. **{}** {}\n", i + 1, q.kind.name(), md_escape(&q.prompt));
        match &q.body {
            Body::Choice { options, .. } => {
                for (j, o) in options.iter().enumerate() {
                    let _ = writeln!(s, "    - {}) {}", letter(j), md_escape(o));
                }
            }
            Body::TrueFalse { .. } => s.push_str("    - True\n    - False\n"),
            Body::Typed { unit, .. } => {
                let unit =
                    unit.as_deref().and_then(short_unit).map(|u| format!(" {}", md_escape(u))).unwrap_or_default();
                let _ = writeln!(s, "    Answer: ________{unit}");
            }
            Body::Match { left, right, .. } => {
                for (j, l) in left.iter().enumerate() {
                    let _ = writeln!(s, "    {}. {}", j + 1, md_escape(l));
                }
                s.push('\n');
                for (j, r) in right.iter().enumerate() {
                    let _ = writeln!(s, "    - {}) {}", letter(j), md_escape(r));
                }
            }
            Body::Order { items, .. } => {
                for (j, it) in items.iter().enumerate() {
                    let _ = writeln!(s, "    - {}) {}", letter(j), md_escape(it));
                }
            }
        }
        s.push('\n');
    }
    if key {
        s.push_str("## Answer key\n\n");
        for (i, q) in questions.iter().enumerate() {
            let _ = writeln!(
                s,
                "{}. {}  \n   > {}\n",
                i + 1,
                md_escape(&key_answer(q)),
                md_escape(&q.evidence.join(" / "))
            );
        }
    }
    s
}

/// `text` as one line of Markdown that shows exactly its characters: control and bidirectional
/// characters as visible escapes ([`visible`]), so a field never breaks its line, and a backslash before
/// every character that could start emphasis, code, a link, a heading, a table cell, a strikethrough, an
/// HTML tag or an entity (`<script>` is shown, never run).
pub fn md_escape(text: &str) -> String {
    let text = visible(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|' | '\\' | '&' | '~') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
