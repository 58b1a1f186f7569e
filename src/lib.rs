//! Dossier: study a news article through its facts.
//!
//! The engine (everything but `ui`) never touches the GUI toolkit, so the command line and the desktop
//! app are two thin faces over the same tested code.

pub mod cli;
pub mod export;
pub mod generate;
pub mod grade;
pub mod import;
pub mod pack;
pub mod paths;
pub mod question;
pub mod study;
pub mod text;
#[cfg(feature = "gui")]
pub mod ui;
