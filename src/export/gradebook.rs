//! The class view ([`Gradebook`]) written out: readable text, CSV for a spreadsheet, and an HTML report.
//!
//! Rules kept: every number as a person reads it (scores to one decimal, facility and discrimination to
//! two, seconds whole); CSV rows per student then per question, every field quoted; the HTML page inert
//! and self-contained like the handout, every text escaped.

use std::fmt::Write as _;

use super::csv::cell;
use super::forms::html;
use crate::study::gradebook::Gradebook;
use crate::text::safe::visible;

fn one(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    if r.fract() == 0.0 { format!("{r:.0}") } else { format!("{r:.1}") }
}

/// "1 student", "2 students".
fn students(n: usize) -> String {
    format!("{n} student{}", if n == 1 { "" } else { "s" })
}

fn disc(d: Option<f64>) -> String {
    d.map_or_else(|| "–".to_string(), |d| format!("{d:+.2}"))
}

fn wrong_list(w: &[(String, usize)]) -> String {
    w.iter().map(|(a, n)| format!("\u{201c}{}\u{201d} ×{n}", visible(a))).collect::<Vec<_>>().join(", ")
}

/// The gradebook as text for a terminal.
pub fn text(book: &Gradebook) -> String {
    let mut s = format!(
        "{} — quiz {}\n{}, class mean {:.0}%\n\nStudents\n",
        visible(&book.title),
        visible(&book.code),
        students(book.students.len()),
        100.0 * book.mean()
    );
    for st in &book.students {
        let pct = st.percent();
        let _ = writeln!(
            s,
            "  {:<24} {:>5} / {:<3} {:>4.0}%  {:>5}s",
            visible(&st.name),
            one(st.score),
            st.out_of,
            pct,
            st.seconds.round()
        );
    }
    s.push_str("\nQuestions (facility = share right; discrimination = upper 27 % minus lower 27 %)\n");
    for it in &book.items {
        let _ = writeln!(
            s,
            "  {:>2}. facility {:.2}  discrimination {}  {:>4}s  {}",
            it.number,
            it.facility,
            disc(it.discrimination),
            it.seconds.round(),
            visible(&it.prompt)
        );
        let _ = writeln!(s, "      answer: {}", visible(&it.key));
        if !it.wrong.is_empty() {
            let _ = writeln!(s, "      wrong answers: {}", wrong_list(&it.wrong));
        }
        if it.unanswered > 0 {
            let _ = writeln!(s, "      left unanswered by {}", it.unanswered);
        }
    }
    s
}

/// The gradebook as CSV: a row per student (`student,NAME,SCORE,OUT_OF,PERCENT,SECONDS`), then a row per
/// question (`question,NUMBER,ID,FACILITY,DISCRIMINATION,SECONDS,UNANSWERED,WRONG_ANSWERS,PROMPT`), after a
/// header row for each part.
pub fn csv(book: &Gradebook) -> String {
    let row = |fields: Vec<String>| format!("{}\r\n", fields.iter().map(|f| cell(f)).collect::<Vec<_>>().join(","));
    let mut s = row(["part", "name", "score", "out_of", "percent", "seconds"].map(String::from).to_vec());
    for st in &book.students {
        let pct = st.percent();
        s.push_str(&row(vec![
            "student".into(),
            st.name.clone(),
            one(st.score),
            st.out_of.to_string(),
            format!("{pct:.0}"),
            format!("{:.0}", st.seconds),
        ]));
    }
    s.push_str(&row([
        "part",
        "number",
        "id",
        "facility",
        "discrimination",
        "seconds",
        "unanswered",
        "wrong_answers",
        "prompt",
    ]
    .map(String::from)
    .to_vec()));
    for it in &book.items {
        s.push_str(&row(vec![
            "question".into(),
            it.number.to_string(),
            it.question.clone(),
            format!("{:.2}", it.facility),
            it.discrimination.map_or_else(String::new, |d| format!("{d:.2}")),
            format!("{:.0}", it.seconds),
            it.unanswered.to_string(),
            it.wrong.iter().map(|(a, n)| format!("{a} ({n})")).collect::<Vec<_>>().join(" | "),
            it.prompt.clone(),
        ]));
    }
    s
}

/// The gradebook as one inert HTML page (tables; facility shown as a bar).
pub fn html_page(book: &Gradebook) -> String {
    let t = html(&format!("{} — quiz {}", book.title, book.code));
    let mut s = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{t}</title>\n<style>\n\
         body {{ font-family: Georgia, 'DejaVu Serif', serif; max-width: 60em; margin: 1.5em auto; padding: 0 1em; }}\n\
         table {{ border-collapse: collapse; width: 100%; margin-bottom: 1.5em; }}\n\
         th, td {{ border-bottom: 1px solid #ccc; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }}\n\
         td.n {{ text-align: right; white-space: nowrap; }}\n\
         .bar {{ display: inline-block; height: 0.7em; background: #4a7; }}\n\
         tr {{ break-inside: avoid; }}\n</style>\n</head>\n<body>\n<h1>{t}</h1>\n\
         <p>{}, class mean {:.0}%.</p>\n<h2>Students</h2>\n<table>\n\
         <tr><th>Student</th><th>Score</th><th>%</th><th>Time</th></tr>\n",
        students(book.students.len()),
        100.0 * book.mean()
    );
    for st in &book.students {
        let pct = st.percent();
        let _ = writeln!(
            s,
            "<tr><td>{}</td><td class=\"n\">{} / {}</td><td class=\"n\">{pct:.0}%</td><td class=\"n\">{:.0} s</td></tr>",
            html(&st.name),
            one(st.score),
            st.out_of,
            st.seconds
        );
    }
    s.push_str(
        "</table>\n<h2>Questions</h2>\n<table>\n<tr><th>#</th><th>Question and answer</th><th>Facility</th>\
         <th>Discrimination</th><th>Most common wrong answers</th></tr>\n",
    );
    for it in &book.items {
        let _ = writeln!(
            s,
            "<tr><td class=\"n\">{}</td><td>{}<br><small>Answer: {}</small></td><td class=\"n\">{:.2} \
             <span class=\"bar\" style=\"width: {:.1}em\"></span></td><td class=\"n\">{}</td><td>{}</td></tr>",
            it.number,
            html(&it.prompt),
            html(&it.key),
            it.facility,
            it.facility * 4.0,
            disc(it.discrimination),
            html(&wrong_list(&it.wrong))
        );
    }
    s.push_str("</table>\n</body>\n</html>\n");
    s
}
