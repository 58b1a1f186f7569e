//! The class view of a quiz taken with a code: the students' results files merged into a score per student
//! and statistics per question, as Moodle's item analysis gives them.
//!
//! Rules kept:
//! - Only files of one code are merged: the code asked for, or else the code most files carry (the first
//!   file's on a tie). Every file left out is reported with a sentence — unreadable or damaged, edited by
//!   hand (its checksum does not match), of another code, a second file of the same student (the first
//!   one read is kept; names are compared ignoring case and spacing) — never a crash, never a silent merge.
//! - Facility is the mean score on a question (0 to 1). Discrimination is the facility among the upper
//!   27 % of the class by total score minus the facility among the lower 27 % (at least one student each;
//!   none with fewer than two students). Wrong answers are counted as given (compared without case,
//!   accents or spacing), most common first.
//! - The charts' figures come from here: students per band of ten percentage points (every student in
//!   exactly one band, 100 % in the last), the hardest questions (the lowest facility, all of them on a
//!   tie), and whether discrimination is defined at all (two students or more).
//! - Everything is in the order of the files and questions given, so the same files give the same report.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::results::{self, Results};
use crate::text::fold;

/// A results file left out of the gradebook, and why (a sentence).
#[derive(Debug, Clone, PartialEq)]
pub struct LeftOut {
    /// The file.
    pub path: PathBuf,
    /// Why.
    pub why: String,
}

/// One student's line.
#[derive(Debug, Clone, PartialEq)]
pub struct Student {
    /// The name as written in the file.
    pub name: String,
    /// The total score.
    pub score: f64,
    /// The number of questions.
    pub out_of: usize,
    /// Seconds on the whole quiz.
    pub seconds: f64,
    /// The file it came from.
    pub path: PathBuf,
}

impl Student {
    /// The score as a percentage of the questions (0 with none).
    pub fn percent(&self) -> f64 {
        if self.out_of == 0 { 0.0 } else { 100.0 * self.score / self.out_of as f64 }
    }
}

/// One question's statistics.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemStats {
    /// Its position in the quiz, from 1.
    pub number: usize,
    /// The question's id.
    pub question: String,
    /// Its prompt.
    pub prompt: String,
    /// The right answer.
    pub key: String,
    /// Mean score, 0 to 1.
    pub facility: f64,
    /// Upper 27 % facility minus lower 27 % facility, -1 to 1; `None` with fewer than two students.
    pub discrimination: Option<f64>,
    /// Mean seconds spent on it.
    pub seconds: f64,
    /// Wrong answers as given, with how many gave each, most common first (at most five).
    pub wrong: Vec<(String, usize)>,
    /// How many left it unanswered.
    pub unanswered: usize,
}

/// The class view of one code.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Gradebook {
    /// The quiz code.
    pub code: String,
    /// The pack's title.
    pub title: String,
    /// One line per student, in the order of the files.
    pub students: Vec<Student>,
    /// One entry per question, in quiz order.
    pub items: Vec<ItemStats>,
    /// Files left out, with why.
    pub left_out: Vec<LeftOut>,
}

/// The score bands of [`Gradebook::score_bands`]: ten of ten percentage points each, the last
/// including 100 %.
pub const BANDS: usize = 10;

/// The lowest and highest whole percentage of band `band` (0 to [`BANDS`] - 1): "0–9", …, "90–100".
pub fn band_range(band: usize) -> (usize, usize) {
    let lo = band * 100 / BANDS;
    let hi = if band + 1 >= BANDS { 100 } else { (band + 1) * 100 / BANDS - 1 };
    (lo, hi)
}

/// Below this discrimination a question tells strong students from weak ones poorly (the usual rule of
/// thumb of item analysis).
pub const WEAK_DISCRIMINATION: f64 = 0.2;

impl Gradebook {
    /// How many students scored in each band of ten percentage points ([`band_range`]); a score of
    /// 100 % counts in the last band. Every student counts once.
    pub fn score_bands(&self) -> [usize; BANDS] {
        let mut bands = [0; BANDS];
        for s in &self.students {
            let p = s.percent();
            let band = if p.is_finite() { ((p.max(0.0) / (100.0 / BANDS as f64)) as usize).min(BANDS - 1) } else { 0 };
            bands[band] += 1;
        }
        bands
    }

    /// The hardest questions: those of the lowest facility (several when they tie), in quiz order; none
    /// without questions.
    pub fn hardest(&self) -> Vec<&ItemStats> {
        let Some(low) = self.items.iter().map(|i| i.facility).min_by(f64::total_cmp) else { return Vec::new() };
        self.items.iter().filter(|i| (i.facility - low).abs() < 1e-9).collect()
    }

    /// Whether discrimination is defined: it compares the strongest students with the weakest, so it
    /// needs two students or more.
    pub fn discriminates(&self) -> bool {
        self.students.len() >= 2
    }

    /// The class's mean score as a share of the questions (0 to 1); 0 with no student.
    pub fn mean(&self) -> f64 {
        let shares: Vec<f64> =
            self.students.iter().filter(|s| s.out_of > 0).map(|s| s.score / s.out_of as f64).collect();
        if shares.is_empty() { 0.0 } else { shares.iter().sum::<f64>() / shares.len() as f64 }
    }
}

/// Reads `paths` and builds the gradebook of `code` (or of the code most files carry).
pub fn from_files(paths: &[PathBuf], code: Option<&str>) -> Gradebook {
    let mut read: Vec<(PathBuf, Results)> = Vec::new();
    let mut left_out = Vec::new();
    for p in paths {
        match results::read(p) {
            Ok(r) => read.push((p.clone(), r)),
            Err(e) => left_out.push(LeftOut { path: p.clone(), why: e.message }),
        }
    }
    let mut book = build(read, code);
    left_out.append(&mut book.left_out);
    book.left_out = left_out;
    book
}

/// A code in a comparable form: upper case, without dashes or spaces.
fn bare(code: &str) -> String {
    code.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect()
}

/// The gradebook of results already read (each with its file).
pub fn build(files: Vec<(PathBuf, Results)>, code: Option<&str>) -> Gradebook {
    let mut book = Gradebook::default();
    let mut kept: Vec<(PathBuf, Results)> = Vec::new();
    for (path, r) in files {
        if r.intact() {
            kept.push((path, r));
        } else {
            book.left_out.push(LeftOut {
                path,
                why: "was changed after it was saved (its checksum does not match), so it is not counted".into(),
            });
        }
    }
    // The code: as asked, else the one most files carry (the first file's on a tie).
    let chosen = code.map(bare).or_else(|| {
        let mut count: Vec<(String, usize)> = Vec::new();
        for (_, r) in &kept {
            let c = bare(&r.code);
            match count.iter_mut().find(|(k, _)| *k == c) {
                Some((_, n)) => *n += 1,
                None => count.push((c, 1)),
            }
        }
        let most = count.iter().map(|(_, n)| *n).max()?;
        count.into_iter().find(|(_, n)| *n == most).map(|(c, _)| c)
    });
    let Some(chosen) = chosen else { return book };
    let mut seen: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut class: Vec<(PathBuf, Results)> = Vec::new();
    for (path, r) in kept {
        if bare(&r.code) != chosen {
            book.left_out.push(LeftOut { path, why: format!("is for the quiz {}, not this one", r.code) });
            continue;
        }
        let who = fold(&r.student);
        if let Some(first) = seen.get(&who) {
            book.left_out.push(LeftOut {
                path,
                why: format!(
                    "is a second file of {} ({} is counted)",
                    r.student.trim(),
                    first.file_name().map_or_else(|| first.display().to_string(), |n| n.to_string_lossy().into_owned())
                ),
            });
            continue;
        }
        seen.insert(who, path.clone());
        class.push((path, r));
    }
    let Some((_, first)) = class.first() else { return book };
    book.code.clone_from(&first.code);
    book.title.clone_from(&first.title);
    // Questions in the order of the first file; a file whose questions differ is another quiz.
    let order: Vec<String> = first.items.iter().map(|i| i.question.clone()).collect();
    let mut same: Vec<(PathBuf, Results)> = Vec::new();
    for (path, r) in class {
        if r.items.iter().map(|i| &i.question).ne(order.iter()) {
            book.left_out.push(LeftOut { path, why: "holds other questions than the rest of the class".into() });
        } else {
            same.push((path, r));
        }
    }
    book.students = same
        .iter()
        .map(|(path, r)| Student {
            name: r.student.clone(),
            score: r.score(),
            out_of: r.items.len(),
            seconds: r.seconds(),
            path: path.clone(),
        })
        .collect();
    book.items = item_stats(&same.iter().map(|(_, r)| r).collect::<Vec<_>>());
    book
}

/// The statistics of every question over `class` (all of the same quiz).
fn item_stats(class: &[&Results]) -> Vec<ItemStats> {
    let n = class.len();
    let Some(first) = class.first() else { return Vec::new() };
    // Students ranked by total score, best first (ties in file order).
    let mut ranked: Vec<usize> = (0..n).collect();
    ranked.sort_by(|&a, &b| class[b].score().total_cmp(&class[a].score()));
    let group = ((n as f64 * 0.27).round() as usize).max(1);
    let (upper, lower) = (&ranked[..group.min(n)], &ranked[n.saturating_sub(group)..]);
    let mean = |who: &[usize], q: usize| -> f64 {
        let s: f64 = who.iter().map(|&w| class[w].items.get(q).map_or(0.0, |i| i.score)).sum();
        s / who.len().max(1) as f64
    };
    first
        .items
        .iter()
        .enumerate()
        .map(|(q, item)| {
            let all: Vec<usize> = (0..n).collect();
            let mut wrong: Vec<(String, String, usize)> = Vec::new();
            let mut unanswered = 0;
            for r in class {
                let Some(it) = r.items.get(q) else { continue };
                if it.answer.trim().is_empty() {
                    unanswered += 1;
                } else if it.score < 1.0 {
                    let key = fold(&it.answer);
                    match wrong.iter_mut().find(|(k, _, _)| *k == key) {
                        Some((_, _, c)) => *c += 1,
                        None => wrong.push((key, it.answer.trim().to_string(), 1)),
                    }
                }
            }
            wrong.sort_by_key(|w| std::cmp::Reverse(w.2));
            wrong.truncate(5);
            let secs: f64 = class.iter().map(|r| r.items.get(q).map_or(0.0, |i| i.seconds)).sum();
            ItemStats {
                number: q + 1,
                question: item.question.clone(),
                prompt: item.prompt.clone(),
                key: item.key.clone(),
                facility: mean(&all, q),
                discrimination: (n >= 2).then(|| mean(upper, q) - mean(lower, q)),
                seconds: secs / n as f64,
                wrong: wrong.into_iter().map(|(_, shown, c)| (shown, c)).collect(),
                unanswered,
            }
        })
        .collect()
}

/// The results files in `dir` (those whose names end in `.dossier-results.ron`), sorted by name.
pub fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().ends_with(".dossier-results.ron")))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::study::results::Item;

    fn results(student: &str, code: &str, scores: &[f64]) -> Results {
        let items = scores
            .iter()
            .enumerate()
            .map(|(i, &s)| Item {
                question: format!("q{i}"),
                kind: "short".into(),
                prompt: format!("Question {i}?"),
                answer: if s >= 1.0 { "right".into() } else { format!("wrong {}", i % 2) },
                key: "right".into(),
                score: s,
                seconds: 10.0,
            })
            .collect();
        let mut r = Results {
            dossier: results::KIND.into(),
            version: results::VERSION,
            student: student.into(),
            code: code.into(),
            pack: "p".into(),
            title: "T".into(),
            app: "0".into(),
            finished: 0,
            items,
            checksum: String::new(),
        };
        r.checksum = r.checksum_of();
        r
    }

    fn file(name: &str) -> PathBuf {
        PathBuf::from(format!("{name}.dossier-results.ron"))
    }

    #[test]
    fn facility_and_discrimination_follow_their_definitions() {
        // Four students: the two best get question 0 right, the two worst wrong; everyone gets question 1.
        let class = vec![
            (file("a"), results("A", "C", &[1.0, 1.0, 1.0])),
            (file("b"), results("B", "C", &[1.0, 1.0, 0.0])),
            (file("c"), results("C", "C", &[0.0, 1.0, 0.0])),
            (file("d"), results("D", "C", &[0.0, 1.0, 0.0])),
        ];
        let book = build(class, None);
        assert_eq!(book.students.len(), 4);
        assert!((book.items[0].facility - 0.5).abs() < 1e-9);
        // 27 % of four students is one: the best (A) against the worst (D, the last of the tied C and D).
        assert_eq!(book.items[0].discrimination, Some(1.0));
        assert!((book.items[1].facility - 1.0).abs() < 1e-9);
        assert_eq!(book.items[1].discrimination, Some(0.0));
        assert_eq!(book.items[2].wrong, vec![("wrong 0".to_string(), 3)]);
        // The mean of the shares: (3 + 2 + 1 + 1) / 3 / 4.
        assert!((book.mean() - 7.0 / 12.0).abs() < 1e-9);
    }

    #[test]
    fn edited_duplicate_and_foreign_files_are_left_out_with_a_reason() {
        let mut edited = results("Eve", "C", &[0.0, 0.0]);
        edited.items[0].score = 1.0;
        let class = vec![
            (file("ann"), results("Ann", "C", &[1.0, 0.0])),
            (file("ann2"), results(" ann ", "C", &[1.0, 1.0])),
            (file("eve"), edited),
            (file("bo"), results("Bo", "OTHER", &[1.0, 1.0])),
            (file("cy"), results("Cy", "C", &[0.0, 1.0])),
        ];
        let book = build(class, None);
        let names: Vec<&str> = book.students.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Ann", "Cy"]);
        let why: Vec<String> = book.left_out.iter().map(|l| format!("{}: {}", l.path.display(), l.why)).collect();
        assert_eq!(why.len(), 3, "{why:?}");
        assert!(why[0].starts_with("eve.") && why[0].contains("checksum does not match"), "{why:?}");
        assert!(why[1].starts_with("ann2.") && why[1].contains("a second file of ann (ann."), "{why:?}");
        assert!(why[2].starts_with("bo.") && why[2].contains("is for the quiz OTHER"), "{why:?}");
    }

    #[test]
    fn score_bands_hardest_questions_and_a_class_of_one() {
        let class = vec![
            (file("a"), results("A", "C", &[1.0, 1.0, 1.0, 0.0])),
            (file("b"), results("B", "C", &[1.0, 1.0, 0.0, 0.0])),
            (file("c"), results("C", "C", &[1.0, 0.0, 0.0, 0.0])),
            (file("d"), results("D", "C", &[1.0, 1.0, 1.0, 1.0])),
        ];
        let book = build(class.clone(), None);
        // 75 %, 50 %, 25 % and 100 % (in the last band).
        let mut want = [0; BANDS];
        want[7] = 1;
        want[5] = 1;
        want[2] = 1;
        want[9] = 1;
        assert_eq!(book.score_bands(), want);
        assert_eq!(band_range(0), (0, 9));
        assert_eq!(band_range(9), (90, 100));
        let hardest: Vec<usize> = book.hardest().iter().map(|i| i.number).collect();
        assert_eq!(hardest, [4]);
        assert!(book.discriminates());
        let one = build(class.into_iter().take(1).collect(), None);
        assert!(!one.discriminates());
        assert!(one.items.iter().all(|i| i.discrimination.is_none()));
        // Questions 4 of A alone: 0 right; 1 to 3 all right.
        assert_eq!(one.hardest().iter().map(|i| i.number).collect::<Vec<_>>(), [4]);
    }

    proptest! {
        /// Facility is the mean score and discrimination lies between -1 and 1, for any class.
        #[test]
        fn statistics_stay_in_their_ranges(scores in proptest::collection::vec(proptest::collection::vec(0u8..=4, 3), 1..40)) {
            let class: Vec<(PathBuf, Results)> = scores
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let s: Vec<f64> = s.iter().map(|&x| f64::from(x) / 4.0).collect();
                    (file(&format!("s{i}")), results(&format!("S{i}"), "C", &s))
                })
                .collect();
            let book = build(class, Some("c"));
            prop_assert_eq!(book.students.len(), scores.len());
            prop_assert_eq!(book.score_bands().iter().sum::<usize>(), scores.len());
            for (q, it) in book.items.iter().enumerate() {
                let mean = scores.iter().map(|s| f64::from(s[q]) / 4.0).sum::<f64>() / scores.len() as f64;
                prop_assert!((it.facility - mean).abs() < 1e-9);
                match it.discrimination {
                    Some(d) => prop_assert!((-1.0..=1.0).contains(&d) && scores.len() >= 2),
                    None => prop_assert!(scores.len() < 2),
                }
            }
        }
    }
}
