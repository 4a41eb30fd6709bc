//! Building the per-language indexes and answering queries (see the parent module for the method).

use super::analyzer::{terms, Analyzers};
use super::ENGLISH_FACTOR;
use crate::api::search::{Facets, SearchHit, SearchResults, MAX_LIMIT};
use crate::i18n;
use crate::server::content::model::{Library, SynonymGroup};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tantivy::query::Query;
use tantivy::schema::Field;
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::IndexReader;

mod query;
mod snippets;
#[cfg(test)]
mod tests;
mod text;

use text::*;
pub use text::{clean_query, resolve_lang};

/// Longest query text searched, in characters; longer input is cut.
pub const MAX_QUERY_CHARS: usize = 500;
/// At most this many distinct words of a query are searched.
const MAX_QUERY_TERMS: usize = 16;
/// Largest `offset` honoured.
const MAX_OFFSET: usize = 1000;

const BOOST_TITLE: f32 = 3.0;
const BOOST_SUMMARY: f32 = 2.0;
const BOOST_PRODUCTS: f32 = 2.0;
const BOOST_BODY: f32 = 1.0;
const BOOST_VOCAB: f32 = 1.5;
const BOOST_FUZZY: f32 = 0.6;
/// A query word found as typed in at least this many field occurrences (documents per text field, summed) is
/// taken as spelled right and gets no typo expansion; rarer words may be typos of common ones and keep it.
const KNOWN_WORD_MIN_DOCS: u64 = 10;
const BOOST_PREFIX: f32 = 0.8;
const BOOST_SYNONYM: f32 = 1.0;
const BOOST_INCIDENT: f32 = 4.0;
const BOOST_CVE: f32 = 20.0;
const BOOST_ADVICE: f32 = 2.5;

/// One document to index: an article or bulletin in one language.
#[derive(Clone, Debug, Default)]
pub struct SearchDoc {
    /// `advice` or `bulletin`.
    pub kind: &'static str,
    /// Language-independent id.
    pub id: String,
    /// BCP 47 tag of the text.
    pub lang: String,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Body as plain text (no HTML).
    pub body: String,
    /// Incident type ids.
    pub incident_types: Vec<String>,
    /// Audience ids.
    pub audience: Vec<String>,
    /// Affected products (bulletins).
    pub products: Vec<String>,
    /// CVE ids (bulletins), `CVE-YYYY-NNNN`.
    pub cves: Vec<String>,
    /// For an English original: the languages it is translated into (excluded from those fallbacks).
    pub translated_into: Vec<String>,
    /// Unix seconds before which the document is not shown (`publish_at`, a bulletin's `published`).
    pub visible_from: Option<i64>,
    /// Language-neutral vocabulary text (see the parent module).
    pub vocab: String,
}

/// A query as the page or the API asks it.
#[derive(Clone, Debug, Default)]
pub struct SearchRequest<'a> {
    /// What the reader typed; anything.
    pub q: &'a str,
    /// The reader's language, a BCP 47 tag; unknown tags mean English.
    pub lang: &'a str,
    /// Page size, 1..=[`MAX_LIMIT`] (clamped).
    pub limit: usize,
    /// Offset of the first hit (clamped to 1000).
    pub offset: usize,
    /// Only `advice` or `bulletin`.
    pub kind: Option<&'a str>,
    /// Only this incident type id.
    pub incident: Option<&'a str>,
    /// Only this audience id.
    pub audience: Option<&'a str>,
    /// Match the last word as a prefix too (as-you-type suggestions).
    pub prefix_last: bool,
}

#[derive(Clone, Copy)]
struct Fields {
    ord: Field,
    title: Field,
    summary: Field,
    body: Field,
    products: Field,
    vocab: Field,
    cve: Field,
    tags: Field,
    translated: Field,
    visible_from: Field,
}

/// The index of one content language.
struct LangIndex {
    lang: String,
    reader: IndexReader,
    fields: Fields,
    analyzer: TextAnalyzer,
    docs: Vec<SearchDoc>,
    /// The bodies' tokens, kept from the build for snippets (see `snippets`).
    bodies: Arc<snippets::BodyTokens>,
}

/// A synonym group with its terms analyzed in the group's language.
struct Group {
    lang: String,
    analyzed: Vec<Vec<String>>,
    raw: Vec<String>,
    incident: Option<String>,
}

/// All per-language indexes of one content version. Immutable once built; cheap to share in an `Arc`.
pub struct SearchIndex {
    langs: BTreeMap<String, LangIndex>,
    analyzers: Analyzers,
    synonyms: HashMap<String, Vec<Group>>,
    docs: usize,
    build_time: Duration,
}

/// A query ready to run on each language's index: the same for the reader's language and English.
struct Prepared<'a> {
    /// The query text without the reader's stop words.
    words: String,
    /// CVE ids named in the query.
    cves: Vec<String>,
    /// Match the last word as a prefix.
    prefix: bool,
    /// Synonym groups of the reader's language, then English.
    groups: &'a [&'a Group],
    filters: &'a Filters,
    analyzers: &'a Analyzers,
    /// How many hits to collect (offset + limit).
    want: usize,
    /// Unix seconds: documents visible from later are left out.
    now: i64,
}

struct LangHits {
    hits: Vec<(f32, usize)>,
    total: usize,
    facets: Facets,
    query: Option<Box<dyn Query>>,
}

impl SearchIndex {
    /// An index with no documents (answers every query with no hits).
    pub fn empty() -> Self {
        SearchIndex {
            langs: BTreeMap::new(),
            analyzers: Analyzers::default(),
            synonyms: HashMap::new(),
            docs: 0,
            build_time: Duration::ZERO,
        }
    }

    /// Indexes the published articles and bulletins of `lib` with its synonyms.
    ///
    /// # Errors
    /// Only tantivy's own (allocation in the RAM directory); the caller keeps serving the previous index.
    pub fn from_library(lib: &Library) -> tantivy::Result<Self> {
        let vocab = incident_vocabulary(lib);
        let mut docs = Vec::new();
        let voc = |types: &[String]| {
            types
                .iter()
                .filter_map(|t| vocab.get(t))
                .cloned()
                .collect::<Vec<_>>()
                .join("\n")
        };
        for (slug, tr) in &lib.advice {
            for (lang, a) in tr {
                if a.draft {
                    continue;
                }
                docs.push(SearchDoc {
                    kind: "advice",
                    id: slug.clone(),
                    lang: lang.clone(),
                    title: a.doc.title.clone(),
                    summary: a.doc.summary.clone(),
                    body: a.doc.text.clone(),
                    incident_types: a.doc.incident_types.clone(),
                    audience: a.audience.iter().map(|x| x.id().to_owned()).collect(),
                    translated_into: translations(tr, lang),
                    visible_from: a.publish_at.map(|t| t.timestamp()),
                    vocab: voc(&a.doc.incident_types),
                    ..Default::default()
                });
            }
        }
        for (slug, tr) in &lib.bulletins {
            for (lang, b) in tr {
                docs.push(SearchDoc {
                    kind: "bulletin",
                    id: slug.clone(),
                    lang: lang.clone(),
                    title: b.doc.title.clone(),
                    summary: b.doc.summary.clone(),
                    body: b.doc.text.clone(),
                    incident_types: b.doc.incident_types.clone(),
                    products: b.affected.clone(),
                    cves: b.cves.clone(),
                    translated_into: translations(tr, lang),
                    visible_from: Some(b.published.timestamp()),
                    vocab: voc(&b.doc.incident_types),
                    ..Default::default()
                });
            }
        }
        Self::build(docs, &lib.synonyms)
    }

    /// Builds one index per language found in `docs`.
    ///
    /// # Errors
    /// tantivy's own.
    pub fn build(
        docs: Vec<SearchDoc>,
        synonyms: &BTreeMap<String, Vec<SynonymGroup>>,
    ) -> tantivy::Result<Self> {
        let started = Instant::now();
        let count = docs.len();
        let mut by_lang: BTreeMap<String, Vec<SearchDoc>> = BTreeMap::new();
        for d in docs {
            by_lang.entry(d.lang.clone()).or_default().push(d);
        }
        let mut langs = BTreeMap::new();
        for (lang, docs) in by_lang {
            langs.insert(lang.clone(), LangIndex::build(&lang, docs)?);
        }
        let analyzers = Analyzers::default();
        let synonyms = synonyms
            .iter()
            .map(|(lang, groups)| {
                let mut an = analyzers.text(lang);
                let gs = groups
                    .iter()
                    .map(|g| Group {
                        lang: lang.clone(),
                        analyzed: g.terms.iter().map(|t| terms(&mut an, t)).collect(),
                        raw: g.terms.clone(),
                        incident: g.incident.clone(),
                    })
                    .collect();
                (lang.clone(), gs)
            })
            .collect();
        Ok(SearchIndex {
            langs,
            analyzers,
            synonyms,
            docs: count,
            build_time: started.elapsed(),
        })
    }

    /// Number of indexed documents (all languages).
    pub fn len(&self) -> usize {
        self.docs
    }

    /// Whether nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.docs == 0
    }

    /// How long the last build took.
    pub fn build_time(&self) -> Duration {
        self.build_time
    }

    /// Documents per language tag.
    pub fn docs_per_language(&self) -> BTreeMap<String, usize> {
        self.langs
            .iter()
            .map(|(l, i)| (l.clone(), i.docs.len()))
            .collect()
    }

    /// Answers a query; never fails (a query with no searchable word has no hits).
    pub fn search(&self, req: &SearchRequest<'_>) -> SearchResults {
        let lang = resolve_lang(req.lang);
        let q = clean_query(req.q);
        let limit = req.limit.clamp(1, MAX_LIMIT);
        let offset = req.offset.min(MAX_OFFSET);
        let mut out = SearchResults {
            query: q.clone(),
            lang: lang.to_owned(),
            offset,
            limit,
            ..Default::default()
        };
        if q.trim().is_empty() {
            return out;
        }
        let prefix = req.prefix_last && !q.ends_with(char::is_whitespace);
        let filters = Filters::new(req);

        let groups = self.groups_for(lang);
        // The reader's stop words ("und", "die", "le") go before any index sees the query: the English index
        // and the multilingual vocabulary would otherwise match them as words. CVE ids are read from `q`.
        let p = Prepared {
            words: terms(&mut self.analyzers.stop(lang), &q).join(" "),
            cves: cve_ids(&q),
            prefix,
            groups: &groups,
            filters: &filters,
            analyzers: &self.analyzers,
            want: offset + limit,
            now: chrono::Utc::now().timestamp(),
        };
        let mut parts: Vec<(&LangIndex, LangHits)> = Vec::new();
        if let Some(ix) = self.langs.get(lang) {
            parts.push((ix, ix.run(&p, None)));
        }
        if lang != i18n::DEFAULT_LANG {
            if let Some(en) = self.langs.get(i18n::DEFAULT_LANG) {
                parts.push((en, en.run(&p, Some(lang))));
            }
        }

        // One ranking: English hits count ENGLISH_FACTOR of their score, so a reader's-language article
        // ranks first unless an English-only one matches clearly better.
        let mut all: Vec<(&LangIndex, f32, usize, usize)> = Vec::new();
        for (pi, (ix, h)) in parts.iter().enumerate() {
            out.total += h.total;
            merge_facets(&mut out.facets, &h.facets);
            let factor = if ix.lang == lang { 1.0 } else { ENGLISH_FACTOR };
            all.extend(h.hits.iter().map(|&(s, o)| (*ix, s * factor, o, pi)));
        }
        all.sort_by(|a, b| b.1.total_cmp(&a.1));
        // the query's terms in the body field, weighted as tantivy's SnippetGenerator::create does, once per index
        let mut highlight: HashMap<usize, Option<BTreeMap<String, f32>>> = HashMap::new();
        for (ix, score, ord, pi) in all.into_iter().skip(offset).take(limit) {
            let terms = highlight.entry(pi).or_insert_with(|| {
                parts[pi]
                    .1
                    .query
                    .as_ref()
                    .map(|q| body_terms(&ix.reader.searcher(), q.as_ref(), ix.fields.body))
            });
            let gen = terms.as_ref().map(|t| {
                let analyzer = if ix.bodies.has(ord) {
                    snippets::Replay::analyzer(ix.bodies.clone(), ord)
                } else {
                    ix.analyzer.clone()
                };
                SnippetGenerator::new(t.clone(), analyzer, ix.fields.body, 200)
            });
            let d = &ix.docs[ord];
            out.hits.push(SearchHit {
                kind: d.kind.to_owned(),
                id: d.id.clone(),
                lang: d.lang.clone(),
                title: d.title.clone(),
                url: format!(
                    "/{lang}/{}/{}",
                    if d.kind == "advice" {
                        "advice"
                    } else {
                        "bulletins"
                    },
                    d.id
                ),
                snippet: snippet(gen.as_ref(), d),
                incident_types: d.incident_types.clone(),
                audience: d.audience.clone(),
                score,
            });
        }
        out
    }

    /// Synonym groups of the reader's language, then English ones (victims mix in English words).
    fn groups_for(&self, lang: &str) -> Vec<&Group> {
        let mut v: Vec<&Group> = self.synonyms.get(lang).into_iter().flatten().collect();
        if lang != i18n::DEFAULT_LANG {
            v.extend(self.synonyms.get(i18n::DEFAULT_LANG).into_iter().flatten());
        }
        v
    }
}

/// The terms of `query` in `field` with the weight tantivy's `SnippetGenerator::create` gives them
/// (`1 / (1 + document frequency)`; terms no document holds are left out).
fn body_terms(
    searcher: &tantivy::Searcher,
    query: &dyn Query,
    field: Field,
) -> BTreeMap<String, f32> {
    let mut terms: BTreeSet<&tantivy::Term> = BTreeSet::new();
    query.query_terms(&mut |term, _| {
        if term.field() == field {
            terms.insert(term);
        }
    });
    let mut out = BTreeMap::new();
    for term in terms {
        let value = term.value();
        let Some(text) = value.as_str() else {
            continue;
        };
        if let Ok(n) = searcher.doc_freq(term) {
            if n > 0 {
                out.insert(text.to_owned(), 1.0 / (1.0 + n as f32));
            }
        }
    }
    out
}
