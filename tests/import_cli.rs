//! `dossier import` through the real binary: what a teacher scripting it sees — the files written, the
//! summary, exit codes, and a sentence (never a panic, never a half-written pack) for every bad input.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

/// A short article any drafter can draft from: a headline, a dateline and plain "X said that …" sentences.
const ARTICLE: &str = "Leaders Talk Trade in Seoul\n\nMonday, May 4, 2026\n\n\
    Japan said that it would send a trade delegation to Seoul in June. China said that the talks had been \
    useful for both sides.\n\nSouth Korea said that it welcomed the two delegations.\n";

fn dossier(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier")).args(args).env("DOSSIER_DATA_DIR", data).output().expect("dossier runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Writes `bytes` as `name` in a fresh folder and imports it with `--out` into another; returns the
/// output and the out folder's file names.
fn import_bytes(name: &str, bytes: &[u8], extra: &[&str]) -> (Output, Vec<String>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let src = dir.path().join(name);
    fs::write(&src, bytes).expect("write article");
    let out = dir.path().join("out");
    let mut args = vec!["import", src.to_str().expect("utf-8 path"), "--out", out.to_str().expect("utf-8 path")];
    args.extend_from_slice(extra);
    let o = dossier(dir.path(), &args);
    let mut files: Vec<String> = fs::read_dir(&out)
        .map(|d| d.filter_map(Result::ok).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    files.sort();
    (o, files)
}

#[test]
fn an_article_is_drafted_into_the_packs_folder_and_passes_check() {
    let data = tempfile::tempdir().expect("temp dir");
    let src = data.path().join("talks.txt");
    fs::write(&src, ARTICLE).expect("write article");
    let o = dossier(data.path(), &["import", src.to_str().expect("utf-8 path")]);
    assert!(o.status.success(), "{}{}", text(&o.stdout), text(&o.stderr));
    let out = text(&o.stdout);
    let packs = data.path().join("packs");
    let sheet = packs.join("leaders-talk-trade-in.ron");
    assert!(sheet.is_file() && packs.join("leaders-talk-trade-in.txt").is_file(), "{out}");
    assert!(out.contains(&sheet.display().to_string()), "the summary names the sheet: {out}");
    assert!(out.contains("facts:") && out.contains("questions"), "the summary counts facts and questions: {out}");
    // The saved article is the text the evidence quotes come from, and the sheet says so.
    let ron = fs::read_to_string(&sheet).expect("sheet written");
    assert!(ron.contains("article: \"leaders-talk-trade-in.txt\""), "{ron}");
    assert!(ron.contains("dateline: \"Monday, May 4, 2026\""), "{ron}");
    // `check` passes on it with no hand edit, and the app's Library (the packs folder) finds it.
    let c = dossier(data.path(), &["check", sheet.to_str().expect("utf-8 path")]);
    assert!(c.status.success(), "{}{}", text(&c.stdout), text(&c.stderr));
    assert!(text(&c.stdout).contains(": ok ("), "{}", text(&c.stdout));
    let q = dossier(data.path(), &["quiz", "--pack", sheet.to_str().expect("utf-8 path"), "--count", "3", "--key"]);
    assert!(q.status.success(), "{}", text(&q.stderr));
}

#[test]
fn the_same_article_gives_a_byte_identical_draft() {
    let (a, files) = import_bytes("a.txt", ARTICLE.as_bytes(), &["--id", "talks"]);
    assert!(a.status.success(), "{}", text(&a.stderr));
    assert_eq!(files, ["talks.ron", "talks.txt"]);
    let first = tempfile::tempdir().expect("temp dir");
    let second = tempfile::tempdir().expect("temp dir");
    for out in [first.path(), second.path()] {
        let src = out.join("a.txt");
        fs::write(&src, ARTICLE).expect("write");
        let o = dossier(out, &["import", src.to_str().expect("p"), "--id", "talks", "--out", out.to_str().expect("p")]);
        assert!(o.status.success(), "{}", text(&o.stderr));
    }
    for f in ["talks.ron", "talks.txt"] {
        assert_eq!(
            fs::read(first.path().join(f)).expect("read"),
            fs::read(second.path().join(f)).expect("read"),
            "{f}"
        );
    }
}

#[test]
fn an_existing_pack_is_refused_unless_replace_is_given() {
    let data = tempfile::tempdir().expect("temp dir");
    let src = data.path().join("a.txt");
    fs::write(&src, ARTICLE).expect("write");
    let out = data.path().join("out");
    let args = ["import", src.to_str().expect("p"), "--id", "talks", "--out", out.to_str().expect("p")];
    assert!(dossier(data.path(), &args).status.success());
    fs::write(out.join("talks.ron"), "// the teacher's edits\n").expect("edit");
    let again = dossier(data.path(), &args);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        text(&again.stderr).contains("already exists") && text(&again.stderr).contains("--replace"),
        "{}",
        text(&again.stderr)
    );
    assert_eq!(
        fs::read_to_string(out.join("talks.ron")).expect("kept"),
        "// the teacher's edits\n",
        "never overwritten"
    );
    let replaced = dossier(data.path(), &[&args[..], &["--replace"]].concat());
    assert!(replaced.status.success(), "{}", text(&replaced.stderr));
    assert!(fs::read_to_string(out.join("talks.ron")).expect("replaced").contains("version: 2"));
}

#[test]
fn bad_ids_and_bundled_ids_are_refused_with_a_sentence() {
    for (id, says) in
        [("Bad Id", "cannot be a pack id"), ("../escape", "cannot be a pack id"), ("nk-war", "bundled pack")]
    {
        let (o, files) = import_bytes("a.txt", ARTICLE.as_bytes(), &["--id", id]);
        assert_eq!(o.status.code(), Some(1), "{id}");
        assert!(text(&o.stderr).contains(says), "{id}: {}", text(&o.stderr));
        assert!(files.is_empty(), "{id}: nothing written, got {files:?}");
    }
}

#[test]
fn bad_input_gets_a_sentence_and_exit_1_and_writes_nothing() {
    let big = vec![b'a'; 6 * 1024 * 1024];
    let cases: [(&str, &[u8], &str); 5] = [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n \t\n", "empty"),
        ("binary.txt", b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0", "not text"),
        ("latin1.txt", b"Caf\xe9 talks in Seoul\n\nThe minister said that it went well.\n", "UTF-8"),
        ("big.txt", &big, "bytes"),
    ];
    for (name, bytes, says) in cases {
        let (o, files) = import_bytes(name, bytes, &[]);
        assert_eq!(o.status.code(), Some(1), "{name}: {}", text(&o.stderr));
        let err = text(&o.stderr);
        assert!(err.contains(says), "{name}: {err}");
        assert!(!err.contains("panicked"), "{name}: {err}");
        assert!(files.is_empty(), "{name}: nothing written, got {files:?}");
    }
}

#[test]
fn an_article_with_nothing_to_quiz_on_is_said_so() {
    let (o, files) = import_bytes("weather.txt", b"Sunny Weekend\n\nIt will be sunny and warm on the weekend.\n", &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("nothing to quiz on"), "{}", text(&o.stderr));
    assert!(files.is_empty(), "{files:?}");
}

#[test]
fn a_folder_a_missing_file_or_a_fifo_is_refused_without_hanging() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("missing.txt");
    let o = dossier(dir.path(), &["import", missing.to_str().expect("p"), "--out", dir.path().to_str().expect("p")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("cannot read"), "{}", text(&o.stderr));
    let o = dossier(dir.path(), &["import", dir.path().to_str().expect("p")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("not a regular file"), "{}", text(&o.stderr));
    #[cfg(unix)]
    {
        let fifo = dir.path().join("pipe.txt");
        let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
        assert!(made.success());
        let o = dossier(dir.path(), &["import", fifo.to_str().expect("p")]);
        assert_eq!(o.status.code(), Some(1));
        assert!(text(&o.stderr).contains("not a regular file"), "{}", text(&o.stderr));
    }
}

/// Romanised names are spelled several ways in one article ("Kim Jong-un", "Kim Jong Un"): a statement
/// by each spelling is one person's and is drafted, and the pack passes check.
#[test]
fn a_statement_by_each_spelling_of_one_name_survives() {
    let article = "Hwang Sets Out Port Plans\n\nTuesday, March 2, 2004\n\n\
        Prime Minister Hwang Tae-sik said that he would visit Tokyo in April. Hwang Tae-Sik said that the talks \
        would cover fishing rights.\n\nHwang Tae Sik said that a rail line would reopen in May. Hwang Taesik said \
        that the budget would rise by four percent.\n";
    let dir = tempfile::tempdir().expect("temp dir");
    let src = dir.path().join("hwang.txt");
    fs::write(&src, article).expect("write article");
    let out = dir.path().join("out");
    let o = dossier(dir.path(), &["import", src.to_str().expect("p"), "--out", out.to_str().expect("p")]);
    assert!(o.status.success(), "{}{}", text(&o.stdout), text(&o.stderr));
    let sheet = out.join("hwang-sets-out-port.ron");
    let ron = fs::read_to_string(&sheet).expect("sheet written");
    assert!(
        ron.contains(r#"name: "Hwang Tae-sik", aliases: ["Hwang Tae-Sik", "Hwang Tae Sik", "Hwang Taesik"]"#),
        "one person, named as first spelled: {ron}"
    );
    for said in ["visit Tokyo in April", "cover fishing rights", "reopen in May", "rise by four percent"] {
        assert!(ron.contains(&format!("{said}.\"")), "the statement \"{said}\" is drafted: {ron}");
    }
    let c = dossier(dir.path(), &["check", sheet.to_str().expect("p")]);
    assert!(c.status.success(), "{}{}", text(&c.stdout), text(&c.stderr));
}
