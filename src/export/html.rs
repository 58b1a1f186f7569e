//! A printable handout: one self-contained HTML page a teacher prints (or saves as PDF) from any browser.
//!
//! Rules kept:
//! - Self-contained and inert: one file, styles inline, no script, no image, no font or other resource
//!   fetched from anywhere, so it prints the same offline, and every text is HTML-escaped ([`html`]).
//! - Laid out for paper: the title and a name/date line, questions numbered with room to answer — a box
//!   per option to tick, a box to write a typed answer in (with its unit), a line per matching item for
//!   the partner's letter, numbered blanks for a timeline's order — and a question never split across
//!   pages. A4 and Letter both fit (margins in centimetres, widths in percent).
//! - The answer key, with each answer's evidence, starts on a page of its own, so the questions can be
//!   handed out without it; the article, when asked for, comes first on pages of its own.

use std::fmt::Write as _;

use super::forms::{Exported, html};
use crate::export::text::letter;
use crate::grade::units::{numeric_hint, short_unit};
use crate::question::{Body, Question};

/// The page's styles: print first, readable on screen too.
const STYLE: &str = "\
@page { size: auto; margin: 1.6cm 1.8cm; }
* { box-sizing: border-box; }
body { font-family: Georgia, 'DejaVu Serif', serif; font-size: 11.5pt; line-height: 1.4; color: #111;
  max-width: 46em; margin: 1.5em auto; padding: 0 1em; }
h1 { font-size: 17pt; margin: 0 0 0.3em; }
h2 { font-size: 13.5pt; margin: 0 0 0.8em; }
.who { display: flex; gap: 2em; margin: 0.6em 0 1.4em; border-bottom: 1px solid #999; padding-bottom: 0.8em; }
.who span { flex: 1; white-space: nowrap; }
.who span::after { content: ''; display: inline-block; width: 70%; border-bottom: 1px solid #333; margin-left: 0.4em; }
ol.questions { padding-left: 1.8em; margin: 0; }
ol.questions > li { break-inside: avoid; page-break-inside: avoid; margin: 0 0 1.1em; padding-left: 0.3em; }
.kind { font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.06em; color: #555; margin-left: 0.4em; }
ul.options { list-style: none; padding: 0; margin: 0.35em 0 0; }
ul.options li { margin: 0.2em 0; }
.box { display: inline-block; width: 0.95em; height: 0.95em; border: 1.2px solid #222; vertical-align: -0.12em;
  margin-right: 0.5em; }
.write { border: 1.2px solid #222; height: 2.1em; width: 60%; margin-top: 0.4em; display: inline-block; }
.unit { margin-left: 0.5em; }
.columns { display: flex; gap: 2.5em; margin-top: 0.4em; }
.columns > ol, .columns > ul { margin: 0; padding-left: 1.6em; flex: 1; }
.columns > ul { list-style: none; padding-left: 0; }
.blank { display: inline-block; width: 2.2em; border-bottom: 1.2px solid #222; margin-right: 0.5em; }
.order { margin-top: 0.5em; }
.order span { margin-right: 1.2em; white-space: nowrap; }
section.page { break-before: page; page-break-before: always; }
section.article p { text-align: justify; }
ol.key > li { break-inside: avoid; page-break-inside: avoid; margin-bottom: 0.7em; }
.evidence { font-style: italic; color: #333; font-size: 10pt; }
footer { margin-top: 2em; font-size: 8.5pt; color: #666; }
@media print { body { margin: 0; max-width: none; padding: 0; } footer { display: none; } }
";

/// One question as a list item: its prompt and room to answer.
fn question(q: &Question) -> String {
    let mut s = format!(
        "<li><span class=\"prompt\">{}</span><span class=\"kind\">{}</span>",
        html(&q.prompt),
        html(q.kind.name())
    );
    match &q.body {
        Body::Choice { options, .. } => {
            s.push_str("<ul class=\"options\">");
            for (i, o) in options.iter().enumerate() {
                let _ = write!(s, "<li><span class=\"box\"></span>{}) {}</li>", letter(i), html(o));
            }
            s.push_str("</ul>");
        }
        Body::TrueFalse { .. } => s.push_str(
            "<ul class=\"options\"><li><span class=\"box\"></span>True</li><li><span class=\"box\"></span>False</li></ul>",
        ),
        Body::Typed { unit, expected, .. } => {
            let unit = match expected {
                crate::question::Expected::Number { .. } => html(&numeric_hint(unit.as_deref())),
                _ => unit.as_deref().and_then(short_unit).map(html).unwrap_or_default(),
            };
            let _ = write!(s, "<div><span class=\"write\"></span><span class=\"unit\">{unit}</span></div>");
        }
        Body::Match { left, right, .. } => {
            s.push_str("<div class=\"columns\"><ol>");
            for l in left {
                let _ = write!(s, "<li><span class=\"blank\"></span>{}</li>", html(l));
            }
            s.push_str("</ol><ul>");
            for (i, r) in right.iter().enumerate() {
                let _ = write!(s, "<li>{}) {}</li>", letter(i), html(r));
            }
            s.push_str("</ul></div>");
        }
        Body::Order { items, .. } => {
            s.push_str("<ul class=\"options\">");
            for (i, it) in items.iter().enumerate() {
                let _ = write!(s, "<li>{}) {}</li>", letter(i), html(it));
            }
            s.push_str("</ul><div class=\"order\">Earliest first: ");
            for n in 1..=items.len() {
                let _ = write!(s, "<span>{n}. <span class=\"blank\"></span></span>");
            }
            s.push_str("</div>");
        }
    }
    s.push_str("</li>\n");
    s
}

/// The key's entry for `q`: the answer (letters where the learner writes letters, then what they stand
/// for, a line each) and the evidence.
fn key(q: &Question) -> String {
    let letters = |list: &[usize]| list.iter().map(|&p| letter(p).to_string()).collect::<Vec<_>>().join(" ");
    let lines = |l: Vec<String>| l.iter().map(|x| html(x)).collect::<Vec<_>>().join("<br>");
    let answer = match &q.body {
        Body::Choice { options, correct } => {
            format!(
                "<strong>{}</strong>",
                html(&format!("{}) {}", letter(*correct), options.get(*correct).map_or("", String::as_str)))
            )
        }
        Body::Match { pairs, .. } => format!("<strong>{}</strong><br>{}", letters(pairs), lines(q.answer_lines())),
        Body::Order { order, .. } => format!("<strong>{}</strong><br>{}", letters(order), lines(q.answer_lines())),
        _ => format!("<strong>{}</strong>", lines(q.answer_lines())),
    };
    format!("<li>{answer}<br><span class=\"evidence\">\u{201c}{}\u{201d}</span></li>\n", html(&q.evidence.join(" / ")))
}

/// The handout of `questions` titled `title`: with the answer key on its own page when `with_key`, and the
/// article's paragraphs first when `article` is given.
pub fn handout(title: &str, questions: &[Question], with_key: bool, article: Option<&[String]>) -> Exported {
    let mut out = Exported::default();
    let t = html(title);
    let mut s = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"generator\" content=\"Dossier {}\">\n<title>{t}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n",
        env!("CARGO_PKG_VERSION")
    );
    if let Some(paragraphs) = article {
        s.push_str("<section class=\"article\">\n");
        for p in paragraphs {
            let _ = writeln!(s, "<p>{}</p>", html(p));
        }
        s.push_str("</section>\n<section class=\"page\">\n");
    } else {
        s.push_str("<section>\n");
    }
    let _ = writeln!(
        s,
        "<h1>{t}</h1>\n<div class=\"who\"><span>Name</span><span>Date</span></div>\n<ol class=\"questions\">"
    );
    for q in questions {
        s.push_str(&question(q));
        *out.counts.entry(q.kind.name()).or_default() += 1;
    }
    s.push_str("</ol>\n</section>\n");
    if with_key {
        let _ = writeln!(s, "<section class=\"page\">\n<h2>Answer key — {t}</h2>\n<ol class=\"key\">");
        for q in questions {
            s.push_str(&key(q));
        }
        s.push_str("</ol>\n</section>\n");
    }
    let _ = writeln!(s, "<footer>Made with Dossier {}.</footer>\n</body>\n</html>", env!("CARGO_PKG_VERSION"));
    out.bytes = s.into_bytes();
    out
}
