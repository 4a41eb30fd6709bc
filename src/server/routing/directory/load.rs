//! Reading `content/contact-points/<cc>.toml` into the [`Directory`], with every check the data must pass.

use super::*;
use std::path::Path;

/// Checks a `checked` date: `YYYY-MM-DD`, not in the future; returns a warning when older than
/// [`STALE_AFTER_DAYS`] days at `today`.
pub fn check_date(
    what: &str,
    date: Option<&str>,
    today: chrono::NaiveDate,
    errors: &mut Vec<String>,
    warnings: &mut Vec<String>,
) {
    let Some(d) = date else {
        errors.push(format!(
            "{what}: `checked` is missing (the date the entry was checked against its sources)"
        ));
        return;
    };
    match chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d") {
        Err(_) => errors.push(format!("{what}: `checked` `{d}` is not a YYYY-MM-DD date")),
        Ok(day) if day > today + chrono::Duration::days(1) => {
            errors.push(format!("{what}: `checked` `{d}` is in the future"))
        }
        Ok(day) if (today - day).num_days() > STALE_AFTER_DAYS => warnings.push(format!(
            "{what}: last checked {d}, more than {STALE_AFTER_DAYS} days ago"
        )),
        Ok(_) => {}
    }
}

/// Normalises a user-supplied country code: trims, uppercases, maps `EL` → `GR` (EU usage for Greece) and
/// `UK` → `GB`. Returns `None` unless the result is two ASCII letters.
pub fn normalise_country(code: &str) -> Option<String> {
    let c = code.trim().to_ascii_uppercase();
    let c = match c.as_str() {
        "EL" => "GR".to_owned(),
        "UK" => "GB".to_owned(),
        _ => c,
    };
    (c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())).then_some(c)
}

pub(super) use crate::server::reports::validate::valid_email;

pub(super) fn valid_url(s: &str) -> bool {
    url::Url::parse(s).is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
}

/// Loads `dir/*.toml`. Errors name the file and the problem (bad TOML, unknown field, ISO code that does not
/// match the file name, invalid URL or e-mail, duplicate id, contact without source).
pub fn load(dir: &Path) -> Result<Directory, Vec<String>> {
    load_at(dir, chrono::Utc::now().date_naive())
}

/// [`load`] as on `today` (for the staleness warnings).
pub fn load_at(dir: &Path, today: chrono::NaiveDate) -> Result<Directory, Vec<String>> {
    let mut errors = Vec::new();
    let mut dirn = Directory::default();
    let mut ids = std::collections::HashSet::new();
    let mut files: Vec<_> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(Result::ok).map(|e| e.path()).collect(),
        Err(e) => return Err(vec![format!("{}: {e}", dir.display())]),
    };
    files.sort();
    for path in files
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
    {
        let rel = format!(
            "contact-points/{}",
            path.file_name().unwrap_or_default().to_string_lossy()
        );
        let src = match std::fs::read_to_string(&path) {
            Ok(s) => s,
            Err(e) => {
                errors.push(format!("{rel}: {e}"));
                continue;
            }
        };
        let c: Country = match toml::from_str(&src) {
            Ok(c) => c,
            Err(e) => {
                errors.push(crate::server::content::toml_error(&rel, &src, &e));
                continue;
            }
        };
        let stem = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .to_ascii_uppercase();
        if c.country != stem
            || (c.country != "EU"
                && normalise_country(&c.country).as_deref() != Some(c.country.as_str()))
        {
            errors.push(format!(
                "{rel}: country `{}` must be the uppercase ISO 3166-1 code matching the file name",
                c.country
            ));
        }
        for k in &c.contacts {
            if !ids.insert(k.id.clone()) {
                errors.push(format!("{rel}: duplicate contact id `{}`", k.id));
            }
            for u in [&k.website, &k.report_url].into_iter().flatten() {
                if !valid_url(u) {
                    errors.push(format!(
                        "{rel}: contact `{}`: `{u}` is not an http(s) URL",
                        k.id
                    ));
                }
            }
            if let Some(e) = &k.report_email {
                if !valid_email(e) {
                    errors.push(format!(
                        "{rel}: contact `{}`: `{e}` is not an e-mail address",
                        k.id
                    ));
                }
            }
            if k.sources.is_empty() {
                errors.push(format!("{rel}: contact `{}` has no source", k.id));
            }
            check_date(
                &format!("{rel}: contact `{}`", k.id),
                k.checked.as_deref(),
                today,
                &mut errors,
                &mut dirn.warnings,
            );
            for o in &k.services {
                let what = format!("{rel}: contact `{}`: service `{}`", k.id, o.service.id());
                if o.sources.is_empty() {
                    errors.push(format!("{what} has no source"));
                }
                for u in &o.sources {
                    if !valid_url(u) {
                        errors.push(format!("{what}: source `{u}` is not an http(s) URL"));
                    }
                }
                for r in &o.regions {
                    if !c.regions.iter().any(|x| &x.code == r) {
                        errors.push(format!(
                            "{what}: region `{r}` is not listed in the file's `regions`"
                        ));
                    }
                }
                if let Some(ch) = &o.channel {
                    let present = match ch.as_str() {
                        "website" => k.website.is_some(),
                        "report_url" => k.report_url.is_some(),
                        "report_email" => k.report_email.is_some(),
                        "phone" => k.phone.is_some(),
                        _ => false,
                    };
                    if !present {
                        errors.push(format!(
                            "{what}: channel `{ch}` is not one of the contact's channels"
                        ));
                    }
                }
            }
            for s in &k.sources {
                if !valid_url(&s.url) {
                    errors.push(format!(
                        "{rel}: contact `{}`: source `{}` is not an http(s) URL",
                        k.id, s.url
                    ));
                }
            }
        }
        check_date(
            &rel,
            c.checked.as_deref(),
            today,
            &mut errors,
            &mut dirn.warnings,
        );
        for r in &c.regions {
            let ok = r.code.len() > 3
                && r.code.starts_with(&format!("{}-", c.country))
                && r.code[3..]
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
            if !ok {
                errors.push(format!(
                    "{rel}: region `{}` is not an ISO 3166-2 code of {}",
                    r.code, c.country
                ));
            }
        }
        dirn.countries.insert(c.country.clone(), c);
    }
    if errors.is_empty() {
        Ok(dirn)
    } else {
        Err(errors)
    }
}
