//! Sending one payload over its [`Channel`]: SMTP (lettre), signed webhook (reqwest), the REST APIs of the
//! tools CSIRTs run (Request Tracker REST2, MISP, TheHive 5), file drop, or memory. Every send returns an
//! [`Outcome`]; the worker turns it into a state change, and a ticketing system's id into the recipient's
//! reference (an update `received` with `via` = the transport).

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
    /// Accepted, and the receiver named its own record: an RT ticket id, a MISP event id, a TheHive alert id.
    DeliveredAs(String),
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
            Channel::Email {
                to,
                reply_to_victim,
                ..
            } => self.email(to, *reply_to_victim, payload, &body).await,
            Channel::Rt { url, queue, key } => self.rt(url, queue, key.expose(), payload).await,
            Channel::Misp { url, key } => self.misp(url, key.expose(), payload).await,
            Channel::TheHive { url, key } => self.thehive(url, key.expose(), payload).await,
            Channel::Webhook { url, key } => {
                self.webhook(url, key.expose(), payload, body, now_unix)
                    .await
            }
            Channel::File { dir } => file_drop(dir, payload, &body).await,
            // the inbox reads the stored report: nothing to send
            Channel::Inbox => Outcome::Delivered,
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
        reply_to_victim: bool,
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
            .filter(|_| reply_to_victim)
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

    async fn email(
        &self,
        to: &str,
        reply_to_victim: bool,
        payload: &Payload,
        json: &str,
    ) -> Outcome {
        let Some(smtp) = &self.smtp else {
            return Outcome::Retry("SMTP is not configured".into());
        };
        smtp_send(smtp, self.email_message(to, reply_to_victim, payload, json)).await
    }

    async fn webhook(
        &self,
        url: &str,
        key: &[u8],
        payload: &Payload,
        body: String,
        now_unix: i64,
    ) -> Outcome {
        self.post_signed(url, key, &payload.idempotency_key, body, now_unix)
            .await
    }

    /// POSTs a JSON `body` signed with `key` (see [`sign`]) and `idempotency_key` in its header.
    async fn post_signed(
        &self,
        url: &str,
        key: &[u8],
        idempotency_key: &str,
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
            .header(sign::IDEMPOTENCY_HEADER, idempotency_key)
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

impl Transports {
    /// POSTs `body` as JSON to `url` with `auth` as the `Authorization` header, and reads the receiver's id
    /// for its new record with `id_of`. A 2xx is delivered (with the id when the answer names one); a 4xx
    /// saying the record "already exists" is a duplicate of an earlier attempt, hence delivered; other
    /// answers retry or fail as for webhooks.
    async fn post_api(
        &self,
        what: &str,
        url: &str,
        auth: String,
        body: &serde_json::Value,
        id_of: fn(&serde_json::Value) -> Option<String>,
    ) -> Outcome {
        let res = self
            .http
            .post(url)
            .header(reqwest::header::AUTHORIZATION, auth)
            .header(reqwest::header::ACCEPT, "application/json")
            .json(body)
            .send()
            .await;
        match res {
            Ok(r) if r.status().is_success() => {
                let v: serde_json::Value = r.json().await.unwrap_or_default();
                match id_of(&v) {
                    Some(id) if !id.is_empty() && id.len() <= 100 => Outcome::DeliveredAs(id),
                    _ => Outcome::Delivered,
                }
            }
            Ok(r) if r.status().is_client_error() => {
                let status = r.status();
                let text = r.text().await.unwrap_or_default();
                if text.to_ascii_lowercase().contains("already exist") {
                    Outcome::Delivered
                } else if sign::is_permanent_status(status.as_u16()) {
                    Outcome::Permanent(format!("{what} answered {status}"))
                } else {
                    Outcome::Retry(format!("{what} answered {status}"))
                }
            }
            Ok(r) => Outcome::Retry(format!("{what} answered {}", r.status())),
            Err(e) => Outcome::Retry(format!("{what}: {}", error_chain(&e.without_url()))),
        }
    }

    /// Request Tracker REST2 (RT 5 core; RT::Extension::REST2 on RT 4.4): `POST {url}/REST/2.0/ticket` with
    /// `Authorization: token <key>` and a JSON ticket (`Queue`, `Subject`, `Content`, `ContentType`); the
    /// answer's `id` is the ticket number. Source: RT::REST2 documentation (docs.bestpractical.com). RT has no
    /// idempotency key: the subject carries ours, so a ticket created twice after a lost answer can be merged.
    async fn rt(&self, url: &str, queue: &str, key: &[u8], p: &Payload) -> Outcome {
        let (subject, text, _) = email_texts(p);
        let body = serde_json::json!({
            "Queue": queue,
            "Subject": format!("{subject} [{}]", p.idempotency_key),
            "Content": text,
            "ContentType": "text/plain",
        });
        let endpoint = format!("{}/REST/2.0/ticket", url.trim_end_matches('/'));
        let auth = format!("token {}", String::from_utf8_lossy(key));
        self.post_api("RT", &endpoint, auth, &body, |v| json_id(&v["id"]))
            .await
    }

    /// MISP: `POST {url}/events/add` with `Authorization: <key>` (MISP automation API). The event is
    /// unpublished, distribution 0 ("your organisation only"), tagged with the TLP and the RSIT class, holds
    /// the report as a `victim` object (misp-objects `victim`, template a8806e40-39ad-435f-be02-ac2a13d6fc7d)
    /// and the links, e-mail addresses and phone numbers found in the victim's text as attributes (not for
    /// IDS). Its `uuid` comes from our idempotency key, so MISP refuses a second copy. The answer's
    /// `Event.id` is the event number.
    async fn misp(&self, url: &str, key: &[u8], p: &Payload) -> Outcome {
        let (subject, _, _) = email_texts(p);
        let uuid = if p.idempotency_key.len() == 32 {
            uuid_of(&p.idempotency_key)
        } else {
            String::new()
        };
        let classification = if p.reporter.victim_type == "citizen" {
            "individual"
        } else {
            "organization"
        };
        let mut victim = vec![
            serde_json::json!({"object_relation": "classification", "type": "text", "value": classification}),
            serde_json::json!({"object_relation": "regions", "type": "target-location", "value": p.country}),
            serde_json::json!({"object_relation": "reference", "type": "text", "value": p.reference}),
            serde_json::json!({"object_relation": "description", "type": "text", "value": p.incident.description}),
        ];
        if let Some(sector) = &p.incident.sector {
            victim.push(
                serde_json::json!({"object_relation": "sectors", "type": "text", "value": sector}),
            );
        }
        let attributes: Vec<serde_json::Value> = indicators(&p.incident.description)
            .into_iter()
            .map(|(kind, value)| {
                let (t, category) = match kind {
                    "url" => ("url", "Network activity"),
                    "email" => ("email-src", "Payload delivery"),
                    _ => ("phone-number", "Other"),
                };
                serde_json::json!({"type": t, "category": category, "value": value, "to_ids": false})
            })
            .collect();
        let body = serde_json::json!({
            "Event": {
                "uuid": uuid,
                "info": subject,
                "distribution": "0",
                "analysis": "0",
                "threat_level_id": "4",
                "published": false,
                "Tag": [
                    {"name": p.tlp.to_ascii_lowercase()},
                    {"name": format!("rsit:{}=\"{}\"", p.classification.class, p.classification.kind)},
                ],
                "Object": [{
                    "name": "victim",
                    "meta-category": "misc",
                    "template_uuid": "a8806e40-39ad-435f-be02-ac2a13d6fc7d",
                    "Attribute": victim,
                }],
                "Attribute": attributes,
            }
        });
        let endpoint = format!("{}/events/add", url.trim_end_matches('/'));
        self.post_api(
            "MISP",
            &endpoint,
            String::from_utf8_lossy(key).into_owned(),
            &body,
            |v| json_id(&v["Event"]["id"]),
        )
        .await
    }

    /// TheHive 5: `POST {url}/api/v1/alert` with `Authorization: Bearer <key>`. `type`, `source` and
    /// `sourceRef` (our reference and the recipient) identify the alert, and TheHive refuses a second alert
    /// with the same three (TheHive issue #203), so a retry after a lost answer creates no duplicate. TLP as
    /// TheHive's number (0 CLEAR … 4 RED), observables from the victim's text. The answer's `_id` is the
    /// alert id.
    async fn thehive(&self, url: &str, key: &[u8], p: &Payload) -> Outcome {
        let (subject, text, _) = email_texts(p);
        let tlp = match p.tlp.as_str() {
            "TLP:CLEAR" => 0,
            "TLP:GREEN" => 1,
            "TLP:AMBER" => 2,
            "TLP:AMBER+STRICT" => 3,
            _ => 4,
        };
        let observables: Vec<serde_json::Value> = indicators(&p.incident.description)
            .into_iter()
            .map(|(kind, value)| {
                let t = match kind {
                    "url" => "url",
                    "email" => "mail",
                    _ => "other",
                };
                serde_json::json!({"dataType": t, "data": value})
            })
            .collect();
        let body = serde_json::json!({
            "type": "cyberhelp-report",
            "source": "cyberhelp",
            "sourceRef": format!("{}/{}", p.reference, p.recipient.contact_id),
            "title": subject,
            "description": text,
            "severity": 2,
            "tlp": tlp,
            "pap": 2,
            "tags": [
                format!("rsit:{}=\"{}\"", p.classification.class, p.classification.kind),
                format!("country:{}", p.country),
            ],
            "observables": observables,
        });
        let endpoint = format!("{}/api/v1/alert", url.trim_end_matches('/'));
        let auth = format!("Bearer {}", String::from_utf8_lossy(key));
        self.post_api("TheHive", &endpoint, auth, &body, |v| json_id(&v["_id"]))
            .await
    }
}

/// A victim's answer to a recipient's question, as sent to that recipient (`type = "answer"`): the JSON body of
/// a webhook answer and of a file drop, and the source of the e-mail and ticketing texts. Never carries the
/// victim's contact details.
#[derive(Clone, Debug, serde::Serialize)]
pub struct AnswerPayload {
    /// Always `answer` (a report delivery has no `type`).
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// `1`.
    pub schema_version: u32,
    /// The answer's id: the same on every attempt; receivers drop repeats.
    pub idempotency_key: String,
    /// The delivery (job id) the question was asked about: the report's own idempotency key.
    pub delivery_id: String,
    /// The report's reference.
    pub reference: String,
    /// The question's id (as our side stores it).
    pub question_id: String,
    /// The question as the recipient asked it.
    pub question: String,
    /// When the question was asked, RFC 3339 UTC.
    pub asked_at: Option<String>,
    /// The victim's answer, plain text.
    pub answer: String,
    /// When the victim answered, RFC 3339 UTC.
    pub answered_at: String,
    /// The victim asked to stay anonymous (no contact details anywhere, no `Reply-To`).
    pub anonymous: bool,
    /// The report's TLP.
    pub tlp: String,
}

impl AnswerPayload {
    /// Subject and plain text for e-mail and ticketing systems (English, like report deliveries). The subject
    /// keeps the report's reference so that mail clients and RT thread it with the report.
    pub fn texts(&self) -> (String, String) {
        let quote: String = self
            .question
            .lines()
            .map(|l| format!("> {}\n", super::payload::visible_controls(l)))
            .collect();
        let subject = format!(
            "[{}] cyberhelp report {}: answer from the reporter",
            self.tlp, self.reference
        );
        let anonymity = if self.anonymous {
            "The reporter asked to stay anonymous: this answer carries no contact details.\n\n"
        } else {
            ""
        };
        let text = format!(
            "The reporter of cyberhelp report {reference} answered your question.\n\n{anonymity}\
             Your question{asked}:\n{quote}\nAnswer ({answered}):\n{answer}\n\n--\nDelivery {delivery}, answer {id}. \
             The same answer id received twice is one answer.\n",
            reference = self.reference,
            asked = self
                .asked_at
                .as_deref()
                .map(|a| format!(" ({a})"))
                .unwrap_or_default(),
            answered = self.answered_at,
            answer = super::payload::visible_controls(&self.answer),
            delivery = self.delivery_id,
            id = self.idempotency_key,
        );
        (subject, text)
    }
}

/// The victim withdrew a report (`type = "withdrawal"`): sent to every recipient that received it (or was being
/// sent it at that moment) on the channel the report went through, with the guarantees of answers. Carries
/// nothing of the report but its reference and delivery id.
#[derive(Clone, Debug, serde::Serialize)]
pub struct WithdrawalPayload {
    /// Always `withdrawal`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// `1`.
    pub schema_version: u32,
    /// The notice's id: the same on every attempt; receivers drop repeats.
    pub idempotency_key: String,
    /// The delivery (job id) being withdrawn: the report's own idempotency key.
    pub delivery_id: String,
    /// The report's reference.
    pub reference: String,
    /// When the victim withdrew it, RFC 3339 UTC.
    pub withdrawn_at: String,
    /// The report's TLP.
    pub tlp: String,
}

impl WithdrawalPayload {
    /// Subject and plain text for e-mail and ticketing systems (English, like report deliveries).
    pub fn texts(&self) -> (String, String) {
        let subject = format!(
            "[{}] cyberhelp report {}: withdrawn by the reporter",
            self.tlp, self.reference
        );
        let text = format!(
            "The reporter withdrew cyberhelp report {reference} on {at}.\n\n\
             cyberhelp deleted the report's personal details at that moment (the description, the contact details, \
             the evidence list and the messages exchanged about it) and will forward nothing more about it: no \
             answers, no updates. Please apply your own rules for withdrawn reports to the copy you received; \
             a report you must keep by law stays yours to keep.\n\n--\nDelivery {delivery}, withdrawal notice {id}. \
             The same id received twice is one notice.\n",
            reference = self.reference,
            at = self.withdrawn_at,
            delivery = self.delivery_id,
            id = self.idempotency_key,
        );
        (subject, text)
    }
}

/// A message about a delivered report, ready for any channel: what [`Transports::send_followup`] sends.
#[derive(Clone, Debug)]
pub struct Outgoing {
    /// Its id (idempotency key, `Message-ID`, MISP uuid, file name).
    pub id: String,
    /// The delivery (job id) it belongs to; the report's e-mail had `Message-ID` `<delivery_id@host>`.
    pub delivery_id: String,
    /// The report's reference.
    pub reference: String,
    /// The victim asked to stay anonymous (never a `Reply-To`).
    pub anonymous: bool,
    /// The JSON body of a webhook POST and of a file drop.
    pub json: String,
    /// E-mail subject (also RT's).
    pub subject: String,
    /// Plain text for e-mail and ticketing systems.
    pub text: String,
    /// What it is, for file names (`answer_<id>.json`) and errors: `answer` or `withdrawal`.
    pub kind: &'static str,
}

impl Outgoing {
    /// `payload` ready to send as a follow-up of `kind` about delivery `delivery_id`, with its e-mail and
    /// ticketing `texts` (subject, body).
    ///
    /// Errors: serialising failed (never for the payload types here).
    #[allow(clippy::too_many_arguments)]
    fn new(
        kind: &'static str,
        id: &str,
        delivery_id: &str,
        reference: &str,
        anonymous: bool,
        payload: &impl serde::Serialize,
        texts: (String, String),
    ) -> Result<Self, String> {
        Ok(Outgoing {
            id: id.to_owned(),
            delivery_id: delivery_id.to_owned(),
            reference: reference.to_owned(),
            anonymous,
            json: serde_json::to_string_pretty(payload).map_err(|e| e.to_string())?,
            subject: texts.0,
            text: texts.1,
            kind,
        })
    }

    /// An answer, ready to send.
    ///
    /// Errors: serialising failed (never for these types).
    pub fn answer(a: &AnswerPayload) -> Result<Self, String> {
        let (id, delivery, reference) = (&a.idempotency_key, &a.delivery_id, &a.reference);
        Self::new("answer", id, delivery, reference, a.anonymous, a, a.texts())
    }

    /// A withdrawal notice, ready to send (never with a `Reply-To`).
    ///
    /// Errors: serialising failed (never for these types).
    pub fn withdrawal(w: &WithdrawalPayload) -> Result<Self, String> {
        let (id, delivery, reference) = (&w.idempotency_key, &w.delivery_id, &w.reference);
        Self::new("withdrawal", id, delivery, reference, true, w, w.texts())
    }
}

impl Transports {
    /// Sends a message about a delivered report (a victim's answer, a withdrawal notice) over the channel its
    /// recipient received the report on: a signed webhook POST (`o.json`), an e-mail answering the report's
    /// e-mail (`In-Reply-To` its `Message-ID`; `Reply-To` the victim only as the report itself was sent, never
    /// when anonymous), RT REST2 correspondence on the ticket (`POST {url}/REST/2.0/ticket/{id}/correspond`), a
    /// MISP attribute of type `comment` on the event (`POST {url}/attributes/add/{event id}`, MISP automation
    /// API; `uuid` from the id, so MISP refuses a copy), a TheHive alert comment
    /// (`POST {url}/api/v1/alert/{id}/comment`), a file (`{kind}_{id}.json`), or memory. `their_record` is the
    /// recipient system's id of the report (ticket, event, alert); without it the three ticketing channels
    /// cannot attach the message and fail permanently.
    pub async fn send_followup(
        &self,
        channel: &Channel,
        o: &Outgoing,
        their_record: Option<&str>,
        victim_email: Option<&str>,
        now_unix: i64,
    ) -> Outcome {
        let record = |tool: &str| {
            their_record
                .filter(|r| {
                    !r.is_empty()
                        && r.chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                })
                .map(str::to_owned)
                .ok_or_else(|| {
                    Outcome::Permanent(format!(
                        "no {tool} record of this delivery is known: the {} cannot be attached",
                        o.kind
                    ))
                })
        };
        let (subject, text) = (&o.subject, &o.text);
        match channel {
            Channel::Webhook { url, key } => {
                self.post_signed(url, key.expose(), &o.id, o.json.clone(), now_unix)
                    .await
            }
            Channel::Email {
                to,
                reply_to_victim,
                ..
            } => {
                let Some(smtp) = &self.smtp else {
                    return Outcome::Retry("SMTP is not configured".into());
                };
                let reply = victim_email.filter(|_| *reply_to_victim && !o.anonymous);
                smtp_send(smtp, self.answer_message(to, reply, o)).await
            }
            Channel::Rt { url, key, .. } => {
                let ticket = match record("RT ticket") {
                    Ok(t) => t,
                    Err(o) => return o,
                };
                let endpoint = format!(
                    "{}/REST/2.0/ticket/{ticket}/correspond",
                    url.trim_end_matches('/')
                );
                let body = serde_json::json!({"Subject": subject, "Content": text, "ContentType": "text/plain"});
                let auth = format!("token {}", String::from_utf8_lossy(key.expose()));
                self.post_api("RT", &endpoint, auth, &body, |_| None).await
            }
            Channel::Misp { url, key } => {
                let event = match record("MISP event") {
                    Ok(t) => t,
                    Err(o) => return o,
                };
                let endpoint = format!("{}/attributes/add/{event}", url.trim_end_matches('/'));
                let body = serde_json::json!({
                    "uuid": uuid_of(&o.id),
                    "type": "comment",
                    "category": "Other",
                    "value": text,
                    "to_ids": false,
                    "distribution": "5",
                    "comment": format!("cyberhelp {} {}", o.kind, o.id),
                });
                self.post_api(
                    "MISP",
                    &endpoint,
                    String::from_utf8_lossy(key.expose()).into_owned(),
                    &body,
                    |_| None,
                )
                .await
            }
            Channel::TheHive { url, key } => {
                let alert = match record("TheHive alert") {
                    Ok(t) => t,
                    Err(o) => return o,
                };
                let endpoint =
                    format!("{}/api/v1/alert/{alert}/comment", url.trim_end_matches('/'));
                let body = serde_json::json!({"message": text});
                let auth = format!("Bearer {}", String::from_utf8_lossy(key.expose()));
                self.post_api("TheHive", &endpoint, auth, &body, |_| None)
                    .await
            }
            Channel::File { dir } => {
                write_file(dir, format!("{}_{}.json", o.kind, o.id), &o.json).await
            }
            // the inbox shows answers and withdrawals from the database
            Channel::Inbox => Outcome::Delivered,
            Channel::Memory => {
                if let Ok(mut v) = self.memory.0.lock() {
                    v.push(MemoryRecord {
                        idempotency_key: o.id.clone(),
                        body: o.json.clone(),
                    });
                }
                Outcome::Delivered
            }
        }
    }

    /// The e-mail carrying a follow-up (also used by tests to inspect headers): threaded under the report's
    /// e-mail (`In-Reply-To`/`References` = its `Message-ID`, `<job id@sender domain>`).
    ///
    /// Errors: an unusable recipient address (permanent).
    pub fn answer_message(
        &self,
        to: &str,
        reply_to: Option<&str>,
        o: &Outgoing,
    ) -> Result<Message, String> {
        let to: Mailbox = to
            .parse()
            .map_err(|e| format!("recipient address `{to}`: {e}"))?;
        let host = self.from.email.domain().to_owned();
        let parent = format!("<{}@{host}>", o.delivery_id);
        let mut b = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(o.subject.clone())
            .message_id(Some(format!("<{}@{host}>", o.id)))
            .in_reply_to(parent.clone())
            .references(parent);
        if let Some(r) = reply_to.and_then(|e| e.parse::<Mailbox>().ok()) {
            b = b.reply_to(r);
        }
        b.raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("X-Cyberhelp-Idempotency-Key"),
            o.id.clone(),
        ))
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("X-Cyberhelp-Reference"),
            o.reference.clone(),
        ))
        .header(ContentType::TEXT_PLAIN)
        .body(o.text.clone())
        .map_err(|e| format!("building the message: {e}"))
    }

    /// Sends the victim a notice (`subject`, plain `text`) with `id` as its `Message-ID`. Needs SMTP.
    pub async fn send_notice(&self, to: &str, subject: &str, text: &str, id: &str) -> Outcome {
        let Some(smtp) = &self.smtp else {
            return Outcome::Retry("SMTP is not configured".into());
        };
        let to: Mailbox = match to.parse() {
            Ok(t) => t,
            Err(e) => return Outcome::Permanent(format!("victim's address: {e}")),
        };
        let host = self.from.email.domain().to_owned();
        let msg = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .message_id(Some(format!("<{id}@{host}>")))
            .header(ContentType::TEXT_PLAIN)
            .body(text.to_owned())
            .map_err(|e| format!("building the notice: {e}"));
        smtp_send(smtp, msg).await
    }
}

/// Sends a built message (one that could not be built is a permanent failure): delivered, or retried or
/// failed as the SMTP server's answer says.
async fn smtp_send(
    smtp: &AsyncSmtpTransport<Tokio1Executor>,
    msg: Result<Message, String>,
) -> Outcome {
    match msg {
        Ok(m) => match smtp.send(m).await {
            Ok(_) => Outcome::Delivered,
            Err(e) if e.is_permanent() => Outcome::Permanent(format!("SMTP: {e}")),
            Err(e) => Outcome::Retry(format!("SMTP: {e}")),
        },
        Err(e) => Outcome::Permanent(e),
    }
}

/// A 32-hex-digit id written as a UUID (8-4-4-4-12); anything else unchanged.
pub fn uuid_of(k: &str) -> String {
    if k.len() == 32 && k.bytes().all(|b| b.is_ascii_hexdigit()) {
        format!(
            "{}-{}-{}-{}-{}",
            &k[0..8],
            &k[8..12],
            &k[12..16],
            &k[16..20],
            &k[20..32]
        )
    } else {
        k.to_owned()
    }
}

/// A JSON id as text: a string as it is, a number written out.
fn json_id(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Links (`http(s)://…`), e-mail addresses and phone numbers (`+` and at least 8 digits) in the victim's text,
/// each once, at most 50: the indicators a ticketing system can search for. Never the victim's own contact
/// details, which are not in the description's scan.
pub fn indicators(text: &str) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = Vec::new();
    for raw in text.split(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '(' | ')')) {
        let t = raw.trim_matches(|c: char| {
            matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '[' | ']')
        });
        let found = if (t.starts_with("http://") || t.starts_with("https://"))
            && url::Url::parse(t).is_ok()
        {
            Some(("url", t.to_owned()))
        } else if t.contains('@') && crate::server::reports::validate::valid_email(t) {
            Some(("email", t.to_ascii_lowercase()))
        } else if t.starts_with('+')
            && t[1..].chars().filter(char::is_ascii_digit).count() >= 8
            && t[1..].chars().all(|c| c.is_ascii_digit() || c == '-')
        {
            Some(("phone", t.to_owned()))
        } else {
            None
        };
        if let Some(f) = found {
            if !out.contains(&f) && out.len() < 50 {
                out.push(f);
            }
        }
    }
    out
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
    write_file(dir, name, body).await
}

/// Writes `body` to `dir/name` atomically (temporary file, fsync, rename), readable by the service's user only.
async fn write_file(dir: &Path, name: String, body: &str) -> Outcome {
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

#[cfg(test)]
mod tests {
    use super::indicators;

    #[test]
    fn indicators_are_links_addresses_and_international_numbers_each_once() {
        let found = indicators(
            "Mail from Billing@Evil.example (see https://evil.example/pay?x=1). Call +44 20 7946 0000 or \
             +442079460000, or 0800 123 456; again https://evil.example/pay?x=1, and hxxp://defanged.example.",
        );
        assert_eq!(
            found,
            vec![
                ("email", "billing@evil.example".to_owned()),
                ("url", "https://evil.example/pay?x=1".to_owned()),
                ("phone", "+442079460000".to_owned()),
            ],
            "a spaced number is not one token; a local number has no +; defanged links stay text"
        );
        let many: String = (0..80).map(|n| format!("https://e{n}.example/ ")).collect();
        assert_eq!(indicators(&many).len(), 50, "capped");
        assert!(indicators("").is_empty());
    }
}
