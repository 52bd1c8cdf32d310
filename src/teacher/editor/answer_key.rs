use leptos::prelude::*;

use super::{use_editor, EditorView};
use crate::i18n::{t, td_string, use_i18n};
use crate::shared::language::quiz_text;
use crate::shared::words::{categories, join_or};
use crate::shared::FactCheckNote;

/// Every statement with its answer and explanation, for printing and classroom discussion.
#[component]
pub fn AnswerKey() -> impl IntoView {
    let i18n = use_i18n();
    let editor = use_editor();

    let Some(quiz) = editor.checked_quiz() else {
        editor.view.set(EditorView::Edit);
        return ().into_any();
    };
    // The quiz's own words are read in the quiz's language.
    let (lang, dir) = quiz_text(&quiz);
    let rows = (0..quiz.len())
        .map(|i| {
            let lang = lang.clone();
            let statement = quiz.statement(i);
            let accepted = quiz.accepted_categories(i);
            // The default categories' names in the interface language, as students read them.
            let answers = {
                let quiz = quiz.clone();
                move || {
                    let locale = i18n.get_locale();
                    join_or(locale, &categories(locale, &quiz), &accepted)
                }
            };
            view! {
                <li>
                    <blockquote lang=lang.clone() dir=dir>{statement.text.clone()}</blockquote>
                    <p><strong>{answers}</strong></p>
                    <p lang=lang.clone() dir=dir>{statement.explanation.clone()}</p>
                    {statement.fact_check.clone().map(|check| view! { <div lang=lang dir=dir><FactCheckNote check=check /></div> })}
                </li>
            }
        })
        .collect_view();
    let title = quiz.quiz.title.clone();
    let heading = move || {
        td_string!(
            i18n.get_locale(),
            editor.answer_key_title,
            title = title.as_str()
        )
        .to_string()
    };
    view! {
        <section class="answer-key" data-testid="answer-key-view">
            <div class="actions no-print">
                <button type="button" on:click=move |_| editor.view.set(EditorView::Edit)>{t!(i18n, editor.back_to_editor)}</button>
                <button type="button" class="primary" on:click=move |_| { let _ = window().print(); }>{t!(i18n, editor.print)}</button>
            </div>
            <h1>{heading}</h1>
            <ol class="missed">{rows}</ol>
        </section>
    }
    .into_any()
}
