//! The victim withdraws a report (see [`super::retention::withdraw`]).
//!
//! - `POST /{lang}/report/status/withdraw` (form `ref`, `token`, `confirm=yes`): from the status page, without
//!   JavaScript. Success, or a report withdrawn before: `303` back to the status page (`withdrawn=1`, at
//!   `#withdrawal`). Without the confirmation box: `422` with the reason and the form again. A wrong private
//!   code or an unknown reference: `404` (the same for both).
//! - `POST /api/v1/reports/{reference}/withdraw` with `{"token"}`: `200 {"withdrawn_at", "already",
//!   "notices"}` (`notices`: withdrawal notices queued now, one per recipient that received the report or was
//!   being sent it); `404` `not_found`; `422` `bad_body`.

use super::answers::{authorised, url_query};
use super::retention;
use crate::app::pages::report::withdraw_form_html;
use crate::html::escape as esc;
use crate::i18n;
use crate::server::error::{html_page, json_object, AppError};
use crate::server::AppState;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Form, Json};
use serde::Deserialize;

/// The form of `POST /{lang}/report/status/withdraw`.
#[derive(Deserialize, Default)]
pub struct WithdrawForm {
    #[serde(default, rename = "ref")]
    reference: String,
    #[serde(default)]
    token: String,
    #[serde(default)]
    confirm: String,
}

/// `POST /{lang}/report/status/withdraw`.
pub async fn post_withdraw_form(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Form(f): Form<WithdrawForm>,
) -> Response {
    let Some(locale) = i18n::locale(&lang) else {
        return AppError::NotFound.into_page(i18n::default_locale());
    };
    let lang = locale.tag;
    let title = i18n::t(lang, "status-withdraw-title");
    let back = format!(
        "/{lang}/report/status?{}",
        url_query(&[("ref", &f.reference), ("token", &f.token)])
    );
    let back_link = format!(
        "<p><a href=\"{}\">{}</a></p>",
        esc(&back),
        esc(&i18n::t(lang, "status-answer-back"))
    );
    let reference = match authorised(&state.db, &f.reference, &f.token).await {
        Ok(Some(r)) => r,
        Ok(None) => {
            return html_page(
                StatusCode::NOT_FOUND,
                locale,
                &title,
                &format!(
                    "<p class=\"field-error\" role=\"alert\">{}</p>{back_link}",
                    esc(&i18n::t(lang, "status-not-found"))
                ),
            )
        }
        Err(e) => return AppError::from(e).into_page(locale),
    };
    if f.confirm.trim() != "yes" {
        return html_page(
            StatusCode::UNPROCESSABLE_ENTITY,
            locale,
            &title,
            &format!(
                "<p>{}</p>{}{back_link}",
                esc(&i18n::t(lang, "status-withdraw-lead")),
                withdraw_form_html(lang, &reference, f.token.trim(), true)
            ),
        );
    }
    match retention::withdraw(&state.db, &reference, chrono::Utc::now()).await {
        Ok(_) => {
            let to = format!(
                "/{lang}/report/status?{}#withdrawal",
                url_query(&[
                    ("ref", &reference),
                    ("token", f.token.trim()),
                    ("withdrawn", "1")
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
        Err(e) => AppError::from(e).into_page(locale),
    }
}

/// The body of `POST /api/v1/reports/{reference}/withdraw`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WithdrawJson {
    token: String,
}

/// `POST /api/v1/reports/{reference}/withdraw`.
pub async fn post_withdraw_json(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let w: WithdrawJson = json_object(&body, "the body must be a JSON object with token")?;
    let reference = authorised(&state.db, &reference, &w.token)
        .await?
        .ok_or(AppError::NotFound)?;
    let done = retention::withdraw(&state.db, &reference, chrono::Utc::now())
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((StatusCode::OK, Json(done)).into_response())
}

/// The withdrawal routes.
pub fn routes(limit: crate::server::router::PostLimit) -> axum::Router<AppState> {
    use axum::handler::Handler;
    use axum::routing::post;
    axum::Router::new()
        .route(
            "/{lang}/report/status/withdraw",
            post(post_withdraw_form.layer(limit.clone())),
        )
        .route(
            "/api/v1/reports/{reference}/withdraw",
            post(post_withdraw_json.layer(limit)),
        )
}
