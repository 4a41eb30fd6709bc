//! Builds the public country pages (`/{lang}/contacts`, `/{lang}/contacts/{cc}`) from the directory and the
//! laws: every contact with its services, scope, sources and check date, and the duties in force.

use super::directory::{normalise_country, Contact};
use super::laws::RegimeStatus;
use crate::api::contacts::{ContactEntry, CountryPage, LawEntry, ServiceEntry};
use crate::server::content::dates::format_date;
use crate::server::content::Library;

fn kebab<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn date(d: Option<&str>, lang: &str) -> Option<String> {
    d.and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map(|d| format_date(d, lang))
}

/// The correction link for an entry: `mailto:` with the entry in the subject, or the configured URL with
/// `?entry=`; `None` when nothing is configured or the value is neither an address nor an http(s) URL.
pub fn correction_link(configured: &str, entry: &str) -> Option<String> {
    let c = configured.trim();
    let enc = |s: &str| {
        percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
    };
    if c.starts_with("https://") || c.starts_with("http://") {
        let u = url::Url::parse(c).ok()?;
        let sep = if u.query().is_some() { '&' } else { '?' };
        Some(format!("{c}{sep}entry={}", enc(entry)))
    } else if c.contains('@') && !c.contains(char::is_whitespace) && !c.contains(['?', '<', '>']) {
        Some(format!(
            "mailto:{c}?subject={}",
            enc(&format!("Correction: {entry}"))
        ))
    } else {
        None
    }
}

fn entry(c: &Contact, country: &super::directory::Country, lang: &str, corr: &str) -> ContactEntry {
    ContactEntry {
        id: c.id.clone(),
        name: c.display_name(lang).to_owned(),
        role: c.role.clone(),
        website: c.website.clone(),
        report_url: c.report_url.clone(),
        report_email: c.report_email.clone(),
        phone: c.phone.clone(),
        unverified: c.unverified_channels(),
        checked: date(c.checked.as_deref(), lang),
        services: c
            .services
            .iter()
            .map(|o| ServiceEntry {
                service: o.service.id(),
                audience: o.audience.iter().map(kebab).collect(),
                regions: o
                    .regions
                    .iter()
                    .map(|r| country.region_name(r).unwrap_or(r).to_owned())
                    .collect(),
                incidents: o.incidents.clone(),
                sectors: o.sectors.iter().map(|s| s.id()).collect(),
                hours: o.hours.clone(),
                note: o.note.clone(),
                sources: o.sources.clone(),
            })
            .collect(),
        sources: c
            .sources
            .iter()
            .map(|s| (s.url.clone(), s.kind.clone()))
            .collect(),
        correction_link: correction_link(corr, &c.id),
    }
}

/// The directory's countries in scope: (ISO code, name for a reader of `lang` from CLDR), sorted by that name
/// with accents and case folded.
pub fn countries(lib: &Library, lang: &str) -> Vec<(String, String)> {
    let mut v: Vec<_> = lib
        .directory
        .countries
        .values()
        .filter(|c| c.in_scope())
        .map(|c| {
            let name = crate::server::content::countries::name(lang, &c.country)
                .map(str::to_owned)
                .unwrap_or_else(|| c.name.clone());
            (c.country.clone(), name)
        })
        .collect();
    v.sort_by_cached_key(|(_, n)| crate::server::content::countries::sort_key(n));
    v
}

/// The page of `code` in `lang`; `None` for an unknown or out-of-scope country.
pub fn country(lib: &Library, lang: &str, code: &str, corrections: &str) -> Option<CountryPage> {
    let code = normalise_country(code)?;
    let c = lib
        .directory
        .countries
        .get(&code)
        .filter(|c| c.in_scope())?;
    let j = lib
        .rules
        .as_ref()
        .and_then(|r| r.laws.jurisdictions.get(&code));
    let mut gaps = c.gaps.clone();
    let mut laws = Vec::new();
    if let Some(j) = j {
        gaps.extend(j.gaps.iter().cloned());
        for r in &j.regimes {
            let status = r.status.unwrap_or(RegimeStatus::InForce);
            laws.push(LawEntry {
                id: r.id.clone(),
                status: kebab(&status),
                act: r.national_act.clone(),
                in_force: date(r.in_force.as_deref(), lang),
                duties: j
                    .duties
                    .iter()
                    .filter(|d| d.duty.regime == r.id)
                    .map(|d| {
                        let due = match (d.duty.deadline_hours, d.duty.deadline_months) {
                            (Some(h), _) => format!("{h} h"),
                            (None, Some(m)) => format!("{m} month(s)"),
                            _ => "without undue delay".into(),
                        };
                        format!("{} ({due}, from {})", d.legal_basis, d.duty.from)
                    })
                    .collect(),
                sources: r.sources.clone(),
            });
        }
    }
    Some(CountryPage {
        code: code.clone(),
        name: crate::server::content::countries::name(lang, &code)
            .map(str::to_owned)
            .unwrap_or_else(|| c.name.clone()),
        checked: date(c.checked.as_deref(), lang),
        gaps,
        contacts: c
            .contacts
            .iter()
            .map(|k| entry(k, c, lang, corrections))
            .collect(),
        laws,
    })
}

#[cfg(test)]
mod tests {
    use super::correction_link;

    #[test]
    fn correction_links_for_addresses_and_urls_only() {
        assert_eq!(
            correction_link("fix@example.eu", "be-cert-be").as_deref(),
            Some("mailto:fix@example.eu?subject=Correction%3A%20be%2Dcert%2Dbe")
        );
        assert_eq!(
            correction_link("https://x.example/form?a=1", "de-bsi").as_deref(),
            Some("https://x.example/form?a=1&entry=de%2Dbsi")
        );
        for bad in ["", "  ", "javascript:alert(1)", "a b@x", "x@y?cc=z"] {
            assert_eq!(correction_link(bad, "id"), None, "{bad}");
        }
    }
}
