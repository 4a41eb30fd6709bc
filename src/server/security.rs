//! Security headers on every response. Pages get their Content-Security-Policy (inline scripts allowed by hash,
//! `'wasm-unsafe-eval'` for the islands, no inline styles, nothing from other origins, no framing) from
//! [`super::pages`]; everything else gets [`STATIC_CSP`] here.

use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

/// The origins of `CYBERHELP_EMBED_ORIGINS` (space- or comma-separated), each parsed as a URL and written as
/// its ASCII origin (`https://partner.example`, IDNA applied); anything that is not an http(s) origin is dropped.
pub fn embed_origins(configured: &str) -> Vec<String> {
    configured
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|s| !s.is_empty())
        .filter_map(|s| url::Url::parse(s).ok())
        .filter(|u| matches!(u.scheme(), "https" | "http") && u.host().is_some())
        .map(|u| u.origin().ascii_serialization())
        .filter(|o| o != "null")
        .collect()
}

/// The CSP for everything that is not an HTML page (JSON, feeds, static files): nothing may run.
pub const STATIC_CSP: &str =
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/// `Permissions-Policy`: the portal uses none of these powerful features.
pub const PERMISSIONS_POLICY: &str =
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()";

/// Middleware: adds the security headers a response lacks (pages keep the CSP [`super::pages`] gave them).
pub async fn headers(req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    let defaults: [(header::HeaderName, &'static str); 6] = [
        (header::CONTENT_SECURITY_POLICY, STATIC_CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        // `same-origin`, not `no-referrer`: nothing goes to other sites either way, but under `no-referrer`
        // browsers send `Origin: null` on the portal's own form posts, which browsers without
        // `Sec-Fetch-Site` (Safari before 16.4) would then have refused as cross-site (see cross_site.rs)
        (header::REFERRER_POLICY, "same-origin"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            header::HeaderName::from_static("permissions-policy"),
            PERMISSIONS_POLICY,
        ),
        (
            header::HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
    ];
    // a page that may be framed by named origins (the embeddable diagnosis) must not also say DENY
    let framable = h
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("frame-ancestors") && !v.contains("frame-ancestors 'none'"));
    for (name, value) in defaults {
        if framable && name == header::X_FRAME_OPTIONS {
            continue;
        }
        h.entry(name).or_insert(HeaderValue::from_static(value));
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embed_origins_are_parsed_and_never_break_the_policy() {
        assert_eq!(
            embed_origins("https://partner.example, https://Insurer.EXAMPLE:8443/path  bad; 'unsafe-inline' javascript:x"),
            vec!["https://partner.example", "https://insurer.example:8443"]
        );
        assert!(embed_origins("").is_empty());
        let csp = super::super::pages::page_csp(&[], &embed_origins("https://partner.example"));
        assert!(csp.ends_with("frame-ancestors https://partner.example"));
    }
}
