//! The fuzz targets' bodies: one function per loader or parser a user's file (or typing) reaches, each taking
//! arbitrary bytes. The same file is compiled into the `cargo fuzz` targets (`fuzz/fuzz_targets/*.rs`, on
//! nightly, driven by libFuzzer) and into the stable property test `tests/fuzz_stable.rs` (proptest, in plain
//! `cargo test`), so both exercise exactly the same code with the same invariants.
//!
//! Each function only uses Dossier's public interface and panics only when Dossier breaks a promise: a panic
//! inside Dossier on any input, or one of the invariants asserted here. Files are written to a fresh
//! temporary folder; nothing outside it is read or written (a fuzzed profile list is parsed, but no id read
//! from it is ever used as a path).
//!
//! Inputs that hold several files separate them with the byte `0xFF`, which never occurs in UTF-8 text, so a
//! valid file is never cut and a mutated input still splits the same way.

use std::path::Path;
use std::sync::OnceLock;

use dossier::cli::parse_response;
use dossier::generate::Bank;
use dossier::grade::{grade, grade_text};
use dossier::pack::check::decode_source;
use dossier::pack::numbers::{parse_number, parse_words};
use dossier::pack::{BUNDLED_ARTICLE, MonthDay};
use dossier::question::{Body, Question, QuestionKind, Response, Voice};
use dossier::study::history::{History, SNAPSHOT_VERSION, Snapshot};
use dossier::study::log::{self, Attempt, Log};
use dossier::study::profiles::{self, PROFILES_VERSION, Profile, Profiles, SETTINGS_VERSION, Settings};
use dossier::study::store::read_state;
use dossier::study::{Mode, Now, Scheduler, Study, code, due_cards, gradebook, results as results_file, stats};
use dossier::study::{weak_cards, weak_facts};

/// The byte that separates the files of a several-file input.
pub const SEPARATOR: u8 = 0xFF;

/// Every target by name, as `cargo fuzz` and the property test know them.
pub const TARGETS: [&str; 8] =
    ["fact_sheet", "attempt_log", "snapshot", "learner", "answer", "article", "results", "code"];

/// Runs the target called `name` on `data`.
pub fn run(name: &str, data: &[u8]) {
    match name {
        "fact_sheet" => fact_sheet(data),
        "attempt_log" => attempt_log(data),
        "snapshot" => snapshot(data),
        "learner" => learner(data),
        "answer" => answer(data),
        "article" => article(data),
        "results" => results(data),
        "code" => code(data),
        other => panic!("no fuzz target {other}"),
    }
}

/// The first `n` parts of `data` split at [`SEPARATOR`] (missing parts are `None`; the last part keeps any
/// further separators).
fn parts(data: &[u8], n: usize) -> Vec<Option<&[u8]>> {
    let mut out: Vec<Option<&[u8]>> = data.splitn(n, |b| *b == SEPARATOR).map(Some).collect();
    out.resize(n, None);
    out
}

fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder for the fuzzed files")
}

fn write(path: &Path, bytes: &[u8]) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).expect("a folder under the temporary folder");
    }
    std::fs::write(path, bytes).expect("a fuzzed file written to the temporary folder");
}

/// A fixed "now" (2026-01-01 09:00 in Seoul) so runs repeat.
const NOW: Now = Now { at: 1_767_225_600, utc_offset: 32_400 };

/// The answer the log targets append: what `play` would record.
fn sample_attempt() -> Attempt {
    Attempt {
        at: NOW.at,
        utc_offset: NOW.utc_offset,
        pack: "lee-china-japan".into(),
        question: "meet-xi.mc.place".into(),
        facts: vec!["meet-xi".into()],
        topics: vec!["diplomacy".into()],
        kind: QuestionKind::Mc,
        mode: Mode::Practice,
        answer: "Beijing".into(),
        score: 1.0,
        secs: 4.25,
    }
}

/// Everything a learner's screens compute from a history: statistics, due and weak cards, weak facts.
fn use_history(history: &History, scheduler: &Scheduler) {
    let _ = stats(history, scheduler, NOW);
    let _ = due_cards(history, scheduler, NOW, None);
    let _ = weak_cards(history, scheduler, NOW, None, 20);
    let _ = weak_facts(history, scheduler, NOW, None);
    let later = Now { at: NOW.at + 400 * 86_400, ..NOW };
    let _ = stats(history, scheduler, later);
}

/// **The fact-sheet checker.** `data` is a fact sheet's bytes as read from a file, optionally followed by
/// [`SEPARATOR`] and the article's text (without one, the bundled article is used, so mutations of the
/// bundled sheet keep their evidence). The bytes are decoded as `Pack::load` decodes a file, then parsed,
/// checked against the article and banked (every question of every fact generated), as `dossier check`
/// and the library do. Whatever the sheet, this returns a problem list or a bank; a refused sheet has at
/// least one problem, each with a line and column inside the file.
pub fn fact_sheet(data: &[u8]) {
    let p = parts(data, 2);
    let sheet = p[0].unwrap_or_default();
    let article = p[1].map_or_else(|| BUNDLED_ARTICLE.to_string(), |a| String::from_utf8_lossy(a).into_owned());
    let Ok(source) = decode_source("fuzz.ron", sheet) else { return };
    match Bank::from_sources("fuzz.ron", &source, &article, None) {
        Ok(bank) => {
            for q in &bank.questions {
                let right = q.right_response();
                assert!(grade(q, &right).is_right(), "the key of {} grades right", q.id);
                let _ = q.response_text(Some(&right), Voice::Reading);
                let _ = q.answer_lines();
            }
        }
        Err(e) => {
            assert!(!e.problems.is_empty(), "a refused sheet says why");
            let lines = source.lines().count().max(1);
            for problem in &e.problems {
                assert!(problem.line <= lines + 1, "problem line {} beyond the file's {lines} lines", problem.line);
                let _ = problem.to_string();
            }
        }
    }
}

/// **The attempt-log parser and writer.** `data` is `attempts.ron` as found on disk. Reading it either fails
/// with a sentence or yields records; when it yields `n` records, appending an answer must succeed and a
/// fresh read must then yield at least `n + 1` records, the last being the answer just appended (learner
/// data is never lost, and a log Dossier reads is one it can go on writing).
pub fn attempt_log(data: &[u8]) {
    let dir = temp_dir();
    let path = dir.path().join("attempts.ron");
    write(&path, data);
    let Ok((before, _)) = log::read_all(&path) else { return };
    let mut log = Log::open(&path).expect("a log that was just read opens again");
    log.read(|_| {}).expect("a log that was just read reads again");
    let attempt = sample_attempt();
    log.append(&attempt).expect("an answer is appended to a log that reads");
    let (after, _) = log::read_all(&path).expect("a log stays readable after an append");
    assert!(after.len() > before.len(), "{} records before the append, {} after", before.len(), after.len());
    assert_eq!(after.last(), Some(&attempt.normalised()), "the appended answer is the last record");
}

/// **The snapshot reader.** `data` is `snapshot.ron`. It is read as `Study::open` reads it, and a snapshot
/// that parses is used as if it matched its log: every statistic and selection is computed from its history,
/// and an answer is folded in.
pub fn snapshot(data: &[u8]) {
    let dir = temp_dir();
    let path = dir.path().join("snapshot.ron");
    write(&path, data);
    let Ok(Some(snapshot)) = read_state::<Snapshot>(&path, SNAPSHOT_VERSION) else { return };
    let scheduler = Scheduler::new(0.9);
    let mut history = snapshot.history;
    use_history(&history, &scheduler);
    history.apply(&scheduler, &sample_attempt());
    use_history(&history, &scheduler);
}

/// **The profile list, settings and a learner's whole folder.** `data` is up to four files separated by
/// [`SEPARATOR`]: `profiles.ron`, then the learner's `settings.ron`, `snapshot.ron` and `attempts.ron`. The
/// list is read and searched as `--profile` does; the learner (a fixed one, never an id from the fuzzed
/// list) is opened as `play` and `stats` open them, their statistics computed, and an answer recorded.
pub fn learner(data: &[u8]) {
    let p = parts(data, 4);
    let dir = temp_dir();
    let data_dir = dir.path();
    let learner = Profile { id: "learner".into(), name: "Learner".into(), created: NOW.at };
    let folder = profiles::profile_dir(data_dir, &learner);
    let files = [
        profiles::list_path(data_dir),
        profiles::settings_path(data_dir, &learner),
        folder.join("snapshot.ron"),
        folder.join("attempts.ron"),
    ];
    for (path, bytes) in files.iter().zip(&p) {
        if let Some(bytes) = bytes {
            write(path, bytes);
        }
    }
    if let Ok(list) = Profiles::load(data_dir) {
        assert!(list.version <= PROFILES_VERSION, "a newer list is refused, not read");
        let _ = list.find("Learner");
        let _ = list.last_used();
        for profile in &list.profiles {
            let _ = list.find(&profile.name);
        }
    }
    if let Ok(Some(settings)) = read_state::<Settings>(&files[1], SETTINGS_VERSION) {
        let _ = Scheduler::new(settings.desired_retention);
    }
    let Ok(mut study) = Study::open(data_dir, &learner) else { return };
    use_history(study.history(), study.scheduler());
    let _ = study.take_warnings();
    let before = study.history().total.attempts;
    if study.record(&sample_attempt()).is_ok() {
        let after = study.history().total.attempts;
        assert!(after > before, "a recorded answer is counted ({before} answers before, {after} after)");
        let _ = study.checkpoint();
        let reopened = Study::open(data_dir, &learner).expect("a learner just recorded for opens again");
        assert_eq!(reopened.history().total.attempts, after, "reopening finds the same answers");
    }
}

/// The bundled pack's bank, built once.
fn bundled_questions() -> &'static [Question] {
    static BANK: OnceLock<Vec<Question>> = OnceLock::new();
    BANK.get_or_init(|| Bank::bundled().map(|b| b.questions).expect("the bundled pack banks"))
}

/// **The grader's answer parsing.** `data` is: two bytes choosing a question of the bundled bank, one byte
/// choosing how the answer arrives, then the answer. The answer arrives as a line typed at the command line
/// (read by `cli::parse_response`), as typed text graded directly (whatever the question's shape), or as
/// picks (options, pairs, an order: arbitrary indices, repeats and gaps, as a damaged draft could hold).
/// Grading never panics and always scores within 0 ..= 1; the answer is rendered as feedback shows it. The
/// text is also given to the forgiving date and number parsers and graded against the bank's own typed
/// answers.
pub fn answer(data: &[u8]) {
    let questions = bundled_questions();
    let (Some(&a), Some(&b), Some(&how)) = (data.first(), data.get(1), data.get(2)) else { return };
    let q = &questions[usize::from(u16::from_le_bytes([a, b])) % questions.len()];
    let rest = &data[3..];
    let line = String::from_utf8_lossy(rest);
    let response = match how % 4 {
        0 => parse_response(q, &line),
        1 => Some(Response::Text(line.to_string())),
        2 => Some(picks(q, rest)),
        _ => Some(Response::Choice(usize::from(rest.first().copied().unwrap_or(0)))),
    };
    if let Some(response) = response {
        let g = grade(q, &response);
        assert!((0.0..=1.0).contains(&g.score), "score {} out of 0 ..= 1 for {}", g.score, q.id);
        let _ = q.response_text(Some(&response), Voice::Reading);
        let _ = q.response_text(Some(&response), Voice::Record);
        let _ = q.answer_rows(Some(&response));
    }
    let _ = MonthDay::parse_forgiving(&line);
    let _ = MonthDay::parse(&line);
    let _ = parse_number(&line);
    let _ = parse_words(&line);
    if let Body::Typed { expected: dossier::question::Expected::Text { accepted, rivals, .. }, .. } = &q.body {
        let g = grade_text(&line, accepted, rivals);
        assert!((0.0..=1.0).contains(&g.score), "score {} out of 0 ..= 1", g.score);
    }
}

/// A response made of picks for `q`'s shape, from raw bytes: `0xFE` is "no pick" in pairs.
fn picks(q: &Question, bytes: &[u8]) -> Response {
    match &q.body {
        Body::Match { .. } => {
            Response::Pairs(bytes.iter().map(|&b| (b != 0xFE).then_some(usize::from(b % 16))).collect())
        }
        Body::Order { .. } => Response::Order(bytes.iter().map(|&b| usize::from(b % 16)).collect()),
        Body::TrueFalse { .. } => Response::Bool(bytes.first().is_some_and(|b| b % 2 == 1)),
        _ => Response::Choice(usize::from(bytes.first().copied().unwrap_or(0) % 16)),
    }
}

/// `dossier import` on any bytes: a sentence or a draft, never a panic; a draft is one the checker accepts
/// (its RON and article load as a pack), and its text is what was drafted. The first byte picks the format
/// the file name claims (odd: a saved web page), so both readers are reached.
pub fn article(data: &[u8]) {
    let name = if data.first().is_some_and(|b| b % 2 == 1) { "fuzz.html" } else { "fuzz.txt" };
    match dossier::import::draft(data, name, &dossier::import::Options::default()) {
        Ok(draft) => {
            let loaded = dossier::pack::Pack::from_sources("draft.ron", &draft.ron, &draft.article, None);
            assert!(loaded.is_ok(), "a written draft passes check: {loaded:?}\n{}", draft.ron);
            assert!(!draft.sheet.facts.is_empty(), "a draft has facts");
        }
        Err(e) => assert!(!e.to_string().is_empty(), "a refused article says why"),
    }
}

/// **The results files a teacher opens.** `data` is up to three results files separated by [`SEPARATOR`],
/// merged into a class view as `dossier gradebook` and "Class results" do. Every file is either counted or
/// left out with a sentence; the statistics are finite and in their ranges (discrimination only with two
/// students or more). A file that reads and is intact is changed in one byte at a few places chosen from
/// the input: each changed file is refused or found edited, never accepted.
pub fn results(data: &[u8]) {
    let dir = temp_dir();
    let files: Vec<&[u8]> = parts(data, 3).into_iter().flatten().collect();
    let mut paths = Vec::new();
    for (i, bytes) in files.iter().enumerate() {
        let path = dir.path().join(format!("f{i}.dossier-results.ron"));
        write(&path, bytes);
        paths.push(path);
    }
    let book = gradebook::from_files(&paths, None);
    assert_eq!(book.students.len() + book.left_out.len(), paths.len(), "every file is counted or left out");
    for l in &book.left_out {
        assert!(!l.why.is_empty(), "a file left out says why");
    }
    for s in &book.students {
        assert!(s.score.is_finite() && s.seconds.is_finite(), "{s:?}");
        assert!((0.0..=s.out_of as f64).contains(&s.score), "{s:?}");
    }
    for item in &book.items {
        assert!((0.0..=1.0).contains(&item.facility), "facility {}", item.facility);
        match item.discrimination {
            Some(d) => assert!((-1.0..=1.0).contains(&d) && book.students.len() >= 2, "discrimination {d}"),
            None => assert!(book.students.len() < 2, "no discrimination with {} students", book.students.len()),
        }
    }
    let hash = dossier::text::stable_hash(data);
    for bytes in files {
        let Ok(text) = std::str::from_utf8(bytes) else { continue };
        if !results_file::parse(text).as_ref().is_ok_and(results_file::Results::intact) {
            continue;
        }
        for k in 0..4u32 {
            let h = hash.rotate_left(16 * k);
            let at = usize::try_from(h % bytes.len() as u64).unwrap_or(0);
            let mut changed = bytes.to_vec();
            changed[at] = changed[at].wrapping_add(1 + (h >> 32) as u8 % 255);
            let Ok(changed) = String::from_utf8(changed) else { continue };
            let read = results_file::parse(&changed);
            assert!(
                !read.as_ref().is_ok_and(results_file::Results::intact),
                "byte {at} changed ({:?} for {:?}) and the file was accepted",
                changed.as_bytes()[at] as char,
                bytes[at] as char
            );
        }
    }
}

/// The bundled packs, read once.
fn bundled_packs() -> &'static [dossier::pack::Pack] {
    static PACKS: OnceLock<Vec<dossier::pack::Pack>> = OnceLock::new();
    PACKS.get_or_init(|| {
        dossier::pack::LIBRARY.iter().map(|b| dossier::pack::Pack::from_bundled(b).expect("a bundled pack")).collect()
    })
}

/// **Quiz codes.** `data` is read as text typed in "Join with a code" (lossily, as a text field would hold
/// it): decoding it gives a sentence or a plan, and a plan gives a code that decodes to the same plan and
/// pack. The same bytes also make a plan (pack, seed of 64 bits, count, kinds, topics, mode, time limit),
/// whose code decodes back to exactly it.
/// `plan` with every kind ticked written as no kind filter: the generator draws the same quiz from both,
/// and a code writes both alike.
fn one_form(mut plan: dossier::study::session::QuizPlan) -> dossier::study::session::QuizPlan {
    if QuestionKind::ALL.iter().all(|k| plan.settings.kinds.contains(k)) {
        plan.settings.kinds.clear();
    }
    plan
}

pub fn code(data: &[u8]) {
    let packs = bundled_packs();
    let refs: Vec<&dossier::pack::Pack> = packs.iter().collect();
    let typed = String::from_utf8_lossy(data);
    match code::decode(&typed, &refs) {
        Ok((pack, plan)) => {
            let again = code::encode(pack, &plan).expect("a plan read from a code has a code");
            let (back_pack, back) = code::decode(&again, &refs).expect("a code just written decodes");
            assert_eq!((back_pack.id(), &back), (pack.id(), &one_form(plan.clone())), "{typed:?} gives {again}");
        }
        Err(e) => assert!(!e.to_string().is_empty(), "a refused code says why"),
    }
    let Some(bytes) = data.get(..16) else { return };
    let pack = &packs[usize::from(bytes[0]) % packs.len()];
    let seed = u64::from_le_bytes(bytes[1..9].try_into().expect("eight bytes"));
    let count = 1 + usize::from(bytes[9]) % code::MAX_COUNT;
    let kinds: Vec<QuestionKind> = QuestionKind::ALL
        .into_iter()
        .enumerate()
        .filter(|(i, _)| bytes[10] >> (i % 8) & 1 == 1)
        .map(|(_, k)| k)
        .collect();
    let topic_bits = u32::from_le_bytes(bytes[11..15].try_into().expect("four bytes"));
    let topics: Vec<String> = pack
        .sheet
        .topics
        .iter()
        .enumerate()
        .filter(|(i, _)| topic_bits >> (i % 32) & 1 == 1)
        .map(|(_, t)| t.id.clone())
        .collect();
    let exam = bytes[15] & 1 == 1;
    let minutes = (exam && bytes[15] & 2 == 2).then_some(1 + u32::from(bytes[15] >> 2) % code::MAX_MINUTES);
    let plan = dossier::study::session::QuizPlan {
        pack: pack.id().to_string(),
        settings: dossier::generate::QuizSettings { seed, count, kinds, topics, facts: Vec::new() },
        mode: if exam { Mode::Exam } else { Mode::Practice },
        minutes,
        focus: None,
    };
    let written = code::encode(pack, &plan).expect("every such plan has a code");
    let (got, back) = code::decode(&written, &refs).expect("a code just written decodes");
    assert_eq!((got.id(), back), (pack.id(), one_form(plan)), "{written}");
}
