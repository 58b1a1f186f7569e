//! The UI preferences: the only thing the app persists through eframe.

use egui::ThemePreference;
use serde::{Deserialize, Serialize};

use crate::question::QuestionKind;
use crate::study::session::Mode;

/// Key under which [`Prefs`] are stored by eframe.
pub const PREFS_KEY: &str = "dossier-ui";

/// Smallest and largest text size offered.
pub const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.75..=2.0;

/// How the app picks light or dark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the operating system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl ThemeChoice {
    /// egui's name for it.
    pub fn preference(self) -> ThemePreference {
        match self {
            Self::System => ThemePreference::System,
            Self::Light => ThemePreference::Light,
            Self::Dark => ThemePreference::Dark,
        }
    }
}

/// UI preferences, the only thing persisted through eframe (its storage is not written atomically, so
/// it holds nothing a learner would miss).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Format version of these preferences.
    pub version: u32,
    /// Light, dark or the system's choice.
    pub theme: ThemeChoice,
    /// Text size, as egui's zoom factor (1.0 = 100 %).
    pub zoom: f32,
    /// The mode a new quiz starts in.
    pub mode: Mode,
    /// The question kinds ticked in a new quiz.
    pub kinds: Vec<QuestionKind>,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            version: 1,
            theme: ThemeChoice::System,
            zoom: 1.0,
            mode: Mode::Practice,
            kinds: QuestionKind::ALL.to_vec(),
        }
    }
}
