//! The facts behind the privacy notice and the accessibility statement (see [`crate::api::about`]).

use crate::api::about::{AboutFacts, ContactLink, STATEMENT_REVIEWED};
use crate::server::reports::delivery::channels::Channel;
use crate::server::AppState;

/// The category of a channel as the privacy notice names it (`None` for the test-only memory channel).
fn category(c: &Channel) -> Option<&'static str> {
    match c {
        Channel::Email { .. } => Some("email"),
        Channel::Webhook { .. } => Some("webhook"),
        Channel::Rt { .. } | Channel::Misp { .. } | Channel::TheHive { .. } => Some("ticketing"),
        Channel::File { .. } => Some("file"),
        Channel::Inbox => Some("inbox"),
        Channel::Memory => None,
    }
}

/// What the running configuration makes true, for a reader of `lang`.
pub fn facts(state: &AppState, lang: &str) -> AboutFacts {
    let p = &state.config.privacy;
    let d = &state.delivery;
    let smtp = d.transports.has_smtp();
    let mut channels: Vec<String> = d
        .channels
        .contacts
        .values()
        .flatten()
        .chain(d.channels.default.iter())
        .filter_map(category)
        .map(str::to_owned)
        .collect();
    // contacts without an entry go by e-mail from the directory when there is no default channel
    if d.channels.default.is_none() && smtp {
        channels.push("email".into());
    }
    channels.sort();
    channels.dedup();
    let operator_contact = ContactLink::of(&p.operator_contact);
    AboutFacts {
        operator: p.operator.trim().to_owned(),
        dpo_contact: ContactLink::of(&p.dpo_contact),
        accessibility_contact: ContactLink::of(&p.accessibility_contact)
            .or_else(|| operator_contact.clone()),
        operator_contact,
        enforcement_url: Some(p.accessibility_enforcement_url.trim())
            .filter(|u| u.starts_with("https://"))
            .map(str::to_owned),
        retention_days: p.retention_days,
        max_age_days: p.max_age_days.max(p.retention_days),
        channels,
        smtp,
        reviewed: chrono::NaiveDate::parse_from_str(STATEMENT_REVIEWED, "%Y-%m-%d")
            .map(|d| crate::server::content::dates::format_date(d, lang))
            .unwrap_or_else(|_| STATEMENT_REVIEWED.to_owned()),
    }
}
