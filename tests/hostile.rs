//! Files, paths and pipes a hostile or unlucky user feeds the command line (issue 10): closed pipes, named
//! pipes where packs or articles belong, articles outside the pack's folder, hand-edited learner lists,
//! names that disguise themselves. Every run has a deadline, so a hang fails the test instead of hanging it.

use std::fs;
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What a run of the binary left: its exit code (`None` if a signal ended it), stdout and stderr.
struct Run {
    code: Option<i32>,
    out: String,
    err: String,
}

/// Runs the binary with `args` in data folder `data`, feeding `input`, and fails the test if it has not
/// ended within 20 seconds (it is killed first).
fn run(data: &Path, args: &[&str], input: &str) -> Run {
    let logs = tempfile::tempdir().expect("a folder for the outputs");
    let (out_path, err_path) = (logs.path().join("out"), logs.path().join("err"));
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .env("DOSSIER_DATA_DIR", data)
        .stdin(Stdio::piped())
        .stdout(fs::File::create(&out_path).expect("stdout file"))
        .stderr(fs::File::create(&err_path).expect("stderr file"))
        .spawn()
        .expect("start dossier");
    let _ = child.stdin.take().expect("stdin").write_all(input.as_bytes());
    let status = wait_or_kill(&mut child, args);
    let read = |p: &Path| String::from_utf8_lossy(&fs::read(p).expect("output file")).into_owned();
    Run { code: status.code(), out: read(&out_path), err: read(&err_path) }
}

fn wait_or_kill(child: &mut std::process::Child, args: &[&str]) -> std::process::ExitStatus {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(status) = child.try_wait().expect("wait for dossier") {
            return status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("dossier {args:?} did not end within 20 seconds: it hangs");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A pack folder holding the malformed corpus's valid sheet and its article, the sheet's `article:` field
/// set to `article`; returns the folder and the sheet's path.
fn pack_naming(article: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("pack folder");
    let sheet = fs::read_to_string("tests/malformed/valid.ron").expect("the valid sheet");
    let sheet = sheet.replace("article: \"article.txt\"", &format!("article: {article:?}"));
    fs::write(dir.path().join("sheet.ron"), sheet).expect("write sheet");
    fs::copy("tests/malformed/article.txt", dir.path().join("article.txt")).expect("copy article");
    let path = dir.path().join("sheet.ron");
    (dir, path)
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let ok = Command::new("mkfifo").arg(path).status().expect("run mkfifo").success();
    assert!(ok, "mkfifo {}", path.display());
}

// Item 1: closed pipes.

/// Spawns `args` with stdout and/or stderr a pipe whose read end is closed before anything is written.
fn with_closed(data: &Path, args: &[&str], close_out: bool, close_err: bool) -> Option<i32> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dossier"));
    cmd.args(args).env("DOSSIER_DATA_DIR", data).stdin(Stdio::null());
    cmd.stdout(if close_out { Stdio::piped() } else { Stdio::null() });
    cmd.stderr(if close_err { Stdio::piped() } else { Stdio::null() });
    let mut child = cmd.spawn().expect("start dossier");
    drop(child.stdout.take());
    drop(child.stderr.take());
    wait_or_kill(&mut child, args).code()
}

#[test]
fn a_closed_stdout_or_stderr_ends_quietly_never_with_a_panic() {
    let data = tempfile::tempdir().expect("data");
    let (_pack, sheet) = pack_naming("/etc/passwd");
    let sheet = sheet.to_str().expect("utf-8 path");
    for args in [
        &["check"][..],
        &["bank"],
        &["quiz", "--format", "markdown", "--key"],
        &["stats", "--profile", "nobody"],
        &["check", sheet],
        &["profile", "list"],
        &["play", "--mode", "review"],
        &["--bogus"],
    ] {
        for (close_out, close_err) in [(true, false), (false, true), (true, true)] {
            let code = with_closed(data.path(), args, close_out, close_err);
            assert!(
                code.is_some_and(|c| c != 101),
                "{args:?} (stdout closed {close_out}, stderr closed {close_err}): {code:?}"
            );
        }
    }
    // With stderr open, nothing says "panicked" when only stdout is closed.
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .arg("bank")
        .env("DOSSIER_DATA_DIR", data.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start dossier");
    drop(child.stdout.take());
    let mut err = String::new();
    child.stderr.take().expect("stderr").read_to_string(&mut err).expect("read stderr");
    let status = wait_or_kill(&mut child, &["bank"]);
    assert_eq!(status.code(), Some(0), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

// Item 2: named pipes.

#[cfg(unix)]
#[test]
fn a_named_pipe_among_the_packs_is_reported_not_waited_for() {
    let data = tempfile::tempdir().expect("data");
    fs::create_dir_all(data.path().join("packs")).expect("packs folder");
    mkfifo(&data.path().join("packs").join("x.ron"));

    let r = run(data.path(), &["check"], "");
    assert_eq!(r.code, Some(1), "{}{}", r.out, r.err);
    assert!(r.out.contains("lee-china-japan.ron: ok"), "{}", r.out);
    assert!(
        r.out.contains("x.ron:1:1: cannot read the fact sheet: it is a named pipe, not a regular file"),
        "{}",
        r.out
    );

    let r = run(data.path(), &["play", "--mode", "review", "--profile", "Ana"], "");
    assert_eq!(r.code, Some(0), "{}{}", r.out, r.err);
    assert!(r.err.contains("a pack is left out of the review"), "{}", r.err);
    assert!(r.out.contains("Nothing is due for review today"), "{}", r.out);
}

#[cfg(unix)]
#[test]
fn an_article_that_is_a_named_pipe_is_refused_at_the_article_field() {
    let (dir, sheet) = pack_naming("pipe.txt");
    mkfifo(&dir.path().join("pipe.txt"));
    let data = tempfile::tempdir().expect("data");
    let r = run(data.path(), &["bank", "--pack", sheet.to_str().expect("utf-8 path")], "");
    assert_eq!(r.code, Some(1), "{}{}", r.out, r.err);
    assert!(
        r.err.contains("sheet.ron:7:14: cannot read the article \"pipe.txt\": it is a named pipe, not a regular file"),
        "{}",
        r.err
    );
}

// Item 3: the article stays beside its sheet.

#[test]
fn an_article_outside_the_sheets_folder_is_refused_and_never_read() {
    let data = tempfile::tempdir().expect("data");
    for article in ["/etc/passwd", "/dev/zero", "../article.txt", "sub/article.txt", ".", ""] {
        let (_dir, sheet) = pack_naming(article);
        let r = run(data.path(), &["check", sheet.to_str().expect("utf-8 path")], "");
        assert_eq!(r.code, Some(1), "{article}: {}{}", r.out, r.err);
        let expected = format!("sheet.ron:7:14: the article \"{article}\" is not a file name beside the fact sheet");
        assert!(r.out.contains(&expected), "{article}: {}", r.out);
        assert!(!r.out.contains("root:"), "{article}: the file's content is echoed: {}", r.out);
    }
}

#[test]
fn an_article_larger_than_the_cap_is_refused() {
    let (dir, sheet) = pack_naming("big.txt");
    let big = fs::File::create(dir.path().join("big.txt")).expect("big article");
    big.set_len(6 * 1024 * 1024).expect("sparse 6 MB");
    let data = tempfile::tempdir().expect("data");
    let r = run(data.path(), &["check", sheet.to_str().expect("utf-8 path")], "");
    assert_eq!(r.code, Some(1), "{}{}", r.out, r.err);
    assert!(r.out.contains("sheet.ron:7:14: the article \"big.txt\" is larger than the 5 MB"), "{}", r.out);
}

#[test]
fn a_nul_byte_in_the_article_is_escaped_in_the_hint() {
    let (dir, sheet) = pack_naming("article.txt");
    let article = fs::read_to_string(dir.path().join("article.txt")).expect("article");
    let damaged = article.replacen("met with", "met\0with", 1);
    assert_ne!(article, damaged, "the article has the first fact's sentence");
    fs::write(dir.path().join("article.txt"), damaged).expect("write article");
    let data = tempfile::tempdir().expect("data");
    let r = run(data.path(), &["check", sheet.to_str().expect("utf-8 path")], "");
    assert_eq!(r.code, Some(1), "{}{}", r.out, r.err);
    assert!(r.out.contains("closest sentence in the article is: \u{201c}"), "{}", r.out);
    assert!(!r.out.contains('\0'), "a raw NUL is printed: {:?}", r.out);
    assert!(r.out.contains("met\\u{0}with"), "{}", r.out);
}

// Item 7: the learner list is not trusted.

const HOSTILE_LIST: &str = r#"(
    version: 1,
    profiles: [
        (id: "", name: "Empty", created: 0),
        (id: "../../victim", name: "Victim", created: 0),
        (id: "ana", name: "Ana", created: 0),
        (id: "ana", name: "Twin", created: 0),
    ],
    last_used: Some("../../victim"),
)
"#;

/// A data folder two levels below a temporary folder, holding [`HOSTILE_LIST`] and Ana's folder.
fn hostile_data() -> (tempfile::TempDir, PathBuf) {
    let base = tempfile::tempdir().expect("base");
    let data = base.path().join("a").join("data");
    fs::create_dir_all(data.join("profiles").join("ana")).expect("ana's folder");
    fs::write(data.join("profiles.ron"), HOSTILE_LIST).expect("write list");
    (base, data)
}

#[test]
fn a_bad_learner_id_is_reported_and_never_followed() {
    let (base, data) = hostile_data();

    let r = run(&data, &["profile", "list"], "");
    assert_eq!(r.code, Some(0), "{}{}", r.out, r.err);
    assert_eq!(r.out.lines().map(str::trim).collect::<Vec<_>>(), ["Ana"], "{}", r.out);
    assert!(r.err.contains("the learner \u{201c}Empty\u{201d} (folder id \"\")"), "{}", r.err);
    assert!(r.err.contains("the learner \u{201c}Victim\u{201d} (folder id \"../../victim\")"), "{}", r.err);
    assert!(r.err.contains("the learner \u{201c}Twin\u{201d} (folder id \"ana\")"), "{}", r.err);

    // Removing "Empty" must not move the whole profiles/ folder to the trash.
    let r = run(&data, &["profile", "remove", "Empty", "--yes"], "");
    assert_eq!(r.code, Some(1), "{}{}", r.out, r.err);
    assert!(data.join("profiles").join("ana").is_dir(), "profiles/ was moved");
    assert!(!data.join("trash").exists(), "something went to the trash");

    // Playing as the last used ("../../victim") or as "Victim" writes nothing outside the data folder.
    let r = run(&data, &["play", "--kinds", "tf", "--count", "1"], "t\n");
    assert_eq!(r.code, Some(0), "{}{}", r.out, r.err);
    let r = run(&data, &["play", "--kinds", "tf", "--count", "1", "--profile", "Victim"], "t\n");
    assert_eq!(r.code, Some(0), "{}{}", r.out, r.err);
    assert!(!base.path().join("a").join("victim").exists(), "a folder was made outside the data folder");
    assert!(!base.path().join("victim").exists(), "a folder was made outside the data folder");

    // The bad entries are kept in the file, not silently dropped by the saves above.
    let list = fs::read_to_string(data.join("profiles.ron")).expect("list");
    for kept in ["\"../../victim\"", "\"Empty\"", "\"Twin\""] {
        assert!(list.contains(kept), "{kept} was dropped: {list}");
    }
}

// Item 8: --profile matches names only.

#[test]
fn a_profile_name_is_never_taken_for_another_learners_folder_id() {
    let data = tempfile::tempdir().expect("data");
    let d = data.path();
    assert_eq!(run(d, &["profile", "add", "Ana"], "").code, Some(0));
    assert_eq!(run(d, &["profile", "rename", "Ana", "Zed"], "").code, Some(0));
    // Zed's folder is profiles/ana; a learner who types --profile ana is someone else.
    let r = run(d, &["play", "--kinds", "tf", "--count", "1", "--profile", "ana"], "t\n");
    assert_eq!(r.code, Some(0), "{}{}", r.out, r.err);
    assert!(r.out.contains("Recorded for ana."), "{}", r.out);
    assert!(!d.join("profiles").join("ana").join("attempts.ron").exists(), "answers went to Zed");

    // The folder id is chosen explicitly with --profile-id.
    let r = run(d, &["play", "--kinds", "tf", "--count", "1", "--profile-id", "ana"], "t\n");
    assert_eq!(r.code, Some(0), "{}{}", r.out, r.err);
    assert!(r.out.contains("Recorded for Zed."), "{}", r.out);
    let r = run(d, &["stats", "--profile-id", "nobody"], "");
    assert_eq!(r.code, Some(1), "{}{}", r.out, r.err);
    assert!(r.err.contains("no learner has the folder id \"nobody\""), "{}", r.err);
}

// Item 9: the smaller ones.

#[test]
fn names_that_reverse_or_hide_text_are_refused() {
    let data = tempfile::tempdir().expect("data");
    for name in ["evil\u{202e}gnp.exe", "a\u{2066}b", "zero\u{200b}width"] {
        let r = run(data.path(), &["profile", "add", name], "");
        assert_eq!(r.code, Some(1), "{name:?}: {}{}", r.out, r.err);
        assert!(r.err.contains("cannot be a learner's name"), "{}", r.err);
    }
    assert!(!data.path().join("profiles.ron").exists(), "a learner was added");
}

#[test]
fn an_unreadable_learner_list_is_described_in_sentences() {
    let data = tempfile::tempdir().expect("data");
    let missing_name = b"(version: 1, profiles: [(id: \"a\", created: 0)])";
    for content in [&b"\xff\xfe"[..], b"(versio: 1)", b"", b"[1, 2]", missing_name] {
        fs::write(data.path().join("profiles.ron"), content).expect("write list");
        let r = run(data.path(), &["profile", "list"], "");
        assert_eq!(r.code, Some(1), "{}{}", r.out, r.err);
        assert!(!r.err.contains("profiles.ron:0:"), "{}", r.err);
        assert!(!r.err.contains("VersionOnly") && !r.err.contains("`Profile"), "{}", r.err);
        assert!(r.err.contains("profiles.ron"), "{}", r.err);
        assert!(r.err.contains("The file was left as it is"), "{}", r.err);
    }
    assert!(run(data.path(), &["profile", "list"], "").err.contains("profiles.ron:1: the field `name` is missing."));
}

/// Whether permission bits stop this process (they do not for root): a probe file in a read-only folder.
#[cfg(unix)]
fn permissions_apply(dir: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt as _;
    let probe = dir.join("probe");
    fs::create_dir_all(&probe).expect("probe folder");
    fs::set_permissions(&probe, fs::Permissions::from_mode(0o555)).expect("chmod");
    let applies = fs::File::create(probe.join("x")).is_err();
    fs::set_permissions(&probe, fs::Permissions::from_mode(0o755)).expect("chmod back");
    let _ = fs::remove_dir_all(&probe);
    applies
}

#[cfg(unix)]
#[test]
fn stats_read_a_read_only_log() {
    use std::os::unix::fs::PermissionsExt as _;
    let data = tempfile::tempdir().expect("data");
    let d = data.path();
    let r = run(d, &["play", "--kinds", "tf", "--count", "1", "--profile", "Ana"], "t\n");
    assert_eq!(r.code, Some(0), "{}{}", r.out, r.err);
    if !permissions_apply(d) {
        eprintln!("skipped: permission bits do not apply to this user (root)");
        return;
    }
    let log = d.join("profiles").join("ana").join("attempts.ron");
    fs::set_permissions(&log, fs::Permissions::from_mode(0o444)).expect("read-only log");
    let r = run(d, &["stats", "--profile", "Ana"], "");
    fs::set_permissions(&log, fs::Permissions::from_mode(0o644)).expect("writable again");
    assert_eq!(r.code, Some(0), "{}{}", r.out, r.err);
}

#[cfg(unix)]
#[test]
fn a_failed_profile_add_leaves_no_folder() {
    use std::os::unix::fs::PermissionsExt as _;
    let data = tempfile::tempdir().expect("data");
    let d = data.path();
    assert_eq!(run(d, &["profile", "add", "Ana"], "").code, Some(0));
    if !permissions_apply(d) {
        eprintln!("skipped: permission bits do not apply to this user (root)");
        return;
    }
    // profiles/ can take a new folder, but the list beside it cannot be replaced.
    fs::set_permissions(d, fs::Permissions::from_mode(0o555)).expect("read-only data folder");
    let r = run(d, &["profile", "add", "Bo"], "");
    fs::set_permissions(d, fs::Permissions::from_mode(0o755)).expect("writable again");
    assert_eq!(r.code, Some(1), "{}{}", r.out, r.err);
    assert!(!d.join("profiles").join("bo").exists(), "an empty folder was left behind");
}

#[cfg(unix)]
#[test]
fn a_named_pipe_in_place_of_the_learner_list_is_reported_not_waited_for() {
    let data = tempfile::tempdir().expect("data");
    mkfifo(&data.path().join("profiles.ron"));
    let r = run(data.path(), &["profile", "list"], "");
    assert_eq!(r.code, Some(1), "{}{}", r.out, r.err);
    assert!(r.err.contains("profiles.ron: this is not a regular file"), "{}", r.err);
    let r = run(data.path(), &["stats"], "");
    assert_eq!(r.code, Some(1), "{}{}", r.out, r.err);
}

#[cfg(unix)]
#[test]
fn a_named_pipe_in_place_of_an_attempt_log_is_reported_not_waited_for() {
    let data = tempfile::tempdir().expect("data");
    assert_eq!(run(data.path(), &["profile", "add", "Ana"], "").code, Some(0));
    mkfifo(&data.path().join("profiles").join("ana").join("attempts.ron"));
    let r = run(data.path(), &["stats", "--profile", "Ana"], "");
    assert_eq!(r.code, Some(1), "{}{}", r.out, r.err);
    assert!(r.err.contains("attempts.ron: this is not a regular file"), "{}", r.err);
}

#[cfg(unix)]
#[test]
fn an_article_that_links_out_of_the_sheets_folder_is_refused_and_never_read() {
    let (dir, sheet) = pack_naming("linked.txt");
    std::os::unix::fs::symlink("/etc/passwd", dir.path().join("linked.txt")).expect("a link out");
    let data = tempfile::tempdir().expect("data");
    let r = run(data.path(), &["check", sheet.to_str().expect("utf-8 path")], "");
    assert_eq!(r.code, Some(1), "{}{}", r.out, r.err);
    assert!(r.out.contains("sheet.ron:7:14: the article \"linked.txt\" is a link to a file outside"), "{}", r.out);
    assert!(!r.out.contains("root:"), "the file's content is echoed: {}", r.out);
    // A link to a file in the same folder is the article itself, and reads.
    let (inside, sheet) = pack_naming("linked.txt");
    std::os::unix::fs::symlink(inside.path().join("article.txt"), inside.path().join("linked.txt")).expect("link");
    let r = run(data.path(), &["check", sheet.to_str().expect("utf-8 path")], "");
    assert_eq!(r.code, Some(0), "{}{}", r.out, r.err);
}
