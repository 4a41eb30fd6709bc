//! Snippets without analysing documents again at query time.
//!
//! tantivy's `SnippetGenerator` runs the field's analyzer (tokenizer, lower-casing, accent folding, Snowball
//! stemming) over the whole body of every hit it highlights: for ten hits of a few kilobytes each, that was the
//! largest cost of a search (issue 11's profile: the stemmers alone took a fifth of the search API's CPU). The
//! bodies never change after the index is built, so their tokens are kept from the build: byte offsets and an
//! id into the index's table of distinct terms (12 bytes a token). At query time a [`Replay`] tokenizer hands
//! the generator those tokens instead of analysing the text, and the snippet is exactly the one the analyzer
//! would have given.
//!
//! Memory is bounded: once [`MAX_TOKENS`] tokens are kept, further bodies are analysed live as before.

use std::collections::HashMap;
use std::sync::Arc;
use tantivy::tokenizer::{BoxTokenStream, TextAnalyzer, Token, TokenStream, Tokenizer};

/// At most this many body tokens are kept per language index (12 bytes each: 48 MB at most).
pub const MAX_TOKENS: usize = 4_000_000;

/// The analysed bodies of one language index.
#[derive(Default)]
pub(super) struct BodyTokens {
    /// Distinct analysed terms.
    terms: Vec<String>,
    /// Per document (by ordinal): `[offset_from, offset_to, term id]`, or `None` when not kept.
    docs: Vec<Option<Vec<[u32; 3]>>>,
}

impl BodyTokens {
    /// Analyses each body with `analyzer` (the body field's own), keeping at most [`MAX_TOKENS`] tokens.
    pub(super) fn build<'a>(
        analyzer: &TextAnalyzer,
        bodies: impl Iterator<Item = &'a str>,
    ) -> Self {
        let mut an = analyzer.clone();
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut out = BodyTokens::default();
        let mut kept = 0usize;
        for body in bodies {
            if kept >= MAX_TOKENS || body.len() > u32::MAX as usize {
                out.docs.push(None);
                continue;
            }
            let mut toks = Vec::new();
            let mut stream = an.token_stream(body);
            while stream.advance() {
                let t = stream.token();
                let id = match ids.get(&t.text) {
                    Some(id) => *id,
                    None => {
                        let id = out.terms.len() as u32;
                        ids.insert(t.text.clone(), id);
                        out.terms.push(t.text.clone());
                        id
                    }
                };
                toks.push([t.offset_from as u32, t.offset_to as u32, id]);
            }
            kept += toks.len();
            toks.shrink_to_fit();
            out.docs.push(Some(toks));
        }
        out.terms.shrink_to_fit();
        out
    }

    /// Whether the tokens of document `ord` are kept.
    pub(super) fn has(&self, ord: usize) -> bool {
        matches!(self.docs.get(ord), Some(Some(_)))
    }
}

/// A tokenizer that replays the kept tokens of one document, whatever text it is given (the generator is
/// only ever given that document's body).
#[derive(Clone)]
pub(super) struct Replay {
    tokens: Arc<BodyTokens>,
    ord: usize,
}

impl Replay {
    /// The analyzer for document `ord`'s body; only call when [`BodyTokens::has`] is true for it.
    pub(super) fn analyzer(tokens: Arc<BodyTokens>, ord: usize) -> TextAnalyzer {
        TextAnalyzer::from(Replay { tokens, ord })
    }
}

/// The stream of [`Replay`].
pub(super) struct ReplayStream<'a> {
    tokens: &'a BodyTokens,
    list: &'a [[u32; 3]],
    next: usize,
    token: Token,
}

impl Tokenizer for Replay {
    type TokenStream<'a> = BoxTokenStream<'a>;
    fn token_stream<'a>(&'a mut self, _text: &'a str) -> Self::TokenStream<'a> {
        let list = self
            .tokens
            .docs
            .get(self.ord)
            .and_then(Option::as_deref)
            .unwrap_or(&[]);
        BoxTokenStream::new(ReplayStream {
            tokens: &self.tokens,
            list,
            next: 0,
            token: Token::default(),
        })
    }
}

impl TokenStream for ReplayStream<'_> {
    fn advance(&mut self) -> bool {
        let Some([from, to, id]) = self.list.get(self.next) else {
            return false;
        };
        self.token.offset_from = *from as usize;
        self.token.offset_to = *to as usize;
        self.token.position = self.next;
        self.token.text.clear();
        self.token.text.push_str(
            self.tokens
                .terms
                .get(*id as usize)
                .map_or("", String::as_str),
        );
        self.next += 1;
        true
    }
    fn token(&self) -> &Token {
        &self.token
    }
    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::search::analyzer::text_analyzer;
    use std::collections::BTreeMap;
    use tantivy::snippet::SnippetGenerator;

    #[test]
    fn replayed_tokens_give_the_same_snippets_as_live_analysis() {
        let bodies = [
            "Wenn Sie Ihre Bankdaten auf einer gefälschten Seite eingegeben haben, rufen Sie sofort Ihre Bank an \
             und lassen Sie die Karte sperren. Ändern Sie danach die Passwörter.",
            "",
            "Ein zweiter Text über Passwörter und gehackte Konten.",
        ];
        let an = text_analyzer("de");
        let kept = Arc::new(BodyTokens::build(&an, bodies.iter().copied()));
        let field =
            tantivy::schema::Schema::builder().add_text_field("body", tantivy::schema::TEXT);
        // terms as the query side would analyse them
        let mut terms = BTreeMap::new();
        let mut a = an.clone();
        for w in ["Bank", "Karte", "Passwort", "gehackt"] {
            let mut s = a.token_stream(w);
            while s.advance() {
                terms.insert(s.token().text.clone(), 1.0);
            }
        }
        for (ord, body) in bodies.iter().enumerate() {
            assert!(kept.has(ord));
            let live = SnippetGenerator::new(terms.clone(), an.clone(), field, 80).snippet(body);
            let replayed = SnippetGenerator::new(
                terms.clone(),
                Replay::analyzer(kept.clone(), ord),
                field,
                80,
            )
            .snippet(body);
            assert_eq!(live.to_html(), replayed.to_html(), "doc {ord}");
            assert_eq!(live.highlighted(), replayed.highlighted(), "doc {ord}");
        }
        assert!(
            !SnippetGenerator::new(terms, Replay::analyzer(kept, 0), field, 80)
                .snippet(bodies[0])
                .highlighted()
                .is_empty()
        );
    }
}
