//! Learners on one machine: the profile list, each learner's folder and settings, and the trash that removed
//! learners' data goes to.
//!
//! # Layout of the data folder
//!
//! ```text
//! profiles.ron              (version: 1, profiles: [(id: "ana", name: "Ana", created: 1767225600)], last_used: Some("ana"))
//! profiles/ana/attempts.ron the attempt log (see `log`)
//! profiles/ana/snapshot.ron card states and tallies, a cache of the log (see `history`)
//! profiles/ana/settings.ron (version: 1, desired_retention: 0.9)
//! trash/ana-1767312000/     a removed learner's folder, moved whole
//! ```
//!
//! A learner's folder is named by an id made from the name when the learner was added; renaming changes
//! only the name, so no file moves. Changes to the list are made under the data folder's lock and written
//! atomically; removing moves the folder to `trash/` rather than deleting anything.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::store::{DirLock, StoreError, io_error, read_state, sync_dir, write_state, write_state_unchecked};

/// The newest profile-list format this build reads and writes.
pub const PROFILES_VERSION: u32 = 1;
/// The newest settings format this build reads and writes.
pub const SETTINGS_VERSION: u32 = 1;
/// The name of the learner created when none is named and none exists.
pub const DEFAULT_NAME: &str = "Learner";
/// The longest name accepted, in characters.
pub const MAX_NAME: usize = 40;

/// One learner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// The folder name under `profiles/`; fixed when the learner is added.
    pub id: String,
    /// The name shown and typed.
    pub name: String,
    /// When the learner was added (UTC seconds).
    pub created: i64,
}

/// The list of learners (`profiles.ron`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profiles {
    /// Format version ([`PROFILES_VERSION`]).
    pub version: u32,
    /// Learners in the order they were added.
    pub profiles: Vec<Profile>,
    /// The id of the learner who studied last.
    #[serde(default)]
    pub last_used: Option<String>,
    /// Entries of the file that are never followed: an id that is not a safe folder name (see
    /// [`valid_id`]) or that an earlier entry already has. They are not in `profiles`; saving the list
    /// writes them back as they were (after the others), so a hand-edited line is never dropped silently,
    /// and [`Profiles::warnings`] says that they are ignored.
    #[serde(skip)]
    pub ignored: Vec<Profile>,
}

impl Default for Profiles {
    fn default() -> Self {
        Self { version: PROFILES_VERSION, profiles: Vec::new(), last_used: None, ignored: Vec::new() }
    }
}

/// Why a change to the learners could not be made. Messages are sentences.
#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    /// No learner has that name (or id).
    #[error("there is no learner named \u{201c}{name}\u{201d}; {}", known_names(known))]
    NotFound {
        /// The name asked for.
        name: String,
        /// The names there are.
        known: Vec<String>,
    },
    /// The name is taken.
    #[error("a learner named \u{201c}{name}\u{201d} already exists; choose another name.")]
    Exists {
        /// The name.
        name: String,
    },
    /// The name cannot be used.
    #[error("\u{201c}{name}\u{201d} cannot be a learner's name: {reason}.")]
    BadName {
        /// The name.
        name: String,
        /// Why, without a full stop.
        reason: &'static str,
    },
    /// A file could not be read or written.
    #[error(transparent)]
    Store(#[from] StoreError),
}

fn known_names(known: &[String]) -> String {
    if known.is_empty() {
        "there are no learners yet (add one with `dossier profile add NAME`).".into()
    } else {
        format!("the learners are: {}.", known.join(", "))
    }
}

/// `profiles.ron` in the data folder.
pub fn list_path(data: &Path) -> PathBuf {
    data.join("profiles.ron")
}

/// A learner's folder: `profiles/<id>`.
pub fn profile_dir(data: &Path, profile: &Profile) -> PathBuf {
    data.join("profiles").join(&profile.id)
}

/// Whether `id` can name a learner's folder under `profiles/`: 1 to 64 ASCII letters, digits, `-` and `_`.
/// So no id is empty, `.` or `..`, holds a path separator, or leads out of the data folder.
pub fn valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Where removed learners' folders go: `trash/`.
pub fn trash_dir(data: &Path) -> PathBuf {
    data.join("trash")
}

impl Profiles {
    /// Reads the list; an empty list if there is none yet. A list that cannot be read is an error (and is
    /// left as it is). An entry whose id is not a safe folder name ([`valid_id`]), or repeats an earlier
    /// entry's id, is set aside in [`Self::ignored`]: never followed, reported by [`Self::warnings`].
    pub fn load(data: &Path) -> Result<Self, StoreError> {
        let mut list: Self = read_state(&list_path(data), PROFILES_VERSION)?.unwrap_or_default();
        let mut seen = std::collections::BTreeSet::new();
        let (good, bad) = std::mem::take(&mut list.profiles)
            .into_iter()
            .partition(|p: &Profile| valid_id(&p.id) && seen.insert(p.id.clone()));
        list.profiles = good;
        list.ignored = bad;
        Ok(list)
    }

    /// A sentence for each entry of the list that is ignored ([`Self::ignored`]): who, why, and what to do.
    pub fn warnings(&self, data: &Path) -> Vec<String> {
        let file = list_path(data);
        self.ignored
            .iter()
            .map(|p| {
                let why = if valid_id(&p.id) {
                    "another learner listed before has the same folder id"
                } else {
                    "its folder id is not a plain folder name (1 to 64 letters, digits, - and _)"
                };
                format!(
                    "the learner \u{201c}{}\u{201d} (folder id \"{}\") in {} is ignored: {why}; correct or remove \
                     that entry in the file.",
                    crate::pack::check::printable(&p.name),
                    crate::pack::check::printable(&p.id),
                    file.display()
                )
            })
            .collect()
    }

    /// The learner with this name, ignoring case and surrounding spaces. Names only: a name typed is never
    /// taken for another learner's folder id (see [`Self::find_id`]).
    pub fn find(&self, name: &str) -> Option<&Profile> {
        let wanted = name.trim().to_lowercase();
        self.profiles.iter().find(|p| p.name.to_lowercase() == wanted)
    }

    /// The learner whose folder id is exactly `id`.
    pub fn find_id(&self, id: &str) -> Option<&Profile> {
        self.profiles.iter().find(|p| p.id == id)
    }

    /// The learner with folder id `id`, else the one named `id`: for callers that hold an id (the app) and
    /// older ones that pass a name.
    fn find_id_or_name(&self, id: &str) -> Option<&Profile> {
        self.find_id(id).or_else(|| self.find(id))
    }

    /// The learner who studied last, if still listed.
    pub fn last_used(&self) -> Option<&Profile> {
        self.last_used.as_deref().and_then(|id| self.profiles.iter().find(|p| p.id == id))
    }

    fn names(&self) -> Vec<String> {
        self.profiles.iter().map(|p| p.name.clone()).collect()
    }

    fn not_found(&self, name: &str) -> ProfileError {
        ProfileError::NotFound { name: name.trim().to_string(), known: self.names() }
    }
}

/// Checks a name: trimmed, 1 to [`MAX_NAME`] characters, no control characters and no characters that
/// reorder or hide text (bidirectional overrides and isolates such as U+202E, zero-width marks), which
/// would make one learner's name look like another's.
pub fn check_name(name: &str) -> Result<String, ProfileError> {
    let trimmed = name.trim();
    let bad = |reason| Err(ProfileError::BadName { name: trimmed.to_string(), reason });
    if trimmed.is_empty() {
        return bad("a name needs at least one letter");
    }
    if trimmed.chars().count() > MAX_NAME {
        return bad("names are at most 40 characters long");
    }
    if trimmed.chars().any(char::is_control) {
        return bad("names cannot contain control characters such as line breaks");
    }
    if trimmed.chars().any(crate::pack::check::reorders_or_hides) {
        return bad("names cannot contain invisible characters that change the direction of text");
    }
    Ok(trimmed.to_string())
}

/// A folder id for `name`: lower-case ASCII letters and digits joined by hyphens, at most 24 characters,
/// "learner" if nothing is left (a name in Hangul, say), and a number added if the id or its folder is
/// taken.
fn new_id(data: &Path, list: &Profiles, name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 24 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let base = if slug.is_empty() { "learner" } else { slug };
    let taken = |id: &str| list.profiles.iter().any(|p| p.id == id) || data.join("profiles").join(id).exists();
    let mut id = base.to_string();
    let mut n = 2;
    while taken(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// Reads the list under the data folder's lock, lets `change` edit it, and writes it back atomically.
fn update<T>(data: &Path, change: impl FnOnce(&mut Profiles) -> Result<T, ProfileError>) -> Result<T, ProfileError> {
    let _lock = DirLock::acquire(data)?;
    let mut list = Profiles::load(data)?;
    let out = change(&mut list)?;
    // The entries set aside on reading are written back as they were: never followed, never dropped.
    let ignored = std::mem::take(&mut list.ignored);
    list.profiles.extend(ignored);
    write_state_unchecked(&list_path(data), &list)?;
    Ok(out)
}

/// Adds a learner named `name` at time `now` (UTC seconds) and creates their folder. If the list cannot
/// be saved, the folder just created is removed again (when still empty): a failed add leaves nothing.
pub fn add(data: &Path, name: &str, now: i64) -> Result<Profile, ProfileError> {
    let name = check_name(name)?;
    let mut created = None;
    let added = update(data, |list| {
        if list.profiles.iter().any(|p| p.name.to_lowercase() == name.to_lowercase()) {
            return Err(ProfileError::Exists { name: name.clone() });
        }
        let profile = Profile { id: new_id(data, list, &name), name: name.clone(), created: now };
        let dir = profile_dir(data, &profile);
        fs::create_dir_all(&dir).map_err(io_error("create the folder", &dir))?;
        created = Some(dir);
        list.profiles.push(profile.clone());
        Ok(profile)
    });
    if added.is_err()
        && let Some(dir) = created
    {
        // Only an empty folder is removed (`remove_dir` refuses any other).
        let _ = fs::remove_dir(&dir);
    }
    added
}

/// Renames the learner with folder id `name` (else the one called `name`) to `new_name`; their folder
/// stays where it is.
pub fn rename(data: &Path, name: &str, new_name: &str) -> Result<Profile, ProfileError> {
    let new_name = check_name(new_name)?;
    update(data, |list| {
        let id = list.find_id_or_name(name).ok_or_else(|| list.not_found(name))?.id.clone();
        if list.profiles.iter().any(|p| p.id != id && p.name.to_lowercase() == new_name.to_lowercase()) {
            return Err(ProfileError::Exists { name: new_name.clone() });
        }
        let profile = list
            .profiles
            .iter_mut()
            .find(|p| p.id == id)
            .ok_or_else(|| ProfileError::NotFound { name: name.to_string(), known: Vec::new() })?;
        profile.name.clone_from(&new_name);
        Ok(profile.clone())
    })
}

/// Removes the learner with folder id `name` (else the one called `name`): moves their folder whole to `trash/<id>-<now>`
/// (nothing is deleted) and takes them off the list. Returns where the data went, if they had a folder.
pub fn remove(data: &Path, name: &str, now: i64) -> Result<Option<PathBuf>, ProfileError> {
    update(data, |list| {
        let profile = list.find_id_or_name(name).ok_or_else(|| list.not_found(name))?.clone();
        let dir = profile_dir(data, &profile);
        let moved = if dir.exists() {
            let trash = trash_dir(data);
            fs::create_dir_all(&trash).map_err(io_error("create the folder", &trash))?;
            let mut target = trash.join(format!("{}-{now}", profile.id));
            let mut n = 2;
            while target.exists() {
                target = trash.join(format!("{}-{now}-{n}", profile.id));
                n += 1;
            }
            fs::rename(&dir, &target).map_err(io_error("move to the trash folder", &dir))?;
            sync_dir(&trash)?;
            if let Some(parent) = dir.parent() {
                sync_dir(parent)?;
            }
            Some(target)
        } else {
            None
        };
        list.profiles.retain(|p| p.id != profile.id);
        if list.last_used.as_deref() == Some(profile.id.as_str()) {
            list.last_used = None;
        }
        Ok(moved)
    })
}

/// Marks `profile` as the learner who studied last. Writes nothing when they already are: every start
/// of the app and of `play` comes here, and an fsynced rewrite of an unchanged list costs milliseconds.
pub fn set_last_used(data: &Path, profile: &Profile) -> Result<(), ProfileError> {
    if Profiles::load(data)?.last_used.as_deref() == Some(profile.id.as_str()) {
        return Ok(());
    }
    update(data, |list| {
        list.last_used = Some(profile.id.clone());
        Ok(())
    })
}

/// The learner to show, without creating anything: the one named (by name only, an error if there is
/// none), else the last used, else the first; `None` if there are no learners.
pub fn resolve(data: &Path, name: Option<&str>) -> Result<Option<Profile>, ProfileError> {
    let list = Profiles::load(data)?;
    match name {
        Some(n) => list.find(n).cloned().map(Some).ok_or_else(|| list.not_found(n)),
        None => Ok(list.last_used().or(list.profiles.first()).cloned()),
    }
}

/// The learner with folder id `id` (`--profile-id`), without creating anything; `None` if no listed
/// learner has it (an ignored entry's id is never matched).
pub fn resolve_id(data: &Path, id: &str) -> Result<Option<Profile>, StoreError> {
    Ok(Profiles::load(data)?.find_id(id).cloned())
}

/// The learner to record for: the one named (by name only; added if new), else the last used, else the first, else a new
/// [`DEFAULT_NAME`]. Marks them as last used. The `bool` says whether they were just added.
pub fn resolve_for_recording(data: &Path, name: Option<&str>, now: i64) -> Result<(Profile, bool), ProfileError> {
    let (profile, added) = match resolve(data, name) {
        Ok(Some(p)) => (p, false),
        Ok(None) => (add(data, DEFAULT_NAME, now)?, true),
        Err(ProfileError::NotFound { name, .. }) => match add(data, &name, now) {
            Ok(p) => (p, true),
            // Added by another process in the meantime.
            Err(ProfileError::Exists { .. }) => {
                (resolve(data, Some(&name))?.ok_or(ProfileError::NotFound { name, known: Vec::new() })?, false)
            }
            Err(e) => return Err(e),
        },
        Err(e) => return Err(e),
    };
    set_last_used(data, &profile)?;
    Ok((profile, added))
}

/// A learner's settings (`settings.ron` in their folder).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Format version ([`SETTINGS_VERSION`]).
    pub version: u32,
    /// The chance of recall FSRS aims for (0.7 ..= 0.97).
    pub desired_retention: f32,
}

impl Default for Settings {
    fn default() -> Self {
        Self { version: SETTINGS_VERSION, desired_retention: super::schedule::Scheduler::DEFAULT_RETENTION }
    }
}

/// `settings.ron` in a learner's folder.
pub fn settings_path(data: &Path, profile: &Profile) -> PathBuf {
    profile_dir(data, profile).join("settings.ron")
}

/// Reads a learner's settings; the defaults if there are none. An unreadable file is an error (the caller
/// may fall back to the defaults and must show the message).
pub fn load_settings(data: &Path, profile: &Profile) -> Result<Settings, StoreError> {
    Ok(read_state(&settings_path(data, profile), SETTINGS_VERSION)?.unwrap_or_default())
}

/// Saves a learner's settings atomically; refuses to replace a settings file it cannot read.
pub fn save_settings(data: &Path, profile: &Profile, settings: &Settings) -> Result<(), StoreError> {
    let settings = Settings { version: SETTINGS_VERSION, ..settings.clone() };
    write_state(&settings_path(data, profile), &settings, SETTINGS_VERSION)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_id_is_a_plain_safe_name() {
        for good in ["ana", "ana-kim-2", "learner", "A_1"] {
            assert!(valid_id(good), "{good}");
        }
        for bad in ["", ".", "..", "../../victim", "a/b", "a\\b", "/etc", "ana kim", "é", &"a".repeat(65)] {
            assert!(!valid_id(bad), "{bad}");
        }
    }
}
