//! The victim's answers that routing depends on, their value types, and the check that they fit together.

use super::directory::{normalise_country, Audience, Directory, Sector};
use serde::{Deserialize, Serialize};

/// Who the victim is (NIS2 Directive (EU) 2022/2555, Art. 3, for the two entity types).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum VictimType {
    /// A private person.
    Citizen,
    /// A business or association outside NIS2.
    Business,
    /// A public body outside NIS2 (a municipality, a school).
    PublicBody,
    /// Essential entity (NIS2 Art. 3(1)).
    EssentialEntity,
    /// Important entity (NIS2 Art. 3(2)).
    ImportantEntity,
}

impl VictimType {
    /// Every victim type, in the form's order.
    pub const ALL: [VictimType; 5] = [
        Self::Citizen,
        Self::Business,
        Self::PublicBody,
        Self::EssentialEntity,
        Self::ImportantEntity,
    ];

    /// Parses `citizen | business | public-body | essential-entity | important-entity`.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.id() == s)
    }

    /// The kebab-case id.
    pub fn id(self) -> &'static str {
        match self {
            Self::Citizen => "citizen",
            Self::Business => "business",
            Self::PublicBody => "public-body",
            Self::EssentialEntity => "essential-entity",
            Self::ImportantEntity => "important-entity",
        }
    }

    /// An organisation (everything but a private person).
    pub fn is_organisation(self) -> bool {
        self != Self::Citizen
    }

    /// A NIS2 essential or important entity.
    pub fn is_nis2_entity(self) -> bool {
        matches!(self, Self::EssentialEntity | Self::ImportantEntity)
    }
}

/// The victim's role for personal data (GDPR Art. 4(7), 4(8)).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Decides why and how the data is processed; notifies the DPA (Art. 33(1)).
    Controller,
    /// Processes on a controller's behalf; tells the controller (Art. 33(2)).
    Processor,
    /// Not sure: treated as a controller, the safer reading.
    #[default]
    Unsure,
}

impl Role {
    /// Parses `controller | processor | unsure`.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "controller" => Some(Self::Controller),
            "processor" => Some(Self::Processor),
            "unsure" => Some(Self::Unsure),
            _ => None,
        }
    }
}

/// How money left.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Payment {
    /// A payment card.
    Card,
    /// A bank transfer (SEPA credit transfer).
    Transfer,
    /// An instant transfer or payment app (SEPA Instant, Bizum, MB WAY, BLIK, Swish…).
    Instant,
    /// Crypto-assets.
    Crypto,
    /// Cash, vouchers or gift cards.
    Cash,
    /// No payment.
    None,
}

impl Payment {
    /// Parses the kebab-case id.
    pub fn parse(s: &str) -> Option<Self> {
        serde_json::from_value(serde_json::Value::String(s.to_owned())).ok()
    }
}

/// The facts that change the answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    /// ISO 3166-1 alpha-2 as typed (normalised by the engine: `EL` → `GR`, `UK` → `GB`).
    pub country: String,
    /// Who the victim is.
    pub victim: VictimType,
    /// Incident type id (`content/incident-types.toml`).
    pub incident: String,
    /// Money lost, or payment card / bank details given away.
    pub money_lost: bool,
    /// Personal data of others affected (the victim is a controller or processor under GDPR).
    pub personal_data: bool,
    /// The incident is still going on.
    pub ongoing: bool,
    /// A minor is involved.
    pub minor: bool,
    /// The seller or other party is in another country (cross-border shopping).
    pub cross_border: bool,
    /// ISO 3166-2 subdivision (e.g. `DE-BY`), where a service is regional.
    #[serde(default)]
    pub region: Option<String>,
    /// NIS2 sector of an organisation.
    #[serde(default)]
    pub sector: Option<Sector>,
    /// Role for personal data.
    #[serde(default)]
    pub role: Role,
    /// A lost or stolen device was strongly encrypted and the key is safe.
    #[serde(default)]
    pub device_encrypted: bool,
    /// How money left, if it did.
    #[serde(default)]
    pub payment: Option<Payment>,
    /// The payment left less than 24 hours ago.
    #[serde(default)]
    pub payment_recent: bool,
    /// The victim approved the payment themselves (e.g. tricked by a fake bank adviser).
    #[serde(default)]
    pub self_approved: bool,
}

impl Answers {
    /// Answers with every optional fact unset.
    pub fn new(country: &str, victim: VictimType, incident: &str) -> Self {
        Self {
            country: country.into(),
            victim,
            incident: incident.into(),
            money_lost: false,
            personal_data: false,
            ongoing: false,
            minor: false,
            cross_border: false,
            region: None,
            sector: None,
            role: Role::Unsure,
            device_encrypted: false,
            payment: None,
            payment_recent: false,
            self_approved: false,
        }
    }

    /// The audiences these answers belong to.
    pub fn audiences(&self) -> Vec<Audience> {
        let mut a = match self.victim {
            VictimType::Citizen => vec![Audience::Citizen],
            VictimType::Business => vec![Audience::Business],
            VictimType::PublicBody => vec![Audience::PublicBody],
            VictimType::EssentialEntity => vec![Audience::EssentialEntity],
            VictimType::ImportantEntity => vec![Audience::ImportantEntity],
        };
        if self.minor {
            a.push(Audience::Minor);
        } else if self.victim == VictimType::Citizen {
            a.push(Audience::Adult);
        }
        a
    }

    /// Money has left or may leave (lost, card details given, or a payment named).
    pub fn money_involved(&self) -> bool {
        self.money_lost || self.payment.is_some_and(|p| p != Payment::None)
    }
}

/// Why an answer cannot be routed: the parameter at fault.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("invalid answer `{0}`")]
pub struct InvalidAnswer(pub &'static str);

/// Checks answers that contradict each other or the directory: a region of another country or not known, a
/// sector for a private person, a NIS2 entity without a sector, a private person who is a data processor.
pub fn check_answers(dir: &Directory, a: &Answers) -> Result<(), InvalidAnswer> {
    let country = normalise_country(&a.country).unwrap_or_default();
    if let Some(r) = &a.region {
        let ok_shape = r.len() > 3
            && r.len() <= 6
            && r.starts_with(&format!("{country}-"))
            && r[3..]
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
        let listed = dir.countries.get(&country).map(|c| &c.regions);
        let known = match listed {
            Some(l) if !l.is_empty() => l.iter().any(|x| &x.code == r),
            _ => ok_shape,
        };
        if !ok_shape || !known {
            return Err(InvalidAnswer("region"));
        }
    }
    if a.victim == VictimType::Citizen && a.sector.is_some() {
        return Err(InvalidAnswer("sector"));
    }
    if a.victim.is_nis2_entity() && a.sector.is_none() {
        return Err(InvalidAnswer("sector"));
    }
    if a.victim == VictimType::Citizen && a.role == Role::Processor {
        return Err(InvalidAnswer("role"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::report::{PAYMENTS, ROLES, VICTIM_TYPES};

    #[test]
    fn the_forms_lists_are_exactly_the_values_the_server_accepts() {
        let ids: Vec<&str> = VictimType::ALL.iter().map(|v| v.id()).collect();
        assert_eq!(
            ids, VICTIM_TYPES,
            "victim types in the form = VictimType, same order"
        );
        for p in PAYMENTS {
            assert!(Payment::parse(p).is_some(), "{p}");
        }
        for r in ROLES {
            assert!(Role::parse(r).is_some(), "{r}");
        }
        assert!(Payment::parse("cheque").is_none() && Role::parse("owner").is_none());
    }
}
