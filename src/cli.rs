//! The command line: `check`, `bank`, `quiz` and `play`, a thin face over the engine.

use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::export::{json, text};
use crate::generate::{Body, Question, QuestionKind, QuizSettings, Response, bank, quiz};
use crate::grade::grade;
use crate::pack::{BUNDLED_SHEET_NAME, Pack};

/// Study a news article: its facts, generated questions, grading.
#[derive(Debug, Parser)]
#[command(name = "dossier", version, about, long_about = None)]
pub struct Cli {
    /// What to do; without a command the desktop app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check fact sheets: syntax, ids, evidence quotes, dates, question yield.
    Check {
        /// Fact sheets to check (default: the bundled pack and every pack in the data folder).
        paths: Vec<PathBuf>,
    },
    /// Print every question the pack yields.
    Bank {
        #[command(flatten)]
        pack: PackArg,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
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
    },
    /// Take a quiz in the terminal: one answer a line on standard input.
    Play {
        #[command(flatten)]
        pack: PackArg,
        #[command(flatten)]
        pick: PickArgs,
    },
}

/// Which pack to use.
#[derive(Debug, clap::Args)]
pub struct PackArg {
    /// A fact sheet (.ron) to use instead of the bundled pack.
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

/// A failure to report: the sentence, and whether it was a usage error (exit 2) or bad input (exit 1).
struct Failure {
    message: String,
    usage: bool,
}

impl Failure {
    fn input(message: impl Into<String>) -> Self {
        Self { message: message.into(), usage: false }
    }
}

/// Runs a subcommand and turns its outcome into an exit code, errors on stderr.
pub fn run(command: Command) -> ExitCode {
    let result = match command {
        Command::Check { paths } => return check(&paths),
        Command::Bank { pack, format } => load(&pack).map(|p| print_bank(&p, format)),
        Command::Quiz { pack, pick, format, key } => load(&pack).and_then(|p| print_quiz(&p, &pick, format, key)),
        Command::Play { pack, pick } => load(&pack).and_then(|p| play(&p, &pick)),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("dossier: {}", f.message);
            ExitCode::from(if f.usage { 2 } else { 1 })
        }
    }
}

fn load(arg: &PackArg) -> Result<Pack, Failure> {
    match &arg.pack {
        Some(path) => Pack::load(path).map_err(|e| Failure::input(format!("the pack cannot be used:\n{e}"))),
        None => Pack::bundled()
            .map_err(|e| Failure::input(format!("the bundled pack is broken (please report this):\n{e}"))),
    }
}

fn check(paths: &[PathBuf]) -> ExitCode {
    let mut problems = 0;
    let mut checked = 0;
    let mut report = |name: &str, result: Result<Pack, crate::pack::PackError>| {
        checked += 1;
        match result {
            Ok(pack) => {
                let n = bank(&pack).len();
                println!(
                    "{name}: ok ({} entities, {} facts, {n} questions)",
                    pack.sheet.entities.len(),
                    pack.sheet.facts.len()
                );
            }
            Err(e) => {
                problems += e.problems.len();
                for p in &e.problems {
                    println!("{p}");
                }
            }
        }
    };
    if paths.is_empty() {
        report(BUNDLED_SHEET_NAME, Pack::bundled());
        for path in crate::paths::user_packs() {
            report(&path.display().to_string(), Pack::load(&path));
        }
    } else {
        for path in paths {
            report(&path.display().to_string(), Pack::load(path));
        }
    }
    if problems == 0 {
        ExitCode::SUCCESS
    } else {
        eprintln!("dossier: {problems} problem{} in {checked} fact sheet{}.", plural(problems), plural(checked));
        ExitCode::from(1)
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn print_bank(pack: &Pack, format: Format) {
    let questions = bank(pack);
    let mut out = std::io::stdout().lock();
    for (i, q) in questions.iter().enumerate() {
        let _ = match format {
            Format::Json => writeln!(out, "{}", json::line(q)),
            Format::Text => writeln!(
                out,
                "{}   id: {}\n   answer: {}\n   evidence: \u{201c}{}\u{201d}\n",
                text::question(i + 1, q),
                q.id,
                text::key_answer(q),
                q.evidence.join(" / ")
            ),
        };
    }
}

fn settings(pack: &Pack, pick: &PickArgs) -> Result<QuizSettings, Failure> {
    if let Some(t) = pick.topics.iter().find(|t| pack.topic(t).is_none()) {
        let known: Vec<&str> = pack.sheet.topics.iter().map(|t| t.id.as_str()).collect();
        return Err(Failure {
            message: format!("unknown topic \"{t}\"; this pack's topics are: {}", known.join(", ")),
            usage: true,
        });
    }
    Ok(QuizSettings {
        seed: pick.seed,
        count: usize::try_from(pick.count).unwrap_or(usize::MAX),
        kinds: pick.kinds.clone(),
        topics: pick.topics.clone(),
        facts: Vec::new(),
    })
}

fn draw(pack: &Pack, pick: &PickArgs) -> Result<Vec<Question>, Failure> {
    let questions = quiz(&bank(pack), &settings(pack, pick)?);
    if questions.is_empty() {
        return Err(Failure::input("no question matches these kinds and topics; choose fewer filters."));
    }
    Ok(questions)
}

fn print_quiz(pack: &Pack, pick: &PickArgs, format: QuizFormat, key: bool) -> Result<(), Failure> {
    let questions = draw(pack, pick)?;
    let title = format!("{} (seed {})", pack.sheet.title, pick.seed);
    let mut out = std::io::stdout().lock();
    let _ = match format {
        QuizFormat::Text => write!(out, "{}", text::quiz(&title, &questions, key)),
        QuizFormat::Markdown => write!(out, "{}", text::markdown(&title, &questions, key)),
        QuizFormat::Json => questions.iter().try_for_each(|q| writeln!(out, "{}", json::line(q))),
    };
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

fn play(pack: &Pack, pick: &PickArgs) -> Result<(), Failure> {
    let questions = draw(pack, pick)?;
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut out = std::io::stdout().lock();
    let (mut score, mut asked) = (0.0, 0usize);
    let _ = writeln!(out, "{} (seed {}): {} questions\n", pack.sheet.title, pick.seed, questions.len());
    'quiz: for (i, q) in questions.iter().enumerate() {
        let _ = write!(out, "Question {} of {}\n{}", i + 1, questions.len(), text::question(i + 1, q));
        let _ = writeln!(out, "   {}", text::answer_hint(q));
        let response = loop {
            let _ = write!(out, "> ");
            let _ = out.flush();
            let Some(Ok(line)) = lines.next() else {
                let _ = writeln!(out, "\n(end of input)");
                break 'quiz;
            };
            if let Some(r) = parse_response(q, &line) {
                break r;
            }
            let _ = writeln!(out, "That is not an answer to this question. {}", text::answer_hint(q));
        };
        let g = grade(q, &response);
        asked += 1;
        score += g.score;
        let verdict = if g.is_right() {
            "Right.".to_string()
        } else if g.score > 0.0 {
            format!("Partly right ({:.0}%). The answer: {}", g.score * 100.0, text::key_answer(q))
        } else {
            format!("Wrong. The answer: {}", text::key_answer(q))
        };
        let _ = writeln!(out, "{verdict}");
        if let Some(note) = &g.note {
            let _ = writeln!(out, "{note}");
        }
        let _ = writeln!(out, "Evidence: \u{201c}{}\u{201d}\n", q.evidence.join(" / "));
    }
    let pct = if asked == 0 { 0.0 } else { 100.0 * score / asked as f64 };
    let _ = writeln!(
        out,
        "Score: {} / {asked} ({pct:.0}%)",
        crate::generate::phrasing::number((score * 10.0).round() / 10.0)
    );
    Ok(())
}
