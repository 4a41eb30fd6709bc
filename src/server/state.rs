//! The state one replica shares between its handlers, and the start-up both `serve` and `deliver` go through.

use super::config::ServeConfig;
use super::{content, db, metrics, reports, search};
use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;
use metrics_exporter_prometheus::PrometheusHandle;
use std::sync::Arc;
use std::time::Duration;

/// What every process of the portal needs, web replica or delivery worker: valid content, a migrated
/// database, the instance secret (shared by all replicas through the database) and the delivery set-up.
pub struct Core {
    /// Advice, bulletins, directory, rules: loaded and validated.
    pub content: content::ContentStore,
    /// The database pool, migrations applied.
    pub db: db::Db,
    /// The instance secret (status tokens, acknowledgement links, preview links).
    pub secret: Vec<u8>,
    /// Channels, transports, acknowledgement links.
    pub delivery: Arc<reports::delivery::Delivery>,
}

/// Loads the content, connects and migrates the database, reads (or creates) the instance secret and sets up
/// delivery, in that order.
///
/// Errors: invalid content (every problem listed), a database that cannot be reached or migrated, an invalid
/// delivery configuration.
pub async fn bootstrap(config: &ServeConfig) -> anyhow::Result<Core> {
    let content = content::ContentStore::open(&config.content_dir).map_err(|errors| {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        anyhow::anyhow!(
            "content in {} is invalid ({} problems):\n  {}",
            config.content_dir.display(),
            list.len(),
            list.join("\n  ")
        )
    })?;
    let db = db::connect(&config.database_url, config.db_max_connections).await?;
    let secret = db
        .meta_init("status_token_secret", &reports::reference::new_secret())
        .await
        .map_err(|e| anyhow::anyhow!("reading the status-token secret: {e}"))?
        .into_bytes();
    let delivery =
        reports::delivery::Delivery::new(&config.delivery, &config.public_url, secret.clone())?;
    Ok(Core {
        content,
        db,
        secret,
        delivery: Arc::new(delivery),
    })
}

/// Shared state of one replica, handed to handlers and server functions. Cheap to clone.
#[derive(Clone, FromRef)]
pub struct AppState {
    /// Leptos' options (site root, output name, address).
    pub leptos_options: LeptosOptions,
    /// The database pool.
    pub db: db::Db,
    /// Prometheus handle for `/metrics`.
    pub metrics: PrometheusHandle,
    /// The server configuration.
    pub config: Arc<ServeConfig>,
    /// Advice, bulletins and incident types, swapped atomically on reload.
    pub content: content::ContentStore,
    /// Secret for report status tokens (from the database, shared by all replicas).
    pub token_secret: Arc<Vec<u8>>,
    /// Report delivery: channels, transports, acknowledgement links.
    pub delivery: Arc<reports::delivery::Delivery>,
    /// Bounds the searches running and waiting at once.
    pub search_gate: Arc<search::SearchGate>,
    /// Served names of the browser bundle (content-hashed when `cyberhelp build-assets` ran).
    pub assets: Arc<super::assets::Assets>,
}

/// Summary of loaded content for `/healthz`.
pub struct ContentStatus {
    /// Whether content is loaded and valid.
    pub ok: bool,
    /// Details for the JSON document.
    pub json: serde_json::Value,
}

impl AppState {
    /// Connects the database (applying migrations) and builds the state.
    ///
    /// Errors: invalid content (every problem listed), or a database that cannot be reached or migrated.
    pub async fn new(config: ServeConfig, leptos_options: LeptosOptions) -> anyhow::Result<Self> {
        let core = bootstrap(&config).await?;
        let search_gate = search::SearchGate::new(
            config.search_concurrency,
            config.search_queue,
            Duration::from_millis(config.search_queue_wait_ms),
        );
        let assets = super::assets::Assets::load(std::path::Path::new(&*leptos_options.site_root));
        Ok(AppState {
            assets: Arc::new(assets),
            search_gate: Arc::new(search_gate),
            leptos_options,
            db: core.db,
            metrics: metrics::handle(),
            config: Arc::new(config),
            content: core.content,
            token_secret: Arc::new(core.secret),
            delivery: core.delivery,
        })
    }

    /// The content library serving right now.
    pub fn library(&self) -> Arc<content::Library> {
        self.content.get()
    }

    /// Content status for `/healthz`: counts per kind and language, reload generation, last reload error.
    pub fn content_status(&self) -> ContentStatus {
        let lib = self.library();
        let per_lang = lib.counts_per_language();
        let last_error = self.content.last_error();
        ContentStatus {
            ok: !lib.advice.is_empty(),
            json: serde_json::json!({
                "status": if last_error.is_some() { "stale" } else { "ok" },
                "generation": self.content.generation(),
                "advice": lib.advice.len(),
                "bulletins": lib.bulletins.len(),
                "incident_types": lib.incident_types.len(),
                "per_language": per_lang.iter().map(|(l, (a, b))| (l.to_string(), serde_json::json!({"advice": a, "bulletins": b}))).collect::<serde_json::Map<_, _>>(),
                "last_reload_errors": last_error,
            }),
        }
    }
}
