use leptos::prelude::*;

use super::{use_editor, Chosen, StatementEditor};
use crate::quiz::loaded::segments;

/// One passage: its text with the statements highlighted, a selectable copy of the text to mark
/// statements with mouse, touch or keyboard, and the statements' cards.
#[component]
pub fn PassageEditor(passage: usize) -> impl IntoView {
    let editor = use_editor();
    let errors = editor.errors;
    let select_ref = NodeRef::<leptos::html::Textarea>::new();
    let text = Memo::new(move |_| {
        editor
            .draft
            .with(|d| {
                d.as_ref()
                    .and_then(|d| d.passages.get(passage))
                    .map(|p| p.text.clone())
            })
            .unwrap_or_default()
    });
    let ranges = Memo::new(move |_| {
        editor.draft.with(|d| {
            d.as_ref()
                .and_then(|d| d.passages.get(passage))
                .map(|p| {
                    p.statements
                        .iter()
                        .enumerate()
                        .map(|(i, s)| (i, s.range.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let count = Memo::new(move |_| ranges.with(Vec::len));
    let chosen_here = move || {
        editor
            .chosen
            .get()
            .filter(|c| c.passage == passage && c.statement < count.get())
    };

    // The selection in the textarea, as a byte range of the passage.
    let selection = move || -> Option<std::ops::Range<usize>> {
        let area = select_ref.get_untracked()?;
        let start = area.selection_start().ok().flatten()?;
        let end = area.selection_end().ok().flatten()?;
        let text = text.get_untracked();
        Some(byte_offset(&text, start)..byte_offset(&text, end))
    };
    let mark = move |_| {
        if let Some(range) = selection() {
            editor.edit(|draft| {
                let at = draft.add_statement(passage, range)?;
                editor.chosen.set(Some(Chosen {
                    passage,
                    statement: at,
                }));
                Ok(())
            });
        }
    };
    let set_range = move |_| {
        if let (Some(range), Some(chosen)) = (selection(), chosen_here()) {
            editor.edit(|draft| draft.set_range(passage, chosen.statement, range));
        }
    };
    let split = move |_| {
        if let (Some(range), Some(chosen)) = (selection(), chosen_here()) {
            editor.edit(|draft| draft.split(passage, chosen.statement, range.start));
        }
    };
    let propose = move |_| {
        editor.edit(|draft| {
            draft.propose_sentences(passage);
            Ok(())
        })
    };
    let passage_errors = move || {
        errors.with(|errors| {
            errors
                .iter()
                .filter(|e| {
                    e.path == format!("passages[{passage}]")
                        || e.path == format!("passages[{passage}].text")
                })
                .map(ToString::to_string)
                .collect::<Vec<_>>()
        })
    };

    view! {
        <section class="passage-editor" data-testid=format!("edit-passage-{passage}") aria-labelledby=format!("passage-title-{passage}")>
            <h2 id=format!("passage-title-{passage}")>{format!("Passage {}", passage + 1)}</h2>
            <p class="passage-text">
                {move || {
                    let text = text.get();
                    let mut ranges = ranges.get();
                    ranges.sort_by_key(|(_, r)| r.start);
                    let chosen = chosen_here().map(|c| c.statement);
                    segments(text.len(), ranges)
                        .into_iter()
                        .map(|segment| {
                            let run = text[segment.range].to_string();
                            match segment.statement {
                                None => view! { <span>{run}</span> }.into_any(),
                                Some(i) => view! {
                                    <mark class="statement" class:current=chosen == Some(i)>
                                        <sup class="statement-number">{i + 1}</sup>
                                        {run}
                                    </mark>
                                }
                                .into_any(),
                            }
                        })
                        .collect_view()
                }}
            </p>
            <label class="field-label" for=format!("select-{passage}")>
                "Select words here to mark or adjust a statement"
            </label>
            <textarea
                id=format!("select-{passage}")
                class="passage-select"
                readonly
                rows="3"
                data-testid=format!("select-{passage}")
                node_ref=select_ref
                prop:value=move || text.get()
            ></textarea>
            <div class="passage-tools">
                <button type="button" data-testid=format!("mark-{passage}") on:click=mark>
                    "Mark the selection as a statement"
                </button>
                <button type="button" data-testid=format!("set-range-{passage}") disabled=move || chosen_here().is_none() on:click=set_range>
                    "Set the chosen statement to the selection"
                </button>
                <button type="button" data-testid=format!("split-{passage}") disabled=move || chosen_here().is_none() on:click=split>
                    "Split the chosen statement at the cursor"
                </button>
                <button type="button" data-testid=format!("propose-{passage}") on:click=propose>
                    "Mark every sentence"
                </button>
            </div>
            <ul class="field-errors">
                {move || passage_errors().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
            </ul>
            <ol class="statement-cards">
                {move || (0..count.get()).map(|i| view! { <StatementEditor passage=passage index=i /> }).collect_view()}
            </ol>
        </section>
    }
}

/// A textarea's UTF-16 offset as a byte offset of the same text.
fn byte_offset(text: &str, utf16: u32) -> usize {
    let mut units = 0_u32;
    for (byte, c) in text.char_indices() {
        if units >= utf16 {
            return byte;
        }
        units += u32::try_from(c.len_utf16()).unwrap_or(2);
    }
    text.len()
}
