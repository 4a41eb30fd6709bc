//! Routing on the bundled content: the golden cases of `tests/routing/cases-*.toml` (real situations, each with
//! the official source that justifies its answer), and the invariants every answer must keep in every
//! jurisdiction (order by what each step saves, no child services for adults, no EU institution as a victim's
//! reporting point, legal steps always cited, contradictory answers refused).

use cyberhelp::server::content;
use cyberhelp::server::routing::{
    check_answers, route, Answers, Group, Payment, Role, Routing, Sector, Service, StepKind,
    VictimType,
};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

fn lib() -> content::Library {
    content::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).expect("bundled content")
}

fn run(lib: &content::Library, a: &Answers) -> Routing {
    route(lib.rules.as_ref().expect("routing.toml"), &lib.directory, a)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    country: String,
    victim: String,
    incident: String,
    #[serde(default)]
    region: Option<String>,
    #[serde(default)]
    sector: Option<String>,
    #[serde(default)]
    role: Option<String>,
    #[serde(default)]
    payment: Option<String>,
    #[serde(default)]
    money_lost: bool,
    #[serde(default)]
    personal_data: bool,
    #[serde(default)]
    ongoing: bool,
    #[serde(default)]
    minor: bool,
    #[serde(default)]
    cross_border: bool,
    #[serde(default)]
    device_encrypted: bool,
    #[serde(default)]
    payment_recent: bool,
    #[serde(default)]
    self_approved: bool,
    expect: Vec<String>,
    #[serde(default)]
    absent: Vec<String>,
    #[serde(default)]
    deadlines: BTreeMap<String, String>,
    /// Services whose steps must be present and marked optional (a possibility, not a duty).
    #[serde(default)]
    optional: Vec<String>,
    source: String,
}

#[derive(Deserialize)]
struct CaseFile {
    cases: Vec<Case>,
}

fn answers(c: &Case) -> Result<Answers, String> {
    let victim = VictimType::parse(&c.victim).ok_or(format!("victim {}", c.victim))?;
    let mut a = Answers::new(&c.country, victim, &c.incident);
    a.region = c.region.clone();
    a.sector = match &c.sector {
        Some(s) => Some(Sector::parse(s).ok_or(format!("sector {s}"))?),
        None => None,
    };
    a.role = match &c.role {
        Some(r) => Role::parse(r).ok_or(format!("role {r}"))?,
        None => Role::Unsure,
    };
    a.payment = match &c.payment {
        Some(p) => Some(Payment::parse(p).ok_or(format!("payment {p}"))?),
        None => None,
    };
    a.money_lost = c.money_lost;
    a.personal_data = c.personal_data;
    a.ongoing = c.ongoing;
    a.minor = c.minor;
    a.cross_border = c.cross_border;
    a.device_encrypted = c.device_encrypted;
    a.payment_recent = c.payment_recent;
    a.self_approved = c.self_approved;
    Ok(a)
}

fn describe(r: &Routing) -> String {
    r.steps
        .iter()
        .map(|s| {
            format!(
                "{}:{}",
                s.service.id(),
                s.contact_point
                    .as_ref()
                    .map(|c| c.id.as_str())
                    .unwrap_or("")
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Checks one case; returns the problems found.
fn check_case(lib: &content::Library, c: &Case) -> Vec<String> {
    let mut problems = Vec::new();
    if !c.source.starts_with("http") {
        problems.push("no source URL".to_owned());
    }
    let a = match answers(c) {
        Ok(a) => a,
        Err(e) => return vec![format!("bad case: {e}")],
    };
    if let Err(e) = check_answers(&lib.directory, &a) {
        return vec![format!("answers refused: {e}")];
    }
    let r = run(lib, &a);
    let mut last = None;
    for want in &c.expect {
        let (service, contact) = want.split_once(':').unwrap_or((want.as_str(), ""));
        let pos = r.steps.iter().position(|s| {
            s.service.id() == service
                && match &s.contact_point {
                    Some(cp) => cp.id == contact,
                    None => contact.is_empty(),
                }
        });
        match pos {
            None => problems.push(format!("missing step {want}")),
            Some(p) => {
                // The order that matters is the one the issue sets: money, then legal clocks by deadline, then
                // reports, then support. Inside the report and support groups the order is editorial (the
                // golden cases' authors disagreed on police vs. regulator first), so it is not asserted there.
                if let Some(l) = last {
                    let (a, b): (&cyberhelp::server::routing::RouteStep, _) =
                        (&r.steps[l], &r.steps[p]);
                    let same_soft_group = a.group == b.group && a.group != Group::Legal;
                    if p < l && !same_soft_group {
                        problems.push(format!("step {want} comes too early"));
                    }
                }
                last = Some(p);
            }
        }
    }
    for bad in &c.absent {
        let hit = r.steps.iter().any(|s| {
            s.service.id() == *bad
                || s.contact_point.as_ref().is_some_and(|cp| cp.id == *bad)
                || s.alternatives.iter().any(|cp| cp.id == *bad)
        });
        if hit {
            problems.push(format!("must not contain {bad}"));
        }
    }
    for (service, due) in &c.deadlines {
        let found = r.steps.iter().any(|s| {
            s.service.id() == *service
                && match due.as_str() {
                    d if d.ends_with('h') => {
                        d.trim_end_matches('h').parse::<u32>().ok() == s.deadline_hours
                    }
                    d if d.ends_with("month") || d.ends_with("months") => {
                        d.split(' ').next().and_then(|n| n.parse::<u32>().ok()) == s.deadline_months
                    }
                    "undue delay" => s.deadline_hours.is_none() && s.deadline_months.is_none(),
                    _ => false,
                }
        });
        if !found {
            problems.push(format!("no {service} step due {due}"));
        }
    }
    for service in &c.optional {
        let steps: Vec<_> = r
            .steps
            .iter()
            .filter(|s| s.service.id() == *service)
            .collect();
        if steps.is_empty() || steps.iter().any(|s| s.optional.is_none()) {
            problems.push(format!("{service} must be present and optional"));
        }
    }
    if !problems.is_empty() {
        problems.push(format!("got: [{}]", describe(&r)));
    }
    problems
}

#[test]
fn golden_cases_from_real_situations() {
    let lib = lib();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/routing");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/routing")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let mut per_country: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut total = 0;
    for f in files {
        let src = std::fs::read_to_string(&f).unwrap();
        let cf: CaseFile = toml::from_str(&src).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        for c in cf.cases {
            total += 1;
            let problems = check_case(&lib, &c);
            let e = per_country.entry(c.country.to_uppercase()).or_default();
            e.1 += 1;
            if problems.is_empty() {
                e.0 += 1;
            } else {
                failures.push(format!("{}\n    {}", c.name, problems.join("\n    ")));
            }
        }
    }
    println!("golden routing cases: {total}");
    for (c, (ok, n)) in &per_country {
        println!("  {c}: {ok}/{n}");
    }
    assert!(
        total >= 80,
        "at least 80 golden cases expected, found {total}"
    );
    let jurisdictions = [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
        "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
        "CH", "GB",
    ];
    let missing: Vec<_> = jurisdictions
        .iter()
        .filter(|j| !per_country.contains_key(**j))
        .collect();
    assert!(missing.is_empty(), "no golden case for {missing:?}");
    assert!(
        failures.is_empty(),
        "{} of {total} golden cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

const JURISDICTIONS: [&str; 32] = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "CH", "GB",
];

#[test]
fn every_answer_keeps_the_invariants_in_every_jurisdiction() {
    let lib = lib();
    let child_only = |c: &cyberhelp::server::routing::Contact, s: Service| {
        c.services
            .iter()
            .filter(|o| o.service == s)
            .all(|o| o.audience == vec![cyberhelp::server::routing::directory::Audience::Minor])
    };
    for country in JURISDICTIONS {
        for victim in VictimType::ALL {
            for t in &lib.incident_types {
                for (money, data) in [(false, false), (true, true)] {
                    let mut a = Answers::new(country, victim, &t.id);
                    a.money_lost = money;
                    a.personal_data = data;
                    if victim.is_nis2_entity() {
                        a.sector = Some(Sector::Health);
                    }
                    let r = run(&lib, &a);
                    assert!(r.covered, "{country}");
                    let mut prev = Group::Money;
                    for s in &r.steps {
                        assert!(s.group >= prev, "{country} {}: order {:?}", t.id, r.steps);
                        prev = s.group;
                        assert_ne!(
                            cyberhelp::i18n::t("en", &s.why),
                            s.why,
                            "untranslated {}",
                            s.why
                        );
                        if s.group == Group::Legal {
                            assert!(
                                s.legal_basis.is_some(),
                                "{country}: uncited duty {}",
                                s.rule
                            );
                        }
                        for cp in s.contact_point.iter().chain(s.alternatives.iter()) {
                            assert!(
                                cp.id.starts_with(&country.to_lowercase()),
                                "{country}: foreign contact {}",
                                cp.id
                            );
                            assert!(
                                !cp.id.starts_with("eu-"),
                                "{country}: EU body as reporting point"
                            );
                            if !a.minor {
                                assert!(
                                    !child_only(cp, s.service),
                                    "{country} {}: adult sent to a child service {}",
                                    t.id,
                                    cp.id
                                );
                            }
                        }
                    }
                    if victim == VictimType::Citizen {
                        assert!(
                            !r.steps.iter().any(|s| s.group == Group::Legal),
                            "{country}: a private person has no notification duty"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn nis2_final_report_is_one_month_after_the_notification_not_fixed_hours() {
    let lib = lib();
    let mut a = Answers::new("BE", VictimType::EssentialEntity, "ransomware");
    a.sector = Some(Sector::Energy);
    let r = run(&lib, &a);
    let fin = r
        .steps
        .iter()
        .find(|s| s.rule == "nis2-final-report")
        .expect("final report");
    assert_eq!(fin.deadline_months, Some(1));
    assert_eq!(fin.deadline_hours, None);
    assert_eq!(fin.deadline_from.as_deref(), Some("nis2-notification"));
    let hours: Vec<_> = r
        .steps
        .iter()
        .filter(|s| s.group == Group::Legal)
        .map(|s| s.rule.as_str())
        .collect();
    assert_eq!(
        hours,
        [
            "nis2-early-warning",
            "nis2-notification",
            "nis2-final-report"
        ]
    );
    // a trust service provider notifies within 24 h, and the month runs from that notification
    a.sector = Some(Sector::TrustServices);
    let r = run(&lib, &a);
    let notif = r
        .steps
        .iter()
        .find(|s| s.rule == "nis2-notification-trust")
        .expect("trust");
    assert_eq!(notif.deadline_hours, Some(24));
    assert!(!r.steps.iter().any(|s| s.rule == "nis2-notification"));
    // a bank reports under DORA, not NIS2 (NIS2 Art. 4, DORA Art. 1(2))
    a.sector = Some(Sector::Banking);
    let r = run(&lib, &a);
    assert!(r.steps.iter().any(|s| s.rule == "dora-initial"));
    assert!(!r.steps.iter().any(|s| s.rule.starts_with("nis2-")));
}

#[test]
fn money_that_can_be_recalled_comes_first_and_a_transfer_is_not_a_card() {
    let lib = lib();
    let mut a = Answers::new("FR", VictimType::Business, "business-email-compromise");
    a.money_lost = true;
    a.personal_data = true;
    a.payment = Some(Payment::Transfer);
    a.payment_recent = true;
    let r = run(&lib, &a);
    assert_eq!(r.steps[0].service, Service::PaymentRecall, "{:?}", r.steps);
    assert_eq!(r.steps[0].kind, StepKind::Bank);
    assert!(!r.steps.iter().any(|s| s.service == Service::CardBlock));
    // card payment: block the card
    a.payment = Some(Payment::Card);
    let r = run(&lib, &a);
    assert_eq!(r.steps[0].service, Service::CardBlock);
    // a SIM swap puts the bank account at risk even before money leaves
    let r = run(&lib, &Answers::new("DE", VictimType::Citizen, "sim-swap"));
    assert!(r
        .steps
        .iter()
        .any(|s| s.service == Service::PaymentRecall && s.group == Group::Money));
}

#[test]
fn processors_tell_their_controller_and_encrypted_lost_laptops_are_recorded_not_notified() {
    let lib = lib();
    let mut a = Answers::new("FI", VictimType::Business, "data-breach");
    a.personal_data = true;
    a.role = Role::Processor;
    let r = run(&lib, &a);
    assert!(r.steps.iter().any(|s| s.kind == StepKind::Controller));
    assert!(!r
        .steps
        .iter()
        .any(|s| s.service == Service::GdprBreachNotification));
    let mut a = Answers::new("FI", VictimType::Business, "lost-device");
    a.personal_data = true;
    a.device_encrypted = true;
    let r = run(&lib, &a);
    assert!(!r
        .steps
        .iter()
        .any(|s| s.service == Service::GdprBreachNotification));
    assert!(r.steps.iter().any(|s| s.rule == "gdpr-record-internally"));
    // losing a device is no crime: the police step is optional (only if stolen)
    for s in r.steps.iter().filter(|s| s.service == Service::Complaint) {
        assert!(s.optional.is_some());
    }
}

#[test]
fn outside_the_directory_the_bank_the_local_police_and_a_known_national_service() {
    let lib = lib();
    let mut a = Answers::new("US", VictimType::Citizen, "online-fraud");
    a.money_lost = true;
    let r = run(&lib, &a);
    assert!(!r.covered);
    assert_eq!(r.steps[0].kind, StepKind::Bank);
    assert!(r
        .steps
        .iter()
        .any(|s| s.kind == StepKind::Police && s.contact_point.is_none()));
    assert!(r.steps.iter().any(|s| s
        .contact_point
        .as_ref()
        .is_some_and(|c| c.id.starts_with("us-"))));
    let r = run(&lib, &Answers::new("BR", VictimType::Citizen, "phishing"));
    assert!(!r.covered);
    assert!(r.steps.iter().all(|s| s
        .contact_point
        .as_ref()
        .is_none_or(|c| !c.id.starts_with("eu-"))));
    assert!(r.steps.iter().any(|s| s.kind == StepKind::Police));
    // aliases still work
    let r = run(&lib, &Answers::new("el", VictimType::Citizen, "phishing"));
    assert_eq!(r.country.as_deref(), Some("GR"));
    assert!(r.covered);
}

#[test]
fn contradictory_answers_are_refused_naming_the_answer() {
    let lib = lib();
    let d = &lib.directory;
    let mut a = Answers::new("DE", VictimType::Citizen, "data-breach");
    a.role = Role::Processor;
    assert_eq!(check_answers(d, &a).unwrap_err().0, "role");
    let a = Answers::new("DE", VictimType::EssentialEntity, "ransomware");
    assert_eq!(check_answers(d, &a).unwrap_err().0, "sector");
    let mut a = Answers::new("DE", VictimType::Citizen, "phishing");
    a.sector = Some(Sector::Health);
    assert_eq!(check_answers(d, &a).unwrap_err().0, "sector");
    for bad in ["FR-75", "DE-XX", "de-by-", "DE-BYY1", "X"] {
        let mut a = Answers::new("DE", VictimType::Business, "ransomware");
        a.region = Some(bad.into());
        assert_eq!(check_answers(d, &a).unwrap_err().0, "region", "{bad}");
    }
    let mut a = Answers::new("DE", VictimType::Business, "ransomware");
    a.region = Some("DE-BY".into());
    assert!(check_answers(d, &a).is_ok());
}

#[test]
fn a_regional_service_without_a_region_lists_the_regional_bodies() {
    let lib = lib();
    let mut a = Answers::new("DE", VictimType::Business, "ransomware");
    a.personal_data = true;
    let r = run(&lib, &a);
    let dpa = r
        .steps
        .iter()
        .find(|s| s.service == Service::GdprBreachNotification)
        .expect("DPA step");
    assert!(dpa.needs_region, "{dpa:?}");
    assert!(dpa.alternatives.len() >= 10);
    assert!(dpa.contact_point.is_none());
    a.region = Some("DE-BY".into());
    let r = run(&lib, &a);
    let dpa = r
        .steps
        .iter()
        .find(|s| s.service == Service::GdprBreachNotification)
        .expect("DPA step");
    assert!(!dpa.needs_region);
    assert_eq!(dpa.contact_point.as_ref().unwrap().id, "de-baylda");
}
