//! Results: the score with partial credit, the time, a per-kind breakdown, and every mistake with its
//! right answer and evidence; "Retry mistakes" and "New quiz". A quiz ended early is scored on what was
//! answered and says how many questions were left (the engine's [`crate::study::session::Summary`]).
//! A quiz joined with a class code adds "Save results for the teacher…": a results file written whole
//! into a folder that exists (a mistyped folder is said, never created).

use egui::{Grid, Key, RichText, ScrollArea, Ui};

use crate::study::session::{Answer, Session, format_duration, format_score};
use crate::ui::app::{Back, Command};
use crate::ui::classroom;
use crate::ui::feedback::review_ui;
use crate::ui::fonts;
use crate::ui::theme::{self, COLUMN_WIDTH};
use crate::ui::widgets::{card, column, hints, take_key};

/// The results screen's own state.
#[derive(Debug, Clone)]
pub struct ResultsView {
    /// The first action button still has to take keyboard focus.
    pub focus_pending: bool,
    /// The screen still has to be scrolled to the top (its first frame).
    pub top_pending: bool,
    /// Where the results file for the teacher goes, as typed; proposed on the first frame of a coded quiz.
    pub save_path: Option<String>,
    /// Where the results file was saved, or why not.
    pub saved: Option<Result<String, String>>,
}

impl Default for ResultsView {
    fn default() -> Self {
        Self { focus_pending: true, top_pending: true, save_path: None, saved: None }
    }
}

/// A quiz joined with a class code: what its results file for the teacher holds besides the answers.
#[derive(Debug, Clone, Copy)]
pub struct Teacher<'a> {
    /// The quiz code.
    pub code: &'a str,
    /// The student's name.
    pub student: &'a str,
    /// Now, in seconds since 1970 (UTC): when the results are saved.
    pub at: i64,
}

/// The results screen; with `teacher`, the card that saves the results file for the teacher.
pub fn ui(
    ui: &mut Ui,
    session: &Session,
    title: &str,
    view: &mut ResultsView,
    teacher: Option<Teacher<'_>>,
) -> Option<Command> {
    let mut cmd = None;
    let summary = session.summary();
    // Results open at the top, with the score in view, whatever the screen before them had scrolled to.
    let mut area = ScrollArea::vertical().id_salt("results-scroll").auto_shrink(false);
    if std::mem::take(&mut view.top_pending) {
        area = area.vertical_scroll_offset(0.0);
    }
    crate::ui::widgets::speech::scroll_named(ui, area, "Scroll the results", |ui| {
        column(ui, COLUMN_WIDTH, |ui| {
            let p = theme::palette(ui);
            ui.heading("Results");
            ui.label(RichText::new(title).color(p.quiet));
            ui.add_space(4.0);
            card(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(
                        RichText::new(summary.score_text()).text_style(egui::TextStyle::Name(theme::DISPLAY.into())),
                    );
                    // Nothing scored has no percentage.
                    if summary.total > 0 {
                        ui.label(RichText::new(format!("{} %", summary.percent())).size(24.0).color(p.accent));
                    }
                    ui.add_space(16.0);
                    ui.vertical(|ui| {
                        ui.label(format!("Time {}", format_duration(summary.seconds)));
                        if let Some(left) = summary.left_text() {
                            ui.label(RichText::new(left).color(p.quiet));
                        }
                        if let (Some(deadline), Some(end)) = (session.deadline, session.finished_at)
                            && end >= deadline
                        {
                            ui.label(RichText::new("Time ran out").color(p.wrong));
                        }
                        ui.label(
                            RichText::new(format!(
                                "{} · seed {}",
                                session.plan.mode.name(),
                                session.plan.settings.seed
                            ))
                            .color(p.quiet),
                        );
                    });
                });
                ui.add_space(6.0);
                ui.horizontal_wrapped(|ui| {
                    let retry = ui.add_enabled(!summary.mistakes.is_empty(), egui::Button::new("Retry mistakes"));
                    let new = ui.button("New quiz");
                    // The button that takes the focus says the score too, so a screen reader reads it first.
                    let first = if summary.mistakes.is_empty() { &new } else { &retry };
                    let mut said = format!(
                        "Your score: {}{}. Time {}.",
                        summary.score_text().replacen(" / ", " of ", 1),
                        if summary.total > 0 { format!(", {} %", summary.percent()) } else { String::new() },
                        format_duration(summary.seconds)
                    );
                    if let Some(left) = summary.left_text() {
                        said = format!("{said} {left}.");
                    }
                    crate::ui::widgets::speech::describe(first, &said);
                    if view.focus_pending {
                        crate::ui::widgets::focus_now(first);
                        view.focus_pending = false;
                    }
                    if retry.clicked() {
                        cmd = Some(Command::RetryMistakes);
                    }
                    if new.clicked() {
                        cmd = Some(Command::NewQuiz);
                    }
                    if ui.button("Back to the library").clicked() {
                        cmd = Some(Command::ShowLibrary);
                    }
                });
                hints(ui, "Keys: R retries the mistakes · N starts a new quiz");
            });
            if let Some(t) = teacher {
                save_card(ui, session, title, view, t);
            }
            if !summary.mistakes.is_empty() && take_key(ui, Key::R) {
                cmd = Some(Command::RetryMistakes);
            }
            if take_key(ui, Key::N) {
                cmd = Some(Command::NewQuiz);
            }

            // A quiz ended before any answer has nothing to break down.
            if summary.total > 0 {
                card(ui, |ui| {
                    ui.label(theme::strong("By kind of question"));
                    Grid::new("by-kind").num_columns(3).spacing([24.0, 6.0]).striped(true).show(ui, |ui| {
                        ui.label(RichText::new("Kind").color(p.quiet));
                        ui.label(RichText::new("Questions").color(p.quiet));
                        ui.label(RichText::new("Score").color(p.quiet));
                        ui.end_row();
                        for row in &summary.by_kind {
                            ui.label(row.kind.name());
                            ui.label(row.asked.to_string());
                            ui.label(format!("{} / {}", format_score(row.score), row.asked));
                            ui.end_row();
                        }
                    });
                });
            }

            ui.add_space(6.0);
            if summary.total == 0 {
                ui.label(RichText::new("No question was answered.").color(p.quiet));
            } else if summary.mistakes.is_empty() {
                ui.label(RichText::new("No mistakes. Well done.").family(fonts::bold()).color(p.right));
            } else {
                let n = summary.mistakes.len();
                ui.label(theme::strong(format!("{n} mistake{} to look at", if n == 1 { "" } else { "s" })));
            }
            for &i in &summary.mistakes {
                let q = &session.questions[i];
                let skipped = Answer { response: None, grade: crate::grade::Grade { score: 0.0, note: None } };
                let answer = session.answers[i].as_ref().unwrap_or(&skipped);
                ui.push_id(("mistake", i, &q.id), |ui| {
                    card(ui, |ui| {
                        ui.label(
                            RichText::new(format!("Question {} · {}", i + 1, q.kind.name())).small().color(p.quiet),
                        );
                        ui.add(egui::Label::new(RichText::new(&q.prompt).size(18.0)).wrap());
                        if let Some(c) = review_ui(ui, q, answer, session.pack_of(i), Back::Results) {
                            cmd = Some(c);
                        }
                    });
                });
            }
        });
    });
    cmd
}

/// "Save results for the teacher…": a path proposed in the documents folder, "Choose where…" and "Save
/// results"; says where the file went, or why it did not.
fn save_card(ui: &mut Ui, session: &Session, title: &str, view: &mut ResultsView, t: Teacher<'_>) {
    let name = crate::study::results::file_name(t.student, t.code);
    let path = view.save_path.get_or_insert_with(|| classroom::documents().join(&name).display().to_string());
    card(ui, |ui| {
        let label = ui.label(theme::strong("Save results for the teacher…"));
        ui.label(
            RichText::new(format!("Quiz code {} · a file with your answers, to hand in.", t.code))
                .color(theme::palette(ui).quiet),
        );
        let field = ui.add(egui::TextEdit::singleline(path).desired_width(f32::INFINITY)).labelled_by(label.id);
        let mut save = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        ui.horizontal_wrapped(|ui| {
            if ui.button("Choose where…").clicked()
                && let Some(file) =
                    rfd::FileDialog::new().set_title("Save results for the teacher").set_file_name(&name).save_file()
            {
                *path = file.display().to_string();
                save = true;
            }
            save |= ui.button("Save results").clicked();
        });
        if save {
            let results = crate::study::results::Results::of(session, t.student, t.code, title, t.at);
            view.saved = Some(classroom::checked_destination(path).and_then(|file| {
                crate::study::results::write(&file, &results)
                    .map(|()| format!("Saved to {}. Hand this file to your teacher.", file.display()))
                    .map_err(|e| format!("Not saved: {e}."))
            }));
        }
        if let Some(saved) = &view.saved {
            let p = theme::palette(ui);
            let (text, color) = match saved {
                Ok(s) => (s, p.right),
                Err(s) => (s, p.wrong),
            };
            ui.add(egui::Label::new(RichText::new(text).color(color)).wrap());
        }
    });
}
