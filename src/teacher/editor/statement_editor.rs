use leptos::prelude::*;

use super::{errors_under, use_editor, Chosen, EditorField, EditorState};
use crate::quiz::authoring::Draft;
use crate::quiz::model::{default_categories, FactCheck, Statement};

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
    let categories = Memo::new(move |_| {
        editor.draft.with(|d| {
            d.as_ref()
                .and_then(|d| d.meta.categories.clone())
                .unwrap_or_else(default_categories)
        })
    });
    let path = format!("passages[{passage}].statements[{index}]");
    let problems = move || errors.with(|errors| errors_under(errors, &path));
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
                    {move || if is_chosen() { "Chosen for the passage tools" } else { "Choose" }}
                </button>
            </div>
            <fieldset class="answer-choice">
                <legend>"Accepted answers (the first is the main one)"</legend>
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
                                                .then(|| view! { <span class="main-answer" data-testid=test_id()>" (main answer)"</span> })
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
                {move || if open.get() { "Hide the explanation and cue words" } else { "Explanation and cue words" }}
            </button>
            <div class="card-details" id=field("details") hidden=move || !open.get()>
            <EditorField
                id=field("explanation")
                label="Explanation: which words give it away, and how to check it"
                rows=3
                value=explanation
                on_input=move |value: String| set(Box::new(move |s: &mut Statement| s.explanation = value))
                test_id=Signal::derive(move || format!("explanation-{}", id.get()))
            />
            <EditorField
                id=field("cues")
                label="Cue words, one per line (copied from the statement)"
                rows=2
                value=cues
                on_input=move |value: String| {
                    set(Box::new(move |s: &mut Statement| {
                        s.cues = value.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect();
                    }))
                }
            />
            <details class="fact-check-fields" open=move || !note.get().is_empty() || !link.get().is_empty()>
                <summary>"Fact check (where the article is wrong or misleading)"</summary>
                <EditorField
                    id=field("note")
                    label="What is wrong, and what the record says"
                    rows=2
                    value=note
                    on_input=move |value: String| set_fact_check(Some(value), None)
                />
                <EditorField
                    id=field("link")
                    label="Link to the public record (https://…)"
                    kind="url"
                    value=link
                    on_input=move |value: String| set_fact_check(None, Some(value))
                />
            </details>
            <div class="card-tools">
                <button type="button" on:click=move |_| editor.edit(|d| d.merge_with_next(passage, index))>
                    "Merge with the next statement"
                </button>
                <button type="button" data-testid=move || format!("remove-{}", id.get()) on:click=move |_| {
                    editor.edit(|d| {
                        d.remove(passage, index);
                        Ok(())
                    });
                    editor.chosen.set(None);
                }>"Remove"</button>
            </div>
            </div>
            <ul class="field-errors" data-testid=move || format!("errors-{}", id.get())>
                {move || problems().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
            </ul>
        </li>
    }
}
