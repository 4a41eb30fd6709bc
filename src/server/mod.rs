//! Everything that runs only on the server: configuration, database, routing of HTTP requests, middleware.
//!
//! Start at [`router::router`] (every route and layer, merged in one place; used by [`run::run`] and by the
//! HTTP tests) and [`state::AppState`] (what handlers share; [`state::bootstrap`] is the start-up both
//! `serve` and `deliver` go through). Errors of the HTTP layer are [`error::AppError`].

pub mod about;
pub mod assets;
pub mod cli;
pub mod client_ip;
pub mod config;
pub mod content;
pub mod cross_site;
pub mod csaf_http;
pub mod db;
pub mod editors;
pub mod encoding;
pub mod error;
pub mod health;
pub mod http_api;
pub mod inbox;
pub mod lang;
pub mod limits;
pub mod memory;
pub mod metrics;
pub mod middleware;
pub mod pages;
pub mod preview;
pub mod reports;
pub mod router;
pub mod routing;
pub mod run;
pub mod search;
pub mod security;
pub mod serve;
pub mod state;
pub mod stats;
pub mod tools;
pub mod triage;

pub use middleware::with_layers;
pub use router::router;
pub use run::{run, run_worker};
pub use state::{AppState, ContentStatus};
