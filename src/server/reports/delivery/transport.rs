//! Sending one payload over its [`Channel`]: SMTP (lettre), signed webhook (reqwest), file drop, or memory.
//! Every send returns an [`Outcome`]; the worker turns it into a state change.

use super::channels::Channel;
use super::payload::{email_texts, Payload};
use super::sign;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How one send went.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Accepted by the receiver.
    Delivered,
    /// Try again later (network error, timeout, 5xx, 408, 429, transient SMTP error, I/O error).
    Retry(String),
    /// Do not retry (4xx other than 408/429, permanent SMTP error, unusable address).
    Permanent(String),
}

/// What the in-memory transport kept.
#[derive(Clone, Debug)]
pub struct MemoryRecord {
    /// Idempotency key.
    pub idempotency_key: String,
    /// The JSON body as sent.
    pub body: String,
}

/// Payloads "sent" through [`Channel::Memory`], for tests to read. Cheap to clone.
#[derive(Clone, Debug, Default)]
pub struct MemorySink(Arc<Mutex<Vec<MemoryRecord>>>);

impl MemorySink {
    /// Everything sent so far.
    pub fn sent(&self) -> Vec<MemoryRecord> {
        self.0.lock().map(|v| v.clone()).unwrap_or_default()
    }
}

/// The transports of one process: an SMTP client (if configured), an HTTP client, the memory sink.
#[derive(Clone)]
pub struct Transports {
    smtp: Option<AsyncSmtpTransport<Tokio1Executor>>,
    from: Mailbox,
    http: reqwest::Client,
    /// Kept payloads of [`Channel::Memory`].
    pub memory: MemorySink,
}

impl std::fmt::Debug for Transports {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Transports")
            .field("smtp", &self.smtp.is_some())
            .field("from", &self.from.to_string())
            .finish()
    }
}

impl Transports {
    /// Builds the clients. `smtp_url` as in `CYBERHELP_SMTP_URL`; `timeout` bounds each send.
    ///
    /// Errors: an SMTP URL lettre cannot use, an unparsable sender address (the URL's password is never
    /// part of the message).
    pub fn new(smtp_url: Option<&str>, from: &str, timeout: Duration) -> anyhow::Result<Self> {
        let smtp = match smtp_url {
            Some(url) if !url.trim().is_empty() => Some(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| {
                        anyhow::anyhow!(
                            "CYBERHELP_SMTP_URL {}: {e}",
                            crate::server::config::redact_url(url)
                        )
                    })?
                    .timeout(Some(timeout))
                    .build(),
            ),
            _ => None,
        };
        let from: Mailbox = from
            .parse()
            .map_err(|e| anyhow::anyhow!("CYBERHELP_SMTP_FROM `{from}`: {e}"))?;
        let http = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout.min(Duration::from_secs(10)))
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("cyberhelp/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(Transports {
            smtp,
            from,
            http,
            memory: MemorySink::default(),
        })
    }

    /// Whether e-mail can be sent.
    pub fn has_smtp(&self) -> bool {
        self.smtp.is_some()
    }

    /// Sends `payload` over `channel`. `now_unix` is the webhook signature's timestamp.
    pub async fn send(&self, channel: &Channel, payload: &Payload, now_unix: i64) -> Outcome {
        let body = match serde_json::to_string_pretty(payload) {
            Ok(b) => b,
            Err(e) => return Outcome::Permanent(format!("serialising the payload: {e}")),
        };
        match channel {
            Channel::Email { to } => self.email(to, payload, &body).await,
            Channel::Webhook { url, key } => {
                self.webhook(url, key.expose(), payload, body, now_unix)
                    .await
            }
            Channel::File { dir } => file_drop(dir, payload, &body).await,
            Channel::Memory => {
                if let Ok(mut v) = self.memory.0.lock() {
                    v.push(MemoryRecord {
                        idempotency_key: payload.idempotency_key.clone(),
                        body,
                    });
                }
                Outcome::Delivered
            }
        }
    }

    /// The e-mail message for a payload (also used by tests to inspect headers).
    ///
    /// Errors: an unusable recipient address (permanent).
    pub fn email_message(
        &self,
        to: &str,
        payload: &Payload,
        json: &str,
    ) -> Result<Message, String> {
        let to: Mailbox = to
            .parse()
            .map_err(|e| format!("recipient address `{to}`: {e}"))?;
        let (subject, text, html) = email_texts(payload);
        let host = self.from.email.domain().to_owned();
        let mut b = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .message_id(Some(format!("<{}@{host}>", payload.idempotency_key)));
        if let Some(reply) = payload
            .reporter
            .email
            .as_deref()
            .and_then(|e| e.parse::<Mailbox>().ok())
        {
            // the reporter's address only when they gave it and did not ask to stay anonymous
            b = b.reply_to(reply);
        }
        b = b
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("X-Cyberhelp-Idempotency-Key"),
                payload.idempotency_key.clone(),
            ))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("X-Cyberhelp-Reference"),
                payload.reference.clone(),
            ))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("X-Cyberhelp-TLP"),
                payload.tlp.clone(),
            ));
        let attachment = Attachment::new(format!("cyberhelp-{}.json", payload.reference)).body(
            json.to_owned(),
            ContentType::parse("application/json").expect("static content type"),
        );
        b.multipart(
            MultiPart::mixed()
                .multipart(MultiPart::alternative_plain_html(text, html))
                .singlepart(attachment),
        )
        .map_err(|e| format!("building the message: {e}"))
    }

    async fn email(&self, to: &str, payload: &Payload, json: &str) -> Outcome {
        let Some(smtp) = &self.smtp else {
            return Outcome::Retry("SMTP is not configured".into());
        };
        let msg = match self.email_message(to, payload, json) {
            Ok(m) => m,
            Err(e) => return Outcome::Permanent(e),
        };
        match smtp.send(msg).await {
            Ok(_) => Outcome::Delivered,
            Err(e) if e.is_permanent() => Outcome::Permanent(format!("SMTP: {e}")),
            Err(e) => Outcome::Retry(format!("SMTP: {e}")),
        }
    }

    async fn webhook(
        &self,
        url: &str,
        key: &[u8],
        payload: &Payload,
        body: String,
        now_unix: i64,
    ) -> Outcome {
        let signature = sign::sign(key, now_unix, body.as_bytes());
        let res = self
            .http
            .post(url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(sign::TIMESTAMP_HEADER, now_unix.to_string())
            .header(sign::SIGNATURE_HEADER, signature)
            .header(sign::IDEMPOTENCY_HEADER, payload.idempotency_key.as_str())
            .body(body)
            .send()
            .await;
        match res {
            Ok(r) if r.status().is_success() => Outcome::Delivered,
            Ok(r) if sign::is_permanent_status(r.status().as_u16()) => {
                Outcome::Permanent(format!("webhook answered {}", r.status()))
            }
            Ok(r) => Outcome::Retry(format!("webhook answered {}", r.status())),
            // without the URL: it may carry a receiver's token; the headers (signature) are never in errors
            Err(e) => Outcome::Retry(format!("webhook: {}", error_chain(&e.without_url()))),
        }
    }
}

/// An error and its sources on one line (`timed out: operation timed out`).
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut cur = e.source();
    while let Some(s) = cur {
        out.push_str(": ");
        out.push_str(&s.to_string());
        cur = s.source();
    }
    out
}

/// Writes `<dir>/<reference>_<contact>_<key>.json` atomically: a temporary file in the same directory,
/// flushed to disk, then renamed. Re-delivery overwrites the same name with the same content.
async fn file_drop(dir: &Path, payload: &Payload, body: &str) -> Outcome {
    let safe = |s: &str| {
        s.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .collect::<String>()
    };
    let name = format!(
        "{}_{}_{}.json",
        safe(&payload.reference),
        safe(&payload.recipient.contact_id),
        safe(&payload.idempotency_key)
    );
    let dir = dir.to_owned();
    let body = body.to_owned();
    let res = tokio::task::spawn_blocking(move || -> std::io::Result<()> {
        use std::io::Write;
        // personal data marked TLP:AMBER: readable by the service's user only
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&dir)?;
        let tmp = dir.join(format!(".{name}.tmp"));
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&tmp)?;
        f.write_all(body.as_bytes())?;
        f.sync_all()?;
        std::fs::rename(&tmp, dir.join(&name))?;
        // make the rename itself durable
        if let Ok(d) = std::fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })
    .await;
    match res {
        Ok(Ok(())) => Outcome::Delivered,
        Ok(Err(e)) => Outcome::Retry(format!("file drop: {e}")),
        Err(e) => Outcome::Retry(format!("file drop task: {e}")),
    }
}
