//! The Reader with the bundled article, driven through its accessibility tree (`egui_kittest`, no display):
//! the title is shown once, the photo caption reads as a caption (not the article's text) and the names in
//! it get no card, and a reading opened afresh starts at the top while "Show in article" still scrolls to
//! the evidence.

use dossier::question::QuestionKind;
use dossier::ui::app::{App, Screen, Startup};
use dossier::ui::library::PackEntry;
use egui::{Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

#[allow(dead_code, reason = "the shared fixture serves every GUI test; these use only its running app")]
mod fixture;

use fixture::{Running, SEED};

const TITLE: &str = "A Balancing Act: South Korean President Lee Visits Both China and Japan";
const FIRST: &str = "January was a busy month for South Korean President Lee";
const CAPTION: &str = "Chang Wa Deo, the Presidential residence in Seoul. (Credit: Bundo Kim, Unsplash)";

/// A running app with the bundled pack only, in a window of `size`.
fn bundled_app(size: [f32; 2]) -> Running {
    let dir = tempfile::tempdir().expect("temporary folder");
    let startup = Startup { packs: vec![PackEntry::bundled()], packs_dir: Some(dir.path().join("packs")), seed: SEED };
    let harness = Harness::builder().with_size(size).build_eframe(move |cc| App::new_with(cc, startup));
    Running { harness, dir }
}

impl Running {
    /// Where the article's first body paragraph is drawn: its top edge, in window points.
    fn article_top(&self) -> f32 {
        self.harness.get_by_label_contains(FIRST).rect().top()
    }

    /// Turns the mouse wheel over the article, `lines` lines down.
    fn scroll_article(&mut self, lines: f32) {
        let at = self.harness.get_by_label_contains(FIRST).rect().left_top() + egui::vec2(40.0, 10.0);
        self.harness.hover_at(at);
        for _ in 0..10 {
            self.harness.event(egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Line,
                delta: egui::vec2(0.0, -lines / 10.0),
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Unknown,
                modifiers: Modifiers::NONE,
            });
            self.harness.run();
        }
        // Let any smooth scrolling settle.
        for _ in 0..30 {
            let t = self.harness.ctx.input(|i| i.time) + 0.1;
            self.harness.input_mut().time = Some(t);
            self.harness.run();
        }
    }

    /// Opens the bundled article from the library.
    fn read(&mut self) {
        self.click("Library");
        self.click("Read");
        assert_eq!(self.screen(), "reader");
    }
}

#[test]
fn the_title_is_shown_once_as_a_heading() {
    let mut app = bundled_app([1280.0, 800.0]);
    app.click("Read");
    assert_eq!(app.screen(), "reader");
    // The top bar names the screen after the fact sheet's title; the article is below the reader's buttons.
    let below = app.harness.get_by_role_and_label(Role::Button, "Practise this article").rect().bottom();
    let in_article: Vec<Role> = app
        .harness
        .query_all_by_label(TITLE)
        .filter(|n| n.rect().top() > below)
        .map(|n| n.accesskit_node().role())
        .collect();
    assert_eq!(in_article, [Role::Heading], "the article's title once, as its heading, not again as a paragraph");
    assert!(app.has_containing("January was a busy month"), "the body follows");
}

#[test]
fn the_photo_caption_is_a_caption_and_its_names_get_no_card() {
    let mut app = bundled_app([1280.0, 800.0]);
    app.click("Read");
    assert_eq!(app.screen(), "reader");
    let caption = app.harness.get_by_label(CAPTION);
    assert_eq!(caption.accesskit_node().role(), Role::FigureCaption, "the caption is not a body paragraph");
    let byline = app.harness.get_by_label_contains("Anon Yu Henriksen, International News Staff Writer");
    assert_eq!(byline.accesskit_node().role(), Role::Label);
    // Names only in the caption or the byline are not marked, nor listed in the index with a card.
    for name in ["Unsplash", "Bundo Kim", "Anon Yu Henriksen"] {
        assert!(app.harness.query_all_by_role_and_label(Role::Button, name).next().is_none(), "{name} has no card");
        assert!(
            app.harness.query_all_by_role_and_label(Role::Link, name).next().is_none(),
            "{name} is not marked in the text"
        );
    }
    // A name the article's own text uses is still marked and listed.
    assert!(app.harness.query_all_by_role_and_label(Role::Button, "Seoul").next().is_some());
    assert!(app.harness.query_all_by_role(Role::Link).any(|n| n.accesskit_node().label().as_deref() == Some("Seoul")));
}

#[test]
fn the_reader_opened_again_starts_at_the_top() {
    let mut app = bundled_app([800.0, 600.0]);
    app.click("Read");
    assert_eq!(app.screen(), "reader");
    let top = app.article_top();
    app.scroll_article(400.0);
    assert!(app.article_top() < top - 1000.0, "scrolled far down: the article's start went up out of view");
    app.read();
    assert!((app.article_top() - top).abs() < 1.0, "a new reading starts at the top, where it did the first time");
}

#[test]
fn show_in_article_still_scrolls_to_the_evidence_after_a_scrolled_reading() {
    let mut app = bundled_app([1280.0, 800.0]);
    app.click("Read");
    app.scroll_article(400.0);
    // A true-or-false question, answered, and its evidence shown.
    app.click("Library");
    app.click("Practise");
    for kind in QuestionKind::ALL.into_iter().filter(|k| *k != QuestionKind::Tf) {
        app.tick(kind.name());
    }
    app.click("Start practice");
    assert_eq!(app.screen(), "quiz");
    app.click("True");
    app.click("Show in article");
    assert_eq!(app.screen(), "reader");
    let Screen::Reader(view) = app.state().screen() else { panic!("reader") };
    let range = view.highlight.clone().expect("a highlighted sentence");
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/quizzes/lee-china-japan.txt"))
        .expect("the bundled article");
    let sentence: String = text[range].chars().take(40).collect();
    // The article's own line (the last match: a title sentence is also the reader's heading).
    let node = app.harness.get_all_by_label_contains(&sentence).last().expect("the sentence is shown");
    let shown = node.rect();
    assert!(shown.bottom() > 0.0 && shown.top() < 800.0, "the evidence's paragraph is in view: {shown:?}");
}

#[test]
fn the_library_lists_four_articles_and_the_reader_credits_a_borrowed_one() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let startup = Startup { packs: PackEntry::library(), packs_dir: Some(dir.path().join("packs")), seed: SEED };
    let harness = Harness::builder().with_size([1280.0, 800.0]).build_eframe(move |cc| App::new_with(cc, startup));
    let mut app = Running { harness, dir };
    for title in [
        TITLE,
        "North Korea puts military in 'quasi-state of war'",
        "Over 900 asylum seekers rescued off Indonesian coast",
    ] {
        assert!(app.has(title), "{title} is listed");
    }
    assert!(app.has_containing("New faces emerge as veteran politicians step down"), "the fourth is listed");
    // The second card's "Read" opens the North Korea article, with its Wikinews credit under it.
    let reads: Vec<_> = app.harness.query_all_by_role_and_label(Role::Button, "Read").collect();
    assert_eq!(reads.len(), 4, "one Read button per article");
    reads[1].click();
    app.harness.run();
    assert_eq!(app.screen(), "reader");
    assert!(app.has_containing("Wikinews, CC BY 2.5: https://en.wikinews.org/wiki/North_Korea"), "the credit line");
    assert!(!app.has_containing(CAPTION), "not the default article");
}
