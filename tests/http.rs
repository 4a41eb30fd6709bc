//! HTTP behaviour of the whole router: language redirect, pages, 404s, health, metrics, headers, bad input.

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{app, text};

#[tokio::test]
async fn root_redirects_by_accept_language() {
    let app = app().await;
    for (accept, want) in [
        (Some("de-AT,de;q=0.9,en;q=0.5"), "/de/"),
        (Some("en;q=0.2, pl"), "/pl/"),
        (Some("ja"), "/en/"),
        (None, "/en/"),
        (Some("*"), "/en/"),
        (Some("fr;q=NaN"), "/en/"),
    ] {
        let headers: Vec<(&str, &str)> = accept.iter().map(|a| ("accept-language", *a)).collect();
        let res = app.get("/", &headers).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{accept:?}");
        assert_eq!(res.headers()[header::LOCATION], want, "{accept:?}");
        assert_eq!(res.headers()[header::VARY], "Accept-Language");
    }
}

#[tokio::test]
async fn huge_and_garbage_accept_language_never_fails() {
    let app = app().await;
    let long = format!("{}fr", "x-".repeat(5000));
    for accept in [
        long.as_str(),
        "\u{e9}\u{fc}\u{2028}",
        ";q=;q=,,,",
        "de;q=1e999",
        "de;q=0.5;q=NaN",
    ] {
        let res = app
            .send(
                Request::get("/")
                    .header("accept-language", accept.as_bytes())
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{accept:?}");
    }
}

#[tokio::test]
async fn home_page_is_server_rendered_in_the_url_language() {
    let app = app().await;
    let res = app.get("/fr/", &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    let csp = res.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .to_owned();
    let html = text(res).await;
    assert!(
        html.contains(r#"<html lang="fr" dir="ltr""#) || html.contains(r#"lang="fr""#),
        "{html}"
    );
    assert!(html.contains("112"), "emergency number missing");
    assert!(html.contains(r#"href="/fr/advice""#));
    assert!(html.contains(r#"href="/fr/report""#));
    assert!(html.contains(r##"href="#main""##), "skip link");
    // every language in the switcher, by native name
    for l in cyberhelp::i18n::LOCALES {
        assert!(
            html.contains(l.native_name),
            "{} missing from switcher",
            l.tag
        );
    }
    // the hydration script carries the nonce named in the CSP
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|s| s.split('\'').next())
        .expect("nonce in CSP");
    assert!(
        html.contains(&format!("nonce=\"{nonce}\"")),
        "script without the CSP nonce"
    );
    assert!(!csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"));
}

#[tokio::test]
async fn language_without_trailing_slash_redirects() {
    let app = app().await;
    let res = app.get("/de", &[]).await;
    assert_eq!(res.status(), StatusCode::PERMANENT_REDIRECT);
    assert_eq!(res.headers()[header::LOCATION], "/de/");
}

#[tokio::test]
async fn unknown_language_and_paths_are_real_404_pages() {
    let app = app().await;
    for path in [
        "/xx/",
        "/xx",
        "/en/no-such-page",
        "/fr-BE/",
        "/en/%00",
        "/%FF%FE/",
        "/../../etc/passwd",
        "/en//x",
    ] {
        let res = app.get(path, &[]).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{path}");
        let html = text(res).await;
        assert!(html.contains("<h1"), "{path}: not an HTML page: {html}");
    }
    let html = text(app.get("/de/nichts-hier", &[]).await).await;
    assert!(
        html.contains(r#"lang="de""#),
        "404 page should follow the path's language"
    );
}

#[tokio::test]
async fn healthz_reports_version_db_and_content() {
    let app = app().await;
    let res = app.get("/healthz", &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    let v: serde_json::Value = serde_json::from_str(&text(res).await).unwrap();
    assert_eq!(v["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(v["db"]["status"], "ok");
    assert_eq!(v["db"]["backend"], "sqlite");
    assert_eq!(v["status"], "ok");
    assert!(v["content"].is_object() && v["index"].is_object());
}

#[tokio::test]
async fn metrics_count_requests_per_route() {
    let app = app().await;
    app.get("/en/", &[]).await;
    app.get("/healthz", &[]).await;
    let res = app.get("/metrics", &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    let body = text(res).await;
    assert!(body.contains("http_requests_total"), "{body}");
    assert!(body.contains(r#"route="/healthz""#), "{body}");
    assert!(
        body.contains("http_request_duration_seconds_bucket"),
        "{body}"
    );
}

#[tokio::test]
async fn security_headers_on_every_response() {
    let app = app().await;
    for path in [
        "/en/",
        "/healthz",
        "/xx/nope",
        "/pkg/cyberhelp_bg.wasm",
        "/",
    ] {
        let res = app.get(path, &[]).await;
        let h = res.headers();
        assert_eq!(h[header::X_CONTENT_TYPE_OPTIONS], "nosniff", "{path}");
        assert_eq!(h[header::REFERRER_POLICY], "no-referrer", "{path}");
        assert!(h.contains_key("permissions-policy"), "{path}");
        let csp = h[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
    }
}

#[tokio::test]
async fn wasm_is_served_compressed_and_cacheable() {
    let app = app().await;
    let res = app
        .get("/pkg/cyberhelp_bg.wasm", &[("accept-encoding", "gzip, br")])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let enc = res.headers()[header::CONTENT_ENCODING]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(enc == "br" || enc == "gzip", "{enc}");
    assert!(res.headers()[header::CACHE_CONTROL]
        .to_str()
        .unwrap()
        .contains("max-age"));
    let favicon = app.get("/favicon.svg", &[]).await;
    assert_eq!(favicon.status(), StatusCode::OK);
    assert!(favicon.headers()[header::CACHE_CONTROL]
        .to_str()
        .unwrap()
        .contains("max-age=86400"));
}

#[tokio::test]
async fn oversized_bodies_get_413() {
    let app = app().await;
    let body = vec![b'a'; 1024 * 1024];
    let res = app
        .send(
            Request::post("/en/")
                .header(header::CONTENT_LENGTH, body.len())
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(body))
                .unwrap(),
        )
        .await;
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn a_panicking_handler_answers_500_and_the_server_survives() {
    use axum::routing::get;
    let app = common::app().await;
    let boom = axum::Router::new().route("/boom", get(|| async { panic!("test panic") as &str }));
    let router = cyberhelp::server::with_layers(boom.merge(app.router.clone()), 1024);
    use tower::ServiceExt;
    let res = router
        .clone()
        .oneshot(Request::get("/boom").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert!(
        !text(res).await.contains("test panic"),
        "panic detail leaked"
    );
    let res = router
        .oneshot(Request::get("/en/").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
}
