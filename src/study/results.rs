//! A student's results of a quiz taken with a code, saved for the teacher: who, which code, every answer
//! as typed, its score and seconds, the Dossier version, and a checksum so a file edited by hand is
//! flagged by the gradebook.
//!
//! Rules kept: a results file is written whole or not at all (temp then rename), with `\n` line ends on
//! every system; reading one accepts only a regular file of at most [`MAX_BYTES`] and says in a sentence
//! what is wrong with anything else; the checksum covers every field but itself, so changing any answer,
//! score, time or name is found; and a file must be byte for byte as Dossier writes its content (line ends
//! aside: `\r\n` from an older Windows build reads the same), so even a change that leaves the content
//! alone (a space, `1e0` for `1.0`) is reported — one changed byte is never accepted. Scores lie in 0..=1
//! and times are finite and not negative. The checksum is a check against casual edits, not a signature:
//! someone who reads this source can forge it.

use std::fmt;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::session::Session;
use super::store::{self, ron_words};
use crate::question::Voice;
use crate::text::stable_hash;

/// What the `dossier` field of a results file says.
pub const KIND: &str = "results";
/// The format's version.
pub const VERSION: u32 = 1;
/// The largest results file read: a quiz of 128 questions with long answers fits many times over.
pub const MAX_BYTES: u64 = 1 << 20;

/// One question of a results file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// The question's stable id.
    pub question: String,
    /// Its kind's code (`mc`, `tf`, …).
    pub kind: String,
    /// The prompt as the student read it.
    pub prompt: String,
    /// The answer as given (the option's text, "true"/"false", the typed text, the pairs or the order);
    /// empty when the question was left unanswered.
    pub answer: String,
    /// The right answer, in the same form.
    pub key: String,
    /// The score, 0 to 1.
    pub score: f64,
    /// Seconds spent on the question.
    pub seconds: f64,
}

/// A student's results of one quiz taken with a code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Results {
    /// Always [`KIND`].
    pub dossier: String,
    /// The format's version ([`VERSION`]).
    pub version: u32,
    /// The student's name as they gave it.
    pub student: String,
    /// The quiz code.
    pub code: String,
    /// The pack's id.
    pub pack: String,
    /// The pack's title.
    pub title: String,
    /// The Dossier version that wrote the file.
    pub app: String,
    /// When the quiz ended, in seconds since 1970 (UTC).
    pub finished: i64,
    /// Every question of the quiz, in the order asked.
    pub items: Vec<Item>,
    /// [`Results::checksum_of`] of the rest, as 16 hexadecimal digits.
    pub checksum: String,
}

impl Results {
    /// The results of a finished `session` taken by `student` with `code`, sealed with their checksum.
    pub fn of(session: &Session, student: &str, code: &str, title: &str, finished: i64) -> Self {
        let items = session
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let answer = session.answers.get(i).cloned().flatten();
                Item {
                    question: q.id.clone(),
                    kind: q.kind.code().to_string(),
                    prompt: q.prompt.clone(),
                    answer: answer
                        .as_ref()
                        .map_or_else(String::new, |a| q.response_text(a.response.as_ref(), Voice::Record)),
                    key: q.answer_text(),
                    score: answer.map_or(0.0, |a| a.grade.score),
                    seconds: (session.time_on(i, session.finished_at.unwrap_or(session.started_at)) * 10.0).round()
                        / 10.0,
                }
            })
            .collect();
        let mut r = Self {
            dossier: KIND.to_string(),
            version: VERSION,
            student: student.trim().to_string(),
            code: code.to_string(),
            pack: session.plan.pack.clone(),
            title: title.to_string(),
            app: env!("CARGO_PKG_VERSION").to_string(),
            finished,
            items,
            checksum: String::new(),
        };
        r.checksum = r.checksum_of();
        r
    }

    /// The checksum of every field but `checksum`: a stable hash of the file's content as RON.
    pub fn checksum_of(&self) -> String {
        let mut bare = self.clone();
        bare.checksum.clear();
        let text = ron::to_string(&bare).unwrap_or_default();
        format!("{:016x}", stable_hash(text.as_bytes()))
    }

    /// Whether the checksum matches the content (the file was not edited since it was written).
    pub fn intact(&self) -> bool {
        self.checksum == self.checksum_of()
    }

    /// The total score.
    pub fn score(&self) -> f64 {
        self.items.iter().map(|i| i.score).sum()
    }

    /// The seconds spent on all questions.
    pub fn seconds(&self) -> f64 {
        self.items.iter().map(|i| i.seconds).sum()
    }
}

/// Why a results file cannot be used: a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultsError {
    /// The file.
    pub path: PathBuf,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ResultsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

impl std::error::Error for ResultsError {}

/// The text of a results file holding `results`: pretty RON with `\n` line ends, as [`write`] writes it
/// on every system.
pub fn text(results: &Results) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new().struct_names(false).new_line("\n");
    let mut text = ron::ser::to_string_pretty(results, config)?;
    text.push('\n');
    Ok(text)
}

/// Writes `results` to `path`, whole or not at all.
pub fn write(path: &Path, results: &Results) -> Result<(), store::StoreError> {
    let text = text(results).map_err(|e| store::StoreError::Corrupt {
        path: path.to_path_buf(),
        line: 0,
        message: format!("the results could not be written as RON ({e})"),
    })?;
    store::write_atomic(path, text.as_bytes())
}

/// Reads a results file: only a regular file of at most [`MAX_BYTES`], UTF-8 RON of this format, byte
/// for byte as Dossier writes its content (line ends aside). A file whose content was edited in
/// Dossier's own form still reads, and [`Results::intact`] tells.
pub fn read(path: &Path) -> Result<Results, ResultsError> {
    let fail = |message: String| ResultsError { path: path.to_path_buf(), message };
    let meta = std::fs::metadata(path).map_err(|e| fail(format!("cannot be read ({e})")))?;
    if !meta.is_file() {
        return Err(fail("is not a regular file (a folder, a named pipe or a device), so it was not read".into()));
    }
    if meta.len() > MAX_BYTES {
        return Err(fail(format!("is larger than {} KB, too large for a results file", MAX_BYTES / 1024)));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| fail(format!("cannot be read ({e})")))?;
    let text = std::str::from_utf8(&bytes).map_err(|_| fail("is not text (not UTF-8)".into()))?;
    parse(text).map_err(fail)
}

/// Reads the text of a results file (see [`read`]); what is wrong with it, as the end of a sentence that
/// starts with the file's name.
pub fn parse(source: &str) -> Result<Results, String> {
    let r: Results = ron::from_str(source).map_err(|e| {
        format!(
            "is not a Dossier results file, or is damaged: line {}, column {}: {}",
            e.span.start.line,
            e.span.start.col,
            ron_words(&e.code)
        )
    })?;
    if r.dossier != KIND {
        return Err(format!("is a Dossier \u{201c}{}\u{201d} file, not a results file", r.dossier));
    }
    if r.version > VERSION {
        return Err(format!("was written by a newer Dossier (results version {}); update Dossier", r.version));
    }
    if let Some(item) = r.items.iter().find(|i| !(0.0..=1.0).contains(&i.score)) {
        return Err(format!(
            "gives the question {} a score of {}, outside 0 to 1: it was edited or damaged",
            item.question, item.score
        ));
    }
    if let Some(item) = r.items.iter().find(|i| !(i.seconds.is_finite() && i.seconds >= 0.0)) {
        return Err(format!(
            "gives the question {} a time of {} seconds: it was edited or damaged",
            item.question, item.seconds
        ));
    }
    // Byte for byte as Dossier writes this content, whatever the line ends: a change that leaves the
    // content alone is still a change.
    let as_written = text(&r).map_err(|e| format!("cannot be checked ({e})"))?;
    if source.replace("\r\n", "\n") != as_written {
        return Err(
            "is not as Dossier wrote it (a space, a line or a number's form was changed), so it was edited or damaged"
                .into(),
        );
    }
    Ok(r)
}

/// A file name for `student`'s results of `code`: letters, digits and dashes only, so any name makes a
/// safe file name ("Mina Park" and "LEE-1MCR-09M2-06" give `mina-park-LEE-1MCR-09M2-06.dossier-results.ron`).
pub fn file_name(student: &str, code: &str) -> String {
    let safe = |s: &str| {
        let mut out = String::new();
        for c in s.chars() {
            if c.is_alphanumeric() {
                out.extend(c.to_lowercase());
            } else if !out.ends_with('-') && !out.is_empty() {
                out.push('-');
            }
        }
        out.trim_end_matches('-').chars().take(40).collect::<String>()
    };
    let who = safe(student);
    let who = if who.is_empty() { "student".to_string() } else { who };
    format!(
        "{who}-{}.dossier-results.ron",
        code.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect::<String>()
    )
}
