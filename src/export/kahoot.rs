//! Questions as Kahoot's spreadsheet import (an `.xlsx` file laid out like Kahoot's quiz template): a
//! question, up to four answers, a time limit and the number of the right answer, one question a row.
//!
//! Rules kept:
//! - Only what Kahoot's template holds goes in: multiple choice with two to four options and true/false
//!   (answers "True" and "False"). Every other question is left out with the reason, and so is one whose
//!   text exceeds Kahoot's limits (120 characters for a question, 75 for an answer): shortening it would
//!   change the question.
//! - The time limit is one Kahoot offers: 20 seconds for a true/false statement, 30 for multiple choice,
//!   60 for a question longer than 80 characters.
//! - Cells are text (never formulas), control and bidirectional characters visible escapes; the workbook's
//!   creation date is fixed, so the same questions give the same file.
//! - The layout is the template's: the header row is row 8 (Question, Answer 1–4, Time limit, Correct
//!   answer(s) in columns B to H), questions from row 9 numbered in column A.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};

use super::forms::{Exported, LeftOut};
use crate::question::{Body, Question};
use crate::text::safe::visible;

/// Kahoot's longest question, in characters.
pub const MAX_QUESTION: usize = 120;
/// Kahoot's longest answer, in characters.
pub const MAX_ANSWER: usize = 75;
/// The template's header row (0-based row 7 is Excel's row 8).
pub const HEADER_ROW: u32 = 7;
/// The template's column headings, columns B to H.
pub const HEADINGS: [&str; 7] = [
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
];

/// One row: the question, its answers, the time limit and the right answer's number; or why it has none.
fn row(q: &Question) -> Result<(String, Vec<String>, u32, usize), String> {
    let (answers, correct) = match &q.body {
        Body::Choice { options, correct } if (2..=4).contains(&options.len()) => (options.clone(), *correct),
        Body::Choice { .. } => return Err("Kahoot takes two to four answers".into()),
        Body::TrueFalse { answer } => (vec!["True".into(), "False".into()], usize::from(!*answer)),
        _ => return Err("Kahoot's quiz template holds only multiple choice and true/false questions".into()),
    };
    let prompt = visible(&q.prompt).into_owned();
    if prompt.chars().count() > MAX_QUESTION {
        return Err(format!("the question is longer than Kahoot's {MAX_QUESTION} characters"));
    }
    let answers: Vec<String> = answers.iter().map(|a| visible(a).into_owned()).collect();
    if answers.iter().any(|a| a.chars().count() > MAX_ANSWER) {
        return Err(format!("an answer is longer than Kahoot's {MAX_ANSWER} characters"));
    }
    let seconds = match (&q.body, prompt.chars().count()) {
        (_, n) if n > 80 => 60,
        (Body::TrueFalse { .. }, _) => 20,
        _ => 30,
    };
    Ok((prompt, answers, seconds, correct + 1))
}

fn workbook(title: &str, rows: &[(String, Vec<String>, u32, usize)]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let created = ExcelDateTime::from_ymd(2026, 1, 1)?;
    book.set_properties(&DocProperties::new().set_title(visible(title)).set_creation_datetime(&created));
    let bold = Format::new().set_bold();
    let sheet = book.add_worksheet();
    sheet.set_name("Sheet1")?;
    sheet.write_string_with_format(0, 1, "Quiz template", &bold)?;
    sheet.write_string(1, 1, visible(title))?;
    sheet.write_string(2, 1, "Made with Dossier: import it in Kahoot with \"Import spreadsheet\".")?;
    for (i, h) in HEADINGS.iter().enumerate() {
        sheet.write_string_with_format(HEADER_ROW, i as u16 + 1, *h, &bold)?;
    }
    sheet.set_column_width(1, 60)?;
    for c in 2..=5 {
        sheet.set_column_width(c, 28)?;
    }
    for (n, (prompt, answers, seconds, correct)) in rows.iter().enumerate() {
        let r = HEADER_ROW + 1 + n as u32;
        sheet.write_number(r, 0, n as f64 + 1.0)?;
        sheet.write_string(r, 1, prompt.as_str())?;
        for (i, a) in answers.iter().enumerate() {
            sheet.write_string(r, 2 + i as u16, a.as_str())?;
        }
        sheet.write_number(r, 6, f64::from(*seconds))?;
        sheet.write_number(r, 7, *correct as f64)?;
    }
    book.save_to_buffer()
}

/// `questions` as Kahoot's spreadsheet, titled `title`. The bytes are empty (and every question listed as
/// left out) only if the spreadsheet library fails, which it does not for text it is given.
pub fn kahoot(title: &str, questions: &[Question]) -> Exported {
    let mut out = Exported::default();
    let mut rows = Vec::new();
    for q in questions {
        match row(q) {
            Ok(r) => {
                *out.counts
                    .entry(if matches!(q.body, Body::TrueFalse { .. }) { "true/false" } else { "quiz" })
                    .or_default() += 1;
                rows.push(r);
            }
            Err(why) => out.left_out.push(LeftOut { id: q.id.clone(), why }),
        }
    }
    match workbook(title, &rows) {
        Ok(bytes) => out.bytes = bytes,
        Err(e) => {
            out.counts.clear();
            out.left_out = questions
                .iter()
                .map(|q| LeftOut { id: q.id.clone(), why: format!("the spreadsheet failed ({e})") })
                .collect();
        }
    }
    out
}
