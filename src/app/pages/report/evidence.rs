//! The report form's optional evidence list: rows of (name, note) the victim types, and with JavaScript a file
//! picker whose files are fingerprinted (SHA-256, Web Crypto) in the browser and never uploaded.
//!
//! Each row posts `evidence-<row>-name`, `-note`, `-size`, `-sha256` and `-modified` (the last three hidden,
//! filled only by the picker); the server reads them with `validate::parse_form`.

use super::{described, field_error, invalid};
use crate::api::report::{
    EvidenceItem, FieldError, MAX_EVIDENCE, MAX_EVIDENCE_NAME, MAX_EVIDENCE_NOTE,
};
use crate::app::{tr, use_locale};
use crate::i18n;
use leptos::prelude::*;

/// Largest file the picker fingerprints, in bytes (256 MiB). Web Crypto's `digest()` takes the whole file in
/// memory at once (it has no streaming form, per MDN); larger files are listed by name, size and date only, and
/// the victim is told how to compute the fingerprint on their computer.
pub const MAX_HASHED_BYTES: f64 = 256.0 * 1024.0 * 1024.0;

/// A size in bytes for people: `840 B`, `12.3 kB`, `4.1 MB`, `2.0 GB` (powers of 1000, SI), with the decimal
/// separator of the reader's language (a comma except in English, Irish and Maltese).
pub fn human_size(bytes: u64, lang: &str) -> String {
    let (value, unit) = match bytes {
        b if b < 1_000 => return format!("{b} B"),
        b if b < 1_000_000 => (b as f64 / 1e3, "kB"),
        b if b < 1_000_000_000 => (b as f64 / 1e6, "MB"),
        b => (b as f64 / 1e9, "GB"),
    };
    let s = format!("{value:.1} {unit}");
    if matches!(lang, "en" | "ga" | "mt") {
        s
    } else {
        s.replace('.', ",")
    }
}

/// The fingerprint line of an evidence entry: `SHA-256 <hex> · 4,1 MB`, either part only when known; `None`
/// when neither is. The form's rows, the picker and the receipt all write it this way.
pub fn fingerprint_line(sha256: &str, size: Option<u64>, lang: &str) -> Option<String> {
    let mut parts = Vec::new();
    if !sha256.is_empty() {
        parts.push(format!("SHA-256 {}", sha256.to_ascii_lowercase()));
    }
    parts.extend(size.map(|n| human_size(n, lang)));
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// The evidence fieldset: the rows already filled plus empty ones (at least three, two more than filled, at
/// most [`MAX_EVIDENCE`]; without JavaScript a preview brings more), the hint, the link to the incident's "what
/// to keep" page, and the file picker island.
pub fn evidence_fieldset(
    items: &[EvidenceItem],
    errors: &[FieldError],
    guide: Option<String>,
) -> impl IntoView {
    let lang = use_locale().tag;
    let rows = (items.len() + 2).clamp(3, MAX_EVIDENCE);
    let row = move |n: usize, x: EvidenceItem| {
        let id = |f: &str| format!("evidence-{n}-{f}");
        let fp = fingerprint_line(&x.sha256, x.size.parse().ok(), lang);
        view! {
            <li class="evidence-row">
                <label for=id("name")>{tr("report-evidence-name")}</label>
                <input type="text" id=id("name") name=id("name") maxlength=MAX_EVIDENCE_NAME.to_string()
                    value=x.name.clone() autocomplete="off" aria-invalid=invalid(errors, "evidence") />
                <label for=id("note")>{tr("report-evidence-note")}</label>
                <input type="text" id=id("note") name=id("note") maxlength=MAX_EVIDENCE_NOTE.to_string()
                    value=x.note.clone() autocomplete="off" />
                <input type="hidden" name=id("size") value=x.size.clone() />
                <input type="hidden" name=id("sha256") value=x.sha256.clone() />
                <input type="hidden" name=id("modified") value=x.modified.clone() />
                <p class="evidence-fp hint">{fp}</p>
            </li>
        }
    };
    let list = (0..rows)
        .map(|n| row(n, items.get(n).cloned().unwrap_or_default()))
        .collect_view();
    view! {
        <fieldset class="evidence" aria-describedby=described(errors, "evidence", Some("evidence-hint"))>
            <legend>{tr("report-evidence-title")}</legend>
            <p class="hint" id="evidence-hint">{tr("report-evidence-body")}</p>
            {guide.map(|href| view! { <p><a href=href>{tr("report-evidence-guide")}</a></p> })}
            {field_error(errors, "evidence")}
            <ol class="evidence-list" id="evidence-list">{list}</ol>
            <EvidencePicker
                label=tr("report-evidence-pick")
                hint=tr("report-evidence-pick-hint")
                working=i18n::t_args(lang, "report-evidence-working", &[("name", "{name}".into())])
                done=i18n::t_args(lang, "report-evidence-done", &[("name", "{name}".into())])
                too_large=i18n::t_args(lang, "report-evidence-too-large", &[("name", "{name}".into()), ("size", human_size(MAX_HASHED_BYTES as u64, lang).into())])
                unavailable=tr("report-evidence-unavailable")
                full=i18n::t_args(lang, "report-evidence-full", &[("max", (MAX_EVIDENCE as i64).into())])
                lang=lang.to_owned()
            />
        </fieldset>
    }
}

/// Island: with JavaScript, a file picker (shown only then) that lists each picked file in the evidence rows
/// with its name, size, last-modified time and SHA-256 fingerprint, computed in the browser by Web Crypto. The
/// picker has no `name`, so the files themselves are never part of the form: nothing is uploaded. Progress and
/// results are announced in a live region. Messages are the translated strings the server passes in, with
/// `{name}` where the file's name goes: `working` and `done`; `too_large` is shown for files over [`MAX_HASHED_BYTES`], `unavailable` where the
/// browser has no Web Crypto (a page not served over HTTPS), `full` when every one of the [`MAX_EVIDENCE`] rows
/// is used.
#[island]
#[allow(clippy::too_many_arguments)]
pub fn EvidencePicker(
    label: String,
    hint: String,
    working: String,
    done: String,
    too_large: String,
    unavailable: String,
    full: String,
    lang: String,
) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    {
        let msgs = std::rc::Rc::new(picker::Msgs {
            working,
            done,
            too_large,
            unavailable,
            full,
            lang,
        });
        Effect::new(move |_| picker::attach(msgs.clone()));
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (working, done, too_large, unavailable, full, lang);
    view! {
        <div class="evidence-pick" id="evidence-pick-box" hidden>
            <label for="evidence-pick">{label}</label>
            <p class="hint" id="evidence-pick-hint">{hint}</p>
            <input type="file" id="evidence-pick" multiple aria-describedby="evidence-pick-hint" />
            <p role="status" id="evidence-status" class="hint"></p>
        </div>
    }
}

#[cfg(feature = "hydrate")]
mod picker {
    use super::{fingerprint_line, MAX_HASHED_BYTES};
    use crate::api::report::MAX_EVIDENCE;
    use leptos::prelude::*;
    use leptos::wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use leptos::web_sys::{Element, File, HtmlInputElement};
    use std::rc::Rc;

    pub(super) struct Msgs {
        pub working: String,
        pub done: String,
        pub too_large: String,
        pub unavailable: String,
        pub full: String,
        pub lang: String,
    }

    /// Shows the picker and listens for picked files.
    pub(super) fn attach(msgs: Rc<Msgs>) {
        let Some(boxed) = document().get_element_by_id("evidence-pick-box") else {
            return;
        };
        let _ = boxed.remove_attribute("hidden");
        let Some(input) = document()
            .get_element_by_id("evidence-pick")
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        let picker = input.clone();
        let cb = Closure::<dyn Fn()>::new(move || {
            let Some(files) = picker.files() else { return };
            let files: Vec<File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
            // the same files may be picked again later
            picker.set_value("");
            let msgs = msgs.clone();
            leptos::task::spawn_local(async move {
                for f in files {
                    add_file(&f, &msgs).await;
                }
            });
        });
        let _ = input.add_event_listener_with_callback("change", cb.as_ref().unchecked_ref());
        // the picker lives as long as the page
        cb.forget();
    }

    fn status(text: &str) {
        if let Some(s) = document().get_element_by_id("evidence-status") {
            s.set_text_content(Some(text));
        }
    }

    fn value_of(row: &Element, field: &str) -> String {
        row.query_selector(&format!("input[name$='-{field}']"))
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
            .map(|i| i.value())
            .unwrap_or_default()
    }

    fn set_value(row: &Element, field: &str, v: &str) {
        if let Some(i) = row
            .query_selector(&format!("input[name$='-{field}']"))
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        {
            i.set_value(v);
        }
    }

    /// The first unused row, or a new one cloned from the last (ids, names and `for` renumbered); `None` when
    /// all [`MAX_EVIDENCE`] rows are used.
    fn free_row() -> Option<Element> {
        let list = document().get_element_by_id("evidence-list")?;
        let rows = list.query_selector_all("li.evidence-row").ok()?;
        let mut last = None;
        for i in 0..rows.length() {
            let Some(r) = rows.get(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            if ["name", "note", "sha256"]
                .iter()
                .all(|f| value_of(&r, f).trim().is_empty())
            {
                return Some(r);
            }
            last = Some(r);
        }
        let n = rows.length() as usize;
        if n >= MAX_EVIDENCE {
            return None;
        }
        let new: Element = last?.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
        let renumber = |attr: &str| {
            if let Ok(all) = new.query_selector_all(&format!("[{attr}]")) {
                for i in 0..all.length() {
                    if let Some(e) = all.get(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                        if let Some(v) = e.get_attribute(attr) {
                            if let Some((_, rest)) =
                                v.strip_prefix("evidence-").and_then(|r| r.split_once('-'))
                            {
                                let _ = e.set_attribute(attr, &format!("evidence-{n}-{rest}"));
                            }
                        }
                    }
                }
            }
        };
        for a in ["id", "name", "for"] {
            renumber(a);
        }
        for f in ["name", "note", "size", "sha256", "modified"] {
            set_value(&new, f, "");
        }
        if let Ok(Some(fp)) = new.query_selector(".evidence-fp") {
            fp.set_text_content(None);
        }
        list.append_child(&new).ok()?;
        Some(new)
    }

    async fn sha256_hex(f: &File) -> Result<String, JsValue> {
        let crypto = window().crypto()?;
        let buf = wasm_bindgen_futures::JsFuture::from(f.array_buffer()).await?;
        let digest = wasm_bindgen_futures::JsFuture::from(
            crypto
                .subtle()
                .digest_with_str_and_buffer_source("SHA-256", buf.unchecked_ref())?,
        )
        .await?;
        let bytes = js_sys::Uint8Array::new(&digest).to_vec();
        Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
    }

    async fn add_file(f: &File, msgs: &Msgs) {
        let name = f.name();
        let Some(row) = free_row() else {
            status(&msgs.full);
            return;
        };
        let size = f.size();
        let modified = js_sys::Date::new(&JsValue::from_f64(f.last_modified()))
            .to_iso_string()
            .as_string()
            .unwrap_or_default();
        set_value(&row, "name", &name);
        set_value(&row, "size", &format!("{}", size as u64));
        set_value(&row, "modified", &modified);
        let secure = window().is_secure_context() && window().crypto().is_ok();
        let hash = if !secure {
            status(&msgs.unavailable);
            None
        } else if size > MAX_HASHED_BYTES {
            status(&msgs.too_large.replace("{name}", &name));
            None
        } else {
            status(&msgs.working.replace("{name}", &name));
            match sha256_hex(f).await {
                Ok(h) => {
                    status(&msgs.done.replace("{name}", &name));
                    Some(h)
                }
                Err(_) => {
                    status(&msgs.unavailable);
                    None
                }
            }
        };
        set_value(&row, "sha256", hash.as_deref().unwrap_or(""));
        if let Ok(Some(fp)) = row.query_selector(".evidence-fp") {
            let line =
                fingerprint_line(hash.as_deref().unwrap_or(""), Some(size as u64), &msgs.lang);
            fp.set_text_content(line.as_deref());
        }
    }
}
