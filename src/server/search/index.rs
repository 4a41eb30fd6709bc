//! Building the per-language indexes and answering queries (see the parent module for the method).

use super::analyzer::{terms, text_analyzer, vocab_analyzer, Analyzers};
use super::ENGLISH_FACTOR;
use crate::api::search::{Facets, SearchHit, SearchResults, MAX_LIMIT};
use crate::i18n;
use crate::server::content::model::{Library, SynonymGroup};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Bound;
use std::time::{Duration, Instant};
use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::query::{
    BooleanQuery, BoostQuery, DisjunctionMaxQuery, FuzzyTermQuery, Occur, Query, RangeQuery,
    TermQuery,
};
use tantivy::schema::{
    Facet, FacetOptions, Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing,
    TextOptions, STRING,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocAddress, Index, IndexReader, ReloadPolicy, Term};

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
        let mut generators: HashMap<usize, Option<SnippetGenerator>> = HashMap::new();
        for (ix, score, ord, pi) in all.into_iter().skip(offset).take(limit) {
            let gen = generators.entry(pi).or_insert_with(|| {
                let h = &parts[pi].1;
                let searcher = ix.reader.searcher();
                h.query.as_ref().and_then(|q| {
                    SnippetGenerator::create(&searcher, q.as_ref(), ix.fields.body)
                        .ok()
                        .map(|mut g| {
                            g.set_max_num_chars(200);
                            g
                        })
                })
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

fn translations<T>(tr: &BTreeMap<String, T>, lang: &str) -> Vec<String> {
    if lang == i18n::DEFAULT_LANG {
        tr.keys().filter(|l| *l != lang).cloned().collect()
    } else {
        Vec::new()
    }
}

/// Per incident type: its labels and hints in every UI language and every synonym that names it.
fn incident_vocabulary(lib: &Library) -> HashMap<String, String> {
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
    let tag = tag.trim();
    let prim = tag.split(['-', '_']).next().unwrap_or("");
    i18n::locale(tag)
        .or_else(|| i18n::locale(prim))
        .map_or(i18n::DEFAULT_LANG, |l| l.tag)
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
fn edit_distance(chars: usize) -> u8 {
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
fn cve_ids(q: &str) -> Vec<String> {
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

struct Filters {
    tags: Vec<Facet>,
}

impl Filters {
    fn new(req: &SearchRequest<'_>) -> Self {
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

fn merge_facets(into: &mut Facets, from: &Facets) {
    for (k, m) in from {
        let e = into.entry(k.clone()).or_default();
        for (v, n) in m {
            *e.entry(v.clone()).or_default() += n;
        }
    }
}

fn snippet(gen: Option<&SnippetGenerator>, d: &SearchDoc) -> String {
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

impl LangIndex {
    fn build(lang: &str, docs: Vec<SearchDoc>) -> tantivy::Result<Self> {
        let mut sb = Schema::builder();
        let text = |name: &str| {
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(name)
                    .set_index_option(IndexRecordOption::WithFreqs),
            )
        };
        let fields = Fields {
            ord: sb.add_u64_field("ord", NumericOptions::default().set_fast()),
            title: sb.add_text_field("title", text("text")),
            summary: sb.add_text_field("summary", text("text")),
            body: sb.add_text_field("body", text("text")),
            products: sb.add_text_field("products", text("text")),
            vocab: sb.add_text_field("vocab", text("vocab")),
            cve: sb.add_text_field("cve", STRING),
            tags: sb.add_facet_field("tags", FacetOptions::default()),
            translated: sb.add_text_field("translated", STRING),
            visible_from: sb.add_i64_field(
                "visible_from",
                NumericOptions::default().set_indexed().set_fast(),
            ),
        };
        let index = Index::create_in_ram(sb.build());
        index.tokenizers().register("text", text_analyzer(lang));
        index.tokenizers().register("vocab", vocab_analyzer());
        {
            let mut w = index.writer_with_num_threads(1, 64 * 1024 * 1024)?;
            for (ord, d) in docs.iter().enumerate() {
                let mut doc = tantivy::TantivyDocument::default();
                let f = &fields;
                doc.add_u64(f.ord, ord as u64);
                doc.add_text(f.title, &d.title);
                doc.add_text(f.summary, &d.summary);
                doc.add_text(f.body, &d.body);
                for p in &d.products {
                    doc.add_text(f.products, p);
                }
                doc.add_text(f.vocab, &d.vocab);
                for c in &d.cves {
                    doc.add_text(f.cve, c.to_ascii_uppercase());
                }
                doc.add_facet(f.tags, Facet::from_path(["kind", d.kind]));
                for t in &d.incident_types {
                    doc.add_facet(f.tags, Facet::from_path(["incident", t.as_str()]));
                }
                for a in &d.audience {
                    doc.add_facet(f.tags, Facet::from_path(["audience", a.as_str()]));
                }
                for l in &d.translated_into {
                    doc.add_text(f.translated, l);
                }
                doc.add_i64(f.visible_from, d.visible_from.unwrap_or(i64::MIN));
                w.add_document(doc)?;
            }
            w.commit()?;
            w.wait_merging_threads()?;
        }
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(LangIndex {
            lang: lang.to_owned(),
            reader,
            fields,
            analyzer: text_analyzer(lang),
            docs,
        })
    }

    /// The scoring part of the query: `None` if the text has no searchable word.
    fn text_query(&self, p: &Prepared<'_>) -> Option<Box<dyn Query>> {
        let (q, prefix, groups, an_all) = (p.words.as_str(), p.prefix, p.groups, p.analyzers);
        let f = self.fields;
        let mut an = self.analyzer.clone();
        let mut words: Vec<String> = Vec::new();
        for t in terms(&mut an, q) {
            // single letters ("plan b", stray initials) match too much to be worth a clause
            if t.chars().count() >= 2 && !words.contains(&t) && words.len() < MAX_QUERY_TERMS {
                words.push(t);
            }
        }
        // The vocabulary holds labels in 24 languages: words that are stop words in the index's language or
        // in English ("and", "de", "the") would match nearly everything there, so they are dropped first.
        let content_words = terms(&mut an_all.stop(&self.lang), q)
            .into_iter()
            .filter(|w| w.chars().count() >= 2)
            .collect::<Vec<_>>()
            .join(" ");
        let content_words = terms(&mut an_all.stop("en"), &content_words).join(" ");
        let mut voc = an_all.vocab();
        let mut vocab_words: Vec<String> = terms(&mut voc, &content_words);
        vocab_words.dedup();
        vocab_words.truncate(MAX_QUERY_TERMS);
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut add = |q: Box<dyn Query>, boost: f32| {
            clauses.push((Occur::Should, Box::new(BoostQuery::new(q, boost))));
        };
        let text_fields = [
            (f.title, BOOST_TITLE),
            (f.summary, BOOST_SUMMARY),
            (f.products, BOOST_PRODUCTS),
            (f.body, BOOST_BODY),
        ];
        let last = words.len().saturating_sub(1);
        let distances = fuzzy_plan(&words);
        for (i, w) in words.iter().enumerate() {
            let d = distances[i];
            for (field, boost) in text_fields {
                let term = Term::from_field_text(field, w);
                add(
                    Box::new(TermQuery::new(term.clone(), IndexRecordOption::WithFreqs)),
                    boost,
                );
                if d > 0 {
                    add(
                        Box::new(FuzzyTermQuery::new(term.clone(), d, true)),
                        boost * BOOST_FUZZY,
                    );
                }
                if prefix && i == last && w.chars().count() >= 2 {
                    add(
                        Box::new(FuzzyTermQuery::new_prefix(term, 0, true)),
                        boost * BOOST_PREFIX,
                    );
                }
            }
        }
        // While typing, the last word as typed (not stemmed: "encry" must reach "encrypt") is a prefix.
        if prefix {
            let typed = terms(&mut an_all.plain(), q);
            if let Some(last) = typed.last().filter(|w| w.chars().count() >= 2) {
                for (field, boost) in text_fields {
                    add(
                        Box::new(FuzzyTermQuery::new_prefix(
                            Term::from_field_text(field, last),
                            0,
                            true,
                        )),
                        boost * BOOST_PREFIX,
                    );
                }
            }
        }
        for w in &vocab_words {
            let term = Term::from_field_text(f.vocab, w);
            add(
                Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs)),
                BOOST_VOCAB,
            );
            // no typo tolerance here: on 6-character truncations it matches unrelated words
        }
        for cve in &p.cves {
            add(
                Box::new(TermQuery::new(
                    Term::from_field_text(f.cve, cve),
                    IndexRecordOption::Basic,
                )),
                BOOST_CVE,
            );
        }
        // Synonyms: a group matches when all words of one of its terms are in the query.
        let mut own = groups_analyzer_words(q, groups, an_all);
        let mut expanded: HashMap<String, f32> = HashMap::new();
        // incident id -> words of the longest matching term (a phrase is more specific than a word)
        let mut incidents: HashMap<String, usize> = HashMap::new();
        for g in groups {
            let matched = g
                .analyzed
                .iter()
                .filter(|t| !t.is_empty() && t.iter().all(|w| own.contains(w)))
                .map(Vec::len)
                .max();
            let Some(len) = matched else {
                continue;
            };
            if let Some(i) = &g.incident {
                let e = incidents.entry(i.clone()).or_insert(0);
                *e = (*e).max(len);
            }
            // a big group spreads its weight over its words, so one query word does not outweigh the others
            let weight = BOOST_SYNONYM / (g.raw.len() as f32).sqrt().max(1.0);
            // Only one-word terms are added: the words of a phrase ("komme nicht mehr rein") are common
            // on their own and would match (and highlight) everywhere. A phrase still triggers its group.
            for raw in g
                .raw
                .iter()
                .filter(|r| !r.trim().contains(char::is_whitespace))
            {
                for w in terms(&mut an, raw) {
                    if !words.contains(&w) && expanded.len() < 64 {
                        let e = expanded.entry(w).or_insert(0.0);
                        *e = e.max(weight);
                    }
                }
            }
        }
        own.clear();
        for (w, weight) in &expanded {
            for (field, boost) in text_fields {
                add(
                    Box::new(TermQuery::new(
                        Term::from_field_text(field, w),
                        IndexRecordOption::WithFreqs,
                    )),
                    boost * weight,
                );
            }
        }
        // An incident boost alone must not make a document match: it only ranks documents that match words.
        let words_query: Box<dyn Query> = if clauses.is_empty() {
            return None;
        } else {
            Box::new(BooleanQuery::new(clauses))
        };
        // Advice answers "what do I do"; bulletins (for IT staff) win when a product or CVE id is named,
        // whose boosts are far larger than this one.
        let mut boosted: Vec<(Occur, Box<dyn Query>)> = vec![
            (Occur::Must, words_query),
            (
                Occur::Should,
                Box::new(BoostQuery::new(
                    Box::new(TermQuery::new(
                        Term::from_facet(f.tags, &Facet::from_path(["kind", "advice"])),
                        IndexRecordOption::Basic,
                    )),
                    BOOST_ADVICE,
                )),
            ),
        ];
        // One incident boost per document, the best one (dis-max): an article tagged with two matched
        // incident types must not outrank the one made for the more specific words.
        let incident_clauses: Vec<Box<dyn Query>> = incidents
            .iter()
            .map(|(i, len)| {
                Box::new(BoostQuery::new(
                    Box::new(TermQuery::new(
                        Term::from_facet(f.tags, &Facet::from_path(["incident", i.as_str()])),
                        IndexRecordOption::Basic,
                    )),
                    BOOST_INCIDENT * (*len).min(3) as f32,
                )) as Box<dyn Query>
            })
            .collect();
        if !incident_clauses.is_empty() {
            boosted.push((
                Occur::Should,
                Box::new(DisjunctionMaxQuery::new(incident_clauses)),
            ));
        }
        Some(Box::new(BooleanQuery::new(boosted)))
    }

    /// Runs `p` on this index; `exclude_translated_into` leaves out originals translated into that language.
    fn run(&self, p: &Prepared<'_>, exclude_translated_into: Option<&str>) -> LangHits {
        let empty = || LangHits {
            hits: Vec::new(),
            total: 0,
            facets: Facets::new(),
            query: None,
        };
        let Some(text) = self.text_query(p) else {
            return empty();
        };
        let f = self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, text.box_clone())];
        for t in &p.filters.tags {
            clauses.push((
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_facet(f.tags, t),
                    IndexRecordOption::Basic,
                )),
            ));
        }
        clauses.push((
            Occur::Must,
            Box::new(RangeQuery::new(
                Bound::Unbounded,
                Bound::Included(Term::from_field_i64(f.visible_from, p.now)),
            )),
        ));
        if let Some(l) = exclude_translated_into {
            clauses.push((
                Occur::MustNot,
                Box::new(TermQuery::new(
                    Term::from_field_text(f.translated, l),
                    IndexRecordOption::Basic,
                )),
            ));
        }
        let query = BooleanQuery::new(clauses);
        let searcher = self.reader.searcher();
        let mut facets = FacetCollector::for_field("tags");
        for root in ["/kind", "/incident", "/audience"] {
            facets.add_facet(root);
        }
        let collectors = (
            TopDocs::with_limit(p.want.max(1)).order_by_score(),
            Count,
            facets,
        );
        let Ok((top, total, counts)) = searcher.search(&query, &collectors) else {
            return empty();
        };
        let mut hits = Vec::with_capacity(top.len());
        for (score, addr) in top {
            if let Some(ord) = self.ord(&searcher, addr) {
                hits.push((score, ord));
            }
        }
        let mut fc = Facets::new();
        for root in ["kind", "incident", "audience"] {
            let m = fc.entry(root.to_owned()).or_default();
            for (facet, n) in counts.get(format!("/{root}").as_str()) {
                if let Some(last) = facet.to_path().last() {
                    m.insert((*last).to_owned(), n);
                }
            }
        }
        LangHits {
            hits,
            total,
            facets: fc,
            query: Some(text),
        }
    }

    fn ord(&self, searcher: &tantivy::Searcher, addr: DocAddress) -> Option<usize> {
        let seg = searcher.segment_reader(addr.segment_ord);
        let col = seg.fast_fields().u64("ord").ok()?;
        let ord = col.first(addr.doc_id)? as usize;
        (ord < self.docs.len()).then_some(ord)
    }
}

/// The query's words as each group's language analyzes them (the reader's language and English at most).
fn groups_analyzer_words(q: &str, groups: &[&Group], analyzers: &Analyzers) -> HashSet<String> {
    let mut langs: Vec<&str> = groups.iter().map(|g| g.lang.as_str()).collect();
    langs.sort_unstable();
    langs.dedup();
    let mut out = HashSet::new();
    for lang in langs {
        out.extend(terms(&mut analyzers.text(lang), q));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fuzzy_expansions_are_capped_per_query() {
        // ordinary queries keep full typo tolerance
        assert_eq!(fuzzy_plan(&["instagram", "hacked"]), [2, 1]);
        assert_eq!(fuzzy_plan(&["ransomware", "encrypted", "files"]), [2, 2, 1]);
        assert_eq!(
            fuzzy_plan(&["paid", "fake", "shop", "parcel", "text", "bank"]),
            [1; 6]
        );
        // a hostile query of 16 long words: the budget, not 8 two-edit automata per field
        let long: Vec<String> = (0..16).map(|i| format!("qwertzuiopasdf{i:02}")).collect();
        let plan = fuzzy_plan(&long);
        let cost: u32 = plan
            .iter()
            .map(|d| if *d == 2 { 3 } else { u32::from(*d) })
            .sum();
        assert!(cost <= FUZZY_BUDGET, "{plan:?}");
        assert_eq!(plan.iter().filter(|d| **d == 2).count(), 3, "{plan:?}");
        assert!(plan[4..].iter().all(|d| *d <= 1), "{plan:?}");
        assert!(plan.iter().skip(4).all(|d| *d == 0), "{plan:?}");
    }
}
