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
    format!(
        "default-src 'self'; script-src 'nonce-{nonce}' 'strict-dynamic' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; \
         base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// The CSP for everything that is not an HTML page (JSON, feeds, static files): nothing may run.
pub const STATIC_CSP: &str =
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/// `Permissions-Policy`: the portal uses none of these powerful features.
pub const PERMISSIONS_POLICY: &str =
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()";

/// Called from the shell during server rendering: puts the page CSP with Leptos' nonce on the response.
pub fn set_page_csp() {
    use leptos::prelude::use_context;
    if let (Some(nonce), Some(opts)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) {
        if let Ok(value) = HeaderValue::from_str(&page_csp(&nonce.to_string())) {
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
    for (name, value) in defaults {
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
}
