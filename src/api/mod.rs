//! Server functions and the serialisable types they exchange with the UI. Bodies only adapt: the work is
//! done by plain `async fn`s in `crate::server`, which are tested directly.

pub mod about;
pub mod contacts;
pub mod content;
pub mod error;
pub mod report;
pub mod search;
pub mod stats;
pub mod tools;
pub mod triage;
