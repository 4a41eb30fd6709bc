//! HTTP endpoints of "What happened?" besides the page: `POST /{lang}/help/feedback` ("None of these fit") and
//! `GET /api/v1/triage?lang=` (the tree as open data).

use crate::i18n;
use crate::server::error::AppError;
use crate::server::triage::{Kind, Tree};
use crate::server::AppState;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;
use std::collections::HashMap;

fn known_node(tree: &Tree, node: &str) -> bool {
    tree.questions
        .iter()
        .chain(tree.facts.iter())
        .any(|q| q.id == node)
        || tree.results.iter().any(|r| r.id == node)
}

/// `POST /{lang}/help/feedback` (form: `node`, optional `text`, repeated `answers=question=value`): stores the
/// submission (no personal data asked for; text at most 500 characters, kept 90 days) and answers `303` back to
/// the "none of these fit" page with a thank-you. An unknown node is counted as `start`; a body that is not
/// UTF-8 answers 400.
pub async fn post_feedback(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    body: Bytes,
) -> Result<Response, Response> {
    let loc =
        i18n::locale(&lang).ok_or_else(|| AppError::NotFound.into_page(i18n::default_locale()))?;
    let page_error = |e: AppError| e.into_page(loc);
    let text = std::str::from_utf8(&body).map_err(|_| page_error(AppError::BadRequest(vec![])))?;
    let lib = state.library();
    let tree = lib
        .triage
        .as_ref()
        .ok_or_else(|| page_error(AppError::NotFound))?;
    let mut node = String::from("start");
    let mut free = None;
    let mut answers = Vec::new();
    for (k, v) in url::form_urlencoded::parse(text.as_bytes()) {
        match k.as_ref() {
            "node" if known_node(tree, &v) => node = v.into_owned(),
            "text" => free = Some(v.into_owned()),
            "answers" if answers.len() < 16 => answers.push(v.into_owned()),
            _ => {}
        }
    }
    // the answers go back into the URL only if they are answers (same bounds as the page)
    let (kept, _) = crate::server::triage::view::parse_query(&answers.join("&"));
    crate::server::triage::feedback::record(
        &state.db,
        &node,
        loc.tag,
        free.as_deref(),
        chrono::Utc::now(),
    )
    .await
    .map_err(|e| page_error(AppError::Unavailable(e)))?;
    let mut q = url::form_urlencoded::Serializer::new(String::new());
    q.extend_pairs(kept.iter());
    q.append_pair("nofit", "1");
    q.append_pair("thanks", "1");
    let to = format!("/{}/help?{}", loc.tag, q.finish());
    Ok((StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response())
}

/// `GET /api/v1/triage?lang=`: the tree with its texts in `lang` (English for an unknown tag):
/// `{"lang", "start", "max_answers", "questions": [{"id", "text", "kind", "options": [{"id", "label", "next"}]}],
/// "facts": [...], "results": [{"id", "incident", "article", "article_citizen", "diagnosis"}]}`; 404 when the
/// content has no tree. Generated options (sectors, countries) are listed by `kind`, not spelled out.
pub async fn get_tree(
    State(state): State<AppState>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let lang = i18n::resolve_or_default(q.get("lang").map(String::as_str)).tag;
    let lib = state.library();
    let tree = lib.triage.as_ref().ok_or(AppError::NotFound)?;
    let question = |qu: &crate::server::triage::Question| {
        json!({
            "id": qu.id,
            "text": i18n::t(lang, &format!("triage-q-{}", qu.id)),
            "kind": match qu.kind { Kind::Choice => "choice", Kind::Sector => "sector", Kind::Country => "country" },
            "options": qu.options.iter().map(|o| json!({
                "id": o.id,
                "label": i18n::t(lang, &format!("triage-o-{}-{}", qu.id, o.id)),
                "next": o.next,
            })).collect::<Vec<_>>(),
            "next": qu.next,
        })
    };
    Ok(Json(json!({
        "lang": lang,
        "start": tree.start,
        "max_answers": crate::server::triage::MAX_ANSWERS,
        "questions": tree.questions.iter().map(question).collect::<Vec<_>>(),
        "facts": tree.facts.iter().map(question).collect::<Vec<_>>(),
        "results": tree.results.iter().map(|r| json!({
            "id": r.id,
            "incident": r.incident,
            "article": r.article,
            "article_citizen": r.article_citizen,
            "diagnosis": i18n::t(lang, &format!("triage-r-{}", r.id)),
        })).collect::<Vec<_>>(),
    }))
    .into_response())
}

/// The routes of "What happened?" besides its page: the feedback post (rate-limited by `limit`) and the tree.
pub fn routes(limit: crate::server::router::PostLimit) -> axum::Router<AppState> {
    use axum::handler::Handler;
    axum::Router::new()
        .route(
            "/{lang}/help/feedback",
            axum::routing::post(post_feedback.layer(limit)),
        )
        .route("/api/v1/triage", axum::routing::get(get_tree))
}
