//! `dossier export`: Moodle GIFT, Anki's text import and CSV, read back the way the receiving system reads
//! them.
//!
//! The real readers (Moodle's GIFT parser gift-pegjs, Anki's own importer) live outside the crate: set
//! `DOSSIER_VALIDATORS` to a folder made by `scripts/install-validators DIR` and the tests feed every
//! export to them. `.ci/run` installs them and sets `DOSSIER_REQUIRE_VALIDATORS=1`, which makes a missing
//! reader a failure; elsewhere the reader tests say they were skipped. The checks that need no outside
//! reader (escaping, counts, CSV read back, the command's contract) always run.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use dossier::export::{anki, csv, gift};
use dossier::question::{Body, Expected, Question, QuestionKind};

const PACKS: [&str; 4] = ["lee-china-japan", "nk-war", "asylum", "hk-election"];

fn dossier(args: &[&str], data: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier")).args(args).env("DOSSIER_DATA_DIR", data).output().expect("dossier runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The validators' folder, or `None` (with a note) when they are not installed and not required.
fn validators() -> Option<PathBuf> {
    match std::env::var_os("DOSSIER_VALIDATORS").map(PathBuf::from) {
        Some(dir) if dir.join("validate_gift").is_file() => Some(dir),
        other => {
            assert!(
                std::env::var_os("DOSSIER_REQUIRE_VALIDATORS").is_none(),
                "DOSSIER_REQUIRE_VALIDATORS is set but no validators are at {other:?} (scripts/install-validators)"
            );
            eprintln!("skipped: the real GIFT and Anki readers are not installed (DOSSIER_VALIDATORS)");
            None
        }
    }
}

/// Moodle's GIFT parser on `file`: its count per type, or its error.
fn parse_gift(dir: &Path, file: &Path) -> Result<BTreeMap<String, usize>, String> {
    let o = Command::new("node").arg(dir.join("validate_gift")).arg(file).arg("-q").output().expect("node runs");
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    if !o.status.success() {
        return Err(format!("{out}{}", stderr(&o)));
    }
    let counts = out
        .lines()
        .skip_while(|l| !l.starts_with("OK "))
        .skip(1)
        .filter_map(|l| {
            let (k, n) = l.trim().split_once(": ")?;
            Some((k.to_string(), n.parse().ok()?))
        })
        .collect();
    Ok(counts)
}

/// The full listing of Moodle's GIFT parser (one line per question with its answers).
fn gift_listing(dir: &Path, file: &Path) -> String {
    let o = Command::new("node").arg(dir.join("validate_gift")).arg(file).output().expect("node runs");
    assert!(o.status.success(), "{}{}", String::from_utf8_lossy(&o.stdout), stderr(&o));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Anki's importer on `file` (strict: warnings fail), expecting `notes` notes.
fn import_anki(dir: &Path, file: &Path, notes: usize) -> Result<String, String> {
    let o = Command::new(dir.join("venv/bin/python"))
        .arg(dir.join("validate_anki"))
        .arg(file)
        .args(["--strict", "--expect", &notes.to_string()])
        .output()
        .expect("python runs");
    let out = format!("{}{}", String::from_utf8_lossy(&o.stdout), stderr(&o));
    if o.status.success() { Ok(out) } else { Err(out) }
}

/// GIFT's type names as gift-pegjs reports them.
fn reader_name(ours: &str) -> &'static str {
    match ours {
        "multiple choice" => "MC",
        "true/false" => "TF",
        "short answer" => "Short",
        "missing word" => "Short+embedded",
        "numerical" => "Numerical",
        "matching" => "Matching",
        _ => "?",
    }
}

#[test]
fn every_bundled_bank_exports_to_gift_that_moodles_parser_reads_with_the_same_counts() {
    let dir = tempfile::tempdir().expect("temp dir");
    for pack in PACKS {
        let file = dir.path().join(format!("{pack}.gift"));
        let o = dossier(
            &["export", "--pack", pack, "--all", "--format", "gift", "--out", file.to_str().expect("utf-8")],
            dir.path(),
        );
        assert!(o.status.success(), "{pack}: {}", stderr(&o));
        let said = stderr(&o);
        assert!(said.contains("questions written as GIFT ("), "{pack}: {said}");
        let text = std::fs::read_to_string(&file).expect("the export");
        assert!(text.contains("$CATEGORY: $course$/top/Dossier/"), "{pack}: categories per topic");
        assert!(text.contains("####Evidence\\: "), "{pack}: evidence as feedback");
        let Some(v) = validators() else { continue };
        let counts = parse_gift(&v, &file).unwrap_or_else(|e| panic!("{pack}: Moodle's parser refused it: {e}"));
        // What dossier said it wrote, per type, is what the parser read.
        let inner = said.split_once('(').and_then(|(_, r)| r.split_once(')')).map(|(i, _)| i).expect("counts");
        for part in inner.split(", ") {
            let (n, kind) = part.split_once(' ').expect("N kind");
            let n: usize = n.parse().expect("a count");
            assert_eq!(counts.get(reader_name(kind)).copied().unwrap_or(0), n, "{pack}: {kind} in {counts:?}");
        }
    }
}

#[test]
fn every_bundled_bank_exports_to_anki_notes_that_ankis_importer_adds_without_warnings() {
    let dir = tempfile::tempdir().expect("temp dir");
    for pack in PACKS {
        let file = dir.path().join(format!("{pack}.txt"));
        let o = dossier(
            &["export", "--pack", pack, "--all", "--format", "anki", "--out", file.to_str().expect("utf-8")],
            dir.path(),
        );
        assert!(o.status.success(), "{pack}: {}", stderr(&o));
        let said = stderr(&o);
        let written: usize = said
            .trim_start_matches("dossier: ")
            .split(' ')
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("a count: {said}"));
        let text = std::fs::read_to_string(&file).expect("the export");
        assert_eq!(text.lines().filter(|l| !l.starts_with('#')).count(), written, "{pack}: one line a note");
        assert!(text.contains("{{c1::"), "{pack}: fill-in-the-blank questions are Cloze notes");
        let Some(v) = validators() else { continue };
        let out = import_anki(&v, &file, written).unwrap_or_else(|e| panic!("{pack}: Anki refused it: {e}"));
        assert!(out.contains("Dossier::"), "{pack}: the deck is named after the pack: {out}");
    }
}

fn typed(answer: &str, accepted: &[&str]) -> Body {
    Body::Typed {
        answer: answer.to_string(),
        expected: Expected::Text {
            accepted: accepted.iter().map(ToString::to_string).collect(),
            rivals: Vec::<String>::new().into(),
            broader: Vec::new(),
        },
        unit: None,
    }
}

/// Questions whose every field holds something hostile to some format: markup, GIFT's specials, Anki's
/// cloze braces, tabs, line breaks, quotes, a right-to-left override.
fn hostile() -> Vec<Question> {
    let evil = "<script>alert(1)</script> ~=#{}: \\ \"q\" {{c1::x}} -> a\tb\nc \u{202e}rtl";
    let q = |id: &str, kind: QuestionKind, prompt: String, body: Body| Question {
        id: id.to_string(),
        kind,
        prompt,
        body,
        facts: vec!["f".to_string()],
        evidence: vec![format!("evidence {evil}")],
        topics: vec!["t".to_string()],
    };
    vec![
        q(
            "h.mc",
            QuestionKind::Mc,
            format!("Which {evil}?"),
            Body::Choice {
                options: vec![format!("right {evil}"), "wrong ~ one".into(), "=wrong two".into()],
                correct: 0,
            },
        ),
        q("h.tf", QuestionKind::Tf, format!("=HYPERLINK(\"x\") {evil}."), Body::TrueFalse { answer: false }),
        q("h.short", QuestionKind::Short, format!("Who {evil}?"), typed("Kim = {Jong} Un*", &["Kim # Un"])),
        q(
            "h.cloze",
            QuestionKind::Cloze,
            format!("Fill in the blank: The {evil} _____ met {evil}."),
            typed("Chang {Wa} Deo::x", &[]),
        ),
        q(
            "h.match",
            QuestionKind::Match,
            format!("Match {evil}."),
            Body::Match {
                left: vec![format!("one {evil}"), "two -> x".into(), "three".into()],
                right: vec!["A -> b".into(), format!("B {evil}"), "C".into()],
                pairs: vec![1, 0, 2],
            },
        ),
    ]
}

#[test]
fn hostile_text_stays_inside_its_field_in_every_format() {
    let qs = hostile();
    let g = String::from_utf8(gift::gift("T <b>\n", &qs, &|t| t.to_string()).bytes).expect("utf-8");
    let a = String::from_utf8(anki::anki("T::x\t\"y", &qs).bytes).expect("utf-8");
    let c = String::from_utf8(csv::csv(&qs).bytes).expect("utf-8");
    // GIFT and Anki are shown as HTML: no markup gets through. CSV is data, not markup: it keeps the text.
    for (name, out) in [("gift", &g), ("anki", &a)] {
        assert!(!out.contains("<script>"), "{name}: markup raw\n{out}");
    }
    for (name, out) in [("gift", &g), ("anki", &a), ("csv", &c)] {
        assert!(!out.contains('\u{202e}'), "{name}: a bidi override raw");
    }
    // Anki: one line per note, five tab-separated fields each, no cloze opened by the text itself.
    let notes: Vec<&str> = a.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(notes.len(), qs.len(), "{a}");
    for n in &notes {
        assert_eq!(n.split('\t').count(), 5, "{n}");
    }
    assert_eq!(a.matches("{{c1::").count(), 1, "only the blank is a cloze: {a}");
    assert!(a.contains("\tDossier::T:x\\t\u{201d}y\t"), "the deck name cannot nest or quote: {a}");
    // GIFT: every special character of the text is escaped, so each question has exactly one answer block.
    for block in g.split("\n\n").filter(|b| b.starts_with("::")) {
        let unescaped = |ch: char| {
            let mut n = 0;
            let mut prev_backslashes = 0;
            for c in block.chars() {
                if c == ch && prev_backslashes % 2 == 0 {
                    n += 1;
                }
                prev_backslashes = if c == '\\' { prev_backslashes + 1 } else { 0 };
            }
            n
        };
        assert_eq!((unescaped('{'), unescaped('}')), (1, 1), "{block}");
    }
    // CSV: read back, every field is the text shown safely (one line, quotes doubled, a formula disarmed).
    let rows = read_csv(&c);
    assert_eq!(rows.len(), qs.len() + 1);
    assert_eq!(rows[1][2], "Which <script>alert(1)</script> ~=#{}: \\ \"q\" {{c1::x}} -> a\\tb\\nc \\u{202e}rtl?");
    assert!(rows[2][2].starts_with("'=HYPERLINK(\"x\")"), "a formula is disarmed: {:?}", rows[2]);
    assert_eq!(rows[3][4], "Kim = {Jong} Un*");
    assert_eq!(rows[3][5], "Kim = {Jong} Un* | Kim # Un");
    let Some(v) = validators() else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    let gf = dir.path().join("h.gift");
    std::fs::write(&gf, &g).expect("write");
    let counts = parse_gift(&v, &gf).unwrap_or_else(|e| panic!("Moodle's parser refused hostile text: {e}\n{g}"));
    for kind in ["MC", "TF", "Short", "Short+embedded", "Matching"] {
        assert_eq!(counts.get(kind), Some(&1), "{kind} in {counts:?}\n{g}");
    }
    // The right answers as Moodle reads them.
    let listing = gift_listing(&v, &gf);
    assert!(listing.contains("=right &lt;script&gt;alert(1)&lt;/script&gt; ~=#{}: \\ \"q\" {{c1::x}} -&gt; a\\tb\\nc \\u{202e}rtl ~wrong ~ one ~=wrong two"), "{listing}");
    assert!(listing.contains("=Kim = {Jong} Un\\*"), "the wildcard is escaped for Moodle: {listing}");
    let af = dir.path().join("h.txt");
    std::fs::write(&af, &a).expect("write");
    import_anki(&v, &af, qs.len()).unwrap_or_else(|e| panic!("Anki refused hostile text: {e}\n{a}"));
}

/// A minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF rows.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (_, c) => field.push(c),
        }
    }
    rows
}

#[test]
fn a_quiz_export_holds_the_same_questions_as_the_quiz_with_that_seed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let quiz = dossier(&["quiz", "--seed", "5", "--count", "12", "--format", "json"], dir.path());
    assert!(quiz.status.success());
    let ids: Vec<String> = String::from_utf8_lossy(&quiz.stdout)
        .lines()
        .filter_map(|l| l.split("\"id\":\"").nth(1)?.split('"').next().map(String::from))
        .collect();
    assert_eq!(ids.len(), 12);
    let o = dossier(&["export", "--seed", "5", "--count", "12", "--format", "csv", "--out", "-"], dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let rows = read_csv(&String::from_utf8_lossy(&o.stdout));
    let exported: Vec<String> = rows.iter().skip(1).map(|r| r[0].clone()).collect();
    assert_eq!(exported, ids);
    assert!(stderr(&o).contains("12 questions written as CSV"), "{}", stderr(&o));
}

#[test]
fn a_timeline_becomes_a_matching_in_gift_and_a_too_small_one_is_left_out_with_a_reason() {
    let q = |id: &str, items: Vec<&str>| Question {
        id: id.to_string(),
        kind: QuestionKind::Order,
        prompt: "Put these in time order, earliest first.".to_string(),
        body: Body::Order { items: items.iter().map(ToString::to_string).collect(), order: vec![1, 0, 2] },
        facts: vec!["f".into()],
        evidence: vec!["e".into()],
        topics: Vec::new(),
    };
    let out = gift::gift("T", &[q("big", vec!["b", "a", "c"]), q("small", vec!["b", "a"])], &|t| t.to_string());
    let text = String::from_utf8(out.bytes.clone()).expect("utf-8");
    assert!(text.contains("\t=b -> 2nd\n\t=a -> 1st (earliest)\n\t=c -> 3rd\n"), "{text}");
    assert_eq!(out.left_out.len(), 1);
    assert_eq!(out.left_out[0].id, "small");
    assert!(out.summary("GIFT").contains("1 left out: Moodle needs at least 3"), "{}", out.summary("GIFT"));
}

#[test]
fn a_file_is_written_whole_and_a_bad_destination_gets_a_sentence() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("no/such/folder/quiz.gift");
    let o = dossier(&["export", "--format", "gift", "--out", missing.to_str().expect("utf-8")], dir.path());
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("cannot be written: there is no folder"), "{}", stderr(&o));
    assert!(!dir.path().join("no").exists(), "no folder is made for a mistyped path");
    // An existing file is replaced whole, and nothing else is left beside it.
    let file = dir.path().join("quiz.txt");
    std::fs::write(&file, "old content that is longer than nothing").expect("write");
    let o =
        dossier(&["export", "--format", "anki", "--count", "3", "--out", file.to_str().expect("utf-8")], dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&file).expect("read");
    assert!(text.starts_with("#separator:tab\n") && !text.contains("old content"), "{text}");
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    assert!(names.iter().all(|n| n == "quiz.txt" || !n.contains("quiz")), "{names:?}");
}

#[test]
fn exporting_to_a_closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["export", "--pack", "hk-election", "--all", "--format", "csv", "--out", "-"])
        .env("DOSSIER_DATA_DIR", dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take());
    let o = child.wait_with_output().expect("wait");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
}

#[test]
fn unknown_filters_are_refused_like_quiz_refuses_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let o = dossier(&["export", "--format", "csv", "--topics", "nope", "--out", "-"], dir.path());
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("unknown topic \"nope\""), "{}", stderr(&o));
    let o = dossier(&["export", "--format", "pdf", "--out", "-"], dir.path());
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

#[test]
fn a_handout_is_one_inert_page_with_the_key_and_article_only_when_asked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("h.html");
    let f = file.to_str().expect("utf-8");
    let o = dossier(&["export", "--format", "html", "--seed", "7", "--count", "12", "--out", f], dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let page = std::fs::read_to_string(&file).expect("the handout");
    // Inert and self-contained: nothing runs, nothing is fetched.
    for bad in ["<script", "src=", "href=", "url(", "@import", "http:", "https:", "<link", "<img", "<iframe"] {
        assert!(!page.contains(bad), "{bad} in the handout");
    }
    assert!(page.starts_with("<!DOCTYPE html>") && page.trim_end().ends_with("</html>"));
    assert!(page.contains("<span>Name</span><span>Date</span>"), "a name and date line");
    let questions = page.split("<ol class=\"questions\">").nth(1).and_then(|r| r.split("</ol>\n</section>").next());
    let items = questions.expect("the questions").matches("<li><span class=\"prompt\">").count();
    assert_eq!(items, 12, "one numbered item per question");
    assert!(page.contains("break-inside: avoid"), "a question is never split across pages");
    assert!(!page.contains("Answer key"), "no key unless asked for");
    // The article's section, not its first words: a fill-in-the-blank question may quote them.
    assert!(!page.contains("<section class=\"article\">"), "no article unless asked for");
    let o = dossier(
        &["export", "--format", "html", "--seed", "7", "--count", "12", "--key", "--article", "--out", f],
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let page = std::fs::read_to_string(&file).expect("the handout");
    let (before_key, key) = page.split_once("<h2>Answer key").expect("a key");
    assert!(before_key.trim_end().ends_with("<section class=\"page\">"), "the key starts a page");
    assert_eq!(key.matches("class=\"evidence\"").count(), 12, "each answer with its evidence");
    let article_at = page.find("January was a busy month").expect("the article");
    assert!(article_at < page.find("<ol class=\"questions\">").expect("questions"), "the article comes first");
    // --key belongs to the handout.
    let o = dossier(&["export", "--format", "gift", "--key", "--out", "-"], dir.path());
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

#[test]
fn a_handout_shows_hostile_text_as_text() {
    let qs = hostile();
    let page = String::from_utf8(dossier::export::html::handout("<b>T</b>\n", &qs, true, None).bytes).expect("utf-8");
    assert!(!page.contains("<script>") && !page.contains("<b>T") && !page.contains('\u{202e}'), "{page}");
    assert!(page.contains("<title>&lt;b&gt;T&lt;/b&gt;\\n</title>"), "{page}");
    assert_eq!(page.matches("<li><span class=\"prompt\">").count(), qs.len());
}

/// The cells of the first sheet of an .xlsx file, read back with calamine (a spreadsheet reader that
/// shares no code with the writer).
fn xlsx_rows(path: &Path) -> Vec<Vec<String>> {
    use calamine::{Reader, Xlsx, open_workbook};
    let mut book: Xlsx<_> = open_workbook(path).expect("an xlsx workbook");
    let range = book.worksheet_range("Sheet1").expect("the template's sheet");
    range.rows().map(|r| r.iter().map(ToString::to_string).collect()).collect()
}

#[test]
fn a_kahoot_spreadsheet_holds_the_choice_questions_in_the_templates_layout() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("k.xlsx");
    let o = dossier(
        &["export", "--format", "kahoot", "--pack", "asylum", "--all", "--out", file.to_str().expect("utf-8")],
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let said = stderr(&o);
    assert!(said.contains("written as a Kahoot spreadsheet ("), "{said}");
    assert!(said.contains("left out: Kahoot's quiz template holds only multiple choice and true/false"), "{said}");
    // A long list of left-out questions is named up to ten, then counted.
    assert!(said.lines().filter(|l| l.starts_with("dossier: left out ")).count() <= 10, "{said}");
    assert!(said.contains("more left out for the reasons above."), "{said}");
    let rows = xlsx_rows(&file);
    let header =
        rows.iter().position(|r| r.get(1).is_some_and(|c| c.starts_with("Question - max 120"))).expect("header");
    assert_eq!(header, 7, "the header is on row 8, as in Kahoot's template");
    let data: Vec<&Vec<String>> =
        rows[header + 1..].iter().filter(|r| r.get(1).is_some_and(|c| !c.is_empty())).collect();
    let written: usize = said
        .split(" questions written")
        .next()
        .and_then(|s| s.rsplit(' ').next())
        .and_then(|n| n.parse().ok())
        .expect("a count");
    assert_eq!(data.len(), written);
    // The bank's choice questions, each with its right answer's number and an allowed time limit.
    let bank = dossier(&["bank", "--pack", "asylum", "--format", "json"], dir.path());
    for r in &data {
        assert!(r[1].chars().count() <= 120 && r[2..6].iter().all(|a| a.chars().count() <= 75), "{r:?}");
        assert!(["20", "30", "60"].contains(&r[6].as_str()), "{r:?}");
        let right: usize = r[7].parse().expect("a number");
        let answer = &r[1 + right];
        let line = String::from_utf8_lossy(&bank.stdout)
            .lines()
            .find(|l| l.contains(&format!("\"prompt\":{}", serde_json_string(&r[1]))))
            .map_or_else(|| panic!("{} is a question of the bank", r[1]), String::from);
        let key = if answer == "True" || answer == "False" { answer.to_lowercase() } else { answer.clone() };
        assert!(line.contains(&format!("\"answer\":{}", serde_json_string(&key))), "{r:?}\n{line}");
    }
}

fn serde_json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[test]
fn kahoot_cells_are_text_and_long_questions_are_left_out() {
    let mut qs = hostile();
    qs.retain(|q| matches!(q.body, Body::Choice { .. } | Body::TrueFalse { .. }));
    let long = Question { prompt: "x".repeat(121), id: "h.long".into(), ..qs[1].clone() };
    qs.push(long);
    let out = dossier::export::kahoot::kahoot("T", &qs);
    assert_eq!(out.left_out.len(), 2, "{:?}", out.left_out);
    assert!(out.left_out.iter().any(|l| l.id == "h.long" && l.why.contains("120 characters")), "{:?}", out.left_out);
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("h.xlsx");
    std::fs::write(&file, &out.bytes).expect("write");
    let rows = xlsx_rows(&file);
    assert!(rows.iter().flatten().all(|c| !c.contains('\u{202e}')), "no bidi override raw");
    // Same questions, same bytes.
    assert_eq!(dossier::export::kahoot::kahoot("T", &qs).bytes, out.bytes);
}
