//! The app's side of recording an exam: it hands the exam and the time to the engine's
//! [`Recorder`], which decides what is written when (see [`crate::study::exam`]), and passes on what
//! the recorder has to tell the learner.

use super::{App, Clock, Screen, quiz_title};
use crate::study::Study;
use crate::study::exam::{Exam, Held, Note, Outcome, Recorder};
use crate::ui::learner::SaveState;

impl App {
    /// Calls `f` with the recorder, the learner's data and the quiz as an exam at `clock`; `None` without
    /// a quiz.
    fn with_exam<R>(
        &mut self,
        clock: Clock,
        f: impl FnOnce(&mut Recorder, Option<&mut Study>, Exam<'_>) -> R,
    ) -> Option<R> {
        let session = self.session.as_ref()?;
        let title = quiz_title(&self.packs, session);
        let exam = Exam { session, title, now: clock.wall, secs: clock.secs };
        Some(f(&mut self.recorder, self.learner.study.as_mut(), exam))
    }

    /// After a change to an exam's answers at `clock`: the draft holds what leaving the exam now would keep.
    pub(super) fn keep_exam_draft(&mut self, clock: Clock) {
        let notes = self.with_exam(clock, Recorder::changed);
        self.hear(notes.unwrap_or_default());
    }

    /// The quiz has just ended at `clock`: an exam is recorded, every question of it.
    pub(super) fn record_ended_exam(&mut self, clock: Clock) {
        let outcome = self.with_exam(clock, Recorder::ended).flatten();
        self.hear_outcome(outcome);
    }

    /// An exam left without being finished at `clock` (a new quiz, its pack gone, closing the app) keeps
    /// what was answered.
    pub(super) fn keep_unfinished_exam(&mut self, clock: Clock) {
        let outcome = self.with_exam(clock, Recorder::left).flatten();
        self.hear_outcome(outcome);
    }

    /// Who the quiz belongs to before the learner may change, with what an exam in progress has answered
    /// by `clock`.
    pub(super) fn held_quiz(&self, clock: Clock) -> Held {
        Held::new(self.learner.current(), self.session.as_ref(), clock.wall, clock.secs)
    }

    /// A quiz belongs to the learner who started it: when the learner changes, an unfinished quiz ends,
    /// so no answer is recorded for the wrong person. Its answers so far are kept for the first learner
    /// (already saved outside an exam; an exam's by the recorder).
    pub(super) fn end_quiz_of_other_learner(&mut self, before: &Held, clock: Clock) {
        if self.learner_id().as_deref() != before.learner() {
            let notes = self.recorder.learner_changed(before, self.learner.data(), &self.learner.profiles, clock.wall);
            self.hear(notes);
            self.session = None;
            if matches!(self.screen, Screen::Quiz(_) | Screen::Results(_)) {
                self.screen = Screen::library();
            }
        }
    }

    /// Tells the learner what the recorder said, in order.
    fn hear(&mut self, notes: Vec<Note>) {
        for note in notes {
            match note {
                Note::Tell(sentence) => self.learner.tell(sentence),
                Note::DraftsRefused(sentence) => self.learner.tell_drafts_refused(sentence),
                Note::Problem(sentence) => self.learner.problem = Some(sentence),
            }
        }
    }

    /// Tells the learner how recording an exam went, and whether its answers are saved.
    fn hear_outcome(&mut self, outcome: Option<Outcome>) {
        let Some(Outcome { saved, notes }) = outcome else { return };
        self.hear(notes);
        self.learner.save = match saved {
            Ok(()) => SaveState::Saved,
            Err(why) => SaveState::Failed(why),
        };
    }
}
