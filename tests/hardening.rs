//! Behaviour under hostile input (issue 14): escaping, cross-site requests, idempotency keys, client
//! addresses behind proxies, bounded search, timeouts, admin endpoints.

mod common;

use axum::http::StatusCode;
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
