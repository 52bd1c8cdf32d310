use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::{t, td_string, use_i18n};
use crate::quiz::class::{unzip, AddedFile, Refusal, SetAside, MAX_ZIP_UNPACKED};
use crate::quiz::error::MAX_FILE_BYTES;
use crate::shared::dom::on_file_drop;

/// A zip of a class's hand-ins is a few MB; larger ones are refused before they are read.
const MAX_ZIP_BYTES: f64 = 64.0 * 1024.0 * 1024.0;
/// All the files added at once, read into memory together.
const MAX_TOTAL_BYTES: f64 = MAX_ZIP_UNPACKED as f64;

/// Adding results files: a picker for many files (or zips) at once, and dropping them anywhere
/// on the page. Each file's bytes are read by the browser; zips are unpacked here.
#[component]
pub fn AddFiles(
    files: RwSignal<Vec<AddedFile>>,
    unreadable: RwSignal<Vec<SetAside>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let status = RwSignal::new(String::new());
    let dragging = RwSignal::new(false);
    let add = move |list: web_sys::FileList| {
        let picked: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        if picked.is_empty() {
            return;
        }
        let l = i18n.get_locale_untracked();
        status.set(td_string!(l, class.reading, count = picked.len()).to_string());
        spawn_local(async move {
            let mut added = Vec::new();
            let mut failed = Vec::new();
            let mut total = 0_f64;
            for file in picked {
                let name = file.name();
                let is_zip = name.to_lowercase().ends_with(".zip");
                // Sizes are checked before anything is read into memory.
                let limit = if is_zip {
                    MAX_ZIP_BYTES
                } else {
                    MAX_FILE_BYTES as f64
                };
                if file.size() > limit || total + file.size() > MAX_TOTAL_BYTES {
                    let reason = if file.size() > limit {
                        Refusal::TooLarge {
                            megabytes: (limit / (1024.0 * 1024.0)) as usize,
                            zip: is_zip,
                        }
                    } else {
                        Refusal::TooMuchAtOnce
                    };
                    failed.push(SetAside { file: name, reason });
                    continue;
                }
                total += file.size();
                let Ok(buffer) = JsFuture::from(file.array_buffer()).await else {
                    failed.push(SetAside {
                        file: name,
                        reason: Refusal::Unreadable,
                    });
                    continue;
                };
                let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                // By name only: Word and Excel files are zips too, but nobody hands them in as one.
                if is_zip {
                    match unzip(&name, &bytes) {
                        Ok(inside) => {
                            added.extend(inside.files);
                            failed.extend(inside.set_aside);
                        }
                        Err(reason) => failed.push(SetAside { file: name, reason }),
                    }
                } else {
                    added.push(AddedFile { name, bytes });
                }
            }
            let count = added.len();
            // The page may have been left while the files were read.
            if files.try_update(|files| files.extend(added)).is_some() {
                unreadable.update(|u| u.extend(failed));
                status.set(td_string!(l, class.added, count = count).to_string());
            }
        });
    };
    let on_pick = move |event: leptos::ev::Event| {
        let input = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            if let Some(list) = input.files() {
                add(list);
            }
            // Picking the same files again must add them again.
            input.set_value("");
        }
    };
    on_file_drop(dragging, add);
    view! {
        <section class="add-files no-print" aria-labelledby="add-files-title">
            <h2 id="add-files-title">{t!(i18n, class.add_heading)}</h2>
            <label class="field-label" for="results-files">
                {t!(i18n, class.files_label)}
            </label>
            <input
                id="results-files"
                type="file"
                multiple
                accept=".json,.zip,application/json,application/zip"
                data-testid="results-files"
                on:change=on_pick
            />
            <p role="status" data-testid="files-status">{move || status.get()}</p>
        </section>
        <Show when=move || dragging.get()>
            <div class="drop-overlay" aria-hidden="true">
                <p>{t!(i18n, class.drop_here)}</p>
            </div>
        </Show>
    }
}
