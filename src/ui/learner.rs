//! The current learner as the app holds them: the list of learners, the open [`Study`] of the one
//! studying, whether the last answer was saved, and the sentences to show when something went wrong.
//!
//! Every problem becomes a sentence in [`Learner::problem`]; the app keeps running without the learner's
//! data if it cannot be read. Opening a learner records an exam that was interrupted (a crash, a kill)
//! from its draft, and says so in a sentence there too.
//!
//! On a first start (no list of learners in the data folder yet) nothing is written: the learner is left
//! unopened with [`Learner::greeting`] set, the app greets the user, and [`Learner::greet`] writes the list
//! once they have chosen a name (or to just practise, as [`GUEST_NAME`]).
//!
//! What a change to the learners did is a [`Notice`]: good news, or a refusal shown as an error.
//!
//! At start-up the app opens the learner on a background thread ([`Learner::open_in_background`]): reading a
//! long history whose snapshot is missing takes seconds, and the window should not wait for it.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};

use crate::study::{self, Now, Profile, Profiles, Study, exam};

/// The learner "Just practise" studies as on a first start: a name that reads as one in "Learner: Guest"
/// and "Guest: not practised yet", not as a label.
pub const GUEST_NAME: &str = "Guest";

/// What the last change to the learners did, as a sentence: good news, or why it was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The change was made ("Mia was added; now studying as Mia.").
    Done(String),
    /// The change was refused (a name taken or unusable, a file that could not be written): shown as an
    /// error.
    Refused(String),
}

impl Notice {
    /// The sentence.
    pub fn text(&self) -> &str {
        match self {
            Self::Done(s) | Self::Refused(s) => s,
        }
    }

    /// Whether this is a refusal.
    pub fn is_refusal(&self) -> bool {
        matches!(self, Self::Refused(_))
    }
}

/// What became of the last answer.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum SaveState {
    /// Nothing recorded yet in this quiz.
    #[default]
    Idle,
    /// The last answer is on disk.
    Saved,
    /// The last answer could not be saved: why, as a sentence.
    Failed(String),
}

/// The learners and the one studying now.
#[derive(Debug, Default)]
pub struct Learner {
    data: Option<PathBuf>,
    /// Everyone on the list.
    pub profiles: Vec<Profile>,
    /// The learner studying now, with their data open.
    pub study: Option<Study>,
    /// Whether the last answer was saved.
    pub save: SaveState,
    /// A problem with the learners' data, as a sentence (shown until the next change).
    pub problem: Option<String>,
    /// What the last change did, as good news or a refusal.
    pub notice: Option<Notice>,
    /// An interrupted exam whose answers were recorded when this learner was opened, as a sentence.
    pub recovered: Option<String>,
    /// Where to start, for someone just greeted ("Welcome, Mia. …"), until dismissed.
    pub welcome: Option<String>,
    /// A first start: there is no list of learners yet and none has been written; the user is greeted and
    /// chooses (see [`Learner::greet`]).
    greeting: bool,
    /// The learner has been told that their exam drafts cannot be kept (so an interrupted exam would
    /// lose its answers): told once, until another learner is opened.
    drafts_told: bool,
}

/// `text` with its first letter made upper case, to stand as a sentence of its own.
fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

fn seconds(now: Now) -> i64 {
    now.at
}

impl Learner {
    /// Opens the last used learner in the data folder `data`. On a first start (no list of learners there)
    /// nothing is opened or written and [`Learner::greeting`] is set. `None`: no data folder, so nothing is
    /// recorded (and nobody is greeted with a promise to keep their answers).
    pub fn open(data: Option<PathBuf>) -> Self {
        Self::open_naming(data, |_| {})
    }

    /// [`Learner::open`], telling `named` who is being opened as soon as that is known (before their
    /// answers are read).
    fn open_naming(data: Option<PathBuf>, named: impl FnOnce(&Profile)) -> Self {
        let greeting = data.as_deref().is_some_and(Self::is_first_start);
        let mut learner = Self { data, greeting, ..Self::default() };
        if !greeting {
            learner.reopen_naming(None, named);
        }
        learner
    }

    /// Whether `data` holds no list of learners yet: a first start. A list that is there but cannot be read
    /// (or a folder whose listing fails) is not a first start: it is opened as usual, which reports it and
    /// leaves it as it is.
    pub fn is_first_start(data: &Path) -> bool {
        matches!(study::profiles::list_path(data).try_exists(), Ok(false))
    }

    /// Whether the user is still to be greeted: a first start, before they chose a name or to just practise.
    pub fn greeting(&self) -> bool {
        self.greeting
    }

    /// Ends the greeting of a first start with the user's choice: `Some(name)` adds a learner so named and
    /// studies as them; `None` ("Just practise") studies as [`GUEST_NAME`]. This is where a first start
    /// writes the list of learners. `false`, with a refusal in [`Learner::notice`], if the name cannot be
    /// used (the greeting goes on); a second call after the greeting ended changes nothing.
    pub fn greet(&mut self, name: Option<&str>) -> bool {
        if !self.greeting {
            return true;
        }
        match name {
            Some(name) => {
                if !self.add(name) {
                    return false;
                }
            }
            None => self.reopen(Some(GUEST_NAME)),
        }
        self.greeting = false;
        self.notice = None;
        let start = "Start below: read an article, then practise on its facts.";
        self.welcome = self.current().map(|p| {
            if name.is_some() {
                format!("Welcome, {}. {start}", p.name)
            } else {
                format!("Welcome. {start} Your answers are kept as {}'s; rename under Learners.", p.name)
            }
        });
        true
    }

    /// Puts away the good news the library shows (a recovered exam, where to start).
    pub fn dismiss_notices(&mut self) {
        self.recovered = None;
        self.welcome = None;
    }

    /// [`Learner::open`] on a background thread: the learner arrives through [`Opening::poll`]. `wake` is
    /// called from that thread after each step worth showing (the name is known, the data is open), so the
    /// UI can repaint then instead of asking every frame. If no thread can be started (or it dies), the
    /// first [`Opening::poll`] opens the learner itself.
    pub fn open_in_background(data: Option<PathBuf>, wake: impl Fn() + Send + 'static) -> Opening {
        let (tx, rx) = mpsc::channel();
        let for_thread = data.clone();
        // Should no thread start, the closure and its sender are dropped: the first poll opens the learner.
        let _ = std::thread::Builder::new().name("open-learner".into()).spawn(move || {
            // The receiver only goes away with the app; nothing is left to tell then.
            let learner = Self::open_naming(for_thread, |p| {
                let _ = tx.send(Opened::Named(p.name.clone()));
                wake();
            });
            let _ = tx.send(Opened::Open(Box::new(learner)));
            wake();
        });
        Opening { rx, data, name: None }
    }

    /// The data folder, if there is one.
    pub fn data(&self) -> Option<&Path> {
        self.data.as_deref()
    }

    /// The learner studying now.
    pub fn current(&self) -> Option<&Profile> {
        self.study.as_ref().map(Study::profile)
    }

    /// The name shown in the top bar.
    pub fn name(&self) -> String {
        self.current().map_or_else(|| "No learner".to_string(), |p| p.name.clone())
    }

    /// Reads the list again and opens `name` (or the last used learner) for recording.
    fn reopen(&mut self, name: Option<&str>) {
        self.reopen_naming(name, |_| {});
    }

    /// [`Learner::reopen`], calling `named` with the learner once they are known, before their data is read.
    fn reopen_naming(&mut self, name: Option<&str>, named: impl FnOnce(&Profile)) {
        let Some(data) = self.data.clone() else { return };
        self.study = None;
        self.save = SaveState::Idle;
        self.drafts_told = false;
        self.recovered = None;
        match study::profiles::resolve_for_recording(&data, name, seconds(Now::system())) {
            Ok((profile, _)) => {
                named(&profile);
                match Study::open(&data, &profile) {
                    Ok(mut s) => {
                        let recovered = exam::recover(&mut s);
                        let mut lines: Vec<String> = s.take_warnings().iter().map(ToString::to_string).collect();
                        match recovered {
                            Ok(Some(r)) => self.recovered = Some(r.sentence()),
                            Ok(None) => {}
                            Err(e) => {
                                lines.push(drafts_refused(&e));
                                self.drafts_told = true;
                            }
                        }
                        self.problem = (!lines.is_empty()).then(|| lines.join(" "));
                        self.study = Some(s);
                    }
                    Err(e) => {
                        self.problem =
                            Some(format!("{}'s answers cannot be read, so none are kept for now: {e}", profile.name));
                    }
                }
            }
            Err(e) => self.problem = Some(format!("The learners cannot be read: {e}")),
        }
        self.reload_list();
    }

    fn reload_list(&mut self) {
        let Some(data) = &self.data else { return };
        match Profiles::load(data) {
            Ok(list) => {
                // Entries that cannot be followed safely (a bad or repeated folder id) are left out, and said.
                let warnings: Vec<String> = list.warnings(data).iter().map(|w| sentence_case(w)).collect();
                if !warnings.is_empty() {
                    let told = warnings.join(" ");
                    self.problem = Some(match self.problem.take() {
                        Some(p) if !p.contains(&told) => format!("{p} {told}"),
                        _ => told,
                    });
                }
                self.profiles = list.profiles;
            }
            Err(e) => self.problem = Some(format!("The list of learners cannot be read: {e}")),
        }
    }

    /// Switches to the learner with id `id`.
    pub fn switch(&mut self, id: &str) {
        self.notice = None;
        self.reopen(Some(id));
        if let Some(p) = self.current() {
            self.notice = Some(Notice::Done(format!("Now studying as {}.", p.name)));
        }
    }

    /// Adds a learner and switches to them.
    pub fn add(&mut self, name: &str) -> bool {
        let Some(data) = self.data.clone() else { return false };
        match study::profiles::add(&data, name, seconds(Now::system())) {
            Ok(p) => {
                self.switch(&p.id);
                self.notice = Some(Notice::Done(format!("{} was added; now studying as {}.", p.name, p.name)));
                true
            }
            Err(e) => {
                self.notice = Some(Notice::Refused(sentence(&e.to_string())));
                false
            }
        }
    }

    /// Renames the learner with id `id`.
    pub fn rename(&mut self, id: &str, new_name: &str) -> bool {
        let Some(data) = self.data.clone() else { return false };
        match study::profiles::rename(&data, id, new_name) {
            Ok(p) => {
                self.notice = Some(Notice::Done(format!("Renamed to {}.", p.name)));
                let current = self.current().map(|c| c.id.clone());
                if current.as_deref() == Some(id) {
                    self.reopen(Some(id));
                } else {
                    self.reload_list();
                }
                true
            }
            Err(e) => {
                self.notice = Some(Notice::Refused(sentence(&e.to_string())));
                false
            }
        }
    }

    /// Removes the learner with id `id` (their folder goes to the trash folder). If they were studying,
    /// the app switches to another learner (or a new default one).
    pub fn remove(&mut self, id: &str) {
        let Some(data) = self.data.clone() else { return };
        let name = self.profiles.iter().find(|p| p.id == id).map_or_else(|| id.to_string(), |p| p.name.clone());
        match study::profiles::remove(&data, id, seconds(Now::system())) {
            Ok(moved) => {
                let was_current = self.current().is_some_and(|c| c.id == id);
                if was_current {
                    self.reopen(None);
                } else {
                    self.reload_list();
                }
                self.notice = Some(Notice::Done(match moved {
                    Some(path) => format!("{name} was removed; their answers were moved to {}.", path.display()),
                    None => format!("{name} was removed."),
                }));
            }
            Err(e) => self.notice = Some(Notice::Refused(sentence(&e.to_string()))),
        }
    }

    /// Adds `sentence` to what the Library tells the learner.
    pub fn tell(&mut self, sentence: String) {
        self.problem = Some(match self.problem.take() {
            Some(before) => format!("{before} {sentence}"),
            None => sentence,
        });
    }

    /// Tells the learner, once until another learner is opened, that the exam in progress cannot be kept
    /// as it goes: `sentence` says why.
    pub fn tell_drafts_refused(&mut self, sentence: String) {
        if !self.drafts_told {
            self.drafts_told = true;
            self.tell(sentence);
        }
    }

    /// Records an attempt for the current learner; sets [`Learner::save`].
    pub fn record(&mut self, attempt: &study::Attempt) {
        let Some(s) = &mut self.study else { return };
        self.save = match s.record(attempt) {
            Ok(()) => SaveState::Saved,
            Err(e) => SaveState::Failed(format!("This answer was not saved: {e}")),
        };
        let warnings: Vec<String> = s.take_warnings().iter().map(ToString::to_string).collect();
        if !warnings.is_empty() {
            self.problem = Some(warnings.join(" "));
        }
    }
}

/// What the thread opening a learner sends.
#[derive(Debug)]
enum Opened {
    /// The learner being opened: their name, before their answers are read.
    Named(String),
    /// The learner, opened (or with the sentence saying why not).
    Open(Box<Learner>),
}

/// A learner being opened on a background thread ([`Learner::open_in_background`]).
#[derive(Debug)]
pub struct Opening {
    rx: Receiver<Opened>,
    data: Option<PathBuf>,
    name: Option<String>,
}

impl Opening {
    /// The name of the learner being opened, once it is known.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The learner, if they are open by now; takes in what the thread sent meanwhile and never waits.
    /// Should the thread have died without a word, the learner is opened here instead.
    pub fn poll(&mut self) -> Option<Learner> {
        loop {
            match self.rx.try_recv() {
                Ok(Opened::Named(name)) => self.name = Some(name),
                Ok(Opened::Open(learner)) => return Some(*learner),
                Err(TryRecvError::Empty) => return None,
                Err(TryRecvError::Disconnected) => return Some(Learner::open(self.data.take())),
            }
        }
    }
}

/// Why an interrupted exam's draft was not recovered, and what that means meanwhile.
fn drafts_refused(e: &study::StoreError) -> String {
    format!(
        "An interrupted exam could not be saved: {e} Until then, an exam's answers are kept only when it ends \
         (or is left)."
    )
}

/// `text` with a capital first letter, as a sentence.
pub fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
