//! The contact-point inbox over HTTP on the real router, on SQLite and PostgreSQL: invitation links (forged,
//! reused, expired), session renewal at sign-in, password + TOTP (a code works once), CSRF, the list with
//! filters (SQL-looking ones refused), the report view and its forms, exports (and one of 100 000 rows, streamed),
//! another contact point's report by URL, form and export (404, audited), revocation ending a session at once,
//! and the append-only audit log.

mod common;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{pg_schema, pg_url, text, TestApp};
use cyberhelp::server::inbox::{accounts, audit};
use cyberhelp::server::reports::delivery::worker;
use http_body_util::BodyExt;

const DPA: &str = "fi-office-of-the-data-protection";
const CSIRT: &str = "fi-ncsc-fi";

async fn app(pg: Option<&str>) -> Option<TestApp> {
    let url = match pg {
        Some(name) => Some(
            pg_schema(
                &pg_url()?,
                &format!("cyberhelp_inbox_{name}_{}", std::process::id()),
            )
            .await,
        ),
        None => None,
    };
    let dir = tempfile::tempdir().unwrap();
    let toml = dir.path().join("delivery.toml");
    std::fs::write(
        &toml,
        format!("[contacts.{DPA}]\ntransport = \"inbox\"\n\n[contacts.{CSIRT}]\ntransport = \"inbox\"\n"),
    )
    .unwrap();
    let app = common::app_with(move |c| {
        if let Some(u) = url {
            c.database_url = u;
        }
        c.report_burst = 10_000;
        c.delivery.delivery_config = Some(toml);
    })
    .await;
    std::mem::forget(dir);
    Some(app)
}

/// A browser: keeps the inbox cookie.
struct Browser<'a> {
    app: &'a TestApp,
    cookie: Option<String>,
}

impl<'a> Browser<'a> {
    fn new(app: &'a TestApp) -> Self {
        Browser { app, cookie: None }
    }

    async fn send(&mut self, mut req: Request<Body>) -> (StatusCode, Option<String>, String) {
        if let Some(c) = &self.cookie {
            req.headers_mut().insert(header::COOKIE, c.parse().unwrap());
        }
        let res = self.app.send(req).await;
        if let Some(set) = res.headers().get(header::SET_COOKIE) {
            let set = set.to_str().unwrap().to_owned();
            assert!(set.starts_with("cyberhelp_inbox="), "{set}");
            if set.contains("Max-Age=0") {
                self.cookie = None; // the session was ended
            } else {
                for attr in ["Secure", "HttpOnly", "SameSite=Strict"] {
                    assert!(set.contains(attr), "{attr} missing: {set}");
                }
                self.cookie = Some(set.split(';').next().unwrap().to_owned());
            }
        }
        let status = res.status();
        let location = res
            .headers()
            .get(header::LOCATION)
            .map(|l| l.to_str().unwrap().to_owned());
        (status, location, text(res).await)
    }

    async fn get(&mut self, path: &str) -> (StatusCode, Option<String>, String) {
        self.send(Request::get(path).body(Body::empty()).unwrap())
            .await
    }

    async fn post(
        &mut self,
        path: &str,
        form: &[(&str, &str)],
    ) -> (StatusCode, Option<String>, String) {
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form)
            .finish();
        self.send(
            Request::post(path)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(body))
                .unwrap(),
        )
        .await
    }
}

/// The value of hidden field or code element `name` in `html`.
fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let i = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no {name} in {html}"))
        + marker.len();
    html[i..].split('"').next().unwrap().to_owned()
}

fn totp_secret(html: &str) -> String {
    let i = html.find("class=\"totp-secret\">").unwrap() + "class=\"totp-secret\">".len();
    html[i..].split('<').next().unwrap().replace(' ', "")
}

async fn report(app: &TestApp, n: usize, consent: &str) -> (String, String) {
    let body = format!(
        r#"{{"country":"FI","victim":"business","incident":"data-breach","description":"Customer list copied, case {n}.","personal_data":true,"contact_email":"it{n}@example.fi","form_key":"{:032x}","consent":{consent}}}"#,
        1000 + n
    );
    let res = app
        .send(
            Request::post("/api/v1/reports")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(body))
                .unwrap(),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let v: serde_json::Value = serde_json::from_str(&text(res).await).unwrap();
    (
        v["reference"].as_str().unwrap().into(),
        v["token"].as_str().unwrap().into(),
    )
}

async fn deliver(app: &TestApp) {
    for _ in 0..5 {
        worker::run_once(&app.state.db, &app.state.content, &app.state.delivery, "w")
            .await
            .unwrap();
    }
}

/// Invites `email` for `contact` and signs in with the link; returns the browser (password not set yet).
async fn invited<'a>(app: &'a TestApp, contact: &str, email: &str) -> Browser<'a> {
    let now = chrono::Utc::now();
    let (a, created) = accounts::create(&app.state.db, contact, email, now)
        .await
        .unwrap()
        .unwrap();
    assert!(created);
    let token = accounts::issue_link(
        &app.state.db,
        &a.id,
        "invite",
        chrono::Duration::hours(72),
        now,
    )
    .await
    .unwrap();
    let mut b = Browser::new(app);
    let (status, _, html) = b.get(&format!("/en/inbox/link/{token}")).await;
    assert_eq!(status, StatusCode::OK);
    let before = b
        .cookie
        .clone()
        .expect("a pre-sign-in session holds the CSRF token");
    let csrf = hidden(&html, "csrf");
    let (status, to, _) = b
        .post(&format!("/en/inbox/link/{token}"), &[("csrf", &csrf)])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(to.as_deref(), Some("/en/inbox/setup"));
    assert_ne!(
        b.cookie.as_deref(),
        Some(before.as_str()),
        "the session id changes at sign-in"
    );
    // the cookie from before the sign-in opens nothing (no session fixation)
    let mut old = Browser {
        app,
        cookie: Some(before),
    };
    let (status, to, _) = old.get("/en/inbox").await;
    assert_eq!(
        (status, to.as_deref()),
        (StatusCode::SEE_OTHER, Some("/en/inbox/signin"))
    );
    // the link works once
    let mut again = Browser::new(app);
    let (_, _, html) = again.get(&format!("/en/inbox/link/{token}")).await;
    let csrf = hidden(&html, "csrf");
    let (status, _, html) = again
        .post(&format!("/en/inbox/link/{token}"), &[("csrf", &csrf)])
        .await;
    assert_eq!(status, StatusCode::GONE, "{html}");
    b
}

async fn inbox_roundtrip(pg: Option<&str>) {
    let Some(app) = app(pg).await else { return };
    let both = r#"["gdpr-breach-notification","incident-report-organisation"]"#;
    let (r_both, t_both) = report(&app, 1, both).await;
    let (r_dpa, _) = report(&app, 2, r#"["gdpr-breach-notification"]"#).await;
    let (r_csirt, _) = report(&app, 3, r#"["incident-report-organisation"]"#).await;
    deliver(&app).await;
    let contact_of = |r: &str| {
        let db = app.state.db.clone();
        let r = r.to_owned();
        async move {
            cyberhelp::server::reports::delivery::outbox::for_report(&db, &r)
                .await
                .unwrap()
                .into_iter()
                .map(|j| (j.contact_id, j.state))
                .collect::<Vec<_>>()
        }
    };
    let jobs = contact_of(&r_both).await;
    assert!(
        jobs.contains(&(DPA.to_owned(), "sent".to_owned())),
        "{jobs:?}"
    );
    assert!(
        jobs.contains(&(CSIRT.to_owned(), "sent".to_owned())),
        "{jobs:?}"
    );

    // forged and expired links
    let mut stranger = Browser::new(&app);
    let (_, _, html) = stranger.get("/en/inbox/link/forged-token-0123456789").await;
    let csrf = hidden(&html, "csrf");
    let (status, _, _) = stranger
        .post("/en/inbox/link/forged-token-0123456789", &[("csrf", &csrf)])
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, _) = stranger
        .post("/en/inbox/link/forged-token-0123456789", &[])
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "no CSRF token");
    let now = chrono::Utc::now();
    let (late, _) = accounts::create(&app.state.db, DPA, "late@dpa.example.fi", now)
        .await
        .unwrap()
        .unwrap();
    let expired = accounts::issue_link(
        &app.state.db,
        &late.id,
        "invite",
        chrono::Duration::minutes(-1),
        now,
    )
    .await
    .unwrap();
    let (status, _, _) = stranger
        .post(&format!("/en/inbox/link/{expired}"), &[("csrf", &csrf)])
        .await;
    assert_eq!(status, StatusCode::GONE, "an expired link");
    let (status, to, _) = stranger.get("/en/inbox").await;
    assert_eq!(
        (status, to.as_deref()),
        (StatusCode::SEE_OTHER, Some("/en/inbox/signin")),
        "nobody signed in"
    );

    // the DPA's officer: invitation, then password and authenticator
    let mut dpa = invited(&app, DPA, "Officer@DPA.example.fi").await;
    let (status, _, html) = dpa.get("/en/inbox/setup").await;
    assert_eq!(status, StatusCode::OK);
    let secret = totp_secret(&html);
    let csrf = hidden(&html, "csrf");
    let code = accounts::totp_code(&secret, chrono::Utc::now()).unwrap();
    let (status, _, html) = dpa
        .post(
            "/en/inbox/setup",
            &[
                ("csrf", &csrf),
                ("password", "short"),
                ("repeat", "short"),
                ("code", &code),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{html}");
    let password = "correct horse battery staple";
    let (status, to, _) = dpa
        .post(
            "/en/inbox/setup",
            &[
                ("csrf", &csrf),
                ("password", password),
                ("repeat", password),
                ("code", &code),
            ],
        )
        .await;
    assert_eq!(
        (status, to.as_deref()),
        (StatusCode::SEE_OTHER, Some("/en/inbox?setup=1"))
    );

    // the list: only the DPA's two reports
    let (status, _, html) = dpa.get("/en/inbox").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(&r_both) && html.contains(&r_dpa), "{html}");
    assert!(
        !html.contains(&r_csirt),
        "another contact point's report listed"
    );
    let csrf = hidden(&html, "csrf");
    for bad in [
        "state=closed%27%20OR%201%3D1%20--",
        "incident=data-breach%27%3B%20DROP%20TABLE%20reports%3B%20--",
        "from=2026-02-30",
        "page=-1",
    ] {
        let (status, _, html) = dpa.get(&format!("/en/inbox?{bad}")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert!(!html.contains("DROP TABLE"), "{html}");
    }
    let (_, _, html) = dpa.get("/en/inbox?incident=phishing").await;
    assert!(!html.contains(&r_both), "the filter applies");
    let (_, _, html) = dpa.get("/en/inbox?state=new&incident=data-breach").await;
    assert!(html.contains(&r_both) && html.contains(&r_dpa));

    // a report: viewing confirms receipt to the reporter
    let (status, _, html) = dpa.get(&format!("/en/inbox/report/{r_both}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Customer list copied, case 1.") && html.contains("it1@example.fi"));
    assert!(contact_of(&r_both)
        .await
        .contains(&(DPA.to_owned(), "acknowledged".to_owned())));
    // another contact point's report, by URL and by form: 404
    let (status, _, _) = dpa.get(&format!("/en/inbox/report/{r_csirt}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, _) = dpa
        .post(
            &format!("/en/inbox/report/{r_csirt}/status"),
            &[("csrf", &csrf), ("state", "closed")],
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, _) = dpa
        .post(
            &format!("/en/inbox/report/{r_csirt}/question"),
            &[("csrf", &csrf), ("question", "Who are you?")],
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(
        contact_of(&r_csirt).await.iter().all(|(_, s)| s == "sent"),
        "nothing happened to it"
    );

    // an update and a question, with and without the CSRF token
    let path = format!("/en/inbox/report/{r_both}/status");
    let update = [
        ("state", "in-progress"),
        ("reference", "DPA-2026-118"),
        ("outcome", ""),
        ("message", "We are looking into it."),
    ];
    let (status, _, _) = dpa.post(&path, &update).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let mut with = vec![("csrf", csrf.as_str())];
    with.extend(update);
    let (status, to, _) = dpa.post(&path, &with).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{to:?}");
    let (status, _, _) = dpa
        .post(
            &format!("/en/inbox/report/{r_both}/question"),
            &[
                ("csrf", &csrf),
                ("question", "Which systems held the list?"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let status_page = text(
        app.get(
            &format!("/en/report/status?ref={r_both}&token={t_both}"),
            &[],
        )
        .await,
    )
    .await;
    assert!(
        status_page.contains("DPA-2026-118") && status_page.contains("We are looking into it.")
    );
    assert!(status_page.contains("Which systems held the list?"));

    // exports: CSV and JSON, the DPA's reports only
    let (status, _, csv) = dpa.get("/en/inbox/export?format=csv").await;
    assert_eq!(status, StatusCode::OK);
    assert!(csv.starts_with('\u{feff}'));
    assert!(
        csv.contains(&r_both) && csv.contains(&r_dpa) && !csv.contains(&r_csirt),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 3, "header and two reports: {csv}");
    let (_, _, json) = dpa
        .get("/en/inbox/export?format=json&state=in-progress")
        .await;
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 1, "{json}");
    assert_eq!(v[0]["reference"], r_both.as_str());
    let (status, _, _) = dpa.get("/en/inbox/export?format=xml").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    // sign out; sign in by password and code; a code works once
    let (status, to, _) = dpa.post("/en/inbox/signout", &[("csrf", &csrf)]).await;
    assert_eq!(
        (status, to.as_deref()),
        (StatusCode::SEE_OTHER, Some("/en/inbox/signin?out=1"))
    );
    let (status, to, _) = dpa.get("/en/inbox").await;
    assert_eq!(
        (status, to.as_deref()),
        (StatusCode::SEE_OTHER, Some("/en/inbox/signin"))
    );
    let (_, _, html) = dpa.get("/en/inbox/signin").await;
    let csrf = hidden(&html, "csrf");
    // the code used at set-up was spent; wait for the next step
    let now = chrono::Utc::now();
    let wait = 30 - now.timestamp() % 30 + 1;
    tokio::time::sleep(std::time::Duration::from_secs(wait as u64)).await;
    let code = accounts::totp_code(&secret, chrono::Utc::now()).unwrap();
    let email = "officer@dpa.example.fi";
    let (status, _, _) = dpa
        .post(
            "/en/inbox/signin",
            &[
                ("csrf", &csrf),
                ("email", email),
                ("password", "wrong password!!"),
                ("code", &code),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, to, _) = dpa
        .post(
            "/en/inbox/signin",
            &[
                ("csrf", &csrf),
                ("email", email),
                ("password", password),
                ("code", &code),
            ],
        )
        .await;
    assert_eq!(
        (status, to.as_deref()),
        (StatusCode::SEE_OTHER, Some("/en/inbox"))
    );
    let mut replay = Browser::new(&app);
    let (_, _, html) = replay.get("/en/inbox/signin").await;
    let csrf2 = hidden(&html, "csrf");
    let (status, _, _) = replay
        .post(
            "/en/inbox/signin",
            &[
                ("csrf", &csrf2),
                ("email", email),
                ("password", password),
                ("code", &code),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "the same code twice");

    // changing the password needs the current one, and ends the account's other sessions
    let mut second = Browser::new(&app);
    let (_, _, html) = second.get("/en/inbox/signin").await;
    let csrf3 = hidden(&html, "csrf");
    tokio::time::sleep(std::time::Duration::from_secs(
        (31 - chrono::Utc::now().timestamp() % 30) as u64,
    ))
    .await;
    let code = accounts::totp_code(&secret, chrono::Utc::now()).unwrap();
    let (status, _, _) = second
        .post(
            "/en/inbox/signin",
            &[
                ("csrf", &csrf3),
                ("email", email),
                ("password", password),
                ("code", &code),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, _, html) = dpa.get("/en/inbox/setup").await;
    assert!(
        html.contains("name=\"current\""),
        "the current password is asked for"
    );
    let (secret2, csrf) = (totp_secret(&html), hidden(&html, "csrf"));
    let code2 = accounts::totp_code(&secret2, chrono::Utc::now()).unwrap();
    let new_password = "a different passphrase, 2026";
    let (status, _, html) = dpa
        .post(
            "/en/inbox/setup",
            &[
                ("csrf", &csrf),
                ("current", "not my password"),
                ("password", new_password),
                ("repeat", new_password),
                ("code", &code2),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{html}");
    let (status, _, _) = dpa
        .post(
            "/en/inbox/setup",
            &[
                ("csrf", &csrf),
                ("current", password),
                ("password", new_password),
                ("repeat", new_password),
                ("code", &code2),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, _, _) = dpa.get("/en/inbox").await;
    assert_eq!(status, StatusCode::OK, "the session that changed it stays");
    let (status, to, _) = second.get("/en/inbox").await;
    assert_eq!(
        (status, to.as_deref()),
        (StatusCode::SEE_OTHER, Some("/en/inbox/signin")),
        "the other session ended"
    );

    // the CSIRT's analyst sees the CSIRT's reports only; revoking the account ends the session at once
    let mut csirt = invited(&app, CSIRT, "analyst@ncsc.example.fi").await;
    let (_, _, html) = csirt.get("/en/inbox").await;
    assert!(html.contains(&r_both) && html.contains(&r_csirt) && !html.contains(&r_dpa));
    let (_, _, csv) = csirt.get("/en/inbox/export?format=csv").await;
    assert!(
        !csv.contains(&r_dpa),
        "another contact point's report exported"
    );
    let (status, _, _) = csirt.get(&format!("/en/inbox/report/{r_dpa}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    accounts::revoke(&app.state.db, "analyst@ncsc.example.fi", chrono::Utc::now())
        .await
        .unwrap()
        .unwrap();
    let (status, to, _) = csirt.get("/en/inbox").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(to.unwrap().starts_with("/en/inbox/signin"));
    let (status, _, _) = csirt.get(&format!("/en/inbox/report/{r_csirt}")).await;
    assert_eq!(
        status,
        StatusCode::SEE_OTHER,
        "no report for a revoked account"
    );

    // the audit log: every view, action and export, and every refusal
    let log = audit::for_contact(&app.state.db, DPA, 1000).await.unwrap();
    let has = |action: &str, outcome: &str, target: Option<&str>| {
        log.iter().any(|e| {
            e.action == action
                && e.outcome == outcome
                && target.is_none_or(|t| e.target.as_deref().unwrap_or("").contains(t))
        })
    };
    assert!(has("signin-link", "ok", None));
    assert!(has("signin-link", "denied", Some("expired")), "{log:#?}");
    assert!(has("setup", "ok", None));
    assert!(has("list", "ok", None));
    assert!(has("list", "denied", Some("bad filter")));
    assert!(has("view", "ok", Some(&r_both)));
    assert!(has("view", "denied", Some(&r_csirt)), "{log:#?}");
    assert!(has("update", "denied", Some(&r_csirt)));
    assert!(has("question", "denied", Some(&r_csirt)));
    assert!(has("update", "denied", Some("csrf")));
    assert!(has("update", "ok", Some(&r_both)));
    assert!(has("question", "ok", Some(&r_both)));
    assert!(has("export", "ok", Some("csv")));
    assert!(has("signout", "ok", None));
    assert!(has("signin", "denied", Some("wrong")));
    assert!(has("signin", "ok", None));
    assert!(
        log.iter()
            .all(|e| e.address.as_deref() == Some("127.0.0.1")),
        "{log:#?}"
    );
    let csirt_log = audit::for_contact(&app.state.db, CSIRT, 1000)
        .await
        .unwrap();
    assert!(csirt_log.iter().any(|e| e.action == "view"
        && e.outcome == "denied"
        && e.target.as_deref() == Some(r_dpa.as_str())));
    // append-only
    assert!(sqlx::query("UPDATE audit_log SET outcome = 'ok'")
        .execute(&app.state.db.pool)
        .await
        .is_err());
    assert!(sqlx::query("DELETE FROM audit_log")
        .execute(&app.state.db.pool)
        .await
        .is_err());
    assert_eq!(
        audit::for_contact(&app.state.db, DPA, 1000).await.unwrap(),
        log
    );

    // a revoked account invited again starts without its old password and authenticator
    accounts::revoke(&app.state.db, email, chrono::Utc::now())
        .await
        .unwrap()
        .unwrap();
    let (restored, created) = accounts::create(&app.state.db, DPA, email, chrono::Utc::now())
        .await
        .unwrap()
        .unwrap();
    assert!(
        !created && !restored.has_password && !restored.has_totp && restored.revoked_at.is_none()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_contact_points_read_only_their_own_reports_on_sqlite() {
    inbox_roundtrip(None).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_contact_points_read_only_their_own_reports_on_postgres() {
    inbox_roundtrip(Some("rt")).await;
}

/// 100 000 reports delivered to one contact point, written straight into the tables.
async fn seed(app: &TestApp, n: usize) {
    let db = &app.state.db;
    let input =
        r#"{"country":"FI","victim":"citizen","incident":"phishing","description":"Bulk report."}"#;
    for chunk in (0..n).collect::<Vec<_>>().chunks(1000) {
        let mut tx = db.pool.begin().await.unwrap();
        let mut reports = String::from("INSERT INTO reports (reference, form_key_hash, token_hash, lang, country, victim, incident, rsit, input_json, created_at) VALUES ");
        let mut rr = String::from("INSERT INTO report_recipients (reference, position, step_key, kind, contact_id, consented, state, created_at, updated_at) VALUES ");
        let mut jobs = String::from("INSERT INTO delivery_jobs (id, reference, position, contact_id, state, attempts, next_attempt_at, created_at, updated_at) VALUES ");
        for (k, i) in chunk.iter().enumerate() {
            let sep = if k == 0 { "" } else { "," };
            let r = format!("BULK-{i:07}");
            let at = format!("2026-01-01T00:00:{:02}Z", i % 60);
            reports.push_str(&format!("{sep}('{r}','fk{i}','th{i}','en','FI','citizen','phishing','fraud/phishing','{input}','{at}')"));
            rr.push_str(&format!(
                "{sep}('{r}',0,'gdpr-breach-notification','dpa','{DPA}',1,'sent','{at}','{at}')"
            ));
            jobs.push_str(&format!(
                "{sep}('job{i}','{r}',0,'{DPA}','sent',1,'{at}','{at}','{at}')"
            ));
        }
        for sql in [reports, rr, jobs] {
            sqlx::query(&sql).execute(&mut *tx).await.unwrap();
        }
        tx.commit().await.unwrap();
    }
}

async fn big_export(pg: Option<&str>) {
    let Some(app) = app(pg).await else { return };
    seed(&app, 100_000).await;
    let mut dpa = invited(&app, DPA, "bulk@dpa.example.fi").await;
    let mut req = Request::get("/en/inbox/export?format=csv")
        .body(Body::empty())
        .unwrap();
    req.headers_mut()
        .insert(header::COOKIE, dpa.cookie.clone().unwrap().parse().unwrap());
    let res = app.send(req).await;
    assert_eq!(res.status(), StatusCode::OK);
    // read it frame by frame: the body arrives in pieces, never as one buffer
    let mut body = res.into_body();
    let (mut frames, mut lines, mut largest) = (0usize, 0usize, 0usize);
    while let Some(f) = body.frame().await {
        let data = f.unwrap().into_data().unwrap();
        frames += 1;
        largest = largest.max(data.len());
        lines += data.iter().filter(|b| **b == b'\n').count();
    }
    assert_eq!(lines, 100_001, "header and every report");
    assert!(
        frames >= 200,
        "streamed in pages of 500 reports: {frames} frames"
    );
    assert!(
        largest < 512 * 1024,
        "no frame holds more than a page: {largest} bytes"
    );
    let (status, _, _) = dpa.get("/en/inbox?page=3").await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_export_of_100000_reports_is_streamed_on_sqlite() {
    big_export(None).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_export_of_100000_reports_is_streamed_on_postgres() {
    big_export(Some("big")).await;
}
