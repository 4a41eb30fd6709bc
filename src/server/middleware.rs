//! The middleware every response goes through, outermost first (see [`with_layers`]), and the answers of the
//! layers that know nothing about pages (413, 429) made readable.

use super::{metrics, reports, security};
use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;

/// Logs a failed request: a 503 (search busy, database unavailable: the answer carries `Retry-After`) as a
/// warning, so a cheap flood of refused searches cannot flood the error log; every other failure as an error.
fn log_failure(
    class: tower_http::classify::ServerErrorsFailureClass,
    latency: std::time::Duration,
    _span: &tracing::Span,
) {
    use tower_http::classify::ServerErrorsFailureClass as C;
    match class {
        C::StatusCode(s) if s == StatusCode::SERVICE_UNAVAILABLE => {
            tracing::warn!(
                status = s.as_u16(),
                ?latency,
                "request refused (unavailable)"
            )
        }
        other => tracing::error!(failure = %other, ?latency, "request failed"),
    }
}

/// The tracing span of one request: method, path (never the query, which may carry a status token) and its id.
fn request_span(req: &Request) -> tracing::Span {
    let id = req
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    tracing::info_span!("request", method = %req.method(), path = %req.uri().path(), request_id = %id)
}

/// Middleware: caching headers of answers that set none themselves. `/pkg/*` files with content-hashed names
/// (see [`super::assets`]) are immutable for a year; other `/pkg/*` files may be reused for an hour and then
/// revalidated with `Last-Modified`; other static files for a day; API answers are always revalidated. Pages
/// get theirs from [`super::pages::headers`].
async fn cache_headers(req: Request, next: Next) -> Response {
    let path = req.uri().path();
    let is_pkg = path.starts_with("/pkg/");
    let immutable = is_pkg && super::assets::is_hashed_name(path.rsplit('/').next().unwrap_or(""));
    let is_asset = [
        ".svg",
        ".ico",
        ".png",
        ".css",
        ".js",
        ".txt",
        ".webmanifest",
        ".woff2",
    ]
    .iter()
    .any(|ext| path.ends_with(ext));
    let mut res = next.run(req).await;
    if res.headers().contains_key(header::CACHE_CONTROL) {
        return res;
    }
    let html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/html") || ct.starts_with("application/json"));
    let value = if !res.status().is_success() || html {
        "no-cache"
    } else if immutable {
        "public, max-age=31536000, immutable"
    } else if is_pkg {
        "public, max-age=3600, must-revalidate"
    } else if is_asset {
        "public, max-age=86400"
    } else {
        // feeds, metrics and other generated answers: always revalidate
        "no-cache"
    };
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    res
}

/// Turns a panic in a handler into a logged 500 with a generic body; the server keeps running.
fn panic_response(err: Box<dyn std::any::Any + Send + 'static>) -> Response<Body> {
    let detail = err
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| err.downcast_ref::<&str>().copied())
        .unwrap_or("non-string panic payload");
    tracing::error!(panic = detail, "handler panicked");
    let mut res = (
        StatusCode::INTERNAL_SERVER_ERROR,
        "500 Internal Server Error: please try again.",
    )
        .into_response();
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// Wraps a router with the middleware every response goes through (outermost first): panic catching,
/// security headers, a request id (`x-request-id`, kept from a trusted caller or made here, echoed on the
/// response and carried by every log line of the request), tracing, metrics, compression, caching headers,
/// readable error pages, body size limit.
pub fn with_layers(router: Router, max_body_bytes: usize) -> Router {
    let request_id = HeaderName::from_static("x-request-id");
    router
        .layer(middleware::from_fn(move |req: Request, next: Next| {
            body_limit(max_body_bytes, req, next)
        }))
        .layer(middleware::from_fn(readable_errors))
        .layer(middleware::from_fn(cache_headers))
        .layer(CompressionLayer::new())
        .layer(middleware::from_fn(metrics::track))
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(request_span)
                .on_failure(log_failure),
        )
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
        .layer(middleware::from_fn(security::headers))
        .layer(CatchPanicLayer::custom(panic_response))
}

/// Middleware: bodies larger than `max` bytes get 413 (refused from `Content-Length` before reading, or
/// when the read passes the limit). The no-JavaScript report form may send up to
/// [`reports::http::FORM_RESCUE_FACTOR`] times as much, so that its too-large answer can show the typed
/// text again ([`reports::http::keep_typed`] refuses anything over `max` itself).
async fn body_limit(max: usize, req: Request, next: Next) -> Response {
    let limit = if reports::http::is_form_post(req.method(), req.uri().path()) {
        max.saturating_mul(reports::http::FORM_RESCUE_FACTOR)
    } else {
        max
    };
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        // the body is not read: the connection cannot be reused, so say so (keep-alive clients reconnect)
        return (
            StatusCode::PAYLOAD_TOO_LARGE,
            [(header::CONNECTION, "close")],
            "length limit exceeded",
        )
            .into_response();
    }
    let (parts, body) = req.into_parts();
    let body = Body::new(http_body_util::Limited::new(body, limit));
    next.run(Request::from_parts(parts, body)).await
}

/// Middleware: answers from layers that know nothing about pages (body too large → 413, rate limit → 429)
/// become a short readable HTML page in the language of the path, with a way back.
async fn readable_errors(req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    let res = next.run(req).await;
    let status = res.status();
    let plain = !res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|c| c.starts_with("application/json") || c.starts_with("text/html"));
    if path.starts_with("/api/") {
        // API clients get JSON for the answers of the extractors and layers (duplicate query fields, body
        // too large, rate limit), never their plain-text messages
        let mapped = matches!(
            status,
            StatusCode::BAD_REQUEST | StatusCode::PAYLOAD_TOO_LARGE | StatusCode::TOO_MANY_REQUESTS
        );
        if plain && mapped {
            let err = match status {
                StatusCode::PAYLOAD_TOO_LARGE => {
                    super::error::AppError::refused(status, "too_large")
                }
                StatusCode::TOO_MANY_REQUESTS => {
                    super::error::AppError::refused(status, "rate_limited")
                }
                _ => super::error::AppError::BadRequest(vec![]),
            };
            let mut out = err.into_response();
            keep_headers(&res, &mut out);
            return out;
        }
        return res;
    }
    if !(status == StatusCode::PAYLOAD_TOO_LARGE || status == StatusCode::TOO_MANY_REQUESTS) {
        return res;
    }
    let html_already = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|c| c.starts_with("text/html"));
    if html_already {
        return res;
    }
    let locale = crate::i18n::locale_of_path(&path);
    let t = |id: &str| crate::i18n::t(locale.tag, id);
    let (title, body) = if status == StatusCode::PAYLOAD_TOO_LARGE {
        // bodies too large even for the report form's rescue (see `reports::http::keep_typed`): the
        // browser's Back button still has the typed text
        (
            t("error-too-large-title"),
            format!(
                "{} {}",
                t("report-error-description-long"),
                t("error-too-large-back")
            ),
        )
    } else if path.trim_matches('/').split('/').nth(1) == Some("report")
        && !path.contains("/report/")
    {
        (t("report-error-rate-limited"), String::new())
    } else {
        (t("error-rate-limited"), String::new())
    };
    let esc = crate::html::escape;
    let body = if body.is_empty() {
        String::new()
    } else {
        format!("<p>{}</p>", esc(&body))
    };
    let links = format!(
        "{body}<p><a href=\"/{l}/report\">{back}</a></p><p><a href=\"/{l}/\">{home}</a></p>",
        l = locale.tag,
        back = esc(&t("report-title")),
        home = esc(&t("error-not-found-home")),
    );
    let mut out = super::error::html_page(status, locale, &title, &links);
    keep_headers(&res, &mut out);
    out
}

/// Copies what a replaced answer must keep: `Retry-After` and `Connection: close`.
fn keep_headers(from: &Response, to: &mut Response) {
    for name in [header::RETRY_AFTER, header::CONNECTION] {
        if let Some(v) = from.headers().get(&name) {
            to.headers_mut().insert(name, v.clone());
        }
    }
}
