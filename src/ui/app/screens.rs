//! What is on screen, and drawing it: each screen gets only the state it shows and returns at most one
//! [`Command`], which the app applies once the frame is drawn.

use egui::Ui;

use super::chrome::{end_quiz_ui, opening_sentence, waiting_ui};
use super::{App, Clock, Command, quiz_title};
use crate::study;
use crate::ui::profiles::ProfilesView;
use crate::ui::progress::ProgressView;
use crate::ui::reader::ReaderView;
use crate::ui::setup::SetupView;
use crate::ui::welcome::WelcomeView;
use crate::ui::{classroom, library, profiles, progress, question, reader, results, settings, setup, welcome};

/// Where the reader returns to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Back {
    /// The library.
    Library,
    /// The quiz (its feedback).
    Quiz,
    /// The results.
    Results,
}

/// What is on screen, with that screen's own state.
pub enum Screen {
    /// The packs.
    Library(library::LibraryView),
    /// An article.
    Reader(ReaderView),
    /// Choosing how to quiz.
    Setup(SetupView),
    /// A question or its feedback.
    Quiz(question::QuizView),
    /// The outcome of a quiz.
    Results(results::ResultsView),
    /// Preferences; returns to the screen it was opened from.
    Settings(Box<Screen>),
    /// The learners: add, switch, rename, remove.
    Profiles(ProfilesView),
    /// The current learner's progress.
    Progress(Box<ProgressView>),
    /// Waiting for the learner's data, still being opened at start-up, to carry out a command that needs
    /// it (a quiz setup, a review, Progress, the Learners screen).
    Opening(Box<Command>),
    /// A first start: what Dossier does, and a name for the learner (or "Just practise").
    Welcome(WelcomeView),
    /// Drafting a pack from an article and reviewing it ("Add article…").
    Import(Box<crate::ui::import::ImportView>),
    /// Joining a class quiz by its code.
    Join(classroom::JoinView),
    /// Exporting a pack's questions.
    Export(Box<classroom::ExportView>),
    /// The class view of students' results files.
    ClassResults(Box<classroom::ClassView>),
}

impl Screen {
    /// A short name, for tests and the window title.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Library(_) => "library",
            Self::Reader(_) => "reader",
            Self::Setup(_) => "setup",
            Self::Quiz(_) => "quiz",
            Self::Results(_) => "results",
            Self::Settings(_) => "settings",
            Self::Profiles(_) => "profiles",
            Self::Progress(_) => "progress",
            Self::Opening(_) => "opening",
            Self::Welcome(_) => "welcome",
            Self::Import(_) => "import",
            Self::Join(_) => "join",
            Self::Export(_) => "export",
            Self::ClassResults(_) => "class-results",
        }
    }

    /// The library, as it shows when first opened.
    pub fn library() -> Self {
        Self::Library(library::LibraryView::default())
    }
}

impl App {
    /// Draws the screen shown, as it is at `clock`; a screen whose pack or quiz has gone asks for the library.
    pub(super) fn screen_ui(&mut self, ui: &mut Ui, clock: Clock) -> Option<Command> {
        let Self { packs, screen, session, prefs, packs_dir, loading, learner, opening, end_dialog, quiz_code, .. } =
            self;
        match screen {
            Screen::Library(view) => {
                let resumable = session.as_ref().filter(|s| !s.is_finished()).map(|s| s.plan.mode);
                if loading.is_some() {
                    ui.label("Reading the packs…");
                    return None;
                }
                let summaries: Vec<Option<study::PackSummary>> = match &learner.study {
                    Some(s) => packs
                        .iter()
                        .map(|p| p.state.as_ref().ok().map(|l| s.pack_summary(clock.wall, l.pack.id())))
                        .collect(),
                    None => Vec::new(),
                };
                let waiting = opening.as_ref().map(opening_sentence);
                let learner_line = library::LearnerLine {
                    opening: waiting.as_deref(),
                    name: learner.current().map(|p| p.name.as_str()),
                    problem: learner.problem.as_deref(),
                    notice: learner.recovered.as_deref().or(learner.welcome.as_deref()),
                    summaries: &summaries,
                };
                library::ui(ui, packs, packs_dir.as_deref(), view, resumable, &learner_line)
            }
            Screen::Reader(view) => match library::find(packs, &view.pack) {
                Some(loaded) => reader::ui(ui, loaded, view, prefs.mode),
                None => Some(Command::ShowLibrary),
            },
            Screen::Setup(view) => match library::find(packs, &view.pack) {
                Some(loaded) => setup::ui(ui, loaded, view),
                None => Some(Command::ShowLibrary),
            },
            Screen::Quiz(view) => match session {
                // While "End quiz" asks first, the question under the dialog takes no click and no key.
                Some(s) => {
                    let asking = end_dialog.is_some();
                    let cmd = ui
                        .add_enabled_ui(!asking, |ui| {
                            s.with_draft(|s, draft| question::ui(ui, s, draft, view, clock.secs))
                        })
                        .inner;
                    match end_dialog {
                        Some(dialog) => end_quiz_ui(ui, s, dialog).or(cmd),
                        None => cmd,
                    }
                }
                None => Some(Command::ShowLibrary),
            },
            Screen::Results(view) => match session {
                Some(s) => {
                    let student = learner.current().map_or("Learner", |p| p.name.as_str());
                    let teacher =
                        quiz_code.as_deref().map(|code| results::Teacher { code, student, at: clock.wall.at });
                    results::ui(ui, s, quiz_title(packs, s), view, teacher)
                }
                None => Some(Command::ShowLibrary),
            },
            Screen::Settings(_) => settings::ui(ui, prefs),
            Screen::Profiles(view) => profiles::ui(ui, learner, view),
            Screen::Progress(view) => progress::ui(ui, view),
            Screen::Welcome(view) => welcome::ui(ui, learner, view),
            Screen::Import(view) => crate::ui::import::ui(ui, view, packs_dir.as_deref()),
            Screen::Join(view) => classroom::join_ui(ui, packs, view),
            Screen::Export(view) => classroom::export_ui(ui, packs, view),
            Screen::ClassResults(view) => classroom::class_ui(ui, view),
            // Should the learner have arrived while another screen was on top (Settings), go on now.
            Screen::Opening(command) => match opening {
                Some(opening) => {
                    waiting_ui(ui, opening, command);
                    None
                }
                None => Some((**command).clone()),
            },
        }
    }
}
