//! The rules file and the engine.
//!
//! A rule names conditions (`when`, `any_of`) and asks for a **service** (`content/routing.toml`); legal duties
//! come from `content/laws/` (see [`super::laws`]). The engine turns every applicable rule and duty into a step,
//! picks the contact points of the victim's country that offer the service with a scope fitting the answers
//! (most specific first; regional services by the answer's region), and orders the steps by what each saves:
//! money that can still be recalled first, then legal clocks by the soonest deadline, then complaints and
//! reports, then support. A country outside the directory gets the victim's bank, the local police and the
//! national reporting service where one is known — never an EU institution's team.

use super::directory::{
    normalise_country, Contact, ContactKind, Country, Directory, Sector, Service,
};
use super::laws::Laws;
use crate::server::content::model::Library;
use serde::{Deserialize, Serialize};
use std::path::Path;

pub use super::answers::*;

/// Conditions of a rule or duty. Every given condition must hold.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct When {
    #[serde(default)]
    victim: Option<Vec<VictimType>>,
    #[serde(default)]
    incident: Option<Vec<String>>,
    #[serde(default)]
    not_incident: Option<Vec<String>>,
    #[serde(default)]
    money_lost: Option<bool>,
    #[serde(default)]
    money_involved: Option<bool>,
    #[serde(default)]
    personal_data: Option<bool>,
    #[serde(default)]
    ongoing: Option<bool>,
    #[serde(default)]
    minor: Option<bool>,
    #[serde(default)]
    cross_border: Option<bool>,
    #[serde(default)]
    sector: Option<Vec<Sector>>,
    #[serde(default)]
    not_sector: Option<Vec<Sector>>,
    #[serde(default)]
    role: Option<Vec<Role>>,
    #[serde(default)]
    device_encrypted: Option<bool>,
    #[serde(default)]
    payment: Option<Vec<Payment>>,
    #[serde(default)]
    payment_known: Option<bool>,
    #[serde(default)]
    payment_recent: Option<bool>,
    #[serde(default)]
    self_approved: Option<bool>,
}

impl When {
    /// Whether every given condition holds for `a`.
    pub fn holds(&self, a: &Answers) -> bool {
        let within = |v: &Option<Vec<String>>| v.as_ref().is_none_or(|v| v.contains(&a.incident));
        self.victim.as_ref().is_none_or(|v| v.contains(&a.victim))
            && within(&self.incident)
            && self
                .not_incident
                .as_ref()
                .is_none_or(|v| !v.contains(&a.incident))
            && self.money_lost.is_none_or(|x| x == a.money_lost)
            && self.money_involved.is_none_or(|x| x == a.money_involved())
            && self.personal_data.is_none_or(|x| x == a.personal_data)
            && self.ongoing.is_none_or(|x| x == a.ongoing)
            && self.minor.is_none_or(|x| x == a.minor)
            && self.cross_border.is_none_or(|x| x == a.cross_border)
            && self
                .sector
                .as_ref()
                .is_none_or(|v| a.sector.is_some_and(|s| v.contains(&s)))
            && self
                .not_sector
                .as_ref()
                .is_none_or(|v| !a.sector.is_some_and(|s| v.contains(&s)))
            && self.role.as_ref().is_none_or(|v| v.contains(&a.role))
            && self
                .device_encrypted
                .is_none_or(|x| x == a.device_encrypted)
            && self
                .payment
                .as_ref()
                .is_none_or(|v| a.payment.is_some_and(|p| v.contains(&p)))
            && self.payment_known.is_none_or(|x| x == a.payment.is_some())
            && self.payment_recent.is_none_or(|x| x == a.payment_recent)
            && self.self_approved.is_none_or(|x| x == a.self_approved)
    }

    /// Incident ids named in the conditions (for validation).
    pub fn incidents(&self) -> impl Iterator<Item = &String> {
        self.incident
            .iter()
            .chain(self.not_incident.iter())
            .flatten()
    }
}

/// Kind of a routing step, as shown to the victim: the kind of body.
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
    /// The controller a processor works for (GDPR Art. 33(2)).
    Controller,
}

/// Where a step sorts: money first, then legal clocks, then reports, then support.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Group {
    /// Money that can still be stopped or recalled.
    Money,
    /// Legal duties with a clock (from `content/laws/`).
    Legal,
    /// Complaints and reports.
    #[default]
    Report,
    /// Support and help.
    Support,
}

/// One rule of `content/routing.toml`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Unique id.
    pub id: String,
    /// Conditions that must all hold.
    #[serde(default)]
    when: When,
    /// Alternative condition groups: the rule applies if `when` holds and (`any_of` is empty or one holds).
    #[serde(default)]
    any_of: Vec<When>,
    /// Step kind.
    pub kind: StepKind,
    /// The service asked for.
    pub service: Service,
    /// Where the step sorts.
    #[serde(default)]
    pub group: Group,
    /// Sort key within the group, lower first.
    pub order: i32,
    /// Fluent message id of the plain-language reason (`locales/<lang>/routing.ftl`).
    pub why: String,
    /// The step is a possibility, not a duty: the message id says why it is optional.
    #[serde(default)]
    pub optional: Option<String>,
    /// Conditions under which the step is optional (with `optional` as reason); absent: always when
    /// `optional` is set.
    #[serde(default)]
    optional_when: Option<When>,
    /// Shown even when no contact offers the service (a generic step such as "call your bank").
    #[serde(default)]
    pub generic: bool,
    /// Never attach a contact point (a step such as "your local police station").
    #[serde(default)]
    pub no_contact: bool,
}

/// The parsed rules file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSet {
    /// Rules in file order.
    pub rules: Vec<Rule>,
    /// Rules for a country outside the directory.
    #[serde(default)]
    pub outside: Vec<Rule>,
    /// The laws of each jurisdiction (`content/laws/`), attached after loading.
    #[serde(skip)]
    pub laws: Laws,
}

impl Rule {
    fn applies(&self, a: &Answers) -> bool {
        self.when.holds(a) && (self.any_of.is_empty() || self.any_of.iter().any(|w| w.holds(a)))
    }

    fn optional_reason(&self, a: &Answers) -> Option<String> {
        let reason = self.optional.clone()?;
        self.optional_when
            .as_ref()
            .is_none_or(|w| w.holds(a))
            .then_some(reason)
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
    let set: RuleSet = toml::from_str(&src)
        .map_err(|e| vec![crate::server::content::toml_error(rel, &src, &e)])?;
    let mut errors = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for r in set.rules.iter().chain(set.outside.iter()) {
        if !ids.insert(r.id.clone()) {
            errors.push(format!("{rel}: duplicate rule id `{}`", r.id));
        }
        for m in std::iter::once(&r.why).chain(r.optional.iter()) {
            if !messages(m) {
                errors.push(format!(
                    "{rel}: rule `{}`: message `{m}` missing from locales/en",
                    r.id
                ));
            }
        }
        if r.group == Group::Legal {
            errors.push(format!(
                "{rel}: rule `{}`: legal duties belong in content/laws/, not in rules",
                r.id
            ));
        }
        for w in std::iter::once(&r.when)
            .chain(r.any_of.iter())
            .chain(r.optional_when.iter())
        {
            for i in w.incidents() {
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RouteStep {
    /// Kind of body.
    pub kind: StepKind,
    /// The service asked for.
    pub service: Service,
    /// The contact point in the victim's country, if the directory has one that fits.
    pub contact_point: Option<Contact>,
    /// Other fitting contacts: the regional bodies when the service is regional and no region was given, or
    /// further national lines.
    pub alternatives: Vec<Contact>,
    /// The answer depends on the region, which was not given: ask for it.
    pub needs_region: bool,
    /// Deadline in hours from `deadline_from`, where a law sets one.
    pub deadline_hours: Option<u32>,
    /// Deadline in calendar months from `deadline_from`, where a law sets one.
    pub deadline_months: Option<u32>,
    /// What the deadline counts from: `awareness` or the id of an earlier duty.
    pub deadline_from: Option<String>,
    /// The legal basis of the duty in English, worded for the jurisdiction.
    pub legal_basis: Option<String>,
    /// The same in parts, rendered in the reader's language (`None` for a step that is not a legal duty, and
    /// in answers stored before it was kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_cite: Option<super::laws::LegalCite>,
    /// Fluent message id of the reason; translate for display.
    pub why: String,
    /// The rule or duty that produced the step.
    pub rule: String,
    /// The step is not a duty: the message id of the reason it is optional.
    pub optional: Option<String>,
    /// Where the step sorts.
    pub group: Group,
}

impl RouteStep {
    /// Hours from awareness until the deadline, following `deadline_from` chains (a month counts as 31 days);
    /// `None` without a deadline. Used for ordering only.
    pub fn hours_from_awareness(&self, steps: &[RouteStep]) -> Option<u32> {
        let own = self
            .deadline_hours
            .or(self.deadline_months.map(|m| m * 31 * 24))?;
        match self.deadline_from.as_deref() {
            None | Some("awareness") => Some(own),
            Some(prev) => {
                let base = steps
                    .iter()
                    .find(|s| s.rule == prev)
                    .and_then(|s| s.hours_from_awareness(steps))
                    .unwrap_or(0);
                Some(base.saturating_add(own))
            }
        }
    }
}

/// The engine's answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Routing {
    /// Normalised ISO code, or `None` if the country is unknown.
    pub country: Option<String>,
    /// Whether the country is covered by the directory (EU, EEA and the other covered jurisdictions).
    pub covered: bool,
    /// Ordered steps.
    pub steps: Vec<RouteStep>,
}

impl Routing {
    /// No steps, no country: the answer when the content has no rules.
    pub fn empty() -> Self {
        Routing {
            country: None,
            covered: false,
            steps: vec![],
        }
    }
}

/// Whether an offer's scope fits the answers (region aside).
fn fits(o: &super::directory::ServiceOffer, a: &Answers) -> bool {
    let aud = a.audiences();
    (o.audience.is_empty() || o.audience.iter().any(|x| aud.contains(x)))
        && (o.incidents.is_empty() || o.incidents.contains(&a.incident))
        && (o.sectors.is_empty() || a.sector.is_some_and(|s| o.sectors.contains(&s)))
        && (o.payments.is_empty() || a.payment.is_some_and(|p| o.payments.contains(&p)))
}

/// The contacts of `country` offering `service` for these answers: (best, others, needs_region). Contacts
/// with a channel come before those without (a body named without a confirmed channel still tells the victim
/// whom to look for); then the most specific scope; then file order. With a region, a regional body replaces
/// the national ones (regional competence is exclusive, e.g. a Land DPA); without one, a service offered only
/// regionally lists the regional bodies and asks for the region.
fn pick(country: &Country, service: Service, a: &Answers) -> (Option<Contact>, Vec<Contact>, bool) {
    type Cand<'a> = (bool, u32, usize, &'a Contact);
    let mut national: Vec<Cand> = Vec::new();
    let mut regional: Vec<Cand> = Vec::new();
    for (i, c) in country.contacts.iter().enumerate() {
        let best = c
            .services
            .iter()
            .filter(|o| o.service == service && fits(o, a))
            .filter(|o| {
                o.regions.is_empty() || a.region.as_ref().is_none_or(|r| o.regions.contains(r))
            })
            .map(|o| (o.specificity(), o.regions.is_empty()))
            .max();
        match best {
            Some((score, true)) => national.push((c.has_channel(), score, i, c)),
            Some((score, false)) => regional.push((c.has_channel(), score, i, c)),
            None => {}
        }
    }
    let rank = |v: &mut Vec<Cand>| {
        v.sort_by(|x, y| y.0.cmp(&x.0).then(y.1.cmp(&x.1)).then(x.2.cmp(&y.2)));
    };
    rank(&mut national);
    rank(&mut regional);
    if a.region.is_some() && !regional.is_empty() {
        let mut it = regional.into_iter().map(|x| x.3.clone());
        return (it.next(), it.collect(), false);
    }
    if !regional.is_empty() && national.iter().all(|n| n.1 < regional[0].1) {
        let mut alts: Vec<Contact> = national.iter().map(|x| x.3.clone()).collect();
        alts.extend(regional.into_iter().map(|x| x.3.clone()));
        return (None, alts, true);
    }
    let mut it = national.into_iter().map(|x| x.3.clone());
    (it.next(), it.collect(), false)
}

fn step_for_rule(r: &Rule, country: Option<&Country>, a: &Answers) -> Option<RouteStep> {
    let (contact, alternatives, needs_region) = match country {
        Some(c) if !r.no_contact => pick(c, r.service, a),
        _ => (None, vec![], false),
    };
    if contact.is_none() && alternatives.is_empty() && !(r.generic || r.no_contact) {
        return None;
    }
    Some(RouteStep {
        kind: r.kind,
        service: r.service,
        contact_point: contact,
        alternatives,
        needs_region,
        deadline_hours: None,
        deadline_months: None,
        deadline_from: None,
        legal_basis: None,
        legal_cite: None,
        why: r.why.clone(),
        rule: r.id.clone(),
        optional: r.optional_reason(a),
        group: r.group,
    })
}

/// Evaluates the rules and the jurisdiction's legal duties for `answers`.
pub fn route(rules: &RuleSet, dir: &Directory, answers: &Answers) -> Routing {
    let code = normalise_country(&answers.country).filter(|c| c != "EU");
    let country = code.as_ref().and_then(|c| dir.countries.get(c));
    let Some(country) = country.filter(|c| c.in_scope()) else {
        // Outside the directory: bank, local police, the national service where one is known.
        let steps = rules
            .outside
            .iter()
            .filter(|r| r.applies(answers))
            .filter_map(|r| step_for_rule(r, country, answers))
            .collect();
        return Routing {
            country: code,
            covered: false,
            steps,
        };
    };
    let mut steps: Vec<RouteStep> = rules
        .rules
        .iter()
        .filter(|r| r.applies(answers))
        .filter_map(|r| step_for_rule(r, Some(country), answers))
        .collect();
    for d in rules.laws.duties(&country.country) {
        if !d.duty.when.holds(answers) {
            continue;
        }
        let (contact, alternatives, needs_region) = if d.duty.service == Service::Controller {
            (None, vec![], false)
        } else {
            pick(country, d.duty.service, answers)
        };
        steps.push(RouteStep {
            kind: d.duty.kind,
            service: d.duty.service,
            contact_point: contact,
            alternatives,
            needs_region,
            deadline_hours: d.duty.deadline_hours,
            deadline_months: d.duty.deadline_months,
            deadline_from: Some(d.duty.from.clone()),
            legal_basis: Some(d.legal_basis.clone()),
            legal_cite: Some(d.cite.clone()),
            why: d.duty.why.clone(),
            rule: d.duty.id.clone(),
            optional: None,
            group: Group::Legal,
        });
    }
    let snapshot = steps.clone();
    let order = |s: &RouteStep| -> (Group, u32, i32) {
        let rule_order = rules
            .rules
            .iter()
            .find(|r| r.id == s.rule)
            .map(|r| r.order)
            .unwrap_or(0);
        (
            s.group,
            if s.group == Group::Legal {
                s.hours_from_awareness(&snapshot).unwrap_or(u32::MAX)
            } else {
                0
            },
            rule_order,
        )
    };
    steps.sort_by_key(|s| order(s));
    // one step per service and contact: a later rule asking for the same body and service adds nothing
    let mut seen = std::collections::HashSet::new();
    steps.retain(|s| {
        s.group == Group::Legal
            || seen.insert((s.service, s.contact_point.as_ref().map(|c| c.id.clone())))
    });
    Routing {
        country: Some(country.country.clone()),
        covered: true,
        steps,
    }
}

/// Kind of body for display when a contact has no rule-given kind.
pub fn kind_of(c: &Contact) -> StepKind {
    match c.kind {
        ContactKind::Police => StepKind::Police,
        ContactKind::Dpa => StepKind::Dpa,
        ContactKind::Consumer | ContactKind::Ecc => StepKind::Consumer,
        ContactKind::Regulator => StepKind::Regulator,
        ContactKind::Helpline | ContactKind::VictimSupport => StepKind::Helpline,
        ContactKind::Bank => StepKind::Bank,
        ContactKind::Platform => StepKind::Platform,
        ContactKind::Csirt | ContactKind::Agency | ContactKind::PhishingReport => StepKind::Csirt,
    }
}
