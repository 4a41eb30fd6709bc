//! Search (issue 5): relevance on the bundled content (MRR@5 per language), hostile queries, snippets,
//! cross-language fallback, facets and filters, the JSON API and the reload swap.

mod common;

use axum::http::StatusCode;
use cyberhelp::api::search::SearchResults;
use cyberhelp::server::content::model::SynonymGroup;
use cyberhelp::server::content::ContentStore;
use cyberhelp::server::search::{SearchDoc, SearchIndex, SearchRequest};
use std::collections::BTreeMap;
use std::path::Path;

fn bundled() -> ContentStore {
    ContentStore::open(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).expect("content")
}

fn req<'a>(q: &'a str, lang: &'a str) -> SearchRequest<'a> {
    SearchRequest {
        q,
        lang,
        limit: 10,
        ..Default::default()
    }
}

#[derive(serde::Deserialize)]
struct Cases {
    case: Vec<Case>,
}

#[derive(serde::Deserialize)]
struct Case {
    lang: String,
    q: String,
    expect: String,
}

/// MRR@5 over `tests/search/relevance.toml`: every language and the whole set must reach 0.8.
#[test]
fn relevance_mrr_at_5() {
    let src = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/search/relevance.toml"),
    )
    .unwrap();
    let cases: Cases = toml::from_str(&src).unwrap();
    assert!(cases.case.len() >= 80, "the set needs at least 80 queries");
    let store = bundled();
    let ix = store.search();
    let mut per_lang: BTreeMap<String, (f64, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    for c in &cases.case {
        let res = ix.search(&SearchRequest {
            limit: 5,
            ..req(&c.q, &c.lang)
        });
        let rank = res.hits.iter().position(|h| h.id == c.expect);
        let rr = rank.map_or(0.0, |r| 1.0 / (r as f64 + 1.0));
        if rank != Some(0) {
            misses.push(format!(
                "  [{}] {:?} expected {} at {:?}; got {:?}",
                c.lang,
                c.q,
                c.expect,
                rank.map(|r| r + 1),
                res.hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>()
            ));
        }
        let e = per_lang.entry(c.lang.clone()).or_default();
        e.0 += rr;
        e.1 += 1;
    }
    assert!(per_lang.len() >= 8, "the set needs at least 8 languages");
    let total: f64 = per_lang.values().map(|v| v.0).sum::<f64>() / cases.case.len() as f64;
    println!("MRR@5 per language (queries):");
    for (l, (s, n)) in &per_lang {
        println!("  {l}: {:.3} ({n})", s / *n as f64);
    }
    println!("  all: {total:.3} ({})", cases.case.len());
    println!("not ranked first:\n{}", misses.join("\n"));
    // the per-language gate needs a sample: languages with fewer than 10 queries (the 2-3 first queries of the
    // languages added on 2026-12-05) are printed above and count in the overall figure
    for (l, (s, n)) in per_lang.iter().filter(|(_, (_, n))| *n >= 10) {
        assert!(
            s / *n as f64 >= 0.8,
            "MRR@5 for {l} is {:.3} < 0.8",
            s / *n as f64
        );
    }
    assert!(total >= 0.8);
}

fn doc(id: &str, lang: &str, title: &str, body: &str) -> SearchDoc {
    SearchDoc {
        kind: "advice",
        id: id.into(),
        lang: lang.into(),
        title: title.into(),
        summary: format!("Summary of {id}"),
        body: body.into(),
        incident_types: vec!["phishing".into()],
        audience: vec!["citizen".into()],
        ..Default::default()
    }
}

#[test]
fn hostile_queries_never_fail() {
    let store = bundled();
    let ix = store.search();
    let long = "phishing ".repeat(1200);
    let nasty = [
        "",
        "   ",
        "\"",
        "\"unclosed phrase",
        "((((",
        "title:phishing",
        "-phishing",
        "*",
        "~2",
        "phish~",
        "AND OR NOT",
        "a AND (b OR",
        "https://example.com/login?x=1&y=<script>",
        "🙂🔥💸",
        "\u{0}\u{0}phishing\u{0}",
        "pay\u{200b}pal",
        "\u{202e}gnihsihp",
        "مرحبا احتيال",
        "שלום",
        "καλημέρα απάτη",
        "[]{}^\\/",
        long.as_str(),
    ];
    for q in nasty {
        for lang in ["en", "fr", "pl", "xx-YY", "", "de-AT", "../../etc"] {
            let r = ix.search(&SearchRequest {
                prefix_last: true,
                ..req(q, lang)
            });
            assert!(r.query.chars().count() <= 500);
            assert!(!r.query.contains('\u{0}') && !r.query.contains('\u{202e}'));
            assert!(r.hits.len() <= 10);
        }
    }
    // stop words and single letters alone find nothing (they are everywhere in the multilingual labels)
    for (q, lang) in [
        ("and the b", "en"),
        ("\"((zzqx -* ~ AND <b>", "fr"),
        ("und die", "de"),
    ] {
        let r = ix.search(&req(q, lang));
        assert_eq!(r.total, 0, "{q}: {:?}", r.hits.first().map(|h| &h.id));
    }
    // hidden characters are removed, so the brand is still found
    let r = ix.search(&req("pay\u{200b}pal\u{0}", "en"));
    assert_eq!(r.query, "paypal ");
    assert!(r.total > 0);
    // query syntax is just words
    assert!(ix.search(&req("title:ransomware", "en")).hits[0].id == "ransomware");
}

#[test]
fn snippets_mark_words_escape_markup_and_respect_multibyte_text() {
    let docs = vec![
        doc(
            "greek",
            "el",
            "Ηλεκτρονικό ψάρεμα",
            "Μην απαντάτε σε μηνύματα. Η απάτη ξεκινά με ένα μήνυμα <script>alert(1)</script> από την τράπεζα.",
        ),
        doc(
            "czech",
            "cs",
            "Podvodné zprávy",
            "Nikdy neposílejte kód z SMS. Podvodníci se vydávají za banku & policii.",
        ),
        doc(
            "romanian",
            "ro",
            "Înșelătorie",
            "Înșelătoriile prin mesaje țintesc conturile bancare; nu dați codul.",
        ),
    ];
    let ix = SearchIndex::build(docs, &BTreeMap::new()).unwrap();
    let r = ix.search(&req("απάτη", "el"));
    assert_eq!(r.hits.len(), 1);
    let s = &r.hits[0].snippet;
    assert!(s.contains("<mark>απάτη</mark>"), "{s}");
    assert!(
        s.contains("&lt;script&gt;") && !s.contains("<script>"),
        "{s}"
    );
    let r = ix.search(&req("podvodnici", "cs"));
    let s = &r.hits[0].snippet;
    assert!(s.contains("<mark>Podvodníci</mark>"), "{s}");
    assert!(s.contains("&amp;"), "{s}");
    let r = ix.search(&req("inselatoriile", "ro"));
    assert!(
        r.hits[0].snippet.contains("<mark>Înșelătoriile</mark>"),
        "{}",
        r.hits[0].snippet
    );
}

#[test]
fn typos_prefixes_and_synonyms() {
    let docs = vec![
        doc(
            "ransom",
            "en",
            "Ransomware encrypted your files",
            "Do not pay the ransom.",
        ),
        doc(
            "shop",
            "en",
            "Fake online shop",
            "The parcel never arrived.",
        ),
    ];
    let mut syn = BTreeMap::new();
    syn.insert(
        "en".to_string(),
        vec![SynonymGroup {
            terms: vec!["scam".into(), "fake".into()],
            incident: None,
        }],
    );
    let ix = SearchIndex::build(docs, &syn).unwrap();
    // two typos in a long word
    assert_eq!(ix.search(&req("ransowmare", "en")).hits[0].id, "ransom");
    // one typo in a word of 4 to 7 letters, none in shorter words
    assert_eq!(ix.search(&req("shoq", "en")).hits[0].id, "shop");
    assert_eq!(ix.search(&req("sxoq", "en")).total, 0);
    assert_eq!(ix.search(&req("fak", "en")).total, 0);
    // prefix of the last word only while typing
    assert_eq!(ix.search(&req("encry", "en")).total, 0);
    let typing = SearchRequest {
        prefix_last: true,
        ..req("encry", "en")
    };
    assert_eq!(ix.search(&typing).hits[0].id, "ransom");
    // a synonym from the editors' file
    assert_eq!(ix.search(&req("scam", "en")).hits[0].id, "shop");
}

#[test]
fn reader_language_first_then_english_marked() {
    let store = bundled();
    let ix = store.search();
    // sextortion is translated into German: the German article, no English duplicate
    let r = ix.search(&req("erpressung nacktbilder", "de"));
    assert_eq!(r.hits[0].id, "sextortion");
    assert_eq!(r.hits[0].lang, "de");
    assert_eq!(r.hits[0].url, "/de/advice/sextortion");
    let ids: Vec<_> = r.hits.iter().map(|h| (&h.id, &h.lang)).collect();
    assert!(!ids.contains(&(&"sextortion".to_string(), &"en".to_string())));
    // QR-code phishing is not in Swedish: found from Swedish words, marked as English, Swedish URL (SIM swapping
    // and then QR-code phishing, the earlier examples, have German translations since 2026-12-05)
    let r = ix.search(&req("qr kod parkering", "sv"));
    let h = r
        .hits
        .iter()
        .find(|h| h.id == "qr-code-phishing")
        .expect("qr-code-phishing found");
    assert_eq!(h.lang, "en");
    assert_eq!(h.url, "/sv/advice/qr-code-phishing");
    // an article that exists in Swedish comes in Swedish
    let r = ix.search(&req("ransomware", "sv"));
    assert_eq!(r.hits[0].id, "ransomware");
    assert_eq!(r.hits[0].lang, "sv");
    // Greek typed without accents or in capitals reaches the English article through the Greek labels
    for q in ["επενδυτικη απατη", "ΕΠΕΝΔΥΤΙΚΗ ΑΠΑΤΗ"] {
        let r = ix.search(&req(q, "el"));
        assert_eq!(r.hits[0].id, "investment-scam", "{q}");
        assert_eq!(r.hits[0].url, "/el/advice/investment-scam");
    }
    // unknown and regional tags
    assert_eq!(ix.search(&req("phishing", "xx")).lang, "en");
    assert_eq!(ix.search(&req("phishing", "fr-BE")).lang, "fr");
}

#[test]
fn cve_ids_match_exactly_and_facets_filter() {
    let store = bundled();
    let ix = store.search();
    for q in ["CVE-2024-3400", "cve-2024-3400", "cve 2024 3400"] {
        let r = ix.search(&req(q, "en"));
        assert_eq!(r.hits[0].id, "panos-globalprotect-cve-2024-3400", "{q}");
    }
    let r = ix.search(&req("password", "en"));
    let kinds = &r.facets["kind"];
    let sum: u64 = kinds.values().sum();
    assert_eq!(sum as usize, r.total);
    assert!(kinds["advice"] > 0);
    let only = ix.search(&SearchRequest {
        kind: Some("bulletin"),
        ..req("password", "en")
    });
    assert_eq!(
        only.total as u64,
        kinds.get("bulletin").copied().unwrap_or(0)
    );
    assert!(only.hits.iter().all(|h| h.kind == "bulletin"));
    let cit = ix.search(&SearchRequest {
        audience: Some("citizen"),
        ..req("password", "en")
    });
    assert_eq!(cit.total as u64, r.facets["audience"]["citizen"]);
    assert!(cit
        .hits
        .iter()
        .all(|h| h.audience.contains(&"citizen".to_string())));
    // a bad filter value matches nothing rather than failing
    let bad = ix.search(&SearchRequest {
        incident: Some("<b>x</b>"),
        ..req("password", "en")
    });
    assert_eq!(bad.total, 0);
    // paging: two pages of 3 are the first 6 in order
    let all = ix.search(&SearchRequest {
        limit: 6,
        ..req("account", "en")
    });
    let p2 = ix.search(&SearchRequest {
        limit: 3,
        offset: 3,
        ..req("account", "en")
    });
    assert_eq!(
        p2.hits.iter().map(|h| &h.id).collect::<Vec<_>>(),
        all.hits[3..].iter().map(|h| &h.id).collect::<Vec<_>>()
    );
}

#[test]
fn reload_swaps_the_index() {
    let dir = tempfile::tempdir().unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    copy_dir(&src, dir.path());
    let store = ContentStore::open(dir.path()).unwrap();
    let before = store.search().search(&req("zanzibarwombat", "en"));
    assert_eq!(before.total, 0, "{:?}", before.hits);
    let p = dir.path().join("advice/ddos/en.md");
    let text = std::fs::read_to_string(&p).unwrap();
    std::fs::write(&p, format!("{text}\n\nThe zanzibarwombat botnet.\n")).unwrap();
    assert!(store.reload());
    let r = store.search().search(&req("zanzibarwombat", "en"));
    assert_eq!(r.hits.len(), 1);
    assert_eq!(r.hits[0].id, "ddos");
}

fn copy_dir(from: &Path, to: &Path) {
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let t = to.join(e.file_name());
        if e.path().is_dir() {
            std::fs::create_dir_all(&t).unwrap();
            copy_dir(&e.path(), &t);
        } else {
            std::fs::copy(e.path(), t).unwrap();
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_api() {
    let app = common::app().await;
    let res = app
        .get("/api/v1/search?q=ransomware&lang=fr&limit=2", &[])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let body: SearchResults = serde_json::from_str(&common::text(res).await).unwrap();
    assert_eq!(body.lang, "fr");
    assert_eq!(body.hits.len(), 2);
    assert_eq!(body.hits[0].id, "ransomware");
    assert!(
        body.hits[0].url.starts_with("http") && body.hits[0].url.ends_with("/fr/advice/ransomware")
    );
    let v: serde_json::Value = serde_json::from_str(
        &common::text(app.get("/api/v1/search?q=phishing&lang=zz-ZZ", &[]).await).await,
    )
    .unwrap();
    assert_eq!(v["lang"], "en");
    for key in ["query", "lang", "total", "hits", "facets"] {
        assert!(v.get(key).is_some(), "{key}");
    }
    for k in [
        "kind",
        "id",
        "lang",
        "title",
        "url",
        "snippet",
        "incident_types",
        "audience",
        "score",
    ] {
        assert!(v["hits"][0].get(k).is_some(), "hit.{k}");
    }
    // numbers beyond the range are clamped, even beyond u64
    let res = app
        .get(
            "/api/v1/search?q=phishing&limit=99999999999999999999999",
            &[],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    for bad in ["limit=ten", "offset=-1", "limit=1e3"] {
        let res = app.get(&format!("/api/v1/search?q=x&{bad}"), &[]).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
    // hostile q: always 200 JSON, never markup
    for q in [
        "%00",
        "%3Cscript%3E",
        "%22%28%2A",
        "%E2%80%AE",
        &"x".repeat(10_000),
    ] {
        let res = app.get(&format!("/api/v1/search?q={q}&lang=de"), &[]).await;
        assert_eq!(res.status(), StatusCode::OK, "{q}");
        assert_eq!(res.headers()["content-type"], "application/json");
        let v: serde_json::Value = serde_json::from_str(&common::text(res).await).unwrap();
        assert!(v["query"].as_str().unwrap().chars().count() <= 500);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_page_works_without_javascript() {
    let app = common::app().await;
    let res = app.get("/fr/search?q=rancongiciel", &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = common::text(res).await;
    assert!(html.contains("href=\"/fr/advice/ransomware\""), "{html}");
    assert!(html.contains("<mark>"));
    // empty state: entry points and the report page
    let html = common::text(app.get("/fr/search?q=qwxzzkj", &[]).await).await;
    assert!(html.contains("href=\"/fr/report\""));
    assert!(html.contains("href=\"/fr/advice?incident=phishing\""));
    // the query is echoed escaped, never as markup
    let html = common::text(
        app.get("/de/search?q=%3Cscript%3Ealert(1)%3C/script%3E", &[])
            .await,
    )
    .await;
    assert!(!html.contains("<script>alert(1)"));
    // no query: the form, no error
    let res = app.get("/de/search", &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
}
