//! HTTP behaviour of the whole router: language redirect, pages, 404s, health, metrics, headers, bad input.

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{app, text};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
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
    // no nonce: every inline script is allowed by its hash, and nothing else
    assert!(!csp.contains("nonce") && !html.contains("nonce="), "{csp}");
    let scripts = cyberhelp::server::pages::inline_scripts(&html);
    assert!(!scripts.is_empty());
    for s in &scripts {
        let h = cyberhelp::server::pages::hash_source(s);
        assert!(csp.contains(&h), "{h} missing from {csp}");
    }
    assert!(!csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"));
    // the island loader names the content-hashed bundle, the stylesheet too
    assert!(
        html.contains("/pkg/cyberhelp.") && !html.contains("/pkg/cyberhelp.wasm\""),
        "{html}"
    );
    let css = html
        .split("href=\"/pkg/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("stylesheet link");
    assert!(cyberhelp::server::assets::is_hashed_name(css), "{css}");
    // the home page's search form is an island: its props carry the translated label
    assert!(html.contains("<leptos-island"), "search island missing");
}

/// The headers a shared cache sees, minus the ones that differ per request by design.
fn cacheable_headers(res: &axum::response::Response) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = res
        .headers()
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "x-request-id" | "date"))
        .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or("").to_owned()))
        .collect();
    v.sort();
    v
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn public_pages_are_identical_on_every_request_and_cacheable() {
    let app = app().await;
    for path in [
        "/en/",
        "/fr/advice",
        "/de/advice/phishing-citizen",
        "/en/bulletins",
        "/en/help",
        "/en/help?who=private&what=message",
        "/pl/search?q=oszustwo",
        "/en/contacts/BE",
        "/en/embed/help",
    ] {
        let first = app.get(path, &[]).await;
        assert_eq!(first.status(), StatusCode::OK, "{path}");
        let h1 = cacheable_headers(&first);
        let etag = first.headers()[header::ETAG].to_str().unwrap().to_owned();
        assert_eq!(
            first.headers()[header::CACHE_CONTROL],
            "public, max-age=300, stale-while-revalidate=86400",
            "{path}"
        );
        let b1 = text(first).await;
        let second = app.get(path, &[]).await;
        assert_eq!(h1, cacheable_headers(&second), "{path}: headers differ");
        assert_eq!(b1, text(second).await, "{path}: bytes differ");
        // a revalidation with the entity tag costs no body
        let again = app.get(path, &[("if-none-match", etag.as_str())]).await;
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED, "{path}");
        assert_eq!(again.headers()[header::ETAG], etag.as_str());
        assert!(text(again).await.is_empty());
        let other = app.get(path, &[("if-none-match", "W/\"stale\"")]).await;
        assert_eq!(other.status(), StatusCode::OK, "{path}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn report_pages_and_errors_are_never_stored_by_caches() {
    let app = app().await;
    for (path, want) in [
        ("/en/report", "no-store"),
        ("/en/report?country=PT&victim=citizen", "no-store"),
        ("/en/report/status", "no-store"),
        ("/en/advice/no-such-article", "no-cache"),
    ] {
        let res = app.get(path, &[]).await;
        let cc = res.headers()[header::CACHE_CONTROL].to_str().unwrap();
        assert!(cc.contains(want), "{path}: {cc}");
        assert!(res.headers().get(header::ETAG).is_none(), "{path}");
        let csp = res.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap();
        assert!(csp.contains("script-src 'self'"), "{path}: {csp}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_without_islands_load_no_bundle_and_hashed_files_are_immutable() {
    let app = app().await;
    let html = text(app.get("/en/advice/phishing-citizen", &[]).await).await;
    assert!(!html.contains("<leptos-island"), "an article has no island");
    assert!(!html.contains("modulepreload") && !html.contains("rel=\"preload\""));
    // the report form has its live-check island
    let form = text(app.get("/en/report", &[]).await).await;
    assert!(
        form.contains("<leptos-island"),
        "report form island missing"
    );

    let wasm = html
        .split("module_or_path:\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("bundle named in the loader")
        .to_owned();
    let res = app.get(&wasm, &[("accept-encoding", "br")]).await;
    assert_eq!(res.status(), StatusCode::OK, "{wasm}");
    assert_eq!(res.headers()[header::CONTENT_ENCODING], "br");
    assert_eq!(
        res.headers()[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    let res = app.get(&wasm, &[("accept-encoding", "gzip")]).await;
    assert_eq!(res.headers()[header::CONTENT_ENCODING], "gzip");
    let res = app.get(&wasm, &[]).await;
    assert!(res.headers().get(header::CONTENT_ENCODING).is_none());
    assert_eq!(text(res).await.len(), 64 * 1024);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn language_without_trailing_slash_redirects() {
    let app = app().await;
    let res = app.get("/de", &[]).await;
    assert_eq!(res.status(), StatusCode::PERMANENT_REDIRECT);
    assert_eq!(res.headers()[header::LOCATION], "/de/");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn healthz_reports_version_db_and_content() {
    let app =
        common::app_with(|c| c.admin_token = Some("test-admin-token-0123456789".into())).await;
    let res = app
        .get(
            "/healthz",
            &[("authorization", "Bearer test-admin-token-0123456789")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let v: serde_json::Value = serde_json::from_str(&text(res).await).unwrap();
    assert_eq!(v["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(v["db"]["status"], "ok");
    assert_eq!(v["db"]["backend"], "sqlite");
    assert_eq!(v["status"], "ok");
    assert!(v["content"].is_object() && v["index"].is_object());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_count_requests_per_route() {
    let app =
        common::app_with(|c| c.admin_token = Some("test-admin-token-0123456789".into())).await;
    app.get("/en/", &[]).await;
    app.get("/healthz", &[]).await;
    let res = app
        .get(
            "/metrics",
            &[("authorization", "Bearer test-admin-token-0123456789")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let body = text(res).await;
    assert!(body.contains("http_requests_total"), "{body}");
    assert!(body.contains(r#"route="/healthz""#), "{body}");
    assert!(
        body.contains("http_request_duration_seconds_bucket"),
        "{body}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn security_headers_on_every_response() {
    let app = app().await;
    for path in ["/en/", "/healthz", "/xx/nope", "/pkg/cyberhelp.wasm", "/"] {
        let res = app.get(path, &[]).await;
        let h = res.headers();
        assert_eq!(h[header::X_CONTENT_TYPE_OPTIONS], "nosniff", "{path}");
        assert_eq!(h[header::REFERRER_POLICY], "same-origin", "{path}");
        assert!(h.contains_key("permissions-policy"), "{path}");
        let csp = h[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wasm_is_served_compressed_and_cacheable() {
    let app = app().await;
    let res = app
        .get("/pkg/cyberhelp.wasm", &[("accept-encoding", "gzip, br")])
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn advice_pages_render_with_fallback_notice_and_404_for_unknown_slugs() {
    let app = app().await;
    let res = app.get("/fr/advice/phishing-citizen", &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = text(res).await;
    assert!(
        html.contains(r#"<article lang="fr""#),
        "French translation expected"
    );
    assert!(html.contains(r#"hreflang="x-default""#));
    // an article not (yet) translated into Greek: Greek readers get the English original with a notice
    let res = app.get("/el/advice/qr-code-phishing", &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = text(res).await;
    assert!(
        html.contains(r#"<article lang="en""#),
        "English fallback expected"
    );
    assert!(html.contains(&cyberhelp::i18n::t("el", "notice-missing-translation")));
    assert!(
        html.contains("href=\"/el/advice/"),
        "internal links follow the reader"
    );
    let res = app.get("/en/advice/no-such-article", &[]).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = app.get("/en/bulletins/no-such-bulletin", &[]).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn advice_list_filters_without_javascript() {
    let app = app().await;
    let html = text(
        app.get("/en/advice?incident=ransomware&audience=business", &[])
            .await,
    )
    .await;
    assert!(
        html.contains("/en/advice/ransomware"),
        "ransomware article listed"
    );
    assert!(
        !html.contains("/en/advice/sextortion\""),
        "filter must exclude other types"
    );
    assert!(
        html.contains(r#"<option value="ransomware" selected"#),
        "filter keeps the selection"
    );
    let html = text(
        app.get("/en/advice?incident=%3Cscript%3Ealert(1)%3C/script%3E", &[])
            .await,
    )
    .await;
    assert!(
        !html.contains("<script>alert(1)"),
        "input reflected as markup"
    );
    assert!(html.contains(&cyberhelp::i18n::t("en", "advice-empty")[..20]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bulletins_list_feeds_and_api() {
    let app = app().await;
    let res = app.get("/de/bulletins?severity=critical", &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = text(res).await;
    assert!(html.contains("sev-critical") && !html.contains("sev-medium"));

    let res = app.get("/fr/bulletins/feed.atom", &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("application/atom+xml"));
    let atom = text(res).await;
    let feed: atom_syndication::Feed = atom.parse().expect("valid Atom");
    assert!(!feed.entries().is_empty());
    assert_eq!(feed.lang(), Some("fr"));

    let res = app.get("/en/bulletins/feed.json", &[]).await;
    let v: serde_json::Value = serde_json::from_str(&text(res).await).unwrap();
    assert_eq!(v["version"], "https://jsonfeed.org/version/1.1");
    assert!(v["items"].as_array().unwrap().len() >= 3);

    let v: serde_json::Value =
        serde_json::from_str(&text(app.get("/api/v1/bulletins?lang=pl", &[]).await).await).unwrap();
    let items = v["items"].as_array().unwrap();
    // each item says the language it is written in: the Polish BLIK scam bulletin in Polish, the rest English
    assert!(items
        .iter()
        .any(|i| i["id"] == "blik-mistaken-transfer-scam-poland" && i["lang"] == "pl"));
    assert!(items
        .iter()
        .filter(|i| i["id"] != "blik-mistaken-transfer-scam-poland")
        .all(|i| i["lang"] == "en"));
    assert_eq!(v["license"], "CC-BY-4.0");
    assert!(items
        .iter()
        .all(|i| i["url"].as_str().unwrap().contains("/pl/bulletins/")));
    assert!(items
        .iter()
        .any(|i| i["cves"].as_array().is_some_and(|c| !c.is_empty())));
    for key in [
        "severity",
        "status",
        "published",
        "updated",
        "incident_types",
        "audience",
    ] {
        assert!(items[0].get(key).is_some(), "{key}");
    }

    let v: serde_json::Value =
        serde_json::from_str(&text(app.get("/api/v1/advice?lang=el", &[]).await).await).unwrap();
    let items = v["items"].as_array().unwrap();
    assert!(items.len() >= 18);
    // Greek has some articles; the others come in English
    assert!(items.iter().any(|i| i["lang"] == "el") && items.iter().any(|i| i["lang"] == "en"));
    let v: serde_json::Value =
        serde_json::from_str(&text(app.get("/api/v1/advice?lang=%00%ZZ", &[]).await).await)
            .unwrap_or_default();
    assert!(v.is_null() || v["items"].is_array());
    let res = app.get("/api/v1/advice?lang=zz-Hant-XX", &[]).await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "unknown language falls back to English"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_server_function_calls_get_4xx() {
    let app = app().await;
    // (path, body, must be 4xx): missing or undecodable arguments are the client's fault; odd but decodable
    // values get a normal (empty or fallback) answer. Never a 5xx.
    for (path, body, client_error) in [
        ("/api/content/article", "", true),
        ("/api/content/article", "lang=en", true),
        ("/api/content/article", "%%%%", true),
        ("/api/content/advice", "lang=en&incident=%FF", false),
        ("/api/content/home", "lang=en&lang=fr&x=\u{0}", false),
        ("/api/content/nonexistent", "lang=en", true),
    ] {
        let res = app
            .send(
                Request::post(path)
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .body(Body::from(body))
                    .unwrap(),
            )
            .await;
        let status = res.status();
        assert!(!status.is_server_error(), "{path} {body:?} -> {status}");
        assert!(
            !client_error || status.is_client_error(),
            "{path} {body:?} -> {status}"
        );
    }
    // a well-formed call still works
    let res = app
        .send(
            Request::post("/api/content/article")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from("lang=en&slug=ransomware"))
                .unwrap(),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_page_shows_a_raw_message_id_in_any_language() {
    let app = app().await;
    // every English message id; a missing translation would render its id as text
    let mut ids = Vec::new();
    for f in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en")).unwrap() {
        let src = std::fs::read_to_string(f.unwrap().path()).unwrap();
        ids.extend(
            src.lines()
                .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_owned()))
                .filter(|id| id.contains('-') && !id.starts_with('#')),
        );
    }
    assert!(ids.len() > 200);
    for l in cyberhelp::i18n::LOCALES {
        for page in [
            "/",
            "/advice",
            "/bulletins",
            "/report",
            "/report/status?ref=x&token=y",
            "/advice/ransomware",
            "/nowhere",
        ] {
            let html = text(app.get(&format!("/{}{page}", l.tag), &[]).await).await;
            // visible text only: drop tags (attribute values such as id="home-title" are not shown)
            let mut visible = String::new();
            let mut in_tag = false;
            for c in html.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => {
                        in_tag = false;
                        visible.push(' ');
                    }
                    c if !in_tag => visible.push(c),
                    _ => {}
                }
            }
            for id in &ids {
                let hit = visible
                    .split(|c: char| c.is_whitespace() || c == '"')
                    .any(|w| w == id);
                assert!(!hit, "/{}{page} shows the raw message id {id}", l.tag);
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn odd_methods_trailing_slashes_and_feed_caching() {
    let app =
        common::app_with(|c| c.admin_token = Some("test-admin-token-0123456789".into())).await;
    let admin = [("authorization", "Bearer test-admin-token-0123456789")];
    for m in ["FOO", "BAR", "X".repeat(300).as_str()] {
        let req = Request::builder()
            .method(m)
            .uri("/en/")
            .body(Body::empty())
            .unwrap();
        assert!(app.send(req).await.status().is_client_error());
    }
    let metrics = text(app.get("/metrics", &admin).await).await;
    assert!(
        !metrics.contains("FOO") && metrics.contains(r#"method="OTHER""#),
        "method labels are bounded"
    );
    let res = app.get("/en/advice/?incident=phishing", &[]).await;
    assert_eq!(res.status(), StatusCode::PERMANENT_REDIRECT);
    assert_eq!(
        res.headers()[header::LOCATION],
        "/en/advice?incident=phishing"
    );
    let res = app
        .send(Request::put("/favicon.svg").body(Body::empty()).unwrap())
        .await;
    assert_eq!(res.status(), StatusCode::METHOD_NOT_ALLOWED);
    for path in [
        "/en/bulletins/feed.atom",
        "/en/bulletins/feed.json",
        "/metrics",
    ] {
        assert_eq!(
            app.get(path, &admin).await.headers()[header::CACHE_CONTROL],
            "no-cache",
            "{path}"
        );
    }
    let long = format!("/en/{}", "a".repeat(10_000));
    let res = app.get(&long, &[]).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert!(
        text(res).await.len() < 40_000,
        "a long URL must not be repeated in every language link"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_errors_from_extractors_and_layers_are_json() {
    let app = app().await;
    for path in [
        "/api/v1/advice?lang=en&lang=de",
        "/api/v1/reports/ABCD-EFGH-JK?token=a&token=b",
    ] {
        let res = app.get(path, &[]).await;
        assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{path}");
        assert!(
            res.headers()[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with("application/json"),
            "{path}"
        );
        assert!(
            !text(res).await.contains("deserialize"),
            "{path}: internal message"
        );
    }
    let big = vec![b' '; 256 * 1024];
    let res = app
        .send(
            Request::post("/api/v1/reports")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(big))
                .unwrap(),
        )
        .await;
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(text(res).await, r#"{"error":"too_large"}"#);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn country_pages_list_services_sources_check_dates_and_gaps() {
    let app = app().await;
    let res = app.get("/en/contacts", &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = text(res).await;
    assert!(html.contains(r#"href="/en/contacts/be""#));
    assert!(
        !html.contains(r#"href="/en/contacts/eu""#),
        "EU institutions are not a country"
    );
    let res = app.get("/de/contacts/de", &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = text(res).await;
    // the Bavarian DPA with its region, the service label in German, its source and check date
    assert!(html.contains(r#"id="de-baylda""#));
    assert!(html.contains(&cyberhelp::i18n::t(
        "de",
        "contacts-service-gdpr-breach-notification"
    )));
    assert!(html.contains("Bayern"));
    assert!(html.contains("https://www.lda.bayern.de"));
    assert!(html.contains(&cyberhelp::i18n::t("de", "contacts-laws-title")));
    assert!(html.contains(&cyberhelp::i18n::t("de", "contacts-gaps-title")));
    // no correction link unless the operator configured an address
    assert!(!html.contains(&cyberhelp::i18n::t("de", "contacts-report-error")));
    for bad in [
        "/en/contacts/xx",
        "/en/contacts/eu",
        "/en/contacts/%3Cb%3E",
        "/en/contacts/us",
    ] {
        assert_eq!(
            app.get(bad, &[]).await.status(),
            StatusCode::NOT_FOUND,
            "{bad}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_language_switcher_keeps_the_query_string() {
    let app = app().await;
    let html = text(app.get("/fr/search?q=compte+pirat%C3%A9", &[]).await).await;
    assert!(
        html.contains(r#"href="/de/search?q=compte+pirat%C3%A9""#),
        "switcher lost the query"
    );
    let html = text(app.get("/en/advice", &[]).await).await;
    assert!(html.contains(r#"href="/pl/advice""#));
}
