use leptos::prelude::*;

use super::{use_editor, EditorView};
use crate::shared::FactCheckNote;

/// Every statement with its answer and explanation, for printing and classroom discussion.
#[component]
pub fn AnswerKey() -> impl IntoView {
    let editor = use_editor();

    let Some(quiz) = editor.checked_quiz() else {
        editor.view.set(EditorView::Edit);
        return ().into_any();
    };
    let rows = (0..quiz.len())
        .map(|i| {
            let statement = quiz.statement(i);
            let answers = quiz.accepted_names(i).join(" or ");
            view! {
                <li>
                    <blockquote>{statement.text.clone()}</blockquote>
                    <p><strong>{answers}</strong></p>
                    <p>{statement.explanation.clone()}</p>
                    {statement.fact_check.clone().map(|check| view! { <FactCheckNote check=check /> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="answer-key" data-testid="answer-key-view">
            <div class="actions no-print">
                <button type="button" on:click=move |_| editor.view.set(EditorView::Edit)>"Back to the editor"</button>
                <button type="button" class="primary" on:click=move |_| { let _ = window().print(); }>"Print"</button>
            </div>
            <h1>{format!("Answer key: {}", quiz.quiz.title)}</h1>
            <ol class="missed">{rows}</ol>
        </section>
    }
    .into_any()
}
