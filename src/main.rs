//! `dossier`: without a command, the desktop app; with one, the command line.

use std::process::ExitCode;

use clap::Parser as _;
use dossier::cli::{Cli, run};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(command) => run(command),
        None => desktop(),
    }
}

/// The desktop app.
#[cfg(feature = "gui")]
fn desktop() -> ExitCode {
    dossier::ui::run()
}

/// This build has no desktop app (built without the `gui` feature): say so, as a usage error (a closed
/// stderr leaves nowhere to say it, and is ignored).
#[cfg(not(feature = "gui"))]
fn desktop() -> ExitCode {
    use std::io::Write as _;
    let _ = writeln!(
        std::io::stderr(),
        "dossier: this build has no desktop app (built without the `gui` feature); run `dossier --help` for the commands."
    );
    ExitCode::from(2)
}
