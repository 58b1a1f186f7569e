//! The app: persisted UI preferences apart from runtime resources (the packs, the quiz being taken), the
//! screen being shown, and the commands screens return. A screen never changes the app while it is being
//! laid out: it returns at most one [`Command`], applied once the frame is drawn.
//!
//! One file a job, each with its own `impl App` block: this one holds the state, its construction and the
//! frame; `command_handling.rs` the commands and applying them; `screens.rs` what is on screen and drawing
//! it; `chrome.rs` the top bar and the screen that waits for the learner's data; `learner_data.rs` what the
//! app asks of the learner's study; `exam_recording.rs` keeping an exam's answers; `prefs.rs` the
//! persisted preferences.
//!
//! The clock is read once a frame (`Clock`) and handed to whatever needs the time, so every command of
//! a frame and every screen it draws see the same moment.

mod chrome;
mod command_handling;
mod exam_recording;
mod learner_data;
mod prefs;
mod screens;

use std::path::PathBuf;

use egui::{CentralPanel, Panel, Ui};

use crate::paths;
use crate::study::session::{QuizPlan, Session, next_seed};
use crate::study::{Now, exam};
use crate::ui::confirm::ConfirmView;
use crate::ui::learner::{Learner, Opening};
use crate::ui::library::{self, Loaded, PackEntry, packs_in};
use crate::ui::{fonts, theme};

pub use command_handling::Command;
pub use prefs::{PREFS_KEY, Prefs, ThemeChoice, ZOOM_RANGE};
pub use screens::{Back, Screen};

/// At most this many questions in one "Review all due" quiz; the most overdue come first, the rest wait
/// for the next one.
pub const REVIEW_ALL_MAX: usize = 50;

/// The title of a quiz drawn from several packs.
const ALL_PACKS: &str = "Review due in every pack";

/// The title a quiz is known by (on its results, in an exam's draft): its pack's among `packs`, or
/// [`ALL_PACKS`] for one drawn from several; empty if its pack is gone.
fn quiz_title<'a>(packs: &'a [PackEntry], s: &Session) -> &'a str {
    if s.spans_packs() {
        ALL_PACKS
    } else {
        library::find(packs, &s.plan.pack).map_or("", |l| l.pack.sheet.title.as_str())
    }
}

/// The time as one frame reads it, once, at its start: every command applied in that frame and every
/// screen it draws see the same moment.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Clock {
    /// The wall clock, on the learner's clock: when answers are recorded, what is due today.
    wall: Now,
    /// egui's time in seconds: how long a question was shown, an exam's time left.
    secs: f64,
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
    /// The bundled packs, then the packs of the user's data folder; a seed from the clock.
    pub fn from_disk() -> Self {
        let packs_dir = paths::packs_dir();
        let mut packs = PackEntry::library();
        packs.extend(packs_dir.as_deref().map(packs_in).unwrap_or_default());
        library::refuse_duplicate_ids(&mut packs);
        let clock = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_secs());
        Self { packs, packs_dir, seed: next_seed(clock) }
    }
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
    /// The code of the quiz being taken or last taken, if it was joined with one ("Save results for the
    /// teacher…" shows then); cleared whenever another quiz starts.
    quiz_code: Option<String>,
    /// egui's time at the start of the last frame.
    now: f64,
    last_focus: Option<egui::Id>,
    /// Packs still being read on a background thread (start-up only).
    loading: Option<std::sync::mpsc::Receiver<Startup>>,
    /// The learner studying and their data.
    learner: Learner,
    /// The learner's data still being opened on a background thread (start-up only); meanwhile `learner`
    /// is empty and commands that need it wait ([`Screen::Opening`]).
    opening: Option<Opening>,
    /// Records exams (see [`exam::Recorder`]): keeps the draft of the one in progress, what it would keep
    /// if the app stopped now.
    recorder: exam::Recorder,
    /// "End quiz" was pressed with questions left: the dialog asking first, shown over the quiz.
    end_dialog: Option<ConfirmView>,
    /// Leaving "Add article" with unsaved work: the dialog asking to discard it, and where it would go.
    leave_dialog: Option<command_handling::LeaveDialog>,
    /// The window is closing ("Discard and close" was chosen, or nothing was left to lose): the close
    /// request that follows is let through.
    closing: bool,
    /// A timed exam ended while "Add article" held work not saved: the draft stayed on screen, and the top
    /// bar offers the results until they are seen or another quiz starts.
    results_waiting: bool,
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

    /// The app with the given packs and first seed, default preferences, and no learner data (nothing is
    /// recorded): what tests of the screens build.
    pub fn new_with(cc: &eframe::CreationContext<'_>, startup: Startup) -> Self {
        Self::with(&cc.egui_ctx, startup, Prefs::default())
    }

    /// Opens the learner of the data folder `data` on a background thread (their history may take seconds
    /// to read), which wakes the UI when it is done; without a data folder, or on a first start (nobody to
    /// read: the welcome shows at once), there is nothing to read.
    fn open_learner_in_background(&mut self, ctx: &egui::Context, data: Option<PathBuf>) {
        if data.as_deref().is_none_or(Learner::is_first_start) {
            self.open_learner(data);
            return;
        }
        let ctx = ctx.clone();
        self.opening = Some(Learner::open_in_background(data, move || ctx.request_repaint()));
    }

    /// Takes in the learner opened on the background thread, if they have arrived, and carries out the
    /// command that was waiting for them at `clock`.
    fn take_opened_learner(&mut self, ctx: &egui::Context, clock: Clock) {
        let Some(learner) = self.opening.as_mut().and_then(Opening::poll) else { return };
        self.opening = None;
        self.learner = learner;
        if let Screen::Opening(command) = &self.screen {
            let command = (**command).clone();
            self.apply_at(command, ctx, clock);
        }
    }

    /// Whether the learner's data is still being opened (start-up only).
    pub fn is_opening_learner(&self) -> bool {
        self.opening.is_some()
    }

    /// Opens the learner of the data folder `data` here and now; without a data folder, the library says
    /// that answers are not kept. A first start (no list of learners yet) opens on the welcome instead.
    fn open_learner(&mut self, data: Option<PathBuf>) {
        let missing = data.is_none();
        self.learner = Learner::open(data);
        if self.learner.greeting() {
            self.screen = Screen::Welcome(crate::ui::welcome::WelcomeView::default());
        }
        if missing {
            self.learner.problem =
                Some("There is no folder for Dossier's files (set DOSSIER_DATA_DIR), so answers are not kept.".into());
        }
    }

    /// The app on the library with `startup`'s packs and `prefs` (the zoom kept in range), its fonts and
    /// theme installed in `ctx`; no learner yet.
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
            screen: Screen::library(),
            session: None,
            seed: startup.seed,
            last_plan: None,
            quiz_code: None,
            now: 0.0,
            last_focus: None,
            loading: None,
            learner: Learner::default(),
            opening: None,
            recorder: exam::Recorder::new(),
            end_dialog: None,
            leave_dialog: None,
            closing: false,
            results_waiting: false,
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

    /// The code of the quiz being taken or last taken, if it was joined with one.
    pub fn quiz_code(&self) -> Option<&str> {
        self.quiz_code.as_deref()
    }

    /// The seed the next quiz setup proposes.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The usable pack with the id `pack`, if it is there.
    fn loaded(&self, pack: &str) -> Option<&Loaded> {
        library::find(&self.packs, pack)
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let clock = Clock { wall: Now::system(), secs: ui.input(|i| i.time) };
        self.now = clock.secs;
        self.take_opened_learner(ui.ctx(), clock);
        // Closing the window is leaving too: with work not saved in "Add article" the close is cancelled
        // and the dialog asks first (again if closed again); with nothing to lose the window just closes.
        if ui.input(|i| i.viewport().close_requested()) && !self.closing && self.unsaved_import().is_some() {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.apply_at(Command::CloseWindow, ui.ctx(), clock);
        }
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
        let left = self.session.as_ref().filter(|s| !s.is_finished()).and_then(|s| s.time_left(clock.secs));
        match left {
            Some(left) if left <= 0.0 => self.apply_at(Command::EndQuiz, ui.ctx(), clock),
            Some(left) => ui.ctx().request_repaint_after(std::time::Duration::from_secs_f64(left)),
            None => {}
        }
        // Keyboard zoom (Ctrl +/-) changes egui's zoom directly; keep the preference in step.
        self.prefs.zoom = ui.ctx().zoom_factor();
        crate::ui::widgets::speech::name_window(ui.ctx(), "Dossier");
        let mut command = None;
        Panel::top("top-bar")
            .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(egui::Margin::symmetric(16, 8)))
            .show(ui, |ui| command = self.top_bar_ui(ui));
        CentralPanel::default()
            .frame(egui::Frame::central_panel(ui.style()).inner_margin(egui::Margin::symmetric(20, 16)))
            .show(ui, |ui| {
                // While the dialog asking to discard a draft shows, the screen under it takes no key.
                let asking = self.leave_dialog.is_some();
                if let Some(c) = ui.add_enabled_ui(!asking, |ui| self.screen_ui(ui, clock)).inner {
                    command = Some(c);
                }
                if let Some(c) = self.leave_dialog_ui(ui) {
                    command = Some(c);
                }
            });
        // In an exam what is in the box is the answer: text typed (or cleared) this frame is kept on disk too.
        if self.session.as_mut().is_some_and(Session::take_edited) {
            self.keep_exam_draft(clock);
        }
        if let Some(c) = command {
            self.apply_at(c, ui.ctx(), clock);
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
        self.keep_unfinished_exam(Clock { wall: Now::system(), secs: self.now });
    }
}
