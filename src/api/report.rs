//! The report form, its routing preview, the receipt and the status page: shared types and server functions.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Victim types (`victim`), in form order; the server's `VictimType` parses exactly these (a test holds them
/// together). `public-body` is a public administration; the two entity types are NIS2's (Directive (EU)
/// 2022/2555, Art. 3).
pub const VICTIM_TYPES: [&str; 5] = [
    "citizen",
    "business",
    "public-body",
    "essential-entity",
    "important-entity",
];

/// How money left (`payment`), in form order.
pub const PAYMENTS: [&str; 6] = ["card", "transfer", "instant", "crypto", "cash", "none"];

/// Role for personal data (`role`): GDPR Art. 4(7) controller, Art. 4(8) processor, or unsure.
pub const ROLES: [&str; 3] = ["controller", "processor", "unsure"];

/// Currencies accepted for the amount lost (ISO 4217): the euro and the other currencies of EU/EEA
/// countries, CHF, GBP and USD.
pub const CURRENCIES: [&str; 13] = [
    "EUR", "BGN", "CZK", "DKK", "HUF", "PLN", "RON", "SEK", "ISK", "NOK", "CHF", "GBP", "USD",
];

/// Shortest description accepted, in characters (after trimming).
pub const MIN_DESCRIPTION: usize = 10;

/// Longest description accepted, in characters.
pub const MAX_DESCRIPTION: usize = 5000;

/// Most entries an evidence list may have.
pub const MAX_EVIDENCE: usize = 50;

/// Longest name of an evidence entry, in characters (file systems allow 255 bytes).
pub const MAX_EVIDENCE_NAME: usize = 255;

/// Longest note on an evidence entry, in characters.
pub const MAX_EVIDENCE_NOTE: usize = 500;

/// Largest file size accepted in an evidence entry, in bytes: 2^53 − 1, the largest integer a browser's
/// `File.size` (a JavaScript number) holds exactly.
pub const MAX_EVIDENCE_SIZE: u64 = (1 << 53) - 1;

/// One entry of the victim's evidence list: something they keep (a file, a screenshot, a letter). Files are
/// never uploaded: with JavaScript the browser fills `size`, `sha256` and `modified` from a file the victim
/// picked (SHA-256 computed locally with Web Crypto); without it the victim types the name and a note. Every
/// field is text as posted; validation checks the machine fields.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EvidenceItem {
    /// File name or what the evidence is ("screenshot of the SMS"), at most [`MAX_EVIDENCE_NAME`] characters.
    pub name: String,
    /// The victim's note, at most [`MAX_EVIDENCE_NOTE`] characters.
    pub note: String,
    /// File size in bytes, decimal digits (empty when typed by hand). In JSON a number is accepted too.
    #[serde(deserialize_with = "string_or_number")]
    pub size: String,
    /// SHA-256 of the file's bytes, 64 hexadecimal digits (empty when typed by hand or the browser could not
    /// compute it).
    pub sha256: String,
    /// The file's last-modified time as the browser reports it, RFC 3339 in UTC (empty when unknown).
    pub modified: String,
}

/// A JSON string as it is, or a non-negative integer written out (the evidence list's `size`); `null` is empty.
fn string_or_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum S {
        Text(String),
        Number(u64),
        Null(()),
    }
    Ok(match S::deserialize(d)? {
        S::Text(s) => s,
        S::Number(n) => n.to_string(),
        S::Null(()) => String::new(),
    })
}

impl EvidenceItem {
    /// Whether nothing was filled in (an unused row of the form).
    pub fn is_blank(&self) -> bool {
        self.name.trim().is_empty() && self.note.trim().is_empty() && self.sha256.trim().is_empty()
    }
}

/// What the victim typed. Every field is kept as typed so the form can be shown again with errors.
/// In JSON every field is optional (missing = empty/false); validation says what is required.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReportInput {
    /// ISO 3166-1 alpha-2 (`EL` and `UK` accepted).
    pub country: String,
    /// `citizen | business | essential-entity | important-entity`.
    pub victim: String,
    /// Incident type id; `other` for "I don't know".
    pub incident: String,
    /// What happened, in the victim's words.
    pub description: String,
    /// When it started (`YYYY-MM-DDTHH:MM` or `YYYY-MM-DD`, UTC), optional.
    pub started_at: String,
    /// When the victim became aware (same format), optional; deadlines count from it.
    pub aware_at: String,
    /// Still going on.
    pub ongoing: bool,
    /// Money lost or payment details given.
    pub money_lost: bool,
    /// Amount lost, decimal, optional.
    pub amount: String,
    /// ISO 4217 currency code.
    pub currency: String,
    /// Personal data of other people affected.
    pub personal_data: bool,
    /// A minor is involved.
    pub minor: bool,
    /// The seller or other party is in another country.
    pub cross_border: bool,
    /// ISO 3166-2 region (e.g. `DE-BY`), asked only when a service depends on it; optional.
    pub region: String,
    /// NIS2 sector of an organisation (kebab-case, e.g. `health`); required for NIS2 entities.
    pub sector: String,
    /// Role for personal data: `controller | processor | unsure` (empty = unsure).
    pub role: String,
    /// A lost device was strongly encrypted and the key is safe.
    pub device_encrypted: bool,
    /// How money left: `card | transfer | instant | crypto | cash | none` (empty = not said).
    pub payment: String,
    /// The payment left less than 24 hours ago.
    pub payment_recent: bool,
    /// The victim approved the payment themselves.
    pub self_approved: bool,
    /// Contact e-mail, optional.
    pub contact_email: String,
    /// Contact phone, optional.
    pub contact_phone: String,
    /// Report without contact details.
    pub anonymous: bool,
    /// E-mail the victim a notice (reference and links only, no report content) when a recipient updates the
    /// report or asks a question. Needs `contact_email`.
    pub notify_updates: bool,
    /// What the victim keeps as evidence (optional; at most [`MAX_EVIDENCE`] entries). Never the files.
    pub evidence: Vec<EvidenceItem>,
    /// Set by the form parser when evidence rows were numbered beyond what a form can have (or not in plain
    /// decimal): validation then refuses the list instead of dropping rows silently. Never serialised.
    #[serde(skip)]
    pub evidence_overflow: bool,
    /// Recipient keys the victim consented to.
    pub consent: Vec<String>,
    /// Idempotency key of this form (hidden field).
    pub form_key: String,
}

/// A validation error: the field and the Fluent message id explaining it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldError {
    /// Form field name.
    pub field: String,
    /// Message id in `locales/<lang>/report.ftl`.
    pub message: String,
}

/// A contact point as shown to the victim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContactView {
    /// Directory id.
    pub id: String,
    /// Name for the reader: the body's own name in its language (an English gloss only on English pages).
    pub name: String,
    /// Website.
    pub website: Option<String>,
    /// Reporting form.
    pub report_url: Option<String>,
    /// Reporting e-mail.
    pub report_email: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// Where the facts come from.
    pub source_url: Option<String>,
    /// Channels not verified from an official source ("check this channel on the authority's site").
    pub unverified: Vec<String>,
}

/// One recipient or action in the routing answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StepView {
    /// Stable key for consent checkboxes (`rule-id`).
    pub key: String,
    /// `bank | police | csirt | dpa | consumer | regulator | helpline | platform | controller`.
    pub kind: String,
    /// The service asked for (`complaint`, `card-block`, `gdpr-breach-notification`, ...).
    #[serde(default)]
    pub service: String,
    /// Not a duty: the translated reason the step is optional, or empty.
    #[serde(default)]
    pub optional: String,
    /// Other fitting contact points (regional bodies when no region was given, or further lines).
    #[serde(default)]
    pub alternatives: Vec<ContactView>,
    /// The answer depends on the region, which was not given.
    #[serde(default)]
    pub needs_region: bool,
    /// Deadline in calendar months after `deadline_from`.
    #[serde(default)]
    pub deadline_months: Option<u32>,
    /// What the deadline counts from: `awareness` or the key of an earlier step.
    #[serde(default)]
    pub deadline_from: Option<String>,
    /// The contact point, if the directory has one.
    pub contact: Option<ContactView>,
    /// Deadline in hours from becoming aware.
    pub deadline_hours: Option<u32>,
    /// Deadline as a date and time for the reader in the report's time zone, with the zone's abbreviation
    /// (`6 December 2026, 07:10 WET`), when the moment of awareness is known.
    pub deadline_at: Option<String>,
    /// The same deadline in UTC (`6 December 2026, 06:10 UTC`), for the small print.
    #[serde(default)]
    pub deadline_utc: Option<String>,
    /// Legal basis in the reader's language (English for answers stored before it was kept in parts).
    pub legal_basis: Option<String>,
    /// Whether `legal_basis` is the English fallback (marked `lang="en"` on the page).
    #[serde(default)]
    pub legal_basis_en: bool,
    /// The recipient this step goes to: the contact point's id, or the step key when there is none. Steps of
    /// one recipient are shown together, with one consent.
    #[serde(default)]
    pub group: String,
    /// A later duty towards a recipient listed earlier (e.g. NIS2's incident notification and final report
    /// after the early warning): shown with its date, never sent with the report.
    #[serde(default)]
    pub later: bool,
    /// Why, translated.
    pub why: String,
    /// Whether the report can be delivered to this contact (it has an e-mail or form).
    pub deliverable: bool,
    /// Consented (receipt only).
    pub consented: bool,
    /// Delivery state (receipt only): `queued`, `sent`, `acknowledged`, `failed` or `not-sent`.
    pub state: String,
    /// Why a delivery waits or failed (receipt only): a message id in `report.ftl`, or empty.
    #[serde(default)]
    pub delivery_note: String,
    /// The recipient's own state (status page only): `received`, `in-progress` or `closed` from its latest
    /// update, empty when it sent none.
    #[serde(default)]
    pub recipient_state: String,
    /// The recipient's case reference, the latest it gave (status page only).
    #[serde(default)]
    pub their_reference: Option<String>,
    /// The recipient's updates, oldest first (status page only).
    #[serde(default)]
    pub messages: Vec<RecipientMessage>,
    /// The recipient's questions to the victim with the victim's answers, oldest first (status page only).
    #[serde(default)]
    pub questions: Vec<ThreadQuestion>,
    /// The recipient closed its case: its thread takes no more answers (status page only).
    #[serde(default)]
    pub thread_closed: bool,
    /// The withdrawal notice to this recipient, once the victim withdrew the report: `queued`, `sent`,
    /// `failed`, or `withdrawn` (the report never reached it, so there was nothing to withdraw).
    #[serde(default)]
    pub withdrawal: Option<String>,
}

/// Longest answer of the victim to a recipient's question, in characters.
pub const MAX_ANSWER: usize = 4000;

/// A recipient's question to the victim and the victim's answer, as the status page shows them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadQuestion {
    /// Question id: 32 hex digits, posted back with the answer.
    pub id: String,
    /// When it was asked, in the report's time zone and the reader's language.
    pub asked_at: String,
    /// The question (plain text, shown as text; invisible formatting characters made visible).
    pub text: String,
    /// The victim's answer, once given.
    pub answer: Option<String>,
    /// The answer's delivery: `queued`, `sent` or `failed`.
    pub answer_state: Option<String>,
    /// When the victim answered, in the report's time zone and the reader's language.
    pub answered_at: Option<String>,
}

/// One update a recipient sent about the report, as the victim's status page shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecipientMessage {
    /// When, in the report's time zone and the reader's language.
    pub at: String,
    /// `received`, `in-progress` or `closed`.
    pub state: String,
    /// `advice-given`, `case-opened`, `referred-elsewhere` or `no-action-possible`, if given.
    pub outcome: Option<String>,
    /// The recipient's case reference, if given with this update.
    pub reference: Option<String>,
    /// The recipient's message to the victim (plain text, shown as text).
    pub text: Option<String>,
}

/// The report page's state after a POST: input, errors and the routing preview.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReportFormState {
    /// What was typed.
    pub input: ReportInput,
    /// Errors, empty when valid.
    pub errors: Vec<FieldError>,
    /// Routing preview (present once the required fields are valid).
    pub preview: Option<Vec<StepView>>,
    /// Whether the country is covered by the directory.
    pub covered: bool,
    /// Countries of the directory: (ISO code, name in the reader's language from CLDR), for the select.
    pub countries: Vec<(String, String)>,
    /// Incident type ids, for the select.
    pub incident_types: Vec<String>,
    /// Regions of the chosen country that regional services use: (ISO 3166-2 code, name).
    #[serde(default)]
    pub regions: Vec<(String, String)>,
    /// NIS2 sector ids, for the select.
    #[serde(default)]
    pub sectors: Vec<String>,
    /// The `draft=` value this page was shown from (POST-redirect-GET, see `server::reports::draft`), posted
    /// back with the form; empty for a new form.
    #[serde(default)]
    pub draft: String,
    /// The draft link was already used to send a report: its (reference, receipt URL).
    #[serde(default)]
    pub sent: Option<(String, String)>,
    /// The draft link has expired (or never existed): the form is empty again.
    #[serde(default)]
    pub expired: bool,
    /// "What to keep as evidence" pages: (incident type id, page slug), for the link beside the evidence list.
    #[serde(default)]
    pub evidence_guides: Vec<(String, String)>,
}

/// Set by the server when it renders the report page in answer to a POST (never sent by the browser).
#[derive(Clone, Debug)]
pub struct PostedForm(pub ReportFormState);

/// A stored report as shown on the receipt and status pages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReceiptView {
    /// Reference, e.g. `7K4M-9QXP-2D`.
    pub reference: String,
    /// Status token (only on the receipt right after sending; empty on the status page).
    pub token: String,
    /// Received at, formatted in the report's time zone.
    pub received: String,
    /// The reported country's name in the reader's language (CLDR), or the code when unknown.
    #[serde(default)]
    pub country_name: String,
    /// The time zone the receipt's times are given in, e.g. `Europe/Lisbon (WET)`.
    #[serde(default)]
    pub zone: String,
    /// The moment received, in UTC (`06:10`), for the small print.
    #[serde(default)]
    pub received_utc: String,
    /// What was reported.
    pub input: ReportInput,
    /// The victim's answers for the reader: (label, value) in the reader's language, labels without the form's
    /// "*" and "(optional …)", dates and times as the language writes them; empty answers left out.
    #[serde(default)]
    pub facts: Vec<(String, String)>,
    /// The boxes the victim ticked, as their labels in the reader's language.
    #[serde(default)]
    pub flags: Vec<String>,
    /// The evidence list, ready to show (blank entries left out).
    #[serde(default)]
    pub evidence: Vec<EvidenceView>,
    /// Steps with consent and delivery state.
    pub steps: Vec<StepView>,
    /// When the report's personal fields were purged (formatted in the report's time zone), if they were.
    #[serde(default)]
    pub purged_at: Option<String>,
    /// Why: `retention`, `max-age` or `withdrawn`.
    #[serde(default)]
    pub purge_reason: Option<String>,
    /// When the victim withdrew the report (formatted in the report's time zone), if they did.
    #[serde(default)]
    pub withdrawn_at: Option<String>,
}

/// One entry of the evidence list as the receipt shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceView {
    /// Name as typed or picked, invisible formatting characters written as `<U+XXXX>`.
    pub name: String,
    /// Note, likewise.
    pub note: String,
    /// `SHA-256 <hex> · 4.1 MB` when the browser gave a fingerprint or size.
    pub fingerprint: Option<String>,
    /// Last-modified time in the report's zone and the reader's language.
    pub modified: Option<String>,
}

/// The report form for the page's query string `prefill`. With `draft=` (the preview after
/// POST-redirect-GET): that draft's answers and routing preview, or "already sent" with the receipt's link, or
/// an empty form marked expired. Otherwise a fresh report form (with a new form key), optionally filled in from `prefill`, the page's query string
/// (`country=PT&victim=citizen&incident=phishing&money_lost=on&payment=card…`, as "What happened?" links it):
/// only choices and flags are taken, never free text, and invalid values are left for validation to name.
#[server(endpoint = "report/form")]
pub async fn get_report_form(
    lang: String,
    incident: Option<String>,
    prefill: String,
) -> Result<ReportFormState, crate::api::error::ApiError> {
    let state = crate::api::error::state()?;
    let lang = crate::i18n::resolve_or_default(Some(&lang)).tag;
    let draft = url::form_urlencoded::parse(prefill.as_bytes())
        .find(|(k, _)| k == "draft")
        .map(|(_, v)| v.into_owned());
    if let Some(link) = draft {
        return crate::server::reports::from_draft(&state, lang, &link)
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "loading a report draft failed");
                crate::api::error::ApiError::Unavailable
            });
    }
    let mut form = crate::server::reports::fresh_form(incident);
    crate::server::reports::prefill(&mut form.input, &prefill);
    crate::server::reports::add_choices(&state.library(), lang, &mut form);
    Ok(form)
}

/// Receipt or status of a report; `None` when reference and token do not match a report.
#[server(endpoint = "report/status")]
pub async fn get_report_status(
    lang: String,
    reference: String,
    token: String,
) -> Result<Option<ReceiptView>, crate::api::error::ApiError> {
    let state = crate::api::error::state()?;
    crate::server::reports::status_view(&state.db, &state.library(), &lang, &reference, &token)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "loading a report failed");
            crate::api::error::ApiError::Unavailable.raise()
        })
}
