//! Routing: who to tell, by when and why. A small engine evaluates the editor-readable rules in
//! `content/routing.toml` against the victim's answers and the country's entry in the contact-point
//! directory. Facts and deadlines are cited in the rules file (NIS2 Art. 23(4), GDPR Arts. 33–34, ...).

pub mod directory;
pub mod rules;

pub use directory::{normalise_country, Contact, ContactKind, Directory};
pub use rules::{route, Answers, RouteStep, Routing, RuleSet, StepKind, VictimType};
