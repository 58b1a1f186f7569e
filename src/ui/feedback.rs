//! Feedback after an answer (practice mode), and the review of an answer that the results screen reuses:
//! right or wrong at a glance, the right answer, the evidence quoted, "Show in article".
//! Enter or Space goes on to the next question, unless a focused "Show in article" button takes it.
//! Matching and timeline answers show as a table, a row per pair or place, each marked right or wrong.

use egui::{Key, RichText, Ui};

use crate::question::{AnswerRow, Body, Question, Response, Voice};
use crate::study::session::{Answer, Session};
use crate::ui::app::{Back, Command};
use crate::ui::fonts;
use crate::ui::question::QuizView;
use crate::ui::theme;
use crate::ui::widgets::speech::{focus_quietly, focusable_label, speak_as};
use crate::ui::widgets::{banner, choice, quote, take_key, verdict_colors};

/// The verdict in words: "Right", "Partly right (50 %)", "Not right", "Not answered".
pub fn verdict(answer: &Answer) -> String {
    let s = answer.grade.score;
    if answer.response.is_none() {
        "Not answered".to_string()
    } else if s >= 1.0 {
        "✓ Right".to_string()
    } else if s > 0.0 {
        format!("Partly right ({} %)", (s * 100.0).round())
    } else {
        "✗ Not right".to_string()
    }
}

/// The verdict as a screen reader says it, without the ✓ and ✗ painted beside it: "Right.", "Not right. The
/// answer is Seoul.", "Partly right (50 %). The answer is …", "Not answered. The answer is …".
pub fn spoken_verdict(q: &Question, answer: &Answer) -> String {
    let s = answer.grade.score;
    let said = if answer.response.is_none() {
        "Not answered."
    } else if s >= 1.0 {
        return "Right.".to_string();
    } else if s > 0.0 {
        return format!("Partly right ({} %). The answer is {}.", (s * 100.0).round(), spoken_answer(q));
    } else {
        "Not right."
    };
    format!("{said} The answer is {}.", spoken_answer(q))
}

/// The right answer in words for the ear: a matching's pairs as "Arlo Brandt: Valdonia", lines joined by
/// semicolons, no arrows.
fn spoken_answer(q: &Question) -> String {
    q.answer_lines().iter().map(|line| line.replace(" → ", ": ")).collect::<Vec<_>>().join("; ")
}

/// What a screen reader says after the verdict: the grader's note, then the evidence ("From the article:
/// “…”").
pub fn spoken_evidence(q: &Question, answer: &Answer) -> String {
    let mut parts = Vec::new();
    if let Some(note) = &answer.grade.note {
        parts.push(note_text(&verdict(answer), note));
    }
    let quotes: Vec<String> = q.evidence.iter().map(|e| format!("\u{201c}{}\u{201d}", e.trim())).collect();
    if !quotes.is_empty() {
        parts.push(format!("From the article: {}", quotes.join(" ")));
    }
    parts.join(" ")
}

/// The feedback for the current question of `session`: the verdict, "Continue" right under it, then
/// the answers and the evidence. The verdict takes the keyboard focus when the feedback appears, so a
/// screen reader reads it, the right answer and the evidence; Tab goes on to "Continue".
pub fn ui(ui: &mut Ui, session: &Session, view: &mut QuizView) -> Option<Command> {
    let (Some(q), Some(answer)) = (session.question(), session.current_answer()) else { return None };
    let mut cmd = None;
    let said = verdict_ui(ui, q, answer, true);
    if view.feedback_focus_pending {
        focus_quietly(&said);
        view.feedback_focus_pending = false;
    }
    ui.horizontal(|ui| {
        let last = session.current + 1 >= session.questions.len();
        let label = if last { "See results" } else { "Continue" };
        let next =
            ui.add(egui::Button::new(RichText::new(label).family(fonts::bold())).min_size(egui::vec2(140.0, 36.0)));
        // Enter or Space continues when the verdict, Continue or nothing has focus. Another focused button
        // ("Show in article", a button of the top bar) sees the key itself, as a click, and does what it says.
        let focused = ui.memory(egui::Memory::focused);
        let free = focused.is_none() || focused == Some(next.id) || focused == Some(said.id);
        if next.clicked() || (free && enter_or_space(ui)) {
            cmd = Some(Command::Continue);
        }
        crate::ui::widgets::hints(ui, "Enter or Space continues");
    });
    ui.add_space(4.0);
    if let Some(c) = details_ui(ui, q, answer, session.pack_of(session.current), Back::Quiz) {
        cmd = Some(c);
    }
    ui.add_space(8.0);
    if let Some(c) = report_ui(ui, q) {
        cmd = Some(c);
    }
    // Both keys are taken once every button here has seen them, so the press that moves on (or opens
    // the article) reaches nothing else: not the next question as it appears.
    take_key(ui, Key::Enter);
    take_key(ui, Key::Space);
    cmd
}

/// Where "Report this question" stands for one question; kept in egui's memory under the question's id,
/// so the quiz's state needs no field for it.
#[derive(Debug, Clone, Default)]
enum Report {
    /// Only the button shows.
    #[default]
    Closed,
    /// The reason field is open; `focus` asks for the field to take the keyboard focus once.
    Typing { reason: String, focus: bool },
    /// The report was handed on to be saved.
    Sent,
    /// It could not be saved: why, as a sentence.
    Failed(String),
}

/// What the reporting control is keyed by in egui's memory.
fn report_id(question: &str) -> egui::Id {
    egui::Id::unique(("report-question", question))
}

/// Says on the feedback of `question` that its report was not saved, and why ([`Command::Report`] failed).
pub fn report_failed(ctx: &egui::Context, question: &str, why: String) {
    ctx.data_mut(|d| d.insert_temp(report_id(question), Report::Failed(why)));
}

/// "Report this question": a button (reached by Tab, pressed by Enter or Space) that opens a short reason
/// field; Enter sends the report ([`Command::Report`]), Escape closes the field. Once sent it says
/// "Reported — left out of your quizzes".
fn report_ui(ui: &mut Ui, q: &Question) -> Option<Command> {
    let id = report_id(&q.id);
    let mut state: Report = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    let mut cmd = None;
    match &mut state {
        Report::Closed => {
            if ui.button("Report this question").clicked() {
                state = Report::Typing { reason: String::new(), focus: true };
            }
        }
        Report::Typing { reason, focus } => {
            let mut close = false;
            ui.horizontal(|ui| {
                ui.label("What is wrong with it?");
                let field = ui.add(
                    egui::TextEdit::singleline(reason)
                        .hint_text("a short reason")
                        .desired_width(320.0)
                        .char_limit(crate::study::flags::MAX_REASON),
                );
                if std::mem::take(focus) {
                    field.request_focus();
                }
                let (enter, escape) = ui.input(|i| (i.key_pressed(Key::Enter), i.key_pressed(Key::Escape)));
                if field.lost_focus() && enter {
                    cmd = Some(Command::Report { question: q.id.clone(), reason: reason.trim().to_string() });
                } else if escape {
                    close = true;
                }
                crate::ui::widgets::hints(ui, "Enter reports it, Escape cancels");
            });
            if cmd.is_some() {
                state = Report::Sent;
            } else if close {
                take_key(ui, Key::Escape);
                state = Report::Closed;
            }
        }
        Report::Sent => {
            ui.label(RichText::new("Reported — left out of your quizzes").color(theme::palette(ui).quiet));
        }
        Report::Failed(why) => {
            ui.label(why.as_str());
        }
    }
    ui.data_mut(|d| d.insert_temp(id, state));
    cmd
}

/// Whether Enter or Space was pressed this frame for the feedback screen, without taking it: not while a
/// text field has focus or `ui` is disabled, as [`take_key`].
fn enter_or_space(ui: &Ui) -> bool {
    if ui.ctx().text_edit_focused() || !ui.is_enabled() {
        return false;
    }
    ui.input(|i| {
        [Key::Enter, Key::Space].into_iter().any(|k| {
            i.events.iter().any(|e| {
                matches!(e, egui::Event::Key { key, pressed: true, modifiers, .. }
                    if *key == k && modifiers.is_none())
            })
        })
    })
}

/// One answered question reviewed: the verdict, the learner's answer beside the right one, and the
/// evidence with "Show in article" (which returns to `back`).
pub fn review_ui(ui: &mut Ui, q: &Question, answer: &Answer, pack: &str, back: Back) -> Option<Command> {
    let _ = verdict_ui(ui, q, answer, false);
    details_ui(ui, q, answer, pack, back)
}

/// The verdict banner: green, amber or red, with the grader's note. Returns the verdict's text, which a
/// screen reader reads as [`spoken_verdict`] (no ✓ or ✗), then [`spoken_evidence`]; with `focusable`
/// (the feedback, which moves the focus there), keyboard focus can land on it. The results' reviews are
/// not Tab stops: a list of them would be a stop a question for nothing to press.
pub fn verdict_ui(ui: &mut Ui, q: &Question, answer: &Answer, focusable: bool) -> egui::Response {
    let p = theme::palette(ui);
    let (color, fill) = verdict_colors(&p, answer.grade.score);
    let (color, fill) = if answer.response.is_none() { (p.quiet, ui.visuals().faint_bg_color) } else { (color, fill) };
    banner(ui, fill, color, |ui| {
        let shown = RichText::new(verdict(answer)).family(fonts::bold()).size(22.0).color(color);
        let said = if focusable { focusable_label(ui, shown) } else { ui.label(shown) };
        speak_as(&said, &spoken_verdict(q, answer), Some(&spoken_evidence(q, answer)));
        if let Some(note) = &answer.grade.note {
            ui.label(note_text(&verdict(answer), note));
        }
        said
    })
}

/// The grader's note as shown under `verdict`: a note that opens with "Partly right: " under a
/// "Partly right" verdict loses those words, so the banner says them once.
fn note_text(verdict: &str, note: &str) -> String {
    const PARTLY: &str = "Partly right: ";
    match note.strip_prefix(PARTLY) {
        Some(rest) if verdict.starts_with("Partly right") => {
            let mut chars = rest.chars();
            chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
        }
        _ => note.to_string(),
    }
}

/// A matching or timeline answer as a table, one row per left item or per place in time: the item or
/// place, "✓ right" or "✗ wrong" (words, not only a mark or a colour, for screen readers), and the
/// learner's choice, wrapped in the last column so long partners are never clipped. A wrong pair names
/// its right partner under the learner's; a timeline lists the whole right order below.
fn rows_ui(ui: &mut Ui, q: &Question, rows: &[AnswerRow]) {
    let p = theme::palette(ui);
    let timeline = matches!(q.body, Body::Order { .. });
    let (first, given) = if timeline { ("", "Your order") } else { ("Item", "Your partner") };
    let (yes, no) = if timeline { ("✓ in order", "✗ move") } else { ("✓ right", "✗ wrong") };
    egui::Grid::new(("answer-rows", &q.id)).num_columns(3).spacing([14.0, 6.0]).striped(true).show(ui, |ui| {
        ui.label(RichText::new(first).color(p.quiet));
        // An empty cell: space, not a nameless label for a screen reader to stop on.
        ui.allocate_exact_size(egui::Vec2::ZERO, egui::Sense::hover());
        ui.label(RichText::new(given).color(p.quiet));
        ui.end_row();
        for row in rows {
            ui.label(&row.item);
            // Said as words alone: a screen reader would read the mark as a symbol's name.
            let (mark, color) = if row.is_right { (yes, p.right) } else { (no, p.wrong) };
            let shown = ui.label(RichText::new(mark).color(color));
            speak_as(&shown, mark.trim_start_matches(['✓', '✗']).trim(), None);
            ui.vertical(|ui| {
                ui.add(egui::Label::new(RichText::new(&row.given).family(fonts::bold())).wrap());
                if !timeline && !row.is_right {
                    ui.add(
                        egui::Label::new(RichText::new(format!("Right partner: {}", row.right)).color(p.right)).wrap(),
                    );
                }
            });
            ui.end_row();
        }
    });
    if timeline {
        ui.add_space(4.0);
        ui.label(RichText::new("Right order").color(p.quiet));
        for line in q.answer_lines() {
            ui.add(egui::Label::new(line).wrap());
        }
    }
}

/// The learner's answer beside the right one, then the evidence with "Show in article".
fn details_ui(ui: &mut Ui, q: &Question, answer: &Answer, pack: &str, back: Back) -> Option<Command> {
    let p = theme::palette(ui);
    let mut cmd = None;
    match (&q.body, answer.response.as_ref()) {
        (Body::Choice { options, correct }, r) => {
            let chosen = match r {
                Some(Response::Choice(i)) => Some(*i),
                _ => None,
            };
            choice::review_ui(ui, options, *correct, chosen, true);
        }
        (Body::TrueFalse { answer: truth }, r) => {
            let chosen = match r {
                Some(Response::Bool(b)) => Some(usize::from(!*b)),
                _ => None,
            };
            let options = ["True".to_string(), "False".to_string()];
            choice::review_ui(ui, &options, usize::from(!*truth), chosen, false);
        }
        _ if !answer.grade.is_right() && !q.answer_rows(answer.response.as_ref()).is_empty() => {
            let mut rows = q.answer_rows(answer.response.as_ref());
            // A timeline marks the items the grade keeps in order, so the marks and "moving 1 item would put
            // them in order" count the same items.
            if let (Body::Order { order, .. }, Some(Response::Order(given))) = (&q.body, answer.response.as_ref()) {
                for (row, kept) in rows.iter_mut().zip(crate::grade::kept_in_order(order, given)) {
                    row.is_right = kept;
                }
            }
            rows_ui(ui, q, &rows);
        }
        _ => {
            let right = answer.grade.is_right();
            if !right || matches!(q.body, Body::Typed { .. }) {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new("Your answer:").color(p.quiet));
                    ui.add(egui::Label::new(q.response_text(answer.response.as_ref(), Voice::Reading)).wrap());
                });
            }
            if !right {
                let lines = q.answer_lines();
                if lines.len() == 1 {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new("Right answer:").color(p.quiet));
                        ui.label(RichText::new(&lines[0]).family(fonts::bold()).color(p.right));
                    });
                } else {
                    ui.label(RichText::new("Right answer:").color(p.quiet));
                    for line in lines {
                        ui.add(egui::Label::new(RichText::new(line).color(p.right)).wrap());
                    }
                }
            }
        }
    }
    ui.add_space(6.0);
    ui.label(RichText::new("From the article").color(p.quiet));
    for (i, evidence) in q.evidence.iter().enumerate() {
        ui.push_id(("evidence", i, evidence), |ui| {
            quote(ui, evidence);
            let label = if q.evidence.len() > 1 {
                format!("Show in article ({})", i + 1)
            } else {
                "Show in article".to_string()
            };
            let show = ui.button(label);
            // Reached by Tab below the fold, it scrolls into sight, so the learner sees what Enter opens.
            if show.gained_focus() {
                show.scroll_to_me(None);
            }
            if show.clicked() {
                cmd = Some(Command::Read { pack: pack.to_string(), evidence: Some(evidence.clone()), back });
            }
        });
    }
    cmd
}
