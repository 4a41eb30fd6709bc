//! The delivery worker: claims due jobs, sends them, records the outcome; loops until shutdown.
//!
//! Metrics: `delivery_attempts_total{transport,outcome}` (outcome `delivered|retry|failed`),
//! `delivery_failed_total{transport}` (operator alert), `delivery_waiting_total{reason}`.

use super::channels::Channel;
use super::outbox::{self, Claimed};
use super::transport::Outcome;
use super::{followups, payload, sign, transport, Delivery};
use crate::server::content::ContentStore;
use crate::server::db::Db;
use chrono::Utc;
use rand::Rng;
use std::sync::Arc;

/// A name for this worker, unique per process (`host-pid-random`), stored in `claimed_by`.
pub fn worker_id() -> String {
    let host = std::env::var("HOSTNAME").unwrap_or_else(|_| "host".into());
    let r: u32 = rand::rng().random();
    format!("{host}-{}-{r:08x}", std::process::id())
}

/// The directory's contact point `id`, if it has one.
fn contact_of<'a>(
    lib: &'a crate::server::content::Library,
    id: &str,
) -> Option<&'a crate::server::routing::directory::Contact> {
    lib.directory
        .countries
        .values()
        .flat_map(|k| k.contacts.iter())
        .find(|k| k.id == id)
}

/// The backoff delay after failed attempt `attempts` (see [`sign::backoff`], with jitter) and the moment it ends.
fn next_attempt(
    d: &Delivery,
    attempts: u32,
    now: chrono::DateTime<Utc>,
) -> (std::time::Duration, chrono::DateTime<Utc>) {
    let delay = sign::backoff(
        attempts,
        d.backoff_base,
        d.backoff_max,
        rand::rng().random::<f64>(),
    );
    (
        delay,
        now + chrono::Duration::from_std(delay).unwrap_or(chrono::Duration::hours(1)),
    )
}

/// Claims one batch of due jobs and handles them concurrently. Returns how many were claimed.
///
/// Errors: the claim query failed (a per-job database error is logged and the job's lease lets another
/// round retry it).
pub async fn run_once(
    db: &Db,
    content: &ContentStore,
    d: &Arc<Delivery>,
    worker: &str,
) -> Result<usize, sqlx::Error> {
    let jobs = outbox::claim(db, worker, Utc::now(), d.lease, d.batch).await?;
    let mut n = jobs.len();
    let mut set = tokio::task::JoinSet::new();
    for job in jobs {
        let (db, content, d, worker) = (db.clone(), content.clone(), d.clone(), worker.to_owned());
        set.spawn(async move {
            if let Err(e) = process(&db, &content, &d, &worker, &job).await {
                tracing::warn!(job = %job.id, error = %e, "delivery: recording the outcome failed; the lease will expire and the job is retried");
            }
        });
    }
    // the victims' answers and notices: the same guarantees, their own rows
    let follow = followups::claim(db, worker, Utc::now(), d.lease, d.batch).await?;
    n = n.max(follow.len());
    for f in follow {
        let (db, content, d, worker) = (db.clone(), content.clone(), d.clone(), worker.to_owned());
        set.spawn(async move {
            if let Err(e) = process_followup(&db, &content, &d, &worker, &f).await {
                tracing::warn!(followup = %f.id, error = %e, "follow-up: recording the outcome failed; the lease will expire and it is retried");
            }
        });
    }
    while set.join_next().await.is_some() {}
    Ok(n)
}

/// Sends one answer (to the asking recipient, on its channel) or notice (to the victim, by e-mail) and
/// records the outcome as [`process`] does for reports.
async fn process_followup(
    db: &Db,
    content: &ContentStore,
    d: &Delivery,
    worker: &str,
    c: &followups::Claimed,
) -> Result<(), sqlx::Error> {
    let Some(f) = followups::load(db, &c.id).await? else {
        return Ok(());
    };
    let now = Utc::now();
    let wait = |reason: &'static str| {
        let next = now
            + chrono::Duration::from_std(d.wait_recheck).unwrap_or(chrono::Duration::minutes(5));
        followups::release(db, &f.id, worker, "", None, Some(reason), next, now)
    };
    let (transport, outcome) = if f.kind == "notice" {
        let to = f.input.contact_email.trim().to_owned();
        if !d.transports.has_smtp() {
            wait("no-smtp").await?;
            return Ok(());
        }
        let lang = crate::i18n::resolve_or_default(Some(&f.lang)).tag;
        let args = [
            ("reference", f.reference.clone().into()),
            (
                "status_url",
                format!("{}/{lang}/report/status?ref={}", d.public_url, f.reference).into(),
            ),
            (
                "verify_url",
                format!("{}/{lang}/verify?ref={}", d.public_url, f.reference).into(),
            ),
        ];
        let subject = crate::i18n::t_args(lang, "notice-email-subject", &args);
        let text = crate::i18n::t_args(lang, "notice-email-body", &args);
        (
            "email",
            d.transports.send_notice(&to, &subject, &text, &f.id).await,
        )
    } else {
        // an answer whose text a purge deleted, or a withdrawal notice to a recipient the report never reached
        let nothing_to_send = match f.kind.as_str() {
            "answer" => f.body.is_none(),
            _ => f.job_state == "withdrawn" && f.job_sent_at.is_none(),
        };
        if f.kind == "withdrawal" {
            // the report itself may be on its way right now: the notice follows it
            let in_flight = f
                .job_locked_until
                .as_deref()
                .and_then(|u| chrono::DateTime::parse_from_rfc3339(u).ok())
                .map(|u| u.with_timezone(&Utc))
                .filter(|u| *u > now);
            if let Some(until) = in_flight {
                followups::release(
                    db,
                    &f.id,
                    worker,
                    "",
                    None,
                    Some("report-in-flight"),
                    until,
                    now,
                )
                .await?;
                return Ok(());
            }
        }
        if nothing_to_send {
            followups::cancel(db, &f.id, worker, now).await?;
            return Ok(());
        }
        let lib = content.get();
        let contact = contact_of(&lib, &f.contact_id);
        let channel = match d
            .channels
            .resolve(&f.contact_id, contact, d.transports.has_smtp())
        {
            Ok(ch) => ch,
            Err(reason) => {
                wait(reason.code()).await?;
                return Ok(());
            }
        };
        let message = if f.kind == "withdrawal" {
            transport::Outgoing::withdrawal(&transport::WithdrawalPayload {
                kind: "withdrawal",
                schema_version: 1,
                idempotency_key: f.id.clone(),
                delivery_id: f.job_id.clone(),
                reference: f.reference.clone(),
                withdrawn_at: f
                    .withdrawn_at
                    .clone()
                    .unwrap_or_else(|| f.created_at.clone()),
                tlp: d.channels.tlp.clone(),
            })
        } else {
            transport::Outgoing::answer(&transport::AnswerPayload {
                kind: "answer",
                schema_version: 1,
                idempotency_key: f.id.clone(),
                delivery_id: f.job_id.clone(),
                reference: f.reference.clone(),
                question_id: f.question_id.clone().unwrap_or_default(),
                question: f.question.clone().unwrap_or_default(),
                asked_at: f.asked_at.clone(),
                answer: f.body.clone().unwrap_or_default(),
                answered_at: f.created_at.clone(),
                anonymous: f.input.anonymous,
                tlp: d.channels.tlp.clone(),
            })
        };
        let victim = Some(f.input.contact_email.trim()).filter(|e| !e.is_empty());
        let outcome = match message {
            Ok(m) => {
                d.transports
                    .send_followup(
                        &channel,
                        &m,
                        f.their_record.as_deref(),
                        victim,
                        Utc::now().timestamp(),
                    )
                    .await
            }
            Err(e) => Outcome::Permanent(format!("serialising the {}: {e}", f.kind)),
        };
        (channel.name(), outcome)
    };
    let now = Utc::now();
    let attempts = u32::try_from(c.attempts.max(1)).unwrap_or(u32::MAX);
    let kind = f.kind.clone();
    match outcome {
        Outcome::Delivered | Outcome::DeliveredAs(_) => {
            metrics::counter!("followups_sent_total", "kind" => kind, "transport" => transport)
                .increment(1);
            tracing::info!(followup = %f.id, reference = %f.reference, kind = %f.kind, transport, attempts, "follow-up sent");
            followups::mark_sent(db, &f.id, transport, now).await?;
        }
        Outcome::Retry(err) if attempts < d.max_attempts => {
            let (_, next) = next_attempt(d, attempts, now);
            tracing::warn!(followup = %f.id, kind = %f.kind, transport, attempts, error = %err, "follow-up attempt failed; will retry");
            followups::release(db, &f.id, worker, transport, Some(&err), None, next, now).await?;
        }
        Outcome::Retry(err) | Outcome::Permanent(err) => {
            metrics::counter!("followups_failed_total", "kind" => kind, "transport" => transport)
                .increment(1);
            tracing::error!(alert = "followup_failed", followup = %f.id, reference = %f.reference, kind = %f.kind, transport, attempts, error = %err, "follow-up FAILED permanently; the victim's status page says so");
            followups::mark_failed(db, &f.id, worker, transport, &err, now).await?;
        }
    }
    Ok(())
}

async fn process(
    db: &Db,
    content: &ContentStore,
    d: &Delivery,
    worker: &str,
    c: &Claimed,
) -> Result<(), sqlx::Error> {
    let Some(job) = outbox::load_job(db, &c.id).await? else {
        // the victim withdrew the report (or a purge reached it) after this worker claimed the job
        outbox::release_withdrawn(db, &c.id, worker, None, Utc::now()).await?;
        return Ok(());
    };
    let lib = content.get();
    let contact = contact_of(&lib, &job.contact_id);
    let now = Utc::now();
    let channel: Channel = match d.channels.resolve(
        &job.contact_id,
        contact,
        d.transports.has_smtp(),
    ) {
        Ok(ch) => ch,
        Err(reason) => {
            metrics::counter!("delivery_waiting_total", "reason" => reason.code()).increment(1);
            tracing::info!(job = %job.id, contact = %job.contact_id, reason = reason.code(), "delivery waits: no usable channel");
            let next = now
                + chrono::Duration::from_std(d.wait_recheck)
                    .unwrap_or(chrono::Duration::minutes(5));
            outbox::wait(db, &job.id, worker, reason.code(), next, now).await?;
            return Ok(());
        }
    };
    let transport = channel.name();
    let p = payload::build(
        &job,
        contact.map(|k| k.name.clone()),
        &d.channels.tlp,
        &d.public_url,
        &d.ack_sig(&job.id),
    );
    let outcome = d
        .transports
        .send(&channel, &p, Utc::now().timestamp())
        .await;
    let now = Utc::now();
    let attempts = u32::try_from(c.attempts.max(1)).unwrap_or(u32::MAX);
    match outcome {
        Outcome::Delivered | Outcome::DeliveredAs(_) => {
            metrics::counter!("delivery_attempts_total", "transport" => transport, "outcome" => "delivered").increment(1);
            tracing::info!(job = %job.id, reference = %job.reference, contact = %job.contact_id, transport, attempts, "delivered");
            if !outbox::mark_sent(db, &job.id, transport, now).await?
                && outbox::release_withdrawn(db, &job.id, worker, Some(transport), now).await?
            {
                tracing::info!(job = %job.id, reference = %job.reference, "the report was withdrawn while it was being sent; the withdrawal notice follows it");
                return Ok(());
            }
            // the ticketing system's own record: the recipient's reference on the victim's status page
            if let Outcome::DeliveredAs(their) = outcome {
                let u = super::updates::Update {
                    rank: 1,
                    state: "received",
                    reference: Some(their),
                    outcome: None,
                    message: None,
                    update_id: Some(format!("{transport}-created")),
                };
                match super::updates::record(db, &job.id, &u, transport, now).await {
                    Ok(_) => {}
                    Err(super::updates::RecordError::Storage(e)) => return Err(e),
                    Err(super::updates::RecordError::Refused(e)) => {
                        tracing::warn!(job = %job.id, code = e.code(), "recording the recipient's reference refused");
                    }
                }
            }
        }
        Outcome::Retry(err) if attempts < d.max_attempts => {
            metrics::counter!("delivery_attempts_total", "transport" => transport, "outcome" => "retry").increment(1);
            let (delay, next) = next_attempt(d, attempts, now);
            tracing::warn!(job = %job.id, contact = %job.contact_id, transport, attempts, retry_in_ms = delay.as_millis() as u64, error = %err, "delivery attempt failed; will retry");
            if !outbox::retry_later(db, &job.id, worker, transport, &err, next, now).await? {
                outbox::release_withdrawn(db, &job.id, worker, None, now).await?;
            }
        }
        Outcome::Retry(err) | Outcome::Permanent(err) => {
            metrics::counter!("delivery_attempts_total", "transport" => transport, "outcome" => "failed").increment(1);
            metrics::counter!("delivery_failed_total", "transport" => transport).increment(1);
            // the operator alert: a report did not reach an authority the victim chose
            tracing::error!(alert = "delivery_failed", job = %job.id, reference = %job.reference, contact = %job.contact_id, transport, attempts, error = %err, "delivery FAILED permanently; the victim's status page says so");
            if !outbox::mark_failed(db, &job.id, worker, transport, &err, now).await? {
                outbox::release_withdrawn(db, &job.id, worker, None, now).await?;
            }
        }
    }
    Ok(())
}

/// Runs rounds until `shutdown` turns `true`: a full batch is followed at once by the next, an empty one
/// by a pause of the poll interval. A round in progress at shutdown finishes (each send is bounded by the
/// send timeout); jobs it could not record are retaken after their lease.
pub async fn run(
    db: Db,
    content: ContentStore,
    d: Arc<Delivery>,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
) {
    let worker = worker_id();
    // jobs that waited for a channel are looked at again now: the configuration may have changed
    let now = outbox::ts_ms(Utc::now());
    if let Err(e) = sqlx::query(
        "UPDATE delivery_jobs SET next_attempt_at = $1 WHERE state = 'queued' AND wait_reason IS NOT NULL",
    )
    .bind(now)
    .execute(&db.pool)
    .await
    {
        tracing::warn!(error = %e, "delivery: could not requeue waiting jobs");
    }
    tracing::info!(%worker, smtp = d.transports.has_smtp(), "delivery worker started");
    loop {
        if *shutdown.borrow() {
            break;
        }
        let claimed = match run_once(&db, &content, &d, &worker).await {
            Ok(n) => n,
            Err(e) => {
                tracing::warn!(error = %e, "delivery worker: claiming jobs failed");
                0
            }
        };
        if claimed as u32 >= d.batch {
            continue;
        }
        tokio::select! {
            _ = tokio::time::sleep(d.poll) => {}
            _ = shutdown.changed() => {}
        }
    }
    tracing::info!(%worker, "delivery worker stopped");
}
