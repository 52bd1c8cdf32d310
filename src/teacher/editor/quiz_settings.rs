use leptos::prelude::*;

use super::words::{fact_and_opinion, is_fact_and_opinion};
use super::{use_editor, EditorField};
use crate::i18n::{t, td_string, use_i18n};
use crate::quiz::authoring::{retitle, Draft};
use crate::quiz::model::{ModeSetting, PassageOrder, Quiz, Source};
use crate::shared::editor_header::Text;
use crate::teacher::problems::describe;

/// Title, source, language, categories and settings of the quiz, with their problems.
#[component]
pub fn QuizSettings() -> impl IntoView {
    let i18n = use_i18n();
    let editor = use_editor();
    let errors = editor.errors;
    let meta = Memo::new(move |_| editor.draft.with(|d| d.as_ref().map(|d| d.meta.clone())));
    let read = move |f: fn(&Quiz) -> String| meta.with(|m| m.as_ref().map(f).unwrap_or_default());
    let change = move |f: Box<dyn FnOnce(&mut Quiz)>| editor.update(|d: &mut Draft| f(&mut d.meta));
    let text_field = move |label: Text,
                           id: &'static str,
                           get: fn(&Quiz) -> String,
                           put: fn(&mut Quiz, String)| {
        view! {
            <EditorField
                id=format!("meta-{id}")
                label=label
                value=Signal::derive(move || read(get))
                on_input=move |value: String| change(Box::new(move |q: &mut Quiz| put(q, value)))
                test_id=format!("meta-{id}")
            />
        }
    };
    fn source(q: &mut Quiz) -> &mut Source {
        q.source.get_or_insert_with(Source::default)
    }
    fn optional(value: String) -> Option<String> {
        (!value.trim().is_empty()).then_some(value)
    }
    let meta_errors = move || {
        errors.with(|errors| {
            errors
                .iter()
                .filter(|e| !e.path.starts_with("passages"))
                .map(|e| describe(i18n.get_locale(), e))
                .collect::<Vec<_>>()
        })
    };
    let category_set = move || {
        meta.with(|m| match m.as_ref().and_then(|m| m.categories.as_ref()) {
            None => "three",
            Some(c) if is_fact_and_opinion(c) => "two",
            Some(_) => "own",
        })
    };

    view! {
        <section class="quiz-settings" aria-labelledby="settings-title">
            <h2 id="settings-title" tabindex="-1" data-testid="settings-title">{t!(i18n, editor.settings_title)}</h2>
            <ul class="field-errors" data-testid="meta-errors">
                {move || meta_errors().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
            </ul>
            {text_field(|l| td_string!(l, editor.field_title), "title", |q| q.title.clone(), retitle)}
            {text_field(|l| td_string!(l, editor.field_id), "id", |q| q.id.clone(), |q, v| q.id = v)}
            {text_field(|l| td_string!(l, editor.field_publication), "publication", |q| q.source.as_ref().and_then(|s| s.publication.clone()).unwrap_or_default(), |q, v| source(q).publication = optional(v))}
            {text_field(|l| td_string!(l, editor.field_article_author), "article-author", |q| q.source.as_ref().and_then(|s| s.author.clone()).unwrap_or_default(), |q, v| source(q).author = optional(v))}
            {text_field(|l| td_string!(l, editor.field_date), "date", |q| q.source.as_ref().and_then(|s| s.date.clone()).unwrap_or_default(), |q, v| source(q).date = optional(v))}
            {text_field(|l| td_string!(l, editor.field_url), "url", |q| q.source.as_ref().and_then(|s| s.url.clone()).unwrap_or_default(), |q, v| source(q).url = optional(v))}
            {text_field(|l| td_string!(l, editor.field_language), "language", |q| q.language.clone().unwrap_or_default(), |q, v| q.language = optional(v))}
            {text_field(|l| td_string!(l, editor.field_author), "author", |q| q.author.clone().unwrap_or_default(), |q, v| q.author = optional(v))}
            {text_field(|l| td_string!(l, editor.field_licence), "licence", |q| q.licence.clone().unwrap_or_default(), |q, v| q.licence = optional(v))}
            {text_field(|l| td_string!(l, editor.field_instructions), "instructions", |q| q.instructions.clone().unwrap_or_default(), |q, v| q.instructions = optional(v))}
            <label class="field-label" for="meta-categories">{t!(i18n, editor.categories_label)}</label>
            <select
                id="meta-categories"
                data-testid="meta-categories"
                prop:value=category_set
                on:change=move |event| {
                    let choice = event_target_value(&event);
                    editor.edit(|d| {
                        match choice.as_str() {
                            "three" => d.meta.categories = None,
                            // Written into the quiz: in the quiz's language where the app has it.
                            "two" => {
                                let locale = d
                                    .meta
                                    .language
                                    .as_deref()
                                    .and_then(|tag| tag.split(['-', '_']).next())
                                    .and_then(|primary| primary.to_ascii_lowercase().parse().ok())
                                    .unwrap_or_else(|| i18n.get_locale_untracked());
                                d.meta.categories = Some(fact_and_opinion(locale))
                            }
                            _ => {}
                        }
                        Ok(())
                    });
                }
            >
                <option value="three">{t!(i18n, editor.categories_default)}</option>
                <option value="two">{t!(i18n, editor.categories_younger)}</option>
                <option value="own" disabled=move || category_set() != "own">{t!(i18n, editor.categories_own)}</option>
            </select>
            <label class="field-label" for="meta-mode">{t!(i18n, editor.mode_label)}</label>
            <select
                id="meta-mode"
                prop:value=move || meta.with(|m| match m.as_ref().map(|m| m.settings.mode) {
                    Some(ModeSetting::Practice) => "practice",
                    Some(ModeSetting::Test) => "test",
                    _ => "choice",
                })
                on:change=move |event| {
                    let mode = match event_target_value(&event).as_str() {
                        "practice" => ModeSetting::Practice,
                        "test" => ModeSetting::Test,
                        _ => ModeSetting::Choice,
                    };
                    editor.edit(|d| {
                        d.meta.settings.mode = mode;
                        Ok(())
                    });
                }
            >
                <option value="choice">{t!(i18n, editor.mode_choice)}</option>
                <option value="practice">{t!(i18n, editor.mode_practice)}</option>
                <option value="test">{t!(i18n, editor.mode_test)}</option>
            </select>
            <label class="field-label" for="meta-pass">{t!(i18n, editor.pass_mark_label)}</label>
            <input
                id="meta-pass"
                type="number"
                min="0"
                max="100"
                prop:value=move || meta.with(|m| m.as_ref().and_then(|m| m.settings.pass_mark).map(|p| p.to_string()).unwrap_or_default())
                on:focus=move |_| editor.checkpoint()
                on:input=move |event| {
                    let value = event_target_value(&event);
                    change(Box::new(move |q: &mut Quiz| q.settings.pass_mark = value.trim().parse().ok()));
                }
            />
            <label class="checkbox">
                <input
                    type="checkbox"
                    prop:checked=move || meta.with(|m| m.as_ref().is_none_or(|m| m.settings.allow_retry))
                    on:change=move |event| {
                        let on = event_target_checked(&event);
                        editor.edit(|d| {
                            d.meta.settings.allow_retry = on;
                            Ok(())
                        });
                    }
                />
                {t!(i18n, editor.allow_retry)}
            </label>
            <label class="checkbox">
                <input
                    type="checkbox"
                    prop:checked=move || meta.with(|m| m.as_ref().is_some_and(|m| m.settings.passage_order == PassageOrder::Shuffled))
                    on:change=move |event| {
                        let on = event_target_checked(&event);
                        editor.edit(|d| {
                            d.meta.settings.passage_order = if on { PassageOrder::Shuffled } else { PassageOrder::InOrder };
                            Ok(())
                        });
                    }
                />
                {t!(i18n, editor.shuffle_passages)}
            </label>
        </section>
    }
}
