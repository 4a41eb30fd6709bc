//! Dates written the way each language writes them, using the CLDR/glibc locale data bundled with chrono
//! (`unstable-locales`): day, month name and year in the language's order.

use chrono::{DateTime, Locale, NaiveDate, Utc};

fn chrono_locale(lang: &str) -> Locale {
    match lang {
        "bg" => Locale::bg_BG,
        "cs" => Locale::cs_CZ,
        "da" => Locale::da_DK,
        "de" => Locale::de_DE,
        "el" => Locale::el_GR,
        "es" => Locale::es_ES,
        "et" => Locale::et_EE,
        "fi" => Locale::fi_FI,
        "fr" => Locale::fr_FR,
        "ga" => Locale::ga_IE,
        "hr" => Locale::hr_HR,
        "hu" => Locale::hu_HU,
        "it" => Locale::it_IT,
        "lt" => Locale::lt_LT,
        "lv" => Locale::lv_LV,
        "mt" => Locale::mt_MT,
        "nl" => Locale::nl_NL,
        "pl" => Locale::pl_PL,
        "pt" => Locale::pt_PT,
        "ro" => Locale::ro_RO,
        "sk" => Locale::sk_SK,
        "sl" => Locale::sl_SI,
        "sv" => Locale::sv_SE,
        _ => Locale::en_IE,
    }
}

/// Day-month-year pattern per language (strftime syntax as understood by chrono).
fn pattern(lang: &str) -> &'static str {
    match lang {
        // Numeric forms where a month name would need a grammatical case glibc does not provide.
        "bg" | "cs" | "el" | "hr" | "lt" | "lv" | "pl" | "ro" | "sk" | "sl" | "et" | "fi"
        | "hu" => "%x",
        "de" | "da" => "%-d. %B %Y",
        "es" | "pt" => "%-d de %B de %Y",
        _ => "%-d %B %Y",
    }
}

/// A calendar date for a reader of `lang`, e.g. `29 November 2026`, `29. November 2026`, `29.11.2026`.
pub fn format_date(date: NaiveDate, lang: &str) -> String {
    date.format_localized(pattern(lang), chrono_locale(lang))
        .to_string()
}

/// The UTC calendar date of an instant, formatted as [`format_date`].
pub fn format_instant(t: DateTime<Utc>, lang: &str) -> String {
    format_date(t.date_naive(), lang)
}

/// An instant as wall-clock time in `zone` for a reader of `lang`: the date as [`format_date`], then the time
/// (24-hour) and the zone's abbreviation from the tz database, e.g. `6 December 2026, 07:10 WET`,
/// `6. Dezember 2026, 08:10 CET`, `6.12.2026, 09:10 EET`.
pub fn format_in_zone(t: DateTime<Utc>, lang: &str, zone: chrono_tz::Tz) -> String {
    let local = t.with_timezone(&zone);
    format!(
        "{}, {}",
        format_date(local.date_naive(), lang),
        local.format("%H:%M %Z")
    )
}

/// The zone's name for the small print: the tz database name and its abbreviation at `t`, e.g.
/// `Europe/Lisbon (WET)`.
pub fn zone_label(t: DateTime<Utc>, zone: chrono_tz::Tz) -> String {
    format!("{} ({})", zone.name(), t.with_timezone(&zone).format("%Z"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_are_shown_in_the_reports_zone_with_its_abbreviation() {
        let t = DateTime::parse_from_rfc3339("2026-12-06T06:10:00Z")
            .unwrap()
            .to_utc();
        assert_eq!(
            format_in_zone(t, "en", chrono_tz::Europe::Lisbon),
            "6 December 2026, 06:10 WET"
        );
        assert_eq!(
            format_in_zone(t, "de", chrono_tz::Europe::Berlin),
            "6. Dezember 2026, 07:10 CET"
        );
        // summer time, and a date that changes with the zone
        let s = DateTime::parse_from_rfc3339("2026-07-01T22:30:00Z")
            .unwrap()
            .to_utc();
        assert_eq!(
            format_in_zone(s, "en", chrono_tz::Europe::Athens),
            "2 July 2026, 01:30 EEST"
        );
        assert_eq!(
            zone_label(s, chrono_tz::Europe::Dublin),
            "Europe/Dublin (IST)"
        );
    }

    #[test]
    fn dates_follow_the_language() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        assert_eq!(format_date(d, "en"), "29 November 2026");
        assert_eq!(format_date(d, "fr"), "29 novembre 2026");
        assert_eq!(format_date(d, "de"), "29. November 2026");
        assert_eq!(format_date(d, "es"), "29 de noviembre de 2026");
        for l in crate::i18n::LOCALES {
            let s = format_date(d, l.tag);
            assert!(
                s.contains("29") && (s.contains("2026") || s.contains("26")),
                "{}: {s}",
                l.tag
            );
        }
    }
}
