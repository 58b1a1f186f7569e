//! The commands screens return, and applying them: the only place the app's state changes.
//!
//! [`App::apply`] carries out one command after the frame that returned it; a command that finds nothing to
//! act on (a pack that is gone, nothing due) leaves everything as it was.

use super::{App, Back, Clock, Prefs, Screen, ZOOM_RANGE, packs_in};
use crate::generate::{QuizSettings, quiz_ranked};
use crate::question::Response;
use crate::study::session::{Mode, QuizPlan, Session, next_seed};
use crate::study::{Now, flags};
use crate::ui::classroom::{ExportView, JoinView};
use crate::ui::confirm::ConfirmView;
use crate::ui::learner::SaveState;
use crate::ui::library::{self, Origin, PackEntry};
use crate::ui::profiles::ProfilesView;
use crate::ui::reader::ReaderView;
use crate::ui::setup::SetupView;
use crate::ui::{progress, question, results};

/// A change of state asked for by a screen, applied after the frame.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    // Moving between screens.
    /// Show the library.
    ShowLibrary,
    /// Open a pack's article, optionally scrolled to the sentence of an evidence quote.
    Read {
        /// The pack's id.
        pack: String,
        /// An evidence quote to highlight.
        evidence: Option<String>,
        /// Where "Back" leads.
        back: Back,
    },
    /// Go back from the reader.
    Return(Back),
    /// Open the settings.
    ShowSettings,
    /// Leave the settings.
    CloseSettings,
    /// Show the current learner's progress.
    ShowProgress,

    // The packs.
    /// Read the user's packs folder again; a quiz whose packs are still there goes on.
    Reload,
    /// Open "Add article": draft a pack from an article and review it.
    AddArticle,
    /// Open a drafted pack (by its id) in the draft review again.
    EditDraft(String),
    /// "Start over" on a draft under review: the form to draft from shows again, the pasted text kept.
    StartOver,

    // The classroom.
    /// Open "Join with a code…".
    ShowJoin,
    /// Open "Export…".
    ShowExport,
    /// Open "Class results…".
    ShowClassResults,
    /// Start the quiz a code stands for, exactly: no question the learner reported is left out, so every
    /// student of the class takes the same quiz; the app remembers the code for the results.
    Join {
        /// The quiz the code stands for.
        plan: QuizPlan,
        /// The code, as Dossier writes it.
        code: String,
    },

    // Setting up and starting a quiz.
    /// Open the quiz setup.
    Setup {
        /// The pack's id.
        pack: String,
        /// Preselected mode; the default mode otherwise.
        mode: Option<Mode>,
        /// Only questions on these facts (empty: all).
        facts: Vec<String>,
        /// The fact filter in words.
        focus: Option<String>,
    },
    /// Draw a quiz and start it.
    Start(QuizPlan),
    /// Review what FSRS says is due today in every pack, in one quiz.
    ReviewAll,
    /// A new quiz of the questions not fully right.
    RetryMistakes,
    /// Back to the setup with a new seed.
    NewQuiz,
    /// A quiz setup on the learner's weakest facts.
    PractiseWeakest,

    // Taking a quiz.
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
    /// Record that the learner reported question `question` as bad, for `reason`: it is left out of their
    /// quizzes from now on.
    Report {
        /// The question's id.
        question: String,
        /// Why, in the learner's words.
        reason: String,
    },
    /// "End quiz" (outside an exam): asks first if questions are left, and ends the quiz at once if none is.
    AskEndQuiz,
    /// Leave the dialog "End quiz" opened: back to the question, nothing changed, its field focused again.
    KeepGoing,
    /// End the quiz now (confirmed, the exam finished, or the time ran out).
    EndQuiz,

    // Leaving "Add article" with work not saved.
    /// "Keep editing" (or Escape) in the dialog asking to discard: back to the draft as it was.
    KeepDraft,
    /// "Discard" in that dialog: the command that was asking to leave is carried out.
    DiscardDraft,
    /// The window's close button (or the system's "quit"): with work not saved in "Add article" it asks
    /// first, like leaving the screen; otherwise, or once discarded, the window closes.
    CloseWindow,

    // Preferences.
    /// Change the preferences.
    SetPrefs(Prefs),

    // Learners.
    /// Show the learners.
    ShowLearners,
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
    /// Put away the library's good news about the learner's data ("An exam … was saved: 3 answers.").
    DismissNotice,
    /// End a first start's welcome: study as a new learner with this name, or (`None`) just practise.
    Greet(Option<String>),
}

/// The dialog asking to discard "Add article"'s unsaved work, and the command that waits for its answer.
#[derive(Debug, Clone)]
pub(super) struct LeaveDialog {
    /// The dialog's own state.
    pub view: ConfirmView,
    /// What asked to leave; carried out on "Discard".
    pub then: Box<Command>,
    /// What had the keyboard focus when it asked; it gets it back on "Keep editing".
    pub focused: Option<egui::Id>,
}

impl Command {
    /// Whether this command keeps the screen shown (Settings comes back to it): the ones that may go
    /// ahead while "Add article" holds unsaved work. Every other command (and "Start over", which drops
    /// the draft) asks first there. The end of a timed exam does not ask: the time is up whatever is on
    /// screen, and the draft stays on screen with the results waiting (see `after_step`).
    fn stays(&self) -> bool {
        matches!(
            self,
            Self::ShowSettings
                | Self::CloseSettings
                | Self::SetPrefs(_)
                | Self::DismissNotice
                | Self::SwitchLearner(_)
                | Self::RenameLearner { .. }
                | Self::Report { .. }
                | Self::Answer(_)
                | Self::Skip
                | Self::GoTo(_)
                | Self::Previous
                | Self::Next
                | Self::ClearAnswer
                | Self::Continue
                | Self::AskEndQuiz
                | Self::KeepGoing
                | Self::EndQuiz
                | Self::KeepDraft
                | Self::DiscardDraft
        )
    }

    /// Whether this command reads or records the learner's data (so it waits while that is being opened).
    fn needs_learner(&self) -> bool {
        match self {
            Self::ReviewAll
            | Self::Setup { .. }
            | Self::Start(_)
            | Self::Join { .. }
            | Self::NewQuiz
            | Self::RetryMistakes
            | Self::ShowProgress
            | Self::PractiseWeakest
            | Self::ShowLearners
            | Self::CancelLearnerEdit
            | Self::AddLearner(_)
            | Self::SwitchLearner(_)
            | Self::RenameLearner { .. }
            | Self::RemoveLearner(_)
            | Self::Report { .. } => true,
            Self::ShowLibrary
            | Self::Reload
            | Self::Read { .. }
            | Self::Return(_)
            | Self::Answer(_)
            | Self::Skip
            | Self::GoTo(_)
            | Self::Previous
            | Self::Next
            | Self::ClearAnswer
            | Self::Continue
            | Self::AskEndQuiz
            | Self::KeepGoing
            | Self::EndQuiz
            | Self::KeepDraft
            | Self::DiscardDraft
            | Self::CloseWindow
            | Self::ShowSettings
            | Self::AddArticle
            | Self::EditDraft(_)
            | Self::StartOver
            | Self::ShowJoin
            | Self::ShowExport
            | Self::ShowClassResults
            | Self::CloseSettings
            | Self::SetPrefs(_)
            | Self::DismissNotice
            | Self::Greet(_) => false,
        }
    }
}

impl App {
    /// Applies a command now (the wall clock is read here; the UI clock is the last frame's): what a caller
    /// outside a frame uses.
    pub fn apply(&mut self, command: Command, ctx: &egui::Context) {
        let clock = Clock { wall: Now::system(), secs: self.now };
        self.apply_at(command, ctx, clock);
    }

    /// Applies a command at `clock`: the only place the app's state changes. While the learner's data is
    /// being opened, a command that needs it waits on [`Screen::Opening`] and is carried out once it is
    /// open. A question's time counts only while the quiz screen shows it.
    pub(super) fn apply_at(&mut self, command: Command, ctx: &egui::Context, clock: Clock) {
        // Leaving "Add article" with work not saved asks first; the command waits for the answer.
        let command = match command {
            Command::KeepDraft => {
                if let Some(ask) = self.leave_dialog.take() {
                    ctx.memory_mut(|m| ask.focused.map(|id| m.request_focus(id)));
                }
                ctx.request_repaint();
                return;
            }
            Command::DiscardDraft => match self.leave_dialog.take() {
                Some(ask) => *ask.then,
                None => return,
            },
            command if command.stays() || self.unsaved_import().is_none() => command,
            command => {
                // Asked already: the question stands, and what asks to leave again does not discard; but
                // closing the window, the last thing asked, is what "Discard" then does.
                if let (Command::CloseWindow, Some(ask)) = (&command, &mut self.leave_dialog) {
                    *ask.then = Command::CloseWindow;
                }
                if self.leave_dialog.is_none() {
                    let focused = ctx.memory(egui::Memory::focused);
                    self.leave_dialog =
                        Some(LeaveDialog { view: ConfirmView::default(), then: Box::new(command), focused });
                }
                ctx.request_repaint();
                return;
            }
        };
        if self.opening.is_some() && command.needs_learner() {
            self.screen = Screen::Opening(Box::new(command));
            ctx.request_repaint();
            return;
        }
        if self.carry_out(command, ctx, clock).is_none() {
            return;
        }
        if matches!(self.screen, Screen::Results(_)) || !self.session.as_ref().is_some_and(Session::is_finished) {
            // The results an exam's end left waiting are seen, or another quiz began.
            self.results_waiting = false;
        }
        if self.unsaved_import().is_none() {
            // The dialog asking to discard the draft goes with the draft (a timed exam ended over it).
            self.leave_dialog = None;
        }
        let on_quiz = matches!(self.screen, Screen::Quiz(_));
        if !on_quiz {
            // The dialog asking to end the quiz belongs to the quiz screen: it goes when the screen does.
            self.end_dialog = None;
        }
        if let Some(s) = &mut self.session {
            if on_quiz {
                s.resume(clock.secs);
            } else {
                s.pause(clock.secs);
            }
        }
        ctx.request_repaint();
    }

    /// What leaving the screen shown would lose: only "Add article" holds work not saved, also while
    /// Settings is shown over it.
    pub(super) fn unsaved_import(&self) -> Option<crate::ui::import::Unsaved> {
        let mut screen = &self.screen;
        while let Screen::Settings(previous) = screen {
            screen = previous;
        }
        match screen {
            Screen::Import(view) => view.unsaved(),
            _ => None,
        }
    }

    /// Carries out `command`; `None` if there was nothing to act on, and nothing changed.
    fn carry_out(&mut self, command: Command, ctx: &egui::Context, clock: Clock) -> Option<()> {
        let now = clock.secs;
        match command {
            // Moving between screens.
            Command::ShowLibrary => self.screen = Screen::library(),
            Command::DismissNotice => self.learner.dismiss_notices(),
            Command::Greet(name) => self.greet(name.as_deref()),
            Command::Read { pack, evidence, back } => {
                if let Some(loaded) = self.loaded(&pack) {
                    self.screen = Screen::Reader(ReaderView::new(loaded, evidence.as_deref(), back));
                }
            }
            Command::Return(back) => {
                self.screen = match (back, &self.session) {
                    (Back::Quiz, Some(s)) if !s.is_finished() => Screen::Quiz(question::QuizView::default()),
                    (Back::Results | Back::Quiz, Some(_)) => Screen::Results(results::ResultsView::default()),
                    _ => Screen::library(),
                };
            }
            Command::ShowSettings => {
                if !matches!(self.screen, Screen::Settings(_)) {
                    let previous = std::mem::replace(&mut self.screen, Screen::library());
                    self.screen = Screen::Settings(Box::new(previous));
                }
            }
            Command::CloseSettings => {
                self.screen = match std::mem::replace(&mut self.screen, Screen::library()) {
                    // Back on a quiz, the focus (left on "Done", now gone) goes where a new question puts it:
                    // the prompt, the typed answer's field or the verdict, which a screen reader reads.
                    Screen::Settings(previous) => match *previous {
                        Screen::Quiz(mut view) => {
                            view.shown = None;
                            Screen::Quiz(view)
                        }
                        other => other,
                    },
                    other => other,
                };
            }
            Command::ShowProgress => self.show_progress(clock.wall),

            // The packs.
            Command::Reload => self.reload_packs(clock),
            Command::AddArticle => self.screen = Screen::Import(Box::default()),
            Command::EditDraft(id) => {
                if let Some(loaded) = self.loaded(&id) {
                    let view = crate::ui::import::ImportView::reopen(&loaded.pack.sheet, loaded.pack.article.text());
                    match view {
                        Ok(view) => self.screen = Screen::Import(Box::new(view)),
                        Err(why) => self.learner.problem = Some(why),
                    }
                }
            }

            Command::StartOver => {
                if let Screen::Import(view) = &mut self.screen {
                    view.start_over();
                }
            }

            // The classroom.
            Command::ShowJoin => self.screen = Screen::Join(JoinView::default()),
            Command::ShowExport => self.screen = Screen::Export(Box::new(ExportView::new(&self.packs, self.seed))),
            Command::ShowClassResults => self.screen = Screen::ClassResults(Box::default()),
            Command::Join { plan, code } => {
                self.start(plan, clock, true)?;
                self.quiz_code = Some(code);
            }

            // Setting up and starting a quiz.
            Command::Setup { pack, mode, facts, focus } => {
                if let Some(loaded) = self.loaded(&pack) {
                    let mut view = SetupView::new(loaded, &self.prefs, mode, facts, focus, self.seed);
                    (view.due, view.weak) = self.scheduled_counts(&pack, clock.wall);
                    // The counts were not known when the number of questions was first chosen.
                    view.count = 10.min(view.available(loaded).max(1));
                    self.screen = Screen::Setup(view);
                }
            }
            Command::Start(plan) => self.start(plan, clock, false)?,
            Command::ReviewAll => self.review_all(clock)?,
            Command::RetryMistakes => {
                if let Some(retry) = self.session.as_ref().and_then(|s| s.retry_mistakes(now)) {
                    self.session = Some(retry);
                    self.quiz_code = None;
                    self.learner.save = SaveState::Idle;
                    self.screen = Screen::Quiz(question::QuizView::default());
                }
            }
            Command::NewQuiz => {
                let plan = self.last_plan.clone();
                match plan.and_then(|p| self.loaded(&p.pack).map(|l| (p.clone(), l))) {
                    Some((plan, loaded)) => {
                        let mut view = SetupView::from_plan(&plan, loaded, self.seed);
                        (view.due, view.weak) = self.scheduled_counts(&plan.pack, clock.wall);
                        self.screen = Screen::Setup(view);
                    }
                    None => self.screen = Screen::library(),
                }
            }
            Command::PractiseWeakest => self.practise_weakest(ctx, clock)?,

            // Taking a quiz.
            Command::Answer(response) => {
                let asked = self.pending_question();
                if let Some(s) = &mut self.session {
                    s.answer(response, now);
                }
                if let Some(i) = asked {
                    self.record_answer(i, clock);
                }
                self.keep_exam_draft(clock);
                self.after_step();
            }
            Command::Skip => {
                let asked = self.pending_question();
                if let Some(s) = &mut self.session {
                    s.skip(now);
                }
                if let Some(i) = asked {
                    self.record_answer(i, clock);
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
                self.keep_exam_draft(clock);
            }
            Command::Continue => {
                if let Some(s) = &mut self.session {
                    s.advance(now);
                }
                self.after_step();
            }
            Command::Report { question, reason } => {
                let saved = match &self.learner.study {
                    Some(s) => flags::add(s.dir(), &question, &reason, clock.wall.at).map_err(|e| e.to_string()),
                    None => Err("choose a learner first: reports are kept in the learner's folder.".to_string()),
                };
                if let Err(why) = saved {
                    crate::ui::feedback::report_failed(ctx, &question, format!("Not reported: {why}"));
                }
            }
            Command::AskEndQuiz => self.ask_end_quiz(clock),
            Command::KeepGoing => {
                self.end_dialog = None;
                // Back to the question as it was, its field (or "Continue") focused as when it was shown.
                if let Screen::Quiz(view) = &mut self.screen {
                    view.shown = None;
                }
            }
            Command::EndQuiz => self.end_quiz(clock),
            // Answered before this point (`apply_at`).
            Command::KeepDraft | Command::DiscardDraft => return None,
            Command::CloseWindow => {
                // The close this sends comes back as a request the next frame, which is let through then.
                self.closing = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }

            // Preferences.
            Command::SetPrefs(prefs) => {
                if prefs.theme != self.prefs.theme {
                    ctx.set_theme(prefs.theme.preference());
                }
                if (prefs.zoom - self.prefs.zoom).abs() > f32::EPSILON {
                    ctx.set_zoom_factor(prefs.zoom.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end()));
                }
                self.prefs = prefs;
            }

            // Learners.
            Command::ShowLearners | Command::CancelLearnerEdit => {
                self.screen = Screen::Profiles(ProfilesView::default());
            }
            Command::AddLearner(name) => {
                let before = self.held_quiz(clock);
                if self.learner.add(&name) {
                    self.screen = Screen::Profiles(ProfilesView::default());
                }
                self.end_quiz_of_other_learner(&before, clock);
            }
            Command::SwitchLearner(id) => {
                let before = self.held_quiz(clock);
                self.learner.switch(&id);
                self.end_quiz_of_other_learner(&before, clock);
                self.refresh_learner_screen(clock.wall);
            }
            Command::RenameLearner { id, name } => {
                if self.learner.rename(&id, &name) {
                    self.screen = Screen::Profiles(ProfilesView::default());
                }
            }
            Command::RemoveLearner(id) => {
                let before = self.held_quiz(clock);
                self.learner.remove(&id);
                self.screen = Screen::Profiles(ProfilesView::default());
                self.end_quiz_of_other_learner(&before, clock);
            }
        }
        Some(())
    }

    /// Reads the user's packs folder again. A quiz goes on if every pack it was drawn from is still there
    /// (it keeps its own copies of the questions, and names its packs by id); otherwise it ends, and an
    /// unfinished exam keeps what was answered.
    fn reload_packs(&mut self, clock: Clock) {
        let mut listed: Vec<PackEntry> =
            self.packs.iter().filter(|p| !matches!(p.origin, Origin::File(_))).cloned().collect();
        listed.extend(self.packs_dir.as_deref().map(packs_in).unwrap_or_default());
        library::refuse_duplicate_ids(&mut listed);
        let there = |id: &String| library::find(&listed, id).is_some();
        let goes_on = self.session.as_ref().is_some_and(|s| std::iter::once(&s.plan.pack).chain(&s.packs).all(there));
        if !goes_on {
            // Before the packs are replaced: the exam's draft is named after its pack's title.
            self.keep_unfinished_exam(clock);
            self.session = None;
            self.quiz_code = None;
        }
        self.packs = listed;
        self.screen = Screen::library();
    }

    /// Draws the quiz `plan` asks for and starts it; an unfinished exam keeps what was answered. `None`
    /// if the plan's pack is gone. A quiz joined by its code (`coded`) is exactly the code's: the
    /// learner's reported questions stay in, as they do for the rest of the class.
    fn start(&mut self, plan: QuizPlan, clock: Clock, coded: bool) -> Option<()> {
        let loaded = self.loaded(&plan.pack)?;
        // The learner's reported questions are left out of their quizzes; if that file cannot be read,
        // nothing is left out (the file is kept; "Report" says why it cannot save).
        let left_out = if coded {
            flags::Flags::default()
        } else {
            self.learner.study.as_ref().and_then(|s| flags::load(s.dir()).ok()).unwrap_or_default()
        };
        let mut questions = if plan.mode.from_schedule() {
            self.scheduled_questions(&plan, clock.wall)
        } else if loaded.bank.iter().any(|q| left_out.contains(&q.id)) {
            // Reported questions leave a smaller bank, drawn from as its own (rare: an index of its own).
            let (kept, quality) = loaded.without(|id| left_out.contains(id));
            quiz_ranked(&kept, &quality, &plan.settings)
        } else {
            loaded.index().quiz(&plan.settings)
        };
        questions.retain(|q| !left_out.contains(&q.id));
        self.keep_unfinished_exam(clock);
        self.seed = next_seed(plan.settings.seed);
        self.session = Some(Session::new(plan.clone(), questions, clock.secs));
        self.quiz_code = None;
        self.learner.save = SaveState::Idle;
        self.last_plan = Some(plan);
        self.screen = Screen::Quiz(question::QuizView::default());
        Some(())
    }

    /// Starts one review of everything due today in every pack (at most [`super::REVIEW_ALL_MAX`] questions);
    /// `None` if nothing is due.
    fn review_all(&mut self, clock: Clock) -> Option<()> {
        let (questions, packs) = self.due_everywhere(clock.wall);
        let first = packs.first()?.clone();
        let plan = QuizPlan {
            pack: first,
            settings: QuizSettings { seed: self.seed, count: questions.len(), ..QuizSettings::default() },
            mode: Mode::Review,
            minutes: None,
            focus: Some("everything due today, in every pack".into()),
        };
        self.keep_unfinished_exam(clock);
        let sources =
            packs.iter().map(|id| self.loaded(id).map_or_else(String::new, |l| l.pack.sheet.title.clone())).collect();
        let mut session = Session::with_packs(plan, questions, packs, clock.secs);
        session.sources = sources;
        self.session = Some(session);
        self.quiz_code = None;
        self.learner.save = SaveState::Idle;
        self.last_plan = None;
        self.screen = Screen::Quiz(question::QuizView::default());
        Some(())
    }

    /// From the Progress screen, a practice setup on the learner's weakest facts of the first pack that
    /// still has them; `None` if not on Progress.
    fn practise_weakest(&mut self, ctx: &egui::Context, clock: Clock) -> Option<()> {
        let Screen::Progress(view) = &self.screen else { return None };
        let weakest: Vec<_> = view.stats.weakest.iter().take(progress::WEAKEST_SHOWN).cloned().collect();
        let target = weakest.iter().find(|f| self.loaded(&f.pack).is_some()).map(|f| f.pack.clone());
        if let Some(pack) = target {
            let facts = weakest.iter().filter(|f| f.pack == pack).map(|f| f.fact.clone()).collect();
            let focus = Some("your weakest facts".to_string());
            self.apply_at(Command::Setup { pack, mode: Some(Mode::Practice), facts, focus }, ctx, clock);
        }
        Some(())
    }

    /// The current learner's progress as of `today`; the Learners screen if no learner's data is open.
    fn show_progress(&mut self, today: Now) {
        let stats = self.learner.study.as_ref().map(|s| s.stats(today));
        match stats {
            Some(stats) => {
                let view = self.progress_view(stats, today);
                self.screen = Screen::Progress(Box::new(view));
            }
            None => self.screen = Screen::Profiles(ProfilesView::default()),
        }
    }

    /// After the learner changed: the screen showing their data shows the new learner's.
    fn refresh_learner_screen(&mut self, today: Now) {
        match &self.screen {
            Screen::Progress(_) => {
                if let Some(s) = &self.learner.study {
                    let view = self.progress_view(s.stats(today), today);
                    self.screen = Screen::Progress(Box::new(view));
                }
            }
            Screen::Setup(view) => {
                let counts = self.scheduled_counts(&view.pack, today);
                if let Screen::Setup(view) = &mut self.screen {
                    (view.due, view.weak) = counts;
                }
            }
            _ => {}
        }
    }

    /// "End quiz" on a quiz outside an exam: with questions left, the dialog asks first; with none left
    /// (the last answer's feedback shows), the quiz ends at once. An exam ends with its own "Finish exam".
    fn ask_end_quiz(&mut self, clock: Clock) {
        let Some(s) = self.session.as_ref().filter(|s| !s.is_finished() && !s.is_exam()) else { return };
        if s.summary().left > 0 {
            self.end_dialog.get_or_insert_with(ConfirmView::default);
        } else {
            self.end_quiz(clock);
        }
    }

    /// Ends the quiz at `clock`; an exam that ends here is recorded, every question of it. A quiz outside
    /// an exam has recorded each answer as it was given: the questions not reached are not recorded.
    fn end_quiz(&mut self, clock: Clock) {
        self.end_dialog = None;
        let ending = self.session.as_ref().is_some_and(|s| !s.is_finished());
        if let Some(s) = &mut self.session {
            s.finish(clock.secs);
        }
        if ending {
            self.record_ended_exam(clock);
        }
        self.after_step();
    }

    /// After an answer, a skip or leaving feedback: the results once the quiz is over. A timed exam that
    /// ends while "Add article" holds work not saved leaves the draft on screen: the top bar offers the
    /// results instead ([`App::results_waiting`]), and going there asks first, as leaving always does.
    fn after_step(&mut self) {
        if self.session.as_ref().is_some_and(Session::is_finished) {
            if self.unsaved_import().is_some() {
                self.results_waiting = true;
            } else {
                self.screen = Screen::Results(results::ResultsView::default());
            }
        }
    }
}
