//! The learner store through its public interface: scheduling on a simulated clock, the attempt log's
//! faults, snapshots against replays, concurrent writers, profiles, statistics and the study modes.

use std::fs;
use std::io::Write;
use std::path::Path;

use dossier::generate::{QuizSettings, bank};
use dossier::pack::Pack;
use dossier::question::{Body, Question, QuestionKind, Response};
use dossier::study::exam;
use dossier::study::log::read_all;
use dossier::study::profiles::{self, Profiles};
use dossier::study::session::{QuizPlan, Session};
use dossier::study::{
    Attempt, History, Log, Mode, Now, ProfileError, Rating, Scheduler, StoreError, Study, Warning, questions_for,
};

/// 2026-01-05 12:00 UTC.
const T0: i64 = 1_767_614_400;

fn attempt(at: i64, fact: &str, kind: QuestionKind, score: f64, secs: f64) -> Attempt {
    Attempt {
        at,
        utc_offset: 0,
        pack: "pack".into(),
        question: format!("{fact}.{}.q", kind.code()),
        facts: vec![fact.into()],
        topics: vec![format!("topic-{}", fact.len() % 3)],
        kind,
        mode: Mode::Practice,
        answer: "an answer".into(),
        score,
        secs,
    }
}

fn learner(data: &Path, name: &str) -> profiles::Profile {
    profiles::add(data, name, T0).expect("add learner")
}

fn log_path(data: &Path, p: &profiles::Profile) -> std::path::PathBuf {
    profiles::profile_dir(data, p).join("attempts.ron")
}

#[test]
fn a_learner_who_is_always_right_sees_intervals_grow() {
    let s = Scheduler::default();
    let mut now = Now::utc(T0);
    let mut card = s.review(None, &attempt(now.at, "f", QuestionKind::Mc, 1.0, 10.0));
    assert_eq!(card.last_rating, Rating::Good);
    let mut intervals = vec![s.interval_days(&card)];
    for _ in 0..8 {
        // Come back on the day it is due, answer right at a normal pace.
        now = now.plus_days(s.due_day(&card) - now.day());
        assert!(s.is_due(&card, now));
        assert!(!s.is_due(&card, now.plus_days(-1)));
        card = s.review(Some(&card), &attempt(now.at, "f", QuestionKind::Mc, 1.0, 10.0));
        intervals.push(s.interval_days(&card));
    }
    assert!(intervals.windows(2).all(|w| w[1] > w[0]), "intervals do not grow: {intervals:?}");
    assert!(intervals[0] <= 3, "{intervals:?}");
    assert!(*intervals.last().unwrap() > 100, "{intervals:?}");
    assert_eq!(card.reviews, 9);
    assert_eq!(card.lapses, 0);
}

#[test]
fn a_lapse_brings_the_card_back_the_same_day_and_then_soon() {
    let s = Scheduler::default();
    let mut now = Now::utc(T0);
    let mut card = s.review(None, &attempt(now.at, "f", QuestionKind::Short, 1.0, 20.0));
    for _ in 0..4 {
        now = now.plus_days(s.interval_days(&card));
        card = s.review(Some(&card), &attempt(now.at, "f", QuestionKind::Short, 1.0, 20.0));
    }
    let before = s.interval_days(&card);
    assert!(before >= 20, "{before}");
    now = now.plus_days(before);
    card = s.review(Some(&card), &attempt(now.at, "f", QuestionKind::Short, 0.0, 20.0));
    assert_eq!(card.last_rating, Rating::Again);
    assert_eq!(card.lapses, 1);
    assert_eq!(s.interval_days(&card), 0, "a forgotten card is due again today");
    assert!(s.is_due(&card, now));
    // Answered right later that day, it comes back within days, not weeks.
    card = s.review(Some(&card), &attempt(now.at + 600, "f", QuestionKind::Short, 1.0, 20.0));
    let after = s.interval_days(&card);
    assert!(after >= 1 && after * 3 < before, "before {before}, after {after}");
    // Retrievability falls with time and is lower for the lapsed card than before the lapse.
    assert!(s.retrievability(&card, now.plus_days(30)) < s.retrievability(&card, now.plus_days(1)));
}

#[test]
fn partial_and_slow_answers_rate_hard_and_fast_ones_easy() {
    let s = Scheduler::default();
    let now = Now::utc(T0);
    let partial = s.review(None, &attempt(now.at, "f", QuestionKind::Match, 0.6, 10.0));
    let easy = s.review(None, &attempt(now.at, "f", QuestionKind::Match, 1.0, 5.0));
    let good = s.review(None, &attempt(now.at, "f", QuestionKind::Match, 1.0, 60.0));
    let slow = s.review(None, &attempt(now.at, "f", QuestionKind::Match, 1.0, 600.0));
    assert_eq!((partial.last_rating, easy.last_rating), (Rating::Hard, Rating::Easy));
    assert_eq!((good.last_rating, slow.last_rating), (Rating::Good, Rating::Hard));
    assert!(s.interval_days(&easy) > s.interval_days(&good));
    assert!(s.interval_days(&good) >= s.interval_days(&partial));
}

/// A learner's answers over `days` days: a few families a day, some wrong, at varied hours.
fn simulate(study: &mut Study, days: i64, seed: u64) -> usize {
    let mut n = 0;
    let mut x = seed;
    let mut next = move || {
        x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (x >> 33) as usize
    };
    let kinds = [QuestionKind::Mc, QuestionKind::Tf, QuestionKind::Short, QuestionKind::Match];
    for day in 0..days {
        for k in 0..(3 + next() % 5) {
            let fact = format!("fact-{}", next() % 12);
            let kind = kinds[next() % kinds.len()];
            let score = [1.0, 1.0, 1.0, 0.0, 0.5][next() % 5];
            let at = T0 + day * 86_400 + (k as i64) * 900 + (next() % 600) as i64;
            study.record(&attempt(at, &fact, kind, score, (next() % 40) as f64)).expect("record");
            n += 1;
        }
    }
    n
}

#[test]
fn due_counts_match_a_replay_of_the_log_and_the_snapshot_agrees() {
    let data = tempfile::tempdir().unwrap();
    let p = learner(data.path(), "Ana");
    let mut study = Study::open(data.path(), &p).unwrap();
    let recorded = simulate(&mut study, 40, 7);
    let now = Now::utc(T0).plus_days(41);

    let (attempts, warnings) = read_all(&log_path(data.path(), &p)).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(attempts.len(), recorded);
    let s = Scheduler::default();
    let replay = History::replay(&s, &attempts);
    assert_eq!(study.history(), &replay, "the live history equals a replay of the log");
    let due_by_hand = replay.cards.values().filter(|c| s.due_day(c) <= now.day()).count();
    assert_eq!(study.due(now, None).len(), due_by_hand);
    assert_eq!(study.stats(now).due_today, due_by_hand);
    assert!(due_by_hand > 0);

    // The snapshot written at the checkpoint, plus records after it, gives the same history.
    assert!(study.checkpoint().unwrap());
    simulate(&mut study, 3, 11);
    let reopened = Study::open(data.path(), &p).unwrap();
    assert!(reopened.warnings().is_empty(), "{:?}", reopened.warnings());
    let (attempts, _) = read_all(&log_path(data.path(), &p)).unwrap();
    assert_eq!(reopened.history(), &History::replay(&s, &attempts));
    assert_eq!(reopened.history(), study.history());

    // A snapshot that no longer matches its log is ignored and the log replayed.
    let snap = profiles::profile_dir(data.path(), &p).join("snapshot.ron");
    let text = fs::read_to_string(&snap).unwrap();
    let id = attempts.len(); // any other number
    let forged = text.replacen("log:(id:", &format!("log:(id:{id}"), 1);
    assert_ne!(forged, text);
    fs::write(&snap, forged).unwrap();
    let rebuilt = Study::open(data.path(), &p).unwrap();
    assert!(matches!(rebuilt.warnings(), [Warning::SnapshotIgnored { .. }]), "{:?}", rebuilt.warnings());
    assert_eq!(rebuilt.history(), study.history());
}

fn write_log(data: &Path, p: &profiles::Profile, n: i64) -> Vec<u8> {
    let mut study = Study::open(data, p).expect("open");
    for i in 0..n {
        study.record(&attempt(T0 + i * 60, &format!("f{i}"), QuestionKind::Tf, 1.0, 3.0)).expect("record");
    }
    fs::read(log_path(data, p)).expect("read the log")
}

#[test]
fn a_torn_last_record_is_skipped_with_a_warning_then_sealed_never_truncated() {
    let data = tempfile::tempdir().unwrap();
    let p = learner(data.path(), "Ana");
    let path = log_path(data.path(), &p);
    let whole = write_log(data.path(), &p, 3);
    // A crash in the middle of the fourth record.
    let fourth = ron::to_string(&attempt(T0 + 999, "f3", QuestionKind::Tf, 1.0, 3.0)).unwrap();
    let torn = &fourth.as_bytes()[..fourth.len() / 2];
    fs::OpenOptions::new().append(true).open(&path).unwrap().write_all(torn).unwrap();

    let (read, warnings) = read_all(&path).unwrap();
    assert_eq!(read.len(), 3);
    assert!(matches!(&warnings[..], [Warning::TornTail { line: 5, .. }]), "{warnings:?}");
    assert!(warnings[0].to_string().contains("skipped"), "{}", warnings[0]);

    let mut study = Study::open(data.path(), &p).unwrap();
    assert_eq!(study.history().total.attempts, 3);
    assert!(matches!(study.warnings(), [Warning::TornTail { .. }]), "{:?}", study.warnings());
    study.take_warnings();
    study.record(&attempt(T0 + 2000, "f9", QuestionKind::Mc, 0.0, 3.0)).unwrap();
    assert!(
        !study.warnings().iter().any(|w| matches!(w, Warning::TornTail { .. })),
        "the same torn tail is reported once (then mended): {:?}",
        study.warnings()
    );
    let after = fs::read(&path).unwrap();
    assert!(after.starts_with(&whole) && after[whole.len()..].starts_with(torn), "nothing before was changed");
    let (read, warnings) = read_all(&path).unwrap();
    assert_eq!(read.len(), 4);
    assert_eq!(read[3].facts, ["f9"]);
    assert!(matches!(&warnings[..], [Warning::Mended { line: 5, .. }]), "{warnings:?}");
    // And a second torn tail after a sealed one is handled the same way.
    fs::OpenOptions::new().append(true).open(&path).unwrap().write_all(b"(at:17").unwrap();
    study.record(&attempt(T0 + 3000, "f10", QuestionKind::Mc, 1.0, 3.0)).unwrap();
    let (read, warnings) = read_all(&path).unwrap();
    assert_eq!(read.len(), 5);
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert_eq!(Study::open(data.path(), &p).unwrap().history(), study.history());
}

#[test]
fn a_damaged_line_is_skipped_with_its_line_and_the_file_left_untouched() {
    let data = tempfile::tempdir().unwrap();
    let p = learner(data.path(), "Ana");
    let path = log_path(data.path(), &p);
    let whole = write_log(data.path(), &p, 4);

    // A line in the middle damaged by something other than Dossier: skipped and reported, never a lock-out.
    let text = String::from_utf8(whole.clone()).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    lines[2] = "(at: 12, this is not a record";
    let damaged = lines.join("\n") + "\n";
    fs::write(&path, &damaged).unwrap();
    fs::remove_file(profiles::profile_dir(data.path(), &p).join("snapshot.ron")).ok();

    let study = Study::open(data.path(), &p).unwrap();
    assert_eq!(study.history().total.attempts, 3);
    let message = study.warnings().iter().map(ToString::to_string).collect::<Vec<_>>().join("\n");
    assert!(
        matches!(study.warnings(), [Warning::Damaged { damage, .. }] if damage.line == 3 && damage.last_line == 3),
        "{message}"
    );
    assert!(message.contains("attempts.ron:3:") && message.contains("left as it is"), "{message}");
    let (read, warnings) = read_all(&path).unwrap();
    assert_eq!(read.len(), 3);
    assert_eq!(warnings.len(), 1);
    // A writer that had it open reads past it too, and writes nothing while reading.
    let mut writer = Log::open(&path).unwrap();
    assert_eq!(writer.read(|_| {}).unwrap().len(), 1);
    assert_eq!(fs::read_to_string(&path).unwrap(), damaged);

    // Binary garbage, or no header: reported, untouched.
    for garbage in [&b"\x00\x01\x02garbage\n"[..], b"(at:1)\n", b""] {
        fs::write(&path, garbage).unwrap();
        let err = Study::open(data.path(), &p).unwrap_err();
        assert!(matches!(err, StoreError::Corrupt { line: 1, .. }), "{err}");
        assert_eq!(fs::read(&path).unwrap(), garbage);
    }
}

#[test]
fn files_from_a_newer_version_are_reported_and_left_untouched() {
    let data = tempfile::tempdir().unwrap();
    let p = learner(data.path(), "Ana");
    let path = log_path(data.path(), &p);
    write_log(data.path(), &p, 2);
    let text = fs::read_to_string(&path).unwrap();
    let newer = text.replacen("version:1", "version:2", 1);
    fs::write(&path, &newer).unwrap();
    let err = Study::open(data.path(), &p).unwrap_err();
    assert!(matches!(err, StoreError::Newer { found: 2, supported: 1, .. }), "{err}");
    assert!(err.to_string().contains("newer version of Dossier"), "{err}");
    assert_eq!(fs::read_to_string(&path).unwrap(), newer);
    fs::write(&path, &text).unwrap();

    // A newer snapshot and settings: warnings, defaults, and neither file is replaced.
    let dir = profiles::profile_dir(data.path(), &p);
    let snapshot = "(version: 9, model: \"future\")\n";
    let settings = "(version: 3, desired_retention: 0.8, colour: \"blue\")\n";
    fs::write(dir.join("snapshot.ron"), snapshot).unwrap();
    fs::write(dir.join("settings.ron"), settings).unwrap();
    let mut study = Study::open(data.path(), &p).unwrap();
    assert_eq!(study.warnings().len(), 2, "{:?}", study.warnings());
    assert_eq!(study.history().total.attempts, 2);
    study.record(&attempt(T0 + 5000, "g", QuestionKind::Mc, 1.0, 3.0)).unwrap();
    study.checkpoint().unwrap();
    let err = profiles::save_settings(data.path(), &p, &profiles::Settings::default()).unwrap_err();
    assert!(matches!(err, StoreError::Newer { .. }), "{err}");
    assert_eq!(fs::read_to_string(dir.join("snapshot.ron")).unwrap(), snapshot);
    assert_eq!(fs::read_to_string(dir.join("settings.ron")).unwrap(), settings);
}

#[test]
fn writers_in_parallel_lose_nothing_and_never_interleave_a_line() {
    let data = tempfile::tempdir().unwrap();
    let p = learner(data.path(), "Ana");
    let path = log_path(data.path(), &p);
    let threads: Vec<_> = (0..4)
        .map(|t| {
            let data = data.path().to_path_buf();
            let p = p.clone();
            std::thread::spawn(move || {
                let mut study = Study::open(&data, &p).unwrap();
                for i in 0..150 {
                    let fact = format!("t{t}-{i}-{}", "x".repeat(i * 7 % 300));
                    study.record(&attempt(T0 + i as i64, &fact, QuestionKind::Mc, 1.0, 1.0)).unwrap();
                }
                study.history().clone()
            })
        })
        .collect();
    let histories: Vec<History> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    let (read, warnings) = read_all(&path).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(read.len(), 600);
    for t in 0..4 {
        let mine: Vec<usize> = read
            .iter()
            .filter_map(|a| a.facts[0].strip_prefix(&format!("t{t}-")))
            .map(|rest| rest.split('-').next().unwrap().parse().unwrap())
            .collect();
        assert_eq!(mine, (0..150).collect::<Vec<_>>(), "thread {t}'s records, in order");
    }
    // Each writer folded in the others' records as it met them: the last one to write saw everything.
    let replay = History::replay(&Scheduler::default(), &read);
    assert!(histories.contains(&replay));
    assert_eq!(Study::open(data.path(), &p).unwrap().history(), &replay);
}

#[test]
fn profiles_are_added_renamed_and_removed_to_the_trash() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let ana = learner(d, "Ana Kim");
    assert_eq!(ana.id, "ana-kim");
    let hangul = learner(d, "이재명");
    assert_eq!(hangul.id, "learner");
    assert!(matches!(profiles::add(d, "  ana kim ", T0), Err(ProfileError::Exists { .. })));
    assert!(matches!(profiles::add(d, "   ", T0), Err(ProfileError::BadName { .. })));
    assert!(matches!(profiles::add(d, "a\nb", T0), Err(ProfileError::BadName { .. })));
    assert!(matches!(profiles::add(d, &"x".repeat(41), T0), Err(ProfileError::BadName { .. })));

    let mut study = Study::open(d, &ana).unwrap();
    study.record(&attempt(T0, "f", QuestionKind::Mc, 1.0, 3.0)).unwrap();
    drop(study);

    let renamed = profiles::rename(d, "ANA KIM", "Anna").unwrap();
    assert_eq!((renamed.id.as_str(), renamed.name.as_str()), ("ana-kim", "Anna"));
    assert!(matches!(profiles::rename(d, "Anna", "이재명"), Err(ProfileError::Exists { .. })));
    let err = profiles::rename(d, "Nobody", "X").unwrap_err();
    assert!(err.to_string().contains("the learners are: Anna, 이재명."), "{err}");
    assert_eq!(Study::open(d, &renamed).unwrap().history().total.attempts, 1, "the data follows the rename");

    // A new learner whose name makes a taken id gets another folder.
    let other = learner(d, "Ana-Kim!");
    assert_eq!(other.id, "ana-kim-2");

    let (chosen, added) = profiles::resolve_for_recording(d, None, T0).unwrap();
    assert!(!added);
    assert_eq!(chosen.id, "ana-kim", "the first learner, as none was used yet");
    profiles::resolve_for_recording(d, Some("이재명"), T0).unwrap();
    assert_eq!(profiles::resolve(d, None).unwrap().unwrap().name, "이재명", "then the last used");

    let moved = profiles::remove(d, "anna", T0 + 1).unwrap().expect("had a folder");
    assert!(moved.starts_with(profiles::trash_dir(d)));
    assert!(moved.join("attempts.ron").is_file(), "the answers went to the trash, whole");
    assert!(!d.join("profiles").join("ana-kim").exists());
    let names: Vec<String> = Profiles::load(d).unwrap().profiles.into_iter().map(|p| p.name).collect();
    assert_eq!(names, ["이재명", "Ana-Kim!"]);
    // Adding "Anna" again starts afresh; removing her keeps both trash folders.
    let again = learner(d, "Anna");
    assert_eq!(Study::open(d, &again).unwrap().history().total.attempts, 0);
    Study::open(d, &again).unwrap().record(&attempt(T0, "f", QuestionKind::Mc, 1.0, 3.0)).unwrap();
    let moved_again = profiles::remove(d, "Anna", T0 + 1).unwrap().unwrap();
    assert_ne!(moved, moved_again);
    assert!(moved.exists() && moved_again.exists());
}

#[test]
fn an_unreadable_profile_list_is_reported_and_never_overwritten() {
    let data = tempfile::tempdir().unwrap();
    let list = profiles::list_path(data.path());
    fs::write(&list, "(version: 1, profiles: [").unwrap();
    let err = profiles::add(data.path(), "Ana", T0).unwrap_err();
    assert!(err.to_string().contains("profiles.ron:1:"), "{err}");
    assert!(profiles::resolve_for_recording(data.path(), None, T0).is_err());
    assert_eq!(fs::read_to_string(&list).unwrap(), "(version: 1, profiles: [");
}

#[test]
fn statistics_count_days_streaks_topics_kinds_and_forecast() {
    let data = tempfile::tempdir().unwrap();
    let p = learner(data.path(), "Ana");
    let mut study = Study::open(data.path(), &p).unwrap();
    // Days 0, 1, 2 and 4 studied; day 3 skipped.
    for (day, fact, score) in
        [(0, "a", 1.0), (0, "bb", 0.0), (1, "a", 1.0), (2, "ccc", 0.5), (4, "a", 1.0), (4, "bb", 1.0)]
    {
        study.record(&attempt(T0 + day * 86_400, fact, QuestionKind::Mc, score, 10.0)).unwrap();
    }
    let today = Now::utc(T0).plus_days(4);
    let s = study.stats(today);
    assert_eq!(s.attempts, 6);
    assert_eq!(s.right, 4);
    assert!((s.accuracy - 4.5 / 6.0).abs() < 1e-9);
    assert_eq!(s.attempts_today, 2);
    assert_eq!(s.streak_days, 1);
    assert_eq!(study.stats(today.plus_days(1)).streak_days, 1, "not broken before the day is over");
    assert_eq!(study.stats(today.plus_days(2)).streak_days, 0);
    assert_eq!(study.stats(Now::utc(T0).plus_days(2)).streak_days, 3);
    assert_eq!(s.per_day.iter().map(|d| d.attempts).collect::<Vec<_>>(), [2, 1, 1, 2]);
    assert_eq!(s.per_day[0].date, "2026-01-05");
    assert_eq!(s.cards, 3);
    assert_eq!(s.forecast.len(), 14);
    let s2 = Scheduler::default();
    let within = study.history().cards.values().filter(|c| s2.due_day(c) - today.day() < 14).count();
    assert_eq!(s.forecast.iter().map(|f| f.due).sum::<usize>(), within);
    assert_eq!(s.forecast[0].due, s.due_today);
    assert!(s.due_today >= 1, "the half-right card of day 2 is due");
    assert_eq!(s.per_kind["mc"].attempts, 6);
    assert_eq!(s.per_topic.values().map(|g| g.attempts).sum::<u64>(), 6);
    assert_eq!(s.weakest[0].fact, "ccc", "the half-right fact is the weakest");
    assert!(s.per_topic.values().all(|g| (0.0..=1.0).contains(&g.mastery)));
    let summary = study.pack_summary(today, "pack");
    assert_eq!((summary.cards, summary.due), (3, s.due_today));
    let csv = s.to_csv();
    assert!(csv.starts_with("metric,key,value\nattempts,,6\n"), "{csv}");
    assert!(csv.contains("day_attempts,2026-01-09,2\n"), "{csv}");
    assert!(s.to_text("Ana").contains("Streak: 1 day\n"));
}

#[test]
fn weak_facts_are_the_missed_ones_ranked_by_accuracy_and_weak_spots_ask_one_question_each() {
    let data = tempfile::tempdir().unwrap();
    let p = learner(data.path(), "Ana");
    let mut study = Study::open(data.path(), &p).unwrap();
    // "miss" wrong three times; "late" right, then wrong; "good" right three times; "near" right twice, half once.
    let answers = [
        (0, "miss", 0.0),
        (1, "miss", 0.0),
        (2, "miss", 0.0),
        (0, "late", 1.0),
        (2, "late", 0.0),
        (0, "good", 1.0),
        (1, "good", 1.0),
        (2, "good", 1.0),
        (0, "near", 1.0),
        (1, "near", 1.0),
        (2, "near", 0.5),
    ];
    for (day, fact, score) in answers {
        study.record(&attempt(T0 + day * 86_400, fact, QuestionKind::Mc, score, 10.0)).unwrap();
    }
    let now = Now::utc(T0).plus_days(2).plus_secs(60);
    let s = study.stats(now);
    let weak: Vec<&str> = s.weakest.iter().map(|f| f.fact.as_str()).collect();
    assert_eq!(weak, ["miss", "late"], "not every fact answered is weak");
    assert_eq!(s.weak_facts, 2);
    let miss = &s.weakest[0];
    assert!(miss.accuracy < 1e-9, "never right: {}", miss.accuracy);
    assert_eq!((miss.lapses, miss.attempts), (2, 3));
    assert!(miss.retrievability > 0.9, "recall right after an answer is high even for a missed fact");
    assert!(s.weakest[1].last_wrong && (s.weakest[1].accuracy - 0.5).abs() < 1e-9);
    // Weak spots asks one question per weak fact, the weakest first: the count the setup shows.
    let cards = study.weak(now, None, usize::MAX);
    let facts: Vec<&str> = cards.iter().map(|c| c.facts[0].as_str()).collect();
    assert_eq!(facts, ["miss", "late"]);
    assert_eq!(study.weak(now, None, 1).len(), 1);
    // The same words on every face: the text output says the rule and the mastery as the app does.
    let text = s.to_text("Ana");
    assert!(text.contains("Weak facts: 2 (accuracy below 70 %, or the last answer wrong)"), "{text}");
    assert!(text.contains(&s.mastery_figure().describe()), "{text}");
    assert!(s.mastery_figure().describe().ends_with(" · 0 of 4 cards mastered"), "{text}");
    assert_eq!(study.pack_summary(now, "pack").mastery_figure().describe(), s.mastery_figure().describe());
    let csv = s.to_csv();
    assert!(csv.contains("weak_facts,,2\n") && csv.contains("weak_fact_lapses,pack/miss,2\n"), "{csv}");
}

#[test]
fn review_due_and_weak_spots_build_quizzes_from_the_bank() {
    let pack = Pack::bundled().unwrap();
    let questions = bank(&pack);
    let data = tempfile::tempdir().unwrap();
    let p = learner(data.path(), "Ana");
    let mut study = Study::open(data.path(), &p).unwrap();
    let now = Now::utc(T0);
    // Six multiple choices of six families (two of one fact share a family, and so a card).
    let mut families = std::collections::BTreeSet::new();
    let mcs: Vec<_> =
        questions.iter().filter(|q| q.kind == QuestionKind::Mc && families.insert(q.family())).take(6).collect();
    for (i, q) in mcs.iter().enumerate() {
        let (response, score) = if i < 2 { (Response::Choice(9), 0.0) } else { (Response::Choice(0), 1.0) };
        let a = dossier::study::attempt_for(pack.id(), q, &response, score, 10.0, Mode::Practice, now);
        study.record(&a).unwrap();
    }
    // Later the same day: the two wrong ones are due again, the rest are not.
    let later = now.plus_secs(3600);
    let due = study.due(later, Some(pack.id()));
    let due_families: Vec<&str> = due.iter().map(|c| c.family.as_str()).collect();
    assert_eq!(due_families.len(), 2);
    assert!(due_families.contains(&mcs[0].family().as_str()) && due_families.contains(&mcs[1].family().as_str()));
    assert!(study.due(later, Some("another-pack")).is_empty());
    let quiz = questions_for(&questions, pack.id(), &due, 10);
    assert_eq!(quiz.len(), 2);
    assert!(quiz.iter().all(|q| due_families.contains(&q.family().as_str())));

    // Weak spots asks the two missed questions' facts, not the four answered rightly.
    let weak = study.weak(later.plus_days(3), None, 10);
    assert_eq!(weak.len(), 2);
    assert!(weak.iter().all(|c| c.lapses == 0 && c.right == 0), "the wrong answers are the weak spots");
    assert_eq!(dossier::study::select::facts_of(&weak).len(), 2);
    assert_eq!(study.stats(later.plus_days(3)).weak_facts, 2);
    // The log recorded the chosen option's text as the answer.
    let (read, _) = read_all(&log_path(data.path(), &p)).unwrap();
    assert_eq!(read[2].answer, mcs[2].response_text(Some(&Response::Choice(0)), dossier::question::Voice::Record));
}

#[test]
fn two_writers_each_fold_in_what_the_other_recorded() {
    let data = tempfile::tempdir().unwrap();
    let p = learner(data.path(), "Ana");
    let mut gui = Study::open(data.path(), &p).unwrap();
    let mut cli = Study::open(data.path(), &p).unwrap();
    cli.record(&attempt(T0, "a", QuestionKind::Mc, 1.0, 3.0)).unwrap();
    assert_eq!(gui.history().total.attempts, 0);
    gui.record(&attempt(T0 + 5, "b", QuestionKind::Tf, 0.0, 3.0)).unwrap();
    assert_eq!(gui.history().total.attempts, 2, "the writer folds in the other's record before its own");
    cli.record(&attempt(T0 + 9, "c", QuestionKind::Tf, 1.0, 3.0)).unwrap();
    assert_eq!(cli.history().total.attempts, 3, "the writer folds in what it finds before its own record");
    let gui = Study::open(data.path(), &p).unwrap();
    assert_eq!(gui.history(), cli.history(), "opening again reads every record");
    assert_eq!(gui.history().recent.iter().map(|a| a.facts[0].as_str()).collect::<Vec<_>>(), ["a", "b", "c"]);
}

#[test]
fn a_learner_removed_in_another_window_gets_no_answer_silently_written_to_the_trash() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let p = learner(d, "Mina");
    let mut here = Study::open(d, &p).unwrap();
    here.record(&attempt(T0, "f", QuestionKind::Mc, 1.0, 5.0)).unwrap();
    // Another window removes the learner: the folder moves to the trash while this one has the log open.
    let trashed = profiles::remove(d, "Mina", T0 + 10).unwrap().expect("moved to the trash");
    let err = here.record(&attempt(T0 + 20, "g", QuestionKind::Mc, 1.0, 5.0)).unwrap_err();
    assert!(matches!(err, StoreError::Moved { .. }), "{err}");
    assert!(err.to_string().contains("removed in another window"), "{err}");
    let (kept, _) = read_all(&trashed.join("attempts.ron")).unwrap();
    assert_eq!(kept.len(), 1, "the answer acknowledged before the removal is in the trash, nothing after");
}

#[test]
fn mastery_reads_like_the_answers_behind_it() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let facts: Vec<String> = (0..10).map(|i| format!("f{i}")).collect();
    let mastery = |name: &str, right: usize, days: i64| {
        let p = learner(d, name);
        let mut s = Study::open(d, &p).unwrap();
        let mut now = Now::utc(T0);
        for (i, f) in facts.iter().enumerate() {
            let score = if i < right { 1.0 } else { 0.0 };
            s.record(&attempt(now.at, f, QuestionKind::Mc, score, 10.0)).unwrap();
        }
        // Then come back every day for `days` days and answer right whatever is due.
        for _ in 0..days {
            now = now.plus_days(1);
            let due: Vec<String> = s.due(now, None).iter().map(|c| c.facts[0].clone()).collect();
            for f in due {
                s.record(&attempt(now.at, &f, QuestionKind::Mc, 1.0, 10.0)).unwrap();
            }
        }
        s.pack_summary(now, "pack").mastery
    };
    let one_right = mastery("One", 1, 0);
    let all_right = mastery("All", 10, 0);
    let months = mastery("Months", 10, 120);
    assert!(one_right < 0.15, "1 of 10 right shows as mastery {one_right}");
    assert!((0.25..0.75).contains(&all_right), "10 of 10 right once shows as mastery {all_right}");
    assert!(months > 0.9, "four months of spaced right answers show as mastery {months}");
}

/// An exam answer as the app drafts it: `secs` unrounded, as the UI clock gives it.
fn exam_answer(at: i64, fact: &str, score: f64, secs: f64) -> Attempt {
    Attempt { mode: Mode::Exam, ..attempt(at, fact, QuestionKind::Mc, score, secs) }
}

fn begin(study: &mut Study) -> (exam::Keeper, Option<exam::Recovered>) {
    match exam::Keeper::begin(study, Now::utc(T0), "A Week of Summits", Mode::Exam).expect("begin a draft") {
        exam::Begun::Kept(keeper, recovered) => (keeper, recovered),
        exam::Begun::Busy => panic!("the draft is owned elsewhere"),
    }
}

#[test]
fn an_exam_draft_round_trips_and_goes_once_its_answers_are_recorded() {
    let data = tempfile::tempdir().unwrap();
    let p = learner(data.path(), "Mina");
    let mut study = Study::open(data.path(), &p).unwrap();
    study.record(&attempt(T0 - 100, "before", QuestionKind::Tf, 1.0, 2.0)).unwrap();
    let (mut keeper, recovered) = begin(&mut study);
    assert_eq!(recovered, None);
    assert!(!keeper.path().exists(), "nothing is written before the first answer");
    let answers = [exam_answer(T0 + 10, "a", 1.0, 3.333_333), exam_answer(T0 + 20, "b", 0.0, 1.0 / 3.0)];

    keeper.write(&answers[..1], Now::utc(T0 + 10)).unwrap();
    let text = fs::read_to_string(keeper.path()).unwrap();
    assert!(text.starts_with("(\n    version: 1,"), "a versioned RON file: {text}");
    keeper.write(&answers, Now::utc(T0 + 20)).unwrap();
    let draft = exam::read_draft(study.dir()).unwrap().expect("a draft");
    let log_len = fs::metadata(log_path(data.path(), &p)).unwrap().len();
    assert_eq!(
        draft,
        exam::ExamDraft {
            version: exam::DRAFT_VERSION,
            started: Now::utc(T0),
            saved: Now::utc(T0 + 20),
            title: "A Week of Summits".into(),
            mode: Mode::Exam,
            log_len,
            attempts: answers.iter().map(Attempt::normalised).collect(),
        }
    );
    assert!((draft.attempts[0].secs - 3.33).abs() < 1e-9, "stored as the log stores it");

    // Every answer taken back: nothing to keep, no draft.
    keeper.write(&[], Now::utc(T0 + 30)).unwrap();
    assert!(!keeper.path().exists());

    // The exam ends: its records go in the draft, then the log; then the draft goes.
    keeper.write(&answers, Now::utc(T0 + 40)).unwrap();
    for a in &answers {
        study.record(a).unwrap();
    }
    let path = keeper.path().to_path_buf();
    keeper.discard().unwrap();
    assert!(!path.exists());
    assert_eq!(exam::recover(&mut study).unwrap(), None);
    let (log, _) = read_all(&log_path(data.path(), &p)).unwrap();
    assert_eq!(log.len(), 3, "no answer twice");
}

#[test]
fn an_interrupted_exam_is_recorded_once_when_its_learner_is_opened_again() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let p = learner(d, "Mina");
    let log = log_path(d, &p);
    let answers = [exam_answer(T0 + 10, "a", 1.0, 4.0), exam_answer(T0 + 20, "b", 0.5, 6.0)];

    // An exam is killed after two answers: its keeper goes without removing the draft.
    let mut study = Study::open(d, &p).unwrap();
    let (mut keeper, _) = begin(&mut study);
    keeper.write(&answers, Now::utc(T0 + 20)).unwrap();
    // While its window lives, another window opening the learner leaves the draft alone.
    let mut other = Study::open(d, &p).unwrap();
    assert_eq!(exam::recover(&mut other).unwrap(), None);
    assert!(matches!(exam::Keeper::begin(&mut other, Now::utc(T0), "x", Mode::Exam).unwrap(), exam::Begun::Busy));
    drop((keeper, study));

    let mut study = Study::open(d, &p).unwrap();
    let recovered = exam::recover(&mut study).unwrap().expect("the draft is recovered");
    assert_eq!((recovered.answers, recovered.appended), (2, 2));
    assert_eq!(
        recovered.sentence(),
        "An exam on A Week of Summits, interrupted on Jan 5 at 12:00, was saved: 2 answers."
    );
    assert!(!exam::draft_path(study.dir()).exists(), "the draft is gone");
    let (read, _) = read_all(&log).unwrap();
    assert_eq!(read, answers.iter().map(Attempt::normalised).collect::<Vec<_>>());
    assert_eq!(study.history().total.attempts, 2, "the history has them too");
    assert_eq!(exam::recover(&mut study).unwrap(), None, "nothing is recovered twice");

    // Killed while the exam's answers were being appended (one of two in the log), or after all were
    // appended but before the draft was removed: the next opening appends what is missing, nothing twice.
    for done in [1_usize, 2] {
        let at = T0 + 100 * done as i64;
        let more = [exam_answer(at, "c", 1.0, 2.0), exam_answer(at + 1, "d", 1.0, 2.0)];
        let (mut keeper, _) = begin(&mut study);
        keeper.write(&more, Now::utc(at)).unwrap();
        for a in &more[..done] {
            study.record(a).unwrap();
        }
        drop(keeper);
        let before = read_all(&log).unwrap().0.len();
        let recovered = exam::recover(&mut study).unwrap().expect("recovered");
        assert_eq!((recovered.answers, recovered.appended), (2, 2 - done));
        let (read, _) = read_all(&log).unwrap();
        assert_eq!(read.len(), before + 2 - done);
        assert_eq!(read[read.len() - 2..], more.iter().map(Attempt::normalised).collect::<Vec<_>>()[..]);
    }

    // A draft an earlier exam left (its answers could not be saved) is recovered when the next one begins.
    let (mut keeper, _) = begin(&mut study);
    keeper.write(&answers[..1], Now::utc(T0 + 500)).unwrap();
    drop(keeper);
    let (_, recovered) = begin(&mut study);
    assert_eq!(recovered.map(|r| r.answers), Some(1));
}

#[test]
fn an_unreadable_exam_draft_is_reported_and_left_untouched() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let p = learner(d, "Mina");
    let mut study = Study::open(d, &p).unwrap();
    let path = exam::draft_path(study.dir());
    fs::create_dir_all(study.dir()).unwrap();
    for content in ["(version: 2, title: \"from the future\")", "(version: 1, started: (at: ", "\u{0}garbage"] {
        fs::write(&path, content).unwrap();
        let err = exam::recover(&mut study).unwrap_err();
        assert!(matches!(err, StoreError::Newer { .. } | StoreError::Corrupt { .. }), "{err}");
        assert!(err.to_string().contains("left as it is"), "{err}");
        // No new exam's draft is written over it.
        let err = exam::Keeper::begin(&mut study, Now::utc(T0), "x", Mode::Exam).unwrap_err();
        assert!(err.to_string().contains("left as it is"), "{err}");
        assert_eq!(fs::read_to_string(&path).unwrap(), content);
        assert!(!log_path(d, &p).exists(), "nothing recorded");
    }
}

/// A true/false question `id` whose answer is "true".
fn true_or_false(id: &str) -> Question {
    Question {
        id: id.into(),
        kind: QuestionKind::Tf,
        prompt: format!("{id}?"),
        body: Body::TrueFalse { answer: true },
        facts: vec![id.into()],
        evidence: vec!["quote".into()],
        topics: Vec::new(),
    }
}

/// An exam on the pack "pack" of three true/false questions, q0 to q2, started at 0 s on its clock.
/// A data folder with one learner, Mina, her data open, and an exam recorder with nothing recorded yet.
fn mina_and_a_recorder() -> (tempfile::TempDir, profiles::Profile, Study, exam::Recorder) {
    let data = tempfile::tempdir().expect("a temporary folder");
    let p = learner(data.path(), "Mina");
    let study = Study::open(data.path(), &p).expect("her data opens");
    (data, p, study, exam::Recorder::new())
}

fn an_exam() -> Session {
    let plan = QuizPlan {
        pack: "pack".into(),
        settings: QuizSettings::default(),
        mode: Mode::Exam,
        minutes: None,
        focus: None,
    };
    Session::new(plan, (0..3).map(|i| true_or_false(&format!("q{i}"))).collect(), 0.0)
}

/// The exam `session` as the recorder is handed it `secs` seconds after it started (at T0).
fn exam_at(session: &Session, secs: f64) -> exam::Exam<'_> {
    exam::Exam { session, title: "A Week of Summits", now: Now::utc(T0 + secs as i64), secs }
}

/// The records in the log of `p`, as (question, answer, score).
fn logged(data: &Path, p: &profiles::Profile) -> Vec<(String, String, f64)> {
    let (log, _) = read_all(&log_path(data, p)).unwrap_or_default();
    log.into_iter().map(|a| (a.question, a.answer, a.score)).collect()
}

fn row(question: &str, answer: &str, score: f64) -> (String, String, f64) {
    (question.into(), answer.into(), score)
}

#[test]
fn the_recorder_drafts_an_exams_answers_as_they_are_given_and_not_in_the_log() {
    let (data, p, mut study, mut recorder) = mina_and_a_recorder();
    let d = data.path();
    let mut s = an_exam();
    assert_eq!(recorder.changed(Some(&mut study), exam_at(&s, 1.0)), Vec::new());
    assert!(!exam::draft_path(study.dir()).exists(), "no draft before the first answer");

    s.answer(Response::Bool(true), 4.0);
    assert_eq!(recorder.changed(Some(&mut study), exam_at(&s, 4.0)), Vec::new());
    let draft = exam::read_draft(study.dir()).unwrap().expect("a draft after the first answer");
    assert_eq!((draft.title.as_str(), draft.mode, draft.started), ("A Week of Summits", Mode::Exam, Now::utc(T0)));
    assert_eq!(draft.saved, Now::utc(T0 + 4));
    let a = &draft.attempts[..];
    assert_eq!(a.len(), 1, "the answered question only");
    assert_eq!((a[0].pack.as_str(), a[0].question.as_str(), a[0].answer.as_str()), ("pack", "q0", "true"));
    assert_eq!((a[0].score, a[0].secs, a[0].mode), (1.0, 4.0, Mode::Exam));
    assert_eq!(logged(d, &p), Vec::new(), "the answers stay provisional until the exam ends");
}

#[test]
fn an_exam_that_ends_is_recorded_every_question_once_and_its_draft_goes() {
    let (data, p, mut study, mut recorder) = mina_and_a_recorder();
    let d = data.path();
    let mut s = an_exam();
    s.answer(Response::Bool(true), 2.0);
    let _ = recorder.changed(Some(&mut study), exam_at(&s, 2.0));
    s.answer(Response::Bool(false), 5.0);
    let _ = recorder.changed(Some(&mut study), exam_at(&s, 5.0));
    s.finish(6.0);
    let outcome = recorder.ended(Some(&mut study), exam_at(&s, 6.0)).expect("an exam is recorded");
    assert_eq!(outcome, exam::Outcome { saved: Ok(()), notes: Vec::new() });
    assert_eq!(recorder.saved(), 3);
    // The third question was never answered: "no answer", scoring 0, as the score shown counts it.
    assert_eq!(logged(d, &p), [row("q0", "true", 1.0), row("q1", "false", 0.0), row("q2", "", 0.0)]);
    assert!(!exam::draft_path(study.dir()).exists(), "no draft is left");
    assert_eq!(exam::recover(&mut study).unwrap(), None, "nothing to record again");
    assert_eq!(logged(d, &p).len(), 3);

    // A quiz that is no exam is not the recorder's to record.
    let mut practice = an_exam();
    practice.plan.mode = Mode::Practice;
    practice.finish(1.0);
    assert_eq!(recorder.ended(Some(&mut study), exam_at(&practice, 1.0)), None);
    assert_eq!(logged(d, &p).len(), 3);
}

#[test]
fn an_exam_whose_recorder_is_killed_is_recorded_once_when_its_learner_is_opened_again() {
    let (data, p, mut study, mut recorder) = mina_and_a_recorder();
    let d = data.path();
    let mut s = an_exam();
    s.answer(Response::Bool(true), 3.0);
    let _ = recorder.changed(Some(&mut study), exam_at(&s, 3.0));
    // Killed mid-exam: nothing ends the exam, the recorder and the learner's data simply go.
    drop((recorder, study));
    assert!(exam::draft_path(&profiles::profile_dir(d, &p)).exists(), "the draft outlives the process");

    let mut study = Study::open(d, &p).unwrap();
    let recovered = exam::recover(&mut study).unwrap().expect("the draft is recovered");
    assert_eq!((recovered.title.as_str(), recovered.answers, recovered.appended), ("A Week of Summits", 1, 1));
    assert_eq!(logged(d, &p), [row("q0", "true", 1.0)]);
    assert_eq!(exam::recover(&mut study).unwrap(), None, "recovered once");
    drop(study);
    let mut study = Study::open(d, &p).unwrap();
    assert_eq!(exam::recover(&mut study).unwrap(), None, "and not again on the next opening");
    assert_eq!(logged(d, &p).len(), 1);
}

#[test]
fn an_answer_changed_twice_is_recorded_once_with_its_last_value() {
    let (data, p, mut study, mut recorder) = mina_and_a_recorder();
    let d = data.path();
    let mut s = an_exam();
    s.answer(Response::Bool(true), 2.0);
    let _ = recorder.changed(Some(&mut study), exam_at(&s, 2.0));
    s.go_to(0, 3.0);
    s.answer(Response::Bool(false), 4.0);
    let _ = recorder.changed(Some(&mut study), exam_at(&s, 4.0));
    let draft = exam::read_draft(study.dir()).unwrap().expect("a draft");
    assert_eq!(draft.attempts.len(), 1);
    assert_eq!((draft.attempts[0].answer.as_str(), draft.attempts[0].score), ("false", 0.0));

    // Taken back, then given again: still one record.
    s.go_to(0, 5.0);
    s.clear_answer();
    let _ = recorder.changed(Some(&mut study), exam_at(&s, 5.0));
    assert!(!exam::draft_path(study.dir()).exists(), "nothing answered, nothing to keep");
    s.answer(Response::Bool(true), 6.0);
    let _ = recorder.changed(Some(&mut study), exam_at(&s, 6.0));

    // Left unfinished (closing the app): what was answered is recorded, the rest is not.
    let outcome = recorder.left(Some(&mut study), exam_at(&s, 7.0)).expect("an exam in progress");
    assert_eq!(outcome.saved, Ok(()));
    assert_eq!(logged(d, &p), [row("q0", "true", 1.0)]);
    assert!(!exam::draft_path(study.dir()).exists());
}

#[test]
fn an_exam_whose_learner_changes_is_recorded_for_the_learner_who_took_it() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let mina = learner(d, "Mina");
    let mia = learner(d, "Mia");
    let mut study = Study::open(d, &mina).unwrap();
    let mut recorder = exam::Recorder::new();
    let mut s = an_exam();
    s.answer(Response::Bool(true), 2.0);
    let _ = recorder.changed(Some(&mut study), exam_at(&s, 2.0));
    let held = exam::Held::new(Some(study.profile()), Some(&s), Now::utc(T0 + 3), 3.0);
    assert_eq!(held.learner(), Some(mina.id.as_str()));
    drop(study);
    let listed = [mina.clone(), mia.clone()];
    assert_eq!(recorder.learner_changed(&held, Some(d), &listed, Now::utc(T0 + 3)), Vec::new());
    assert_eq!(logged(d, &mina), [row("q0", "true", 1.0)]);
    assert_eq!(logged(d, &mia), Vec::new(), "nothing for the learner who comes next");
    assert!(!exam::draft_path(&profiles::profile_dir(d, &mina)).exists());

    // A learner removed mid-exam: nothing is recorded for them, and their draft is left as it is.
    let mut study = Study::open(d, &mia).unwrap();
    let mut s = an_exam();
    s.answer(Response::Bool(false), 2.0);
    let _ = recorder.changed(Some(&mut study), exam_at(&s, 2.0));
    let held = exam::Held::new(Some(study.profile()), Some(&s), Now::utc(T0 + 3), 3.0);
    drop(study);
    let listed = [mina];
    assert_eq!(recorder.learner_changed(&held, Some(d), &listed, Now::utc(T0 + 3)), Vec::new());
    assert_eq!(logged(d, &mia), Vec::new());
    assert!(exam::draft_path(&profiles::profile_dir(d, &mia)).exists());
}

#[test]
fn opening_the_last_used_learner_again_does_not_rewrite_the_list() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let (first, added) = profiles::resolve_for_recording(d, None, T0).unwrap();
    assert!(added);
    // Date the list back: a rewrite would give it a new modification time.
    let old = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000_000);
    let list = profiles::list_path(d);
    let stamp = |t| fs::File::options().write(true).open(&list).unwrap().set_modified(t).unwrap();
    let modified = || fs::metadata(&list).unwrap().modified().unwrap();
    stamp(old);
    let (again, added) = profiles::resolve_for_recording(d, None, T0 + 60).unwrap();
    assert_eq!((again.id, added), (first.id, false));
    assert_eq!(modified(), old, "an unchanged list is not rewritten");
    learner(d, "Mina");
    stamp(old);
    let (mina, _) = profiles::resolve_for_recording(d, Some("Mina"), T0 + 120).unwrap();
    assert_ne!(modified(), old, "choosing another learner is written");
    assert_eq!(Profiles::load(d).unwrap().last_used.as_deref(), Some(mina.id.as_str()));
}

#[test]
fn a_snapshot_from_before_the_prefix_hash_is_rebuilt_once_quietly() {
    let data = tempfile::tempdir().unwrap();
    let p = learner(data.path(), "Ana");
    write_log(data.path(), &p, 5);
    let mut study = Study::open(data.path(), &p).unwrap();
    study.checkpoint().unwrap();
    let history = study.history().clone();
    drop(study);
    let path = profiles::profile_dir(data.path(), &p).join("snapshot.ron");
    let text = fs::read_to_string(&path).unwrap();
    // What this build wrote before: no `prefix`, no `damaged`.
    let start = text.find(",prefix:").expect("the snapshot has a prefix hash");
    let end = start + text[start..].find(",damaged:[]").expect("and no damage") + ",damaged:[]".len();
    let old = format!("{}{}", &text[..start], &text[end..]);
    fs::write(&path, &old).unwrap();

    let study = Study::open(data.path(), &p).unwrap();
    assert!(study.warnings().is_empty(), "{:?}", study.warnings());
    assert_eq!(study.history(), &history);
    assert!(fs::read_to_string(&path).unwrap().contains(",prefix:Some("), "rewritten with the hash");
}
