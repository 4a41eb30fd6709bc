//! The report flow over HTTP: preview, errors with everything typed kept, sending, the receipt, re-sending,
//! the status page, the JSON API, bad input and rate limiting; storage on SQLite and PostgreSQL.

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{app, text};

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

async fn post(app: &common::TestApp, path: &str, body: String) -> axum::http::Response<Body> {
    app.send(
        Request::post(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap(),
    )
    .await
}

const KEY: &str = "0123456789abcdef0123456789abcdef";

fn austrian_shop() -> Vec<(&'static str, &'static str)> {
    vec![
        ("form_key", KEY),
        ("country", "AT"),
        ("victim", "citizen"),
        ("incident", "online-fraud"),
        ("description", "I paid 180 EUR for shoes on a web shop based in the Netherlands; nothing arrived & the site vanished <b>."),
        ("money_lost", "on"),
        ("amount", "180"),
        ("currency", "EUR"),
        ("cross_border", "on"),
        ("aware_at", "2026-11-28T09:00"),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_keep_everything_typed_and_are_translated() {
    let app = app().await;
    let res = post(
        &app,
        "/de/report",
        form(&[
            ("form_key", KEY),
            ("country", "AT"),
            ("description", "kurz <script>x</script>"),
            ("contact_email", "nicht-gueltig"),
        ]),
    )
    .await;
    let status = res.status();
    let html = text(res).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{html}");
    assert!(
        html.contains(&cyberhelp::i18n::t("de", "report-error-victim-required")),
        "German error"
    );
    assert!(html.contains(&cyberhelp::i18n::t("de", "report-error-email-invalid")));
    assert!(
        html.contains("kurz &lt;script&gt;x&lt;/script&gt;"),
        "description kept and escaped: {}",
        &html[html.find("<textarea").unwrap_or(0)..][..400]
    );
    assert!(!html.contains("<script>x</script>"), "no reflected markup");
    // breaking out of the textarea is impossible
    let res = post(
        &app,
        "/en/report",
        form(&[("description", "</textarea><script>alert(1)</script>")]),
    )
    .await;
    let html2 = text(res).await;
    assert!(
        !html2.contains("<script>alert(1)") && html2.contains("&lt;/textarea&gt;&lt;script&gt;")
    );
    assert!(html.contains(r#"value="nicht-gueltig""#), "email kept");
    assert!(
        html.contains(r#"<option value="AT" selected"#),
        "country kept"
    );
    assert!(html.contains(r#"aria-invalid="true""#));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn preview_send_receipt_resend_and_status() {
    let app = app().await;
    // preview: POST-redirect-GET to the preview's own page, with consent boxes, no report stored yet
    let res = post(
        &app,
        "/en/report",
        form(&[austrian_shop(), vec![("action", "preview")]].concat()),
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let preview_url = res.headers()[header::LOCATION].to_str().unwrap().to_owned();
    assert!(
        preview_url.starts_with("/en/report?draft=") && !preview_url.contains('#'),
        "{preview_url}"
    );
    let draft = preview_url["/en/report?draft=".len()..].to_owned();
    let page = preview_url.clone();
    let res = app.get(&page, &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CACHE_CONTROL], "no-store");
    let html = text(res).await;
    assert!(
        html.contains(&format!(r#"name="draft" value="{draft}""#)),
        "the draft link is posted back"
    );
    // reload and back show the same preview (the GET again); the draft is sealed: no typed text in the database
    assert_eq!(text(app.get(&page, &[]).await).await, html);
    let sealed: Vec<String> = sqlx::query_scalar("SELECT sealed FROM report_drafts")
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(sealed.len(), 1);
    assert!(!sealed[0].contains("vanished") && !sealed[0].contains("shoes"));
    assert!(html.contains(r#"name="consent""#), "consent checkboxes");
    assert!(
        html.contains("Payment Services Austria")
            || html.contains("report-step-bank")
            || html.contains("bank")
    );
    assert!(html.contains(r#"value="send""#));
    let n = cyberhelp::server::reports::store::count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(n, 0, "preview stores nothing");

    // send with consent to police and the consumer centre
    let body = form(
        &[
            austrian_shop(),
            vec![
                ("consent", "complaint-money-unknown"),
                ("consent", "consumer-cross-border"),
                ("action", "send"),
                ("draft", &draft),
            ],
        ]
        .concat(),
    );
    let res = post(&app, "/en/report", body.clone()).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let location = res.headers()[header::LOCATION].to_str().unwrap().to_owned();
    assert!(
        location.starts_with("/en/report/receipt?ref="),
        "{location}"
    );
    // back to the preview's page after sending: "already sent", the receipt's link, no send button
    let html = text(app.get(&page, &[]).await).await;
    assert!(
        html.contains(&location.replace('&', "&amp;")),
        "receipt link: {html}"
    );
    assert!(
        !html.contains(r#"value="send""#),
        "no second send from the old preview"
    );
    // a made-up or garbled draft link: an empty form that says the page expired
    let html = text(
        app.get(&format!("/en/report?draft={}", "A".repeat(64)), &[])
            .await,
    )
    .await;
    assert!(html.contains(&cyberhelp::i18n::t("en", "report-draft-expired")));
    let res = app
        .get("/en/report?draft=%3Cscript%3Ealert(1)%3C/script%3E", &[])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = text(res).await;
    assert!(html.contains(&cyberhelp::i18n::t("en", "report-draft-expired")));
    assert!(
        !html.contains("<script>alert(1)"),
        "the link is never reflected as markup"
    );

    // a double click / re-sent POST leads to the same report
    let again = post(&app, "/en/report", body).await;
    assert_eq!(
        again.headers()[header::LOCATION].to_str().unwrap(),
        location
    );
    assert_eq!(
        cyberhelp::server::reports::store::count(&app.state.db)
            .await
            .unwrap(),
        1
    );

    // the receipt
    let res = app.get(&location, &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = text(res).await;
    let reference = location
        .split("ref=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap()
        .to_owned();
    let token = location.split("token=").nth(1).unwrap().to_owned();
    assert!(html.contains(&reference) && html.contains(&token));
    assert!(html.contains(&cyberhelp::i18n::t("en", "receipt-state-queued")));
    assert!(
        html.contains("the site vanished &lt;b&gt;"),
        "stored as typed, escaped on output"
    );

    // the status page in another language, and a wrong token
    let res = app
        .get(
            &format!(
                "/fr/report/status?ref={}&token={token}",
                reference.to_lowercase()
            ),
            &[],
        )
        .await;
    let html = text(res).await;
    assert!(html.contains(&reference), "lowercase reference accepted");
    assert!(html.contains(&cyberhelp::i18n::t("fr", "receipt-state-queued")));
    let html = text(
        app.get(
            &format!("/en/report/status?ref={reference}&token=wrong"),
            &[],
        )
        .await,
    )
    .await;
    assert!(html.contains(&cyberhelp::i18n::t("en", "status-not-found")));
    assert!(!html.contains("the site vanished"));

    // the downloadable copy
    let res = app
        .get(&format!("/api/v1/reports/{reference}?token={token}"), &[])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()[header::CONTENT_DISPOSITION]
        .to_str()
        .unwrap()
        .contains("attachment"));
    let v: serde_json::Value = serde_json::from_str(&text(res).await).unwrap();
    assert_eq!(v["reference"], reference);
    let consented: Vec<_> = v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["consented"] == true)
        .map(|s| s["key"].as_str().unwrap().to_owned())
        .collect();
    // only recipients we can deliver to (e-mail or form) count: the bank line is a phone number, and the
    // Austrian ECC entry has no reporting address in the directory
    assert_eq!(consented, vec!["complaint-money-unknown"]);
    assert_eq!(
        app.get(&format!("/api/v1/reports/{reference}?token=nope"), &[])
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_bodies_are_4xx_pages_never_500() {
    let app = app().await;
    for body in [
        "description=a%00b",
        "description=%FF%FE%FD",
        "website=spam&country=AT",
        "%%%%=%%%",
        "",
    ] {
        let res = post(&app, "/en/report", body.to_owned()).await;
        assert!(
            res.status().is_client_error(),
            "{body:?} -> {}",
            res.status()
        );
        let html = text(res).await;
        assert!(html.contains("<h1"), "{body:?}: readable page expected");
    }
    let res = post(&app, "/xx/report", "a=b".into()).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let big = format!("description={}", "a".repeat(200 * 1024));
    let res = post(&app, "/en/report", big).await;
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert!(text(res).await.contains("<h1>"), "413 is a readable page");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_api_creates_reports_and_names_invalid_fields() {
    let app = app().await;
    let send = |body: String| {
        app.send(
            Request::post("/api/v1/reports?lang=fr")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(body))
                .unwrap(),
        )
    };
    let res = send(r#"{"country":"FI","victim":"business","incident":"data-breach","description":"Our customer database was copied by an intruder.","personal_data":true,"form_key":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","consent":["gdpr-breach-notification"]}"#.into()).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let v: serde_json::Value = serde_json::from_str(&text(res).await).unwrap();
    assert!(v["reference"].as_str().unwrap().len() == 12);
    let dpa = v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["kind"] == "dpa")
        .unwrap();
    assert_eq!(dpa["deadline_hours"], 72);
    assert_eq!(dpa["consented"], true);

    let res =
        send(r#"{"country":"FI","victim":"alien","incident":"","description":"x"}"#.into()).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let v: serde_json::Value = serde_json::from_str(&text(res).await).unwrap();
    let fields: Vec<_> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, vec!["victim", "incident", "description"]);
    assert_eq!(
        v["errors"][0]["message"],
        cyberhelp::i18n::t("fr", "report-error-invalid-choice")
    );

    for bad in ["{", "[]", "{\"country\": 5}", "\u{0}"] {
        let res = send(bad.into()).await;
        assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{bad:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn route_and_directory_api() {
    let app = app().await;
    let v: serde_json::Value = serde_json::from_str(
        &text(app.get("/api/v1/route?country=DK&victim=essential-entity&sector=energy&incident=ddos&ongoing=true&lang=da", &[]).await).await,
    )
    .unwrap();
    assert_eq!(v["country"], "DK");
    assert_eq!(v["steps"][0]["deadline_hours"], 24);
    assert_eq!(
        v["steps"][0]["why"],
        cyberhelp::i18n::t("da", "route-why-nis2-early-warning")
    );
    for (q, param) in [
        ("country=Denmark&victim=citizen&incident=ddos", "country"),
        ("country=DK&victim=cat&incident=ddos", "victim"),
        ("country=DK&victim=citizen&incident=aliens", "incident"),
        (
            "country=DK&victim=citizen&incident=ddos&minor=perhaps",
            "minor",
        ),
        // the answers that decide (issue 12): unknown or contradictory values name their parameter
        (
            "country=DE&victim=business&incident=ransomware&region=DE-XX",
            "region",
        ),
        (
            "country=DE&victim=business&incident=ransomware&region=FR-75",
            "region",
        ),
        (
            "country=DE&victim=business&incident=ransomware&sector=bakery",
            "sector",
        ),
        (
            "country=DE&victim=essential-entity&incident=ransomware",
            "sector",
        ),
        (
            "country=DE&victim=citizen&incident=phishing&sector=health",
            "sector",
        ),
        (
            "country=DE&victim=citizen&incident=data-breach&role=processor",
            "role",
        ),
        (
            "country=DE&victim=business&incident=data-breach&role=boss",
            "role",
        ),
        (
            "country=DE&victim=citizen&incident=phishing&payment=cheque",
            "payment",
        ),
        (
            "country=DE&victim=citizen&incident=phishing&payment_recent=soon",
            "payment_recent",
        ),
        (
            "country=DE&victim=business&incident=lost-device&device_encrypted=maybe",
            "device_encrypted",
        ),
    ] {
        let res = app.get(&format!("/api/v1/route?{q}"), &[]).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{q}");
        let v: serde_json::Value = serde_json::from_str(&text(res).await).unwrap();
        assert_eq!(v["parameter"], param);
    }
    // a Munich SME with customer data: the Bavarian DPA for private bodies, not the federal one, 72 h
    let v: serde_json::Value = serde_json::from_str(
        &text(app.get("/api/v1/route?country=DE&region=de-by&victim=business&incident=ransomware&personal_data=true&role=controller", &[]).await).await,
    )
    .unwrap();
    let dpa = v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["service"] == "gdpr-breach-notification")
        .expect("DPA step");
    assert_eq!(dpa["contact_point"]["id"], "de-baylda");
    assert_eq!(dpa["deadline_hours"], 72);
    assert_eq!(dpa["optional"], false);
    // a bank's final DORA report is one month after the intermediate report, not a fixed number of hours
    let v: serde_json::Value = serde_json::from_str(
        &text(
            app.get(
                "/api/v1/route?country=BE&victim=essential-entity&sector=banking&incident=ddos",
                &[],
            )
            .await,
        )
        .await,
    )
    .unwrap();
    let fin = v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["rule"] == "dora-final")
        .expect("DORA final report");
    assert_eq!(fin["deadline_months"], 1);
    assert_eq!(fin["deadline_from"], "dora-intermediate");
    let v: serde_json::Value =
        serde_json::from_str(&text(app.get("/api/v1/contact-points?country=be", &[]).await).await)
            .unwrap();
    assert_eq!(v["country"], "BE");
    assert!(v["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| !c["sources"].as_array().unwrap().is_empty()));
    assert_eq!(
        app.get("/api/v1/contact-points?country=EL", &[])
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        app.get("/api/v1/contact-points?country=BR", &[])
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/api/v1/contact-points?country=%3Cx%3E", &[])
            .await
            .status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn too_many_reports_from_one_address_get_429() {
    let app = app().await;
    let mut statuses = Vec::new();
    for i in 0..14 {
        let key = format!("{i:032x}");
        let body = form(
            &[
                austrian_shop(),
                vec![("action", "record"), ("form_key", key.as_str())],
            ]
            .concat(),
        );
        statuses.push(post(&app, "/en/report", body).await.status());
    }
    assert!(
        statuses[..10].iter().all(|s| *s == StatusCode::SEE_OTHER),
        "{statuses:?}"
    );
    assert_eq!(
        *statuses.last().unwrap(),
        StatusCode::TOO_MANY_REQUESTS,
        "{statuses:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_known_form_key_with_other_content_reveals_nothing() {
    let app = app().await;
    let body = form(&[austrian_shop(), vec![("action", "record")]].concat());
    let first = post(&app, "/en/report", body).await;
    assert_eq!(first.status(), StatusCode::SEE_OTHER);
    let mut other = austrian_shop();
    other[4] = (
        "description",
        "Somebody else's text, trying to see the first report.",
    );
    let res = post(
        &app,
        "/en/report",
        form(&[other, vec![("action", "record")]].concat()),
    )
    .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(res.headers().get(header::LOCATION).is_none());
    let html = text(res).await;
    assert!(!html.contains("the site vanished"), "first report leaked");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn control_characters_are_refused_and_report_pages_are_never_cached() {
    let app = app().await;
    let mut f = austrian_shop();
    f[4] = (
        "description",
        "Text with an escape \u{1b}[31m sequence and a bell \u{7}.",
    );
    let res = post(&app, "/en/report", form(&f)).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(res)
        .await
        .contains(&cyberhelp::i18n::t("en", "report-error-control-chars")));
    for path in [
        "/en/report",
        "/en/report/status",
        "/en/report/receipt?ref=x&token=y",
    ] {
        let res = app.get(path, &[]).await;
        assert_eq!(res.headers()[header::CACHE_CONTROL], "no-store", "{path}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn send_without_a_recipient_sends_nothing_and_says_so() {
    let app = app().await;
    // "Send" pressed with no recipient ticked: nothing is stored, the form says nothing was sent
    let res = post(
        &app,
        "/en/report",
        form(&[austrian_shop(), vec![("action", "send")]].concat()),
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.headers().get(header::LOCATION).is_none());
    let html = text(res).await;
    assert!(html.contains("Nothing has been sent"), "{html}");
    assert!(
        html.contains(r##"href="#preview-title""##),
        "error summary points at the recipients"
    );
    assert!(
        html.contains(r#"value="record""#),
        "record-only choice offered"
    );
    assert!(
        html.contains("web shop based in the Netherlands"),
        "what was typed is kept"
    );
    assert_eq!(
        cyberhelp::server::reports::store::count(&app.state.db)
            .await
            .unwrap(),
        0
    );
    // a recipient we cannot deliver to (a forged key) does not count either
    let res = post(
        &app,
        "/en/report",
        form(
            &[
                austrian_shop(),
                vec![("consent", "no-such-rule"), ("action", "send")],
            ]
            .concat(),
        ),
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // the victim chooses to keep it as a record: stored, and the receipt never says "received"
    let res = post(
        &app,
        "/en/report",
        form(
            &[
                austrian_shop(),
                vec![("consent", "consumer-cross-border"), ("action", "record")],
            ]
            .concat(),
        ),
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let location = res.headers()[header::LOCATION].to_str().unwrap().to_owned();
    let receipt = text(app.get(&location, &[]).await).await;
    assert!(
        receipt.contains("Kept as your own record: nothing was sent"),
        "{receipt}"
    );
    assert!(!receipt.contains("Your report was received"), "{receipt}");
    assert!(
        !receipt.contains("Waiting to be sent"),
        "a record waits for nothing: {receipt}"
    );
}

/// Posts a preview and follows its POST-redirect-GET: the preview page's HTML.
async fn preview_page(app: &common::TestApp, lang: &str, pairs: &[(&str, &str)]) -> String {
    let body = form(&[pairs.to_vec(), vec![("action", "preview")]].concat());
    let res = post(app, &format!("/{lang}/report"), body).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "{}", text(res).await);
    let to = res.headers()[header::LOCATION].to_str().unwrap().to_owned();
    let page = to.split('#').next().unwrap().to_owned();
    text(app.get(&page, &[]).await).await
}

fn hospital_in_bavaria() -> Vec<(&'static str, &'static str)> {
    vec![
        ("form_key", "fedcba9876543210fedcba9876543210"),
        ("country", "DE"),
        ("region", "DE-BY"),
        ("victim", "essential-entity"),
        ("sector", "health"),
        ("incident", "ransomware"),
        ("description", "Ransomware encrypted the hospital's file servers this morning; a ransom note was left."),
        ("aware_at", "2026-12-05T07:10"),
        ("personal_data", "on"),
        ("role", "controller"),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_item_per_recipient_with_every_clock_in_the_readers_language_and_time() {
    let app = app().await;
    let html = preview_page(&app, "de", &hospital_in_bavaria()).await;
    // the BSI (the NIS2 CSIRT here) appears once, with its three clocks and one consent box, for the first
    let bsi: Vec<&str> = html
        .split(r#"<li class="step">"#)
        .filter(|s| s.contains("<span lang=\"und\">BSI (Bundesamt"))
        .collect();
    assert_eq!(bsi.len(), 1, "one item for the BSI");
    assert!(bsi[0].contains(r#"value="nis2-early-warning""#));
    assert_eq!(
        bsi[0]
            .matches(&cyberhelp::i18n::t("de", "report-step-later-duty"))
            .count(),
        2,
        "the incident notification and the final report, as later duties"
    );
    assert!(
        !html.contains(r#"value="nis2-notification""#),
        "no consent for a later clock"
    );
    assert!(!html.contains(r#"value="nis2-final-report""#));
    assert!(html.contains(&cyberhelp::i18n::t("de", "report-step-later-duty")));
    // deadlines in the report's zone (Berlin, CET), the UTC time in small print
    assert!(
        html.contains("6. Dezember 2026, 07:10 CET"),
        "early warning due in local time"
    );
    assert!(html.contains("6. Dezember 2026, 06:10 UTC"));
    // the legal basis in German: the national citation and the Directive as EUR-Lex names it in German
    assert!(html.contains("§ 32 Abs. 1 Nr. 1 BSIG"));
    assert!(html.contains(&cyberhelp::i18n::t_args(
        "de",
        "law-directive",
        &[("number", "2022/2555".into())]
    )));
    assert!(
        !html.contains("Directive (EU)") && !html.contains("Regulation (EU)"),
        "no English citation"
    );
    assert!(!html.contains("transposing"), "no English glue");
    // the country list in German, sorted by its German names
    assert!(html.contains(">Deutschland<") && html.contains(">Österreich<"));
    assert!(!html.contains("Germany (DE)"));
    let (de, at, se) = (
        html.find(">Deutschland<").unwrap(),
        html.find(">Österreich<").unwrap(),
        html.find(">Schweden<").unwrap(),
    );
    assert!(de < at && at < se, "Ö sorts with O, before S");

    // keeping it as a record: every recipient says, in bold, that nothing went and what to do by when
    let body = form(&[hospital_in_bavaria(), vec![("action", "record")]].concat());
    let res = post(&app, "/de/report", body).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let receipt = res.headers()[header::LOCATION].to_str().unwrap().to_owned();
    let html = text(app.get(&receipt, &[]).await).await;
    assert!(html.contains(&cyberhelp::i18n::t("de", "receipt-manual-title")));
    assert!(html.contains(&cyberhelp::i18n::t_args(
        "de",
        "receipt-manual-deadline",
        &[("date", "6. Dezember 2026, 07:10 CET".into())]
    )));
    // the victim's answers in German, labels without "*" or "(optional …)", the country by name
    assert!(html.contains("<dd>Deutschland</dd>"), "country named");
    assert!(
        html.contains("<dd>5. Dezember 2026, 07:10</dd>"),
        "aware date as German writes it"
    );
    assert!(!html.contains("*</dt>") && !html.contains("(optional"));
    // the private code sits in its own block, which the print stylesheet leaves out
    // (the language menu keeps the receipt's query, so that it opens in another language; print hides it)
    let menu = html.find(r#"<details class="lang-switcher""#).unwrap();
    let menu_end = menu + html[menu..].find("</details>").unwrap();
    let html = format!("{}{}", &html[..menu], &html[menu_end..]);
    let start = html.find(r#"class="private""#).expect("private block");
    let end = start + html[start..].find("</section>").unwrap();
    let token = receipt.split("token=").nth(1).unwrap();
    let inside = html[start..end].matches(token).count();
    assert!(inside >= 1);
    assert_eq!(
        html.matches(token).count(),
        inside,
        "the private code only inside the private block"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn consent_to_a_later_clock_alone_sends_nothing() {
    let app = app().await;
    let body = form(
        &[
            hospital_in_bavaria(),
            vec![
                ("consent", "nis2-notification"),
                ("consent", "nis2-final-report"),
                ("action", "send"),
            ],
        ]
        .concat(),
    );
    let res = post(&app, "/de/report", body).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        cyberhelp::server::reports::store::count(&app.state.db)
            .await
            .unwrap(),
        0
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bodies_are_named_in_their_own_language_outside_english() {
    let app = app().await;
    let victim = [
        ("form_key", "00112233445566778899aabbccddeeff"),
        ("country", "SE"),
        ("victim", "citizen"),
        ("incident", "sextortion"),
        (
            "description",
            "Someone threatens to publish intimate pictures unless I pay.",
        ),
    ];
    let el = preview_page(&app, "el", &victim).await;
    assert!(el.contains("Polisen"), "the Swedish police by its own name");
    assert!(
        !el.contains("Swedish Police Authority"),
        "no English gloss on a Greek page"
    );
    assert!(el.contains("Σουηδία"), "the country in Greek");
    let en = preview_page(
        &app,
        "en",
        &[
            ("form_key", "ffeeddccbbaa99887766554433221100"),
            ("country", "SE"),
            ("victim", "citizen"),
            ("incident", "sextortion"),
            (
                "description",
                "Someone threatens to publish intimate pictures unless I pay.",
            ),
        ],
    )
    .await;
    assert!(
        en.contains("Swedish Police Authority"),
        "English readers keep the gloss"
    );
    // phone numbers are links
    assert!(el.contains(r#"href="tel:"#));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_language_menu_keeps_a_filled_form() {
    let app = app().await;
    let body = form(&[austrian_shop(), vec![("action", "keep")]].concat());
    let res = post(&app, "/fr/report", body).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let to = res.headers()[header::LOCATION].to_str().unwrap().to_owned();
    assert!(to.starts_with("/fr/report?draft="), "{to}");
    let html = text(app.get(&to, &[]).await).await;
    assert!(
        html.contains("the site vanished &lt;b&gt;"),
        "what was typed"
    );
    assert!(
        html.contains(&cyberhelp::i18n::t("fr", "report-title")),
        "in French"
    );
    assert!(
        !html.contains(r#"class="error-summary""#),
        "not checked yet"
    );
    assert!(!html.contains(r#"id="preview""#), "no preview until asked");
}

/// The evidence list without JavaScript: typed rows come back with the preview (plus empty ones), reach the
/// receipt and the downloadable copy, and a bad row is a 422 naming the list with everything kept.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_evidence_list_reaches_the_receipt_and_the_copy() {
    let app = app().await;
    let hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    let evidence = vec![
        ("evidence-0-name", "Screenshots of the shop <b>"),
        ("evidence-0-note", "on my phone, 12 pictures"),
        ("evidence-1-name", "order\u{202e}fdp.exe"),
        ("evidence-1-size", "2411724"),
        ("evidence-1-sha256", hash),
        ("evidence-1-modified", "2026-11-27T18:04:00.000Z"),
        ("evidence-2-name", ""),
        ("evidence-2-note", ""),
    ];
    // the preview keeps the rows, and offers two empty ones after them
    let res = post(
        &app,
        "/en/report",
        form(
            &[
                austrian_shop(),
                evidence.clone(),
                vec![("action", "preview")],
            ]
            .concat(),
        ),
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let page = res.headers()[header::LOCATION].to_str().unwrap().to_owned();
    let html = text(app.get(&page, &[]).await).await;
    assert!(
        html.contains(r#"value="Screenshots of the shop &lt;b&gt;""#),
        "typed row kept, escaped"
    );
    assert!(
        html.contains(&format!(r#"value="{hash}""#)),
        "fingerprint kept"
    );
    assert!(
        html.contains(r#"name="evidence-3-name""#) && !html.contains(r#"name="evidence-4-name""#)
    );
    assert!(
        html.contains(r#"href="/en/evidence/fraud-and-payments""#)
            || html.contains(r#"href="/en/evidence""#)
    );
    // a fingerprint that is not one: 422, the list named, every row kept
    let mut bad = evidence.clone();
    bad[4] = ("evidence-1-sha256", "<script>");
    let res = post(
        &app,
        "/en/report",
        form(&[austrian_shop(), bad, vec![("action", "preview")]].concat()),
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = text(res).await;
    assert!(html.contains(&cyberhelp::i18n::t("en", "report-error-evidence-invalid")));
    assert!(
        html.contains("href=\"#evidence-0-name\""),
        "the summary links to the list"
    );
    assert!(html.contains("on my phone, 12 pictures"));
    assert!(
        html.contains(r#"value="&lt;script&gt;""#) && !html.contains(r#"value="<script>"#),
        "the bad value comes back escaped"
    );

    // sent: on the receipt, with the fingerprint, size, date in the report's zone and the hidden override visible
    let draft = &page["/en/report?draft=".len()..];
    let res = post(
        &app,
        "/en/report",
        form(
            &[
                austrian_shop(),
                evidence.clone(),
                vec![
                    ("consent", "complaint-money-unknown"),
                    ("action", "send"),
                    ("draft", draft),
                ],
            ]
            .concat(),
        ),
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let location = res.headers()[header::LOCATION].to_str().unwrap().to_owned();
    let html = text(app.get(&location, &[]).await).await;
    assert!(html.contains(&cyberhelp::i18n::t("en", "receipt-evidence")));
    assert!(html.contains("Screenshots of the shop &lt;b&gt;"));
    assert!(html.contains("order&lt;U+202E&gt;fdp.exe"), "{html}");
    assert!(html.contains(&format!("SHA-256 {hash} · 2.4 MB")));
    assert!(html.contains("27 November 2026, 19:04 CET"), "Vienna time");
    // the German receipt writes sizes the German way
    let de = text(app.get(&location.replace("/en/", "/de/"), &[]).await).await;
    assert!(de.contains("2,4 MB"));
    // the downloadable copy has the list as posted, blank rows left out
    let reference = location
        .split("ref=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap();
    let token = location.split("token=").nth(1).unwrap();
    let v: serde_json::Value = serde_json::from_str(
        &text(
            app.get(&format!("/api/v1/reports/{reference}?token={token}"), &[])
                .await,
        )
        .await,
    )
    .unwrap();
    let list = v["input"]["evidence"]
        .as_array()
        .expect("evidence in the copy");
    assert_eq!(list.len(), 2, "{v}");
    assert_eq!(list[1]["sha256"], hash);
}
