use leptos::prelude::*;

use crate::i18n::td_string;

use super::{
    use_editor, AnswerKey, ArticleInput, EditorState, EditorView, ExportPanel, PassageEditor,
    QuizSettings, StudentPreview,
};
use crate::quiz::LoadedQuiz;
use crate::shared::dom::{is_typing, reveal};
use crate::shared::EditorHeader;

/// The editor: toolbar, passages with their statements, and the side panel. `open` is the quiz
/// open in the app, offered for editing.
#[component]
pub fn EditorScreen(open: Option<LoadedQuiz>) -> impl IntoView {
    let (state, notice) = EditorState::restore();
    provide_context(state);
    state.autosave();
    let editor = use_editor();
    // Memos, so that typing in a field does not rebuild (and unfocus) the fields.
    let has_draft = Memo::new(move |_| editor.draft.with(Option::is_some));
    let passage_count = Memo::new(move |_| {
        editor
            .draft
            .with(|d| d.as_ref().map_or(0, |d| d.passages.len()))
    });

    // Editing starts (an article or the open quiz taken up): the page is redrawn from its top,
    // with the focus on its heading. Left alone, the browser keeps the old scroll position, which
    // on a phone is the bottom of the new, much longer page.
    Effect::new(move |had_draft: Option<bool>| {
        let has = has_draft.get();
        if has && had_draft == Some(false) {
            reveal("#edit-title");
        }
        has
    });

    // Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y outside text fields (fields keep their own undo).
    let keys = window_event_listener(leptos::ev::keydown, move |event| {
        if !(event.ctrl_key() || event.meta_key()) || is_typing(&event) {
            return;
        }
        match (event.key().to_lowercase().as_str(), event.shift_key()) {
            ("z", false) => {
                event.prevent_default();
                editor.undo();
            }
            ("z", true) | ("y", _) => {
                event.prevent_default();
                editor.redo();
            }
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());

    let propose_all = move |_| {
        editor.edit(|draft| {
            for p in 0..draft.passages.len() {
                draft.propose_sentences(p);
            }
            Ok(())
        })
    };
    let new_quiz = move |_| {
        let confirmed = window()
            .confirm_with_message(
                "Start a new quiz? The current draft is cleared (you can undo this).",
            )
            .unwrap_or(false);
        if confirmed {
            editor.replace(None);
        }
    };

    view! {
        <EditorHeader page=|l| td_string!(l, student.editor_title) />
        <main id="main" class="page editor-page" tabindex="-1">
            {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
            {move || match editor.view.get() {
                EditorView::Preview => view! { <StudentPreview /> }.into_any(),
                EditorView::AnswerKey => view! { <AnswerKey /> }.into_any(),
                EditorView::Edit => {
                    if !has_draft.get() {
                        view! { <ArticleInput open=open.clone() /> }.into_any()
                    } else {
                        view! {
                            <h1 id="edit-title" tabindex="-1" data-testid="edit-title">"Create a quiz"</h1>
                            <div class="editor-toolbar" role="toolbar" aria-label="Editing">
                                <button type="button" data-testid="undo" disabled=move || !editor.can_undo() on:click=move |_| editor.undo()>
                                    "Undo"
                                </button>
                                <button type="button" data-testid="redo" disabled=move || !editor.can_redo() on:click=move |_| editor.redo()>
                                    "Redo"
                                </button>
                                <button type="button" data-testid="propose-all" on:click=propose_all>
                                    "Mark every sentence as a statement"
                                </button>
                                <button type="button" class="quiet" data-testid="new-quiz" on:click=new_quiz>
                                    "New quiz"
                                </button>
                                <button type="button" class="quiet narrow-only" data-testid="go-to-settings" on:click=move |_| reveal("#settings-title")>
                                    "About the quiz ↓"
                                </button>
                                <button type="button" class="quiet narrow-only" data-testid="go-to-export" on:click=move |_| reveal("#export-title")>
                                    "Check and share ↓"
                                </button>
                            </div>
                            <p class="hint" data-testid="undo-hint">
                                "Undo and Redo go back over the edits made since this page was opened; the draft itself is saved in this browser as you type."
                            </p>
                            <p class="edit-message" role="status" data-testid="edit-message">
                                {move || editor.message.get()}
                            </p>
                            <div class="editor-layout">
                                <div class="editor-passages">
                                    {move || {
                                        (0..passage_count.get())
                                            .map(|p| view! { <PassageEditor passage=p /> })
                                            .collect_view()
                                    }}
                                </div>
                                <aside class="editor-side">
                                    <QuizSettings />
                                    <ExportPanel />
                                </aside>
                            </div>
                        }
                            .into_any()
                    }
                }
            }}
        </main>
    }
}
