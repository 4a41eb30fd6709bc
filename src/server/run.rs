//! Running the portal: `serve` (web replica, optionally with the delivery worker) and `deliver` (the worker
//! alone), each until SIGTERM or Ctrl-C, with a bounded grace period.

use super::config::ServeConfig;
use super::state::{bootstrap, AppState};
use super::{reports, router::router, serve};
use leptos::prelude::*;
use std::time::Duration;

/// Serves the portal until SIGTERM or Ctrl-C, then drains in-flight requests for up to the configured
/// grace period.
pub async fn run(mut config: ServeConfig) -> anyhow::Result<()> {
    use anyhow::Context;
    let conf =
        get_configuration(None).context("reading Leptos configuration (LEPTOS_* variables)")?;
    let leptos_options = conf.leptos_options;
    let addr = leptos_options.site_addr;
    config.resolve_public_url(addr);
    let grace = Duration::from_secs(config.shutdown_grace_secs);
    tracing::info!(?config, "starting");
    let watch = config.watch_content;
    let state = AppState::new(config, leptos_options).await?;
    let _watcher = if watch {
        Some(
            state
                .content
                .watch()
                .context("watching the content directory")?,
        )
    } else {
        None
    };
    let (stop_worker, worker_rx) = tokio::sync::watch::channel(false);
    let worker = state.config.delivery.worker.then(|| {
        tokio::spawn(reports::delivery::worker::run(
            state.db.clone(),
            state.content.clone(),
            state.delivery.clone(),
            worker_rx,
        ))
    });
    // retention: every replica purges what is due (the runs are idempotent and may overlap)
    tokio::spawn(reports::retention::run(
        state.db.clone(),
        state.config.privacy.policy(),
        Duration::from_secs(state.config.privacy.purge_interval_secs),
        stop_worker.subscribe(),
    ));
    let timeouts = serve::Timeouts {
        header_read: Duration::from_secs(state.config.header_read_timeout_secs.max(1)),
        idle: Duration::from_secs(state.config.idle_timeout_secs.max(1)),
    };
    super::memory::release_free_memory();
    tokio::spawn(super::memory::release_periodically(Duration::from_secs(5)));
    let app = router(state);
    let listener = serve::bind(addr).with_context(|| format!("binding {addr}"))?;
    tracing::info!("serving at http://{addr}");
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let server = serve::serve(listener, app, timeouts, async move {
        shutdown_signal().await;
        let _ = stop_worker.send(true);
        let _ = tx.send(());
    });
    let drain_limit = async move {
        let _ = rx.await;
        tracing::info!(
            grace_secs = grace.as_secs(),
            "shutting down, finishing in-flight requests"
        );
        tokio::time::sleep(grace).await;
    };
    tokio::select! {
        () = server => {}
        _ = drain_limit => tracing::warn!("grace period over, closing remaining connections"),
    }
    if let Some(w) = worker {
        // the worker's round in progress finishes (each send is bounded by the send timeout)
        if tokio::time::timeout(grace, w).await.is_err() {
            tracing::warn!("delivery worker still busy after the grace period; its jobs are retaken after their lease");
        }
    }
    tracing::info!("stopped");
    Ok(())
}

/// Runs only the delivery worker (`cyberhelp deliver`) until SIGTERM or Ctrl-C.
///
/// Errors: invalid content, unreachable database, invalid delivery configuration.
pub async fn run_worker(mut config: ServeConfig) -> anyhow::Result<()> {
    // links in e-mails point at the web replicas: the same default as `serve`
    let addr = std::env::var("LEPTOS_SITE_ADDR")
        .ok()
        .and_then(|a| a.parse().ok())
        .unwrap_or(std::net::SocketAddr::from(([127, 0, 0, 1], 3000)));
    config.resolve_public_url(addr);
    tracing::info!(?config, "starting the delivery worker");
    let core = bootstrap(&config).await?;
    let _watcher = if config.watch_content {
        Some(core.content.watch()?)
    } else {
        None
    };
    let (stop, rx) = tokio::sync::watch::channel(false);
    let worker = tokio::spawn(reports::delivery::worker::run(
        core.db,
        core.content,
        core.delivery,
        rx,
    ));
    shutdown_signal().await;
    tracing::info!("stopping the delivery worker");
    let _ = stop.send(true);
    let grace = Duration::from_secs(config.shutdown_grace_secs);
    if tokio::time::timeout(grace, worker).await.is_err() {
        tracing::warn!("delivery worker still busy after the grace period");
    }
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}
