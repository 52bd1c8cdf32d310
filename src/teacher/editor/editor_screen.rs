use leptos::prelude::*;

use crate::i18n::{t, t_string, td_string, use_i18n};

use super::words::edit_message;
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
    let i18n = use_i18n();
    let (state, draft_cleared) = EditorState::restore();
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
            .confirm_with_message(td_string!(
                i18n.get_locale_untracked(),
                editor.confirm_new_quiz
            ))
            .unwrap_or(false);
        if confirmed {
            editor.replace(None);
        }
    };

    view! {
        <EditorHeader page=|l| td_string!(l, student.editor_title) />
        <main id="main" class="page editor-page" tabindex="-1">
            {draft_cleared.then(|| view! { <p class="notice" role="status">{t!(i18n, editor.draft_unreadable)}</p> })}
            {move || match editor.view.get() {
                EditorView::Preview => view! { <StudentPreview /> }.into_any(),
                EditorView::AnswerKey => view! { <AnswerKey /> }.into_any(),
                EditorView::Edit => {
                    if !has_draft.get() {
                        view! { <ArticleInput open=open.clone() /> }.into_any()
                    } else {
                        view! {
                            <h1 id="edit-title" tabindex="-1" data-testid="edit-title">{t!(i18n, editor.create_quiz)}</h1>
                            <div class="editor-toolbar" role="toolbar" aria-label=move || t_string!(i18n, editor.toolbar)>
                                <button type="button" data-testid="undo" disabled=move || !editor.can_undo() on:click=move |_| editor.undo()>
                                    {t!(i18n, editor.undo)}
                                </button>
                                <button type="button" data-testid="redo" disabled=move || !editor.can_redo() on:click=move |_| editor.redo()>
                                    {t!(i18n, editor.redo)}
                                </button>
                                <button type="button" data-testid="propose-all" on:click=propose_all>
                                    {t!(i18n, editor.mark_every_sentence)}
                                </button>
                                <button type="button" class="quiet" data-testid="new-quiz" on:click=new_quiz>
                                    {t!(i18n, editor.new_quiz)}
                                </button>
                                <button type="button" class="quiet narrow-only" data-testid="go-to-settings" on:click=move |_| reveal("#settings-title")>
                                    {t!(i18n, editor.go_to_settings)}
                                </button>
                                <button type="button" class="quiet narrow-only" data-testid="go-to-export" on:click=move |_| reveal("#export-title")>
                                    {t!(i18n, editor.go_to_export)}
                                </button>
                            </div>
                            <p class="hint" data-testid="undo-hint">
                                {t!(i18n, editor.undo_hint)}
                            </p>
                            <p class="edit-message" role="status" data-testid="edit-message">
                                {move || editor.message.with(|m| m.as_ref().map(|m| edit_message(i18n.get_locale(), m)))}
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
