//! Routing: who to tell, by when and why. Contact points offer services with a scope
//! (`content/contact-points/`), the laws of each jurisdiction set duties with deadlines (`content/laws/`), and
//! editor-readable rules (`content/routing.toml`) ask for services; the engine in [`rules`] combines them for
//! the victim's answers. The data formats are documented in `docs/routing-data.md`.

pub mod answers;
pub mod directory;
pub mod laws;
pub mod pages;
pub mod rules;

pub use directory::{normalise_country, Contact, ContactKind, Directory, Sector, Service};
pub use rules::{
    check_answers, route, Answers, Group, InvalidAnswer, Payment, Role, RouteStep, Routing,
    RuleSet, StepKind, VictimType,
};
