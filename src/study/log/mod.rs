//! The attempt log: every answered question, one RON record a line, append-only.
//!
//! # Format (version 1)
//!
//! ```text
//! (dossier: "attempts", version: 1, id: 1234567890)
//! (at: 1767225600, utc_offset: 32400, pack: "lee-china-japan", question: "meet-xi.mc.place", facts: ["meet-xi"], topics: ["diplomacy"], kind: mc, mode: practice, answer: "Beijing", score: 1.0, secs: 4.2)
//! (torn: 57)
//! ```
//!
//! - The first line is the header: what the file is, its format version and a random id (snapshots name it).
//!   It is written when the log is created, atomically, so a log never lacks it. A header with a higher
//!   version makes the log unreadable to this build: it is reported and never touched.
//! - Each further line is an [`Attempt`]. Fields a later version adds get defaults, so adding one does not
//!   bump the version.
//! - A record is written with one `write_all` on a file opened for appending, under an exclusive advisory lock,
//!   then `sync_data` — only then does the caller hear it is saved. Two processes never interleave a line.
//! - A crash mid-write can leave the end of a record missing: *debris* after the last whole line. Readers
//!   skip debris at the end of the file with a warning. The next writer never truncates it: it ends the
//!   debris with a newline if needed and writes a *seal*, `(torn: N)`, saying that the `N` bytes before the
//!   seal line are debris, then its record. Debris anywhere else — not at the end, not sealed — means the file
//!   was damaged or edited: those lines are skipped and reported ([`Warning::Damaged`], with their line
//!   numbers), every other record counts, and the file is left exactly as it is (never rewritten, truncated
//!   or sealed over) so that a person can inspect the damaged bytes. Writers go on appending after it.
//!   One damaged line never locks a learner out of the rest of their history.
//! - Damage inside a record that still parses (a digit changed) cannot be seen in the record itself: the
//!   format has no per-record checksum, so old logs stay valid as they are. What guards the part of the log a
//!   snapshot covers is the snapshot: its [`Resume`] point holds a hash of *every* byte before it
//!   ([`Resume::prefix`], [`PrefixHash`]), checked each time the snapshot is used. A snapshot whose covered
//!   part changed is not trusted; the history is rebuilt from the log, which then reports what it skips.
//! - A line is whole only when its newline is there: a last line without one is debris, even if it parses
//!   (its write did not finish, so it was never acknowledged). Once a later writer ends it with a newline it
//!   is an ordinary record, which is right: every byte of it had been written.

use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

mod written;

use super::store::{DirLock, StoreError, io_error, write_atomic};
use crate::question::QuestionKind;
use crate::text::stable_hash as fnv;
use written::parse_written;

/// The newest attempt-log format this build reads and writes.
pub const LOG_VERSION: u32 = 1;

/// What the header's `dossier` field says for an attempt log.
const LOG_KIND: &str = "attempts";

/// How a question was being practised when it was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// A quiz drawn from the bank, with feedback after each answer.
    #[default]
    Practice,
    /// A quiz with feedback only at the end.
    Exam,
    /// Cards FSRS says are due.
    Review,
    /// Cards with the lowest retrievability.
    Weak,
}

impl Mode {
    /// Every mode, in menu order.
    pub const ALL: [Self; 4] = [Self::Practice, Self::Exam, Self::Review, Self::Weak];

    /// The lower-case name used in files and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Self::Practice => "practice",
            Self::Exam => "exam",
            Self::Review => "review",
            Self::Weak => "weak",
        }
    }

    /// The name shown to the learner.
    pub fn name(self) -> &'static str {
        match self {
            Self::Practice => "Practice",
            Self::Exam => "Exam",
            Self::Review => "Review due",
            Self::Weak => "Weak spots",
        }
    }

    /// Whether the quiz comes from the learner's schedule rather than a seeded pick from the bank.
    pub fn from_schedule(self) -> bool {
        matches!(self, Self::Review | Self::Weak)
    }
}

/// One answered question, as the log keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// When it was answered: seconds since 1970-01-01 UTC.
    pub at: i64,
    /// The learner's offset from UTC at that moment, in seconds east; fixes which study day it belongs to.
    #[serde(default)]
    pub utc_offset: i32,
    /// The pack's id.
    pub pack: String,
    /// The question's stable id.
    pub question: String,
    /// The facts the question rests on.
    pub facts: Vec<String>,
    /// The question's topics, so statistics need no pack.
    #[serde(default)]
    pub topics: Vec<String>,
    /// The kind of question.
    pub kind: QuestionKind,
    /// How it was practised.
    pub mode: Mode,
    /// The answer given, as text (the option's text, "true", pairs, an order, what was typed).
    pub answer: String,
    /// The grade, 0 ..= 1 (partial credit for matching and ordering).
    pub score: f64,
    /// Seconds from showing the question to the answer.
    pub secs: f64,
}

impl Attempt {
    /// The question family (fact ids and kind), the unit FSRS schedules ([`crate::question::family`]).
    pub fn family(&self) -> String {
        crate::question::family(&self.facts, self.kind)
    }

    /// A copy fit for the file: score clamped to 0 ..= 1 and seconds to 0 ..= one day, both finite and
    /// rounded (4 decimals for the score, hundredths of a second).
    #[must_use]
    pub fn normalised(&self) -> Self {
        let finite = |x: f64, hi: f64| if x.is_finite() { x.clamp(0.0, hi) } else { 0.0 };
        Self {
            score: (finite(self.score, 1.0) * 10_000.0).round() / 10_000.0,
            secs: (finite(self.secs, 86_400.0) * 100.0).round() / 100.0,
            ..self.clone()
        }
    }
}

/// The first line of a log.
#[derive(Debug, Serialize, Deserialize)]
struct Header {
    dossier: String,
    version: u32,
    id: u64,
}

/// A line saying that the `torn` bytes before it are the remains of an interrupted write.
#[derive(Debug, Serialize, Deserialize)]
struct Seal {
    torn: u64,
}

/// Something about a learner file that the learner should know but that does not stop Dossier: a record
/// lost to a crash, a snapshot rebuilt. The message is a sentence.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Warning {
    /// The log ends in a record cut short (the program stopped while writing it); it was skipped.
    #[error(
        "{}:{line}: the last record was cut short ({bytes} bytes), probably by a crash while it was being \
         written; it was skipped and everything before it kept.",
        path.display()
    )]
    TornTail {
        /// The log.
        path: PathBuf,
        /// Where the cut record starts.
        line: usize,
        /// Its length.
        bytes: u64,
    },
    /// A record cut short by an earlier crash was sealed off by a later write and is skipped.
    #[error(
        "{}:{line}: {bytes} bytes left by an interrupted write were skipped (a later write marked them).",
        path.display()
    )]
    Mended {
        /// The log.
        path: PathBuf,
        /// Where the debris starts.
        line: usize,
        /// Its length.
        bytes: u64,
    },
    /// Lines in the middle of the log that are not records (damaged on disk or edited): skipped, the rest
    /// kept, the file left as it is.
    #[error(
        "{}:{}: {} ({} bytes) cannot be read as {} ({}), probably damaged on disk or edited; {} skipped, every \
         other answer was kept, and the file was left as it is for inspection.",
        path.display(),
        damage.line,
        if damage.last_line > damage.line { format!("lines {}\u{2013}{}", damage.line, damage.last_line) } else { format!("line {}", damage.line) },
        damage.bytes,
        if damage.last_line > damage.line { "answers" } else { "an answer" },
        damage.reason,
        if damage.last_line > damage.line { "they were" } else { "it was" },
    )]
    Damaged {
        /// The log.
        path: PathBuf,
        /// Where and why.
        damage: Damage,
    },
    /// The snapshot of card states could not be used; the log was read from the start instead.
    #[error("{}: {reason}; the card states were rebuilt from the attempt log.", path.display())]
    SnapshotIgnored {
        /// The snapshot file.
        path: PathBuf,
        /// Why, without a full stop.
        reason: String,
    },
    /// Any other problem that stopped nothing (an unreadable settings file, a snapshot not saved): the
    /// sentence says what and what was done instead.
    #[error("{0}")]
    Other(String),
}

/// Lines of a log that are not records and were skipped (see [`Warning::Damaged`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Damage {
    /// The first damaged line (1-based).
    pub line: usize,
    /// The last one (equal to `line` for one line).
    pub last_line: usize,
    /// How many bytes, newlines included.
    pub bytes: u64,
    /// Why the first of them is not a record, as the parser says it.
    pub reason: String,
}

/// Where a reader can pick up a log again: a position just after a whole line, with hashes of the bytes
/// before it so that a different, rewritten or damaged file is noticed. Snapshots store one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resume {
    /// The log's id (from its header).
    pub id: u64,
    /// Byte offset just after a whole line.
    pub offset: u64,
    /// How many lines precede `offset` (for line numbers in messages).
    pub lines: usize,
    /// [`fnv`] of the up to [`CHECK_BYTES`] bytes before `offset`.
    pub check: u64,
    /// [`PrefixHash`] of every byte before `offset`, so that damage anywhere in the covered part is seen.
    /// `None` in snapshots written before it existed: those are not trusted (the log is read again once).
    #[serde(default)]
    pub prefix: Option<u64>,
    /// The damaged lines before `offset`, reported again whenever the snapshot is used.
    #[serde(default)]
    pub damaged: Vec<Damage>,
}

/// Why a [`Resume`] point cannot be used on a log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    /// It belongs to another log, or the log is now shorter than the point, or the point is not at a line.
    OtherLog,
    /// The bytes before the point changed since it was taken (the file was damaged or edited).
    Changed {
        /// Lines before the point.
        lines: usize,
    },
    /// It was taken by a version that did not hash the whole prefix, so it cannot be checked.
    Unverified,
}

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::OtherLog => write!(f, "it does not match the attempt log"),
            Self::Changed { lines } => write!(
                f,
                "the first {lines} lines of the attempt log, which it covers, changed after it was made (damaged \
                 on disk or edited), so it was not trusted"
            ),
            Self::Unverified => write!(f, "it was made by an older version and cannot be checked against the log"),
        }
    }
}

/// A running hash of a byte stream, fed in pieces of any size (the same bytes give the same hash however
/// they are split). The stream is cut into 8-byte little-endian words dealt in turn to four lanes, each
/// `lane = (lane.rotate_left(23) ^ word) * K` with `K` odd; at the end the lanes, the unfinished words and
/// the length are folded the same way. Every step is a bijection of the word and of the state, so changing
/// the bytes of any one aligned 8-byte word — in particular any single byte — always changes the result;
/// other changes do with probability about 1 − 2⁻⁶⁴. Not cryptographic: it guards against damage, not
/// against someone forging a log. Four independent lanes keep the multiplier busy: several gigabytes a
/// second, so checking the covered part of a 90 MB history on every opening costs tens of milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrefixHash {
    lanes: [u64; 4],
    len: u64,
    /// Bytes not yet making a whole block of four words.
    pending: [u8; 32],
    pending_len: usize,
}

impl Default for PrefixHash {
    fn default() -> Self {
        Self {
            lanes: [0x243f_6a88_85a3_08d3, 0x1319_8a2e_0370_7344, 0xa409_3822_299f_31d0, 0x082e_fa98_ec4e_6c89],
            len: 0,
            pending: [0; 32],
            pending_len: 0,
        }
    }
}

impl PrefixHash {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;

    fn step(state: u64, word: u64) -> u64 {
        (state.rotate_left(23) ^ word).wrapping_mul(Self::K)
    }

    fn block(&mut self, block: &[u8]) {
        for (lane, word) in self.lanes.iter_mut().zip(block.chunks_exact(8)) {
            let mut w = [0u8; 8];
            w.copy_from_slice(word);
            *lane = Self::step(*lane, u64::from_le_bytes(w));
        }
    }

    /// Feeds `bytes`.
    pub fn update(&mut self, mut bytes: &[u8]) {
        self.len += bytes.len() as u64;
        if self.pending_len > 0 {
            let take = (32 - self.pending_len).min(bytes.len());
            self.pending[self.pending_len..self.pending_len + take].copy_from_slice(&bytes[..take]);
            self.pending_len += take;
            bytes = &bytes[take..];
            if self.pending_len < 32 {
                return;
            }
            let block = self.pending;
            self.block(&block);
            self.pending_len = 0;
        }
        let mut blocks = bytes.chunks_exact(32);
        for block in &mut blocks {
            self.block(block);
        }
        let rest = blocks.remainder();
        self.pending[..rest.len()].copy_from_slice(rest);
        self.pending_len = rest.len();
    }

    /// The hash of everything fed so far (feeding may go on).
    pub fn finish(&self) -> u64 {
        let mut tail = [0u8; 32];
        tail[..self.pending_len].copy_from_slice(&self.pending[..self.pending_len]);
        let mut x = self.lanes[0];
        for &lane in &self.lanes[1..] {
            x = Self::step(x, lane);
        }
        for word in tail.chunks_exact(8) {
            let mut w = [0u8; 8];
            w.copy_from_slice(word);
            x = Self::step(x, u64::from_le_bytes(w));
        }
        x = Self::step(x, self.len);
        x ^= x >> 31;
        x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
        x ^ (x >> 29)
    }
}

/// How many bytes before a resume point its check covers.
pub const CHECK_BYTES: u64 = 256;

/// How a line reads.
enum Line {
    Record(Box<Attempt>),
    Seal(u64),
    /// Not a record: why, as the RON parser says it.
    Debris(String),
}

fn classify(bytes: &[u8]) -> Line {
    let Ok(text) = std::str::from_utf8(bytes) else { return Line::Debris("it is not text".into()) };
    if let Some(a) = parse_written(text) {
        return Line::Record(Box::new(a));
    }
    let error = match ron::from_str::<Attempt>(text) {
        Ok(a) => return Line::Record(Box::new(a)),
        Err(e) => e.code.to_string(),
    };
    match ron::from_str::<Seal>(text) {
        Ok(s) if s.torn > 0 => Line::Seal(s.torn),
        _ => Line::Debris(error),
    }
}

/// Reads lines from a known position, keeping track of the last whole line and of pending debris. The same
/// scanner serves readers and the writer, so both always agree on what is a record.
struct Scanner<'p> {
    path: &'p Path,
    /// Offset of the next line.
    offset: u64,
    /// Lines before `offset`.
    lines: usize,
    /// Offset just after the last whole line (record, seal or header).
    covered: u64,
    /// Lines before `covered`.
    covered_lines: usize,
    /// Where unsealed debris after `covered` starts (offset and 1-based line), if any.
    debris: Option<(u64, usize)>,
    /// Why the first line of that debris is not a record.
    debris_error: String,
    warnings: Vec<Warning>,
    /// Hash of every byte before `offset`.
    hash: PrefixHash,
    /// Hash of every byte before `covered`.
    covered_hash: PrefixHash,
    /// Damaged lines met (also in `warnings`).
    damaged: Vec<Damage>,
}

impl<'p> Scanner<'p> {
    fn new(path: &'p Path, offset: u64, lines: usize, hash: PrefixHash) -> Self {
        Self {
            path,
            offset,
            lines,
            covered: offset,
            covered_lines: lines,
            debris: None,
            debris_error: String::new(),
            warnings: Vec::new(),
            hash,
            covered_hash: hash,
            damaged: Vec::new(),
        }
    }

    /// Records the pending debris, up to the line before the current one, as damage: skipped and reported.
    fn damage(&mut self, from: u64, line: usize, last_line: usize, end: u64) {
        let damage = Damage { line, last_line, bytes: end - from, reason: std::mem::take(&mut self.debris_error) };
        self.warnings.push(Warning::Damaged { path: self.path.to_path_buf(), damage: damage.clone() });
        self.damaged.push(damage);
    }

    /// Takes one line; `len` counts its newline (real or the writer's, still to be written).
    fn line(&mut self, body: &[u8], len: u64, out: &mut Vec<Attempt>) {
        let start = self.offset;
        self.offset += len;
        self.lines += 1;
        self.hash.update(body);
        self.hash.update(b"\n");
        match classify(body) {
            Line::Record(a) => {
                if let Some((from, line)) = self.debris.take() {
                    self.damage(from, line, self.lines - 1, start);
                }
                out.push(*a);
            }
            Line::Seal(torn) => match self.debris.take() {
                Some((from, line)) if start - from == torn => {
                    self.debris_error.clear();
                    self.warnings.push(Warning::Mended { path: self.path.to_path_buf(), line, bytes: torn });
                }
                debris => {
                    // A marker that does not match what is before it: it and that debris are damage.
                    let (from, line) = debris.unwrap_or_else(|| {
                        self.debris_error =
                            "a marker of an interrupted write does not match the lines before it".into();
                        (start, self.lines)
                    });
                    self.damage(from, line, self.lines, self.offset);
                }
            },
            Line::Debris(error) => {
                if self.debris.is_none() {
                    self.debris = Some((start, self.lines));
                    self.debris_error = error;
                }
                return;
            }
        }
        self.covered = self.offset;
        self.covered_lines = self.lines;
        self.covered_hash = self.hash;
    }

    /// Reads every line from `reader` (positioned at `self.offset`). Returns the bytes of an unterminated
    /// last line, if any, without taking it.
    fn read_all(&mut self, reader: &mut impl BufRead, out: &mut Vec<Attempt>) -> Result<Vec<u8>, StoreError> {
        let mut buf = Vec::with_capacity(512);
        loop {
            buf.clear();
            let n = reader.read_until(b'\n', &mut buf).map_err(io_error("read", self.path))?;
            if n == 0 {
                return Ok(Vec::new());
            }
            if buf.last() != Some(&b'\n') {
                return Ok(buf);
            }
            self.line(&buf[..n - 1], n as u64, out);
        }
    }

    /// What a reader concludes at the end: debris (pending, or an unterminated last line) is a torn tail.
    fn finish_reading(&mut self, tail: &[u8]) {
        let (from, line) = self.debris.take().unwrap_or((self.offset, self.lines + 1));
        let end = self.offset + tail.len() as u64;
        if end > from {
            self.warnings.push(Warning::TornTail { path: self.path.to_path_buf(), line, bytes: end - from });
        }
    }
}

/// [`fnv`] of the up to [`CHECK_BYTES`] bytes before `offset` in `file`.
fn check_before(file: &File, path: &Path, offset: u64) -> Result<u64, StoreError> {
    let from = offset.saturating_sub(CHECK_BYTES);
    let mut buf = vec![0; (offset - from) as usize];
    let mut f = file;
    f.seek(SeekFrom::Start(from)).map_err(io_error("read", path))?;
    f.read_exact(&mut buf).map_err(io_error("read", path))?;
    Ok(fnv(&buf))
}

/// Parses the header line; the error says why the file is not a log this build can use.
fn parse_header(path: &Path, line: &[u8]) -> Result<Header, StoreError> {
    let corrupt = |message: String| StoreError::Corrupt { path: path.to_path_buf(), line: 1, message };
    let text = std::str::from_utf8(line).map_err(|_| corrupt("this is not a Dossier attempt log (not text)".into()))?;
    let header = ron::from_str::<Header>(text.trim_end())
        .map_err(|_| corrupt("this is not a Dossier attempt log (its first line is not the log's header)".into()))?;
    if header.dossier != LOG_KIND {
        return Err(corrupt(format!("this is a Dossier \"{}\" file, not an attempt log", header.dossier)));
    }
    if header.version > LOG_VERSION {
        return Err(StoreError::Newer { path: path.to_path_buf(), found: header.version, supported: LOG_VERSION });
    }
    Ok(header)
}

/// An attempt log opened for reading and appending. Reading happens under a shared lock and appending under
/// an exclusive one, so a reader never sees half a record that is still being written.
#[derive(Debug)]
pub struct Log {
    path: PathBuf,
    file: File,
    id: u64,
    /// Offset just after the last whole line this handle has read or written.
    covered: u64,
    /// Lines before `covered`.
    lines: usize,
    /// Length of the header line: where records start.
    header_len: u64,
    /// Set when a sync failed: what is on disk is then unknown, so this handle writes no more.
    broken: bool,
    /// The torn tail last reported, so that reading again does not repeat the warning.
    reported_tail: Option<Warning>,
    /// [`PrefixHash`] of every byte before `covered`.
    hash: PrefixHash,
    /// Damaged lines before `covered`.
    damaged: Vec<Damage>,
}

/// What [`Log::append`] did: the records other processes had appended since this handle last looked (in
/// file order, before the new one), and warnings about debris it sealed.
#[derive(Debug, Default)]
pub struct Appended {
    /// Records found between this handle's last position and the new record.
    pub before: Vec<Attempt>,
    /// Debris that was sealed.
    pub warnings: Vec<Warning>,
}

impl Log {
    /// Creates the log with its header if there is none (atomically, under the folder's lock, so two
    /// processes cannot both create it), then opens it.
    pub fn create(path: &Path) -> Result<Self, StoreError> {
        let dir = path.parent().unwrap_or(Path::new("."));
        let lock = DirLock::acquire(dir)?;
        if !path.exists() {
            let header = Header { dossier: LOG_KIND.into(), version: LOG_VERSION, id: new_id() };
            let mut text = ron::to_string(&header).map_err(|e| StoreError::Corrupt {
                path: path.to_path_buf(),
                line: 1,
                message: format!("the header could not be written ({e})"),
            })?;
            text.push('\n');
            write_atomic(path, text.as_bytes())?;
        }
        drop(lock);
        Self::open(path)
    }

    /// Opens an existing log and checks its header; reads no records yet ([`Log::read`] does).
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        // Read-only media or a read-only file: open for reading, so reading commands (`stats`) still work;
        // an append then fails with a sentence, as any failed write does.
        let file = OpenOptions::new()
            .read(true)
            .append(true)
            .open(path)
            .or_else(|e| match e.kind() {
                io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
                    OpenOptions::new().read(true).open(path)
                }
                _ => Err(e),
            })
            .map_err(io_error("open", path))?;
        if !file.metadata().map_err(io_error("read", path))?.is_file() {
            let message = "this is not a regular file (a named pipe or a device), so it was not read".into();
            return Err(StoreError::Corrupt { path: path.to_path_buf(), line: 0, message });
        }
        file.lock_shared().map_err(io_error("lock", path))?;
        let first = (|| {
            let mut reader = BufReader::new(&file);
            let mut line = Vec::new();
            reader.by_ref().take(64 * 1024).read_until(b'\n', &mut line).map_err(io_error("read", path))?;
            if line.last() != Some(&b'\n') {
                return Err(StoreError::Corrupt {
                    path: path.to_path_buf(),
                    line: 1,
                    message: "this is not a Dossier attempt log (it has no header line)".into(),
                });
            }
            Ok(((parse_header(path, &line)?, line.len() as u64), line))
        })();
        let _ = file.unlock();
        let ((header, header_len), header_line) = first?;
        let mut hash = PrefixHash::default();
        hash.update(&header_line);
        Ok(Self {
            path: path.to_path_buf(),
            file,
            id: header.id,
            covered: header_len,
            lines: 1,
            header_len,
            broken: false,
            reported_tail: None,
            hash,
            damaged: Vec::new(),
        })
    }

    /// The log file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The log's id, from its header.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// Moves this handle to `resume` if it points into this very log, at a line boundary, and every byte
    /// before it is still the same (its [`Resume::prefix`] hash: reads the whole covered part once).
    /// [`Log::read`] then goes on from there. On a mismatch the handle is left where it was.
    pub fn resume_at(&mut self, resume: &Resume) -> Result<(), Mismatch> {
        let Ok(meta) = self.file.metadata() else { return Err(Mismatch::OtherLog) };
        if resume.id != self.id
            || resume.offset < self.header_len
            || resume.offset > meta.len()
            || self.byte_before(resume.offset) != Some(b'\n')
        {
            return Err(Mismatch::OtherLog);
        }
        if !check_before(&self.file, &self.path, resume.offset).is_ok_and(|c| c == resume.check) {
            return Err(Mismatch::Changed { lines: resume.lines });
        }
        let Some(prefix) = resume.prefix else { return Err(Mismatch::Unverified) };
        let hash = self.hash_before(resume.offset).map_err(|_| Mismatch::OtherLog)?;
        if hash.finish() != prefix {
            return Err(Mismatch::Changed { lines: resume.lines });
        }
        self.covered = resume.offset;
        self.lines = resume.lines;
        self.hash = hash;
        self.damaged.clone_from(&resume.damaged);
        Ok(())
    }

    /// [`PrefixHash`] of the first `offset` bytes of the file.
    fn hash_before(&self, offset: u64) -> io::Result<PrefixHash> {
        let mut hash = PrefixHash::default();
        let mut f = &self.file;
        f.seek(SeekFrom::Start(0))?;
        let mut reader = f.take(offset);
        let mut buf = vec![0u8; 1 << 20];
        let mut read = 0u64;
        loop {
            let n = reader.read(&mut buf)?;
            if n == 0 {
                break;
            }
            hash.update(&buf[..n]);
            read += n as u64;
        }
        if read == offset { Ok(hash) } else { Err(io::ErrorKind::UnexpectedEof.into()) }
    }

    fn byte_before(&self, offset: u64) -> Option<u8> {
        let mut f = &self.file;
        let mut b = [0u8];
        f.seek(SeekFrom::Start(offset.checked_sub(1)?)).ok()?;
        f.read_exact(&mut b).ok()?;
        Some(b[0])
    }

    /// Reads the records from where this handle stopped (at first just after the header, or the point
    /// given to [`Log::resume_at`]) to the end, passing each to `each` in file order. Debris at the end is
    /// skipped with a warning ([`Warning::TornTail`]); lines in the middle that are not records are skipped
    /// with a warning too ([`Warning::Damaged`]) and the file is left as it is.
    pub fn read(&mut self, mut each: impl FnMut(Attempt)) -> Result<Vec<Warning>, StoreError> {
        self.file.lock_shared().map_err(io_error("lock", &self.path))?;
        let result = (|| {
            let mut f = &self.file;
            f.seek(SeekFrom::Start(self.covered)).map_err(io_error("read", &self.path))?;
            let mut reader = BufReader::with_capacity(1 << 20, f);
            let mut scanner = Scanner::new(&self.path, self.covered, self.lines, self.hash);
            let mut batch = Vec::new();
            let mut buf = Vec::with_capacity(512);
            loop {
                buf.clear();
                let n = reader.read_until(b'\n', &mut buf).map_err(io_error("read", &self.path))?;
                if n == 0 || buf.last() != Some(&b'\n') {
                    scanner.finish_reading(&buf);
                    break;
                }
                scanner.line(&buf[..n - 1], n as u64, &mut batch);
                batch.drain(..).for_each(&mut each);
            }
            Ok(scanner)
        })();
        let _ = self.file.unlock();
        let mut scanner = result?;
        self.covered = scanner.covered;
        self.lines = scanner.covered_lines;
        self.hash = scanner.covered_hash;
        self.damaged.append(&mut scanner.damaged);
        let tail = scanner.warnings.iter().rfind(|w| matches!(w, Warning::TornTail { .. })).cloned();
        if tail.is_some() && tail == self.reported_tail {
            scanner.warnings.retain(|w| !matches!(w, Warning::TornTail { .. }));
        }
        self.reported_tail = tail;
        Ok(scanner.warnings)
    }

    /// Where a reader that has seen everything this handle has can resume: for snapshots.
    pub fn resume_point(&self) -> Result<Resume, StoreError> {
        Ok(Resume {
            id: self.id,
            offset: self.covered,
            lines: self.lines,
            check: check_before(&self.file, &self.path, self.covered)?,
            prefix: Some(self.hash.finish()),
            damaged: self.damaged.clone(),
        })
    }

    /// Appends `attempt` (normalised) and syncs it to disk; when this returns `Ok` the record is saved.
    ///
    /// Under the exclusive lock it first reads what other processes appended since this handle last looked
    /// (returned in [`Appended::before`], so the caller's view stays equal to the file), seals debris an
    /// interrupted write left, then writes the record with a single `write_all` and `sync_data`.
    pub fn append(&mut self, attempt: &Attempt) -> Result<Appended, StoreError> {
        if self.broken {
            return Err(StoreError::Corrupt {
                path: self.path.clone(),
                line: 0,
                message: "an earlier write to this log could not be confirmed, so no more are made until Dossier \
                          is restarted"
                    .into(),
            });
        }
        let mut line = ron::to_string(&attempt.normalised()).map_err(|e| StoreError::Corrupt {
            path: self.path.clone(),
            line: 0,
            message: format!("the answer could not be written as RON ({e})"),
        })?;
        line.push('\n');
        self.file.lock().map_err(io_error("lock", &self.path))?;
        let result = self.append_locked(line.as_bytes());
        let _ = self.file.unlock();
        result
    }

    fn append_locked(&mut self, record: &[u8]) -> Result<Appended, StoreError> {
        let open = self.file.metadata().map_err(io_error("read", &self.path))?;
        if !still_at(&open, &self.path) {
            return Err(StoreError::Moved { path: self.path.clone() });
        }
        let len = open.len();
        if len < self.covered {
            return Err(StoreError::Corrupt {
                path: self.path.clone(),
                line: 0,
                message: "the log is shorter than when Dossier opened it: another program changed it".into(),
            });
        }
        let mut out = Vec::new();
        let mut scanner = Scanner::new(&self.path, self.covered, self.lines, self.hash);
        let mut write = Vec::with_capacity(record.len() + 32);
        if len > self.covered {
            let mut f = &self.file;
            f.seek(SeekFrom::Start(self.covered)).map_err(io_error("read", &self.path))?;
            let mut reader = BufReader::new(f.take(len - self.covered));
            let tail = scanner.read_all(&mut reader, &mut out)?;
            if !tail.is_empty() {
                // End the unterminated last line: it becomes whole (a record if it parses, debris if not).
                write.push(b'\n');
                scanner.line(&tail, tail.len() as u64 + 1, &mut out);
            }
            if let Some((from, line)) = scanner.debris.take() {
                let torn = scanner.offset - from;
                let seal = format!("(torn:{torn})\n");
                write.extend_from_slice(seal.as_bytes());
                scanner.hash.update(seal.as_bytes());
                scanner.warnings.push(Warning::Mended { path: self.path.clone(), line, bytes: torn });
                scanner.offset += seal.len() as u64;
                scanner.lines += 1;
            }
        }
        write.extend_from_slice(record);
        let mut f = &self.file;
        f.write_all(&write).map_err(io_error("write", &self.path))?;
        if let Err(e) = self.file.sync_data() {
            self.broken = true;
            return Err(io_error("sync", &self.path)(e));
        }
        scanner.hash.update(record);
        self.covered = scanner.offset + record.len() as u64;
        self.lines = scanner.lines + 1;
        self.hash = scanner.hash;
        self.damaged.append(&mut scanner.damaged);
        Ok(Appended { before: out, warnings: scanner.warnings })
    }
}

/// A fresh log id: the clock's nanoseconds mixed with the process id.
fn new_id() -> u64 {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    fnv(format!("{nanos}.{}", std::process::id()).as_bytes())
}

/// Reads a whole log: every record, and warnings about skipped debris and damaged lines. `Ok` with no records if it does not
/// exist. For exports and checks; the app resumes from snapshots instead.
pub fn read_all(path: &Path) -> Result<(Vec<Attempt>, Vec<Warning>), StoreError> {
    let mut log = match Log::open(path) {
        Err(StoreError::Io { source, .. }) if source.kind() == io::ErrorKind::NotFound => {
            return Ok((Vec::new(), Vec::new()));
        }
        other => other?,
    };
    let mut out = Vec::new();
    let warnings = log.read(|a| out.push(a))?;
    Ok((out, warnings))
}

/// Whether the file whose metadata is `open` is still the one at `path` (not moved away, removed, or
/// replaced): an answer appended to a log moved into the trash would be acknowledged but lost to the learner.
fn still_at(open: &std::fs::Metadata, path: &Path) -> bool {
    let Ok(there) = std::fs::metadata(path) else { return false };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        open.dev() == there.dev() && open.ino() == there.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (open, there);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attempt(i: i64) -> Attempt {
        Attempt {
            at: 1_767_225_600 + i,
            utc_offset: 0,
            pack: "p".into(),
            question: format!("f{i}.mc.who"),
            facts: vec![format!("f{i}")],
            topics: vec!["t".into()],
            kind: QuestionKind::Mc,
            mode: Mode::Practice,
            answer: "Line\nbreak \"quoted\" 이재명".into(),
            score: 1.0,
            secs: 3.0,
        }
    }

    #[test]
    fn records_round_trip_one_line_each_with_header() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("attempts.ron");
        let mut log = Log::create(&path).unwrap();
        for i in 0..3 {
            log.append(&attempt(i)).unwrap();
        }
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().count(), 4, "{text}");
        assert!(text.starts_with("(dossier:\"attempts\",version:1,id:"), "{text}");
        let (read, warnings) = read_all(&path).unwrap();
        assert_eq!(read, (0..3).map(attempt).collect::<Vec<_>>());
        assert!(warnings.is_empty());
    }

    #[test]
    fn an_unterminated_record_becomes_whole_when_the_next_write_ends_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("attempts.ron");
        let mut log = Log::create(&path).unwrap();
        log.append(&attempt(0)).unwrap();
        // Another process wrote a whole record but died before its newline.
        let mut whole = ron::to_string(&attempt(1)).unwrap();
        std::fs::OpenOptions::new().append(true).open(&path).unwrap().write_all(whole.as_bytes()).unwrap();
        let (read, warnings) = read_all(&path).unwrap();
        assert_eq!(read.len(), 1);
        assert!(matches!(warnings[..], [Warning::TornTail { line: 3, .. }]), "{warnings:?}");
        let appended = log.append(&attempt(2)).unwrap();
        assert_eq!(appended.before, vec![attempt(1)]);
        whole.push('\n');
        let (read, warnings) = read_all(&path).unwrap();
        assert_eq!(read, (0..3).map(attempt).collect::<Vec<_>>());
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn the_fast_path_reads_what_is_written_and_nothing_else() {
        let line = "(at:1767225600,utc_offset:32400,pack:\"lee-china-japan\",question:\"meet-xi.mc.place\",\
                    facts:[\"meet-xi\"],topics:[\"diplomacy\"],kind:mc,mode:practice,answer:\"Beijing\",score:1.0,\
                    secs:4.2)";
        let expected: Attempt = ron::from_str(line).unwrap();
        assert_eq!(parse_written(line), Some(expected.clone()));
        assert_eq!(ron::to_string(&expected).unwrap(), line);
        // Each of these is some other shape; the RON parser decides about them, as before.
        let other = [
            // reordered fields
            line.replace("(at:1767225600,utc_offset:32400,", "(utc_offset:32400,at:1767225600,"),
            line.replace("score:1.0,secs:4.2", "secs:4.2,score:1.0"),
            // an older record: no utc_offset, no topics
            line.replace("utc_offset:32400,", "").replace("topics:[\"diplomacy\"],", ""),
            // spacing, struct name, trailing commas, extra or missing fields, trailing text
            line.replace("at:", "at: "),
            line.replace(",kind", ", kind"),
            format!("Attempt{line}"),
            format!(" {line}"),
            format!("{line} "),
            format!("{line}\r"),
            format!("{line},"),
            format!("{line})"),
            line.replace(')', ",)"),
            line.replace("[\"meet-xi\"]", "[\"meet-xi\",]"),
            line.replace("secs:4.2)", "secs:4.2,extra:1)"),
            line.replace(",secs:4.2", ""),
            line.strip_suffix(')').unwrap().to_string(),
            String::new(),
            "(torn: 57)".into(),
            // numbers written some other way
            line.replace("at:1767225600", "at:+1767225600"),
            line.replace("at:1767225600", "at:01767225600"),
            line.replace("at:1767225600", "at:-0"),
            line.replace("at:1767225600", "at:1_767_225_600"),
            line.replace("at:1767225600", "at:0x10"),
            line.replace("at:1767225600", "at:1767225600i64"),
            line.replace("at:1767225600", "at:9223372036854775808"),
            line.replace("at:1767225600", "at:"),
            line.replace("utc_offset:32400", "utc_offset:2147483648"),
            line.replace("score:1.0", "score:1"),
            line.replace("score:1.0", "score:1.0f64"),
            line.replace("score:1.0", "score:1_0.0"),
            line.replace("score:1.0", "score:1E0"),
            line.replace("score:1.0", "score:1e+0"),
            line.replace("score:1.0", "score:+1.0"),
            line.replace("score:1.0", "score:.5"),
            line.replace("score:1.0", "score:inf"),
            line.replace("score:1.0", "score:NaN"),
            line.replace("score:1.0", "score:1..2"),
            line.replace("score:1.0", "score:"),
            // strings written some other way
            line.replace("\"Beijing\"", "r\"Beijing\""),
            line.replace("\"Beijing\"", "\"Bei\\x6aing\""),
            line.replace("\"Beijing\"", "\"Bei\\u{}jing\""),
            line.replace("\"Beijing\"", "\"Bei\\u{1234567}jing\""),
            line.replace("\"Beijing\"", "\"Bei\\u{d800}jing\""),
            line.replace("\"Beijing\"", "\"Bei\\u{6a jing\""),
            line.replace("\"Beijing\"", "\"Bei\\ajing\""),
            line.replace("\"Beijing\"", "\"Beijing\\\""),
            line.replace("\"Beijing\"", "\"Beijing"),
            line.replace("\"Beijing\"", "Beijing"),
            // unknown or differently spelt variants
            line.replace("kind:mc", "kind:Mc"),
            line.replace("kind:mc", "kind:r#mc"),
            line.replace("kind:mc", "kind:essay"),
            line.replace("mode:practice", "mode:"),
            line.replace("facts:[\"meet-xi\"]", "facts:[meet-xi]"),
            line.replace("facts:[\"meet-xi\"]", "facts:(\"meet-xi\")"),
        ];
        for text in &other {
            assert_ne!(text, line);
            assert_eq!(parse_written(text), None, "{text}");
        }
        // Escapes the writer uses, including upper-case hex, which RON reads the same way.
        let escaped = line.replace("\"Beijing\"", r#""\0\t\r\n\'\"\\\u{301}\u{1F600}\u{10ffff}""#);
        assert_eq!(parse_written(&escaped).unwrap().answer, "\0\t\r\n'\"\\\u{301}\u{1f600}\u{10ffff}");
        assert_eq!(parse_written(&escaped), Some(ron::from_str(&escaped).unwrap()));
        // The older record still reads, by the RON parser, with defaults.
        let old = &other[2];
        assert!(matches!(classify(old.as_bytes()), Line::Record(a) if a.utc_offset == 0 && a.topics.is_empty()));
    }

    #[test]
    fn damaged_lines_and_false_seals_in_the_middle_are_skipped_and_reported_and_the_file_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("attempts.ron");
        let mut log = Log::create(&path).unwrap();
        log.append(&attempt(0)).unwrap();
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push_str("garbage one\n\u{1}garbage two\n");
        text.push_str(&ron::to_string(&attempt(1)).unwrap());
        text.push_str("\n(torn:999)\n");
        text.push_str(&ron::to_string(&attempt(2)).unwrap());
        text.push('\n');
        std::fs::write(&path, &text).unwrap();
        let (read, warnings) = read_all(&path).unwrap();
        assert_eq!(read, (0..3).map(attempt).collect::<Vec<_>>());
        let damage: Vec<_> = warnings
            .iter()
            .map(|w| match w {
                Warning::Damaged { damage, .. } => (damage.line, damage.last_line),
                other => panic!("{other}"),
            })
            .collect();
        assert_eq!(damage, [(3, 4), (6, 6)]);
        assert!(warnings[0].to_string().contains(":3: lines 3\u{2013}4 ("), "{}", warnings[0]);
        assert!(warnings[1].to_string().contains("marker of an interrupted write"), "{}", warnings[1]);
        // A writer goes on after it and changes nothing before its record.
        let mut writer = Log::open(&path).unwrap();
        let appended = writer.append(&attempt(3)).unwrap();
        assert_eq!(appended.before.len(), 3);
        assert_eq!(appended.warnings.len(), 2);
        assert!(std::fs::read_to_string(&path).unwrap().starts_with(&text));
        assert_eq!(read_all(&path).unwrap().0.len(), 4);
        // Its resume point carries the damage, and a handle moved there reads on from it.
        let resume = writer.resume_point().unwrap();
        assert_eq!(resume.damaged.len(), 2);
        let mut other = Log::open(&path).unwrap();
        other.resume_at(&resume).unwrap();
        assert_eq!(other.resume_point().unwrap(), resume);
    }

    #[test]
    fn the_prefix_hash_is_the_same_however_the_bytes_are_split_and_sees_any_one_changed_byte() {
        let bytes: Vec<u8> = (0..300u32).map(|i| (i * 37 % 251) as u8).collect();
        let mut whole = PrefixHash::default();
        whole.update(&bytes);
        for cuts in [vec![1], vec![7, 8, 9], vec![3, 3, 3, 100], vec![299], vec![0, 0, 150]] {
            let mut h = PrefixHash::default();
            let mut from = 0;
            for c in cuts {
                h.update(&bytes[from..from + c]);
                from += c;
            }
            h.update(&bytes[from..]);
            assert_eq!(h.finish(), whole.finish());
        }
        for at in 0..bytes.len() {
            for bit in 0..8 {
                let mut changed = bytes.clone();
                changed[at] ^= 1 << bit;
                let mut h = PrefixHash::default();
                h.update(&changed);
                assert_ne!(h.finish(), whole.finish(), "byte {at}, bit {bit}");
            }
        }
        let mut shorter = PrefixHash::default();
        shorter.update(&bytes[..299]);
        assert_ne!(shorter.finish(), whole.finish());
    }

    proptest::proptest! {
        #[test]
        fn the_prefix_hash_streams(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..200), cut in 0usize..200) {
            let cut = cut.min(bytes.len());
            let (mut a, mut b) = (PrefixHash::default(), PrefixHash::default());
            a.update(&bytes);
            b.update(&bytes[..cut]);
            b.update(&bytes[cut..]);
            proptest::prop_assert_eq!(a.finish(), b.finish());
        }
    }

    mod written_shape {
        use proptest::prelude::*;

        use super::*;

        /// Text that stresses escaping: quotes, backslashes, control and format characters, combining marks,
        /// non-BMP characters, or anything at all.
        fn text() -> impl Strategy<Value = String> {
            prop_oneof![
                any::<String>(),
                "[\"\\\\'#{}u0-9a-z\\x00-\\x1f\\x7f-\\x{a0}\\x{ad}\\x{300}-\\x{36f}\\x{200b}-\\x{200f}\\x{2028}\\x{feff}\\x{d7ff}\\x{e000}\\x{fffd}-\\x{ffff}\\x{10000}-\\x{10ffff}]{0,12}",
                Just(String::new()),
            ]
        }

        fn number() -> impl Strategy<Value = f64> {
            prop_oneof![
                any::<f64>(),
                -2.0..2.0f64,
                -1.0..100_000.0f64,
                prop::sample::select(vec![
                    0.0,
                    -0.0,
                    1.0,
                    0.00004,
                    0.00005,
                    0.0001,
                    0.005,
                    86_400.0,
                    86_399.995,
                    1e300,
                    -1e-300,
                    f64::MIN_POSITIVE,
                    f64::NAN,
                    f64::INFINITY,
                    f64::NEG_INFINITY,
                ]),
            ]
        }

        fn attempt() -> impl Strategy<Value = Attempt> {
            (
                (
                    prop_oneof![any::<i64>(), Just(i64::MIN), Just(i64::MAX), Just(0), Just(-1)],
                    prop_oneof![any::<i32>(), Just(i32::MIN), Just(i32::MAX), Just(0)],
                    text(),
                    text(),
                    prop::collection::vec(text(), 0..4),
                    prop::collection::vec(text(), 0..4),
                ),
                (
                    prop::sample::select(QuestionKind::ALL.to_vec()),
                    prop::sample::select(Mode::ALL.to_vec()),
                    text(),
                    number(),
                    number(),
                ),
            )
                .prop_map(
                    |((at, utc_offset, pack, question, facts, topics), (kind, mode, answer, score, secs))| Attempt {
                        at,
                        utc_offset,
                        pack,
                        question,
                        facts,
                        topics,
                        kind,
                        mode,
                        answer,
                        score,
                        secs,
                    },
                )
        }

        /// Equal, with the floats equal to the bit (`-0.0` and `0.0` differ).
        fn same(a: &Attempt, b: &Attempt) -> bool {
            a == b && a.score.to_bits() == b.score.to_bits() && a.secs.to_bits() == b.secs.to_bits()
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(4096))]

            #[test]
            fn every_written_record_reads_as_ron_reads_it(a in attempt()) {
                let line = ron::to_string(&a.normalised()).unwrap();
                let slow: Attempt = ron::from_str(&line).unwrap();
                let fast = parse_written(&line);
                prop_assert!(fast.as_ref().is_some_and(|f| same(f, &slow)), "{line}\n{fast:?}\n{slow:?}");
                prop_assert!(same(&slow, &a.normalised()));
            }

            /// Records not normalised (NaN, infinities, any float) are either left to RON or read as it reads them.
            #[test]
            fn an_unnormalised_record_reads_as_ron_reads_it_or_not_at_all(a in attempt()) {
                let line = ron::to_string(&a).unwrap();
                if let Some(fast) = parse_written(&line) {
                    let slow: Attempt = ron::from_str(&line).unwrap();
                    prop_assert!(same(&fast, &slow), "{line}");
                }
            }

            /// Damage anywhere in a line: whatever the fast path still accepts, RON reads the same way.
            #[test]
            fn a_damaged_record_reads_as_ron_reads_it_or_not_at_all(
                a in attempt(),
                at in any::<prop::sample::Index>(),
                cut in 0usize..3,
                insert in prop::sample::select(vec!["", "\"", "\\", ",", " ", "0", "-", ".", "e", "]", "[", ")", "u{41}", "_"]),
            ) {
                let line = ron::to_string(&a.normalised()).unwrap();
                let bounds: Vec<usize> = line.char_indices().map(|(i, _)| i).chain([line.len()]).collect();
                let start = bounds[at.index(bounds.len())];
                let end = bounds[(bounds.iter().position(|&b| b == start).unwrap() + cut).min(bounds.len() - 1)];
                let damaged = format!("{}{insert}{}", &line[..start], &line[end..]);
                if let Some(fast) = parse_written(&damaged) {
                    let slow = ron::from_str::<Attempt>(&damaged);
                    prop_assert!(slow.as_ref().is_ok_and(|s| same(&fast, s)), "{damaged}\n{fast:?}\n{slow:?}");
                }
            }
        }
    }
}
