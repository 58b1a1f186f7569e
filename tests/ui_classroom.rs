//! The classroom in the app, driven through the AccessKit tree as a student and a teacher would: join a
//! quiz with its code (and mistype one), save the results for the teacher, export a pack in every format,
//! and open a class's results files into the class view.

mod fixture;

use std::path::{Path, PathBuf};

use dossier::export::{self, Format};
use dossier::generate::{Bank, QuizSettings, quiz_ranked};
use dossier::question::{Body, QuestionKind};
use dossier::study::code;
use dossier::study::results::{self, Results};
use dossier::study::session::{Mode, QuizPlan, Session, next_seed};
use dossier::ui::app::{App, Startup};
use dossier::ui::library::{Origin, PackEntry};
use egui::{Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use fixture::{Running, SEED, fixture, with_learner_list};

/// The app with the fixture pack in a window of `size`, recording for the default learner.
fn app_sized(size: [f32; 2]) -> Running {
    app_seeded(size, SEED)
}

/// The app with the fixture pack in a window of `size`, proposing `seed` for the first quiz.
fn app_seeded(size: [f32; 2], seed: u64) -> Running {
    let dir = tempfile::tempdir().expect("temporary folder");
    with_learner_list(dir.path());
    let packs = vec![PackEntry::new("fixture.ron", Origin::Given, Bank::new(fixture()))];
    let startup = Startup { packs, packs_dir: Some(dir.path().join("packs")), seed };
    let data = dir.path().to_path_buf();
    let harness = Harness::builder().with_size(size).build_eframe(move |cc| App::new_with_data(cc, startup, data));
    let mut app = Running { harness, dir };
    app.harness.run();
    app
}

fn app() -> Running {
    app_sized([1280.0, 1400.0])
}

/// A practice quiz of `count` multiple-choice and true/false questions of the fixture pack with `seed`.
fn plan(seed: u64, count: usize) -> QuizPlan {
    QuizPlan {
        pack: "fixture".into(),
        settings: QuizSettings {
            seed,
            count,
            kinds: vec![QuestionKind::Mc, QuestionKind::Tf],
            ..QuizSettings::default()
        },
        mode: Mode::Practice,
        minutes: None,
        focus: None,
    }
}

fn code_of(plan: &QuizPlan) -> String {
    code::encode(&fixture(), plan).expect("the plan has a code")
}

impl Running {
    /// Replaces the text of the text box named `label` with `text`, as typed.
    fn fill(&mut self, label: &str, text: &str) {
        self.harness.get_by_role_and_label(Role::TextInput, label).scroll_to_me();
        self.harness.run();
        self.harness.get_by_role_and_label(Role::TextInput, label).focus();
        self.harness.run();
        self.harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
        self.harness.run();
        self.harness.event(egui::Event::Text(text.into()));
        self.harness.run();
    }

    /// Clicks the button `label`, scrolled into view first (as a user scrolls to it on a small window).
    fn press(&mut self, label: &str) {
        self.harness.get_by_role_and_label(Role::Button, label).scroll_to_me();
        self.harness.run();
        self.click(label);
    }

    /// Ticks or unticks the check box `label`, scrolled into view first.
    fn check(&mut self, label: &str) {
        self.harness.get_by_role_and_label(Role::CheckBox, label).scroll_to_me();
        self.harness.run();
        self.tick(label);
    }

    fn key(&mut self, key: Key) {
        self.harness.key_press(key);
        self.harness.run();
    }

    fn radio(&mut self, label: &str) {
        self.harness.get_by_role_and_label(Role::RadioButton, label).scroll_to_me();
        self.harness.run();
        self.harness.get_by_role_and_label(Role::RadioButton, label).click();
        self.harness.run();
    }

    /// Joins the quiz `code` from the Library by typing it and pressing Enter.
    fn join(&mut self, code: &str) {
        self.click("Join with a code…");
        assert_eq!(self.screen(), "join");
        self.fill("Quiz code", code);
        self.key(Key::Enter);
    }

    /// Answers the quiz's choice questions by mouse, right when `right(i)`, to its results.
    fn answer_all(&mut self, right: impl Fn(usize) -> bool) {
        let n = self.state().session().expect("a quiz").questions.len();
        for i in 0..n {
            let s = self.state().session().expect("a quiz");
            let q = s.questions[s.current].clone();
            match &q.body {
                Body::Choice { options, correct } => {
                    let pick = if right(i) { *correct } else { (*correct + 1) % options.len() };
                    self.click(&options[pick]);
                }
                Body::TrueFalse { answer } => self.click(if *answer == right(i) { "True" } else { "False" }),
                other => panic!("only choice questions were asked for: {other:?}"),
            }
            self.click(if i + 1 == n { "See results" } else { "Continue" });
        }
        assert_eq!(self.screen(), "results");
    }
}

#[test]
fn a_good_code_starts_exactly_its_quiz_and_a_mistyped_one_says_why() {
    for size in [[800.0, 600.0], [1280.0, 800.0]] {
        let mut app = app_sized(size);
        let plan = plan(77, 4);
        let code = code_of(&plan);
        // Mistyped: one character changed. The check character catches it; nothing starts.
        let last = code.chars().last().expect("a code");
        let wrong = format!("{}{}", &code[..code.len() - 1], if last == '7' { '8' } else { '7' });
        app.join(&wrong);
        assert_eq!(app.screen(), "join", "a mistyped code stays on the Join screen");
        assert!(app.state().session().is_none(), "nothing started");
        let err = code::decode(&wrong, &[&fixture()]).expect_err("mistyped");
        let sentence: String = err.to_string().chars().skip(1).collect();
        assert!(app.has_containing(&sentence), "the sentence shows beside the field: {err}");
        assert!(app.has("Back to Library"));

        // The right code, typed again over the wrong one, and Enter.
        app.fill("Quiz code", &code.to_lowercase());
        app.key(Key::Enter);
        assert_eq!(app.screen(), "quiz");
        let bank = Bank::new(fixture()).expect("the fixture banks");
        let expected = quiz_ranked(&bank.questions, &bank.quality, &plan.settings);
        let s = app.state().session().expect("a quiz");
        let ids: Vec<&str> = s.questions.iter().map(|q| q.id.as_str()).collect();
        let want: Vec<&str> = expected.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(ids, want, "the code's quiz, question for question");
        assert!(app.has_containing(&expected[0].prompt), "the plan's first question is shown");
        assert_eq!(app.state().quiz_code(), Some(code.as_str()), "the app remembers the code");
    }
}

#[test]
fn a_coded_quiz_saves_results_for_the_teacher_and_a_missing_folder_is_said() {
    let mut app = app();
    let plan = plan(91, 3);
    let code = code_of(&plan);
    app.join(&code);
    app.answer_all(|i| i != 1);
    assert!(app.has("Save results for the teacher…"));
    // A folder that does not exist is said, and not created.
    let missing = app.dir.path().join("no-such-folder");
    app.fill("Save results for the teacher…", &missing.join("mine.ron").display().to_string());
    app.press("Save results");
    assert!(app.has_containing("there is no folder"), "the missing folder is said");
    assert!(!missing.exists(), "the folder was not created");

    let file = app.dir.path().join("mine.dossier-results.ron");
    app.fill("Save results for the teacher…", &file.display().to_string());
    app.press("Save results");
    assert!(app.has(&format!("Saved to {}. Hand this file to your teacher.", file.display())));
    let r = results::read(&file).expect("the results file reads");
    assert!(r.intact(), "sealed with its checksum");
    assert_eq!(r.code, code);
    assert_eq!(r.student, "Learner");
    let s = app.state().session().expect("the quiz");
    let answers: Vec<String> = s
        .questions
        .iter()
        .zip(&s.answers)
        .map(|(q, a)| q.response_text(a.as_ref().and_then(|a| a.response.as_ref()), dossier::question::Voice::Record))
        .collect();
    assert_eq!(r.items.iter().map(|i| i.answer.clone()).collect::<Vec<_>>(), answers, "every answer as given");
    assert!((r.score() - 2.0).abs() < 1e-9, "two of three right: {}", r.score());
}

#[test]
fn a_quiz_not_joined_by_code_has_no_save_card() {
    let mut app = app();
    app.click("Practise");
    app.click("Start practice");
    assert_eq!(app.screen(), "quiz");
    // "End quiz" asks first; the second ends it.
    app.click("End quiz");
    app.click("End quiz");
    assert_eq!(app.screen(), "results");
    assert!(!app.has("Save results for the teacher…"));
    assert_eq!(app.state().quiz_code(), None);
}

/// The summary line an export of the fixture's 10-question quiz with `seed` gives in `format`.
fn expected_summary(format: Format, seed: u64) -> (String, usize) {
    let bank = Bank::new(fixture()).expect("the fixture banks");
    let settings = QuizSettings { seed, count: 10, ..QuizSettings::default() };
    let questions = quiz_ranked(&bank.questions, &bank.quality, &settings);
    let topic_name = |id: &str| bank.pack.topic(id).map_or_else(|| id.to_string(), |t| t.name.clone());
    let title = format!("{} (seed {seed})", bank.pack.sheet.title);
    let options = export::Options { title: &title, topic_name: &topic_name, key: false, article: None };
    let exported = export::export(format, &questions, &options);
    (exported.summary(format.written_as()), exported.left_out.len())
}

#[test]
fn every_format_is_exported_to_the_path_given_with_its_summary() {
    for size in [[800.0, 600.0], [1280.0, 800.0]] {
        let mut app = app_sized(size);
        app.click("Export…");
        assert_eq!(app.screen(), "export");
        let seed = SEED;
        // Every kind ticked, as the quiz setup ticks them.
        let settings = QuizSettings { seed, count: 10, kinds: QuestionKind::ALL.to_vec(), ..QuizSettings::default() };
        let practice = QuizPlan { settings, ..plan(seed, 10) };
        let code = code::encode(&fixture(), &practice).expect("a code");
        assert!(app.has(&format!("Quiz code: {code}")), "the quiz's code for these settings shows");
        // An exam has a code of its own.
        app.radio("Exam");
        let exam = QuizPlan { mode: Mode::Exam, ..practice.clone() };
        let exam_code = code::encode(&fixture(), &exam).expect("a code");
        assert_ne!(exam_code, code);
        assert!(app.has(&format!("Quiz code: {exam_code}")), "the exam's code shows");
        app.radio("Practice");
        for format in Format::ALL {
            app.radio(format.label());
            if format == Format::Html {
                app.harness.get_by_role_and_label(Role::CheckBox, "Answer key").scroll_to_me();
                app.harness.run();
                app.tick("Answer key");
            }
            let path = app.dir.path().join(format!("class.{}", format.extension()));
            app.fill("Export to file", &path.display().to_string());
            app.press("Export");
            assert!(path.is_file(), "{} written", path.display());
            let (summary, _) = expected_summary(format, seed);
            assert!(
                app.has_containing(&format!("Saved to {}: {summary}", path.display())),
                "the summary shows: {summary}"
            );
            if format == Format::Html {
                let page = std::fs::read_to_string(&path).expect("the handout");
                assert!(page.contains("<h2>Answer key"), "the key was asked for");
            }
        }
        // The whole bank, as CSV: every question a quiz may ask.
        app.radio("The whole bank");
        let path = app.dir.path().join("bank.csv");
        app.fill("Export to file", &path.display().to_string());
        app.press("Export");
        let bank = Bank::new(fixture()).expect("the fixture banks");
        let all: Vec<_> = bank.questions.iter().filter(|q| QuizSettings::default().admits(q)).cloned().collect();
        let topic_name = |id: &str| id.to_string();
        let options =
            export::Options { title: "A Week of Summits", topic_name: &topic_name, key: false, article: None };
        let summary = export::export(Format::Csv, &all, &options).summary(Format::Csv.written_as());
        assert!(app.has(&format!("Saved to {}: {summary}", path.display())), "the whole bank: {summary}");
        assert!(all.len() > 10, "more than a quiz");
        // Into a folder that does not exist: said, nothing written, no folder made.
        let missing = app.dir.path().join("gone").join("x.csv");
        app.fill("Export to file", &missing.display().to_string());
        app.press("Export");
        assert!(app.has_containing("there is no folder"));
        assert!(!missing.parent().expect("parent").exists());
    }
}

/// A finished quiz session of `plan` on the fixture, with the choice questions answered right when
/// `right(i)`.
fn taken(plan: &QuizPlan, right: impl Fn(usize) -> bool) -> Session {
    let bank = Bank::new(fixture()).expect("the fixture banks");
    let questions = quiz_ranked(&bank.questions, &bank.quality, &plan.settings);
    let mut s = Session::new(plan.clone(), questions, 0.0);
    for i in 0..s.questions.len() {
        let q = s.questions[i].clone();
        let response = match &q.body {
            Body::Choice { options, correct } => {
                dossier::question::Response::Choice(if right(i) { *correct } else { (*correct + 1) % options.len() })
            }
            Body::TrueFalse { answer } => dossier::question::Response::Bool(*answer == right(i)),
            other => panic!("choice questions only: {other:?}"),
        };
        s.answer(response, i as f64 * 10.0 + 5.0);
        s.advance(i as f64 * 10.0 + 6.0);
    }
    s.finish(100.0);
    s
}

fn write_results(folder: &Path, session: &Session, student: &str, code: &str) -> PathBuf {
    let r = Results::of(session, student, code, "A Week of Summits", 1_700_000_000);
    let path = folder.join(results::file_name(student, code));
    results::write(&path, &r).expect("results written");
    path
}

#[test]
fn class_results_show_students_facility_and_files_left_out() {
    for size in [[800.0, 600.0], [1280.0, 800.0]] {
        let mut app = app_sized(size);
        let folder = app.dir.path().join("class");
        std::fs::create_dir_all(&folder).expect("folder");
        let plan = plan(5, 4);
        let code = code_of(&plan);
        write_results(&folder, &taken(&plan, |_| true), "Ann Lee", &code);
        write_results(&folder, &taken(&plan, |_| false), "Bo Kim", &code);
        write_results(&folder, &taken(&plan, |i| i < 2), "Cy Ng", &code);
        // Dee edited her file by hand: it is left out with the reason.
        let dee = write_results(&folder, &taken(&plan, |i| i == 0), "Dee Roe", &code);
        let text = std::fs::read_to_string(&dee).expect("read");
        let edited = text.replacen("score: 0.0", "score: 1.0", 1);
        assert_ne!(text, edited, "the edit changes a score");
        std::fs::write(&dee, edited).expect("edit");

        app.click("Class results…");
        assert_eq!(app.screen(), "class-results");
        app.fill("Results folder or files", &folder.display().to_string());
        app.press("Open");
        assert!(app.has(&format!("Quiz code {code}")));
        assert!(app.has("A Week of Summits"));
        // (4 + 0 + 2) / 12 = 50 %.
        assert!(app.has("Class mean 50 % · 3 students"));
        for (name, score, pct) in
            [("Ann Lee", "4 / 4", "100 %"), ("Bo Kim", "0 / 4", "0 %"), ("Cy Ng", "2 / 4", "50 %")]
        {
            assert!(app.has(name), "{name} listed");
            assert!(app.has(score) && app.has(pct), "{name}: {score} {pct}");
        }
        assert!(!app.has("Dee Roe"), "the edited file is not counted");
        // Questions 1 and 2: Ann and Cy right (67 %); 3 and 4: Ann only (33 %).
        assert!(
            app.has_containing("Facility by question: Q1 67 %, Q2 67 %, Q3 33 %, Q4 33 %."),
            "the chart's figures are its accessible name"
        );
        assert!(app.harness.query_all_by_label("67 %").count() >= 2, "the table's facility figures");
        assert!(app.has(&format!(
            "{}: was changed after it was saved (its checksum does not match), so it is not counted; left out.",
            dee.display()
        )));

        // Save as CSV.
        let csv = app.dir.path().join("class.csv");
        app.fill("Save as CSV…", &csv.display().to_string());
        app.press("Save");
        assert!(app.has(&format!("Saved to {}.", csv.display())));
        let written = std::fs::read_to_string(&csv).expect("the CSV");
        assert!(written.contains("\"Ann Lee\""), "{written}");

        // A folder without results files says so.
        let empty = app.dir.path().join("empty");
        std::fs::create_dir_all(&empty).expect("folder");
        app.fill("Results folder or files", &empty.display().to_string());
        app.press("Open");
        assert!(app.has_containing("There are no results files"));
        app.click("Back to Library");
        assert_eq!(app.screen(), "library");
    }
}

#[test]
fn the_classroom_screens_are_reached_by_keyboard_alone() {
    for (button, screen) in [("Join with a code…", "join"), ("Export…", "export"), ("Class results…", "class-results")]
    {
        let mut app = app_sized([800.0, 600.0]);
        // From the first pack's "Practise", focused on opening, back through the Library's heading row.
        let mut presses = 0;
        while !app.harness.get_by_role_and_label(Role::Button, button).is_focused() {
            app.harness.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
            app.harness.run();
            presses += 1;
            assert!(presses < 12, "{button} is reached by Shift+Tab");
        }
        app.key(Key::Enter);
        assert_eq!(app.screen(), screen, "Enter on {button}");
        if screen == "join" {
            // The code field has the focus: type the code and press Enter.
            let code = code_of(&plan(3, 2));
            app.harness.event(egui::Event::Text(code));
            app.harness.run();
            app.key(Key::Enter);
            assert_eq!(app.screen(), "quiz", "joined by keyboard");
        }
    }
}

#[test]
fn the_setup_screen_shows_the_class_code_of_the_quiz_it_would_start() {
    // The seed the app proposes on its own (six digits, from the clock), untouched by the learner.
    let seed = next_seed(1_767_225_600);
    let mut app = app_seeded([1280.0, 1400.0], seed);
    app.click("Practise");
    assert_eq!(app.screen(), "setup");
    assert!(!app.has_containing("No class code"), "the app's own seed has a code");
    assert!(app.has("Class code"), "the setup screen names the class code");
    let shown = app
        .harness
        .get(egui_kittest::kittest::By::new().label_contains("FIX-"))
        .accesskit_node()
        .label()
        .or_else(|| app.harness.get(egui_kittest::kittest::By::new().label_contains("FIX-")).accesskit_node().value())
        .unwrap_or_default();
    // The code is the plan's: joining it starts exactly the quiz "Start practice" would.
    app.click("Start practice");
    let started = app.state().session().expect("a quiz").questions.iter().map(|q| q.id.clone()).collect::<Vec<_>>();
    app.click("End quiz");
    app.harness.run();
    let (_, plan) = code::decode(&shown, &[&fixture()]).expect("the shown code decodes");
    assert_eq!(plan.settings.seed, seed, "the code carries the app's own seed: {shown}");
    let bank = Bank::new(fixture()).expect("the fixture banks");
    let joined: Vec<String> =
        quiz_ranked(&bank.questions, &bank.quality, &plan.settings).iter().map(|q| q.id.clone()).collect();
    assert_eq!(joined, started, "{shown}");
}

/// The label of the chart (an image to a screen reader) whose text alternative contains `part`.
fn chart_text(app: &Running, part: &str) -> Option<String> {
    let by = egui_kittest::kittest::By::new().role(Role::Image).label_contains(part);
    app.harness.query_all(by).next().and_then(|n| n.accesskit_node().label())
}

#[test]
fn class_charts_have_text_alternatives_naming_the_hardest_question() {
    for size in [[800.0, 600.0], [1280.0, 800.0]] {
        let mut app = app_sized(size);
        let folder = app.dir.path().join("class");
        std::fs::create_dir_all(&folder).expect("folder");
        let plan = plan(5, 4);
        let code = code_of(&plan);
        // Three, two and one of the first questions right: question 4 is nobody's.
        let ann = taken(&plan, |i| i < 3);
        write_results(&folder, &ann, "Ann Lee", &code);
        write_results(&folder, &taken(&plan, |i| i < 2), "Bo Kim", &code);
        write_results(&folder, &taken(&plan, |i| i < 1), "Cy Ng", &code);
        app.click("Class results…");
        app.fill("Results folder or files", &folder.display().to_string());
        app.press("Open");
        let fourth = &ann.questions[3].prompt;
        let facility = chart_text(&app, "Facility by question").expect("the facility chart's text alternative");
        // A long prompt is shortened with "…" in the sentence: its opening words name it.
        let opening: String = fourth.chars().take(40).collect();
        assert!(
            facility.contains(&format!("The hardest question: Q4, \u{201c}{opening}"))
                && facility.contains("\u{201d} (0 % right)."),
            "{facility}"
        );
        // Discrimination: the strongest (Ann) against the weakest (Cy).
        let discrimination =
            chart_text(&app, "Discrimination by question").expect("the discrimination chart's text alternative");
        assert_eq!(
            discrimination,
            "Discrimination by question: Q1 +0.00, Q2 +1.00, Q3 +1.00, Q4 +0.00. Q1, Q4 tell the strongest \
             students from the weakest poorly (below +0.20)."
        );
        // Scores of 75, 50 and 25 %.
        let scores = chart_text(&app, "Students by score").expect("the score chart's text alternative");
        assert_eq!(
            scores,
            "Students by score: 1 scored 20\u{2013}29 %, 1 scored 50\u{2013}59 %, 1 scored 70\u{2013}79 %."
        );

        // A class of one: discrimination is not defined, said in a sentence, and not drawn.
        let alone = app.dir.path().join("alone");
        std::fs::create_dir_all(&alone).expect("folder");
        write_results(&alone, &ann, "Ann Lee", &code);
        app.fill("Results folder or files", &alone.display().to_string());
        app.press("Open");
        assert!(app.has("Class mean 75 % · 1 student"));
        assert!(app.has_containing("Discrimination is not defined for a class of one"));
        assert_eq!(chart_text(&app, "Discrimination by question"), None, "no chart of undefined figures");
        assert!(chart_text(&app, "The hardest question: Q4").is_some(), "facility is still charted");
    }
}

/// The ids (first column) of the rows of an exported CSV, without its header.
fn csv_ids(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).expect("the CSV written");
    text.lines()
        .skip(1)
        .filter_map(|l| l.strip_prefix('"').and_then(|l| l.split_once('"')).map(|(id, _)| id.to_string()))
        .collect()
}

#[test]
fn an_export_holds_only_the_kinds_and_topics_ticked() {
    for size in [[800.0, 600.0], [1280.0, 800.0]] {
        let mut app = app_sized(size);
        app.click("Export…");
        app.radio(Format::Csv.label());
        let bank = Bank::new(fixture()).expect("the fixture banks");
        let of = |id: &str| bank.questions.iter().find(|q| q.id == id).expect("an exported question is the bank's");
        assert!(bank.questions.iter().any(|q| q.kind == QuestionKind::Tf), "the fixture has true/false questions");

        // Untick "True or false": a quiz of 10 without it.
        app.check(QuestionKind::Tf.name());
        let quiz = app.dir.path().join("quiz.csv");
        app.fill("Export to file", &quiz.display().to_string());
        app.press("Export");
        let ids = csv_ids(&quiz);
        assert!(ids.len() >= 5, "{ids:?}");
        assert!(ids.iter().all(|id| of(id).kind != QuestionKind::Tf), "no true/false question: {ids:?}");
        assert!(app.has_containing(&format!("Saved to {}: {} questions written as", quiz.display(), ids.len())));
        if ids.len() < 10 {
            assert!(app.has_containing(&format!("The quiz has {} questions, not 10", ids.len())), "fewer is said");
        }
        // The code shown is the code of this very quiz: no true/false either.
        let kinds: Vec<QuestionKind> = QuestionKind::ALL.into_iter().filter(|k| *k != QuestionKind::Tf).collect();
        let settings = QuizSettings { seed: SEED, count: 10, kinds, ..QuizSettings::default() };
        let code = code_of(&QuizPlan { settings: settings.clone(), ..plan(SEED, 10) });
        assert!(app.has(&format!("Quiz code: {code}")), "{code}");
        let want: Vec<String> =
            quiz_ranked(&bank.questions, &bank.quality, &settings).into_iter().map(|q| q.id).collect();
        assert_eq!(ids, want, "the file holds the quiz its code builds");

        // The whole bank of one topic, still without true/false.
        app.check("Trade");
        app.radio("The whole bank");
        let whole = app.dir.path().join("trade.csv");
        app.fill("Export to file", &whole.display().to_string());
        app.press("Export");
        let ids = csv_ids(&whole);
        let admitted = QuizSettings { topics: vec!["trade".into()], ..settings.clone() };
        let want: Vec<&str> = bank.questions.iter().filter(|q| admitted.admits(q)).map(|q| q.id.as_str()).collect();
        assert!(!want.is_empty(), "the fixture has trade questions");
        assert_eq!(ids, want, "every trade question but the true/false ones");
        assert!(app.has_containing(&format!("Saved to {}: {} question", whole.display(), want.len())));

        // Every kind unticked: a sentence, and no file.
        for kind in QuestionKind::ALL.into_iter().filter(|k| *k != QuestionKind::Tf) {
            app.check(kind.name());
        }
        let none = app.dir.path().join("none.csv");
        app.fill("Export to file", &none.display().to_string());
        app.press("Export");
        assert!(app.has("Not saved: tick at least one kind of question."));
        assert!(!none.exists(), "no empty file is written");
    }
}
