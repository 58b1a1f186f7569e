//! The command line: `check`, `bank`, `flag`, `quiz`, `play`, `profile` and `stats`, a thin face over the engine.

use std::fmt;
use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand, ValueEnum};

use crate::export::{json, text};
use crate::generate::{Bank, QuizSettings, audit, quiz_ranked};
use crate::grade::Grade;
use crate::pack::Pack;
use crate::question::{Body, Question, QuestionKind, Response};
use crate::study::session::{Answer, QuizPlan, Session};
use crate::study::{self, Mode, Now, ProfileError, StoreError, Study, profiles};
use crate::text::safe::visible;

/// What `dossier --version` prints after the name: the program's version and the version of the fact-sheet
/// format it reads ([`crate::pack::schema::SCHEMA_VERSION`]; a unit test keeps the two the same).
pub const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), " (fact-sheet schema 2)");

/// Study a news article: its facts, generated questions, grading.
#[derive(Debug, Parser)]
#[command(name = "dossier", version = VERSION, about, long_about = None)]
pub struct Cli {
    /// What to do; without a command the desktop app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check fact sheets: syntax, ids, evidence quotes, dates, question yield, and the questions they yield.
    Check {
        /// Fact sheets to check (default: the bundled pack and every pack in the data folder).
        paths: Vec<PathBuf>,
        /// After each sheet's line, list per fact (in file order) the questions it yields, or why it yields
        /// none.
        #[arg(long)]
        explain: bool,
    },
    /// Draft a fact sheet from a news article (.txt, .md or a saved .html page): writes `<id>.ron` and the
    /// article as `<id>.txt` into the packs folder (or --out), checked so `dossier check` passes on it.
    Import {
        /// The article file.
        article: PathBuf,
        /// The pack's title (default: the article's headline).
        #[arg(long)]
        title: Option<String>,
        /// The pack's id (default: made from the title).
        #[arg(long)]
        id: Option<String>,
        /// The folder to write into (default: the packs folder of the data folder).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Replace a pack of the same id that exists.
        #[arg(long)]
        replace: bool,
    },
    /// Print every question the pack yields.
    Bank {
        #[command(flatten)]
        pack: PackArg,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// List only the questions learners reported (`dossier flag`, "Report this question"), with their
        /// reasons: what the pack's author should look at.
        #[arg(long)]
        flagged: bool,
    },
    /// Report a bad question: it is left out of this learner's quizzes, and `dossier bank --flagged` lists
    /// it with the reason for the pack's author.
    Flag {
        /// The question's id (see `dossier bank`).
        question: String,
        /// Why the question is bad.
        #[arg(long)]
        reason: String,
        #[command(flatten)]
        pack: PackArg,
        #[command(flatten)]
        learner: LearnerArg,
    },
    /// Print a seeded quiz drawn from the bank.
    Quiz {
        #[command(flatten)]
        pack: PackArg,
        #[command(flatten)]
        pick: PickArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = QuizFormat::Text)]
        format: QuizFormat,
        /// Append the answer key.
        #[arg(long)]
        key: bool,
        /// Print the quiz's code with it: a student who types the code (`dossier play --code`, or "Join with a
        /// code" in the app) takes this very quiz, from the same pack, on their own machine.
        #[arg(long)]
        code: bool,
        /// With --code: the code starts an exam (feedback only at the end) instead of a practice quiz.
        #[arg(long, requires = "code")]
        exam: bool,
        /// With --code --exam: the exam's time limit in minutes (1 to 63), kept by the app.
        #[arg(long, requires = "exam", value_parser = clap::value_parser!(u32).range(1..=63))]
        minutes: Option<u32>,
    },
    /// Write questions in a format another system imports: Moodle (gift), Anki (anki), Kahoot (kahoot), a
    /// QTI 3.0 package for learning platforms (qti), a spreadsheet (csv), or a printable handout (html). A seeded quiz by default (the same seed and count give the same questions as `quiz`), or the
    /// whole bank with --all. Prints how many questions of each type were written, and any left out and why.
    Export {
        #[command(flatten)]
        pack: PackArg,
        #[command(flatten)]
        pick: PickArgs,
        /// The format to write.
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Every question of the bank (within --kinds and --topics) instead of a seeded quiz.
        #[arg(long)]
        all: bool,
        /// html: add the answer key, with each answer's evidence, on a page of its own.
        #[arg(long)]
        key: bool,
        /// html: print the article itself first, on pages of its own.
        #[arg(long)]
        article: bool,
        /// The file to write; `-` writes to standard output. A file is replaced whole (written to a
        /// temporary file, then renamed), never left half-written.
        #[arg(long, value_name = "PATH")]
        out: PathBuf,
    },
    /// Take a quiz in the terminal: one answer a line on standard input. Every answer is recorded for the
    /// learner (synced to disk before "Saved." is printed).
    Play {
        #[command(flatten)]
        pack: PackArg,
        #[command(flatten)]
        pick: PickArgs,
        #[command(flatten)]
        learner: LearnerArg,
        /// practice: a seeded quiz; exam: feedback only at the end; review: what is due today (in every
        /// pack unless --pack is given); weak: the questions the learner is least likely to recall.
        #[arg(long, value_enum, default_value_t = PlayMode::Practice)]
        mode: PlayMode,
        /// Take the quiz a teacher's code stands for (`dossier quiz --code` prints one): its pack, seed,
        /// count, kinds, topics and mode come from the code.
        #[arg(long, value_name = "CODE", conflicts_with_all = ["pack", "seed", "count", "kinds", "topics", "mode"])]
        code: Option<String>,
        /// With --code: when the quiz ends, save the results for the teacher to FILE (the learner's name,
        /// the code, every answer as given, its score and seconds; checksummed). A folder gets a file named
        /// after the learner and the code. `dossier gradebook` merges these files.
        #[arg(long, value_name = "FILE", requires = "code")]
        results: Option<PathBuf>,
    },
    /// Merge the results files of a quiz taken with a code into the class view: each student's score and
    /// time; each question's facility, discrimination and most common wrong answers. Files of another
    /// code, a student's second file, and damaged or hand-edited files are reported and left out.
    Gradebook {
        /// Results files, or folders holding them (`*.dossier-results.ron`).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The quiz code to report (default: the code most files carry).
        #[arg(long)]
        code: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = GradebookFormat::Text)]
        format: GradebookFormat,
    },
    /// Manage learners: list, add, rename, remove.
    Profile {
        /// What to do.
        #[command(subcommand)]
        action: ProfileAction,
    },
    /// A learner's progress: answers, accuracy, streak, due cards, mastery by topic and kind.
    Stats {
        #[command(flatten)]
        learner: LearnerArg,
        /// Output format: json is one object (`attempts`, `accuracy`, `due_today`, `streak_days`, `per_topic`, …);
        /// csv is rows of metric,key,value.
        #[arg(long, value_enum, default_value_t = StatsFormat::Text)]
        format: StatsFormat,
    },
}

/// The learner subcommands.
#[derive(Debug, Subcommand)]
pub enum ProfileAction {
    /// List the learners; `*` marks the one who studied last.
    List,
    /// Add a learner.
    Add {
        /// The learner's name.
        name: String,
    },
    /// Rename a learner (their answers stay theirs).
    Rename {
        /// The current name.
        name: String,
        /// The new name.
        new_name: String,
    },
    /// Remove a learner: their data is moved to the trash folder, not deleted. Asks for confirmation.
    Remove {
        /// The learner's name.
        name: String,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
}

/// Whose answers.
#[derive(Debug, clap::Args)]
pub struct LearnerArg {
    /// The learner (see `dossier profile list`); without it, the learner who studied last, or a default one.
    /// Matches learners' names only, never another learner's folder id.
    #[arg(long, value_name = "NAME")]
    pub profile: Option<String>,
    /// The learner whose data folder is `profiles/ID` (the folder id, not the name); never creates one.
    #[arg(long, value_name = "ID", conflicts_with = "profile")]
    pub profile_id: Option<String>,
}

/// How `play` picks questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PlayMode {
    /// A seeded quiz from the bank, feedback after each answer.
    Practice,
    /// A seeded quiz, feedback at the end.
    Exam,
    /// The questions FSRS says are due today: in every pack (bundled and added), or only in `--pack`.
    Review,
    /// The questions with the lowest retrievability.
    Weak,
}

impl PlayMode {
    fn mode(self) -> Mode {
        match self {
            Self::Practice => Mode::Practice,
            Self::Exam => Mode::Exam,
            Self::Review => Mode::Review,
            Self::Weak => Mode::Weak,
        }
    }
}

/// Output formats of `stats`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StatsFormat {
    /// Readable text.
    Text,
    /// One JSON object.
    Json,
    /// Rows of metric,key,value.
    Csv,
}

/// Which pack to use.
#[derive(Debug, clap::Args)]
pub struct PackArg {
    /// A fact sheet (.ron) to use instead of the bundled pack, or the id of another bundled pack
    /// (`nk-war`, `asylum`, `hk-election`) when no file of that name exists.
    #[arg(long, value_name = "PATH")]
    pub pack: Option<PathBuf>,
}

/// How to draw a quiz.
#[derive(Debug, clap::Args)]
pub struct PickArgs {
    /// Seed: the same seed gives the same quiz on every machine.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Number of questions.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=1000))]
    pub count: u64,
    /// Question kinds, comma-separated: mc, tf, cloze, short, match, order, numeric.
    #[arg(long, value_delimiter = ',', value_parser = parse_kind)]
    pub kinds: Vec<QuestionKind>,
    /// Topic ids, comma-separated (see `dossier bank --format json` for each question's topics).
    #[arg(long, value_delimiter = ',')]
    pub topics: Vec<String>,
}

/// Output formats of `bank`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    /// Readable text with answers.
    Text,
    /// One JSON object per line.
    Json,
}

/// Formats of `gradebook`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GradebookFormat {
    /// Readable text.
    Text,
    /// Rows per student and per question.
    Csv,
    /// One HTML page.
    Html,
}

/// Formats of `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Moodle's GIFT question format (question bank import).
    Gift,
    /// Anki's text import (File > Import): Basic and Cloze notes, tagged by topic.
    Anki,
    /// One question a row: id, kind, prompt, options, answer, accepted forms, evidence, topics.
    Csv,
    /// A printable handout (one self-contained page: print it, or save it as PDF, from a browser).
    Html,
    /// Kahoot's spreadsheet import (.xlsx): multiple choice and true/false questions.
    Kahoot,
    /// A QTI 3.0 content package (.zip) for learning platforms that read QTI: every kind of question.
    Qti,
}

/// Output formats of `quiz`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum QuizFormat {
    /// Readable text.
    Text,
    /// One JSON object per line.
    Json,
    /// A Markdown handout.
    Markdown,
}

fn parse_kind(s: &str) -> Result<QuestionKind, String> {
    QuestionKind::from_code(s)
        .ok_or_else(|| format!("unknown question kind \"{s}\"; use mc, tf, cloze, short, match, order or numeric"))
}

/// Why a command did not succeed: what to say, and the exit code.
#[derive(Debug)]
enum Failure {
    /// Bad input or unusable data (exit 1): the sentence.
    Input(String),
    /// A usage error (exit 2): the sentence.
    Usage(String),
    /// Standard output could not be written. A closed pipe (`dossier bank | head -1`) ends the command
    /// quietly with exit code 0: the reader has all it wanted. Any other write error is said (exit 1).
    Output(io::Error),
}

impl Failure {
    fn input(message: impl Into<String>) -> Self {
        Self::Input(message.into())
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        Self::input(e.to_string())
    }
}

impl From<ProfileError> for Failure {
    fn from(e: ProfileError) -> Self {
        Self::input(e.to_string())
    }
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Self::Output(e)
    }
}

/// Runs a subcommand and turns its outcome into an exit code, errors on stderr: 0 when it succeeded (or
/// its reader closed the pipe early), 1 for bad input or data, 2 for a usage error.
pub fn run(command: Command) -> ExitCode {
    let result = match command {
        Command::Check { paths, explain } => check(&paths, explain),
        Command::Import { article, title, id, out, replace } => import(&article, title, id, out, replace),
        Command::Bank { pack, format, flagged: false } => load(&pack).and_then(|b| Ok(print_bank(&b, format)?)),
        Command::Bank { pack, flagged: true, .. } => load(&pack).and_then(|b| print_flagged(&b)),
        Command::Flag { question, reason, pack, learner } => flag(&question, &reason, &pack, &learner),
        Command::Quiz { pack, pick, format, key, code, exam, minutes } => {
            let code = code.then_some(if exam { (Mode::Exam, minutes) } else { (Mode::Practice, None) });
            load(&pack).and_then(|b| print_quiz(&b, &pick, format, key, code))
        }
        Command::Export { pack, pick, format, all, key, article, out } => {
            load(&pack).and_then(|b| export(&b, &pick, format, (all, key, article), &out))
        }
        // clap does not hold `requires` when the required flag conflicts with one given (--count), so here too.
        Command::Play { code: None, results: Some(_), .. } => {
            Err(Failure::Usage("--results saves the results of a quiz taken with --code; give the code.".into()))
        }
        Command::Play { pack, pick, learner, mode, code: None, .. } => play(&pack, &pick, &learner, mode),
        Command::Play { learner, code: Some(code), results, .. } => play_code(&code, &learner, results.as_deref()),
        Command::Gradebook { files, code, format } => gradebook(&files, code.as_deref(), format),
        Command::Profile { action } => profile(action),
        Command::Stats { learner, format } => print_stats(&learner, format),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Output(e)) => {
            say(format_args!("the output could not be written: {e}"));
            ExitCode::from(1)
        }
        Err(Failure::Input(message)) => {
            say(format_args!("{message}"));
            ExitCode::from(1)
        }
        Err(Failure::Usage(message)) => {
            say(format_args!("{message}"));
            ExitCode::from(2)
        }
    }
}

/// Writes "dossier: " and `line` on standard error. A failure to write it is ignored: there is nowhere
/// left to report it.
fn say(line: fmt::Arguments<'_>) {
    let _ = writeln!(io::stderr(), "dossier: {line}");
}

fn load(arg: &PackArg) -> Result<Bank, Failure> {
    match &arg.pack {
        Some(path) if !path.exists() && path.to_str().is_some_and(|id| !id.contains(['/', '.'])) => {
            let id = path.to_string_lossy();
            Bank::bundled_by_id(&id).ok_or_else(|| {
                Failure::input(format!(
                    "no file \u{201c}{id}\u{201d} and no bundled pack with that id (the bundled packs are {}).",
                    bundled_ids().join(", ")
                ))
            })
        }
        Some(path) => Bank::load(path).map_err(|e| Failure::input(format!("the pack cannot be used:\n{e}"))),
        None => Bank::bundled()
            .map_err(|e| Failure::input(format!("the bundled pack is broken (please report this):\n{e}"))),
    }
}

/// The ids of the bundled packs, in the library's order (read from their sheets, not banked).
fn bundled_ids() -> Vec<String> {
    crate::pack::LIBRARY.iter().filter_map(crate::pack::Bundled::id).collect()
}

/// `dossier import`: drafts, checks and writes a pack, then prints where and what it holds.
fn import(
    article: &Path,
    title: Option<String>,
    id: Option<String>,
    out: Option<PathBuf>,
    replace: bool,
) -> Result<(), Failure> {
    let failed = |e: crate::import::ImportError| Failure::input(format!("{}: {e}", article.display()));
    let bytes = crate::import::read_file(article).map_err(failed)?;
    let name = article.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let draft = crate::import::draft(&bytes, &name, &crate::import::Options { title, id, ..Default::default() })
        .map_err(failed)?;
    let dir = match out {
        Some(dir) => dir,
        None => crate::paths::packs_dir()
            .ok_or_else(|| Failure::input("no data folder could be found; give a folder with --out."))?,
    };
    let saved = crate::import::save(&draft, &dir, replace).map_err(failed)?;
    let (entities, facts) = crate::import::summary(&draft);
    let mut o = io::stdout().lock();
    writeln!(o, "Drafted \"{}\" (id {}):", visible(&draft.sheet.title), draft.sheet.id)?;
    writeln!(o, "  fact sheet: {}", saved.sheet.display())?;
    writeln!(o, "  article:    {}", saved.article.display())?;
    writeln!(o, "  {} entities: {entities}", draft.sheet.entities.len())?;
    writeln!(o, "  {} facts: {facts}", draft.sheet.facts.len())?;
    writeln!(o, "  {} questions", draft.questions)?;
    if !draft.left_out.is_empty() {
        writeln!(o, "  {} drafted items left out because the check refused them", draft.left_out.len())?;
    }
    writeln!(o, "Review it with `dossier check --explain {}` or in the app's Library.", saved.sheet.display())?;
    Ok(())
}

/// `dossier check`: one line per usable sheet, one per problem; problems make it fail (exit 1) with their
/// count. The questions a usable sheet yields are checked too ([`audit`]): a finding a learner would see
/// (two keys for one prompt, a false statement true by containment) is a problem and replaces the sheet's
/// "ok" line; the others are warnings after it. With `explain`, each sheet that loads is followed by its
/// facts and the questions each yields ([`print_explained`]).
fn check(paths: &[PathBuf], explain: bool) -> Result<(), Failure> {
    let mut problems = 0;
    let mut checked = 0;
    let mut out = io::stdout().lock();
    let mut report = |name: &str, loaded: Result<Pack, crate::pack::PackError>| -> io::Result<()> {
        checked += 1;
        problems += check_sheet(&mut out, name, loaded, explain)?;
        Ok(())
    };
    if paths.is_empty() {
        for bundled in &crate::pack::LIBRARY {
            report(bundled.name, Pack::from_bundled(bundled))?;
        }
        for path in crate::paths::user_packs() {
            report(&path.display().to_string(), Pack::load(&path))?;
        }
    } else {
        for path in paths {
            report(&path.display().to_string(), Pack::load(path))?;
        }
    }
    out.flush()?;
    if problems == 0 {
        Ok(())
    } else {
        Err(Failure::input(format!(
            "{problems} problem{} in {checked} fact sheet{}.",
            plural(problems),
            plural(checked)
        )))
    }
}

/// One fact sheet's part of `dossier check` (`name` as the lines name it, `loaded` as [`Pack::load`] read
/// it): its problems, or its "ok" line and the audit's warnings, and with `explain` its facts and the
/// questions each yields ([`print_explained`]); returns how many problems make `check` fail. Rule kept:
/// every step costs the sheet's facts and questions once, never the facts times the sheet.
pub fn check_sheet(
    out: &mut impl Write,
    name: &str,
    loaded: Result<Pack, crate::pack::PackError>,
    explain: bool,
) -> io::Result<usize> {
    let pack = match loaded {
        Ok(pack) => pack,
        Err(e) => {
            e.problems.iter().try_for_each(|p| writeln!(out, "{p}"))?;
            return Ok(e.problems.len());
        }
    };
    let mut problems = 0;
    // Explained from the bank when it builds (its questions are `generate::bank`'s); otherwise banked here.
    let refused = explain.then(|| pack.clone());
    match Bank::new(pack) {
        Ok(banked) => {
            let found = audit::audit(&banked.pack, &banked.questions);
            let refused = found.iter().filter(|f| f.refuses).count();
            if refused == 0 {
                writeln!(
                    out,
                    "{name}: ok ({} entities, {} facts, {} questions)",
                    banked.pack.sheet.entities.len(),
                    banked.pack.sheet.facts.len(),
                    banked.questions.len()
                )?;
            }
            problems += refused;
            for f in &found {
                writeln!(out, "{}", banked.pack.problem_at_fact(&f.fact, f.kind, f.message.clone()))?;
            }
            #[cfg(feature = "grammar")]
            grammar_warnings(&banked).iter().try_for_each(|w| writeln!(out, "{w}"))?;
            if explain {
                print_explained(out, &banked.pack, &banked.questions)?;
            }
        }
        Err(e) => {
            problems += e.problems.len();
            e.problems.iter().try_for_each(|p| writeln!(out, "{p}"))?;
            if let Some(pack) = refused {
                print_explained(out, &pack, &crate::generate::bank(&pack))?;
            }
        }
    }
    Ok(problems)
}

/// `dossier check --explain`: per fact in file order, `file:line: fact "id" (Kind) yields N questions:` and
/// one indented line per question (its kind code, its stem or statement, `→` its answer); a fact that
/// yields none says so with the conditions it failed.
/// Each fact is located in a reading of the sheet shared by all ([`Pack::problems_at_facts`]).
fn print_explained(out: &mut impl Write, pack: &Pack, questions: &[Question]) -> io::Result<()> {
    let explained = audit::explain(pack, questions);
    let located = pack.problems_at_facts(
        explained.iter().map(|e| (e.fact.as_str(), crate::pack::ProblemKind::NoQuestion, String::new())),
    );
    for (e, at) in explained.into_iter().zip(located) {
        let n = e.questions.len();
        let head = format!("{}:{}: fact \"{}\" ({})", at.file, at.line.max(1), visible(&e.fact), e.kind);
        if n == 0 {
            writeln!(out, "{head} yields no question: {}.", e.why.join("; "))?;
            continue;
        }
        writeln!(out, "{head} yields {n} question{}:", plural(n))?;
        for q in e.questions {
            let prompt = q.prompt.replace('\n', " ");
            writeln!(
                out,
                "    {:<7} {} \u{2192} {}",
                q.kind.code(),
                visible(&prompt),
                text::key_answer(q).replace('\n', "; ")
            )?;
        }
    }
    Ok(())
}

/// The question stems of `banked` the grammar checker flags ([`crate::text::grammar`]), one warning each, at
/// the fact the question asks about. Warnings, not problems: a stem is the generator's wording, which the
/// author cannot always change, so they never make `check` fail.
#[cfg(feature = "grammar")]
fn grammar_warnings(banked: &Bank) -> Vec<crate::pack::Problem> {
    let entities = &banked.pack.sheet.entities;
    let names: Vec<&str> =
        entities.iter().flat_map(|e| std::iter::once(&e.name).chain(&e.aliases)).map(String::as_str).collect();
    let mut checker = crate::text::grammar::GrammarChecker::new(&names);
    let kind = crate::pack::ProblemKind::Grammar;
    banked
        .questions
        .iter()
        .filter_map(|q| {
            let found = checker.check(&q.prompt);
            let first = found.first()?;
            let message =
                format!("warning: question {} reads “{}”: {} (at “{}”)", q.id, q.prompt, first.message, first.words);
            Some(banked.pack.problem_at_fact(q.facts.first()?, kind, message))
        })
        .collect()
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn print_bank(banked: &Bank, format: Format) -> io::Result<()> {
    let questions = &banked.questions;
    let mut out = io::stdout().lock();
    for (i, q) in questions.iter().enumerate() {
        match format {
            Format::Json => writeln!(out, "{}", json::line_scored(q, banked.quality.get(i).copied().unwrap_or(0.0)))?,
            Format::Text => writeln!(
                out,
                "{}   id: {}\n   answer: {}\n   evidence: \u{201c}{}\u{201d}\n",
                text::question(i + 1, q),
                visible(&q.id),
                text::key_answer(q),
                visible(&q.evidence.join(" / "))
            )?,
        }
    }
    out.flush()
}

fn settings(pack: &Pack, pick: &PickArgs) -> Result<QuizSettings, Failure> {
    if let Some(t) = pick.topics.iter().find(|t| pack.topic(t).is_none()) {
        let known: Vec<&str> = pack.sheet.topics.iter().map(|t| t.id.as_str()).collect();
        return Err(Failure::Usage(format!("unknown topic \"{t}\"; this pack's topics are: {}", known.join(", "))));
    }
    Ok(filters(pick))
}

/// The quiz settings `pick` asks for, unchecked.
fn filters(pick: &PickArgs) -> QuizSettings {
    QuizSettings {
        seed: pick.seed,
        count: usize::try_from(pick.count).unwrap_or(usize::MAX),
        kinds: pick.kinds.clone(),
        topics: pick.topics.clone(),
        facts: Vec::new(),
    }
}

/// `dossier bank --flagged`: every question of the pack some learner reported, with each reason and who
/// gave it. A learner whose flags cannot be read is reported on stderr and skipped.
fn print_flagged(banked: &Bank) -> Result<(), Failure> {
    let mut reports: Vec<(usize, String, String)> = Vec::new();
    if let Some(data) = crate::paths::data_dir() {
        let list = profiles::Profiles::load(&data).map_err(|e| Failure::input(e.to_string()))?;
        for p in &list.profiles {
            let flags = match study::flags::load(&profiles::profile_dir(&data, p)) {
                Ok(f) => f,
                Err(e) => {
                    say(format_args!("warning: the reports of \u{201c}{}\u{201d} cannot be read: {e}", p.name));
                    continue;
                }
            };
            for f in flags.flags {
                if let Some(i) = banked.questions.iter().position(|q| q.id == f.question) {
                    reports.push((i, f.reason, p.name.clone()));
                }
            }
        }
    }
    reports.sort_by_key(|r| r.0);
    let mut out = io::stdout().lock();
    if reports.is_empty() {
        writeln!(out, "No question of this pack has been reported.")?;
    }
    let mut last = None;
    for (i, reason, learner) in &reports {
        if last != Some(*i) {
            let q = &banked.questions[*i];
            writeln!(out, "{}   id: {}", text::question(i + 1, q), q.id)?;
            last = Some(*i);
        }
        let reason = if reason.is_empty() { "(no reason given)" } else { reason.as_str() };
        writeln!(out, "   reported by {learner}: {reason}")?;
    }
    Ok(out.flush()?)
}

/// `dossier flag`: records the learner's report of a question of the pack (of any pack when none is
/// given). An unknown id is refused with a sentence; a question reported before is not recorded again.
fn flag(question: &str, reason: &str, arg: &PackArg, learner: &LearnerArg) -> Result<(), Failure> {
    let packs = if arg.pack.is_some() { vec![load(arg)?] } else { all_packs()? };
    if !packs.iter().any(|b| b.questions.iter().any(|q| q.id == question)) {
        return Err(Failure::input(format!(
            "there is no question \u{201c}{question}\u{201d} in {}; `dossier bank` lists every question with its id.",
            if arg.pack.is_some() { "this pack" } else { "any pack" }
        )));
    }
    let now = Now::system();
    let Some(study) = recorder(learner, now)? else {
        return Err(StoreError::NoDataDir.into());
    };
    let name = study.profile().name.clone();
    let added = study::flags::add(study.dir(), question, reason, now.at)
        .map_err(|e| Failure::input(format!("the report cannot be saved for \u{201c}{name}\u{201d}: {e}")))?;
    let mut out = io::stdout().lock();
    if added {
        writeln!(out, "Reported {question}: it is left out of {name}'s quizzes.")?;
    } else {
        writeln!(out, "{question} was already reported by {name}; it stays left out of their quizzes.")?;
    }
    Ok(out.flush()?)
}

fn draw(banked: &Bank, pick: &PickArgs) -> Result<Vec<Question>, Failure> {
    draw_without(banked, pick, &std::collections::BTreeSet::new())
}

/// [`draw`] leaving out the questions whose ids are in `left_out` (the learner's reported questions).
fn draw_without(
    banked: &Bank,
    pick: &PickArgs,
    left_out: &std::collections::BTreeSet<String>,
) -> Result<Vec<Question>, Failure> {
    let settings = settings(&banked.pack, pick)?;
    let questions = if left_out.is_empty() {
        quiz_ranked(&banked.questions, &banked.quality, &settings)
    } else {
        let (kept, quality) = banked.without(|id| left_out.contains(id));
        quiz_ranked(&kept, &quality, &settings)
    };
    if questions.is_empty() {
        return Err(Failure::input("no question matches these kinds and topics; choose fewer filters."));
    }
    if questions.len() < settings.count {
        // The draw stopped before asking a fact twice: it is as long as the settings support
        // (`quiz::supported`), and the learner is told why it is shorter than asked.
        say(format_args!("{}", shorter_quiz(questions.len(), settings.count)));
    }
    Ok(questions)
}

/// The sentence that says a quiz has `got` questions where `asked` were asked for: the pack (with these
/// filters) supports no more without asking a fact twice.
fn shorter_quiz(got: usize, asked: usize) -> String {
    let questions = |n: usize| if n == 1 { "1 question".to_string() } else { format!("{n} questions") };
    format!(
        "the quiz has {}, not {asked}: with these settings this pack supports no more without asking a fact twice.",
        questions(got)
    )
}

/// `dossier quiz`: the seeded quiz in `format`; with `code` (the code's mode and time limit), the quiz's code
/// in its title line (on standard error for JSON, whose lines are questions).
fn print_quiz(
    banked: &Bank,
    pick: &PickArgs,
    format: QuizFormat,
    key: bool,
    code: Option<(Mode, Option<u32>)>,
) -> Result<(), Failure> {
    let questions = draw(banked, pick)?;
    let mut title = format!("{} (seed {})", banked.pack.sheet.title, pick.seed);
    if let Some((mode, minutes)) = code {
        let plan = QuizPlan { pack: banked.pack.id().to_string(), settings: filters(pick), mode, minutes, focus: None };
        let code = study::code::encode(&banked.pack, &plan)
            .map_err(|e| Failure::Usage(format!("this quiz has no code: {e}")))?;
        match format {
            QuizFormat::Json => say(format_args!("quiz code: {code}")),
            _ => title = format!("{} (seed {}, code {code})", banked.pack.sheet.title, pick.seed),
        }
    }
    let mut out = io::stdout().lock();
    match format {
        QuizFormat::Text => write!(out, "{}", text::quiz(&title, &questions, key))?,
        QuizFormat::Markdown => write!(out, "{}", text::markdown(&title, &questions, key))?,
        QuizFormat::Json => questions.iter().try_for_each(|q| writeln!(out, "{}", json::line(q)))?,
    }
    Ok(out.flush()?)
}

/// How many left-out questions `dossier export` names one by one: the summary groups the reasons, and the
/// questions themselves are named while a reader can take them in.
const NAMED: usize = 10;

/// `dossier export`: the quiz `pick` draws (or, with `all`, every question `pick`'s kinds and topics admit)
/// written as `format` to `out` (`-`: standard output). A file is written whole or not at all; what was
/// written is said on standard error, so standard output can be the export itself.
fn export(
    banked: &Bank,
    pick: &PickArgs,
    format: ExportFormat,
    (all, key, article): (bool, bool, bool),
    out: &Path,
) -> Result<(), Failure> {
    if (key || article) && format != ExportFormat::Html {
        return Err(Failure::Usage("--key and --article belong to --format html (a printed handout).".into()));
    }
    let questions = if all {
        let settings = settings(&banked.pack, pick)?;
        let chosen: Vec<Question> = banked.questions.iter().filter(|q| settings.admits(q)).cloned().collect();
        if chosen.is_empty() {
            return Err(Failure::input("no question matches these kinds and topics; choose fewer filters."));
        }
        chosen
    } else {
        draw(banked, pick)?
    };
    let sheet = &banked.pack.sheet;
    let title = if all { sheet.title.clone() } else { format!("{} (seed {})", sheet.title, pick.seed) };
    let topic_name = |id: &str| banked.pack.topic(id).map_or_else(|| id.to_string(), |t| t.name.clone());
    let text = banked.pack.article.text();
    let paragraphs: Vec<String> =
        banked.pack.article.paragraphs().into_iter().filter_map(|r| text.get(r).map(String::from)).collect();
    let format = match format {
        ExportFormat::Gift => crate::export::Format::Gift,
        ExportFormat::Anki => crate::export::Format::Anki,
        ExportFormat::Csv => crate::export::Format::Csv,
        ExportFormat::Html => crate::export::Format::Html,
        ExportFormat::Kahoot => crate::export::Format::Kahoot,
        ExportFormat::Qti => crate::export::Format::Qti,
    };
    let options = crate::export::Options {
        title: &title,
        topic_name: &topic_name,
        key,
        article: article.then_some(paragraphs.as_slice()),
    };
    let exported = crate::export::export(format, &questions, &options);
    let name = format.written_as();
    if out.as_os_str() == "-" {
        let mut o = io::stdout().lock();
        o.write_all(&exported.bytes)?;
        o.flush()?;
    } else {
        study::store::write_atomic(&destination(out)?, &exported.bytes)
            .map_err(|e| Failure::input(format!("{} cannot be written: {e}", out.display())))?;
    }
    say(format_args!("{}", exported.summary(name)));
    for l in exported.left_out.iter().take(NAMED) {
        say(format_args!("left out {}: {}", l.id, l.why));
    }
    if exported.left_out.len() > NAMED {
        say(format_args!("and {} more left out for the reasons above.", exported.left_out.len() - NAMED));
    }
    Ok(())
}

/// Reads a learner's line as a response to `q`; `None` if it cannot be one (the learner is asked again).
pub fn parse_response(q: &Question, line: &str) -> Option<Response> {
    let line = line.trim();
    let pick = |token: &str, n: usize| -> Option<usize> {
        let t = token.trim().trim_end_matches([')', '.']);
        if let Ok(k) = t.parse::<usize>() {
            return (1..=n).contains(&k).then(|| k - 1);
        }
        let mut chars = t.chars();
        let c = chars.next()?.to_ascii_uppercase();
        (chars.next().is_none() && c.is_ascii_uppercase()).then(|| (c as u8 - b'A') as usize).filter(|&i| i < n)
    };
    let tokens = |n: usize| -> Option<Vec<usize>> {
        let parts: Vec<&str> = if line.contains([' ', ',', '-']) {
            line.split([' ', ',', '-']).filter(|t| !t.is_empty()).collect()
        } else {
            line.char_indices().map(|(i, c)| &line[i..i + c.len_utf8()]).collect()
        };
        parts.into_iter().map(|t| pick(t, n)).collect()
    };
    match &q.body {
        Body::Choice { options, .. } => pick(line, options.len())
            .or_else(|| options.iter().position(|o| o.eq_ignore_ascii_case(line)))
            .map(Response::Choice),
        Body::TrueFalse { .. } => match line.to_ascii_lowercase().as_str() {
            "t" | "true" | "y" | "yes" | "1" => Some(Response::Bool(true)),
            "f" | "false" | "n" | "no" | "2" => Some(Response::Bool(false)),
            _ => None,
        },
        Body::Typed { .. } => (!line.is_empty()).then(|| Response::Text(line.to_string())),
        Body::Match { left, right, .. } => {
            let picks = tokens(right.len())?;
            (picks.len() == left.len()).then(|| Response::Pairs(picks.into_iter().map(Some).collect()))
        }
        Body::Order { items, .. } => {
            let picks = tokens(items.len())?;
            (picks.len() == items.len()).then_some(Response::Order(picks))
        }
    }
}

/// The data folder, or the error that says there is none.
fn data_dir() -> Result<PathBuf, Failure> {
    crate::paths::data_dir().ok_or_else(|| StoreError::NoDataDir.into())
}

fn warn(warnings: Vec<study::Warning>) {
    for w in warnings {
        say(format_args!("warning: {w}"));
    }
}

/// Says on stderr which entries of the learner list are ignored (a bad or repeated folder id).
fn warn_ignored_learners(data: &Path) {
    if let Ok(list) = profiles::Profiles::load(data) {
        for w in list.warnings(data) {
            say(format_args!("warning: {w}"));
        }
    }
}

/// The learner with folder id `id` (`--profile-id`), or the sentence that says there is none.
fn learner_by_id(data: &Path, id: &str) -> Result<profiles::Profile, Failure> {
    profiles::resolve_id(data, id)?.ok_or_else(|| {
        Failure::input(format!(
            "no learner has the folder id \"{}\"; `dossier profile list` shows the learners, and --profile NAME \
             chooses one by name.",
            crate::pack::check::printable(id)
        ))
    })
}

/// Opens the learner to record for: the one named (added if new), the one with `--profile-id`, the last
/// used, or a default one. Without `--profile` and without a data folder, answers are not recorded (said on
/// stderr) rather than refused.
fn recorder(learner: &LearnerArg, now: Now) -> Result<Option<Study>, Failure> {
    let Some(data) = crate::paths::data_dir() else {
        if learner.profile.is_some() || learner.profile_id.is_some() {
            return Err(StoreError::NoDataDir.into());
        }
        say(format_args!("warning: answers are not saved: {}", StoreError::NoDataDir));
        return Ok(None);
    };
    warn_ignored_learners(&data);
    let (profile, added) = match &learner.profile_id {
        Some(id) => {
            let profile = learner_by_id(&data, id)?;
            profiles::set_last_used(&data, &profile)?;
            (profile, false)
        }
        None => profiles::resolve_for_recording(&data, learner.profile.as_deref(), now.at)?,
    };
    if added {
        say(format_args!("new learner \u{201c}{}\u{201d}.", profile.name));
    }
    let mut study = Study::open(&data, &profile)
        .map_err(|e| Failure::input(format!("answers cannot be recorded for \u{201c}{}\u{201d}: {e}", profile.name)))?;
    warn(study.take_warnings());
    Ok(Some(study))
}

/// The packs a review of what is due spans when no `--pack` is given: the bundled packs and every usable
/// pack of the data folder; one that cannot be read is left out with a warning.
fn all_packs() -> Result<Vec<Bank>, Failure> {
    let mut packs = vec![load(&PackArg { pack: None })?];
    for bundled in crate::pack::LIBRARY.iter().skip(1) {
        match Bank::from_bundled(bundled) {
            Ok(p) => packs.push(p),
            Err(e) => say(format_args!("warning: a bundled pack is left out of the review (please report this):\n{e}")),
        }
    }
    for path in crate::paths::user_packs() {
        match Bank::load(&path) {
            Ok(p) if packs.iter().any(|q| q.pack.id() == p.pack.id()) => {
                say(format_args!(
                    "warning: {} is left out: another pack has the id \"{}\".",
                    path.display(),
                    p.pack.id()
                ));
            }
            Ok(p) => packs.push(p),
            Err(e) => say(format_args!("warning: a pack is left out of the review:\n{e}")),
        }
    }
    Ok(packs)
}

/// The questions for `mode`, each with the index in `packs` of its pack: a seeded draw from the first
/// pack, or the cards FSRS picks (in the first pack, or across all of `packs` when `across`).
fn questions_for_mode(
    packs: &[Bank],
    across: bool,
    pick: &PickArgs,
    mode: PlayMode,
    study: Option<&Study>,
    left_out: &std::collections::BTreeSet<String>,
    now: Now,
) -> Result<Vec<(usize, Question)>, Failure> {
    let Some(first) = packs.first() else { return Ok(Vec::new()) };
    let count = usize::try_from(pick.count).unwrap_or(usize::MAX);
    let only = (!across).then(|| first.pack.id());
    let cards = match (mode, study) {
        (PlayMode::Practice | PlayMode::Exam, _) => {
            return Ok(draw_without(first, pick, left_out)?.into_iter().map(|q| (0, q)).collect());
        }
        (_, None) => return Err(Failure::input("review and weak-spot modes need a learner whose answers are saved.")),
        (PlayMode::Review, Some(s)) => s.due(now, only),
        (PlayMode::Weak, Some(s)) => s.weak(now, only, count),
    };
    let settings = if across { settings_across(packs, pick)? } else { settings(&first.pack, pick)? };
    let banks: Vec<(&str, Vec<Question>)> = packs
        .iter()
        .map(|b| {
            let kept = b.questions.iter().filter(|q| settings.admits(q) && !left_out.contains(&q.id));
            (b.pack.id(), kept.cloned().collect())
        })
        .collect();
    let banks: Vec<(&str, &[Question])> = banks.iter().map(|(id, b)| (*id, b.as_slice())).collect();
    Ok(study::questions_across(&banks, &cards, count))
}

/// The ids of the questions `study`'s learner reported; if their file cannot be read, none, with a warning
/// (the file is left as it is).
fn flagged(study: &Study) -> std::collections::BTreeSet<String> {
    study::flags::load(study.dir()).map_or_else(
        |e| {
            say(format_args!("warning: reported questions are not left out: {e}"));
            std::collections::BTreeSet::new()
        },
        |f| f.ids(),
    )
}

/// The filters of `pick` for a quiz over several packs: a topic must exist in at least one of them.
fn settings_across(packs: &[Bank], pick: &PickArgs) -> Result<QuizSettings, Failure> {
    if let Some(t) = pick.topics.iter().find(|t| packs.iter().all(|b| b.pack.topic(t).is_none())) {
        return Err(Failure::Usage(format!("unknown topic \"{t}\": no pack has it")));
    }
    Ok(filters(pick))
}

/// `dossier play`: a quiz in the terminal. A review without `--pack` asks what is due in every pack.
///
/// It drives the engine's [`Session`] as the desktop app does (answer, then advance past the feedback;
/// an exam moves on by itself and ends with its last answer), so scoring and timing are the session's.
/// Unlike the app it records each answer at once, exam answers too: what "Saved." acknowledged is on
/// disk, whenever the program is stopped.
/// `dossier play --code CODE`: the quiz the code stands for, from whichever pack here it was made from; a
/// code that is mistyped, or whose pack is missing or changed, is refused with a sentence (exit 1).
fn play_code(code: &str, learner: &LearnerArg, results: Option<&Path>) -> Result<(), Failure> {
    let mut banks = all_packs()?;
    let packs: Vec<&Pack> = banks.iter().map(|b| &b.pack).collect();
    let (pack, plan) = study::code::decode(code, &packs).map_err(|e| Failure::input(e.to_string()))?;
    let at = banks.iter().position(|b| b.pack.id() == pack.id()).unwrap_or(0);
    let bank = banks.swap_remove(at);
    let pick = PickArgs {
        seed: plan.settings.seed,
        count: plan.settings.count as u64,
        kinds: plan.settings.kinds.clone(),
        topics: plan.settings.topics.clone(),
    };
    let mode = if plan.mode == Mode::Exam { PlayMode::Exam } else { PlayMode::Practice };
    if let Some(m) = plan.minutes {
        say(format_args!("this exam has a time limit of {m} minutes in the app; the terminal does not keep time."));
    }
    // Where the results go is known before the quiz starts, so a student never answers in vain.
    if let Some(r) = results.filter(|r| !r.is_dir()) {
        destination(r).map_err(|_| {
            Failure::input(format!("the results cannot be saved to {}: there is no such folder.", r.display()))
        })?;
    }
    let code = study::code::encode(&bank.pack, &plan).unwrap_or_else(|_| code.trim().to_string());
    play_banks(&[bank], false, &pick, learner, mode, results.map(|r| (code.as_str(), r)))
}

/// The file `path` names, in a folder that exists: a mistyped path is said, never silently created.
fn destination(path: &Path) -> Result<PathBuf, Failure> {
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if !folder.is_dir() {
        return Err(Failure::input(format!(
            "{} cannot be written: there is no folder {}.",
            path.display(),
            folder.display()
        )));
    }
    Ok(folder.join(path.file_name().unwrap_or(path.as_os_str())))
}

/// `dossier gradebook`: the class view of the results files (folders are searched for them) in `format`
/// on standard output; every file left out is said on standard error. Exit 1 when no file could be used.
fn gradebook(paths: &[PathBuf], code: Option<&str>, format: GradebookFormat) -> Result<(), Failure> {
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            let found = study::gradebook::files_in(p);
            if found.is_empty() {
                say(format_args!("{}: no results files (*.dossier-results.ron) in this folder.", p.display()));
            }
            files.extend(found);
        } else {
            files.push(p.clone());
        }
    }
    let book = study::gradebook::from_files(&files, code);
    for l in &book.left_out {
        say(format_args!("{}: {}; left out.", l.path.display(), l.why));
    }
    if book.students.is_empty() {
        return Err(Failure::input(match code {
            Some(c) => format!("no results file of the quiz {c} could be used."),
            None => "no results file could be used.".to_string(),
        }));
    }
    let text = match format {
        GradebookFormat::Text => crate::export::gradebook::text(&book),
        GradebookFormat::Csv => crate::export::gradebook::csv(&book),
        GradebookFormat::Html => crate::export::gradebook::html_page(&book),
    };
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    Ok(out.flush()?)
}

fn play(arg: &PackArg, pick: &PickArgs, learner: &LearnerArg, mode: PlayMode) -> Result<(), Failure> {
    let across = mode == PlayMode::Review && arg.pack.is_none();
    let packs = if across { all_packs()? } else { vec![load(arg)?] };
    play_banks(&packs, across, pick, learner, mode, None)
}

/// Takes the quiz `mode` and `pick` ask for from `packs` (the first pack, or all of them when `across`).
fn play_banks(
    packs: &[Bank],
    across: bool,
    pick: &PickArgs,
    learner: &LearnerArg,
    mode: PlayMode,
    results: Option<(&str, &Path)>,
) -> Result<(), Failure> {
    let mut study = recorder(learner, Now::system())?;
    let left_out = study.as_ref().map(flagged).unwrap_or_default();
    let questions = questions_for_mode(packs, across, pick, mode, study.as_ref(), &left_out, Now::system())?;
    let mut out = io::stdout().lock();
    if questions.is_empty() {
        writeln!(
            out,
            "{}",
            match mode {
                PlayMode::Review if across => {
                    "Nothing is due for review today in any pack. Come back tomorrow, or practise with --mode practice."
                }
                PlayMode::Review => {
                    "Nothing in this pack is due for review today. Come back tomorrow, or practise with --mode practice."
                }
                _ => "No answers to this pack are recorded yet: practise first (--mode practice).",
            }
        )?;
        return Ok(out.flush()?);
    }
    // The session's "now": seconds on a monotonic clock since the quiz was drawn.
    let clock = Instant::now();
    let now = || clock.elapsed().as_secs_f64();
    let (at, questions): (Vec<usize>, Vec<Question>) = questions.into_iter().unzip();
    let id = |p: usize| packs.get(p).map_or("", |b| b.pack.id()).to_string();
    let plan = QuizPlan { pack: id(0), settings: filters(pick), mode: mode.mode(), minutes: None, focus: None };
    let mut session = Session::with_packs(plan, questions, at.iter().map(|&p| id(p)).collect(), now());
    let title = |p: usize| packs.get(p).map_or("", |b| b.pack.sheet.title.as_str());
    let total = session.questions.len();
    if across {
        session.sources = at.iter().map(|&p| title(p).to_string()).collect();
        let mut used = at;
        used.sort_unstable();
        used.dedup();
        let from = if used.len() == 1 { "1 pack".to_string() } else { format!("{} packs", used.len()) };
        writeln!(out, "Review of what is due today: {total} questions from {from}\n")?;
    } else {
        writeln!(out, "{} (seed {}): {total} questions\n", title(0), pick.seed)?;
    }
    let stdin = io::stdin();
    let mut lines = stdin.lock().lines();
    while let Some(q) = session.question().cloned() {
        let i = session.current;
        let source = session.sources.get(i).map_or_else(String::new, |s| format!(" \u{b7} {s}"));
        write!(out, "Question {} of {total}{source}\n{}", i + 1, text::question(i + 1, &q))?;
        writeln!(out, "   {}", text::answer_hint(&q))?;
        // The question's clock runs while the learner can read it, until the answer is in: recording and
        // feedback take none of the next question's time.
        session.resume(now());
        let Some(response) = ask(&mut out, &mut lines, &q)? else {
            session.finish(now());
            writeln!(out, "\n(end of input)")?;
            break;
        };
        let t = now();
        session.answer(response, t);
        session.pause(t);
        if let Some(Answer { response: Some(response), grade }) = session.answers.get(i).cloned().flatten() {
            if !session.is_exam() {
                write!(out, "{}", feedback(&q, &grade))?;
            }
            if let Some(s) = &mut study {
                let pack = session.pack_of(i);
                let secs = session.time_on(i, t);
                let attempt =
                    study::attempt_for(pack, &q, &response, grade.score, secs, session.plan.mode, Now::system());
                s.record(&attempt).map_err(|e| Failure::input(format!("the answer was not saved: {e}")))?;
                writeln!(out, "Saved.")?;
                warn(s.take_warnings());
            }
        }
        writeln!(out)?;
        if !session.is_exam() {
            session.advance(now());
        } else if session.unanswered().is_empty() {
            session.finish(now());
        }
    }
    if session.is_exam() && session.answered() > 0 {
        writeln!(out, "Answers:\n")?;
        for (i, (q, a)) in session.questions.iter().zip(&session.answers).enumerate() {
            if let Some(a) = a {
                writeln!(out, "{}. {}\n{}", i + 1, visible(&q.prompt), feedback(q, &a.grade))?;
            }
        }
    }
    // The score of the questions answered: a quiz whose input ended early counts only those.
    let (score, asked) = (session.score(), session.answered());
    let pct = if asked == 0 { 0.0 } else { 100.0 * score / asked as f64 };
    writeln!(out, "Score: {} / {asked} ({pct:.0}%)", crate::generate::phrasing::number((score * 10.0).round() / 10.0))?;
    if let Some(s) = &mut study {
        if let Err(e) = s.checkpoint() {
            say(format_args!(
                "warning: the snapshot of card states was not saved ({e}); the next start reads the log instead."
            ));
        }
        let due = s.due(Now::system(), None).len();
        writeln!(out, "Recorded for {}. Cards due today: {due}.", s.profile().name)?;
    }
    if let Some((code, path)) = results {
        let student = study.as_ref().map_or_else(|| "Learner".to_string(), |s| s.profile().name.clone());
        let r = study::results::Results::of(&session, &student, code, title(0), Now::system().at);
        let file =
            if path.is_dir() { path.join(study::results::file_name(&student, code)) } else { path.to_path_buf() };
        study::results::write(&file, &r).map_err(|e| Failure::input(format!("the results were not saved: {e}")))?;
        writeln!(out, "Results for the teacher saved to {}.", file.display())?;
    }
    Ok(out.flush()?)
}

/// Prompts for an answer to `q` until a line of `lines` is one (a line that is not is answered with the
/// hint, and asked again); `None` when the input ends (or cannot be read) first.
fn ask(
    out: &mut impl Write,
    lines: &mut impl Iterator<Item = io::Result<String>>,
    q: &Question,
) -> io::Result<Option<Response>> {
    loop {
        write!(out, "> ")?;
        out.flush()?;
        let Some(Ok(line)) = lines.next() else { return Ok(None) };
        if let Some(r) = parse_response(q, &line) {
            return Ok(Some(r));
        }
        writeln!(out, "That is not an answer to this question. {}", text::answer_hint(q))?;
    }
}

/// What the learner is told of an answer graded `g` to `q`, a line each: the verdict (with the right
/// answer unless it was right), the grader's note if there is one, and the evidence.
fn feedback(q: &Question, g: &Grade) -> String {
    let verdict = if g.is_right() {
        "Right.".to_string()
    } else if g.score > 0.0 {
        format!("Partly right ({:.0}%). The answer: {}", g.score * 100.0, text::key_answer(q))
    } else {
        format!("Wrong. The answer: {}", text::key_answer(q))
    };
    let note = g.note.as_ref().map_or_else(String::new, |n| format!("{}\n", visible(n)));
    format!("{verdict}\n{note}Evidence: \u{201c}{}\u{201d}\n", visible(&q.evidence.join(" / ")))
}

/// `dossier profile`: lists, adds, renames or removes learners.
fn profile(action: ProfileAction) -> Result<(), Failure> {
    let data = data_dir()?;
    let now = Now::system().at;
    warn_ignored_learners(&data);
    let mut out = io::stdout().lock();
    match action {
        ProfileAction::List => {
            let list = profiles::Profiles::load(&data)?;
            if list.profiles.is_empty() {
                writeln!(out, "No learners yet. Add one with `dossier profile add NAME`, or just play.")?;
            }
            let last = list.last_used().map(|p| p.id.clone());
            for p in &list.profiles {
                let mark = if last.as_deref() == Some(p.id.as_str()) { '*' } else { ' ' };
                writeln!(out, "{mark} {}", p.name)?;
            }
        }
        ProfileAction::Add { name } => {
            let p = profiles::add(&data, &name, now)?;
            writeln!(out, "Added learner \u{201c}{}\u{201d}.", p.name)?;
        }
        ProfileAction::Rename { name, new_name } => {
            let list = profiles::Profiles::load(&data)?;
            let id = list.find(&name).map(|p| p.id.clone()).ok_or_else(|| ProfileError::NotFound {
                name: name.trim().to_string(),
                known: list.profiles.iter().map(|p| p.name.clone()).collect(),
            })?;
            let p = profiles::rename(&data, &id, &new_name)?;
            writeln!(out, "Renamed \u{201c}{}\u{201d} to \u{201c}{}\u{201d}.", name.trim(), p.name)?;
        }
        ProfileAction::Remove { name, yes } => {
            let list = profiles::Profiles::load(&data)?;
            let Some(p) = list.find(&name) else {
                return Err(ProfileError::NotFound {
                    name: name.trim().to_string(),
                    known: list.profiles.iter().map(|p| p.name.clone()).collect(),
                }
                .into());
            };
            if !yes && !confirm(&mut out, &data, &p.name)? {
                return Err(Failure::input("nothing was removed."));
            }
            match profiles::remove(&data, &p.id, now)? {
                Some(to) => {
                    writeln!(out, "Removed \u{201c}{}\u{201d}; their data was moved to {}.", p.name, to.display())?;
                }
                None => writeln!(out, "Removed \u{201c}{}\u{201d} (they had no data).", p.name)?,
            }
        }
    }
    Ok(out.flush()?)
}

/// Asks on standard input whether to remove a learner; only "y" or "yes" confirm (an unreadable answer
/// is no).
fn confirm(out: &mut impl Write, data: &Path, name: &str) -> io::Result<bool> {
    write!(
        out,
        "Remove learner \u{201c}{name}\u{201d}? Their answers will be moved to {}. [y/N] ",
        profiles::trash_dir(data).display()
    )?;
    out.flush()?;
    let mut line = String::new();
    if io::stdin().lock().read_line(&mut line).is_err() {
        return Ok(false);
    }
    Ok(matches!(line.trim().to_lowercase().as_str(), "y" | "yes"))
}

/// `dossier stats`: a learner's progress as text, CSV or one JSON object.
fn print_stats(learner: &LearnerArg, format: StatsFormat) -> Result<(), Failure> {
    let data = data_dir()?;
    let now = Now::system();
    warn_ignored_learners(&data);
    let chosen = match &learner.profile_id {
        Some(id) => Some(learner_by_id(&data, id)?),
        None => profiles::resolve(&data, learner.profile.as_deref())?,
    };
    let (name, stats) = match chosen {
        Some(profile) => {
            let mut study = Study::open(&data, &profile)?;
            warn(study.take_warnings());
            (profile.name.clone(), study.stats(now))
        }
        None => (
            profiles::DEFAULT_NAME.to_string(),
            study::stats(&study::History::default(), &study::Scheduler::default(), now),
        ),
    };
    let mut out = io::stdout().lock();
    match format {
        StatsFormat::Text => write!(out, "{}", stats.to_text(&name))?,
        StatsFormat::Csv => write!(out, "{}", stats.to_csv())?,
        StatsFormat::Json => {
            let mut value = serde_json::to_value(&stats).unwrap_or_default();
            if let Some(obj) = value.as_object_mut() {
                obj.insert("learner".into(), name.into());
            }
            writeln!(out, "{value}")?;
        }
    }
    Ok(out.flush()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grade::grade;

    fn question(kind: QuestionKind, body: Body) -> Question {
        Question {
            id: "q".into(),
            kind,
            prompt: "Which?".into(),
            body,
            facts: vec!["f".into()],
            evidence: vec!["first quote".into(), "second quote".into()],
            topics: Vec::new(),
        }
    }

    #[test]
    fn the_version_names_the_fact_sheet_schema_this_build_reads() {
        let schema = crate::pack::schema::SCHEMA_VERSION;
        assert!(VERSION.ends_with(&format!("(fact-sheet schema {schema})")), "{VERSION}");
        assert!(VERSION.starts_with(env!("CARGO_PKG_VERSION")));
    }

    #[test]
    fn a_line_that_is_no_answer_is_asked_again_until_one_is_or_the_input_ends() {
        let q = question(QuestionKind::Tf, Body::TrueFalse { answer: true });
        let mut lines = ["maybe", " t "].into_iter().map(|l| Ok(l.to_string()));
        let mut out = Vec::new();
        assert_eq!(ask(&mut out, &mut lines, &q).expect("written"), Some(Response::Bool(true)));
        assert_eq!(
            String::from_utf8(out).expect("utf-8"),
            "> That is not an answer to this question. Answer T (true) or F (false).\n> "
        );
        let mut out = Vec::new();
        assert_eq!(ask(&mut out, &mut lines, &q).expect("written"), None, "the input has ended");
        assert_eq!(out, b"> ");
    }

    #[test]
    fn feedback_says_the_verdict_the_right_answer_unless_given_and_the_evidence() {
        let items = vec!["Second".to_string(), "First".to_string(), "Third".to_string()];
        let q = question(QuestionKind::Order, Body::Order { items, order: vec![1, 0, 2] });
        let evidence = "Evidence: \u{201c}first quote / second quote\u{201d}\n";
        let right = grade(&q, &Response::Order(vec![1, 0, 2]));
        assert_eq!(feedback(&q, &right), format!("Right.\n{evidence}"));
        let partly = Grade { score: 2.0 / 3.0, note: None };
        assert_eq!(
            feedback(&q, &partly),
            format!("Partly right (67%). The answer: B A C (First | Second | Third)\n{evidence}")
        );
        let noted = Grade { score: 0.0, note: Some("A note.".into()) };
        assert_eq!(
            feedback(&q, &noted),
            format!("Wrong. The answer: B A C (First | Second | Third)\nA note.\n{evidence}")
        );
    }
}
