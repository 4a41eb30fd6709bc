//! The public country pages ("Who handles what in Belgium"): every contact point of a country, the services it
//! offers with their scope, the source and check date of each fact, the laws that set deadlines there, and a
//! "report an error in this entry" link to the address the operator configures.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One service of a contact, for display.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceEntry {
    /// Service id (`complaint`, `gdpr-breach-notification`, ...): the label is `contacts-service-<id>`.
    pub service: String,
    /// Audience ids (`adult`, `minor`, `citizen`, `business`, ...); empty = everyone.
    pub audience: Vec<String>,
    /// Names of the regions it covers; empty = the whole country.
    pub regions: Vec<String>,
    /// Incident type ids; empty = any.
    pub incidents: Vec<String>,
    /// NIS2 sector ids; empty = any.
    pub sectors: Vec<String>,
    /// Opening hours as published.
    pub hours: Option<String>,
    /// Remark (English, from the data).
    pub note: Option<String>,
    /// URLs that show the service.
    pub sources: Vec<String>,
}

/// One contact point, for display.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContactEntry {
    /// Directory id (anchor `#<id>`).
    pub id: String,
    /// Name as the body writes it.
    pub name: String,
    /// Role (English, from the data).
    pub role: String,
    /// Website.
    pub website: Option<String>,
    /// Reporting form.
    pub report_url: Option<String>,
    /// Reporting e-mail.
    pub report_email: Option<String>,
    /// Phone number(s) as published.
    pub phone: Option<String>,
    /// Channels not confirmed by an official source.
    pub unverified: Vec<String>,
    /// Date checked (`YYYY-MM-DD`), formatted for the reader; `None` when never checked.
    pub checked: Option<String>,
    /// Services with scope.
    pub services: Vec<ServiceEntry>,
    /// Sources: (URL, kind: `official`, `secondary`, `press`, ...).
    pub sources: Vec<(String, String)>,
    /// The "report an error" link, when the operator configured an address.
    pub correction_link: Option<String>,
}

/// One regime of the jurisdiction's laws.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LawEntry {
    /// Regime id (`gdpr`, `nis2`, `dora`, `ch-isa`, ...).
    pub id: String,
    /// `in-force`, `transposed`, `not-transposed` or `not-applicable`.
    pub status: String,
    /// The act's title.
    pub act: Option<String>,
    /// Date in force.
    pub in_force: Option<String>,
    /// The duties with a deadline or "without undue delay": legal basis worded for the jurisdiction.
    pub duties: Vec<String>,
    /// Sources.
    pub sources: Vec<String>,
}

/// A country page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CountryPage {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    /// Name (English, from the data).
    pub name: String,
    /// Date the file was last reviewed.
    pub checked: Option<String>,
    /// What could not be confirmed (directory and laws).
    pub gaps: Vec<String>,
    /// Contact points, in file order.
    pub contacts: Vec<ContactEntry>,
    /// Laws.
    pub laws: Vec<LawEntry>,
}

/// The countries of the directory: (ISO code, name in `lang` from CLDR), sorted by that name.
#[server(endpoint = "contacts/list")]
pub async fn list_countries(
    lang: String,
) -> Result<Vec<(String, String)>, crate::api::error::ApiError> {
    let state = crate::api::error::state()?;
    let lang = crate::i18n::resolve_or_default(Some(&lang)).tag;
    Ok(crate::server::routing::pages::countries(
        &state.library(),
        lang,
    ))
}

/// The page of one country (`code` as ISO 3166-1 alpha-2, `EL`/`UK` accepted); `None` when unknown.
#[server(endpoint = "contacts/country")]
pub async fn get_country(
    lang: String,
    code: String,
) -> Result<Option<CountryPage>, crate::api::error::ApiError> {
    let state = crate::api::error::state()?;
    Ok(crate::server::routing::pages::country(
        &state.library(),
        &lang,
        &code,
        &state.config.corrections_contact,
    ))
}
