//! The directory of national contact points: `content/contact-points/<cc>.toml`, one file per country
//! (27 EU member states, IS, LI, NO, CH, GB) and `eu.toml` for EU-level bodies. Generated from the sourced
//! data in `shared/data/contact-points*.json` by `scripts/import-contact-points.py`; every contact carries its
//! sources, and fields not verified from a source are listed in `unverified`.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

mod load;
#[cfg(test)]
mod tests;

pub use load::{check_date, load, load_at, normalise_country};

/// What kind of body a contact point is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContactKind {
    /// National or governmental CSIRT.
    Csirt,
    /// Police or official online crime reporting.
    Police,
    /// Data protection authority (GDPR Art. 51 supervisory authority).
    Dpa,
    /// National cybersecurity agency or NIS single point of contact.
    Agency,
    /// National consumer authority.
    Consumer,
    /// European Consumer Centre (ECC-Net).
    Ecc,
    /// Victim or child helpline.
    Helpline,
    /// Card-blocking line.
    Bank,
    /// NIS2 competent authority or other regulator.
    Regulator,
    /// National address for forwarding suspicious messages.
    PhishingReport,
    /// An online platform or service provider.
    Platform,
    /// A support service for victims of crime.
    VictimSupport,
}

/// A service a contact point offers (docs/routing-data.md lists who offers what). Rules ask for services,
/// never for kinds of body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Service {
    /// Takes a criminal complaint.
    Complaint,
    /// Blocks a payment card.
    CardBlock,
    /// Can stop or recall a transfer (a bank's fraud line).
    PaymentRecall,
    /// Takes forwarded suspicious e-mails or SMS.
    PhishingForward,
    /// Takes voluntary cyber-incident reports and helps.
    IncidentReport,
    /// Hands-on help and referral for citizens and small businesses.
    Assistance,
    /// Receives NIS2 (or national equivalent) incident notifications.
    Nis2Notification,
    /// Receives DORA major ICT-related incident reports.
    DoraNotification,
    /// Receives personal-data breach notifications (GDPR Art. 33).
    GdprBreachNotification,
    /// Takes complaints by data subjects (GDPR Art. 77).
    GdprComplaint,
    /// Helps consumers in disputes with a trader in another EU/EEA country (ECC-Net).
    ConsumerCrossBorder,
    /// Takes reports about domestic traders and fake shops.
    ConsumerDomestic,
    /// Takes reports of illegal online content.
    IllegalContent,
    /// Helps remove intimate images shared without consent.
    NciiRemoval,
    /// Warns about or takes reports of unauthorised investment firms.
    FinancialRegulator,
    /// Listens and advises by phone or chat.
    Helpline,
    /// General support for victims of crime.
    VictimSupport,
    /// The official recovery pages of the platform concerned (a generic step).
    PlatformRecovery,
    /// The controller a processor works for (GDPR Art. 33(2); a generic step).
    Controller,
}

impl Service {
    /// The kebab-case id, as in the data files.
    pub fn id(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }
}

/// Who a service is for. A private person is `citizen`, and also `adult` or `minor` (when a child is involved).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    /// A private person, no child involved.
    Adult,
    /// A child is involved.
    Minor,
    /// Any private person.
    Citizen,
    /// A business or association outside NIS2.
    Business,
    /// A public body.
    PublicBody,
    /// NIS2 essential entity.
    EssentialEntity,
    /// NIS2 important entity.
    ImportantEntity,
}

/// NIS2 sectors (Directive (EU) 2022/2555, Annexes I and II), plus `trust-services` (NIS2 Art. 23(4), 24 h).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sector {
    /// Annex I 1.
    Energy,
    /// Annex I 2.
    Transport,
    /// Annex I 3 (credit institutions; DORA applies).
    Banking,
    /// Annex I 4 (trading venues, central counterparties; DORA applies).
    FinancialMarketInfrastructure,
    /// Annex I 5.
    Health,
    /// Annex I 6.
    DrinkingWater,
    /// Annex I 7.
    WasteWater,
    /// Annex I 8.
    DigitalInfrastructure,
    /// Annex I 9 (managed services, B2B).
    IctServiceManagement,
    /// Annex I 10.
    PublicAdministration,
    /// Annex I 11.
    Space,
    /// Annex II 1.
    PostalCourier,
    /// Annex II 2.
    WasteManagement,
    /// Annex II 3.
    Chemicals,
    /// Annex II 4.
    Food,
    /// Annex II 5.
    Manufacturing,
    /// Annex II 6.
    DigitalProviders,
    /// Annex II 7.
    Research,
    /// Trust service providers (part of Annex I 8), notification within 24 h (NIS2 Art. 23(4)).
    TrustServices,
}

impl Sector {
    /// Every sector, in Annex order.
    pub const ALL: [Sector; 19] = [
        Self::Energy,
        Self::Transport,
        Self::Banking,
        Self::FinancialMarketInfrastructure,
        Self::Health,
        Self::DrinkingWater,
        Self::WasteWater,
        Self::DigitalInfrastructure,
        Self::IctServiceManagement,
        Self::PublicAdministration,
        Self::Space,
        Self::PostalCourier,
        Self::WasteManagement,
        Self::Chemicals,
        Self::Food,
        Self::Manufacturing,
        Self::DigitalProviders,
        Self::Research,
        Self::TrustServices,
    ];

    /// Parses a kebab-case id.
    pub fn parse(s: &str) -> Option<Self> {
        serde_json::from_value(serde_json::Value::String(s.to_owned())).ok()
    }

    /// The kebab-case id.
    pub fn id(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }
}

/// One service of a contact, with its scope. Empty scope lists mean "no restriction".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceOffer {
    /// The service.
    pub service: Service,
    /// Who it is for.
    #[serde(default)]
    pub audience: Vec<Audience>,
    /// ISO 3166-2 subdivisions it covers (empty: the whole country).
    #[serde(default)]
    pub regions: Vec<String>,
    /// Incident type ids it handles (empty: any).
    #[serde(default)]
    pub incidents: Vec<String>,
    /// NIS2 sectors it covers (empty: any).
    #[serde(default)]
    pub sectors: Vec<Sector>,
    /// Ways of payment it handles (`card`, `transfer`, `instant`, `crypto`, `cash`; empty: any), e.g. a
    /// police form only for fraudulent card charges.
    #[serde(default)]
    pub payments: Vec<super::rules::Payment>,
    /// Languages it works in (BCP 47).
    #[serde(default)]
    pub languages: Vec<String>,
    /// Opening hours as published.
    #[serde(default)]
    pub hours: Option<String>,
    /// Which of the contact's channels serves it (`website`, `report_url`, `report_email`, `phone`).
    #[serde(default)]
    pub channel: Option<String>,
    /// Remark in plain English.
    #[serde(default)]
    pub note: Option<String>,
    /// URLs that show this service (at least one).
    #[serde(default)]
    pub sources: Vec<String>,
}

impl ServiceOffer {
    /// How specific the scope is: a regional service beats a national one, an incident-specific one a general
    /// one (used to order candidates, highest first).
    pub fn specificity(&self) -> u32 {
        u32::from(!self.regions.is_empty()) * 8
            + u32::from(!self.incidents.is_empty()) * 4
            + u32::from(!self.sectors.is_empty()) * 2
            + u32::from(!self.payments.is_empty()) * 2
            + u32::from(!self.audience.is_empty())
    }
}

/// A subdivision a regional service covers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// ISO 3166-2 code, e.g. `DE-BY`.
    pub code: String,
    /// Name in the country's language.
    pub name: String,
}

/// A source backing some fields of a contact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactSource {
    /// URL read.
    pub url: String,
    /// `official`, `official-repo`, `official-mirror`, `secondary` or `press`.
    pub kind: String,
    /// Fields this source backs.
    #[serde(default)]
    pub supports: Vec<String>,
    /// Remark.
    #[serde(default)]
    pub note: Option<String>,
}

/// One contact point.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Unique id across the directory, e.g. `be-ccb-cert`.
    pub id: String,
    /// Kind of body.
    pub kind: ContactKind,
    /// Name as listed for English readers (the body's own name, with an English gloss where that helps).
    pub name: String,
    /// The body's own name in its own official language(s), exactly as it writes it, with no English gloss
    /// (e.g. `Polisen` for `Polisen (Swedish Police Authority)`); what every non-English page shows. `None`
    /// where `name` already is that (see [`Contact::display_name`]).
    #[serde(default)]
    pub local_name: Option<String>,
    /// Role as described by the source.
    #[serde(default)]
    pub role: String,
    /// Website.
    #[serde(default)]
    pub website: Option<String>,
    /// Online reporting form.
    #[serde(default)]
    pub report_url: Option<String>,
    /// Reporting e-mail address.
    #[serde(default)]
    pub report_email: Option<String>,
    /// Phone number(s) as published.
    #[serde(default)]
    pub phone: Option<String>,
    /// Designated under NIS2, where a source says so.
    #[serde(default)]
    pub nis2_designated: Option<bool>,
    /// Fields not verified from a source: shown with "check this channel on the authority's site".
    #[serde(default)]
    pub unverified: Vec<String>,
    /// Fields backed only by secondary or press sources.
    #[serde(default)]
    pub weak_sources: Vec<String>,
    /// Notes.
    #[serde(default)]
    pub notes: Vec<String>,
    /// When the entry was last checked against its sources (`YYYY-MM-DD`); required.
    #[serde(default)]
    pub checked: Option<String>,
    /// Services the body offers, with their scope; a contact without services is never chosen by routing.
    #[serde(default)]
    pub services: Vec<ServiceOffer>,
    /// Sources.
    pub sources: Vec<ContactSource>,
}

impl Contact {
    /// The name shown to a reader of `lang` (a BCP 47 tag of a UI language): `name` in English, the body's own
    /// name ([`Contact::local_name`], falling back to `name`) in every other language.
    pub fn display_name(&self, lang: &str) -> &str {
        match (&self.local_name, lang) {
            (Some(local), l) if l != "en" => local,
            _ => &self.name,
        }
    }

    /// Whether `field` (`website`, `report_url`, `report_email`, `phone`) is verified from an official source.
    pub fn is_verified(&self, field: &str) -> bool {
        !self.unverified.iter().any(|f| f == field) && !self.weak_sources.iter().any(|f| f == field)
    }

    /// The channels (`website`, `report_url`, `report_email`, `phone`) not verified from an official source, shown
    /// with "check this channel on the authority's site".
    pub fn unverified_channels(&self) -> Vec<String> {
        ["website", "report_url", "report_email", "phone"]
            .into_iter()
            .filter(|f| !self.is_verified(f))
            .map(str::to_owned)
            .collect()
    }

    /// Whether the contact has any channel at all.
    pub fn has_channel(&self) -> bool {
        self.website.is_some()
            || self.report_url.is_some()
            || self.report_email.is_some()
            || self.phone.is_some()
    }
}

/// One country file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 alpha-2, uppercase (`GR` for Greece); `EU` for EU-level bodies.
    pub country: String,
    /// English name.
    pub name: String,
    /// `EU`, `EEA`, `non-EU`, `EU-level`, or `outside` (a country outside the directory's scope for which
    /// only a national reporting service is known).
    pub group: String,
    /// When the file was last reviewed (`YYYY-MM-DD`).
    #[serde(default)]
    pub checked: Option<String>,
    /// Subdivisions used by regional services.
    #[serde(default)]
    pub regions: Vec<Region>,
    /// Known gaps.
    #[serde(default)]
    pub gaps: Vec<String>,
    /// Contacts.
    #[serde(default)]
    pub contacts: Vec<Contact>,
}

/// The whole directory by ISO code.
#[derive(Clone, Debug, Default)]
pub struct Directory {
    /// Countries by uppercase ISO code (`EU` included).
    pub countries: BTreeMap<String, Country>,
    /// Problems that do not stop loading, e.g. entries checked more than [`STALE_AFTER_DAYS`] ago.
    pub warnings: Vec<String>,
}

/// An entry checked longer ago than this many days is reported by `check-content` as a warning.
pub const STALE_AFTER_DAYS: i64 = 180;

impl Country {
    /// Whether the country is inside the directory's scope (EU, EEA and the other covered jurisdictions).
    pub fn in_scope(&self) -> bool {
        self.group != "outside" && self.group != "EU-level"
    }

    /// The name of a region, if the file lists it.
    pub fn region_name(&self, code: &str) -> Option<&str> {
        self.regions
            .iter()
            .find(|r| r.code == code)
            .map(|r| r.name.as_str())
    }
}
