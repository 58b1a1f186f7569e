//! "Add article…" in the app, driven through the AccessKit tree as a user would: open it from the Library,
//! paste an article or name a file, review the drafted facts (leave one out), save, and find the pack in
//! the Library ready to practise; and what a hurried user does — draft nothing, save twice, name a folder.

mod fixture;

use dossier::generate::Bank;
use dossier::ui::app::{App, Startup};
use dossier::ui::library::{Origin, PackEntry};
use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use fixture::{Running, SEED, fixture, with_learner_list};

const ARTICLE: &str = "Leaders Talk Trade in Seoul\n\nMonday, May 4, 2026\n\n\
    Japan said that it would send a trade delegation to Seoul in June. China said that the talks had been \
    useful for both sides.\n\nSouth Korea said that it welcomed the two delegations.\n";

fn app() -> Running {
    app_sized([1280.0, 1400.0])
}

fn app_sized(size: [f32; 2]) -> Running {
    let dir = tempfile::tempdir().expect("temporary folder");
    with_learner_list(dir.path());
    let packs = vec![PackEntry::new("fixture.ron", Origin::Given, Bank::new(fixture()))];
    let startup = Startup { packs, packs_dir: Some(dir.path().join("packs")), seed: SEED };
    let data = dir.path().to_path_buf();
    let harness = Harness::builder().with_size(size).build_eframe(move |cc| App::new_with_data(cc, startup, data));
    let mut app = Running { harness, dir };
    app.harness.run();
    app
}

impl Running {
    /// Types `text` into the text box named `label`.
    fn fill(&mut self, label: &str, text: &str) {
        let role = if label.starts_with("Or paste") { Role::MultilineTextInput } else { Role::TextInput };
        self.harness.get_by_role_and_label(role, label).focus();
        self.harness.run();
        self.harness.event(egui::Event::Text(text.into()));
        self.harness.run();
    }

    fn packs_written(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.dir.path().join("packs"))
            .map(|d| d.filter_map(Result::ok).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
            .unwrap_or_default();
        names.sort();
        names
    }
}

#[test]
fn a_pasted_article_is_drafted_reviewed_and_saved_into_the_library() {
    let mut app = app();
    assert_eq!(app.screen(), "library");
    app.click("Add article…");
    assert_eq!(app.screen(), "import");
    assert!(app.has("Add an article"));
    app.fill("Or paste the article's text", ARTICLE);
    app.click("Draft from pasted text");
    // Every drafted fact is listed with its kind, its sentence and what it yields, and is kept at first.
    let japan = "Keep: Statement “Japan said that it would send a trade delegation to Seoul in June.”";
    assert!(app.has(japan), "the drafted fact is listed by its sentence");
    assert!(app.has_containing("facts · "), "the summary counts the draft's facts and questions");
    assert!(app.has_containing("Yields"), "each fact says how many questions it yields");
    // Leave the Japan fact out: the draft is assembled again without it.
    app.tick(japan);
    assert!(app.has("Left out."));
    app.click("Save to Library");
    assert_eq!(app.screen(), "library", "saving returns to the Library");
    assert_eq!(app.packs_written(), ["leaders-talk-trade-in.ron", "leaders-talk-trade-in.txt"]);
    let ron = std::fs::read_to_string(app.dir.path().join("packs/leaders-talk-trade-in.ron")).expect("saved");
    assert!(!ron.contains("Japan said"), "the fact left out is not saved:\n{ron}");
    assert!(ron.contains("China said"), "{ron}");
    // The new pack is in the Library, usable: its title shows and it can be practised.
    assert!(app.has("Leaders Talk Trade in Seoul"));
    let practise = app.harness.query_all_by_role_and_label(Role::Button, "Practise").count();
    assert_eq!(practise, 2, "the fixture and the new pack can both be practised");
}

#[test]
fn a_file_is_drafted_by_its_path_and_a_folder_or_bad_file_gets_a_sentence() {
    let mut app = app();
    app.click("Add article…");
    let article = app.dir.path().join("talks.txt");
    std::fs::write(&article, ARTICLE).expect("write article");
    let folder = app.dir.path().display().to_string();
    app.fill("Article file (.txt, .md or a saved .html page)", &folder);
    app.click("Draft from file");
    assert!(app.has_containing("is not a regular file"), "a folder is refused with a sentence");
    assert!(!app.has_containing("Keep:"), "nothing is drafted");

    let empty = app.dir.path().join("empty.txt");
    std::fs::write(&empty, "").expect("write");
    app.harness.get_by_role_and_label(Role::TextInput, "Article file (.txt, .md or a saved .html page)").focus();
    app.harness.run();
    app.harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    app.fill("Article file (.txt, .md or a saved .html page)", &empty.display().to_string());
    app.click("Draft from file");
    assert!(app.has_containing("The file is empty"), "an empty file is said so");

    app.harness.get_by_role_and_label(Role::TextInput, "Article file (.txt, .md or a saved .html page)").focus();
    app.harness.run();
    app.harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    app.fill("Article file (.txt, .md or a saved .html page)", &article.display().to_string());
    app.click("Draft from file");
    assert!(app.has_containing("Keep: Statement"), "the file's facts are listed");
}

#[test]
fn saving_twice_is_refused_until_replace_is_ticked_and_back_leaves_nothing_behind() {
    let mut app = app();
    app.click("Add article…");
    app.fill("Or paste the article's text", ARTICLE);
    app.click("Draft from pasted text");
    app.fill("Id", "talks");
    app.click("Save to Library");
    assert_eq!(app.packs_written(), ["talks.ron", "talks.txt"]);

    // The same article again, under the same id: refused with a sentence, the saved pack kept.
    app.click("Add article…");
    app.fill("Or paste the article's text", ARTICLE);
    app.click("Draft from pasted text");
    app.fill("Id", "talks");
    app.click("Save to Library");
    assert_eq!(app.screen(), "import", "a refused save stays on the review");
    assert!(app.has_containing("already exists"), "the user is told why");
    app.tick("Replace a pack with the same id");
    app.click("Save to Library");
    assert_eq!(app.screen(), "library");

    // Leaving half done writes nothing.
    app.click("Add article…");
    app.fill("Or paste the article's text", "Another Headline\n\nSouth Korea said that it was ready.\n");
    app.click("Draft from pasted text");
    app.click("Back to Library");
    app.click("Discard");
    assert_eq!(app.screen(), "library");
    assert_eq!(app.packs_written(), ["talks.ron", "talks.txt"]);
}

#[test]
fn text_with_nothing_to_quiz_on_says_so_and_offers_no_save() {
    let mut app = app();
    app.click("Add article…");
    app.click("Draft from pasted text");
    assert!(app.has("Paste an article's text into the box first."), "an empty paste box is said so");
    app.fill("Or paste the article's text", "Sunny Weekend\n\nIt will be sunny and warm on the weekend.\n");
    app.click("Draft from pasted text");
    assert!(app.has_containing("Nothing to quiz on"), "no fact: said so");
    assert!(app.harness.query_all_by_role_and_label(Role::Button, "Save to Library").next().is_none());
}

#[test]
fn entities_can_be_renamed_and_merged_before_saving() {
    let mut app = app();
    app.click("Add article…");
    app.fill("Or paste the article's text", ARTICLE);
    app.click("Draft from pasted text");
    assert!(app.has("Entities (3)"), "the three countries are listed");

    // Rename the first entity: the new name is saved, the old one kept as another name.
    let first = app.harness.query_all_by_role_and_label(Role::TextInput, "Name").next().expect("a name box");
    first.focus();
    app.harness.run();
    app.harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    app.harness.event(egui::Event::Text("Renamed Land".into()));
    app.harness.run();
    app.harness.key_press(egui::Key::Tab);
    app.harness.run();
    app.harness.run();

    // Merge the second entity into another: one entity fewer, its facts kept.
    let same_as: Vec<_> = app.harness.query_all_by_role_and_label(Role::ComboBox, "Same as").collect();
    assert_eq!(same_as.len(), 3, "each entity offers a merge");
    same_as[1].click();
    app.harness.run();
    // The menu's option is the last node so named (the slots above also name the entity).
    let option = app.harness.query_all_by_label("Renamed Land").last().expect("the menu offers the renamed entity");
    option.click();
    app.harness.run();
    app.harness.run();
    assert!(app.has("Entities (2)"), "merged into one");

    app.fill("Id", "renamed");
    app.click("Save to Library");
    let ron = std::fs::read_to_string(app.dir.path().join("packs/renamed.ron")).expect("saved");
    assert!(ron.contains("name: \"Renamed Land\""), "{ron}");
    let entities = ron.lines().filter(|l| l.trim_start().starts_with("(id: ")).count();
    assert_eq!(entities, 2, "{ron}");
    assert!(ron.contains("aliases: ["), "the old and merged names are other names now:\n{ron}");
    let c = std::process::Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["check", app.dir.path().join("packs/renamed.ron").to_str().expect("utf-8")])
        .output()
        .expect("check runs");
    assert!(c.status.success(), "{}", String::from_utf8_lossy(&c.stdout));
}

#[test]
fn a_saved_draft_can_be_reopened_from_the_library_and_edited_but_a_hand_written_pack_cannot() {
    let mut app = app();
    // A hand-written pack in the packs folder: the importer must never rewrite it (comments, layout).
    let packs = app.dir.path().join("packs");
    std::fs::create_dir_all(&packs).expect("packs folder");
    std::fs::write(packs.join("hand.ron"), fixture::SHEET.replace("id: \"fixture\"", "id: \"hand\"")).expect("write");
    std::fs::write(packs.join("fx.txt"), fixture::ARTICLE).expect("write");
    app.click("Reload packs");
    assert_eq!(app.harness.query_all_by_role_and_label(Role::Button, "Practise").count(), 2, "the hand pack loads");
    app.click("Add article…");
    app.fill("Or paste the article's text", ARTICLE);
    app.click("Draft from pasted text");
    app.fill("Id", "talks");
    app.click("Save to Library");
    assert_eq!(app.screen(), "library");
    // The fixture and the hand-written pack were not drafted: only the new pack offers "Edit draft".
    assert_eq!(app.harness.query_all_by_role_and_label(Role::Button, "Edit draft").count(), 1);
    app.click("Edit draft");
    assert_eq!(app.screen(), "import");
    assert!(app.has("Review the draft: Leaders Talk Trade in Seoul"));
    let china = "Keep: Statement “China said that the talks had been useful for both sides.”";
    assert!(app.has(china), "the saved facts are listed again");
    app.tick(china);
    // Saving replaces the pack it came from (no "already exists"), keeping its dateline.
    app.click("Save to Library");
    assert_eq!(app.screen(), "library", "{:?}", app.has_containing("already exists"));
    let ron = std::fs::read_to_string(app.dir.path().join("packs/talks.ron")).expect("saved");
    assert!(!ron.contains("China said"), "the fact left out is gone:\n{ron}");
    assert!(ron.contains("Japan said") && ron.contains("dateline: \"Monday, May 4, 2026\""), "{ron}");
}

#[test]
fn the_review_names_every_control_in_words_and_says_whose_each_entity_control_is() {
    use egui_kittest::kittest::NodeT;
    let mut app = app();
    app.click("Add article…");
    app.fill("Or paste the article's text", ARTICLE);
    app.click("Draft from pasted text");
    let controls = [
        Role::Button,
        Role::CheckBox,
        Role::RadioButton,
        Role::TextInput,
        Role::MultilineTextInput,
        Role::ComboBox,
        Role::Slider,
        Role::SpinButton,
        Role::Link,
    ];
    let mut seen = Vec::new();
    let mut bad = Vec::new();
    for node in app.harness.root().children_recursive() {
        let n = node.accesskit_node();
        if !controls.contains(&n.role()) {
            continue;
        }
        let name = n.label().unwrap_or_default();
        seen.push(format!("{:?} {name:?}", n.role()));
        if name.trim().is_empty() || name.contains(['←', '→', '↑', '↓', '×', '✕', '✓', '✗', '▾', '▸', '⟳'])
        {
            bad.push(format!("{:?} {name:?}", n.role()));
        }
    }
    assert!(bad.is_empty(), "controls unnamed or named by a symbol on the review: {bad:?}");
    // Each entity's card repeats "Kind", "Other names", "Same as": each says whose it is.
    for name in ["Kind", "Other names", "Same as"] {
        let whose: Vec<String> = app
            .harness
            .query_all_by_label(name)
            .filter(|n| n.accesskit_node().role() != Role::Label)
            .map(|n| n.accesskit_node().description().unwrap_or_default())
            .collect();
        assert!(whose.len() > 1, "{name}: {seen:?}");
        assert!(whose.iter().all(|w| w.starts_with("of ")), "{name} says whose it is: {whose:?}");
        let mut distinct = whose.clone();
        distinct.dedup();
        assert_eq!(distinct.len(), whose.len(), "{name}: {whose:?}");
    }
}

/// An article with a meeting (people, a city, a date) beside statements by countries.
const MEETING: &str = "Leaders Meet in Seoul\n\nMonday, May 4, 2026\n\n\
    South Korean President Lee Jae-myung met Chinese President Xi Jinping in Seoul on May 2. Japan said that \
    it would send a trade delegation to Seoul in June.\n\nXi visited Busan on May 3. China said that the talks \
    had been useful for both sides.\n";

const JAPAN: &str = "Japan said that it would send a trade delegation to Seoul in June.";

impl Running {
    /// Pastes `article`, drafts it and names the pack `id`.
    fn draft(&mut self, article: &str, id: &str) {
        self.click("Add article…");
        self.fill("Or paste the article's text", article);
        self.harness.get_by_role_and_label(Role::Button, "Draft from pasted text").scroll_to_me();
        self.harness.run();
        self.click("Draft from pasted text");
        self.fill("Id", id);
    }

    /// Presses "Edit" on the drafted fact whose sentence holds `sentence`.
    fn edit(&mut self, sentence: &str) {
        for scroll in [true, false] {
            let sentence = sentence.to_string();
            let button = self.harness.get_by(move |n| {
                n.role() == Role::Button
                    && n.label().as_deref() == Some("Edit")
                    && n.description().is_some_and(|d| d.contains(&sentence))
            });
            // Scrolled into view first, as a user would, then pressed.
            if scroll {
                button.scroll_to_me();
            } else {
                button.click();
            }
            self.harness.run();
        }
    }

    /// Replaces the text of the form's field named `label` with `text` (nothing: emptied), leaving the
    /// keyboard focus in it.
    fn retype(&mut self, label: &str, text: &str) {
        self.text_box(label).focus();
        self.harness.run();
        self.harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        self.harness.key_press(egui::Key::Backspace);
        if !text.is_empty() {
            self.harness.event(egui::Event::Text(text.into()));
        }
        self.harness.run();
    }

    /// Chooses `option` in the form's choice named `label` (scrolled to in its menu first, as a user
    /// would in a long one).
    fn choose(&mut self, label: &str, option: &str) {
        self.harness.get_by_role_and_label(Role::ComboBox, label).click();
        self.harness.run();
        self.harness.query_all_by_label(option).last().expect("the menu offers the option").scroll_to_me();
        self.harness.run();
        self.harness.query_all_by_label(option).last().expect("the menu offers the option").click();
        self.harness.run();
        self.harness.run();
    }

    fn field(&self, label: &str) -> String {
        self.text_box(label).value().unwrap_or_default()
    }

    /// The text box named `label`, of one line or several (a long slot of the fact form).
    fn text_box(&self, label: &str) -> egui_kittest::Node<'_> {
        let label = label.to_string();
        self.harness.get_by(move |n| {
            matches!(n.role(), Role::TextInput | Role::MultilineTextInput)
                && n.label().as_deref() == Some(label.as_str())
        })
    }

    fn saved(&self, id: &str) -> String {
        std::fs::read_to_string(self.dir.path().join(format!("packs/{id}.ron"))).expect("saved")
    }

    fn checks(&self, id: &str) {
        let path = self.dir.path().join(format!("packs/{id}.ron"));
        let c = std::process::Command::new(env!("CARGO_BIN_EXE_dossier"))
            .args(["check", path.to_str().expect("utf-8")])
            .output()
            .expect("check runs");
        assert!(c.status.success(), "{}", String::from_utf8_lossy(&c.stdout));
    }
}

#[test]
fn an_edited_fact_yields_new_questions_is_saved_and_shows_again_when_reopened() {
    let mut app = app();
    app.draft(ARTICLE, "talks");
    app.edit(JAPAN);
    // The form: the evidence stays the article's sentence; the slots are fields named by their labels.
    assert!(app.has("The evidence stays the article's sentence above; it is not edited."));
    assert_eq!(app.field("What was said"), "said that it would send a trade delegation to Seoul in June");
    app.retype("What was said", "said that it would send two trade delegations to Seoul in June");
    // Enter in a text field applies: the fact's questions open, asking about the new words.
    app.harness.key_press(egui::Key::Enter);
    app.harness.run();
    assert!(app.has("Edit applied."));
    assert!(!app.has("What was said"), "the form is closed");
    let asked = "Which country said that it would send two trade delegations to Seoul in June?";
    assert!(app.has(asked), "the new question is listed under the fact");
    assert!(!app.has("Which country said that it would send a trade delegation to Seoul in June?"));

    // The speaker is a choice among the draft's entities: China now, and the questions' answer follows.
    app.edit(JAPAN);
    app.choose("Speaker", "China (Country)");
    app.click("Apply");
    assert!(app.has("Edit applied."));
    app.click("Save to Library");
    assert_eq!(app.screen(), "library");
    let ron = app.saved("talks");
    assert!(
        ron.contains("claim: Statement(speaker: \"china\", said: \"said that it would send two trade delegations to Seoul in June\""),
        "{ron}"
    );
    assert!(ron.contains(&format!("evidence: \"{JAPAN}\"")), "the evidence is the article's sentence:\n{ron}");
    app.checks("talks");

    // Reopened from the Library, the review shows the fact as edited.
    app.click("Edit draft");
    assert_eq!(app.screen(), "import");
    assert!(app.has("said that it would send two trade delegations to Seoul in June"), "the edited slot is shown");
    app.edit(JAPAN);
    assert_eq!(app.field("What was said"), "said that it would send two trade delegations to Seoul in June");
}

#[test]
fn a_refused_edit_says_why_keeps_the_form_and_changes_nothing_and_cancel_restores() {
    let mut app = app();
    app.draft(MEETING, "meet");
    // A blank statement: the same check as saving refuses it, the reason beside the form, which stays open.
    app.edit(JAPAN);
    app.retype("What was said", "");
    app.click("Apply");
    assert!(app.has_containing("Not applied: the check refuses it"), "the user is told it was not applied");
    assert!(app.has_containing("is empty"), "and why");
    assert!(app.has("What was said"), "the form stays open");
    app.click("Cancel");
    assert!(!app.has("What was said"), "Cancel closes the form");
    assert!(app.has("said that it would send a trade delegation to Seoul in June"), "the slot is as drafted");

    // The meeting, not the Identities the same sentence gives ("the South Korean President").
    let meeting = "Meeting “South Korean President Lee Jae-myung met Chinese President Xi Jinping in Seoul on May 2.";
    app.edit(meeting);
    // The people met are chosen among the draft's people only: a country cannot be offered.
    app.harness.get_by_role_and_label(Role::ComboBox, "Who").click();
    app.harness.run();
    assert!(app.has("Xi Jinping (Person)"), "a person is offered");
    assert!(!app.has("Japan (Country)"), "a country is not offered as who met");
    app.harness.key_press(egui::Key::Escape);
    app.harness.run();
    assert!(app.has("When"), "Escape closes the menu, not the form");
    // Someone meeting themselves is refused before the check.
    app.choose("Who", "Xi Jinping (Person)");
    app.click("Apply");
    assert!(app.has_containing("Who and Met are both “Xi Jinping”"), "the same person twice is refused");
    app.choose("Who", "Lee Jae-myung (Person)");
    // A date Dossier cannot read is refused with a sentence and the field keeps what was typed.
    app.retype("When", "Mayday");
    app.click("Apply");
    assert!(app.has_containing("“Mayday” is not a date Dossier can read"));
    assert_eq!(app.field("When"), "Mayday");
    // A date the sentence does not state: the checker refuses it.
    app.retype("When", "May 9");
    app.harness.key_press(egui::Key::Enter);
    app.harness.run();
    assert!(app.has_containing("Not applied: the check refuses it"));
    assert!(app.has_containing("neither its evidence nor the sentence it sits in"), "the checker's reason");
    // Escape cancels the open edit: the date is as drafted.
    app.harness.get_by_role_and_label(Role::TextInput, "When").focus();
    app.harness.run();
    app.harness.key_press(egui::Key::Escape);
    app.harness.run();
    app.harness.run();
    assert!(!app.has("When"), "Escape closed the form");
    // The header is scrolled out of view by now (the draft has more facts than the window holds).
    app.harness.get_by_role_and_label(Role::Button, "Save to Library").scroll_to_me();
    app.harness.run();
    app.click("Save to Library");
    let ron = app.saved("meet");
    assert!(ron.contains("date: \"May 2\"") && !ron.contains("May 9") && !ron.contains("Mayday"), "{ron}");
    assert!(ron.contains("said: \"said that it would send a trade delegation to Seoul in June\""), "{ron}");
    app.checks("meet");
}

#[test]
fn an_edit_survives_merging_its_entity_applying_twice_and_leaving_unsaved_writes_nothing() {
    let mut app = app();
    app.draft(ARTICLE, "talks");
    // Leaving with a form open, unsaved: nothing is written, and "Add article…" starts afresh.
    app.edit(JAPAN);
    app.retype("What was said", "said that it would send a delegation");
    app.click("Back to Library");
    app.click("Discard");
    assert_eq!(app.screen(), "library");
    assert!(app.packs_written().is_empty());
    app.draft(ARTICLE, "talks");
    assert!(!app.has("What was said"), "no form is left open");

    // Apply twice: Enter applies once; the second Enter only opens the form again, as it was applied.
    app.edit(JAPAN);
    app.retype("What was said", "said that it would send two trade delegations to Seoul in June");
    app.harness.key_press(egui::Key::Enter);
    app.harness.run();
    app.harness.key_press(egui::Key::Enter);
    app.harness.run();
    assert_eq!(app.field("What was said"), "said that it would send two trade delegations to Seoul in June");
    app.click("Apply");
    assert!(!app.has("What was said"), "applying an unchanged form closes it");
    assert!(!app.has_containing("Not applied"));

    // Edit the speaker, then merge that entity into another: the edited fact names the merged one.
    app.edit(JAPAN);
    app.choose("Speaker", "China (Country)");
    app.click("Apply");
    assert!(app.has("Entities (2)"), "Japan is no longer named by any kept fact");
    // A form open on China's own statement while China is merged away: it follows the merge.
    app.edit("China said that the talks had been useful for both sides.");
    // China's card comes first (the draft's order): merge China into South Korea. The card is below the
    // opened questions, so it is scrolled to first, as a user would.
    app.harness.query_all_by_role_and_label(Role::ComboBox, "Same as").next().expect("a merge").scroll_to_me();
    app.harness.run();
    app.harness.query_all_by_role_and_label(Role::ComboBox, "Same as").next().expect("a merge").click();
    app.harness.run();
    app.harness.query_all_by_label("South Korea").last().expect("the merge menu").click();
    app.harness.run();
    app.harness.run();
    assert!(app.has("Entities (1)"), "merged into one");
    app.click("Apply");
    assert!(!app.has_containing("Not applied"), "the open form names the merged entity, not the one gone");
    assert!(!app.has("What was said"), "the form closed");
    assert!(!app.has_containing("Left out by the check"), "the edited fact is still kept");
    app.click("Save to Library");
    let ron = app.saved("talks");
    assert!(
        ron.contains("Statement(speaker: \"south-korea\", said: \"said that it would send two trade delegations to Seoul in June\""),
        "{ron}"
    );
    assert!(!ron.contains("\"china\""), "{ron}");
    app.checks("talks");
}

#[test]
fn the_edit_form_is_reached_with_tab_each_control_named_by_its_label_and_escape_cancels() {
    use egui_kittest::kittest::NodeT;
    let mut app = app();
    app.draft(ARTICLE, "talks");
    app.edit(JAPAN);
    let focused = |app: &Running| {
        app.harness
            .root()
            .children_recursive()
            .find(|n| n.accesskit_node().is_focused())
            .map(|n| format!("{:?} {}", n.accesskit_node().role(), n.accesskit_node().label().unwrap_or_default()))
            .unwrap_or_default()
    };
    // Every control on the screen, the form's included, is named in words.
    let unnamed: Vec<String> = app
        .harness
        .root()
        .children_recursive()
        .map(|n| n.accesskit_node())
        .filter(|n| {
            [Role::Button, Role::CheckBox, Role::TextInput, Role::MultilineTextInput, Role::ComboBox]
                .contains(&n.role())
        })
        .filter(|n| n.label().unwrap_or_default().trim().is_empty())
        .map(|n| format!("{:?}", n.role()))
        .collect();
    assert!(unnamed.is_empty(), "unnamed controls: {unnamed:?}");
    // The form takes the focus at its first field; Tab walks its controls in order, each named by its label.
    assert_eq!(focused(&app), "ComboBox Speaker");
    let mut walked = Vec::new();
    for _ in 0..3 {
        app.harness.key_press(egui::Key::Tab);
        app.harness.run();
        walked.push(focused(&app));
    }
    assert_eq!(walked, ["MultilineTextInput What was said", "Button Apply", "Button Cancel"]);
    // While a form is open, the other facts' "Edit" waits (and is skipped by Tab).
    let edits: Vec<bool> = app
        .harness
        .query_all_by_role_and_label(Role::Button, "Edit")
        .map(|n| n.accesskit_node().is_disabled())
        .collect();
    assert_eq!(edits, [true, true], "the two other facts' Edit are disabled while the form is open");
    // Escape in a field elsewhere (an entity's name) leaves the form open.
    let name = "Name";
    app.harness.query_all_by_role_and_label(Role::TextInput, name).next().expect("an entity's name").scroll_to_me();
    app.harness.run();
    app.harness.query_all_by_role_and_label(Role::TextInput, name).next().expect("an entity's name").focus();
    app.harness.run();
    let focused_name = app.harness.query_all_by_role_and_label(Role::TextInput, name).next().expect("a name");
    assert!(focused_name.is_focused(), "the entity's name has the focus");
    app.harness.key_press(egui::Key::Escape);
    app.harness.run();
    assert!(app.has("What was said"), "the form is still open");
    // Escape from the form cancels, and the focus goes back to the fact's "Edit".
    app.retype("What was said", "said nothing");
    app.harness.key_press(egui::Key::Escape);
    app.harness.run();
    app.harness.run();
    assert!(!app.has("What was said"));
    assert_eq!(focused(&app), "Button Edit");
    assert!(app.has("said that it would send a trade delegation to Seoul in June"), "nothing was applied");
}

#[test]
fn a_long_headline_wraps_and_the_review_and_its_form_fit_a_small_window() {
    let mut app = app_sized([800.0, 600.0]);
    let long = ARTICLE.replace(
        "Leaders Talk Trade in Seoul",
        "Leaders of Three Neighbouring Countries Talk Trade, Tariffs and Tourism in Seoul",
    );
    app.draft(&long, "talks");
    app.edit(JAPAN);
    for (role, label) in [
        (Role::Button, "Back to Library"),
        (Role::Button, "Save to Library"),
        (Role::MultilineTextInput, "What was said"),
        (Role::Button, "Cancel"),
    ] {
        let right = app.harness.get_by_role_and_label(role, label).rect().max.x;
        assert!(right <= 800.0, "{label} ends at {right}, past the window's right edge");
    }
    // What was said is long text: the field wraps it over more lines, in the window, and Enter applies it.
    let before = app.text_box("What was said").rect();
    let long_said = "said that it would send a trade delegation of ministers, officials and business leaders to \
                     Seoul in June, and that the talks on tariffs would go on after the delegation came home";
    app.retype("What was said", long_said);
    let after = app.text_box("What was said").rect();
    assert!(after.height() > before.height() + 10.0, "the field grew from {before:?} to {after:?}: it wraps");
    assert!(after.max.x <= 800.0, "the wrapped field ends at {}", after.max.x);
    assert_eq!(app.field("What was said"), long_said, "all of it is kept, no line break typed");
    app.harness.key_press(egui::Key::Enter);
    app.harness.run();
    assert!(app.has("Edit applied."), "Enter applies the form from a multi-line field");
}

#[test]
fn a_fact_the_check_leaves_out_after_an_entity_edit_says_why_and_its_form_still_offers_only_people() {
    let mut app = app();
    app.draft(MEETING, "meet");
    // Lee is made a country: a meeting is between people, so the check leaves the meeting out, saying why.
    for scroll in [true, false] {
        let kind = app.harness.get_by(|n| {
            n.role() == Role::ComboBox
                && n.label().as_deref() == Some("Kind")
                && n.description().is_some_and(|d| d == "of Lee Jae-myung")
        });
        if scroll {
            kind.scroll_to_me();
        } else {
            kind.click();
        }
        app.harness.run();
    }
    app.harness.run();
    app.harness.query_all_by_label("Country").last().expect("the kind menu").click();
    app.harness.run();
    app.harness.run();
    assert!(app.has_containing("Left out by the check: the “Who” of this fact"), "the reason, in the form's words");
    // Its form shows who the fact names, now of a kind the slot does not take, beside the people it does.
    app.edit("Meeting “South Korean President Lee Jae-myung met Chinese President Xi Jinping in Seoul on May 2.");
    app.harness.get_by_role_and_label(Role::ComboBox, "Who").click();
    app.harness.run();
    assert!(app.has("Lee Jae-myung (Country)"), "the fact's own entity is shown");
    assert!(app.has("Xi Jinping (Person)"), "people are offered");
    assert!(!app.has("Japan (Country)"), "no other country is offered");
}

/// The question asked before a draft (or an open edit) is thrown away.
const DISCARD_DRAFT: &str = "Discard this draft?";

impl Running {
    /// Presses Escape, as a user would, and lets the app draw the outcome.
    fn escape(&mut self) {
        self.harness.key_press(egui::Key::Escape);
        self.harness.run();
        self.harness.run();
    }

    /// Whether the draft is still under review with the open edit's field as typed.
    fn still_editing(&self, said: &str) -> bool {
        self.screen() == "import"
            && !self.has(DISCARD_DRAFT)
            && self.has("Review the draft: Leaders Talk Trade in Seoul")
            && self.field("What was said") == said
    }
}

#[test]
fn leaving_a_draft_by_any_way_asks_first_and_keeping_it_keeps_the_draft_and_the_open_edit_as_typed() {
    let mut app = app();
    app.draft(ARTICLE, "talks");
    app.tick("Keep: Statement “China said that the talks had been useful for both sides.”");
    app.edit(JAPAN);
    let said = "said that it would send two delegations";
    app.retype("What was said", said);
    // "Back to Library" asks first: nothing is left yet.
    app.click("Back to Library");
    assert!(app.has(DISCARD_DRAFT), "leaving with an unsaved draft asks first");
    assert!(app.has("Keep editing") && app.has("Discard"));
    assert_eq!(app.screen(), "import");
    // Pressing it again lands beside the dialog: that keeps editing, it never discards.
    app.click("Back to Library");
    assert!(app.still_editing(said), "a second press on Back does not discard");
    // The top bar's Library and Progress ask too; Escape keeps editing (the form is not cancelled by it).
    for page in ["Library", "Progress"] {
        app.click(page);
        assert!(app.has(DISCARD_DRAFT), "{page} asks first");
        app.escape();
        assert!(app.still_editing(said), "Escape on the dialog keeps the draft and the open edit ({page})");
    }
    // From Settings (which comes back to the draft), Library asks too; "Keep editing" keeps it.
    app.click("Settings");
    app.click("Library");
    assert!(app.has(DISCARD_DRAFT), "Library from Settings over the draft asks first");
    app.click("Keep editing");
    app.click("Done");
    assert!(app.still_editing(said), "Keep editing, then Settings' Done, is back on the draft as it was");
    // By keys: Enter on "Back to Library" asks, and a second Enter (on the focused "Keep editing") keeps.
    app.harness.get_by_role_and_label(Role::Button, "Back to Library").focus();
    app.harness.run();
    app.harness.key_press(egui::Key::Enter);
    app.harness.run();
    assert!(app.has(DISCARD_DRAFT), "Enter on Back asks first");
    app.harness.key_press(egui::Key::Enter);
    app.harness.run();
    app.harness.run();
    assert!(app.still_editing(said), "a second Enter keeps editing");
    // The kept edit still applies, and the fact left out is still left out.
    app.click("Apply");
    assert!(app.has("Edit applied."), "the open edit survived every question");
    assert!(app.has("Left out."), "the fact left out before is still left out");
    // "Discard" leaves, and nothing is written.
    app.click("Progress");
    app.click("Discard");
    assert_eq!(app.screen(), "progress", "Discard goes where the user was going");
    assert!(app.packs_written().is_empty());
}

#[test]
fn nothing_is_asked_with_nothing_to_lose_but_pasted_text_and_a_changed_reopened_draft_ask() {
    let mut app = app();
    // Nothing typed, or a few words: leaving does not ask.
    app.click("Add article…");
    app.click("Back to Library");
    assert_eq!(app.screen(), "library", "an empty form leaves at once");
    app.click("Add article…");
    app.fill("Or paste the article's text", "Seoul talks");
    app.click("Back to Library");
    assert_eq!(app.screen(), "library", "a few words leave at once");
    // A pasted article not drafted yet is work: leaving asks, and Escape keeps it in the box.
    app.click("Add article…");
    app.fill("Or paste the article's text", ARTICLE);
    app.click("Library");
    assert!(app.has("Discard the pasted text?"), "a pasted article asks first");
    app.escape();
    assert_eq!(app.screen(), "import");
    assert!(app.has("Draft from pasted text"));
    app.click("Draft from pasted text");
    app.fill("Id", "talks");
    // Saving leaves at once; and the saved draft, reopened and unchanged, leaves without asking.
    app.click("Save to Library");
    assert_eq!(app.screen(), "library", "saving leaves without asking");
    assert!(!app.has(DISCARD_DRAFT));
    app.click("Edit draft");
    app.click("Back to Library");
    assert_eq!(app.screen(), "library", "a reopened draft left as saved leaves at once");
    // Changed, it asks; changed back to what was saved, it does not.
    app.click("Edit draft");
    let china = "Keep: Statement “China said that the talks had been useful for both sides.”";
    app.tick(china);
    app.click("Back to Library");
    assert!(app.has(DISCARD_DRAFT), "a changed reopened draft asks first");
    app.click("Keep editing");
    app.tick(china);
    app.click("Back to Library");
    assert_eq!(app.screen(), "library", "changed back to what is saved, nothing is lost");
}

#[test]
fn start_over_asks_before_dropping_a_draft_and_an_edit_of_a_saved_draft_asks_about_the_edit() {
    use egui_kittest::kittest::NodeT;
    let mut app = app();
    app.draft(ARTICLE, "talks");
    app.click("Start over");
    assert!(app.has(DISCARD_DRAFT), "Start over drops the draft: it asks first");
    app.click("Keep editing");
    assert!(app.has("Review the draft: Leaders Talk Trade in Seoul"), "the draft is kept");
    app.click("Start over");
    app.click("Discard");
    assert_eq!(app.screen(), "import");
    assert!(app.has("Add an article"), "the form to draft from shows again");
    // The pasted article is still in the box, so leaving still asks, about it.
    app.click("Back to Library");
    assert!(app.has("Discard the pasted text?"));
    app.click("Discard");
    assert_eq!(app.screen(), "library");
    // A saved draft reopened with a form open: only the edit would be lost, and the dialog says so.
    app.draft(ARTICLE, "talks");
    app.click("Save to Library");
    app.click("Edit draft");
    app.edit(JAPAN);
    let save = app.harness.get_by_role_and_label(Role::Button, "Save to Library");
    assert!(save.accesskit_node().is_disabled(), "an open edit is applied or cancelled before saving");
    assert!(app.has("Apply or cancel the open edit to save."));
    app.click("Library");
    assert!(app.has("Discard this edit?"), "the edit is what would be lost");
    app.click("Discard");
    assert_eq!(app.screen(), "library");
}

impl Running {
    /// Presses the window's close button once, as the system reports it, and lets the app draw the
    /// outcome; whether the app cancelled the close (it would close otherwise).
    fn close_window(&mut self) -> bool {
        use egui::{ViewportCommand, ViewportEvent, ViewportId};
        self.harness.input_mut().viewports.entry(ViewportId::ROOT).or_default().events.push(ViewportEvent::Close);
        self.harness.step();
        let cancelled = self
            .harness
            .output()
            .viewport_output
            .get(&ViewportId::ROOT)
            .is_some_and(|v| v.commands.contains(&ViewportCommand::CancelClose));
        self.harness.run();
        cancelled
    }

    /// Whether the app asked, in the frame last drawn, for the window to close.
    fn asked_to_close(&self) -> bool {
        let root = self.harness.output().viewport_output.get(&egui::ViewportId::ROOT);
        root.is_some_and(|v| v.commands.contains(&egui::ViewportCommand::Close))
    }

    /// The label of the control with the keyboard focus.
    fn focused_label(&self) -> String {
        use egui_kittest::kittest::NodeT;
        self.harness
            .root()
            .children_recursive()
            .find(|n| n.accesskit_node().is_focused())
            .and_then(|n| n.accesskit_node().label())
            .unwrap_or_default()
    }
}

#[test]
fn closing_the_window_asks_only_with_a_draft_or_an_edit_to_lose_and_closing_twice_still_asks() {
    let mut app = app();
    // Nothing to lose: the window closes without a word, from the Library or an empty form.
    assert!(!app.close_window(), "the Library closes at once");
    app.click("Add article…");
    assert!(!app.close_window(), "an empty form closes at once");
    assert!(!app.has(DISCARD_DRAFT));
    app.click("Back to Library");

    // A draft not saved: the close is cancelled and the dialog asks, "Keep editing" focused.
    app.draft(ARTICLE, "talks");
    app.edit(JAPAN);
    let said = "said that it would send two delegations";
    app.retype("What was said", said);
    assert!(app.close_window(), "closing with a draft not saved is cancelled");
    assert!(app.has(DISCARD_DRAFT) && app.has("Discard and close"), "and the dialog asks");
    assert_eq!(app.focused_label(), "Keep editing", "going back is the default");
    // Closed again while it asks: cancelled again, one dialog, nothing discarded.
    assert!(app.close_window(), "a second close is cancelled too");
    assert_eq!(app.harness.query_all_by_label("Discard and close").count(), 1, "one dialog, not two");
    // Escape keeps editing: the draft and the open edit as typed; the window stays.
    app.escape();
    assert!(app.still_editing(said), "Escape keeps the draft and the open edit");
    assert!(!app.asked_to_close());
    // Enter on the focused "Keep editing" keeps it too.
    assert!(app.close_window());
    app.harness.key_press(egui::Key::Enter);
    app.harness.run();
    app.harness.run();
    assert!(app.still_editing(said), "Enter keeps editing");

    // "Back to Library" asked first; closing then makes "Discard" close the window.
    app.click("Back to Library");
    assert!(app.has("Discard") && !app.has("Discard and close"));
    assert!(app.close_window());
    assert!(app.has("Discard and close"), "closing is what discarding now does");
    app.harness.get_by_role_and_label(Role::Button, "Discard and close").click();
    app.harness.step();
    assert!(app.asked_to_close(), "Discard and close closes the window");
    app.harness.run();
    assert!(!app.close_window(), "the close that follows is let through");
    assert!(app.packs_written().is_empty(), "nothing was written");
}

#[test]
fn closing_over_settings_or_with_only_an_edit_of_a_saved_draft_asks_and_a_saved_draft_closes() {
    let mut app = app();
    app.draft(ARTICLE, "talks");
    // From Settings over the draft, closing asks too.
    app.click("Settings");
    assert!(app.close_window(), "Settings over a draft not saved: the close is cancelled");
    assert!(app.has(DISCARD_DRAFT));
    app.click("Keep editing");
    app.click("Done");
    assert_eq!(app.screen(), "import");
    // Saved and reopened unchanged: nothing to lose, the window closes.
    app.click("Save to Library");
    app.click("Edit draft");
    assert!(!app.close_window(), "a reopened draft as saved closes at once");
    // An edit open on it is work: the dialog says only the edit would be lost.
    app.edit(JAPAN);
    assert!(app.close_window());
    assert!(app.has("Discard this edit?") && app.has("Discard and close"));
    app.click("Keep editing");
    assert!(app.has("What was said"), "the form is still open");
    assert!(!app.asked_to_close());
}

impl Running {
    /// Moves the UI clock on by `secs` and lets the app draw.
    fn wait(&mut self, secs: f64) {
        let t = self.harness.ctx.input(|i| i.time) + secs;
        self.harness.input_mut().time = Some(t);
        self.harness.run();
    }
}

#[test]
fn a_timed_exam_ending_over_a_draft_keeps_the_draft_and_its_results_wait_in_the_top_bar() {
    use egui_kittest::kittest::NodeT;
    let mut app = app();
    // A one-minute exam, then off to draft an article while it runs.
    app.click("Exam");
    app.tick("Countdown");
    app.harness.get_by_role_and_label(Role::Slider, "Time limit").set_value_accesskit(1.0);
    app.harness.run();
    app.click("Start exam");
    assert_eq!(app.screen(), "quiz");
    app.click("Library");
    app.draft(ARTICLE, "talks");
    app.edit(JAPAN);
    let said = "said that it would send two delegations";
    app.retype("What was said", said);
    // The time runs out: the exam ends, and the draft stays on screen as it was.
    app.wait(61.0);
    assert!(app.state().session().is_some_and(dossier::study::session::Session::is_finished), "the exam ended");
    assert!(app.still_editing(said), "the draft and its open edit are kept");
    // The top bar offers the results; going there asks first, like any way out of a draft.
    let results = app.harness.get_by_role_and_label(Role::Button, "Time is up: exam results");
    assert!(results.accesskit_node().description().is_some_and(|d| d.contains("answers are saved")));
    app.click("Time is up: exam results");
    assert!(app.has(DISCARD_DRAFT), "seeing the results asks first");
    app.click("Keep editing");
    assert!(app.still_editing(said), "Keep editing keeps the draft with the results still waiting");
    app.click("Apply");
    app.click("Time is up: exam results");
    app.click("Discard and see results");
    assert_eq!(app.screen(), "results", "Discard shows the exam's results");
    assert!(!app.has("Time is up: exam results"), "seen, the results no longer wait in the top bar");

    // With nothing to lose on the screen, the time running out opens the results as before.
    let mut app = app_sized([1280.0, 1400.0]);
    app.click("Exam");
    app.tick("Countdown");
    app.harness.get_by_role_and_label(Role::Slider, "Time limit").set_value_accesskit(1.0);
    app.harness.run();
    app.click("Start exam");
    app.click("Library");
    app.click("Add article…");
    app.wait(61.0);
    assert_eq!(app.screen(), "results", "an empty form is left for the results");
}

/// An article with a summit of three leaders and a relation among three countries.
const SUMMIT: &str = "Leaders Meet in Seoul\n\nMonday, May 4, 2026\n\n\
    Lee Jae Myung and Li Qiang held talks with Sanae Takaichi in Seoul on May 2. Relations between South Korea, \
    China and Japan have been tense since 2023.\n\nJapan said that it would send a trade delegation to Seoul in \
    June.\n";

const RELATION: &str = "Relations between South Korea, China and Japan have been tense since 2023.";

#[test]
fn a_list_slot_grows_and_shrinks_refusing_an_empty_or_repeated_entry_and_the_check_still_judges_apply() {
    let mut app = app();
    app.draft(SUMMIT, "summit");
    app.edit(RELATION);
    // Each party is a choice with a "Remove" named after whom it removes, and the list has its "Add".
    for party in ["South Korea", "China", "Japan"] {
        assert!(app.has(&format!("Remove {party}")), "Remove {party}");
    }
    assert!(app.has("Add a party"));
    // Remove Japan: two parties left; the focus stays in the list, on the entry in its place.
    app.click("Remove Japan");
    assert!(!app.has("Party 3") && !app.has("Remove Japan"));
    assert_eq!(app.focused_label(), "Party 2", "the focus stays in the list");
    // Add a party: an empty entry, focused; adding again before it is chosen is refused with a sentence.
    app.click("Add a party");
    assert!(app.has("Party 3"), "an entry was added");
    assert_eq!(app.focused_label(), "Party 3", "the new entry takes the focus");
    app.click("Add a party");
    assert!(app.has("Choose Party 3 first, then add another."), "a second empty entry is refused");
    assert!(!app.has("Party 4"));
    // Applied with the entry empty: refused with a sentence, the form as it was.
    app.click("Apply");
    assert!(app.has("Not applied: Party 3 is not chosen; choose one in its list, or remove it."));
    // A party already listed is refused as it is chosen; the entry stays empty.
    app.choose("Party 3", "China (Country)");
    assert!(app.has("China is already Party 2; a list names each once."), "a repeated party is refused");
    assert!(app.has("Remove Party 3"), "the entry is still empty");
    // Japan again: accepted; the list is as drafted, so Apply just closes the form.
    app.choose("Party 3", "Japan (Country)");
    assert!(!app.has_containing("is already Party"), "the refusal goes once the choice is fine");
    assert!(app.has("Remove Japan"));
    app.click("Apply");
    assert!(!app.has("Party 1") && !app.has_containing("Not applied"), "applied unchanged: the form closed");

    // Down to one party: the same check as saving refuses it on Apply, in the form's words.
    app.edit(RELATION);
    app.click("Remove Japan");
    app.click("Remove China");
    assert!(app.has("Remove South Korea") && !app.has("Party 2"));
    app.click("Apply");
    assert!(
        app.has_containing("Not applied: the check refuses it: a Relation is between at least two parties"),
        "the checker still judges the edited list"
    );
    app.click("Cancel");
    assert!(app.has_containing("South Korea, China and Japan"), "cancelled: the relation is as it was");

    // Shrunk to two parties, it is saved so, and the saved pack passes the check.
    app.edit(RELATION);
    app.click("Remove Japan");
    app.click("Apply");
    assert!(app.has("Edit applied."), "{}", app.has_containing("Not applied"));
    app.harness.get_by_role_and_label(Role::Button, "Save to Library").scroll_to_me();
    app.harness.run();
    app.click("Save to Library");
    let ron = app.saved("summit");
    assert!(
        ron.contains("Relation(between: [\"south-korea\", \"china\"], state: \"have been tense since 2023\")"),
        "{ron}"
    );
    app.checks("summit");
}

#[test]
fn a_summits_participants_are_added_and_removed_with_the_keyboard_each_control_named() {
    let mut app = app();
    app.draft(SUMMIT, "summit");
    app.edit("Lee Jae Myung and Li Qiang held talks with Sanae Takaichi");
    // Tab walks each participant, its Remove, then the list's Add, then the other slots.
    assert_eq!(app.focused_label(), "Participant 1");
    let mut walked = Vec::new();
    for _ in 0..7 {
        app.harness.key_press(egui::Key::Tab);
        app.harness.run();
        walked.push(app.focused_label());
    }
    assert_eq!(
        walked,
        [
            "Remove Lee Jae Myung",
            "Participant 2",
            "Remove Li Qiang",
            "Participant 3",
            "Remove Sanae Takaichi",
            "Add a participant",
            "Host"
        ]
    );
    // Back to "Remove Li Qiang" and Enter: removed, the focus on the participant now second.
    for _ in 0..4 {
        app.harness.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::Tab);
        app.harness.run();
    }
    assert_eq!(app.focused_label(), "Remove Li Qiang");
    app.harness.key_press(egui::Key::Enter);
    app.harness.run();
    app.harness.run();
    assert!(!app.has("Remove Li Qiang"), "Li Qiang is no longer a participant");
    assert_eq!(app.focused_label(), "Participant 2", "the focus stays on the list: Sanae Takaichi's entry");
    // A second Enter lands on that entry's choice: it opens its menu and removes nothing; Escape closes
    // the menu, not the form.
    app.harness.key_press(egui::Key::Enter);
    app.harness.run();
    app.escape();
    assert!(app.has("Remove Sanae Takaichi") && app.has("Remove Lee Jae Myung"), "nothing else was removed");
    assert!(app.has("Add a participant"), "the form is still open");
    // A double click on a Remove removes one: the second click lands on the entry moved up under it.
    // The two clicks come within a double click's time: the clock holds still while they are made.
    let now = app.harness.ctx.input(|i| i.time);
    app.harness.input_mut().time = Some(now);
    let at = app.harness.get_by_role_and_label(Role::Button, "Remove Lee Jae Myung").rect();
    app.harness.get_by_role_and_label(Role::Button, "Remove Lee Jae Myung").click();
    app.harness.step();
    app.harness.step();
    let moved = app.harness.get_by_role_and_label(Role::Button, "Remove Sanae Takaichi");
    assert_eq!(moved.rect(), at, "Sanae Takaichi's Remove moved up under the pointer");
    moved.click();
    app.harness.step();
    app.harness.input_mut().time = None;
    app.harness.run();
    assert!(app.has("Remove Sanae Takaichi"), "the double click removed one participant, not two");
    assert!(!app.has("Remove Lee Jae Myung"));
    app.click("Cancel");
    app.edit("Lee Jae Myung and Li Qiang held talks with Sanae Takaichi");
    app.click("Remove Li Qiang");
    // Enter on "Add a participant", then the new entry's menu by keys.
    app.harness.get_by_role_and_label(Role::Button, "Add a participant").focus();
    app.harness.run();
    app.harness.key_press(egui::Key::Enter);
    app.harness.run();
    app.harness.run();
    assert_eq!(app.focused_label(), "Participant 3");
    app.choose("Participant 3", "Li Qiang (Person)");
    app.click("Apply");
    assert!(app.has("Edit applied."), "{}", app.has_containing("Not applied"));
    app.harness.get_by_role_and_label(Role::Button, "Save to Library").scroll_to_me();
    app.harness.run();
    app.click("Save to Library");
    let ron = app.saved("summit");
    assert!(ron.contains("Summit(participants: [\"lee-jae-myung\", \"sanae-takaichi\", \"li-qiang\"]"), "{ron}");
    app.checks("summit");
}

/// An article that writes one man's name in two romanisations ("Roh", "Rho"), so the draft holds him twice.
const ROH: &str = "Leaders Meet in Seoul\n\nMonday, May 4, 2026\n\n\
    Lee Jae Myung and Li Qiang held talks with Sanae Takaichi in Seoul on May 2.\n\n\
    Roh Moo-hyun said that the talks were useful. Japan said that it would send a trade delegation to Seoul in \
    June. Rho Moo-hyun said that he would visit Tokyo.\n";

impl Running {
    /// The control of role `role` named `label` in the card of the entity `whose` ("of Rho Moo-hyun"),
    /// scrolled into view.
    fn entity_control(&mut self, role: Role, label: &'static str, whose: &str) -> egui_kittest::Node<'_> {
        let of = format!("of {whose}");
        let find = move |n: &egui_kittest::kittest::AccessKitNode<'_>| {
            n.role() == role && n.label().as_deref() == Some(label) && n.description().is_some_and(|d| d == of)
        };
        self.harness.get_by(find.clone()).scroll_to_me();
        self.harness.run();
        self.harness.get_by(find)
    }

    /// Types `text` over what the entity `whose`'s box `label` holds, and leaves it with Tab.
    fn retype_entity(&mut self, label: &'static str, whose: &str, text: &str) {
        self.entity_control(Role::TextInput, label, whose).focus();
        self.harness.run();
        self.harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        self.harness.key_press(egui::Key::Backspace);
        if !text.is_empty() {
            self.harness.event(egui::Event::Text(text.into()));
        }
        self.harness.run();
        self.harness.key_press(egui::Key::Tab);
        self.harness.run();
        self.harness.run();
    }

    fn entity_count(&self) -> usize {
        self.harness.query_all_by_role_and_label(Role::ComboBox, "Same as").count()
    }

    fn save_as_is(&mut self) {
        self.harness.get_by_role_and_label(Role::Button, "Save to Library").scroll_to_me();
        self.harness.run();
        self.click("Save to Library");
        assert_eq!(self.screen(), "library", "saved");
    }
}

#[test]
fn merging_roh_into_roh_moo_hyun_makes_one_person_who_said_both_things() {
    let mut app = app();
    app.draft(ROH, "roh");
    let before = app.entity_count();
    // "Rho Moo-hyun" is "Roh Moo-hyun": Same as, chosen by the keyboard-reachable menu of his card.
    app.entity_control(Role::ComboBox, "Same as", "Rho Moo-hyun").click();
    app.harness.run();
    let option = app.harness.query_all_by_label("Roh Moo-hyun").last().expect("the menu offers him");
    option.scroll_to_me();
    app.harness.run();
    app.harness.query_all_by_label("Roh Moo-hyun").last().expect("the menu offers him").click();
    app.harness.run();
    app.harness.run();
    assert_eq!(app.entity_count(), before - 1, "one entity fewer");
    assert!(app.harness.query_all_by_label("of Rho Moo-hyun").next().is_none(), "his card is gone");
    // His card shows the other spelling among his other names, and leaving that box keeps it.
    let others = app.entity_control(Role::TextInput, "Other names", "Roh Moo-hyun").value();
    assert_eq!(others.as_deref(), Some("Rho Moo-hyun"), "the merged name shows as another name");
    app.entity_control(Role::TextInput, "Other names", "Roh Moo-hyun").focus();
    app.harness.run();
    app.harness.key_press(egui::Key::Tab);
    app.harness.run();
    // Both statements now name Roh Moo-hyun.
    app.save_as_is();
    let ron = app.saved("roh");
    assert!(
        ron.contains("name: \"Roh Moo-hyun\", aliases: [\"Rho Moo-hyun\"]"),
        "the other spelling is an alias:\n{ron}"
    );
    assert!(!ron.contains("\"roh-moohyun\""), "{ron}");
    assert_eq!(ron.matches("Statement(speaker: \"roh-moo-hyun\"").count(), 2, "{ron}");
    app.checks("roh");
}

#[test]
fn renaming_an_entity_keeps_its_old_name_as_another_and_refuses_an_empty_or_taken_name() {
    let mut app = app();
    app.draft(ROH, "roh");
    // An empty name is refused, said in the card, and the box shows the name kept.
    app.retype_entity("Name", "Rho Moo-hyun", "");
    assert!(app.has("A name cannot be empty; it stays “Rho Moo-hyun”."));
    assert_eq!(app.entity_control(Role::TextInput, "Name", "Rho Moo-hyun").value().as_deref(), Some("Rho Moo-hyun"));
    // Another entity's name is refused too: "Same as" is how two become one.
    app.retype_entity("Name", "Rho Moo-hyun", "Roh Moo-hyun");
    assert!(app.has("“Roh Moo-hyun” already names Roh Moo-hyun; if they are one, choose Roh Moo-hyun in “Same as”."));
    assert!(app.has_containing("Facts: "), "the draft still assembles");
    // A new name is taken; the old one becomes another name, and the refusal goes.
    app.retype_entity("Name", "Rho Moo-hyun", "Roh Tae-woo");
    assert!(!app.has_containing("already names"));
    assert_eq!(
        app.entity_control(Role::TextInput, "Other names", "Roh Tae-woo").value().as_deref(),
        Some("Rho Moo-hyun")
    );
    app.save_as_is();
    let ron = app.saved("roh");
    assert!(ron.contains("name: \"Roh Tae-woo\", aliases: [\"Rho Moo-hyun\"]"), "{ron}");
    app.checks("roh");
}

#[test]
fn other_names_are_saved_and_one_that_names_another_entity_is_refused() {
    let mut app = app();
    app.draft(ROH, "roh");
    app.retype_entity("Other names", "Roh Moo-hyun", "Roh, Japan");
    assert!(app.has("“Japan” already names Japan; if they are one, choose Japan in “Same as”."));
    assert_eq!(app.entity_control(Role::TextInput, "Other names", "Roh Moo-hyun").value().as_deref(), Some(""));
    app.retype_entity("Other names", "Roh Moo-hyun", "Roh, President Roh");
    assert!(!app.has_containing("already names"));
    app.save_as_is();
    let ron = app.saved("roh");
    assert!(ron.contains("name: \"Roh Moo-hyun\", aliases: [\"Roh\", \"President Roh\"]"), "{ron}");
    app.checks("roh");
}

#[test]
fn an_entitys_kind_is_chosen_from_its_menu_and_saved() {
    let mut app = app();
    app.draft(ROH, "roh");
    // Seoul, drafted as a city, is made a place.
    app.entity_control(Role::ComboBox, "Kind", "Seoul").click();
    app.harness.run();
    app.harness.query_all_by_label("Place").last().expect("the kind menu").click();
    app.harness.run();
    app.harness.run();
    app.save_as_is();
    let ron = app.saved("roh");
    assert!(ron.contains("(id: \"seoul\", kind: Place, name: \"Seoul\""), "{ron}");
    app.checks("roh");
}

#[test]
fn at_800_px_the_top_bar_title_reads_whole_beside_the_waiting_exam_results() {
    let mut app = app();
    app.click("Exam");
    app.tick("Countdown");
    app.harness.get_by_role_and_label(Role::Slider, "Time limit").set_value_accesskit(1.0);
    app.harness.run();
    app.click("Start exam");
    app.click("Library");
    app.draft(ARTICLE, "talks");
    app.wait(61.0);
    assert!(app.has("Time is up: exam results"));
    // The top bar's title: the topmost "Add article".
    let title_width = |app: &Running| {
        let titles = app.harness.query_all_by_role_and_label(Role::Label, "Add article");
        let top = titles.min_by(|a, b| a.rect().top().total_cmp(&b.rect().top())).expect("the top bar has a title");
        top.rect().width()
    };
    let whole = title_width(&app);
    app.harness.set_size(egui::vec2(800.0, 600.0));
    app.harness.run();
    assert!(app.has("Time is up: exam results"), "the results still wait in the top bar");
    let shown = title_width(&app);
    assert!(shown >= whole - 0.5, "the title reads whole at 800 px ({shown} of {whole} px), not cut to \"Add…\"");
}

/// A summit article whose leaders also discussed two issues, so the draft holds Issue entities beside its
/// people and countries, and whose summit was held at a seat of government that also speaks.
const SUMMIT_TOPICS: &str = "Leaders Meet in Seoul\n\nMonday, May 4, 2026\n\n\
    Lee Jae Myung and Li Qiang held talks with Sanae Takaichi in Seoul on May 2. Relations between South Korea, \
    China and Japan have been tense since 2023.\n\nThe three leaders discussed the fishing dispute and trade \
    barriers.\n";

impl Running {
    /// The options the open menu offers, by their labels ending in a kind: "Japan (Country)".
    fn offered(&self) -> Vec<String> {
        use egui_kittest::kittest::NodeT;
        let kinds = ["(Person)", "(Country)", "(Issue)", "(Phrase)", "(City)", "(Place)", "(Organisation)", "(Event)"];
        let mut out: Vec<String> = kinds
            .iter()
            .flat_map(|k| {
                self.harness
                    .query_all_by_label_contains(k)
                    .filter_map(|n| n.accesskit_node().label())
                    .collect::<Vec<_>>()
            })
            .filter(|l| kinds.iter().any(|k| l.ends_with(k)))
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

#[test]
fn a_list_slot_offers_exactly_the_kinds_the_check_accepts_there_and_an_edit_made_so_passes_the_check() {
    let mut app = app();
    app.draft(SUMMIT_TOPICS, "summit");
    assert!(app.has_containing("the fishing dispute"), "the draft holds the issues discussed");
    app.edit(RELATION);
    app.harness.get_by_role_and_label(Role::ComboBox, "Party 3").click();
    app.harness.run();
    let offered = app.offered();
    assert!(offered.contains(&"Sanae Takaichi (Person)".to_string()), "a person may be a party: {offered:?}");
    assert!(offered.contains(&"Japan (Country)".to_string()), "{offered:?}");
    assert!(
        !offered.iter().any(|o| o.ends_with("(Issue)") || o.ends_with("(Phrase)")),
        "an issue or a phrase is never a party: {offered:?}"
    );
    // A person chosen as a party is what the check accepts: applied, saved, and the saved pack checks.
    app.harness.query_all_by_label("Sanae Takaichi (Person)").last().expect("offered").click();
    app.harness.run();
    app.harness.run();
    app.click("Apply");
    assert!(app.has("Edit applied."), "{}", app.has_containing("Not applied"));
    app.harness.get_by_role_and_label(Role::Button, "Save to Library").scroll_to_me();
    app.harness.run();
    app.click("Save to Library");
    let ron = app.saved("summit");
    assert!(ron.contains("Relation(between: [\"south-korea\", \"china\", \"sanae-takaichi\"]"), "{ron}");
    app.checks("summit");
}

#[test]
fn a_party_whose_entity_becomes_an_issue_is_left_out_by_the_check_as_the_form_would_not_offer_it() {
    let mut app = app();
    app.draft(SUMMIT_TOPICS, "summit");
    // Japan is made an Issue: the form offers no issue as a party, and the check agrees: the relation
    // that names Japan as a party is left out, saying why.
    for scroll in [true, false] {
        let kind = app.harness.get_by(|n| {
            n.role() == Role::ComboBox
                && n.label().as_deref() == Some("Kind")
                && n.description().is_some_and(|d| d == "of Japan")
        });
        if scroll {
            kind.scroll_to_me();
        } else {
            kind.click();
        }
        app.harness.run();
    }
    app.harness.query_all_by_label("Issue").last().expect("the kind menu").scroll_to_me();
    app.harness.run();
    app.harness.query_all_by_label("Issue").last().expect("the kind menu").click();
    app.harness.run();
    app.harness.run();
    assert!(
        app.has_containing("Left out by the check: the “Party” of this fact is \"japan\", an Issue"),
        "the check refuses an issue as a party"
    );
}

#[test]
fn a_repeated_party_is_refused_under_its_own_entry_not_under_add() {
    use egui_kittest::kittest::NodeT;
    let mut app = app_sized([800.0, 600.0]);
    app.draft(SUMMIT, "summit");
    app.edit(RELATION);
    app.choose("Party 3", "China (Country)");
    let why = "China is already Party 2; a list names each once.";
    assert!(app.has(why));
    let said = app.harness.get_by_label(why).rect();
    let entry = app.harness.get_by_role_and_label(Role::ComboBox, "Party 3").rect();
    let add = app.harness.get_by_role_and_label(Role::Button, "Add a party").rect();
    assert!(
        said.top() >= entry.bottom() && said.bottom() <= add.top(),
        "the sentence sits under Party 3 ({entry:?}), above Add ({add:?}): {said:?}"
    );
    let described = app.harness.get_by_role_and_label(Role::ComboBox, "Party 3").accesskit_node().description();
    assert_eq!(described.as_deref(), Some(why), "a screen reader hears it on the entry");
}

#[test]
fn a_reasons_parts_are_shown_by_their_labels_edited_and_a_reworded_reason_is_refused() {
    let mut app = app();
    let article = "Fishing talks resume\n\nMarch 6, 2026\n\nRelations between Norway and Iceland soured over a \
                   disputed mackerel quota.\n\nNorway said that it would send a trade delegation to Reykjavik in \
                   June.\n";
    let sentence = "Relations between Norway and Iceland soured over a disputed mackerel quota.";
    app.draft(article, "fishing");
    app.edit(sentence);
    assert_eq!(app.field("What was done"), "Relations between Norway and Iceland soured");
    assert_eq!(app.field("Linked by"), "over");
    assert_eq!(app.field("Why"), "a disputed mackerel quota");
    // A reason the sentence does not state word for word is refused, and the form stays open.
    app.retype("Why", "a fishing dispute");
    app.click("Apply");
    assert!(app.has_containing("word for word"), "the refusal says why");
    assert_eq!(app.field("Why"), "a fishing dispute");
    // The article's own words are taken, a shorter act too, and the saved sheet checks clean.
    app.retype("Why", "a disputed mackerel quota");
    app.retype("What was done", "Norway and Iceland soured");
    app.click("Apply");
    assert!(app.has("Edit applied."));
    app.click("Save to Library");
    let ron = app.saved("fishing");
    assert!(
        ron.contains("Reason(act: \"Norway and Iceland soured\", link: \"over\", why: \"a disputed mackerel quota\")"),
        "{ron}"
    );
    app.checks("fishing");
}

#[test]
fn a_fact_whose_sentence_opens_with_a_quotation_is_not_wrapped_in_a_second_pair() {
    let mut app = app();
    app.click("Add article…");
    let article = "Leaders Talk Trade in Seoul\n\nMonday, May 4, 2026\n\n\
        Japan said that it would send a trade delegation to Seoul in June.\n\n\
        “President Moon, we will work with you on trade,” Japanese Prime Minister Taro Aso said.\n";
    app.fill("Or paste the article's text", article);
    app.click("Draft from pasted text");
    // A sentence of its own is quoted by the label; one that opens with a quotation shows its own marks once.
    assert!(app.has("Keep: Statement “Japan said that it would send a trade delegation to Seoul in June.”"));
    assert!(app.has_containing("Keep: Statement “President Moon, we will work"), "the quoted sentence is listed");
    assert!(!app.has_containing("““") && !app.has_containing("“\""), "no doubled quotation mark");
}
