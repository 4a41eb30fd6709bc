//! Parsing and validating the report form (`application/x-www-form-urlencoded` or JSON), with per-field
//! errors as Fluent message ids. Nothing typed is lost: the input comes back with the errors.

use crate::api::report::{
    EvidenceItem, FieldError, ReportInput, MAX_EVIDENCE, MAX_EVIDENCE_NAME, MAX_EVIDENCE_NOTE,
    MAX_EVIDENCE_SIZE,
};
use crate::server::content::Library;
use crate::server::routing::{self, normalise_country, Payment, Role, Sector, VictimType};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

pub use crate::api::report::{CURRENCIES, MAX_DESCRIPTION, MIN_DESCRIPTION};

/// Why a request body could not be read at all (answered with 400).
#[derive(Debug, PartialEq, Eq)]
pub enum BodyError {
    /// Not valid UTF-8 after percent-decoding.
    NotUtf8,
    /// Contains a NUL byte.
    Nul,
    /// The hidden honeypot field was filled in.
    Honeypot,
}

/// Parses an urlencoded form body. Unknown fields are ignored; `consent` may repeat.
pub fn parse_form(body: &[u8]) -> Result<(ReportInput, Option<String>), BodyError> {
    let mut input = ReportInput::default();
    let mut action = None;
    let mut evidence = std::collections::BTreeMap::<usize, EvidenceItem>::new();
    for pair in body.split(|b| *b == b'&') {
        if pair.is_empty() {
            continue;
        }
        let (k, v) = match pair.iter().position(|b| *b == b'=') {
            Some(i) => (&pair[..i], &pair[i + 1..]),
            None => (pair, &b""[..]),
        };
        let decode = |s: &[u8]| -> Result<String, BodyError> {
            let plus: Vec<u8> = s
                .iter()
                .map(|b| if *b == b'+' { b' ' } else { *b })
                .collect();
            let bytes: Vec<u8> = percent_encoding::percent_decode(&plus).collect();
            let s = String::from_utf8(bytes).map_err(|_| BodyError::NotUtf8)?;
            if s.contains('\0') {
                return Err(BodyError::Nul);
            }
            Ok(s)
        };
        let (k, v) = (decode(k)?, decode(v)?);
        if set_choice(&mut input, &k, &v) {
            continue;
        }
        let on = || matches!(v.as_str(), "on" | "true" | "1" | "yes");
        match k.as_str() {
            "description" => input.description = v,
            "started_at" => input.started_at = v,
            "aware_at" => input.aware_at = v,
            "amount" => input.amount = v,
            "currency" => input.currency = v,
            "contact_email" => input.contact_email = v,
            "contact_phone" => input.contact_phone = v,
            "anonymous" => input.anonymous = on(),
            "notify_updates" => input.notify_updates = on(),
            "consent" => input.consent.push(v),
            "form_key" => input.form_key = v,
            "action" => action = Some(v),
            "website" if !v.is_empty() => return Err(BodyError::Honeypot),
            k if k.starts_with("evidence-") && evidence_field(k).is_none() => {
                // a row number no form produces: refuse the list rather than lose the row
                input.evidence_overflow = true;
            }
            k => {
                if let Some((i, field)) = evidence_field(k) {
                    let e = evidence.entry(i).or_default();
                    match field {
                        "name" => e.name = v,
                        "note" => e.note = v,
                        "size" => e.size = v,
                        "sha256" => e.sha256 = v,
                        "modified" => e.modified = v,
                        _ => {}
                    }
                }
            }
        }
    }
    input.evidence = evidence.into_values().filter(|e| !e.is_blank()).collect();
    Ok((input, action))
}

/// Highest row number of the evidence list read from a form (`evidence-<row>-<field>`): more rows than the
/// form can have are ignored rather than kept in memory; validation refuses more than [`MAX_EVIDENCE`] entries.
const EVIDENCE_ROWS_READ: usize = 4 * MAX_EVIDENCE;

/// `evidence-<row>-<field>` → (row, field), for rows below [`EVIDENCE_ROWS_READ`].
fn evidence_field(key: &str) -> Option<(usize, &str)> {
    let rest = key.strip_prefix("evidence-")?;
    let (row, field) = rest.split_once('-')?;
    if row.is_empty()
        || row.len() > 4
        || !row.bytes().all(|b| b.is_ascii_digit())
        || (row.len() > 1 && row.starts_with('0'))
    {
        return None;
    }
    let row: usize = row.parse().ok()?;
    (row < EVIDENCE_ROWS_READ).then_some((row, field))
}

/// Sets one of the form's choices or flags (country, victim, incident, region, sector, role, payment and the
/// checkboxes; a checkbox is on for `on`, `true`, `1` or `yes`). Returns `false` for any other field (free text,
/// contact details, consent, the form key), which a link must never fill in.
pub fn set_choice(input: &mut ReportInput, key: &str, value: &str) -> bool {
    let on = matches!(value, "on" | "true" | "1" | "yes");
    let text = |slot: &mut String| *slot = value.to_owned();
    match key {
        "country" => text(&mut input.country),
        "victim" => text(&mut input.victim),
        "incident" => text(&mut input.incident),
        "region" => text(&mut input.region),
        "sector" => text(&mut input.sector),
        "role" => text(&mut input.role),
        "payment" => text(&mut input.payment),
        "ongoing" => input.ongoing = on,
        "money_lost" => input.money_lost = on,
        "personal_data" => input.personal_data = on,
        "minor" => input.minor = on,
        "cross_border" => input.cross_border = on,
        "device_encrypted" => input.device_encrypted = on,
        "payment_recent" => input.payment_recent = on,
        "self_approved" => input.self_approved = on,
        _ => return false,
    }
    true
}

/// Parses `YYYY-MM-DDTHH:MM[:SS]` or `YYYY-MM-DD` (UTC) as typed in a date/datetime-local field.
pub fn parse_when(s: &str) -> Option<DateTime<Utc>> {
    parse_when_in(s, chrono_tz::UTC)
}

/// The time zone of a reporting country (ISO 3166-1 alpha-2, `EL` and `UK` accepted): the zone of its capital
/// (IANA tz database, via chrono-tz). Portugal's Azores and Madeira and Spain's Canary Islands are an hour
/// behind their capitals; their residents are told in the form that the time is their country's. Unknown: UTC.
pub fn country_zone(country: &str) -> chrono_tz::Tz {
    use chrono_tz::{Atlantic, Europe};
    match country.trim().to_ascii_uppercase().as_str() {
        "AT" => Europe::Vienna,
        "BE" => Europe::Brussels,
        "BG" => Europe::Sofia,
        "CH" => Europe::Zurich,
        "CY" => chrono_tz::Asia::Nicosia,
        "CZ" => Europe::Prague,
        "DE" => Europe::Berlin,
        "DK" => Europe::Copenhagen,
        "EE" => Europe::Tallinn,
        "EL" | "GR" => Europe::Athens,
        "ES" => Europe::Madrid,
        "FI" => Europe::Helsinki,
        "FR" => Europe::Paris,
        "GB" | "UK" => Europe::London,
        "HR" => Europe::Zagreb,
        "HU" => Europe::Budapest,
        "IE" => Europe::Dublin,
        "IS" => Atlantic::Reykjavik,
        "IT" => Europe::Rome,
        "LI" => Europe::Vaduz,
        "LT" => Europe::Vilnius,
        "LU" => Europe::Luxembourg,
        "LV" => Europe::Riga,
        "MT" => Europe::Malta,
        "NL" => Europe::Amsterdam,
        "NO" => Europe::Oslo,
        "PL" => Europe::Warsaw,
        "PT" => Europe::Lisbon,
        "RO" => Europe::Bucharest,
        "SE" => Europe::Stockholm,
        "SI" => Europe::Ljubljana,
        "SK" => Europe::Bratislava,
        _ => chrono_tz::UTC,
    }
}

/// Parses a date or date-time as a browser's `datetime-local` field sends it (`2026-11-29T08:30`, also with
/// seconds, or a bare date), read as wall-clock time in `zone`; RFC 3339 with an offset is taken as it is.
/// A time that does not exist (the hour skipped when clocks go forward) is read one hour later; one that
/// exists twice (clocks go back) is read as the earlier. `None` if it is not a date.
pub fn parse_when_in(s: &str, zone: chrono_tz::Tz) -> Option<DateTime<Utc>> {
    use chrono::TimeZone;
    let s = s.trim();
    let local = |d: NaiveDateTime| -> Option<DateTime<Utc>> {
        zone.from_local_datetime(&d)
            .earliest()
            .or_else(|| {
                zone.from_local_datetime(&(d + chrono::Duration::hours(1)))
                    .earliest()
            })
            .map(|t| t.with_timezone(&Utc))
    };
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S"))
        .ok()
        .and_then(local)
        .or_else(|| {
            NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .ok()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .and_then(local)
        })
        .or_else(|| {
            DateTime::parse_from_rfc3339(s)
                .ok()
                .map(|d| d.with_timezone(&Utc))
        })
}

fn err(errors: &mut Vec<FieldError>, field: &str, message: &str) {
    errors.push(FieldError {
        field: field.into(),
        message: message.into(),
    });
}

/// Whether `s` is a plain `local@domain.tld` address: one `@`, a local part of 1–64 and a domain of at most 255
/// characters with a dot (not at either end), no whitespace, control characters or angle brackets. Used for the
/// victim's contact address and the directory's reporting addresses.
pub fn valid_email(s: &str) -> bool {
    let mut parts = s.split('@');
    matches!((parts.next(), parts.next(), parts.next()),
        (Some(l), Some(d), None) if !l.is_empty() && l.len() <= 64 && d.len() <= 255 && d.contains('.')
            && !d.starts_with('.') && !d.ends_with('.') && !s.chars().any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>'))
}

/// A phone number as typed, with digits of any script (Arabic-Indic `٠١٢`, Persian `۰۱۲`, Devanagari `०१२`,
/// fullwidth `０１２`, ...) turned into ASCII digits, compatibility forms folded (NFKC: fullwidth `＋` and
/// brackets) and invisible formatting characters (the RLM/LRM marks right-to-left keyboards add) removed.
/// Anything else is kept, for [`valid_phone`] to judge.
pub fn normalise_phone(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
    let nd = |c: char| c.general_category() == GeneralCategory::DecimalNumber;
    s.nfkc()
        .filter(|c| c.general_category() != GeneralCategory::Format)
        .map(|c| {
            if c.is_ascii_digit() || !nd(c) {
                return c;
            }
            // Unicode encodes every decimal digit set as a contiguous run starting with its zero
            let mut start = c as u32;
            while let Some(prev) = start.checked_sub(1).and_then(char::from_u32) {
                if !nd(prev) {
                    break;
                }
                start -= 1;
            }
            char::from_digit((c as u32 - start) % 10, 10).unwrap_or(c)
        })
        .collect()
}

fn valid_phone(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    (6..=20).contains(&digits)
        && s.chars()
            .all(|c| c.is_ascii_digit() || " +()-./".contains(c))
        && s.len() <= 40
}

/// Validates `input` at `now`. Returns the field errors (empty when valid). The required fields are
/// country, victim, incident and description; everything else is optional.
pub fn validate(input: &ReportInput, lib: &Library, now: DateTime<Utc>) -> Vec<FieldError> {
    let mut e = Vec::new();
    if !crate::server::reports::reference::is_form_key(&input.form_key) {
        err(&mut e, "form_key", "report-error-bad-request");
    }
    if input.country.trim().is_empty() {
        err(&mut e, "country", "report-error-country-required");
    } else if normalise_country(&input.country).is_none() {
        err(&mut e, "country", "report-error-country-invalid");
    }
    if input.victim.is_empty() {
        err(&mut e, "victim", "report-error-victim-required");
    } else if VictimType::parse(&input.victim).is_none() {
        err(&mut e, "victim", "report-error-invalid-choice");
    }
    if input.incident.is_empty() {
        err(&mut e, "incident", "report-error-incident-required");
    } else if !lib.has_incident_type(&input.incident) {
        err(&mut e, "incident", "report-error-invalid-choice");
    }
    // control characters (other than line breaks and tabs) have no place in a report and can do harm in
    // logs, terminals and e-mails to authorities
    let controls = |s: &str| {
        s.chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    };
    for (field, value) in [
        ("description", &input.description),
        ("contact_email", &input.contact_email),
        ("contact_phone", &input.contact_phone),
        ("amount", &input.amount),
    ] {
        if controls(value) {
            err(&mut e, field, "report-error-control-chars");
        }
    }
    let len = input.description.trim().chars().count();
    if len == 0 {
        err(&mut e, "description", "report-error-description-required");
    } else if len < MIN_DESCRIPTION {
        err(&mut e, "description", "report-error-description-short");
    } else if input.description.chars().count() > MAX_DESCRIPTION {
        err(&mut e, "description", "report-error-description-long");
    }
    let latest = now + chrono::Duration::days(1);
    let zone = country_zone(&input.country);
    let mut when = |field: &str, v: &str| -> Option<DateTime<Utc>> {
        if v.trim().is_empty() {
            return None;
        }
        match parse_when_in(v, zone) {
            Some(t) if t > latest => {
                err(&mut e, field, "report-error-date-future");
                None
            }
            Some(t) if t.timestamp() < 946_684_800 => {
                err(&mut e, field, "report-error-date-invalid");
                None
            }
            Some(t) => Some(t),
            None => {
                err(&mut e, field, "report-error-date-invalid");
                None
            }
        }
    };
    let started = when("started_at", &input.started_at);
    let aware = when("aware_at", &input.aware_at);
    if let (Some(s), Some(a)) = (started, aware) {
        if a < s {
            err(&mut e, "aware_at", "report-error-aware-before-start");
        }
    }
    if !input.amount.trim().is_empty() {
        let a = input.amount.trim().replace(',', ".");
        let ok = a
            .parse::<f64>()
            .is_ok_and(|x| x.is_finite() && (0.0..=1e12).contains(&x))
            && a.chars().all(|c| c.is_ascii_digit() || c == '.')
            && a.split('.').nth(1).is_none_or(|d| d.len() <= 2);
        if !ok {
            err(&mut e, "amount", "report-error-amount-invalid");
        }
        if !CURRENCIES.contains(&input.currency.as_str()) {
            err(&mut e, "currency", "report-error-currency-invalid");
        }
    } else if !input.currency.is_empty() && !CURRENCIES.contains(&input.currency.as_str()) {
        err(&mut e, "currency", "report-error-currency-invalid");
    }
    if !input.sector.is_empty() && Sector::parse(&input.sector).is_none() {
        err(&mut e, "sector", "report-error-invalid-choice");
    }
    if !input.role.is_empty() && Role::parse(&input.role).is_none() {
        err(&mut e, "role", "report-error-invalid-choice");
    }
    if !input.payment.is_empty() && Payment::parse(&input.payment).is_none() {
        err(&mut e, "payment", "report-error-invalid-choice");
    }
    if e.is_empty() {
        if let Some(a) = super::answers(input) {
            if let Err(routing::InvalidAnswer(field)) = routing::check_answers(&lib.directory, &a) {
                let message = match field {
                    "region" => "report-error-region-invalid",
                    "sector" if a.sector.is_none() => "report-error-sector-required",
                    "role" => "report-error-role-citizen",
                    _ => "report-error-invalid-choice",
                };
                err(&mut e, field, message);
            }
        }
    }
    if input.evidence_overflow {
        err(&mut e, "evidence", "report-error-evidence-too-many");
    }
    for m in evidence_errors(&input.evidence, now) {
        err(&mut e, "evidence", m);
    }
    if input.anonymous {
        if !input.contact_email.trim().is_empty() || !input.contact_phone.trim().is_empty() {
            err(&mut e, "anonymous", "report-error-anonymous-with-contact");
        }
    } else {
        if !input.contact_email.trim().is_empty() && !valid_email(input.contact_email.trim()) {
            err(&mut e, "contact_email", "report-error-email-invalid");
        }
        if !input.contact_phone.trim().is_empty() && !valid_phone(input.contact_phone.trim()) {
            err(&mut e, "contact_phone", "report-error-phone-invalid");
        }
    }
    // notices go to an e-mail address: without one (or anonymously) there is nowhere to send them
    if input.notify_updates && (input.anonymous || input.contact_email.trim().is_empty()) {
        err(
            &mut e,
            "notify_updates",
            "report-error-notify-without-email",
        );
    }
    e
}

/// What is wrong with an evidence list, as message ids (each at most once, in this order): more than
/// [`MAX_EVIDENCE`] entries, a name or note too long or holding control characters, a size, fingerprint or date
/// that is not what a browser produces (a size in bytes up to [`MAX_EVIDENCE_SIZE`], 64 hexadecimal digits,
/// RFC 3339 between 1970 and a day after `now`), a fingerprint without a name. Names and notes are one line:
/// line breaks and tabs count as control characters there (they could forge lines in the e-mail or ticket a
/// recipient reads). Blank entries are ignored.
pub fn evidence_errors(items: &[EvidenceItem], now: DateTime<Utc>) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut add = |m: &'static str| {
        if !out.contains(&m) {
            out.push(m);
        }
    };
    let items: Vec<&EvidenceItem> = items.iter().filter(|x| !x.is_blank()).collect();
    if items.len() > MAX_EVIDENCE {
        add("report-error-evidence-too-many");
    }
    for x in items.iter().take(MAX_EVIDENCE + 1) {
        if x.name.chars().count() > MAX_EVIDENCE_NAME || x.note.chars().count() > MAX_EVIDENCE_NOTE
        {
            add("report-error-evidence-too-long");
        }
        // one-line fields: a line break could forge lines in the e-mail or ticket a recipient reads
        if [&x.name, &x.note]
            .iter()
            .any(|s| s.chars().any(char::is_control))
        {
            add("report-error-control-chars");
        }
        let size_ok = x.size.is_empty()
            || (x.size.len() <= 16
                && x.size.bytes().all(|b| b.is_ascii_digit())
                && x.size.parse::<u64>().is_ok_and(|n| n <= MAX_EVIDENCE_SIZE));
        let hash_ok = x.sha256.is_empty()
            || (x.sha256.len() == 64 && x.sha256.bytes().all(|b| b.is_ascii_hexdigit()));
        let modified_ok = x.modified.is_empty()
            || DateTime::parse_from_rfc3339(x.modified.trim()).is_ok_and(|t| {
                t.timestamp() >= 0 && t.with_timezone(&Utc) <= now + chrono::Duration::days(1)
            });
        let named = x.sha256.is_empty() || !x.name.trim().is_empty();
        if !(size_ok && hash_ok && modified_ok && named) {
            add("report-error-evidence-invalid");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_rows_parse_in_order_blank_rows_dropped_and_bad_entries_named() {
        let h = "a".repeat(64);
        let body = format!(
            "evidence-2-name=b.png&evidence-0-name=a.eml&evidence-0-note=the+SMS&evidence-1-name=&evidence-1-note=\
             &evidence-2-sha256={h}&evidence-2-size=2048&evidence-2-modified=2026-12-01T10%3A00%3A00.000Z\
"
        );
        let (i, _) = parse_form(body.as_bytes()).unwrap();
        assert!(!i.evidence_overflow);
        assert_eq!(i.evidence.len(), 2);
        for odd in [
            "evidence-9999-name=x",
            "evidence-007-name=x",
            "evidence-x-name=x",
            "evidence-1e3-name=x",
        ] {
            let (i, _) = parse_form(odd.as_bytes()).unwrap();
            assert!(i.evidence_overflow, "{odd}: refused, not dropped");
        }
        assert_eq!(
            (i.evidence[0].name.as_str(), i.evidence[0].note.as_str()),
            ("a.eml", "the SMS")
        );
        assert_eq!(
            (i.evidence[1].name.as_str(), i.evidence[1].size.as_str()),
            ("b.png", "2048")
        );
        assert!(evidence_errors(&i.evidence, Utc::now()).is_empty());

        let item = |f: &dyn Fn(&mut EvidenceItem)| {
            let mut x = EvidenceItem {
                name: "x".into(),
                ..Default::default()
            };
            f(&mut x);
            evidence_errors(&[x], Utc::now())
        };
        assert_eq!(
            item(&|x| x.sha256 = "zz".into()),
            ["report-error-evidence-invalid"]
        );
        assert_eq!(
            item(&|x| x.sha256 = "g".repeat(64)),
            ["report-error-evidence-invalid"]
        );
        assert_eq!(
            item(&|x| x.size = "-1".into()),
            ["report-error-evidence-invalid"]
        );
        assert_eq!(
            item(&|x| x.size = "9007199254740992".into()),
            ["report-error-evidence-invalid"]
        );
        assert!(item(&|x| x.size = "9007199254740991".into()).is_empty());
        assert_eq!(
            item(&|x| x.modified = "yesterday".into()),
            ["report-error-evidence-invalid"]
        );
        assert_eq!(
            item(&|x| x.modified = "0000-01-01T00:00:00Z".into()),
            ["report-error-evidence-invalid"]
        );
        assert_eq!(
            item(&|x| x.modified = "2999-01-01T00:00:00Z".into()),
            ["report-error-evidence-invalid"]
        );
        assert_eq!(
            item(&|x| x.name = "a\r\nSHA-256 forged".into()),
            ["report-error-control-chars"]
        );
        assert_eq!(
            item(&|x| {
                x.name = " ".into();
                x.sha256 = "a".repeat(64);
            }),
            ["report-error-evidence-invalid"],
            "a fingerprint needs a name"
        );
        assert_eq!(
            item(&|x| x.name = "é".repeat(256)),
            ["report-error-evidence-too-long"]
        );
        assert!(item(&|x| x.name = "é".repeat(255)).is_empty());
        assert_eq!(
            item(&|x| x.note = "a\u{1b}[31m".into()),
            ["report-error-control-chars"]
        );
        // right-to-left overrides are not control characters: kept, and shown visibly to recipients
        assert!(item(&|x| x.name = "invoice\u{202e}fdp.exe".into()).is_empty());
        let many: Vec<EvidenceItem> = (0..=MAX_EVIDENCE)
            .map(|n| EvidenceItem {
                name: format!("f{n}"),
                ..Default::default()
            })
            .collect();
        assert_eq!(
            evidence_errors(&many, Utc::now()),
            ["report-error-evidence-too-many"]
        );
        assert!(evidence_errors(&many[..MAX_EVIDENCE], Utc::now()).is_empty());
    }

    #[test]
    fn form_bodies_parse_and_reject_nul_bad_utf8_and_bots() {
        let (i, action) =
            parse_form(b"country=BE&victim=citizen&description=Hello+w%C3%B6rld&consent=a&consent=b&money_lost=on&action=send")
                .unwrap();
        assert_eq!(i.country, "BE");
        assert_eq!(i.description, "Hello wörld");
        assert_eq!(i.consent, vec!["a", "b"]);
        assert!(i.money_lost && !i.minor);
        assert_eq!(action.as_deref(), Some("send"));
        assert_eq!(parse_form(b"description=a%00b"), Err(BodyError::Nul));
        assert_eq!(parse_form(b"description=%FF%FE"), Err(BodyError::NotUtf8));
        assert_eq!(
            parse_form(b"website=http%3A%2F%2Fspam"),
            Err(BodyError::Honeypot)
        );
        assert!(parse_form(b"&&=&a&%%%=1").is_ok());
    }

    #[test]
    fn dates_in_the_formats_browsers_send() {
        assert!(parse_when("2026-11-29T08:30").is_some());
        assert!(parse_when("2026-11-29").is_some());
        assert!(parse_when("2026-11-29T08:30:00Z").is_some());
        assert!(parse_when("29/11/2026").is_none());
        assert!(parse_when("2026-02-30").is_none());
    }

    #[test]
    fn local_times_are_read_in_the_reporting_country() {
        use chrono::TimeZone;
        let at = |y, m, d, h, min| Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap();
        // Helsinki is UTC+2 in winter, UTC+3 in summer; Lisbon UTC+0/+1; Reykjavik UTC all year
        let fi = country_zone("fi");
        assert_eq!(
            parse_when_in("2026-11-29T08:30", fi),
            Some(at(2026, 11, 29, 6, 30))
        );
        assert_eq!(
            parse_when_in("2026-07-01T08:30", fi),
            Some(at(2026, 7, 1, 5, 30))
        );
        assert_eq!(
            parse_when_in("2026-07-01T08:30", country_zone("PT")),
            Some(at(2026, 7, 1, 7, 30))
        );
        assert_eq!(
            parse_when_in("2026-07-01T08:30", country_zone("IS")),
            Some(at(2026, 7, 1, 8, 30))
        );
        assert_eq!(country_zone("EL"), country_zone("GR"));
        // an explicit offset wins over the country
        assert_eq!(
            parse_when_in("2026-11-29T08:30:00Z", fi),
            Some(at(2026, 11, 29, 8, 30))
        );
        // 02:30 on 29 March 2026 does not exist in Berlin (clocks jump 02:00 -> 03:00): read as 03:30 CEST
        let de = country_zone("DE");
        assert_eq!(
            parse_when_in("2026-03-29T02:30", de),
            Some(at(2026, 3, 29, 1, 30))
        );
        // 02:30 on 25 October 2026 exists twice in Berlin: the earlier (CEST) one
        assert_eq!(
            parse_when_in("2026-10-25T02:30", de),
            Some(at(2026, 10, 25, 0, 30))
        );
    }

    #[test]
    fn emails_and_phones() {
        assert!(valid_email("anna@example.org"));
        for bad in ["anna", "anna@", "@x.org", "a b@x.org", "a@x", "<a@x.org>"] {
            assert!(!valid_email(bad), "{bad}");
        }
        assert!(valid_phone("+32 2 501 05 60") && valid_phone("0049 (30) 1234-567"));
        for (typed, want) in [
            ("+٣٢ ٢ ٥٠١ ٠٥ ٦٠", "+32 2 501 05 60"),
            ("\u{200F}+۹۸ ۲۱ ۱۲۳۴ ۵۶۷۸", "+98 21 1234 5678"),
            ("०९८७६ ५४३२१", "09876 54321"),
            ("＋３２ ２ ５０１ ０５ ６０", "+32 2 501 05 60"),
            ("𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗", "0123456789"),
            ("+32 2 501 05 60", "+32 2 501 05 60"),
            ("call me", "call me"),
        ] {
            assert_eq!(normalise_phone(typed), want, "{typed}");
        }
        assert!(valid_phone(&normalise_phone("+٣٢ ٢ ٥٠١ ٠٥ ٦٠")));
        assert!(!valid_phone("12345") && !valid_phone("call me maybe"));
    }
}

/// A report that passed [`validate`], with everything later stops need already parsed: the normalised
/// country, the victim type, the routing answers, the instants converted once from the victim's local time,
/// and the RSIT class. Routing, storage, the receipt and the delivery payload take this, never the raw text.
#[derive(Clone, Debug)]
pub struct ValidReport {
    /// What was typed (phone normalised, form key set); kept for the receipt and the recipients.
    pub input: ReportInput,
    /// ISO 3166-1 alpha-2 as the directory writes it (`GR` for `EL`, `GB` for `UK`).
    pub country: String,
    /// The engine's answers (victim type, incident, flags, region, sector, role, payment).
    pub answers: routing::Answers,
    /// The victim's time zone: the reporting country's (see [`country_zone`]).
    pub zone: chrono_tz::Tz,
    /// When the incident started, in UTC, if given.
    pub started_at: Option<DateTime<Utc>>,
    /// When the victim became aware, in UTC; the time of the report when not given. Legal clocks count from it.
    pub aware_at: DateTime<Utc>,
    /// ENISA RSIT `class/type` of the incident type (`other/undetermined` when unknown).
    pub rsit: String,
}

/// Validates `input` at `now`: the typed report, or the per-field errors (as [`validate`] lists them).
pub fn check(
    input: ReportInput,
    lib: &Library,
    now: DateTime<Utc>,
) -> Result<ValidReport, Vec<FieldError>> {
    let errors = validate(&input, lib, now);
    if !errors.is_empty() {
        return Err(errors);
    }
    let answers = crate::server::reports::answers(&input).ok_or_else(|| {
        vec![FieldError {
            field: "victim".into(),
            message: "report-error-victim-required".into(),
        }]
    })?;
    let zone = country_zone(&input.country);
    let rsit = lib
        .incident_types
        .iter()
        .find(|t| t.id == input.incident)
        .map(|t| format!("{}/{}", t.rsit_class, t.rsit_type))
        .unwrap_or_else(|| "other/undetermined".into());
    Ok(ValidReport {
        country: normalise_country(&input.country).unwrap_or_default(),
        started_at: parse_when_in(&input.started_at, zone),
        aware_at: parse_when_in(&input.aware_at, zone).unwrap_or(now),
        zone,
        answers,
        rsit,
        input,
    })
}
