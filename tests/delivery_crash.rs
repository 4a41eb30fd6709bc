//! Reliability runs against the real binary (ignored by default; `scripts/test` runs them with
//! `cargo test --features ssr --test delivery_crash -- --ignored --nocapture`):
//!
//! - crash: submit N reports, `kill -9` the server while deliveries to a slow webhook receiver are in
//!   flight, restart, and check that every consented recipient got every report, none was lost, and
//!   duplicates carry the same idempotency key. On SQLite (one server with its worker) and on PostgreSQL
//!   (a server and a separate `cyberhelp deliver` process: two workers).
//!   Then recipient updates in flight: two signed updates per job, `kill -9` part-way, a restart and every
//!   update sent again: none lost, none stored twice, every job in progress (`UPDATES <db>: …`).
//!   Then a question per job in flight through `kill -9` (`QUESTIONS <db>: …`), and the victims' answers in
//!   flight through `kill -9` while the worker sends them back: none lost, none stored twice, repeats at the
//!   receiver only with the same idempotency key (`ANSWERS <db>: …`).
//! - load: a bounded burst of `POST /api/v1/reports` with the worker active: no 5xx, no lost job.
//!
//! Ports 3200–3299. Counts are printed as `CRASH <db>: submitted=… expected=… delivered=… duplicates=… lost=…`.

mod common;
use std::collections::{HashMap, HashSet};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const KEY: &str = "crash-test-webhook-key-0123456789";

#[derive(Clone, Debug)]
struct Arrival {
    key: String,
    reference: String,
    contact: String,
    verified: bool,
    /// `answer` for a victim's answer, empty for a report.
    kind: String,
    /// For an answer: the delivery (job) it answers about.
    delivery: String,
}

type Arrivals = Arc<Mutex<Vec<Arrival>>>;

/// A webhook receiver answering 200 after `delay`; records every arrival first.
async fn receiver(delay: Duration) -> (String, Arrivals) {
    use axum::body::Bytes;
    use axum::http::HeaderMap;
    use cyberhelp::server::reports::delivery::sign;
    let got: Arrivals = Arc::default();
    let g = got.clone();
    let app = axum::Router::new().route(
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
                let v: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
                g.lock().unwrap().push(Arrival {
                    key: h(sign::IDEMPOTENCY_HEADER).unwrap_or_default().to_owned(),
                    reference: v["reference"].as_str().unwrap_or_default().to_owned(),
                    contact: v["recipient"]["contact_id"]
                        .as_str()
                        .unwrap_or_default()
                        .to_owned(),
                    verified,
                    kind: v["type"].as_str().unwrap_or_default().to_owned(),
                    delivery: v["delivery_id"].as_str().unwrap_or_default().to_owned(),
                });
                tokio::time::sleep(delay).await;
                "ok"
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://127.0.0.1:{port}/hook"), got)
}

struct Setup {
    dir: tempfile::TempDir,
    database_url: String,
    hook: String,
}

impl Setup {
    fn command(&self, sub: &str, port: u16, log: &str) -> Command {
        let config = self.dir.path().join("delivery.toml");
        std::fs::write(
            &config,
            format!(
                "[default]\ntransport = \"webhook\"\nurl = \"{}\"\nkey = \"{KEY}\"\n",
                self.hook
            ),
        )
        .unwrap();
        let site = self.dir.path().join("site");
        std::fs::create_dir_all(site.join("pkg")).unwrap();
        let mut c = Command::new(env!("CARGO_BIN_EXE_cyberhelp"));
        c.arg(sub)
            .env("DATABASE_URL", &self.database_url)
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
            .env("LEPTOS_SITE_ROOT", &site)
            .env("LEPTOS_OUTPUT_NAME", "cyberhelp")
            .env("LEPTOS_ENV", "PROD")
            .env(
                "CYBERHELP_CONTENT_DIR",
                concat!(env!("CARGO_MANIFEST_DIR"), "/content"),
            )
            .env("CYBERHELP_WATCH_CONTENT", "false")
            .env("CYBERHELP_REPORT_BURST", "100000")
            .env("CYBERHELP_DELIVERY_CONFIG", &config)
            .env("CYBERHELP_DELIVERY_POLL_MS", "100")
            .env("CYBERHELP_DELIVERY_LEASE_SECS", "3")
            .env("CYBERHELP_DELIVERY_TIMEOUT_SECS", "2")
            .env("CYBERHELP_DELIVERY_BACKOFF_BASE_MS", "200")
            .env("CYBERHELP_DELIVERY_BACKOFF_MAX_MS", "1000")
            .env("CYBERHELP_DELIVERY_BATCH", "8")
            .env("CYBERHELP_LOG", "warn")
            .env("CYBERHELP_ADMIN_TOKEN", "test-admin-token-0123456789")
            .env_remove("RUST_LOG")
            .stdout(Stdio::null())
            .stderr(
                std::fs::File::create(self.dir.path().join(log))
                    .map(Stdio::from)
                    .unwrap_or(Stdio::null()),
            );
        c
    }
}

async fn wait_ready(http: &reqwest::Client, base: &str) {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(60) {
        if let Ok(r) = http.get(format!("{base}/healthz")).send().await {
            if r.status().is_success() {
                return;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("server at {base} did not become ready");
}

async fn health(http: &reqwest::Client, base: &str) -> serde_json::Value {
    http.get(format!("{base}/healthz"))
        .bearer_auth("test-admin-token-0123456789")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

/// Rule ids of the routing steps of a Finnish business data breach (all consented to).
async fn consents(http: &reqwest::Client, base: &str) -> Vec<String> {
    let v: serde_json::Value = http
        .get(format!(
            "{base}/api/v1/route?country=FI&victim=business&incident=data-breach&personal_data=true&ongoing=true"
        ))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["rule"].as_str().unwrap().to_owned())
        .collect()
}

/// Submits report `n`; returns its status and the (reference, contact) pairs to deliver.
async fn submit(
    http: &reqwest::Client,
    base: &str,
    consent: &[String],
    n: usize,
) -> (u16, Vec<(String, String)>, String) {
    let body = serde_json::json!({
        "country": "FI", "victim": "business", "incident": "data-breach", "personal_data": true, "ongoing": true,
        "description": format!("Crash-test report {n}: our customer database was copied."),
        "contact_email": "it@example.fi",
        "form_key": format!("{:032x}", 0x00C0_FFEE_0000_u64 + n as u64),
        "consent": consent,
    });
    let res = match http
        .post(format!("{base}/api/v1/reports"))
        .json(&body)
        .send()
        .await
    {
        Ok(r) => r,
        Err(_) => return (0, vec![], String::new()),
    };
    let status = res.status().as_u16();
    let v: serde_json::Value = res.json().await.unwrap_or_default();
    let reference = v["reference"].as_str().unwrap_or_default().to_owned();
    let pairs = v["steps"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter(|s| s["consented"] == true)
                .filter_map(|s| s["contact"]["id"].as_str())
                .map(|c| (reference.clone(), c.to_owned()))
                .collect()
        })
        .unwrap_or_default();
    (
        status,
        pairs,
        v["token"].as_str().unwrap_or_default().to_owned(),
    )
}

struct Counts {
    expected: usize,
    delivered: usize,
    arrivals: usize,
    duplicates: usize,
    lost: usize,
    unverified: usize,
    key_mismatch: usize,
}

fn count(expected: &HashSet<(String, String)>, arrivals: &[Arrival]) -> Counts {
    let mut by_pair: HashMap<(String, String), Vec<&Arrival>> = HashMap::new();
    let arrivals: Vec<&Arrival> = arrivals.iter().filter(|a| a.kind != "answer").collect();
    for a in arrivals.iter().copied() {
        by_pair
            .entry((a.reference.clone(), a.contact.clone()))
            .or_default()
            .push(a);
    }
    let delivered = expected.iter().filter(|p| by_pair.contains_key(*p)).count();
    Counts {
        expected: expected.len(),
        delivered,
        arrivals: arrivals.len(),
        duplicates: by_pair.values().map(|v| v.len() - 1).sum(),
        lost: expected.len() - delivered,
        unverified: arrivals.iter().filter(|a| !a.verified).count(),
        key_mismatch: by_pair
            .values()
            .filter(|v| v.iter().any(|a| a.key != v[0].key))
            .count(),
    }
}

async fn wait_delivered(
    expected: &HashSet<(String, String)>,
    got: &Arrivals,
    http: &reqwest::Client,
    base: &str,
    limit: Duration,
) {
    let start = Instant::now();
    while start.elapsed() < limit {
        let c = count(expected, &got.lock().unwrap());
        let h = health(http, base).await;
        let queued = h["delivery"]["jobs"]["queued"].as_i64().unwrap_or(0);
        if c.lost == 0 && queued == 0 {
            return;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Jobs by state, read from the database itself.
async fn job_states(database_url: &str) -> Vec<(String, i64)> {
    let store = cyberhelp::server::db::connect(database_url, 1)
        .await
        .unwrap();
    sqlx::query_as("SELECT state, COUNT(*) AS n FROM delivery_jobs GROUP BY state ORDER BY state")
        .fetch_all(&store.pool)
        .await
        .unwrap()
}

fn kill9(children: &mut Vec<Child>) {
    for c in children.iter_mut() {
        let _ = c.kill(); // SIGKILL on Unix
        let _ = c.wait();
    }
    children.clear();
}

async fn database(name: &str, tag: &str, dir: &tempfile::TempDir) -> Option<String> {
    if name == "sqlite" {
        return Some(format!(
            "sqlite:{}",
            dir.path().join("crash.sqlite3").display()
        ));
    }
    let base = common::pg_url()?;
    let schema = format!("cyberhelp_{tag}_{}", std::process::id());
    Some(common::pg_schema(&base, &schema).await)
}

async fn crash(db: &str, port: u16, n: usize) {
    let dir = tempfile::tempdir().unwrap();
    let Some(database_url) = database(db, "crash", &dir).await else {
        return;
    };
    let (hook, got) = receiver(Duration::from_millis(150)).await;
    let setup = Setup {
        dir,
        database_url,
        hook,
    };
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::new();
    // PostgreSQL: the server's worker plus a separate `cyberhelp deliver` process
    let start = |setup: &Setup, round: &str| -> Vec<Child> {
        let mut v = vec![setup
            .command("serve", port, &format!("serve-{round}.log"))
            .spawn()
            .unwrap()];
        if db == "postgres" {
            v.push(
                setup
                    .command("deliver", port, &format!("deliver-{round}.log"))
                    .spawn()
                    .unwrap(),
            );
        }
        v
    };
    let mut children = start(&setup, "1");
    wait_ready(&http, &base).await;
    let consent = consents(&http, &base).await;
    let mut expected = HashSet::new();
    let mut tokens = HashMap::new();
    for i in 0..n {
        let (status, pairs, token) = submit(&http, &base, &consent, i).await;
        assert_eq!(status, 201, "report {i}");
        if let Some((r, _)) = pairs.first() {
            tokens.insert(r.clone(), token);
        }
        expected.extend(pairs);
    }
    // kill -9 while deliveries are in flight
    let t = Instant::now();
    while got.lock().unwrap().len() < expected.len() / 3 && t.elapsed() < Duration::from_secs(30) {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let before = got.lock().unwrap().len();
    kill9(&mut children);
    println!(
        "CRASH {db}: killed with {before} of {} deliveries received",
        expected.len()
    );
    let children = start(&setup, "2");
    wait_ready(&http, &base).await;
    wait_delivered(&expected, &got, &http, &base, Duration::from_secs(90)).await;
    let h = health(&http, &base).await;
    // recipient updates in flight: every job gets two signed updates ("received" with the recipient's
    // reference, then "in-progress"), sent at once; kill -9 part-way; after the restart the recipients send
    // every update again (a sender retries what it did not see answered). None may be lost or stored twice.
    let (children, upd) = updates_through_a_crash(&setup, db, &http, &base, children, &start).await;
    // questions and answers in flight: a question per job, kill -9, every question sent again; then the
    // victims' answers while the worker sends them to the recipients, kill -9, every answer sent again
    let (mut children, qa) =
        followups_through_a_crash(&setup, db, &http, &base, children, &start, &tokens, &got).await;
    kill9(&mut children);
    // which worker recorded each job (the last claimer)
    let store = cyberhelp::server::db::connect(&setup.database_url, 1)
        .await
        .unwrap();
    let per_worker: Vec<(String, i64)> = sqlx::query_as(
        "SELECT COALESCE(claimed_by, '') AS w, COUNT(*) AS n FROM delivery_jobs GROUP BY COALESCE(claimed_by, '') ORDER BY w",
    )
    .fetch_all(&store.pool)
    .await
    .unwrap();
    let states = job_states(&setup.database_url).await;
    let c = count(&expected, &got.lock().unwrap());
    println!("CRASH {db}: jobs per claiming worker {per_worker:?}");
    println!(
        "CRASH {db} ({} worker process{}): submitted={n} reports, expected={} deliveries, delivered={}, arrivals={}, duplicates={}, lost={}, unverified signatures={}, duplicates with a different key={}; jobs after restart: {states:?}",
        if db == "postgres" { 2 } else { 1 },
        if db == "postgres" { "es" } else { "" },
        c.expected, c.delivered, c.arrivals, c.duplicates, c.lost, c.unverified, c.key_mismatch
    );
    assert!(c.expected >= n, "every report has a consented recipient");
    assert_eq!(c.lost, 0, "no delivery lost");
    assert_eq!(c.unverified, 0, "every signature verifies");
    assert_eq!(
        c.key_mismatch, 0,
        "duplicates carry the same idempotency key"
    );
    assert_eq!(h["delivery"]["jobs"]["queued"].as_i64().unwrap_or(0), 0);
    assert_eq!(h["delivery"]["jobs"]["failed"].as_i64().unwrap_or(0), 0);
    // every job was delivered, then confirmed by its recipient's updates
    assert_eq!(states, vec![("acknowledged".to_owned(), c.expected as i64)]);
    if db == "postgres" {
        assert!(
            per_worker.len() >= 2,
            "both worker processes delivered: {per_worker:?}"
        );
    }
    println!(
        "UPDATES {db}: jobs={}, updates sent={}, answered 200 before the kill={}, stored={}, lost={}, duplicates={}, jobs not in progress={}",
        upd.jobs, upd.sent, upd.before_kill, upd.stored, upd.lost, upd.duplicates, upd.not_advanced
    );
    assert_eq!(upd.lost, 0, "no update lost");
    assert_eq!(upd.duplicates, 0, "no update stored twice");
    assert_eq!(upd.not_advanced, 0, "every job reached in-progress");
    assert!(
        upd.before_kill < upd.sent,
        "the kill interrupted the updates"
    );
    println!(
        "QUESTIONS {db}: jobs={}, answered 2xx before the kill={}, stored={}, lost={}, duplicates={}",
        qa.jobs, qa.questions_before_kill, qa.questions_stored, qa.questions_lost, qa.questions_duplicated
    );
    println!(
        "ANSWERS {db}: answers={}, received by recipients before the kill={}, stored={}, delivered={}, lost={}, stored twice={}, arrivals={}, repeats with another key={}, wrong recipient key={}, failed={}",
        qa.jobs, qa.answers_before_kill, qa.answers_stored, qa.answers_delivered, qa.answers_lost, qa.answers_duplicated,
        qa.answer_arrivals, qa.answer_key_mismatch, qa.answer_unverified, qa.answers_failed
    );
    assert_eq!(
        (qa.questions_lost, qa.questions_duplicated),
        (0, 0),
        "no question lost or stored twice"
    );
    assert!(
        qa.questions_before_kill < qa.jobs,
        "the kill interrupted the questions"
    );
    assert_eq!(
        (qa.answers_lost, qa.answers_duplicated, qa.answers_failed),
        (0, 0, 0),
        "no answer lost, stored twice or failed"
    );
    assert_eq!(
        (qa.answer_key_mismatch, qa.answer_unverified),
        (0, 0),
        "repeats carry the same key; every answer signed"
    );
    assert!(
        qa.answers_before_kill < qa.jobs,
        "the kill interrupted the answers"
    );
}

/// What [`followups_through_a_crash`] counted.
struct FollowupCounts {
    jobs: usize,
    questions_before_kill: usize,
    questions_stored: i64,
    questions_lost: i64,
    questions_duplicated: i64,
    answers_before_kill: usize,
    answers_stored: i64,
    answers_delivered: usize,
    answers_lost: usize,
    answers_duplicated: i64,
    answer_arrivals: usize,
    answer_key_mismatch: usize,
    answer_unverified: usize,
    answers_failed: i64,
}

/// Sends a signed question per job concurrently, kills the server(s) once a third were answered, restarts and
/// sends every question again; then posts the victims' answers (one per question) while the worker sends them
/// back to the webhook, kills once a third arrived, restarts, posts every answer again and waits for delivery.
#[allow(clippy::too_many_arguments)]
async fn followups_through_a_crash(
    setup: &Setup,
    db: &str,
    http: &reqwest::Client,
    base: &str,
    mut children: Vec<Child>,
    start: &dyn Fn(&Setup, &str) -> Vec<Child>,
    tokens: &HashMap<String, String>,
    got: &Arrivals,
) -> (Vec<Child>, FollowupCounts) {
    use cyberhelp::server::reports::delivery::sign;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let store = cyberhelp::server::db::connect(&setup.database_url, 1)
        .await
        .unwrap();
    let jobs: Vec<(String, String)> =
        sqlx::query_as("SELECT id, reference FROM delivery_jobs ORDER BY id")
            .fetch_all(&store.pool)
            .await
            .unwrap();
    let (client, base_url) = (http.clone(), base.to_owned());
    let ask = move |job: String| {
        let (http, base) = (client.clone(), base_url.clone());
        async move {
            let body = format!(
                r#"{{"question":"Crash-test question about {job}: which server?","question_id":"q0"}}"#
            );
            callback(&http, &base, &job, "questions", sign::sign_question, body).await
        }
    };
    let ok = Arc::new(AtomicUsize::new(0));
    let mut tasks = tokio::task::JoinSet::new();
    for (job, _) in &jobs {
        let (job, ask, ok) = (job.clone(), ask.clone(), ok.clone());
        tasks.spawn(async move {
            if matches!(ask(job).await, 200 | 201) {
                ok.fetch_add(1, Ordering::SeqCst);
            }
        });
    }
    let t = Instant::now();
    while ok.load(Ordering::SeqCst) < jobs.len() / 3 && t.elapsed() < Duration::from_secs(30) {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    kill9(&mut children);
    while tasks.join_next().await.is_some() {}
    let questions_before_kill = ok.load(Ordering::SeqCst);
    println!(
        "QUESTIONS {db}: killed with {questions_before_kill} of {} questions answered",
        jobs.len()
    );
    let mut children = start(setup, "4");
    wait_ready(http, base).await;
    for (job, _) in &jobs {
        let status = ask(job.clone()).await;
        assert!(
            matches!(status, 200 | 201),
            "question of job {job} after the restart: {status}"
        );
    }
    let per_job: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT job_id, MIN(id) AS id, COUNT(*) AS n FROM followups WHERE kind = 'question' GROUP BY job_id",
    )
    .fetch_all(&store.pool)
    .await
    .unwrap();
    let questions_stored: i64 = per_job.iter().map(|(_, _, n)| n).sum();
    let questions_lost = jobs.len() as i64 - per_job.len() as i64;
    let questions_duplicated = per_job.iter().map(|(_, _, n)| n - 1).sum::<i64>();

    // the victims answer, each question once, while the worker sends the answers to the (slow) webhook
    let question_of: HashMap<String, String> = per_job
        .iter()
        .map(|(j, q, _)| (j.clone(), q.clone()))
        .collect();
    let answers: Vec<(String, String, String)> = jobs
        .iter()
        .map(|(job, reference)| (reference.clone(), question_of[job].clone(), job.clone()))
        .collect();
    let (client, base_url, tokens) = (http.clone(), base.to_owned(), tokens.clone());
    let answer = move |reference: String, question: String| {
        let (http, base) = (client.clone(), base_url.clone());
        let token = tokens.get(&reference).cloned().unwrap_or_default();
        async move {
            let body = serde_json::json!({"token": token, "question_id": question, "answer": format!("Answer to {question}: web01.")});
            http.post(format!("{base}/api/v1/reports/{reference}/answers"))
                .json(&body)
                .timeout(Duration::from_secs(10))
                .send()
                .await
                .map(|r| r.status().as_u16())
                .unwrap_or(0)
        }
    };
    let answered_before = got
        .lock()
        .unwrap()
        .iter()
        .filter(|a| a.kind == "answer")
        .count();
    assert_eq!(answered_before, 0);
    let mut tasks = tokio::task::JoinSet::new();
    for (reference, question, _) in &answers {
        let (r, q, answer) = (reference.clone(), question.clone(), answer.clone());
        tasks.spawn(async move { answer(r, q).await });
    }
    let arrived = |got: &Arrivals| {
        got.lock()
            .unwrap()
            .iter()
            .filter(|a| a.kind == "answer")
            .count()
    };
    let t = Instant::now();
    while arrived(got) < answers.len() / 3 && t.elapsed() < Duration::from_secs(60) {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    kill9(&mut children);
    while tasks.join_next().await.is_some() {}
    let answers_before_kill = arrived(got);
    println!(
        "ANSWERS {db}: killed with {answers_before_kill} of {} answers received by the recipients",
        answers.len()
    );
    let children = start(setup, "5");
    wait_ready(http, base).await;
    // a victim who saw no confirmation sends the same answer again: 200 (already) or 201
    for (reference, question, _) in &answers {
        let status = answer(reference.clone(), question.clone()).await;
        assert!(
            matches!(status, 200 | 201),
            "answer to {question} after the restart: {status}"
        );
    }
    let t = Instant::now();
    let wanted: HashSet<&String> = answers.iter().map(|(_, _, job)| job).collect();
    loop {
        let delivered: HashSet<String> = got
            .lock()
            .unwrap()
            .iter()
            .filter(|a| a.kind == "answer")
            .map(|a| a.delivery.clone())
            .collect();
        let queued: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM followups WHERE state = 'queued'")
                .fetch_one(&store.pool)
                .await
                .unwrap();
        if (wanted.iter().all(|j| delivered.contains(*j)) && queued == 0)
            || t.elapsed() > Duration::from_secs(90)
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let arrivals: Vec<Arrival> = got
        .lock()
        .unwrap()
        .iter()
        .filter(|a| a.kind == "answer")
        .cloned()
        .collect();
    let mut by_job: HashMap<&str, Vec<&Arrival>> = HashMap::new();
    for a in &arrivals {
        by_job.entry(a.delivery.as_str()).or_default().push(a);
    }
    let answers_delivered = wanted
        .iter()
        .filter(|j| by_job.contains_key(j.as_str()))
        .count();
    let answers_stored: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM followups WHERE kind = 'answer'")
            .fetch_one(&store.pool)
            .await
            .unwrap();
    let answers_failed: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM followups WHERE kind = 'answer' AND state <> 'sent'",
    )
    .fetch_one(&store.pool)
    .await
    .unwrap();
    (
        children,
        FollowupCounts {
            jobs: jobs.len(),
            questions_before_kill,
            questions_stored,
            questions_lost,
            questions_duplicated,
            answers_before_kill,
            answers_stored,
            answers_delivered,
            answers_lost: answers.len() - answers_delivered,
            answers_duplicated: answers_stored - answers.len() as i64,
            answer_arrivals: arrivals.len(),
            answer_key_mismatch: by_job
                .values()
                .filter(|v| v.iter().any(|a| a.key != v[0].key))
                .count(),
            answer_unverified: arrivals.iter().filter(|a| !a.verified).count(),
            answers_failed,
        },
    )
}

/// A recipient's callback `POST {base}/api/v1/deliveries/{job}/{path}` signed with `sign` and [`KEY`]; the HTTP
/// status, or 0 when the request failed (a killed server).
async fn callback(
    http: &reqwest::Client,
    base: &str,
    job: &str,
    path: &str,
    sign: fn(&[u8], i64, &str, &[u8]) -> String,
    body: String,
) -> u16 {
    use cyberhelp::server::reports::delivery::sign::{SIGNATURE_HEADER, TIMESTAMP_HEADER};
    let ts = chrono::Utc::now().timestamp();
    let sig = sign(KEY.as_bytes(), ts, job, body.as_bytes());
    http.post(format!("{base}/api/v1/deliveries/{job}/{path}"))
        .header("content-type", "application/json")
        .header(TIMESTAMP_HEADER, ts.to_string())
        .header(SIGNATURE_HEADER, sig)
        .body(body)
        .timeout(Duration::from_secs(10))
        .send()
        .await
        .map(|r| r.status().as_u16())
        .unwrap_or(0)
}

/// What [`updates_through_a_crash`] counted.
struct UpdateCounts {
    jobs: usize,
    sent: usize,
    before_kill: usize,
    stored: i64,
    lost: i64,
    duplicates: i64,
    not_advanced: i64,
}

/// Sends two signed updates per job concurrently, kills the server(s) once a third were answered, restarts,
/// sends every update again, and counts what the database holds.
async fn updates_through_a_crash(
    setup: &Setup,
    db: &str,
    http: &reqwest::Client,
    base: &str,
    mut children: Vec<Child>,
    start: &dyn Fn(&Setup, &str) -> Vec<Child>,
) -> (Vec<Child>, UpdateCounts) {
    use cyberhelp::server::reports::delivery::sign;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let store = cyberhelp::server::db::connect(&setup.database_url, 1)
        .await
        .unwrap();
    let jobs: Vec<String> = sqlx::query_scalar("SELECT id FROM delivery_jobs ORDER BY id")
        .fetch_all(&store.pool)
        .await
        .unwrap();
    let (client, base_url) = (http.clone(), base.to_owned());
    let post = move |job: String, n: usize| {
        let (http, base) = (client.clone(), base_url.clone());
        async move {
            let body = if n == 0 {
                format!(
                    r#"{{"state":"received","reference":"T-{}","update_id":"u0"}}"#,
                    &job[..8]
                )
            } else {
                r#"{"state":"in-progress","message":"We are on it.","update_id":"u1"}"#.to_owned()
            };
            callback(&http, &base, &job, "status", sign::sign_status, body).await
        }
    };
    let answered = Arc::new(AtomicUsize::new(0));
    let mut tasks = tokio::task::JoinSet::new();
    for job in &jobs {
        let (job, post, answered) = (job.clone(), post.clone(), answered.clone());
        tasks.spawn(async move {
            for n in 0..2 {
                if post(job.clone(), n).await == 200 {
                    answered.fetch_add(1, Ordering::SeqCst);
                } else {
                    break;
                }
            }
        });
    }
    let sent = jobs.len() * 2;
    let t = Instant::now();
    while answered.load(Ordering::SeqCst) < sent / 3 && t.elapsed() < Duration::from_secs(30) {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    kill9(&mut children);
    while tasks.join_next().await.is_some() {}
    let before_kill = answered.load(Ordering::SeqCst);
    println!("UPDATES {db}: killed with {before_kill} of {sent} updates answered");
    let children = start(setup, "3");
    wait_ready(http, base).await;
    // every sender tries again, in order; the portal answers 200 to each (new or already stored)
    for job in &jobs {
        for n in 0..2 {
            let status = post(job.clone(), n).await;
            assert_eq!(status, 200, "update {n} of job {job} after the restart");
        }
    }
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM delivery_updates")
        .fetch_one(&store.pool)
        .await
        .unwrap();
    let per_job: Vec<(String, i64)> =
        sqlx::query_as("SELECT job_id, COUNT(*) AS n FROM delivery_updates GROUP BY job_id")
            .fetch_all(&store.pool)
            .await
            .unwrap();
    let lost = jobs.len() as i64 * 2 - per_job.iter().map(|(_, n)| (*n).min(2)).sum::<i64>();
    let duplicates = per_job.iter().map(|(_, n)| (n - 2).max(0)).sum::<i64>();
    let not_advanced: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM delivery_jobs WHERE recipient_rank <> 2 OR state <> 'acknowledged'",
    )
    .fetch_one(&store.pool)
    .await
    .unwrap();
    (
        children,
        UpdateCounts {
            jobs: jobs.len(),
            sent,
            before_kill,
            stored,
            lost,
            duplicates,
            not_advanced,
        },
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "starts the real binary; run by scripts/test"]
async fn crash_sqlite_kill9_mid_delivery_loses_nothing() {
    crash("sqlite", 3201, 100).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "starts the real binary; run by scripts/test"]
async fn crash_postgres_two_workers_kill9_mid_delivery_loses_nothing() {
    crash("postgres", 3202, 100).await;
}

async fn load(db: &str, port: u16, total: usize, concurrency: usize) {
    let dir = tempfile::tempdir().unwrap();
    let Some(database_url) = database(db, "load", &dir).await else {
        return;
    };
    let (hook, got) = receiver(Duration::from_millis(5)).await;
    let setup = Setup {
        dir,
        database_url,
        hook,
    };
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::new();
    let mut child = setup.command("serve", port, "load.log").spawn().unwrap();
    wait_ready(&http, &base).await;
    let consent = Arc::new(consents(&http, &base).await);
    let started = Instant::now();
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let (http, base, consent, next) =
            (http.clone(), base.clone(), consent.clone(), next.clone());
        tasks.push(tokio::spawn(async move {
            let mut out = Vec::new();
            loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if i >= total || started.elapsed() > Duration::from_secs(30) {
                    return out;
                }
                let t = Instant::now();
                let (status, pairs, _) = submit(&http, &base, &consent, 1_000_000 + i).await;
                out.push((status, t.elapsed(), pairs));
            }
        }));
    }
    let mut statuses: HashMap<u16, usize> = HashMap::new();
    let mut latencies = Vec::new();
    let mut expected = HashSet::new();
    for t in tasks {
        for (status, lat, pairs) in t.await.unwrap() {
            *statuses.entry(status).or_default() += 1;
            latencies.push(lat);
            expected.extend(pairs);
        }
    }
    let elapsed = started.elapsed();
    latencies.sort();
    let pct = |p: f64| latencies[((latencies.len() as f64 - 1.0) * p) as usize];
    wait_delivered(&expected, &got, &http, &base, Duration::from_secs(90)).await;
    let drained = started.elapsed();
    let _ = child.kill();
    let _ = child.wait();
    let states = job_states(&setup.database_url).await;
    let c = count(&expected, &got.lock().unwrap());
    let mut st: Vec<_> = statuses.iter().collect();
    st.sort();
    println!(
        "LOAD {db}: {} requests in {:.1}s ({:.0}/s, concurrency {concurrency}), statuses {:?}, latency p50={}ms p99={}ms max={}ms; \
         deliveries expected={} delivered={} duplicates={} lost={} (all delivered {:.1}s after the start); jobs {states:?}",
        latencies.len(),
        elapsed.as_secs_f64(),
        latencies.len() as f64 / elapsed.as_secs_f64(),
        st,
        pct(0.5).as_millis(),
        pct(0.99).as_millis(),
        latencies.last().unwrap().as_millis(),
        c.expected,
        c.delivered,
        c.duplicates,
        c.lost,
        drained.as_secs_f64(),
    );
    assert!(
        statuses.keys().all(|s| *s != 0 && *s < 500),
        "no 5xx and no connection error: {statuses:?}"
    );
    assert_eq!(c.lost, 0, "no lost job");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "starts the real binary; run by scripts/test"]
async fn load_sqlite_reports_endpoint_with_worker_active() {
    load("sqlite", 3203, 600, 16).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "starts the real binary; run by scripts/test"]
async fn load_postgres_reports_endpoint_with_worker_active() {
    load("postgres", 3204, 600, 16).await;
}
