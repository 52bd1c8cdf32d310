use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::loading::{load_bytes, load_file, load_link};
use super::use_app;
use crate::quiz::error::MAX_FILE_BYTES;
use crate::quiz::library::Origin;

/// For teachers: open a quiz file from the device, from pasted text or from a link. Dropping a
/// file anywhere on the page works too.
#[component]
pub fn QuizLoader() -> impl IntoView {
    let state = use_app();
    let pasted = RwSignal::new(String::new());
    let link = RwSignal::new(String::new());
    let on_file = move |event: leptos::ev::Event| {
        let input = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                load_file(state, file);
            }
            // Choosing the same file again (after fixing it) must fire again.
            input.set_value("");
        }
    };
    let open_pasted = move |_| {
        let text = pasted.get_untracked();
        load_bytes(state, text.into_bytes(), Origin::Paste, None);
    };
    let open_link = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        load_link(state, link.get_untracked());
    };
    let limit_mb = MAX_FILE_BYTES / (1024 * 1024);

    view! {
        <details class="loader" data-testid="loader">
            <summary>"Teachers: open another quiz"</summary>
            <p class="hint">
                {format!(
                    "A quiz is a JSON file (up to {limit_mb} MB); the format is described in quizzes/README.md. You can also drop a file anywhere on this page.",
                )}
            </p>
            <div class="loader-row">
                <label for="quiz-file">"From a file"</label>
                <input
                    id="quiz-file"
                    type="file"
                    accept=".json,application/json"
                    data-testid="file-input"
                    on:change=on_file
                />
            </div>
            <div class="loader-row">
                <label for="quiz-paste">"Paste the quiz"</label>
                <textarea
                    id="quiz-paste"
                    rows="5"
                    spellcheck="false"
                    data-testid="paste-input"
                    prop:value=move || pasted.get()
                    on:input=move |event| pasted.set(event_target_value(&event))
                ></textarea>
                <button type="button" data-testid="paste-open" on:click=open_pasted>
                    "Open pasted quiz"
                </button>
            </div>
            <form class="loader-row" on:submit=open_link>
                <label for="quiz-link">"From a link (https://…)"</label>
                <input
                    id="quiz-link"
                    type="url"
                    inputmode="url"
                    placeholder="https://example.org/my-quiz.json"
                    data-testid="link-input"
                    prop:value=move || link.get()
                    on:input=move |event| link.set(event_target_value(&event))
                />
                <button type="submit" data-testid="link-open">"Open link"</button>
            </form>
        </details>
    }
}
