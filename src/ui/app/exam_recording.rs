//! Recording an exam: its answers stay provisional until it ends, so they are kept in a draft (see
//! [`study::exam`]) after every change and appended to the attempt log when the exam ends, is left, or its
//! learner changes.

use super::{ALL_PACKS, App, Clock, Screen};
use crate::question::Response;
use crate::study::session::Answer;
use crate::study::{self, exam};
use crate::ui::learner::SaveState;

/// Why the exam in progress cannot be kept as its answers are given, as a sentence.
fn not_kept(e: &study::StoreError) -> String {
    format!("This exam's answers cannot be kept as they are given, only when it ends (or is left): {e}")
}

/// Who a quiz belongs to, taken before the learner may change.
pub(super) struct HeldQuiz {
    /// The learner studying.
    profile: Option<study::Profile>,
    /// An exam in progress: the records of its answered questions.
    attempts: Vec<study::Attempt>,
}

impl App {
    /// Who the quiz belongs to before the learner may change, with what an exam in progress has answered
    /// by `clock`.
    pub(super) fn held_quiz(&self, clock: Clock) -> HeldQuiz {
        let profile = self.learner.current().cloned();
        let attempts = if self.exam_in_progress() { self.exam_attempts(false, clock) } else { Vec::new() };
        HeldQuiz { profile, attempts }
    }

    /// A quiz belongs to the learner who started it: when the learner changes, an unfinished quiz ends,
    /// so no answer is recorded for the wrong person. Its answers so far are kept for the first learner:
    /// already saved outside an exam; an exam's answered questions are saved for them now (unless they
    /// were removed).
    pub(super) fn end_quiz_of_other_learner(&mut self, before: &HeldQuiz, clock: Clock) {
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
                    let _ = d.write(&before.attempts, clock.wall);
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
                self.screen = Screen::library();
            }
        }
    }

    /// The exam in progress, if one is: it has not ended, so none of its answers is recorded yet.
    pub(super) fn exam_in_progress(&self) -> bool {
        self.session.as_ref().is_some_and(|s| s.is_exam() && !s.is_finished())
    }

    /// The attempt records of the exam at `clock`: each answered question with its final answer and the
    /// seconds spent on it over every visit; each question without an answer as "no answer" scoring 0 when
    /// `unanswered_too` (the exam ended: the records agree with the score shown), left out otherwise (the
    /// exam was left unfinished: what had been answered, as if each answer had been recorded at once).
    pub(super) fn exam_attempts(&self, unanswered_too: bool, clock: Clock) -> Vec<study::Attempt> {
        let Some(s) = self.session.as_ref().filter(|s| s.is_exam()) else { return Vec::new() };
        let mut out = Vec::new();
        for (i, q) in s.questions.iter().enumerate() {
            let (response, score) = match s.answers.get(i).and_then(Option::as_ref) {
                Some(Answer { response: Some(r), grade }) => (r.clone(), grade.score),
                _ if unanswered_too => (Response::Text(String::new()), 0.0),
                _ => continue,
            };
            let secs = s.time_on(i, clock.secs);
            out.push(study::attempt_for(s.pack_of(i), q, &response, score, secs, s.plan.mode, clock.wall));
        }
        out
    }

    /// Writes an exam's records for the current learner (each one synced before the next), then says how
    /// many are on disk, or why not all are.
    pub(super) fn save_exam(&mut self, attempts: &[study::Attempt], clock: Clock) {
        if self.learner.study.is_none() {
            return;
        }
        // The draft holds exactly these records first, so that a crash while they are appended loses none
        // and the next recovery appends none twice.
        self.write_exam_draft(attempts, clock);
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

    /// After a change to an exam's answers at `clock`: the draft holds what leaving the exam now would keep.
    pub(super) fn keep_exam_draft(&mut self, clock: Clock) {
        if self.exam_in_progress() {
            let attempts = self.exam_attempts(false, clock);
            self.write_exam_draft(&attempts, clock);
        }
    }

    /// Replaces the exam's draft with `attempts`, beginning the draft on its first answer. A draft cannot be
    /// kept when another window has an exam in progress for the learner, or an earlier draft is in the way
    /// and cannot be read or recorded: the learner is told once, and the exam is then recorded only when
    /// it ends or is left.
    fn write_exam_draft(&mut self, attempts: &[study::Attempt], clock: Clock) {
        if self.exam_draft.is_none() {
            if attempts.is_empty() {
                return;
            }
            let Some(s) = self.session.as_ref() else { return };
            let title = if s.spans_packs() {
                ALL_PACKS.to_string()
            } else {
                self.loaded(&s.plan.pack).map_or_else(String::new, |l| l.pack.sheet.title.clone())
            };
            let mode = s.plan.mode;
            let started = clock.wall.plus_secs(-((clock.secs - s.started_at).max(0.0) as i64));
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
            && let Err(e) = draft.write(attempts, clock.wall)
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

    /// An exam left without being finished at `clock` (a new quiz, reloading the packs, closing the app)
    /// keeps what was answered, as it would have been had each answer been recorded at once.
    pub(super) fn keep_unfinished_exam(&mut self, clock: Clock) {
        if self.exam_in_progress() {
            let attempts = self.exam_attempts(false, clock);
            self.save_exam(&attempts, clock);
        }
    }
}
