use leptos::prelude::*;
use leptos_i18n::Locale as _;

use crate::i18n::{t, td_string, use_i18n, Locale};
use crate::shared::language::choose_language;

/// The interface language, on every screen's title bar: each language named in itself, so a
/// student who cannot read the current one still finds theirs.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    let on_change = move |event: leptos::ev::Event| {
        if let Ok(locale) = event_target_value(&event).parse::<Locale>() {
            choose_language(locale);
        }
    };
    view! {
        <label class="language-picker">
            <span class="visually-hidden">{t!(i18n, student.language_label)}</span>
            <select data-testid="language" on:change=on_change>
                {Locale::get_all()
                    .iter()
                    .map(|&locale| {
                        view! {
                            <option
                                value=locale.as_str()
                                lang=locale.as_str()
                                selected=move || i18n.get_locale() == locale
                            >
                                {td_string!(locale, student.language_name)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
