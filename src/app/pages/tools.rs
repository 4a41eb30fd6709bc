//! `/{lang}/check` ("Is this message a scam?" and "Is this really them?") and `/{lang}/ransomware` ("Which
//! ransomware is this?"): plain forms posted to the same URL, answered on the server; they work without
//! JavaScript. Nothing typed is stored: an answer is rendered by the POST handler (`server::tools::http`) with
//! `Cache-Control: no-store`; the empty forms are public pages like any other.

use crate::api::tools::{
    get_check_page, get_ransomware_page, CheckPageState, PostedCheck, PostedRansomware,
    RansomwarePageState,
};
use crate::app::components::cards::AllAlternates;
use crate::app::{tr, use_locale};
use crate::i18n;
use leptos::prelude::*;
use leptos_meta::Title;

fn error_line(errors: &[(String, String)], field: &str) -> Option<AnyView> {
    errors.iter().find(|(f, _)| f == field).map(|(f, m)| {
        view! { <p class="field-error" id=format!("{f}-error")>{tr(m)}</p> }.into_any()
    })
}

fn check_view(st: CheckPageState) -> AnyView {
    let lang = use_locale().tag;
    let e = st.errors.clone();
    let invalid = |f: &str| e.iter().any(|(x, _)| x == f).then_some("true");
    let result = st.result.clone().map(|r| {
        let n = r.signs.len();
        view! {
            <section class="tool-result" aria-labelledby="result-title" id="result">
                {if r.suspicious {
                    view! {
                        <h2 id="result-title" tabindex="-1" autofocus>{i18n::t_args(lang, "check-found-title", &[("count", n.into())])}</h2>
                        <ul class="signs">{r.signs.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ul>
                        <p class="notice"><strong>{tr("check-found-lead")}</strong></p>
                    }.into_any()
                } else {
                    view! {
                        <h2 id="result-title" tabindex="-1" autofocus>{tr("check-none-title")}</h2>
                        <p class="notice"><strong>{tr("check-none-lead")}</strong></p>
                        {(n > 0).then(|| view! {
                            <h3>{tr("check-weak-title")}</h3>
                            <ul class="signs">{r.signs.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ul>
                        })}
                    }.into_any()
                }}
                {r.notes.iter().map(|x| view! { <p class="hint">{x.clone()}</p> }).collect_view()}
                {(!r.links.is_empty()).then(|| view! {
                    <h3>{tr("check-links-title")}</h3>
                    <ul class="links-read">
                        {r.links.iter().map(|l| view! {
                            <li class=format!("link-{}", l.kind)><code>{l.domain.clone()}</code>" – "{l.status.clone()}</li>
                        }).collect_view()}
                    </ul>
                })}
                <h3>{tr("check-what-now")}</h3>
                <p>{tr("check-never-ask")}</p>
                {(!r.channels.is_empty()).then(|| view! {
                    <p><strong>{tr("check-forward")}</strong></p>
                    <ul class="channels">
                        {r.channels.iter().map(|c| view! { <li><span lang="und">{c.name.clone()}</span>": "<a href=c.href.clone() rel="noopener noreferrer">{c.label.clone()}</a></li> }).collect_view()}
                    </ul>
                })}
                <p><a href=r.advice.clone()>{tr("check-advice-link")}</a></p>
            </section>
        }
    });
    let contact = st.contact.clone().map(|c| {
        view! {
            <section class="tool-result" aria-labelledby="contact-title" id="contact-result">
                {if c.matches.is_empty() {
                    view! { <p id="contact-title" tabindex="-1" autofocus class="notice"><strong>{tr("verify-contact-none")}</strong></p> }.into_any()
                } else {
                    view! {
                        <p id="contact-title" tabindex="-1" autofocus><strong>{tr("verify-contact-found")}</strong></p>
                        <ul>
                            {c.matches.iter().map(|(name, country, value, source)| view! {
                                <li><span lang="und">{name.clone()}</span>" ("{country.clone()}"): "<code>{value.clone()}</code>
                                {source.clone().map(|s| view! { " – " <a href=s rel="noopener noreferrer">{tr("verify-contact-source")}</a> })}</li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                <p>{tr("check-never-ask")}</p>
            </section>
        }
    });
    let summary = (!e.is_empty()).then(|| {
        view! {
            <Title text=i18n::t_args(lang, "error-title-prefix", &[("title", tr("check-title").into())]) />
            <div class="error-summary" role="alert" tabindex="-1" autofocus>
                <h2>{tr("report-errors-title")}</h2>
                <ul>{e.iter().map(|(f, m)| view! { <li><a href=format!("#{f}")>{tr(m)}</a></li> }).collect_view()}</ul>
            </div>
        }
    });
    view! {
        {summary}
        <form method="post" action=format!("/{lang}/check") class="report-form tool-form">
            <label for="text">{tr("check-field-text")}</label>
            <p class="hint" id="text-hint">{tr("check-field-text-hint")}</p>
            {error_line(&e, "text")}
            <textarea id="text" name="text" rows="7" maxlength="100000" aria-describedby="text-hint" aria-invalid=invalid("text")>
                {super::report::textarea_text(&st.text)}
            </textarea>
            <label for="country">{tr("check-field-country")}</label>
            <select id="country" name="country">
                <option value="" selected=st.country.is_empty()>"–"</option>
                {st.countries.iter().map(|(code, name)| view! { <option value=code.clone() selected=st.country == *code>{name.clone()}</option> }).collect_view()}
            </select>
            <p class="actions"><button type="submit" name="action" value="check">{tr("check-submit")}</button></p>
        </form>
        {result}
        <section aria-labelledby="verify-title" class="verify">
            <h2 id="verify-title">{tr("verify-contact-title")}</h2>
            <p>{tr("verify-contact-lead")}</p>
            <form method="post" action=format!("/{lang}/check") class="report-form tool-form">
                <input type="hidden" name="country" value=st.country.clone() />
                <label for="contact">{tr("verify-contact-field")}</label>
                {error_line(&e, "contact")}
                <input type="text" id="contact" name="contact" value=st.contact_value.clone() maxlength="300" autocomplete="off" aria-invalid=invalid("contact") />
                <p class="actions"><button type="submit" name="action" value="contact">{tr("verify-contact-submit")}</button></p>
            </form>
            {contact}
        </section>
    }
    .into_any()
}

/// `/{lang}/check`.
#[component]
pub fn CheckPage() -> impl IntoView {
    let lang = use_locale().tag;
    let posted = use_context::<PostedCheck>().map(|p| p.0);
    let data = Resource::new(
        || (),
        move |_| {
            let posted = posted.clone();
            async move {
                match posted {
                    Some(p) => Ok(p),
                    None => get_check_page(lang.to_owned()).await,
                }
            }
        },
    );
    view! {
        <Title text=tr("check-title") />
        <AllAlternates rest="/check".to_owned() />
        <h1>{tr("check-title")}</h1>
        <p class="lead">{tr("check-lead")}</p>
        <div id="tool-body">
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move { data.await.ok().map(check_view) })}
            </Suspense>
        </div>
        <InPlaceAnswers busy=tr("tool-busy") />
    }
}

fn ransomware_view(st: RansomwarePageState) -> AnyView {
    let lang = use_locale().tag;
    let e = st.errors.clone();
    let summary = (!e.is_empty()).then(|| {
        view! {
            <Title text=i18n::t_args(lang, "error-title-prefix", &[("title", tr("ransomware-title").into())]) />
            <div class="error-summary" role="alert" tabindex="-1" autofocus>
                <h2>{tr("report-errors-title")}</h2>
                <ul>{e.iter().map(|(f, m)| view! { <li><a href=format!("#{f}")>{tr(m)}</a></li> }).collect_view()}</ul>
            </div>
        }
    });
    let results = st.families.clone().map(|fams| {
        view! {
            <section class="tool-result" aria-labelledby="result-title" id="result">
                <h2 id="result-title" tabindex="-1" autofocus>{tr("ransomware-results")}</h2>
                {if fams.is_empty() {
                    view! { <p class="notice">{tr("ransomware-none")}</p> }.into_any()
                } else {
                    view! {
                        {st.ambiguous.then(|| view! { <p class="notice"><strong>{tr("ransomware-ambiguous")}</strong></p> })}
                        <ol class="families">
                            {fams.iter().map(|f| view! {
                                <li>
                                    <strong lang="und">{f.name.clone()}</strong>
                                    {f.fake.then(|| view! { " (" {tr("ransomware-fake")} ")" })}
                                    <ul class="meta-line">{f.evidence.iter().map(|x| view! { <li>{x.clone()}</li> }).collect_view()}</ul>
                                    {(!f.refs.is_empty()).then(|| view! {
                                        <p class="meta-line">{tr("ransomware-refs")}": "
                                        {f.refs.iter().enumerate().map(|(i, r)| view! { {(i > 0).then_some(", ")}<a href=r.clone() rel="noopener noreferrer nofollow">{format!("[{}]", i + 1)}</a> }).collect_view()}</p>
                                    })}
                                </li>
                            }).collect_view()}
                        </ol>
                    }.into_any()
                }}
                <h3>{tr("ransomware-decryptors")}</h3>
                <ul>
                    <li><a href="https://www.nomoreransom.org/en/decryption-tools.html" rel="noopener noreferrer">{tr("ransomware-nomoreransom")}</a></li>
                    <li><a href="https://www.nomoreransom.org/crypto-sheriff.php" rel="noopener noreferrer">{tr("ransomware-cryptosheriff")}</a></li>
                </ul>
                <p><strong>{tr("ransomware-next")}</strong></p>
                <p><a href=format!("/{lang}/advice/ransomware")>{tr("ransomware-advice")}</a>" · "<a href=format!("/{lang}/report?incident=ransomware")>{tr("shell-nav-report")}</a></p>
            </section>
        }
    });
    view! {
        {summary}
        <form method="post" action=format!("/{lang}/ransomware") class="report-form tool-form">
            {error_line(&e, "extension")}
            <label for="extension">{tr("ransomware-field-extension")}</label>
            <p class="hint" id="extension-hint">{tr("ransomware-field-extension-hint")}</p>
            <input type="text" id="extension" name="extension" value=st.extension.clone() maxlength="100" autocomplete="off" spellcheck="false" aria-describedby="extension-hint" />
            <label for="note_filename">{tr("ransomware-field-note-filename")}</label>
            <input type="text" id="note_filename" name="note_filename" value=st.note_filename.clone() maxlength="300" autocomplete="off" spellcheck="false" />
            <label for="note">{tr("ransomware-field-note")}</label>
            <p class="hint" id="note-hint">{tr("ransomware-field-note-hint")}</p>
            <textarea id="note" name="note" rows="6" maxlength="65536" aria-describedby="note-hint">{super::report::textarea_text(&st.note)}</textarea>
            <p class="actions"><button type="submit">{tr("ransomware-submit")}</button></p>
        </form>
        {results}
        <p class="meta-line">{i18n::t_args(lang, "ransomware-data", &[("version", st.version.clone().into())])}</p>
    }
    .into_any()
}

/// `/{lang}/ransomware`.
#[component]
pub fn RansomwarePage() -> impl IntoView {
    let posted = use_context::<PostedRansomware>().map(|p| p.0);
    let data = Resource::new(
        || (),
        move |_| {
            let posted = posted.clone();
            async move {
                match posted {
                    Some(p) => Ok(p),
                    None => get_ransomware_page().await,
                }
            }
        },
    );
    view! {
        <Title text=tr("ransomware-title") />
        <AllAlternates rest="/ransomware".to_owned() />
        <h1>{tr("ransomware-title")}</h1>
        <p class="lead">{tr("ransomware-lead")}</p>
        <div id="tool-body">
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move { data.await.ok().map(ransomware_view) })}
            </Suspense>
        </div>
        <InPlaceAnswers busy=tr("tool-busy") />
    }
}

/// `/{lang}/verify?ref=`: whether the portal sent messages about a reference, and when (a plain GET form).
#[component]
pub fn VerifyPage() -> impl IntoView {
    let lang = use_locale().tag;
    let reference =
        leptos_router::hooks::use_query_map().with_untracked(|q| q.get("ref").unwrap_or_default());
    let r2 = reference.clone();
    let data = Resource::new(
        move || reference.clone(),
        move |r| crate::api::tools::get_verify(lang.to_owned(), r),
    );
    view! {
        <Title text=tr("verify-title") />
        <AllAlternates rest="/verify".to_owned() />
        <h1>{tr("verify-title")}</h1>
        <p class="lead">{tr("verify-lead")}</p>
        <form method="get" action=format!("/{lang}/verify") class="filters">
            <label for="ref">{tr("verify-field")}
                <input type="text" id="ref" name="ref" value=r2 maxlength="40" autocomplete="off" autocapitalize="characters" spellcheck="false" />
            </label>
            <button type="submit">{tr("verify-submit")}</button>
        </form>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let st = data.await.ok()?;
                Some(if st.invalid {
                    view! { <p class="notice" role="alert">{tr("verify-invalid")}</p> }.into_any()
                } else if !st.checked {
                    view! { <span></span> }.into_any()
                } else if st.sent.is_empty() {
                    view! { <p class="notice" role="status"><strong>{tr("verify-none")}</strong></p> }.into_any()
                } else {
                    view! {
                        <div role="status">
                            <p><strong>{tr("verify-sent")}</strong></p>
                            <ul>{st.sent.iter().map(|d| view! { <li>{d.clone()}</li> }).collect_view()}</ul>
                        </div>
                    }.into_any()
                })
            })}
        </Suspense>
    }
}

/// Island: with JavaScript, the answer to a tool's form appears in place. Submitting any `form.tool-form` in
/// the page posts the same fields (and the pressed button's `name=value`) with `fetch`, takes the answer
/// page's `#tool-body` and puts it in place of this page's, sets the title, and moves focus to what the
/// server marked `autofocus` (the answer's heading, or the error summary). The server's answer is the same
/// page it renders without JavaScript, so nothing is rendered twice. If the request fails, the form is
/// submitted the ordinary way. `busy` is announced while waiting.
#[island]
pub fn InPlaceAnswers(busy: String) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| in_place::attach(busy.clone()));
    #[cfg(not(feature = "hydrate"))]
    let _ = busy;
    view! { <p role="status" id="tool-busy" class="visually-hidden"></p> }
}

#[cfg(feature = "hydrate")]
mod in_place {
    use leptos::prelude::*;
    use leptos::wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use leptos::web_sys::{
        DomParser, Element, FormData, HtmlButtonElement, HtmlElement, HtmlFormElement, RequestInit,
        Response, SubmitEvent, SupportedType, UrlSearchParams,
    };

    pub(super) fn attach(busy: String) {
        let cb = Closure::<dyn Fn(SubmitEvent)>::new(move |ev: SubmitEvent| {
            let Some(form) = ev
                .target()
                .and_then(|t| t.dyn_into::<HtmlFormElement>().ok())
                .filter(|f| f.class_list().contains("tool-form"))
            else {
                return;
            };
            let Ok(data) = FormData::new_with_form(&form) else {
                return;
            };
            let pressed = ev
                .submitter()
                .and_then(|s| s.dyn_into::<HtmlButtonElement>().ok())
                .filter(|b| !b.name().is_empty())
                .map(|b| (b.name(), b.value()));
            if let Some((name, value)) = &pressed {
                let _ = data.append_with_str(name, value);
            }
            let Ok(params) = UrlSearchParams::new_with_str_sequence_sequence(&data) else {
                return;
            };
            // the attribute, not `form.action`: a control named "action" (the tools' buttons) shadows that
            // property (HTML's named properties of forms)
            let Some(url) = form.get_attribute("action") else {
                return;
            };
            ev.prevent_default();
            let busy = busy.clone();
            leptos::task::spawn_local(async move {
                set_busy(Some(&busy));
                if swap(&url, &params).await.is_err() {
                    // network trouble: the ordinary way (a full page load) still works; `submit()` sends no
                    // button, so the pressed one goes as a hidden field
                    if let Some((name, value)) = pressed {
                        if let Ok(h) = document().create_element("input") {
                            let _ = h.set_attribute("type", "hidden");
                            let _ = h.set_attribute("name", &name);
                            let _ = h.set_attribute("value", &value);
                            let _ = form.append_child(&h);
                        }
                    }
                    let _ = form.submit();
                }
                set_busy(None);
            });
        });
        let _ = document().add_event_listener_with_callback("submit", cb.as_ref().unchecked_ref());
        // lives as long as the page
        cb.forget();
    }

    fn set_busy(text: Option<&str>) {
        if let Some(s) = document().get_element_by_id("tool-busy") {
            s.set_text_content(text);
        }
        if let Some(b) = document().get_element_by_id("tool-body") {
            let _ = match text {
                Some(_) => b.set_attribute("aria-busy", "true"),
                None => b.remove_attribute("aria-busy"),
            };
        }
    }

    async fn swap(url: &str, params: &UrlSearchParams) -> Result<(), JsValue> {
        let init = RequestInit::new();
        init.set_method("POST");
        init.set_body(params);
        let res: Response =
            wasm_bindgen_futures::JsFuture::from(window().fetch_with_str_and_init(url, &init))
                .await?
                .dyn_into()?;
        // a 4xx answer is a page too (errors, too long, too many requests); a 5xx or a redirect is not ours
        if res.status() >= 500 || res.redirected() {
            return Err(JsValue::NULL);
        }
        let html = wasm_bindgen_futures::JsFuture::from(res.text()?)
            .await?
            .as_string()
            .unwrap_or_default();
        let doc = DomParser::new()?.parse_from_string(&html, SupportedType::TextHtml)?;
        let (Some(new), Some(old)) = (
            doc.get_element_by_id("tool-body"),
            document().get_element_by_id("tool-body"),
        ) else {
            return Err(JsValue::NULL);
        };
        old.set_inner_html(&new.inner_html());
        document().set_title(&doc.title());
        let target: Option<Element> = old.query_selector("[autofocus]").ok().flatten();
        if let Some(h) = target.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            h.scroll_into_view();
            let _ = h.focus();
        }
        Ok(())
    }
}
