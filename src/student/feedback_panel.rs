use leptos::prelude::*;

use crate::quiz::score::verdict;
use crate::shared::{use_app, FactCheckNote};

/// Right or wrong in words and an icon, the explanation and any fact check, for the statement
/// on screen. Shown after each answer in practice mode, and for every statement after the end.
#[component]
pub fn FeedbackPanel() -> impl IntoView {
    let state = use_app();
    move || {
        let quiz = state.quiz.get();
        state.session.with(|session| {
            let session = session.as_ref().filter(|s| s.shows_feedback())?;
            let index = session.current();
            let statement = quiz.statement(index).clone();
            let chosen = session.answer_of(index);
            let correct = session.is_right(&quiz, index);
            let verdict = verdict(&quiz, index, chosen);
            Some(view! {
                <div
                    class="feedback"
                    class:right=correct
                    class:wrong=!correct
                    data-testid="feedback"
                    data-correct=correct.to_string()
                >
                    <p class="verdict" data-testid="verdict">
                        <span class="icon" aria-hidden="true">{if correct { "✓" } else { "✗" }}</span>
                        {verdict}
                    </p>
                    <p class="explanation" data-testid="explanation">{statement.explanation}</p>
                    {statement.fact_check.map(|check| view! { <FactCheckNote check=check /> })}
                </div>
            })
        })
    }
}
