//! Crash safety through the real binary: `dossier play --profile x` with answers piped in chunks, killed
//! with SIGKILL at random moments (at least 200 kills). After every kill the attempt log must open and hold
//! every answer the program had acknowledged with "Saved." — and nothing garbled except, possibly, a torn
//! last record, which is skipped with a warning and sealed by the next run. (Kills rarely land inside the
//! single `write` of a record, so between some runs the test also leaves the start of a record, or zeros,
//! at the end of the log, as a crash mid-write or a power cut would.) Also: processes recording for
//! the same learner at once lose nothing and never interleave a line.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use dossier::study::log::read_all;
use dossier::study::profiles::{Profiles, profile_dir};
use dossier::study::{History, Scheduler, Study, Warning};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// A small valid pack (27 questions), so that a run starts in milliseconds even in a debug build.
const PACK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/malformed/valid.ron");
/// Kinds that "1" answers (option 1, true, or a typed "1"), so every piped line is an answer.
const KINDS: &str = "mc,tf,cloze,short,numeric";

fn spawn(data: &Path, args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .env("DOSSIER_DATA_DIR", data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start dossier")
}

fn log_of(data: &Path, name: &str) -> PathBuf {
    let list = Profiles::load(data).expect("profile list");
    profile_dir(data, list.find(name).expect("learner exists")).join("attempts.ron")
}

/// Reads a child's whole stdout on a thread (so a full pipe never blocks it).
fn collect_stdout(child: &mut Child) -> thread::JoinHandle<String> {
    let mut stdout = child.stdout.take().expect("stdout");
    thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stdout.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

#[test]
fn sigkill_at_random_moments_never_loses_an_acknowledged_answer() {
    let seed = std::env::var("KILL_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(20_260_105_u64);
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let data = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let (mut kills, mut runs, mut in_log, mut acked_total) = (0, 0, 0usize, 0usize);
    let (mut torn, mut injected) = (0, 0);
    while kills < 220 {
        runs += 1;
        assert!(runs < 1000, "only {kills} of {runs} runs were killed before finishing: feed answers slower");
        let quiz_seed = runs.to_string();
        let mut child = spawn(
            data.path(),
            &["play", "--pack", PACK, "--profile", "x", "--count", "100", "--kinds", KINDS, "--seed", &quiz_seed],
        );
        let out = collect_stdout(&mut child);
        // Answers arrive in chunks of 1–5 lines with pauses of up to 5 ms, like a person typing fast.
        let mut stdin = child.stdin.take().expect("stdin");
        let chunks: Vec<(usize, u64)> = (0..40).map(|_| (rng.random_range(1..=5), rng.random_range(0..=5))).collect();
        let feeder = thread::spawn(move || {
            for (lines, pause) in chunks {
                if stdin.write_all("1\n".repeat(lines).as_bytes()).is_err() {
                    return;
                }
                thread::sleep(Duration::from_millis(pause));
            }
        });
        thread::sleep(Duration::from_micros(rng.random_range(0..45_000)));
        let _ = child.kill(); // SIGKILL
        let status = child.wait().expect("wait");
        let _ = feeder.join();
        let out = out.join().expect("stdout thread");
        if status.success() {
            // It finished before the kill: fine, but it does not count as a kill.
        } else {
            kills += 1;
        }
        let acked = out.lines().filter(|l| *l == "Saved.").count();
        let shown = out.matches("Question ").count();
        acked_total += acked;
        if !Path::new(&data.path().join("profiles.ron")).exists() {
            assert_eq!(acked, 0);
            continue;
        }
        let path = log_of(data.path(), "x");
        if !path.exists() {
            assert_eq!(acked, 0, "run {runs}: answers acknowledged but no log");
            continue;
        }
        let (attempts, warnings) = read_all(&path)
            .unwrap_or_else(|e| panic!("run {runs} (seed {seed}): the log does not open after a kill: {e}"));
        assert!(
            attempts.len() >= in_log + acked,
            "run {runs} (seed {seed}): {acked} answers acknowledged but the log grew from {in_log} to {}",
            attempts.len()
        );
        assert!(attempts.len() <= in_log + shown, "run {runs}: more records than questions shown");
        for a in &attempts[in_log..] {
            assert_eq!(a.pack, "malformed-base");
            assert!(!a.question.is_empty() && !a.facts.is_empty() && (0.0..=1.0).contains(&a.score));
            assert_eq!(a.answer.trim(), a.answer);
        }
        for w in &warnings {
            match w {
                Warning::TornTail { .. } => torn += 1,
                Warning::Mended { .. } => {}
                other => panic!("run {runs}: unexpected warning {other}"),
            }
        }
        in_log = attempts.len();
        // Now and then, leave what a crash in the middle of a write (or a power cut: zeros) would: the start
        // of a record with no end. The next run must seal it off and carry on.
        // (A kill between the log's header and its first record leaves no record to copy: nothing to inject.)
        if let Some(last) = attempts.last()
            && rng.random_range(0..100) < 15
        {
            let line = ron::to_string(last).unwrap();
            let mut debris = line.as_bytes()[..rng.random_range(1..line.len() - 1)].to_vec();
            if rng.random_range(0..4) == 0 {
                debris = vec![0; debris.len()];
            }
            std::fs::OpenOptions::new().append(true).open(&path).unwrap().write_all(&debris).unwrap();
            injected += 1;
        }
    }
    // The whole history replays, and opening the learner (snapshot + log) gives the same.
    let path = log_of(data.path(), "x");
    let (attempts, warnings) = read_all(&path).unwrap();
    let mended = warnings.iter().filter(|w| matches!(w, Warning::Mended { .. })).count();
    let list = Profiles::load(data.path()).unwrap();
    let study = Study::open(data.path(), list.find("x").unwrap()).unwrap();
    assert_eq!(study.history(), &History::replay(&Scheduler::default(), &attempts));
    eprintln!(
        "{kills} kills in {runs} runs ({:.1} s, seed {seed}): {} answers in the log, {acked_total} acknowledged; \
         {injected} torn records injected, a torn tail found after {torn} kills, {mended} sealed in the final log",
        started.elapsed().as_secs_f64(),
        attempts.len()
    );
}

#[test]
fn processes_recording_for_one_learner_at_once_lose_nothing() {
    let data = tempfile::tempdir().unwrap();
    // The bundled pack: as many questions of these kinds as a quiz takes, all answered by each of three
    // processes at once.
    let answers = "1\n".repeat(400);
    let mut children: Vec<(Child, thread::JoinHandle<String>)> = (0..3)
        .map(|i| {
            let seed = (i + 1).to_string();
            let mut child =
                spawn(data.path(), &["play", "--profile", "x", "--count", "400", "--kinds", KINDS, "--seed", &seed]);
            let out = collect_stdout(&mut child);
            (child, out)
        })
        .collect();
    for (child, _) in &mut children {
        let mut stdin = child.stdin.take().expect("stdin");
        let answers = answers.clone();
        thread::spawn(move || {
            let _ = stdin.write_all(answers.as_bytes());
        });
    }
    let mut acked = 0;
    for (mut child, out) in children {
        assert!(child.wait().expect("wait").success());
        let out = out.join().expect("stdout");
        let saved = out.lines().filter(|l| *l == "Saved.").count();
        // Every question of the quiz (its header says how many) was answered and acknowledged.
        let asked: usize = out
            .lines()
            .next()
            .and_then(|l| l.rsplit_once("): "))
            .and_then(|(_, n)| n.strip_suffix(" questions"))
            .and_then(|n| n.parse().ok())
            .expect("the quiz's header gives its length");
        // As long as the bundled pack supports without asking a fact twice (about 25 of these kinds).
        assert!(asked >= 15, "a long quiz: {asked}");
        assert_eq!(saved, asked, "{out}");
        acked += saved;
    }
    let path = log_of(data.path(), "x");
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.lines().count(), acked + 1, "one header and one line per acknowledged answer");
    let (attempts, warnings) = read_all(&path).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(attempts.len(), acked);
    let list = Profiles::load(data.path()).unwrap();
    assert_eq!(list.profiles.len(), 1, "the learner was created once: {list:?}");
    let study = Study::open(data.path(), &list.profiles[0]).unwrap();
    assert_eq!(study.history().total.attempts as usize, acked);
}
