//! The Progress screen: the current learner's figures (`study::Stats`) as plots and a table — accuracy and
//! attempts per day, mastery per topic and per question kind, the due forecast for 14 days, the streak, and
//! the weakest facts with a button to practise them.

use std::ops::RangeInclusive;

use egui::{
    Align2, Color32, Label, Rangef, RichText, Role, ScrollArea, Sense, Stroke, TextStyle, TextWrapMode, Ui, WidgetInfo,
    WidgetText,
};
use egui_plot::{
    Bar, BarChart, GridInput, GridMark, HoverPosition, Line, Plot, PlotPoint, PlotPoints, PlotUi, Points, Text,
};

use crate::question::QuestionKind;
use crate::study::Stats;
use crate::study::schedule::civil;
use crate::study::stats::{GroupStat, WEAK_ORDER, WEAK_RULE};
use crate::ui::app::Command;
use crate::ui::theme::{self, COLUMN_WIDTH};
use crate::ui::widgets::{card, column};

/// How many of the weakest facts the table lists.
pub const WEAKEST_SHOWN: usize = 10;

/// Height of the per-day plots and the forecast.
const PLOT_HEIGHT: f32 = 170.0;

/// Width of the y axis of the per-day plots and the forecast, so their plot areas line up.
const Y_AXIS_WIDTH: f32 = 48.0;

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
    /// For each of the weakest facts (in order), the fact as one sentence ("Lee met Xi Jinping in Beijing."),
    /// if its pack is loaded. The table shows it, never the fact's id.
    pub statements: Vec<Option<String>>,
    /// Topic names by id, from the loaded packs; a topic of no loaded pack shows its id.
    pub topic_names: std::collections::BTreeMap<String, String>,
}

/// The evidence quote shown for a fact: at most this many characters.
const EVIDENCE_CHARS: usize = 70;

/// How many days back the per-day plots show at least.
const DAYS_SHOWN: i64 = 30;

use crate::study::stats::percent;

/// `n` with the singular or plural of a noun: "1 card", "3 cards".
fn count(n: impl Into<u64>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { one } else { many })
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// A study day as a short date for an axis: "Nov 28".
fn short_date(day: i64) -> String {
    let (_, month, date) = civil(day);
    format!("{} {date}", MONTHS[(month as usize + 11) % 12])
}

/// A study day with its weekday, for a hover label: "Sat, Nov 28".
fn long_date(day: i64) -> String {
    // Day 0, 1970-01-01, was a Thursday.
    const WEEKDAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    format!("{}, {}", WEEKDAYS[day.rem_euclid(7) as usize], short_date(day))
}

/// A bar's fill and outline: a calm fill, and a full one for the bar under the pointer.
fn bar_colors(accent: Color32, hovered: bool) -> (Color32, Stroke) {
    let fill = if hovered { accent } else { accent.gamma_multiply(0.55) };
    (fill, Stroke::new(1.0, accent))
}

/// A plot that does not move with the mouse: no panning, zooming or dragging that could lose the chart, and
/// scrolling over it scrolls the page. It only senses hovering, for its hover labels.
fn still_plot<'a>(id: &str, height: f32) -> Plot<'a> {
    Plot::new(id)
        .height(height)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .allow_axis_zoom_drag(false)
        .allow_double_click_reset(false)
        .show_crosshair(false)
        .sense(Sense::hover())
        .grid_spacing(Rangef::new(GRID_MIN, 300.0))
}

/// Where the pointer is in a plot, if it is over the plot.
fn pointer_in(plot: &PlotUi<'_>) -> Option<PlotPoint> {
    if plot.response().contains_pointer() { plot.pointer_coordinate() } else { None }
}

/// The plot position a hover label is asked for.
fn hover_point(pos: &HoverPosition<'_>) -> PlotPoint {
    match *pos {
        HoverPosition::NearDataPoint { position, .. } | HoverPosition::Elsewhere { position } => position,
    }
}

/// Grid lines closer together than this (points) are not drawn.
const GRID_MIN: f32 = 8.0;

/// Points per plot unit along the axis a grid spacer is asked about.
fn points_per_unit(input: &GridInput) -> f64 {
    if input.base_step_size > 0.0 { f64::from(GRID_MIN) / input.base_step_size } else { 0.0 }
}

/// Whole numbers from `lo` to `hi`, clamped so that a broken range cannot ask for billions of marks.
fn whole_numbers((lo, hi): (f64, f64)) -> RangeInclusive<i64> {
    let lo = lo.ceil().max(-1e6) as i64;
    let hi = hi.floor().min(1e6) as i64;
    lo..=hi
}

/// A mark at each whole number: one per category of a bar chart.
fn every_whole(input: &GridInput) -> Vec<GridMark> {
    whole_numbers(input.bounds).map(|k| GridMark { value: k as f64, step_size: 1.0 }).collect()
}

/// Marks at 0, 25, 50, 75 and 100 (percent).
fn quarter_marks(input: &GridInput) -> Vec<GridMark> {
    let (lo, hi) = input.bounds;
    (0..=4_i32)
        .map(|q| f64::from(q) * 25.0)
        .filter(|v| (lo..=hi).contains(v))
        .map(|value| GridMark { value, step_size: 25.0 })
        .collect()
}

/// A mark at every whole number (a faint grid line, if they are far enough apart), and a stronger, labelled
/// one at the multiples of the first of `steps` (or of the last one doubled, …) that leaves `gap` points
/// between labels. Multiples are counted from 0, which is today on the per-day axes.
fn whole_marks(input: &GridInput, steps: &[i64], gap: f64) -> Vec<GridMark> {
    let ppu = points_per_unit(input);
    if ppu <= 0.0 {
        return Vec::new();
    }
    let mut every = steps.iter().copied().find(|s| *s as f64 * ppu >= gap).unwrap_or(0);
    if every == 0 {
        every = steps.last().copied().unwrap_or(1).max(1);
        while (every as f64) * ppu < gap {
            every *= 2;
        }
    }
    let daily = ppu > f64::from(GRID_MIN);
    whole_numbers(input.bounds)
        .filter_map(|k| {
            if k.rem_euclid(every) == 0 {
                Some(GridMark { value: k as f64, step_size: every as f64 })
            } else {
                daily.then_some(GridMark { value: k as f64, step_size: 1.0 })
            }
        })
        .collect()
}

/// Marks for a count axis (attempts, cards): whole numbers 1, 2, 5, 10, 20, 50, … apart, the smallest of
/// those that leaves room for a label.
fn count_marks(input: &GridInput) -> Vec<GridMark> {
    let ppu = points_per_unit(input);
    if ppu <= 0.0 {
        return Vec::new();
    }
    let mut step = 1.0;
    'find: for power in 0..12 {
        for m in [1.0, 2.0, 5.0] {
            step = m * 10_f64.powi(power);
            if step * ppu >= 30.0 {
                break 'find;
            }
        }
    }
    let (lo, hi) = input.bounds;
    whole_numbers((lo / step, hi / step)).map(|k| GridMark { value: k as f64 * step, step_size: step }).collect()
}

/// The top of a count axis whose largest value is `most`: a multiple of 5 at or above it, so the highest bar
/// does not touch the frame and an empty chart still has a scale.
fn count_top(most: f64) -> f64 {
    (most.max(4.0) / 5.0).ceil() * 5.0
}

/// The label of a mark on a count axis: whole numbers only.
fn count_label(mark: GridMark, _range: &RangeInclusive<f64>) -> String {
    if mark.value.fract() == 0.0 && mark.value >= 0.0 { format!("{:.0}", mark.value) } else { String::new() }
}

/// The label of a mark on a percent axis (values 0 ..= 100).
fn percent_label(mark: GridMark, _range: &RangeInclusive<f64>) -> String {
    if (0.0..=100.0).contains(&mark.value) { format!("{:.0} %", mark.value) } else { String::new() }
}

/// Height of one row (one topic or question kind) of a category chart: a line of axis text and a gap, so
/// every name is drawn at full strength.
const ROW_HEIGHT: f32 = 30.0;

/// Room under a category chart's rows for its percent axis.
const AXIS_HEIGHT: f32 = 26.0;

/// One bar of a category chart.
struct Row {
    /// The topic or kind, written on the axis.
    name: String,
    /// Mastery, 0 ..= 1.
    value: f64,
    /// What the hover label adds below the name.
    detail: String,
}

impl Row {
    fn new(name: String, g: &GroupStat) -> Self {
        let detail = format!(
            "Mastery {}\n{} · {} · accuracy {}",
            percent(g.mastery),
            count(g.cards as u64, "card", "cards"),
            count(g.attempts, "attempt", "attempts"),
            percent(g.accuracy)
        );
        Self { name, value: g.mastery, detail }
    }
}

/// A horizontal bar chart of mastery, one bar per row with its name on the y axis, first row at the top,
/// the value in percent in a column right of the 100 % line (where no grid line crosses it), and a hover
/// label with the name and the figures.
fn category_chart(ui: &mut Ui, id: &str, what: &str, rows: &[Row]) {
    let p = theme::palette(ui);
    if rows.is_empty() {
        ui.label(RichText::new("No answers yet.").color(p.quiet));
        return;
    }
    // Row i is drawn at y = top - i, so the first row is at the top.
    let top = rows.len() as f64 - 1.0;
    let row_at = move |y: f64| {
        let r = y.round();
        (0.0..=top).contains(&r).then_some((top - r) as usize)
    };

    // The y axis is as wide as the longest name, so no name is cut and the width does not jump.
    let width_of = |text: &str, style: TextStyle| {
        ui.painter().layout_no_wrap(text.to_owned(), style.resolve(ui.style()), p.text).size().x
    };
    let names_width = rows.iter().map(|r| width_of(&r.name, TextStyle::Body)).fold(0.0, f32::max);
    let axis_width = names_width + 12.0;
    // Room right of 100 % for the values, written in a column there: no grid line (0, 25, … 100 %) crosses them.
    let value_room = width_of("100 %", TextStyle::Small) + 10.0;
    let bars_width = (ui.available_width() - axis_width - value_room).max(100.0);
    let units_per_point = 100.0 / f64::from(bars_width);
    let x_max = 100.0 + f64::from(value_room) * units_per_point;
    let value_gap = 5.0 * units_per_point;

    let height = rows.len() as f32 * ROW_HEIGHT + AXIS_HEIGHT;
    let shown = still_plot(id, height)
        .default_x_bounds(0.0, x_max)
        .default_y_bounds(-0.6, top + 0.6)
        .show_grid([true, false])
        .x_grid_spacer(|input| quarter_marks(&input))
        .y_grid_spacer(|input| every_whole(&input))
        .x_axis_formatter(percent_label)
        .y_axis_formatter(move |mark, _range| {
            if mark.value.fract() == 0.0 {
                row_at(mark.value).map(|i| rows[i].name.clone()).unwrap_or_default()
            } else {
                String::new()
            }
        })
        .y_axis_min_width(axis_width)
        .label_formatter(move |pos| row_at(hover_point(pos).y).map(|i| format!("{}\n{}", rows[i].name, rows[i].detail)))
        .show(ui, |plot| {
            let hovered = pointer_in(plot).and_then(|pt| row_at(pt.y));
            let bars = rows
                .iter()
                .enumerate()
                .map(|(i, row)| {
                    let (fill, stroke) = bar_colors(p.accent, hovered == Some(i));
                    Bar::new(top - i as f64, row.value * 100.0).name(&row.name).width(0.62).fill(fill).stroke(stroke)
                })
                .collect();
            plot.bar_chart(BarChart::new(format!("{id}-bars"), bars).horizontal().allow_hover(false));
            for (i, row) in rows.iter().enumerate() {
                let at = PlotPoint::new(100.0 + value_gap, top - i as f64);
                let text = RichText::new(percent(row.value)).small().color(p.text);
                plot.text(
                    Text::new(format!("{id}-value-{i}"), at, text).anchor(Align2::LEFT_CENTER).allow_hover(false),
                );
            }
        });
    let figures: Vec<String> = rows.iter().map(|r| format!("{} {}", r.name, percent(r.value))).collect();
    describe(&shown.response, what, &figures);
}

/// Gives a chart its figures as its accessible name: `egui_plot` paints its axis labels and texts, which a
/// screen reader cannot see.
fn describe(response: &egui::Response, what: &str, figures: &[String]) {
    let text = if figures.is_empty() { format!("{what}: none yet") } else { format!("{what}: {}", figures.join(", ")) };
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, &text));
}

/// A card's title, with a quiet note after it if `note` is not empty.
fn title(ui: &mut Ui, title: &str, note: &str) {
    let quiet = theme::palette(ui).quiet;
    ui.horizontal_wrapped(|ui| {
        ui.label(theme::strong(title));
        if !note.is_empty() {
            ui.label(RichText::new(note).color(quiet));
        }
    });
}

/// The Progress screen.
pub fn ui(ui: &mut Ui, view: &ProgressView) -> Option<Command> {
    let mut cmd = None;
    let s = &view.stats;
    let area = ScrollArea::vertical().id_salt("progress-scroll").auto_shrink(false);
    crate::ui::widgets::speech::scroll_named(ui, area, "Scroll your progress", |ui| {
        column(ui, COLUMN_WIDTH, |ui| {
            let p = theme::palette(ui);
            crate::ui::widgets::speech::page_heading(ui, "Progress");
            ui.label(RichText::new(format!("{} · today is {}", view.learner, s.today)).color(p.quiet));
            ui.add_space(4.0);
            card(ui, |ui| {
                // Each figure is one label that never wraps: a narrow window moves a whole figure to the next
                // line instead of breaking it ("0 of 35 / cards").
                ui.horizontal_wrapped(|ui| {
                    let figure = |ui: &mut Ui, text: WidgetText| {
                        ui.add(Label::new(text).wrap_mode(TextWrapMode::Extend));
                    };
                    figure(ui, theme::strong(format!("{} attempts", s.attempts)).into());
                    figure(ui, format!("Accuracy {}", percent(s.accuracy)).into());
                    figure(ui, format!("{} today", s.attempts_today).into());
                    figure(ui, format!("{} due today", s.due_today).into());
                    let days = if s.streak_days == 1 { "day" } else { "days" };
                    figure(ui, format!("Streak: {} {days}", s.streak_days).into());
                    figure(ui, s.mastery_figure().describe().into());
                });
            });
            if s.attempts == 0 {
                ui.label(RichText::new("No answers yet: take a quiz and your progress shows here.").color(p.quiet));
            }

            let today = view.today;
            let period = match s.per_day.first() {
                Some(d) if today - d.day >= DAYS_SHOWN => format!("since {}", d.date),
                _ => format!("last {DAYS_SHOWN} days"),
            };
            let day_at = |x: f64| today + x.round() as i64;
            let day_stat = |x: f64| s.per_day.iter().find(|d| d.day == day_at(x));
            // Whole days before today on the x axis, labelled with dates a week apart, counted from today.
            let per_day_plot = |id: &str| {
                still_plot(id, PLOT_HEIGHT)
                    .include_x(-(DAYS_SHOWN as f64) + 0.5)
                    .include_x(0.5)
                    .x_grid_spacer(|input| whole_marks(&input, &[7, 14, 28], 80.0))
                    .x_axis_formatter(move |mark, _range| {
                        if mark.step_size >= 7.0 { short_date(day_at(mark.value)) } else { String::new() }
                    })
                    .y_axis_min_width(Y_AXIS_WIDTH)
            };

            card(ui, |ui| {
                title(ui, "Accuracy per day", &period);
                let points: Vec<[f64; 2]> =
                    s.per_day.iter().map(|d| [(d.day - today) as f64, d.accuracy * 100.0]).collect();
                let shown = per_day_plot("accuracy-per-day")
                    .default_y_bounds(-6.0, 108.0)
                    .y_grid_spacer(|input| quarter_marks(&input))
                    .y_axis_formatter(percent_label)
                    .label_formatter(|pos| {
                        day_stat(hover_point(pos).x).map(|d| {
                            format!(
                                "{}\nAccuracy {} · {}",
                                long_date(d.day),
                                percent(d.accuracy),
                                count(d.attempts, "attempt", "attempts")
                            )
                        })
                    })
                    .show(ui, |plot| {
                        let hovered = pointer_in(plot).and_then(|pt| day_stat(pt.x)).map(|d| d.day);
                        plot.line(
                            Line::new("Accuracy", PlotPoints::from(points.clone())).color(p.accent).allow_hover(false),
                        );
                        plot.points(
                            Points::new("Accuracy", PlotPoints::from(points))
                                .color(p.accent)
                                .radius(4.0)
                                .filled(true)
                                .allow_hover(false),
                        );
                        if let Some(d) = hovered.and_then(|day| s.per_day.iter().find(|d| d.day == day)) {
                            let at = vec![[(d.day - today) as f64, d.accuracy * 100.0]];
                            plot.points(
                                Points::new("Hovered", PlotPoints::from(at))
                                    .color(p.text)
                                    .radius(6.0)
                                    .allow_hover(false),
                            );
                        }
                    });
                let figures: Vec<String> =
                    s.per_day.iter().map(|d| format!("{} {}", short_date(d.day), percent(d.accuracy))).collect();
                describe(&shown.response, "Accuracy per day", &figures);
            });

            card(ui, |ui| {
                title(ui, "Attempts per day", &period);
                let most = s.per_day.iter().map(|d| d.attempts).max().unwrap_or(0);
                let shown = per_day_plot("attempts-per-day")
                    .include_y(0.0)
                    .include_y(count_top(most as f64))
                    .y_grid_spacer(|input| count_marks(&input))
                    .y_axis_formatter(count_label)
                    .label_formatter(|pos| {
                        day_stat(hover_point(pos).x)
                            .map(|d| format!("{}\n{}", long_date(d.day), count(d.attempts, "attempt", "attempts")))
                    })
                    .show(ui, |plot| {
                        let hovered = pointer_in(plot).map(|pt| day_at(pt.x));
                        let bars: Vec<Bar> = s
                            .per_day
                            .iter()
                            .map(|d| {
                                let (fill, stroke) = bar_colors(p.accent, hovered == Some(d.day));
                                Bar::new((d.day - today) as f64, d.attempts as f64).width(0.7).fill(fill).stroke(stroke)
                            })
                            .collect();
                        plot.bar_chart(BarChart::new("Attempts", bars).allow_hover(false));
                    });
                let figures: Vec<String> =
                    s.per_day.iter().map(|d| format!("{} {}", short_date(d.day), d.attempts)).collect();
                describe(&shown.response, "Attempts per day", &figures);
            });

            card(ui, |ui| {
                title(ui, "Mastery per topic", "");
                let rows: Vec<Row> = s
                    .per_topic
                    .iter()
                    .map(|(id, g)| Row::new(view.topic_names.get(id).unwrap_or(id).clone(), g))
                    .collect();
                category_chart(ui, "mastery-per-topic", "Mastery per topic", &rows);
            });

            card(ui, |ui| {
                title(ui, "Mastery per question kind", "");
                let mut kinds: Vec<(usize, &String, &GroupStat)> = s
                    .per_kind
                    .iter()
                    .map(|(code, g)| {
                        let order = QuestionKind::ALL.iter().position(|k| k.code() == code);
                        (order.unwrap_or(QuestionKind::ALL.len()), code, g)
                    })
                    .collect();
                kinds.sort_by_key(|(order, code, _)| (*order, code.as_str()));
                let rows: Vec<Row> = kinds
                    .into_iter()
                    .map(|(_, code, g)| {
                        let name = QuestionKind::from_code(code).map_or_else(|| code.clone(), |k| k.name().to_owned());
                        Row::new(name, g)
                    })
                    .collect();
                category_chart(ui, "mastery-per-kind", "Mastery per question kind", &rows);
            });

            card(ui, |ui| {
                title(ui, &format!("Due in the next {} days", s.forecast.len()), "cards to review");
                let days = s.forecast.len() as f64;
                let due_on = |x: f64| {
                    let i = x.round();
                    if i < 0.0 { None } else { s.forecast.get(i as usize) }
                };
                let shown = still_plot("due-forecast", PLOT_HEIGHT)
                    .include_x(-0.5)
                    .include_x(days - 0.5)
                    .include_y(0.0)
                    .include_y(count_top(s.forecast.iter().map(|d| d.due).max().unwrap_or(0) as f64))
                    .x_grid_spacer(|input| whole_marks(&input, &[1, 2, 7], 70.0))
                    .x_axis_formatter(move |mark, _range| {
                        let v = mark.value;
                        if v == 0.0 {
                            "today".to_owned()
                        } else if v > 0.0 && v < days && v.fract() == 0.0 {
                            format!("+{v:.0} d")
                        } else {
                            String::new()
                        }
                    })
                    .y_grid_spacer(|input| count_marks(&input))
                    .y_axis_formatter(count_label)
                    .y_axis_min_width(Y_AXIS_WIDTH)
                    .label_formatter(|pos| {
                        due_on(hover_point(pos).x).map(|d| {
                            let when = match d.in_days {
                                0 => "today, overdue included".to_owned(),
                                1 => "tomorrow".to_owned(),
                                n => format!("in {n} days"),
                            };
                            let day = today + i64::from(d.in_days);
                            format!("{} ({when})\n{} due", long_date(day), count(d.due as u64, "card", "cards"))
                        })
                    })
                    .show(ui, |plot| {
                        let hovered = pointer_in(plot).and_then(|pt| due_on(pt.x)).map(|d| d.in_days);
                        let bars: Vec<Bar> = s
                            .forecast
                            .iter()
                            .map(|d| {
                                let (fill, stroke) = bar_colors(p.accent, hovered == Some(d.in_days));
                                Bar::new(f64::from(d.in_days), d.due as f64).width(0.7).fill(fill).stroke(stroke)
                            })
                            .collect();
                        plot.bar_chart(BarChart::new("Due", bars).allow_hover(false));
                    });
                let figures: Vec<String> = s
                    .forecast
                    .iter()
                    .map(|d| format!("{} {}", short_date(today + i64::from(d.in_days)), d.due))
                    .collect();
                describe(&shown.response, "Cards due per day", &figures);
            });

            card(ui, |ui| {
                title(ui, "Weakest facts", &count(s.weak_facts as u64, "weak fact", "weak facts"));
                ui.label(
                    RichText::new(format!(
                        "Weak: {WEAK_RULE}. Weakest first: {WEAK_ORDER}. Remembered for: how long until you are \
                         90 % likely to still recall it."
                    ))
                    .color(p.quiet),
                );
                if s.weakest.is_empty() {
                    let none =
                        if s.attempts == 0 { "None yet." } else { "None: every fact you answered is known well." };
                    ui.label(RichText::new(none).color(p.quiet));
                    return;
                }
                // The fact column wraps, so the table stays within the card however long the sentences are.
                let headers = ["Accuracy", "Lapses", "Remembered for", "Attempts"];
                let spacing = ui.spacing().item_spacing.x;
                let others: f32 = headers
                    .iter()
                    .map(|h| {
                        let text = WidgetText::from(theme::strong(*h));
                        text.into_galley(ui, Some(TextWrapMode::Extend), f32::INFINITY, TextStyle::Body).size().x
                            + spacing
                    })
                    .sum();
                let fact_width = (ui.available_width() - others - spacing).max(160.0);
                egui::Grid::new("weakest").striped(true).num_columns(5).max_col_width(fact_width).show(ui, |ui| {
                    ui.label(theme::strong("Fact"));
                    for h in headers {
                        ui.label(theme::strong(h));
                    }
                    ui.end_row();
                    for (i, f) in s.weakest.iter().take(WEAKEST_SHOWN).enumerate() {
                        let statement = view.statements.get(i).and_then(Option::as_deref);
                        let quote = view.evidence.get(i).and_then(Option::as_deref);
                        // The row names the fact in words; hovering gives the article's sentence behind it.
                        let (text, hover) = match (statement, quote) {
                            (Some(statement), Some(quote)) => {
                                (statement.to_owned(), format!("From the article: “{quote}”"))
                            }
                            (Some(statement), None) => (statement.to_owned(), statement.to_owned()),
                            (None, Some(quote)) => {
                                (format!("“{}”", crate::text::cut(quote, EVIDENCE_CHARS)), format!("“{quote}”"))
                            }
                            (None, None) => (
                                format!("A fact of “{}”", f.pack),
                                format!("Its pack, “{}”, is not loaded, so the fact cannot be shown.", f.pack),
                            ),
                        };
                        ui.label(text).on_hover_text(hover);
                        ui.label(percent(f.accuracy));
                        ui.label(f.lapses.to_string());
                        ui.label(f.remembered_for());
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
