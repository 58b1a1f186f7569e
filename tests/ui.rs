//! The desktop app driven through its accessibility tree, as a screen reader would see it (`egui_kittest`
//! without GPU features: no display needed). Every screen is reached by the labels a person reads.
//!
//! The app gets a small fixture pack and a fixed seed, so every run draws the same quizzes; the user's
//! packs folder is a temporary directory.

use dossier::generate::{Body, Question, QuestionKind};
use dossier::pack::Pack;
use dossier::ui::app::{App, Back, Origin, PackEntry, Screen, Startup, ThemeChoice};
use dossier::ui::question::Draft;
use dossier::ui::session::Mode;
use egui::{Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod fixture;

use fixture::{Running, SEED, fixture};

/// A running app with the fixture pack (and `extra` packs after it), in a window of `size`.
fn app_with(size: [f32; 2], extra: Vec<PackEntry>) -> Running {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut packs = vec![PackEntry::new("fixture.ron", Origin::Given, Ok(fixture()))];
    packs.extend(extra);
    let startup = Startup { packs, packs_dir: Some(dir.path().join("packs")), seed: SEED };
    let harness = Harness::builder().with_size(size).build_eframe(move |cc| App::new_with(cc, startup));
    Running { harness, dir }
}

fn app() -> Running {
    app_with([1280.0, 1400.0], Vec::new())
}

impl Running {
    fn key(&mut self, key: Key) {
        self.harness.key_press(key);
        self.harness.run();
    }

    fn question(&self) -> Question {
        self.state().session().and_then(|s| s.question()).cloned().expect("a question is showing")
    }

    fn draft(&self) -> Draft {
        match self.state().screen() {
            Screen::Quiz(view) => view.draft.clone(),
            _ => panic!("not on the quiz screen"),
        }
    }

    /// From the library, sets up a practice quiz of `kinds` only and starts it.
    fn start_quiz(&mut self, mode: &str, kinds: &[QuestionKind], count: Option<usize>) {
        self.click(mode);
        assert_eq!(self.screen(), "setup");
        for kind in QuestionKind::ALL {
            if !kinds.contains(&kind) {
                self.tick(kind.name());
            }
        }
        if let Some(count) = count {
            self.harness.get_by_role_and_label(Role::Slider, "Number of questions").set_value_accesskit(count as f64);
            self.harness.run();
        }
        let start = if mode == "Exam" { "Start exam" } else { "Start practice" };
        self.click(start);
        assert_eq!(self.screen(), "quiz");
    }

    /// Answers the current question with the mouse, rightly or wrongly.
    fn answer_by_mouse(&mut self, right: bool) {
        let q = self.question();
        match &q.body {
            Body::Choice { options, correct } => {
                let pick = if right { *correct } else { (*correct + 1) % options.len() };
                self.click(&options[pick]);
            }
            Body::TrueFalse { answer } => self.click(if *answer == right { "True" } else { "False" }),
            Body::Typed { answer, .. } => {
                let text = if right { answer.clone() } else { "zzzz".to_string() };
                self.harness.get_by_role(Role::TextInput).type_text(&text);
                self.harness.run();
                self.click("Check answer");
            }
            Body::Match { left, right: partners, pairs } => {
                for (i, l) in left.iter().enumerate() {
                    let r = if right { pairs[i] } else { pairs[(i + 1) % pairs.len()] };
                    self.click(l);
                    self.click(&partners[r]);
                }
                self.click("Check pairs");
            }
            Body::Order { items, order } => {
                let target: Vec<usize> = if right { order.clone() } else { order.iter().rev().copied().collect() };
                for (t, item) in target.iter().enumerate() {
                    let Draft::Order(d) = self.draft() else { panic!("no order draft") };
                    let at = d.order.iter().position(|i| i == item).expect("item listed");
                    self.click(&items[*item]);
                    for _ in t..at {
                        self.click("Move up");
                    }
                }
                self.click("Check order");
            }
        }
    }

    /// Answers the current question with the keyboard alone, rightly or wrongly.
    fn answer_by_keys(&mut self, right: bool) {
        let numbers = [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5, Key::Num6];
        let letters = [Key::A, Key::B, Key::C, Key::D, Key::E, Key::F];
        let q = self.question();
        match &q.body {
            Body::Choice { options, correct } => {
                let pick = if right { *correct } else { (*correct + 1) % options.len() };
                self.key(numbers[pick]);
            }
            Body::TrueFalse { answer } => self.key(if *answer == right { Key::T } else { Key::F }),
            Body::Typed { answer, .. } => {
                let text = if right { answer.clone() } else { "zzzz".to_string() };
                self.harness.event(egui::Event::Text(text));
                self.harness.run();
                self.key(Key::Enter);
            }
            Body::Match { pairs, .. } => {
                // The first item is picked; after each pair the next unmatched one is.
                for i in 0..pairs.len() {
                    let r = if right { pairs[i] } else { pairs[(i + 1) % pairs.len()] };
                    self.key(letters[r]);
                }
                self.key(Key::Enter);
            }
            Body::Order { order, .. } => {
                let target: Vec<usize> = if right { order.clone() } else { order.iter().rev().copied().collect() };
                for (t, item) in target.iter().enumerate() {
                    let Draft::Order(d) = self.draft() else { panic!("no order draft") };
                    let at = d.order.iter().position(|i| i == item).expect("item listed");
                    self.key(numbers[at]);
                    for _ in t..at {
                        self.harness.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
                        self.harness.run();
                    }
                }
                self.key(Key::Enter);
            }
        }
    }
}

#[test]
fn library_lists_packs_with_their_size_and_broken_packs_with_their_error() {
    let broken = PackEntry::new(
        "broken.ron",
        Origin::Given,
        Pack::from_sources("broken.ron", "(version: 1, id: \"x\"", "An article.", None),
    );
    let mut app = app_with([1280.0, 1400.0], vec![broken]);
    assert_eq!(app.screen(), "library");
    assert!(app.has("A Week of Summits"));
    assert!(app.has("Test Desk, Fixture News"));
    let bank = dossier::generate::bank(&fixture()).len();
    assert!(app.has(&format!("10 facts · {bank} questions · 2 topics")));
    assert!(app.has("broken.ron"));
    assert!(app.has("This pack cannot be used until its fact sheet is fixed:"));
    assert!(app.has_containing("broken.ron:1:"), "the problem is listed with its place");

    // A pack the user adds to the packs folder shows up on "Reload packs", broken or not.
    let packs = app.dir.path().join("packs");
    std::fs::create_dir_all(&packs).expect("packs folder");
    std::fs::write(packs.join("mine.ron"), "not a fact sheet at all").expect("write");
    app.click("Reload packs");
    assert_eq!(app.state().packs().len(), 3);
    assert!(app.has("mine.ron"));
    assert!(app.state().packs()[2].state.is_err());
    // The app keeps working: the good pack still opens.
    app.harness.get_all_by_role_and_label(Role::Button, "Read").next().expect("a Read button").click();
    app.harness.run();
    assert_eq!(app.screen(), "reader");
}

#[test]
fn reader_shows_the_article_and_an_entity_card_with_native_name_and_facts() {
    let mut app = app();
    app.click("Read");
    assert_eq!(app.screen(), "reader");
    assert!(app.has_containing("Arlo met Maren in Kestrel on January 5."), "paragraphs are exposed as text");
    // The index of entities named in the article.
    app.click("Ilse Maren");
    assert!(app.has("真連"), "the native-script name is shown");
    assert!(app.has("Norland's President"));
    assert!(app.has("Also: Maren"));
    assert!(app.has("In 3 facts"));
    assert!(app.has("“Arlo met Maren in Kestrel on January 5.”"), "facts are quoted");
    app.click("Close card");
    assert!(!app.has("真連"));

    // Clicking a name in the text opens its card too: "Arlo" starts this paragraph.
    let rect = app.harness.get_by_label_contains("Arlo met Maren in Kestrel").rect();
    let at = rect.left_top() + egui::vec2(12.0, 10.0);
    app.harness.hover_at(at);
    app.harness.event(egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    app.harness.event(egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    app.harness.run();
    assert!(app.has("아를로"), "Arlo Brandt's card, with his Hangul name");
    assert!(app.has("Valdonian Premier"));
}

#[test]
fn quiz_me_on_this_quizzes_on_the_entitys_facts() {
    let mut app = app();
    app.click("Read");
    app.click("Tomas Quill");
    app.click("Quiz me on this");
    assert_eq!(app.screen(), "setup");
    assert!(app.has_containing("Only facts about Tomas Quill"));
    app.click("Start practice");
    let session = app.state().session().expect("a quiz");
    let about_quill = ["quill-chancellor", "visit-quill"];
    assert!(!session.questions.is_empty());
    for q in &session.questions {
        assert!(q.facts.iter().any(|f| about_quill.contains(&f.as_str())), "{} is about Quill", q.id);
    }
}

#[test]
fn setup_shows_the_seed_and_draws_what_it_says() {
    let mut app = app();
    app.click("Practise");
    assert_eq!(app.screen(), "setup");
    let seed = app.harness.get_by_role(Role::TextInput);
    assert_eq!(seed.value().as_deref(), Some("4242"), "the seed is shown");
    // A class shares a seed: type another one.
    seed.focus();
    app.harness.run();
    app.harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    app.harness.event(egui::Event::Text("777".into()));
    app.harness.run();
    app.tick("Trade");
    app.harness.get_by_role_and_label(Role::Slider, "Number of questions").set_value_accesskit(3.0);
    app.harness.run();
    assert!(app.has_containing("3 of"));
    app.click("Start practice");
    let s = app.state().session().expect("a quiz");
    assert_eq!(s.plan.settings.seed, 777);
    assert_eq!(s.plan.settings.topics, vec!["trade".to_string()]);
    assert_eq!(s.questions.len(), 3);
    assert!(s.questions.iter().all(|q| q.topics.contains(&"trade".to_string())));
    assert!(app.has("Question 1 of 3"), "progress is shown");
    // The same settings draw the same quiz.
    let mut other = self::app();
    other.click("Practise");
    let seed = other.harness.get_by_role(Role::TextInput);
    seed.focus();
    other.harness.run();
    other.harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    other.harness.event(egui::Event::Text("777".into()));
    other.harness.run();
    other.tick("Trade");
    other.harness.get_by_role_and_label(Role::Slider, "Number of questions").set_value_accesskit(3.0);
    other.harness.run();
    other.click("Start practice");
    let ids = |a: &Running| a.state().session().map(|s| s.questions.iter().map(|q| q.id.clone()).collect::<Vec<_>>());
    assert_eq!(ids(&app), ids(&other));
}

/// One question of `kind`: answered wrongly, with feedback and evidence; then retried and answered rightly.
fn kind_wrong_then_right(kind: QuestionKind) {
    let mut app = app();
    app.start_quiz("Practise", &[kind], Some(1));
    let q = app.question();
    assert_eq!(q.kind, kind);
    assert!(app.has("Question 1 of 1"));
    app.answer_by_mouse(false);
    assert!(app.state().session().is_some_and(|s| s.showing_feedback), "{kind:?}: feedback shows");
    assert!(app.has("✗ Not right"), "{kind:?}: wrong at a glance");
    assert!(app.has("From the article"));
    assert!(app.has(&format!("“{}”", q.evidence[0].trim())), "{kind:?}: the evidence is quoted");
    match &q.body {
        Body::Choice { options, correct } => assert!(app.has(&format!("{}, right answer", options[*correct]))),
        Body::TrueFalse { answer } => {
            assert!(app.has(&format!("{}, right answer", if *answer { "True" } else { "False" })));
        }
        Body::Typed { answer, .. } => assert!(app.has(answer), "{kind:?}: the right answer is shown"),
        Body::Match { .. } | Body::Order { .. } => assert!(app.has("Right answer:")),
    }
    app.click("See results");
    assert_eq!(app.screen(), "results");
    assert!(app.has("0 / 1"));
    assert!(app.has("1 mistake to look at"));
    app.click("Retry mistakes");
    assert_eq!(app.screen(), "quiz");
    assert_eq!(app.question().id, q.id);
    app.answer_by_mouse(true);
    assert!(app.has("✓ Right"), "{kind:?}: right at a glance");
    app.click("See results");
    assert!(app.has("1 / 1"));
    assert!(app.has("No mistakes. Well done."));
}

#[test]
fn multiple_choice_wrong_then_right() {
    kind_wrong_then_right(QuestionKind::Mc);
}

#[test]
fn true_false_wrong_then_right() {
    kind_wrong_then_right(QuestionKind::Tf);
}

#[test]
fn cloze_wrong_then_right() {
    kind_wrong_then_right(QuestionKind::Cloze);
}

#[test]
fn short_answer_wrong_then_right() {
    kind_wrong_then_right(QuestionKind::Short);
}

#[test]
fn matching_wrong_then_right() {
    kind_wrong_then_right(QuestionKind::Match);
}

#[test]
fn ordering_wrong_then_right() {
    kind_wrong_then_right(QuestionKind::Order);
}

#[test]
fn numeric_wrong_then_right() {
    kind_wrong_then_right(QuestionKind::Numeric);
}

#[test]
fn matching_pairs_can_be_undone() {
    let mut app = app();
    app.start_quiz("Practise", &[QuestionKind::Match], Some(1));
    let Body::Match { left, right, .. } = app.question().body else { panic!("a matching question") };
    app.click(&left[1]);
    app.click(&right[0]);
    app.key(Key::C);
    let Draft::Match(d) = app.draft() else { panic!("match draft") };
    assert_eq!(d.pairs[1], Some(0));
    assert_eq!(d.pairs[2], Some(2), "the next item was picked, and C paired it");
    app.click("Undo last pair");
    let Draft::Match(d) = app.draft() else { panic!("match draft") };
    assert_eq!(d.pairs[2], None);
    assert_eq!(d.picked, Some(2));
    app.key(Key::Backspace);
    let Draft::Match(d) = app.draft() else { panic!("match draft") };
    assert_eq!(d.pairs, vec![None; left.len()]);
}

#[test]
fn show_in_article_opens_the_reader_at_the_evidence_and_comes_back() {
    let mut app = app();
    app.start_quiz("Practise", &[QuestionKind::Tf], Some(2));
    let q = app.question();
    app.answer_by_mouse(false);
    app.click("Show in article");
    assert_eq!(app.screen(), "reader");
    let Screen::Reader(view) = app.state().screen() else { panic!("reader") };
    let pack = fixture();
    let range = view.highlight.clone().expect("a highlighted sentence");
    let found = pack.article.find(&q.evidence[0]).expect("evidence in the article");
    assert!(range.start <= found.start && found.end <= range.end, "the evidence sentence is highlighted");
    assert!(!view.scroll_pending, "it was scrolled to");
    assert_eq!(view.back, Back::Quiz);
    app.click("Back to the quiz");
    assert_eq!(app.screen(), "quiz");
    assert!(app.has("✗ Not right"), "the feedback is still there");
    app.key(Key::Space);
    assert!(app.has("Question 2 of 2"));
}

#[test]
fn a_whole_quiz_by_keyboard_only() {
    // A small window, and no pointer at all.
    let mut app = app_with([800.0, 600.0], Vec::new());
    app.key(Key::Enter); // "Practise" has focus in the library
    assert_eq!(app.screen(), "setup");
    app.key(Key::Enter); // "Start practice" has focus
    assert_eq!(app.screen(), "quiz");
    let total = app.state().session().map_or(0, |s| s.questions.len());
    assert_eq!(total, 10);
    let mut kinds = std::collections::BTreeSet::new();
    for n in 0..total {
        assert!(app.has(&format!("Question {} of {total}", n + 1)));
        kinds.insert(app.question().kind);
        app.answer_by_keys(n % 3 != 2);
        assert!(app.state().session().is_some_and(|s| s.showing_feedback));
        app.key(if n % 2 == 0 { Key::Enter } else { Key::Space });
    }
    assert_eq!(app.screen(), "results");
    assert_eq!(kinds.len(), 7, "the default quiz mixes every kind: {kinds:?}");
    let s = app.state().session().expect("session").summary();
    assert_eq!(s.mistakes.len(), 3);
    assert!((s.score - 7.0).abs() < 1e-9);
    assert!(app.has("7 / 10"));
    app.key(Key::R); // retry the mistakes
    assert_eq!(app.state().session().map(|s| s.questions.len()), Some(3));
    for _ in 0..3 {
        app.answer_by_keys(true);
        app.key(Key::Enter);
    }
    assert!(app.has("3 / 3"));
    app.key(Key::N); // a new quiz: the setup again, with a new seed
    assert_eq!(app.screen(), "setup");
    assert_ne!(app.state().seed(), SEED);
}

#[test]
fn a_timeline_can_be_ordered_by_keys() {
    let mut app = app();
    app.start_quiz("Practise", &[QuestionKind::Order], Some(1));
    app.answer_by_keys(true);
    assert!(app.has("✓ Right"));
}

#[test]
fn exam_gives_feedback_only_at_the_end() {
    let mut app = app();
    app.start_quiz("Exam", &[QuestionKind::Mc, QuestionKind::Tf], Some(4));
    assert_eq!(app.state().session().map(|s| s.plan.mode), Some(Mode::Exam));
    app.answer_by_mouse(true);
    assert!(!app.state().session().is_some_and(|s| s.showing_feedback), "no feedback in an exam");
    assert!(app.has("Question 2 of 4"));
    app.answer_by_mouse(false);
    app.key(Key::S); // skip
    assert!(app.has("Question 4 of 4"));
    app.click("End quiz");
    assert_eq!(app.screen(), "results");
    assert!(app.has("1 / 4"));
    assert!(app.has("3 mistakes to look at"));
    assert!(app.has_containing("Not answered"));
}

#[test]
fn the_exam_countdown_ends_the_quiz_and_repaints_once_a_second() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let startup = Startup {
        packs: vec![PackEntry::new("fixture.ron", Origin::Given, Ok(fixture()))],
        packs_dir: Some(dir.path().to_path_buf()),
        seed: SEED,
    };
    let mut harness = Harness::builder()
        .with_size([1280.0, 1400.0])
        .with_step_dt(10.0)
        .build_eframe(move |cc| App::new_with(cc, startup));
    harness.get_by_role_and_label(Role::Button, "Exam").click_accesskit();
    harness.run();
    assert_eq!(harness.state().screen().name(), "setup");
    harness.get_by_role_and_label(Role::CheckBox, "Countdown").click_accesskit();
    harness.run();
    harness.get_by_role_and_label(Role::Slider, "Minutes").set_value_accesskit(1.0);
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Start exam").click_accesskit();
    harness.run();
    assert_eq!(harness.state().screen().name(), "quiz");
    assert!(harness.query_all_by_label_contains("Time left").next().is_some());
    let delay = harness.output().viewport_output.get(&egui::ViewportId::ROOT).map(|v| v.repaint_delay);
    assert!(
        delay.is_some_and(|d| d > std::time::Duration::ZERO && d <= std::time::Duration::from_secs(1)),
        "{delay:?}"
    );
    for _ in 0..8 {
        harness.run();
    }
    assert_eq!(harness.state().screen().name(), "results", "time ran out");
    assert!(harness.query_by_label("0 / 10").is_some());
}

#[test]
fn an_idle_app_does_not_repaint() {
    let mut app = app();
    app.start_quiz("Practise", &[QuestionKind::Mc], Some(2));
    let delay = app.harness.output().viewport_output.get(&egui::ViewportId::ROOT).map(|v| v.repaint_delay);
    assert_eq!(delay, Some(std::time::Duration::MAX));
}

#[test]
fn settings_change_theme_text_size_and_defaults() {
    let mut app = app();
    app.click("Settings");
    assert_eq!(app.screen(), "settings");
    app.harness.get_by_role_and_label(Role::RadioButton, "Dark").click();
    app.harness.run();
    assert_eq!(app.state().prefs.theme, ThemeChoice::Dark);
    assert_eq!(app.harness.ctx.theme(), egui::Theme::Dark);
    app.harness.get_by_role_and_label(Role::RadioButton, "Light").click();
    app.harness.run();
    assert_eq!(app.harness.ctx.theme(), egui::Theme::Light);
    app.harness.get_by_role_and_label(Role::Slider, "Text size").set_value_accesskit(150.0);
    app.harness.run();
    assert!((app.harness.ctx.zoom_factor() - 1.5).abs() < 1e-3);
    app.click("Reset text size");
    assert!((app.harness.ctx.zoom_factor() - 1.0).abs() < 1e-3);
    app.harness.get_by_role_and_label(Role::RadioButton, "Exam mode").click();
    app.harness.run();
    app.tick("Timeline");
    assert_eq!(app.state().prefs.mode, Mode::Exam);
    assert!(!app.state().prefs.kinds.contains(&QuestionKind::Order));
    app.click("Done");
    assert_eq!(app.screen(), "library", "back where it was opened");
    // "Quiz me on this" uses the default mode and kinds.
    app.click("Read");
    app.click("Arlo Brandt");
    app.click("Quiz me on this");
    let Screen::Setup(view) = app.state().screen() else { panic!("setup") };
    assert_eq!(view.mode, Mode::Exam);
    assert!(!view.kinds.contains(&QuestionKind::Order));
    assert!(app.has("Start exam"));
}

#[test]
fn every_screen_opens_by_mouse_in_a_small_window_in_both_themes() {
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        let dir = tempfile::tempdir().expect("temporary folder");
        let startup = Startup {
            packs: vec![PackEntry::new("fixture.ron", Origin::Given, Ok(fixture()))],
            packs_dir: Some(dir.path().to_path_buf()),
            seed: SEED,
        };
        let mut harness = Harness::builder()
            .with_size([800.0, 600.0])
            .with_theme(theme)
            .build_eframe(move |cc| App::new_with(cc, startup));
        for label in ["Read", "Library", "Practise", "Start practice", "Settings", "Done"] {
            harness.get_by_role_and_label(Role::Button, label).click();
            harness.run();
        }
        assert_eq!(harness.state().screen().name(), "quiz");
        // The accessibility check (every control named) ran after each step.
    }
}
