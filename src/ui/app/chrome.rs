//! The app's chrome around every screen: the top bar (title, whether answers are saved, the buttons to the
//! main screens, the learner picker) and the screen that waits for the learner's data at start-up.

use egui::{RichText, Ui};

use super::{App, Back, Command, Screen};
use crate::study::session::{Session, countdown};
use crate::ui::confirm::{self, Choice, ConfirmView};
use crate::ui::learner::{Opening, SaveState};
use crate::ui::widgets::speech::{self, mark_selected, read_left_to_right, speak_as};
use crate::ui::{fonts, theme};

/// How many characters of the learner's name the top bar shows.
const LEARNER_NAME_SHOWN: usize = 18;

impl App {
    /// The top bar: the screen's title (cut short to the room the buttons leave), whether the quiz's answers
    /// are saved, and the buttons to Settings, Library, Progress, the learner picker and "End quiz".
    pub(super) fn top_bar_ui(&self, ui: &mut Ui) -> Option<Command> {
        let mut cmd = None;
        let title = match &self.screen {
            Screen::Library(_) => "Library".to_string(),
            Screen::Reader(v) => self.loaded(&v.pack).map_or_else(String::new, |l| l.pack.sheet.title.clone()),
            Screen::Setup(_) => "New quiz".to_string(),
            Screen::Quiz(_) => {
                self.session.as_ref().map_or_else(String::new, |s| format!("{} quiz", s.plan.mode.name()))
            }
            Screen::Results(_) => "Results".to_string(),
            Screen::Settings(_) => "Settings".to_string(),
            Screen::Profiles(_) => "Learners".to_string(),
            Screen::Progress(_) => "Progress".to_string(),
            Screen::Opening(command) => waiting_for(command).0.to_string(),
            Screen::Welcome(_) => "Welcome".to_string(),
            Screen::Import(_) => "Add article".to_string(),
            Screen::Join(_) => "Join with a code".to_string(),
            Screen::Export(_) => "Export".to_string(),
            Screen::ClassResults(_) => "Class results".to_string(),
        };
        // Buttons first, from the right, so the title gets only the space left and is cut short there.
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            // The current page's button shows and is exposed as selected; pressing it does nothing.
            let in_settings = matches!(self.screen, Screen::Settings(_));
            if page_button(ui, "Settings", in_settings) {
                cmd = Some(Command::ShowSettings);
            }
            // While a first start greets the user, only Settings: nobody to show the library or progress of yet.
            let greeting = self.learner.greeting();
            let in_library = matches!(self.screen, Screen::Library(_));
            if !greeting && page_button(ui, "Library", in_library) {
                cmd = Some(Command::ShowLibrary);
            }
            let in_progress = matches!(self.screen, Screen::Progress(_));
            if !greeting && page_button(ui, "Progress", in_progress) {
                cmd = Some(Command::ShowProgress);
            }
            if !greeting && let Some(c) = self.learner_menu_ui(ui) {
                cmd = Some(c);
            }
            // An exam ends with its own "Finish exam", which asks first if questions have no answer.
            let exam = self.session.as_ref().is_some_and(Session::is_exam);
            // "End quiz" asks first when questions are left (see `end_quiz_ui`); while it asks, the
            // dialog's own "End quiz" is the only one.
            let asking = self.end_dialog.is_some();
            if matches!(self.screen, Screen::Quiz(_)) && !exam && !asking && ui.button("End quiz").clicked() {
                cmd = Some(Command::AskEndQuiz);
            }
            // A timed exam runs whatever screen is shown: away from it, its countdown stays in view and leads
            // back to it.
            if !matches!(self.screen, Screen::Quiz(_))
                && let Some(left) = self
                    .session
                    .as_ref()
                    .filter(|s| s.is_exam() && !s.is_finished())
                    .and_then(|s| s.time_left(self.now))
                    .filter(|left| *left > 0.0)
            {
                let p = theme::palette(ui);
                let c = countdown(left);
                ui.ctx().request_repaint_after(std::time::Duration::from_secs_f64(c.next_change + 0.02));
                let colour = if c.urgent { p.wrong } else { p.text };
                let button = ui.button(RichText::new(format!("Exam: {}", c.text)).color(colour));
                let spoken = format!("Back to the exam, {}", c.spoken);
                button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &spoken));
                if button.clicked() {
                    cmd = Some(Command::Return(Back::Quiz));
                }
            }
            // A timed exam that ended over a draft not saved left the draft on screen: its results wait here.
            if self.results_waiting && !matches!(self.screen, Screen::Results(_)) {
                let p = theme::palette(ui);
                let button = ui.button(RichText::new("Time is up: exam results").color(p.wrong));
                speech::describe(&button, "The exam has ended and its answers are saved.");
                if button.clicked() {
                    cmd = Some(Command::Return(Back::Results));
                }
            }
            // Whether the answers are saved: a status of its own beside the buttons, not part of the title.
            if matches!(self.screen, Screen::Quiz(_) | Screen::Results(_)) {
                let p = theme::palette(ui);
                match &self.learner.save {
                    SaveState::Idle => {}
                    SaveState::Saved => {
                        let text = if self.session.as_ref().is_some_and(Session::is_exam) {
                            let n = self.recorder.saved();
                            format!("Saved {n} answer{}", if n == 1 { "" } else { "s" })
                        } else {
                            "Saved".to_string()
                        };
                        ui.add_space(8.0);
                        ui.label(RichText::new(text).color(p.right)).on_hover_text("Your answers are on disk.");
                    }
                    SaveState::Failed(why) => {
                        ui.add_space(8.0);
                        let shown = ui.add(egui::Label::new(RichText::new(why.as_str()).color(p.wrong)).truncate());
                        speak_as(&shown, why, None);
                    }
                }
            }
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                let p = theme::palette(ui);
                let brand = RichText::new("Dossier").family(fonts::bold()).size(19.0).color(p.accent);
                let heading = RichText::new(&title).color(p.quiet);
                // The app's name steps aside when that lets the screen's title read whole ("Add article", not
                // "Add…", beside "Time is up: exam results" at 800 px); the window's own title still names the app.
                let width = |text: &RichText| {
                    egui::WidgetText::from(text.clone())
                        .into_galley(ui, Some(egui::TextWrapMode::Extend), f32::INFINITY, egui::TextStyle::Body)
                        .size()
                        .x
                };
                let room = ui.available_width();
                let (brand_w, title_w) = (width(&brand), width(&heading));
                let brand_crowds_title = title_w > room - brand_w - ui.spacing().item_spacing.x && title_w <= room;
                if !brand_crowds_title {
                    ui.label(brand);
                }
                // Cut short on screen to the room left; a screen reader gets it whole.
                let shown = ui.add(egui::Label::new(heading).truncate());
                speak_as(&shown, &title, None);
            });
            // Laid out from the right, the row's nodes came right to left: give them the order the eye reads.
            read_left_to_right(ui);
        });
        cmd
    }

    /// The learner picker: the current learner's name; the menu switches learner or opens the Learners
    /// screen. While the learner's data is being opened, a quiet line says so instead.
    fn learner_menu_ui(&self, ui: &mut Ui) -> Option<Command> {
        if let Some(opening) = &self.opening {
            let text = opening_sentence(opening);
            ui.label(RichText::new(text).color(theme::palette(ui).quiet))
                .on_hover_text("Your answers and schedule are being read; quizzes can start once they are open.");
            return None;
        }
        let mut cmd = None;
        let current = self.learner.current().map(|c| c.id.clone());
        let shown = shortened(&self.learner.name());
        ui.menu_button(format!("Learner: {shown}"), |ui| {
            for p in &self.learner.profiles {
                // The current learner is selected, not disabled; choosing them again does nothing.
                let is_current = current.as_deref() == Some(p.id.as_str());
                if page_button(ui, p.name.as_str(), is_current) {
                    cmd = Some(Command::SwitchLearner(p.id.clone()));
                    ui.close();
                }
            }
            ui.separator();
            if ui.button("Manage learners…").clicked() {
                cmd = Some(Command::ShowLearners);
                ui.close();
            }
        });
        cmd
    }
}

/// "3 of 10 questions are not answered yet. End the quiz?" over the quiz, "Keep going" focused: Escape or
/// "Keep going" goes back to the question as it was; "End quiz" ends it, scored on what was answered.
pub(super) fn end_quiz_ui(ui: &Ui, session: &Session, view: &mut ConfirmView) -> Option<Command> {
    let summary = session.summary();
    let (left, all) = (summary.left, session.questions.len());
    let question = if left == all {
        format!("None of the {all} questions is answered yet. End the quiz?")
    } else if left == 1 {
        format!("1 of {all} questions is not answered yet. End the quiz?")
    } else {
        format!("{left} of {all} questions are not answered yet. End the quiz?")
    };
    let detail = match summary.total {
        0 => "Nothing has been answered, so nothing is scored.".to_string(),
        1 => "Only the question answered is scored.".to_string(),
        n => format!("Only the {n} questions answered are scored."),
    };
    let ask = confirm::Ask {
        id: "end-quiz",
        question: &question,
        detail: &detail,
        go: "End quiz",
        back: "Keep going",
        escape: "Escape keeps going",
    };
    confirm::ui(ui, &ask, view).map(|choice| match choice {
        Choice::Go => Command::EndQuiz,
        Choice::Back => Command::KeepGoing,
    })
}

impl App {
    /// "Discard this draft?" over "Add article" when leaving would lose work, "Keep editing" focused:
    /// Escape, a click beside it or "Keep editing" goes back to the draft as it was; "Discard" leaves.
    pub(super) fn leave_dialog_ui(&mut self, ui: &Ui) -> Option<Command> {
        use crate::ui::import::Unsaved;
        let unsaved = self.unsaved_import()?;
        let dialog = self.leave_dialog.as_mut()?;
        let (question, detail) = match unsaved {
            Unsaved::Pasted => ("Discard the pasted text?", "It has not been drafted yet; leaving throws it away."),
            Unsaved::Draft => (
                "Discard this draft?",
                "Its facts and your changes are not in the Library yet; “Save to Library” keeps them.",
            ),
            Unsaved::Edit { draft_too: true } => (
                "Discard this draft?",
                "Your edit of a fact is not applied, and the draft is not saved to the Library.",
            ),
            Unsaved::Edit { draft_too: false } => {
                ("Discard this edit?", "Your edit of a fact is not applied yet; the rest of the draft is saved.")
            }
        };
        // Where "Discard" leads is said when it is not the screen the user just chose.
        let go = match *dialog.then {
            Command::CloseWindow => "Discard and close",
            Command::Return(Back::Results) => "Discard and see results",
            _ => "Discard",
        };
        let ask = confirm::Ask {
            id: "discard-draft",
            question,
            detail,
            go,
            back: "Keep editing",
            escape: "Escape keeps editing",
        };
        confirm::ui(ui, &ask, &mut dialog.view).map(|choice| match choice {
            Choice::Go => Command::DiscardDraft,
            Choice::Back => Command::KeepDraft,
        })
    }
}

/// A button to a page (Settings, Library, Progress) or a learner in the learner menu: on that page (for
/// that learner) it shows selected and is exposed as selected (not disabled, which would say it cannot be
/// used), and pressing it does nothing. Whether it was pressed to go there.
fn page_button(ui: &mut Ui, label: &str, current: bool) -> bool {
    let mut button = egui::Button::new(label);
    if current {
        button = button.fill(ui.visuals().selection.bg_fill);
    }
    let button = ui.add(button);
    mark_selected(&button, current);
    button.clicked() && !current
}

/// A learner's name cut to what the top bar has room for.
fn shortened(name: &str) -> String {
    crate::text::cut(name, LEARNER_NAME_SHOWN)
}

/// "Opening Mina's answers…", with the name cut as the learner picker cuts it.
pub(super) fn opening_sentence(opening: &Opening) -> String {
    match opening.name() {
        Some(name) => format!("Opening {}'s answers…", shortened(name)),
        None => "Opening your answers…".to_string(),
    }
}

/// For the screen that waits to carry out `command`: the top bar's title, and what happens once the
/// learner's data is open.
fn waiting_for(command: &Command) -> (&'static str, &'static str) {
    match command {
        Command::Setup { .. } | Command::NewQuiz => ("New quiz", "The quiz setup opens"),
        Command::ShowProgress | Command::PractiseWeakest => ("Progress", "Your progress shows"),
        Command::ReviewAll | Command::Start(_) | Command::Join { .. } | Command::RetryMistakes => {
            ("Quiz", "The quiz starts")
        }
        _ => ("Learners", "The learners show"),
    }
}

/// The screen shown while a command waits for the learner's data: a quiet line, nothing to do.
pub(super) fn waiting_ui(ui: &mut Ui, opening: &Opening, command: &Command) {
    let p = theme::palette(ui);
    let what = waiting_for(command).1;
    ui.add_space(24.0);
    ui.vertical_centered(|ui| {
        ui.label(RichText::new(opening_sentence(opening)).size(18.0).color(p.quiet));
        ui.label(RichText::new(format!("{what} as soon as they are read.")).color(p.quiet));
    });
}
