use leptos::prelude::*;

use crate::i18n::{t, td_string, use_i18n};
use wasm_bindgen::JsCast;

use super::open::{open_file, open_link, open_pasted, Reveal};
use crate::quiz::error::MAX_FILE_BYTES;
use crate::shared::{use_app, AppState, TextField};

/// Open a quiz file from the device, from pasted text or from a link. Dropping a file anywhere on
/// the page works too.
#[component]
pub fn QuizLoader() -> impl IntoView {
    let state = use_app();
    let pasted = RwSignal::new(String::new());
    let link = RwSignal::new(String::new());
    let on_file = move |event: leptos::ev::Event| open_chosen(state, &event);
    let open_pasted = move |_| {
        open_pasted(state, pasted.get_untracked());
    };
    let submit_link = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        open_link(state, link.get_untracked(), Reveal::Yes);
    };
    let limit_mb = MAX_FILE_BYTES / (1024 * 1024);
    let i18n = use_i18n();

    view! {
        <details class="loader" data-testid="loader">
            <summary>{t!(i18n, student.teachers_open_quiz)}</summary>
            <p class="hint">
                {t!(i18n, student.loader_hint_before, megabytes = move || limit_mb)}
                <a href="format.html" target="_blank" rel="noopener" data-testid="format-link">
                    {t!(i18n, student.loader_hint_link)}
                </a>
                {t!(i18n, student.loader_hint_after)}
            </p>
            <div class="loader-row">
                <label for="quiz-file">{t!(i18n, student.from_file)}</label>
                <input
                    id="quiz-file"
                    type="file"
                    accept=".json,application/json"
                    data-testid="file-input"
                    on:change=on_file
                />
            </div>
            <div class="loader-row">
                <TextField
                    id="quiz-paste"
                    label=Signal::derive(move || td_string!(i18n.get_locale(), student.paste_quiz))
                    rows=Some(5)
                    spellcheck=false
                    value=pasted
                    on_input=move |text| pasted.set(text)
                    test_id=Some(Signal::stored("paste-input".to_string()))
                />
                <button type="button" data-testid="paste-open" on:click=open_pasted>
                    {t!(i18n, student.open_pasted)}
                </button>
            </div>
            <form class="loader-row" on:submit=submit_link>
                <TextField
                    id="quiz-link"
                    label=Signal::derive(move || td_string!(i18n.get_locale(), student.from_link))
                    kind="url"
                    placeholder=Some("https://example.org/my-quiz.json")
                    value=link
                    on_input=move |text| link.set(text)
                    test_id=Some(Signal::stored("link-input".to_string()))
                />
                <button type="submit" data-testid="link-open">{t!(i18n, student.open_link)}</button>
            </form>
            <p class="hint">
                <a href="#/platform" data-testid="platform-link">{t!(i18n, student.platform_link)}</a>
                {t!(i18n, student.platform_link_rest)}
            </p>
        </details>
    }
}

/// Opens the file chosen in a file box (a quiz, or a class summary on the results screen).
pub fn open_chosen(state: AppState, event: &leptos::ev::Event) {
    let input = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(input) = input {
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            open_file(state, file);
        }
        // Choosing the same file again (after fixing it) must fire again.
        input.set_value("");
    }
}
