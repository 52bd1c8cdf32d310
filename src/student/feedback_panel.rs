use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::shared::language::quiz_text;
use crate::shared::words::verdict;
use crate::shared::{use_app, FactCheckNote};

/// Right or wrong in words and an icon, the explanation and any fact check, for the statement
/// on screen. Shown after each answer in practice mode, and for every statement after the end.
#[component]
pub fn FeedbackPanel() -> impl IntoView {
    let state = use_app();
    let i18n = use_i18n();
    move || {
        let quiz = state.quiz.get();
        state.session.with(|session| {
            let session = session.as_ref().filter(|s| s.shows_feedback())?;
            let index = session.current();
            let statement = quiz.statement(index).clone();
            let chosen = session.answer_of(index);
            let correct = session.is_right(&quiz, index);
            let verdict = verdict(i18n.get_locale(), &quiz, index, chosen);
            let (lang, dir) = quiz_text(&quiz);
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
                    <p class="explanation" data-testid="explanation" lang=lang dir=dir>
                        {statement.explanation}
                    </p>
                    {statement.fact_check.map(|check| view! { <FactCheckNote check=check /> })}
                </div>
            })
        })
    }
}
