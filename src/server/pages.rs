//! Headers of the server-rendered pages: a Content-Security-Policy built from the page itself, and caching that a
//! shared cache (CDN, reverse proxy) can use.
//!
//! Pages carry no per-request state (no nonce, no token), so the same URL always gives the same bytes for the
//! same content. This middleware reads each rendered page once and:
//! - allows exactly its inline scripts by their SHA-256 (`script-src 'self' 'sha256-…'`, W3C CSP Level 3 §8.4
//!   "hash-source"), plus `'wasm-unsafe-eval'` to instantiate the islands' WebAssembly; nothing else runs;
//! - public pages (every page except the report journey under `/{lang}/report`): a weak `ETag` over the bytes,
//!   `Cache-Control: public, max-age=300, stale-while-revalidate=86400` (RFC 9111 §5.2.2.9, RFC 5861 §3), and a
//!   `304 Not Modified` for a matching `If-None-Match` (RFC 9110 §13.1.2);
//! - the report journey (form, receipt, status: a victim's own answers and private code) and failed answers:
//!   `Cache-Control: no-store`.
//!
//! The embeddable diagnosis (`/{lang}/embed/...`) may be framed by the origins in `CYBERHELP_EMBED_ORIGINS`.

use super::security::embed_origins;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

/// `Cache-Control` of a public page: fresh for 5 minutes, then served stale for up to a day while revalidated.
pub const PUBLIC_CACHE: &str = "public, max-age=300, stale-while-revalidate=86400";

/// The largest page this middleware reads (bytes); a larger one (none exists) is answered 500 and logged.
const MAX_PAGE_BYTES: usize = 8 * 1024 * 1024;

/// What the middleware needs from the configuration.
#[derive(Debug, Clone)]
pub struct PageHeaders {
    /// Origins that may frame `/{lang}/embed/...` (ASCII serialisations).
    pub embed_ancestors: Vec<String>,
}

impl PageHeaders {
    /// From `CYBERHELP_EMBED_ORIGINS` (see [`embed_origins`]).
    pub fn new(configured_embed_origins: &str) -> Self {
        PageHeaders {
            embed_ancestors: embed_origins(configured_embed_origins),
        }
    }
}

/// The contents of every inline `<script>` (one without `src`) in `html`, in document order.
///
/// The pages are markup the server rendered: text and attribute values are escaped, so `<script` only occurs as
/// a real tag. A script without its closing tag ends the scan.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start + "<script".len()..];
        let Some(tag_end) = after.find('>') else {
            break;
        };
        let attrs = &after[..tag_end];
        let body_start = &after[tag_end + 1..];
        let Some(close) = body_start.find("</script>") else {
            break;
        };
        if !attrs.contains("src=") {
            out.push(&body_start[..close]);
        }
        rest = &body_start[close + "</script>".len()..];
    }
    out
}

/// `'sha256-<base64>'` of one script's text, as CSP hash-sources are written.
pub fn hash_source(script: &str) -> String {
    use base64::Engine;
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(script.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The CSP of a page whose inline scripts are `scripts`, framable by `ancestors` (none when empty).
pub fn page_csp(scripts: &[&str], ancestors: &[String]) -> String {
    let mut hashes: Vec<String> = scripts.iter().map(|s| hash_source(s)).collect();
    hashes.sort();
    hashes.dedup();
    let frame = if ancestors.is_empty() {
        "'none'".to_owned()
    } else {
        ancestors.join(" ")
    };
    let mut script_src = String::from("'self'");
    for h in &hashes {
        script_src.push(' ');
        script_src.push_str(h);
    }
    format!(
        "default-src 'self'; script-src {script_src} 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; \
         font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
         frame-ancestors {frame}"
    )
}

/// The section of a page path: the segment after the language (`/fr/report/receipt` → `report`).
fn section(path: &str) -> Option<&str> {
    path.split('/').nth(2)
}

/// Whether `path` is part of the report journey (`/{lang}/report`, `/{lang}/report/...`): personal, never cached.
pub fn is_private(path: &str) -> bool {
    section(path) == Some("report")
}

fn is_embed(path: &str) -> bool {
    section(path) == Some("embed")
}

fn is_html(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/html"))
}

/// A weak entity tag over the page's bytes (weak: the compression layer may change the encoding).
fn etag(bytes: &[u8]) -> String {
    use base64::Engine;
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(bytes);
    format!(
        "W/\"{}\"",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&digest[..16])
    )
}

/// Whether an `If-None-Match` header value matches `tag` (weak comparison, `*` matches any).
fn none_match(header_value: &str, tag: &str) -> bool {
    let bare = |t: &str| t.trim().trim_start_matches("W/").to_owned();
    let want = bare(tag);
    header_value
        .split(',')
        .any(|t| t.trim() == "*" || bare(t) == want)
}

/// Middleware for HTML pages without a CSP of their own (see the module docs). Other responses pass unchanged.
pub async fn headers(State(cfg): State<Arc<PageHeaders>>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    let cacheable_method = matches!(*req.method(), Method::GET | Method::HEAD);
    let if_none_match = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let res = next.run(req).await;
    if !is_html(res.headers()) || res.headers().contains_key(header::CONTENT_SECURITY_POLICY) {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let bytes: Bytes = match axum::body::to_bytes(body, MAX_PAGE_BYTES).await {
        Ok(b) => b,
        Err(e) => {
            tracing::error!(error = %e, "page body could not be read");
            return (
                StatusCode::INTERNAL_SERVER_ERROR,
                "500 Internal Server Error: please try again.",
            )
                .into_response();
        }
    };
    let html = String::from_utf8_lossy(&bytes);
    let ancestors: &[String] = if is_embed(&path) {
        &cfg.embed_ancestors
    } else {
        &[]
    };
    let csp = page_csp(&inline_scripts(&html), ancestors);
    if let Ok(v) = HeaderValue::from_str(&csp) {
        parts.headers.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    if parts.headers.contains_key(header::CACHE_CONTROL) {
        return Response::from_parts(parts, Body::from(bytes));
    }
    let public = cacheable_method && parts.status == StatusCode::OK && !is_private(&path);
    if !public {
        let value = if is_private(&path) {
            "no-store"
        } else {
            "no-cache"
        };
        parts
            .headers
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
        return Response::from_parts(parts, Body::from(bytes));
    }
    let tag = etag(&bytes);
    parts.headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(PUBLIC_CACHE),
    );
    if let Ok(v) = HeaderValue::from_str(&tag) {
        parts.headers.insert(header::ETAG, v);
    }
    if if_none_match.is_some_and(|h| none_match(&h, &tag)) {
        parts.status = StatusCode::NOT_MODIFIED;
        parts.headers.remove(header::CONTENT_LENGTH);
        parts.headers.remove(header::CONTENT_TYPE);
        return Response::from_parts(parts, Body::empty());
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// Renders the app's page at `path` in answer to a POST, with `ctx` provided to it (the form state the handler
/// computed, e.g. `PostedForm`), the given status and `Cache-Control: no-store`: such a page holds what the
/// visitor typed or pasted, never kept by browsers or proxies.
pub async fn render_posted<C: Clone + Send + Sync + 'static>(
    state: &crate::server::AppState,
    path: String,
    ctx: C,
    status: StatusCode,
) -> Response {
    let opts = state.leptos_options.clone();
    let s = state.clone();
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            leptos::prelude::provide_context(s.clone());
            leptos::prelude::provide_context(ctx.clone());
        },
        move || crate::app::shell(opts.clone()),
    );
    let req = Request::get(path)
        .body(Body::empty())
        .expect("static request");
    let mut res = axum::response::IntoResponse::into_response(handler(req).await);
    *res.status_mut() = status;
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_scripts_are_found_and_external_ones_skipped() {
        let html = r#"<head><script type="module">import("/a.js")</script><script src="/x.js"></script></head>
            <body><p>&lt;script&gt;no</p><script>__RESOLVED_RESOURCES=[];</script></body>"#;
        assert_eq!(
            inline_scripts(html),
            vec![r#"import("/a.js")"#, "__RESOLVED_RESOURCES=[];"]
        );
        assert!(inline_scripts("<script>unclosed").is_empty());
    }

    #[test]
    fn hash_sources_match_the_csp_spec_example() {
        // CSP Level 3, "hash-source": the SHA-256 of `alert('Hello, world.');`
        assert_eq!(
            hash_source("alert('Hello, world.');"),
            "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"
        );
    }

    #[test]
    fn the_policy_allows_only_the_hashed_scripts_and_frames_only_when_asked() {
        let csp = page_csp(&["a()", "a()"], &[]);
        assert_eq!(csp.matches("'sha256-").count(), 1, "{csp}");
        assert!(!csp.contains("unsafe-inline") && !csp.contains("nonce"));
        assert!(csp.contains("frame-ancestors 'none'"));
        let framed = page_csp(&[], &["https://partner.example".to_owned()]);
        assert!(framed.contains("frame-ancestors https://partner.example"));
    }

    #[test]
    fn only_the_report_journey_is_private() {
        for p in ["/en/report", "/fr/report/receipt", "/de/report/status"] {
            assert!(is_private(p), "{p}");
        }
        for p in [
            "/en/",
            "/en/advice/phishing",
            "/en/reports",
            "/report",
            "/en/help",
        ] {
            assert!(!is_private(p), "{p}");
        }
    }

    #[test]
    fn if_none_match_uses_weak_comparison() {
        let tag = etag(b"page");
        assert!(none_match(&tag, &tag));
        assert!(none_match(&tag.replace("W/", ""), &tag));
        assert!(none_match(&format!("\"x\", {tag}"), &tag));
        assert!(none_match("*", &tag));
        assert!(!none_match("\"other\"", &tag));
    }
}
