//! "What happened?" on the bundled content: every path ends in a valid result with a routing answer in three
//! countries within 7 answers; the three journeys of issue 16; forged and contradictory URLs; the page, the
//! feedback form, the open-data API, the filled-in report link and who may frame the embed page.

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{app, app_with, text};
use cyberhelp::server::content;
use cyberhelp::server::routing::{check_answers, route, Group, Service};
use cyberhelp::server::triage::{all_paths, MAX_ANSWERS};
use std::collections::BTreeMap;
use std::path::Path;

fn lib() -> content::Library {
    content::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).expect("bundled content")
}

fn params(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

#[test]
fn every_path_ends_in_a_result_with_a_routing_answer_in_three_countries() {
    let lib = lib();
    let tree = lib.triage.as_ref().expect("content/triage/tree.toml");
    let rules = lib.rules.as_ref().unwrap();
    let paths = all_paths(tree, &lib, &["PT", "DE-BY", "IE"]);
    assert!(paths.len() > 500, "{} paths", paths.len());
    let mut results = std::collections::BTreeSet::new();
    let mut longest = 0;
    for p in &paths {
        let w = tree.walk(p, &lib);
        assert!(w.question.is_none() && !w.notice, "{p:?} stops early");
        let o = w.outcome.expect("a result");
        results.insert(o.id.clone());
        longest = longest.max(w.answered.len());
        assert!(w.answered.len() <= MAX_ANSWERS, "{p:?}");
        check_answers(&lib.directory, &w.answers).unwrap_or_else(|e| panic!("{p:?}: {e}"));
        let r = route(rules, &lib.directory, &w.answers);
        assert!(r.covered, "{p:?}");
        assert!(!r.steps.is_empty(), "{p:?}: no step at all");
        assert!(lib
            .advice
            .contains_key(cyberhelp::server::triage::Tree::article_for(&o, &w.answers)));
    }
    // every result and every incident type is reachable
    assert_eq!(results.len(), tree.results.len());
    for t in &lib.incident_types {
        assert!(tree.results.iter().any(|r| r.incident == t.id), "{}", t.id);
    }
    println!(
        "triage: {} questions, {} fact questions, {} results, {} paths (3 countries), longest {} answers",
        tree.questions.len(),
        tree.facts.len(),
        tree.results.len(),
        paths.len(),
        longest
    );
}

#[test]
fn a_portuguese_pensioner_with_a_fake_parcel_sms_reaches_block_your_card_in_five_answers() {
    let lib = lib();
    let tree = lib.triage.as_ref().unwrap();
    let p = params(&[
        ("who", "private"),
        ("what", "message"),
        ("message", "clicked"),
        ("payment", "card"),
        ("country", "PT"),
    ]);
    let w = tree.walk(&p, &lib);
    assert!(w.question.is_none() && w.answered.len() <= 6);
    assert_eq!(w.outcome.unwrap().id, "phishing-clicked");
    let r = route(lib.rules.as_ref().unwrap(), &lib.directory, &w.answers);
    assert_eq!(r.steps[0].service, Service::CardBlock);
    let url = cyberhelp::server::triage::view::report_url("pt", &w.answers);
    for part in [
        "country=PT",
        "victim=citizen",
        "incident=phishing",
        "money_lost=on",
        "payment=card",
    ] {
        assert!(url.contains(part), "{url}");
    }
}

#[test]
fn a_munich_sme_with_ransomware_reaches_the_72_hour_clock_and_the_bavarian_dpa() {
    let lib = lib();
    let tree = lib.triage.as_ref().unwrap();
    let p = params(&[
        ("who", "business"),
        ("what", "files"),
        ("personal-data", "controller"),
        ("country", "DE-BY"),
    ]);
    let w = tree.walk(&p, &lib);
    assert!(w.question.is_none(), "{:?}", w.question.map(|q| q.id));
    let r = route(lib.rules.as_ref().unwrap(), &lib.directory, &w.answers);
    let dpa = r
        .steps
        .iter()
        .find(|s| s.service == Service::GdprBreachNotification)
        .expect("DPA");
    assert_eq!(dpa.deadline_hours, Some(72));
    assert_eq!(dpa.contact_point.as_ref().unwrap().id, "de-baylda");
}

#[test]
fn an_irish_hospital_reaches_the_nis2_clocks() {
    let lib = lib();
    let tree = lib.triage.as_ref().unwrap();
    let p = params(&[
        ("who", "essential"),
        ("sector", "health"),
        ("what", "files"),
        ("personal-data", "no"),
        ("country", "IE"),
    ]);
    let w = tree.walk(&p, &lib);
    assert!(w.question.is_none());
    let r = route(lib.rules.as_ref().unwrap(), &lib.directory, &w.answers);
    let legal: Vec<_> = r
        .steps
        .iter()
        .filter(|s| s.group == Group::Legal)
        .map(|s| (s.deadline_hours, s.deadline_months))
        .collect();
    assert_eq!(
        legal,
        vec![(Some(24), None), (Some(72), None), (None, Some(1))]
    );
}

#[test]
fn forged_and_contradictory_urls_stop_at_the_nearest_valid_step() {
    let lib = lib();
    let tree = lib.triage.as_ref().unwrap();
    // an unknown option
    let w = tree.walk(&params(&[("who", "alien")]), &lib);
    assert_eq!(w.question.as_ref().unwrap().id, "who");
    assert!(w.notice);
    // answers out of order (no "who"): ask "who" first and say the rest was dropped
    let w = tree.walk(&params(&[("what", "money"), ("money", "investment")]), &lib);
    assert_eq!(w.question.as_ref().unwrap().id, "who");
    assert!(w.notice);
    // a result id typed by hand, an option offered only to organisations chosen by a private person
    let w = tree.walk(&params(&[("who", "ransomware")]), &lib);
    assert!(w.notice && w.outcome.is_none());
    let w = tree.walk(&params(&[("who", "private"), ("what", "website")]), &lib);
    assert_eq!(w.question.as_ref().unwrap().id, "what");
    assert!(w.notice);
    // a country not in the directory, a region of another country
    let w = tree.walk(
        &params(&[
            ("who", "private"),
            ("what", "unknown"),
            ("country", "FR-BY"),
        ]),
        &lib,
    );
    assert_eq!(w.question.as_ref().unwrap().id, "country");
    assert!(w.notice);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_walks_without_javascript_and_never_reflects_markup() {
    let app = app().await;
    let res = app.get("/en/help", &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = text(res).await;
    assert!(html.contains(r#"name="who""#), "{html}");
    assert!(html.to_lowercase().contains(r#"method="get""#));
    assert!(html.contains(&cyberhelp::i18n::t("en", "triage-none-fit")));
    let res = app
        .get(
            "/pt/help?who=private&what=message&message=clicked&payment=card&country=PT",
            &[],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = text(res).await;
    assert!(html.contains(&cyberhelp::i18n::t("pt", "triage-result-title")));
    assert!(html.contains("/pt/report?country=PT&amp;victim=citizen&amp;incident=phishing"));
    assert!(html.contains("/pt/advice/phishing-citizen"));
    // "change" keeps the answers before the one changed
    assert!(html.contains(r#"href="/pt/help?who=private&amp;what=message""#));
    // bad input: a 10,000-character value and markup are dropped, with a notice, never reflected, never 500
    let long = "a".repeat(10_000);
    for q in [
        format!("who={long}"),
        "who=%3Cscript%3Ealert(1)%3C/script%3E".to_owned(),
        "who=private&what=money&money=%22%3E%3Cimg".to_owned(),
        "country=ZZ&who=business&sector=health".to_owned(),
    ] {
        let res = app.get(&format!("/en/help?{q}"), &[]).await;
        assert_eq!(res.status(), StatusCode::OK, "{q}");
        let html = text(res).await;
        assert!(
            !html.contains("<script>alert") && !html.contains("\"><img"),
            "{q}"
        );
        assert!(
            html.contains(&cyberhelp::i18n::t("en", "triage-notice-invalid")),
            "{q}"
        );
    }
    // the report form is filled in from the link
    let html = text(
        app.get(
            "/en/report?country=PT&victim=citizen&incident=phishing&money_lost=on&payment=card",
            &[],
        )
        .await,
    )
    .await;
    assert!(html.contains(r#"<option value="PT" selected"#));
    assert!(html.contains(r#"<option value="card" selected"#));
    assert!(
        html.contains(r#"id="victim-citizen" checked"#)
            || html.contains(r#"value="citizen" id="victim-citizen" checked"#)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn none_of_these_fit_is_counted_per_question_and_language_without_personal_data() {
    let app = app().await;
    let html = text(app.get("/fr/help?who=private&nofit=1", &[]).await).await;
    assert!(html.contains(r#"action="/fr/help/feedback""#));
    let res = app
        .send(
            Request::post("/fr/help/feedback")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(
                    "node=what&answers=who%3Dprivate&text=Mon+frigo+connect%C3%A9+envoie+des+mails%00",
                ))
                .unwrap(),
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let to = res.headers()[header::LOCATION].to_str().unwrap().to_owned();
    assert_eq!(to, "/fr/help?who=private&nofit=1&thanks=1");
    // a forged node is counted as the start
    let res = app
        .send(
            Request::post("/fr/help/feedback")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from("node=%3Cb%3E&text="))
                .unwrap(),
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let rows = cyberhelp::server::triage::feedback::summary(&app.state.db)
        .await
        .unwrap();
    let what = rows.iter().find(|r| r.node == "what").expect("counted");
    assert_eq!((what.lang.as_str(), what.count), ("fr", 1));
    assert_eq!(what.texts, vec!["Mon frigo connecté envoie des mails"]);
    assert!(rows.iter().any(|r| r.node == "start" && r.texts.is_empty()));
    let html = text(app.get(&to, &[]).await).await;
    assert!(html.contains(&cyberhelp::i18n::t("fr", "triage-feedback-thanks")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_tree_is_open_data() {
    let app = app().await;
    let v: serde_json::Value =
        serde_json::from_str(&text(app.get("/api/v1/triage?lang=de", &[]).await).await).unwrap();
    assert_eq!(v["lang"], "de");
    assert_eq!(v["start"], "who");
    assert_eq!(
        v["questions"][0]["text"],
        cyberhelp::i18n::t("de", "triage-q-who")
    );
    assert!(v["results"].as_array().unwrap().len() >= 20);
    let v: serde_json::Value =
        serde_json::from_str(&text(app.get("/api/v1/triage?lang=%3Cx%3E", &[]).await).await)
            .unwrap();
    assert_eq!(v["lang"], "en");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_configured_origins_may_frame_the_embed_page() {
    let app = app().await;
    let res = app.get("/en/embed/help", &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    let csp = res.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    let html = text(res).await;
    assert!(!html.contains("site-header"), "no header in the embed");
    let app = app_with(|c| c.embed_origins = "https://partner.example".into()).await;
    let res = app.get("/en/embed/help", &[]).await;
    let csp = res.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        csp.contains("frame-ancestors https://partner.example"),
        "{csp}"
    );
    assert!(res.headers().get(header::X_FRAME_OPTIONS).is_none());
    // every other page stays unframable
    let res = app.get("/en/help", &[]).await;
    assert!(res.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .contains("frame-ancestors 'none'"));
    assert_eq!(res.headers()[header::X_FRAME_OPTIONS], "DENY");
}
