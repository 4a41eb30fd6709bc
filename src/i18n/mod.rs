//! Languages of the portal: the list of supported BCP 47 tags with native names and text direction, the
//! Fluent message loader (`locales/<lang>/*.ftl`, compiled into the binary and the wasm bundle), and lookups.
//!
//! The language is always taken from the URL (`/{lang}/...`); `Accept-Language` only picks the default when a
//! visitor lands on `/` (see `server::lang`).

use fluent_templates::{static_loader, LanguageIdentifier, Loader};
use std::borrow::Cow;
use std::collections::HashMap;

/// Text direction of a language, for `<html dir>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    /// Left to right.
    Ltr,
    /// Right to left (none of the 24 official EU languages, kept for completeness).
    Rtl,
}

impl Dir {
    /// The value of the HTML `dir` attribute: `"ltr"` or `"rtl"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

/// One supported interface language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Locale {
    /// BCP 47 language tag as used in URLs, e.g. `"fr"`.
    pub tag: &'static str,
    /// The language's name in itself, shown in the language switcher, e.g. `"Français"`.
    pub native_name: &'static str,
    /// Text direction.
    pub dir: Dir,
}

const fn ltr(tag: &'static str, native_name: &'static str) -> Locale {
    Locale {
        tag,
        native_name,
        dir: Dir::Ltr,
    }
}

/// The 24 official languages of the European Union (Council Regulation No 1 of 1958, as amended), ordered
/// by tag. Source of the list: <https://european-union.europa.eu/principles-countries-history/languages_en>.
pub const LOCALES: &[Locale] = &[
    ltr("bg", "Български"),
    ltr("cs", "Čeština"),
    ltr("da", "Dansk"),
    ltr("de", "Deutsch"),
    ltr("el", "Ελληνικά"),
    ltr("en", "English"),
    ltr("es", "Español"),
    ltr("et", "Eesti"),
    ltr("fi", "Suomi"),
    ltr("fr", "Français"),
    ltr("ga", "Gaeilge"),
    ltr("hr", "Hrvatski"),
    ltr("hu", "Magyar"),
    ltr("it", "Italiano"),
    ltr("lt", "Lietuvių"),
    ltr("lv", "Latviešu"),
    ltr("mt", "Malti"),
    ltr("nl", "Nederlands"),
    ltr("pl", "Polski"),
    ltr("pt", "Português"),
    ltr("ro", "Română"),
    ltr("sk", "Slovenčina"),
    ltr("sl", "Slovenščina"),
    ltr("sv", "Svenska"),
];

/// The language every piece of content and every message exists in; the fallback.
pub const DEFAULT_LANG: &str = "en";

/// Looks up a supported locale by its exact URL tag (ASCII case-insensitive: `FR` finds `fr`).
/// Returns `None` for anything else, including region subtags such as `fr-BE` (the URL is canonical).
pub fn locale(tag: &str) -> Option<&'static Locale> {
    LOCALES.iter().find(|l| l.tag.eq_ignore_ascii_case(tag))
}

/// The one language resolver for a requested tag (a `?lang=` parameter, a form field): the exact tag
/// (ASCII case-insensitive), else its primary language subtag (`fr-BE` → `fr`, `pt_PT` → `pt`), else `None`.
/// URL paths do not use it: a page's language segment is canonical and must match [`locale`] exactly.
pub fn resolve(tag: &str) -> Option<&'static Locale> {
    let tag = tag.trim();
    locale(tag).or_else(|| {
        let primary = tag
            .split(['-', '_'])
            .next()
            .filter(|p| p.len() < tag.len())?;
        locale(primary)
    })
}

/// [`resolve`] with the default (English) for a missing or unsupported tag.
pub fn resolve_or_default(tag: Option<&str>) -> &'static Locale {
    tag.and_then(resolve).unwrap_or_else(default_locale)
}

/// The default locale (English).
pub fn default_locale() -> &'static Locale {
    locale(DEFAULT_LANG).expect("English is in LOCALES")
}

static_loader! {
    static FLUENT = {
        locales: "./locales",
        fallback_language: "en",
        // Arguments are plain text in our messages; isolation marks (U+2068/U+2069) would leak into
        // attribute values and copied text.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The parsed identifier of a supported tag (parsed once per process), English for anything else.
fn langid(tag: &str) -> &'static LanguageIdentifier {
    static IDS: std::sync::OnceLock<Vec<LanguageIdentifier>> = std::sync::OnceLock::new();
    let ids = IDS.get_or_init(|| {
        LOCALES
            .iter()
            .map(|l| l.tag.parse().expect("valid tag"))
            .collect()
    });
    let i = LOCALES
        .iter()
        .position(|l| l.tag == tag)
        .or_else(|| LOCALES.iter().position(|l| l.tag == DEFAULT_LANG))
        .expect("English is in LOCALES");
    &ids[i]
}

/// The locale named by the first segment of a URL path (`/fr/advice` → French), English otherwise.
pub fn locale_of_path(path: &str) -> &'static Locale {
    path.trim_start_matches('/')
        .split('/')
        .next()
        .and_then(locale)
        .unwrap_or_else(default_locale)
}

/// Translates message `id` into `lang`, falling back to English for a message the language lacks.
/// A message missing in English too yields the id itself (a test makes sure that never ships).
pub fn t(lang: &str, id: &str) -> String {
    FLUENT
        .try_lookup(langid(lang), id)
        .unwrap_or_else(|| id.to_owned())
}

/// Like [`t`], with named Fluent arguments (`{ $name }` in the message), e.g. `&[("count", 3.into())]`.
pub fn t_args(
    lang: &str,
    id: &str,
    args: &[(&str, fluent_templates::fluent_bundle::FluentValue<'_>)],
) -> String {
    let map: HashMap<Cow<'static, str>, fluent_templates::fluent_bundle::FluentValue<'_>> = args
        .iter()
        .map(|(k, v)| (Cow::Owned((*k).to_owned()), v.clone()))
        .collect();
    FLUENT
        .try_lookup_with_args(langid(lang), id, &map)
        .unwrap_or_else(|| id.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_is_a_lowercase_two_letter_tag_and_unique() {
        let mut seen = std::collections::HashSet::new();
        for l in LOCALES {
            assert_eq!(l.tag.len(), 2, "{}", l.tag);
            assert!(l.tag.chars().all(|c| c.is_ascii_lowercase()), "{}", l.tag);
            assert!(seen.insert(l.tag), "duplicate {}", l.tag);
        }
        assert_eq!(LOCALES.len(), 24);
    }

    #[test]
    fn locale_lookup_is_exact_but_case_insensitive() {
        assert_eq!(locale("fr").map(|l| l.native_name), Some("Français"));
        assert_eq!(locale("FR").map(|l| l.tag), Some("fr"));
        assert!(locale("fr-BE").is_none());
        assert!(locale("xx").is_none());
        assert!(locale("").is_none());
    }

    #[test]
    fn translation_falls_back_to_english_and_never_panics() {
        assert_eq!(t("en", "home-emergency"), t("xx", "home-emergency"));
        assert_eq!(t("en", "no-such-message-id"), "no-such-message-id");
    }
}
