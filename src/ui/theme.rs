//! Colours, text sizes and spacing: a calm, paper-like light theme and a matching dark one.
//!
//! The styles of both themes are set once at start-up; the palette of semantic colours (right, wrong,
//! highlight, …) is looked up at draw time from the active theme.

use egui::{Color32, CornerRadius, FontFamily, FontId, Stroke, TextStyle, Theme, Ui, Visuals};

use crate::ui::fonts;

/// Text style of question prompts.
pub const PROMPT: &str = "prompt";
/// Text style of the article body.
pub const ARTICLE: &str = "article";
/// Text style of quoted evidence.
pub const QUOTE: &str = "quote";
/// Text style of big numbers and verdicts.
pub const DISPLAY: &str = "display";

/// Width of the reading column, in points: about 70 characters of article text.
pub const READING_WIDTH: f32 = 660.0;
/// Width of the column most screens use.
pub const COLUMN_WIDTH: f32 = 760.0;

/// Semantic colours for the active theme.
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    /// Links, focus, the progress bar, marked entities.
    pub accent: Color32,
    /// A right answer.
    pub right: Color32,
    /// A wrong answer.
    pub wrong: Color32,
    /// A partly right answer.
    pub partial: Color32,
    /// Background of a right answer's banner.
    pub right_bg: Color32,
    /// Background of a wrong answer's banner.
    pub wrong_bg: Color32,
    /// Background of a partly right answer's banner.
    pub partial_bg: Color32,
    /// Background of a highlighted sentence in the article.
    pub highlight: Color32,
    /// Background of cards.
    pub card: Color32,
    /// Quiet text: hints, captions.
    pub quiet: Color32,
    /// Main text.
    pub text: Color32,
}

const LIGHT: Palette = Palette {
    accent: Color32::from_rgb(0x1F, 0x5F, 0x8B),
    right: Color32::from_rgb(0x1E, 0x7D, 0x46),
    wrong: Color32::from_rgb(0xB3, 0x26, 0x1E),
    partial: Color32::from_rgb(0x8A, 0x5A, 0x00),
    right_bg: Color32::from_rgb(0xE3, 0xF3, 0xE8),
    wrong_bg: Color32::from_rgb(0xFA, 0xE4, 0xE2),
    partial_bg: Color32::from_rgb(0xFB, 0xEF, 0xD5),
    highlight: Color32::from_rgb(0xFF, 0xE7, 0x9E),
    card: Color32::from_rgb(0xFF, 0xFF, 0xFF),
    quiet: Color32::from_rgb(0x5F, 0x66, 0x6D),
    text: Color32::from_rgb(0x1F, 0x23, 0x28),
};

const DARK: Palette = Palette {
    accent: Color32::from_rgb(0x86, 0xBD, 0xEB),
    right: Color32::from_rgb(0x6C, 0xCB, 0x93),
    wrong: Color32::from_rgb(0xF2, 0x8B, 0x82),
    partial: Color32::from_rgb(0xE6, 0xBD, 0x5C),
    right_bg: Color32::from_rgb(0x1D, 0x3A, 0x29),
    wrong_bg: Color32::from_rgb(0x45, 0x22, 0x20),
    partial_bg: Color32::from_rgb(0x42, 0x34, 0x14),
    highlight: Color32::from_rgb(0x5E, 0x4C, 0x12),
    card: Color32::from_rgb(0x26, 0x29, 0x2E),
    quiet: Color32::from_rgb(0xA4, 0xAB, 0xB3),
    text: Color32::from_rgb(0xE4, 0xE6, 0xEA),
};

/// The palette of the theme `ui` is drawn in.
pub fn palette(ui: &Ui) -> Palette {
    if ui.visuals().dark_mode { DARK } else { LIGHT }
}

fn visuals(theme: Theme) -> Visuals {
    let (mut v, p) = match theme {
        Theme::Light => (Visuals::light(), LIGHT),
        Theme::Dark => (Visuals::dark(), DARK),
    };
    let dark = theme == Theme::Dark;
    let paper = if dark { Color32::from_rgb(0x1B, 0x1D, 0x21) } else { Color32::from_rgb(0xF6, 0xF4, 0xEF) };
    v.panel_fill = paper;
    v.window_fill = p.card;
    v.faint_bg_color = if dark { Color32::from_rgb(0x23, 0x26, 0x2B) } else { Color32::from_rgb(0xEE, 0xEB, 0xE4) };
    v.extreme_bg_color = if dark { Color32::from_rgb(0x13, 0x15, 0x18) } else { Color32::WHITE };
    v.hyperlink_color = p.accent;
    v.selection.bg_fill = if dark { Color32::from_rgb(0x2B, 0x4A, 0x66) } else { Color32::from_rgb(0xCF, 0xE3, 0xF3) };
    v.selection.stroke = Stroke::new(1.5, p.text);
    v.widgets.noninteractive.fg_stroke.color = p.text;
    v.widgets.noninteractive.bg_stroke.color =
        if dark { Color32::from_rgb(0x3A, 0x3E, 0x45) } else { Color32::from_rgb(0xD6, 0xD2, 0xC8) };
    let button = if dark { Color32::from_rgb(0x31, 0x35, 0x3B) } else { Color32::from_rgb(0xE6, 0xE2, 0xD9) };
    let hover = if dark { Color32::from_rgb(0x3B, 0x40, 0x47) } else { Color32::from_rgb(0xDC, 0xD7, 0xCC) };
    v.widgets.inactive.weak_bg_fill = button;
    v.widgets.inactive.bg_fill = button;
    v.widgets.inactive.fg_stroke.color = p.text;
    // A quiet outline, so check boxes and radio buttons stand out on cards.
    v.widgets.inactive.bg_stroke =
        Stroke::new(1.0, if dark { Color32::from_rgb(0x4A, 0x4F, 0x57) } else { Color32::from_rgb(0xC4, 0xBE, 0xB1) });
    v.widgets.hovered.weak_bg_fill = hover;
    v.widgets.hovered.bg_fill = hover;
    v.widgets.hovered.bg_stroke = Stroke::new(1.0, p.quiet);
    v.widgets.hovered.fg_stroke.color = p.text;
    // Focus and press: a clear accent ring, so keyboard focus is always visible.
    v.widgets.active.weak_bg_fill = hover;
    v.widgets.active.bg_fill = hover;
    v.widgets.active.bg_stroke = Stroke::new(2.0, p.accent);
    v.widgets.active.fg_stroke = Stroke::new(2.0, p.text);
    for w in [
        &mut v.widgets.noninteractive,
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
        &mut v.widgets.open,
    ] {
        w.corner_radius = CornerRadius::same(6);
    }
    v.window_corner_radius = CornerRadius::same(10);
    // A blinking cursor repaints twice a second forever: idle means idle, so it stays lit.
    v.text_cursor.blink = false;
    v.text_cursor.stroke = Stroke::new(2.0, p.accent);
    v
}

/// Sets text sizes, spacing and both themes' colours on `ctx`.
pub fn install(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Small, FontId::new(13.5, FontFamily::Proportional)),
            (TextStyle::Body, FontId::new(16.0, FontFamily::Proportional)),
            (TextStyle::Button, FontId::new(16.0, FontFamily::Proportional)),
            (TextStyle::Heading, FontId::new(26.0, fonts::bold())),
            (TextStyle::Monospace, FontId::new(14.0, FontFamily::Monospace)),
            (TextStyle::Name(PROMPT.into()), FontId::new(21.0, FontFamily::Proportional)),
            (TextStyle::Name(ARTICLE.into()), FontId::new(18.0, fonts::serif())),
            (TextStyle::Name(QUOTE.into()), FontId::new(17.0, fonts::italic())),
            (TextStyle::Name(DISPLAY.into()), FontId::new(34.0, fonts::bold())),
        ]
        .into();
        // Plain text is read, not clicked: a selectable label offers a screen reader a "click" action that
        // does nothing. Text that is worth copying says so itself (`Label::selectable`).
        style.interaction.selectable_labels = false;
        style.spacing.item_spacing = egui::vec2(10.0, 10.0);
        style.spacing.button_padding = egui::vec2(12.0, 6.0);
        style.spacing.interact_size.y = 30.0;
        // Scroll bars float over a margin kept on the right of every scroll area's content, whether or not
        // a bar is shown: with solid bars the page narrowed (and its text rewrapped) by the bar's width the
        // moment it grew past the window, as when feedback appears under a question.
        let mut scroll = egui::style::ScrollStyle::floating();
        scroll.bar_width = 8.0;
        scroll.floating_width = 8.0;
        scroll.floating_allocated_width = 0.0;
        scroll.content_margin = egui::Margin { left: 0, right: 14, top: 0, bottom: 0 };
        scroll.dormant_background_opacity = 0.4;
        scroll.dormant_handle_opacity = 0.7;
        style.spacing.scroll = scroll;
    });
    ctx.set_visuals_of(Theme::Light, visuals(Theme::Light));
    ctx.set_visuals_of(Theme::Dark, visuals(Theme::Dark));
}

/// A font of a named text style, looked up in `ui`'s style.
pub fn font(ui: &Ui, style: &str) -> FontId {
    TextStyle::Name(style.into()).resolve(ui.style())
}

/// Bold text of the body size.
pub fn strong(text: impl Into<String>) -> egui::RichText {
    egui::RichText::new(text).family(fonts::bold())
}
