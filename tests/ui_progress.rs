//! Learners and progress in the desktop app, driven through its accessibility tree (`egui_kittest`, no
//! display): add a learner, answer a quiz (every answer recorded and saved), see the attempts and the
//! Progress screen change, switch learner, rename and remove one. The data folder is a temporary directory.

use dossier::generate::Bank;
use dossier::question::{Body, QuestionKind, Response};
use dossier::study::{Mode, Now, Profiles, Study, attempt_for};
use dossier::ui::app::{App, Startup};
use dossier::ui::learner::{Learner, SaveState};
use dossier::ui::library::{Origin, PackEntry};
use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};

mod fixture;

use fixture::{Running, SEED, fixture, with_learner_list};

fn app_in(data: tempfile::TempDir) -> Running {
    with_learner_list(data.path());
    let packs = vec![PackEntry::new("fixture.ron", Origin::Given, Bank::new(fixture()))];
    let startup = Startup { packs, packs_dir: Some(data.path().join("packs")), seed: SEED };
    let dir = data.path().to_path_buf();
    let harness =
        Harness::builder().with_size([1280.0, 1400.0]).build_eframe(move |cc| App::new_with_data(cc, startup, dir));
    Running { harness, dir: data }
}

fn app() -> Running {
    app_in(tempfile::tempdir().expect("temporary folder"))
}

impl Running {
    fn type_into(&mut self, label: &str, text: &str) {
        let edit = self.harness.get_by_label(label);
        edit.focus();
        self.harness.run();
        self.harness.get_by_label(label).type_text(text);
        self.harness.run();
    }

    fn learners(&self) -> Vec<String> {
        Profiles::load(self.dir.path()).expect("the list of learners").profiles.into_iter().map(|p| p.name).collect()
    }

    fn attempts_of(&self, name: &str) -> u64 {
        let list = Profiles::load(self.dir.path()).expect("the list of learners");
        let profile = list.find(name).expect("the learner is listed").clone();
        let study = Study::open(self.dir.path(), &profile).expect("their data opens");
        study.history().total.attempts
    }

    /// The learner picker of the top bar, if it is shown.
    fn query_learner_picker(&self) -> Option<egui_kittest::Node<'_>> {
        self.harness.query_by_label_contains("Learner: ")
    }

    /// Opens the Learners screen from the learner picker in the top bar.
    fn open_learners(&mut self) {
        let current = self.state().learner().name();
        self.click(&format!("Learner: {current}"));
        self.click("Manage learners…");
        assert_eq!(self.screen(), "profiles");
    }

    /// From the library, a practice quiz of `count` multiple-choice and true/false questions, all
    /// answered rightly by mouse, up to the results.
    fn practise(&mut self, count: usize) {
        self.start_practice(count);
        for n in 0..count {
            self.answer_rightly();
            assert_eq!(self.state().learner().save, SaveState::Saved, "answer {n} is saved");
            assert!(self.has("Saved"));
            // "Saved" is a status of its own, away from the title: not read as "Dossier Saved Practice quiz".
            let saved = self.harness.get_by_label("Saved").rect();
            let title = self.harness.get_by_label("Practice quiz").rect();
            assert!(saved.left() > title.right() + 40.0, "saved {saved:?} stands apart from the title {title:?}");
            self.click(if n + 1 == count { "See results" } else { "Continue" });
        }
        assert_eq!(self.screen(), "results");
    }

    /// From the library, starts a practice quiz of `count` multiple-choice and true/false questions.
    fn start_practice(&mut self, count: usize) {
        self.click("Library");
        self.click("Practise");
        for kind in QuestionKind::ALL {
            if !matches!(kind, QuestionKind::Mc | QuestionKind::Tf) {
                self.tick(kind.name());
            }
        }
        self.harness.get_by_role_and_label(Role::Slider, "Number of questions").set_value_accesskit(count as f64);
        self.harness.run();
        self.click("Start practice");
        assert_eq!(self.screen(), "quiz");
    }

    /// Answers the multiple-choice or true/false question on screen rightly, by mouse.
    fn answer_rightly(&mut self) {
        let q = self.state().session().and_then(|s| s.question()).cloned().expect("a question");
        match &q.body {
            Body::Choice { options, correct } => self.click(&options[*correct]),
            Body::TrueFalse { answer } => self.click(if *answer { "True" } else { "False" }),
            other => panic!("unexpected question {other:?}"),
        }
    }
}

#[test]
fn the_default_learner_of_an_existing_list_is_shown_in_the_top_bar() {
    // A list with the default learner, as earlier versions wrote it on a first start (a first start now
    // greets the user: tests/ui_welcome.rs).
    let app = app();
    assert!(app.has("Learner: Learner"));
    assert_eq!(app.learners(), vec!["Learner".to_string()]);
    assert!(app.has_containing("Learner: not practised yet"));
}

#[test]
fn learners_answers_and_progress_through_the_gui() {
    let mut app = app();
    // Create a learner: the app studies as them at once.
    app.open_learners();
    app.type_into("Name", "Mia");
    app.click("Add learner");
    assert!(app.has("Learner: Mia"));
    assert_eq!(app.learners(), vec!["Learner".to_string(), "Mia".to_string()]);

    // Progress before any answer.
    app.click("Progress");
    assert_eq!(app.screen(), "progress");
    assert!(app.has("0 attempts"));
    assert!(app.has_containing("No answers yet"));

    // Answer a quiz: every answer is recorded, synced, and the figures change.
    app.practise(4);
    assert_eq!(app.attempts_of("Mia"), 4);
    assert_eq!(app.attempts_of("Learner"), 0);
    app.click("Progress");
    assert!(app.has("4 attempts"));
    assert!(app.has("Accuracy 100 %"));
    assert!(app.has("Streak: 1 day"));
    assert!(app.has("Accuracy per day"));
    assert!(app.has("Due in the next 14 days"));
    assert!(app.has_containing("Mastery per topic"));
    assert!(!app.has_containing("No answers yet"));
    // egui_plot paints the topic names on the chart's axis without AccessKit nodes, so they cannot be found
    // as labels; the chart carries its figures as its accessible name instead.
    let chart = app.harness.get(By::new().role(Role::Image).label_contains("Mastery per topic: "));
    let name = chart.accesskit_node().label().unwrap_or_default();
    assert!(name.contains("Diplomacy ") && name.contains(" %"), "topics by their names, not ids: {name}");
    assert!(app.has("Weakest facts"));

    // Every answer was right: no weak facts, and Weak spots has nothing to ask.
    assert!(app.has("0 weak facts"));
    assert!(app.has("None: every fact you answered is known well."));
    assert!(!app.has("Practise these"));

    // The library shows the learner's mastery of the pack in the Progress screen's words.
    app.click("Library");
    assert!(app.has_containing("Mia: 0 due today · Mastery "));
    app.click("Practise");
    assert!(app.has_containing("Weak spots: facts with accuracy below 70 %, or the last answer wrong (0)"));

    // Switch learner from the picker: their own (empty) figures.
    app.click("Learner: Mia");
    app.click("Learner");
    assert!(app.has("Learner: Learner"));
    app.click("Progress");
    assert!(app.has("0 attempts"));

    // Rename, then remove Mia after confirming: her data goes to the trash folder.
    app.open_learners();
    app.click("Rename Mia");
    // The field takes focus with the old name selected: typing replaces it.
    app.harness.event(egui::Event::Text("Mina".into()));
    app.harness.run();
    app.click("Save name");
    assert!(app.has("Renamed to Mina."));
    assert_eq!(app.learners(), vec!["Learner".to_string(), "Mina".to_string()]);
    app.click("Remove Mina");
    assert!(app.has_containing("Remove Mina?"));
    app.click("Keep");
    assert_eq!(app.learners().len(), 2);
    app.click("Remove Mina");
    app.click("Yes, remove");
    assert_eq!(app.learners(), vec!["Learner".to_string()]);
    assert!(app.has_containing("Mina was removed"));
    let trash: Vec<_> = std::fs::read_dir(app.dir.path().join("trash")).expect("a trash folder").collect();
    assert_eq!(trash.len(), 1);
}

#[test]
fn removing_the_learner_studying_switches_to_another() {
    let mut app = app();
    app.open_learners();
    app.click("Remove Learner");
    app.click("Yes, remove");
    // A default learner is created again, so answers always have somewhere to go.
    assert!(app.has("Learner: Learner"));
    assert_eq!(app.learners(), vec!["Learner".to_string()]);
}

#[test]
fn a_learner_file_that_cannot_be_read_is_a_sentence_and_the_app_still_starts() {
    let data = tempfile::tempdir().expect("temporary folder");
    std::fs::write(data.path().join("profiles.ron"), "(version: 99, profiles: [])\n").expect("write");
    let app = app_in(data);
    assert_eq!(app.screen(), "library");
    let problem = app.state().learner().problem.clone().unwrap_or_default();
    assert!(problem.contains("cannot be read"), "{problem}");
    assert!(app.has_containing("written by a newer version of Dossier"), "{problem}");
    assert!(app.has("Practise"));
    // Left as it was.
    let text = std::fs::read_to_string(app.dir.path().join("profiles.ron")).expect("read");
    assert_eq!(text, "(version: 99, profiles: [])\n");
}

#[test]
fn review_due_quizzes_what_the_schedule_says_is_due() {
    // A learner who answered three questions a month ago: those are due today.
    let data = tempfile::tempdir().expect("temporary folder");
    let month_ago = Now::system().plus_days(-30);
    let (profile, _) =
        dossier::study::profiles::resolve_for_recording(data.path(), None, month_ago.at).expect("a learner");
    let mut study = Study::open(data.path(), &profile).expect("their data opens");
    let pack = fixture();
    let bank = dossier::generate::bank(&pack);
    let mut families = Vec::new();
    for q in &bank {
        if families.len() == 3 {
            break;
        }
        if families.contains(&q.family()) {
            continue;
        }
        families.push(q.family());
        let attempt = attempt_for(pack.id(), q, &Response::Text("x".into()), 1.0, 5.0, Mode::Practice, month_ago);
        study.record(&attempt).expect("recorded");
    }
    drop(study);

    let mut app = app_in(data);
    assert!(app.has_containing("Learner: 3 due today"));
    app.click("Review due");
    assert_eq!(app.screen(), "setup");
    assert!(app.has_containing("Review due: what your schedule says is due today (3)"));
    app.click("Start review");
    assert_eq!(app.screen(), "quiz");
    let asked: Vec<String> = app
        .state()
        .session()
        .map(|s| s.questions.iter().map(dossier::question::Question::family).collect())
        .unwrap_or_default();
    assert_eq!(asked.len(), 3);
    for f in &asked {
        assert!(families.contains(f), "{f} was due");
    }
}

#[test]
fn learner_screens_open_in_a_small_window_in_both_themes() {
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        let data = tempfile::tempdir().expect("temporary folder");
        with_learner_list(data.path());
        let packs = vec![PackEntry::new("fixture.ron", Origin::Given, Bank::new(fixture()))];
        let startup = Startup { packs, packs_dir: Some(data.path().join("packs")), seed: SEED };
        let dir = data.path().to_path_buf();
        let harness = Harness::builder()
            .with_size([1280.0, 1400.0])
            .with_theme(theme)
            .build_eframe(move |cc| App::new_with_data(cc, startup, dir));
        let mut app = Running { harness, dir: data };
        // With answers on record, so the plots and tables have something to draw; then the smallest window.
        app.practise(3);
        app.harness.set_size(egui::vec2(800.0, 600.0));
        app.harness.run();
        app.click("Progress");
        assert_eq!(app.screen(), "progress");
        assert!(app.has("3 attempts"));
        // At 800 px the mastery figure is whole on one line, never "(0 of 3 / cards)".
        let mastery = app.harness.get_by_label_contains("cards mastered").rect();
        let streak = app.harness.get_by_label("Streak: 1 day").rect();
        assert!(mastery.height() < streak.height() * 1.5, "one line: {mastery:?}, a line is {streak:?}");
        assert!(mastery.right() <= 800.0, "within the window: {mastery:?}");
        app.open_learners();
        app.click("Library");
        assert!(app.has_containing("due today · Mastery "));
        // The accessibility check (every control named, every glyph present) ran after each step.
    }
}

#[test]
fn switching_learner_mid_quiz_ends_the_quiz_so_no_answer_goes_to_the_wrong_learner() {
    let mut app = app();
    app.open_learners();
    app.type_into("Name", "Mia");
    app.click("Add learner");
    app.start_practice(3);
    app.answer_rightly();
    assert_eq!(app.attempts_of("Mia"), 1);
    // Switch to the other learner from the picker while the quiz is still running.
    app.click("Learner: Mia");
    app.click("Learner");
    assert!(app.has("Learner: Learner"));
    assert_eq!(app.screen(), "library");
    assert!(app.state().session().is_none(), "the quiz ended with the switch");
    assert!(!app.has("Resume quiz"));
    assert_eq!(app.attempts_of("Mia"), 1, "Mia's answer stays saved");
    assert_eq!(app.attempts_of("Learner"), 0);
}

/// A data folder whose default learner answered, a month ago, the first `each` question families of each
/// of `packs` (so they are due today): the folder, the learner and the questions answered.
fn answered_a_month_ago(
    packs: &[dossier::pack::Pack],
    each: usize,
) -> (tempfile::TempDir, dossier::study::Profile, Vec<dossier::question::Question>) {
    let data = tempfile::tempdir().expect("temporary folder");
    let month_ago = Now::system().plus_days(-30);
    let (profile, _) =
        dossier::study::profiles::resolve_for_recording(data.path(), None, month_ago.at).expect("a learner");
    let mut study = Study::open(data.path(), &profile).expect("their data opens");
    let mut answered = Vec::new();
    for pack in packs {
        let mut families = Vec::new();
        for q in dossier::generate::bank(pack) {
            if families.len() == each {
                break;
            }
            if !families.contains(&q.family()) {
                families.push(q.family());
                let a = attempt_for(pack.id(), &q, &Response::Text("x".into()), 1.0, 5.0, Mode::Practice, month_ago);
                study.record(&a).expect("recorded");
                answered.push(q);
            }
        }
    }
    (data, profile, answered)
}

#[test]
fn review_all_due_asks_what_is_due_in_every_pack_and_records_each_under_its_pack() {
    // A learner who answered two questions of each of two packs a month ago: four are due today.
    let second =
        dossier::pack::Pack::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/malformed/valid.ron"))
            .expect("the second pack checks");
    let packs = [fixture(), second];
    let (data, profile, _) = answered_a_month_ago(&packs, 2);
    let [first, second] = packs;
    let ids = [first.id().to_string(), second.id().to_string()];
    let entries = vec![
        PackEntry::new("fixture.ron", Origin::Given, Bank::new(first)),
        PackEntry::new("valid.ron", Origin::Given, Bank::new(second)),
    ];
    let startup = Startup { packs: entries, packs_dir: Some(data.path().join("packs")), seed: SEED };
    let dir = data.path().to_path_buf();
    let harness =
        Harness::builder().with_size([1280.0, 1400.0]).build_eframe(move |cc| App::new_with_data(cc, startup, dir));
    let mut app = Running { harness, dir: data };

    assert!(app.has("Learner: 4 due today in 2 packs"));
    app.click("Review all due");
    assert_eq!(app.screen(), "quiz");
    let from: Vec<String> = app.state().session().map(|s| s.packs.clone()).unwrap_or_default();
    assert_eq!(from.len(), 4);
    assert!(from.contains(&ids[0]) && from.contains(&ids[1]), "questions from both packs: {from:?}");
    for n in 1..=4 {
        assert!(app.has(&format!("Question {n} of 4")));
        let title = if from[n - 1] == ids[0] { "A Week of Summits" } else { "Lee Visits Beijing and Nara" };
        assert!(app.has_containing(&format!("from \u{201c}{title}")), "each question names its article");
        app.click("Skip");
        app.click(if n == 4 { "See results" } else { "Continue" });
    }
    assert_eq!(app.screen(), "results");
    assert!(app.has_containing("Review due in every pack"));

    let study = Study::open(app.dir.path(), &profile).expect("their data opens");
    let log = std::fs::read_to_string(study.dir().join("attempts.ron")).expect("the log");
    let reviews: Vec<&str> = log.lines().filter(|l| l.contains("mode:review")).collect();
    assert_eq!(reviews.len(), 4);
    for id in &ids {
        assert_eq!(reviews.iter().filter(|l| l.contains(&format!("pack:\"{id}\""))).count(), 2, "{id}: {log}");
    }
}

/// Steps the app until `done` holds, for at most ten seconds (the learner is opened on another thread).
fn step_until(app: &mut Running, what: &str, done: impl Fn(&Running) -> bool) {
    let started = std::time::Instant::now();
    while !done(app) {
        assert!(started.elapsed() < std::time::Duration::from_secs(10), "waited ten seconds for {what}");
        std::thread::sleep(std::time::Duration::from_millis(5));
        app.harness.step();
    }
    app.harness.run();
}

#[test]
fn the_learner_opens_in_the_background_and_quizzes_wait_for_their_answers() {
    // Mina answered three questions a month ago: they are due today.
    let data = tempfile::tempdir().expect("temporary folder");
    let month_ago = Now::system().plus_days(-30);
    let (profile, _) =
        dossier::study::profiles::resolve_for_recording(data.path(), Some("Mina"), month_ago.at).expect("a learner");
    let mut study = Study::open(data.path(), &profile).expect("their data opens");
    let pack = fixture();
    let mut families = Vec::new();
    for q in dossier::generate::bank(&pack) {
        if families.len() == 3 {
            break;
        }
        if !families.contains(&q.family()) {
            families.push(q.family());
            let a = attempt_for(pack.id(), &q, &Response::Text("x".into()), 1.0, 5.0, Mode::Practice, month_ago);
            study.record(&a).expect("recorded");
        }
    }
    let log_path = study.dir().join("attempts.ron");
    drop(study);
    // Another process holds Mina's log (appending, say), so opening her answers waits until it lets go.
    let held = std::fs::File::open(&log_path).expect("the log");
    held.lock().expect("an exclusive lock on the log");

    let packs = vec![PackEntry::new("fixture.ron", Origin::Given, Bank::new(fixture()))];
    let startup = Startup { packs, packs_dir: Some(data.path().join("packs")), seed: SEED };
    let dir = data.path().to_path_buf();
    let harness =
        Harness::builder().with_size([1280.0, 1400.0]).build_eframe(move |cc| App::new_opening_data(cc, startup, dir));
    let mut app = Running { harness, dir: data };

    // The window is up and usable at once; a quiet line stands where the learner picker goes.
    assert_eq!(app.screen(), "library");
    step_until(&mut app, "Mina's name", |app| app.has("Opening Mina's answers…"));
    assert!(
        app.has_containing("Their due reviews and mastery show here once read."),
        "the Library says why its lines wait"
    );
    assert!(app.state().is_opening_learner());
    assert!(!app.has_containing("due today"), "no figures before her answers are read");
    assert!(app.query_learner_picker().is_none());
    // Reading does not need her answers.
    app.click("Read");
    assert_eq!(app.screen(), "reader");
    app.click("Library");
    // Progress waits for them, and so does practising (its answers are recorded): quietly, nothing is
    // recorded meanwhile, and the Library is a click away.
    app.click("Progress");
    assert_eq!(app.screen(), "opening");
    assert!(app.has_containing("Your progress shows as soon as they are read."));
    app.click("Library");
    assert_eq!(app.screen(), "library");
    app.click("Practise");
    assert_eq!(app.screen(), "opening");
    assert!(app.has_containing("The quiz setup opens as soon as they are read."));
    assert!(app.state().session().is_none());

    // Once the log is free, her answers arrive and the quiz setup opens with her figures.
    held.unlock().expect("unlock");
    step_until(&mut app, "Mina's answers", |app| !app.state().is_opening_learner());
    assert_eq!(app.screen(), "setup");
    assert!(app.has_containing("Review due: what your schedule says is due today (3)"));
    assert!(app.has("Learner: Mina"));
    assert!(!app.has("Opening Mina's answers…"));
    assert_eq!(app.state().learner().problem, None);
    app.click("Library");
    assert!(app.has("Mina: 3 due today in 1 pack"));
    assert!(app.has_containing("Mina: 3 due today · Mastery "));
    // Answers are recorded for her as usual.
    app.practise(1);
    assert_eq!(app.attempts_of("Mina"), 4);
}

#[test]
fn a_learner_file_that_cannot_be_read_gives_the_same_sentence_when_opened_in_the_background() {
    let data = tempfile::tempdir().expect("temporary folder");
    std::fs::write(data.path().join("profiles.ron"), "(version: 99, profiles: [])\n").expect("write");
    let packs = vec![PackEntry::new("fixture.ron", Origin::Given, Bank::new(fixture()))];
    let startup = Startup { packs, packs_dir: Some(data.path().join("packs")), seed: SEED };
    let dir = data.path().to_path_buf();
    let harness =
        Harness::builder().with_size([1280.0, 1400.0]).build_eframe(move |cc| App::new_opening_data(cc, startup, dir));
    let mut app = Running { harness, dir: data };
    step_until(&mut app, "the learner", |app| !app.state().is_opening_learner());
    // Word for word what opening the learner on the UI thread says.
    let problem = app.state().learner().problem.clone().unwrap_or_default();
    let synchronous = Learner::open(Some(app.dir.path().to_path_buf())).problem.unwrap_or_default();
    assert_eq!(problem, synchronous);
    assert!(problem.contains("cannot be read"), "{problem}");
    assert!(app.has_containing("written by a newer version of Dossier"), "{problem}");
    assert!(app.has("Learner: No learner"));
    // Practising goes ahead (nothing is recorded, as when the learner is opened synchronously). A learner
    // clicks the button once they see it: the harness steps until it is in the tree (bounded), then clicks,
    // and steps until the click has been taken in, instead of counting on the frame the learner arrived in.
    step_until(&mut app, "the Practise button", |app| {
        app.harness.query_by_role_and_label(Role::Button, "Practise").is_some()
    });
    app.click("Practise");
    step_until(&mut app, "the setup screen", |app| app.screen() == "setup");
    assert_eq!(app.screen(), "setup");
}

/// A learner who missed one fact three times, got another right and then wrong, and every other fact right,
/// all in the last three days.
fn learner_with_weak_spots() -> tempfile::TempDir {
    let data = tempfile::tempdir().expect("temporary folder");
    let now = Now::system();
    let (profile, _) =
        dossier::study::profiles::resolve_for_recording(data.path(), None, now.plus_days(-3).at).expect("a learner");
    let mut study = Study::open(data.path(), &profile).expect("their data opens");
    let pack = fixture();
    let bank = dossier::generate::bank(&pack);
    let mut record = |fact: &str, score: f64, days: i64| {
        let q = bank.iter().find(|q| q.facts == [fact]).expect("a question on the fact alone");
        let a = attempt_for(pack.id(), q, &Response::Text("x".into()), score, 5.0, Mode::Practice, now.plus_days(days));
        study.record(&a).expect("recorded");
    };
    for days in [-3, -2, -1] {
        record("meet-maren", 0.0, days);
    }
    record("visit-quill", 1.0, -3);
    record("visit-quill", 0.0, -1);
    for f in &pack.sheet.facts {
        if !matches!(f.id.as_str(), "meet-maren" | "visit-quill") && bank.iter().any(|q| q.facts == [f.id.as_str()]) {
            record(&f.id, 1.0, -2);
        }
    }
    data
}

/// The fixture's fact `id` as the app words it.
fn statement_of(id: &str) -> String {
    let pack = fixture();
    let fact = pack.sheet.facts.iter().find(|f| f.id == id).expect("the fact");
    dossier::generate::phrasing::statement(&pack, &fact.claim)
}

#[test]
fn weakest_facts_rank_the_missed_fact_first_by_accuracy_and_name_it_in_words() {
    let mut app = app_in(learner_with_weak_spots());
    app.click("Progress");
    assert_eq!(app.screen(), "progress");
    // Two weak facts, not every fact answered; the rule and the ranking are said under the heading.
    assert!(app.has("2 weak facts"));
    assert!(app.has_containing("Weak: accuracy below 70 %, or the last answer wrong. Weakest first: lowest accuracy"));
    for header in ["Accuracy", "Lapses", "Remembered for"] {
        assert!(app.has(header), "the table shows {header}");
    }
    assert!(!app.has("Recall now"), "recall right after an answer is always high: not a column");

    // The fact missed three times is the first row, at 0 %, not 100 %; the half-right one comes next.
    let missed = app.harness.get_by_label(&statement_of("meet-maren")).rect();
    let half = app.harness.get_by_label(&statement_of("visit-quill")).rect();
    assert!(missed.top() < half.top(), "missed {missed:?} above half-right {half:?}");
    let on_row = |row: egui::Rect, text: &str| {
        app.harness.query_all_by_label(text).any(|n| {
            let r = n.rect();
            r.center().y > row.top() && r.center().y < row.bottom()
        })
    };
    assert!(on_row(missed, "0 %"), "the missed fact shows its accuracy, 0 %");
    assert!(!on_row(missed, "100 %"), "nothing on the missed fact's row says 100 %");
    assert!(on_row(missed, "2"), "two lapses: the wrong answers after the first");
    assert!(on_row(half, "50 %"));

    // Hovering a row explains it in the article's words, never with the fact's id.
    app.harness.get_by_label(&statement_of("meet-maren")).scroll_to_me();
    app.harness.run();
    app.harness.get_by_label(&statement_of("meet-maren")).hover();
    // Tooltips wait half a second: step the frames past it.
    for _ in 0..60 {
        app.harness.step();
    }
    app.harness.run();
    assert!(app.has_containing("From the article: “Arlo met Maren in Kestrel on January 5.”"));
    for f in &fixture().sheet.facts {
        assert!(!app.has(&f.id), "no text is the internal id {}", f.id);
    }
}

#[test]
fn mastery_and_weak_spots_read_the_same_on_progress_library_and_setup() {
    let mut app = app_in(learner_with_weak_spots());
    app.click("Progress");
    let mastery = app
        .harness
        .query_all(By::new().label_contains("cards mastered"))
        .find_map(|n| n.accesskit_node().value())
        .expect("Progress shows mastery");
    assert!(mastery.starts_with("Mastery ") && mastery.contains(" % · 0 of "), "{mastery}");
    assert!(app.has("2 weak facts"));

    // The Library's line for the pack uses the very same words.
    app.click("Library");
    assert!(app.has_containing(&format!("due today · {mastery}")), "the Library says {mastery:?} too");

    // Weak spots asks the two weak facts, not every fact answered.
    app.click("Practise");
    assert!(app.has_containing("Weak spots: facts with accuracy below 70 %, or the last answer wrong (2)"));
    app.harness.get_by_label_contains("Weak spots").click();
    app.harness.run();
    app.click("Start weak spots");
    assert_eq!(app.screen(), "quiz");
    let asked: Vec<Vec<String>> =
        app.state().session().map(|s| s.questions.iter().map(|q| q.facts.clone()).collect()).unwrap_or_default();
    assert_eq!(asked, vec![vec!["meet-maren".to_string()], vec!["visit-quill".to_string()]]);

    // "Practise these" on Progress sets up a quiz on the same weak facts.
    app.click("Progress");
    app.harness.get_by_role_and_label(Role::Button, "Practise these").scroll_to_me();
    app.harness.run();
    app.click("Practise these");
    assert_eq!(app.screen(), "setup");
    assert!(app.has_containing("your weakest facts (2 facts)"));
}

#[test]
fn review_all_due_leaves_out_the_questions_the_learner_reported() {
    // Two questions of the fixture pack answered a month ago are due; the learner reported one of them.
    let pack = fixture();
    let (data, profile, answered) = answered_a_month_ago(std::slice::from_ref(&pack), 2);
    // Every question of the first family is reported, whichever of them the review would ask.
    let bank = dossier::generate::bank(&pack);
    let reported: Vec<String> =
        bank.iter().filter(|q| q.family() == answered[0].family()).map(|q| q.id.clone()).collect();
    let dir = dossier::study::profiles::profile_dir(data.path(), &profile);
    for id in &reported {
        dossier::study::flags::add(&dir, id, "unclear", 0).expect("reported");
    }
    let entries = vec![PackEntry::new("fixture.ron", Origin::Given, Bank::new(pack))];
    let startup = Startup { packs: entries, packs_dir: Some(data.path().join("packs")), seed: SEED };
    let dir = data.path().to_path_buf();
    let harness =
        Harness::builder().with_size([1280.0, 1400.0]).build_eframe(move |cc| App::new_with_data(cc, startup, dir));
    let mut app = Running { harness, dir: data };
    app.click("Review all due");
    assert_eq!(app.screen(), "quiz");
    let asked: Vec<String> =
        app.state().session().map(|s| s.questions.iter().map(|q| q.id.clone()).collect()).unwrap_or_default();
    assert_eq!(asked.len(), 1, "only the question not reported: {asked:?}");
    assert!(asked.iter().all(|id| !reported.contains(id)), "{asked:?} holds a reported question");
}
