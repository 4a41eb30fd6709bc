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

#[cfg(test)]
mod tests {
    use super::*;

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
