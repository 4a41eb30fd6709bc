//! HTTP of the CSAF provider (see [`super::content::csaf`]): `GET /.well-known/csaf/provider-metadata.json`, the
//! ROLIE feed, each document and its `.sha512`, and `GET /.well-known/security.txt` with the `CSAF:` line.

use super::content::csaf;
use super::error::AppError;
use super::state::AppState;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;

/// `GET /.well-known/csaf/provider-metadata.json`.
async fn provider_metadata(State(state): State<AppState>) -> Json<serde_json::Value> {
    let base = state.config.public_url.trim_end_matches('/');
    Json(csaf::provider_metadata(
        &state.library(),
        base,
        chrono::Utc::now(),
    ))
}

/// `GET /.well-known/csaf/white/feed-tlp-white.json`.
async fn feed(State(state): State<AppState>) -> Json<serde_json::Value> {
    let base = state.config.public_url.trim_end_matches('/');
    Json(csaf::rolie_feed(&state.library(), base, chrono::Utc::now()))
}

/// `GET /.well-known/csaf/white/{year}/{file}`: a document (`.json`) or its hash (`.json.sha512`); 404 else.
async fn document(
    State(state): State<AppState>,
    Path((year, file)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let lib = state.library();
    let base = state.config.public_url.trim_end_matches('/');
    let (name, hash) = match file.strip_suffix(".sha512") {
        Some(n) => (n, true),
        None => (file.as_str(), false),
    };
    let wanted = format!("/.well-known/csaf/white/{year}/{name}");
    let b = csaf::documents(&lib)
        .into_iter()
        .find(|b| csaf::document_path(b) == wanted)
        .ok_or(AppError::NotFound)?;
    let bytes = csaf::document_bytes(b, base);
    Ok(if hash {
        (
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            csaf::sha512_line(&bytes, name),
        )
            .into_response()
    } else {
        ([(header::CONTENT_TYPE, "application/json")], bytes).into_response()
    })
}

/// `GET /.well-known/security.txt` (RFC 9116); 404 when neither a security nor a corrections contact is set.
async fn security_txt(State(state): State<AppState>) -> Result<Response, AppError> {
    let c = &state.config;
    let contact = [c.security_contact.trim(), c.corrections_contact.trim()]
        .into_iter()
        .find(|s| !s.is_empty())
        .ok_or(AppError::NotFound)?;
    let expires = chrono::DateTime::parse_from_rfc3339(c.security_txt_expires.trim())
        .map(|t| t.with_timezone(&chrono::Utc))
        .unwrap_or_else(|_| chrono::Utc::now() + chrono::Duration::days(180));
    let base = c.public_url.trim_end_matches('/');
    Ok((
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        csaf::security_txt(base, contact, expires),
    )
        .into_response())
}

/// The routes of the CSAF provider and security.txt.
pub fn routes() -> axum::Router<AppState> {
    use axum::routing::get;
    axum::Router::new()
        .route(csaf::PROVIDER_METADATA, get(provider_metadata))
        .route(csaf::FEED, get(feed))
        .route("/.well-known/csaf/white/{year}/{file}", get(document))
        .route("/.well-known/security.txt", get(security_txt))
}
