//! Tools a victim uses on the spot, run entirely on this server (nothing pasted is stored, logged or sent on):
//! - [`check`]: "Is this message a scam?" (`/{lang}/check`, `POST /api/v1/check`);
//! - [`verify_contact`]: "Is this really the police / my bank?" (`GET /api/v1/verify-contact`), a look-up among the
//!   directory's channels;
//! - [`ransomware`]: "Which ransomware is this?" (`/{lang}/ransomware`, `GET /api/v1/ransomware`).
//!
//! The data is content, loaded with the rest of `content/` (and reloaded with it): `content/tools/brands.toml`,
//! `content/tools/signals/<lang>.toml`, `content/ransomware/families.json`.

pub mod check;
pub mod http;
pub mod ransomware;

use crate::server::routing::Directory;
use serde::Serialize;
use std::path::Path;
use std::sync::Arc;

/// The tools' data.
#[derive(Clone, Debug, Default)]
pub struct Tools {
    /// Organisations, official domains and scam wording.
    pub check: Arc<check::CheckData>,
    /// Ransomware families.
    pub ransomware: Arc<ransomware::Families>,
}

/// Loads the tools' data under the content directory `root`; missing files give empty data. Errors name the
/// file and the problem.
pub fn load(root: &Path, directory: &Directory) -> Result<Tools, Vec<String>> {
    let mut errors = Vec::new();
    let check = check::load(root, directory).unwrap_or_else(|e| {
        errors.extend(e);
        check::CheckData::default()
    });
    let fam = root.join("ransomware/families.json");
    let ransomware = if fam.is_file() {
        match std::fs::read_to_string(&fam)
            .map_err(|e| e.to_string())
            .and_then(|s| ransomware::Families::parse(&s).map_err(|e| e.to_string()))
        {
            Ok(f) => f,
            Err(e) => {
                errors.push(format!("ransomware/families.json: {e}"));
                ransomware::Families::default()
            }
        }
    } else {
        ransomware::Families::default()
    };
    if errors.is_empty() {
        Ok(Tools {
            check: Arc::new(check),
            ransomware: Arc::new(ransomware),
        })
    } else {
        Err(errors)
    }
}

/// The languages the services of `country` work in (from the directory's `languages`), in which a victim there
/// receives messages: the scam check reads a message in these besides the reader's language and English.
pub fn country_languages(directory: &Directory, country: Option<&str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if let Some(c) = country.and_then(|c| directory.countries.get(c)) {
        for k in &c.contacts {
            for s in &k.services {
                for l in &s.languages {
                    if !out.contains(l) {
                        out.push(l.clone());
                    }
                }
            }
        }
    }
    out
}

/// One directory channel that matches a looked-up value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ChannelMatch {
    /// ISO code of the body's country.
    pub country: String,
    /// Directory id.
    pub contact: String,
    /// The body's name (its own, on non-English pages).
    pub name: String,
    /// Which channel matched: `phone`, `report_email`, `website` or `report_url`.
    pub field: String,
    /// The channel as the directory lists it.
    pub value: String,
    /// Where the directory has it from.
    pub source: Option<String>,
    /// The channel is not confirmed from an official source.
    pub unverified: bool,
}

/// Digits of a phone number with its country: `+32 2 555 12 12` and `02 555 12 12` in Belgium both give
/// `3225551212`. `None` unless 3 to 15 digits.
fn phone_key(value: &str, country_code: Option<&str>) -> Option<String> {
    let t = value.trim();
    let digits: String = t.chars().filter(char::is_ascii_digit).collect();
    if !(3..=15).contains(&digits.len()) || t.chars().any(|c| c.is_alphabetic()) {
        return None;
    }
    if t.starts_with('+') {
        return Some(digits);
    }
    if let Some(rest) = digits.strip_prefix("00") {
        return Some(rest.to_owned());
    }
    match (country_code, digits.strip_prefix('0')) {
        (Some(cc), Some(national)) => Some(format!("{cc}{national}")),
        _ => Some(digits),
    }
}

/// Country calling codes of the directory's countries (ITU-T E.164 assignments).
fn calling_code(country: &str) -> Option<&'static str> {
    Some(match country {
        "AT" => "43",
        "BE" => "32",
        "BG" => "359",
        "CH" => "41",
        "CY" => "357",
        "CZ" => "420",
        "DE" => "49",
        "DK" => "45",
        "EE" => "372",
        "ES" => "34",
        "FI" => "358",
        "FR" => "33",
        "GB" => "44",
        "GR" => "30",
        "HR" => "385",
        "HU" => "36",
        "IE" => "353",
        "IS" => "354",
        "IT" => "39",
        "LI" => "423",
        "LT" => "370",
        "LU" => "352",
        "LV" => "371",
        "MT" => "356",
        "NL" => "31",
        "NO" => "47",
        "PL" => "48",
        "PT" => "351",
        "RO" => "40",
        "SE" => "46",
        "SI" => "386",
        "SK" => "421",
        "US" => "1",
        _ => return None,
    })
}

/// Looks `value` (a phone number, e-mail address, domain or web address) up among the directory's channels, for
/// a reader of `lang`; `country` (optional) reads national phone numbers. Short numbers (3 to 6 digits, such as
/// 116 006 or 17) match only in that country. `None` when the value is none of these.
pub fn verify_contact(
    directory: &Directory,
    value: &str,
    country: Option<&str>,
    lang: &str,
) -> Option<Vec<ChannelMatch>> {
    let value = value.trim();
    if value.is_empty() || value.chars().count() > 300 {
        return None;
    }
    let country = country.and_then(crate::server::routing::normalise_country);
    let low = value.to_lowercase();
    enum Q {
        Phone(String, bool),
        Email(String),
        Domain(String),
    }
    let q = if low.contains('@') && !low.contains(' ') {
        Q::Email(low.trim_start_matches("mailto:").to_owned())
    } else if let Some(p) = phone_key(value, country.as_deref().and_then(calling_code)) {
        let digits = value.chars().filter(char::is_ascii_digit).count();
        Q::Phone(p, digits <= 6)
    } else {
        let with_scheme = if low.contains("://") {
            low.clone()
        } else {
            format!("http://{low}")
        };
        let host = url::Url::parse(&with_scheme).ok()?.host_str()?.to_owned();
        Q::Domain(check::registrable(&host)?)
    };
    let mut out = Vec::new();
    for c in directory.countries.values() {
        let cc = calling_code(&c.country);
        for k in &c.contacts {
            let mut hit = |field: &str, v: &str| {
                out.push(ChannelMatch {
                    country: c.country.clone(),
                    contact: k.id.clone(),
                    name: k.display_name(lang).to_owned(),
                    field: field.to_owned(),
                    value: v.to_owned(),
                    source: k
                        .sources
                        .iter()
                        .find(|s| s.supports.iter().any(|x| x == field))
                        .or(k.sources.first())
                        .map(|s| s.url.clone()),
                    unverified: !k.is_verified(field),
                });
            };
            match &q {
                Q::Phone(p, short) => {
                    if *short && country.as_deref() != Some(c.country.as_str()) {
                        continue;
                    }
                    if let Some(ph) = &k.phone {
                        // a directory entry may list several numbers ("116 116 / +49 116 116")
                        for part in ph.split(['/', ',', ';']) {
                            let national = part.chars().filter(char::is_ascii_digit).count() <= 6;
                            let key = if national && *short {
                                phone_key(part, None)
                            } else {
                                phone_key(part, cc)
                            };
                            if key.as_deref() == Some(p.as_str())
                                || (*short
                                    && key.as_deref()
                                        == Some(&p[p.len().min(cc.map_or(0, str::len))..]))
                            {
                                hit("phone", ph);
                                break;
                            }
                        }
                    }
                }
                Q::Email(e) => {
                    if k.report_email
                        .as_deref()
                        .is_some_and(|m| m.eq_ignore_ascii_case(e))
                    {
                        hit(
                            "report_email",
                            k.report_email.as_deref().unwrap_or_default(),
                        );
                    }
                }
                Q::Domain(d) => {
                    for (field, u) in [("website", &k.website), ("report_url", &k.report_url)] {
                        let same = u
                            .as_deref()
                            .and_then(|u| url::Url::parse(u).ok())
                            .and_then(|u| u.host_str().and_then(check::registrable))
                            .is_some_and(|x| &x == d);
                        if same {
                            hit(field, u.as_deref().unwrap_or_default());
                            break;
                        }
                    }
                }
            }
        }
    }
    Some(out)
}

/// "Was this message really sent by cyberhelp?": when the portal sent messages (deliveries and answers to
/// recipients, notices to the victim) about
/// `reference`, formatted for a reader of `lang` (UTC). An unknown reference and a report with nothing sent give
/// the same empty answer, so the page never reveals whether a report exists; the report's content is never read.
///
/// Errors: the database failed.
pub async fn verify_reference(
    db: &crate::server::db::Db,
    lang: &str,
    reference: &str,
) -> Result<crate::api::tools::VerifyState, sqlx::Error> {
    let mut st = crate::api::tools::VerifyState {
        reference: reference.trim().chars().take(40).collect(),
        ..Default::default()
    };
    if st.reference.is_empty() {
        return Ok(st);
    }
    let Some(r) = crate::server::reports::reference::normalise_reference(&st.reference) else {
        st.invalid = true;
        return Ok(st);
    };
    st.checked = true;
    let sent: Vec<String> = sqlx::query_scalar(
        "SELECT sent_at FROM delivery_jobs WHERE reference = $1 AND sent_at IS NOT NULL \
         UNION ALL SELECT sent_at FROM followups WHERE reference = $1 AND sent_at IS NOT NULL ORDER BY 1",
    )
    .bind(&r)
    .fetch_all(&db.pool)
    .await?;
    st.sent = sent
        .iter()
        .filter_map(|s| crate::server::reports::validate::parse_when(s))
        .map(|t| crate::server::content::dates::format_in_zone(t, lang, chrono_tz::UTC))
        .collect();
    st.sent.dedup();
    Ok(st)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir() -> Directory {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/contact-points");
        crate::server::routing::directory::load(&root).unwrap()
    }

    #[test]
    fn phone_numbers_are_compared_with_their_country_code() {
        assert_eq!(
            phone_key("+46 10 240 40 40", None).as_deref(),
            Some("46102404040")
        );
        assert_eq!(
            phone_key("010-240 40 40", Some("46")).as_deref(),
            Some("46102404040")
        );
        assert_eq!(
            phone_key("0046 10 240 40 40", Some("46")).as_deref(),
            Some("46102404040")
        );
        assert_eq!(phone_key("call me", None), None);
    }

    #[test]
    fn a_listed_channel_is_found_and_an_unknown_one_is_not() {
        let d = dir();
        let se = verify_contact(&d, "+46 10 240 40 40", None, "en").unwrap();
        assert!(se.iter().any(|m| m.contact == "se-cert-se"), "{se:?}");
        let se2 = verify_contact(&d, "010-240 40 40", Some("SE"), "en").unwrap();
        assert!(se2.iter().any(|m| m.contact == "se-cert-se"));
        let mail = verify_contact(&d, "CERT@cert.se", None, "en").unwrap();
        assert!(mail
            .iter()
            .any(|m| m.contact == "se-cert-se" && m.field == "report_email"));
        let web = verify_contact(&d, "https://www.cert.se/some/page", None, "en").unwrap();
        assert!(web.iter().any(|m| m.contact == "se-cert-se"));
        assert!(verify_contact(&d, "+44 7700 900123", None, "en")
            .unwrap()
            .is_empty());
        assert!(
            verify_contact(&d, "police-official-support.com", None, "en")
                .unwrap()
                .is_empty()
        );
        assert!(verify_contact(&d, "", None, "en").is_none());
    }
}
