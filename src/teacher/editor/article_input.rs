use leptos::prelude::*;

use super::use_editor;
use super::words::{edit_message, EditMessage};
use crate::i18n::{t, td_string, use_i18n};
use crate::quiz::authoring::Draft;
use crate::quiz::LoadedQuiz;
use crate::shared::TextField;

/// The first step: paste an article, or edit `open`, the quiz that is open in the app.
#[component]
pub fn ArticleInput(open: Option<LoadedQuiz>) -> impl IntoView {
    let i18n = use_i18n();
    let editor = use_editor();
    let article = RwSignal::new(String::new());
    let start = move |_| {
        let text = article.get_untracked();
        let draft = Draft::from_article(&text);
        if draft.passages.is_empty() {
            editor.message.set(Some(EditMessage::NoArticle));
        } else {
            editor.replace(Some(draft));
        }
    };
    let edit_open = open.map(|quiz| {
        let title = quiz.quiz.title.clone();
        let label = move || {
            td_string!(
                i18n.get_locale(),
                editor.edit_open_quiz,
                title = title.as_str()
            )
            .to_string()
        };
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
        <h1>{t!(i18n, editor.create_quiz)}</h1>
        <p>{t!(i18n, editor.article_intro)}</p>
        <TextField
            id="article-text"
            label=Signal::derive(move || td_string!(i18n.get_locale(), editor.article_label))
            rows=Some(14)
            value=article
            on_input=move |text| article.set(text)
            test_id=Some(Signal::stored("article-input".to_string()))
        />
        <p class="edit-message" role="status">
            {move || editor.message.with(|m| m.as_ref().map(|m| edit_message(i18n.get_locale(), m)))}
        </p>
        <div class="actions">
            <button type="button" class="primary" data-testid="start-editing" on:click=start>
                {t!(i18n, editor.start_from_article)}
            </button>
            {edit_open}
        </div>
    }
}
