//! The privacy notice (`/{lang}/privacy`) and the accessibility statement (`/{lang}/accessibility`): what they
//! state is read from the running configuration (retention periods, enabled channels, the operator's
//! identity and contacts), so that the pages never say more or less than the portal does.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The date the accessibility statement was prepared and last reviewed (ISO 8601): change it with each review.
pub const STATEMENT_REVIEWED: &str = "2026-12-06";

/// How a contact is reached.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactLink {
    /// As configured (an e-mail address or an https URL).
    pub text: String,
    /// `mailto:` or the https URL; empty when it is neither (shown as text).
    pub href: String,
}

impl ContactLink {
    /// A configured contact: an e-mail address (`mailto:`), an `https://` URL, or plain text; `None` when empty.
    pub fn of(s: &str) -> Option<Self> {
        let s = s.trim();
        if s.is_empty() {
            return None;
        }
        let href = if s.starts_with("https://") {
            s.to_owned()
        } else if s.contains('@') && !s.contains(char::is_whitespace) && !s.contains(':') {
            format!("mailto:{s}")
        } else {
            String::new()
        };
        Some(ContactLink {
            text: s.to_owned(),
            href,
        })
    }
}

/// What the privacy notice and the accessibility statement state, from the running configuration.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AboutFacts {
    /// Who runs the portal (the controller), as configured; empty when not configured.
    pub operator: String,
    /// The operator's contact for personal data.
    pub operator_contact: Option<ContactLink>,
    /// The data protection officer's contact.
    pub dpo_contact: Option<ContactLink>,
    /// Where accessibility problems are reported (the operator contact when not set).
    pub accessibility_contact: Option<ContactLink>,
    /// The national body enforcing the Web Accessibility Directive, if configured.
    pub enforcement_url: Option<String>,
    /// Days personal fields are kept after every recipient finished with a report.
    pub retention_days: u32,
    /// Days after which personal fields are purged in any case.
    pub max_age_days: u32,
    /// How reports travel to recipients on this installation: any of `email`, `webhook`, `ticketing`, `file`,
    /// sorted, without repeats.
    pub channels: Vec<String>,
    /// Whether e-mail can be sent (reports by e-mail, notices to victims who ask for them).
    pub smtp: bool,
    /// The accessibility statement's date in the reader's language.
    pub reviewed: String,
}

/// The facts for a reader of `lang`.
#[server(endpoint = "about")]
pub async fn get_about(lang: String) -> Result<AboutFacts, crate::api::error::ApiError> {
    let state = crate::api::error::state()?;
    let lang = crate::i18n::resolve_or_default(Some(&lang)).tag;
    Ok(crate::server::about::facts(&state, lang))
}
