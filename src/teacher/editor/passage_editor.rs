use leptos::prelude::*;

use crate::teacher::problems::describe;

use super::{use_editor, Chosen, StatementEditor};
use crate::i18n::{t, td_string, use_i18n};
use crate::quiz::loaded::segments;

/// One passage: its text with the statements highlighted, a selectable copy of the text to mark
/// statements with mouse, touch or keyboard, and the statements' cards.
#[component]
pub fn PassageEditor(passage: usize) -> impl IntoView {
    let i18n = use_i18n();
    let editor = use_editor();
    let errors = editor.errors;
    let select_ref = NodeRef::<leptos::html::Textarea>::new();
    let passage_ref = NodeRef::<leptos::html::P>::new();
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
    // The words selected, shown under the box so that a selection made above, or by keyboard
    // in the box, is seen before a button acts on it.
    let selected = RwSignal::new(String::new());
    let show_selection = move || {
        let words = selection()
            .filter(|range| !range.is_empty())
            .and_then(|range| text.with_untracked(|t| t.get(range).map(str::to_string)))
            .unwrap_or_default();
        selected.set(words);
    };
    // The selection box and its buttons; folded on a phone until wanted.
    let tools_open = RwSignal::new(editor.wide);
    // A selection made in the highlighted passage above becomes the box's selection, which the
    // buttons act on.
    let mirror = move || {
        let Some(area) = select_ref.get_untracked() else {
            return;
        };
        let Some(shown) = passage_ref.get_untracked() else {
            return;
        };
        if let Some(range) = text.with_untracked(|t| selected_in_passage(t, &shown)) {
            let (start, end) =
                text.with_untracked(|t| (utf16_offset(t, range.start), utf16_offset(t, range.end)));
            let _ = area.set_selection_range(start, end);
            show_selection();
            tools_open.set(true);
        }
    };
    // The box is not `readonly`, which would stop the keyboard from moving and selecting in it
    // (Chrome): every change to its text is refused instead.
    let refuse_edit = move |event: web_sys::InputEvent| event.prevent_default();
    let undo_edit = move |_| {
        if let Some(area) = select_ref.get_untracked() {
            area.set_value(&text.get_untracked());
        }
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
                .map(|e| describe(i18n.get_locale(), e))
                .collect::<Vec<_>>()
        })
    };

    view! {
        <section class="passage-editor" data-testid=format!("edit-passage-{passage}") aria-labelledby=format!("passage-title-{passage}")>
            <h2 id=format!("passage-title-{passage}")>{t!(i18n, editor.passage_title, number = passage + 1)}</h2>
            <p
                class="passage-text"
                node_ref=passage_ref
                on:mouseup=move |_| mirror()
                on:keyup=move |_| mirror()
                on:touchend=move |_| mirror()
            >
                {move || {
                    let text = text.get();
                    let mut ranges = ranges.get();
                    ranges.sort_by_key(|(_, r)| r.start);
                    let chosen = chosen_here().map(|c| c.statement);
                    segments(text.len(), ranges)
                        .into_iter()
                        .map(|segment| {
                            let at = segment.range.start;
                            let run = text[segment.range].to_string();
                            match segment.statement {
                                None => view! { <span data-at=at>{run}</span> }.into_any(),
                                Some(i) => view! {
                                    <mark class="statement" class:current=chosen == Some(i)>
                                        <sup class="statement-number">{i + 1}</sup>
                                        <span data-at=at>{run}</span>
                                    </mark>
                                }
                                .into_any(),
                            }
                        })
                        .collect_view()
                }}
            </p>
            <button
                type="button"
                class="quiet tools-toggle"
                aria-expanded=move || tools_open.get().to_string()
                aria-controls=format!("tools-{passage}")
                data-testid=format!("tools-{passage}")
                on:click=move |_| tools_open.update(|open| *open = !*open)
            >
                {move || {
                    let locale = i18n.get_locale();
                    if tools_open.get() {
                        td_string!(locale, editor.hide_tools)
                    } else {
                        td_string!(locale, editor.show_tools)
                    }
                }}
            </button>
            <div id=format!("tools-{passage}") hidden=move || !tools_open.get()>
            <label class="field-label" for=format!("select-{passage}")>
                {t!(i18n, editor.select_label)}
            </label>
            <textarea
                id=format!("select-{passage}")
                class="passage-select"
                aria-readonly="true"
                inputmode="none"
                spellcheck="false"
                rows="3"
                data-testid=format!("select-{passage}")
                node_ref=select_ref
                prop:value=move || text.get()
                on:beforeinput=refuse_edit
                on:input=undo_edit
                on:select=move |_| show_selection()
                on:keyup=move |_| show_selection()
                on:mouseup=move |_| show_selection()
            ></textarea>
            <p class="selection-status" data-testid=format!("selected-{passage}")>
                {move || {
                    let locale = i18n.get_locale();
                    let words = selected.get();
                    if words.is_empty() {
                        td_string!(locale, editor.nothing_selected).to_string()
                    } else {
                        td_string!(locale, editor.selected, words = words).to_string()
                    }
                }}
            </p>
            <div class="passage-tools">
                <button type="button" data-testid=format!("mark-{passage}") on:click=mark>
                    {t!(i18n, editor.mark_selection)}
                </button>
                <button type="button" data-testid=format!("set-range-{passage}") disabled=move || chosen_here().is_none() on:click=set_range>
                    {t!(i18n, editor.set_range)}
                </button>
                <button type="button" data-testid=format!("split-{passage}") disabled=move || chosen_here().is_none() on:click=split>
                    {t!(i18n, editor.split)}
                </button>
                <button type="button" data-testid=format!("propose-{passage}") on:click=propose>
                    {t!(i18n, editor.mark_passage_sentences)}
                </button>
            </div>
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

/// A text's byte offset as the UTF-16 offset a textarea counts in.
fn utf16_offset(text: &str, byte: usize) -> u32 {
    let units: usize = text.get(..byte).map_or(0, |t| t.encode_utf16().count());
    u32::try_from(units).unwrap_or(u32::MAX)
}

/// The page's selection, where it lies inside one passage's highlighted text, as a byte range of
/// `text`. The runs of text carry their byte offset (`data-at`); the statement numbers carry none
/// and count as the start of their statement.
fn selected_in_passage(text: &str, shown: &web_sys::Element) -> Option<std::ops::Range<usize>> {
    let selection = window().get_selection().ok().flatten()?;
    if selection.is_collapsed() {
        return None;
    }
    let anchor = offset_of(
        &selection.anchor_node()?,
        selection.anchor_offset(),
        text,
        shown,
    )?;
    let focus = offset_of(
        &selection.focus_node()?,
        selection.focus_offset(),
        text,
        shown,
    )?;
    let (start, end) = (anchor.min(focus), anchor.max(focus));
    (start < end).then_some(start..end)
}

/// Where a selection boundary (a node and an offset in it) falls in the passage's text.
fn offset_of(
    node: &web_sys::Node,
    offset: u32,
    text: &str,
    shown: &web_sys::Element,
) -> Option<usize> {
    use wasm_bindgen::JsCast;
    let is_text = node.node_type() == web_sys::Node::TEXT_NODE;
    let element: web_sys::Element = if is_text {
        node.parent_element()?
    } else {
        node.clone().dyn_into().ok()?
    };
    // Only a selection inside this passage's own text is taken up (not one that runs on into
    // the next passage, whose offsets are of another text).
    if !shown.contains(Some(&element)) {
        return None;
    }
    let run = match element.closest("[data-at]").ok().flatten() {
        Some(run) => run,
        // A statement's number: the statement starts there.
        None => element
            .closest("mark")
            .ok()
            .flatten()?
            .query_selector("[data-at]")
            .ok()
            .flatten()?,
    };
    let at: usize = run.get_attribute("data-at")?.parse().ok()?;
    let run_text = run.text_content().unwrap_or_default();
    let inside = if is_text && run.contains(Some(node)) {
        byte_offset(&run_text, offset)
    } else if offset == 0 {
        0
    } else {
        run_text.len()
    };
    Some((at + inside).min(text.len()))
}
