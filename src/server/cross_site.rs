//! Refuses cross-site state-changing requests, and JSON API bodies that are not JSON.
//!
//! Browsers attach the visitor's ambient context to requests any other site makes them send, so a page on
//! `evil.example` could otherwise make its visitors file reports. The check follows the algorithm of Go's
//! `net/http.CrossOriginProtection` (Filippo Valsorda, "Cross-Site Request Forgery", 2025), which needs no
//! token and keeps the no-JavaScript form working:
//!
//! 1. `GET`, `HEAD`, `OPTIONS` pass.
//! 2. `Sec-Fetch-Site` present (every current browser sends it): only `same-origin` and `none` (typed by the
//!    user) pass.
//! 3. Otherwise `Origin` present: it must be this site (the configured public URL, or the host the request
//!    was sent to); `Origin: null` is refused.
//! 4. Neither header: the request did not come from a current browser (curl, scripts, very old browsers,
//!    whose form posts are same-origin by construction of the page); it passes.
//!
//! The portal's `Referrer-Policy` is `same-origin` so that browsers without `Sec-Fetch-Site` send the
//! real `Origin` on its own form posts (under `no-referrer` they send `Origin: null`, refused in step 3).
//!
//! `/api/v1/` is an API for programs, not a browser form target: its `POST`s must say
//! `Content-Type: application/json` (415 otherwise). A cross-site page cannot send that type without a CORS
//! preflight, which the portal never answers, so the API needs no origin check. The signed delivery
//! acknowledgement (`/api/v1/deliveries/{id}/ack`) is authenticated by its HMAC and keeps accepting any
//! type of JSON body.

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

use super::error::AppError;

/// What the check needs to know about this site.
#[derive(Clone, Debug)]
pub struct SameOrigin {
    /// `scheme://host[:port]` of the configured public URL, lowercase.
    public_origin: String,
}

impl SameOrigin {
    /// The policy for a portal served at `public_url`.
    pub fn new(public_url: &str) -> Self {
        let public_origin = url::Url::parse(public_url)
            .map(|u| u.origin().ascii_serialization())
            .unwrap_or_default();
        SameOrigin { public_origin }
    }

    /// Whether a request with these headers may change state (see the module documentation).
    pub fn allows(&self, headers: &HeaderMap) -> bool {
        let get = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
        if let Some(site) = get("sec-fetch-site") {
            return matches!(site.trim(), "same-origin" | "none");
        }
        let Some(origin) = get(header::ORIGIN.as_str()) else {
            return true;
        };
        let Ok(o) = url::Url::parse(origin.trim()) else {
            return false; // includes `null`
        };
        let serialized = o.origin().ascii_serialization();
        if !self.public_origin.is_empty() && serialized == self.public_origin {
            return true;
        }
        // the host the browser addressed (covers a portal reached under more than one name)
        let Some(host) = o.host_str() else {
            return false;
        };
        let origin_host = match o.port() {
            Some(p) => format!("{host}:{p}"),
            None => host.to_owned(),
        };
        get(header::HOST.as_str()).is_some_and(|h| h.trim().eq_ignore_ascii_case(&origin_host))
    }
}

/// Whether `headers` declare a JSON body (`application/json`, parameters allowed).
pub fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"))
}

/// Middleware applying [`SameOrigin`] to pages and server functions and the JSON rule to `/api/v1/`.
pub async fn guard(State(policy): State<Arc<SameOrigin>>, req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    let path = req.uri().path();
    if let Some(api) = path.strip_prefix("/api/v1/") {
        if !api.starts_with("deliveries/") && !is_json(req.headers()) {
            return AppError::Refused {
                status: StatusCode::UNSUPPORTED_MEDIA_TYPE,
                code: "unsupported_media_type",
                detail: Some("send the body as Content-Type: application/json"),
            }
            .into_response();
        }
        return next.run(req).await;
    }
    if policy.allows(req.headers()) {
        return next.run(req).await;
    }
    tracing::warn!(
        path,
        origin = ?req.headers().get(header::ORIGIN),
        sec_fetch_site = ?req.headers().get("sec-fetch-site"),
        "cross-site request refused"
    );
    let refused = AppError::refused(StatusCode::FORBIDDEN, "cross_site");
    if path.starts_with("/api/") {
        refused.into_response()
    } else {
        refused.into_page(crate::i18n::locale_of_path(path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(
                header::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                v.parse().unwrap(),
            );
        }
        h
    }

    #[test]
    fn same_origin_only() {
        let p = SameOrigin::new("https://cyberhelp.example.eu");
        let host = ("host", "cyberhelp.example.eu");
        for (h, ok) in [
            (vec![("sec-fetch-site", "same-origin")], true),
            (vec![("sec-fetch-site", "none")], true),
            (vec![("sec-fetch-site", "cross-site")], false),
            (vec![("sec-fetch-site", "same-site")], false),
            (
                vec![
                    ("sec-fetch-site", "cross-site"),
                    ("origin", "https://cyberhelp.example.eu"),
                ],
                false,
            ),
            (vec![("origin", "https://cyberhelp.example.eu")], true),
            (vec![("origin", "https://evil.example"), host], false),
            (vec![("origin", "http://cyberhelp.example.eu"), host], true),
            (
                vec![
                    ("origin", "https://cyberhelp.example.eu.evil.example"),
                    host,
                ],
                false,
            ),
            (vec![("origin", "null"), host], false),
            (
                vec![
                    ("origin", "http://127.0.0.1:3000"),
                    ("host", "127.0.0.1:3000"),
                ],
                true,
            ),
            (
                vec![
                    ("origin", "http://127.0.0.1:3001"),
                    ("host", "127.0.0.1:3000"),
                ],
                false,
            ),
            (vec![host], true),
            (vec![], true),
        ] {
            assert_eq!(p.allows(&headers(&h)), ok, "{h:?}");
        }
    }

    #[test]
    fn json_content_types() {
        for (ct, ok) in [
            ("application/json", true),
            ("Application/JSON; charset=utf-8", true),
            ("text/plain", false),
            ("application/x-www-form-urlencoded", false),
            ("multipart/form-data; boundary=x", false),
            ("application/jsonx", false),
        ] {
            assert_eq!(is_json(&headers(&[("content-type", ct)])), ok, "{ct}");
        }
        assert!(!is_json(&HeaderMap::new()));
    }
}
