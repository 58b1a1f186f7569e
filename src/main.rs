//! `dossier`: without a command, the desktop app; with one, the command line.

use std::process::ExitCode;

use clap::Parser as _;
use dossier::cli::{Cli, run};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(command) => run(command),
        None => dossier::ui::run(),
    }
}
