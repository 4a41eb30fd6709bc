//! `/{lang}/help` — "What happened?": one question per page, each a plain GET form whose URL holds the answers
//! so far (bookmarkable, shareable, safe with the back button), "change" links on every earlier answer, and the
//! diagnosis with the first steps, whom to tell and a report already filled in. Each question is a page of its
//! own (with or without JavaScript: no script is loaded here), so browsers and screen readers announce it as a
//! new page with its own title. `/{lang}/embed/help` is the same without header and footer, for partner sites (framing allowed only
//! for the origins in `CYBERHELP_EMBED_ORIGINS`), opening results in a new tab.

use crate::api::triage::{get_help_step, HelpStep};
use crate::app::pages::report::recipients_list;
use crate::app::{tr, use_locale};
use crate::i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_query_map};

/// The query string of the current URL, as the server function takes it.
fn current_query() -> Memo<String> {
    let location = use_location();
    Memo::new(move |_| {
        let s = location.search.get();
        s.trim_start_matches('?').to_owned()
    })
}

fn step_view(s: HelpStep, lang: &'static str, embed: bool) -> AnyView {
    let target = embed.then_some("_blank");
    let base = if embed {
        format!("/{lang}/embed/help")
    } else {
        format!("/{lang}/help")
    };
    let rebase = move |u: &str| {
        if embed {
            u.replacen(&format!("/{lang}/help"), &format!("/{lang}/embed/help"), 1)
        } else {
            u.to_owned()
        }
    };
    let answers = (!s.answered.is_empty()).then(|| {
        view! {
            <section class="help-answers" aria-labelledby="answers-title">
                <h2 id="answers-title" class="visually-hidden-heading">{tr("triage-your-answers")}</h2>
                <dl>
                    {s.answered.iter().map(|a| view! {
                        <div class="help-answer">
                            <dt>{a.question.clone()}</dt>
                            <dd>{a.answer.clone()}" "
                                <a href=rebase(&a.change_url) class="change-link">{tr("triage-change")}<span class="visually-hidden">": "{a.question.clone()}</span></a>
                            </dd>
                        </div>
                    }).collect_view()}
                </dl>
                <p><a href=base.clone()>{tr("triage-start-over")}</a></p>
            </section>
        }
    });
    let notice = s
        .notice
        .then(|| view! { <p class="notice" role="status">{tr("triage-notice-invalid")}</p> });
    if s.none_fit {
        let hidden = s.hidden.clone();
        let node = s
            .question
            .as_ref()
            .map(|q| q.id.clone())
            .or(s.result.as_ref().map(|r| r.id.clone()))
            .unwrap_or_default();
        return view! {
            <h1 id="step-heading" tabindex="-1">{tr("triage-none-fit-title")}</h1>
            <p class="lead">{tr("triage-none-fit-lead")}</p>
            <div class="prose" lang=s.general_lang.clone() inner_html=s.general_html.clone()></div>
            {if s.thanks {
                view! { <p class="notice" role="status">{tr("triage-feedback-thanks")}</p> }.into_any()
            } else {
                view! {
                    <form method="post" action=format!("/{lang}/help/feedback") class="help-feedback">
                        <input type="hidden" name="node" value=node />
                        {hidden.into_iter().map(|(k, v)| view! { <input type="hidden" name="answers" value=format!("{k}={v}") /> }).collect_view()}
                        <label for="feedback-text">{tr("triage-feedback-label")}</label>
                        <textarea id="feedback-text" name="text" rows="4" maxlength="500"></textarea>
                        <p><button type="submit">{tr("triage-feedback-submit")}</button></p>
                    </form>
                }.into_any()
            }}
            {answers}
        }
        .into_any();
    }
    if let Some(r) = s.result.clone() {
        return view! {
            <h1 id="step-heading" tabindex="-1">{tr("triage-result-title")}</h1>
            {notice}
            <p class="lead diagnosis">{r.diagnosis.clone()}</p>
            <p class="meta-line">{i18n::t_args(lang, "triage-result-rsit", &[("class", r.rsit.clone().into())])}</p>
            <section aria-labelledby="do-now-title">
                <h2 id="do-now-title">{tr("triage-do-now")}</h2>
                <div class="prose" lang=r.do_now_lang.clone() inner_html=r.do_now_html.clone()></div>
                <p><a href=r.article_url.clone() target=target>{tr("triage-full-advice")}": "{r.article_title.clone()}</a></p>
            </section>
            <section aria-labelledby="whom-title">
                <h2 id="whom-title">{tr("triage-whom")}</h2>
                {(!r.covered).then(|| view! { <p class="notice">{tr("report-preview-uncovered")}</p> })}
                {recipients_list(r.steps, None, false)}
            </section>
            <p class="actions"><a class="button" href=r.report_url.clone() target=target>{tr("triage-report-button")}</a></p>
            <p><a href=rebase(&s.none_fit_url)>{tr("triage-none-fit")}</a></p>
            {embed.then(|| view! { <p><a href=format!("/{lang}/help?{}", s.hidden.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&")) target="_blank">{tr("triage-embed-open")}</a></p> })}
            {answers}
        }
        .into_any();
    }
    let Some(q) = s.question.clone() else {
        return view! { <p>{tr("triage-lead")}</p> }.into_any();
    };
    let hidden = s.hidden.clone();
    let progress = i18n::t_args(
        lang,
        "triage-progress",
        &[("n", q.number.into()), ("max", q.max.into())],
    );
    let field = if q.select {
        type Group = (Option<String>, Vec<(String, String)>);
        let mut groups: Vec<Group> = Vec::new();
        for o in &q.options {
            match groups.last_mut() {
                Some((g, v)) if *g == o.group => v.push((o.value.clone(), o.label.clone())),
                _ => groups.push((o.group.clone(), vec![(o.value.clone(), o.label.clone())])),
            }
        }
        view! {
            <label for="answer" class="question-label">{q.text.clone()}</label>
            <select id="answer" name=q.id.clone() required>
                {groups.into_iter().map(|(g, opts)| match g {
                    Some(label) => view! {
                        <optgroup label=label lang="und">
                            {opts.into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view()}
                        </optgroup>
                    }.into_any(),
                    None => opts.into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view().into_any(),
                }).collect_view()}
            </select>
        }
        .into_any()
    } else {
        view! {
            <fieldset class="choices">
                <legend class="question-label">{q.text.clone()}</legend>
                {q.options.iter().enumerate().map(|(i, o)| {
                    let id = format!("answer-{}", o.value);
                    view! {
                        <p><input type="radio" name=q.id.clone() value=o.value.clone() id=id.clone() required=i == 0 />
                        <label for=id>{o.label.clone()}</label></p>
                    }
                }).collect_view()}
            </fieldset>
        }
        .into_any()
    };
    view! {
        <h1 id="step-heading" tabindex="-1">{tr("triage-title")}</h1>
        {(q.number == 1).then(|| view! { <p class="lead">{tr("triage-lead")}</p> })}
        {notice}
        <p class="progress" aria-live="polite">{progress}</p>
        <form method="get" action=base.clone()>
            {hidden.into_iter().map(|(k, v)| view! { <input type="hidden" name=k value=v /> }).collect_view()}
            {field}
            <p class="actions"><button type="submit">{tr("triage-next")}</button></p>
        </form>
        <p><a href=rebase(&s.none_fit_url)>{tr("triage-none-fit")}</a></p>
        {answers}
    }
    .into_any()
}

fn help_body(embed: bool) -> impl IntoView {
    let lang = use_locale().tag;
    let query = current_query();
    let _ = use_query_map();
    let data = Resource::new(
        move || (lang.to_owned(), query.get()),
        |(l, q)| get_help_step(l, q),
    );
    view! {
        <Title text=tr("triage-title") />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Some(s)) => step_view(s, lang, embed),
                    _ => view! { <p>{tr("triage-lead")}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The diagnosis page inside the site's frame.
#[component]
pub fn HelpPage() -> impl IntoView {
    view! {
        <crate::app::components::cards::AllAlternates rest="/help".to_owned() />
        {help_body(false)}
    }
}

/// The embeddable diagnosis: no header or footer.
#[component]
pub fn EmbedHelpPage() -> impl IntoView {
    view! { <main id="main" class="embed wrap">{help_body(true)}</main> }
}
