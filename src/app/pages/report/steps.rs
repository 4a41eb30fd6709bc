//! One routing step as shown in the preview, the receipt and "What happened?": recipient, channels, deadline.

use crate::api::report::StepView;
use crate::app::{tr, use_locale};
use crate::i18n;
use leptos::prelude::*;

/// The legal deadline of a step: hours or months from awareness or from the previous notification, or
/// "without undue delay" for a duty without a fixed clock.
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
            {step.deadline_at.clone().map(|d| view! { " – " {i18n::t_args(lang, "report-deadline-at", &[("date", d.into())])} })}</p>
        }
        .into_any(),
    )
}

/// One routing step: who, why, deadline, channels, and (in the form) the consent checkbox.
#[component]
pub fn StepItem(
    step: StepView,
    #[prop(optional)] consent: Option<bool>,
    #[prop(optional)] receipt: bool,
) -> impl IntoView {
    let lang = use_locale().tag;
    let kind_label = tr(&format!("report-step-{}", step.kind));
    let name = step
        .contact
        .as_ref()
        .map(|c| c.name.clone())
        .unwrap_or_else(|| kind_label.clone());
    let unverified = |f: &str| {
        step.contact
            .as_ref()
            .is_some_and(|c| c.unverified.iter().any(|u| u == f))
    };
    let check =
        move || view! { <span class="unverified">" ("{tr("report-contact-unverified")}")"</span> };
    view! {
        <li class="step">
            <h3>{kind_label.clone()}{step.contact.as_ref().map(|c| view! { ": " <span lang="und">{c.name.clone()}</span> })}</h3>
            <p>{step.why.clone()}</p>
            {(!step.optional.is_empty()).then(|| view! { <p class="optional"><strong>{tr("report-step-optional")}</strong>" – "{step.optional.clone()}</p> })}
            {deadline_line(&step, lang)}
            {step.needs_region.then(|| view! { <p class="notice">{tr("report-needs-region")}</p> })}
            {(!step.alternatives.is_empty()).then(|| view! {
                {(!step.needs_region).then(|| view! { <p class="meta-line">{tr("report-alternatives")}</p> })}
                <ul class="alternatives">
                    {step.alternatives.iter().map(|c| {
                        let link = c.report_url.clone().or(c.website.clone());
                        view! { <li><span lang="und">{c.name.clone()}</span>{link.map(|u| view! { " – " <a href=u.clone() rel="noopener noreferrer">{u.clone()}</a> })}{c.phone.clone().map(|p| view! { " – " {p} })}</li> }
                    }).collect_view()}
                </ul>
            })}
            {step.legal_basis.clone().map(|b| view! { <p class="meta-line" lang="en">{i18n::t_args(lang, "report-legal-basis", &[("basis", b.into())])}</p> })}
            {step.contact.clone().map(|c| view! {
                <ul class="channels">
                    {c.report_url.clone().map(|u| view! { <li>{tr("report-contact-form")}": "<a href=u.clone() rel="noopener noreferrer">{u.clone()}</a>{unverified("report_url").then(check)}</li> })}
                    {c.report_email.clone().map(|e| view! { <li>{tr("report-contact-email")}": "<a href=format!("mailto:{e}")>{e.clone()}</a>{unverified("report_email").then(check)}</li> })}
                    {c.phone.clone().map(|p| view! { <li>{tr("report-contact-phone")}": "{p.clone()}{unverified("phone").then(check)}</li> })}
                    {c.website.clone().map(|u| view! { <li>{tr("report-contact-website")}": "<a href=u.clone() rel="noopener noreferrer">{u.clone()}</a>{unverified("website").then(check)}</li> })}
                    {c.source_url.clone().map(|u| view! { <li class="meta-line">{tr("report-contact-source")}": "<a href=u.clone() rel="noopener noreferrer">{u.clone()}</a></li> })}
                </ul>
            })}
            {(step.contact.is_none() && step.kind == "bank").then(|| view! { <p>{tr("report-no-contact")}</p> })}
            {consent.map(|checked| if step.deliverable {
                let id = format!("consent-{}", step.key);
                view! {
                    <p class="consent">
                        <input type="checkbox" name="consent" value=step.key.clone() id=id.clone() checked=checked />
                        <label for=id>{i18n::t_args(lang, "report-consent", &[("name", name.clone().into())])}</label>
                    </p>
                }.into_any()
            } else {
                view! { <p class="meta-line">{tr("report-consent-unavailable")}</p> }.into_any()
            })}
            {receipt.then(|| view! {
                <p class="state"><strong>{tr(&format!("receipt-state-{}", if step.state.is_empty() { "not-sent" } else { step.state.as_str() }))}</strong></p>
                {(!step.delivery_note.is_empty()).then(|| view! { <p class="state-note">{tr(&step.delivery_note)}</p> })}
            })}
        </li>
    }
    .into_any()
}
