//! Search: the types the search page and `GET /api/v1/search` share, and the server functions behind the
//! page and the as-you-type suggestions.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Largest page size the page and the API accept.
pub const MAX_LIMIT: usize = 50;
/// Default page size.
pub const DEFAULT_LIMIT: usize = 10;

/// One result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchHit {
    /// `advice` or `bulletin`.
    pub kind: String,
    /// Language-independent id (the folder name under `content/advice/` or `content/bulletins/`).
    pub id: String,
    /// BCP 47 tag of the language the hit is written in; differs from the reader's for English fallbacks.
    pub lang: String,
    /// Title.
    pub title: String,
    /// Path of the page in the reader's language, e.g. `/fr/advice/phishing-citizen`.
    pub url: String,
    /// HTML: the best passage of the text, HTML-escaped, with matched words in `<mark>`…`</mark>`.
    pub snippet: String,
    /// Incident type ids.
    pub incident_types: Vec<String>,
    /// Audience ids (advice only).
    pub audience: Vec<String>,
    /// Relevance score (BM25-based, higher is better; only comparable within one response).
    pub score: f32,
}

/// Result counts per facet value, for the current query and filters: `kind`, `incident`, `audience`.
pub type Facets = BTreeMap<String, BTreeMap<String, u64>>;

/// One page of results.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchResults {
    /// The query as searched (control and invisible characters removed, at most 500 characters).
    pub query: String,
    /// The reader's language, as resolved (unknown tags fall back to `en`).
    pub lang: String,
    /// Number of matching documents, reader's language and English fallback together.
    pub total: usize,
    /// Offset of the first hit.
    pub offset: usize,
    /// Page size.
    pub limit: usize,
    /// The hits of this page, best first: the reader's language first, then English fallbacks.
    pub hits: Vec<SearchHit>,
    /// Facet counts.
    pub facets: Facets,
    /// Search was over capacity and did not run: the page asks the reader to try again in a moment.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub busy: bool,
}

/// Filters and paging of the search page, as in its URL query string.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchParams {
    /// What the reader typed.
    pub q: Option<String>,
    /// `advice` or `bulletin`.
    pub kind: Option<String>,
    /// Incident type id.
    pub incident: Option<String>,
    /// Audience id.
    pub audience: Option<String>,
    /// 1-based page number.
    pub page: Option<String>,
}

/// Results for the search page: page size [`DEFAULT_LIMIT`], page numbers from 1 (bad numbers mean page 1).
#[server(endpoint = "search/page")]
pub async fn search_page(
    lang: String,
    q: Option<String>,
    kind: Option<String>,
    incident: Option<String>,
    audience: Option<String>,
    page: Option<String>,
) -> Result<SearchResults, crate::api::error::ApiError> {
    let state = crate::api::error::state()?;
    let params = SearchParams {
        q,
        kind,
        incident,
        audience,
        page,
    };
    let page = params
        .page
        .as_deref()
        .and_then(|p| p.trim().parse::<usize>().ok())
        .filter(|p| (1..=100).contains(p))
        .unwrap_or(1);
    let req = crate::server::search::SearchRequest {
        q: params.q.as_deref().unwrap_or(""),
        lang: &lang,
        limit: DEFAULT_LIMIT,
        offset: (page - 1) * DEFAULT_LIMIT,
        kind: params.kind.as_deref(),
        incident: params.incident.as_deref(),
        audience: params.audience.as_deref(),
        prefix_last: false,
    };
    match crate::server::search::search_blocking(&state.search_gate, state.content.search(), &req)
        .await
    {
        Ok(res) => Ok(res),
        Err(crate::server::search::Busy) => {
            // a rendered page answers 503 + Retry-After; a call from the hydrated page (`/api/search/page`)
            // stays 200 so that the client decodes `busy` and shows the same notice
            let page_render = use_context::<http::request::Parts>()
                .is_none_or(|p| !p.uri.path().starts_with("/api/"));
            if let Some(opts) =
                use_context::<leptos_axum::ResponseOptions>().filter(|_| page_render)
            {
                opts.set_status(http::StatusCode::SERVICE_UNAVAILABLE);
                opts.insert_header(
                    http::header::RETRY_AFTER,
                    http::HeaderValue::from(crate::server::search::BUSY_RETRY_AFTER_SECS),
                );
            }
            Ok(SearchResults {
                busy: true,
                query: req.q.chars().take(500).collect(),
                lang: lang.clone(),
                ..Default::default()
            })
        }
    }
}

/// Up to 5 suggestions while typing: the last word also matches as a prefix.
#[server(endpoint = "search/suggest")]
pub async fn search_suggest(
    lang: String,
    q: String,
) -> Result<Vec<SearchHit>, crate::api::error::ApiError> {
    let state = crate::api::error::state()?;
    let req = crate::server::search::SearchRequest {
        q: &q,
        lang: &lang,
        limit: 5,
        offset: 0,
        kind: None,
        incident: None,
        audience: None,
        prefix_last: true,
    };
    // suggestions are a convenience: when search is busy there are none
    Ok(
        crate::server::search::search_blocking(&state.search_gate, state.content.search(), &req)
            .await
            .map(|r| r.hits)
            .unwrap_or_default(),
    )
}
