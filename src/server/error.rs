//! The errors of the HTTP layer: one enum, one JSON shape for the API, one HTML page for pages.
//!
//! Handlers return `Result<_, AppError>`; domain layers keep their own small enums (e.g.
//! [`crate::server::reports::ReportError`]) and convert with `From`. Internal causes ([`AppError::Unavailable`],
//! [`AppError::Internal`]) are logged inside the request's span (which carries its `x-request-id`) and never sent.
//!
//! JSON shape (API): `{"error": "<code>"}`, plus `"parameter"` for an invalid query parameter, `"errors":
//! [{"field", "message"}]` for per-field problems and `"detail"` where a refusal explains itself. Throttling and
//! unavailability carry `Retry-After` (seconds).
//!
//! Modelled on launchbadge/realworld-axum-sqlx `src/http/error.rs` (one enum, one `IntoResponse`).

use crate::html::escape as esc;
use crate::i18n::{self, Locale};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

/// One field's problem in an API answer: the field name and the message, already translated.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldMessage {
    /// The request field (`country`, `form_key`, `body`, ...).
    pub field: String,
    /// The message in the caller's language.
    pub message: String,
}

/// The body of every API error, as serialised (absent parts are omitted).
#[derive(Debug, Serialize)]
struct ErrorBody<'a> {
    error: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    parameter: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    errors: Option<&'a [FieldMessage]>,
}

/// An HTTP-layer failure. Each variant fixes the status and the stable `error` code of the JSON body.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// 404 `not_found`: no such resource (an unknown reference, job, country or language).
    #[error("not found")]
    NotFound,
    /// 422 `invalid_parameter`: the named query parameter is missing or not one of its allowed values.
    #[error("invalid parameter `{0}`")]
    InvalidParameter(&'static str),
    /// 400 `bad_request`: the body could not be read at all (not UTF-8, not JSON, NUL bytes).
    #[error("bad request")]
    BadRequest(Vec<FieldMessage>),
    /// 422 `unprocessable`: the body was read; the listed fields are invalid.
    #[error("{} invalid field(s)", .0.len())]
    Unprocessable(Vec<FieldMessage>),
    /// 409 `conflict`: the request contradicts what is stored (an idempotency key reused for other data).
    #[error("conflict")]
    Conflict(Vec<FieldMessage>),
    /// A refusal the client can act on, with its own 4xx status, code and optional explanation
    /// (`bad_signature`, `not_sent`, `cross_site`, `unsupported_media_type`, ...).
    #[error("refused: {code}")]
    Refused {
        /// A 4xx status.
        status: StatusCode,
        /// The stable `error` code.
        code: &'static str,
        /// One sentence for the client's developer, or `None`.
        detail: Option<&'static str>,
    },
    /// 429 `rate_limited`, with `Retry-After`.
    #[error("too many requests")]
    TooManyRequests {
        /// Seconds after which a retry may pass.
        retry_after_secs: u64,
    },
    /// 503 `busy`: the bounded queue is full (search), with `Retry-After`.
    #[error("busy")]
    Busy {
        /// Seconds after which a retry may pass.
        retry_after_secs: u64,
    },
    /// 503 `unavailable` with `Retry-After: 30`: a dependency (the database) failed; the cause is logged.
    #[error("unavailable: {0:#}")]
    Unavailable(anyhow::Error),
    /// 500 `internal`: a bug or an unexpected state; the cause is logged.
    #[error("internal error: {0:#}")]
    Internal(anyhow::Error),
}

impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        AppError::Unavailable(e.into())
    }
}

impl AppError {
    /// A refusal with its own status and code (see [`AppError::Refused`]).
    pub fn refused(status: StatusCode, code: &'static str) -> Self {
        AppError::Refused {
            status,
            code,
            detail: None,
        }
    }

    /// The HTTP status of this error.
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::InvalidParameter(_) | AppError::Unprocessable(_) => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::Refused { status, .. } => *status,
            AppError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Busy { .. } | AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The stable `error` code of the JSON body.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound => "not_found",
            AppError::InvalidParameter(_) => "invalid_parameter",
            AppError::BadRequest(_) => "bad_request",
            AppError::Unprocessable(_) => "unprocessable",
            AppError::Conflict(_) => "conflict",
            AppError::Refused { code, .. } => code,
            AppError::TooManyRequests { .. } => "rate_limited",
            AppError::Busy { .. } => "busy",
            AppError::Unavailable(_) => "unavailable",
            AppError::Internal(_) => "internal",
        }
    }

    fn retry_after(&self) -> Option<u64> {
        match self {
            AppError::TooManyRequests { retry_after_secs }
            | AppError::Busy { retry_after_secs } => Some(*retry_after_secs),
            AppError::Unavailable(_) => Some(30),
            _ => None,
        }
    }

    /// Logs an internal cause (inside the request's span, so with its request id); client errors are not logged.
    fn log(&self) {
        match self {
            AppError::Unavailable(e) => tracing::error!(error = format!("{e:#}"), "unavailable"),
            AppError::Internal(e) => tracing::error!(error = format!("{e:#}"), "internal error"),
            _ => {}
        }
    }

    /// This error as an HTML page in `locale` (for routes people open in a browser), with a way home.
    pub fn into_page(self, locale: &'static Locale) -> Response {
        self.log();
        let lang = locale.tag;
        let t = |id: &str| i18n::t(lang, id);
        let (title, body) = match &self {
            AppError::NotFound => (t("error-not-found-title"), t("error-not-found-body")),
            AppError::TooManyRequests { .. } => (t("error-rate-limited"), String::new()),
            AppError::Busy { .. } | AppError::Unavailable(_) | AppError::Internal(_) => {
                (t("error-internal-title"), t("error-internal-body"))
            }
            _ => (t("error-bad-request-title"), t("report-error-bad-request")),
        };
        let body = if body.is_empty() {
            String::new()
        } else {
            format!("<p>{}</p>", esc(&body))
        };
        let links = format!(
            "<p><a href=\"/{lang}/\">{}</a></p>",
            esc(&t("error-not-found-home"))
        );
        let mut res = html_page(self.status(), locale, &title, &format!("{body}{links}"));
        if let Some(s) = self.retry_after() {
            res.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(s));
        }
        res
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        self.log();
        let (parameter, detail, errors) = match &self {
            AppError::InvalidParameter(p) => (Some(*p), None, None),
            AppError::Refused { detail, .. } => (None, *detail, None),
            AppError::BadRequest(e) | AppError::Unprocessable(e) | AppError::Conflict(e)
                if !e.is_empty() =>
            {
                (None, None, Some(e.as_slice()))
            }
            _ => (None, None, None),
        };
        let body = ErrorBody {
            error: self.code(),
            parameter,
            detail,
            errors,
        };
        let mut res = (self.status(), Json(body)).into_response();
        if let Some(s) = self.retry_after() {
            res.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(s));
        }
        res.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        res
    }
}

/// The CSP of the server-built pages below: no script at all, the portal's stylesheet, forms to itself.
pub const PLAIN_PAGE_CSP: &str =
    "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// A small complete HTML page built without the app (error pages, the acknowledgement page): `title` is text
/// (escaped here), `body_html` is markup the caller built and escaped. `Cache-Control: no-store`, no scripts,
/// not indexed.
pub fn html_page(
    status: StatusCode,
    locale: &'static Locale,
    title: &str,
    body_html: &str,
) -> Response {
    let html = format!(
        "<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">\
         <title>{t} – cyberhelp</title><link rel=\"stylesheet\" href=\"/pkg/cyberhelp.css\"></head>\
         <body><main id=\"main\" class=\"wrap\"><h1>{t}</h1>{body_html}</main></body></html>",
        lang = locale.tag,
        dir = locale.dir.as_str(),
        t = esc(title),
    );
    (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
            (header::CONTENT_SECURITY_POLICY, PLAIN_PAGE_CSP),
        ],
        html,
    )
        .into_response()
}

/// Reads a request body that must be one JSON object into `T` (an array standing for the object, which serde
/// would read positionally, is refused too). Errors: 422 `bad_body` with `detail`, the shape the caller expects.
pub fn json_object<T: serde::de::DeserializeOwned>(
    body: &[u8],
    detail: &'static str,
) -> Result<T, AppError> {
    serde_json::from_slice::<serde_json::Value>(body)
        .ok()
        .filter(serde_json::Value::is_object)
        .and_then(|v| serde_json::from_value(v).ok())
        .ok_or(AppError::Refused {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            code: "bad_body",
            detail: Some(detail),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn json(res: Response) -> serde_json::Value {
        let b = axum::body::to_bytes(res.into_body(), 1 << 16)
            .await
            .unwrap();
        serde_json::from_slice(&b).unwrap()
    }

    fn field(f: &str) -> Vec<FieldMessage> {
        vec![FieldMessage {
            field: f.into(),
            message: "m".into(),
        }]
    }

    #[tokio::test]
    async fn every_variant_has_its_status_code_and_body() {
        let cases: Vec<(AppError, u16, serde_json::Value)> = vec![
            (
                AppError::NotFound,
                404,
                serde_json::json!({"error": "not_found"}),
            ),
            (
                AppError::InvalidParameter("limit"),
                422,
                serde_json::json!({"error": "invalid_parameter", "parameter": "limit"}),
            ),
            (
                AppError::BadRequest(field("body")),
                400,
                serde_json::json!({"error": "bad_request", "errors": [{"field": "body", "message": "m"}]}),
            ),
            (
                AppError::BadRequest(vec![]),
                400,
                serde_json::json!({"error": "bad_request"}),
            ),
            (
                AppError::Unprocessable(field("country")),
                422,
                serde_json::json!({"error": "unprocessable", "errors": [{"field": "country", "message": "m"}]}),
            ),
            (
                AppError::Conflict(field("form_key")),
                409,
                serde_json::json!({"error": "conflict", "errors": [{"field": "form_key", "message": "m"}]}),
            ),
            (
                AppError::Refused {
                    status: StatusCode::CONFLICT,
                    code: "not_sent",
                    detail: Some("why"),
                },
                409,
                serde_json::json!({"error": "not_sent", "detail": "why"}),
            ),
            (
                AppError::TooManyRequests {
                    retry_after_secs: 7,
                },
                429,
                serde_json::json!({"error": "rate_limited"}),
            ),
            (
                AppError::Busy {
                    retry_after_secs: 1,
                },
                503,
                serde_json::json!({"error": "busy"}),
            ),
            (
                AppError::Unavailable(anyhow::anyhow!("db password is hunter2")),
                503,
                serde_json::json!({"error": "unavailable"}),
            ),
            (
                AppError::Internal(anyhow::anyhow!("secret detail")),
                500,
                serde_json::json!({"error": "internal"}),
            ),
        ];
        for (err, status, body) in cases {
            let retry = err.retry_after();
            let res = err.into_response();
            assert_eq!(res.status().as_u16(), status);
            assert_eq!(
                res.headers().get(header::RETRY_AFTER).map(|v| v
                    .to_str()
                    .unwrap()
                    .parse::<u64>()
                    .unwrap()),
                retry
            );
            assert!(res.headers()[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with("application/json"));
            // the exact body: internal causes are never sent
            assert_eq!(json(res).await, body);
        }
    }

    #[tokio::test]
    async fn pages_are_translated_escaped_and_keep_the_status() {
        let fr = i18n::locale("fr").unwrap();
        let res = AppError::NotFound.into_page(fr);
        assert_eq!(res.status(), StatusCode::NOT_FOUND);
        assert_eq!(
            res.headers()[header::CONTENT_SECURITY_POLICY],
            PLAIN_PAGE_CSP
        );
        let b = axum::body::to_bytes(res.into_body(), 1 << 16)
            .await
            .unwrap();
        let html = String::from_utf8(b.to_vec()).unwrap();
        assert!(html.contains("<html lang=\"fr\""));
        assert!(html.contains(&esc(&i18n::t("fr", "error-not-found-title"))));
        assert!(html.contains("href=\"/fr/\""));

        let res = AppError::Unavailable(anyhow::anyhow!("<script>secret</script>"))
            .into_page(i18n::locale("ar").unwrap_or(fr));
        assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(res.headers()[header::RETRY_AFTER], "30");
        let b = axum::body::to_bytes(res.into_body(), 1 << 16)
            .await
            .unwrap();
        let html = String::from_utf8(b.to_vec()).unwrap();
        assert!(!html.contains("secret"));

        let res = html_page(StatusCode::OK, fr, "a <b>", "<p>x</p>");
        let b = axum::body::to_bytes(res.into_body(), 1 << 16)
            .await
            .unwrap();
        let html = String::from_utf8(b.to_vec()).unwrap();
        assert!(html.contains("<h1>a &lt;b&gt;</h1><p>x</p>"));
    }
}
