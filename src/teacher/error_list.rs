use leptos::prelude::*;

use crate::quiz::QuizError;
use crate::shared::clipboard::copy_text;

/// Problems listed in the page; the copy button copies all of them.
const SHOWN: usize = 200;

/// Every problem found in a quiz file, in plain language, selectable for copying.
#[component]
pub fn ErrorList(errors: Vec<QuizError>) -> impl IntoView {
    let count = errors.len();
    let as_text = errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    let copied = RwSignal::new(false);
    let copy = move |_| {
        let text = as_text.clone();
        leptos::task::spawn_local(async move {
            copied.set(copy_text(&text).await);
        });
    };
    view! {
        <section class="error-list" role="alert" tabindex="-1" data-testid="error-list">
            <h2>
                {if count == 1 {
                    "This quiz file has a problem".to_string()
                } else {
                    format!("This quiz file has {count} problems")
                }}
            </h2>
            <ol>
                {errors
                    .into_iter()
                    .take(SHOWN)
                    .map(|error| {
                        view! {
                            <li>
                                {(!error.path.is_empty())
                                    .then(|| view! { <code>{error.path.clone()}</code> ": " })}
                                {error.detail()}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            {(count > SHOWN)
                .then(|| {
                    view! {
                        <p>
                            {format!(
                                "… and {} more. Fix these first, or copy the whole list.",
                                count - SHOWN,
                            )}
                        </p>
                    }
                })}
            <p>
                "Every field and rule is described in "
                <a href="format.html" target="_blank" rel="noopener" data-testid="format-link-errors">
                    "the quiz format"
                </a>
                " (opens in a new tab)."
            </p>
            <button type="button" data-testid="copy-errors" on:click=copy>
                {move || if copied.get() { "Copied" } else { "Copy these problems" }}
            </button>
        </section>
    }
}
