//! Report delivery end to end, in process: the outbox written with the report, the worker, e-mail through an
//! in-process SMTP sink, signed webhooks to a local axum receiver, the file drop, retries/backoff/failure,
//! acknowledgements (e-mail link and webhook callback), the status page; on SQLite and the real PostgreSQL
//! (`CYBERHELP_TEST_PG_URL`, one schema per test; `CYBERHELP_SKIP_PG=1` skips those).

mod common;
use axum::body::{Body, Bytes};
use axum::http::{header, HeaderMap, Request, StatusCode};
use axum::Router;
use common::{pg_schema, pg_url};
use cyberhelp::server::config::ServeConfig;
use cyberhelp::server::reports::delivery::channels::{Channel, Channels, Secret};
use cyberhelp::server::reports::delivery::{outbox, sign, worker, Delivery};
use cyberhelp::server::{router, AppState};
use http_body_util::BodyExt;
use leptos::config::LeptosOptions;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tower::ServiceExt;

const KEY: &str = "test-webhook-key-0123456789";
const ADMIN_TOKEN: &str = "test-admin-token-0123456789";

// ---------------------------------------------------------------------------------------------------------
// Harness

struct Env {
    router: Router,
    state: AppState,
    _dir: tempfile::TempDir,
}

enum Backend {
    Sqlite,
    Postgres(&'static str),
}

/// The portal on `backend`, with fast retries, `smtp` as SMTP server and `channels` as the channel table.
async fn env(backend: Backend, smtp: Option<String>, channels: Channels) -> Option<Env> {
    let dir = tempfile::tempdir().unwrap();
    let url = match backend {
        Backend::Sqlite => format!("sqlite:{}", dir.path().join("d.sqlite3").display()),
        Backend::Postgres(name) => {
            let base = pg_url()?;
            pg_schema(
                &base,
                &format!("cyberhelp_dl_{name}_{}", std::process::id()),
            )
            .await
        }
    };
    let mut config = ServeConfig::for_tests(url);
    config.content_dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("content");
    config.report_burst = 10_000;
    config.admin_token = Some(ADMIN_TOKEN.into());
    config.delivery.smtp_url = smtp;
    config.delivery.backoff_base_ms = 20;
    config.delivery.backoff_max_ms = 40;
    config.delivery.max_attempts = 3;
    config.delivery.timeout_secs = 5;
    config.delivery.lease_secs = 30;
    config.delivery.batch = 4;
    let site = dir.path().join("site");
    std::fs::create_dir_all(site.join("pkg")).unwrap();
    let options = LeptosOptions::builder()
        .output_name("cyberhelp")
        .site_root(site.to_string_lossy().to_string())
        .site_pkg_dir("pkg")
        .build();
    let mut state = AppState::new(config, options).await.expect("state");
    let mut d = Delivery::new(
        &state.config.delivery,
        &state.config.public_url,
        state.token_secret.to_vec(),
    )
    .unwrap();
    d.channels = channels;
    state.delivery = Arc::new(d);
    let router = router(state.clone()).layer(axum::Extension(axum::extract::ConnectInfo(
        std::net::SocketAddr::from(([127, 0, 0, 1], 40000)),
    )));
    Some(Env {
        router,
        state,
        _dir: dir,
    })
}

fn channels(default: Option<Channel>) -> Channels {
    Channels {
        default,
        ..Channels::default()
    }
}

impl Env {
    async fn send(&self, req: Request<Body>) -> (StatusCode, String) {
        let res = self.router.clone().oneshot(req).await.unwrap();
        let status = res.status();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        (status, String::from_utf8_lossy(&bytes).into_owned())
    }

    /// Submits a Finnish data breach with consent to the data protection authority. Returns (reference, token).
    async fn report(&self, n: usize, extra: &str) -> (String, String) {
        self.report_to(n, r#"["gdpr-breach-notification"]"#, extra)
            .await
    }

    /// Submits a Finnish data breach with consent to the routing rules in `consent` (a JSON array).
    async fn report_to(&self, n: usize, consent: &str, extra: &str) -> (String, String) {
        let body = format!(
            r#"{{"country":"FI","victim":"business","incident":"data-breach","description":"Our customer database was copied by an intruder (report {n}).","personal_data":true,"form_key":"{:032x}","consent":{consent}{extra}}}"#,
            n + 1
        );
        let (status, text) = self
            .send(
                Request::post("/api/v1/reports")
                    .header(header::CONTENT_TYPE, "application/json")
                    .body(Body::from(body))
                    .unwrap(),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{text}");
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        (
            v["reference"].as_str().unwrap().to_owned(),
            v["token"].as_str().unwrap().to_owned(),
        )
    }

    async fn jobs(&self, reference: &str) -> Vec<outbox::JobStatus> {
        outbox::for_report(&self.state.db, reference).await.unwrap()
    }

    async fn job_of(&self, reference: &str, contact: &str) -> outbox::JobStatus {
        self.jobs(reference)
            .await
            .into_iter()
            .find(|j| j.contact_id == contact)
            .unwrap()
    }

    /// Runs worker rounds until nothing is due (at most `rounds`).
    async fn drain(&self, rounds: usize) {
        let w = worker::worker_id();
        for _ in 0..rounds {
            let n = worker::run_once(
                &self.state.db,
                &self.state.content,
                &self.state.delivery,
                &w,
            )
            .await
            .unwrap();
            if n == 0 {
                tokio::time::sleep(Duration::from_millis(60)).await;
                let again = worker::run_once(
                    &self.state.db,
                    &self.state.content,
                    &self.state.delivery,
                    &w,
                )
                .await
                .unwrap();
                if again == 0 {
                    return;
                }
            }
        }
    }

    async fn status_page(&self, lang: &str, reference: &str, token: &str) -> String {
        let (status, html) = self
            .send(
                Request::get(format!(
                    "/{lang}/report/status?ref={reference}&token={token}"
                ))
                .body(Body::empty())
                .unwrap(),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        html
    }
}

// ---------------------------------------------------------------------------------------------------------
// A tiny SMTP sink (RFC 5321 subset: EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT)

#[derive(Clone, Debug)]
struct SunkMail {
    from: String,
    rcpt: Vec<String>,
    data: String,
}

async fn smtp_sink() -> (String, Arc<Mutex<Vec<SunkMail>>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let store: Arc<Mutex<Vec<SunkMail>>> = Arc::default();
    let s = store.clone();
    tokio::spawn(async move {
        loop {
            let Ok((sock, _)) = listener.accept().await else {
                return;
            };
            let s = s.clone();
            tokio::spawn(async move {
                let (r, mut w) = sock.into_split();
                let mut lines = BufReader::new(r);
                let _ = w.write_all(b"220 sink ESMTP\r\n").await;
                let (mut from, mut rcpt) = (String::new(), Vec::new());
                let mut line = String::new();
                loop {
                    line.clear();
                    if lines.read_line(&mut line).await.unwrap_or(0) == 0 {
                        return;
                    }
                    let cmd = line.trim_end().to_owned();
                    let upper = cmd.to_ascii_uppercase();
                    let reply: &[u8] = if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                        b"250-sink\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n"
                    } else if upper.starts_with("MAIL FROM:") {
                        from = cmd[10..].trim().to_owned();
                        b"250 OK\r\n"
                    } else if upper.starts_with("RCPT TO:") {
                        rcpt.push(cmd[8..].trim().trim_matches(['<', '>']).to_owned());
                        b"250 OK\r\n"
                    } else if upper == "DATA" {
                        let _ = w.write_all(b"354 go ahead\r\n").await;
                        let mut data = String::new();
                        loop {
                            let mut l = String::new();
                            if lines.read_line(&mut l).await.unwrap_or(0) == 0 {
                                return;
                            }
                            if l == ".\r\n" {
                                break;
                            }
                            data.push_str(l.strip_prefix('.').unwrap_or(&l));
                        }
                        s.lock().unwrap().push(SunkMail {
                            from: from.clone(),
                            rcpt: std::mem::take(&mut rcpt),
                            data,
                        });
                        b"250 OK queued\r\n"
                    } else if upper == "QUIT" {
                        let _ = w.write_all(b"221 bye\r\n").await;
                        return;
                    } else {
                        b"250 OK\r\n"
                    };
                    if w.write_all(reply).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    (format!("smtp://127.0.0.1:{port}"), store)
}

/// Undoes quoted-printable soft line breaks and `=3D`, enough to find a link in a text part.
fn unqp(s: &str) -> String {
    s.replace("=\r\n", "").replace("=3D", "=")
}

// ---------------------------------------------------------------------------------------------------------
// A local webhook receiver that verifies signatures

#[derive(Clone, Debug)]
struct Hook {
    headers: HeaderMap,
    body: Bytes,
    verified: bool,
}

async fn receiver(status: u16) -> (String, Arc<Mutex<Vec<Hook>>>) {
    slow_receiver(status, Duration::ZERO).await
}

/// A receiver that takes `delay` to answer (what it got is recorded when the request arrives).
async fn slow_receiver(status: u16, delay: Duration) -> (String, Arc<Mutex<Vec<Hook>>>) {
    let got: Arc<Mutex<Vec<Hook>>> = Arc::default();
    let g = got.clone();
    let app = Router::new().route(
        "/hook",
        axum::routing::post(move |headers: HeaderMap, body: Bytes| {
            let g = g.clone();
            async move {
                let h = |n: &str| headers.get(n).and_then(|v| v.to_str().ok());
                let verified = sign::verify(
                    KEY.as_bytes(),
                    h(sign::TIMESTAMP_HEADER),
                    h(sign::SIGNATURE_HEADER),
                    &body,
                    chrono::Utc::now().timestamp(),
                )
                .is_ok();
                g.lock().unwrap().push(Hook {
                    headers: headers.clone(),
                    body,
                    verified,
                });
                tokio::time::sleep(delay).await;
                StatusCode::from_u16(status).unwrap()
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://127.0.0.1:{port}/hook"), got)
}

fn webhook(url: &str) -> Channel {
    Channel::Webhook {
        url: url.to_owned(),
        key: Secret::new(KEY),
    }
}

// ---------------------------------------------------------------------------------------------------------
// Tests

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_email_is_delivered_through_smtp_with_its_headers_and_acknowledged_by_link() {
    let (smtp, sink) = smtp_sink().await;
    let e = env(Backend::Sqlite, Some(smtp), Channels::default())
        .await
        .unwrap();
    // consent to the national CSIRT (address verified from an official source) and the data protection
    // authority (address backed only by a secondary source)
    let (reference, token) = e
        .report_to(
            0,
            r#"["incident-report-organisation","gdpr-breach-notification"]"#,
            r#","contact_email":"victim@example.org","contact_phone":"+358 40 123 4567""#,
        )
        .await;
    // the outbox was written with the report: one job per consented recipient
    let jobs = e.jobs(&reference).await;
    assert_eq!(jobs.len(), 2, "{jobs:?}");
    assert!(jobs.iter().all(|j| j.state == "queued"));
    let key = e.job_of(&reference, "fi-ncsc-fi").await.id;
    e.drain(5).await;

    let mails = sink.lock().unwrap().clone();
    assert_eq!(mails.len(), 1, "exactly one e-mail");
    let dpa = e
        .job_of(&reference, "fi-office-of-the-data-protection")
        .await;
    assert_eq!(
        (dpa.state.as_str(), dpa.wait_reason.as_deref()),
        ("queued", Some("unverified-address")),
        "no report to an address no official source confirms"
    );
    let m = &mails[0];
    println!(
        "delivered e-mail: MAIL FROM {} RCPT TO {:?}\n{}",
        m.from,
        m.rcpt,
        &m.data[..m.data.find("\r\n\r\n").unwrap_or(m.data.len())]
    );
    assert_eq!(m.rcpt, vec!["cert@traficom.fi"], "the directory's address");
    let data = unqp(&m.data);
    for needle in [
        "From: cyberhelp <cyberhelp@localhost>".to_owned(),
        "To: cert@traficom.fi".to_owned(),
        "Reply-To: victim@example.org".to_owned(),
        format!("Message-ID: <{key}@localhost>"),
        format!("X-Cyberhelp-Idempotency-Key: {key}"),
        format!("X-Cyberhelp-Reference: {reference}"),
        "X-Cyberhelp-TLP: TLP:AMBER".to_owned(),
        "multipart/alternative".to_owned(),
        "text/plain".to_owned(),
        "text/html".to_owned(),
        "application/json".to_owned(),
        format!("/delivery/ack/{key}?sig="),
    ] {
        assert!(data.contains(&needle), "missing {needle:?} in\n{data}");
    }
    assert!(
        data.contains("Subject: [TLP:AMBER] cyberhelp report"),
        "{data}"
    );
    assert_eq!(e.job_of(&reference, "fi-ncsc-fi").await.state, "sent");
    let html = e.status_page("en", &reference, &token).await;
    assert!(html.contains(&cyberhelp::i18n::t("en", "receipt-state-sent")));

    // the link: GET shows a confirmation form and changes nothing; POST confirms
    let sig = e.state.delivery.ack_sig(&key);
    let (status, page) = e
        .send(
            Request::get(format!("/delivery/ack/{key}?sig={sig}&lang=fi"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains(&reference) && page.contains("method=\"post\""));
    assert_eq!(
        e.job_of(&reference, "fi-ncsc-fi").await.state,
        "sent",
        "GET changes nothing"
    );
    let (status, _) = e
        .send(
            Request::get(format!("/delivery/ack/{key}?sig=00{}", &sig[2..]))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a wrong signature");
    let (status, page) = e
        .send(
            Request::post(format!("/delivery/ack/{key}"))
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(format!("sig={sig}&lang=fi")))
                .unwrap(),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert_eq!(
        e.job_of(&reference, "fi-ncsc-fi").await.state,
        "acknowledged"
    );
    let html = e.status_page("de", &reference, &token).await;
    assert!(html.contains(&cyberhelp::i18n::t("de", "receipt-state-acknowledged")));

    // an anonymous report has no Reply-To
    let (r2, _) = e
        .report_to(
            1,
            r#"["incident-report-organisation"]"#,
            r#","anonymous":true"#,
        )
        .await;
    e.drain(5).await;
    let mails = sink.lock().unwrap().clone();
    assert_eq!(mails.len(), 2);
    assert!(mails[1].data.contains(&r2));
    assert!(!mails[1].data.contains("Reply-To"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_smtp_email_jobs_wait_visibly_and_are_never_dropped() {
    let e = env(Backend::Sqlite, None, Channels::default())
        .await
        .unwrap();
    let (reference, token) = e
        .report_to(0, r#"["incident-report-organisation"]"#, "")
        .await;
    e.drain(3).await;
    let jobs = e.jobs(&reference).await;
    assert_eq!(jobs[0].state, "queued");
    assert_eq!(jobs[0].wait_reason.as_deref(), Some("no-smtp"));
    assert_eq!(jobs[0].attempts, 0, "waiting uses up no attempt");
    for lang in ["en", "fi", "ga"] {
        let html = e.status_page(lang, &reference, &token).await;
        assert!(
            html.contains(&cyberhelp::i18n::t(lang, "receipt-state-queued"))
                && html.contains(&cyberhelp::i18n::t(lang, "receipt-note-waiting-setup")),
            "{lang}"
        );
    }
    let (_, health) = e
        .send(
            Request::get("/healthz")
                .header(header::AUTHORIZATION, format!("Bearer {ADMIN_TOKEN}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    let h: serde_json::Value = serde_json::from_str(&health).unwrap();
    assert_eq!(h["delivery"]["smtp"], "not_configured", "{h}");
    assert_eq!(h["delivery"]["waiting"]["no-smtp"], 1, "{h}");
    assert_eq!(h["delivery"]["jobs"]["queued"], 1, "{h}");
}

async fn webhook_roundtrip(backend: Backend) {
    let (url, got) = receiver(200).await;
    let Some(e) = env(backend, None, channels(Some(webhook(&url)))).await else {
        return;
    };
    // the evidence list travels with the report (the files do not)
    let (reference, token) = e
        .report(
            0,
            r#","contact_email":"victim@example.org","evidence":[{"name":"sms.png","note":"the SMS","size":2048,"sha256":"9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08","modified":"2026-12-01T10:00:00.000Z"},{"name":"","note":""},{"name":"bank letter (paper)"}]"#,
        )
        .await;
    e.drain(5).await;
    let hooks = got.lock().unwrap().clone();
    assert_eq!(hooks.len(), 1);
    let h = &hooks[0];
    let key = e.jobs(&reference).await[0].id.clone();
    println!(
        "verified webhook: {} = {:?}, {} = {:?}, Idempotency-Key = {:?}, signature verified = {}",
        sign::TIMESTAMP_HEADER,
        h.headers.get(sign::TIMESTAMP_HEADER).unwrap(),
        sign::SIGNATURE_HEADER,
        h.headers.get(sign::SIGNATURE_HEADER).unwrap(),
        h.headers.get(sign::IDEMPOTENCY_HEADER).unwrap(),
        h.verified
    );
    assert!(h.verified, "the HMAC-SHA256 signature verifies");
    assert_eq!(h.headers[sign::IDEMPOTENCY_HEADER], key.as_str());
    assert_eq!(h.headers[header::CONTENT_TYPE], "application/json");
    let payload: serde_json::Value = serde_json::from_slice(&h.body).unwrap();
    assert_eq!(payload["idempotency_key"], key.as_str());
    assert_eq!(payload["reference"], reference.as_str());
    assert_eq!(payload["tlp"], "TLP:AMBER");
    assert_eq!(payload["classification"]["taxonomy"], "rsit");
    assert_eq!(
        payload["classification"]["class"],
        "information-content-security"
    );
    assert_eq!(payload["reporter"]["email"], "victim@example.org");
    assert_eq!(
        payload["evidence"],
        serde_json::json!([
            {"name": "sms.png", "note": "the SMS", "size": 2048,
             "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
             "modified": "2026-12-01T10:00:00.000Z"},
            {"name": "bank letter (paper)", "note": null, "size": null, "sha256": null, "modified": null}
        ]),
        "blank rows dropped, sizes as numbers, fingerprints in lowercase"
    );
    // the real payload satisfies the committed schema
    let schema: serde_json::Value = serde_json::from_str(include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/delivery-payload.schema.json"
    )))
    .unwrap();
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let errors: Vec<String> = validator
        .iter_errors(&payload)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:?}\n{payload:#}");
    assert!(!validator.is_valid(&serde_json::json!({"schema_version": 1})));
    assert_eq!(e.jobs(&reference).await[0].state, "sent");

    // the receiver confirms through the signed callback; a bad signature is refused
    let ack = |body: &'static str, sig: String, ts: i64| {
        Request::post(format!("/api/v1/deliveries/{key}/ack"))
            .header(header::CONTENT_TYPE, "application/json")
            .header(sign::TIMESTAMP_HEADER, ts.to_string())
            .header(sign::SIGNATURE_HEADER, sig)
            .body(Body::from(body))
            .unwrap()
    };
    let now = chrono::Utc::now().timestamp();
    let body = r#"{"status":"received","ticket":"NCSC-1234"}"#;
    let (status, text) = e
        .send(ack(
            body,
            sign::sign_ack(b"wrong key material!!", now, &key, body.as_bytes()),
            now,
        ))
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{text}");
    let old = now - 3600;
    let (status, _) = e
        .send(ack(
            body,
            sign::sign_ack(KEY.as_bytes(), old, &key, body.as_bytes()),
            old,
        ))
        .await;
    assert_eq!(
        status,
        StatusCode::UNAUTHORIZED,
        "outside the replay window"
    );
    // correctly signed acknowledgements with extreme timestamps are refused, never wrapped or panicking
    for ts in [
        i64::MIN,
        i64::MIN + now,
        i64::MAX,
        0,
        now + 100 * 365 * 86_400,
    ] {
        let (status, text) = e
            .send(ack(
                body,
                sign::sign_ack(KEY.as_bytes(), ts, &key, body.as_bytes()),
                ts,
            ))
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "timestamp {ts}: {text}");
    }
    assert_eq!(e.jobs(&reference).await[0].state, "sent");
    // the delivery's own signature replayed as an acknowledgement is refused
    let (status, _) = e
        .send(ack(
            body,
            sign::sign(KEY.as_bytes(), now, body.as_bytes()),
            now,
        ))
        .await;
    assert_eq!(
        status,
        StatusCode::UNAUTHORIZED,
        "delivery signature replayed"
    );
    let (status, _) = e
        .send(ack(
            "not json",
            sign::sign_ack(KEY.as_bytes(), now, &key, b"not json"),
            now,
        ))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "body must be JSON");
    assert_eq!(e.jobs(&reference).await[0].state, "sent");
    let (status, text) = e
        .send(ack(
            body,
            sign::sign_ack(KEY.as_bytes(), now, &key, body.as_bytes()),
            now,
        ))
        .await;
    assert_eq!(status, StatusCode::OK, "{text}");
    assert_eq!(e.jobs(&reference).await[0].state, "acknowledged");
    let (status, _) = e
        .send(
            Request::post("/api/v1/deliveries/ffffffffffffffffffffffffffffffff/ack")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let html = e.status_page("fr", &reference, &token).await;
    assert!(html.contains(&cyberhelp::i18n::t("fr", "receipt-state-acknowledged")));
    let (_, json) = e
        .send(
            Request::get(format!("/api/v1/reports/{reference}?token={token}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let dpa = v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["key"] == "gdpr-breach-notification")
        .unwrap()
        .clone();
    assert_eq!(dpa["state"], "acknowledged");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhook_is_signed_verified_schema_valid_and_acknowledged_on_sqlite() {
    webhook_roundtrip(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhook_is_signed_verified_schema_valid_and_acknowledged_on_postgres() {
    webhook_roundtrip(Backend::Postgres("hook")).await;
}

async fn retries_then_failure(backend: Backend) {
    let (url503, got503) = receiver(503).await;
    let (url400, got400) = receiver(400).await;
    let (url429, got429) = receiver(429).await;
    let mut ch = Channels::default();
    let Some(e) = env(backend, None, ch.clone()).await else {
        return;
    };
    let mut reports = Vec::new();
    for (n, url) in [&url503, &url400, &url429].into_iter().enumerate() {
        // one channel at a time: all reports go to the same contact
        ch.default = Some(webhook(url));
        let mut d = Delivery::new(
            &e.state.config.delivery,
            &e.state.config.public_url,
            e.state.token_secret.to_vec(),
        )
        .unwrap();
        d.channels = ch.clone();
        let d = Arc::new(d);
        let (reference, _) = e.report(n, "").await;
        let w = worker::worker_id();
        for _ in 0..20 {
            worker::run_once(&e.state.db, &e.state.content, &d, &w)
                .await
                .unwrap();
            if e.jobs(&reference).await[0].state != "queued" {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        reports.push(reference);
    }
    let j503 = &e.jobs(&reports[0]).await[0];
    assert_eq!(j503.state, "failed");
    assert_eq!(j503.attempts, 3, "max attempts");
    assert!(
        j503.last_error.as_deref().unwrap().contains("503"),
        "{j503:?}"
    );
    assert_eq!(got503.lock().unwrap().len(), 3);
    let keys: std::collections::HashSet<_> = got503
        .lock()
        .unwrap()
        .iter()
        .map(|h| h.headers[sign::IDEMPOTENCY_HEADER].clone())
        .collect();
    assert_eq!(
        keys.len(),
        1,
        "every retry carries the same idempotency key"
    );
    let j400 = &e.jobs(&reports[1]).await[0];
    assert_eq!(
        (j400.state.as_str(), j400.attempts),
        ("failed", 1),
        "a permanent 4xx is not retried"
    );
    assert_eq!(got400.lock().unwrap().len(), 1);
    let j429 = &e.jobs(&reports[2]).await[0];
    assert_eq!(
        (j429.state.as_str(), j429.attempts),
        ("failed", 3),
        "429 is retried"
    );
    assert_eq!(got429.lock().unwrap().len(), 3);
    // an acknowledgement never hides a failed delivery
    let ack = cyberhelp::server::reports::delivery::outbox::acknowledge(
        &e.state.db,
        &j503.id,
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    assert_eq!(
        ack,
        cyberhelp::server::reports::delivery::outbox::Ack::NotSent
    );
    assert_eq!(e.jobs(&reports[0]).await[0].state, "failed");
    let rendered = e.state.metrics.render();
    assert!(
        rendered.contains("delivery_failed_total"),
        "operator alert metric"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failing_webhooks_are_retried_with_backoff_then_failed_on_sqlite() {
    retries_then_failure(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failing_webhooks_are_retried_with_backoff_then_failed_on_postgres() {
    retries_then_failure(Backend::Postgres("retry")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn file_drop_writes_one_json_file_per_report_and_recipient() {
    let drop = tempfile::tempdir().unwrap();
    let e = env(
        Backend::Sqlite,
        None,
        channels(Some(Channel::File {
            dir: drop.path().join("fi-dpa"),
        })),
    )
    .await
    .unwrap();
    let (r1, _) = e.report(0, "").await;
    let (r2, _) = e.report(1, "").await;
    e.drain(5).await;
    let mut names: Vec<String> = std::fs::read_dir(drop.path().join("fi-dpa"))
        .unwrap()
        .map(|f| f.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 2, "{names:?} (no temporary files left)");
    assert!(names
        .iter()
        .all(|n| n.ends_with(".json") && !n.starts_with('.')));
    for r in [&r1, &r2] {
        let name = names.iter().find(|n| n.starts_with(r.as_str())).unwrap();
        let v: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(drop.path().join("fi-dpa").join(name)).unwrap(),
        )
        .unwrap();
        assert_eq!(v["reference"], r.as_str());
        assert_eq!(e.jobs(r).await[0].state, "sent");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_workers_on_postgres_never_deliver_the_same_job_twice() {
    let Some(e) = env(
        Backend::Postgres("two"),
        None,
        channels(Some(Channel::Memory)),
    )
    .await
    else {
        return;
    };
    let n = 60;
    let mut refs = Vec::new();
    for i in 0..n {
        refs.push(e.report(i, "").await.0);
    }
    let run = |name: &'static str| {
        let (db, content, d) = (
            e.state.db.clone(),
            e.state.content.clone(),
            e.state.delivery.clone(),
        );
        tokio::spawn(async move {
            let w = format!("{name}-{}", worker::worker_id());
            let mut claimed = 0;
            let mut idle = 0;
            while idle < 3 {
                let got = worker::run_once(&db, &content, &d, &w).await.unwrap();
                claimed += got;
                idle = if got == 0 { idle + 1 } else { 0 };
                tokio::task::yield_now().await;
            }
            claimed
        })
    };
    let (a, b) = (run("a"), run("b"));
    let (a, b) = (a.await.unwrap(), b.await.unwrap());
    let sent = e.state.delivery.transports.memory.sent();
    let keys: std::collections::HashSet<_> =
        sent.iter().map(|s| s.idempotency_key.clone()).collect();
    println!(
        "two workers: a claimed {a}, b claimed {b}, {} deliveries, {} distinct jobs",
        sent.len(),
        keys.len()
    );
    assert_eq!(a + b, n, "every job claimed exactly once");
    assert_eq!(sent.len(), n, "no job delivered twice");
    assert_eq!(keys.len(), n);
    for r in &refs {
        assert_eq!(e.jobs(r).await[0].state, "sent");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_workers_lease_expires_and_the_job_is_retaken() {
    let e = env(Backend::Sqlite, None, channels(Some(Channel::Memory)))
        .await
        .unwrap();
    let (reference, _) = e.report(0, "").await;
    // a worker claims and "dies" (never records an outcome)
    let now = chrono::Utc::now();
    let claimed = outbox::claim(&e.state.db, "dead", now, Duration::from_millis(200), 8)
        .await
        .unwrap();
    assert_eq!(claimed.len(), 1);
    e.drain(2).await;
    assert!(
        e.state.delivery.transports.memory.sent().is_empty(),
        "leased jobs are not taken"
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    e.drain(2).await;
    assert_eq!(e.state.delivery.transports.memory.sent().len(), 1);
    let job = &e.jobs(&reference).await[0];
    assert_eq!((job.state.as_str(), job.attempts), ("sent", 2));
}

// ---------------------------------------------------------------------------------------------------------
// Recipient updates (the contact-point loop)

const KEY_B: &str = "second-recipient-key-9876543210";

async fn updates_roundtrip(backend: Backend) {
    let (url, _got) = receiver(200).await;
    let mut ch = channels(Some(webhook(&url)));
    // the data protection authority has a key of its own
    ch.contacts.insert(
        "fi-office-of-the-data-protection".into(),
        Some(Channel::Webhook {
            url: url.clone(),
            key: Secret::new(KEY_B),
        }),
    );
    let Some(e) = env(backend, None, ch).await else {
        return;
    };
    let (reference, token) = e
        .report_to(
            0,
            r#"["gdpr-breach-notification","incident-report-organisation"]"#,
            "",
        )
        .await;
    e.drain(5).await;
    let jobs = e.jobs(&reference).await;
    assert_eq!(jobs.len(), 2, "{jobs:?}");
    let dpa = jobs
        .iter()
        .find(|j| j.contact_id == "fi-office-of-the-data-protection")
        .unwrap()
        .id
        .clone();
    let csirt = jobs.iter().find(|j| j.id != dpa).unwrap().id.clone();
    let now = chrono::Utc::now().timestamp();
    let update = |job: &str, key: &str, body: &str| {
        Request::post(format!("/api/v1/deliveries/{job}/status"))
            .header(header::CONTENT_TYPE, "application/json")
            .header(sign::TIMESTAMP_HEADER, now.to_string())
            .header(
                sign::SIGNATURE_HEADER,
                sign::sign_status(key.as_bytes(), now, job, body.as_bytes()),
            )
            .body(Body::from(body.to_owned()))
            .unwrap()
    };
    let received = r##"{"state":"received","reference":"#48213","message":"We have your report. <b>Do not</b> pay."}"##;
    let (status, text) = e.send(update(&dpa, KEY_B, received)).await;
    assert_eq!(status, StatusCode::OK, "{text}");
    assert!(text.contains(r#""already":false"#), "{text}");
    // the same update again (a retry, a replay within the window): one update
    let (status, text) = e.send(update(&dpa, KEY_B, received)).await;
    assert_eq!(
        (status, text.contains(r#""already":true"#)),
        (StatusCode::OK, true),
        "{text}"
    );
    // recipient A's key on B's job, an acknowledgement's signature, a delivery's signature: refused
    let (status, _) = e.send(update(&dpa, KEY, received)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "another recipient's key");
    let forged = Request::post(format!("/api/v1/deliveries/{dpa}/status"))
        .header(header::CONTENT_TYPE, "application/json")
        .header(sign::TIMESTAMP_HEADER, now.to_string())
        .header(
            sign::SIGNATURE_HEADER,
            sign::sign_ack(KEY_B.as_bytes(), now, &dpa, received.as_bytes()),
        )
        .body(Body::from(received))
        .unwrap();
    assert_eq!(
        e.send(forged).await.0,
        StatusCode::UNAUTHORIZED,
        "an ack signature is not an update's"
    );
    // bad fields: 422 naming them, nothing changed
    for (body, code) in [
        (r#"{"state":"done"}"#, "unknown_state"),
        (
            r#"{"state":"closed","outcome":"solved"}"#,
            "unknown_outcome",
        ),
        (r#"{"state":"closed","colour":"red"}"#, "bad_body"),
        (r#"[1,2]"#, "bad_body"),
        (
            r##"["in-progress","#arr","case-opened","array message","u-arr"]"##,
            "bad_body",
        ),
        (
            r#"{"state":"closed","reference":"a\u0007b"}"#,
            "control_characters",
        ),
    ] {
        let (status, text) = e.send(update(&dpa, KEY_B, body)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {text}");
        assert!(text.contains(code), "{body}: {text}");
    }
    let long = format!(
        r#"{{"state":"closed","message":"{}"}}"#,
        "x".repeat(100_000)
    );
    let (status, _) = e.send(update(&dpa, KEY_B, &long)).await;
    assert!(
        status.is_client_error(),
        "a 100 kB message is refused: {status}"
    );
    // forward, then never back
    let (status, text) = e
        .send(update(
            &dpa,
            KEY_B,
            r#"{"state":"closed","outcome":"case-opened","message":"Case opened."}"#,
        ))
        .await;
    assert_eq!(status, StatusCode::OK, "{text}");
    let (status, text) = e
        .send(update(&dpa, KEY_B, r#"{"state":"in-progress"}"#))
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{text}");
    assert!(text.contains("state_backwards"));
    // an unknown job
    let (status, _) = e
        .send(update("ffffffffffffffffffffffffffffffff", KEY_B, received))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // the victim sees each recipient's own timeline; markup stays text; the other recipient has none
    let html = e.status_page("en", &reference, &token).await;
    assert!(
        html.contains(&cyberhelp::i18n::t("en", "recipient-state-closed")),
        "{html}"
    );
    assert!(html.contains("their reference #48213"));
    assert!(html.contains("We have your report. &lt;b&gt;Do not&lt;/b&gt; pay."));
    assert!(!html.contains("<b>Do not</b>"));
    assert!(html.contains(&cyberhelp::i18n::t("en", "recipient-outcome-case-opened")));
    assert_eq!(
        html.matches("class=\"recipient-updates\"").count(),
        1,
        "only the DPA spoke"
    );
    let (_, json) = e
        .send(
            Request::get(format!("/api/v1/reports/{reference}?token={token}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let steps = v["steps"].as_array().unwrap();
    let dpa_step = steps
        .iter()
        .find(|s| s["key"] == "gdpr-breach-notification")
        .unwrap();
    assert_eq!(dpa_step["recipient_state"], "closed");
    assert_eq!(dpa_step["their_reference"], "#48213");
    assert_eq!(
        dpa_step["messages"].as_array().unwrap().len(),
        2,
        "{dpa_step}"
    );
    assert_eq!(
        dpa_step["state"], "acknowledged",
        "an update confirms receipt"
    );
    // a status token of another report shows nothing of this one
    let (other, other_token) = e.report(1, "").await;
    let html = e.status_page("en", &reference, &other_token).await;
    assert!(!html.contains("#48213") && !html.contains("We have your report"));
    let _ = other;

    // a recipient's invisible formatting characters are shown to the victim visibly
    let (status, _) = e
        .send(update(
            &dpa,
            KEY_B,
            r#"{"state":"closed","message":"open pay\u202etxt.exe"}"#,
        ))
        .await;
    assert_eq!(status, StatusCode::OK);
    let html = e.status_page("en", &reference, &token).await;
    assert!(html.contains("open pay&lt;U+202E&gt;txt.exe"), "{html}");
    assert!(!html.contains('\u{202e}'));

    // the e-mail link's form: the same update from a person, signed by the link
    let sig = e.state.delivery.ack_sig(&csirt);
    let page = e
        .send(
            Request::get(format!("/delivery/ack/{csirt}?sig={sig}&lang=de"))
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .1;
    assert!(page.contains(&cyberhelp::i18n::t("de", "delivery-status-title")));
    let form = |sig: &str, state: &str| {
        Request::post(format!("/delivery/status/{csirt}"))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(format!(
                "sig={sig}&lang=en&state={state}&reference=CERT-7&outcome=advice-given&message=Call+us+on+%3Cscript%3E"
            )))
            .unwrap()
    };
    let (status, _) = e.send(form("forged", "received")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, text) = e.send(form(&sig, "sideways")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text.contains(&cyberhelp::i18n::t(
        "en",
        "delivery-status-error-unknown-state"
    )));
    let (status, text) = e.send(form(&sig, "in-progress")).await;
    assert_eq!(status, StatusCode::OK, "{text}");
    let html = e.status_page("en", &reference, &token).await;
    assert!(html.contains("their reference CERT-7"));
    assert!(html.contains("Call us on &lt;script&gt;"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recipients_update_their_state_reference_and_message_on_sqlite() {
    updates_roundtrip(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recipients_update_their_state_reference_and_message_on_postgres() {
    updates_roundtrip(Backend::Postgres("upd")).await;
}

// ---------------------------------------------------------------------------------------------------------
// The tools CSIRTs run: Request Tracker REST2, MISP, TheHive 5 (in-test servers; no request leaves the host)

/// What an in-test ticketing system saw: method, path, Authorization header, JSON body.
type Seen = Arc<Mutex<Vec<(String, String, String, serde_json::Value)>>>;

/// A stand-in for a ticketing system: records every request and answers from `script` in order (then 500).
async fn ticketing(script: Vec<(u16, &'static str)>) -> (String, Seen) {
    let seen: Seen = Arc::default();
    let script = Arc::new(Mutex::new(std::collections::VecDeque::from(script)));
    let s2 = seen.clone();
    let app = Router::new().fallback(move |req: Request<Body>| {
        let (seen, script) = (s2.clone(), script.clone());
        async move {
            let method = req.method().to_string();
            let path = req.uri().path().to_owned();
            let auth = req
                .headers()
                .get(header::AUTHORIZATION)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned();
            let bytes = req.into_body().collect().await.unwrap().to_bytes();
            let body = serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null);
            seen.lock().unwrap().push((method, path, auth, body));
            let (status, text) = script.lock().unwrap().pop_front().unwrap_or((500, "{}"));
            (
                StatusCode::from_u16(status).unwrap(),
                [(header::CONTENT_TYPE, "application/json")],
                text,
            )
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, seen)
}

impl Env {
    /// Uses `channel` for every contact from now on.
    fn use_channel(&mut self, channel: Channel) {
        let mut d = Delivery::new(
            &self.state.config.delivery,
            &self.state.config.public_url,
            self.state.token_secret.to_vec(),
        )
        .unwrap();
        d.channels = channels(Some(channel));
        self.state.delivery = Arc::new(d);
    }

    /// A Finnish citizen's phishing report with `description`, consenting to the police complaint.
    async fn phishing(&self, n: usize, description: &str) -> (String, String) {
        let body = serde_json::json!({
            "country": "FI", "victim": "business", "incident": "data-breach",
            "description": description, "personal_data": true,
            "form_key": format!("{:032x}", n + 100), "consent": ["gdpr-breach-notification"],
        });
        let (status, text) = self
            .send(
                Request::post("/api/v1/reports")
                    .header(header::CONTENT_TYPE, "application/json")
                    .body(Body::from(body.to_string()))
                    .unwrap(),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{text}");
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        (
            v["reference"].as_str().unwrap().to_owned(),
            v["token"].as_str().unwrap().to_owned(),
        )
    }
}

async fn ticketing_roundtrip(backend: Backend) {
    let Some(mut e) = env(backend, None, Channels::default()).await else {
        return;
    };
    let text = "A fake invoice mail from billing@rnicrosoft-support.com linked to https://rnicrosoft-support.com/pay \
                and asked us to call +44 20 7946 0000 (not ours: +358401234567).";

    // RT: a 503 is retried; the ticket number becomes the recipient's reference
    let (rt, rt_seen) = ticketing(vec![
        (503, "{}"),
        (201, r#"{"id": 48213, "type": "ticket"}"#),
        (201, r#"["Correspondence added"]"#),
    ])
    .await;
    e.use_channel(Channel::Rt {
        url: rt.clone(),
        queue: "Incident Reports".into(),
        key: Secret::new("rt-token-0123456789abcdef"),
    });
    let (reference, token) = e.phishing(0, text).await;
    e.drain(10).await;
    let seen = rt_seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 2, "one retry after the 503: {seen:?}");
    for (method, path, auth, body) in &seen {
        assert_eq!(
            (method.as_str(), path.as_str()),
            ("POST", "/REST/2.0/ticket")
        );
        assert_eq!(auth, "token rt-token-0123456789abcdef");
        assert_eq!(body["Queue"], "Incident Reports");
        assert_eq!(body["ContentType"], "text/plain");
        assert!(
            body["Subject"].as_str().unwrap().contains(&reference),
            "{body}"
        );
        assert!(body["Content"]
            .as_str()
            .unwrap()
            .contains("rnicrosoft-support.com/pay"));
    }
    let job = &e.jobs(&reference).await[0];
    // a ticket exists: the recipient has the report, so the delivery counts as confirmed
    assert_eq!(
        (job.state.as_str(), job.transport.as_deref()),
        ("acknowledged", Some("rt"))
    );
    assert!(
        seen[0].3["Subject"].as_str().unwrap().contains(&job.id),
        "our idempotency key in the subject"
    );
    let html = e.status_page("en", &reference, &token).await;
    assert!(html.contains("their reference 48213"), "{html}");
    // RT keeps the report's text, with its link: a question asked there is answered as correspondence on the
    // ticket
    let answer = e
        .ask_and_answer(
            &reference,
            &token,
            "Did you click the link?",
            "No, I only opened the mail.",
        )
        .await;
    let seen = rt_seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 3, "{seen:?}");
    let (method, path, auth, body) = &seen[2];
    assert_eq!(
        (method.as_str(), path.as_str(), auth.as_str()),
        (
            "POST",
            "/REST/2.0/ticket/48213/correspond",
            "token rt-token-0123456789abcdef"
        )
    );
    assert_eq!(body["ContentType"], "text/plain");
    let content = body["Content"].as_str().unwrap();
    assert!(
        content.contains("No, I only opened the mail.")
            && content.contains("> Did you click the link?")
            && content.contains(&answer),
        "{content}"
    );

    // MISP: an unpublished event, organisation only, TLP and RSIT tags, the victim object, indicators
    let (misp, misp_seen) = ticketing(vec![
        (200, r#"{"Event": {"id": "77", "info": "x"}}"#),
        (200, r#"{"Attribute": {"id": "901"}}"#),
    ])
    .await;
    e.use_channel(Channel::Misp {
        url: format!("{misp}/"),
        key: Secret::new("misp-key-0123456789abcdef"),
    });
    let (reference, token) = e.phishing(1, text).await;
    e.drain(5).await;
    let seen = misp_seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 1);
    let (method, path, auth, body) = &seen[0];
    assert_eq!(
        (method.as_str(), path.as_str(), auth.as_str()),
        ("POST", "/events/add", "misp-key-0123456789abcdef")
    );
    let ev = &body["Event"];
    assert_eq!(
        (ev["distribution"].as_str(), ev["published"].as_bool()),
        (Some("0"), Some(false))
    );
    let tags: Vec<&str> = ev["Tag"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert!(
        tags.contains(&"tlp:amber") && tags.iter().any(|t| t.starts_with("rsit:")),
        "{tags:?}"
    );
    assert_eq!(ev["Object"][0]["name"], "victim");
    assert_eq!(
        ev["Object"][0]["template_uuid"],
        "a8806e40-39ad-435f-be02-ac2a13d6fc7d"
    );
    let attrs: Vec<(String, String)> = ev["Attribute"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["type"].as_str().unwrap().to_owned(),
                a["value"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert!(
        attrs.contains(&("url".into(), "https://rnicrosoft-support.com/pay".into())),
        "{attrs:?}"
    );
    assert!(attrs.contains(&("email-src".into(), "billing@rnicrosoft-support.com".into())));
    assert!(
        attrs.contains(&("phone-number".into(), "+358401234567".into())),
        "{attrs:?}"
    );
    assert!(
        ev["uuid"].as_str().unwrap().len() == 36,
        "a uuid from the idempotency key"
    );
    let html = e.status_page("en", &reference, &token).await;
    assert!(html.contains("their reference 77"));
    // an answer to a MISP event: a comment attribute on event 77, named by the answer's id
    e.ask_and_answer(
        &reference,
        &token,
        "Which mailbox?",
        "The shared sales mailbox.",
    )
    .await;
    let seen = misp_seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 2);
    let (_, path, auth, body) = &seen[1];
    assert_eq!(
        (path.as_str(), auth.as_str()),
        ("/attributes/add/77", "misp-key-0123456789abcdef")
    );
    assert_eq!(
        (body["type"].as_str(), body["to_ids"].as_bool()),
        (Some("comment"), Some(false))
    );
    assert_eq!(body["uuid"].as_str().unwrap().len(), 36);
    assert!(body["value"]
        .as_str()
        .unwrap()
        .contains("The shared sales mailbox."));

    // TheHive: a duplicate answer (an earlier attempt got through) is success; sourceRef names report and recipient
    let (hive, hive_seen) = ticketing(vec![(
        400,
        r#"{"type": "CreateError", "message": "Alert already exists"}"#,
    )])
    .await;
    e.use_channel(Channel::TheHive {
        url: hive.clone(),
        key: Secret::new("hive-key-0123456789abcdef"),
    });
    let (reference, hive_token) = e.phishing(2, text).await;
    e.drain(5).await;
    let seen = hive_seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 1);
    let (_, path, auth, body) = &seen[0];
    assert_eq!(
        (path.as_str(), auth.as_str()),
        ("/api/v1/alert", "Bearer hive-key-0123456789abcdef")
    );
    let job = &e.jobs(&reference).await[0];
    assert_eq!(body["sourceRef"], format!("{reference}/{}", job.contact_id));
    assert_eq!(
        (
            body["type"].as_str(),
            body["source"].as_str(),
            body["tlp"].as_i64()
        ),
        (Some("cyberhelp-report"), Some("cyberhelp"), Some(2))
    );
    assert!(body["observables"]
        .as_array()
        .unwrap()
        .iter()
        .any(|o| o["dataType"] == "url"));
    assert_eq!(job.state, "sent", "a duplicate is delivered");
    // the duplicate answer named no alert: an answer cannot be attached, and the victim is told so
    e.ask_and_answer(&reference, &hive_token, "Still there?", "Yes.")
        .await;
    assert_eq!(
        hive_seen.lock().unwrap().len(),
        1,
        "nothing sent without an alert id"
    );
    let html = e.status_page("en", &reference, &hive_token).await;
    assert!(
        html.contains(&cyberhelp::i18n::t("en", "status-answer-state-failed")),
        "{html}"
    );

    // a refusal (400 for another reason) is not retried
    let (bad, bad_seen) = ticketing(vec![(
        400,
        r#"{"type": "BadRequest", "message": "invalid tlp"}"#,
    )])
    .await;
    e.use_channel(Channel::TheHive {
        url: bad,
        key: Secret::new("hive-key-0123456789abcdef"),
    });
    let (reference, _) = e.phishing(3, text).await;
    e.drain(5).await;
    assert_eq!(bad_seen.lock().unwrap().len(), 1, "no retry after a 4xx");
    let job = &e.jobs(&reference).await[0];
    assert_eq!((job.state.as_str(), job.attempts), ("failed", 1));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rt_misp_and_thehive_get_a_ticket_an_event_and_an_alert_on_sqlite() {
    ticketing_roundtrip(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rt_misp_and_thehive_get_a_ticket_an_event_and_an_alert_on_postgres() {
    ticketing_roundtrip(Backend::Postgres("tix")).await;
}

// ---------------------------------------------------------------------------------------------------------
// Follow-up questions both ways, and notices to the victim

impl Env {
    async fn form(&self, uri: &str, body: String) -> (StatusCode, String, Option<String>) {
        let res = self
            .router
            .clone()
            .oneshot(
                Request::post(uri)
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .body(Body::from(body))
                    .unwrap(),
            )
            .await
            .unwrap();
        let status = res.status();
        let location = res
            .headers()
            .get(header::LOCATION)
            .map(|v| v.to_str().unwrap().to_owned());
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        (
            status,
            String::from_utf8_lossy(&bytes).into_owned(),
            location,
        )
    }

    async fn json_post(&self, uri: &str, body: &str) -> (StatusCode, String) {
        self.send(
            Request::post(uri)
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(body.to_owned()))
                .unwrap(),
        )
        .await
    }
}

impl Env {
    /// The recipient of `reference`'s first delivery asks `question` through its e-mail link's page; the victim
    /// answers through the API; the worker runs. Returns the answer's id.
    async fn ask_and_answer(
        &self,
        reference: &str,
        token: &str,
        question: &str,
        answer: &str,
    ) -> String {
        let job = self.jobs(reference).await[0].id.clone();
        let sig = self.state.delivery.ack_sig(&job);
        let (status, page, _) = self
            .form(
                &format!("/delivery/question/{job}"),
                format!("sig={sig}&lang=en&question={}", enc(question)),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{page}");
        let (_, json) = self
            .send(
                Request::get(format!("/api/v1/reports/{reference}?token={}", enc(token)))
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let q = v["steps"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|s| s["questions"].as_array().cloned().unwrap_or_default())
            .find(|q| q["text"] == question)
            .unwrap();
        let (status, text) = self
            .json_post(
                &format!("/api/v1/reports/{reference}/answers"),
                &serde_json::json!({"token": token, "question_id": q["id"], "answer": answer})
                    .to_string(),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{text}");
        self.drain(5).await;
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        v["answer_id"].as_str().unwrap().to_owned()
    }
}

fn enc(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// A signed callback of kind `status` or `question` on `job` with `key`.
fn signed(kind: &str, job: &str, key: &str, body: &str) -> Request<Body> {
    let now = chrono::Utc::now().timestamp();
    let sig = match kind {
        "status" => sign::sign_status(key.as_bytes(), now, job, body.as_bytes()),
        "question" => sign::sign_question(key.as_bytes(), now, job, body.as_bytes()),
        _ => sign::sign_ack(key.as_bytes(), now, job, body.as_bytes()),
    };
    let path = if kind == "question" {
        "questions"
    } else {
        kind
    };
    Request::post(format!("/api/v1/deliveries/{job}/{path}"))
        .header(header::CONTENT_TYPE, "application/json")
        .header(sign::TIMESTAMP_HEADER, now.to_string())
        .header(sign::SIGNATURE_HEADER, sig)
        .body(Body::from(body.to_owned()))
        .unwrap()
}

async fn questions_roundtrip(backend: Backend) {
    let (url, got) = receiver(200).await;
    let mut ch = channels(Some(webhook(&url)));
    ch.contacts.insert(
        "fi-office-of-the-data-protection".into(),
        Some(Channel::Webhook {
            url: url.clone(),
            key: Secret::new(KEY_B),
        }),
    );
    let (smtp, mails) = smtp_sink().await;
    let Some(e) = env(backend, Some(smtp), ch).await else {
        return;
    };
    let (reference, token) = e
        .report_to(
            0,
            r#"["gdpr-breach-notification","incident-report-organisation"]"#,
            r#","contact_email":"victim@example.org","notify_updates":true"#,
        )
        .await;
    e.drain(5).await;
    let jobs = e.jobs(&reference).await;
    let dpa = jobs
        .iter()
        .find(|j| j.contact_id == "fi-office-of-the-data-protection")
        .unwrap()
        .id
        .clone();
    let csirt = jobs.iter().find(|j| j.id != dpa).unwrap().id.clone();
    let reports_sent = got.lock().unwrap().len();
    assert_eq!(reports_sent, 2);

    // the recipient: received, our reference, then a question (markup stays text)
    let (status, text) = e
        .send(signed(
            "status",
            &dpa,
            KEY_B,
            r##"{"state":"received","reference":"#48213"}"##,
        ))
        .await;
    assert_eq!(status, StatusCode::OK, "{text}");
    let q1 = r#"{"question":"When did you first notice? <b>exact time</b> please.","question_id":"q-1"}"#;
    let (status, text) = e.send(signed("question", &dpa, KEY_B, q1)).await;
    assert_eq!(status, StatusCode::CREATED, "{text}");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let qid = v["question_id"].as_str().unwrap().to_owned();
    // the same question again: one question
    let (status, text) = e.send(signed("question", &dpa, KEY_B, q1)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        text.contains(r#""already":true"#) && text.contains(&qid),
        "{text}"
    );
    // another recipient's key on this job, an update's signature as a question's: refused
    assert_eq!(
        e.send(signed("question", &dpa, KEY, q1)).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        e.send(signed("status", &dpa, KEY_B, q1)).await.0,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a question is no update"
    );
    let mut as_update = signed("status", &dpa, KEY_B, q1);
    *as_update.uri_mut() = format!("/api/v1/deliveries/{dpa}/questions")
        .parse()
        .unwrap();
    assert_eq!(
        e.send(as_update).await.0,
        StatusCode::UNAUTHORIZED,
        "an update's signature is not a question's"
    );
    // bad questions: 4xx naming them, nothing stored
    for (body, code) in [
        (r#"{"question":"   "}"#, "empty"),
        (r#"{"question":"a\u0007b"}"#, "control_characters"),
        (r#"{"question":"ok","colour":"red"}"#, "bad_body"),
        (r#"["ok"]"#, "bad_body"),
        (
            r#"{"question":"ok","question_id":"1234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890x"}"#,
            "field_too_long",
        ),
    ] {
        let (status, text) = e.send(signed("question", &dpa, KEY_B, body)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {text}");
        assert!(text.contains(code), "{body}: {text}");
    }
    let long = format!(r#"{{"question":"{}"}}"#, "x".repeat(100_000));
    assert!(e
        .send(signed("question", &dpa, KEY_B, &long))
        .await
        .0
        .is_client_error());
    let (status, _) = e
        .send(signed(
            "question",
            "ffffffffffffffffffffffffffffffff",
            KEY_B,
            q1,
        ))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // the victim sees the question with a form; the markup is text; the other recipient asked nothing
    let html = e.status_page("en", &reference, &token).await;
    assert!(
        html.contains("When did you first notice? &lt;b&gt;exact time&lt;/b&gt; please."),
        "{html}"
    );
    assert_eq!(html.matches("class=\"answer-form\"").count(), 1);
    assert!(html.contains(&format!("name=\"question\" value=\"{qid}\"")));

    // answers from the status page: a wrong code, another report's code, bad text, then the answer
    let answer_form = |tok: &str, q: &str, text: &str| {
        format!(
            "ref={reference}&token={}&question={q}&answer={}",
            enc(tok),
            enc(text)
        )
    };
    let (status, _, _) = e
        .form("/en/report/status/answer", answer_form("wrong", &qid, "x"))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (other, other_token) = e.report(1, "").await;
    let (status, _, _) = e
        .form(
            "/en/report/status/answer",
            format!(
                "ref={other}&token={}&question={qid}&answer=x",
                enc(&other_token)
            ),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "a question of another report is unknown there"
    );
    let (status, page, _) = e
        .form(
            "/en/report/status/answer",
            answer_form(&token, &qid, "At 09:10 <script>alert(1)</script>\u{7}"),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains(&cyberhelp::i18n::t(
        "en",
        "followup-error-control-characters"
    )));
    assert!(
        page.contains("At 09:10 &lt;script&gt;alert(1)&lt;/script&gt;"),
        "the typed text comes back, as text: {page}"
    );
    assert!(!page.contains("<script>alert(1)"));
    assert!(!page.contains('\u{7}'), "no control character in the page");
    // invisible characters alone are no answer
    let (status, _, _) = e
        .form(
            "/en/report/status/answer",
            answer_form(&token, &qid, "\u{200b}\u{202e}"),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let answer = "On 3 December at 09:10, when the shop's customers wrote to us.\nI am not sure of the minute.";
    let (status, _, location) = e
        .form(
            "/en/report/status/answer",
            answer_form(&token, &qid, answer),
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let location = location.unwrap();
    assert!(
        location.starts_with(&format!("/en/report/status?ref={reference}&token="))
            && location.ends_with("answered=1#questions"),
        "{location}"
    );
    // sent twice (a double click): one answer; a different second answer is refused with the text kept
    let (status, _, _) = e
        .form(
            "/en/report/status/answer",
            answer_form(&token, &qid, answer),
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, page, _) = e
        .form(
            "/en/report/status/answer",
            answer_form(&token, &qid, "Another answer"),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(page.contains("Another answer"));
    let html = e.status_page("en", &reference, &token).await;
    assert!(
        html.contains(&cyberhelp::i18n::t("en", "status-answer-state-queued")),
        "{html}"
    );
    assert_eq!(
        html.matches("class=\"answer-form\"").count(),
        0,
        "answered: no form"
    );

    // the answer goes to the DPA only, signed with its key, with its id as the idempotency key
    e.drain(5).await;
    let hooks = got.lock().unwrap().clone();
    let is_answer = |h: &&Hook| {
        serde_json::from_slice::<serde_json::Value>(&h.body).is_ok_and(|v| v["type"] == "answer")
    };
    let answers: Vec<&Hook> = hooks[reports_sent..].iter().filter(is_answer).collect();
    assert_eq!(answers.len(), 1, "{answers:?}");
    let a = answers[0];
    let h = |n: &str| a.headers.get(n).and_then(|v| v.to_str().ok());
    assert!(
        sign::verify(
            KEY_B.as_bytes(),
            h(sign::TIMESTAMP_HEADER),
            h(sign::SIGNATURE_HEADER),
            &a.body,
            chrono::Utc::now().timestamp()
        )
        .is_ok(),
        "signed with the asking recipient's key"
    );
    let body: serde_json::Value = serde_json::from_slice(&a.body).unwrap();
    assert_eq!(
        (
            body["type"].as_str(),
            body["delivery_id"].as_str(),
            body["question_id"].as_str()
        ),
        (Some("answer"), Some(dpa.as_str()), Some(qid.as_str()))
    );
    assert_eq!(body["answer"], answer);
    assert_eq!(
        h(sign::IDEMPOTENCY_HEADER),
        body["idempotency_key"].as_str()
    );
    assert!(
        !String::from_utf8_lossy(&a.body).contains("victim@example.org"),
        "no contact details in an answer"
    );
    let schema: serde_json::Value = serde_json::from_str(include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/answer-payload.schema.json"
    )))
    .unwrap();
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    assert!(
        validator.is_valid(&body),
        "the answer satisfies docs/answer-payload.schema.json: {body}"
    );
    assert!(!validator.is_valid(&serde_json::json!({"type": "answer"})));
    let html = e.status_page("en", &reference, &token).await;
    assert!(html.contains(&cyberhelp::i18n::t("en", "status-answer-state-sent")));

    // the CSIRT asks through its e-mail link's page; the victim answers through the API
    let sig = e.state.delivery.ack_sig(&csirt);
    let page = e
        .send(
            Request::get(format!("/delivery/ack/{csirt}?sig={sig}&lang=fi"))
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .1;
    assert!(page.contains(&cyberhelp::i18n::t("fi", "delivery-question-title")));
    let (status, _, _) = e
        .form(
            &format!("/delivery/question/{csirt}"),
            "sig=forged&lang=en&question=hi".to_owned(),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, page, _) = e
        .form(
            &format!("/delivery/question/{csirt}"),
            format!("sig={sig}&lang=en&question={}", enc(&"y".repeat(2001))),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.contains(&"y".repeat(2001)),
        "the typed question comes back"
    );
    let (status, _, _) = e
        .form(
            &format!("/delivery/question/{csirt}"),
            format!("sig={sig}&lang=en&question={}", enc("Which server was it?")),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, json) = e
        .send(
            Request::get(format!("/api/v1/reports/{reference}?token={}", enc(&token)))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let steps = v["steps"].as_array().unwrap();
    let csirt_step = steps
        .iter()
        .find(|s| {
            s["questions"]
                .as_array()
                .is_some_and(|q| q.iter().any(|q| q["text"] == "Which server was it?"))
        })
        .unwrap();
    let q2 = csirt_step["questions"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let dpa_step = steps
        .iter()
        .find(|s| s["key"] == "gdpr-breach-notification")
        .unwrap();
    assert_eq!(
        dpa_step["questions"].as_array().unwrap().len(),
        1,
        "each recipient its own thread"
    );
    let api = format!("/api/v1/reports/{reference}/answers");
    for (body, status, code) in [
        (
            format!(r#"{{"token":"wrong","question_id":"{q2}","answer":"x"}}"#),
            StatusCode::NOT_FOUND,
            "not_found",
        ),
        (
            format!(r#"{{"token":"{token}","question_id":"{qid}x","answer":"x"}}"#),
            StatusCode::NOT_FOUND,
            "not_found",
        ),
        (
            format!(r#"{{"token":"{token}","question_id":"{q2}","answer":""}}"#),
            StatusCode::UNPROCESSABLE_ENTITY,
            "empty",
        ),
        (
            format!(r#"{{"token":"{token}","question_id":"{q2}"}}"#),
            StatusCode::UNPROCESSABLE_ENTITY,
            "bad_body",
        ),
        (
            format!(
                r#"{{"token":"{token}","question_id":"{q2}","answer":"{}"}}"#,
                "z".repeat(4001)
            ),
            StatusCode::UNPROCESSABLE_ENTITY,
            "too_long",
        ),
    ] {
        let (s, text) = e.json_post(&api, &body).await;
        assert_eq!(s, status, "{text}");
        assert!(text.contains(code), "{text}");
    }
    let (s, text) = e.json_post(&api, &format!(r#"{{"token":"{token}","question_id":"{q2}","answer":"web01, the shop's front end."}}"#)).await;
    assert_eq!(s, StatusCode::CREATED, "{text}");
    e.drain(5).await;
    let hooks = got.lock().unwrap().clone();
    let last = hooks.iter().filter(is_answer).last().unwrap();
    assert!(
        last.verified,
        "the CSIRT's answer is signed with its own key"
    );
    assert!(String::from_utf8_lossy(&last.body).contains("web01"));

    // closed: no more questions, and an open question takes no answer
    let (status, _) = e
        .send(signed(
            "question",
            &dpa,
            KEY_B,
            r#"{"question":"One more thing?"}"#,
        ))
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let q3 = {
        let (_, json) = e
            .send(
                Request::get(format!("/api/v1/reports/{reference}?token={}", enc(&token)))
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let dpa_step = v["steps"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["key"] == "gdpr-breach-notification")
            .unwrap()
            .clone();
        dpa_step["questions"][1]["id"].as_str().unwrap().to_owned()
    };
    let (status, _) = e
        .send(signed(
            "status",
            &dpa,
            KEY_B,
            r#"{"state":"closed","outcome":"advice-given"}"#,
        ))
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, text) = e
        .send(signed(
            "question",
            &dpa,
            KEY_B,
            r#"{"question":"After closing?"}"#,
        ))
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(text.contains("thread_closed"));
    let (status, page, _) = e
        .form(
            "/en/report/status/answer",
            answer_form(&token, &q3, "Late answer"),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(
        page.contains(&cyberhelp::i18n::t("en", "followup-error-thread-closed"))
            && page.contains("Late answer")
    );
    let html = e.status_page("en", &reference, &token).await;
    assert!(html.contains(&cyberhelp::i18n::t("en", "status-thread-closed")));

    // notices: one per new update or question, to the victim, with the reference and links, nothing else
    e.drain(5).await;
    let notices: Vec<SunkMail> = mails
        .lock()
        .unwrap()
        .iter()
        .filter(|m| m.rcpt.iter().any(|r| r.contains("victim@example.org")))
        .cloned()
        .collect();
    // received, q1, the CSIRT's question, q3, closed
    assert_eq!(notices.len(), 5, "{notices:?}");
    for m in &notices {
        let text = unqp(&m.data);
        assert!(text.contains(&reference), "{text}");
        assert!(
            text.contains(&format!("/en/report/status?ref={reference}"))
                || text.contains("/report/status?ref="),
            "{text}"
        );
        assert!(text.contains("/verify?ref="), "{text}");
        for secret in [
            "48213",
            "exact time",
            "Which server",
            "One more thing",
            &token,
        ] {
            assert!(
                !text.contains(secret),
                "a notice carries no content: {secret} in {text}"
            );
        }
    }
    // the verify page knows of these messages
    let (_, verify) = e
        .send(
            Request::get(format!("/en/verify?ref={reference}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert!(
        verify.contains(&cyberhelp::i18n::t("en", "verify-sent")),
        "{verify}"
    );
    let sent: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM followups WHERE reference = $1 AND sent_at IS NOT NULL",
    )
    .bind(&reference)
    .fetch_one(&e.state.db.pool)
    .await
    .unwrap();
    assert_eq!(sent, 2 + 5, "two answers and five notices, each sent once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recipients_ask_victims_answer_and_opted_in_victims_get_notices_on_sqlite() {
    questions_roundtrip(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recipients_ask_victims_answer_and_opted_in_victims_get_notices_on_postgres() {
    questions_roundtrip(Backend::Postgres("qa")).await;
}

// ---------------------------------------------------------------------------------------------------------
// Retention, purge and withdrawal

/// What a report's row holds now: (input_json, purged_at, purge_reason, withdrawn_at).
async fn purge_row(
    e: &Env,
    reference: &str,
) -> (String, Option<String>, Option<String>, Option<String>) {
    use sqlx::Row;
    let r = sqlx::query(
        "SELECT input_json, purged_at, purge_reason, withdrawn_at FROM reports WHERE reference = $1",
    )
    .bind(reference)
    .fetch_one(&e.state.db.pool)
    .await
    .unwrap();
    (
        r.get("input_json"),
        r.get("purged_at"),
        r.get("purge_reason"),
        r.get("withdrawn_at"),
    )
}

/// Moves a report's reception `days` into the past (as if it had been received then).
async fn age(e: &Env, reference: &str, days: i64) {
    let then = cyberhelp::server::db::rfc3339_from_unix(
        (chrono::Utc::now() - chrono::Duration::days(days)).timestamp() as u64,
    );
    sqlx::query("UPDATE reports SET created_at = $1 WHERE reference = $2")
        .bind(then)
        .bind(reference)
        .execute(&e.state.db.pool)
        .await
        .unwrap();
}

fn form(path: &str, body: &str) -> Request<Body> {
    Request::post(path)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body.to_owned()))
        .unwrap()
}

fn bodies(got: &Arc<Mutex<Vec<Hook>>>) -> Vec<serde_json::Value> {
    got.lock()
        .unwrap()
        .iter()
        .map(|h| serde_json::from_slice(&h.body).unwrap())
        .collect()
}

const SECRET_WORDS: [&str; 3] = ["copied by an intruder", "victim@example.org", "ledger.xlsx"];

async fn withdrawal_roundtrip(backend: Backend) {
    // the CSIRT answers at once; the data protection authority takes 700 ms, so that the victim can withdraw
    // while the report is on its way there
    let (fast, fast_got) = receiver(200).await;
    let (slow, slow_got) = slow_receiver(200, Duration::from_millis(700)).await;
    let mut ch = channels(Some(webhook(&fast)));
    ch.contacts.insert(
        "fi-office-of-the-data-protection".into(),
        Some(webhook(&slow)),
    );
    let Some(e) = env(backend, None, ch).await else {
        return;
    };
    let both = r#"["gdpr-breach-notification","incident-report-organisation"]"#;
    let extra = r#","contact_email":"victim@example.org","evidence":[{"name":"ledger.xlsx","note":"the copied file"}]"#;
    let (reference, token) = e.report_to(0, both, extra).await;
    let (r_queued, t_queued) = e
        .report_to(1, r#"["gdpr-breach-notification"]"#, extra)
        .await;

    // a report withdrawn before any worker took it: nothing is ever sent, nobody needs a notice
    let (status, text) = e
        .send(
            Request::post(format!("/api/v1/reports/{r_queued}/withdraw"))
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(format!(r#"{{"token":"{t_queued}"}}"#)))
                .unwrap(),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{text}");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        (v["already"].as_bool(), v["notices"].as_u64()),
        (Some(false), Some(0)),
        "{text}"
    );
    assert_eq!(e.jobs(&r_queued).await[0].state, "withdrawn");

    // one worker round in the background: the CSIRT gets the report at once, the DPA's send is under way
    let (db, content, d) = (
        e.state.db.clone(),
        e.state.content.clone(),
        e.state.delivery.clone(),
    );
    let round = tokio::spawn(async move {
        worker::run_once(&db, &content, &d, "round-1")
            .await
            .unwrap()
    });
    for _ in 0..100 {
        if !slow_got.lock().unwrap().is_empty() && !fast_got.lock().unwrap().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert_eq!(
        (
            fast_got.lock().unwrap().len(),
            slow_got.lock().unwrap().len()
        ),
        (1, 1)
    );

    // the box not ticked: 422, the form again, nothing withdrawn
    let (status, html) = e
        .send(form(
            "/fr/report/status/withdraw",
            &format!("ref={reference}&token={token}"),
        ))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        html.contains("withdraw-confirm") && html.contains("aria-invalid"),
        "{html}"
    );
    assert!(purge_row(&e, &reference).await.3.is_none());
    // a wrong code: 404, nothing withdrawn
    let (status, _) = e
        .send(form(
            "/fr/report/status/withdraw",
            &format!("ref={reference}&token=wrong-code&confirm=yes"),
        ))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(purge_row(&e, &reference).await.3.is_none());

    // the victim withdraws while the DPA's copy is being sent
    let res = e
        .router
        .clone()
        .oneshot(form(
            "/fr/report/status/withdraw",
            &format!("ref={reference}&token={token}&confirm=yes"),
        ))
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let to = res.headers()[header::LOCATION].to_str().unwrap().to_owned();
    assert!(
        to.starts_with("/fr/report/status?") && to.contains("withdrawn=1"),
        "{to}"
    );
    let (input, purged_at, reason, withdrawn_at) = purge_row(&e, &reference).await;
    assert!(purged_at.is_some() && withdrawn_at.is_some());
    assert_eq!(reason.as_deref(), Some("withdrawn"));
    for w in SECRET_WORDS {
        assert!(!input.contains(w), "{w} still stored: {input}");
    }
    assert!(
        input.contains(r#""country":"FI""#),
        "what the statistics need stays: {input}"
    );

    // the send under way finishes; the job is recorded as sent, and both recipients get a withdrawal notice,
    // the DPA's only after its report
    round.await.unwrap();
    e.drain(10).await;
    let fast_b = bodies(&fast_got);
    let slow_b = bodies(&slow_got);
    assert_eq!(fast_b.len(), 2, "{fast_b:?}");
    assert_eq!(slow_b.len(), 2, "{slow_b:?}");
    assert!(
        slow_b[0]["type"].is_null() && slow_b[0].to_string().contains("copied by an intruder"),
        "the DPA's report was read before the withdrawal: {:?}",
        slow_b[0]
    );
    for (b, got) in [(&fast_b[1], &fast_got), (&slow_b[1], &slow_got)] {
        assert_eq!(b["type"], "withdrawal", "{b}");
        assert_eq!(b["reference"], reference.as_str());
        for w in SECRET_WORDS {
            assert!(
                !b.to_string().contains(w),
                "{w} in a withdrawal notice: {b}"
            );
        }
        assert!(
            got.lock().unwrap().iter().all(|h| h.verified),
            "every notice is signed"
        );
    }
    let jobs = e.jobs(&reference).await;
    assert!(jobs.iter().all(|j| j.state == "sent"), "{jobs:?}");

    // the status page: the withdrawal, the notices sent, no description, no form any more
    let html = e.status_page("en", &reference, &token).await;
    assert!(html.contains("You withdrew this report"), "{html}");
    assert!(
        html.contains("The 2 bodies that had received it are told"),
        "{html}"
    );
    assert!(!html.contains("copied by an intruder") && !html.contains("ledger.xlsx"));
    assert!(!html.contains("action=\"/en/report/status/withdraw\""));
    let queued_page = e.status_page("en", &r_queued, &t_queued).await;
    assert!(
        queued_page.contains("Withdrawn before it was sent"),
        "{queued_page}"
    );

    // withdrawing again changes nothing; recipients can add nothing any more
    let (status, text) = e
        .send(
            Request::post(format!("/api/v1/reports/{reference}/withdraw"))
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(format!(r#"{{"token":"{token}"}}"#)))
                .unwrap(),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        text.contains(r#""already":true"#) && text.contains(r#""notices":0"#),
        "{text}"
    );
    let dpa = e
        .job_of(&reference, "fi-office-of-the-data-protection")
        .await
        .id;
    let (status, text) = e
        .send(signed(
            "question",
            &dpa,
            KEY,
            r#"{"question":"Still there?"}"#,
        ))
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{text}");
    let (status, text) = e
        .send(signed(
            "status",
            &dpa,
            KEY,
            r#"{"state":"closed","message":"Deleted."}"#,
        ))
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(text.contains("withdrawn"), "{text}");
    e.drain(3).await;
    assert_eq!(slow_got.lock().unwrap().len(), 2, "nothing more was sent");
    // nobody else's report can be withdrawn with this code
    let (status, _) = e
        .send(
            Request::post(format!("/api/v1/reports/{r_queued}/withdraw"))
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(format!(r#"{{"token":"{token}"}}"#)))
                .unwrap(),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn victims_withdraw_reports_at_once_and_each_recipient_is_told_after_its_copy_on_sqlite() {
    withdrawal_roundtrip(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn victims_withdraw_reports_at_once_and_each_recipient_is_told_after_its_copy_on_postgres() {
    withdrawal_roundtrip(Backend::Postgres("withdraw")).await;
}

async fn purge_roundtrip(backend: Backend) {
    use cyberhelp::server::reports::retention::{self, Policy};
    let (slow, slow_got) = slow_receiver(200, Duration::from_millis(500)).await;
    let Some(e) = env(backend, None, channels(Some(webhook(&slow)))).await else {
        return;
    };
    let extra = r#","contact_email":"victim@example.org","evidence":[{"name":"ledger.xlsx"}]"#;
    let now = chrono::Utc::now();
    let policy = Policy::default();

    // 1. confirmed by its recipient: kept for 180 days after the confirmation, then purged
    let (done, done_token) = e.report(0, extra).await;
    e.drain(5).await;
    let job = e.jobs(&done).await[0].id.clone();
    let (status, _) = e
        .send(signed(
            "status",
            &job,
            KEY,
            r#"{"state":"closed","message":"Handled, thank you."}"#,
        ))
        .await;
    assert_eq!(status, StatusCode::OK);
    // 2. delivered but never confirmed: kept until the maximum age
    let (open, _) = e.report(1, extra).await;
    e.drain(5).await;
    // 3. sent to nobody: 180 days after it was received
    let (nobody, _) = e.report_to(2, "[]", extra).await;

    assert_eq!(
        retention::due(&e.state.db, now, policy, 100).await.unwrap(),
        vec![]
    );
    let later = now + chrono::Duration::days(181);
    let counts = retention::purge_due(&e.state.db, later, policy)
        .await
        .unwrap();
    assert_eq!((counts.retention, counts.max_age), (2, 0), "{counts:?}");
    assert_eq!(counts.texts, 1, "the recipient's message: {counts:?}");
    assert!(purge_row(&e, &done).await.1.is_some() && purge_row(&e, &nobody).await.1.is_some());
    assert!(
        purge_row(&e, &open).await.1.is_none(),
        "an unconfirmed delivery is kept"
    );
    for r in [&done, &nobody] {
        let (input, _, reason, withdrawn) = purge_row(&e, r).await;
        assert_eq!((reason.as_deref(), withdrawn), (Some("retention"), None));
        for w in SECRET_WORDS {
            assert!(!input.contains(w), "{w}: {input}");
        }
    }
    let page = e.status_page("en", &done, &done_token).await;
    assert!(page.contains("were deleted on"), "{page}");
    assert!(!page.contains("Handled, thank you.") && !page.contains("ledger.xlsx"));
    // a second run finds nothing more; the maximum age takes the rest
    let again = retention::purge_due(&e.state.db, later, policy)
        .await
        .unwrap();
    assert_eq!((again.retention, again.max_age), (0, 0));
    let much_later = now + chrono::Duration::days(731);
    let old = retention::purge_due(&e.state.db, much_later, policy)
        .await
        .unwrap();
    assert_eq!((old.retention, old.max_age, old.kept), (0, 1, 0), "{old:?}");

    // 4. a purge during delivery: the report's age runs out while its copy is being sent
    let (r4, _) = e.report(3, extra).await;
    let (r5, _) = e.report(4, extra).await;
    age(&e, &r4, 800).await;
    age(&e, &r5, 800).await;
    let before = slow_got.lock().unwrap().len();
    let (db, content, d) = (
        e.state.db.clone(),
        e.state.content.clone(),
        e.state.delivery.clone(),
    );
    // the worker takes one job only (batch 4 would take both: claim r4 first by leaving r5 for later)
    sqlx::query("UPDATE delivery_jobs SET next_attempt_at = '2999-01-01T00:00:00.000Z' WHERE reference = $1")
        .bind(&r5)
        .execute(&e.state.db.pool)
        .await
        .unwrap();
    let round = tokio::spawn(async move {
        worker::run_once(&db, &content, &d, "round-2")
            .await
            .unwrap()
    });
    for _ in 0..100 {
        if slow_got.lock().unwrap().len() > before {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert_eq!(
        slow_got.lock().unwrap().len(),
        before + 1,
        "r4's copy is on its way"
    );
    let during = retention::purge_due(&e.state.db, chrono::Utc::now(), policy)
        .await
        .unwrap();
    assert_eq!(
        (during.max_age, during.jobs_withdrawn),
        (2, 2),
        "{during:?}"
    );
    round.await.unwrap();
    sqlx::query("UPDATE delivery_jobs SET next_attempt_at = '2000-01-01T00:00:00.000Z' WHERE reference = $1")
        .bind(&r5)
        .execute(&e.state.db.pool)
        .await
        .unwrap();
    e.drain(5).await;
    // r4's copy went out (read before the purge) and is recorded as sent; r5 was never sent, empty or not
    assert_eq!(slow_got.lock().unwrap().len(), before + 1);
    assert_eq!(e.jobs(&r4).await[0].state, "sent");
    assert_eq!(e.jobs(&r5).await[0].state, "withdrawn");
    for r in [&r4, &r5] {
        let (input, _, reason, _) = purge_row(&e, r).await;
        assert_eq!(reason.as_deref(), Some("max-age"));
        assert!(!input.contains("victim@example.org"));
    }

    // 5. a purge racing the victim's withdrawal, ten times: both succeed, one notice per delivered copy
    let mut races = Vec::new();
    for n in 0..10 {
        let (r, _) = e.report(10 + n, extra).await;
        races.push(r);
    }
    e.drain(10).await;
    for r in &races {
        age(&e, r, 800).await;
        let (db1, db2, r2) = (e.state.db.clone(), e.state.db.clone(), r.clone());
        let purge =
            tokio::spawn(
                async move { retention::purge_due(&db1, chrono::Utc::now(), policy).await },
            );
        let withdraw =
            tokio::spawn(async move { retention::withdraw(&db2, &r2, chrono::Utc::now()).await });
        let (p, w) = (purge.await.unwrap(), withdraw.await.unwrap());
        assert!(p.is_ok(), "{p:?}");
        let w = w.unwrap().unwrap();
        assert!(!w.already);
        let (input, purged, reason, withdrawn) = purge_row(&e, r).await;
        assert!(purged.is_some() && withdrawn.is_some());
        assert!(
            matches!(reason.as_deref(), Some("max-age") | Some("withdrawn")),
            "{reason:?}"
        );
        assert!(!input.contains("victim@example.org"));
        assert_eq!(
            w.notices, 1,
            "the delivered copy is told of the withdrawal whoever purged first"
        );
    }
    // every report is still counted by the statistics
    let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM reports")
        .fetch_one(&e.state.db.pool)
        .await
        .unwrap();
    assert_eq!(total, 15);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn personal_fields_are_purged_after_retention_and_max_age_even_during_delivery_on_sqlite() {
    purge_roundtrip(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn personal_fields_are_purged_after_retention_and_max_age_even_during_delivery_on_postgres() {
    purge_roundtrip(Backend::Postgres("purge")).await;
}
