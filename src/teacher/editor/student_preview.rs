use leptos::prelude::*;

use super::{use_editor, EditorView};
use crate::i18n::{t, use_i18n};
use crate::shared::{provide_app, AppState};
use crate::student::Screens;

/// The draft in the student flow, inside the editor. Its attempt is not saved.
#[component]
pub fn StudentPreview() -> impl IntoView {
    let i18n = use_i18n();
    let editor = use_editor();

    let back = move |_| editor.view.set(EditorView::Edit);
    let Some(quiz) = editor.checked_quiz() else {
        editor.view.set(EditorView::Edit);
        return ().into_any();
    };
    let state = AppState::for_preview(quiz);
    provide_app(state);
    let screen = Memo::new(move |_| state.screen());
    view! {
        <div class="preview" data-testid="student-preview">
            <p class="preview-banner">
                {t!(i18n, editor.preview_banner, <strong> = <strong />)}
                <button type="button" data-testid="close-preview" on:click=back>{t!(i18n, editor.back_to_editor)}</button>
            </p>
            <Screens screen=screen />
            <div class="visually-hidden" aria-live="polite">{move || state.announcement.get()}</div>
        </div>
    }
    .into_any()
}
