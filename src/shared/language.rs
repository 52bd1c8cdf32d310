//! The interface language for both modules: resolved once from the student's choice, the open
//! quiz's language and the browser's (see [`crate::quiz::language::choose`]), kept in one
//! `leptos_i18n` context, and written on `<html lang dir>` for screen readers and the layout.

use leptos::prelude::*;
use leptos_i18n::{I18nContext, Locale as _};

use crate::i18n::{td_string, Locale};
use crate::quiz::language::{choose, direction};
use crate::quiz::LoadedQuiz;
use crate::shared::storage::{keep_language_choice, language_choice};

/// The student's choice (`None`: none made), readable by the picker and the resolution.
#[derive(Clone, Copy)]
pub struct Language {
    pub choice: RwSignal<Option<Locale>>,
}

/// Provides the i18n context, following the stored choice, then `quiz_language`, then the
/// browser. Call once near the root of each module's views.
pub fn provide_language(quiz_language: Signal<Option<String>>) -> I18nContext<Locale> {
    let choice = RwSignal::new(stored_choice());
    provide_context(Language { choice });
    let codes: Vec<&'static str> = Locale::get_all().iter().map(|l| l.as_str()).collect();
    let browser = browser_languages();
    let resolved = Signal::derive(move || {
        let choice = choice.get();
        let index = quiz_language.with(|quiz| {
            choose(
                &codes,
                choice.map(Locale::as_str),
                quiz.as_deref(),
                browser.iter().map(String::as_str),
            )
        });
        Locale::get_all()[index]
    });
    RESOLVED.with(|cell| cell.set(Some(resolved)));
    let i18n = leptos_i18n::context::init_i18n_subcontext::<Locale>(Some(resolved));
    provide_context(i18n);
    Effect::new(move |_| {
        let locale = i18n.get_locale();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", locale.as_str());
            let _ = html.set_attribute("dir", direction_of(locale));
        }
        document().set_title(td_string!(locale, student.page_title));
    });
    i18n
}

thread_local! {
    /// The module's interface language, for what is written outside a view (notices made as a
    /// quiz opens, file names, the CSV).
    static RESOLVED: std::cell::Cell<Option<Signal<Locale>>> = const { std::cell::Cell::new(None) };
}

/// The interface language now (English before [`provide_language`]).
pub fn locale() -> Locale {
    RESOLVED
        .with(|cell| cell.get())
        .and_then(|resolved| resolved.try_get_untracked())
        .unwrap_or_default()
}

/// The language chosen in the picker, on this device.
pub fn stored_choice() -> Option<Locale> {
    language_choice().and_then(|code| code.parse().ok())
}

/// The languages of the browser, most wanted first.
fn browser_languages() -> Vec<String> {
    let navigator = window().navigator();
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

/// The `lang` and `dir` of a quiz's own text (never translated), so that screen readers speak it
/// and browsers hyphenate it in its language, and it runs its own way inside the interface's.
/// A quiz that does not say its language gets `lang=""` (unknown), so that its text is not read
/// as the interface's language.
pub fn quiz_text(quiz: &LoadedQuiz) -> (String, &'static str) {
    let language = quiz.quiz.language.clone().filter(|l| !l.trim().is_empty());
    let dir = direction(language.as_deref());
    (language.unwrap_or_default(), dir)
}

/// `rtl` for the interface languages written right to left (leptos_i18n knows each one's).
pub fn direction_of(locale: Locale) -> &'static str {
    locale.direction().as_str()
}

/// Keeps the picker's choice on the device and switches the interface at once.
pub fn choose_language(locale: Locale) {
    if let Some(language) = use_context::<Language>() {
        keep_language_choice(locale.as_str());
        language.choice.set(Some(locale));
    }
}
