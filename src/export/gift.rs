//! Questions as Moodle GIFT, the text format Moodle's question bank imports.
//!
//! Rules kept:
//! - Every question is named by its stable id (`::balancing-act.short.subject::`), so importing the same
//!   export twice finds the same questions, and sits in a category per topic
//!   (`$CATEGORY: $course$/top/Dossier/<pack title>/<topic>`), the question's first topic.
//! - Every kind GIFT has is used: multiple choice, true/false, short answer with every accepted form
//!   ([`typed_forms`]), numerical with its tolerance, missing word for a fill-in-the-blank, matching. A
//!   timeline becomes a matching of each event to its place in time ("1st (earliest)", …): the same
//!   question, asked the way GIFT can ask it. Moodle needs three partners in a matching, so a matching or
//!   timeline of fewer is left out (and said so).
//! - Every question carries its evidence as general feedback, so a learner in Moodle sees where the answer
//!   stands in the article.
//! - Text is written in Moodle's HTML format: `& < >` become entities (so `<script>` is shown, never run),
//!   control and bidirectional characters visible escapes, and GIFT's own `~ = # { } : \` are escaped with a
//!   backslash. Short-answer forms and matching partners, which Moodle compares or shows as plain text, are
//!   not HTML-escaped, only GIFT-escaped.

use std::fmt::Write as _;

use super::forms::{Exported, LeftOut, number, ordinal, typed_forms};
use crate::generate::cloze::BLANK;
use crate::grade::units::numeric_hint;
use crate::question::{Body, Expected, Question, QuestionKind};
use crate::text::safe::visible;

/// The least number of partners a Moodle matching question accepts.
const MIN_PAIRS: usize = 3;

/// The places of a timeline, earliest first, as the partners of a matching.
fn place(n: usize) -> String {
    if n == 1 { "1st (earliest)".to_string() } else { format!("{n}{}", ordinal(n)) }
}

/// `text` safe in a GIFT field read as plain text (a short-answer form, a matching partner): visible
/// escapes for control characters, a backslash before each of GIFT's special characters, and Moodle's
/// short-answer wildcard `*` escaped for Moodle too.
fn plain(text: &str) -> String {
    escape(&visible(text), true)
}

/// `text` safe in a GIFT field Moodle shows as HTML: `& < >` as entities, then GIFT's escapes.
fn rich(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in visible(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    escape(&out, false)
}

/// A backslash before each of GIFT's special characters (and before Moodle's `*` wildcard when `wildcard`);
/// "->", which separates a matching's pair, broken apart.
fn escape(text: &str, wildcard: bool) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '~' | '=' | '#' | '{' | '}' | ':' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '*' if wildcard => out.push_str("\\\\*"),
            c => out.push(c),
        }
    }
    out.replace("->", "- >")
}

/// The general feedback of `q`: its evidence.
fn feedback(q: &Question) -> String {
    format!("####{}", rich(&format!("Evidence: \u{201c}{}\u{201d}", q.evidence.join(" / "))))
}

/// The GIFT type name of a question Dossier writes, as [`Exported::counts`] reports it. A blank at the end
/// of its sentence makes a short answer in GIFT (the answer box follows the text), not a missing word.
fn gift_type(q: &Question) -> &'static str {
    let blank_inside = || q.prompt.split(BLANK).nth(1).is_some_and(|after| !after.trim().is_empty());
    match (&q.body, q.kind) {
        (Body::Choice { .. }, _) => "multiple choice",
        (Body::TrueFalse { .. }, _) => "true/false",
        (Body::Typed { expected: Expected::Number { .. }, .. }, _) => "numerical",
        (Body::Typed { .. }, QuestionKind::Cloze) if blank_inside() => "missing word",
        (Body::Typed { .. }, _) => "short answer",
        (Body::Match { .. } | Body::Order { .. }, _) => "matching",
    }
}

/// One question as GIFT (without its category line), or why it cannot be one.
fn question(q: &Question) -> Result<String, String> {
    let name = format!("::{}::", plain(&q.id));
    let prompt = rich(&q.prompt);
    let fb = feedback(q);
    let pairs = |lines: Vec<(String, String)>| -> String {
        let mut s = String::new();
        for (l, r) in &lines {
            let _ = writeln!(s, "\t={} -> {}", rich(l), rich(r));
        }
        s
    };
    let text = match &q.body {
        Body::Choice { options, correct } => {
            let mut s = format!("{name}[html]{prompt} {{\n");
            for (i, o) in options.iter().enumerate() {
                let _ = writeln!(s, "\t{}{}", if i == *correct { '=' } else { '~' }, rich(o));
            }
            let _ = write!(s, "\t{fb}\n}}");
            s
        }
        Body::TrueFalse { answer } => {
            format!("{name}[html]{prompt} {{{}{fb}}}", if *answer { "TRUE" } else { "FALSE" })
        }
        Body::Typed { expected: Expected::Number { value, tolerance }, unit, .. } => {
            format!(
                "{name}[html]{prompt} {} {{#{}:{}{fb}}}",
                rich(&numeric_hint(unit.as_deref())),
                number(*value),
                number(*tolerance)
            )
        }
        Body::Typed { .. } => {
            let forms: Vec<String> = typed_forms(q).iter().map(|f| format!("={}", plain(f))).collect();
            let block = format!("{{{}{fb}}}", forms.join(" "));
            if q.kind == QuestionKind::Cloze {
                // The whole prompt, "Fill in the blank: " included: a GIFT question cannot start with its
                // answer block, and the instruction reads well in Moodle too.
                let mut parts = q.prompt.split(BLANK);
                let (Some(before), Some(after), None) = (parts.next(), parts.next(), parts.next()) else {
                    return Err("its sentence has no single blank".to_string());
                };
                let (before, after) = (rich(before.trim_end()), rich(after.trim_start()));
                let gap = |t: &str| if t.is_empty() || t.starts_with(['.', ',', ';', '?', '!']) { "" } else { " " };
                format!("{name}[html]{before}{}{block}{}{after}", gap(&before), gap(&after))
            } else {
                format!("{name}[html]{prompt} {block}")
            }
        }
        Body::Match { left, right, pairs: key } => {
            if left.len() < MIN_PAIRS {
                return Err(format!("Moodle needs at least {MIN_PAIRS} pairs in a matching question"));
            }
            let lines = left.iter().zip(key).map(|(l, &r)| (l.clone(), right.get(r).cloned().unwrap_or_default()));
            format!("{name}[html]{prompt} {{\n{}\t{fb}\n}}", pairs(lines.collect()))
        }
        Body::Order { items, order } => {
            if items.len() < MIN_PAIRS {
                return Err(format!("Moodle needs at least {MIN_PAIRS} events to match to places in time"));
            }
            let mut lines: Vec<(String, String)> = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                let at = order.iter().position(|&o| o == i).map_or(0, |p| p + 1);
                lines.push((item.clone(), place(at)));
            }
            let prompt = rich(&format!("{} Match each event to its place in time.", q.prompt));
            format!("{name}[html]{prompt} {{\n{}\t{fb}\n}}", pairs(lines))
        }
    };
    Ok(text)
}

/// `questions` as a GIFT file titled `title`, each in the category of its first topic, named by
/// `topic_name` (a topic id → its name). Questions GIFT cannot carry are left out and listed.
pub fn gift(title: &str, questions: &[Question], topic_name: &dyn Fn(&str) -> String) -> Exported {
    let mut out = Exported::default();
    let mut s = format!("// {} — exported by Dossier {}\n\n", visible(title), env!("CARGO_PKG_VERSION"));
    let category = |name: &str| visible(name).replace('/', "//");
    // One category line per topic: the questions grouped by their first topic, topics in the order they
    // first come, questions in their order within a topic.
    let topic_of = |q: &Question| q.topics.first().map_or_else(|| "General".to_string(), |t| topic_name(t));
    let mut firsts: Vec<String> = Vec::new();
    for q in questions {
        let t = topic_of(q);
        if !firsts.contains(&t) {
            firsts.push(t);
        }
    }
    let mut grouped: Vec<&Question> = questions.iter().collect();
    grouped.sort_by_key(|q| firsts.iter().position(|t| *t == topic_of(q)));
    let mut current: Option<String> = None;
    for q in grouped {
        let text = match question(q) {
            Ok(t) => t,
            Err(why) => {
                out.left_out.push(LeftOut { id: q.id.clone(), why });
                continue;
            }
        };
        let topic = topic_of(q);
        if current.as_deref() != Some(topic.as_str()) {
            let _ = writeln!(s, "$CATEGORY: $course$/top/Dossier/{}/{}\n", category(title), category(&topic));
            current = Some(topic);
        }
        s.push_str(&text);
        s.push_str("\n\n");
        *out.counts.entry(gift_type(q)).or_default() += 1;
    }
    out.bytes = s.into_bytes();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_characters_are_escaped() {
        assert_eq!(plain("a~b=c#d{e}f:g\\h"), "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h");
        assert_eq!(rich("<b>x</b> & y"), "&lt;b&gt;x&lt;/b&gt; &amp; y");
        assert_eq!(plain("one\ntwo"), "one\\\\ntwo");
    }

    #[test]
    fn timeline_places_read_as_ordinals() {
        assert_eq!(place(1), "1st (earliest)");
        assert_eq!(place(2), "2nd");
        assert_eq!(place(13), "13th");
    }
}
