//! The receipt after sending and the status page of a stored report.

use super::steps::recipients_list;
use super::*;
use crate::api::report::{get_report_status, ReceiptView};
use crate::app::components::cards::AllAlternates;
use crate::app::pages::not_found::NotFoundBody;
use crate::app::{tr, use_locale};
use crate::i18n;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

pub(super) fn receipt_view(r: ReceiptView, show_token: bool) -> AnyView {
    let lang = use_locale().tag;
    let json_url = format!("/api/v1/reports/{}?token={}", r.reference, r.token);
    let status_url = format!(
        "/{lang}/report/status?ref={}&token={}",
        r.reference, r.token
    );
    view! {
        <dl class="receipt-ids">
            <dt>{tr("receipt-reference")}</dt>
            <dd><strong class="reference">{r.reference.clone()}</strong><br /><span class="hint">{tr("receipt-reference-hint")}</span></dd>
        </dl>
        <p>{i18n::t_args(lang, "receipt-received", &[("date", r.received.clone().into())])}
            {(!r.zone.is_empty()).then(|| view! { " " <small class="utc">{i18n::t_args(lang, "receipt-zone-hint", &[("zone", r.zone.clone().into()), ("utc", r.received_utc.clone().into())])}</small> })}</p>
        {show_token.then(|| view! {
            <section class="private" aria-labelledby="private-title">
                <h2 id="private-title">{tr("receipt-private-title")}</h2>
                <dl class="receipt-ids">
                    <dt>{tr("receipt-token")}</dt>
                    <dd><code class="token">{r.token.clone()}</code><br /><span class="hint">{tr("receipt-token-hint")}</span></dd>
                </dl>
                <p class="actions">
                    <a class="button" href=json_url.clone() download=format!("cyberhelp-{}.json", r.reference)>{tr("receipt-download-json")}</a>" "
                    <a href=status_url.clone()>{tr("receipt-status-link")}</a>
                </p>
                <p class="hint">{tr("receipt-print-hint")}</p>
            </section>
        })}
        <h2>{tr("receipt-steps")}</h2>
        {recipients_list(r.steps.clone(), None, true)}
        <h2>{tr("receipt-your-report")}</h2>
        {r.purged_at.clone().map(|d| view! {
            <p class="notice purged">{i18n::t_args(lang, "status-purged-notice", &[("date", d.into())])}</p>
        })}
        <dl class="facts">
            {r.facts.iter().map(|(k, v)| view! { <dt>{k.clone()}</dt><dd>{v.clone()}</dd> }).collect_view()}
            {r.purged_at.is_none().then(|| view! {
                <dt>{short(&tr("report-field-description"))}</dt><dd class="description">{r.input.description.clone()}</dd>
            })}
        </dl>
        {(!r.flags.is_empty()).then(|| view! {
            <h3>{tr("receipt-flags")}</h3>
            <ul class="flags">{r.flags.iter().map(|f| view! { <li>{f.clone()}</li> }).collect_view()}</ul>
        })}
        {(!r.evidence.is_empty()).then(|| view! {
            <h3>{tr("receipt-evidence")}</h3>
            <p class="hint">{tr("receipt-evidence-hint")}</p>
            <ol class="evidence-receipt">
                {r.evidence.iter().map(|x| view! {
                    <li>
                        <strong class="evidence-name">{x.name.clone()}</strong>
                        {(!x.note.is_empty()).then(|| view! { " – " {x.note.clone()} })}
                        {x.fingerprint.clone().map(|f| view! { <br /><code class="fingerprint">{f}</code> })}
                        {x.modified.clone().map(|d| view! { <br /><span class="hint">{i18n::t_args(lang, "receipt-evidence-modified", &[("date", d.into())])}</span> })}
                    </li>
                }).collect_view()}
            </ol>
        })}
    }
    .into_any()
}

/// The status page's withdrawal form, as HTML (also the refusal page's, shown again with `error` when the
/// confirmation box was not ticked): `POST /{lang}/report/status/withdraw` with `ref`, `token`, `confirm=yes`.
pub fn withdraw_form_html(lang: &str, reference: &str, token: &str, error: bool) -> String {
    use crate::html::escape as esc;
    let t = |k: &str| esc(&i18n::t(lang, k));
    format!(
        "<form method=\"post\" action=\"/{lang}/report/status/withdraw\" class=\"withdraw-form\">\
         <input type=\"hidden\" name=\"ref\" value=\"{r}\"><input type=\"hidden\" name=\"token\" value=\"{tok}\">\
         {err}<p class=\"consent\"><input type=\"checkbox\" name=\"confirm\" value=\"yes\" id=\"withdraw-confirm\" required{invalid}>\
         <label for=\"withdraw-confirm\">{label}</label></p>\
         <p><button type=\"submit\" class=\"danger\">{button}</button></p></form>",
        r = esc(reference),
        tok = esc(token),
        err = if error {
            format!(
                "<p class=\"field-error\" id=\"withdraw-error\" role=\"alert\">{}</p>",
                t("status-withdraw-error-confirm")
            )
        } else {
            String::new()
        },
        invalid = if error {
            " aria-invalid=\"true\" aria-describedby=\"withdraw-error\""
        } else {
            ""
        },
        label = t("status-withdraw-confirm"),
        button = t("status-withdraw-button"),
    )
}

/// Withdrawing the report: the form (with what it does and what it cannot undo), or, once withdrawn, when it
/// happened and how many recipients are told. `done` shows the confirmation right after withdrawing.
fn withdrawal_section(r: &ReceiptView, token: &str, done: bool) -> AnyView {
    let lang = use_locale().tag;
    match r.withdrawn_at.clone() {
        Some(at) => {
            let told = r
                .steps
                .iter()
                .filter(|s| s.withdrawal.as_deref().is_some_and(|w| w != "withdrawn"))
                .count();
            view! {
                <section id="withdrawal" class="withdrawal" aria-labelledby="withdrawal-title">
                    <h2 id="withdrawal-title">{tr("status-withdrawn-title")}</h2>
                    {done.then(|| view! { <p class="notice" role="status">{tr("status-withdrawn-done")}</p> })}
                    <p>{i18n::t_args(lang, "status-withdrawn-notice", &[("date", at.into())])}</p>
                    <p>{i18n::t_args(lang, "status-withdrawn-told", &[("count", (told as i64).into())])}</p>
                </section>
            }
            .into_any()
        }
        None => view! {
            <section id="withdrawal" class="withdrawal" aria-labelledby="withdrawal-title">
                <h2 id="withdrawal-title">{tr("status-withdraw-title")}</h2>
                <p>{tr("status-withdraw-lead")}</p>
                <p class="hint">{tr("status-withdraw-keep")}</p>
                <div inner_html=withdraw_form_html(lang, &r.reference, token, false)></div>
            </section>
        }
        .into_any(),
    }
}

/// The recipients' questions to the victim, each with the victim's answer or, while the recipient's case is
/// open, a plain form to answer it (`POST /{lang}/report/status/answer`, no JavaScript needed). `answered`
/// shows the confirmation after an answer was taken.
fn questions_section(r: &ReceiptView, token: &str, answered: bool) -> Option<AnyView> {
    let lang = use_locale().tag;
    let asked: Vec<_> = r.steps.iter().filter(|s| !s.questions.is_empty()).collect();
    if asked.is_empty() {
        return None;
    }
    let anonymous = r.input.anonymous;
    let threads = asked
        .into_iter()
        .map(|s| {
            let name = s
                .contact
                .as_ref()
                .map(|c| c.name.clone())
                .unwrap_or_else(|| s.key.clone());
            let closed = s.thread_closed;
            view! {
                <h3>{i18n::t_args(lang, "status-questions-from", &[("name", name.into())])}</h3>
                {closed.then(|| view! { <p class="notice">{tr("status-thread-closed")}</p> })}
                <ol class="thread">
                    {s.questions.iter().map(|q| {
                        let field = format!("answer-{}", q.id);
                        let hint = format!("{field}-hint");
                        view! {
                            <li id=format!("q-{}", q.id)>
                                <p class="hint">{i18n::t_args(lang, "status-question-asked", &[("date", q.asked_at.clone().into())])}</p>
                                <blockquote class="recipient-message" id=format!("{field}-question")>{q.text.clone()}</blockquote>
                                {match (&q.answer, closed || token.is_empty()) {
                                    (Some(a), _) => view! {
                                        <p class="hint">{i18n::t_args(lang, "status-answer-yours", &[("date", q.answered_at.clone().unwrap_or_default().into())])}</p>
                                        <blockquote class="recipient-message my-answer">{a.clone()}</blockquote>
                                        <p class="state"><strong>{tr(&format!("status-answer-state-{}", q.answer_state.as_deref().unwrap_or("queued")))}</strong></p>
                                    }.into_any(),
                                    (None, false) => view! {
                                        <form method="post" action=format!("/{lang}/report/status/answer") class="answer-form">
                                            <input type="hidden" name="ref" value=r.reference.clone() />
                                            <input type="hidden" name="token" value=token.to_owned() />
                                            <input type="hidden" name="question" value=q.id.clone() />
                                            <label for=field.clone()>{tr("status-answer-label")}</label>
                                            <span class="hint" id=hint.clone()>{tr(if anonymous { "status-answer-hint-anonymous" } else { "status-answer-hint" })}</span>
                                            <textarea id=field.clone() name="answer" rows="5" maxlength=crate::api::report::MAX_ANSWER required aria-describedby=format!("{field}-question {hint}")></textarea>
                                            <p><button type="submit">{tr("status-answer-button")}</button></p>
                                        </form>
                                    }.into_any(),
                                    (None, true) => ().into_any(),
                                }}
                            </li>
                        }
                    }).collect_view()}
                </ol>
            }
        })
        .collect_view();
    Some(
        view! {
            <section id="questions" class="questions" aria-labelledby="questions-title">
                <h2 id="questions-title">{tr("status-questions-title")}</h2>
                {answered.then(|| view! { <p class="notice" role="status">{tr("status-answered-notice")}</p> })}
                <p>{tr("status-questions-lead")}</p>
                {threads}
            </section>
        }
        .into_any(),
    )
}

/// A form label without its required mark, for the receipt.
fn short(label: &str) -> String {
    label.trim().trim_end_matches('*').trim_end().to_owned()
}

/// The `ref` and `token` query parameters of the receipt and status pages (empty when absent).
pub(super) fn ref_and_token() -> (String, String) {
    use_query_map().with_untracked(|q| {
        // control characters (a NUL, say) are no reference or code: never echoed into the page
        let clean = |v: Option<String>| {
            v.filter(|s| !s.chars().any(char::is_control))
                .unwrap_or_default()
        };
        (clean(q.get("ref")), clean(q.get("token")))
    })
}

/// `/{lang}/report/receipt?ref=&token=`: shown right after sending.
#[component]
pub fn ReceiptPage() -> impl IntoView {
    no_store();
    let lang = use_locale().tag;
    let (reference, token) = ref_and_token();
    let t2 = token.clone();
    let data = Resource::new(
        move || (lang.to_owned(), reference.clone(), token.clone()),
        |(l, r, t)| get_report_status(l, r, t),
    );
    view! {
        <Title text=tr("receipt-title") />
        <Suspense fallback=|| ()>
            {move || {
                let token = t2.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(Some(mut r)) => {
                            r.token = token;
                            // nothing is on its way to anyone: never say "received"
                            let record_only = !r.steps.iter().any(|s| s.consented);
                            view! {
                                {if record_only {
                                    view! {
                                        <Title text=tr("receipt-title-record") />
                                        <h1>{tr("receipt-title-record")}</h1>
                                        <p class="notice" role="status"><strong>{tr("receipt-record-lead")}</strong></p>
                                    }.into_any()
                                } else {
                                    view! { <h1>{tr("receipt-title")}</h1> }.into_any()
                                }}
                                {receipt_view(r, true)}
                            }.into_any()
                        }
                        _ => view! { <NotFoundBody /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// `/{lang}/report/status`: a GET form (reference + private code) and the report's state.
#[component]
pub fn StatusPage() -> impl IntoView {
    no_store();
    let lang = use_locale().tag;
    let (reference, token) = ref_and_token();
    let asked = !reference.is_empty() || !token.is_empty();
    let (r2, t2, t3) = (reference.clone(), token.clone(), token.clone());
    let answered = use_query_map().with_untracked(|q| q.get("answered").is_some());
    let withdrawn = use_query_map().with_untracked(|q| q.get("withdrawn").is_some());
    let data = Resource::new(
        move || (lang.to_owned(), reference.clone(), token.clone()),
        move |(l, r, t)| async move {
            if r.is_empty() {
                Ok(None)
            } else {
                get_report_status(l, r, t).await
            }
        },
    );
    view! {
        <Title text=tr("status-title") />
        <AllAlternates rest="/report/status".to_owned() />
        <h1>{tr("status-title")}</h1>
        <p class="lead">{tr("status-lead")}</p>
        <form method="get" action=format!("/{lang}/report/status") class="filters">
            <label for="ref">{tr("status-field-reference")}
                <input type="text" id="ref" name="ref" value=r2 autocomplete="off" autocapitalize="characters" spellcheck="false" />
            </label>
            <label for="token">{tr("status-field-token")}
                <input type="text" id="token" name="token" value=t2 autocomplete="off" spellcheck="false" />
            </label>
            <button type="submit">{tr("status-submit")}</button>
        </form>
        <Suspense fallback=|| ()>
            {move || {
                let t3 = t3.clone();
                Suspend::new(async move {
                match data.await {
                    Ok(Some(r)) => Some(view! {
                        // once purged, the threads' texts are gone (and no answer is taken)
                        {r.purged_at.is_none().then(|| questions_section(&r, &t3, answered)).flatten()}
                        {receipt_view(r.clone(), false)}
                        {withdrawal_section(&r, &t3, withdrawn)}
                    }.into_any()),
                    _ if asked => Some(view! { <p class="notice" role="alert">{tr("status-not-found")}</p> }.into_any()),
                    _ => None,
                }
            })}}
        </Suspense>
    }
}
