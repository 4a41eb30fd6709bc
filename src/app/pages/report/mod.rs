//! `/{lang}/report` (the form and its routing preview; a plain HTML form posted to the same URL),
//! `/{lang}/report/receipt` and `/{lang}/report/status` (reference + private code, no account).

use crate::api::report::{get_report_form, FieldError, PostedForm, ReportFormState};
use crate::app::components::cards::AllAlternates;
use crate::app::{tr, use_locale};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_query_map};

use crate::api::report::{
    CURRENCIES, MAX_DESCRIPTION, MIN_DESCRIPTION, PAYMENTS, ROLES, VICTIM_TYPES as VICTIMS,
};

mod evidence;
mod receipt;
mod steps;

pub use evidence::{fingerprint_line, human_size};
pub use receipt::{withdraw_form_html, ReceiptPage, StatusPage};
pub use steps::{recipients_list, tel_href, RecipientItem};

/// Leptos writes `<textarea>` children unescaped (a raw-text element in tachys), so on the server the text
/// is escaped here; otherwise a description containing `</textarea>` would break out of the element. The
/// browser decodes the entities, and hydration sees the plain text.
pub(crate) fn textarea_text(s: &str) -> String {
    if cfg!(feature = "ssr") {
        crate::html::escape(s)
    } else {
        s.to_owned()
    }
}

/// With JavaScript: checks a field against its HTML constraints (`required`, `minlength`, `maxlength`,
/// `type=email`) while the victim types and marks it `aria-invalid` (styled red). Empty required fields are
/// only flagged when leaving them (`focusout`), not while typing. The server validates again on submit.
#[cfg(feature = "hydrate")]
fn live_check(ev: leptos::web_sys::Event, leaving: bool) {
    use leptos::wasm_bindgen::JsCast;
    use leptos::web_sys::{Element, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
    let Some(t) = ev.target() else { return };
    let (valid, empty) = if let Some(i) = t.dyn_ref::<HtmlInputElement>() {
        if i.type_() == "checkbox" || i.type_() == "radio" {
            return;
        }
        (i.check_validity(), i.value().trim().is_empty())
    } else if let Some(a) = t.dyn_ref::<HtmlTextAreaElement>() {
        (a.check_validity(), a.value().trim().is_empty())
    } else if let Some(s) = t.dyn_ref::<HtmlSelectElement>() {
        (s.check_validity(), s.value().is_empty())
    } else {
        return;
    };
    let el: &Element = t.unchecked_ref();
    let _ = if valid || (empty && !leaving) {
        el.remove_attribute("aria-invalid")
    } else {
        el.set_attribute("aria-invalid", "true")
    };
}

/// With JavaScript, on the error summary: a link moves focus to its field (not only the scroll position) and
/// shows the field's label above it, as GOV.UK's error summary does.
#[cfg(feature = "hydrate")]
fn focus_field(ev: leptos::web_sys::Event) {
    use leptos::wasm_bindgen::JsCast;
    let Some(t) = ev.target() else { return };
    let Ok(Some(a)) = t
        .unchecked_ref::<leptos::web_sys::Element>()
        .closest(".error-summary a")
    else {
        return;
    };
    let Some(id) = a
        .get_attribute("href")
        .and_then(|h| h.strip_prefix('#').map(str::to_owned))
    else {
        return;
    };
    let Some(field) = document().get_element_by_id(&id) else {
        return;
    };
    ev.prevent_default();
    let label = document()
        .query_selector(&format!("label[for='{id}']"))
        .ok()
        .flatten()
        .unwrap_or_else(|| field.clone());
    label.scroll_into_view();
    if let Some(h) = field.dyn_ref::<leptos::web_sys::HtmlElement>() {
        let opts = leptos::web_sys::FocusOptions::new();
        opts.set_prevent_scroll(true);
        let _ = h.focus_with_options(&opts);
    }
}

/// Island: the report form's behaviour with JavaScript, attached to the server-rendered form with id
/// `form_id` (which works without it):
/// - live checks (see `live_check`) on `input` while typing and `focusout` when leaving a field;
/// - the error summary's links focus their field (see `focus_field`);
/// - a filled form is not lost by leaving: choosing another language in the language menu posts the form to
///   that language's report page (`action=keep`: the same answers, in the new language), and any other way
///   out (a link, closing the tab) asks the browser's "leave this page?" first. Sending the form does not ask.
#[island]
pub fn LiveChecks(form_id: String) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    {
        use leptos::wasm_bindgen::{closure::Closure, JsCast};
        use std::cell::Cell;
        use std::rc::Rc;
        let Some(form) = document().get_element_by_id(&form_id) else {
            return;
        };
        let on = |target: &leptos::web_sys::EventTarget,
                  event: &str,
                  f: Box<dyn Fn(leptos::web_sys::Event)>| {
            let cb = Closure::<dyn Fn(leptos::web_sys::Event)>::new(f);
            let _ = target.add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
            // the form lives as long as the page
            cb.forget();
        };
        let changed = Rc::new(Cell::new(false));
        let sending = Rc::new(Cell::new(false));
        for (event, leaving) in [("input", false), ("focusout", true)] {
            let changed = changed.clone();
            on(
                &form,
                event,
                Box::new(move |ev| {
                    if !leaving {
                        changed.set(true);
                    }
                    live_check(ev, leaving)
                }),
            );
        }
        {
            let sending = sending.clone();
            on(&form, "submit", Box::new(move |_| sending.set(true)));
        }
        on(&document(), "click", Box::new(focus_field));
        let html_form: leptos::web_sys::HtmlFormElement = form.clone().unchecked_into();
        // what was typed: changed here, or brought back by the server (a preview, errors)
        let filled = {
            let form = html_form.clone();
            let changed = changed.clone();
            move || {
                changed.get()
                    || form
                        .get_with_name("description")
                        .and_then(|d| d.dyn_into::<leptos::web_sys::HtmlTextAreaElement>().ok())
                        .is_some_and(|d| !d.value().trim().is_empty())
            }
        };
        {
            let filled = filled.clone();
            let sending = sending.clone();
            let form = html_form.clone();
            on(
                &document(),
                "click",
                Box::new(move |ev| {
                    let Some(t) = ev.target() else { return };
                    let Ok(Some(a)) = t
                        .unchecked_ref::<leptos::web_sys::Element>()
                        .closest(".lang-switcher a[hreflang]")
                    else {
                        return;
                    };
                    if !filled() {
                        return;
                    }
                    let Some(lang) = a.get_attribute("hreflang") else {
                        return;
                    };
                    ev.prevent_default();
                    let Ok(keep) = document().create_element("input") else {
                        return;
                    };
                    let _ = keep.set_attribute("type", "hidden");
                    let _ = keep.set_attribute("name", "action");
                    let _ = keep.set_attribute("value", "keep");
                    let _ = form.append_child(&keep);
                    form.set_action(&format!("/{lang}/report"));
                    sending.set(true);
                    let _ = form.submit();
                }),
            );
        }
        on(
            &window(),
            "beforeunload",
            Box::new(move |ev| {
                if !sending.get() && filled() {
                    ev.prevent_default();
                    let _ = js_sys::Reflect::set(&ev, &"returnValue".into(), &"".into());
                }
            }),
        );
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = form_id;
}

/// The element an error summary link points at: the field's control, the first option of a radio group
/// (a fieldset cannot take focus), the recipients for "nothing ticked", the form for a form-wide error.
fn field_target(field: &str) -> String {
    match field {
        "victim" => format!("victim-{}", VICTIMS[0]),
        "role" => format!("role-{}", ROLES[0]),
        "preview" => "preview-title".into(),
        "evidence" => "evidence-0-name".into(),
        "form" => "report-form".into(),
        f => f.to_owned(),
    }
}

fn error_for(errors: &[FieldError], field: &str) -> Option<String> {
    errors
        .iter()
        .find(|e| e.field == field)
        .map(|e| tr(&e.message))
}

/// A field's error line and the attributes that tie it to the control.
fn field_error(errors: &[FieldError], field: &'static str) -> impl IntoView {
    error_for(errors, field)
        .map(|m| view! { <p class="field-error" id=format!("{field}-error")>{m}</p> })
}

fn invalid(errors: &[FieldError], field: &str) -> Option<&'static str> {
    errors.iter().any(|e| e.field == field).then_some("true")
}

fn described(errors: &[FieldError], field: &str, hint: Option<&str>) -> Option<String> {
    let mut ids = Vec::new();
    if let Some(h) = hint {
        ids.push(h.to_owned());
    }
    if errors.iter().any(|e| e.field == field) {
        ids.push(format!("{field}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The questions that change the answer, asked once the rest of the form is known (after a preview): the
/// region where a service is regional, the sector and role of an organisation, how money left, whether a lost
/// device was encrypted. Without JavaScript this is the preview step asking.
fn more_questions(st: &ReportFormState) -> Option<AnyView> {
    let i = &st.input;
    let e = &st.errors;
    let org = !i.victim.is_empty() && i.victim != "citizen";
    let ask_region = !st.regions.is_empty()
        && (!i.region.is_empty()
            || st
                .preview
                .as_ref()
                .is_some_and(|p| p.iter().any(|s| s.needs_region)));
    let ask_sector = org;
    let ask_role = org && i.personal_data;
    let ask_payment = i.money_lost || !i.amount.trim().is_empty() || !i.payment.is_empty();
    let ask_device = i.incident == "lost-device" && i.personal_data && org;
    // prefilled answers (from "What happened?") are shown at once so that they are posted with the form
    let prefilled = !i.region.is_empty()
        || !i.sector.is_empty()
        || !i.payment.is_empty()
        || !i.role.is_empty()
        || i.device_encrypted
        || i.payment_recent
        || i.self_approved;
    let asked = st.preview.is_some() || !e.is_empty() || prefilled;
    if !asked || !(ask_region || ask_sector || ask_role || ask_payment || ask_device) {
        return None;
    }
    Some(view! {
        <fieldset class="more-questions">
            <legend>{tr("report-section-more")}</legend>
            {ask_region.then(|| view! {
                <label for="region">{tr("report-field-region")}</label>
                {field_error(e, "region")}
                <select id="region" name="region" aria-invalid=invalid(e, "region") aria-describedby=described(e, "region", None)>
                    <option value="" selected=i.region.is_empty()>{tr("report-field-region-choose")}</option>
                    {st.regions.iter().map(|(code, name)| view! { <option value=code.clone() selected=i.region.eq_ignore_ascii_case(code) lang="und">{name.clone()}</option> }).collect_view()}
                </select>
            })}
            {ask_sector.then(|| view! {
                <label for="sector">{tr("report-field-sector")}</label>
                <p class="hint" id="sector-hint">{tr("report-field-sector-hint")}</p>
                {field_error(e, "sector")}
                <select id="sector" name="sector" aria-invalid=invalid(e, "sector") aria-describedby=described(e, "sector", Some("sector-hint"))>
                    <option value="" selected=i.sector.is_empty()>{tr("report-field-sector-none")}</option>
                    {st.sectors.iter().map(|s| view! { <option value=s.clone() selected=i.sector == *s>{tr(&format!("report-sector-{s}"))}</option> }).collect_view()}
                </select>
            })}
            {ask_role.then(|| view! {
                <fieldset class="choices" id="role">
                    <legend>{tr("report-field-role")}</legend>
                    {field_error(e, "role")}
                    {ROLES.iter().map(|r| {
                        let id = format!("role-{r}");
                        let checked = i.role == *r || (i.role.is_empty() && *r == "unsure");
                        view! { <p><input type="radio" name="role" value=*r id=id.clone() checked=checked /><label for=id>{tr(&format!("report-role-{r}"))}</label></p> }
                    }).collect_view()}
                </fieldset>
            })}
            {ask_payment.then(|| view! {
                <label for="payment">{tr("report-field-payment")}</label>
                {field_error(e, "payment")}
                <select id="payment" name="payment" aria-invalid=invalid(e, "payment")>
                    <option value="" selected=i.payment.is_empty()>"–"</option>
                    {PAYMENTS.iter().map(|p| view! { <option value=*p selected=i.payment == *p>{tr(&format!("report-payment-{p}"))}</option> }).collect_view()}
                </select>
                <p><input type="checkbox" id="payment_recent" name="payment_recent" checked=i.payment_recent /><label for="payment_recent">{tr("report-field-payment-recent")}</label></p>
                <p><input type="checkbox" id="self_approved" name="self_approved" checked=i.self_approved /><label for="self_approved">{tr("report-field-self-approved")}</label></p>
            })}
            {ask_device.then(|| view! {
                <p><input type="checkbox" id="device_encrypted" name="device_encrypted" checked=i.device_encrypted /><label for="device_encrypted">{tr("report-field-device-encrypted")}</label></p>
            })}
        </fieldset>
    }.into_any())
}

fn form_view(st: ReportFormState) -> AnyView {
    let lang = use_locale().tag;
    // the preview's link after sending: never a second send from it
    if let Some((reference, receipt)) = st.sent.clone() {
        return view! {
            <div class="notice" role="status">
                <p><strong>{crate::i18n::t_args(lang, "report-draft-sent", &[("reference", reference.into())])}</strong></p>
                <p><a href=receipt>{tr("report-draft-receipt")}</a></p>
            </div>
            <p><a class="button" href=format!("/{lang}/report")>{tr("report-draft-new")}</a></p>
        }
        .into_any();
    }
    let expired = st
        .expired
        .then(|| view! { <p class="notice" role="status">{tr("report-draft-expired")}</p> });
    let e = st.errors.clone();
    let i = st.input.clone();
    // The summary takes focus when the page loads (autofocus works without JavaScript), and the tab title says
    // there are errors, so that a screen reader announces them after a failed send.
    let summary = (!e.is_empty()).then(|| {
        view! {
            <Title text=crate::i18n::t_args(lang, "error-title-prefix", &[("title", tr("report-title").into())]) />
            <div class="error-summary" role="alert" tabindex="-1" id="errors" autofocus>
                <h2>{tr("report-errors-title")}</h2>
                <ul>{e.iter().map(|x| view! { <li><a href=format!("#{}", field_target(&x.field))>{tr(&x.message)}</a></li> }).collect_view()}</ul>
            </div>
        }
    });
    let has_preview = st.preview.is_some();
    // "send" was pressed with no recipient ticked: offer to keep the report only as the victim's own record
    let no_recipient = st
        .errors
        .iter()
        .any(|x| x.message == "report-error-no-recipient");
    view! {
        {expired}
        {summary}
        <form
            method="post"
            action=format!("/{lang}/report")
            class="report-form"
            id="report-form"
            novalidate
        >
            <input type="hidden" name="form_key" value=i.form_key.clone() />
            {(!st.draft.is_empty()).then(|| view! { <input type="hidden" name="draft" value=st.draft.clone() /> })}
            <p class="visually-hidden" aria-hidden="true">
                <label for="website">{tr("report-honeypot")}</label>
                <input type="text" id="website" name="website" tabindex="-1" autocomplete="off" value="" />
            </p>
            <p class="meta-line">{tr("report-required-note")}</p>

            <fieldset>
                <legend>{tr("report-section-who")}</legend>
                <label for="country">{tr("report-field-country")}</label>
                {field_error(&e, "country")}
                <select id="country" name="country" required aria-invalid=invalid(&e, "country") aria-describedby=described(&e, "country", None)>
                    <option value="" selected=i.country.is_empty()>{tr("report-field-country-choose")}</option>
                    {st.countries.iter().map(|(code, name)| view! {
                        <option value=code.clone() selected=i.country.eq_ignore_ascii_case(code)>{name.clone()}</option>
                    }).collect_view()}
                    <option value="ZZ" selected=i.country == "ZZ">{tr("report-field-country-other")}</option>
                </select>
                <fieldset class="choices" id="victim" aria-describedby=described(&e, "victim", None)>
                    <legend>{tr("report-field-victim")}</legend>
                    {field_error(&e, "victim")}
                    {VICTIMS.iter().map(|v| {
                        let id = format!("victim-{v}");
                        view! {
                            <p><input type="radio" name="victim" value=*v id=id.clone() checked=i.victim == *v required />
                            <label for=id>{tr(&format!("report-victim-{v}"))}</label></p>
                        }
                    }).collect_view()}
                </fieldset>
            </fieldset>

            <fieldset>
                <legend>{tr("report-section-what")}</legend>
                <label for="incident">{tr("report-field-incident")}</label>
                {field_error(&e, "incident")}
                <select id="incident" name="incident" required aria-invalid=invalid(&e, "incident") aria-describedby=described(&e, "incident", None)>
                    <option value="" selected=i.incident.is_empty()>{tr("report-field-incident-choose")}</option>
                    {st.incident_types.iter().filter(|t| *t != "other").map(|t| view! {
                        <option value=t.clone() selected=i.incident == *t>{tr(&format!("incident-{t}"))}</option>
                    }).collect_view()}
                    <option value="other" selected=i.incident == "other">{tr("report-incident-unknown")}</option>
                </select>
                <label for="description">{tr("report-field-description")}</label>
                <p class="hint" id="description-hint">{tr("report-field-description-hint")}</p>
                {field_error(&e, "description")}
                <textarea id="description" name="description" rows="6" minlength=MIN_DESCRIPTION.to_string() maxlength=MAX_DESCRIPTION.to_string() required
                    aria-invalid=invalid(&e, "description") aria-describedby=described(&e, "description", Some("description-hint"))>
                    {textarea_text(&i.description)}
                </textarea>
                <p class="hint" id="dates-hint">{tr("report-field-dates-hint")}</p>
                <label for="started_at">{tr("report-field-started")}</label>
                {field_error(&e, "started_at")}
                <input type="datetime-local" id="started_at" name="started_at" value=i.started_at.clone() aria-invalid=invalid(&e, "started_at") aria-describedby=described(&e, "started_at", Some("dates-hint")) />
                <label for="aware_at">{tr("report-field-aware")}</label>
                {field_error(&e, "aware_at")}
                <input type="datetime-local" id="aware_at" name="aware_at" value=i.aware_at.clone() aria-invalid=invalid(&e, "aware_at") aria-describedby=described(&e, "aware_at", Some("dates-hint")) />
                <p><input type="checkbox" id="ongoing" name="ongoing" checked=i.ongoing /><label for="ongoing">{tr("report-field-ongoing")}</label></p>
                <p><input type="checkbox" id="minor" name="minor" checked=i.minor /><label for="minor">{tr("report-field-minor")}</label></p>
            </fieldset>

            <fieldset>
                <legend>{tr("report-section-money")}</legend>
                <p><input type="checkbox" id="money_lost" name="money_lost" checked=i.money_lost /><label for="money_lost">{tr("report-field-money-lost")}</label></p>
                <div class="inline-fields">
                    <span>
                        <label for="amount">{tr("report-field-amount")}</label>
                        {field_error(&e, "amount")}
                        <input type="text" inputmode="decimal" id="amount" name="amount" value=i.amount.clone() aria-invalid=invalid(&e, "amount") aria-describedby=described(&e, "amount", None) />
                    </span>
                    <span>
                        <label for="currency">{tr("report-field-currency")}</label>
                        {field_error(&e, "currency")}
                        <select id="currency" name="currency" aria-invalid=invalid(&e, "currency")>
                            {CURRENCIES.iter().map(|c| view! { <option value=*c selected=i.currency == *c || (i.currency.is_empty() && *c == "EUR")>{*c}</option> }).collect_view()}
                        </select>
                    </span>
                </div>
                <p><input type="checkbox" id="cross_border" name="cross_border" checked=i.cross_border /><label for="cross_border">{tr("report-field-cross-border")}</label></p>
                <p><input type="checkbox" id="personal_data" name="personal_data" checked=i.personal_data /><label for="personal_data">{tr("report-field-personal-data")}</label></p>
            </fieldset>

            <fieldset>
                <legend>{tr("report-section-contact")}</legend>
                <p class="hint" id="contact-hint">{tr("report-contact-hint")}</p>
                <label for="contact_email">{tr("report-field-email")}</label>
                {field_error(&e, "contact_email")}
                <input type="email" id="contact_email" name="contact_email" autocomplete="email" value=i.contact_email.clone() aria-invalid=invalid(&e, "contact_email") aria-describedby=described(&e, "contact_email", Some("contact-hint")) />
                <label for="contact_phone">{tr("report-field-phone")}</label>
                {field_error(&e, "contact_phone")}
                <input type="tel" id="contact_phone" name="contact_phone" autocomplete="tel" value=i.contact_phone.clone() aria-invalid=invalid(&e, "contact_phone") aria-describedby=described(&e, "contact_phone", Some("contact-hint")) />
                {field_error(&e, "anonymous")}
                <p><input type="checkbox" id="anonymous" name="anonymous" checked=i.anonymous /><label for="anonymous">{tr("report-field-anonymous")}</label></p>
                {field_error(&e, "notify_updates")}
                <p><input type="checkbox" id="notify_updates" name="notify_updates" checked=i.notify_updates aria-describedby="notify-hint" /><label for="notify_updates">{tr("report-field-notify")}</label></p>
                <p class="hint" id="notify-hint">{tr("report-notify-hint")}</p>
            </fieldset>

            {more_questions(&st)}

            {evidence::evidence_fieldset(&i.evidence, &e, Some(
                st.evidence_guides
                    .iter()
                    .find(|(t, _)| *t == i.incident)
                    .map(|(_, slug)| format!("/{lang}/evidence/{slug}"))
                    .unwrap_or_else(|| format!("/{lang}/evidence")),
            ))}

            {st.preview.clone().map(|steps| {
                let consented = i.consent.clone();
                view! {
                    <section class="preview" aria-labelledby="preview-title" id="preview">
                        // the page lands here (#preview) and focus moves to the heading, so it is announced
                        <h2 id="preview-title" tabindex="-1" autofocus=e.is_empty()>{tr("report-preview-title")}</h2>
                        {(!st.covered).then(|| view! { <p class="notice">{tr("report-preview-uncovered")}</p> })}
                        <p>{tr("report-preview-lead")}</p>
                        {steps::recipients_list(steps, Some(consented), false)}
                        // the point of consent: what is stored, for how long, who receives it
                        <p class="privacy-link">{tr("report-privacy-before")}" "<a href=format!("/{lang}/privacy")>{tr("report-privacy-link")}</a></p>
                        <p class="hint">{tr("report-edit-hint")}</p>
                    </section>
                }
            })}

            <p class="actions">
                <button type="submit" name="action" value="preview" class=if has_preview { "secondary" } else { "" }>{tr("report-preview-button")}</button>
                {has_preview.then(|| view! { " " <button type="submit" name="action" value="send">{tr("report-send-button")}</button> })}
                {no_recipient.then(|| view! { " " <button type="submit" name="action" value="record" class="secondary">{tr("report-record-button")}</button> })}
            </p>
        </form>
        <LiveChecks form_id="report-form".to_owned() />
    }
    .into_any()
}

/// Report pages hold what a victim typed (or the key to it): never stored by browsers or proxies.
fn no_store() {
    #[cfg(feature = "ssr")]
    if let Some(opts) = use_context::<leptos_axum::ResponseOptions>() {
        opts.insert_header(
            http::header::CACHE_CONTROL,
            http::HeaderValue::from_static("no-store"),
        );
    }
}

/// The report page.
#[component]
pub fn ReportPage() -> impl IntoView {
    no_store();
    let query = use_query_map();
    let posted = use_context::<PostedForm>().map(|p| p.0);
    let incident = query.read_untracked().get("incident");
    // the answers of "What happened?" (or any link) prefill the form: country, victim, incident, flags, ...
    let prefill = use_location().search.get_untracked();
    let lang = use_locale().tag;
    let data = Resource::new(
        || (),
        move |_| {
            let posted = posted.clone();
            let incident = incident.clone();
            let prefill = prefill.trim_start_matches('?').to_owned();
            async move {
                match posted {
                    Some(p) => Ok(p),
                    None => get_report_form(lang.to_owned(), incident, prefill).await,
                }
            }
        },
    );
    view! {
        <Title text=tr("report-title") />
        <AllAlternates rest="/report".to_owned() />
        <h1>{tr("report-title")}</h1>
        <p class="lead">{tr("report-lead")}</p>
        <p class="emergency" role="note"><strong>{tr("home-emergency")}</strong></p>
        <p class="notice" role="note">{tr("report-never-ask")}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move { data.await.ok().map(form_view) })}
        </Suspense>
    }
}
