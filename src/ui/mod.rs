//! The desktop app (eframe/egui). A placeholder window until the GUI lands.

use std::process::ExitCode;

/// Opens the main window and runs until it closes.
pub fn run() -> ExitCode {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Dossier")
            .with_inner_size([1024.0, 720.0])
            .with_min_inner_size([800.0, 600.0]),
        ..Default::default()
    };
    let result = eframe::run_ui_native("Dossier", options, |ui, _frame| {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("Dossier");
            ui.label("The desktop app is being built. Meanwhile, try `dossier play` in a terminal.");
        });
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dossier: the window could not be opened: {e}");
            ExitCode::from(1)
        }
    }
}
