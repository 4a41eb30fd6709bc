//! Behaviour under hostile input (issue 14): escaping, cross-site requests, idempotency keys, client
//! addresses behind proxies, bounded search, timeouts, admin endpoints.

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{app, text};

/// Every `id="..."` of a page.
fn ids(html: &str) -> Vec<String> {
    html.split(" id=\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn titles_are_escaped_in_the_head_and_page_ids_are_unique() {
    let app = app().await;
    // an editor's title reaches <title> encoded like any other text (leptos_meta writes it raw)
    let res = app.get("/fr/advice/account-takeover", &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = text(res).await;
    let title = html
        .split("<title>")
        .nth(1)
        .and_then(|t| t.split("</title>").next())
        .expect("a <title>");
    assert!(title.starts_with("Quelqu&#39;un a pris"), "{title}");
    assert!(title.ends_with(" – cyberhelp"), "{title}");
    // every article and bulletin page: no id twice (headings never take the page's own ids)
    let lib = app.state.library();
    let reserved = cyberhelp::server::content::markdown::RESERVED_IDS;
    // (path, ids of the rendered document on it, whether it shows one)
    let mut pages: Vec<(String, Vec<String>, bool)> = Vec::new();
    for (slug, tr) in &lib.advice {
        pages.push((format!("/en/advice/{slug}"), ids(&tr["en"].doc.html), true));
    }
    for (slug, tr) in &lib.bulletins {
        pages.push((
            format!("/en/bulletins/{slug}"),
            ids(&tr["en"].doc.html),
            true,
        ));
    }
    for p in [
        "/en/",
        "/en/report",
        "/en/search?q=phishing",
        "/en/bulletins",
    ] {
        pages.push((p.into(), Vec::new(), false));
    }
    for (path, prose, has_doc) in pages {
        let res = app.get(&path, &[]).await;
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        let html = text(res).await;
        let mut seen = std::collections::HashSet::new();
        for id in ids(&html) {
            assert!(seen.insert(id.clone()), "{path}: id `{id}` twice");
            // the page's own ids are the ones rendered documents must avoid
            assert!(
                !has_doc || prose.contains(&id) || reserved.contains(&id.as_str()),
                "{path}: page id `{id}` missing from RESERVED_IDS"
            );
        }
    }
}

#[test]
fn page_title_is_escaped_on_the_server() {
    assert_eq!(
        cyberhelp::app::page_title(
            "T </title><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">".into()
        ),
        "T &lt;/title&gt;&lt;meta http-equiv=&quot;refresh&quot; content=&quot;0;url=https://evil.example&quot;&gt; – cyberhelp"
    );
    assert_eq!(
        cyberhelp::app::page_title("Tom &amp; Jerry".into()),
        "Tom &amp;amp; Jerry – cyberhelp"
    );
}

fn form(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| {
            format!(
                "{k}={}",
                percent_encoding::utf8_percent_encode(v, percent_encoding::NON_ALPHANUMERIC)
            )
        })
        .collect::<Vec<_>>()
        .join("&")
}

fn report_form(key: &str) -> String {
    form(&[
        ("form_key", key),
        ("country", "AT"),
        ("victim", "citizen"),
        ("incident", "online-fraud"),
        (
            "description",
            "I paid 180 EUR for shoes on a web shop; nothing arrived and the site vanished.",
        ),
        ("money_lost", "on"),
        ("amount", "180"),
        ("currency", "EUR"),
        ("aware_at", "2026-11-28T09:00"),
        ("action", "record"),
    ])
}

async fn stored(app: &common::TestApp) -> i64 {
    cyberhelp::server::reports::store::count(&app.state.db)
        .await
        .unwrap()
}

async fn post_form(
    app: &common::TestApp,
    body: String,
    headers: &[(&str, &str)],
) -> axum::http::Response<Body> {
    let mut b = Request::post("/en/report")
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    for (k, v) in headers {
        b = b.header(*k, *v);
    }
    app.send(b.body(Body::from(body)).unwrap()).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cross_site_form_posts_are_refused_and_same_origin_ones_work() {
    let app = app().await;
    let hostile: [&[(&str, &str)]; 4] = [
        &[
            ("origin", "https://evil.example"),
            ("sec-fetch-site", "cross-site"),
        ],
        &[("origin", "https://evil.example")],
        &[("origin", "null")],
        &[("sec-fetch-site", "same-site")],
    ];
    for (i, h) in hostile.iter().enumerate() {
        let key = format!("cross-site-attempt-{i:04}");
        let res = post_form(&app, report_form(&key), h).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{h:?}");
        assert!(res.headers().get(header::LOCATION).is_none());
    }
    // a server function posted cross-site is refused too
    let res = app
        .send(
            Request::post("/api/content/home")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header("sec-fetch-site", "cross-site")
                .body(Body::from("lang=en"))
                .unwrap(),
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(stored(&app).await, 0, "no cross-site report stored");

    // what a browser sends for the portal's own no-JS form
    let res = post_form(
        &app,
        report_form("same-origin-browser-01"),
        &[
            ("origin", "http://127.0.0.1:3000"),
            ("sec-fetch-site", "same-origin"),
        ],
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    // an older browser: Origin only
    let res = post_form(
        &app,
        report_form("same-origin-browser-02"),
        &[("origin", "http://127.0.0.1:3000")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    // neither header (curl, scripts): allowed, see src/server/cross_site.rs
    let res = post_form(&app, report_form("no-browser-headers-03"), &[]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(stored(&app).await, 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_json_api_takes_only_json_bodies() {
    let app = app().await;
    let body = r#"{"country":"FI","victim":"business","incident":"data-breach","description":"Our customer database was copied by an intruder.","personal_data":true,"form_key":"json-only-client-key-1","consent":["gdpr-controller-breach"]}"#;
    for ct in [
        Some("text/plain"),
        Some("application/x-www-form-urlencoded"),
        Some("multipart/form-data; boundary=x"),
        None,
    ] {
        let mut b = Request::post("/api/v1/reports");
        if let Some(ct) = ct {
            b = b.header(header::CONTENT_TYPE, ct);
        }
        let res = app.send(b.body(Body::from(body)).unwrap()).await;
        assert_eq!(res.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE, "{ct:?}");
        let v: serde_json::Value = serde_json::from_str(&text(res).await).unwrap();
        assert_eq!(v["error"], "unsupported_media_type");
    }
    assert_eq!(stored(&app).await, 0);
    let res = app
        .send(
            Request::post("/api/v1/reports")
                .header(header::CONTENT_TYPE, "application/json; charset=utf-8")
                .body(Body::from(body))
                .unwrap(),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
}

async fn post_report_json(app: &common::TestApp, key: &str) -> (StatusCode, serde_json::Value) {
    let body = serde_json::json!({
        "country": "FI", "victim": "business", "incident": "data-breach",
        "description": "Our customer database was copied by an intruder.",
        "personal_data": true, "form_key": key, "consent": ["gdpr-controller-breach"],
    });
    let res = app
        .send(
            Request::post("/api/v1/reports")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(body.to_string()))
                .unwrap(),
        )
        .await;
    let status = res.status();
    (status, serde_json::from_str(&text(res).await).unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn client_idempotency_keys_are_honoured_or_refused_never_replaced() {
    let app = common::app_with(|c| c.report_burst = 100).await;
    let mut expected = 0;
    for key in [
        "my-client-retry-key-0001",
        "0123456789ABCDEF0123456789ABCDEF",
        "550e8400-e29b-41d4-a716-446655440000",
        "12345678",
        &"k".repeat(128),
    ] {
        let (s1, v1) = post_report_json(&app, key).await;
        assert_eq!(s1, StatusCode::CREATED, "{key}: {v1}");
        let (s2, v2) = post_report_json(&app, key).await;
        assert_eq!(s2, StatusCode::OK, "{key}: the retry is recognised: {v2}");
        assert_eq!(v1["reference"], v2["reference"], "{key}");
        assert_eq!(v1["token"], v2["token"], "{key}");
        expected += 1;
        assert_eq!(stored(&app).await, expected, "{key}");
    }
    for key in [
        "1234567",
        "with space in it",
        "ümlaut-key-1234",
        "tab\tkey-12345",
        &"k".repeat(129),
    ] {
        let (status, v) = post_report_json(&app, key).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{key:?}: {v}");
        assert!(
            v["errors"]
                .as_array()
                .unwrap()
                .iter()
                .any(|e| e["field"] == "form_key"),
            "{key:?}: {v}"
        );
    }
    assert_eq!(
        stored(&app).await,
        expected,
        "nothing stored for refused keys"
    );
    // the key is stored only as a hash
    let raw: Vec<String> = sqlx::query_scalar("SELECT form_key_hash FROM reports")
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap();
    assert!(raw.iter().all(|h| h.len() == 64 && !h.contains("retry")));
}

#[test]
fn check_content_refuses_markup_controls_huge_fields_deep_nesting_and_id_clashes() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let bundled = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    std::fs::copy(
        bundled.join("incident-types.toml"),
        root.join("incident-types.toml"),
    )
    .unwrap();
    let article = |slug: &str, title: &str, summary: &str, body: &str| {
        std::fs::create_dir_all(root.join(format!("advice/{slug}"))).unwrap();
        let fm = format!(
            "+++\nid = \"{slug}\"\ntitle = {title}\nsummary = {summary}\naudience = [\"citizen\"]\n\
             incident_types = [\"phishing\"]\nupdated = 2026-11-20\nreviewed = 2026-11-20\n\
             [[sources]]\ntitle = \"t\"\nurl = \"https://example.org/\"\n+++\n{body}"
        );
        std::fs::write(root.join(format!("advice/{slug}/en.md")), fm).unwrap();
    };
    let q = |s: &str| toml::Value::String(s.into()).to_string();
    article(
        "markup",
        &q("T </title><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">"),
        &q("ok"),
        "## One\n",
    );
    article("entity", &q("Tom &amp; Jerry"), &q("ok"), "## One\n");
    article("bidi", &q("invoice\u{202E}fdp.exe"), &q("ok"), "## One\n");
    article("huge", &q("ok"), &q(&"x".repeat(5_000_000)), "## One\n");
    article("deep", &q("ok"), &q("ok"), &">".repeat(50_000));
    article(
        "clash",
        &q("ok"),
        &q("ok"),
        "## Skip {#main}\n\n## A {#a}\n\n## B {#a}\n",
    );
    article(
        "fine",
        &q("Tom & Jerry’s guide"),
        &q("A summary."),
        "## One\n",
    );
    let t = std::time::Instant::now();
    let errs = cyberhelp::server::content::load(root).expect_err("broken");
    assert!(
        t.elapsed() < std::time::Duration::from_secs(3),
        "{:?}",
        t.elapsed()
    );
    let all: Vec<String> = errs.iter().map(ToString::to_string).collect();
    let joined = all.join("\n");
    for (file, needle) in [
        ("advice/markup/en.md", "not HTML"),
        ("advice/entity/en.md", "character reference"),
        ("advice/bidi/en.md", "U+202E"),
        ("advice/huge/en.md", "at most 600"),
        ("advice/deep/en.md", "nested 50000 levels"),
        ("advice/clash/en.md", "`main`"),
        ("advice/clash/en.md", "`a`"),
    ] {
        assert!(
            all.iter().any(|l| l.contains(file) && l.contains(needle)),
            "expected {file}: {needle}; got\n{joined}"
        );
    }
    assert!(!joined.contains("advice/fine/"), "{joined}");
}

async fn post_from(
    app: &common::TestApp,
    peer: std::net::SocketAddr,
    xff: &str,
    key: &str,
) -> StatusCode {
    let req = Request::post("/en/report")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("x-forwarded-for", xff)
        .extension(axum::extract::ConnectInfo(peer))
        .body(Body::from(report_form(key)))
        .unwrap();
    app.send(req).await.status()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limits_key_on_the_right_most_untrusted_forwarded_address() {
    let app = common::app_with(|c| {
        c.trust_proxy_headers = true;
        c.report_burst = 5;
    })
    .await;
    let lb: std::net::SocketAddr = "10.0.0.2:40000".parse().unwrap();
    // one client behind the load balancer, writing a fresh spoofed first address every time
    let mut statuses = Vec::new();
    for i in 0..8 {
        let xff = format!("198.51.100.{i}, 203.0.113.7");
        statuses.push(post_from(&app, lb, &xff, &format!("spoofed-xff-key-{i:03}")).await);
    }
    assert!(
        statuses[..5].iter().all(|s| *s == StatusCode::SEE_OTHER),
        "{statuses:?}"
    );
    assert_eq!(statuses[7], StatusCode::TOO_MANY_REQUESTS, "{statuses:?}");
    // another client through the same load balancer is not affected
    assert_eq!(
        post_from(&app, lb, "203.0.113.8", "other-client-key-1").await,
        StatusCode::SEE_OTHER
    );
    // a client connecting directly cannot borrow someone else's address
    let direct: std::net::SocketAddr = "198.51.100.77:5000".parse().unwrap();
    for i in 0..5 {
        let s = post_from(
            &app,
            direct,
            "203.0.113.9",
            &format!("direct-client-key-{i}"),
        )
        .await;
        assert_eq!(s, StatusCode::SEE_OTHER);
    }
    assert_eq!(
        post_from(&app, direct, "203.0.113.10", "direct-client-key-x").await,
        StatusCode::TOO_MANY_REQUESTS,
        "keyed on the untrusted peer, not the header"
    );
    // IPv6: every address of one /64 shares a bucket
    let mut statuses = Vec::new();
    for i in 0..7 {
        let xff = format!("2001:db8:1:2::{:x}", i + 1);
        statuses.push(post_from(&app, lb, &xff, &format!("ipv6-client-key-{i:03}")).await);
    }
    assert_eq!(statuses[6], StatusCode::TOO_MANY_REQUESTS, "{statuses:?}");
    assert_eq!(
        post_from(&app, lb, "2001:db8:1:3::1", "ipv6-other-net-key").await,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_over_capacity_answers_503_with_retry_after_or_a_busy_page() {
    let app = common::app_with(|c| {
        c.search_concurrency = 1;
        c.search_queue = 0;
    })
    .await;
    let held = app
        .state
        .search_gate
        .semaphore()
        .try_acquire_owned()
        .unwrap();
    let res = app.get("/api/v1/search?q=phishing", &[]).await;
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(res.headers()[header::RETRY_AFTER], "2");
    let v: serde_json::Value = serde_json::from_str(&text(res).await).unwrap();
    assert_eq!(v["error"], "busy");
    for lang in ["en", "fr", "pl"] {
        let res = app.get(&format!("/{lang}/search?q=phishing"), &[]).await;
        assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE, "{lang}");
        assert_eq!(res.headers()[header::RETRY_AFTER], "2");
        let html = text(res).await;
        assert!(
            html.contains(&cyberhelp::i18n::t(lang, "search-busy")),
            "{lang}: busy message missing"
        );
    }
    // suggestions quietly answer nothing
    let res = app
        .send(
            Request::post("/api/search/suggest")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from("lang=en&q=phish"))
                .unwrap(),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(text(res).await, "[]");
    drop(held);
    let res = app.get("/api/v1/search?q=phishing", &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = text(app.get("/en/search?q=phishing", &[]).await).await;
    assert!(!html.contains(&cyberhelp::i18n::t("en", "search-busy")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_and_status_lookups_are_rate_limited_per_client() {
    let app = common::app_with(|c| {
        c.search_burst = 3;
        c.status_burst = 2;
    })
    .await;
    let from = |ip: &str| std::net::SocketAddr::new(ip.parse().unwrap(), 5000);
    let get = |path: &str, peer: std::net::SocketAddr| {
        Request::get(path)
            .extension(axum::extract::ConnectInfo(peer))
            .body(Body::empty())
            .unwrap()
    };
    let a = from("203.0.113.1");
    for path in ["/api/v1/search?q=a", "/en/search?q=b", "/api/v1/search?q=c"] {
        assert_eq!(
            app.send(get(path, a)).await.status(),
            StatusCode::OK,
            "{path}"
        );
    }
    let res = app.send(get("/api/v1/search?q=d", a)).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(res.headers().contains_key(header::RETRY_AFTER));
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&text(res).await).unwrap()["error"],
        "rate_limited"
    );
    let res = app.send(get("/de/search?q=e", a)).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    let html = text(res).await;
    assert!(
        html.contains(&cyberhelp::i18n::t("de", "error-rate-limited")),
        "{html}"
    );
    // another client is not affected
    let b = from("203.0.113.2");
    assert_eq!(
        app.send(get("/api/v1/search?q=a", b)).await.status(),
        StatusCode::OK
    );
    // status lookups: guessing references is limited too
    for i in 0..2 {
        let s = app
            .send(get(&format!("/api/v1/reports/ABCD-EFGH-J{i}?token=x"), b))
            .await
            .status();
        assert_ne!(s, StatusCode::TOO_MANY_REQUESTS);
    }
    let s = app
        .send(get("/en/report/status?ref=ABCD-EFGH-JK&token=x", b))
        .await
        .status();
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_and_detailed_health_need_the_admin_token() {
    let token = "admin-token-for-the-test-0123456789";
    let app = common::app_with(|c| c.admin_token = Some(token.into())).await;
    let bearer = format!("Bearer {token}");
    for headers in [
        vec![],
        vec![("authorization", "Bearer wrong-token")],
        vec![("authorization", token)],
    ] {
        let res = app.get("/metrics", &headers).await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "{headers:?}");
        let res = app.get("/healthz", &headers).await;
        assert_eq!(res.status(), StatusCode::OK);
        let v: serde_json::Value = serde_json::from_str(&text(res).await).unwrap();
        assert_eq!(v, serde_json::json!({"status": "ok"}), "{headers:?}");
    }
    let res = app.get("/metrics", &[("authorization", &bearer)]).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(text(res).await.contains("http_requests_total"));
    let res = app.get("/healthz", &[("authorization", &bearer)]).await;
    let v: serde_json::Value = serde_json::from_str(&text(res).await).unwrap();
    assert!(v["delivery"].is_object() && v["content"].is_object(), "{v}");
    // no token configured: closed
    let app = common::app().await;
    let res = app.get("/metrics", &[("authorization", "Bearer ")]).await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let v: serde_json::Value =
        serde_json::from_str(&text(app.get("/healthz?ready=1", &[]).await).await).unwrap();
    assert_eq!(v, serde_json::json!({"status": "ok"}));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn language_tags_in_paths_have_one_spelling() {
    let app = app().await;
    for (from, to) in [
        ("/EN/", "/en/"),
        (
            "/En/advice?incident=phishing",
            "/en/advice?incident=phishing",
        ),
        ("/DE/search?q=x", "/de/search?q=x"),
        ("/PT/bulletins/feed.atom", "/pt/bulletins/feed.atom"),
    ] {
        let res = app.get(from, &[]).await;
        assert_eq!(res.status(), StatusCode::PERMANENT_REDIRECT, "{from}");
        assert_eq!(res.headers()[header::LOCATION], to, "{from}");
    }
    assert_eq!(app.get("/en/", &[]).await.status(), StatusCode::OK);
    assert_eq!(
        app.get("/EN", &[]).await.headers()[header::LOCATION],
        "/en/"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn phone_numbers_in_other_digit_scripts_are_normalised() {
    let app = app().await;
    let body = serde_json::json!({
        "country": "BE", "victim": "citizen", "incident": "phishing",
        "description": "A fake bank text message asked for my card number.",
        "form_key": "arabic-digits-phone-1", "contact_phone": "\u{200F}+٣٢ ٢ ٥٠١ ٠٥ ٦٠",
    });
    let res = app
        .send(
            Request::post("/api/v1/reports")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(body.to_string()))
                .unwrap(),
        )
        .await;
    let status = res.status();
    let v: serde_json::Value = serde_json::from_str(&text(res).await).unwrap();
    assert_eq!(status, StatusCode::CREATED, "{v}");
    let stored =
        cyberhelp::server::reports::store::load(&app.state.db, v["reference"].as_str().unwrap())
            .await
            .unwrap()
            .unwrap();
    assert_eq!(stored.input.contact_phone, "+32 2 501 05 60");
}

/// Starts the test app on a real socket with these timeouts; returns its address.
async fn serve_with(
    app: &common::TestApp,
    header_read_ms: u64,
    idle_ms: u64,
) -> std::net::SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let timeouts = cyberhelp::server::serve::Timeouts {
        header_read: std::time::Duration::from_millis(header_read_ms),
        idle: std::time::Duration::from_millis(idle_ms),
    };
    tokio::spawn(cyberhelp::server::serve::serve(
        listener,
        app.router.clone(),
        timeouts,
        std::future::pending(),
    ));
    addr
}

/// Reads until the peer closes the connection (or `limit` passes); returns what was read and when the
/// connection closed, `None` if it stayed open.
async fn read_until_closed(
    s: &mut tokio::net::TcpStream,
    limit: std::time::Duration,
) -> (String, Option<std::time::Duration>) {
    use tokio::io::AsyncReadExt;
    let start = std::time::Instant::now();
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let left = limit.saturating_sub(start.elapsed());
        match tokio::time::timeout(left, s.read(&mut buf)).await {
            Err(_) => return (String::from_utf8_lossy(&got).into_owned(), None),
            Ok(Ok(0)) | Ok(Err(_)) => {
                return (
                    String::from_utf8_lossy(&got).into_owned(),
                    Some(start.elapsed()),
                )
            }
            Ok(Ok(n)) => got.extend_from_slice(&buf[..n]),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_headers_idle_connections_and_slow_bodies_are_cut_off() {
    use std::time::Duration;
    use tokio::io::AsyncWriteExt;
    let app = common::app_with(|c| c.request_timeout_secs = 1).await;
    // slow headers: half a request head, then nothing
    let addr = serve_with(&app, 300, 10_000).await;
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: 1\r\n")
        .await
        .unwrap();
    let (_, closed) = read_until_closed(&mut s, Duration::from_secs(5)).await;
    let closed = closed.expect("slow-header connection closed");
    assert!(closed < Duration::from_secs(2), "{closed:?}");

    // idle: a connection that never sends, and a kept-alive one after its response
    let addr = serve_with(&app, 10_000, 300).await;
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    let (_, closed) = read_until_closed(&mut s, Duration::from_secs(5)).await;
    assert!(closed.expect("silent connection closed") < Duration::from_secs(2));
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let (got, closed) = read_until_closed(&mut s, Duration::from_secs(5)).await;
    assert!(got.starts_with("HTTP/1.1 200"), "{got}");
    assert!(got.contains(r#"{"status":"ok"}"#), "{got}");
    assert!(closed.expect("idle keep-alive connection closed") < Duration::from_secs(2));

    // a slow body: the request times out with 408
    let addr = serve_with(&app, 10_000, 10_000).await;
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    s.write_all(
        b"POST /api/v1/reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"country\"",
    )
    .await
    .unwrap();
    let t = std::time::Instant::now();
    let (got, _) = read_until_closed(&mut s, Duration::from_secs(4)).await;
    assert!(got.starts_with("HTTP/1.1 408"), "{got}");
    assert!(t.elapsed() < Duration::from_secs(3));

    // a normal request on a normal connection still works
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let (got, _) = read_until_closed(&mut s, Duration::from_secs(4)).await;
    assert!(got.starts_with("HTTP/1.1 200"), "{got}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_busy_search_reaches_the_hydrated_page_as_data() {
    let app = common::app_with(|c| {
        c.search_concurrency = 1;
        c.search_queue = 0;
    })
    .await;
    let _held = app
        .state
        .search_gate
        .semaphore()
        .try_acquire_owned()
        .unwrap();
    let res = app
        .send(
            Request::post("/api/search/page")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from("lang=en&q=phishing"))
                .unwrap(),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let v: serde_json::Value = serde_json::from_str(&text(res).await).unwrap();
    assert_eq!(v["busy"], true, "{v}");
}

/// `POST /de/report` with a typed form; `description` replaces the default one.
async fn post_typed(app: &common::TestApp, key: &str, description: &str) -> (StatusCode, String) {
    let body = form(&[
        ("form_key", key),
        ("country", "AT"),
        ("victim", "citizen"),
        ("incident", "online-fraud"),
        ("description", description),
        ("contact_email", "opfer-typed@example.org"),
        ("aware_at", "2026-11-28T09:00"),
        ("action", "record"),
    ]);
    let res = app
        .send(
            Request::post("/de/report")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(body))
                .unwrap(),
        )
        .await;
    let status = res.status();
    let retry = res.headers().get(header::RETRY_AFTER).is_some();
    let html = text(res).await;
    assert!(
        status != StatusCode::TOO_MANY_REQUESTS || retry,
        "429 keeps Retry-After"
    );
    (status, html)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn too_large_and_rate_limited_forms_come_back_with_what_was_typed() {
    let app = common::app_with(|c| c.report_burst = 1).await;
    let de = |id: &str| cyberhelp::i18n::t("de", id);

    // too large for the general limit (64 KiB) but readable: the form again, typed text and a German error
    let long = format!("Mein-getippter-Anfang {}", "Betrugsversuch ".repeat(6000));
    let (status, html) = post_typed(&app, "typed-too-large-0001", &long).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(html.contains("Mein-getippter-Anfang"), "description kept");
    assert!(html.contains("opfer-typed@example.org"), "contact kept");
    assert!(
        html.contains(&de("report-error-description-long")),
        "translated error"
    );
    assert!(html.contains("typed-too-large-0001"), "same form key");
    assert_eq!(stored(&app).await, 0);

    // far beyond it: not read, and the page says how to get the text back
    let (status, html) = post_typed(&app, "typed-too-large-0002", &"x".repeat(700 * 1024)).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(html.contains(&de("error-too-large-back")), "{html}");

    // over the rate limit (a burst of 1): the second report comes back typed, with the preview to send again
    let (status, _) = post_typed(&app, "typed-first-report-01", "Der erste Bericht.").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, html) = post_typed(
        &app,
        "typed-rate-limited-01",
        "Mein zweiter Bericht, den ich nicht noch einmal tippen will.",
    )
    .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(html.contains("Mein zweiter Bericht, den ich nicht noch einmal tippen will."));
    assert!(html.contains("opfer-typed@example.org"));
    assert!(
        html.contains(&de("report-error-rate-limited")),
        "translated error"
    );
    assert!(html.contains("typed-rate-limited-01"), "same form key");
    assert!(
        html.contains("name=\"action\""),
        "the form can be sent again"
    );
    assert_eq!(stored(&app).await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idempotency_keys_are_scoped_per_client_kind() {
    use cyberhelp::server::reports::reference::token_hash;
    let app = common::app_with(|c| c.report_burst = 100).await;
    let key = "shared-retry-key-0001";
    let receipt = |res: &axum::http::Response<Body>| {
        res.headers()
            .get(header::LOCATION)
            .and_then(|l| l.to_str().ok())
            .and_then(|l| l.split("ref=").nth(1))
            .and_then(|r| r.split('&').next())
            .map(str::to_owned)
            .expect("a receipt link")
    };
    // the form first, then the API with the same key: two reports, neither a 409 nor the other's receipt
    let res = post_form(&app, report_form(key), &[]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let form_ref = receipt(&res);
    let (status, v) = post_report_json(&app, key).await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
    let api_ref = v["reference"].as_str().unwrap().to_owned();
    assert_ne!(form_ref, api_ref);
    assert_eq!(stored(&app).await, 2);
    // retries are still recognised within each kind
    let res = post_form(&app, report_form(key), &[]).await;
    assert_eq!(receipt(&res), form_ref);
    let (status, v) = post_report_json(&app, key).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["reference"], api_ref.as_str());
    assert_eq!(stored(&app).await, 2);
    // what is stored: the hash of the scoped key
    let mut hashes: Vec<String> = sqlx::query_scalar("SELECT form_key_hash FROM reports")
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap();
    hashes.sort();
    let mut want = vec![
        token_hash(&format!("form:{key}")),
        token_hash(&format!("api:{key}")),
    ];
    want.sort();
    assert_eq!(hashes, want);
    // and the API's status token does not open the form's report
    let token = v["token"].as_str().unwrap();
    let res = app
        .get(&format!("/api/v1/reports/{form_ref}?token={token}"), &[])
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bound_to_the_ipv6_any_address_the_server_answers_over_ipv6_and_ipv4() {
    use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr};
    use std::time::Duration;
    use tokio::io::AsyncWriteExt;
    let app = app().await;
    let listener = match cyberhelp::server::serve::bind("[::]:0".parse().unwrap()) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("SKIPPED: this machine cannot bind [::] (no IPv6?): {e}");
            return;
        }
    };
    let port = listener.local_addr().unwrap().port();
    let timeouts = cyberhelp::server::serve::Timeouts {
        header_read: Duration::from_secs(5),
        idle: Duration::from_secs(5),
    };
    tokio::spawn(cyberhelp::server::serve::serve(
        listener,
        app.router.clone(),
        timeouts,
        std::future::pending(),
    ));
    for ip in [
        std::net::IpAddr::from(Ipv6Addr::LOCALHOST),
        std::net::IpAddr::from(Ipv4Addr::LOCALHOST),
    ] {
        let mut s = match tokio::net::TcpStream::connect(SocketAddr::new(ip, port)).await {
            Ok(s) => s,
            Err(e) if ip.is_ipv6() => {
                eprintln!("SKIPPED: no IPv6 loopback on this machine: {e}");
                return;
            }
            Err(e) => panic!("IPv4 client refused by the [::] listener: {e}"),
        };
        s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            .await
            .unwrap();
        let (got, _) = read_until_closed(&mut s, Duration::from_secs(5)).await;
        assert!(got.starts_with("HTTP/1.1 200"), "{ip}: {got}");
    }
}

/// The independent hostile run (issue 14) found: unknown API paths answered HTML; an `Idempotency-Key` header was
/// ignored (retries without `form_key` made duplicates); a 413 closed the connection without saying so.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_404s_are_json_idempotency_key_header_is_honoured_and_413_says_close() {
    let app = app().await;
    let res = app.get("/api/v1/nope", &[]).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&text(res).await).unwrap(),
        serde_json::json!({"error": "not_found"})
    );
    let body = r#"{"country":"BE","victim":"citizen","incident":"phishing","description":"Idempotency header test, one two three","consent":[]}"#;
    let mut refs = Vec::new();
    for _ in 0..2 {
        let res = app
            .send(
                Request::post("/api/v1/reports?lang=en")
                    .header(header::CONTENT_TYPE, "application/json")
                    .header("idempotency-key", "0123456789abcdef0123456789abcdef")
                    .body(Body::from(body))
                    .unwrap(),
            )
            .await;
        assert!(res.status().is_success(), "{}", res.status());
        let v: serde_json::Value = serde_json::from_str(&text(res).await).unwrap();
        refs.push(v["reference"].as_str().unwrap().to_owned());
    }
    assert_eq!(refs[0], refs[1], "the retry names the first report");
    let res = app
        .send(
            Request::post("/api/v1/reports")
                .header(header::CONTENT_TYPE, "application/json")
                .header(header::CONTENT_LENGTH, "999999999")
                .body(Body::from("{}"))
                .unwrap(),
        )
        .await;
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(res.headers()[header::CONNECTION], "close");
}
