//! One quiz index per loaded pack: the setup screen's counts, every quiz started and every quiz exported draw
//! from the pack's one [`dossier::generate::QuizIndex`], built once. Each setup change and each start used to
//! build an index of its own (about 2.5 ms for the bundled pack) and compare the questions it drew with the
//! whole bank again. Counted by [`dossier::text::work`] (steps, never a clock): an index compares each
//! question it draws with the bank once and keeps the row ([`QuizIndex`]), one step per question compared, so
//! one index of a bank of `n` questions never counts more than `n·n` steps, however many frames and quizzes
//! draw from it; an index per change or per quiz counts its rows again each time.
#![cfg(feature = "gui")]

#[allow(dead_code, reason = "the shared fixture serves every GUI test; this one uses its running app")]
mod fixture;

use dossier::generate::{Bank, QuizIndex, QuizSettings};
use dossier::ui::app::{App, Startup};
use dossier::ui::library::{Origin, PackEntry};
use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use fixture::{Running, SEED, fixture, with_learner_list};

/// The app with the fixture pack, for a learner of its temporary folder.
fn app() -> Running {
    let dir = tempfile::tempdir().expect("temporary folder");
    with_learner_list(dir.path());
    let packs = vec![PackEntry::new("fixture.ron", Origin::Given, Bank::new(fixture()))];
    let startup = Startup { packs, packs_dir: Some(dir.path().join("packs")), seed: SEED };
    let data = dir.path().to_path_buf();
    let harness =
        Harness::builder().with_size([1280.0, 1400.0]).build_eframe(move |cc| App::new_with_data(cc, startup, data));
    Running { harness, dir }
}

/// The steps counted on this thread while `f` runs.
fn steps_of(f: impl FnOnce()) -> u64 {
    let before = dossier::text::work::steps();
    f();
    dossier::text::work::steps() - before
}

#[test]
fn setup_changes_and_quizzes_started_draw_from_one_index_of_the_pack() {
    let n = Bank::new(fixture()).expect("the fixture banks").questions.len() as u64;
    let mut app = app();
    let mut quizzes = 0;
    let steps = steps_of(|| {
        app.click("Practise");
        for round in 0..12 {
            // A learner changes the quiz a few times (each change is a new count of what the pack supports),
            // looks at the screen for a few frames, and starts it.
            app.tick("Multiple choice");
            app.tick("Multiple choice");
            app.harness.get_by_role(Role::SpinButton).set_value_accesskit(f64::from(3 + round % 5));
            for _ in 0..5 {
                app.harness.run();
            }
            app.click("Start practice");
            assert_eq!(app.screen(), "quiz", "round {round}: the quiz starts");
            quizzes += 1;
            // Nothing answered: "End quiz" asks first, then ends it; "New quiz" opens the setup again.
            app.click("End quiz");
            if app.screen() == "quiz" {
                app.click("End quiz");
            }
            app.click("New quiz");
            assert_eq!(app.screen(), "setup", "round {round}: back to the setup");
        }
    });
    assert_eq!(quizzes, 12);
    assert!(
        steps <= n * n,
        "{steps} comparisons for 12 setups and quizzes of a bank of {n} questions: more than one index comparing \
         each pair of questions once"
    );
}

#[test]
fn an_index_shared_by_a_face_draws_what_a_borrowed_one_draws() {
    let bank = Bank::new(fixture()).expect("the fixture banks");
    let shared = QuizIndex::shared(bank.questions.clone().into(), bank.quality.clone().into());
    let borrowed = QuizIndex::new(&bank.questions, &bank.quality);
    let built = dossier::generate::quiz::indexes_built();
    for seed in 0..40 {
        for count in [3, 5, 10] {
            let s = QuizSettings { seed, count, ..QuizSettings::default() };
            assert_eq!(shared.quiz(&s), borrowed.quiz(&s), "seed {seed}, count {count}");
            assert_eq!(shared.supported(&s), borrowed.supported(&s), "seed {seed}, count {count}");
        }
    }
    assert_eq!(dossier::generate::quiz::indexes_built(), built, "drawing builds no index");
    assert_eq!(shared.questions(), &bank.questions[..]);
}
