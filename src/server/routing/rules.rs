//! The rules file and the engine.
//!
//! Each rule names conditions (`when`) and one step. Every rule whose conditions hold adds its step; steps
//! are ordered by `order` (lower first), and a contact appears once per step kind and deadline. A step looks up
//! the first contact of the listed kinds in the victim's country; where the country has none, the step stays
//! with `contact_point: null` and its advice still applies. An unknown or uncovered country gets the
//! EU-level contacts and an honest "we do not cover this country".

use super::directory::{normalise_country, Contact, ContactKind, Directory};
use crate::server::content::model::Library;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Who the victim is (NIS2 Directive (EU) 2022/2555, Art. 3, for the two entity types).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum VictimType {
    /// A private person.
    Citizen,
    /// A business or organisation outside NIS2.
    Business,
    /// Essential entity (NIS2 Art. 3(1)).
    EssentialEntity,
    /// Important entity (NIS2 Art. 3(2)).
    ImportantEntity,
}

impl VictimType {
    /// Parses `citizen | business | essential-entity | important-entity`.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "citizen" => Some(Self::Citizen),
            "business" => Some(Self::Business),
            "essential-entity" => Some(Self::EssentialEntity),
            "important-entity" => Some(Self::ImportantEntity),
            _ => None,
        }
    }

    /// The kebab-case id.
    pub fn id(self) -> &'static str {
        match self {
            Self::Citizen => "citizen",
            Self::Business => "business",
            Self::EssentialEntity => "essential-entity",
            Self::ImportantEntity => "important-entity",
        }
    }
}

/// Kind of a routing step, as shown to the victim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepKind {
    /// Your bank or card-blocking line.
    Bank,
    /// The police.
    Police,
    /// The national CSIRT (or the national address for suspicious messages).
    Csirt,
    /// The data protection authority.
    Dpa,
    /// A consumer centre or authority.
    Consumer,
    /// A regulator or competent authority.
    Regulator,
    /// A support helpline.
    Helpline,
    /// The online service or platform concerned.
    Platform,
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
    /// Personal data of others affected (the victim is a controller under GDPR).
    pub personal_data: bool,
    /// The incident is still going on.
    pub ongoing: bool,
    /// A minor is involved.
    pub minor: bool,
    /// The seller or other party is in another country (cross-border shopping).
    pub cross_border: bool,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct When {
    #[serde(default)]
    victim: Option<Vec<VictimType>>,
    #[serde(default)]
    incident: Option<Vec<String>>,
    #[serde(default)]
    not_incident: Option<Vec<String>>,
    #[serde(default)]
    money_lost: Option<bool>,
    #[serde(default)]
    personal_data: Option<bool>,
    #[serde(default)]
    ongoing: Option<bool>,
    #[serde(default)]
    minor: Option<bool>,
    #[serde(default)]
    cross_border: Option<bool>,
}

/// One rule of `content/routing.toml`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Unique id.
    pub id: String,
    /// Rules with any condition true... (all listed conditions must hold; `any_of` adds an OR group).
    #[serde(default)]
    when: When,
    /// Alternative condition groups: the rule applies if `when` holds and (`any_of` is empty or one holds).
    #[serde(default)]
    any_of: Vec<When>,
    /// Step kind.
    pub kind: StepKind,
    /// Directory kinds to look up, first match wins; empty for steps without a contact (e.g. platform).
    #[serde(default)]
    pub contacts: Vec<ContactKind>,
    /// Sort key, lower first.
    pub order: i32,
    /// Deadline in hours from becoming aware, where a law sets one.
    #[serde(default)]
    pub deadline_hours: Option<u32>,
    /// The article that sets the duty or deadline.
    #[serde(default)]
    pub legal_basis: Option<String>,
    /// Fluent message id of the plain-language reason (`locales/<lang>/routing.ftl`).
    pub why: String,
}

/// The parsed rules file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSet {
    /// Rules in file order.
    pub rules: Vec<Rule>,
    /// Kinds of EU-level contacts offered when the country is not covered.
    pub fallback_contacts: Vec<ContactKind>,
}

impl When {
    fn holds(&self, a: &Answers) -> bool {
        self.victim.as_ref().is_none_or(|v| v.contains(&a.victim))
            && self
                .incident
                .as_ref()
                .is_none_or(|v| v.contains(&a.incident))
            && self
                .not_incident
                .as_ref()
                .is_none_or(|v| !v.contains(&a.incident))
            && self.money_lost.is_none_or(|x| x == a.money_lost)
            && self.personal_data.is_none_or(|x| x == a.personal_data)
            && self.ongoing.is_none_or(|x| x == a.ongoing)
            && self.minor.is_none_or(|x| x == a.minor)
            && self.cross_border.is_none_or(|x| x == a.cross_border)
    }
}

impl Rule {
    fn applies(&self, a: &Answers) -> bool {
        self.when.holds(a) && (self.any_of.is_empty() || self.any_of.iter().any(|w| w.holds(a)))
    }
}

/// Loads and checks `routing.toml`: known incident types, `why` ids present in English, unique rule ids.
/// `messages` tells whether an English message id exists.
pub fn load_rules(
    path: &Path,
    lib: &Library,
    messages: impl Fn(&str) -> bool,
) -> Result<RuleSet, Vec<String>> {
    let rel = "routing.toml";
    let src = std::fs::read_to_string(path).map_err(|e| vec![format!("{rel}: {e}")])?;
    let set: RuleSet = toml::from_str(&src).map_err(|e| {
        let line = e
            .span()
            .map(|s| 1 + src[..s.start.min(src.len())].matches('\n').count())
            .unwrap_or(0);
        vec![format!("{rel}:{line}: {}", e.message())]
    })?;
    let mut errors = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for r in &set.rules {
        if !ids.insert(r.id.clone()) {
            errors.push(format!("{rel}: duplicate rule id `{}`", r.id));
        }
        if !messages(&r.why) {
            errors.push(format!(
                "{rel}: rule `{}`: message `{}` missing from locales/en",
                r.id, r.why
            ));
        }
        for w in std::iter::once(&r.when).chain(r.any_of.iter()) {
            for i in w.incident.iter().chain(w.not_incident.iter()).flatten() {
                if !lib.has_incident_type(i) {
                    errors.push(format!(
                        "{rel}: rule `{}`: unknown incident type `{i}`",
                        r.id
                    ));
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(set)
    } else {
        Err(errors)
    }
}

/// One step of the answer.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RouteStep {
    /// Kind.
    pub kind: StepKind,
    /// The contact point in the victim's country (or EU-level), if the directory has one.
    pub contact_point: Option<Contact>,
    /// Deadline in hours from becoming aware, where a law sets one.
    pub deadline_hours: Option<u32>,
    /// The legal basis of the duty or deadline.
    pub legal_basis: Option<String>,
    /// Fluent message id of the reason; translate for display.
    pub why: String,
    /// The rule that produced the step.
    pub rule: String,
}

/// The engine's answer.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Routing {
    /// Normalised ISO code, or `None` if the country is not in the directory.
    pub country: Option<String>,
    /// Whether the country is covered by the directory.
    pub covered: bool,
    /// Ordered steps.
    pub steps: Vec<RouteStep>,
}

fn first_contact(dir: &Directory, country: &str, kinds: &[ContactKind]) -> Option<Contact> {
    let c = dir.countries.get(country)?;
    kinds.iter().find_map(|k| {
        c.contacts
            .iter()
            .find(|x| x.kind == *k && x.has_channel())
            .cloned()
    })
}

/// Evaluates the rules for `answers`.
pub fn route(rules: &RuleSet, dir: &Directory, answers: &Answers) -> Routing {
    let code =
        normalise_country(&answers.country).filter(|c| c != "EU" && dir.countries.contains_key(c));
    let Some(code) = code else {
        let steps = rules
            .fallback_contacts
            .iter()
            .filter_map(|k| first_contact(dir, "EU", std::slice::from_ref(k)))
            .map(|c| RouteStep {
                kind: StepKind::Police,
                contact_point: Some(c),
                deadline_hours: None,
                legal_basis: None,
                why: "route-why-uncovered".into(),
                rule: "uncovered-country".into(),
            })
            .collect();
        return Routing {
            country: None,
            covered: false,
            steps,
        };
    };
    let mut applicable: Vec<&Rule> = rules.rules.iter().filter(|r| r.applies(answers)).collect();
    applicable.sort_by_key(|r| r.order);
    let mut steps: Vec<RouteStep> = Vec::new();
    for r in applicable {
        let contact = if r.contacts.is_empty() {
            None
        } else {
            first_contact(dir, &code, &r.contacts)
        };
        let dup = steps.iter().any(|s| {
            s.kind == r.kind
                && s.deadline_hours == r.deadline_hours
                && s.contact_point.as_ref().map(|c| &c.id) == contact.as_ref().map(|c| &c.id)
        });
        if !dup {
            steps.push(RouteStep {
                kind: r.kind,
                contact_point: contact,
                deadline_hours: r.deadline_hours,
                legal_basis: r.legal_basis.clone(),
                why: r.why.clone(),
                rule: r.id.clone(),
            });
        }
    }
    Routing {
        country: Some(code),
        covered: true,
        steps,
    }
}
