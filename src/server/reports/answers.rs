//! The victim's answers to recipients' questions (see [`super::delivery::followups`]).
//!
//! - `POST /{lang}/report/status/answer` (form `ref`, `token`, `question`, `answer`): from the status page,
//!   without JavaScript. Success: `303` back to the status page (`answered=1`, at `#questions`). A refused
//!   answer: its page (422, 409 or 404) with the reason and the form again, holding what was typed.
//! - `POST /api/v1/reports/{reference}/answers` with `{"token", "question_id", "answer"}`: `201 {"answer_id",
//!   "state": "queued", "already": false}`, `200` with `"already": true` for the same answer again; `404`
//!   `not_found` for a wrong private code or a question of another report (the same answer for both, so
//!   nothing about other reports leaks); `409` `thread_closed` or `already_answered`; `422` `empty`,
//!   `too_long`, `control_characters`, `bad_body`.

use super::delivery::followups::{self, FollowupError, FollowupStoreError, Stored};
use super::{delivery, reference, store};
use crate::html::escape as esc;
use crate::i18n;
use crate::server::db::Db;
use crate::server::error::{html_page, json_object, AppError};
use crate::server::AppState;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Form, Json};
use serde::Deserialize;
use serde_json::json;

/// The normalised reference when `token` is the report's private code; `None` otherwise (unknown report,
/// malformed reference or wrong code alike).
///
/// Errors: the database failed.
pub async fn authorised(
    db: &Db,
    reference: &str,
    token: &str,
) -> Result<Option<String>, sqlx::Error> {
    let Some(r) = reference::normalise_reference(reference) else {
        return Ok(None);
    };
    let Some(stored) = store::load(db, &r).await? else {
        return Ok(None);
    };
    Ok(delivery::sign::constant_eq(
        stored.token_hash.as_bytes(),
        reference::token_hash(token.trim()).as_bytes(),
    )
    .then_some(r))
}

/// The form of `POST /{lang}/report/status/answer`.
#[derive(Deserialize, Default)]
pub struct AnswerForm {
    #[serde(default, rename = "ref")]
    reference: String,
    #[serde(default)]
    token: String,
    #[serde(default)]
    question: String,
    #[serde(default)]
    answer: String,
}

/// The status page's answer form for question `question` (also shown again after a refusal, with `typed`).
/// `anonymous` adds the reminder that nothing identifies the victim unless they write it.
pub fn answer_form_html(
    lang: &str,
    reference: &str,
    token: &str,
    question: &str,
    typed: &str,
    anonymous: bool,
) -> String {
    let t = |k: &str| esc(&i18n::t(lang, k));
    let field = format!("answer-{}", esc(question));
    format!(
        "<form method=\"post\" action=\"/{lang}/report/status/answer\" class=\"answer-form\">\
         <input type=\"hidden\" name=\"ref\" value=\"{r}\"><input type=\"hidden\" name=\"token\" value=\"{tok}\">\
         <input type=\"hidden\" name=\"question\" value=\"{q}\">\
         <p><label for=\"{field}\">{label}</label><br><span class=\"hint\" id=\"{field}-hint\">{hint}</span><br>\
         <textarea id=\"{field}\" name=\"answer\" rows=\"5\" maxlength=\"{max}\" required aria-describedby=\"{field}-hint\">{typed}</textarea></p>\
         <p><button type=\"submit\">{button}</button></p></form>",
        r = esc(reference),
        tok = esc(token),
        q = esc(question),
        label = t("status-answer-label"),
        hint = if anonymous {
            t("status-answer-hint-anonymous")
        } else {
            t("status-answer-hint")
        },
        typed = esc(&shown_again(typed)),
        button = t("status-answer-button"),
        max = followups::MAX_ANSWER,
    )
}

/// `POST /{lang}/report/status/answer`.
pub async fn post_answer_form(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Form(f): Form<AnswerForm>,
) -> Response {
    let Some(locale) = i18n::locale(&lang) else {
        return AppError::NotFound.into_page(i18n::default_locale());
    };
    let lang = locale.tag;
    let title = i18n::t(lang, "status-answer-error-title");
    let refused =
        |status: StatusCode, code: &str, anonymous: bool| {
            let back = format!(
                "/{lang}/report/status?{}",
                url_query(&[("ref", &f.reference), ("token", &f.token)])
            );
            let form = if matches!(
                code,
                "unknown" | "thread_closed" | "already_answered" | "withdrawn"
            ) {
                // nothing to send again: the typed text stays visible to copy
                format!(
                    "<blockquote class=\"typed\">{}</blockquote>",
                    esc(&shown_again(&f.answer))
                )
            } else {
                answer_form_html(
                    lang,
                    &f.reference,
                    &f.token,
                    &f.question,
                    &f.answer,
                    anonymous,
                )
            };
            html_page(
                status,
                locale,
                &title,
                &format!(
                "<p class=\"field-error\" role=\"alert\">{}</p>{form}<p><a href=\"{}\">{}</a></p>",
                esc(&i18n::t(lang, &format!("followup-error-{}", code.replace('_', "-")))),
                esc(&back),
                esc(&i18n::t(lang, "status-answer-back")),
            ),
            )
        };
    let reference = match authorised(&state.db, &f.reference, &f.token).await {
        Ok(Some(r)) => r,
        Ok(None) => return refused(StatusCode::NOT_FOUND, "unknown", false),
        Err(e) => return AppError::from(e).into_page(locale),
    };
    let anonymous = store::load(&state.db, &reference)
        .await
        .ok()
        .flatten()
        .is_some_and(|s| s.input.anonymous);
    match followups::answer(
        &state.db,
        &reference,
        f.question.trim(),
        &f.answer,
        "status-page",
        chrono::Utc::now(),
    )
    .await
    {
        Ok((id, stored)) => {
            if stored == Stored::New {
                tracing::info!(%reference, answer = %id, "victim answered a question (status page)");
            }
            let to = format!(
                "/{lang}/report/status?{}#questions",
                url_query(&[
                    ("ref", &reference),
                    ("token", f.token.trim()),
                    ("answered", "1")
                ])
            );
            (
                StatusCode::SEE_OTHER,
                [
                    (header::LOCATION, to),
                    (header::CACHE_CONTROL, "no-store".into()),
                ],
            )
                .into_response()
        }
        Err(FollowupStoreError::Refused(e)) => refused(e.status(), e.code(), anonymous),
        Err(FollowupStoreError::Storage(e)) => AppError::from(e).into_page(locale),
    }
}

/// Typed text as shown again after a refusal: control characters (but line breaks and tabs), which no HTML
/// document may hold, become U+FFFD.
pub fn shown_again(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() && !matches!(c, '\n' | '\r' | '\t') {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect()
}

pub(super) fn url_query(pairs: &[(&str, &str)]) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

/// The body of `POST /api/v1/reports/{reference}/answers`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswerJson {
    token: String,
    question_id: String,
    answer: String,
}

/// `POST /api/v1/reports/{reference}/answers`.
pub async fn post_answer_json(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let a: AnswerJson = json_object(
        &body,
        "the body must be a JSON object with token, question_id and answer",
    )?;
    let reference = authorised(&state.db, &reference, &a.token)
        .await?
        .ok_or(AppError::NotFound)?;
    match followups::answer(
        &state.db,
        &reference,
        a.question_id.trim(),
        &a.answer,
        "api",
        chrono::Utc::now(),
    )
    .await
    {
        Ok((id, stored)) => Ok((
            if stored == Stored::New {
                StatusCode::CREATED
            } else {
                StatusCode::OK
            },
            Json(json!({"answer_id": id, "state": "queued", "already": stored == Stored::Already})),
        )
            .into_response()),
        Err(FollowupStoreError::Refused(FollowupError::Unknown)) => Err(AppError::NotFound),
        Err(FollowupStoreError::Refused(e)) => Err(AppError::Refused {
            status: e.status(),
            code: e.code(),
            detail: None,
        }),
        Err(FollowupStoreError::Storage(e)) => Err(e.into()),
    }
}

/// The answer routes.
pub fn routes(limit: crate::server::router::PostLimit) -> axum::Router<AppState> {
    use axum::handler::Handler;
    use axum::routing::post;
    axum::Router::new()
        .route(
            "/{lang}/report/status/answer",
            post(post_answer_form.layer(limit.clone())),
        )
        .route(
            "/api/v1/reports/{reference}/answers",
            post(post_answer_json.layer(limit)),
        )
}
