use leptos::prelude::*;

use crate::quiz::QuizError;

/// Every problem found in a quiz file, in plain language, selectable for copying.
#[component]
pub fn ErrorList(errors: Vec<QuizError>) -> impl IntoView {
    let count = errors.len();
    view! {
        <section class="error-list" role="alert" data-testid="error-list">
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
                    .map(|error| {
                        view! {
                            <li>
                                <code>{error.path.clone()}</code>
                                " "
                                {error.kind.to_string()}
                                {error
                                    .position
                                    .map(|(line, column)| format!(" (line {line}, column {column})"))}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
