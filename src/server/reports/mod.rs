//! Incident reports: the form's routing preview, storage with idempotency, receipts and the status page.
//!
//! Flow without JavaScript: `GET /{lang}/report` shows the form; `POST /{lang}/report` with
//! `action=preview` validates and shows the routing preview with one consent checkbox per recipient (or the
//! form again with errors, 422); `action=send` stores the report and its recipients in one transaction and
//! answers `303 See Other` to the receipt. Re-sending the same form (same hidden `form_key`) never creates a
//! second report: it leads to the first one's receipt.

pub mod answers;
pub mod delivery;
pub mod draft;
pub mod http;
pub mod reference;
pub mod retention;
pub mod store;
pub mod validate;
pub mod withdraw;

use crate::api::report::{ContactView, ReceiptView, ReportFormState, ReportInput, StepView};
use crate::i18n;
use crate::server::content::dates::{format_in_zone, zone_label};
use crate::server::content::Library;
use crate::server::db::Db;
use crate::server::routing::{self, Answers, Contact, Routing, VictimType};
use chrono::{DateTime, Utc};

/// A fresh form with a new idempotency key, optionally preselecting an incident type.
pub fn fresh_form(incident: Option<String>) -> ReportFormState {
    ReportFormState {
        input: ReportInput {
            form_key: reference::new_form_key(),
            incident: incident
                .filter(|i| i.len() <= 40 && i.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
                .unwrap_or_default(),
            ..Default::default()
        },
        ..Default::default()
    }
}

/// Fills a fresh form's choices and flags from a query string (the links of "What happened?"). Free text
/// (description, contact) and the consent list are never taken from a link; values longer than 64 characters
/// are ignored.
pub fn prefill(input: &mut ReportInput, query: &str) {
    if query.len() > 4096 {
        return;
    }
    for (k, v) in url::form_urlencoded::parse(query.as_bytes()) {
        if v.len() <= 64 {
            validate::set_choice(input, &k, &v);
        }
    }
}

/// Fills the select options for a reader of `lang`: the directory's countries, named in that language (CLDR)
/// and sorted by that name, the incident types, sectors and the chosen country's regions.
pub fn add_choices(lib: &Library, lang: &str, form: &mut ReportFormState) {
    form.countries = lib
        .directory
        .countries
        .values()
        .filter(|c| c.country != "EU")
        .map(|c| {
            let name = crate::server::content::countries::name(lang, &c.country)
                .map(str::to_owned)
                .unwrap_or_else(|| c.name.clone());
            (c.country.clone(), name)
        })
        .collect();
    form.countries
        .sort_by_cached_key(|(_, name)| crate::server::content::countries::sort_key(name));
    form.incident_types = lib.incident_types.iter().map(|t| t.id.clone()).collect();
    form.sectors = routing::Sector::ALL.iter().map(|s| s.id()).collect();
    let now = Utc::now();
    form.evidence_guides = lib
        .incident_types
        .iter()
        .filter_map(|t| {
            crate::server::content::views::evidence_for(lib, &t.id, now)
                .map(|slug| (t.id.clone(), slug.to_owned()))
        })
        .collect();
    form.regions = routing::normalise_country(&form.input.country)
        .and_then(|c| lib.directory.countries.get(&c))
        .map(|c| {
            c.regions
                .iter()
                .map(|r| (r.code.clone(), r.name.clone()))
                .collect()
        })
        .unwrap_or_default();
}

/// The engine's input from form input whose choices are valid (`None` for an unknown victim type, sector, role
/// or payment).
pub fn answers(input: &ReportInput) -> Option<Answers> {
    let opt = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
    Some(Answers {
        country: input.country.clone(),
        victim: VictimType::parse(&input.victim)?,
        incident: input.incident.clone(),
        money_lost: input.money_lost || !input.amount.trim().is_empty(),
        personal_data: input.personal_data,
        ongoing: input.ongoing,
        minor: input.minor,
        cross_border: input.cross_border,
        region: opt(&input.region).map(|r| r.to_ascii_uppercase()),
        sector: match opt(&input.sector) {
            Some(s) => Some(routing::Sector::parse(&s)?),
            None => None,
        },
        role: match opt(&input.role) {
            Some(r) => routing::Role::parse(&r)?,
            None => routing::Role::Unsure,
        },
        device_encrypted: input.device_encrypted,
        payment: match opt(&input.payment) {
            Some(p) => Some(routing::Payment::parse(&p)?),
            None => None,
        },
        payment_recent: input.payment_recent,
        self_approved: input.self_approved,
    })
}

/// A contact for display to a reader of `lang` (its own name, see [`Contact::display_name`]).
pub fn contact_view(c: &Contact, lang: &str) -> ContactView {
    ContactView {
        id: c.id.clone(),
        name: c.display_name(lang).to_owned(),
        website: c.website.clone(),
        report_url: c.report_url.clone(),
        report_email: c.report_email.clone(),
        phone: c.phone.clone(),
        source_url: c.sources.first().map(|s| s.url.clone()),
        unverified: c.unverified_channels(),
    }
}

/// The recipient a step goes to: its contact point's id; without one (the directory has no channel for it),
/// the kind of body and the service (`csirt:nis2-notification`), so that the clocks of one unknown recipient
/// still stay together.
fn recipient(s: &routing::RouteStep) -> String {
    match &s.contact_point {
        Some(c) => c.id.clone(),
        None => format!(
            "{}:{}",
            serde_json::to_value(s.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
            s.service.id()
        ),
    }
}

/// For each step, whether it is a later duty: one whose recipient already appears in an earlier step (the
/// routing answer is ordered by urgency). The report is sent once per recipient, as its first step; the later
/// duties (NIS2's incident notification and final report after the early warning, DORA's intermediate and
/// final reports) are the victim's to make when due, and are never consented to or sent with the report.
pub fn later_duties(routing: &Routing) -> Vec<bool> {
    let mut seen = std::collections::HashSet::new();
    routing
        .steps
        .iter()
        .map(|s| !seen.insert(recipient(s)))
        .collect()
}

/// Routing steps for display to a reader of `lang`, with deadlines computed from `aware` (if known) and shown
/// as wall-clock time in `zone` (the reported country's zone, in which the form's dates are typed).
pub fn step_views(
    routing: &Routing,
    lang: &str,
    aware: Option<DateTime<Utc>>,
    zone: chrono_tz::Tz,
) -> Vec<StepView> {
    let due = deadlines(routing, aware);
    let later = later_duties(routing);
    routing
        .steps
        .iter()
        .zip(due)
        .zip(later)
        .map(|((s, due), later)| {
            let cite = s.legal_cite.as_ref().and_then(|c| c.render(lang));
            StepView {
                key: s.rule.clone(),
                kind: serde_json::to_value(s.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default(),
                service: s.service.id(),
                optional: s
                    .optional
                    .as_deref()
                    .map(|m| i18n::t(lang, m))
                    .unwrap_or_default(),
                alternatives: s
                    .alternatives
                    .iter()
                    .map(|c| contact_view(c, lang))
                    .collect(),
                needs_region: s.needs_region,
                deadline_months: s.deadline_months,
                deadline_from: s.deadline_from.clone(),
                contact: s.contact_point.as_ref().map(|c| contact_view(c, lang)),
                deadline_hours: s.deadline_hours,
                deadline_at: due.map(|t| format_in_zone(t, lang, zone)),
                deadline_utc: due.map(|t| format_in_zone(t, lang, chrono_tz::UTC)),
                legal_basis_en: cite.is_none() && s.legal_basis.is_some(),
                legal_basis: cite.or_else(|| s.legal_basis.clone()),
                why: i18n::t(lang, &s.why),
                deliverable: deliverable(s),
                group: recipient(s),
                later,
                consented: false,
                state: String::new(),
                delivery_note: String::new(),
                recipient_state: String::new(),
                their_reference: None,
                messages: Vec::new(),
                questions: Vec::new(),
                thread_closed: false,
                withdrawal: None,
            }
        })
        .collect()
}

/// The latest moment each step is due, in step order: hours or calendar months after awareness or after the
/// deadline of the step it counts from (the latest that earlier duty may be met). `None` without a deadline or
/// when `aware` is unknown.
pub fn deadlines(routing: &Routing, aware: Option<DateTime<Utc>>) -> Vec<Option<DateTime<Utc>>> {
    fn due(
        i: usize,
        steps: &[routing::RouteStep],
        aware: DateTime<Utc>,
        depth: u8,
    ) -> Option<DateTime<Utc>> {
        let s = &steps[i];
        if depth > 8 || (s.deadline_hours.is_none() && s.deadline_months.is_none()) {
            return None;
        }
        let base = match s.deadline_from.as_deref() {
            None | Some("awareness") => aware,
            Some(prev) => {
                let j = steps.iter().position(|x| x.rule == prev)?;
                due(j, steps, aware, depth + 1)?
            }
        };
        match (s.deadline_hours, s.deadline_months) {
            (Some(h), _) => base.checked_add_signed(chrono::Duration::hours(i64::from(h))),
            (None, Some(m)) => base.checked_add_months(chrono::Months::new(m)),
            _ => None,
        }
    }
    (0..routing.steps.len())
        .map(|i| aware.and_then(|a| due(i, &routing.steps, a, 0)))
        .collect()
}

/// Runs the rules for valid input. `None` if the content has no rules or the victim type is invalid.
pub fn route_input(lib: &Library, input: &ReportInput) -> Option<Routing> {
    Some(routing::route(
        lib.rules.as_ref()?,
        &lib.directory,
        &answers(input)?,
    ))
}

/// A valid report and its routing answer, computed once per request: what [`send`] stores.
#[derive(Clone, Debug)]
pub struct Prepared {
    /// The typed report.
    pub valid: validate::ValidReport,
    /// The engine's answer for it (empty when the content has no rules).
    pub routing: Routing,
}

impl Prepared {
    /// Whether sending would reach anyone: the victim ticked at least one recipient we can deliver to.
    pub fn reaches_anyone(&self) -> bool {
        self.routing
            .steps
            .iter()
            .zip(later_duties(&self.routing))
            .any(|(s, later)| {
                !later && self.valid.input.consent.contains(&s.rule) && deliverable(s)
            })
    }

    /// Keep the report only as the victim's own record: every consent withdrawn, nothing will be sent.
    pub fn as_record_only(mut self) -> Self {
        self.valid.input.consent.clear();
        self
    }
}

/// Whether we can deliver to a step's contact point (an e-mail address or an online form).
fn deliverable(s: &routing::RouteStep) -> bool {
    s.contact_point
        .as_ref()
        .is_some_and(|c| c.report_email.is_some() || c.report_url.is_some())
}

/// Validates and previews a form submission at `now`: the form state to show (input, errors, preview), and
/// for valid input the [`Prepared`] report, routed once.
pub fn prepare(
    lib: &Library,
    lang: &str,
    mut input: ReportInput,
    now: DateTime<Utc>,
) -> (ReportFormState, Option<Prepared>) {
    // no key given: a fresh one (no retry to recognise); an unacceptable key is a validation error
    if input.form_key.is_empty() {
        input.form_key = reference::new_form_key();
    }
    input.contact_phone = validate::normalise_phone(&input.contact_phone);
    let (errors, prepared) = match validate::check(input.clone(), lib, now) {
        Ok(valid) => {
            let routing = match lib.rules.as_ref() {
                Some(rules) => routing::route(rules, &lib.directory, &valid.answers),
                None => Routing::empty(),
            };
            (vec![], Some(Prepared { valid, routing }))
        }
        Err(errors) => (errors, None),
    };
    let mut st = ReportFormState {
        input,
        errors,
        preview: prepared
            .as_ref()
            .map(|p| step_views(&p.routing, lang, Some(p.valid.aware_at), p.valid.zone)),
        covered: prepared.as_ref().is_some_and(|p| p.routing.covered),
        ..Default::default()
    };
    add_choices(lib, lang, &mut st);
    (st, prepared)
}

/// Validates and previews a form submission at `now` (see [`prepare`]).
pub fn preview(
    lib: &Library,
    lang: &str,
    input: ReportInput,
    now: DateTime<Utc>,
) -> ReportFormState {
    prepare(lib, lang, input, now).0
}

/// The report page for a `draft=` link at the current time (see [`draft`]): the answers with their preview
/// (or, after the language menu's `keep`, the answers alone); "already sent" with the receipt's URL; or an
/// empty form marked expired when the link is unknown, malformed or out of date.
///
/// Errors: the database failed.
pub async fn from_draft(
    state: &crate::server::AppState,
    lang: &str,
    link: &str,
) -> Result<ReportFormState, sqlx::Error> {
    let lib = state.library();
    let now = Utc::now();
    let mut form = match draft::load(&state.db, link, now).await? {
        Some(draft::Draft::Open { input, action }) if action == "keep" => ReportFormState {
            input: *input,
            ..Default::default()
        },
        Some(draft::Draft::Open { input, .. }) => prepare(&lib, lang, *input, now).0,
        Some(draft::Draft::Sent { reference, token }) => ReportFormState {
            sent: Some((
                reference.clone(),
                format!("/{lang}/report/receipt?ref={reference}&token={token}"),
            )),
            ..fresh_form(None)
        },
        None => ReportFormState {
            expired: true,
            ..fresh_form(None)
        },
    };
    if form.sent.is_none() && !form.expired {
        form.draft = link.trim().to_owned();
    }
    add_choices(&lib, lang, &mut form);
    Ok(form)
}

/// The receipt/status view of a stored report, if `reference` and `token` match.
pub async fn status_view(
    db: &Db,
    lib: &Library,
    lang: &str,
    reference: &str,
    token: &str,
) -> Result<Option<ReceiptView>, sqlx::Error> {
    let Some(r) = reference::normalise_reference(reference) else {
        return Ok(None);
    };
    let Some(stored) = store::load(db, &r).await? else {
        return Ok(None);
    };
    if !delivery::sign::constant_eq(
        stored.token_hash.as_bytes(),
        reference::token_hash(token.trim()).as_bytes(),
    ) {
        return Ok(None);
    }
    let lang = i18n::resolve_or_default(Some(lang)).tag;
    let aware = stored
        .aware_at
        .as_deref()
        .and_then(validate::parse_when)
        .or_else(|| validate::parse_when(&stored.created_at));
    // the answer stored with the report; reports stored before it was kept are routed again
    let routing: Routing = stored
        .routing
        .clone()
        .or_else(|| route_input(lib, &stored.input))
        .unwrap_or_else(Routing::empty);
    let zone = validate::country_zone(&stored.input.country);
    let mut steps = step_views(&routing, lang, aware, zone);
    let jobs = delivery::outbox::for_report(db, &r).await?;
    let updates = delivery::updates::for_report(db, &r).await?;
    let thread = delivery::followups::thread(db, &r).await?;
    let purge = retention::state(db, &r).await?;
    let thread_notices = delivery::followups::withdrawal_notices(db, &r).await?;
    for s in &mut steps {
        if let Some(rec) = stored.recipients.iter().find(|x| x.step_key == s.key) {
            s.consented = rec.consented;
            s.state = rec.state.clone();
            if let Some(job) = jobs.iter().find(|j| j.position == rec.position) {
                s.delivery_note = delivery_note(job).to_owned();
                // the recipient's own word: its updates, its furthest state, its latest reference
                for u in updates.iter().filter(|u| u.job_id == job.id) {
                    let rank = |st: &str| delivery::updates::STATES.iter().position(|x| *x == st);
                    if rank(&u.state) >= rank(&s.recipient_state) {
                        s.recipient_state = u.state.clone();
                    }
                    // a recipient's words, with invisible formatting characters made visible (as the victim's
                    // own words are for recipients)
                    let shown =
                        |t: &Option<String>| t.as_deref().map(delivery::payload::visible_controls);
                    if u.their_reference.is_some() {
                        s.their_reference = shown(&u.their_reference);
                    }
                    s.messages.push(crate::api::report::RecipientMessage {
                        at: validate::parse_when(&u.created_at)
                            .map(|t| format_in_zone(t, lang, zone))
                            .unwrap_or_default(),
                        state: u.state.clone(),
                        outcome: u.outcome.clone(),
                        reference: shown(&u.their_reference),
                        text: shown(&u.message),
                    });
                }
                s.thread_closed = s.recipient_state == "closed" || purge.purged_at.is_some();
                s.withdrawal = thread_notices
                    .iter()
                    .find(|(j, _)| *j == job.id)
                    .map(|(_, st)| st.clone());
                let when = |at: &str| {
                    validate::parse_when(at)
                        .map(|t| format_in_zone(t, lang, zone))
                        .unwrap_or_default()
                };
                for q in thread
                    .iter()
                    .filter(|q| q.job_id == job.id && q.kind == "question")
                {
                    let a = thread
                        .iter()
                        .find(|a| a.kind == "answer" && a.question_id.as_deref() == Some(&q.id));
                    s.questions.push(crate::api::report::ThreadQuestion {
                        id: q.id.clone(),
                        asked_at: when(&q.created_at),
                        text: delivery::payload::visible_controls(&q.body),
                        answer: a.map(|a| delivery::payload::visible_controls(&a.body)),
                        answer_state: a.and_then(|a| a.state.clone()),
                        answered_at: a.map(|a| when(&a.created_at)),
                    });
                }
            }
        }
    }
    let created = validate::parse_when(&stored.created_at);
    let when = |at: &str| {
        validate::parse_when(at)
            .map(|t| format_in_zone(t, lang, zone))
            .unwrap_or_default()
    };
    let country_name = crate::server::content::countries::name(lang, &stored.input.country)
        .map(str::to_owned)
        .unwrap_or_else(|| stored.input.country.clone());
    Ok(Some(ReceiptView {
        reference: r,
        token: String::new(),
        received: created
            .map(|t| format_in_zone(t, lang, zone))
            .unwrap_or_default(),
        received_utc: created
            .map(|t| t.format("%H:%M").to_string())
            .unwrap_or_default(),
        zone: zone_label(created.unwrap_or_else(Utc::now), zone),
        facts: facts(lib, lang, &stored.input, &country_name),
        flags: flags(lang, &stored.input),
        evidence: evidence_views(lang, zone, &stored.input),
        country_name,
        input: stored.input,
        steps,
        purged_at: purge.purged_at.as_deref().map(&when),
        purge_reason: purge.reason,
        withdrawn_at: purge.withdrawn_at.as_deref().map(&when),
    }))
}

/// A form label for use outside the form: without the trailing required mark `*` and a trailing
/// parenthesised remark (`(optional)`, `(optional; legal deadlines count from this moment)`), in any language.
pub fn short_label(lang: &str, id: &str) -> String {
    let mut l = i18n::t(lang, id)
        .trim()
        .trim_end_matches('*')
        .trim_end()
        .to_owned();
    if l.ends_with(')') {
        if let Some(open) = l.rfind('(') {
            if open > 0 {
                l.truncate(open);
            }
        }
    }
    l.trim_end()
        .trim_end_matches([':', '：'])
        .trim_end()
        .to_owned()
}

/// A date or date-time as typed in the form (`2026-12-05T08:30`, wall-clock time in the report's zone), as the
/// reader's language writes it (`5 December 2026, 08:30`); the text as typed when it does not parse.
fn typed_when(lang: &str, typed: &str) -> String {
    use crate::server::content::dates::format_date;
    let t = typed.trim();
    for f in ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"] {
        if let Ok(d) = chrono::NaiveDateTime::parse_from_str(t, f) {
            return format!("{}, {}", format_date(d.date(), lang), d.format("%H:%M"));
        }
    }
    chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .map(|d| format_date(d, lang))
        .unwrap_or_else(|_| t.to_owned())
}

/// The receipt's list of the victim's answers (see [`ReceiptView::facts`]); the description is shown apart.
pub(crate) fn facts(
    lib: &Library,
    lang: &str,
    i: &ReportInput,
    country_name: &str,
) -> Vec<(String, String)> {
    let t = |id: &str| i18n::t(lang, id);
    let mut out = vec![(
        short_label(lang, "report-field-country"),
        country_name.to_owned(),
    )];
    if !i.region.is_empty() {
        let region = routing::normalise_country(&i.country)
            .and_then(|c| lib.directory.countries.get(&c))
            .and_then(|c| {
                c.regions
                    .iter()
                    .find(|r| r.code.eq_ignore_ascii_case(&i.region))
            })
            .map(|r| r.name.clone())
            .unwrap_or_else(|| i.region.clone());
        out.push((short_label(lang, "report-field-region"), region));
    }
    out.push((
        short_label(lang, "report-field-victim"),
        t(&format!("report-victim-{}", i.victim)),
    ));
    if !i.sector.is_empty() {
        out.push((
            short_label(lang, "report-field-sector"),
            t(&format!("report-sector-{}", i.sector)),
        ));
    }
    if !i.role.is_empty() && i.role != "unsure" {
        out.push((
            short_label(lang, "report-field-role"),
            t(&format!("report-role-{}", i.role)),
        ));
    }
    let incident = if i.incident == "other" {
        t("report-incident-unknown")
    } else {
        t(&format!("incident-{}", i.incident))
    };
    out.push((short_label(lang, "report-field-incident"), incident));
    for (id, v) in [
        ("report-field-started", &i.started_at),
        ("report-field-aware", &i.aware_at),
    ] {
        if !v.trim().is_empty() {
            out.push((short_label(lang, id), typed_when(lang, v)));
        }
    }
    if !i.amount.trim().is_empty() {
        out.push((
            short_label(lang, "report-field-amount"),
            format!("{} {}", i.amount.trim(), i.currency.trim())
                .trim()
                .to_owned(),
        ));
    }
    if !i.payment.is_empty() {
        out.push((
            short_label(lang, "report-field-payment"),
            t(&format!("report-payment-{}", i.payment)),
        ));
    }
    for (id, v) in [
        ("report-field-email", &i.contact_email),
        ("report-field-phone", &i.contact_phone),
    ] {
        if !v.trim().is_empty() {
            out.push((short_label(lang, id), v.trim().to_owned()));
        }
    }
    out
}

/// The receipt's evidence list (see [`ReceiptView::evidence`]).
pub(crate) fn evidence_views(
    lang: &str,
    zone: chrono_tz::Tz,
    i: &ReportInput,
) -> Vec<crate::api::report::EvidenceView> {
    use crate::server::reports::delivery::payload::visible_controls;
    i.evidence
        .iter()
        .filter(|x| !x.is_blank())
        .map(|x| crate::api::report::EvidenceView {
            name: visible_controls(x.name.trim()),
            note: visible_controls(x.note.trim()),
            fingerprint: crate::app::pages::report::fingerprint_line(
                &x.sha256,
                x.size.parse().ok(),
                lang,
            ),
            modified: chrono::DateTime::parse_from_rfc3339(x.modified.trim())
                .ok()
                .map(|t| format_in_zone(t.with_timezone(&Utc), lang, zone)),
        })
        .collect()
}

/// The labels of the boxes the victim ticked (see [`ReceiptView::flags`]).
pub(crate) fn flags(lang: &str, i: &ReportInput) -> Vec<String> {
    [
        (i.ongoing, "report-field-ongoing"),
        (i.money_lost, "report-field-money-lost"),
        (i.personal_data, "report-field-personal-data"),
        (i.minor, "report-field-minor"),
        (i.cross_border, "report-field-cross-border"),
        (i.payment_recent, "report-field-payment-recent"),
        (i.self_approved, "report-field-self-approved"),
        (i.device_encrypted, "report-field-device-encrypted"),
        (i.anonymous, "report-field-anonymous"),
        (i.notify_updates, "report-field-notify"),
    ]
    .into_iter()
    .filter(|(on, _)| *on)
    .map(|(_, id)| short_label(lang, id))
    .collect()
}

/// The status page's explanation of a delivery job's state (a message id), or `""`.
fn delivery_note(job: &delivery::outbox::JobStatus) -> &'static str {
    match (job.state.as_str(), job.wait_reason.as_deref()) {
        ("queued", Some(_)) => "receipt-note-waiting-setup",
        ("queued", None) if job.last_error.is_some() => "receipt-note-retrying",
        ("failed", _) => "receipt-note-failed",
        _ => "",
    }
}

/// Why a valid report could not be stored.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The form key was already used for a different report (see [`send`]); the first report stays hidden.
    #[error("this form was already used for another report")]
    AlreadySent,
    /// The database failed; nothing was stored.
    #[error("storing the report failed: {0}")]
    Storage(#[from] sqlx::Error),
}

/// Outcome of sending a valid form.
pub struct Sent {
    /// The report's reference.
    pub reference: String,
    /// The status token for the receipt link.
    pub token: String,
    /// `false` when this form had been sent before (the earlier report is returned).
    pub created: bool,
}

/// Which kind of client sent a report; idempotency keys are scoped by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClientKind {
    /// The HTML form (`POST /{lang}/report`), whose keys the portal generates.
    Form,
    /// The JSON API (`POST /api/v1/reports`), whose keys the client chooses.
    Api,
}

impl ClientKind {
    /// `form_key` scoped by this kind (`form:…`, `api:…`): what is hashed for storage and for the status
    /// token, so that the same key sent through the form and through the API never names the same report.
    pub fn scoped_key(self, form_key: &str) -> String {
        let prefix = match self {
            ClientKind::Form => "form:",
            ClientKind::Api => "api:",
        };
        format!("{prefix}{form_key}")
    }
}

/// Stores a validated report: the report and one row per routing step (with consent) in one transaction.
/// Idempotent by `form_key` within one [`ClientKind`].
///
/// Errors: [`ReportError::AlreadySent`] for a known key with other content, [`ReportError::Storage`].
///
/// Keys stored before the scoping (plain `form_key` hashes) are no longer matched: a retry spanning that
/// upgrade creates a second report, once.
pub async fn send(
    db: &Db,
    secret: &[u8],
    lang: &str,
    prepared: &Prepared,
    now: DateTime<Utc>,
    kind: ClientKind,
) -> Result<Sent, ReportError> {
    let (input, routing) = (&prepared.valid.input, &prepared.routing);
    let aware = prepared.valid.aware_at;
    let rsit = prepared.valid.rsit.clone();
    let scoped = kind.scoped_key(&input.form_key);
    let token = reference::status_token(secret, &scoped);
    let mut stored_input = input.clone();
    stored_input
        .consent
        .retain(|k| routing.steps.iter().any(|s| s.rule == *k));
    let due = deadlines(routing, Some(aware));
    let later = later_duties(routing);
    let new = store::NewReport {
        reference: reference::new_reference(),
        form_key_hash: reference::token_hash(&scoped),
        token_hash: reference::token_hash(&token),
        lang: lang.to_owned(),
        country: routing
            .country
            .clone()
            .unwrap_or_else(|| prepared.valid.country.clone()),
        rsit,
        started_at: prepared.valid.started_at,
        routing: serde_json::to_string(routing).ok(),
        input: stored_input,
        aware_at: Some(aware),
        created_at: now,
        steps: routing
            .steps
            .iter()
            .zip(due)
            .zip(later)
            .map(|((s, due), later)| store::NewRecipient {
                step_key: s.rule.clone(),
                kind: serde_json::to_value(s.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default(),
                contact_id: s.contact_point.as_ref().map(|c| c.id.clone()),
                // consent only counts where we can deliver (an e-mail address or an online form), and for a
                // recipient's first step: later duties are never sent with the report
                consented: !later && input.consent.contains(&s.rule) && deliverable(s),
                deadline_at: due,
            })
            .collect(),
    };
    let (reference, created) = store::insert(db, &new).await?;
    if !created {
        // The same form key again: only a re-send of the same report (double click, reload) may lead to its
        // receipt; different content with a known key must not reveal the first report.
        let first = store::load(db, &reference).await?.map(|r| r.input);
        let same = first.is_some_and(|f| {
            f.description == input.description
                && f.country == input.country
                && f.victim == input.victim
                && f.incident == input.incident
        });
        if !same {
            return Err(ReportError::AlreadySent);
        }
    }
    Ok(Sent {
        reference,
        token,
        created,
    })
}
