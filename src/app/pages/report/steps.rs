//! The routing answer as shown in the preview, the receipt and "What happened?": one item per recipient, with
//! every legal clock towards it, its channels, one consent box (in the form) and, on the receipt, what happened
//! to the report and what the victim must still do, by when.

use crate::api::report::StepView;
use crate::app::{tr, use_locale};
use crate::i18n;
use leptos::prelude::*;

/// Groups steps by recipient ([`StepView::group`]), in the order each recipient first appears (the routing
/// answer's order of urgency). The first step of each group is the one the report is sent as.
pub fn by_recipient(steps: Vec<StepView>) -> Vec<Vec<StepView>> {
    let mut groups: Vec<Vec<StepView>> = Vec::new();
    for s in steps {
        match groups
            .iter_mut()
            .find(|g| !s.group.is_empty() && g[0].group == s.group)
        {
            Some(g) => g.push(s),
            None => groups.push(vec![s]),
        }
    }
    groups
}

/// A `tel:` URI for a phone number as the directory publishes it (`010-240 40 40`, `+33 1 23 45 67 89`): the
/// first run of digits (with a leading `+` kept), `None` when there are fewer than three digits.
pub fn tel_href(phone: &str) -> Option<String> {
    let start = phone.find(|c: char| c.is_ascii_digit() || c == '+')?;
    let mut out = String::new();
    for c in phone[start..].chars() {
        match c {
            '+' if out.is_empty() => out.push('+'),
            d if d.is_ascii_digit() => out.push(d),
            ' ' | '-' | '.' | '(' | ')' | '\u{a0}' => {}
            _ => break,
        }
    }
    (out.chars().filter(char::is_ascii_digit).count() >= 3).then(|| format!("tel:{out}"))
}

/// The legal deadline of a step: hours or months from awareness or from the previous notification, or
/// "without undue delay" for a duty without a fixed clock; with the date and time in the report's zone and,
/// in small print, in UTC.
pub(super) fn deadline_line(step: &StepView, lang: &'static str) -> Option<AnyView> {
    let after = step
        .deadline_from
        .as_deref()
        .is_some_and(|f| f != "awareness");
    let text = match (step.deadline_hours, step.deadline_months, after) {
        (Some(h), _, false) => i18n::t_args(lang, "report-deadline", &[("hours", h.into())]),
        (Some(h), _, true) => {
            i18n::t_args(lang, "report-deadline-after-hours", &[("hours", h.into())])
        }
        (None, Some(m), _) => i18n::t_args(
            lang,
            "report-deadline-after-months",
            &[("months", m.into())],
        ),
        (None, None, _) if step.deadline_from.is_some() => tr("report-deadline-undue-delay"),
        _ => return None,
    };
    Some(
        view! {
            <p class="deadline"><strong>{text}</strong>
            {step.deadline_at.clone().map(|d| view! { " – " {i18n::t_args(lang, "report-deadline-at", &[("date", d.into())])} })}
            {step.deadline_utc.clone().map(|u| view! { " " <small class="utc">"("{u}")"</small> })}</p>
        }
        .into_any(),
    )
}

/// What the victim must do about a recipient the report will not reach automatically, or `None` when it was
/// sent (or is on its way) through us. Shown on the receipt, in bold, with the deadline if there is one.
fn manual_notice(lead: &StepView, lang: &'static str) -> Option<AnyView> {
    let reason = if !lead.deliverable {
        tr("receipt-manual-no-channel")
    } else if !lead.consented {
        tr("receipt-manual-not-chosen")
    } else if !lead.delivery_note.is_empty() && lead.state != "sent" && lead.state != "acknowledged"
    {
        tr(&lead.delivery_note)
    } else if lead.state == "failed" {
        tr("receipt-note-failed")
    } else {
        return None;
    };
    // "the channels below" only where there are some: a recipient the directory has no contact for says so
    let channels = lead.contact.is_some() || !lead.alternatives.is_empty();
    let todo = match (&lead.deadline_at, channels) {
        (Some(d), true) => i18n::t_args(
            lang,
            "receipt-manual-deadline",
            &[("date", d.clone().into())],
        ),
        (Some(d), false) => i18n::t_args(
            lang,
            "receipt-manual-deadline-find",
            &[("date", d.clone().into())],
        ),
        (None, true) => tr("receipt-manual-act"),
        (None, false) => tr("receipt-manual-find"),
    };
    Some(
        view! {
            <div class="manual" role="note">
                <p><strong>{tr("receipt-manual-title")}</strong>" – "{reason}</p>
                <p><strong>{todo}</strong></p>
            </div>
        }
        .into_any(),
    )
}

/// One recipient: who, why, every legal clock towards it (the first is what the report is sent as; later
/// duties are shown with their date and are never sendable now), its channels, and in the form one consent
/// box (`consent`: whether it is ticked) or on the receipt (`receipt`) the delivery state and what remains
/// to do.
#[component]
pub fn RecipientItem(
    steps: Vec<StepView>,
    #[prop(optional)] consent: Option<bool>,
    #[prop(optional)] receipt: bool,
) -> impl IntoView {
    let lang = use_locale().tag;
    let lead = steps[0].clone();
    let later: Vec<StepView> = steps.iter().skip(1).cloned().collect();
    let kind_label = tr(&format!("report-step-{}", lead.kind));
    let name = lead
        .contact
        .as_ref()
        .map(|c| c.name.clone())
        .unwrap_or_else(|| kind_label.clone());
    let unverified = |f: &str| {
        lead.contact
            .as_ref()
            .is_some_and(|c| c.unverified.iter().any(|u| u == f))
    };
    let check =
        move || view! { <span class="unverified">" ("{tr("report-contact-unverified")}")"</span> };
    let basis = |s: &StepView| {
        s.legal_basis.clone().map(|b| {
            let text = i18n::t_args(lang, "report-legal-basis", &[("basis", b.into())]);
            view! { <p class="meta-line" lang=s.legal_basis_en.then_some("en")>{text}</p> }
        })
    };
    view! {
        <li class="step">
            <h3>{kind_label.clone()}{lead.contact.as_ref().map(|c| view! { ": " <span lang="und">{c.name.clone()}</span> })}</h3>
            {receipt.then(|| manual_notice(&lead, lang))}
            <p>{lead.why.clone()}</p>
            {(!lead.optional.is_empty()).then(|| view! { <p class="optional"><strong>{tr("report-step-optional")}</strong>" – "{lead.optional.clone()}</p> })}
            {deadline_line(&lead, lang)}
            {basis(&lead)}
            {(!later.is_empty()).then(|| view! {
                <h4 class="clocks">{tr("report-step-clocks")}</h4>
                <ul class="later">
                    {later.iter().map(|s| view! {
                        <li>
                            {deadline_line(s, lang)}
                            <p>{s.why.clone()}</p>
                            <p class="meta-line">{tr("report-step-later-duty")}</p>
                            {basis(s)}
                        </li>
                    }).collect_view()}
                </ul>
            })}
            {lead.needs_region.then(|| view! { <p class="notice">{tr("report-needs-region")}</p> })}
            {(!lead.alternatives.is_empty()).then(|| view! {
                {(!lead.needs_region).then(|| view! { <p class="meta-line">{tr("report-alternatives")}</p> })}
                <ul class="alternatives">
                    {lead.alternatives.iter().map(|c| {
                        let link = c.report_url.clone().or(c.website.clone());
                        view! { <li><span lang="und">{c.name.clone()}</span>{link.map(|u| view! { " – " <a href=u.clone() rel="noopener noreferrer">{u.clone()}</a> })}{c.phone.clone().map(|p| view! { " – " {phone_link(p)} })}</li> }
                    }).collect_view()}
                </ul>
            })}
            {lead.contact.clone().map(|c| view! {
                <ul class="channels">
                    {c.report_url.clone().map(|u| view! { <li>{tr("report-contact-form")}": "<a href=u.clone() rel="noopener noreferrer">{u.clone()}</a>{unverified("report_url").then(check)}</li> })}
                    {c.report_email.clone().map(|e| view! { <li>{tr("report-contact-email")}": "<a href=format!("mailto:{e}")>{e.clone()}</a>{unverified("report_email").then(check)}</li> })}
                    {c.phone.clone().map(|p| view! { <li>{tr("report-contact-phone")}": "{phone_link(p)}{unverified("phone").then(check)}</li> })}
                    {c.website.clone().map(|u| view! { <li>{tr("report-contact-website")}": "<a href=u.clone() rel="noopener noreferrer">{u.clone()}</a>{unverified("website").then(check)}</li> })}
                    {c.source_url.clone().map(|u| view! { <li class="meta-line source">{tr("report-contact-source")}": "<a href=u.clone() rel="noopener noreferrer">{u.clone()}</a></li> })}
                </ul>
            })}
            {(lead.contact.is_none() && lead.kind == "bank").then(|| view! { <p>{tr("report-no-contact")}</p> })}
            {consent.map(|checked| if lead.deliverable {
                let id = format!("consent-{}", lead.key);
                view! {
                    <p class="consent">
                        <input type="checkbox" name="consent" value=lead.key.clone() id=id.clone() checked=checked />
                        <label for=id>{i18n::t_args(lang, "report-consent", &[("name", name.clone().into())])}</label>
                    </p>
                }.into_any()
            } else {
                view! { <p class="meta-line">{tr("report-consent-unavailable")}</p> }.into_any()
            })}
            {receipt.then(|| view! {
                <p class="state"><strong>{tr(&format!("receipt-state-{}", if lead.state.is_empty() { "not-sent" } else { lead.state.as_str() }))}</strong></p>
                {(!lead.delivery_note.is_empty()).then(|| view! { <p class="state-note">{tr(&lead.delivery_note)}</p> })}
                {lead.withdrawal.clone().filter(|w| w != "withdrawn").map(|w| view! {
                    <p class="state-note">{tr("status-withdrawal-notice")}" "<strong>{tr(&format!("status-answer-state-{w}"))}</strong></p>
                })}
                {(!lead.messages.is_empty()).then(|| view! {
                    <div class="recipient-updates">
                        <p class="their-state">
                            <strong>{tr(&format!("recipient-state-{}", lead.recipient_state))}</strong>
                            {lead.their_reference.clone().map(|r| view! { " – " {i18n::t_args(lang, "recipient-their-reference", &[("reference", r.into())])} })}
                        </p>
                        <h4>{tr("recipient-updates")}</h4>
                        <ol class="timeline">
                            {lead.messages.iter().map(|m| view! {
                                <li>
                                    <span class="hint">{m.at.clone()}</span>" – "{tr(&format!("recipient-state-{}", m.state))}
                                    {m.outcome.clone().map(|o| view! { " – " {tr(&format!("recipient-outcome-{o}"))} })}
                                    {m.reference.clone().map(|r| view! { " – " {i18n::t_args(lang, "recipient-their-reference", &[("reference", r.into())])} })}
                                    {m.text.clone().map(|t| view! { <p class="recipient-message">{t}</p> })}
                                </li>
                            }).collect_view()}
                        </ol>
                    </div>
                })}
            })}
        </li>
    }
    .into_any()
}

/// A phone number as published, linked with `tel:` where it reads as one.
fn phone_link(p: String) -> AnyView {
    match tel_href(&p) {
        Some(h) => view! { <a href=h>{p}</a> }.into_any(),
        None => view! { {p} }.into_any(),
    }
}

/// The routing answer as a list of recipients (see [`RecipientItem`]); in the form, `consented` holds the
/// keys ticked so far.
pub fn recipients_list(
    steps: Vec<StepView>,
    consented: Option<Vec<String>>,
    receipt: bool,
) -> impl IntoView {
    view! {
        <ol class="steps">
            {by_recipient(steps).into_iter().map(|g| {
                let consent = consented.as_ref().map(|c| c.contains(&g[0].key));
                match consent {
                    Some(c) => view! { <RecipientItem steps=g consent=c receipt=receipt /> }.into_any(),
                    None => view! { <RecipientItem steps=g receipt=receipt /> }.into_any(),
                }
            }).collect_view()}
        </ol>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_become_tel_links() {
        assert_eq!(tel_href("010-240 40 40").as_deref(), Some("tel:0102404040"));
        assert_eq!(
            tel_href("+33 (0)1 23 45 67 89").as_deref(),
            Some("tel:+330123456789")
        );
        assert_eq!(
            tel_href("116 116 (free, 24/7)").as_deref(),
            Some("tel:116116")
        );
        assert_eq!(tel_href("112").as_deref(), Some("tel:112"));
        assert_eq!(tel_href("call the police"), None);
        assert_eq!(tel_href("17"), None);
    }

    fn step(key: &str, group: &str) -> StepView {
        StepView {
            key: key.into(),
            kind: "csirt".into(),
            service: String::new(),
            optional: String::new(),
            alternatives: vec![],
            needs_region: false,
            deadline_months: None,
            deadline_from: None,
            contact: None,
            deadline_hours: None,
            deadline_at: None,
            deadline_utc: None,
            legal_basis: None,
            legal_basis_en: false,
            group: group.into(),
            later: false,
            why: String::new(),
            deliverable: true,
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
    }

    #[test]
    fn steps_are_grouped_by_recipient_in_order_of_first_appearance() {
        let g = by_recipient(vec![
            step("nis2-early-warning", "de-bsi"),
            step("gdpr", "de-dpa"),
            step("nis2-notification", "de-bsi"),
            step("complaint", "de-police"),
            step("nis2-final-report", "de-bsi"),
        ]);
        let keys: Vec<Vec<&str>> = g
            .iter()
            .map(|g| g.iter().map(|s| s.key.as_str()).collect())
            .collect();
        assert_eq!(
            keys,
            vec![
                vec![
                    "nis2-early-warning",
                    "nis2-notification",
                    "nis2-final-report"
                ],
                vec!["gdpr"],
                vec!["complaint"]
            ]
        );
    }
}
