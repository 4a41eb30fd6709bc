//! Signed preview links for editors (issue 15): a draft or scheduled article, or any bulletin, seen before it is
//! published, at `/{lang}/preview/{kind}/{slug}?exp=<unix seconds>&sig=<hex>`. The signature is
//! HMAC-SHA256 under the instance secret (the one behind status tokens, shared by all replicas through the
//! database) over `cyberhelp-preview:{lang}/{kind}/{slug}:{exp}`, first 128 bits in hex. `cyberhelp preview-link`
//! prints such a link. Preview pages are never listed, carry `X-Robots-Tag: noindex` and `Cache-Control: no-store`,
//! and say at the top that the text is not published.

use super::error::{html_page, AppError};
use super::state::AppState;
use crate::html::escape as esc;
use crate::i18n;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;
use hmac::{Hmac, Mac};
use serde::Deserialize;
use sha2::Sha256;

/// What can be previewed.
pub const KINDS: [&str; 2] = ["advice", "bulletins"];

/// The signature of a preview link (32 hex digits).
pub fn signature(secret: &[u8], lang: &str, kind: &str, slug: &str, exp: i64) -> String {
    let mut m =
        <Hmac<Sha256> as Mac>::new_from_slice(secret).expect("HMAC takes keys of any length");
    m.update(format!("cyberhelp-preview:{lang}/{kind}/{slug}:{exp}").as_bytes());
    crate::server::encoding::hex(&m.finalize().into_bytes()[..16])
}

/// The path and query of a preview link valid until `exp` (Unix seconds).
pub fn link(secret: &[u8], lang: &str, kind: &str, slug: &str, exp: i64) -> String {
    let sig = signature(secret, lang, kind, slug, exp);
    format!("/{lang}/preview/{kind}/{slug}?exp={exp}&sig={sig}")
}

/// Query of a preview page.
#[derive(Deserialize, Default)]
pub struct PreviewQuery {
    #[serde(default)]
    exp: String,
    #[serde(default)]
    sig: String,
}

/// `GET /{lang}/preview/{kind}/{slug}?exp=&sig=`: the version in `lang` (else English), drafts and scheduled
/// items included. A bad or expired signature and an unknown item are the same 404, so links cannot be probed.
pub async fn page(
    State(state): State<AppState>,
    Path((lang, kind, slug)): Path<(String, String, String)>,
    Query(q): Query<PreviewQuery>,
) -> Response {
    let locale = i18n::locale(&lang).unwrap_or_else(i18n::default_locale);
    let not_found = || AppError::NotFound.into_page(locale);
    let Ok(exp) = q.exp.trim().parse::<i64>() else {
        return not_found();
    };
    let expected = signature(&state.token_secret, locale.tag, &kind, &slug, exp);
    let valid = crate::server::reports::delivery::sign::constant_eq(
        expected.as_bytes(),
        q.sig.trim().as_bytes(),
    );
    if !valid || exp < chrono::Utc::now().timestamp() || !KINDS.contains(&kind.as_str()) {
        return not_found();
    }
    let lib = state.library();
    let doc = match kind.as_str() {
        "advice" => lib.advice.get(&slug).and_then(|tr| {
            tr.get(locale.tag)
                .or_else(|| tr.get(i18n::DEFAULT_LANG))
                .map(|a| a.doc.clone())
        }),
        _ => lib.bulletins.get(&slug).and_then(|tr| {
            tr.get(locale.tag)
                .or_else(|| tr.get(i18n::DEFAULT_LANG))
                .map(|b| b.doc.clone())
        }),
    };
    let Some(doc) = doc else {
        return not_found();
    };
    let body = format!(
        "<p class=\"notice\" role=\"note\">Preview: not published. Do not share this link. ({}, {})</p>\
         <p>{}</p><article lang=\"{}\">{}</article>",
        esc(&doc.file),
        esc(&doc.lang),
        esc(&doc.summary),
        esc(&doc.lang),
        doc.html_for(locale.tag),
    );
    let mut res = html_page(StatusCode::OK, locale, &doc.title, &body);
    res.headers_mut().insert(
        header::HeaderName::from_static("x-robots-tag"),
        HeaderValue::from_static("noindex, nofollow"),
    );
    res
}

/// The preview route.
pub fn routes() -> axum::Router<AppState> {
    axum::Router::new().route("/{lang}/preview/{kind}/{slug}", axum::routing::get(page))
}
