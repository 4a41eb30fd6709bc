//! Report delivery: a transactional outbox (`delivery_jobs`, written with the report), a worker that claims
//! due jobs and sends them over each contact point's channel, and acknowledgements by the recipients.
//!
//! - [`outbox`]: the table; claiming with a lease (`FOR UPDATE SKIP LOCKED` on PostgreSQL).
//! - [`channels`]: which channel a contact point gets (operator config over the public directory).
//! - [`transport`]: SMTP, signed webhook, file drop, in-memory.
//! - [`payload`]: the JSON document (`docs/delivery-payload.schema.json`) and its e-mail rendering.
//! - [`sign`]: webhook signatures, acknowledgement links, backoff.
//! - [`worker`]: the loop run by `serve` and by `cyberhelp deliver`.
//! - [`http`]: `GET/POST /delivery/ack/{id}` (e-mail link) and `POST /api/v1/deliveries/{id}/ack` (webhook);
//!   recipient updates through `POST /delivery/status/{id}` (the link's form) and
//!   `POST /api/v1/deliveries/{id}/status` (webhook).
//! - [`updates`]: recipient updates (state, their reference, outcome, message), idempotent, never backwards.
//! - [`followups`]: recipients' questions, the victim's answers (sent back through their own outbox) and
//!   e-mail notices to victims who opted in.
//!
//! States: `queued → sent → acknowledged`, or `queued → failed` after the last attempt or a permanent error.
//! A queued job without a usable channel (e.g. e-mail while `CYBERHELP_SMTP_URL` is unset) waits with a
//! `wait_reason` shown on the victim's status page and in `/healthz`; it is never dropped.

pub mod channels;
pub mod followups;
pub mod http;
pub mod outbox;
pub mod payload;
pub mod sign;
pub mod transport;
pub mod updates;
pub mod worker;

use crate::server::config::DeliverySettings;
use channels::Channels;
use std::time::Duration;
use transport::Transports;

/// Everything a worker and the acknowledgement endpoints need. Shared through an `Arc`. `Debug` shows no
/// secret (webhook keys and the instance secret are redacted).
pub struct Delivery {
    /// Channel table.
    pub channels: Channels,
    /// Clients.
    pub transports: Transports,
    /// Portal origin for links in payloads.
    pub public_url: String,
    /// Instance secret (signs acknowledgement links).
    token_secret: Vec<u8>,
    /// Idle poll interval.
    pub poll: Duration,
    /// Lease of a claimed job.
    pub lease: Duration,
    /// Attempts before `failed`.
    pub max_attempts: u32,
    /// First retry delay.
    pub backoff_base: Duration,
    /// Longest retry delay.
    pub backoff_max: Duration,
    /// Jobs claimed per round.
    pub batch: u32,
    /// When a job without a channel is looked at again.
    pub wait_recheck: Duration,
}

impl std::fmt::Debug for Delivery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Delivery")
            .field("channels", &self.channels)
            .field("transports", &self.transports)
            .field("public_url", &self.public_url)
            .field("token_secret", &"***")
            .field("poll", &self.poll)
            .field("lease", &self.lease)
            .field("max_attempts", &self.max_attempts)
            .field("backoff_base", &self.backoff_base)
            .field("backoff_max", &self.backoff_max)
            .field("batch", &self.batch)
            .finish()
    }
}

impl Delivery {
    /// Builds delivery from the settings: reads the channel config file, builds the SMTP and HTTP clients.
    ///
    /// Errors: an unreadable or invalid delivery config, an unusable SMTP URL or sender.
    pub fn new(
        s: &DeliverySettings,
        public_url: &str,
        token_secret: Vec<u8>,
    ) -> anyhow::Result<Self> {
        let channels = match &s.delivery_config {
            Some(p) => Channels::load(p)?,
            None => Channels::default(),
        };
        let transports = Transports::new(
            s.smtp_url.as_deref(),
            &s.smtp_from,
            Duration::from_secs(s.timeout_secs.max(1)),
        )?;
        if s.lease_secs <= s.timeout_secs {
            tracing::warn!(
                lease_secs = s.lease_secs,
                timeout_secs = s.timeout_secs,
                "CYBERHELP_DELIVERY_LEASE_SECS should exceed the send timeout, or slow sends may be repeated"
            );
        }
        Ok(Delivery {
            channels,
            transports,
            public_url: public_url.trim_end_matches('/').to_owned(),
            token_secret,
            poll: Duration::from_millis(s.poll_ms.max(10)),
            lease: Duration::from_secs(s.lease_secs.max(1)),
            max_attempts: s.max_attempts.max(1),
            backoff_base: Duration::from_millis(s.backoff_base_ms),
            backoff_max: Duration::from_millis(s.backoff_max_ms.max(s.backoff_base_ms)),
            batch: s.batch.max(1),
            wait_recheck: Duration::from_secs(300),
        })
    }

    /// The signature of job `id`'s acknowledgement link.
    pub fn ack_sig(&self, id: &str) -> String {
        sign::ack_link_sig(&self.token_secret, id)
    }

    /// Whether `sig` is job `id`'s acknowledgement link signature.
    pub fn ack_sig_ok(&self, id: &str, sig: &str) -> bool {
        sign::ack_link_ok(&self.token_secret, id, sig)
    }

    /// Delivery facts for `/healthz`: worker-independent configuration.
    pub fn status_json(&self) -> serde_json::Value {
        serde_json::json!({
            "smtp": if self.transports.has_smtp() { "configured" } else { "not_configured" },
            "configured_contacts": self.channels.contacts.len(),
            "default_channel": self.channels.default.as_ref().map(|c| c.name()),
            "tlp": self.channels.tlp,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::config::ServeConfig;

    #[test]
    fn secrets_never_appear_in_debug_output() {
        let mut c = ServeConfig::for_tests("sqlite:x.db");
        c.delivery.smtp_url = Some("smtp://mailer:hunter2@127.0.0.1:2525".into());
        let mut d =
            Delivery::new(&c.delivery, "http://x", b"instance-secret-bytes".to_vec()).unwrap();
        d.channels.default = Some(channels::Channel::Webhook {
            url: "https://example.org/hook".into(),
            key: channels::Secret::new("webhook-key-do-not-print"),
        });
        let dbg = format!("{d:?}");
        for secret in [
            "hunter2",
            "webhook-key-do-not-print",
            "instance-secret-bytes",
            "105, 110",
        ] {
            assert!(!dbg.contains(secret), "{secret} in {dbg}");
        }
        assert!(dbg.contains("smtp: true"), "{dbg}");
    }
}
