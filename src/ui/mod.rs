//! The desktop app (eframe/egui 0.37): library, reader, quiz setup, questions of every kind, feedback with
//! evidence, results, settings, learners and their progress.
//!
//! [`app`] holds the state and applies the commands screens return; one module per screen draws it;
//! [`widgets`] has one module per kind of question; the quiz logic they drive is the engine's
//! [`crate::study::session`].

pub mod app;
pub mod classroom;
pub mod confirm;
pub mod feedback;
pub mod fonts;
pub mod import;
pub mod learner;
pub mod library;
pub mod profiles;
pub mod progress;
pub mod question;
pub mod reader;
pub mod results;
pub mod settings;
pub mod setup;
pub mod theme;
pub mod welcome;
pub mod widgets;

use std::process::ExitCode;

pub use app::{App, Command, Prefs, Screen, Startup, ThemeChoice};
pub use library::{Origin, PackEntry};

/// The application id (Wayland app id, X11 class, desktop file name).
pub const APP_ID: &str = "org.dossier.Dossier";

/// The window icon: 64×64 RGBA drawn by `assets/icon.py`.
const ICON_RGBA: &[u8] = include_bytes!("../../assets/icon-64.rgba");

/// The window icon as eframe wants it.
pub fn icon() -> egui::IconData {
    egui::IconData { rgba: ICON_RGBA.to_vec(), width: 64, height: 64 }
}

/// The options the main window opens with: title, sizes, app id and icon.
pub fn native_options() -> eframe::NativeOptions {
    eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Dossier")
            .with_app_id(APP_ID)
            .with_inner_size([1100.0, 760.0])
            .with_min_inner_size([800.0, 600.0])
            .with_icon(icon()),
        ..Default::default()
    }
}

/// Opens the main window and runs until it closes.
pub fn run() -> ExitCode {
    let result = eframe::run_native("Dossier", native_options(), Box::new(|cc| Ok(Box::new(App::new(cc)))));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dossier: the window could not be opened: {e}");
            ExitCode::from(1)
        }
    }
}
