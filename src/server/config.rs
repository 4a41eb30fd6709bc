//! Typed configuration from the command line and the environment (`CYBERHELP_*`, `DATABASE_URL`).
//!
//! Leptos' own settings (`LEPTOS_SITE_ADDR`, `LEPTOS_SITE_ROOT`, ...) are read by `leptos::config` and
//! documented beside these in `.env.example`.

use clap::{Parser, Subcommand, ValueEnum};
use std::fmt;
use std::path::PathBuf;

/// `cyberhelp [serve]`, `cyberhelp check-content [DIR]`.
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
    /// Validate a content tree (advice, bulletins, incident types) and exit non-zero on any error.
    CheckContent {
        /// The content directory to check.
        #[arg(default_value = "content")]
        dir: PathBuf,
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
    /// Public origin of the portal, without trailing slash; used for absolute links in feeds and the API.
    #[arg(
        long,
        env = "CYBERHELP_PUBLIC_URL",
        default_value = "http://127.0.0.1:3000"
    )]
    pub public_url: String,
    /// Watch the content directory and reload changes live (`false` to disable).
    #[arg(long, env = "CYBERHELP_WATCH_CONTENT", default_value_t = true, action = clap::ArgAction::Set)]
    pub watch_content: bool,
    /// Reports one client IP may send in a burst before waiting (then one per 12 seconds).
    #[arg(long, env = "CYBERHELP_REPORT_BURST", default_value_t = 10)]
    pub report_burst: u32,
    /// Behind a load balancer: rate-limit by the client address it forwards (`X-Forwarded-For`, `X-Real-IP`,
    /// `Forwarded`) instead of the TCP peer. Only enable when the proxy overwrites these headers.
    #[arg(long, env = "CYBERHELP_TRUST_PROXY_HEADERS", default_value_t = false, action = clap::ArgAction::Set)]
    pub trust_proxy_headers: bool,
    /// Largest accepted request body, in bytes; larger bodies get 413.
    #[arg(long, env = "CYBERHELP_MAX_BODY_BYTES", default_value_t = 64 * 1024)]
    pub max_body_bytes: usize,
    /// Log format.
    #[arg(long, env = "CYBERHELP_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
    /// Log filter in `tracing` EnvFilter syntax (e.g. `info,cyberhelp=debug`); `RUST_LOG` works too.
    #[arg(long, env = "CYBERHELP_LOG", default_value = "info")]
    pub log: String,
    /// Seconds to let in-flight requests finish after SIGTERM/Ctrl-C.
    #[arg(long, env = "CYBERHELP_SHUTDOWN_GRACE_SECS", default_value_t = 10)]
    pub shutdown_grace_secs: u64,
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
            .field("report_burst", &self.report_burst)
            .field("trust_proxy_headers", &self.trust_proxy_headers)
            .field("log_format", &self.log_format)
            .field("log", &self.log)
            .field("shutdown_grace_secs", &self.shutdown_grace_secs)
            .finish()
    }
}

impl ServeConfig {
    /// Defaults for tests: an SQLite database at `db`, the bundled content.
    pub fn for_tests(database_url: impl Into<String>) -> Self {
        let cli = Cli::parse_from(["cyberhelp"]);
        ServeConfig {
            database_url: database_url.into(),
            ..cli.serve
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
