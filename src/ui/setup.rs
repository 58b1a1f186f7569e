//! Quiz setup: mode, number of questions, kinds, topics and the seed (shown and editable, so a class can
//! share a quiz), and an optional countdown for exams.

use egui::{Panel, RichText, ScrollArea, Slider, TextEdit, Ui};

use crate::generate::QuizSettings;
use crate::question::QuestionKind;
use crate::study::session::{Mode, QuizPlan, next_seed};
use crate::ui::app::{Command, Prefs};
use crate::ui::fonts;
use crate::ui::library::Loaded;
use crate::ui::theme::{self, COLUMN_WIDTH};
use crate::ui::widgets::{self, card, column};

/// The setup screen's own state: a draft of the quiz plan.
#[derive(Debug, Clone)]
pub struct SetupView {
    /// The id of the pack.
    pub pack: String,
    /// Practice or exam.
    pub mode: Mode,
    /// Number of questions wanted.
    pub count: usize,
    /// Ticked kinds.
    pub kinds: Vec<QuestionKind>,
    /// Ticked topics (none ticked: all topics).
    pub topics: Vec<String>,
    /// Only questions on these facts (from the reader's "Quiz me on this").
    pub facts: Vec<String>,
    /// The fact filter in words.
    pub focus: Option<String>,
    /// The seed as typed.
    pub seed_text: String,
    /// Whether an exam has a countdown.
    pub countdown: bool,
    /// Countdown length.
    pub minutes: u32,
    /// The start button still has to take keyboard focus.
    pub focus_pending: bool,
    /// How many questions the learner has due in this pack today (Review due).
    pub due: usize,
    /// How many questions Weak spots asks in this pack: one per weak fact (`study::stats::WEAK_RULE`).
    pub weak: usize,
    /// The settings [`Self::supported`] was last worked out for, and its answer: a draw of the whole bank
    /// is worth doing once per change of the settings, not once a frame.
    supported: Option<(QuizSettings, usize)>,
}

impl SetupView {
    /// A fresh setup for the pack `loaded` with the default mode and kinds of `prefs`.
    pub fn new(
        loaded: &Loaded,
        prefs: &Prefs,
        mode: Option<Mode>,
        facts: Vec<String>,
        focus: Option<String>,
        seed: u64,
    ) -> Self {
        let kinds = if prefs.kinds.is_empty() { QuestionKind::ALL.to_vec() } else { prefs.kinds.clone() };
        let mut view = Self {
            pack: loaded.pack.id().to_string(),
            mode: mode.unwrap_or(prefs.mode),
            count: 10,
            kinds,
            topics: Vec::new(),
            facts,
            focus,
            seed_text: seed.to_string(),
            countdown: false,
            minutes: 10,
            focus_pending: true,
            due: 0,
            weak: 0,
            supported: None,
        };
        view.count = view.count.min(view.available(loaded).max(1));
        view
    }

    /// The setup of the last quiz again, with a new seed.
    pub fn from_plan(plan: &QuizPlan, loaded: &Loaded, seed: u64) -> Self {
        let s = &plan.settings;
        let mut view = Self {
            pack: plan.pack.clone(),
            mode: plan.mode,
            count: s.count,
            kinds: if s.kinds.is_empty() { QuestionKind::ALL.to_vec() } else { s.kinds.clone() },
            topics: s.topics.clone(),
            facts: s.facts.clone(),
            focus: plan.focus.clone(),
            seed_text: seed.to_string(),
            countdown: plan.minutes.is_some(),
            minutes: plan.minutes.unwrap_or(10),
            focus_pending: true,
            due: 0,
            weak: 0,
            supported: None,
        };
        view.count = view.count.min(view.available(loaded).max(1));
        view
    }

    /// The seed typed, if it is a number.
    pub fn seed(&self) -> Option<u64> {
        self.seed_text.trim().parse().ok()
    }

    fn settings(&self, count: usize) -> QuizSettings {
        QuizSettings {
            seed: self.seed().unwrap_or(0),
            count,
            kinds: self.kinds.clone(),
            topics: self.topics.clone(),
            facts: self.facts.clone(),
        }
    }

    /// How many questions a quiz of these settings can have: those due (review), one per weak fact (weak
    /// spots), or for practice and exams as many as the bank supports without asking a fact twice
    /// ([`crate::generate::quiz::supported`], the rule the CLI keeps too).
    pub fn available(&self, loaded: &Loaded) -> usize {
        match self.mode {
            Mode::Review => return self.due,
            Mode::Weak => return self.weak,
            Mode::Practice | Mode::Exam => {}
        }
        let s = self.settings(self.count);
        match &self.supported {
            Some((known, n)) if *known == s => *n,
            _ => loaded.index().supported(&s),
        }
    }

    /// Works out [`Self::available`] again if the settings changed since it last was, and keeps the count
    /// within it.
    pub fn refresh(&mut self, loaded: &Loaded) {
        if self.mode.from_schedule() {
            return;
        }
        let s = self.settings(self.count);
        if self.supported.as_ref().is_none_or(|(known, _)| *known != s) {
            let n = loaded.index().supported(&s);
            self.supported = Some((s, n));
        }
        let available = self.available(loaded);
        self.count = self.count.clamp(1, available.max(1));
    }

    /// The plan to start, if the settings allow a quiz.
    pub fn plan(&self, loaded: &Loaded) -> Option<QuizPlan> {
        let available = self.available(loaded);
        if available == 0 || self.seed().is_none() {
            return None;
        }
        let minutes = (self.mode == Mode::Exam && self.countdown).then_some(self.minutes);
        Some(QuizPlan {
            pack: self.pack.clone(),
            settings: self.settings(self.count.clamp(1, available)),
            mode: self.mode,
            minutes,
            focus: self.focus.clone(),
        })
    }
}

/// The setup screen: the settings scroll; the start button stays in view below them.
pub fn ui(ui: &mut Ui, loaded: &Loaded, view: &mut SetupView) -> Option<Command> {
    let mut cmd = None;
    view.refresh(loaded);
    let available = view.available(loaded);
    let plan = view.plan(loaded);
    Panel::bottom("setup-actions").frame(egui::Frame::new().inner_margin(egui::Margin::symmetric(0, 10))).show(
        ui,
        |ui| {
            column(ui, COLUMN_WIDTH, |ui| {
                let p = theme::palette(ui);
                ui.horizontal_wrapped(|ui| {
                    let label = match view.mode {
                        Mode::Practice => "Start practice",
                        Mode::Exam => "Start exam",
                        Mode::Review => "Start review",
                        Mode::Weak => "Start weak spots",
                    };
                    let start = ui.add_enabled(
                        plan.is_some(),
                        egui::Button::new(RichText::new(label).family(fonts::bold())).min_size(egui::vec2(160.0, 36.0)),
                    );
                    if view.focus_pending {
                        crate::ui::widgets::focus_now(&start);
                        view.focus_pending = false;
                    }
                    if start.clicked()
                        && let Some(plan) = plan.clone()
                    {
                        cmd = Some(Command::Start(plan));
                    }
                    match &plan {
                        Some(plan) => ui.label(
                            RichText::new(format!(
                                "{} questions · {} · seed {}",
                                plan.settings.count,
                                plan.mode.name(),
                                plan.settings.seed
                            ))
                            .color(p.quiet),
                        ),
                        None if available == 0 && view.mode == Mode::Review => ui.label(
                            RichText::new("Nothing is due in this pack today: practise, or come back tomorrow.")
                                .color(p.quiet),
                        ),
                        None if available == 0 && view.mode == Mode::Weak => ui.label(
                            RichText::new("No weak spots in this pack: practise first, then work on what you miss.")
                                .color(p.quiet),
                        ),
                        None if available == 0 => {
                            ui.label(RichText::new("No question matches: tick more kinds or topics.").color(p.wrong))
                        }
                        None => ui.label(RichText::new("Type a number as the seed.").color(p.wrong)),
                    };
                });
            });
        },
    );
    let submit =
        egui::CentralPanel::no_frame().show(ui, |ui| settings_ui(ui, loaded, view, available, plan.as_ref())).inner;
    // The start button's bar is laid out first, to keep its room at the bottom; it is read after the form.
    widgets::speech::read_first_child_last(ui);
    if submit && cmd.is_none() {
        cmd = view.plan(loaded).map(Command::Start);
    }
    cmd
}

/// The settings of the quiz, in cards, with the class code of `plan` (the quiz the start button starts);
/// `true` when the learner pressed Enter in the seed field to start.
fn settings_ui(ui: &mut Ui, loaded: &Loaded, view: &mut SetupView, available: usize, plan: Option<&QuizPlan>) -> bool {
    let mut submit = false;
    let area = ScrollArea::vertical().id_salt("setup-scroll").auto_shrink(false).show(ui, |ui| {
        column(ui, COLUMN_WIDTH, |ui| {
            let p = theme::palette(ui);
            ui.heading("New quiz");
            ui.label(RichText::new(&loaded.pack.sheet.title).color(p.quiet));
            ui.add_space(4.0);
            if let Some(focus) = view.focus.clone() {
                card(ui, |ui| {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(format!("Only {focus} ({} facts).", view.facts.len()));
                        if ui.button("Use all facts").clicked() {
                            view.facts.clear();
                            view.focus = None;
                        }
                    });
                });
            }

            card(ui, |ui| {
                ui.label(theme::strong("Mode"));
                ui.radio_value(&mut view.mode, Mode::Practice, "Practice: feedback after each answer");
                ui.radio_value(&mut view.mode, Mode::Exam, "Exam: feedback at the end");
                ui.radio_value(
                    &mut view.mode,
                    Mode::Review,
                    format!("Review due: what your schedule says is due today ({})", view.due),
                );
                ui.radio_value(
                    &mut view.mode,
                    Mode::Weak,
                    format!("Weak spots: facts with {} ({})", crate::study::stats::WEAK_RULE, view.weak),
                );
                if view.mode == Mode::Exam {
                    ui.horizontal_wrapped(|ui| {
                        ui.checkbox(&mut view.countdown, "Countdown");
                        if view.countdown {
                            let label = ui.label("Time limit");
                            let slider = widgets::slider(ui, Slider::new(&mut view.minutes, 1..=60).show_value(false))
                                .labelled_by(label.id);
                            widgets::speech::describe(&slider, "minutes");
                            widgets::speech::painted_text(ui, format!("{} min", view.minutes));
                        }
                    });
                }
            });

            card(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.spacing_mut().slider_width = 240.0;
                    let max = available.max(1);
                    view.count = view.count.clamp(1, max);
                    ui.add_enabled_ui(max > 1, |ui| {
                        widgets::slider(
                            ui,
                            Slider::new(&mut view.count, 1..=max).text("Number of questions").show_value(false),
                        )
                    });
                    // A number box beside the slider: with hundreds of questions, a slider alone cannot hit 20.
                    let count = ui.add_enabled(max > 1, egui::DragValue::new(&mut view.count).range(1..=max));
                    let of = if view.mode.from_schedule() {
                        format!("of {available} available")
                    } else {
                        // The quiz stops before it would ask a fact twice (`generate::quiz::supported`).
                        format!("of {available} available without asking a fact twice")
                    };
                    // The box's description says it (below); painted only, so it is not read twice.
                    widgets::speech::painted_text(ui, &of);
                    // Named as the slider is; what follows the box is its description, read after its value.
                    let count = count.accessible_name("Number of questions");
                    widgets::speech::describe(&count, &of);
                });
                ui.horizontal_wrapped(|ui| {
                    let label = ui.label(theme::strong("Seed"));
                    let edit =
                        ui.add(TextEdit::singleline(&mut view.seed_text).desired_width(120.0)).labelled_by(label.id);
                    if edit.changed() {
                        view.seed_text.retain(|c| c.is_ascii_digit());
                    }
                    // Enter in the seed field starts the quiz, as the start button would.
                    submit = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    if ui.button("New seed").clicked() {
                        let current = view.seed().unwrap_or(1);
                        view.seed_text = next_seed(current).to_string();
                    }
                    ui.label(RichText::new("The same seed gives everyone the same quiz.").small().color(p.quiet));
                });
                // A practice quiz or an exam has a class code: students who type it in "Join with a code…"
                // take this very quiz (`study::code`). Review, weak spots and a quiz on chosen facts have none.
                let code = plan
                    .filter(|plan| matches!(plan.mode, Mode::Practice | Mode::Exam))
                    .map(|plan| crate::study::code::encode(&loaded.pack, plan));
                match code {
                    Some(Ok(code)) => {
                        ui.horizontal_wrapped(|ui| {
                            ui.label(theme::strong("Class code"));
                            crate::ui::widgets::speech::copyable_label(
                                ui,
                                egui::Label::new(RichText::new(&code).monospace()),
                            );
                            ui.label(
                                RichText::new(
                                    "Students type it in \u{201c}Join with a code…\u{201d} to take this very quiz.",
                                )
                                .small()
                                .color(p.quiet),
                            );
                        });
                    }
                    // Every seed has a code; a plan that has none (too many questions) says why.
                    Some(Err(why)) => {
                        ui.label(RichText::new(format!("No class code: {why}")).small().color(p.quiet));
                    }
                    None => {}
                }
            });

            if view.mode.from_schedule() {
                ui.add_space(8.0);
                return;
            }

            card(ui, |ui| {
                ui.label(theme::strong("Question kinds"));
                widgets::filters::kind_boxes(ui, &loaded.bank, &mut view.kinds);
            });

            if !loaded.pack.sheet.topics.is_empty() {
                card(ui, |ui| {
                    ui.label(theme::strong("Topics"));
                    ui.label(RichText::new("None ticked: every topic.").small().color(p.quiet));
                    widgets::filters::topic_boxes(ui, &loaded.pack.sheet.topics, &mut view.topics);
                });
            }

            ui.add_space(8.0);
        });
    });
    widgets::speech::name_scroll_bar(ui.ctx(), area.id, "Scroll the quiz settings");
    submit
}
