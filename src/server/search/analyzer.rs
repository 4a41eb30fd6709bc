//! Per-language text analysis for the search index.
//!
//! Every language gets the same chain: split on anything that is not a letter or digit (Unicode-aware, so
//! Greek, Cyrillic and Latin with diacritics split correctly; emoji, punctuation, zero-width and control
//! characters separate words), drop tokens longer than 40 bytes, lowercase, remove the language's stop words
//! (Snowball lists shipped with tantivy, where there is one), remove diacritics in every script (Unicode
//! canonical decomposition, combining marks dropped: Greek "απάτη" and "απατη" are one word) and fold the
//! remaining Latin letters to ASCII ("ł" → "l", "ß" → "ss"; victims rarely type accents: "pirate" must find
//! "piraté"), then reduce words to a common form:
//!
//! - the language's Snowball stemmer where tantivy has one (da, de, el, en, es, fi, fr, hu, it, nl, pt, ro, sv);
//! - otherwise **truncation to the first [`TRUNCATE_CHARS`] characters**. For highly inflected languages
//!   without a stemmer here (Polish, Czech, Slovak, Slovenian, Croatian, Bulgarian, the Baltic languages,
//!   Irish, Maltese) keeping a fixed-length prefix is the documented fallback: it conflates most inflections
//!   of a word ("oszustwo", "oszustwa", "oszustwem" → "oszust") at the price of some false matches between
//!   long words that share a prefix. Source: P. McNamee and J. Mayfield, "Character N-Gram Tokenization for
//!   European Language Text Retrieval", Information Retrieval 7 (2004), which found 4–6 character truncation
//!   competitive with stemming across European languages.
//!
//! The *vocabulary* analyzer (incident labels in all languages, editors' synonyms) is language-neutral: the
//! same chain without stop words, always with truncation, so a word typed in any language matches.

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    StopWordFilter, TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer,
};

/// Characters kept by the truncation fallback (see the module docs).
pub const TRUNCATE_CHARS: usize = 6;

/// The Snowball stemmer language for a BCP 47 primary language subtag, if tantivy ships one.
pub fn stemmer_language(tag: &str) -> Option<Language> {
    Some(match primary(tag) {
        "da" => Language::Danish,
        "de" => Language::German,
        "el" => Language::Greek,
        "en" => Language::English,
        "es" => Language::Spanish,
        "fi" => Language::Finnish,
        "fr" => Language::French,
        "hu" => Language::Hungarian,
        "it" => Language::Italian,
        "nl" => Language::Dutch,
        "no" | "nb" | "nn" => Language::Norwegian,
        "pt" => Language::Portuguese,
        "ro" => Language::Romanian,
        "sv" => Language::Swedish,
        _ => return None,
    })
}

fn primary(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}

/// The analyzer for text written in `tag` (see the module docs for the chain).
pub fn text_analyzer(tag: &str) -> TextAnalyzer {
    let mut b = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .dynamic();
    let lang = stemmer_language(tag);
    if let Some(stop) = lang.and_then(StopWordFilter::new) {
        b = b.filter_dynamic(stop);
    }
    b = b
        .filter_dynamic(StripMarks)
        .filter_dynamic(AsciiFoldingFilter);
    match lang {
        Some(l) => b.filter_dynamic(Stemmer::new(l)).build(),
        None => b.filter_dynamic(Truncate(TRUNCATE_CHARS)).build(),
    }
}

/// Words as typed, only lowercased and accent-folded (for prefix matching while the reader types).
pub fn plain_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(StripMarks)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Lowercases and removes the stop words of `tag` (where tantivy has a list); no folding, no stemming.
pub fn stop_analyzer(tag: &str) -> TextAnalyzer {
    let b = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .dynamic();
    match stemmer_language(tag).and_then(StopWordFilter::new) {
        Some(stop) => b.filter_dynamic(stop).build(),
        None => b.build(),
    }
}

/// The language-neutral analyzer for the multilingual vocabulary field.
pub fn vocab_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(StripMarks)
        .filter(AsciiFoldingFilter)
        .filter(Truncate(TRUNCATE_CHARS))
        .build()
}

/// The analyzers of every UI language, built once per index so that queries only clone them (a clone shares
/// the stop-word set) instead of hashing stop-word lists on every request.
pub struct Analyzers {
    text: std::collections::HashMap<&'static str, TextAnalyzer>,
    stop: std::collections::HashMap<&'static str, TextAnalyzer>,
    vocab: TextAnalyzer,
    plain: TextAnalyzer,
}

impl Default for Analyzers {
    fn default() -> Self {
        let tags = crate::i18n::LOCALES.iter().map(|l| l.tag);
        Analyzers {
            text: tags.clone().map(|t| (t, text_analyzer(t))).collect(),
            stop: tags.map(|t| (t, stop_analyzer(t))).collect(),
            vocab: vocab_analyzer(),
            plain: plain_analyzer(),
        }
    }
}

impl Analyzers {
    /// [`text_analyzer`] of `tag` (built on the spot for a tag outside the UI languages).
    pub fn text(&self, tag: &str) -> TextAnalyzer {
        self.text
            .get(tag)
            .cloned()
            .unwrap_or_else(|| text_analyzer(tag))
    }

    /// [`stop_analyzer`] of `tag` (built on the spot for a tag outside the UI languages).
    pub fn stop(&self, tag: &str) -> TextAnalyzer {
        self.stop
            .get(tag)
            .cloned()
            .unwrap_or_else(|| stop_analyzer(tag))
    }

    /// [`vocab_analyzer`].
    pub fn vocab(&self) -> TextAnalyzer {
        self.vocab.clone()
    }

    /// [`plain_analyzer`].
    pub fn plain(&self) -> TextAnalyzer {
        self.plain.clone()
    }
}

/// The terms `analyzer` makes of `text`, in order, duplicates kept.
pub fn terms(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while stream.advance() {
        let t = &stream.token().text;
        if !t.is_empty() {
            out.push(t.clone());
        }
    }
    out
}

/// Token filter removing combining marks after canonical decomposition (NFD), in any script. Tokens without
/// a decomposable character are left untouched (no allocation).
#[derive(Clone, Copy)]
pub struct StripMarks;

impl TokenFilter for StripMarks {
    type Tokenizer<T: Tokenizer> = StripMarksWrapper<T>;
    fn transform<T: Tokenizer>(self, inner: T) -> StripMarksWrapper<T> {
        StripMarksWrapper { inner }
    }
}

/// [`StripMarks`] applied to a tokenizer.
#[derive(Clone)]
pub struct StripMarksWrapper<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for StripMarksWrapper<T> {
    type TokenStream<'a> = StripMarksStream<T::TokenStream<'a>>;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        StripMarksStream {
            tail: self.inner.token_stream(text),
        }
    }
}

/// Token stream of [`StripMarksWrapper`].
pub struct StripMarksStream<S> {
    tail: S,
}

impl<S: TokenStream> TokenStream for StripMarksStream<S> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let tok = self.tail.token_mut();
        if !tok.text.is_ascii() {
            use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
            let stripped: String = tok
                .text
                .nfd()
                .filter(|c| !is_combining_mark(*c))
                .nfc()
                .collect();
            tok.text = stripped;
        }
        true
    }
    fn token(&self) -> &Token {
        self.tail.token()
    }
    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// Token filter keeping the first `n` characters of each token.
#[derive(Clone, Copy)]
pub struct Truncate(pub usize);

impl TokenFilter for Truncate {
    type Tokenizer<T: Tokenizer> = TruncateWrapper<T>;
    fn transform<T: Tokenizer>(self, inner: T) -> TruncateWrapper<T> {
        TruncateWrapper { n: self.0, inner }
    }
}

/// [`Truncate`] applied to a tokenizer.
#[derive(Clone)]
pub struct TruncateWrapper<T> {
    n: usize,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for TruncateWrapper<T> {
    type TokenStream<'a> = TruncateStream<T::TokenStream<'a>>;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        TruncateStream {
            n: self.n,
            tail: self.inner.token_stream(text),
        }
    }
}

/// Token stream of [`TruncateWrapper`].
pub struct TruncateStream<S> {
    n: usize,
    tail: S,
}

impl<S: TokenStream> TokenStream for TruncateStream<S> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let tok = self.tail.token_mut();
        if let Some((i, _)) = tok.text.char_indices().nth(self.n) {
            tok.text.truncate(i);
        }
        true
    }
    fn token(&self) -> &Token {
        self.tail.token()
    }
    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_stems() {
        let mut fr = text_analyzer("fr");
        assert_eq!(
            terms(&mut fr, "Mon compte piraté"),
            terms(&mut fr, "mon COMPTE pirate")
        );
        let mut de = text_analyzer("de");
        assert_eq!(terms(&mut de, "Überweisung"), terms(&mut de, "uberweisung"));
        let mut en = text_analyzer("en");
        assert_eq!(terms(&mut en, "hacked accounts"), vec!["hack", "account"]);
    }

    #[test]
    fn truncation_fallback_conflates_polish_inflections() {
        let mut pl = text_analyzer("pl");
        let forms = ["oszustwo", "oszustwa", "oszustwem", "Oszustwie"];
        let t: Vec<_> = forms.iter().map(|f| terms(&mut pl, f)).collect();
        assert!(t.iter().all(|x| x == &vec!["oszust".to_string()]), "{t:?}");
        // multi-byte text is cut on character boundaries
        let mut cs = text_analyzer("cs");
        assert_eq!(terms(&mut cs, "Podvodníků"), vec!["podvod"]);
        let mut bg = text_analyzer("bg");
        assert_eq!(terms(&mut bg, "Измамници"), vec!["измамн"]);
    }

    #[test]
    fn hostile_text_yields_plain_terms() {
        let mut en = text_analyzer("en");
        let t = terms(
            &mut en,
            "\u{0}pay\u{200b}pal 🙂 \"AND\" (x:y) -*~ \u{202e}abc",
        );
        assert!(
            t.contains(&"pay".to_string()) && t.contains(&"pal".to_string()),
            "{t:?}"
        );
        assert!(t.iter().all(|s| s.chars().all(char::is_alphanumeric)));
        let long = "a".repeat(10_000);
        assert!(terms(&mut en, &long).is_empty());
    }

    #[test]
    fn diacritics_go_in_every_script() {
        let mut el = text_analyzer("el");
        assert_eq!(terms(&mut el, "απάτη"), terms(&mut el, "ΑΠΑΤΗ"));
        assert_eq!(terms(&mut el, "απάτη"), terms(&mut el, "απατη"));
        let mut ro = text_analyzer("ro");
        assert_eq!(terms(&mut ro, "înșelătorie"), terms(&mut ro, "inselatorie"));
    }

    #[test]
    fn vocab_is_language_neutral() {
        let mut v = vocab_analyzer();
        assert_eq!(
            terms(&mut v, "Rançongiciel"),
            vec!["ranc".to_string() + "on"]
        );
    }
}
