//! A first start in the desktop app, driven through its accessibility tree as a new user would: the
//! welcome says what Dossier does and asks for a name (typed straight away, Enter confirms) or to just
//! practise; nothing is written until they choose, and a second start goes straight to the library.
//! Also: a refused change to the learners (a name taken) is shown as an error, not as good news.

use std::path::Path;

use dossier::generate::Bank;
use dossier::study::Profiles;
use dossier::study::profiles::list_path;
use dossier::ui::app::{App, Startup};
use dossier::ui::learner::{Learner, Notice};
use dossier::ui::library::{Origin, PackEntry};
use egui::{Key, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

#[allow(dead_code)]
mod fixture;

use fixture::{Running, SEED, fixture, with_learner_list};

/// The app on the data folder `data` as it is, the learner opened at once (`background`: on a thread, as
/// the real app opens them), in a window of `size`.
fn start_in(data: tempfile::TempDir, size: [f32; 2], background: bool) -> Running {
    let packs = vec![PackEntry::new("fixture.ron", Origin::Given, Bank::new(fixture()))];
    let startup = Startup { packs, packs_dir: Some(data.path().join("packs")), seed: SEED };
    let dir = data.path().to_path_buf();
    let harness = Harness::builder().with_size(size).build_eframe(move |cc| {
        if background { App::new_opening_data(cc, startup, dir) } else { App::new_with_data(cc, startup, dir) }
    });
    Running { harness, dir: data }
}

/// A first start: an empty data folder.
fn first_start() -> Running {
    start_in(tempfile::tempdir().expect("temporary folder"), [1280.0, 1400.0], false)
}

/// The app closed and started again on the same data folder.
fn restart(app: Running) -> Running {
    let Running { harness, dir } = app;
    drop(harness);
    start_in(dir, [1280.0, 1400.0], false)
}

fn learners_in(data: &Path) -> Vec<String> {
    Profiles::load(data).expect("the list of learners").profiles.into_iter().map(|p| p.name).collect()
}

impl Running {
    /// Types `text` wherever the keyboard is.
    fn type_text(&mut self, text: &str) {
        self.harness.event(egui::Event::Text(text.into()));
        self.harness.run();
    }

    fn key(&mut self, key: Key) {
        self.harness.key_press(key);
        self.harness.run();
    }

    fn start_disabled(&self) -> bool {
        self.harness.get_by_role_and_label(Role::Button, "Start").accesskit_node().is_disabled()
    }

    fn greeted(&self) -> bool {
        self.screen() == "welcome" && self.has("Welcome to Dossier")
    }

    fn list_written(&self) -> bool {
        list_path(self.dir.path()).exists()
    }
}

#[test]
fn a_first_start_greets_and_the_name_typed_with_enter_becomes_the_learner() {
    let mut app = first_start();
    assert!(app.greeted());
    assert!(app.has_containing("asks you questions made from its facts"), "what Dossier does");
    assert!(app.has("Just practise"));
    assert!(!app.has_containing("Learner: "), "no learner is made up before the user chose");
    assert!(app.harness.query_by_role_and_label(Role::Button, "Library").is_none(), "the choice comes first");
    assert!(!app.list_written(), "nothing is written before the user chooses");
    assert!(app.harness.get_by_label("Your name").is_focused(), "the name field has the keyboard");

    // Typed straight away, confirmed with Enter.
    app.type_text("Mia");
    app.key(Key::Enter);
    assert_eq!(app.screen(), "library");
    assert!(!app.has("Welcome to Dossier"));
    assert_eq!(learners_in(app.dir.path()), vec!["Mia".to_string()]);
    assert!(app.has("Learner: Mia"));
    assert!(app.has_containing("Welcome, Mia. Start below: read an article, then practise"), "where to start");
    assert!(app.has("Mia: not practised yet"));
    app.click("Dismiss");
    assert!(!app.has_containing("Welcome, Mia."));

    // The second start has a list of learners: no greeting.
    let app = restart(app);
    assert_eq!(app.screen(), "library");
    assert!(!app.has("Welcome to Dossier"));
    assert!(app.has("Learner: Mia"));
    assert!(!app.has_containing("Welcome, Mia."), "the hint was for the first start");
}

#[test]
fn just_practise_studies_as_a_guest_whose_name_does_not_read_as_a_label() {
    let mut app = first_start();
    app.click("Just practise");
    assert_eq!(app.screen(), "library");
    assert_eq!(learners_in(app.dir.path()), vec!["Guest".to_string()]);
    assert!(app.has("Learner: Guest"));
    assert!(app.has("Guest: not practised yet"));
    assert!(!app.has_containing("Learner: Learner") && !app.has_containing("Learner: not practised yet"));
    assert!(app.has_containing("Start below"));
    assert!(!restart(app).has("Welcome to Dossier"));
}

#[test]
fn the_welcome_shows_at_once_when_the_learner_opens_in_the_background_too() {
    // As the real app starts: nobody to read on a first start, so no waiting line either.
    let mut app = start_in(tempfile::tempdir().expect("temporary folder"), [1280.0, 1400.0], true);
    assert!(!app.state().is_opening_learner());
    assert!(app.greeted());
    app.type_text("Ana");
    app.key(Key::Enter);
    assert_eq!(learners_in(app.dir.path()), vec!["Ana".to_string()]);
    assert!(app.has("Learner: Ana"));
}

#[test]
fn clumsy_keys_on_the_welcome_write_nothing_and_lose_nothing() {
    let mut app = start_in(tempfile::tempdir().expect("temporary folder"), [800.0, 600.0], false);
    // Enter with no name: a sentence, nothing written.
    assert!(app.start_disabled());
    app.key(Key::Enter);
    assert!(app.greeted());
    assert!(app.has("Type your name first, or choose \u{201c}Just practise\u{201d}."));
    assert!(!app.list_written());
    // Spaces only are no name either.
    app.type_text("   ");
    assert!(app.start_disabled());
    app.key(Key::Enter);
    assert!(app.greeted());
    assert!(!app.list_written());
    // Escape leaves the welcome as it is, and typing still goes into the name.
    app.key(Key::Escape);
    assert!(app.greeted());
    assert!(!app.list_written());
    // A name too long for the list: why, before anything is written.
    app.type_text(&"x".repeat(41));
    assert!(app.start_disabled());
    assert!(app.has_containing("at most 40 characters"));
    app.key(Key::Enter);
    assert!(app.greeted());
    assert!(!app.list_written());
    // Clear the field (select all, delete) and type a name; Enter twice adds one learner, once.
    app.harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    app.key(Key::Backspace);
    app.type_text("  Lee ");
    assert!(!app.start_disabled());
    app.harness.key_press(Key::Enter);
    app.harness.key_press(Key::Enter);
    app.harness.run();
    assert_ne!(app.screen(), "welcome");
    assert_eq!(learners_in(app.dir.path()), vec!["Lee".to_string()]);
    assert!(app.state().learner().notice.as_ref().is_none_or(|n| !n.is_refusal()));
    assert!(app.has("Learner: Lee"));
}

#[test]
fn a_list_that_cannot_be_read_is_no_first_start_and_is_kept() {
    let data = tempfile::tempdir().expect("temporary folder");
    let unreadable = "(version: 99, profiles: [])\n";
    std::fs::write(list_path(data.path()), unreadable).expect("write");
    let app = start_in(data, [1280.0, 1400.0], false);
    assert_eq!(app.screen(), "library");
    assert!(!app.has("Welcome to Dossier"));
    assert!(app.has_containing("cannot be read"));
    assert_eq!(std::fs::read_to_string(list_path(app.dir.path())).expect("read"), unreadable);
}

#[test]
fn without_a_data_folder_nobody_is_greeted_with_a_promise_to_keep_answers() {
    let learner = Learner::open(None);
    assert!(!learner.greeting());
    // And a folder with a list is no first start.
    let data = tempfile::tempdir().expect("temporary folder");
    with_learner_list(data.path());
    assert!(!Learner::open(Some(data.path().to_path_buf())).greeting());
    assert!(Learner::is_first_start(tempfile::tempdir().expect("temporary folder").path()));
}

#[test]
fn a_name_taken_is_an_error_and_good_news_is_good_news() {
    let mut app = first_start();
    app.type_text("Mia");
    app.key(Key::Enter);
    app.click("Learner: Mia");
    app.click("Manage learners…");
    assert_eq!(app.screen(), "profiles");
    let field = app.harness.get_by_label("Name");
    field.focus();
    app.harness.run();
    app.type_text("mia");
    app.key(Key::Enter);
    let sentence = "A learner named \u{201c}mia\u{201d} already exists; choose another name.";
    assert!(app.has(sentence));
    assert_eq!(app.state().learner().notice, Some(Notice::Refused(sentence.to_string())));
    assert_eq!(learners_in(app.dir.path()), vec!["Mia".to_string()]);
    // The field keeps the keyboard: the name is corrected at once, and a name that is fine is good news.
    assert!(app.harness.get_by_label("Name").is_focused());
    app.harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    app.key(Key::Backspace);
    app.type_text("Ana");
    app.key(Key::Enter);
    let good = "Ana was added; now studying as Ana.";
    assert!(app.has(good));
    assert_eq!(app.state().learner().notice, Some(Notice::Done(good.to_string())));
}

#[test]
fn the_welcome_fits_a_small_window_in_both_themes() {
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        let data = tempfile::tempdir().expect("temporary folder");
        let packs = vec![PackEntry::new("fixture.ron", Origin::Given, Bank::new(fixture()))];
        let startup = Startup { packs, packs_dir: Some(data.path().join("packs")), seed: SEED };
        let dir = data.path().to_path_buf();
        let harness = Harness::builder()
            .with_size([800.0, 600.0])
            .with_theme(theme)
            .build_eframe(move |cc| App::new_with_data(cc, startup, dir));
        let mut app = Running { harness, dir: data };
        assert!(app.greeted());
        for button in ["Start", "Just practise", "Settings"] {
            let rect = app.harness.get_by_role_and_label(Role::Button, button).rect();
            assert!(rect.right() <= 800.0 && rect.bottom() <= 600.0, "{button} is in view: {rect:?}");
        }
        // Settings and back: still greeted, nothing written.
        app.click("Settings");
        assert_eq!(app.screen(), "settings");
        assert!(app.harness.query_by_role_and_label(Role::Button, "Library").is_none());
        app.click("Done");
        assert!(app.greeted());
        assert!(!app.list_written());
    }
}

#[test]
fn a_listed_learner_whose_folder_id_is_unsafe_is_left_out_and_said_and_the_list_is_kept() {
    let data = tempfile::tempdir().expect("temporary folder");
    let list = "(version: 1, profiles: [(id: \"../../victim\", name: \"Victim\", created: 0), \
                (id: \"ana\", name: \"Ana\", created: 0)], last_used: Some(\"ana\"))\n";
    std::fs::write(list_path(data.path()), list).expect("write");
    let app = start_in(data, [1280.0, 1400.0], false);
    assert!(!app.has("Welcome to Dossier"), "a list exists");
    assert!(app.has_containing("Victim"), "the entry left out is named");
    assert!(app.has_containing("is ignored"), "and the learner is told why");
    assert!(app.has_containing("Learner: Ana"), "the others study on");
    assert!(!app.dir.path().join("victim").exists() && !app.dir.path().join("..").join("victim").exists());
    assert_eq!(std::fs::read_to_string(list_path(app.dir.path())).expect("read"), list, "the file is kept");
}
