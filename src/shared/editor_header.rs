use leptos::prelude::*;

use crate::i18n::{t, use_i18n};
use crate::shared::LanguagePicker;

/// The title bar of the teachers' pages (`page`: "Create a quiz"…), with the way back to the quiz.
#[component]
pub fn EditorHeader(page: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="site-header editor-header">
            <p class="brand">{t!(i18n, student.app_name)}" · "{page}</p>
            <LanguagePicker />
            <a href="#/" data-testid="back-to-quiz">{t!(i18n, student.back_to_quiz)}</a>
        </header>
    }
}
