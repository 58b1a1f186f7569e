//! Files that must survive crashes and other programs: small state files replaced atomically (a temporary
//! file, synced, renamed over the old one, the folder synced), versioned RON reading that refuses files from
//! a newer Dossier, advisory locks, and the errors all of this reports.
//!
//! The rule everywhere: a file Dossier cannot read is reported and left exactly as it is. Nothing here
//! truncates a file, and [`write_state`] refuses to replace a file it could not read.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::Serialize;
use serde::de::DeserializeOwned;

/// Why a learner file could not be read or written. Every message is a sentence for the learner: what
/// happened, to which file, and what to do.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The operating system refused: permissions, a full disk, a missing folder.
    #[error("cannot {action} {}: {source}.", path.display())]
    Io {
        /// What Dossier was doing ("write", "lock", …).
        action: &'static str,
        /// The file or folder.
        path: PathBuf,
        /// The operating system's reason.
        #[source]
        source: io::Error,
    },
    /// The file says it was written by a newer Dossier; reading it could lose what that version stored.
    #[error(
        "{} was written by a newer version of Dossier (format version {found}; this version reads up to \
         {supported}). It was left as it is: update Dossier to use it.",
        path.display()
    )]
    Newer {
        /// The file.
        path: PathBuf,
        /// The version the file declares.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The file is not what Dossier wrote there: damaged, or edited by hand.
    #[error("{}: {message}. The file was left as it is: repair it, or move it away to start afresh.", at_line(path, *line))]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// The 1-based line where reading stopped (0 when it is about the whole file).
        line: usize,
        /// What is wrong, without a full stop.
        message: String,
    },
    /// The log was moved or removed while Dossier had it open (the learner was removed in another window).
    #[error(
        "{} was moved or removed by another program — was this learner removed in another window? The answer \
         was not saved: choose a learner again.",
        path.display()
    )]
    Moved {
        /// Where the log was.
        path: PathBuf,
    },
    /// The platform gives no folder for Dossier's files.
    #[error("there is no folder for Dossier's files: set DOSSIER_DATA_DIR to a folder Dossier may write to.")]
    NoDataDir,
}

/// `path:line`, or only `path` when the line is 0 (the whole file): never `file:0:`.
fn at_line(path: &Path, line: usize) -> String {
    if line == 0 { path.display().to_string() } else { format!("{}:{line}", path.display()) }
}

impl StoreError {
    /// The file the error is about, if any.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Self::Io { path, .. } | Self::Newer { path, .. } | Self::Corrupt { path, .. } | Self::Moved { path } => {
                Some(path)
            }
            Self::NoDataDir => None,
        }
    }
}

/// Wraps an I/O error with what was being done to which path.
pub fn io_error(action: &'static str, path: &Path) -> impl FnOnce(io::Error) -> StoreError + use<> {
    let path = path.to_path_buf();
    move |source| StoreError::Io { action, path, source }
}

/// A name for a temporary file beside `path` that no other process or call picks: the process id and a
/// nanosecond stamp.
fn temp_path(path: &Path) -> PathBuf {
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    let name = path.file_name().map_or_else(|| "state".into(), |n| n.to_string_lossy().into_owned());
    path.with_file_name(format!(".{name}.{}.{nanos}.tmp", std::process::id()))
}

/// How old a temporary file must be before it counts as left behind by a crash: a write holds its temporary
/// file for milliseconds, so an hour-old one belongs to no write in progress.
const STALE_TEMP: Duration = Duration::from_hours(1);

/// Removes temporary files of `path` (see [`temp_path`]) that a crash during an atomic write left behind.
/// Best effort: a file that cannot be listed or removed stays, and nothing else is touched.
fn sweep_temps(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else { return };
    let prefix = format!(".{}.", name.to_string_lossy());
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.filter_map(Result::ok) {
        let file = entry.file_name();
        let file = file.to_string_lossy();
        if !(file.starts_with(&prefix) && file.ends_with(".tmp")) {
            continue;
        }
        let age = entry.metadata().and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok());
        if age.is_some_and(|a| a >= STALE_TEMP) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Makes a rename or a new file in `dir` durable (fsync of the folder). A no-op where folders cannot be
/// opened (not on Unix).
pub fn sync_dir(dir: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    {
        File::open(dir).and_then(|d| d.sync_all()).map_err(io_error("sync the folder", dir))?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Replaces `path` with `bytes` atomically: after a crash at any moment the file holds either its old or its
/// new content, never a mixture. Writes a temporary file beside it, syncs it, renames it over `path` and
/// syncs the folder. Creates the folder if needed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(io_error("create the folder", dir))?;
    let tmp = temp_path(path);
    let written = (|| {
        let mut f = OpenOptions::new().write(true).create_new(true).open(&tmp).map_err(io_error("create", &tmp))?;
        f.write_all(bytes).map_err(io_error("write", &tmp))?;
        f.sync_all().map_err(io_error("sync", &tmp))?;
        fs::rename(&tmp, path).map_err(io_error("replace", path))
    })();
    if written.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    written?;
    sweep_temps(path);
    sync_dir(dir)
}

/// Only the version field of a state file, read before the rest so that a newer file is refused with the
/// right message rather than a confusing parse error.
#[derive(serde::Deserialize)]
struct VersionOnly {
    version: u32,
}

/// Reads a versioned RON state file (only a regular file: anything else is [`StoreError::Corrupt`]):
/// `Ok(None)` if it does not exist, [`StoreError::Newer`] if its
/// `version` is above `supported`, [`StoreError::Corrupt`] (with the line) if it does not parse.
pub fn read_state<T: DeserializeOwned>(path: &Path, supported: u32) -> Result<Option<T>, StoreError> {
    // Only a regular file is read: a named pipe put in a state file's place would block the reader forever.
    match fs::metadata(path) {
        Ok(meta) if !meta.is_file() => {
            let message = "this is not a regular file (a folder, a named pipe or a device), so it was not read";
            return Err(StoreError::Corrupt { path: path.to_path_buf(), line: 0, message: message.into() });
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        _ => {}
    }
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io_error("read", path)(e)),
    };
    let corrupt = |line: usize, message: String| StoreError::Corrupt { path: path.to_path_buf(), line, message };
    let text = std::str::from_utf8(&bytes).map_err(|_| corrupt(0, "the file is not text (not UTF-8)".into()))?;
    let version = ron::from_str::<VersionOnly>(text)
        .map_err(|e| {
            corrupt(
                e.span.start.line,
                "this is not a Dossier file: Dossier's files start with `(version: ` and a number".into(),
            )
        })?
        .version;
    if version > supported {
        return Err(StoreError::Newer { path: path.to_path_buf(), found: version, supported });
    }
    ron::from_str::<T>(text).map(Some).map_err(|e| corrupt(e.span.start.line, ron_words(&e.code)))
}

/// What a RON error says, in words for the learner: a field error names the field, never the Rust type
/// that holds it (no `Profile`, no `VersionOnly`).
pub fn ron_words(e: &ron::Error) -> String {
    let listed = |fields: &[&str]| fields.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", ");
    match e {
        ron::Error::MissingStructField { field, .. } => format!("the field `{field}` is missing"),
        ron::Error::DuplicateStructField { field, .. } => format!("the field `{field}` is written twice"),
        ron::Error::NoSuchStructField { expected, found, .. } => {
            format!("there is no field `{found}` here (the fields are {})", listed(expected))
        }
        other => {
            let text = other.to_string();
            let mut chars = text.chars();
            chars.next().map_or_else(String::new, |c| c.to_lowercase().chain(chars).collect())
        }
    }
}

/// Writes a versioned state file atomically ([`write_atomic`]) as pretty RON. Refuses — with the error
/// that reading gives — to replace a file that exists but cannot be read, so nothing Dossier does not
/// understand is ever overwritten. `T` must carry the `version` field itself.
pub fn write_state<T: Serialize + DeserializeOwned>(path: &Path, value: &T, supported: u32) -> Result<(), StoreError> {
    read_state::<T>(path, supported)?;
    write_state_unchecked(path, value)
}

/// [`write_state`] without the check of the old content: for caches and for callers that have just read
/// the file under a lock.
pub fn write_state_unchecked<T: Serialize>(path: &Path, value: &T) -> Result<(), StoreError> {
    let config = ron::ser::PrettyConfig::new().struct_names(false);
    let mut text = ron::ser::to_string_pretty(value, config).map_err(|e| StoreError::Corrupt {
        path: path.to_path_buf(),
        line: 0,
        message: format!("the data could not be written as RON ({e})"),
    })?;
    text.push('\n');
    write_atomic(path, text.as_bytes())
}

/// An exclusive advisory lock on a folder (on its `.lock` file), held until dropped. Processes that change
/// the folder's shared files (the profile list, a new attempt log) take it first, so two Dossiers never
/// undo each other's change.
#[derive(Debug)]
pub struct DirLock {
    file: File,
}

impl DirLock {
    /// Takes the lock, waiting for another holder to let go; creates the folder if needed.
    pub fn acquire(dir: &Path) -> Result<Self, StoreError> {
        let (file, path) = lock_file(dir, ".lock")?;
        file.lock().map_err(io_error("lock", &path))?;
        Ok(Self { file })
    }
}

/// Opens (creating it and its folder if needed, never truncating) the empty lock file `name` in `dir`, to
/// lock; with its path for messages.
pub fn lock_file(dir: &Path, name: &str) -> Result<(File, PathBuf), StoreError> {
    fs::create_dir_all(dir).map_err(io_error("create the folder", dir))?;
    let path = dir.join(name);
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(io_error("open the lock file", &path))?;
    Ok((file, path))
}

impl Drop for DirLock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Serialize, serde::Deserialize)]
    struct State {
        version: u32,
        name: String,
    }

    #[test]
    fn atomic_write_replaces_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("state.ron");
        write_state(&path, &State { version: 1, name: "a".into() }, 1).unwrap();
        write_state(&path, &State { version: 1, name: "b".into() }, 1).unwrap();
        assert_eq!(read_state::<State>(&path, 1).unwrap(), Some(State { version: 1, name: "b".into() }));
        let names: Vec<_> = fs::read_dir(path.parent().unwrap()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, vec![std::ffi::OsString::from("state.ron")]);
    }

    #[test]
    fn temporary_files_left_by_a_crash_are_swept_on_the_next_write() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.ron");
        let stale = dir.path().join(".state.ron.4242.17.tmp");
        let fresh = dir.path().join(".state.ron.4243.18.tmp");
        let other = dir.path().join(".other.ron.4242.17.tmp");
        for p in [&stale, &fresh, &other] {
            fs::write(p, "half").unwrap();
        }
        let old = SystemTime::now() - Duration::from_hours(2);
        for p in [&stale, &other] {
            File::options().write(true).open(p).unwrap().set_modified(old).unwrap();
        }
        write_state(&path, &State { version: 1, name: "a".into() }, 1).unwrap();
        assert!(!stale.exists(), "an hour-old temporary file of this state is removed");
        assert!(fresh.exists(), "a temporary file that may belong to a write in progress stays");
        assert!(other.exists(), "temporary files of other files are not touched");
    }

    #[test]
    fn unreadable_and_newer_files_are_reported_and_never_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.ron");
        for content in ["(version: 2, name: \"from the future\")", "(version: 1, name: ", "\u{0}\u{1}garbage"] {
            fs::write(&path, content).unwrap();
            let err = write_state(&path, &State { version: 1, name: "new".into() }, 1).unwrap_err();
            assert!(matches!(err, StoreError::Newer { .. } | StoreError::Corrupt { .. }), "{err}");
            assert!(err.to_string().contains("left as it is"), "{err}");
            assert_eq!(fs::read_to_string(&path).unwrap(), content);
        }
        assert_eq!(read_state::<State>(&dir.path().join("missing.ron"), 1).unwrap(), None);
    }
}
