//! Query text: cleaning, language, typo budget, CVE ids, filters, facets and snippets.

use crate::api::search::Facets;
use crate::i18n;
use crate::server::content::model::Library;
use std::collections::{BTreeMap, HashMap};

use super::*;
use tantivy::schema::Facet;
use tantivy::snippet::SnippetGenerator;

pub(super) fn translations<T>(tr: &BTreeMap<String, T>, lang: &str) -> Vec<String> {
    if lang == i18n::DEFAULT_LANG {
        tr.keys().filter(|l| *l != lang).cloned().collect()
    } else {
        Vec::new()
    }
}

/// Per incident type: its labels and hints in every UI language and every synonym that names it.
pub(super) fn incident_vocabulary(lib: &Library) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for t in &lib.incident_types {
        let mut text = String::new();
        for l in i18n::LOCALES {
            for id in [
                format!("incident-{}", t.id),
                format!("incident-{}-hint", t.id),
            ] {
                let s = i18n::t(l.tag, &id);
                if s != id {
                    text.push_str(&s);
                    text.push('\n');
                }
            }
        }
        for g in lib.synonyms.values().flatten() {
            if g.incident.as_deref() == Some(t.id.as_str()) {
                text.push_str(&g.terms.join("\n"));
                text.push('\n');
            }
        }
        out.insert(t.id.clone(), text);
    }
    out
}

/// The supported language for a BCP 47 tag: exact, else its primary subtag, else English.
pub fn resolve_lang(tag: &str) -> &'static str {
    i18n::resolve_or_default(Some(tag)).tag
}

/// Removes control, zero-width and bidi-control characters and cuts to [`MAX_QUERY_CHARS`].
pub fn clean_query(q: &str) -> String {
    q.chars()
        .filter(|c| {
            !matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}' | '\u{feff}' | '\u{ad}')
        })
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(MAX_QUERY_CHARS)
        .collect::<String>()
        .trim_start()
        .to_owned()
}

/// Typo tolerance for a term of `chars` characters.
/// Words over 20 characters (rare in real text, cheap to abuse) get one edit only.
pub(super) fn edit_distance(chars: usize) -> u8 {
    match chars {
        0..=3 => 0,
        4..=7 => 1,
        8..=20 => 2,
        _ => 1,
    }
}

/// Typo-tolerance budget of one query. Each fuzzy word builds a Levenshtein automaton per field and expands
/// to every indexed term within reach, so its cost grows steeply with the edit distance: one edit costs 1,
/// two edits cost 3. Words are served in query order while the budget lasts (a 2-edit word that no longer
/// fits gets 1 edit); the rest match exactly. Victims' queries (up to about six words) stay fully
/// tolerant; a 500-character query of long random words no longer builds dozens of 2-edit automata.
pub const FUZZY_BUDGET: u32 = 10;

/// The edit distance each word of a query is searched with, within [`FUZZY_BUDGET`].
pub fn fuzzy_plan<S: AsRef<str>>(words: &[S]) -> Vec<u8> {
    let mut left = FUZZY_BUDGET;
    words
        .iter()
        .map(|w| {
            let want = edit_distance(w.as_ref().chars().count());
            let cost = |d: u8| if d == 2 { 3 } else { u32::from(d) };
            let d = (0..=want).rev().find(|d| cost(*d) <= left).unwrap_or(0);
            left -= cost(d);
            d
        })
        .collect()
}

/// CVE ids in free text, normalised to `CVE-YYYY-NNNN`.
pub(super) fn cve_ids(q: &str) -> Vec<String> {
    let up = q.to_ascii_uppercase();
    let mut out = Vec::new();
    let b = up.as_bytes();
    let mut i = 0;
    while let Some(p) = up[i..].find("CVE") {
        let s = i + p;
        let mut j = s + 3;
        let mut parts: Vec<String> = Vec::new();
        for want in [4usize, 0] {
            if j < b.len() && matches!(b[j], b'-' | b' ' | b'_') {
                j += 1;
            }
            let start = j;
            while j < b.len() && b[j].is_ascii_digit() && j - start < 7 {
                j += 1;
            }
            let n = j - start;
            if (want == 4 && n == 4) || (want == 0 && n >= 4) {
                parts.push(up[start..j].to_owned());
            } else {
                break;
            }
        }
        if parts.len() == 2 {
            out.push(format!("CVE-{}-{}", parts[0], parts[1]));
        }
        i = s + 3;
    }
    out
}

pub(super) struct Filters {
    pub(super) tags: Vec<Facet>,
}

impl Filters {
    pub(super) fn new(req: &SearchRequest<'_>) -> Self {
        let mut tags = Vec::new();
        // Facet paths from user text: only plain ids (a-z, 0-9, -) are used; anything else matches nothing.
        for (root, v) in [
            ("kind", req.kind),
            ("incident", req.incident),
            ("audience", req.audience),
        ] {
            if let Some(v) = v.map(str::trim).filter(|v| !v.is_empty()) {
                let ok = v.len() <= 64
                    && v.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
                let v = if ok { v } else { "-none-" };
                tags.push(Facet::from_path([root, v]));
            }
        }
        Filters { tags }
    }
}

pub(super) fn merge_facets(into: &mut Facets, from: &Facets) {
    for (k, m) in from {
        let e = into.entry(k.clone()).or_default();
        for (v, n) in m {
            *e.entry(v.clone()).or_default() += n;
        }
    }
}

pub(super) fn snippet(gen: Option<&SnippetGenerator>, d: &SearchDoc) -> String {
    if let Some(g) = gen {
        let mut s = g.snippet(&d.body);
        if !s.is_empty() && !s.highlighted().is_empty() {
            s.set_snippet_prefix_postfix("<mark>", "</mark>");
            return s.to_html();
        }
    }
    // Nothing to highlight in the body: the summary, escaped.
    crate::html::escape(&d.summary)
}
