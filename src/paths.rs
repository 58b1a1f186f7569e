//! Where Dossier keeps the learner's files: `DOSSIER_DATA_DIR` if set (tests always set it), otherwise
//! the platform's data folder.

use std::path::PathBuf;

/// The data folder, or `None` if the platform has no home folder to put it in.
pub fn data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("DOSSIER_DATA_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("org", "Dossier", "dossier").map(|p| p.data_dir().to_path_buf())
}

/// The folder of packs the user added: `<data>/packs`.
pub fn packs_dir() -> Option<PathBuf> {
    data_dir().map(|d| d.join("packs"))
}

/// Fact sheets (`*.ron`) in the user's packs folder, sorted by file name; empty if there is none.
pub fn user_packs() -> Vec<PathBuf> {
    let Some(dir) = packs_dir() else { return Vec::new() };
    let Ok(read) = std::fs::read_dir(&dir) else { return Vec::new() };
    let mut out: Vec<PathBuf> =
        read.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ron")).collect();
    out.sort();
    out
}
