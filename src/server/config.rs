//! Typed configuration from the command line and the environment (`CYBERHELP_*`, `DATABASE_URL`).
//!
//! Leptos' own settings (`LEPTOS_SITE_ADDR`, `LEPTOS_SITE_ROOT`, ...) are read by `leptos::config` and
//! documented beside these in `.env.example`.

use clap::{Parser, Subcommand, ValueEnum};
use std::fmt;
use std::path::PathBuf;

/// `cyberhelp [serve]`, `cyberhelp deliver`, `cyberhelp check-content [DIR]`.
#[derive(Parser, Debug)]
#[command(
    name = "cyberhelp",
    version,
    about = "Help for victims of cyber-attacks in the EU"
)]
pub struct Cli {
    /// What to do; `serve` when omitted.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Server settings (also accepted after `serve`).
    #[command(flatten)]
    pub serve: ServeConfig,
}

/// Subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run the web portal (the default).
    Serve(ServeConfig),
    /// Run only the delivery worker (no HTTP): sends queued reports until SIGTERM/Ctrl-C. Several may run
    /// against one PostgreSQL; on SQLite run one worker in all (the server's own, or this one with
    /// `CYBERHELP_DELIVERY_WORKER=false` on the server).
    Deliver(ServeConfig),
    /// Validate a content tree (advice, bulletins, incident types) and exit non-zero on any error.
    CheckContent {
        /// The content directory to check.
        #[arg(default_value = "content")]
        dir: PathBuf,
    },
    /// Per language, the advice articles and bulletins without a translation and those whose English text
    /// changed after the revision they were translated from.
    Translations {
        /// The content directory.
        #[arg(default_value = "content")]
        dir: PathBuf,
    },
    /// After `cargo leptos build`: give the browser bundle in SITE_ROOT/pkg content-hashed names, write Brotli
    /// (quality 11) and gzip (level 9) copies beside them and the manifest the server reads at start.
    BuildAssets {
        /// The site root (`LEPTOS_SITE_ROOT`).
        #[arg(default_value = "target/site", env = "LEPTOS_SITE_ROOT")]
        site_root: PathBuf,
    },
    /// Write the bulletins as a CSAF 2.0 provider tree (provider metadata, ROLIE feed, documents with their
    /// `.sha512`) under OUT, as the server serves them under `/.well-known/csaf/`, for validators and mirrors.
    CsafExport {
        /// The content directory.
        #[arg(default_value = "content")]
        dir: PathBuf,
        /// Where to write (created).
        #[arg(long, default_value = "target/csaf")]
        out: PathBuf,
        /// The public URL the documents name (as `CYBERHELP_PUBLIC_URL`).
        #[arg(long, default_value = "http://127.0.0.1:3000")]
        base_url: String,
    },
    /// Print a signed preview link for a draft, scheduled or any other article or bulletin (`advice/<slug>` or
    /// `bulletins/<slug>`), valid for `--hours`; needs the database that holds the instance secret.
    PreviewLink {
        /// `advice/<slug>` or `bulletins/<slug>`.
        item: String,
        /// The language of the page (BCP 47 tag of a supported language).
        #[arg(long, default_value = "en")]
        lang: String,
        /// How long the link works, in hours (at most 720).
        #[arg(long, default_value_t = 72)]
        hours: u32,
        /// The portal's public URL, for the printed link.
        #[arg(
            long,
            env = "CYBERHELP_PUBLIC_URL",
            default_value = "http://127.0.0.1:3000"
        )]
        public_url: String,
        /// Database URL, as for `serve`.
        #[arg(
            long,
            env = "DATABASE_URL",
            default_value = "sqlite:data/cyberhelp.sqlite3"
        )]
        database_url: String,
    },
    /// Purge the personal fields of every report past its retention now (as the server does every
    /// `CYBERHELP_PURGE_INTERVAL_SECS`) and print the counts as JSON; `--dry-run` only counts what is due.
    Purge {
        /// Count what is due without changing anything.
        #[arg(long)]
        dry_run: bool,
        /// Database URL, as for `serve`.
        #[arg(
            long,
            env = "DATABASE_URL",
            default_value = "sqlite:data/cyberhelp.sqlite3"
        )]
        database_url: String,
        /// Retention settings, as for `serve`.
        #[command(flatten)]
        privacy: PrivacySettings,
    },
    /// Accounts of the contact-point inbox (`/{lang}/inbox`).
    Inbox {
        /// What to do.
        #[command(subcommand)]
        action: InboxAction,
    },
    /// Print the inbox audit log of one contact point (oldest first, one JSON object per line).
    Audit {
        /// The contact point's id in the directory (e.g. `fi-office-of-the-data-protection`).
        #[arg(long)]
        contact: String,
        /// At most this many entries.
        #[arg(long, default_value_t = 10_000)]
        limit: i64,
        /// Database URL, as for `serve`.
        #[arg(
            long,
            env = "DATABASE_URL",
            default_value = "sqlite:data/cyberhelp.sqlite3"
        )]
        database_url: String,
    },
    /// List what "None of these fit" collected in the guided diagnosis: counts per question and language, and
    /// the texts still kept (90 days).
    TriageFeedback {
        /// Database URL, as for `serve`.
        #[arg(
            long,
            env = "DATABASE_URL",
            default_value = "sqlite:data/cyberhelp.sqlite3"
        )]
        database_url: String,
    },
}

/// `cyberhelp inbox …`.
#[derive(Subcommand, Debug)]
pub enum InboxAction {
    /// Create (or restore) the account of EMAIL for the directory's contact point CONTACT_ID and e-mail it a
    /// one-time invitation link (valid 72 hours); without SMTP the link is printed instead.
    Invite {
        /// The contact point's id in the directory.
        contact_id: String,
        /// The person's e-mail address.
        email: String,
        /// The language of the link and the e-mail (BCP 47 tag of a supported language).
        #[arg(long, default_value = "en")]
        lang: String,
        /// Settings, as for `serve` (database, content, SMTP, public URL).
        #[command(flatten)]
        config: Box<ServeConfig>,
    },
    /// Revoke the account of EMAIL: no sign-in any more, and its sessions end at once.
    Revoke {
        /// The person's e-mail address.
        email: String,
        /// Database URL, as for `serve`.
        #[arg(
            long,
            env = "DATABASE_URL",
            default_value = "sqlite:data/cyberhelp.sqlite3"
        )]
        database_url: String,
    },
}

/// Log output format.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line, for log collectors.
    Json,
}

/// Everything the server needs besides Leptos' options.
#[derive(clap::Args, Clone)]
pub struct ServeConfig {
    /// Database URL: `sqlite:<path>` (created on first start) or `postgres://user@host/db`.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite:data/cyberhelp.sqlite3"
    )]
    pub database_url: String,
    /// Maximum open database connections per replica.
    #[arg(long, env = "CYBERHELP_DB_MAX_CONNECTIONS", default_value_t = 8)]
    pub db_max_connections: u32,
    /// Directory holding advice, bulletins and incident types (see content/README.md).
    #[arg(long, env = "CYBERHELP_CONTENT_DIR", default_value = "content")]
    pub content_dir: PathBuf,
    /// Public origin of the portal (e.g. `https://cyberhelp.example.eu`); used for absolute links in feeds, the
    /// API, receipts and the acknowledgement links sent to recipients. Empty (the default): `http://` plus
    /// the listening address `LEPTOS_SITE_ADDR`, so changing only the port keeps links working locally.
    #[arg(long, env = "CYBERHELP_PUBLIC_URL", default_value = "")]
    pub public_url: String,
    /// Watch the content directory and reload changes live (`false` to disable).
    #[arg(long, env = "CYBERHELP_WATCH_CONTENT", default_value_t = true, action = clap::ArgAction::Set)]
    pub watch_content: bool,
    /// Reports one client IP may send in a burst before waiting (then one per 12 seconds).
    #[arg(long, env = "CYBERHELP_REPORT_BURST", default_value_t = 10)]
    pub report_burst: u32,
    /// Behind reverse proxies: rate-limit by the client address in `X-Forwarded-For` instead of the TCP peer.
    /// The client is the right-most address not in `CYBERHELP_TRUSTED_PROXIES` (see
    /// [`crate::server::client_ip`]).
    #[arg(long, env = "CYBERHELP_TRUST_PROXY_HEADERS", default_value_t = false, action = clap::ArgAction::Set)]
    pub trust_proxy_headers: bool,
    /// The reverse proxies in front of the portal, as comma-separated CIDRs or addresses
    /// (`10.0.0.0/8,2001:db8::/48`). Only their `X-Forwarded-For` entries are believed. Default: loopback
    /// and private networks.
    #[arg(
        long,
        env = "CYBERHELP_TRUSTED_PROXIES",
        value_delimiter = ',',
        value_parser = crate::server::client_ip::parse_net,
        default_value = crate::server::client_ip::DEFAULT_TRUSTED_PROXIES
    )]
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// Searches running at once per replica (each takes one core while it runs); 0 = the number of cores minus one
    /// (at least one), so that one core stays free for pages, reports and `/healthz` under a search flood.
    #[arg(long, env = "CYBERHELP_SEARCH_CONCURRENCY", default_value_t = 0)]
    pub search_concurrency: usize,
    /// Searches that may wait for a free slot; beyond them, search answers 503 with `Retry-After`
    /// (the API) or a "busy, try again" page.
    #[arg(long, env = "CYBERHELP_SEARCH_QUEUE", default_value_t = 8)]
    pub search_queue: usize,
    /// Longest wait of a queued search, in milliseconds, before it is answered "busy".
    #[arg(long, env = "CYBERHELP_SEARCH_QUEUE_WAIT_MS", default_value_t = 2000)]
    pub search_queue_wait_ms: u64,
    /// Searches (pages, suggestions, API) one client may make in a burst; then one more every 250 ms.
    #[arg(long, env = "CYBERHELP_SEARCH_BURST", default_value_t = 30)]
    pub search_burst: u32,
    /// Report status lookups (status page, receipt, status API) one client may make in a burst; then one
    /// more every 6 seconds.
    #[arg(long, env = "CYBERHELP_STATUS_BURST", default_value_t = 10)]
    pub status_burst: u32,
    /// Token for the operator's endpoints: `/metrics` and the detailed `/healthz` answer only requests with
    /// `Authorization: Bearer <token>`. Unset: `/metrics` is closed (401) and `/healthz` shows only
    /// `{"status"}`. Use 32 or more random characters.
    #[arg(long, env = "CYBERHELP_ADMIN_TOKEN", hide_env_values = true)]
    pub admin_token: Option<String>,
    /// Largest accepted request body, in bytes; larger bodies get 413.
    #[arg(long, env = "CYBERHELP_MAX_BODY_BYTES", default_value_t = 64 * 1024)]
    pub max_body_bytes: usize,
    /// Log format.
    #[arg(long, env = "CYBERHELP_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
    /// Log filter in `tracing` EnvFilter syntax (e.g. `info,cyberhelp=debug`); `RUST_LOG` works too.
    #[arg(long, env = "CYBERHELP_LOG", default_value = "info")]
    pub log: String,
    /// Seconds a client has to send a complete request head, from connecting or from the end of the
    /// previous response on a kept-alive connection; slower clients are disconnected.
    #[arg(long, env = "CYBERHELP_HEADER_READ_TIMEOUT_SECS", default_value_t = 10)]
    pub header_read_timeout_secs: u64,
    /// Seconds a connection may stay open with no request in flight and no traffic.
    #[arg(long, env = "CYBERHELP_IDLE_TIMEOUT_SECS", default_value_t = 60)]
    pub idle_timeout_secs: u64,
    /// Seconds to handle one request, reading its body included (slow uploads get 408).
    #[arg(long, env = "CYBERHELP_REQUEST_TIMEOUT_SECS", default_value_t = 30)]
    pub request_timeout_secs: u64,
    /// Seconds to let in-flight requests finish after SIGTERM/Ctrl-C.
    #[arg(long, env = "CYBERHELP_SHUTDOWN_GRACE_SECS", default_value_t = 10)]
    pub shutdown_grace_secs: u64,
    /// Where readers report an error in a directory entry: an e-mail address (`corrections@example.eu`) or an
    /// `https://` URL of a form. Each entry of the country pages (`/{lang}/contacts/{cc}`) links to it with the
    /// entry's id (`mailto:` subject, or `?entry=` on the URL). Empty (the default): no link is shown.
    #[arg(long, env = "CYBERHELP_CORRECTIONS_CONTACT", default_value = "")]
    pub corrections_contact: String,
    /// Security contact of `/.well-known/security.txt` (RFC 9116 `Contact`): an e-mail address or an https URL.
    /// Empty: the corrections contact; both empty: no security.txt (404).
    #[arg(long, env = "CYBERHELP_SECURITY_CONTACT", default_value = "")]
    pub security_contact: String,
    /// `Expires` of security.txt (RFC 3339). Empty (the default): 180 days after each request, so the file never
    /// expires while the portal runs; set a fixed date if your policy reviews the file.
    #[arg(long, env = "CYBERHELP_SECURITY_TXT_EXPIRES", default_value = "")]
    pub security_txt_expires: String,
    /// Origins allowed to frame the embeddable diagnosis `/{lang}/embed/help`, space- or comma-separated
    /// (`https://partner.example https://insurer.example`). Empty (the default): nobody may frame it. Every
    /// other page can never be framed.
    #[arg(long, env = "CYBERHELP_EMBED_ORIGINS", default_value = "")]
    pub embed_origins: String,
    /// Report delivery (outbox worker, SMTP, webhook and file channels).
    #[command(flatten)]
    pub delivery: DeliverySettings,
    /// Retention of personal data, and who runs the portal (the privacy notice and accessibility statement).
    #[command(flatten)]
    pub privacy: PrivacySettings,
}

/// Retention of reports' personal fields and the operator's identity, as the privacy notice
/// (`/{lang}/privacy`) and the accessibility statement (`/{lang}/accessibility`) state them.
#[derive(clap::Args, Clone, Debug)]
pub struct PrivacySettings {
    /// Days a report's personal fields are kept after every recipient finished with it (confirmed receipt,
    /// closed it, or could not be reached) and nothing else happened on it.
    #[arg(long, env = "CYBERHELP_RETENTION_DAYS", default_value_t = crate::server::reports::retention::DEFAULT_RETENTION_DAYS,
          value_parser = clap::value_parser!(u32).range(1..=3650))]
    pub retention_days: u32,
    /// Days after which a report's personal fields are purged in any case (at least the retention period).
    #[arg(long, env = "CYBERHELP_MAX_AGE_DAYS", default_value_t = crate::server::reports::retention::DEFAULT_MAX_AGE_DAYS,
          value_parser = clap::value_parser!(u32).range(1..=3650))]
    pub max_age_days: u32,
    /// Seconds between purge runs of each replica (the first at start; runs on several replicas are safe).
    #[arg(long, env = "CYBERHELP_PURGE_INTERVAL_SECS", default_value_t = 3600,
          value_parser = clap::value_parser!(u64).range(10..))]
    pub purge_interval_secs: u64,
    /// Who runs this portal (the controller of the personal data), as the privacy notice names it:
    /// `Example Agency, Street 1, 1000 City, Country`. Empty: the notice says the operator has not named itself.
    #[arg(long, env = "CYBERHELP_OPERATOR", default_value = "")]
    pub operator: String,
    /// How to reach the operator about personal data: an e-mail address or an https URL.
    #[arg(long, env = "CYBERHELP_OPERATOR_CONTACT", default_value = "")]
    pub operator_contact: String,
    /// The operator's data protection officer (GDPR Art. 37–39): an e-mail address or an https URL. Empty: no DPO named.
    #[arg(long, env = "CYBERHELP_DPO_CONTACT", default_value = "")]
    pub dpo_contact: String,
    /// Where readers report accessibility problems: an e-mail address or an https URL. Empty: the operator contact.
    #[arg(long, env = "CYBERHELP_ACCESSIBILITY_CONTACT", default_value = "")]
    pub accessibility_contact: String,
    /// The national body that enforces the Web Accessibility Directive where the operator is (an https URL),
    /// linked from the accessibility statement's enforcement procedure. Empty: the statement says so.
    #[arg(
        long,
        env = "CYBERHELP_ACCESSIBILITY_ENFORCEMENT_URL",
        default_value = ""
    )]
    pub accessibility_enforcement_url: String,
}

impl PrivacySettings {
    /// The retention policy these settings give.
    pub fn policy(&self) -> crate::server::reports::retention::Policy {
        crate::server::reports::retention::Policy::from_days(self.retention_days, self.max_age_days)
    }
}

/// Settings of report delivery. Secrets (the SMTP password inside the URL, webhook keys in the delivery
/// config file) never appear in Debug output.
#[derive(clap::Args, Clone)]
pub struct DeliverySettings {
    /// Run the delivery worker inside `serve` (`false` when a separate `cyberhelp deliver` does it).
    #[arg(long = "delivery-worker", env = "CYBERHELP_DELIVERY_WORKER", default_value_t = true, action = clap::ArgAction::Set)]
    pub worker: bool,
    /// SMTP server for e-mail deliveries: `smtp://user:password@host:587?tls=required`, `smtps://...:465`,
    /// or `smtp://127.0.0.1:2525` (no TLS, a local sink). Unset: e-mail jobs wait, visibly, as `queued`
    /// (setting it is the operator's opt-in to e-mail the authorities' addresses from the directory).
    #[arg(long, env = "CYBERHELP_SMTP_URL")]
    pub smtp_url: Option<String>,
    /// Sender of delivery e-mails (`Name <address>`).
    #[arg(
        long,
        env = "CYBERHELP_SMTP_FROM",
        default_value = "cyberhelp <cyberhelp@localhost>"
    )]
    pub smtp_from: String,
    /// TOML file mapping contact ids to webhook, file-drop or e-mail channels (see README, "Delivery").
    #[arg(long, env = "CYBERHELP_DELIVERY_CONFIG")]
    pub delivery_config: Option<PathBuf>,
    /// Milliseconds between polls of the outbox when it is idle.
    #[arg(long, env = "CYBERHELP_DELIVERY_POLL_MS", default_value_t = 1000)]
    pub poll_ms: u64,
    /// Seconds a claimed job stays reserved for its worker; a killed worker's jobs are retaken after it.
    /// Must exceed the send timeout.
    #[arg(long, env = "CYBERHELP_DELIVERY_LEASE_SECS", default_value_t = 120)]
    pub lease_secs: u64,
    /// Timeout of one send (SMTP conversation or webhook request), in seconds.
    #[arg(long, env = "CYBERHELP_DELIVERY_TIMEOUT_SECS", default_value_t = 30)]
    pub timeout_secs: u64,
    /// Attempts before a job becomes `failed` (and an operator alert is logged).
    #[arg(long, env = "CYBERHELP_DELIVERY_MAX_ATTEMPTS", default_value_t = 10)]
    pub max_attempts: u32,
    /// First retry delay in milliseconds; doubles per attempt (with jitter) up to the cap.
    #[arg(
        long,
        env = "CYBERHELP_DELIVERY_BACKOFF_BASE_MS",
        default_value_t = 30_000
    )]
    pub backoff_base_ms: u64,
    /// Longest retry delay in milliseconds.
    #[arg(
        long,
        env = "CYBERHELP_DELIVERY_BACKOFF_MAX_MS",
        default_value_t = 3_600_000
    )]
    pub backoff_max_ms: u64,
    /// Jobs one worker sends at once.
    #[arg(long, env = "CYBERHELP_DELIVERY_BATCH", default_value_t = 8)]
    pub batch: u32,
}

impl fmt::Debug for DeliverySettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DeliverySettings")
            .field("worker", &self.worker)
            .field("smtp_url", &self.smtp_url.as_deref().map(redact_url))
            .field("smtp_from", &self.smtp_from)
            .field("delivery_config", &self.delivery_config)
            .field("poll_ms", &self.poll_ms)
            .field("lease_secs", &self.lease_secs)
            .field("timeout_secs", &self.timeout_secs)
            .field("max_attempts", &self.max_attempts)
            .field("backoff_base_ms", &self.backoff_base_ms)
            .field("backoff_max_ms", &self.backoff_max_ms)
            .field("batch", &self.batch)
            .finish()
    }
}

/// Hides the password of a URL such as `postgres://user:secret@host/db`.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let creds = &url[scheme_end + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}://{user}:***{}", &url[..scheme_end], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

impl fmt::Debug for ServeConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ServeConfig")
            .field("database_url", &redact_url(&self.database_url))
            .field("db_max_connections", &self.db_max_connections)
            .field("content_dir", &self.content_dir)
            .field("public_url", &self.public_url)
            .field("watch_content", &self.watch_content)
            .field("max_body_bytes", &self.max_body_bytes)
            .field("admin_token", &self.admin_token.as_ref().map(|_| "***"))
            .field("search_concurrency", &self.search_concurrency)
            .field("search_queue", &self.search_queue)
            .field("search_queue_wait_ms", &self.search_queue_wait_ms)
            .field("search_burst", &self.search_burst)
            .field("status_burst", &self.status_burst)
            .field("report_burst", &self.report_burst)
            .field("trust_proxy_headers", &self.trust_proxy_headers)
            .field("trusted_proxies", &self.trusted_proxies)
            .field("log_format", &self.log_format)
            .field("log", &self.log)
            .field("shutdown_grace_secs", &self.shutdown_grace_secs)
            .field("header_read_timeout_secs", &self.header_read_timeout_secs)
            .field("idle_timeout_secs", &self.idle_timeout_secs)
            .field("request_timeout_secs", &self.request_timeout_secs)
            .field("delivery", &self.delivery)
            .field("privacy", &self.privacy)
            .finish()
    }
}

impl ServeConfig {
    /// Defaults for tests: an SQLite database at `db`, the bundled content.
    pub fn for_tests(database_url: impl Into<String>) -> Self {
        let cli = Cli::parse_from(["cyberhelp"]);
        let mut c = ServeConfig {
            database_url: database_url.into(),
            ..cli.serve
        };
        c.resolve_public_url(std::net::SocketAddr::from(([127, 0, 0, 1], 3000)));
        c
    }

    /// Fills an empty `public_url` with `http://{addr}` and drops a trailing slash.
    pub fn resolve_public_url(&mut self, addr: std::net::SocketAddr) {
        let url = self.public_url.trim().trim_end_matches('/');
        self.public_url = if url.is_empty() {
            format!("http://{addr}")
        } else {
            url.to_owned()
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_url_follows_the_listening_address_unless_set() {
        let mut c = ServeConfig::for_tests("sqlite::memory:");
        assert_eq!(c.public_url, "http://127.0.0.1:3000");
        c.public_url = String::new();
        c.resolve_public_url(std::net::SocketAddr::from(([127, 0, 0, 1], 3500)));
        assert_eq!(c.public_url, "http://127.0.0.1:3500");
        c.public_url = "https://cyberhelp.example.eu/".into();
        c.resolve_public_url(std::net::SocketAddr::from(([127, 0, 0, 1], 3500)));
        assert_eq!(c.public_url, "https://cyberhelp.example.eu");
    }

    #[test]
    fn passwords_never_appear_in_debug_output() {
        let mut c = ServeConfig::for_tests("postgres://app:s3cret@db.internal:5432/cyberhelp");
        c.log = "info".into();
        let dbg = format!("{c:?}");
        assert!(!dbg.contains("s3cret"), "{dbg}");
        assert!(
            dbg.contains("postgres://app:***@db.internal:5432/cyberhelp"),
            "{dbg}"
        );
    }

    #[test]
    fn the_admin_token_never_appears_in_debug_output() {
        let mut c = ServeConfig::for_tests("sqlite:x.db");
        c.admin_token = Some("adm1n-t0ken-very-secret".into());
        let dbg = format!("{c:?}");
        assert!(!dbg.contains("adm1n-t0ken"), "{dbg}");
    }

    #[test]
    fn smtp_passwords_never_appear_in_debug_output() {
        let mut c = ServeConfig::for_tests("sqlite:x.db");
        c.delivery.smtp_url =
            Some("smtp://mailer:hunter2@smtp.example.org:587?tls=required".into());
        let dbg = format!("{c:?}");
        assert!(!dbg.contains("hunter2"), "{dbg}");
        assert!(dbg.contains("smtp://mailer:***@smtp.example.org"), "{dbg}");
    }

    #[test]
    fn urls_without_password_are_unchanged() {
        for u in [
            "sqlite:data/x.db",
            "postgres://app@host/db",
            "postgres://host/db",
        ] {
            assert_eq!(redact_url(u), u);
        }
    }
}
