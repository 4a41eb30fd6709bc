//! "What happened?" (`/{lang}/help`): the types of one step of the guided diagnosis and its server function.
//! Every text arrives translated; the browser needs no locale data.

use crate::api::report::StepView;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One option of the current question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HelpOption {
    /// Value sent in the URL.
    pub value: String,
    /// Label, translated (country and region names as the directory writes them).
    pub label: String,
    /// Group label (the country of a region), for `<optgroup>`.
    pub group: Option<String>,
}

/// A question to answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HelpQuestion {
    /// Question id: the URL parameter.
    pub id: String,
    /// The question, translated.
    pub text: String,
    /// Options.
    pub options: Vec<HelpOption>,
    /// Shown as a select (countries, sectors) rather than radio buttons.
    pub select: bool,
    /// Its number on the path (1-based).
    pub number: usize,
    /// The most questions any path asks.
    pub max: usize,
}

/// An answer already given, with the link that changes it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HelpAnswer {
    /// Question id.
    pub id: String,
    /// The question, translated.
    pub question: String,
    /// The answer, translated.
    pub answer: String,
    /// Value sent in the URL.
    pub value: String,
    /// URL that asks this question again, keeping the answers before it.
    pub change_url: String,
}

/// The diagnosis with first steps and whom to tell.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HelpResult {
    /// Result id.
    pub id: String,
    /// Plain-words diagnosis, translated.
    pub diagnosis: String,
    /// ENISA RSIT class/type, e.g. `fraud/phishing`.
    pub rsit: String,
    /// The advice article's title and URL.
    pub article_title: String,
    /// URL of the full advice.
    pub article_url: String,
    /// The article's "Do this now" section as sanitised HTML (its first section).
    pub do_now_html: String,
    /// BCP 47 tag of the language `do_now_html` is written in.
    pub do_now_lang: String,
    /// Whom to tell, by when, why.
    pub steps: Vec<StepView>,
    /// Whether the country is covered by the directory.
    pub covered: bool,
    /// The report form, filled in with every answer.
    pub report_url: String,
}

/// One step of the diagnosis.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HelpStep {
    /// Some answers in the URL did not fit and were dropped.
    pub notice: bool,
    /// Answers so far.
    pub answered: Vec<HelpAnswer>,
    /// The hidden inputs that carry the answers so far: (name, value).
    pub hidden: Vec<(String, String)>,
    /// The question to answer next, if any.
    pub question: Option<HelpQuestion>,
    /// The result, once reached.
    pub result: Option<HelpResult>,
    /// "None of these fit" for the current question.
    pub none_fit_url: String,
    /// Showing the "none of these fit" page.
    pub none_fit: bool,
    /// The feedback form was sent.
    pub thanks: bool,
    /// First steps that help in most situations (the general article's first section), for "none fit".
    pub general_html: String,
    /// BCP 47 tag of the language `general_html` is written in (English when not translated).
    #[serde(default)]
    pub general_lang: String,
}

/// The step for the answers in `query` (the page's URL query string, e.g. `who=private&what=money`). Never
/// fails on bad input: unknown or contradictory answers lead to the nearest valid step with `notice`.
#[server(endpoint = "help/step")]
pub async fn get_help_step(
    lang: String,
    query: String,
) -> Result<Option<HelpStep>, crate::api::error::ApiError> {
    let state = crate::api::error::state()?;
    Ok(crate::server::triage::view::step(
        &state.library(),
        &lang,
        &query,
    ))
}
