//! The question screen: progress ("Question 7 of 20" and a bar), the prompt, the widget of the question's
//! kind, and in practice mode the feedback once answered.
//!
//! An exam adds a navigator (one numbered button a question, answered ones filled), "Previous", "Next"
//! (Page Up, Page Down) and "Finish exam", which asks first when questions have no answer. A question is
//! answered when the session says so: in an exam, text in its box (or pairs made, or items moved) is its
//! answer, confirmed or not. Its countdown
//! shows whole minutes and repaints once a minute; only the last minute ticks every second.

use std::time::Duration;

use egui::{Key, Modifiers, ProgressBar, RichText, ScrollArea, Sense, Stroke, Ui, WidgetInfo, vec2};

use crate::question::{Body, Question, QuestionKind, Response, Voice};
use crate::study::session::{Session, countdown};
use crate::ui::app::Command;
use crate::ui::fonts;
use crate::ui::theme::{self, COLUMN_WIDTH};
use crate::ui::widgets::speech::{
    button_spoken, focus_quietly, focusable_label, mark_selected, name_scroll_bar, speak_as,
};
use crate::ui::widgets::{choice, column, focus_now, hints, matching, ordering, take_key, typed};
use crate::ui::{confirm, feedback};

pub use crate::study::session::Draft;

/// The quiz screen's own state (what to focus; whether the exam asks before finishing). The answers and
/// drafts live in the [`Session`], so they survive this view being made anew.
#[derive(Debug, Clone, Default)]
pub struct QuizView {
    /// The question last drawn (position, id): when it changes, the new question's field takes focus.
    pub shown: Option<(usize, String)>,
    /// The feedback's verdict still has to take focus (a screen reader then reads it: "Not right. The
    /// answer is Seoul.", the evidence after it).
    pub feedback_focus_pending: bool,
    /// The question's prompt still has to take focus, so a screen reader reads the new question; a typed
    /// question's field takes it instead (and says the prompt as its description).
    pub prompt_focus_pending: bool,
    /// The question asked over the screen, if any.
    pub asking: Option<Asking>,
    /// A button still has to take focus ("Keep working" or "Keep matching" in a question asked, "Finish
    /// exam" once every question has an answer).
    pub focus_pending: Option<FocusTarget>,
    /// Exam: whether every question had an answer when last drawn.
    pub all_answered: bool,
}

/// A question asked in a dialog over the quiz, which waits for the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asking {
    /// Exam: "Finish exam" was pressed with questions unanswered; whether to finish anyway.
    FinishExam,
    /// Practice: a matching was checked with items unmatched; whether to check it anyway (as an exam asks
    /// before finishing with questions unanswered).
    CheckMatching,
}

/// A button of the exam that takes keyboard focus on the next frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FocusTarget {
    /// "Finish exam".
    Finish,
    /// "Keep working" in the question whether to finish.
    KeepWorking,
    /// "Keep matching" in the question whether to check a half-made matching.
    KeepMatching,
}

/// The quiz screen: a question, or its feedback. `draft` is the current question's draft, the only
/// thing the screen changes in the session.
pub fn ui(ui: &mut Ui, session: &Session, draft: &mut Draft, view: &mut QuizView, now: f64) -> Option<Command> {
    let mut cmd = None;
    let Some(q) = session.question() else { return Some(Command::EndQuiz) };
    let key = (session.current, q.id.clone());
    if view.shown.as_ref() != Some(&key) {
        view.shown = Some(key);
        view.feedback_focus_pending = true;
        view.prompt_focus_pending = !matches!(draft, Draft::Typed(_));
        // What was asked of a matching was asked of that question only.
        if view.asking == Some(Asking::CheckMatching) {
            view.asking = None;
        }
        if let Draft::Typed(d) = draft {
            d.focus_pending = true;
        }
    }
    if let Some(left) = session.time_left(now) {
        if left <= 0.0 {
            return Some(Command::EndQuiz);
        }
        // Wake up when the countdown's text changes (a minute, or a second in the last minute), not sooner.
        let next = countdown(left).next_change + 0.02;
        ui.ctx().request_repaint_after(Duration::from_secs_f64(next));
    }
    let exam = session.is_exam();
    // Typing in a box answers its question at once, so the last unanswered question is answered on the
    // first letter typed: the focus stays in the box until it is left (Enter, or another question), and
    // only then goes to "Finish exam".
    if exam && !ui.ctx().text_edit_focused() {
        let all = session.unanswered().is_empty();
        if all && !view.all_answered {
            view.focus_pending = Some(FocusTarget::Finish);
        }
        view.all_answered = all;
    }
    let asked = view.asking;
    let asking = asked.is_some();
    let area = ScrollArea::vertical().id_salt("question-scroll").auto_shrink(false).show(ui, |ui| {
        column(ui, COLUMN_WIDTH, |ui| {
            ui.add_enabled_ui(!asking, |ui| {
                progress_ui(ui, session, q, now);
                if exam && let Some(c) = navigator_ui(ui, session) {
                    cmd = Some(c);
                }
                ui.add_space(6.0);
                ui.push_id(("question", session.current, &q.id), |ui| {
                    let prompt = prompt_ui(ui, session, q);
                    if view.prompt_focus_pending && !session.showing_feedback {
                        focus_quietly(&prompt);
                    }
                    view.prompt_focus_pending = false;
                    ui.add_space(8.0);
                    let c = if session.showing_feedback {
                        feedback::ui(ui, session, view)
                    } else {
                        answer_ui(ui, session, q, draft, view)
                    };
                    if c.is_some() {
                        cmd = c;
                    }
                });
                if exam && let Some(c) = exam_buttons_ui(ui, session, view) {
                    cmd = Some(c);
                }
            });
        });
    });
    name_scroll_bar(ui.ctx(), area.id, "Scroll the question");
    if asked == Some(Asking::FinishExam)
        && let Some(c) = confirm_finish_ui(ui, session, view)
    {
        cmd = Some(c);
    }
    if asked == Some(Asking::CheckMatching)
        && let Some(c) = confirm_check_ui(ui, draft, view)
    {
        cmd = Some(c);
    }
    cmd
}

/// "Question 7 of 20", the kind, in an exam how many are answered, the countdown, and the bar.
fn progress_ui(ui: &mut Ui, session: &Session, q: &Question, now: f64) {
    let p = theme::palette(ui);
    let total = session.questions.len();
    let answered = total - session.unanswered().len();
    ui.horizontal_wrapped(|ui| {
        ui.label(theme::strong(format!("Question {} of {total}", session.current + 1)));
        ui.label(RichText::new(q.kind.name()).color(p.quiet));
        if let Some(source) = session.sources.get(session.current).filter(|t| !t.is_empty()) {
            ui.label(RichText::new(format!("· from \u{201c}{source}\u{201d}")).color(p.quiet));
        }
        if session.is_exam() {
            ui.label(RichText::new(format!("· {answered} of {total} answered")).color(p.quiet));
        }
        if let Some(left) = session.time_left(now) {
            let c = countdown(left);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let text = if c.urgent {
                    RichText::new(&c.text).family(fonts::bold()).color(p.wrong)
                } else {
                    RichText::new(&c.text).color(p.text)
                };
                let label = ui.label(text);
                label.widget_info(|| WidgetInfo::labeled(egui::Role::Label, true, &c.spoken));
                label.on_hover_text("Time left in this exam");
            });
        }
    });
    let done = if session.is_exam() { answered } else { session.current + usize::from(session.showing_feedback) };
    let bar = ui.add(ProgressBar::new(done as f32 / total.max(1) as f32).desired_height(6.0).fill(p.accent));
    // Named, with its range, so a screen reader can say where the quiz is and how far along.
    bar.ctx.accesskit_node_builder(bar.id, |node| {
        node.set_label(format!("Question {} of {total}", session.current + 1));
        node.set_min_numeric_value(0.0);
        node.set_max_numeric_value(total as f64);
        node.set_numeric_value(done as f64);
        node.set_description(format!("{done} of {total} {}", if session.is_exam() { "answered" } else { "done" }));
    });
}

/// The exam's navigator: one small numbered button a question, answered ones filled, the current one
/// outlined. Each is named for a screen reader: "Question 3, answered".
fn navigator_ui(ui: &mut Ui, session: &Session) -> Option<Command> {
    let p = theme::palette(ui);
    let mut cmd = None;
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = vec2(4.0, 4.0);
        for i in 0..session.questions.len() {
            let answered = session.is_answered(i);
            let current = i == session.current;
            let number = (i + 1).to_string();
            let font = egui::TextStyle::Button.resolve(ui.style());
            let (fill, text) = if answered { (p.accent, p.card) } else { (p.card, p.text) };
            let galley = ui.painter().layout_no_wrap(number, font, text);
            let size = vec2(galley.size().x.max(16.0) + 14.0, 28.0);
            let (rect, response) = ui.allocate_exact_size(size, Sense::click());
            let state = if answered { "answered" } else { "not answered" };
            let label = format!("Question {}, {state}", i + 1);
            // The current question is selected, as a page in a list of pages is: a push button that is
            // selected, not a toggle button that is pressed.
            response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &label));
            mark_selected(&response, current);
            if ui.is_rect_visible(rect) {
                let visuals = ui.style().interact(&response);
                let stroke = if response.has_focus() || current {
                    Stroke::new(2.5, if answered { p.text } else { p.accent })
                } else if answered {
                    Stroke::new(1.0, p.accent)
                } else {
                    visuals.bg_stroke
                };
                ui.painter().rect(rect, 6.0, fill, stroke, egui::StrokeKind::Inside);
                if current {
                    let under = egui::Rect::from_center_size(rect.center_bottom() + vec2(0.0, 3.0), vec2(12.0, 2.5));
                    ui.painter().rect_filled(under, 1.0, p.accent);
                }
                ui.painter().galley(rect.center() - galley.size() / 2.0, galley, p.text);
            }
            let response = response.on_hover_text(format!("Question {} · {state}", i + 1));
            // The tooltip is for the pointer; egui makes it the description too, which would read the
            // name ("Question 2, not answered") twice.
            response.ctx.accesskit_node_builder(response.id, egui::accesskit::Node::clear_description);
            if response.clicked() {
                cmd = Some(Command::GoTo(i));
            }
        }
        ui.add_space(6.0);
        ui.label(RichText::new("filled: answered").small().color(p.quiet));
    });
    cmd
}

/// The question's prompt as shown: a cloze without its "Fill in the blank: " (its blank is drawn as a line).
pub fn prompt_text(q: &Question) -> String {
    match q.kind {
        QuestionKind::Cloze => q.prompt.trim_start_matches("Fill in the blank: ").to_string(),
        _ => q.prompt.clone(),
    }
}

/// The question's prompt, large. Keyboard focus can land on it (the quiz moves it there when a question
/// appears), and a screen reader reads it with where the quiz is: "Question 3 of 10, multiple choice".
fn prompt_ui(ui: &mut Ui, session: &Session, q: &Question) -> egui::Response {
    let text = prompt_text(q);
    let prompt = focusable_label(ui, RichText::new(&text).text_style(egui::TextStyle::Name(theme::PROMPT.into())));
    speak_as(&prompt, &spoken_prompt(q), Some(&place(session, q)));
    prompt
}

/// Where the quiz is, as a screen reader says it with the question: "Question 3 of 10, Multiple choice".
pub fn place(session: &Session, q: &Question) -> String {
    format!("Question {} of {}, {}", session.current + 1, session.questions.len(), q.kind.name())
}

/// The prompt for the ear: a cloze's blank said as "blank", not as a row of underscores.
pub fn spoken_prompt(q: &Question) -> String {
    prompt_text(q).replace(crate::generate::cloze::BLANK, "blank")
}

/// The widget of the question's kind (in an exam, showing the answer given so far), with Skip outside
/// an exam.
fn answer_ui(ui: &mut Ui, session: &Session, q: &Question, draft: &mut Draft, view: &mut QuizView) -> Option<Command> {
    let given = session.current_answer().and_then(|a| a.response.as_ref());
    let exam = session.is_exam();
    // S skips a question outside an exam; in an exam it only moves on, leaving the answer as it is.
    let s_key = if exam { "next question" } else { "skips" };
    let response = match (&q.body, draft) {
        (Body::Choice { options, .. }, _) => {
            let chosen = match given {
                Some(Response::Choice(i)) => Some(*i),
                _ => None,
            };
            choice::mc_ui(ui, options, chosen, s_key)
        }
        (Body::TrueFalse { .. }, _) => {
            let chosen = match given {
                Some(Response::Bool(b)) => Some(*b),
                _ => None,
            };
            choice::tf_ui(ui, chosen, s_key)
        }
        (Body::Typed { unit, expected, .. }, Draft::Typed(d)) => {
            let numeric = matches!(expected, crate::question::Expected::Number { .. });
            typed::ui(ui, d, unit.as_deref(), numeric, exam, &format!("{}: {}", place(session, q), spoken_prompt(q)))
        }
        (Body::Match { left, right, .. }, Draft::Match(d)) => match matching::ui(ui, left, right, d, exam) {
            Some(matching::Submit::Pairs(r)) => Some(r),
            Some(matching::Submit::AskFirst) => {
                view.asking = Some(Asking::CheckMatching);
                view.focus_pending = Some(FocusTarget::KeepMatching);
                None
            }
            None => None,
        },
        (Body::Order { items, .. }, Draft::Order(d)) => ordering::ui(ui, items, d, exam),
        _ => None,
    };
    if let Some(r) = response {
        return Some(Command::Answer(r));
    }
    if session.is_exam() {
        if take_key(ui, Key::S) {
            return Some(Command::Skip);
        }
        return None;
    }
    ui.add_space(8.0);
    let mut cmd = None;
    ui.horizontal(|ui| {
        if ui.button("Skip").clicked() {
            cmd = Some(Command::Skip);
        }
        ui.label(
            RichText::new("(shows the answer; counts as not known, so it comes back soon)")
                .small()
                .color(theme::palette(ui).quiet),
        );
    });
    if take_key(ui, Key::S) {
        cmd = Some(Command::Skip);
    }
    cmd
}

/// The exam's answer so far in words, "Previous", "Next", "Clear answer" and "Finish exam"; Page Up and
/// Page Down move too, even while typing (a one-line field has no use for them).
fn exam_buttons_ui(ui: &mut Ui, session: &Session, view: &mut QuizView) -> Option<Command> {
    let p = theme::palette(ui);
    let mut cmd = None;
    let i = session.current;
    let last = session.questions.len().saturating_sub(1);
    ui.add_space(8.0);
    // A choice shows the answer given on the option itself; other kinds say it in words.
    if let (Some(q), Some(a)) = (session.question(), session.current_answer())
        && a.response.is_some()
        && !matches!(q.body, Body::Choice { .. } | Body::TrueFalse { .. })
    {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("Your answer:").color(p.quiet));
            ui.add(egui::Label::new(q.response_text(a.response.as_ref(), Voice::Reading)).wrap());
            ui.label(RichText::new("(you can change it until you finish)").small().color(p.quiet));
        });
    }
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        if button_spoken(ui, i > 0, "← Previous").clicked() {
            cmd = Some(Command::Previous);
        }
        if button_spoken(ui, i < last, "Next →").clicked() {
            cmd = Some(Command::Next);
        }
        if session.is_answered(i) && ui.button("Clear answer").clicked() {
            cmd = Some(Command::ClearAnswer);
        }
        // On the right, so it stays in place whatever the buttons before it.
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let finish = ui
                .add(egui::Button::new(RichText::new("Finish exam").family(fonts::bold())).min_size(vec2(120.0, 30.0)));
            if view.focus_pending == Some(FocusTarget::Finish) {
                focus_now(&finish);
                view.focus_pending = None;
            }
            if finish.clicked() {
                if session.unanswered().is_empty() {
                    cmd = Some(Command::EndQuiz);
                } else {
                    view.asking = Some(Asking::FinishExam);
                    view.focus_pending = Some(FocusTarget::KeepWorking);
                }
            }
        });
    });
    if view.all_answered {
        ui.label(RichText::new("Every question has an answer. Check them, or finish the exam.").color(p.right));
    }
    if ui.is_enabled() {
        let (back, forward) = ui.input_mut(|i| {
            (i.consume_key(Modifiers::NONE, Key::PageUp), i.consume_key(Modifiers::NONE, Key::PageDown))
        });
        if back && i > 0 {
            cmd = Some(Command::Previous);
        }
        if forward && i < last {
            cmd = Some(Command::Next);
        }
    }
    hints(ui, "Keys: PageUp / PageDown previous / next question");
    cmd
}

/// "3 questions have no answer. Finish anyway?" over the exam; Escape or "Keep working" goes back to it.
fn confirm_finish_ui(ui: &mut Ui, session: &Session, view: &mut QuizView) -> Option<Command> {
    let missing = session.unanswered();
    let n = missing.len();
    let numbers: Vec<String> = missing.iter().map(|i| (i + 1).to_string()).collect();
    let list = match numbers.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => numbers.join(""),
    };
    let question = if n == 1 {
        "1 question has no answer. Finish anyway?".to_string()
    } else {
        format!("{n} questions have no answer. Finish anyway?")
    };
    let detail = if n == 1 { format!("Question {list} scores 0.") } else { format!("Questions {list} score 0.") };
    let ask = confirm::Ask {
        id: "finish-exam",
        question: &question,
        detail: &detail,
        go: "Finish anyway",
        back: "Keep working",
        escape: "Escape keeps working",
    };
    (confirm_in_quiz(ui, &ask, view, FocusTarget::KeepWorking) == Some(confirm::Choice::Go)).then_some(Command::EndQuiz)
}

/// "2 items have no partner. Check anyway?" over a half-made matching; "Keep matching" has focus, and it or
/// Escape goes back to the pairs. Only "Check anyway" grades the pairs as they are.
fn confirm_check_ui(ui: &mut Ui, draft: &Draft, view: &mut QuizView) -> Option<Command> {
    let Draft::Match(d) = draft else {
        view.asking = None;
        return None;
    };
    let n = d.missing();
    let question = if n == 1 {
        "1 item has no partner. Check anyway?".to_string()
    } else {
        format!("{n} items have no partner. Check anyway?")
    };
    let ask = confirm::Ask {
        id: "check-matching",
        question: &question,
        detail: if n == 1 { "It scores nothing." } else { "They score nothing." },
        go: "Check anyway",
        back: "Keep matching",
        escape: "Escape keeps matching",
    };
    (confirm_in_quiz(ui, &ask, view, FocusTarget::KeepMatching) == Some(confirm::Choice::Go))
        .then(|| Command::Answer(Response::Pairs(d.pairs.clone())))
}

/// The app's one confirmation dialog ([`confirm::ui`]) over the quiz, its "go back" button taking the focus
/// the quiz view holds for it (`focus`). Either choice closes the dialog.
fn confirm_in_quiz(
    ui: &Ui,
    ask: &confirm::Ask<'_>,
    view: &mut QuizView,
    focus: FocusTarget,
) -> Option<confirm::Choice> {
    let mut dialog = confirm::ConfirmView { focus_pending: view.focus_pending == Some(focus) };
    let choice = confirm::ui(ui, ask, &mut dialog);
    if view.focus_pending == Some(focus) && !dialog.focus_pending {
        view.focus_pending = None;
    }
    if choice.is_some() {
        view.asking = None;
    }
    choice
}
