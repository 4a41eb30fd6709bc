//! Country names in each UI language, from Unicode CLDR: `content/cldr/territories.json`, written by
//! `scripts/cldr-territories` from the npm package `cldr-localenames-full` (Unicode License v3,
//! `content/cldr/LICENSE`). It holds every country of the directory; the file is compiled into the binary.

use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(serde::Deserialize)]
struct File {
    names: HashMap<String, HashMap<String, String>>,
}

fn table() -> &'static HashMap<String, HashMap<String, String>> {
    static T: OnceLock<HashMap<String, HashMap<String, String>>> = OnceLock::new();
    T.get_or_init(|| {
        serde_json::from_str::<File>(include_str!("../../../content/cldr/territories.json"))
            .map(|f| f.names)
            .unwrap_or_default()
    })
}

/// The name of `code` (ISO 3166-1 alpha-2, case-insensitive; the EU's `EL` and `UK` are read as `GR` and `GB`)
/// for a reader of `lang` (a UI language tag), e.g. `name("de", "PT") == Some("Portugal")`,
/// `name("el", "SE") == Some("Σουηδία")`. English for a language without the table; `None` for a code the
/// table does not hold.
pub fn name(lang: &str, code: &str) -> Option<&'static str> {
    let code = match code.trim().to_ascii_uppercase().as_str() {
        "EL" => "GR".to_owned(),
        "UK" => "GB".to_owned(),
        c => c.to_owned(),
    };
    let t = table();
    t.get(lang)
        .or_else(|| t.get("en"))
        .and_then(|m| m.get(&code))
        .map(String::as_str)
}

/// A sort key that orders names as a reader expects in every UI language closely enough for a list of
/// countries: case and accents folded (`Österreich` beside `Osterreich`, `Ísland` among the I), so that an
/// accented initial does not sort after `Z`. Scripts sort among themselves (Greek and Cyrillic by code point,
/// which is their alphabetical order for these names).
pub fn sort_key(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    name.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_in_the_readers_language() {
        assert_eq!(name("de", "pt"), Some("Portugal"));
        assert_eq!(name("fr", "DE"), Some("Allemagne"));
        assert_eq!(name("el", "SE"), Some("Σουηδία"));
        assert_eq!(
            name("pt", "CZ"),
            Some("Chéquia"),
            "Portugal's Portuguese, not Brazil's"
        );
        assert_eq!(name("en", "EL"), Some("Greece"));
        assert_eq!(name("xx", "IE"), Some("Ireland"));
        assert_eq!(name("en", "ZZ"), None);
    }

    #[test]
    fn every_ui_language_names_every_directory_country() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content/contact-points");
        for f in std::fs::read_dir(dir).unwrap() {
            let src = std::fs::read_to_string(f.unwrap().path()).unwrap();
            let v: toml::Value = toml::from_str(&src).unwrap();
            let code = v["country"].as_str().unwrap();
            for l in crate::i18n::LOCALES {
                let n = name(l.tag, code);
                assert!(
                    n.is_some_and(|n| !n.is_empty()),
                    "{}: no name for {code}",
                    l.tag
                );
            }
        }
    }
}
