//! What the app asks of the learner's study: due and weak counts for the quiz setup, the questions of a
//! scheduled quiz, a review across every pack, the Progress screen, and recording an answer as it is given.

use super::{App, Clock, Loaded, REVIEW_ALL_MAX, Screen};
use crate::question::{Question, Response};
use crate::study::session::{Mode, QuizPlan};
use crate::study::{self, Now};
use crate::ui::progress::{self, ProgressView};

impl App {
    /// The id of the learner answers are recorded for.
    pub(super) fn learner_id(&self) -> Option<String> {
        self.learner.current().map(|c| c.id.clone())
    }

    /// How many questions of the pack with id `pack` are due `today`, and how many the learner has answered (Weak
    /// spots can ask them).
    pub(super) fn scheduled_counts(&self, pack: &str, today: Now) -> (usize, usize) {
        let (Some(s), Some(loaded)) = (&self.learner.study, self.loaded(pack)) else { return (0, 0) };
        let id = loaded.pack.id();
        let due = s.due(today, Some(id));
        let weak = s.weak(today, Some(id), usize::MAX);
        (
            study::questions_for(&loaded.bank, id, &due, usize::MAX).len(),
            study::questions_for(&loaded.bank, id, &weak, usize::MAX).len(),
        )
    }

    /// The questions of a Review due or Weak spots quiz, as the schedule stands `today`.
    pub(super) fn scheduled_questions(&self, plan: &QuizPlan, today: Now) -> Vec<Question> {
        let (Some(s), Some(loaded)) = (&self.learner.study, self.loaded(&plan.pack)) else { return Vec::new() };
        let id = loaded.pack.id();
        let cards = match plan.mode {
            Mode::Review => s.due(today, Some(id)),
            _ => s.weak(today, Some(id), usize::MAX),
        };
        study::questions_for(&loaded.bank, id, &cards, plan.settings.count)
    }

    /// A review of everything due `today` across the loaded packs, the most overdue first: the questions
    /// and, for each, the id of its pack. At most [`REVIEW_ALL_MAX`].
    pub(super) fn due_everywhere(&self, today: Now) -> (Vec<Question>, Vec<String>) {
        let Some(s) = &self.learner.study else { return (Vec::new(), Vec::new()) };
        let loaded: Vec<&Loaded> = self.packs.iter().filter_map(|p| p.state.as_ref().ok()).collect();
        let banks: Vec<(&str, &[Question])> = loaded.iter().map(|l| (l.pack.id(), &l.bank[..])).collect();
        let cards = s.due(today, None);
        // The learner's reported questions are left out here too (as in every quiz they start).
        let left_out = study::flags::load(s.dir()).unwrap_or_default();
        study::questions_across(&banks, &cards, REVIEW_ALL_MAX)
            .into_iter()
            .filter(|(_, q)| !left_out.contains(&q.id))
            .map(|(at, q)| (q, loaded[at].pack.id().to_string()))
            .unzip()
    }

    /// The Progress screen for `stats` of the current learner, as of `today`.
    pub(super) fn progress_view(&self, stats: study::Stats, today: Now) -> ProgressView {
        let facts: Vec<_> = stats
            .weakest
            .iter()
            .take(progress::WEAKEST_SHOWN)
            .map(|f| {
                self.packs
                    .iter()
                    .filter_map(|p| p.state.as_ref().ok())
                    .find(|l| l.pack.id() == f.pack)
                    .and_then(|l| l.pack.sheet.facts.iter().find(|x| x.id == f.fact).map(|x| (&l.pack, x)))
            })
            .collect();
        let evidence = facts.iter().map(|f| f.map(|(_, x)| x.evidence.clone())).collect();
        let statements = facts.iter().map(|f| f.map(|(pack, x)| crate::generate::phrasing::told(pack, x))).collect();
        let mut topic_names = std::collections::BTreeMap::new();
        for l in self.packs.iter().filter_map(|p| p.state.as_ref().ok()) {
            for t in &l.pack.sheet.topics {
                topic_names.entry(t.id.clone()).or_insert_with(|| t.name.clone());
            }
        }
        ProgressView { learner: self.learner.name(), stats, today: today.day(), evidence, statements, topic_names }
    }

    /// Records the answer to question `index` of the session, given at `clock`, if it was answered by this
    /// step (not in an exam, whose answers are recorded when it ends).
    pub(super) fn record_answer(&mut self, index: usize, clock: Clock) {
        let Some(s) = &self.session else { return };
        let (Some(q), Some(Some(a))) = (s.questions.get(index), s.answers.get(index)) else { return };
        let response = a.response.clone().unwrap_or_else(|| Response::Text(String::new()));
        let secs = s.time_on(index, clock.secs);
        let attempt = study::attempt_for(s.pack_of(index), q, &response, a.grade.score, secs, s.plan.mode, clock.wall);
        self.learner.record(&attempt);
    }

    /// Ends a first start's welcome with the user's choice (a name, or `None` to just practise): on to the
    /// library, which says where to start; a name that cannot be used keeps the welcome, saying why.
    pub(super) fn greet(&mut self, name: Option<&str>) {
        if self.learner.greet(name) && matches!(self.screen, Screen::Welcome(_)) {
            self.screen = Screen::library();
        }
    }

    /// The index of the question being asked, if it has no answer yet (outside an exam).
    pub(super) fn pending_question(&self) -> Option<usize> {
        let s = self.session.as_ref()?;
        s.question()?;
        (!s.is_exam() && !s.showing_feedback && s.answers.get(s.current).is_some_and(Option::is_none))
            .then_some(s.current)
    }
}
