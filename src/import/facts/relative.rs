//! What a relative clause says of a named person: "Abe, who took office September 26, is …" →
//! Abe "took office September 26"; "Ri, who has steered the inter-Korean talks, greeted …" → Ri "has
//! steered the inter-Korean talks".
//!
//! The pattern is ordinary English: a mention of someone who can act, a comma, "who", a verb group in the
//! past or the perfect (not a copula, a plan or a verb of saying), and the clause up to its closing comma or
//! the sentence's end. A clause inside a quotation, holding a quotation, in a sentence attributed at its end
//! ("…, Yoon said"), or longer than [`MAX_WORDS`] words drafts nothing.

use super::clause::{Sent, can_act, curly, trim_end, word_count};
use super::speech::SAY_WORDS;
use crate::pack::{Claim, Fact};

/// The most words a relative clause drafted as a Stance may have.
const MAX_WORDS: usize = 15;

/// Each Stance a "…, who <verb> …," clause states of the person before it.
pub fn who_clauses(s: &Sent<'_>) -> Vec<Fact> {
    if s.closes_attributed() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for n in &s.named {
        if !can_act(n.entity.kind) || s.in_quote(n.first) || s.tok(n.end) != "," || !s.is(n.end + 1, "who") {
            continue;
        }
        let from = n.end + 2;
        let Some(vg) = s.verb_group(from) else { continue };
        let verb = s.tok(vg.verb).to_lowercase();
        let perfect = (vg.start..vg.verb).any(|k| ["has", "have", "had"].iter().any(|w| s.is(k, w)));
        let past = vg.start == vg.verb && super::clause::is_past(&verb);
        if vg.copula || vg.planned || SAY_WORDS.contains(&verb.as_str()) || !(past || perfect) {
            continue;
        }
        let end = (from..s.toks.len()).find(|&k| matches!(s.tok(k), "," | ";" | "(" | ":" | "—"));
        let clause = match end {
            Some(e) => s.span(vg.start, e),
            None => trim_end(s.rest(vg.start)),
        };
        if (from..end.unwrap_or(s.toks.len())).any(|k| s.in_quote(k) || matches!(s.tok(k), "\"" | "“" | "”")) {
            continue;
        }
        let Some(stance) = curly(clause) else { continue };
        if !(2..=MAX_WORDS).contains(&word_count(&stance)) {
            continue;
        }
        let actor = n.entity.id.clone();
        out.push(Fact {
            id: format!("who-{actor}"),
            topics: Vec::new(),
            evidence: s.text.to_string(),
            claim: Claim::Stance { actor, stance, issue: None },
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::speech::tests::{entity, sent};
    use super::*;
    use crate::pack::EntityKind::*;

    fn stances(text: &str) -> Vec<(String, String)> {
        let es = [entity("abe", Person, "Shinzo Abe"), entity("ri", Person, "Ri Son Gwon")];
        who_clauses(&sent(text, &es))
            .into_iter()
            .filter_map(|f| match f.claim {
                Claim::Stance { actor, stance, .. } => Some((actor, stance)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_relative_clause_of_the_past_or_the_perfect_is_the_person_s_stance() {
        assert_eq!(
            stances("Shinzo Abe, who took office on September 26, is the first prime minister to do so."),
            [("abe".to_string(), "took office on September 26".to_string())]
        );
        assert_eq!(
            stances("The envoys were greeted by Ri Son Gwon, who has steered the inter-Korean talks."),
            [("ri".to_string(), "has steered the inter-Korean talks".to_string())]
        );
        for text in [
            "Shinzo Abe, who is the prime minister, arrived.",
            "Shinzo Abe, who will visit Seoul on Monday, arrived.",
            "Shinzo Abe, who said the talks went well, arrived.",
            "Shinzo Abe, who met Ri Son Gwon in March, arrived, Kyodo said.",
            "Shinzo Abe, who called it a “new chapter”, arrived.",
        ] {
            assert!(stances(text).is_empty(), "{text}: {:?}", stances(text));
        }
    }
}
