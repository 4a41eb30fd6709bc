//! Security headers on every response, and the page Content-Security-Policy with the per-request nonce.
//!
//! Policy (MDN "Content-Security-Policy", W3C CSP Level 3): scripts only with this response's nonce
//! (`'strict-dynamic'` lets the nonce'd hydration module load the wasm glue), `'wasm-unsafe-eval'` to
//! instantiate WebAssembly (not `'unsafe-eval'`), no inline styles, nothing from other origins, no framing.

use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

/// The CSP of an HTML page whose inline and module scripts carry `nonce`.
pub fn page_csp(nonce: &str) -> String {
    page_csp_framed(nonce, &[])
}

/// [`page_csp`] for a page that the listed origins may frame (the embeddable diagnosis); an empty list means
/// nobody may.
pub fn page_csp_framed(nonce: &str, ancestors: &[String]) -> String {
    let frame = if ancestors.is_empty() {
        "'none'".to_owned()
    } else {
        ancestors.join(" ")
    };
    format!(
        "default-src 'self'; script-src 'nonce-{nonce}' 'strict-dynamic' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; \
         base-uri 'none'; form-action 'self'; frame-ancestors {frame}"
    )
}

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

/// Called from the shell during server rendering: puts the page CSP with Leptos' nonce on the response. The
/// embeddable diagnosis (`/{lang}/embed/...`) may be framed by the configured origins; every other page by none.
pub fn set_page_csp() {
    use leptos::prelude::use_context;
    if let (Some(nonce), Some(opts)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) {
        let embed = use_context::<http::request::Parts>().is_some_and(|p| {
            let mut seg = p.uri.path().split('/').skip(1);
            matches!((seg.next(), seg.next()), (Some(_), Some("embed")))
        });
        let ancestors = if embed {
            use_context::<crate::server::AppState>()
                .map(|s| embed_origins(&s.config.embed_origins))
                .unwrap_or_default()
        } else {
            Vec::new()
        };
        if let Ok(value) = HeaderValue::from_str(&page_csp_framed(&nonce.to_string(), &ancestors)) {
            opts.insert_header(header::CONTENT_SECURITY_POLICY, value);
        }
    }
}

/// Middleware: adds the security headers a response lacks (pages keep their nonce'd CSP).
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
    fn page_policy_allows_only_nonced_scripts() {
        let csp = page_csp("abc123");
        assert!(csp.contains("script-src 'nonce-abc123'"));
        assert!(!csp.contains("unsafe-inline"));
        assert!(!csp.contains("'unsafe-eval'"));
        assert!(csp.contains("frame-ancestors 'none'"));
    }

    #[test]
    fn embed_origins_are_parsed_and_never_break_the_policy() {
        assert_eq!(
            embed_origins("https://partner.example, https://Insurer.EXAMPLE:8443/path  bad; 'unsafe-inline' javascript:x"),
            vec!["https://partner.example", "https://insurer.example:8443"]
        );
        assert!(embed_origins("").is_empty());
        let csp = page_csp_framed("n", &embed_origins("https://partner.example"));
        assert!(csp.ends_with("frame-ancestors https://partner.example"));
    }
}
