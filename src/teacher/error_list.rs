use leptos::prelude::*;

use crate::i18n::{t, td_string, use_i18n};
use crate::quiz::QuizError;
use crate::shared::clipboard::copy_text;
use crate::teacher::problems::{describe, detail};

/// Problems listed in the page; the copy button copies all of them.
const SHOWN: usize = 200;

/// Every problem found in a quiz file, in plain language, selectable for copying.
#[component]
pub fn ErrorList(errors: Vec<QuizError>) -> impl IntoView {
    let i18n = use_i18n();
    let count = errors.len();
    let errors = StoredValue::new(errors);
    let copied = RwSignal::new(false);
    let copy = move |_| {
        // Copied in the language on screen.
        let locale = i18n.get_locale();
        let text = errors.with_value(|errors| {
            errors
                .iter()
                .map(|error| describe(locale, error))
                .collect::<Vec<_>>()
                .join("\n")
        });
        leptos::task::spawn_local(async move {
            copied.set(copy_text(&text).await);
        });
    };
    let listed = move || {
        let locale = i18n.get_locale();
        errors.with_value(|errors| {
            errors
                .iter()
                .take(SHOWN)
                .map(|error| {
                    let path = (!error.path.is_empty()).then(|| error.path.clone());
                    let detail = detail(locale, error);
                    let separator = td_string!(locale, problems.path_separator);
                    view! {
                        <li>
                            // A path is JSON, left to right in any language.
                            {path.map(|path| view! { <code dir="ltr">{path}</code> {separator} })}
                            {detail}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="error-list" role="alert" tabindex="-1" data-testid="error-list">
            <h2>{t!(i18n, problems.list_heading, count = move || count)}</h2>
            <ol>{listed}</ol>
            {(count > SHOWN)
                .then(|| {
                    view! { <p>{t!(i18n, problems.list_more, count = move || count - SHOWN)}</p> }
                })}
            <p>
                {t!(i18n, problems.format_before)}
                <a href="format.html" target="_blank" rel="noopener" data-testid="format-link-errors">
                    {t!(i18n, problems.format_link)}
                </a>
                {t!(i18n, problems.format_after)}
            </p>
            <button type="button" data-testid="copy-errors" on:click=copy>
                {move || {
                    if copied.get() {
                        t!(i18n, problems.copied).into_any()
                    } else {
                        t!(i18n, problems.copy).into_any()
                    }
                }}
            </button>
        </section>
    }
}
