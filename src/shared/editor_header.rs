use leptos::prelude::*;

use crate::i18n::{t, use_i18n, Locale};
use crate::shared::language::direction_of;
use crate::shared::LanguagePicker;
use leptos_i18n::Locale as _;

/// A sentence in a given language: `|l| td_string!(l, student.editor_title)`.
pub type Text = fn(Locale) -> &'static str;

/// The title bar of the teachers' pages (`page`: "Create a quiz"…), with the way back to the quiz.
#[component]
pub fn EditorHeader(page: Text) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        // In the interface language, also where it sits in a teachers' page.
        <header
            class="site-header editor-header"
            lang=move || i18n.get_locale().as_str()
            dir=move || direction_of(i18n.get_locale())
        >
            <p class="brand">{t!(i18n, student.app_name)}" · "{move || page(i18n.get_locale())}</p>
            <LanguagePicker />
            <a href="#/" data-testid="back-to-quiz">{t!(i18n, student.back_to_quiz)}</a>
        </header>
    }
}
