//! Multilingual search over the loaded content: one in-RAM tantivy index per content language, rebuilt from
//! the [`Library`](crate::server::content::Library) on every content reload and swapped in atomically with it.
//!
//! How a query is answered (see [`SearchIndex::search`]):
//! 1. Any text is accepted. Control, zero-width and bidi-override characters are removed, the text is cut to
//!    500 characters, and it is never parsed as query syntax: quotes, `AND`, `-`, `*`, `:` are just words.
//! 2. The words are analyzed like the documents of the index searched ([`analyzer`]): lowercased, accents
//!    folded, stop words removed, stemmed (or truncated where no stemmer exists).
//! 3. Each word is looked up in the title (boost 3), summary (2), affected products (2) and body (1), also
//!    with typo tolerance scaled to word length (none below 4 characters, 1 edit up to 7, 2 from 8), and the
//!    last word as a prefix while typing. CVE ids match the bulletins' CVE field exactly.
//! 4. The editors' synonym groups of the reader's language (`content/search/synonyms/<lang>.toml`) add the
//!    group's other words, and rank advice of the group's incident type higher.
//! 5. Every document also carries a language-neutral *vocabulary* field: the translated labels and hints of
//!    its incident types in all 24 UI languages and all synonym groups of those types. This lets a query in
//!    any language find an English article.
//! 6. The reader's language and English are both searched (English without the originals of articles
//!    translated into the reader's language) and ranked together, English scores counting
//!    [`ENGLISH_FACTOR`] of their value: an article in the reader's language comes first unless an
//!    English-only one clearly matches better (an article that exists only in English). English hits are
//!    marked with `lang: "en"`.

pub mod analyzer;
mod index;

pub use index::{SearchDoc, SearchIndex, SearchRequest};

/// Weight of an English hit's score against the reader's-language hits (see step 6).
pub const ENGLISH_FACTOR: f32 = 0.7;

/// Runs [`SearchIndex::search`] on tokio's blocking pool: fuzzy matching is CPU work, and a burst of
/// expensive queries must not stall the async workers (health checks, page rendering). A panic inside the
/// search (none is known) answers no hits.
pub async fn search_blocking(
    index: std::sync::Arc<SearchIndex>,
    req: &SearchRequest<'_>,
) -> crate::api::search::SearchResults {
    let own = |s: Option<&str>| s.map(str::to_owned);
    let (q, lang) = (req.q.to_owned(), req.lang.to_owned());
    let (kind, incident, audience) = (own(req.kind), own(req.incident), own(req.audience));
    let (limit, offset, prefix_last) = (req.limit, req.offset, req.prefix_last);
    tokio::task::spawn_blocking(move || {
        index.search(&SearchRequest {
            q: &q,
            lang: &lang,
            limit,
            offset,
            kind: kind.as_deref(),
            incident: incident.as_deref(),
            audience: audience.as_deref(),
            prefix_last,
        })
    })
    .await
    .unwrap_or_default()
}
