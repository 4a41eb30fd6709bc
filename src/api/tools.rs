//! The tools' pages ("Is this message a scam?" with "Is this really them?", "Which ransomware is this?"): the
//! state a page shows, computed and translated on the server.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One line of a result: a translated sentence, and what it is about (a domain), shown apart as code.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Line {
    /// The sentence, in the reader's language.
    pub text: String,
}

/// A link or address read from the message, with what we know of it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LinkLine {
    /// As written (never made a link on the page).
    pub url: String,
    /// Registrable domain.
    pub domain: String,
    /// "used by …", "imitates …" or "not an address we know", translated.
    pub status: String,
    /// `official`, `lookalike` or `unknown` (for styling).
    pub kind: String,
}

/// A channel to report to, from the directory.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ChannelLine {
    /// The body's name.
    pub name: String,
    /// Web address, `mailto:` or `tel:` link.
    pub href: String,
    /// What is shown for it (the address or number).
    pub label: String,
}

/// The answer of the scam check.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CheckResult {
    /// The signs found, as sentences; empty when none was found.
    pub signs: Vec<String>,
    /// Whether they add up to a likely scam (one strong sign or two weak ones); otherwise they are only worth
    /// checking.
    #[serde(default)]
    pub suspicious: bool,
    /// Links and addresses read.
    pub links: Vec<LinkLine>,
    /// Notes on what was not read (too long, too many links).
    pub notes: Vec<String>,
    /// Where to report or forward the message in the chosen country.
    pub channels: Vec<ChannelLine>,
    /// The advice article's path.
    pub advice: String,
}

/// The answer of "is this really them?".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ContactResult {
    /// The matching directory entries: (body's name, country name, channel as listed, source URL).
    pub matches: Vec<(String, String, String, Option<String>)>,
}

/// The state of `/{lang}/check`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CheckPageState {
    /// What was pasted (kept so the form shows it again).
    pub text: String,
    /// Chosen country (ISO code) or empty.
    pub country: String,
    /// Countries: (code, name in the reader's language).
    pub countries: Vec<(String, String)>,
    /// The check's answer, after a check.
    pub result: Option<CheckResult>,
    /// The value looked up in "is this really them?".
    pub contact_value: String,
    /// Its answer.
    pub contact: Option<ContactResult>,
    /// Errors: (field id, message id).
    pub errors: Vec<(String, String)>,
}

/// The state of `/{lang}/ransomware`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RansomwarePageState {
    /// Extension given.
    pub extension: String,
    /// Note file name given.
    pub note_filename: String,
    /// Note text given.
    pub note: String,
    /// After a look-up: the candidates (name, evidence in words, references, fake).
    pub families: Option<Vec<FamilyLine>>,
    /// The best candidates are not clearly apart.
    pub ambiguous: bool,
    /// MISP cluster version of the data.
    pub version: String,
    /// Errors: (field id, message id).
    pub errors: Vec<(String, String)>,
}

/// One candidate family.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FamilyLine {
    /// Name.
    pub name: String,
    /// What matched, translated.
    pub evidence: Vec<String>,
    /// Sources.
    pub refs: Vec<String>,
    /// MISP marks it fake.
    pub fake: bool,
}

/// Set by the server when it renders a tool page in answer to a POST.
#[derive(Clone, Debug)]
pub struct PostedCheck(pub CheckPageState);

/// Set by the server when it renders the ransomware page in answer to a POST.
#[derive(Clone, Debug)]
pub struct PostedRansomware(pub RansomwarePageState);

/// An empty scam-check page for `lang` (the country list).
#[server(endpoint = "tools/check")]
pub async fn get_check_page(lang: String) -> Result<CheckPageState, crate::api::error::ApiError> {
    let state = crate::api::error::state()?;
    let lang = crate::i18n::resolve_or_default(Some(&lang)).tag;
    Ok(CheckPageState {
        countries: crate::server::routing::pages::countries(&state.library(), lang),
        ..Default::default()
    })
}

/// An empty ransomware page (the data's version).
#[server(endpoint = "tools/ransomware")]
pub async fn get_ransomware_page() -> Result<RansomwarePageState, crate::api::error::ApiError> {
    let state = crate::api::error::state()?;
    Ok(RansomwarePageState {
        version: state
            .library()
            .tools
            .ransomware
            .version
            .map(|v| v.to_string())
            .unwrap_or_default(),
        ..Default::default()
    })
}

/// The state of `/{lang}/verify`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct VerifyState {
    /// The reference as typed.
    pub reference: String,
    /// A reference was given and has the reference's form.
    pub checked: bool,
    /// It was typed but is not a reference.
    pub invalid: bool,
    /// When the portal sent messages about it (dates and times in UTC, formatted for the reader); empty when it
    /// sent none, which is also the answer for an unknown reference (nothing says whether a report exists).
    pub sent: Vec<String>,
}

/// "Was this message really sent by cyberhelp?" for the reference `reference` (empty: just the form).
#[server(endpoint = "tools/verify")]
pub async fn get_verify(
    lang: String,
    reference: String,
) -> Result<VerifyState, crate::api::error::ApiError> {
    let state = crate::api::error::state()?;
    let lang = crate::i18n::resolve_or_default(Some(&lang)).tag;
    crate::server::tools::verify_reference(&state.db, lang, &reference)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "looking up sent messages failed");
            crate::api::error::ApiError::Unavailable
        })
}
