use leptos::prelude::*;

use super::use_editor;
use crate::quiz::authoring::Draft;
use crate::quiz::LoadedQuiz;
use crate::shared::TextField;

/// The first step: paste an article, or edit `open`, the quiz that is open in the app.
#[component]
pub fn ArticleInput(open: Option<LoadedQuiz>) -> impl IntoView {
    let editor = use_editor();
    let article = RwSignal::new(String::new());
    let start = move |_| {
        let text = article.get_untracked();
        let draft = Draft::from_article(&text);
        if draft.passages.is_empty() {
            editor
                .message
                .set(Some("Paste the article's text first.".into()));
        } else {
            editor.replace(Some(draft));
        }
    };
    let edit_open = open.map(|quiz| {
        let label = format!("Edit “{}” instead", quiz.quiz.title);
        view! {
            <button
                type="button"
                data-testid="edit-open-quiz"
                on:click=move |_| editor.replace(Some(Draft::from_loaded(&quiz)))
            >
                {label}
            </button>
        }
    });
    view! {
        <h1>"Create a quiz"</h1>
        <p>
            "Paste the article below: a blank line between paragraphs. The headline can be the first paragraph. You will then mark the statements, choose their answers and explain them."
        </p>
        <TextField
            id="article-text"
            label="The article"
            rows=Some(14)
            value=article
            on_input=move |text| article.set(text)
            test_id=Some(Signal::stored("article-input".to_string()))
        />
        <p class="edit-message" role="status">{move || editor.message.get()}</p>
        <div class="actions">
            <button type="button" class="primary" data-testid="start-editing" on:click=start>
                "Start from this article"
            </button>
            {edit_open}
        </div>
    }
}
