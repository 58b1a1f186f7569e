//! A blind learner takes a quiz with a screen reader (issue 15): the AccessKit tree the app publishes is
//! what Orca reads on Linux, so these tests read it as Orca would. Which node has the keyboard focus after
//! each step (it is what a screen reader speaks), what that node is named and described, the options as
//! radio groups with their places and key numbers, the window, progress and scroll bars named, and the
//! tree in the order the eye reads the screen.
//!
//! `scripts/screenreader-quiz` takes the same quiz through the real AT-SPI tree (a developer script: CI
//! has no display).

use dossier::generate::Bank;
use dossier::question::{Body, Question, QuestionKind};
use dossier::ui::app::{App, Startup};
use dossier::ui::library::{Origin, PackEntry};
use egui::accesskit::{Action, Toggled};
use egui::{Key, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

#[allow(dead_code, reason = "the shared fixture serves every GUI test; these use only some of it")]
mod fixture;

use fixture::{Running, SEED, fixture, with_learner_list};

/// The app with the fixture pack, recording for the default learner, in a window of `size`.
fn app_sized(size: [f32; 2]) -> Running {
    let dir = tempfile::tempdir().expect("temporary folder");
    with_learner_list(dir.path());
    let packs = vec![PackEntry::new("fixture.ron", Origin::Given, Bank::new(fixture()))];
    let startup = Startup { packs, packs_dir: Some(dir.path().join("packs")), seed: SEED };
    let data = dir.path().to_path_buf();
    let harness = Harness::builder().with_size(size).build_eframe(move |cc| App::new_with_data(cc, startup, data));
    Running { harness, dir }
}

fn app() -> Running {
    app_sized([1280.0, 800.0])
}

/// What a screen reader says a node is called: a label's text is its value in AccessKit.
fn name_of(node: &egui_kittest::Node<'_>) -> String {
    let n = node.accesskit_node();
    if n.role() == Role::Label { n.value() } else { n.label() }.unwrap_or_default()
}

/// The node with the keyboard focus (the window itself when no widget has it): role, name, description.
fn focused(app: &Running) -> (Role, String, String) {
    #[allow(clippy::redundant_closure_for_method_calls, reason = "the method's lifetime is not general enough")]
    let node = app.harness.get_by(|n| n.is_focused());
    let n = node.accesskit_node();
    (n.role(), name_of(&node), n.description().unwrap_or_default())
}

/// Every node's role and name, in the order a screen reader walks the tree.
fn reading_order(app: &Running) -> Vec<(Role, String)> {
    app.harness.root().children_recursive().map(|n| (n.accesskit_node().role(), name_of(&n))).collect()
}

/// Where in [`reading_order`] the first node of `role` named `name` comes.
fn place_of(order: &[(Role, String)], role: Role, name: &str) -> usize {
    order
        .iter()
        .position(|(r, n)| *r == role && n == name)
        .unwrap_or_else(|| panic!("no {role:?} named {name:?} in {order:?}"))
}

impl Running {
    fn key(&mut self, key: Key) {
        self.harness.key_press(key);
        self.harness.run();
    }

    fn question(&self) -> Question {
        self.state().session().and_then(|s| s.question()).cloned().expect("a question is showing")
    }

    /// Opens the setup of the fixture in `mode` ("Practise" or "Exam") with only `kinds` ticked, `count`
    /// questions, and starts it.
    fn start(&mut self, mode: &str, kinds: &[QuestionKind], count: usize) {
        self.click(mode);
        assert_eq!(self.screen(), "setup");
        for kind in QuestionKind::ALL {
            if !kinds.contains(&kind) {
                self.tick(kind.name());
            }
        }
        self.harness.get_by_role_and_label(Role::Slider, "Number of questions").set_value_accesskit(count as f64);
        self.harness.run();
        self.click(if mode == "Exam" { "Start exam" } else { "Start practice" });
        assert_eq!(self.screen(), "quiz");
    }

    /// Answers a choice question with its key, rightly or not.
    fn answer_by_key(&mut self, right: bool) {
        const NUMBERS: [Key; 4] = [Key::Num1, Key::Num2, Key::Num3, Key::Num4];
        match self.question().body {
            Body::Choice { options, correct } => {
                let pick = if right { correct } else { (correct + 1) % options.len() };
                self.key(NUMBERS[pick]);
            }
            Body::TrueFalse { answer } => self.key(if answer == right { Key::T } else { Key::F }),
            other => panic!(
                "a choice question was asked for: {other:?} in {:?}",
                self.state().session().map(|s| s.plan.clone())
            ),
        }
    }
}

/// The prompt as the screen shows it (a cloze without "Fill in the blank: ").
fn shown_prompt(q: &Question) -> String {
    match q.kind {
        QuestionKind::Cloze => q.prompt.trim_start_matches("Fill in the blank: ").to_string(),
        _ => q.prompt.clone(),
    }
}

/// The right answer as the feedback says it.
fn right_answer(q: &Question) -> String {
    q.answer_lines().join("; ")
}

#[test]
fn each_new_question_takes_the_focus_and_each_verdict_is_spoken_with_the_answer_and_the_evidence() {
    let mut app = app();
    app.start("Practise", &[QuestionKind::Mc, QuestionKind::Tf], 4);
    let n = app.state().session().expect("a quiz").questions.len();
    for i in 0..n {
        let q = app.question();
        // The question appears: focus is on its text, which says where the quiz is.
        let (role, name, description) = focused(&app);
        assert_eq!(role, Role::Label, "question {}: the prompt has the focus, not {name:?}", i + 1);
        assert_eq!(name, shown_prompt(&q), "question {}: its text is read", i + 1);
        assert!(description.starts_with(&format!("Question {} of {n}", i + 1)), "{description:?}");
        // Answered (wrongly on odd questions): focus moves to the verdict, said in words with the answer
        // and the evidence.
        let right = i % 2 == 0;
        app.answer_by_key(right);
        let (role, name, description) = focused(&app);
        assert_eq!(role, Role::Label, "question {}: the verdict has the focus, not {name:?}", i + 1);
        if right {
            assert_eq!(name, "Right.");
        } else {
            assert_eq!(name, format!("Not right. The answer is {}.", right_answer(&q)));
        }
        assert!(description.contains("From the article: "), "{description:?}");
        for evidence in &q.evidence {
            assert!(
                description.contains(&format!("\u{201c}{}\u{201d}", evidence.trim())),
                "the evidence is read after the verdict: {description:?}"
            );
        }
        // Enter continues from the verdict.
        app.key(Key::Enter);
    }
    assert_eq!(app.screen(), "results");
}

#[test]
fn a_typed_question_focuses_its_field_which_reads_the_prompt_and_the_unit() {
    let mut app = app();
    app.start("Practise", &[QuestionKind::Numeric], 1);
    let q = app.question();
    let (role, name, description) = focused(&app);
    assert_eq!(role, Role::TextInput);
    assert_eq!(name, "Your answer");
    assert!(description.starts_with("Question 1 of 1, Numeric: "), "the field says where the quiz is: {description:?}");
    assert!(description.contains(&shown_prompt(&q)), "and the question: {description:?}");
    if let Body::Typed { unit: Some(unit), .. } = &q.body
        && let Some(short) = dossier::grade::units::short_unit(unit)
    {
        assert!(description.ends_with(&format!("In {short}.")), "and the unit: {description:?}");
    }
}

#[test]
fn no_verdict_or_mark_is_read_as_a_symbol() {
    const LETTERS: [Key; 5] = [Key::A, Key::B, Key::C, Key::D, Key::E];
    let mut app = app();
    app.start("Practise", &[QuestionKind::Match], 1);
    let Body::Match { pairs, .. } = app.question().body else { panic!("a matching question") };
    // Every item paired with the partner of the next: all wrong.
    for i in 0..pairs.len() {
        app.key(LETTERS[pairs[(i + 1) % pairs.len()]]);
    }
    app.key(Key::Enter);
    let (_, name, _) = focused(&app);
    assert!(name.starts_with("Not right. The answer is "), "{name:?}");
    let symbols: Vec<String> = reading_order(&app)
        .into_iter()
        .map(|(_, n)| n)
        .filter(|n| n.contains('✓') || n.contains('✗') || n.contains('→'))
        .collect();
    assert!(symbols.is_empty(), "names read as symbols: {symbols:?}");
    assert_eq!(app.harness.query_all_by_label("wrong").count(), pairs.len(), "each row says wrong in words");
}

#[test]
fn options_are_a_radio_group_numbered_as_their_keys_with_their_place() {
    let mut app = app();
    app.start("Practise", &[QuestionKind::Mc], 1);
    let Body::Choice { options, .. } = app.question().body else { panic!("a multiple-choice question") };
    let group = app.harness.get_by_role_and_label(Role::RadioGroup, "Answers");
    assert_eq!(group.accesskit_node().size_of_set(), Some(options.len()));
    for (i, option) in options.iter().enumerate() {
        let name = format!("{}. {option}", i + 1);
        let node = group.get_by_role_and_label(Role::RadioButton, &name);
        let n = node.accesskit_node();
        assert_eq!(n.position_in_set(), Some(i), "{name} is {} of {}", i + 1, options.len());
        assert_eq!(n.toggled(), Some(Toggled::False), "{name} is not checked yet");
    }
}

#[test]
fn matching_items_are_numbered_as_the_prompt_says_and_keep_their_role_when_picked() {
    let mut app = app();
    app.start("Practise", &[QuestionKind::Match], 1);
    let Body::Match { left, right, .. } = app.question().body else { panic!("a matching question") };
    let items = app.harness.get_by_role_and_label(Role::RadioGroup, "Items");
    assert_eq!(items.accesskit_node().size_of_set(), Some(left.len()));
    // The first item is picked: checked, a radio button as the others are.
    for (i, item) in left.iter().enumerate() {
        let name = format!("{}. {item}", i + 1);
        let node = items.get_by_role_and_label(Role::RadioButton, &name);
        let checked = if i == 0 { Toggled::True } else { Toggled::False };
        assert_eq!(node.accesskit_node().toggled(), Some(checked), "{item}");
        assert_eq!(node.accesskit_node().position_in_set(), Some(i));
    }
    assert!(app.has("Now choose the partner of 1 on the right."));
    let partners = app.harness.get_by_role_and_label(Role::RadioGroup, "Partners");
    let letters = ["A", "B", "C", "D", "E"];
    for (r, item) in right.iter().enumerate() {
        partners.get_by_role_and_label(Role::RadioButton, &format!("{}. {item}", letters[r]));
    }
    // A pair made is said on both sides.
    app.key(Key::A);
    let first_name = format!("1. {}", left[0]);
    let first = app.harness.get_by_role_and_label(Role::RadioButton, &first_name);
    assert_eq!(first.accesskit_node().description().as_deref(), Some("paired with A"));
    let a_name = format!("A. {}", right[0]);
    let a = app.harness.get_by_role_and_label(Role::RadioButton, &a_name);
    assert_eq!(a.accesskit_node().description().as_deref(), Some("partner of 1"));
}

#[test]
fn the_window_the_progress_bar_and_the_scroll_bars_are_named_and_text_offers_no_click() {
    let mut app = app();
    let root = app.harness.root();
    assert_eq!(root.accesskit_node().role(), Role::Window);
    assert_eq!(root.accesskit_node().label().as_deref(), Some("Dossier"), "the window is named");
    assert!(root.accesskit_node().raw_bounds().is_some_and(|b| b.width() > 0.0), "and has extents");
    app.start("Practise", &[QuestionKind::Mc, QuestionKind::Tf], 3);
    let n = app.state().session().expect("a quiz").questions.len();
    let bar = app.harness.get_by_role(Role::ProgressIndicator);
    let b = bar.accesskit_node();
    assert_eq!(b.label().as_deref(), Some(format!("Question 1 of {n}").as_str()));
    assert_eq!(
        (b.min_numeric_value(), b.max_numeric_value(), b.numeric_value()),
        (Some(0.0), Some(n as f64), Some(0.0))
    );
    app.answer_by_key(true);
    let b = app.harness.get_by_role(Role::ProgressIndicator);
    assert_eq!(b.accesskit_node().numeric_value(), Some(1.0), "one of {n} done");
    // Plain text is read, not clicked.
    let clickable: Vec<String> = app
        .harness
        .query_all_by_role(Role::Label)
        .filter(|l| l.accesskit_node().data().supports_action(Action::Click))
        .map(|l| name_of(&l))
        .collect();
    assert!(clickable.is_empty(), "labels offering a click: {clickable:?}");
    // The setup screen scrolls in a small window: its bar is named.
    let mut app = app_sized([800.0, 600.0]);
    app.click("Practise");
    let bars: Vec<Option<String>> =
        app.harness.query_all_by_role(Role::ScrollBar).map(|b| b.accesskit_node().label()).collect();
    assert!(!bars.is_empty(), "the setup scrolls at 800×600");
    assert!(bars.iter().all(|b| b.as_deref().is_some_and(|l| l.starts_with("Scroll "))), "{bars:?}");
}

#[test]
fn the_header_reads_left_to_right_and_says_which_page_is_shown() {
    let app = app();
    let order = reading_order(&app);
    // "Dossier", the page's title, the learner menu, Progress, Library, Settings: as they stand on screen.
    let places = [
        place_of(&order, Role::Label, "Dossier"),
        place_of(&order, Role::Label, "Library"),
        place_of(&order, Role::Button, "Learner: Learner"),
        place_of(&order, Role::Button, "Progress"),
        place_of(&order, Role::Button, "Library"),
        place_of(&order, Role::Button, "Settings"),
    ];
    assert!(places.is_sorted(), "the header is read in the order {places:?}: {order:?}");
    let button = app.harness.get_by_role_and_label(Role::Button, "Library");
    assert!(!button.accesskit_node().is_disabled(), "the current page's button is not disabled");
    assert_eq!(button.accesskit_node().is_selected(), Some(true), "it is selected");
    let other = app.harness.get_by_role_and_label(Role::Button, "Progress");
    assert_ne!(other.accesskit_node().is_selected(), Some(true));
}

#[test]
fn the_setup_form_is_read_before_its_start_button_and_the_number_box_says_what_follows_it() {
    let mut app = app();
    app.click("Practise");
    let order = reading_order(&app);
    let start = place_of(&order, Role::Button, "Start practice");
    assert!(place_of(&order, Role::Slider, "Number of questions") < start, "{order:?}");
    assert!(place_of(&order, Role::Button, "New seed") < start, "{order:?}");
    let boxes: Vec<_> = app
        .harness
        .query_all_by_label("Number of questions")
        .filter(|n| n.accesskit_node().role() != Role::Slider)
        .map(|n| n.accesskit_node().description().unwrap_or_default())
        .collect();
    assert_eq!(boxes.len(), 1, "the number box is named as the slider is");
    assert!(boxes[0].starts_with("of ") && boxes[0].contains("available"), "its description: {:?}", boxes[0]);
}

#[test]
fn in_an_exam_the_next_question_takes_the_focus() {
    let mut app = app();
    app.start("Exam", &[QuestionKind::Mc, QuestionKind::Tf], 3);
    for i in 0..3 {
        let q = app.question();
        let (role, name, description) = focused(&app);
        assert_eq!((role, name), (Role::Label, shown_prompt(&q)), "question {} has the focus", i + 1);
        assert!(description.starts_with(&format!("Question {} of 3", i + 1)), "{description:?}");
        // The navigator's button of this question is selected (a page), not a pressed toggle.
        let here = format!("Question {}, not answered", i + 1);
        let button = app.harness.get_by_role_and_label(Role::Button, &here);
        assert_eq!(button.accesskit_node().is_selected(), Some(true), "{here} is selected");
        assert_eq!(button.accesskit_node().toggled(), None, "{here} is no toggle");
        assert_eq!(button.accesskit_node().description(), None, "{here} is not said twice");
        // Answering a choice in an exam goes on to the next question.
        app.answer_by_key(true);
    }
    let (role, name, _) = focused(&app);
    assert_eq!((role, name.as_str()), (Role::Button, "Finish exam"), "all answered: Finish exam has the focus");
}

#[test]
fn the_reader_opened_from_feedback_focuses_the_evidence_and_back_returns_to_the_verdict() {
    let mut app = app();
    app.start("Practise", &[QuestionKind::Mc], 1);
    let q = app.question();
    app.answer_by_key(false);
    app.click("Show in article");
    assert_eq!(app.screen(), "reader");
    let (role, name, description) = focused(&app);
    assert_eq!(role, Role::Label, "a paragraph has the focus, not {name:?}");
    let evidence = q.evidence[0].trim();
    assert!(name.contains(evidence), "the paragraph holds the evidence: {name:?}");
    assert!(description.starts_with("Highlighted: \u{201c}") && description.contains(evidence), "{description:?}");
    app.click("Back to the quiz");
    let (_, name, _) = focused(&app);
    assert_eq!(name, format!("Not right. The answer is {}.", right_answer(&q)), "back on the verdict");
}

#[test]
fn a_cloze_says_its_blank_as_a_word() {
    let mut app = app();
    app.start("Practise", &[QuestionKind::Cloze], 1);
    let (role, _, description) = focused(&app);
    assert_eq!(role, Role::TextInput);
    assert!(description.starts_with("Question 1 of 1, Fill in the blank: "), "{description:?}");
    assert!(description.contains(" blank") && !description.contains('_'), "no row of underscores: {description:?}");
}

#[test]
fn the_results_say_the_score_where_the_focus_lands() {
    let mut app = app();
    app.start("Practise", &[QuestionKind::Mc, QuestionKind::Tf], 2);
    for i in 0..2 {
        app.answer_by_key(i == 0);
        app.key(Key::Enter);
    }
    assert_eq!(app.screen(), "results");
    let (role, name, description) = focused(&app);
    assert_eq!((role, name.as_str()), (Role::Button, "Retry mistakes"));
    assert!(description.starts_with("Your score: 1 of 2, 50 %. Time "), "{description:?}");
}

#[test]
fn the_header_title_is_read_whole_where_the_screen_cuts_it() {
    let mut app = app();
    app.start("Practise", &[QuestionKind::Mc], 1);
    // So narrow that the buttons leave the title a few letters.
    app.harness.set_size(egui::vec2(560.0, 800.0));
    app.harness.run();
    let order = reading_order(&app);
    let dossier = place_of(&order, Role::Label, "Dossier");
    let (role, title) = &order[dossier + 1];
    assert_eq!((*role, title.as_str()), (Role::Label, "Practice quiz"), "the title comes whole: {order:?}");
    // Nor does any of its text come cut, as a screen reader reading it by words or lines would get it.
    let cut: Vec<String> = app
        .harness
        .root()
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == Role::TextRun)
        .filter_map(|n| n.accesskit_node().value())
        .filter(|text| text.contains('…'))
        .collect();
    assert!(cut.is_empty(), "text read cut short: {cut:?}");
}

/// The bounds of `node` on screen, in points (the harness draws at one pixel a point).
fn bounds_of(node: &egui_kittest::Node<'_>) -> egui::Rect {
    let b = node.accesskit_node().raw_bounds().expect("a node on screen has bounds");
    egui::Rect::from_min_max(egui::pos2(b.x0 as f32, b.y0 as f32), egui::pos2(b.x1 as f32, b.y1 as f32))
}

/// Whether the last frame drew a ring around `bounds`: an unfilled, stroked rectangle that holds it and
/// hugs it (within 12 points on each side), as a focus ring does; a card or banner is filled and wider.
fn ring_around(app: &Running, bounds: egui::Rect) -> bool {
    fn ring_in(shape: &egui::Shape, bounds: egui::Rect) -> bool {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().any(|s| ring_in(s, bounds)),
            egui::Shape::Rect(r) => {
                r.stroke.width > 0.0
                    && r.stroke.color.a() > 0
                    && r.fill.a() == 0
                    && r.rect.contains_rect(bounds)
                    && r.rect.width() - bounds.width() <= 24.0
                    && r.rect.height() - bounds.height() <= 24.0
            }
            _ => false,
        }
    }
    app.harness.output().shapes.iter().any(|c| ring_in(&c.shape, bounds))
}

/// The focused node's bounds.
fn focused_bounds(app: &Running) -> egui::Rect {
    #[allow(clippy::redundant_closure_for_method_calls, reason = "the method's lifetime is not general enough")]
    let node = app.harness.get_by(|n| n.is_focused());
    bounds_of(&node)
}

#[test]
fn a_focused_prompt_or_verdict_shows_where_the_focus_is_in_both_themes() {
    for theme in ["Light", "Dark"] {
        let mut app = app();
        app.start("Practise", &[QuestionKind::Mc], 2);
        app.click("Settings");
        app.harness.get_by_role_and_label(Role::RadioButton, theme).click();
        app.harness.run();
        app.click("Done");
        // The new question has the focus: a sighted keyboard user sees it marked.
        let (role, _, _) = focused(&app);
        assert_eq!(role, Role::Label, "{theme}: the prompt has the focus");
        assert!(ring_around(&app, focused_bounds(&app)), "{theme}: the focused prompt shows a focus ring");
        // Answered: the verdict has the focus (Enter goes on from it) and shows it.
        app.answer_by_key(false);
        let (_, name, _) = focused(&app);
        assert!(name.starts_with("Not right."), "{theme}: the verdict has the focus, not {name:?}");
        assert!(ring_around(&app, focused_bounds(&app)), "{theme}: the focused verdict shows a focus ring");
        // Tab moves on to Continue: no ring is left on the verdict.
        app.key(Key::Tab);
        let verdict = app.harness.get_by(|n| n.value().is_some_and(|v| v.starts_with("Not right.")));
        assert!(!ring_around(&app, bounds_of(&verdict)), "{theme}: the verdict keeps no ring once left");
    }
}

/// Selects the text of `node` by dragging the pointer over it, copies it (Ctrl+C) and returns what was
/// copied, if anything.
fn drag_and_copy(app: &mut Running, bounds: egui::Rect) -> Option<String> {
    let y = bounds.center().y;
    app.harness.drag_at(egui::pos2(bounds.left() + 1.0, y));
    app.harness.run();
    app.harness.hover_at(egui::pos2(bounds.right() - 1.0, y));
    app.harness.run();
    app.harness.drop_at(egui::pos2(bounds.right() - 1.0, y));
    app.harness.run();
    app.harness.event(egui::Event::Copy);
    app.harness.step();
    app.harness.output().platform_output.commands.iter().find_map(|c| match c {
        egui::OutputCommand::CopyText(text) => Some(text.clone()),
        _ => None,
    })
}

#[test]
fn the_class_code_and_the_evidence_can_be_selected_and_copied_yet_offer_no_click() {
    let mut app = app();
    app.click("Practise");
    let order = reading_order(&app);
    let code = order[place_of(&order, Role::Label, "Class code") + 1].1.clone();
    assert!(!code.is_empty() && !code.contains(' '), "the code follows its heading: {code:?}");
    let node = app.harness.get_by(|n| n.role() == Role::Label && n.value().as_deref() == Some(code.as_str()));
    assert!(!node.accesskit_node().data().supports_action(Action::Click), "the code offers a screen reader no click");
    let bounds = bounds_of(&node);
    assert_eq!(drag_and_copy(&mut app, bounds).as_deref(), Some(code.as_str()), "the code is copied");

    app.click("Library");
    app.start("Practise", &[QuestionKind::Mc], 1);
    let q = app.question();
    app.answer_by_key(false);
    let quoted = format!("\u{201c}{}\u{201d}", q.evidence[0].trim());
    let node = app.harness.get_by(|n| n.role() == Role::Label && n.value().as_deref() == Some(quoted.as_str()));
    assert!(!node.accesskit_node().data().supports_action(Action::Click), "the quote offers no click");
    let bounds = bounds_of(&node);
    let copied = drag_and_copy(&mut app, bounds).expect("the evidence is copied");
    assert!(quoted.starts_with(copied.as_str()) && copied.len() > quoted.len() / 2, "{copied:?} of {quoted:?}");
}

#[test]
fn previous_and_next_are_named_in_words_and_no_control_is_named_by_an_arrow() {
    let mut app = app();
    app.start("Exam", &[QuestionKind::Mc, QuestionKind::Tf], 3);
    let previous = app.harness.get_by_role_and_label(Role::Button, "Previous question");
    assert!(previous.accesskit_node().is_disabled(), "no question before the first");
    app.harness.get_by_role_and_label(Role::Button, "Next question").click();
    app.harness.run();
    assert_eq!(app.state().session().expect("an exam").current, 1, "Next question goes on");
    let arrows: Vec<String> = reading_order(&app)
        .into_iter()
        .filter(|(r, n)| *r != Role::Label && n.contains(['←', '→', '↑', '↓']))
        .map(|(_, n)| n)
        .collect();
    assert!(arrows.is_empty(), "controls named with an arrow: {arrows:?}");
    // The screen still shows the arrows, and tests may still say what the learner sees.
    app.click("← Previous");
    assert_eq!(app.state().session().expect("an exam").current, 0);
}

#[test]
fn back_from_settings_the_quiz_focuses_its_question_or_verdict() {
    let mut app = app();
    app.start("Practise", &[QuestionKind::Mc], 2);
    let q = app.question();
    app.click("Settings");
    assert_eq!(app.screen(), "settings");
    app.click("Done");
    assert_eq!(app.screen(), "quiz");
    let (role, name, _) = focused(&app);
    assert_eq!((role, name), (Role::Label, shown_prompt(&q)), "the question has the focus again");
    app.answer_by_key(true);
    app.click("Settings");
    app.click("Done");
    let (_, name, _) = focused(&app);
    assert_eq!(name, "Right.", "the verdict has the focus again");
}

#[test]
fn each_pack_button_says_which_pack_it_opens() {
    let app = app();
    let title = fixture().sheet.title.clone();
    for label in ["Read", "Practise", "Exam"] {
        let button = app.harness.get_by_role_and_label(Role::Button, label);
        assert_eq!(button.accesskit_node().description().as_deref(), Some(title.as_str()), "{label}");
    }
}

#[test]
fn a_confirmation_is_a_dialog_named_by_its_question() {
    let mut app = app();
    app.start("Practise", &[QuestionKind::Mc], 3);
    app.click("End quiz");
    let dialog = app.harness.get_by_role(Role::Dialog);
    let name = dialog.accesskit_node().label().unwrap_or_default();
    assert!(name.ends_with("End the quiz?") && name.contains("answered"), "{name:?}");
    assert!(dialog.accesskit_node().description().is_some_and(|d| !d.is_empty()), "and says what it means");
}

#[test]
fn a_unit_or_value_beside_a_control_is_read_once_as_its_description() {
    let mut app = app();
    app.click("Practise");
    // "of N available…" after the number box: its description only, not a text of its own.
    let units: Vec<String> = reading_order(&app)
        .into_iter()
        .filter(|(r, n)| *r == Role::Label && n.starts_with("of ") && n.contains("available"))
        .map(|(_, n)| n)
        .collect();
    assert!(units.is_empty(), "the box's unit read again as a text: {units:?}");
    // Settings: the text size is the slider's value, "percent" its description; "100 %" is not read again.
    app.click("Settings");
    let slider = app.harness.get_by_role_and_label(Role::Slider, "Text size");
    assert_eq!(slider.accesskit_node().description().as_deref(), Some("percent"));
    assert!(app.harness.query_by_label("100 %").is_none(), "the value is read once");
    // A typed answer's unit is in the field's description, not after it.
    app.click("Done");
    app.click("Library");
    app.start("Practise", &[QuestionKind::Numeric], 1);
    if let Body::Typed { unit: Some(unit), .. } = &app.question().body
        && let Some(short) = dossier::grade::units::short_unit(unit)
    {
        assert!(app.harness.query_by_label(short).is_none(), "the unit {short:?} is read only with the field");
    }
}

#[test]
fn the_article_path_field_says_what_to_do_in_it() {
    let mut app = app();
    app.click("Add article…");
    let (role, name, description) = focused(&app);
    assert_eq!((role, name.as_str()), (Role::TextInput, "Article file (.txt, .md or a saved .html page)"));
    assert_eq!(description, "Choose it, or type its path and press Enter.");
}

#[test]
fn a_page_opened_by_a_click_focuses_its_heading_not_nothing() {
    let mut app = app();
    for (button, heading) in [("Settings", "Settings"), ("Progress", "Progress")] {
        // A click (by pointer or a screen reader's action) leaves the keyboard focus on nothing.
        app.harness.get_by_role_and_label(Role::Button, button).click();
        app.harness.run();
        let (role, name, _) = focused(&app);
        assert_eq!((role, name.as_str()), (Role::Label, heading), "{button}: the page's heading has the focus");
        if button == "Settings" {
            app.click("Done");
        }
    }
}
