//! "What happened?": the guided diagnosis. The tree is content (`content/triage/tree.toml`, documented there):
//! questions with options that set routing answers and lead to the next question or to a result; then fact
//! questions asked only when they change whom to tell. This module loads and proves the tree sound, and walks it
//! for the answers in a URL (`/{lang}/help?who=private&what=money&…`): the answers so far, the next question, or
//! the result with the routing answers.
//!
//! Bad input never fails the walk: an unknown option, an answer to a question not on the path or a forged result
//! id is dropped and the walk stops at the nearest valid step with `notice = true`.

use crate::server::content::Library;
use crate::server::routing::rules::When;
use crate::server::routing::{Answers, Payment, Role, Sector, VictimType};
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};

pub mod feedback;
pub mod http;
mod load;
pub mod view;

pub use load::{all_paths, load, longest_path};

/// Longest path allowed, in answers (issue 16: "no path is longer than 7 answers").
pub const MAX_ANSWERS: usize = 7;

/// What an option sets (the routing answers).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Set {
    #[serde(default)]
    victim: Option<VictimType>,
    #[serde(default)]
    money_lost: Option<bool>,
    #[serde(default)]
    payment: Option<Payment>,
    #[serde(default)]
    payment_recent: Option<bool>,
    #[serde(default)]
    self_approved: Option<bool>,
    #[serde(default)]
    personal_data: Option<bool>,
    #[serde(default)]
    role: Option<Role>,
    #[serde(default)]
    minor: Option<bool>,
    #[serde(default)]
    cross_border: Option<bool>,
    #[serde(default)]
    device_encrypted: Option<bool>,
}

impl Set {
    fn keys(&self) -> Vec<&'static str> {
        let mut k = Vec::new();
        let mut add = |on: bool, name| {
            if on {
                k.push(name)
            }
        };
        add(self.victim.is_some(), "victim");
        add(self.money_lost.is_some(), "money_lost");
        add(self.payment.is_some(), "payment");
        add(self.payment_recent.is_some(), "payment_recent");
        add(self.self_approved.is_some(), "self_approved");
        add(self.personal_data.is_some(), "personal_data");
        add(self.role.is_some(), "role");
        add(self.minor.is_some(), "minor");
        add(self.cross_border.is_some(), "cross_border");
        add(self.device_encrypted.is_some(), "device_encrypted");
        k
    }

    fn apply(&self, a: &mut Answers, done: &mut HashSet<&'static str>) {
        if let Some(v) = self.victim {
            a.victim = v;
        }
        if let Some(v) = self.money_lost {
            a.money_lost = v;
        }
        if let Some(v) = self.payment {
            a.payment = Some(v);
        }
        if let Some(v) = self.payment_recent {
            a.payment_recent = v;
        }
        if let Some(v) = self.self_approved {
            a.self_approved = v;
        }
        if let Some(v) = self.personal_data {
            a.personal_data = v;
        }
        if let Some(v) = self.role {
            a.role = v;
        }
        if let Some(v) = self.minor {
            a.minor = v;
        }
        if let Some(v) = self.cross_border {
            a.cross_border = v;
        }
        if let Some(v) = self.device_encrypted {
            a.device_encrypted = v;
        }
        done.extend(self.keys());
    }
}

/// One option of a question.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Id, unique within the question (the URL value).
    pub id: String,
    /// Answers it sets.
    #[serde(default)]
    pub set: Set,
    /// The next question or result (for fact questions: none, the walk continues with the next fact).
    #[serde(default)]
    pub next: Option<String>,
    /// Offered only when this holds for the answers so far.
    #[serde(default)]
    pub when: Option<When>,
}

/// How a question's options are made.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// The options listed.
    #[default]
    Choice,
    /// The NIS2 sectors (sets `sector`).
    Sector,
    /// The directory's countries and their regions (sets `country` and `region`).
    Country,
}

/// A question of the tree or a fact question.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Id: the URL parameter and the message id `triage-q-<id>`.
    pub id: String,
    /// How the options are made.
    #[serde(default)]
    pub kind: Kind,
    /// Options (for `choice`).
    #[serde(default)]
    pub options: Vec<Choice>,
    /// Next node for generated options (`sector`).
    #[serde(default)]
    pub next: Option<String>,
    /// Fact questions: asked only when this holds.
    #[serde(default)]
    pub when: Option<When>,
}

/// A diagnosis.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// Id: the message `triage-r-<id>`.
    pub id: String,
    /// Incident type id.
    pub incident: String,
    /// Advice article for organisations (and for everyone without `article_citizen`).
    pub article: String,
    /// Advice article for private persons.
    #[serde(default)]
    pub article_citizen: Option<String>,
    /// Answers it sets.
    #[serde(default)]
    pub set: Set,
}

/// The whole tree.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tree {
    /// First question.
    pub start: String,
    /// Questions of the diagnosis.
    pub questions: Vec<Question>,
    /// Fact questions, asked after the diagnosis when their `when` holds.
    #[serde(default)]
    pub facts: Vec<Question>,
    /// Results.
    pub results: Vec<Outcome>,
}

/// An option as offered: (value, message id or literal label, is_literal).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Offered {
    /// URL value.
    pub value: String,
    /// Message id of the label, or the label itself for countries and regions.
    pub label: String,
    /// `label` is a literal (a country or region name), not a message id.
    pub literal: bool,
    /// Group (the country of a region) for countries.
    pub group: Option<String>,
}

/// Where a walk stands.
#[derive(Clone, Debug)]
pub struct Walk {
    /// Valid answers in order: (question id, option value).
    pub answered: Vec<(String, String)>,
    /// The routing answers so far.
    pub answers: Answers,
    /// The question to ask next, or `None` when the result is reached.
    pub question: Option<Question>,
    /// The options to offer for it.
    pub options: Vec<Offered>,
    /// The diagnosis once reached.
    pub outcome: Option<Outcome>,
    /// Some answers in the URL were not valid here and were dropped.
    pub notice: bool,
}

impl Tree {
    fn node(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    fn outcome(&self, id: &str) -> Option<&Outcome> {
        self.results.iter().find(|r| r.id == id)
    }

    /// The article for `o` given who the victim is.
    pub fn article_for<'a>(o: &'a Outcome, a: &Answers) -> &'a str {
        match (&o.article_citizen, a.victim) {
            (Some(c), VictimType::Citizen) => c,
            _ => &o.article,
        }
    }

    /// Options offered for `q` given the answers so far.
    pub fn offered(&self, q: &Question, a: &Answers, lib: &Library) -> Vec<Offered> {
        match q.kind {
            Kind::Choice => q
                .options
                .iter()
                .filter(|o| o.when.as_ref().is_none_or(|w| w.holds(a)))
                .map(|o| Offered {
                    value: o.id.clone(),
                    label: format!("triage-o-{}-{}", q.id, o.id),
                    literal: false,
                    group: None,
                })
                .collect(),
            Kind::Sector => Sector::ALL
                .iter()
                .map(|s| Offered {
                    value: s.id(),
                    label: format!("report-sector-{}", s.id()),
                    literal: false,
                    group: None,
                })
                .collect(),
            Kind::Country => {
                let mut v = Vec::new();
                for (code, name) in crate::server::routing::pages::countries(lib, "en") {
                    v.push(Offered {
                        value: code.clone(),
                        label: name.clone(),
                        literal: true,
                        group: None,
                    });
                    if let Some(c) = lib.directory.countries.get(&code) {
                        for r in &c.regions {
                            v.push(Offered {
                                value: r.code.clone(),
                                label: format!("{name} – {}", r.name),
                                literal: true,
                                group: Some(name.clone()),
                            });
                        }
                    }
                }
                v.push(Offered {
                    value: "ZZ".into(),
                    label: "triage-country-other".into(),
                    literal: false,
                    group: None,
                });
                v
            }
        }
    }

    fn fact_needed(&self, f: &Question, a: &Answers, done: &HashSet<&'static str>) -> bool {
        if !f.when.as_ref().is_none_or(|w| w.holds(a)) {
            return false;
        }
        if f.kind == Kind::Country {
            return true;
        }
        // skip a fact whose answer is already known: every key all its options set was set earlier
        let mut common: Option<HashSet<&'static str>> = None;
        for o in &f.options {
            let k: HashSet<_> = o.set.keys().into_iter().collect();
            common = Some(match common {
                None => k,
                Some(c) => c.intersection(&k).copied().collect(),
            });
        }
        !common.is_some_and(|c| !c.is_empty() && c.iter().all(|k| done.contains(k)))
    }

    /// Walks the tree for the answers in `params` (question id → option value). Never fails.
    pub fn walk(&self, params: &BTreeMap<String, String>, lib: &Library) -> Walk {
        let mut a = Answers::new("", VictimType::Citizen, "other");
        let mut done = HashSet::new();
        let mut answered = Vec::new();
        let mut used = HashSet::new();
        let mut current = self.start.clone();
        let mut notice = false;
        let mut outcome = None;
        // the diagnosis
        for _ in 0..32 {
            if let Some(o) = self.outcome(&current) {
                a.incident = o.incident.clone();
                o.set.apply(&mut a, &mut done);
                outcome = Some(o.clone());
                break;
            }
            let Some(q) = self.node(&current) else { break };
            let offered = self.offered(q, &a, lib);
            let Some(v) = params.get(&q.id) else {
                return self.stop(answered, a, q, offered, params, &used, notice);
            };
            used.insert(q.id.clone());
            if !offered.iter().any(|o| &o.value == v) {
                notice = true;
                return self.stop(answered, a, q, offered, params, &used, notice);
            }
            answered.push((q.id.clone(), v.clone()));
            match q.kind {
                Kind::Sector => {
                    a.sector = Sector::parse(v);
                    current = q.next.clone().unwrap_or_default();
                }
                _ => {
                    let o = q.options.iter().find(|o| &o.id == v);
                    if let Some(o) = o {
                        o.set.apply(&mut a, &mut done);
                        current = o.next.clone().unwrap_or_default();
                    }
                }
            }
        }
        // the facts routing needs
        for f in &self.facts {
            if !self.fact_needed(f, &a, &done) {
                continue;
            }
            let offered = self.offered(f, &a, lib);
            let Some(v) = params.get(&f.id) else {
                return self.stop(answered, a, f, offered, params, &used, notice);
            };
            used.insert(f.id.clone());
            if !offered.iter().any(|o| &o.value == v) {
                notice = true;
                return self.stop(answered, a, f, offered, params, &used, notice);
            }
            answered.push((f.id.clone(), v.clone()));
            match f.kind {
                Kind::Country => {
                    let (c, r) = match v.split_once('-') {
                        Some((c, _)) => (c.to_owned(), Some(v.clone())),
                        None => (v.clone(), None),
                    };
                    a.country = c;
                    a.region = r;
                }
                Kind::Sector => a.sector = Sector::parse(v),
                Kind::Choice => {
                    if let Some(o) = f.options.iter().find(|o| &o.id == v) {
                        o.set.apply(&mut a, &mut done);
                    }
                }
            }
        }
        notice |= params.keys().any(|k| !used.contains(k) && k != "lang");
        Walk {
            answered,
            answers: a,
            question: None,
            options: vec![],
            outcome,
            notice,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn stop(
        &self,
        answered: Vec<(String, String)>,
        answers: Answers,
        q: &Question,
        options: Vec<Offered>,
        params: &BTreeMap<String, String>,
        used: &HashSet<String>,
        notice: bool,
    ) -> Walk {
        // answers to questions further down the path are dropped; say so
        let extra = params
            .keys()
            .any(|k| !used.contains(k) && k != &q.id && k != "lang");
        Walk {
            answered,
            answers,
            question: Some(q.clone()),
            options,
            outcome: None,
            notice: notice || extra,
        }
    }
}
