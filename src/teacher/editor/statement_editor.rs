use leptos::prelude::*;

use super::{errors_under, use_editor, Chosen, EditorField, EditorState};
use crate::i18n::{t, td_string, use_i18n};
use crate::quiz::authoring::Draft;
use crate::quiz::model::{FactCheck, Statement};
use crate::shared::words::default_categories;

fn with_statement<T: Default>(
    editor: EditorState,
    passage: usize,
    index: usize,
    read: impl FnOnce(&Statement) -> T,
) -> T {
    editor.draft.with(|d| {
        d.as_ref()
            .and_then(|d| d.passages.get(passage))
            .and_then(|p| p.statements.get(index))
            .map(|s| read(&s.statement))
            .unwrap_or_default()
    })
}

fn change_statement(
    draft: &mut Draft,
    passage: usize,
    index: usize,
    change: impl FnOnce(&mut Statement),
) {
    if let Some(s) = draft
        .passages
        .get_mut(passage)
        .and_then(|p| p.statements.get_mut(index))
    {
        change(&mut s.statement);
    }
}

/// One statement's card: its words, accepted answers, explanation, cue words and fact check,
/// with the problems the loader would report for it.
#[component]
pub fn StatementEditor(passage: usize, index: usize) -> impl IntoView {
    let i18n = use_i18n();
    let editor = use_editor();
    let errors = editor.errors;
    let text = Memo::new(move |_| with_statement(editor, passage, index, |s| s.text.clone()));
    let answer = Memo::new(move |_| with_statement(editor, passage, index, |s| s.answer.clone()));
    let explanation =
        Memo::new(move |_| with_statement(editor, passage, index, |s| s.explanation.clone()));
    let cues = Memo::new(move |_| with_statement(editor, passage, index, |s| s.cues.join("\n")));
    let note = Memo::new(move |_| {
        with_statement(editor, passage, index, |s| {
            s.fact_check
                .as_ref()
                .map(|f| f.note.clone())
                .unwrap_or_default()
        })
    });
    let link = Memo::new(move |_| {
        with_statement(editor, passage, index, |s| {
            s.fact_check
                .as_ref()
                .and_then(|f| f.link.clone())
                .unwrap_or_default()
        })
    });
    let id = Memo::new(move |_| with_statement(editor, passage, index, |s| s.id.clone()));
    // The quiz's own categories, or the default three named in the interface language.
    let categories = Memo::new(move |_| {
        let own = editor
            .draft
            .with(|d| d.as_ref().and_then(|d| d.meta.categories.clone()));
        own.unwrap_or_else(|| default_categories(i18n.get_locale()))
    });
    let path = format!("passages[{passage}].statements[{index}]");
    let problems = move || errors.with(|errors| errors_under(i18n.get_locale(), errors, &path));
    let is_chosen = move || {
        editor.chosen.get()
            == Some(Chosen {
                passage,
                statement: index,
            })
    };
    let field = move |name: &str| format!("p{passage}-s{index}-{name}");
    // On a phone the cards show only their words and answers until the teacher opens one (or
    // chooses it), so that a long article is not thousands of pixels of fields; on a wide screen
    // they start open.
    let open = RwSignal::new(editor.wide);
    Effect::new(move |_| {
        if is_chosen() {
            open.set(true);
        }
    });

    let set = move |change: Box<dyn FnOnce(&mut Statement)>| {
        editor.update(|draft| change_statement(draft, passage, index, change));
    };
    let set_fact_check = move |note: Option<String>, link: Option<String>| {
        set(Box::new(move |s: &mut Statement| {
            let mut check = s.fact_check.clone().unwrap_or(FactCheck {
                note: String::new(),
                link: None,
            });
            if let Some(note) = note {
                check.note = note;
            }
            if let Some(link) = link {
                check.link = (!link.trim().is_empty()).then(|| link.trim().to_string());
            }
            s.fact_check = (!check.note.trim().is_empty() || check.link.is_some()).then_some(check);
        }));
    };

    view! {
        <li class="statement-card" class:chosen=is_chosen data-testid=move || format!("statement-card-{}", id.get())>
            <div class="card-head">
                <blockquote class="card-text">{move || text.get()}</blockquote>
                <button
                    type="button"
                    aria-pressed=move || is_chosen().to_string()
                    on:click=move |_| editor.chosen.set(Some(Chosen { passage, statement: index }))
                >
                    {move || {
                        let locale = i18n.get_locale();
                        if is_chosen() {
                            td_string!(locale, editor.chosen)
                        } else {
                            td_string!(locale, editor.choose)
                        }
                    }}
                </button>
            </div>
            <fieldset class="answer-choice">
                <legend>{t!(i18n, editor.accepted_answers)}</legend>
                {move || {
                    categories
                        .get()
                        .into_iter()
                        .map(|category| {
                            let cid = category.id.clone();
                            let checked = {
                                let cid = cid.clone();
                                move || answer.with(|a| a.contains(&cid))
                            };
                            view! {
                                <label>
                                    <input
                                        type="checkbox"
                                        data-testid=move || format!("answer-{}-{}", id.get(), cid)
                                        prop:checked=checked
                                        on:change={
                                            let cid = category.id.clone();
                                            move |event| {
                                                let on = event_target_checked(&event);
                                                let cid = cid.clone();
                                                editor.checkpoint();
                                                set(Box::new(move |s: &mut Statement| {
                                                    s.answer.retain(|a| *a != cid);
                                                    if on {
                                                        s.answer.push(cid);
                                                    }
                                                }));
                                            }
                                        }
                                    />
                                    {category.name.clone()}
                                    {
                                        let cid = category.id.clone();
                                        let test_id = move || format!("main-{}-{}", id.get(), cid);
                                        let main = {
                                            let cid = category.id.clone();
                                            move || answer.with(|a| a.len() > 1 && a.first() == Some(&cid))
                                        };
                                        move || {
                                            main()
                                                .then(|| view! { <span class="main-answer" data-testid=test_id()>" "{t!(i18n, editor.main_answer)}</span> })
                                        }
                                    }
                                </label>
                            }
                        })
                        .collect_view()
                }}
            </fieldset>
            <button
                type="button"
                class="quiet card-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls=field("details")
                data-testid=move || format!("details-{}", id.get())
                on:click=move |_| open.update(|open| *open = !*open)
            >
                {move || {
                    let locale = i18n.get_locale();
                    if open.get() {
                        td_string!(locale, editor.hide_details)
                    } else {
                        td_string!(locale, editor.show_details)
                    }
                }}
            </button>
            <div class="card-details" id=field("details") hidden=move || !open.get()>
            <EditorField
                id=field("explanation")
                label=|l| td_string!(l, editor.explanation_label)
                rows=3
                value=explanation
                on_input=move |value: String| set(Box::new(move |s: &mut Statement| s.explanation = value))
                test_id=Signal::derive(move || format!("explanation-{}", id.get()))
            />
            <EditorField
                id=field("cues")
                label=|l| td_string!(l, editor.cues_label)
                rows=2
                value=cues
                on_input=move |value: String| {
                    set(Box::new(move |s: &mut Statement| {
                        s.cues = value.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect();
                    }))
                }
            />
            <details class="fact-check-fields" open=move || !note.get().is_empty() || !link.get().is_empty()>
                <summary>{t!(i18n, editor.fact_check)}</summary>
                <EditorField
                    id=field("note")
                    label=|l| td_string!(l, editor.fact_check_note)
                    rows=2
                    value=note
                    on_input=move |value: String| set_fact_check(Some(value), None)
                />
                <EditorField
                    id=field("link")
                    label=|l| td_string!(l, editor.fact_check_link)
                    kind="url"
                    value=link
                    on_input=move |value: String| set_fact_check(None, Some(value))
                />
            </details>
            <div class="card-tools">
                <button type="button" on:click=move |_| editor.edit(|d| d.merge_with_next(passage, index))>
                    {t!(i18n, editor.merge)}
                </button>
                <button type="button" data-testid=move || format!("remove-{}", id.get()) on:click=move |_| {
                    editor.edit(|d| {
                        d.remove(passage, index);
                        Ok(())
                    });
                    editor.chosen.set(None);
                }>{t!(i18n, editor.remove)}</button>
            </div>
            </div>
            <ul class="field-errors" data-testid=move || format!("errors-{}", id.get())>
                {move || problems().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
            </ul>
        </li>
    }
}
