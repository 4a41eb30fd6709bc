//! The routing rules on the bundled directory: table tests over every incident type × victim type for the
//! covered countries, and the legal edge cases the rules must get right.

use cyberhelp::server::content;
use cyberhelp::server::routing::{route, Answers, Routing, StepKind, VictimType};
use std::path::Path;

fn lib() -> content::Library {
    content::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).expect("bundled content")
}

fn ask(
    lib: &content::Library,
    country: &str,
    victim: VictimType,
    incident: &str,
    f: impl FnOnce(&mut Answers),
) -> Routing {
    let mut a = Answers {
        country: country.into(),
        victim,
        incident: incident.into(),
        money_lost: false,
        personal_data: false,
        ongoing: false,
        minor: false,
        cross_border: false,
    };
    f(&mut a);
    route(
        lib.rules.as_ref().expect("routing.toml"),
        &lib.directory,
        &a,
    )
}

const VICTIMS: [VictimType; 4] = [
    VictimType::Citizen,
    VictimType::Business,
    VictimType::EssentialEntity,
    VictimType::ImportantEntity,
];
const COUNTRIES: [&str; 12] = [
    "AT", "BE", "DE", "DK", "FI", "FR", "IT", "NL", "PL", "ES", "IE", "SE",
];

#[test]
fn every_incident_and_victim_type_gets_an_ordered_answer_in_every_covered_country() {
    let lib = lib();
    assert!(
        lib.directory.countries.len() >= 33,
        "27 EU + IS, LI, NO, CH, GB + EU"
    );
    for c in COUNTRIES {
        for v in VICTIMS {
            for t in &lib.incident_types {
                let r = ask(&lib, c, v, &t.id, |_| {});
                assert!(r.covered, "{c}");
                assert_eq!(r.country.as_deref(), Some(c));
                assert!(!r.steps.is_empty(), "{c} {v:?} {}: no steps", t.id);
                for s in &r.steps {
                    assert!(!s.why.is_empty());
                    assert_ne!(
                        cyberhelp::i18n::t("en", &s.why),
                        s.why,
                        "untranslated {}",
                        s.why
                    );
                    if let Some(cp) = &s.contact_point {
                        assert!(
                            cp.id.starts_with(&c.to_lowercase()),
                            "{c}: foreign contact {}",
                            cp.id
                        );
                    }
                }
                let nis2 = matches!(v, VictimType::EssentialEntity | VictimType::ImportantEntity);
                if nis2 {
                    let first = &r.steps[0];
                    assert_eq!(
                        (first.kind, first.deadline_hours),
                        (StepKind::Csirt, Some(24)),
                        "{c} {}",
                        t.id
                    );
                    assert!(r
                        .steps
                        .iter()
                        .any(|s| s.deadline_hours == Some(72) && s.kind == StepKind::Csirt));
                    assert!(r.steps.iter().any(|s| s.deadline_hours == Some(792)));
                } else {
                    assert!(r
                        .steps
                        .iter()
                        .all(|s| s.kind != StepKind::Csirt || s.deadline_hours.is_none()));
                }
                // nobody is told about a 72-hour GDPR duty unless they control others' personal data
                assert!(!r
                    .steps
                    .iter()
                    .any(|s| s.kind == StepKind::Dpa && s.deadline_hours.is_some()));
            }
        }
    }
}

#[test]
fn money_lost_means_the_bank_first_then_the_police() {
    let lib = lib();
    for c in COUNTRIES {
        for t in [
            "phishing",
            "online-fraud",
            "investment-scam",
            "account-takeover",
            "tech-support-scam",
        ] {
            let r = ask(&lib, c, VictimType::Citizen, t, |a| a.money_lost = true);
            assert_eq!(r.steps[0].kind, StepKind::Bank, "{c} {t}: {:?}", r.steps);
            let police = r
                .steps
                .iter()
                .position(|s| s.kind == StepKind::Police)
                .expect("police");
            assert!(police > 0);
        }
    }
}

#[test]
fn gdpr_clock_only_for_controllers_and_never_for_citizens() {
    let lib = lib();
    let org = ask(&lib, "FI", VictimType::Business, "data-breach", |a| {
        a.personal_data = true
    });
    let dpa = org
        .steps
        .iter()
        .find(|s| s.kind == StepKind::Dpa)
        .expect("DPA step");
    assert_eq!(dpa.deadline_hours, Some(72));
    assert!(dpa.legal_basis.as_deref().unwrap().contains("Art. 33"));
    assert!(dpa.contact_point.as_ref().unwrap().id.starts_with("fi-"));

    let citizen = ask(&lib, "FI", VictimType::Citizen, "data-breach", |a| {
        a.personal_data = true
    });
    let dpa = citizen
        .steps
        .iter()
        .find(|s| s.kind == StepKind::Dpa)
        .expect("complaint option");
    assert_eq!(
        dpa.deadline_hours, None,
        "a citizen whose data leaked has no 72-hour duty"
    );
    assert!(dpa.legal_basis.as_deref().unwrap().contains("Art. 77"));
}

#[test]
fn cross_border_shopping_fraud_adds_the_european_consumer_centre() {
    let lib = lib();
    let r = ask(&lib, "AT", VictimType::Citizen, "online-fraud", |a| {
        a.money_lost = true;
        a.cross_border = true;
    });
    let kinds: Vec<_> = r.steps.iter().map(|s| s.kind).collect();
    assert_eq!(kinds[0], StepKind::Bank);
    assert!(kinds.contains(&StepKind::Police));
    let ecc = r
        .steps
        .iter()
        .find(|s| s.kind == StepKind::Consumer)
        .expect("consumer step");
    let cp = ecc.contact_point.as_ref().expect("ECC Austria");
    assert!(
        cp.name.contains("Europ") || cp.name.contains("ECC"),
        "{}",
        cp.name
    );
}

#[test]
fn harm_to_people_puts_police_first_with_helplines() {
    let lib = lib();
    for c in COUNTRIES {
        for (t, minor) in [
            ("sextortion", false),
            ("cyber-harassment", false),
            ("account-takeover", true),
        ] {
            let r = ask(&lib, c, VictimType::Citizen, t, |a| a.minor = minor);
            assert_eq!(r.steps[0].kind, StepKind::Police, "{c} {t}");
            assert!(
                r.steps.iter().any(|s| s.kind == StepKind::Helpline),
                "{c} {t}"
            );
            assert!(cyberhelp::i18n::t("en", &r.steps[0].why).contains("Do not pay"));
        }
    }
}

#[test]
fn phishing_goes_to_the_national_reporting_address() {
    let lib = lib();
    let r = ask(&lib, "BE", VictimType::Citizen, "phishing", |_| {});
    let step = r
        .steps
        .iter()
        .find(|s| s.rule == "phishing-report")
        .expect("phishing step");
    assert_eq!(
        step.contact_point.as_ref().unwrap().report_email.as_deref(),
        Some("suspicious@safeonweb.be")
    );
}

#[test]
fn essential_entity_ddos_in_denmark() {
    let lib = lib();
    let r = ask(&lib, "DK", VictimType::EssentialEntity, "ddos", |a| {
        a.ongoing = true
    });
    let deadlines: Vec<_> = r.steps.iter().filter_map(|s| s.deadline_hours).collect();
    assert_eq!(deadlines, vec![24, 72, 792]);
    let cp = r.steps[0].contact_point.as_ref().expect("Danish CSIRT");
    assert!(cp.id.starts_with("dk-"));
    assert!(r.steps[0]
        .legal_basis
        .as_deref()
        .unwrap()
        .contains("2022/2555"));
}

#[test]
fn country_aliases_and_uncovered_countries() {
    let lib = lib();
    assert_eq!(
        ask(&lib, "EL", VictimType::Citizen, "phishing", |_| {})
            .country
            .as_deref(),
        Some("GR")
    );
    assert_eq!(
        ask(&lib, "uk", VictimType::Citizen, "phishing", |_| {})
            .country
            .as_deref(),
        Some("GB")
    );
    for c in ["US", "ZZ", "", "12", "Belgium"] {
        let r = ask(&lib, c, VictimType::Citizen, "phishing", |_| {});
        assert!(!r.covered, "{c}");
        assert!(!r.steps.is_empty(), "{c}: EU-level help expected");
        assert!(r.steps.iter().all(|s| s
            .contact_point
            .as_ref()
            .is_some_and(|cp| cp.id.starts_with("eu-"))));
        assert_eq!(r.steps[0].why, "route-why-uncovered");
    }
}
