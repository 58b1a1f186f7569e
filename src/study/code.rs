//! Quiz codes: a short code a teacher reads out or writes on the board (`LEE-4K7Q-2M9X-PQ`) that builds the
//! same quiz on every student's machine, with no server.
//!
//! A code holds the quiz's plan — which pack (a short hash of its content, so a changed pack is caught),
//! the seed, the count, the kinds, the topics, practice or exam and the exam's time limit — packed into
//! bits and written in Crockford's base 32 (digits and letters without I, L, O and U, so nothing reads as
//! something else; typing O for 0 or I and L for 1 is forgiven), followed by one check character (Luhn
//! mod 32), which catches any one mistyped character and any two neighbours swapped. The letters before
//! the first dash name the pack for people ("LEE" for lee-china-japan); only the hash identifies it.
//!
//! Two versions of the format exist, told apart by the first two bits. Version 0 (the first) holds seeds
//! up to 65,535 in 16 bits; version 1 holds any seed (`u64`) in the fewest of 20, 32, 48 or 64 bits, named
//! by two bits, so the app's own six-digit seeds cost one character more than version 0. A plan whose seed
//! fits 16 bits is still written as version 0, so a quiz keeps the code it had.
//!
//! Rules kept: decoding a code either gives exactly the plan that was encoded, against the very pack
//! content it was made from, or a sentence that says why not — a typo, a missing pack, a pack whose
//! content changed. Never a silently different quiz. Every code ever written decodes to the same quiz in
//! every later Dossier (a code on last week's board still works).

use std::fmt;

use crate::generate::QuizSettings;
use crate::pack::Pack;
use crate::question::QuestionKind;
use crate::study::Mode;
use crate::study::session::QuizPlan;

/// Crockford's base-32 alphabet.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The first format's version, in the first bits, so a later format can tell its codes apart: seeds
/// of 16 bits.
const VERSION_SHORT: u64 = 0;
/// The second format: any seed, in one of [`SEED_WIDTHS`].
const VERSION_WIDE: u64 = 1;
const VERSION_BITS: u32 = 2;
/// Bits of the pack's content hash a code keeps.
const HASH_BITS: u32 = 15;
/// The largest seed the first, shortest format carries (16 bits); a larger one makes a version-1 code.
pub const SHORT_SEED_MAX: u64 = u16::MAX as u64;
/// The seed widths of version 1, named by two bits: the app's six-digit seeds fit the first.
const SEED_WIDTHS: [u32; 4] = [20, 32, 48, 64];
/// The largest question count a code carries (7 bits, 1 to 128).
pub const MAX_COUNT: usize = 128;
/// The largest exam time limit in minutes a code carries (6 bits).
pub const MAX_MINUTES: u32 = 63;
/// The most topics a pack may have for a code to name some of them.
pub const MAX_TOPICS: usize = 24;

/// Why a plan has no code, or a code gives no quiz: a sentence for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeError {
    /// The plan cannot be written as a code (a seed too large, too many questions, review mode…).
    Unencodable(String),
    /// The text is not a code at all.
    Malformed(String),
    /// The check character does not match: a character was mistyped.
    Mistyped(String),
    /// No pack here has the content the code was made from.
    NoPack(String),
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (Self::Unencodable(s) | Self::Malformed(s) | Self::Mistyped(s) | Self::NoPack(s)) = self;
        f.write_str(s)
    }
}

impl std::error::Error for CodeError {}

/// Bits written most significant first.
#[derive(Default)]
struct Bits {
    bits: Vec<bool>,
}

impl Bits {
    fn put(&mut self, value: u64, width: u32) {
        for i in (0..width).rev() {
            self.bits.push(value >> i & 1 == 1);
        }
    }
}

/// Bits read back in the order they were written.
struct Reader<'a> {
    bits: &'a [bool],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, width: u32) -> Option<u64> {
        let mut v = 0;
        for _ in 0..width {
            v = v << 1 | u64::from(*self.bits.get(self.at)?);
            self.at += 1;
        }
        Some(v)
    }
}

/// The Luhn mod 32 check character of `digits` (values 0..32).
fn check_digit(digits: &[u8]) -> u8 {
    let mut sum = 0u32;
    for (i, &d) in digits.iter().rev().enumerate() {
        let mut v = u32::from(d);
        if i % 2 == 0 {
            v *= 2;
            v = v / 32 + v % 32;
        }
        sum += v;
    }
    ((32 - sum % 32) % 32) as u8
}

/// The value of a typed code character, forgiving case and the look-alikes O (0), I and L (1).
fn value(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        c => c,
    };
    ALPHABET.iter().position(|&a| char::from(a) == c).and_then(|p| u8::try_from(p).ok())
}

/// The letters that name `pack` for people: the first three letters or digits of its id, upper-case.
pub fn label(pack: &Pack) -> String {
    pack.id().chars().filter(char::is_ascii_alphanumeric).take(3).map(|c| c.to_ascii_uppercase()).collect()
}

fn hash_part(pack: &Pack) -> u64 {
    pack.content_hash() & ((1 << HASH_BITS) - 1)
}

/// The code of `plan` on `pack`, or why there is none. Only practice and exam quizzes have codes (review
/// and weak spots depend on each learner's history); a quiz on chosen facts has none either.
pub fn encode(pack: &Pack, plan: &QuizPlan) -> Result<String, CodeError> {
    let s = &plan.settings;
    let no = |why: String| Err(CodeError::Unencodable(why));
    if !matches!(plan.mode, Mode::Practice | Mode::Exam) {
        return no("only practice quizzes and exams have codes: review and weak spots differ for every learner.".into());
    }
    if !s.facts.is_empty() {
        return no("a quiz on chosen facts has no code; choose topics instead.".into());
    }
    if s.count == 0 || s.count > MAX_COUNT {
        return no(format!("a code holds 1 to {MAX_COUNT} questions."));
    }
    let topics: Vec<&str> = pack.sheet.topics.iter().map(|t| t.id.as_str()).collect();
    if !s.topics.is_empty() && topics.len() > MAX_TOPICS {
        return no(format!("this pack has more than {MAX_TOPICS} topics, too many to name some in a code."));
    }
    if let Some(t) = s.topics.iter().find(|t| !topics.contains(&t.as_str())) {
        return no(format!("this pack has no topic \u{201c}{t}\u{201d}."));
    }
    let minutes = if plan.mode == Mode::Exam { plan.minutes } else { None };
    if minutes.is_some_and(|m| m == 0 || m > MAX_MINUTES) {
        return no(format!("a code holds time limits of 1 to {MAX_MINUTES} minutes."));
    }
    let mut b = Bits::default();
    if s.seed <= SHORT_SEED_MAX {
        b.put(VERSION_SHORT, VERSION_BITS);
        b.put(hash_part(pack), HASH_BITS);
        b.put(s.seed, 16);
    } else {
        b.put(VERSION_WIDE, VERSION_BITS);
        b.put(hash_part(pack), HASH_BITS);
        // The narrowest width that holds the seed; 64 holds every one.
        let class = SEED_WIDTHS.iter().position(|&w| w == 64 || s.seed >> w == 0).unwrap_or(SEED_WIDTHS.len() - 1);
        b.put(class as u64, 2);
        b.put(s.seed, SEED_WIDTHS[class]);
    }
    b.put(s.count as u64 - 1, 7);
    // Every kind ticked is no filter at all (the generator treats both alike): written as no filter, so the
    // setup screen (which ticks every kind) and `quiz --code` (which names none) give one quiz one code.
    let kinds: &[QuestionKind] = if QuestionKind::ALL.iter().all(|k| s.kinds.contains(k)) { &[] } else { &s.kinds };
    b.put(u64::from(!kinds.is_empty()), 1);
    if !kinds.is_empty() {
        for k in QuestionKind::ALL {
            b.put(u64::from(kinds.contains(&k)), 1);
        }
    }
    b.put(u64::from(!s.topics.is_empty()), 1);
    if !s.topics.is_empty() {
        for t in &topics {
            b.put(u64::from(s.topics.iter().any(|x| x == t)), 1);
        }
    }
    b.put(u64::from(plan.mode == Mode::Exam), 1);
    if plan.mode == Mode::Exam {
        b.put(u64::from(minutes.is_some()), 1);
        if let Some(m) = minutes {
            b.put(u64::from(m), 6);
        }
    }
    while b.bits.len() % 5 != 0 {
        b.bits.push(false);
    }
    let mut digits: Vec<u8> = b.bits.chunks(5).map(|c| c.iter().fold(0u8, |v, &bit| v << 1 | u8::from(bit))).collect();
    digits.push(check_digit(&digits));
    let body: String = digits.iter().map(|&d| char::from(ALPHABET[usize::from(d)])).collect();
    let groups: Vec<String> = body.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect();
    let label = label(pack);
    Ok(if label.is_empty() { groups.join("-") } else { format!("{label}-{}", groups.join("-")) })
}

/// The plan a code stands for and the pack (of `packs`) it was made from, or a sentence that says why
/// there is none.
pub fn decode<'p>(code: &str, packs: &[&'p Pack]) -> Result<(&'p Pack, QuizPlan), CodeError> {
    let shown = code.trim();
    let malformed = || {
        CodeError::Malformed(format!(
            "\u{201c}{shown}\u{201d} is not a quiz code: a code is letters and digits in groups, such as LEE-4K7Q-2M9X-PQ."
        ))
    };
    let parts: Vec<&str> = shown.split(['-', ' ']).filter(|p| !p.is_empty()).collect();
    let joined = parts.concat();
    // The pack's letters are for people: a first group of at most three (the body's groups have four, all
    // but the last), or, typed without dashes, the first three letters when they are a pack's. A code typed
    // without them is read the same. Each reading is tried, the pack's letters first.
    // Typed in groups, the body's groups have four characters, all but the last.
    let grouped = |groups: &[&str]| groups.split_last().is_none_or(|(_, rest)| rest.iter().all(|g| g.len() == 4));
    let labelled = parts.len() > 1 && parts.first().is_some_and(|p| p.len() <= 3);
    if !grouped(parts.get(usize::from(labelled)..).unwrap_or_default()) {
        return Err(malformed());
    }
    let mut readings: Vec<(Option<String>, String)> = Vec::new();
    if let Some(first) = parts.first().filter(|p| parts.len() > 1 && p.len() <= 3) {
        readings.push((Some(first.to_ascii_uppercase()), parts.get(1..).unwrap_or_default().concat()));
    }
    if parts.len() == 1 {
        for p in packs {
            let l = label(p);
            if !l.is_empty()
                && joined.len() > l.len()
                && joined.get(..l.len()).is_some_and(|h| h.eq_ignore_ascii_case(&l))
            {
                let rest = joined.get(l.len()..).unwrap_or_default().to_string();
                readings.push((Some(l), rest));
            }
        }
    }
    readings.push((None, joined.clone()));
    let mut first_error = None;
    let mut chosen = None;
    for (named, text) in readings {
        let Some(digits) = text.chars().map(value).collect::<Option<Vec<u8>>>() else {
            first_error.get_or_insert_with(malformed);
            continue;
        };
        match digits.split_last() {
            Some((&check, body)) if body.len() >= 8 => {
                if check_digit(body) == check {
                    chosen = Some((named, body.to_vec()));
                    break;
                }
                first_error.get_or_insert_with(|| {
                    CodeError::Mistyped(format!(
                        "\u{201c}{shown}\u{201d} has a mistyped character (its check character does not match); read it again from the board."
                    ))
                });
            }
            _ => {
                first_error.get_or_insert_with(malformed);
            }
        }
    }
    let Some((named, body)) = chosen else { return Err(first_error.unwrap_or_else(malformed)) };
    let bits: Vec<bool> = body.iter().flat_map(|&d| (0..5).rev().map(move |i| d >> i & 1 == 1)).collect();
    let mut r = Reader { bits: &bits, at: 0 };
    let version = r.take(VERSION_BITS).ok_or_else(malformed)?;
    if version != VERSION_SHORT && version != VERSION_WIDE {
        return Err(CodeError::Malformed(format!(
            "\u{201c}{shown}\u{201d} was made by a newer Dossier; update Dossier to use it."
        )));
    }
    let hash = r.take(HASH_BITS).ok_or_else(malformed)?;
    let Some(&pack) = packs.iter().find(|p| hash_part(p) == hash) else {
        let which = named.as_deref().and_then(|l| packs.iter().find(|p| label(p) == l)).map_or_else(
            || " Add the teacher's article to the Library first.".to_string(),
            |p| {
                format!(
                    " The pack \u{201c}{}\u{201d} here differs from the one the code was made from: it was changed (or the teacher's copy was).",
                    p.sheet.title
                )
            },
        );
        return Err(CodeError::NoPack(format!(
            "no pack on this machine matches the code \u{201c}{shown}\u{201d}.{which}"
        )));
    };
    let seed = if version == VERSION_SHORT {
        r.take(16).ok_or_else(malformed)?
    } else {
        let class = usize::try_from(r.take(2).ok_or_else(malformed)?).map_err(|_| malformed())?;
        r.take(*SEED_WIDTHS.get(class).ok_or_else(malformed)?).ok_or_else(malformed)?
    };
    let count = usize::try_from(r.take(7).ok_or_else(malformed)?).map_err(|_| malformed())? + 1;
    let mut kinds = Vec::new();
    if r.take(1).ok_or_else(malformed)? == 1 {
        for k in QuestionKind::ALL {
            if r.take(1).ok_or_else(malformed)? == 1 {
                kinds.push(k);
            }
        }
    }
    let mut topics = Vec::new();
    if r.take(1).ok_or_else(malformed)? == 1 {
        for t in &pack.sheet.topics {
            if r.take(1).ok_or_else(malformed)? == 1 {
                topics.push(t.id.clone());
            }
        }
    }
    let exam = r.take(1).ok_or_else(malformed)? == 1;
    let minutes = if exam && r.take(1).ok_or_else(malformed)? == 1 {
        Some(u32::try_from(r.take(6).ok_or_else(malformed)?).map_err(|_| malformed())?)
    } else {
        None
    };
    // What is left is padding to a whole character, never a whole character more.
    if bits.len() - r.at >= 5 || bits.get(r.at..).is_some_and(|rest| rest.iter().any(|&b| b)) {
        return Err(malformed());
    }
    let settings = QuizSettings { seed, count, kinds, topics, facts: Vec::new() };
    let mode = if exam { Mode::Exam } else { Mode::Practice };
    Ok((pack, QuizPlan { pack: pack.id().to_string(), settings, mode, minutes, focus: None }))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::pack::LIBRARY;

    fn packs() -> &'static [Pack] {
        static PACKS: std::sync::OnceLock<Vec<Pack>> = std::sync::OnceLock::new();
        PACKS.get_or_init(|| LIBRARY.iter().map(|b| Pack::from_bundled(b).expect("a bundled pack")).collect())
    }

    fn refs(packs: &[Pack]) -> Vec<&Pack> {
        packs.iter().collect()
    }

    fn plan(pack: &Pack, seed: u64, count: usize, mode: Mode, minutes: Option<u32>) -> QuizPlan {
        QuizPlan {
            pack: pack.id().to_string(),
            settings: QuizSettings { seed, count, ..Default::default() },
            mode,
            minutes,
            focus: None,
        }
    }

    #[test]
    fn every_kind_ticked_and_no_kind_named_are_one_quiz_with_one_code() {
        // The setup screen ticks every kind; `quiz --code` names none. Both draw the same questions, so a
        // class must not get two codes (and two gradebooks) for one quiz.
        let packs = packs();
        let none = plan(&packs[0], 4242, 20, Mode::Practice, None);
        let mut all = none.clone();
        all.settings.kinds = QuestionKind::ALL.to_vec();
        let bank = crate::generate::bank(&packs[0]);
        let ids =
            |p: &QuizPlan| crate::generate::quiz(&bank, &p.settings).into_iter().map(|q| q.id).collect::<Vec<_>>();
        assert_eq!(ids(&all), ids(&none));
        assert_eq!(encode(&packs[0], &all), encode(&packs[0], &none));
        let mut some = all.clone();
        some.settings.kinds.pop();
        assert_ne!(encode(&packs[0], &some), encode(&packs[0], &none), "a real filter keeps its own code");
    }

    #[test]
    fn a_plain_practice_code_is_short_and_names_its_pack() {
        let packs = packs();
        let code = encode(&packs[0], &plan(&packs[0], 4242, 20, Mode::Practice, None)).expect("a code");
        assert!(code.starts_with("LEE-"), "{code}");
        assert!(code.len() <= 16, "{code}");
        let (pack, back) = decode(&code, &refs(packs)).expect("decodes");
        assert_eq!(pack.id(), packs[0].id());
        assert_eq!(back.settings.seed, 4242);
        assert_eq!(back.settings.count, 20);
        // Typed in lower case, without dashes, with O for 0 and without the pack's letters.
        let sloppy = code.to_lowercase().replace('-', "").replace('0', "o");
        assert_eq!(decode(&sloppy, &refs(packs)).map(|(_, p)| p.settings.seed), Ok(4242));
        let bare = code.split_once('-').map(|(_, rest)| rest).expect("a label");
        assert_eq!(decode(bare, &refs(packs)).map(|(_, p)| p.settings.count), Ok(20));
    }

    #[test]
    fn a_seed_past_16_bits_takes_the_narrowest_wide_code() {
        let packs = packs();
        let len = |seed: u64| {
            let code = encode(&packs[0], &plan(&packs[0], seed, 20, Mode::Practice, None)).expect("a code");
            assert_eq!(decode(&code, &refs(packs)).map(|(_, p)| p.settings.seed), Ok(seed), "{code}");
            code.len()
        };
        // The app's six-digit seeds cost one character more than a short seed; a 64-bit seed at most twelve more.
        assert_eq!(len(846_957), len(4242) + 1);
        assert_eq!(len(999_999), len(4242) + 1);
        assert!(len(u64::MAX) <= len(4242) + 12, "{}", len(u64::MAX));
    }

    #[test]
    fn a_changed_pack_or_a_missing_one_is_said_not_quizzed() {
        let packs = packs();
        let code = encode(&packs[1], &plan(&packs[1], 7, 10, Mode::Practice, None)).expect("a code");
        let others: Vec<Pack> = packs.iter().filter(|p| p.id() != packs[1].id()).cloned().collect();
        let e = decode(&code, &refs(&others)).expect_err("no such pack");
        assert!(matches!(e, CodeError::NoPack(_)), "{e}");
        assert!(e.to_string().contains("Add the teacher's article"), "{e}");
        // The same pack with one word of its article changed.
        let b = &LIBRARY[1];
        let changed = Pack::from_sources(b.name, b.sheet, &format!("{} ", b.article), None).expect("still a pack");
        let mut edited: Vec<Pack> = others.clone();
        edited.push(changed);
        let e = decode(&code, &refs(&edited)).expect_err("changed");
        assert!(e.to_string().contains("was changed"), "{e}");
    }

    #[test]
    fn review_and_huge_plans_have_no_code() {
        let packs = packs();
        for (p, why) in [
            (plan(&packs[0], 1, 10, Mode::Review, None), "only practice"),
            (plan(&packs[0], 1, 500, Mode::Practice, None), "1 to 128"),
            (plan(&packs[0], 1, 5, Mode::Exam, Some(90)), "time limits"),
        ] {
            let e = encode(&packs[0], &p).expect_err("no code");
            assert!(e.to_string().contains(why), "{e}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        /// Every plan a code can hold comes back exactly, and any one character changed is caught.
        #[test]
        fn codes_round_trip_and_catch_one_typo(
            which in 0usize..4,
            seed in prop_oneof![0u64..=SHORT_SEED_MAX, 0u64..1 << 20, any::<u64>()],
            count in 1usize..=MAX_COUNT,
            kinds in proptest::collection::vec(any::<bool>(), 7),
            topic_bits in any::<u32>(),
            exam in any::<bool>(),
            minutes in proptest::option::of(1u32..=MAX_MINUTES),
            at in any::<usize>(),
            to in 0u8..32,
        ) {
            let packs = packs();
            let pack = &packs[which];
            let kinds: Vec<QuestionKind> =
                QuestionKind::ALL.into_iter().zip(&kinds).filter(|(_, on)| **on).map(|(k, _)| k).collect();
            let topics: Vec<String> = pack.sheet.topics.iter().enumerate()
                .filter(|(i, _)| topic_bits >> (i % 32) & 1 == 1).map(|(_, t)| t.id.clone()).collect();
            let mode = if exam { Mode::Exam } else { Mode::Practice };
            let minutes = if exam { minutes } else { None };
            let p = QuizPlan {
                pack: pack.id().to_string(),
                settings: QuizSettings { seed, count, kinds: kinds.clone(), topics: topics.clone(), facts: Vec::new() },
                mode,
                minutes,
                focus: None,
            };
            let code = encode(pack, &p).expect("a code");
            let (got, back) = decode(&code, &refs(packs)).expect("decodes");
            prop_assert_eq!(got.id(), pack.id());
            prop_assert_eq!(back.settings.seed, seed);
            prop_assert_eq!(back.settings.count, count);
            // Every kind ticked comes back as no filter, which draws the same questions.
            let expected = if kinds.len() == QuestionKind::ALL.len() { Vec::new() } else { kinds };
            prop_assert_eq!(back.settings.kinds, expected);
            prop_assert_eq!(back.settings.topics, topics);
            prop_assert_eq!(back.mode, mode);
            prop_assert_eq!(back.minutes, minutes);
            // One character of the body changed to another is never read as a code.
            let body_at: Vec<usize> = code.char_indices().skip(4).filter(|(_, c)| *c != '-').map(|(i, _)| i).collect();
            let i = body_at[at % body_at.len()];
            let new = char::from(ALPHABET[usize::from(to)]);
            if code.as_bytes()[i] != ALPHABET[usize::from(to)] {
                let mut typo = code.clone();
                typo.replace_range(i..=i, &new.to_string());
                prop_assert!(decode(&typo, &refs(packs)).is_err(), "{} read as a code", typo);
            }
        }
    }
}
