//! Building and running the query of one language index.

use super::text::*;
use super::*;
use crate::api::search::Facets;
use crate::server::search::analyzer::{terms, text_analyzer, vocab_analyzer, Analyzers};
use std::collections::{HashMap, HashSet};
use std::ops::Bound;
use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::query::{
    BooleanQuery, BoostQuery, DisjunctionMaxQuery, FuzzyTermQuery, Occur, Query, RangeQuery,
    TermQuery,
};
use tantivy::schema::{
    Facet, FacetOptions, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions,
    STRING,
};
use tantivy::{DocAddress, Index, ReloadPolicy, Term};

impl LangIndex {
    pub(super) fn build(lang: &str, docs: Vec<SearchDoc>) -> tantivy::Result<Self> {
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
            // tantivy's smallest budget (15 MB) is ample for a few hundred articles; a larger arena only raises the
            // resident memory the allocator keeps after the build
            let mut w = index.writer_with_num_threads(1, 16 * 1024 * 1024)?;
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
        let analyzer = text_analyzer(lang);
        let bodies =
            super::snippets::BodyTokens::build(&analyzer, docs.iter().map(|d| d.body.as_str()));
        Ok(LangIndex {
            lang: lang.to_owned(),
            reader,
            fields,
            analyzer,
            docs,
            bodies: std::sync::Arc::new(bodies),
        })
    }

    /// The scoring part of the query: `None` if the text has no searchable word.
    pub(super) fn text_query(&self, p: &Prepared<'_>) -> Option<Box<dyn Query>> {
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
        // Typo tolerance only for words this index does not know well: a word found as typed in several
        // documents (KNOWN_WORD_MIN_DOCS) is not a typo, and expanding it would add a Levenshtein automaton per
        // field (and every term within reach) for nothing. Known words do not spend the typo budget either.
        let searcher = self.reader.searcher();
        let known: Vec<bool> = words
            .iter()
            .map(|w| {
                let n: u64 = text_fields
                    .iter()
                    .map(|(field, _)| {
                        searcher
                            .doc_freq(&Term::from_field_text(*field, w))
                            .unwrap_or(0)
                    })
                    .sum();
                n >= KNOWN_WORD_MIN_DOCS
            })
            .collect();
        let unknown: Vec<&String> = words
            .iter()
            .zip(&known)
            .filter(|(_, k)| !**k)
            .map(|(w, _)| w)
            .collect();
        let mut plan = fuzzy_plan(&unknown).into_iter();
        let distances: Vec<u8> = known
            .iter()
            .map(|k| if *k { 0 } else { plan.next().unwrap_or(0) })
            .collect();
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
    pub(super) fn run(&self, p: &Prepared<'_>, exclude_translated_into: Option<&str>) -> LangHits {
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

    pub(super) fn ord(&self, searcher: &tantivy::Searcher, addr: DocAddress) -> Option<usize> {
        let seg = searcher.segment_reader(addr.segment_ord);
        let col = seg.fast_fields().u64("ord").ok()?;
        let ord = col.first(addr.doc_id)? as usize;
        (ord < self.docs.len()).then_some(ord)
    }
}

/// The query's words as each group's language analyzes them (the reader's language and English at most).
pub(super) fn groups_analyzer_words(
    q: &str,
    groups: &[&Group],
    analyzers: &Analyzers,
) -> HashSet<String> {
    let mut langs: Vec<&str> = groups.iter().map(|g| g.lang.as_str()).collect();
    langs.sort_unstable();
    langs.dedup();
    let mut out = HashSet::new();
    for lang in langs {
        out.extend(terms(&mut analyzers.text(lang), q));
    }
    out
}
