//! The Progress screen: the current learner's figures (`study::Stats`) as plots and a table — accuracy and
//! attempts per day, mastery per topic and per question kind, the due forecast for 14 days, the streak, and
//! the weakest facts with a button to practise them.

use egui::{RichText, ScrollArea, Ui};
use egui_plot::{Bar, BarChart, Line, Plot, PlotPoints, Points};

use crate::study::Stats;
use crate::ui::app::Command;
use crate::ui::theme::{self, COLUMN_WIDTH};
use crate::ui::widgets::{card, column};

/// How many of the weakest facts the table lists.
pub const WEAKEST_SHOWN: usize = 10;

/// Height of each plot.
const PLOT_HEIGHT: f32 = 160.0;

/// The Progress screen's state: the figures, computed when the screen opened (not every frame).
#[derive(Debug, Clone)]
pub struct ProgressView {
    /// Whose figures these are.
    pub learner: String,
    /// The figures.
    pub stats: Stats,
    /// Today's study day, where the per-day plots end.
    pub today: i64,
    /// For each of the weakest facts (in order), its evidence from the article, if its pack is loaded.
    pub evidence: Vec<Option<String>>,
}

/// The evidence quote shown for a fact: at most this many characters.
const EVIDENCE_CHARS: usize = 70;

/// `text` cut to [`EVIDENCE_CHARS`] characters, with an ellipsis if it was longer.
pub fn shorten(text: &str) -> String {
    if text.chars().count() <= EVIDENCE_CHARS {
        text.to_string()
    } else {
        let cut: String = text.chars().take(EVIDENCE_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// How many days back the per-day plots show at least.
const DAYS_SHOWN: i64 = 30;

fn percent(x: f64) -> String {
    format!("{:.0} %", x * 100.0)
}

/// A plot that does not move with the mouse, so scrolling the page scrolls the page.
fn still_plot(id: &str) -> Plot<'static> {
    Plot::new(id)
        .height(PLOT_HEIGHT)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .include_y(0.0)
}

/// Bars of `values`, one per name, with the names as hover text.
fn bars(name: &str, values: &[(String, f64)]) -> BarChart {
    let bars = values.iter().enumerate().map(|(i, (n, v))| Bar::new(i as f64, *v).name(n).width(0.6)).collect();
    BarChart::new(name, bars)
}

/// The Progress screen.
pub fn ui(ui: &mut Ui, view: &ProgressView) -> Option<Command> {
    let mut cmd = None;
    let s = &view.stats;
    ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
        column(ui, COLUMN_WIDTH, |ui| {
            let p = theme::palette(ui);
            ui.heading("Progress");
            ui.label(RichText::new(format!("{} · today is {}", view.learner, s.today)).color(p.quiet));
            ui.add_space(4.0);
            card(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(theme::strong(format!("{} attempts", s.attempts)));
                    ui.label(format!("Accuracy {}", percent(s.accuracy)));
                    ui.label(format!("{} today", s.attempts_today));
                    ui.label(format!("{} due today", s.due_today));
                    let days = if s.streak_days == 1 { "day" } else { "days" };
                    ui.label(format!("Streak: {} {days}", s.streak_days));
                    ui.label(format!("Mastery {} ({} of {} cards)", percent(s.mastery), s.mastered, s.cards));
                });
            });
            if s.attempts == 0 {
                ui.label(RichText::new("No answers yet: take a quiz and your progress shows here.").color(p.quiet));
            }

            let days_back = -(DAYS_SHOWN as f64) + 0.5;
            card(ui, |ui| {
                ui.label(theme::strong("Accuracy per day"));
                let points: Vec<[f64; 2]> =
                    s.per_day.iter().map(|d| [(d.day - view.today) as f64, d.accuracy * 100.0]).collect();
                let plot = still_plot("accuracy-per-day").include_y(100.0).include_x(days_back).include_x(0.5);
                plot.x_axis_label("days before today").y_axis_label("%").show(ui, |plot| {
                    plot.line(Line::new("Accuracy", PlotPoints::from(points.clone())));
                    plot.points(Points::new("Accuracy", PlotPoints::from(points)).radius(4.0));
                });
            });

            card(ui, |ui| {
                ui.label(theme::strong("Attempts per day"));
                let bars: Vec<Bar> = s
                    .per_day
                    .iter()
                    .map(|d| Bar::new((d.day - view.today) as f64, d.attempts as f64).name(&d.date).width(0.7))
                    .collect();
                let plot = still_plot("attempts-per-day").include_x(days_back).include_x(0.5);
                plot.x_axis_label("days before today").show(ui, |plot| {
                    plot.bar_chart(BarChart::new("Attempts", bars));
                });
            });

            card(ui, |ui| {
                ui.label(theme::strong("Mastery per topic"));
                let values: Vec<(String, f64)> =
                    s.per_topic.iter().map(|(name, g)| (name.clone(), g.mastery * 100.0)).collect();
                legend_ui(ui, &values);
                let plot = still_plot("mastery-per-topic").include_y(100.0).include_x(-0.5);
                plot.include_x(values.len() as f64 - 0.5).show(ui, |plot| {
                    plot.bar_chart(bars("Mastery per topic", &values));
                });
            });

            card(ui, |ui| {
                ui.label(theme::strong("Mastery per question kind"));
                let values: Vec<(String, f64)> =
                    s.per_kind.iter().map(|(name, g)| (name.clone(), g.mastery * 100.0)).collect();
                legend_ui(ui, &values);
                let plot = still_plot("mastery-per-kind").include_y(100.0).include_x(-0.5);
                plot.include_x(values.len() as f64 - 0.5).show(ui, |plot| {
                    plot.bar_chart(bars("Mastery per kind", &values));
                });
            });

            card(ui, |ui| {
                ui.label(theme::strong("Due in the next 14 days"));
                let bars: Vec<Bar> = s
                    .forecast
                    .iter()
                    .map(|d| Bar::new(f64::from(d.in_days), d.due as f64).name(&d.date).width(0.7))
                    .collect();
                let plot = still_plot("due-forecast").include_x(-0.5).include_x(s.forecast.len() as f64 - 0.5);
                plot.x_axis_label("days from today").show(ui, |plot| {
                    plot.bar_chart(BarChart::new("Due", bars));
                });
            });

            card(ui, |ui| {
                ui.label(theme::strong("Weakest facts"));
                if s.weakest.is_empty() {
                    ui.label(RichText::new("None yet.").color(p.quiet));
                    return;
                }
                egui::Grid::new("weakest").striped(true).num_columns(4).show(ui, |ui| {
                    ui.label(theme::strong("Fact"));
                    ui.label(theme::strong("Recall now"));
                    ui.label(theme::strong("Accuracy"));
                    ui.label(theme::strong("Attempts"));
                    ui.end_row();
                    for (i, f) in s.weakest.iter().take(WEAKEST_SHOWN).enumerate() {
                        match view.evidence.get(i).and_then(Option::as_deref) {
                            Some(quote) => {
                                ui.label(format!("“{}”", shorten(quote))).on_hover_text(&f.fact);
                            }
                            None => {
                                ui.label(&f.fact);
                            }
                        }
                        ui.label(percent(f.retrievability));
                        ui.label(percent(f.accuracy));
                        ui.label(f.attempts.to_string());
                        ui.end_row();
                    }
                });
                if ui.button("Practise these").clicked() {
                    cmd = Some(Command::PractiseWeakest);
                }
            });
            ui.add_space(8.0);
        });
    });
    cmd
}

/// The bars' names in order (bar 0, 1, …), since a bar chart's axis shows only numbers.
fn legend_ui(ui: &mut Ui, values: &[(String, f64)]) {
    let p = theme::palette(ui);
    if values.is_empty() {
        ui.label(RichText::new("No answers yet.").color(p.quiet));
        return;
    }
    let text =
        values.iter().enumerate().map(|(i, (n, v))| format!("{i}: {n} {v:.0} %")).collect::<Vec<_>>().join(" · ");
    ui.label(RichText::new(text).small().color(p.quiet));
}
