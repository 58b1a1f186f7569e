//! The app: persisted UI preferences apart from runtime resources (the packs, the quiz being taken), the
//! screen being shown, and the commands screens return. A screen never changes the app while it is being
//! laid out: it returns at most one [`Command`], applied once the frame is drawn.

use std::path::{Path, PathBuf};

use egui::{CentralPanel, Panel, RichText, ThemePreference, Ui};
use serde::{Deserialize, Serialize};

use crate::generate::{Bank, QuizSettings, quiz};
use crate::pack::{BUNDLED_SHEET_NAME, Pack, PackError};
use crate::paths;
use crate::question::{Question, QuestionKind, Response};
use crate::study::session::{Mode, QuizPlan, Session, next_seed};
use crate::study::{self, Now, exam};
use crate::ui::learner::{Learner, Opening, SaveState};
use crate::ui::profiles::ProfilesView;
use crate::ui::progress::ProgressView;
use crate::ui::reader::{Mark, ReaderView};
use crate::ui::setup::SetupView;
use crate::ui::{fonts, library, profiles, progress, question, reader, results, settings, setup, theme};

/// Key under which [`Prefs`] are stored by eframe.
pub const PREFS_KEY: &str = "dossier-ui";

/// How the app picks light or dark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the operating system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl ThemeChoice {
    /// egui's name for it.
    pub fn preference(self) -> ThemePreference {
        match self {
            Self::System => ThemePreference::System,
            Self::Light => ThemePreference::Light,
            Self::Dark => ThemePreference::Dark,
        }
    }
}

/// UI preferences, the only thing persisted through eframe (its storage is not written atomically, so
/// it holds nothing a learner would miss).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Format version of these preferences.
    pub version: u32,
    /// Light, dark or the system's choice.
    pub theme: ThemeChoice,
    /// Text size, as egui's zoom factor (1.0 = 100 %).
    pub zoom: f32,
    /// The mode a new quiz starts in.
    pub mode: Mode,
    /// The question kinds ticked in a new quiz.
    pub kinds: Vec<QuestionKind>,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            version: 1,
            theme: ThemeChoice::System,
            zoom: 1.0,
            mode: Mode::Practice,
            kinds: QuestionKind::ALL.to_vec(),
        }
    }
}

/// How many characters of the learner's name the top bar shows.
const LEARNER_NAME_SHOWN: usize = 18;

/// Smallest and largest text size offered.
/// At most this many questions in one "Review all due" quiz; the most overdue come first, the rest wait
/// for the next one.
pub const REVIEW_ALL_MAX: usize = 50;
/// The title of a quiz drawn from several packs.
const ALL_PACKS: &str = "Review due in every pack";

pub const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.75..=2.0;

/// Where a pack came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Compiled into the binary.
    Bundled,
    /// A fact sheet in the user's packs folder.
    File(PathBuf),
    /// Handed to the app by its caller (tests).
    Given,
}

/// A pack ready to study: checked, with its question bank and the entity marks of its article.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The pack.
    pub pack: Pack,
    /// Every question it yields.
    pub bank: Vec<Question>,
    /// Where its entities are named in the article.
    pub marks: Vec<Mark>,
}

/// One entry of the library: a pack, or why it could not be used.
#[derive(Debug, Clone)]
pub struct PackEntry {
    /// The file name shown for it.
    pub name: String,
    /// Where it came from (decides whether "Reload" reads it again).
    pub origin: Origin,
    /// The pack, or its problems as text (one a line).
    pub state: Result<Loaded, String>,
}

impl PackEntry {
    /// Wraps the result of loading a pack.
    pub fn new(name: impl Into<String>, origin: Origin, result: Result<Bank, PackError>) -> Self {
        let state = result
            .map(|Bank { pack, questions }| {
                let marks = reader::marks(&pack);
                Loaded { pack, bank: questions, marks }
            })
            .map_err(|e| e.to_string());
        Self { name: name.into(), origin, state }
    }

    /// The bundled pack.
    pub fn bundled() -> Self {
        Self::new(BUNDLED_SHEET_NAME, Origin::Bundled, Bank::bundled())
    }

    /// A fact sheet on disk.
    pub fn file(path: PathBuf) -> Self {
        let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        let result = Bank::load(&path);
        Self::new(name, Origin::File(path), result)
    }
}

/// The fact sheets (`*.ron`) in `dir`, sorted by file name, loaded; none if the folder does not exist.
pub fn packs_in(dir: &Path) -> Vec<PackEntry> {
    let Ok(read) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut files: Vec<PathBuf> =
        read.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ron")).collect();
    files.sort();
    files.into_iter().map(PackEntry::file).collect()
}

/// What the app starts with: its packs, where the user's packs live, and the first seed it proposes.
pub struct Startup {
    /// The library.
    pub packs: Vec<PackEntry>,
    /// The folder "Reload packs" reads (`<data>/packs`), if there is one.
    pub packs_dir: Option<PathBuf>,
    /// The seed proposed for the first quiz.
    pub seed: u64,
}

impl Startup {
    /// The bundled pack, then the packs of the user's data folder; a seed from the clock.
    pub fn from_disk() -> Self {
        let packs_dir = paths::packs_dir();
        let mut packs = vec![PackEntry::bundled()];
        packs.extend(packs_dir.as_deref().map(packs_in).unwrap_or_default());
        let clock = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_secs());
        Self { packs, packs_dir, seed: next_seed(clock) }
    }
}

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
        }
    }
}

/// A change of state asked for by a screen, applied after the frame.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Show the library.
    ShowLibrary,
    /// Review what FSRS says is due today in every pack, in one quiz.
    ReviewAll,
    /// Read the user's packs folder again.
    Reload,
    /// Open a pack's article, optionally scrolled to the sentence of an evidence quote.
    Read {
        /// Index of the pack.
        pack: usize,
        /// An evidence quote to highlight.
        evidence: Option<String>,
        /// Where "Back" leads.
        back: Back,
    },
    /// Go back from the reader.
    Return(Back),
    /// Open the quiz setup.
    Setup {
        /// Index of the pack.
        pack: usize,
        /// Preselected mode; the default mode otherwise.
        mode: Option<Mode>,
        /// Only questions on these facts (empty: all).
        facts: Vec<String>,
        /// The fact filter in words.
        focus: Option<String>,
    },
    /// Draw a quiz and start it.
    Start(QuizPlan),
    /// Answer the current question.
    Answer(Response),
    /// Skip the current question (in an exam: move on, leaving it as it is).
    Skip,
    /// Exam: show question `n` (counted from 0).
    GoTo(usize),
    /// Exam: the previous question.
    Previous,
    /// Exam: the next question.
    Next,
    /// Exam: take back the answer to the current question.
    ClearAnswer,
    /// Leave the feedback for the next question.
    Continue,
    /// End the quiz now (or the time ran out).
    EndQuiz,
    /// A new quiz of the questions not fully right.
    RetryMistakes,
    /// Back to the setup with a new seed.
    NewQuiz,
    /// Open the settings.
    ShowSettings,
    /// Leave the settings.
    CloseSettings,
    /// Change the preferences.
    SetPrefs(Prefs),
    /// Show the learners.
    ShowLearners,
    /// Show the current learner's progress.
    ShowProgress,
    /// A quiz setup on the learner's weakest facts.
    PractiseWeakest,
    /// Add a learner with this name and study as them.
    AddLearner(String),
    /// Study as the learner with this id.
    SwitchLearner(String),
    /// Rename a learner.
    RenameLearner {
        /// The learner's id.
        id: String,
        /// The new name.
        name: String,
    },
    /// Remove the learner with this id (their data goes to the trash folder).
    RemoveLearner(String),
    /// Leave renaming or removing a learner.
    CancelLearnerEdit,
}

/// Why the exam in progress cannot be kept as its answers are given, as a sentence.
fn not_kept(e: &study::StoreError) -> String {
    format!("This exam's answers cannot be kept as they are given, only when it ends (or is left): {e}")
}

/// Who a quiz belongs to, taken before the learner may change.
struct HeldQuiz {
    /// The learner studying.
    profile: Option<study::Profile>,
    /// An exam in progress: the records of its answered questions.
    attempts: Vec<study::Attempt>,
}

/// The desktop app.
pub struct App {
    /// Persisted UI preferences.
    pub prefs: Prefs,
    packs: Vec<PackEntry>,
    packs_dir: Option<PathBuf>,
    screen: Screen,
    session: Option<Session>,
    seed: u64,
    last_plan: Option<QuizPlan>,
    now: f64,
    last_focus: Option<egui::Id>,
    /// Packs still being read on a background thread (start-up only).
    loading: Option<std::sync::mpsc::Receiver<Startup>>,
    /// The learner studying and their data.
    learner: Learner,
    /// The learner's data still being opened on a background thread (start-up only); meanwhile `learner`
    /// is empty and commands that need it wait ([`Screen::Opening`]).
    opening: Option<Opening>,
    /// How many answers of the last exam were saved when it ended.
    exam_saved: usize,
    /// The draft of the exam in progress (see [`study::exam`]): what it would keep if the app stopped now.
    exam_draft: Option<exam::Keeper>,
}

impl App {
    /// The app as eframe creates it: preferences from eframe's storage, packs from disk. The packs are read
    /// and checked on a background thread, so the window shows without waiting for them.
    pub fn new(cc: &eframe::CreationContext<'_>) -> Self {
        let prefs = cc.storage.and_then(|s| eframe::get_value::<Prefs>(s, PREFS_KEY)).unwrap_or_default();
        let (tx, rx) = std::sync::mpsc::channel();
        let ctx = cc.egui_ctx.clone();
        let spawned = std::thread::Builder::new().name("load-packs".into()).spawn(move || {
            // The receiver only goes away with the app; nothing is left to tell then.
            let _ = tx.send(Startup::from_disk());
            ctx.request_repaint();
        });
        let mut app = if spawned.is_ok() {
            let empty = Startup { packs: Vec::new(), packs_dir: paths::packs_dir(), seed: 1 };
            let mut app = Self::with(&cc.egui_ctx, empty, prefs);
            app.loading = Some(rx);
            app
        } else {
            Self::with(&cc.egui_ctx, Startup::from_disk(), prefs)
        };
        app.open_learner_in_background(&cc.egui_ctx, paths::data_dir());
        app
    }

    /// [`App::new_with_data`], but the learner's data is opened on a background thread, as [`App::new`]
    /// opens it: what tests of the waiting state build.
    pub fn new_opening_data(cc: &eframe::CreationContext<'_>, startup: Startup, data: PathBuf) -> Self {
        let mut app = Self::with(&cc.egui_ctx, startup, Prefs::default());
        app.open_learner_in_background(&cc.egui_ctx, Some(data));
        app
    }

    /// The app with the given packs and first seed, default preferences, recording for the learners in
    /// the data folder `data`: what tests of learners and progress build.
    pub fn new_with_data(cc: &eframe::CreationContext<'_>, startup: Startup, data: PathBuf) -> Self {
        let mut app = Self::with(&cc.egui_ctx, startup, Prefs::default());
        app.open_learner(Some(data));
        app
    }

    /// Opens the learner of the data folder `data` on a background thread (their history may take seconds
    /// to read), which wakes the UI when it is done; without a data folder there is nothing to read.
    fn open_learner_in_background(&mut self, ctx: &egui::Context, data: Option<PathBuf>) {
        if data.is_none() {
            self.open_learner(None);
            return;
        }
        let ctx = ctx.clone();
        self.opening = Some(Learner::open_in_background(data, move || ctx.request_repaint()));
    }

    /// Takes in the learner opened on the background thread, if they have arrived, and carries out the
    /// command that was waiting for them.
    fn take_opened_learner(&mut self, ctx: &egui::Context) {
        let Some(learner) = self.opening.as_mut().and_then(Opening::poll) else { return };
        self.opening = None;
        self.learner = learner;
        if let Screen::Opening(command) = &self.screen {
            let command = (**command).clone();
            self.apply(command, ctx);
        }
    }

    /// Whether the learner's data is still being opened (start-up only).
    pub fn is_opening_learner(&self) -> bool {
        self.opening.is_some()
    }

    fn open_learner(&mut self, data: Option<PathBuf>) {
        let missing = data.is_none();
        self.learner = Learner::open(data);
        if missing {
            self.learner.problem =
                Some("There is no folder for Dossier's files (set DOSSIER_DATA_DIR), so answers are not kept.".into());
        }
    }

    /// The app with the given packs and first seed, default preferences, and no learner data (nothing is
    /// recorded): what tests of the screens build.
    pub fn new_with(cc: &eframe::CreationContext<'_>, startup: Startup) -> Self {
        Self::with(&cc.egui_ctx, startup, Prefs::default())
    }

    fn with(ctx: &egui::Context, startup: Startup, prefs: Prefs) -> Self {
        fonts::install(ctx);
        theme::install(ctx);
        let mut prefs = prefs;
        prefs.zoom = prefs.zoom.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        ctx.set_theme(prefs.theme.preference());
        ctx.set_zoom_factor(prefs.zoom);
        Self {
            prefs,
            packs: startup.packs,
            packs_dir: startup.packs_dir,
            screen: Screen::Library(library::LibraryView::default()),
            session: None,
            seed: startup.seed,
            last_plan: None,
            now: 0.0,
            last_focus: None,
            loading: None,
            learner: Learner::default(),
            opening: None,
            exam_saved: 0,
            exam_draft: None,
        }
    }

    /// The learner studying and their data.
    pub fn learner(&self) -> &Learner {
        &self.learner
    }

    /// The library.
    pub fn packs(&self) -> &[PackEntry] {
        &self.packs
    }

    /// The screen shown.
    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    /// The quiz being taken or last taken.
    pub fn session(&self) -> Option<&Session> {
        self.session.as_ref()
    }

    /// The seed the next quiz setup proposes.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    fn loaded(&self, pack: usize) -> Option<&Loaded> {
        self.packs.get(pack).and_then(|p| p.state.as_ref().ok())
    }

    fn top_bar_ui(&self, ui: &mut Ui) -> Option<Command> {
        let mut cmd = None;
        let title = match &self.screen {
            Screen::Library(_) => "Library".to_string(),
            Screen::Reader(v) => self.loaded(v.pack).map_or_else(String::new, |l| l.pack.sheet.title.clone()),
            Screen::Setup(_) => "New quiz".to_string(),
            Screen::Quiz(_) => {
                self.session.as_ref().map_or_else(String::new, |s| format!("{} quiz", s.plan.mode.name()))
            }
            Screen::Results(_) => "Results".to_string(),
            Screen::Settings(_) => "Settings".to_string(),
            Screen::Profiles(_) => "Learners".to_string(),
            Screen::Progress(_) => "Progress".to_string(),
            Screen::Opening(command) => waiting_for(command).0.to_string(),
        };
        // Buttons first, from the right, so the title gets only the space left and is cut short there.
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let in_settings = matches!(self.screen, Screen::Settings(_));
            if ui.add_enabled(!in_settings, egui::Button::new("Settings")).clicked() {
                cmd = Some(Command::ShowSettings);
            }
            let in_library = matches!(self.screen, Screen::Library(_));
            if ui.add_enabled(!in_library, egui::Button::new("Library")).clicked() {
                cmd = Some(Command::ShowLibrary);
            }
            let in_progress = matches!(self.screen, Screen::Progress(_));
            if ui.add_enabled(!in_progress, egui::Button::new("Progress")).clicked() {
                cmd = Some(Command::ShowProgress);
            }
            if let Some(c) = self.learner_menu_ui(ui) {
                cmd = Some(c);
            }
            // An exam ends with its own "Finish exam", which asks first if questions have no answer.
            let exam = self.session.as_ref().is_some_and(Session::is_exam);
            if matches!(self.screen, Screen::Quiz(_)) && !exam && ui.button("End quiz").clicked() {
                cmd = Some(Command::EndQuiz);
            }
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                let p = theme::palette(ui);
                ui.label(RichText::new("Dossier").family(fonts::bold()).size(19.0).color(p.accent));
                if matches!(self.screen, Screen::Quiz(_) | Screen::Results(_)) {
                    match &self.learner.save {
                        SaveState::Idle => {}
                        SaveState::Saved => {
                            let text = if self.session.as_ref().is_some_and(Session::is_exam) {
                                let n = self.exam_saved;
                                format!("Saved {n} answer{}", if n == 1 { "" } else { "s" })
                            } else {
                                "Saved".to_string()
                            };
                            ui.label(RichText::new(text).color(p.quiet)).on_hover_text("Your answers are on disk.");
                        }
                        SaveState::Failed(why) => {
                            ui.add(egui::Label::new(RichText::new(why.as_str()).color(p.wrong)).truncate());
                        }
                    }
                }
                ui.add(egui::Label::new(RichText::new(title).color(p.quiet)).truncate());
            });
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
                let is_current = current.as_deref() == Some(p.id.as_str());
                if ui.add_enabled(!is_current, egui::Button::new(p.name.as_str())).clicked() {
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

    fn screen_ui(&mut self, ui: &mut Ui) -> Option<Command> {
        let now = self.now;
        let Self { packs, screen, session, prefs, packs_dir, loading, learner, opening, .. } = self;
        match screen {
            Screen::Library(view) => {
                let resumable = session.as_ref().filter(|s| !s.is_finished()).map(|s| s.plan.mode);
                if loading.is_some() {
                    ui.label("Reading the packs…");
                    return None;
                }
                let summaries: Vec<Option<study::PackSummary>> = match &learner.study {
                    Some(s) => {
                        let today = Now::system();
                        packs
                            .iter()
                            .map(|p| p.state.as_ref().ok().map(|l| s.pack_summary(today, l.pack.id())))
                            .collect()
                    }
                    None => Vec::new(),
                };
                let waiting = opening.as_ref().map(opening_sentence);
                let learner_line = library::LearnerLine {
                    opening: waiting.as_deref(),
                    name: learner.current().map(|p| p.name.as_str()),
                    problem: learner.problem.as_deref(),
                    notice: learner.recovered.as_deref(),
                    summaries: &summaries,
                };
                library::ui(ui, packs, packs_dir.as_deref(), view, resumable, &learner_line)
            }
            Screen::Reader(view) => match packs.get(view.pack).and_then(|p| p.state.as_ref().ok()) {
                Some(loaded) => reader::ui(ui, loaded, view, prefs.mode),
                None => Some(Command::ShowLibrary),
            },
            Screen::Setup(view) => match packs.get(view.pack).and_then(|p| p.state.as_ref().ok()) {
                Some(loaded) => setup::ui(ui, loaded, view),
                None => Some(Command::ShowLibrary),
            },
            Screen::Quiz(view) => match session {
                Some(s) => s.with_draft(|s, draft| question::ui(ui, s, draft, view, now)),
                None => Some(Command::ShowLibrary),
            },
            Screen::Results(view) => match session {
                Some(s) => {
                    let title = if s.spans_packs() {
                        Some(ALL_PACKS)
                    } else {
                        packs.get(s.plan.pack).and_then(|p| p.state.as_ref().ok()).map(|l| l.pack.sheet.title.as_str())
                    };
                    results::ui(ui, s, title.unwrap_or(""), view)
                }
                None => Some(Command::ShowLibrary),
            },
            Screen::Settings(_) => settings::ui(ui, prefs),
            Screen::Profiles(view) => profiles::ui(ui, learner, view),
            Screen::Progress(view) => progress::ui(ui, view),
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

    /// How many questions of pack `pack` are due today, and how many the learner has answered (Weak
    /// spots can ask them).
    fn scheduled_counts(&self, pack: usize) -> (usize, usize) {
        let (Some(s), Some(loaded)) = (&self.learner.study, self.loaded(pack)) else { return (0, 0) };
        let today = Now::system();
        let id = loaded.pack.id();
        let due = s.due(today, Some(id));
        let weak = s.weak(today, Some(id), usize::MAX);
        (
            study::questions_for(&loaded.bank, id, &due, usize::MAX).len(),
            study::questions_for(&loaded.bank, id, &weak, usize::MAX).len(),
        )
    }

    /// The questions of a Review due or Weak spots quiz.
    fn scheduled_questions(&self, plan: &QuizPlan) -> Vec<Question> {
        let (Some(s), Some(loaded)) = (&self.learner.study, self.loaded(plan.pack)) else { return Vec::new() };
        let today = Now::system();
        let id = loaded.pack.id();
        let cards = match plan.mode {
            Mode::Review => s.due(today, Some(id)),
            _ => s.weak(today, Some(id), usize::MAX),
        };
        study::questions_for(&loaded.bank, id, &cards, plan.settings.count)
    }

    /// A review of everything due today across the loaded packs, the most overdue first: the questions
    /// and, for each, the library index of its pack. At most [`REVIEW_ALL_MAX`].
    fn due_everywhere(&self) -> (Vec<Question>, Vec<usize>) {
        let Some(s) = &self.learner.study else { return (Vec::new(), Vec::new()) };
        let loaded: Vec<(usize, &Loaded)> =
            self.packs.iter().enumerate().filter_map(|(i, p)| p.state.as_ref().ok().map(|l| (i, l))).collect();
        let banks: Vec<(&str, &[Question])> = loaded.iter().map(|(_, l)| (l.pack.id(), l.bank.as_slice())).collect();
        let cards = s.due(Now::system(), None);
        study::questions_across(&banks, &cards, REVIEW_ALL_MAX).into_iter().map(|(at, q)| (q, loaded[at].0)).unzip()
    }

    /// Records the answer to question `index` of the session, if it was answered by this step (not in an
    /// exam, whose answers are recorded when it ends).
    fn record_answer(&mut self, index: usize) {
        let Some(s) = &self.session else { return };
        let (Some(q), Some(Some(a))) = (s.questions.get(index), s.answers.get(index)) else { return };
        let Some(loaded) = self.loaded(s.pack_of(index)) else { return };
        let response = a.response.clone().unwrap_or_else(|| Response::Text(String::new()));
        let secs = s.time_on(index, self.now);
        let attempt =
            study::attempt_for(loaded.pack.id(), q, &response, a.grade.score, secs, s.plan.mode, Now::system());
        self.learner.record(&attempt);
    }

    /// The index of the question being asked, if it has no answer yet (outside an exam).
    fn pending_question(&self) -> Option<usize> {
        let s = self.session.as_ref()?;
        s.question()?;
        (!s.is_exam() && !s.showing_feedback && s.answers.get(s.current).is_some_and(Option::is_none))
            .then_some(s.current)
    }

    /// The exam in progress, if one is: it has not ended, so none of its answers is recorded yet.
    fn exam_in_progress(&self) -> bool {
        self.session.as_ref().is_some_and(|s| s.is_exam() && !s.is_finished())
    }

    /// The attempt records of the exam: each answered question with its final answer and the seconds
    /// spent on it over every visit; each question without an answer as "no answer" scoring 0 when
    /// `unanswered_too` (the exam ended: the records agree with the score shown), left out otherwise (the
    /// exam was left unfinished: what had been answered, as if each answer had been recorded at once).
    fn exam_attempts(&self, unanswered_too: bool) -> Vec<study::Attempt> {
        let Some(s) = self.session.as_ref().filter(|s| s.is_exam()) else { return Vec::new() };
        let today = Now::system();
        let mut out = Vec::new();
        for (i, q) in s.questions.iter().enumerate() {
            let Some(loaded) = self.loaded(s.pack_of(i)) else { continue };
            let (response, score) = match s.answers.get(i).and_then(Option::as_ref) {
                Some(crate::study::session::Answer { response: Some(r), grade }) => (r.clone(), grade.score),
                _ if unanswered_too => (Response::Text(String::new()), 0.0),
                _ => continue,
            };
            let secs = s.time_on(i, self.now);
            out.push(study::attempt_for(loaded.pack.id(), q, &response, score, secs, s.plan.mode, today));
        }
        out
    }

    /// Writes an exam's records for the current learner (each one synced before the next), then says how
    /// many are on disk, or why not all are.
    fn save_exam(&mut self, attempts: &[study::Attempt]) {
        if self.learner.study.is_none() {
            return;
        }
        // The draft holds exactly these records first, so that a crash while they are appended loses none
        // and the next recovery appends none twice.
        self.write_exam_draft(attempts);
        let Some(study) = &mut self.learner.study else { return };
        let mut saved = 0;
        let mut failure = None;
        for a in attempts {
            if let Err(e) = study.record(a) {
                failure = Some(e);
                break;
            }
            saved += 1;
        }
        let warnings: Vec<String> = study.take_warnings().iter().map(ToString::to_string).collect();
        if !warnings.is_empty() {
            self.learner.problem = Some(warnings.join(" "));
        }
        self.exam_saved = saved;
        let draft = self.exam_draft.take();
        self.learner.save = match failure {
            None => {
                self.discard_exam_draft(draft);
                SaveState::Saved
            }
            // The draft stays, with every record, for the next opening of the learner's data.
            Some(e) => SaveState::Failed(format!(
                "Only {saved} of the exam's {} answers were saved: {e}{}",
                attempts.len(),
                if draft.is_some() { " The rest are kept and saved when this learner is next opened." } else { "" }
            )),
        };
    }

    /// After a change to an exam's answers: the draft holds what leaving the exam now would keep.
    fn keep_exam_draft(&mut self) {
        if self.exam_in_progress() {
            let attempts = self.exam_attempts(false);
            self.write_exam_draft(&attempts);
        }
    }

    /// Replaces the exam's draft with `attempts`, beginning the draft on its first answer. A draft cannot be
    /// kept when another window has an exam in progress for the learner, or an earlier draft is in the way
    /// and cannot be read or recorded: the learner is told once, and the exam is then recorded only when
    /// it ends or is left.
    fn write_exam_draft(&mut self, attempts: &[study::Attempt]) {
        if self.exam_draft.is_none() {
            if attempts.is_empty() {
                return;
            }
            let Some(s) = self.session.as_ref() else { return };
            let title = if s.spans_packs() {
                ALL_PACKS.to_string()
            } else {
                self.loaded(s.plan.pack).map_or_else(String::new, |l| l.pack.sheet.title.clone())
            };
            let mode = s.plan.mode;
            let now = Now::system();
            let started = now.plus_secs(-((self.now - s.started_at).max(0.0) as i64));
            let Some(study) = &mut self.learner.study else { return };
            let name = study.profile().name.clone();
            match exam::Keeper::begin(study, started, &title, mode) {
                Ok(exam::Begun::Kept(keeper, recovered)) => {
                    self.exam_draft = Some(keeper);
                    if let Some(r) = recovered {
                        self.learner.tell(r.sentence());
                    }
                }
                Ok(exam::Begun::Busy) => self.learner.tell_drafts_refused(format!(
                    "Another Dossier window has an exam in progress for {name}, so this exam's answers are kept \
                     only when it ends (or is left)."
                )),
                Err(e) => self.learner.tell_drafts_refused(not_kept(&e)),
            }
        }
        if let Some(draft) = &mut self.exam_draft
            && let Err(e) = draft.write(attempts, Now::system())
        {
            self.learner.tell_drafts_refused(not_kept(&e));
        }
    }

    /// The exam's answers are on disk: its draft goes.
    fn discard_exam_draft(&mut self, draft: Option<exam::Keeper>) {
        if let Some(d) = draft
            && let Err(e) = d.discard()
        {
            self.learner.tell(format!(
                "{e} It holds answers already saved, which the next start recognises and does not save again."
            ));
        }
    }

    /// An exam left without being finished (a new quiz, reloading the packs, closing the app) keeps what
    /// was answered, as it would have been had each answer been recorded at once.
    fn keep_unfinished_exam(&mut self) {
        if self.exam_in_progress() {
            let attempts = self.exam_attempts(false);
            self.save_exam(&attempts);
        }
    }

    /// Ends the quiz now; an exam that ends here is recorded, every question of it.
    fn end_quiz(&mut self, now: f64) {
        let ending = self.session.as_ref().is_some_and(|s| !s.is_finished());
        if let Some(s) = &mut self.session {
            s.finish(now);
        }
        if ending && self.session.as_ref().is_some_and(Session::is_exam) {
            let attempts = self.exam_attempts(true);
            self.save_exam(&attempts);
        }
        self.after_step();
    }

    /// Applies a command: the only place the app's state changes. While the learner's data is being
    /// opened, a command that needs it waits on [`Screen::Opening`] and is carried out once it is open.
    pub fn apply(&mut self, command: Command, ctx: &egui::Context) {
        if self.opening.is_some() && needs_learner(&command) {
            self.screen = Screen::Opening(Box::new(command));
            ctx.request_repaint();
            return;
        }
        let now = self.now;
        match command {
            Command::ShowLibrary => self.screen = Screen::Library(library::LibraryView::default()),
            Command::Reload => {
                self.keep_unfinished_exam();
                self.packs.retain(|p| !matches!(p.origin, Origin::File(_)));
                self.packs.extend(self.packs_dir.as_deref().map(packs_in).unwrap_or_default());
                // Pack indices may have moved: forget what pointed at them.
                self.session = None;
                self.last_plan = None;
                self.screen = Screen::Library(library::LibraryView::default());
            }
            Command::Read { pack, evidence, back } => {
                if let Some(loaded) = self.loaded(pack) {
                    self.screen = Screen::Reader(ReaderView::new(pack, loaded, evidence.as_deref(), back));
                }
            }
            Command::Return(back) => {
                self.screen = match (back, &self.session) {
                    (Back::Quiz, Some(s)) if !s.is_finished() => Screen::Quiz(question::QuizView::default()),
                    (Back::Results | Back::Quiz, Some(_)) => Screen::Results(results::ResultsView::default()),
                    _ => Screen::Library(library::LibraryView::default()),
                };
            }
            Command::Setup { pack, mode, facts, focus } => {
                if let Some(loaded) = self.loaded(pack) {
                    let mut view = SetupView::new(pack, loaded, &self.prefs, mode, facts, focus, self.seed);
                    (view.due, view.weak) = self.scheduled_counts(pack);
                    // The counts were not known when the number of questions was first chosen.
                    view.count = 10.min(view.available(loaded).max(1));
                    self.screen = Screen::Setup(view);
                }
            }
            Command::ReviewAll => {
                let (questions, packs) = self.due_everywhere();
                let Some(&first) = packs.first() else { return };
                let plan = QuizPlan {
                    pack: first,
                    settings: QuizSettings { seed: self.seed, count: questions.len(), ..QuizSettings::default() },
                    mode: Mode::Review,
                    minutes: None,
                    focus: Some("everything due today, in every pack".into()),
                };
                self.keep_unfinished_exam();
                let sources = packs
                    .iter()
                    .map(|&i| self.loaded(i).map_or_else(String::new, |l| l.pack.sheet.title.clone()))
                    .collect();
                let mut session = Session::with_packs(plan, questions, packs, now);
                session.sources = sources;
                self.session = Some(session);
                self.learner.save = SaveState::Idle;
                self.last_plan = None;
                self.screen = Screen::Quiz(question::QuizView::default());
            }
            Command::Start(plan) => {
                let Some(loaded) = self.loaded(plan.pack) else { return };
                let questions = if plan.mode.from_schedule() {
                    self.scheduled_questions(&plan)
                } else {
                    quiz(&loaded.bank, &plan.settings)
                };
                self.keep_unfinished_exam();
                self.seed = next_seed(plan.settings.seed);
                self.session = Some(Session::new(plan.clone(), questions, now));
                self.learner.save = SaveState::Idle;
                self.last_plan = Some(plan);
                self.screen = Screen::Quiz(question::QuizView::default());
            }
            Command::Answer(response) => {
                let asked = self.pending_question();
                if let Some(s) = &mut self.session {
                    s.answer(response, now);
                }
                if let Some(i) = asked {
                    self.record_answer(i);
                }
                self.keep_exam_draft();
                self.after_step();
            }
            Command::Skip => {
                let asked = self.pending_question();
                if let Some(s) = &mut self.session {
                    s.skip(now);
                }
                if let Some(i) = asked {
                    self.record_answer(i);
                }
                self.after_step();
            }
            Command::GoTo(i) => {
                if let Some(s) = &mut self.session {
                    s.go_to(i, now);
                }
            }
            Command::Previous => {
                if let Some(s) = &mut self.session {
                    s.previous(now);
                }
            }
            Command::Next => {
                if let Some(s) = &mut self.session {
                    s.next(now);
                }
            }
            Command::ClearAnswer => {
                if let Some(s) = &mut self.session {
                    s.clear_answer();
                }
                self.keep_exam_draft();
            }
            Command::Continue => {
                if let Some(s) = &mut self.session {
                    s.advance(now);
                }
                self.after_step();
            }
            Command::EndQuiz => self.end_quiz(now),
            Command::RetryMistakes => {
                if let Some(retry) = self.session.as_ref().and_then(|s| s.retry_mistakes(now)) {
                    self.session = Some(retry);
                    self.learner.save = SaveState::Idle;
                    self.screen = Screen::Quiz(question::QuizView::default());
                }
            }
            Command::NewQuiz => {
                let plan = self.last_plan.clone();
                match plan.and_then(|p| self.loaded(p.pack).map(|l| (p.clone(), l))) {
                    Some((plan, loaded)) => {
                        let mut view = SetupView::from_plan(&plan, loaded, self.seed);
                        (view.due, view.weak) = self.scheduled_counts(plan.pack);
                        self.screen = Screen::Setup(view);
                    }
                    None => self.screen = Screen::Library(library::LibraryView::default()),
                }
            }
            Command::ShowSettings => {
                if !matches!(self.screen, Screen::Settings(_)) {
                    let previous =
                        std::mem::replace(&mut self.screen, Screen::Library(library::LibraryView::default()));
                    self.screen = Screen::Settings(Box::new(previous));
                }
            }
            Command::CloseSettings => {
                let current = std::mem::replace(&mut self.screen, Screen::Library(library::LibraryView::default()));
                self.screen = match current {
                    Screen::Settings(previous) => *previous,
                    other => other,
                };
            }
            Command::SetPrefs(prefs) => {
                if prefs.theme != self.prefs.theme {
                    ctx.set_theme(prefs.theme.preference());
                }
                if (prefs.zoom - self.prefs.zoom).abs() > f32::EPSILON {
                    ctx.set_zoom_factor(prefs.zoom.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end()));
                }
                self.prefs = prefs;
            }
            Command::ShowLearners | Command::CancelLearnerEdit => {
                self.screen = Screen::Profiles(ProfilesView::default());
            }
            Command::ShowProgress => {
                let stats = self.learner.study.as_ref().map(|s| s.stats(Now::system()));
                match stats {
                    Some(stats) => {
                        let view = self.progress_view(stats);
                        self.screen = Screen::Progress(Box::new(view));
                    }
                    None => self.screen = Screen::Profiles(ProfilesView::default()),
                }
            }
            Command::PractiseWeakest => {
                let Screen::Progress(view) = &self.screen else { return };
                let weakest: Vec<_> = view.stats.weakest.iter().take(progress::WEAKEST_SHOWN).cloned().collect();
                let target = weakest.iter().find_map(|f| {
                    self.packs
                        .iter()
                        .position(|p| p.state.as_ref().is_ok_and(|l| l.pack.id() == f.pack))
                        .map(|i| (i, f.pack.clone()))
                });
                if let Some((pack, id)) = target {
                    let facts = weakest.iter().filter(|f| f.pack == id).map(|f| f.fact.clone()).collect();
                    let focus = Some("your weakest facts".to_string());
                    self.apply(Command::Setup { pack, mode: Some(Mode::Practice), facts, focus }, ctx);
                }
            }
            Command::AddLearner(name) => {
                let before = self.held_quiz();
                if self.learner.add(&name) {
                    self.screen = Screen::Profiles(ProfilesView::default());
                }
                self.end_quiz_of_other_learner(&before);
            }
            Command::SwitchLearner(id) => {
                let before = self.held_quiz();
                self.learner.switch(&id);
                self.end_quiz_of_other_learner(&before);
                self.refresh_learner_screen();
            }
            Command::RenameLearner { id, name } => {
                if self.learner.rename(&id, &name) {
                    self.screen = Screen::Profiles(ProfilesView::default());
                }
            }
            Command::RemoveLearner(id) => {
                let before = self.held_quiz();
                self.learner.remove(&id);
                self.screen = Screen::Profiles(ProfilesView::default());
                self.end_quiz_of_other_learner(&before);
            }
        }
        // A question's time counts only while the quiz screen shows it.
        let on_quiz = matches!(self.screen, Screen::Quiz(_));
        if let Some(s) = &mut self.session {
            if on_quiz {
                s.resume(now);
            } else {
                s.pause(now);
            }
        }
        ctx.request_repaint();
    }

    /// The Progress screen for `stats` of the current learner.
    fn progress_view(&self, stats: study::Stats) -> ProgressView {
        let evidence = stats
            .weakest
            .iter()
            .take(progress::WEAKEST_SHOWN)
            .map(|f| {
                self.packs
                    .iter()
                    .filter_map(|p| p.state.as_ref().ok())
                    .find(|l| l.pack.id() == f.pack)
                    .and_then(|l| l.pack.sheet.facts.iter().find(|x| x.id == f.fact))
                    .map(|x| x.evidence.clone())
            })
            .collect();
        let mut topic_names = std::collections::BTreeMap::new();
        for l in self.packs.iter().filter_map(|p| p.state.as_ref().ok()) {
            for t in &l.pack.sheet.topics {
                topic_names.entry(t.id.clone()).or_insert_with(|| t.name.clone());
            }
        }
        ProgressView { learner: self.learner.name(), stats, today: Now::system().day(), evidence, topic_names }
    }

    /// The id of the learner answers are recorded for.
    fn learner_id(&self) -> Option<String> {
        self.learner.current().map(|c| c.id.clone())
    }

    /// Who the quiz belongs to before the learner may change, with what an exam in progress has answered.
    fn held_quiz(&self) -> HeldQuiz {
        let profile = self.learner.current().cloned();
        let attempts = if self.exam_in_progress() { self.exam_attempts(false) } else { Vec::new() };
        HeldQuiz { profile, attempts }
    }

    /// A quiz belongs to the learner who started it: when the learner changes, an unfinished quiz ends,
    /// so no answer is recorded for the wrong person. Its answers so far are kept for the first learner:
    /// already saved outside an exam; an exam's answered questions are saved for them now (unless they
    /// were removed).
    fn end_quiz_of_other_learner(&mut self, before: &HeldQuiz) {
        if self.learner_id() != before.profile.as_ref().map(|p| p.id.clone()) {
            // The draft is the first learner's: it goes once their answers are on disk, and stays (for the
            // next opening of their data) if they are not.
            let mut draft = self.exam_draft.take();
            if let (Some(profile), Some(data)) = (&before.profile, self.learner.data())
                && !before.attempts.is_empty()
                && self.learner.profiles.iter().any(|p| p.id == profile.id)
            {
                if let Some(d) = &mut draft {
                    // Should this fail, the draft keeps their earlier answers; recording goes ahead anyway.
                    let _ = d.write(&before.attempts, Now::system());
                }
                let saved = study::Study::open(data, profile)
                    .and_then(|mut s| before.attempts.iter().try_for_each(|a| s.record(a)));
                match saved {
                    Ok(()) => self.discard_exam_draft(draft.take()),
                    Err(e) => {
                        self.learner.problem =
                            Some(format!("{}'s unfinished exam could not be saved: {e}", profile.name));
                    }
                }
            } else if before.attempts.is_empty() {
                self.discard_exam_draft(draft.take());
            }
            self.session = None;
            if matches!(self.screen, Screen::Quiz(_) | Screen::Results(_)) {
                self.screen = Screen::Library(library::LibraryView::default());
            }
        }
    }

    fn refresh_learner_screen(&mut self) {
        match &self.screen {
            Screen::Progress(_) => {
                if let Some(s) = &self.learner.study {
                    let view = self.progress_view(s.stats(Now::system()));
                    self.screen = Screen::Progress(Box::new(view));
                }
            }
            Screen::Setup(view) => {
                let pack = view.pack;
                let counts = self.scheduled_counts(pack);
                if let Screen::Setup(view) = &mut self.screen {
                    (view.due, view.weak) = counts;
                }
            }
            _ => {}
        }
    }

    /// After an answer, a skip or leaving feedback: the results once the quiz is over.
    fn after_step(&mut self) {
        if self.session.as_ref().is_some_and(Session::is_finished) {
            self.screen = Screen::Results(results::ResultsView::default());
        }
    }
}

/// Whether `command` reads or records the learner's data (so it waits while that is being opened).
fn needs_learner(command: &Command) -> bool {
    match command {
        Command::ReviewAll
        | Command::Setup { .. }
        | Command::Start(_)
        | Command::NewQuiz
        | Command::RetryMistakes
        | Command::ShowProgress
        | Command::PractiseWeakest
        | Command::ShowLearners
        | Command::CancelLearnerEdit
        | Command::AddLearner(_)
        | Command::SwitchLearner(_)
        | Command::RenameLearner { .. }
        | Command::RemoveLearner(_) => true,
        Command::ShowLibrary
        | Command::Reload
        | Command::Read { .. }
        | Command::Return(_)
        | Command::Answer(_)
        | Command::Skip
        | Command::GoTo(_)
        | Command::Previous
        | Command::Next
        | Command::ClearAnswer
        | Command::Continue
        | Command::EndQuiz
        | Command::ShowSettings
        | Command::CloseSettings
        | Command::SetPrefs(_) => false,
    }
}

/// A learner's name cut to what the top bar has room for.
fn shortened(name: &str) -> String {
    crate::text::cut(name, LEARNER_NAME_SHOWN)
}

/// "Opening Mina's answers…", with the name cut as the learner picker cuts it.
fn opening_sentence(opening: &Opening) -> String {
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
        Command::ReviewAll | Command::Start(_) | Command::RetryMistakes => ("Quiz", "The quiz starts"),
        _ => ("Learners", "The learners show"),
    }
}

/// The screen shown while a command waits for the learner's data: a quiet line, nothing to do.
fn waiting_ui(ui: &mut Ui, opening: &Opening, command: &Command) {
    let p = theme::palette(ui);
    let what = waiting_for(command).1;
    ui.add_space(24.0);
    ui.vertical_centered(|ui| {
        ui.label(RichText::new(opening_sentence(opening)).size(18.0).color(p.quiet));
        ui.label(RichText::new(format!("{what} as soon as they are read.")).color(p.quiet));
    });
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.now = ui.input(|i| i.time);
        self.take_opened_learner(ui.ctx());
        if let Some(rx) = &self.loading {
            match rx.try_recv() {
                Ok(startup) => {
                    self.packs = startup.packs;
                    self.packs_dir = startup.packs_dir;
                    self.seed = startup.seed;
                    self.loading = None;
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => {}
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    // The loader died without a word: read the packs here instead.
                    let startup = Startup::from_disk();
                    self.packs = startup.packs;
                    self.seed = startup.seed;
                    self.loading = None;
                }
            }
        }
        // An exam's time runs out on whatever screen is shown: it ends and is recorded then.
        let left = self.session.as_ref().filter(|s| !s.is_finished()).and_then(|s| s.time_left(self.now));
        match left {
            Some(left) if left <= 0.0 => self.apply(Command::EndQuiz, ui.ctx()),
            Some(left) => ui.ctx().request_repaint_after(std::time::Duration::from_secs_f64(left)),
            None => {}
        }
        // Keyboard zoom (Ctrl +/-) changes egui's zoom directly; keep the preference in step.
        self.prefs.zoom = ui.ctx().zoom_factor();
        let mut command = None;
        Panel::top("top-bar")
            .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(egui::Margin::symmetric(16, 8)))
            .show(ui, |ui| command = self.top_bar_ui(ui));
        CentralPanel::default()
            .frame(egui::Frame::central_panel(ui.style()).inner_margin(egui::Margin::symmetric(20, 16)))
            .show(ui, |ui| {
                if let Some(c) = self.screen_ui(ui) {
                    command = Some(c);
                }
            });
        if let Some(c) = command {
            self.apply(c, ui.ctx());
        }
        // Widgets are styled from their state in the previous frame: when focus moves, draw once more so
        // the focus ring shows on the widget that now has it.
        let focus = ui.ctx().memory(egui::Memory::focused);
        if focus != self.last_focus {
            self.last_focus = focus;
            ui.ctx().request_repaint();
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, &self.prefs);
    }

    fn persist_egui_memory(&self) -> bool {
        false
    }

    /// Closing the window during an exam keeps what was answered (as answering outside an exam does).
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.keep_unfinished_exam();
    }
}
