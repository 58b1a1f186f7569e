//! Issue 11, the last families: a quiz of a short pack stops before it asks a fact again (and says so), over
//! the four bundled packs and the drafts `dossier import` makes of the three articles.

use std::process::Command;

mod banks;

use banks::banks;
use dossier::generate::quiz::fact_groups;
use dossier::generate::{Bank, QuizSettings, quiz_ranked, supported};
use dossier::question::Question;
use proptest::prelude::*;

fn settings(seed: u64, count: usize) -> QuizSettings {
    QuizSettings { seed, count, ..QuizSettings::default() }
}

/// The fact group of every question of `quiz` that asks one fact on its own, more than once.
fn facts_asked_alone_twice(bank: &Bank, quiz: &[Question]) -> Vec<String> {
    let group = fact_groups(&bank.questions);
    let mut seen = std::collections::BTreeSet::new();
    let mut twice = Vec::new();
    for q in quiz.iter().filter(|q| q.facts.len() == 1) {
        let g = group.get(&q.facts[0]).cloned().unwrap_or_else(|| q.facts[0].clone());
        if !seen.insert(g.clone()) {
            twice.push(format!("{g} ({})", q.id));
        }
    }
    twice
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    #[test]
    // nk-war seed 3, 30 questions: "broadcasts-began" asked three times, "fifteen-shells" twice. A short
    // pack now gives a shorter quiz, exactly as long as `supported` says.
    fn a_quiz_never_asks_a_fact_on_its_own_twice(seed in any::<u64>(), count in 1usize..=60, which in 0usize..7) {
        let (name, bank) = &banks()[which];
        let s = settings(seed, count);
        let quiz = quiz_ranked(&bank.questions, &bank.quality, &s);
        let twice = facts_asked_alone_twice(bank, &quiz);
        prop_assert!(twice.is_empty(), "{} seed {} count {}: asked again: {:?}", name, seed, count, twice);
        let most = supported(&bank.questions, &bank.quality, &s);
        prop_assert_eq!(quiz.len(), count.min(most), "{} seed {} count {}", name, seed, count);
    }

    #[test]
    // Once a quiz had used its fresh facts, statements of one key followed one another: nk-war at 60
    // questions, lee-china-japan at 30 once quizzes stop before repeating a fact (six true, one false). One
    // key now leads the other by two at most (`quiz::MAX_LEAD`).
    fn a_quiz_has_at_most_two_statements_of_one_key_more_than_of_the_other(
        seed in any::<u64>(),
        count in 1usize..=60,
        which in 0usize..7,
    ) {
        let (name, bank) = &banks()[which];
        let quiz = quiz_ranked(&bank.questions, &bank.quality, &settings(seed, count));
        let (y, n) = keys(&quiz);
        prop_assert!(y.abs_diff(n) <= 2, "{} seed {} count {}: {} true, {} false", name, seed, count, y, n);
    }
}

#[test]
fn a_short_pack_gives_a_shorter_quiz_and_a_long_one_the_count_asked() {
    for (name, bank) in banks() {
        let most = supported(&bank.questions, &bank.quality, &settings(3, 30));
        // The drafts have 11 to 30 facts, several resting on one sentence; a matching uses up its facts.
        assert!(most >= 5, "{name}: a 30-question quiz has only {most} questions");
        if name == "nk-war" {
            assert!(most < 30, "nk-war: {most} questions without repeating a fact (it has few facts)");
        }
        if name == "hk-election" {
            assert_eq!(quiz_ranked(&bank.questions, &bank.quality, &settings(3, 30)).len(), 30);
        }
    }
}

#[test]
fn the_cli_says_why_a_quiz_is_shorter_than_asked_and_succeeds() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let out = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["quiz", "--pack", "nk-war", "--seed", "3", "--count", "30", "--format", "json"])
        .env("DOSSIER_DATA_DIR", data.path())
        .output()
        .expect("dossier runs");
    assert!(out.status.success(), "exit {:?}", out.status);
    let lines = String::from_utf8_lossy(&out.stdout).lines().count();
    let bank = &banks().iter().find(|(n, _)| n == "nk-war").expect("nk-war").1;
    assert_eq!(lines, supported(&bank.questions, &bank.quality, &settings(3, 30)));
    let err = String::from_utf8_lossy(&out.stderr);
    let said = format!(
        "dossier: the quiz has {lines} questions, not 30: with these settings this pack supports no more without \
         asking a fact twice.\n"
    );
    assert_eq!(err, said);
    // A quiz as long as asked says nothing.
    let out = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["quiz", "--pack", "nk-war", "--seed", "3", "--count", "5"])
        .env("DOSSIER_DATA_DIR", data.path())
        .output()
        .expect("dossier runs");
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn play_says_why_a_quiz_is_shorter_than_asked() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let out = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["play", "--pack", "nk-war", "--seed", "3", "--count", "40"])
        .env("DOSSIER_DATA_DIR", data.path())
        .stdin(std::process::Stdio::null())
        .output()
        .expect("dossier runs");
    assert!(out.status.success(), "exit {:?}", out.status);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not 40: with these settings this pack supports no more"), "{err}");
}

/// The true and false statements of `quiz`.
fn keys(quiz: &[Question]) -> (usize, usize) {
    let (mut y, mut n) = (0, 0);
    for q in quiz {
        match q.body {
            dossier::question::Body::TrueFalse { answer: true } => y += 1,
            dossier::question::Body::TrueFalse { answer: false } => n += 1,
            _ => {}
        }
    }
    (y, n)
}

#[test]
#[ignore = "a measurement: prints the true/false balance of 60 quizzes of each pack at 20 and 30 questions"]
fn print_the_true_false_balance() {
    for (name, bank) in banks() {
        for count in [20, 30] {
            let (mut yes, mut no) = (0, 0);
            let mut leads = std::collections::BTreeMap::new();
            for seed in 0..60 {
                let (y, n) = keys(&quiz_ranked(&bank.questions, &bank.quality, &settings(seed, count)));
                yes += y;
                no += n;
                *leads.entry(y as i64 - n as i64).or_insert(0) += 1;
            }
            println!("{name} {count}: {yes} true, {no} false; true minus false: {leads:?}");
        }
    }
}

/// The bank of the bundled pack `name`.
fn bank_of(name: &str) -> &'static Bank {
    &banks().iter().find(|(n, _)| n == name).expect("a bundled pack of that name").1
}

fn prompt_of<'a>(bank: &'a Bank, id: &str) -> Option<&'a str> {
    bank.questions.iter().find(|q| q.id == id).map(|q| q.prompt.as_str())
}

#[test]
fn a_relation_statement_reads_as_a_person_would_write_it() {
    // lee-china-japan: "Relations between Lee Jae Myung and Xi Jinping were marked by disagreements behind the
    // smiley selfie", "… are in turn complicated by …", "… had a friendly tone, perhaps best captured by …".
    let lee = bank_of("lee-china-japan");
    assert_eq!(
        prompt_of(lee, "disagreements.tf.true"),
        Some(
            "The relationship between Lee Jae Myung and Xi Jinping was marked by disagreements behind the smiley selfie."
        )
    );
    assert_eq!(
        prompt_of(lee, "friendly-tone.tf.true"),
        Some("The relationship between Lee Jae Myung and Sanae Takaichi had a friendly tone.")
    );
    assert_eq!(
        prompt_of(lee, "korea-china-complicated.tf.true"),
        Some("Relations between South Korea and China are complicated by the US-led security system.")
    );
    for (name, bank) in banks() {
        for q in bank.questions.iter().filter(|q| q.prompt.starts_with("Relations ")) {
            let p = q.prompt.to_lowercase();
            for tie in [" in turn ", " also ", " however", " thus ", ", perhaps", ", most "] {
                assert!(!p.contains(tie), "{name}: {}: {}", q.id, q.prompt);
            }
        }
    }
}

#[test]
fn no_cloze_leans_on_a_reference_the_learner_cannot_see() {
    // hk-election: "Other pro-Beijing candidates elected in this constituency were _____ of DAB …" (which
    // constituency?); nk-war: "They perpetrated such reckless action as firing _____ shells …"; lee: "likely a
    // nod to the dispute with _____ over her Taiwan statements" (whose?).
    let gone = [
        ("hk-election", "gary-chan.cloze.who-gary-chan"),
        ("hk-election", "cyd-ho.cloze.who-cyd-ho"),
        ("nk-war", "thirty-six-shells.cloze.n"),
        ("nk-war", "both-on-alert.cloze.issue-high-alert"),
        ("lee-china-japan", "difficult-position.cloze.subject-lee"),
        // "committing such high level diplomatic visits in _____": such as what?
        ("lee-china-japan", "intricate-task.cloze.place-east-asia"),
    ];
    for (name, id) in gone {
        assert_eq!(prompt_of(bank_of(name), id), None, "{name}: {id}");
    }
    // "likely a nod to the dispute with _____ over her Taiwan statements" has no verb of its own: it is shown
    // in the sentence it was cut from, which names Takaichi.
    let dispute = prompt_of(bank_of("lee-china-japan"), "taiwan-dispute.cloze.who-beijing");
    assert!(
        dispute.is_some_and(|p| p.contains("Takaichi highlighted") && p.contains("over her Taiwan")),
        "{dispute:?}"
    );
    // Kept: the reference is resolved in the sentence itself.
    let kept = [("hk-election", "wilson-or.cloze.who-wilson-or"), ("lee-china-japan", "nara-hometown.cloze.who-nara")];
    // "_____ himself described his visit to China …" is no longer made since session 13: the title
    // ("… Lee Visits Both China and Japan") answers it.
    assert!(prompt_of(bank_of("lee-china-japan"), "turning-point.cloze.subject-lee").is_none());
    for (name, id) in kept {
        assert!(prompt_of(bank_of(name), id).is_some(), "{name}: {id}");
    }
    let openers = ["he", "she", "it", "they", "his", "her", "its", "their", "this", "these", "those", "both"];
    for (name, bank) in banks() {
        for q in bank.questions.iter().filter(|q| q.kind == dossier::question::QuestionKind::Cloze) {
            let body = q.prompt.trim_start_matches("Fill in the blank: ").to_lowercase();
            let first = body.split_whitespace().next().unwrap_or("");
            assert!(!openers.contains(&first), "{name}: {}: {}", q.id, q.prompt);
            assert!(!body.starts_with("the two "), "{name}: {}: {}", q.id, q.prompt);
            let words: Vec<&str> = body.split_whitespace().collect();
            assert!(!words.windows(2).any(|w| w[0] == "such" && w[1] != "as"), "{name}: {}: {}", q.id, q.prompt);
            if let Some((before, _)) = body.split_once("this constituency") {
                assert!(before.contains("constituency"), "{name}: {}: {}", q.id, q.prompt);
            }
        }
    }
}
