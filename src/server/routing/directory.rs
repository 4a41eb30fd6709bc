//! The directory of national contact points: `content/contact-points/<cc>.toml`, one file per country
//! (27 EU member states, IS, LI, NO, CH, GB) and `eu.toml` for EU-level bodies. Generated from the sourced
//! data in `shared/data/contact-points*.json` by `scripts/import-contact-points.py`; every contact carries its
//! sources, and fields not verified from a source are listed in `unverified`.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

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
    /// Name.
    pub name: String,
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
    /// Sources.
    pub sources: Vec<ContactSource>,
}

impl Contact {
    /// Whether `field` (`website`, `report_url`, `report_email`, `phone`) is verified from an official source.
    pub fn is_verified(&self, field: &str) -> bool {
        !self.unverified.iter().any(|f| f == field) && !self.weak_sources.iter().any(|f| f == field)
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
    /// `EU`, `EEA`, `non-EU` or `EU-level`.
    pub group: String,
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

fn valid_email(s: &str) -> bool {
    let mut parts = s.split('@');
    matches!((parts.next(), parts.next(), parts.next()), (Some(l), Some(d), None) if !l.is_empty() && d.contains('.') && !d.starts_with('.') && !s.contains(char::is_whitespace))
}

fn valid_url(s: &str) -> bool {
    url::Url::parse(s).is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
}

/// Loads `dir/*.toml`. Errors name the file and the problem (bad TOML, unknown field, ISO code that does not
/// match the file name, invalid URL or e-mail, duplicate id, contact without source).
pub fn load(dir: &Path) -> Result<Directory, Vec<String>> {
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
                let line = e
                    .span()
                    .map(|s| 1 + src[..s.start.min(src.len())].matches('\n').count())
                    .unwrap_or(0);
                errors.push(format!("{rel}:{line}: {}", e.message()));
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
            for s in &k.sources {
                if !valid_url(&s.url) {
                    errors.push(format!(
                        "{rel}: contact `{}`: source `{}` is not an http(s) URL",
                        k.id, s.url
                    ));
                }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_codes_are_normalised() {
        assert_eq!(normalise_country("el").as_deref(), Some("GR"));
        assert_eq!(normalise_country(" uk ").as_deref(), Some("GB"));
        assert_eq!(normalise_country("be").as_deref(), Some("BE"));
        for bad in ["", "B", "BEL", "1E", "é1", "B\u{0}"] {
            assert_eq!(normalise_country(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn emails_and_urls() {
        assert!(valid_email("suspicious@safeonweb.be"));
        for bad in ["a@b", "@x.be", "a@@x.be", "a b@x.be", "x.be"] {
            assert!(!valid_email(bad), "{bad}");
        }
        assert!(valid_url("https://ccb.belgium.be/en/cert"));
        assert!(
            !valid_url("javascript:alert(1)")
                && !valid_url("ftp://x.org")
                && !valid_url("https://")
        );
    }
}
