//! Laws per jurisdiction: `content/laws/eu.toml` (the Union's regimes — GDPR, NIS2, DORA — and their duties with
//! the Union act's citation) and one `content/laws/<cc>.toml` per jurisdiction saying which regimes apply there,
//! the national act and its status, national citations, and (outside the EU) its own regimes and duties. Every
//! regime and duty carries its sources; the format is documented in `docs/routing-data.md`.
//!
//! A duty becomes a routing step when its `when` conditions hold for the victim's answers. Its legal basis cites
//! the national act where one is in force, and says plainly when only the Directive's text is known.

use super::directory::Service;
use super::rules::{StepKind, When};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// Status of a regime in a jurisdiction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RegimeStatus {
    /// Directly applicable and in force (a regulation, or a national act).
    InForce,
    /// A directive transposed by a national act in force.
    Transposed,
    /// A directive with no national act confirmed in force: only the Directive's text is known.
    NotTransposed,
    /// Does not apply here (its duties are dropped).
    NotApplicable,
}

/// One regime as declared in a laws file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Regime {
    /// `gdpr`, `nis2`, `dora`, or a jurisdiction's own id (e.g. `ch-isa`).
    pub id: String,
    /// Status (required in a jurisdiction's file; `in-force` in `eu.toml`).
    #[serde(default)]
    pub status: Option<RegimeStatus>,
    /// The act's title (Union act in `eu.toml`, national act elsewhere).
    #[serde(default)]
    pub national_act: Option<String>,
    /// Human-readable name.
    #[serde(default)]
    pub name: Option<String>,
    /// Official URL of the act.
    #[serde(default)]
    pub url: Option<String>,
    /// Date in force (`YYYY-MM-DD`).
    #[serde(default)]
    pub in_force: Option<String>,
    /// National citation per duty id.
    #[serde(default)]
    pub citations: BTreeMap<String, String>,
    /// Remark.
    #[serde(default)]
    pub note: Option<String>,
    /// Remarks (legal text read, lex specialis, limits of the model).
    #[serde(default)]
    pub notes: Vec<String>,
    /// A directive's transposition deadline (`YYYY-MM-DD`).
    #[serde(default)]
    pub transposition_deadline: Option<String>,
    /// URLs that back the status and citations.
    #[serde(default)]
    pub sources: Vec<String>,
}

/// One legal duty: who must tell whom, by when, under which article.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Duty {
    /// Unique id, e.g. `nis2-early-warning`.
    pub id: String,
    /// The regime it belongs to.
    pub regime: String,
    /// The service that receives it (looked up in the country's contact points).
    pub service: Service,
    /// Step kind shown to the victim.
    pub kind: StepKind,
    /// The article that sets it (Union or national act).
    pub citation: String,
    /// Deadline in hours.
    #[serde(default)]
    pub deadline_hours: Option<u32>,
    /// Deadline in calendar months.
    #[serde(default)]
    pub deadline_months: Option<u32>,
    /// What the deadline counts from: `awareness` or the id of an earlier duty.
    #[serde(default = "awareness")]
    pub from: String,
    /// Conditions.
    #[serde(default)]
    pub when: When,
    /// Fluent message id of the plain-language reason.
    pub why: String,
    /// Remark.
    #[serde(default)]
    pub note: Option<String>,
    /// Remarks (the legal text read, limits of the model).
    #[serde(default)]
    pub notes: Vec<String>,
    /// URLs of the legal text.
    #[serde(default)]
    pub sources: Vec<String>,
    /// The Union acts and articles of `citation`, in parts, so that each reader gets the act named in their
    /// language (`eu.toml` only; empty for a jurisdiction's own duties, whose `citation` is national).
    #[serde(default)]
    pub eu_cite: Vec<EuCite>,
}

/// The type of a Union act, as EUR-Lex titles it in each language (`law-regulation`, `law-directive`,
/// `law-delegated-regulation` in `locales/*/routing.ftl`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EuActKind {
    /// Regulation (EU) …
    Regulation,
    /// Directive (EU) …
    Directive,
    /// Commission Delegated Regulation (EU) …
    DelegatedRegulation,
}

/// One Union act cited by a duty: `{ act = "directive", number = "2022/2555", articles = ["23(4)(a)"] }`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EuCite {
    /// Regulation, directive or delegated regulation.
    pub act: EuActKind,
    /// The act's number as the Official Journal gives it, `YYYY/N`.
    pub number: String,
    /// Article references in the act's own notation, e.g. `33(1)`, `23(4)(a)`.
    pub articles: Vec<String>,
}

/// A step's legal basis in parts, rendered in the reader's language by [`LegalCite::render`]: the national
/// citation keeps the national act's own wording (`§ 32 Abs. 1 Nr. 1 BSIG`), Union acts are named by type and
/// number as EUR-Lex titles them in that language.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, Deserialize)]
pub struct LegalCite {
    /// The national citation, where the jurisdiction's file gives one.
    #[serde(default)]
    pub national: Option<String>,
    /// The Union acts.
    #[serde(default)]
    pub eu: Vec<EuCite>,
    /// Status of the regime in the jurisdiction.
    pub status: RegimeStatus,
    /// The jurisdiction (ISO 3166-1 alpha-2).
    pub country: String,
}

impl LegalCite {
    /// The legal basis for a reader of `lang`, e.g. `§ 32 Abs. 1 Nr. 1 BSIG, zur Umsetzung von Richtlinie (EU)
    /// 2022/2555, Art. 23(4)(a)`; `None` when there is nothing to cite.
    pub fn render(&self, lang: &str) -> Option<String> {
        use crate::i18n::t_args;
        let eu = self
            .eu
            .iter()
            .map(|c| {
                let id = match c.act {
                    EuActKind::Regulation => "law-regulation",
                    EuActKind::Directive => "law-directive",
                    EuActKind::DelegatedRegulation => "law-delegated-regulation",
                };
                let arts = c
                    .articles
                    .iter()
                    .map(|a| t_args(lang, "law-article", &[("article", a.clone().into())]))
                    .collect::<Vec<_>>()
                    .join(", ");
                format!(
                    "{}, {arts}",
                    t_args(lang, id, &[("number", c.number.clone().into())])
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        Some(match (self.status, &self.national, eu.is_empty()) {
            (_, None, true) => return None,
            (RegimeStatus::NotTransposed, _, false) => {
                let country = crate::server::content::countries::name(lang, &self.country)
                    .unwrap_or(&self.country)
                    .to_owned();
                t_args(
                    lang,
                    "law-not-transposed",
                    &[("eu", eu.into()), ("country", country.into())],
                )
            }
            (RegimeStatus::Transposed, Some(n), false) => t_args(
                lang,
                "law-transposing",
                &[("national", n.clone().into()), ("eu", eu.into())],
            ),
            (_, Some(n), false) => format!("{n}; {eu}"),
            (_, Some(n), true) => n.clone(),
            (_, None, false) => eu,
        })
    }
}

fn awareness() -> String {
    "awareness".into()
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LawFile {
    jurisdiction: String,
    #[serde(default)]
    checked: Option<String>,
    #[serde(default)]
    gaps: Vec<String>,
    #[serde(default)]
    regimes: Vec<Regime>,
    #[serde(default)]
    duties: Vec<Duty>,
}

/// A duty as it applies in one jurisdiction, with its legal basis worded for that jurisdiction.
#[derive(Clone, Debug)]
pub struct LocalDuty {
    /// The duty.
    pub duty: Duty,
    /// The legal basis in English (the API's `legal_basis`): the national citation and act where transposed,
    /// the Union text otherwise.
    pub legal_basis: String,
    /// The same in parts, for readers of every language.
    pub cite: LegalCite,
    /// Status of the regime here.
    pub status: RegimeStatus,
}

/// The laws of one jurisdiction.
#[derive(Clone, Debug, Default)]
pub struct Jurisdiction {
    /// ISO code.
    pub code: String,
    /// Checked date.
    pub checked: Option<String>,
    /// What could not be confirmed.
    pub gaps: Vec<String>,
    /// Regimes declared here.
    pub regimes: Vec<Regime>,
    /// Duties in force here, with their local legal basis.
    pub duties: Vec<LocalDuty>,
}

/// All laws files.
#[derive(Clone, Debug, Default)]
pub struct Laws {
    /// Jurisdictions by ISO code (not `EU`).
    pub jurisdictions: BTreeMap<String, Jurisdiction>,
    /// Problems that do not stop loading (stale entries).
    pub warnings: Vec<String>,
}

impl Laws {
    /// The duties that apply in `country` (empty for an unknown jurisdiction).
    pub fn duties(&self, country: &str) -> &[LocalDuty] {
        self.jurisdictions
            .get(country)
            .map(|j| j.duties.as_slice())
            .unwrap_or(&[])
    }

    /// A duty by id in `country`.
    pub fn duty(&self, country: &str, id: &str) -> Option<&LocalDuty> {
        self.duties(country).iter().find(|d| d.duty.id == id)
    }
}

fn parse(path: &Path, rel: &str) -> Result<LawFile, String> {
    let src = std::fs::read_to_string(path).map_err(|e| format!("{rel}: {e}"))?;
    toml::from_str(&src).map_err(|e| crate::server::content::toml_error(rel, &src, &e))
}

fn local_basis(d: &Duty, r: &Regime, country: &str, eu_act: Option<&str>) -> String {
    let status = r.status.unwrap_or(RegimeStatus::InForce);
    match (status, r.citations.get(&d.id)) {
        (RegimeStatus::Transposed, Some(nat)) => format!(
            "{nat} ({}), transposing {}",
            r.national_act.as_deref().unwrap_or("national act"),
            d.citation
        ),
        (RegimeStatus::Transposed, None) => format!(
            "{}, as transposed by {}",
            d.citation,
            r.national_act.as_deref().unwrap_or("the national act")
        ),
        (RegimeStatus::NotTransposed, _) => format!(
            "{}. No national act transposing it is confirmed in force in {country}: only the Directive's text is known; the national rules may differ",
            d.citation
        ),
        (_, Some(nat)) => format!("{nat} ({})", r.national_act.as_deref().or(eu_act).unwrap_or("")),
        _ => d.citation.clone(),
    }
}

/// Loads `dir/*.toml` and resolves each jurisdiction's duties. `valid_why` tells whether a message id exists in
/// English; `incident_ok` whether an incident type exists. Errors name the file and the problem (bad TOML,
/// missing source or status, unknown regime, unknown `from`, duty without a deadline rule).
pub fn load(
    dir: &Path,
    today: chrono::NaiveDate,
    valid_why: impl Fn(&str) -> bool,
    incident_ok: impl Fn(&str) -> bool,
) -> Result<Laws, Vec<String>> {
    let mut errors = Vec::new();
    let mut laws = Laws::default();
    let eu_path = dir.join("eu.toml");
    let eu = match parse(&eu_path, "laws/eu.toml") {
        Ok(f) => f,
        Err(e) => return Err(vec![e]),
    };
    let mut files: Vec<_> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(Result::ok).map(|e| e.path()).collect(),
        Err(e) => return Err(vec![format!("{}: {e}", dir.display())]),
    };
    files.sort();
    let check_duty = |rel: &str, d: &Duty, errors: &mut Vec<String>| {
        if d.sources.is_empty() {
            errors.push(format!("{rel}: duty `{}` has no source", d.id));
        }
        if !valid_why(&d.why) {
            errors.push(format!(
                "{rel}: duty `{}`: message `{}` missing from locales/en",
                d.id, d.why
            ));
        }
        if d.deadline_hours.is_some() && d.deadline_months.is_some() {
            errors.push(format!(
                "{rel}: duty `{}`: give deadline_hours or deadline_months, not both",
                d.id
            ));
        }
        for i in d.when.incidents() {
            if !incident_ok(i) {
                errors.push(format!(
                    "{rel}: duty `{}`: unknown incident type `{i}`",
                    d.id
                ));
            }
        }
    };
    for d in &eu.duties {
        check_duty("laws/eu.toml", d, &mut errors);
        if !eu.regimes.iter().any(|r| r.id == d.regime) {
            errors.push(format!(
                "laws/eu.toml: duty `{}`: unknown regime `{}`",
                d.id, d.regime
            ));
        }
    }
    for r in &eu.regimes {
        if r.sources.is_empty() {
            errors.push(format!("laws/eu.toml: regime `{}` has no source", r.id));
        }
    }
    for path in files
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
    {
        let stem = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        if stem == "eu" {
            continue;
        }
        let rel = format!("laws/{stem}.toml");
        let f = match parse(&path, &rel) {
            Ok(f) => f,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        if f.jurisdiction != stem.to_ascii_uppercase() {
            errors.push(format!(
                "{rel}: jurisdiction `{}` must be the uppercase ISO code matching the file name",
                f.jurisdiction
            ));
        }
        super::directory::check_date(
            &rel,
            f.checked.as_deref(),
            today,
            &mut errors,
            &mut laws.warnings,
        );
        let mut j = Jurisdiction {
            code: f.jurisdiction.clone(),
            checked: f.checked.clone(),
            gaps: f.gaps.clone(),
            regimes: f.regimes.clone(),
            duties: Vec::new(),
        };
        for r in &f.regimes {
            if r.sources.is_empty() {
                errors.push(format!("{rel}: regime `{}` has no source", r.id));
            }
            let Some(status) = r.status else {
                errors.push(format!("{rel}: regime `{}` has no `status`", r.id));
                continue;
            };
            let eu_regime = eu.regimes.iter().find(|x| x.id == r.id);
            let own: Vec<&Duty> = f.duties.iter().filter(|d| d.regime == r.id).collect();
            if eu_regime.is_none() && own.is_empty() && status != RegimeStatus::NotApplicable {
                errors.push(format!(
                    "{rel}: regime `{}` is neither an EU regime nor has duties of its own",
                    r.id
                ));
            }
            for k in r.citations.keys() {
                if !eu.duties.iter().chain(f.duties.iter()).any(|d| &d.id == k) {
                    errors.push(format!(
                        "{rel}: regime `{}`: citation for unknown duty `{k}`",
                        r.id
                    ));
                }
            }
            if status == RegimeStatus::NotApplicable {
                continue;
            }
            let eu_act = eu_regime.and_then(|x| x.national_act.as_deref());
            for d in eu.duties.iter().filter(|d| d.regime == r.id) {
                // a jurisdiction may replace an EU duty by one of its own with the same id
                if f.duties.iter().any(|x| x.id == d.id) {
                    continue;
                }
                j.duties.push(LocalDuty {
                    legal_basis: local_basis(d, r, &f.jurisdiction, eu_act),
                    cite: LegalCite {
                        national: r.citations.get(&d.id).cloned(),
                        eu: d.eu_cite.clone(),
                        status,
                        country: f.jurisdiction.clone(),
                    },
                    duty: d.clone(),
                    status,
                });
            }
        }
        for d in &f.duties {
            check_duty(&rel, d, &mut errors);
            let Some(r) = f.regimes.iter().find(|r| r.id == d.regime) else {
                errors.push(format!(
                    "{rel}: duty `{}`: regime `{}` is not declared in this file",
                    d.id, d.regime
                ));
                continue;
            };
            if r.status == Some(RegimeStatus::NotApplicable) {
                continue;
            }
            let act = r.national_act.as_deref().unwrap_or_default();
            let legal_basis = if act.is_empty() || d.citation.contains(act) {
                d.citation.clone()
            } else {
                format!("{} ({act})", d.citation)
            };
            let status = r.status.unwrap_or(RegimeStatus::InForce);
            j.duties.push(LocalDuty {
                legal_basis,
                cite: LegalCite {
                    national: Some(d.citation.clone()),
                    eu: d.eu_cite.clone(),
                    status,
                    country: f.jurisdiction.clone(),
                },
                duty: d.clone(),
                status,
            });
        }
        for d in &j.duties {
            if d.duty.from != "awareness" && !j.duties.iter().any(|x| x.duty.id == d.duty.from) {
                errors.push(format!(
                    "{rel}: duty `{}` counts from `{}`, which does not apply here",
                    d.duty.id, d.duty.from
                ));
            }
        }
        laws.jurisdictions.insert(f.jurisdiction.clone(), j);
    }
    if errors.is_empty() {
        Ok(laws)
    } else {
        Err(errors)
    }
}
