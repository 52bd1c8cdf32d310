use leptos::prelude::*;

use leptos::task::spawn_local;

use super::{use_editor, EditorView};
use crate::teacher::platform::{QuizBankButtons, ScormDownload};
use std::sync::Arc;

use crate::quiz::error::sentence;
use crate::shared::clipboard::offer_link;
use crate::shared::download::download;
use crate::shared::share_link::link_carrying;
use crate::shared::ShareLinkField;

/// Preview, download, share link, answer key and the learning platform's files; disabled, with the reason, while the quiz has
/// problems.
#[component]
pub fn ExportPanel() -> impl IntoView {
    let editor = use_editor();
    let errors = editor.errors;
    let blocked = Memo::new(move |_| errors.with(|e| !e.is_empty()));
    let status = RwSignal::new(String::new());
    let link = RwSignal::new(None::<String>);
    let reason = move || {
        errors.with(|e| match e.len() {
            0 => "The quiz is ready.".to_string(),
            1 => "Fix 1 problem before exporting (shown in red next to it).".to_string(),
            n => format!("Fix {n} problems before exporting (shown in red next to each)."),
        })
    };
    let download_json = move |_| {
        editor.draft.with_untracked(|d| {
            if let Some(d) = d {
                download(
                    &format!("{}.json", d.meta.id),
                    "application/json",
                    &d.to_json(),
                );
            }
        });
    };
    // Learning platforms: the checked quiz, as the loader reads it, and the file as downloaded.
    let checked = Callback::new(move |_| editor.checked_quiz());
    let with_file = Callback::new(move |_| {
        let quiz = checked.run(())?;
        let file = editor
            .draft
            .with_untracked(|d| d.as_ref().map(|d| Arc::from(d.to_json().into_bytes())))?;
        Some((quiz, file))
    });
    let share_link = move |_| {
        // The file as downloaded, compact: the shortest link.
        let Some(file) = editor.draft.with_untracked(|d| {
            d.as_ref()
                .map(|d| serde_json::to_vec(&d.to_quiz()).unwrap_or_default())
        }) else {
            return;
        };
        spawn_local(async move {
            match link_carrying(&file).await {
                Ok(Some(url)) => {
                    offer_link(url, link, status, "Link copied.", "Copy the link below.")
                }
                Ok(None) => status
                    .set("Too large for a link: download the file and share it instead.".into()),
                Err(error) => status.set(sentence(&error.to_string())),
            }
        });
    };
    view! {
        <section class="export-panel" aria-labelledby="export-title">
            <h2 id="export-title" tabindex="-1" data-testid="export-title">"Check and share"</h2>
            <p data-testid="export-status" class:problem=move || blocked.get()>{reason}</p>
            <div class="actions">
                <button type="button" class="primary" data-testid="preview" disabled=move || blocked.get() on:click=move |_| editor.view.set(EditorView::Preview)>
                    "Preview as a student"
                </button>
                <button type="button" data-testid="export-json" disabled=move || blocked.get() on:click=download_json>
                    "Download the quiz file"
                </button>
                <button type="button" data-testid="export-link" disabled=move || blocked.get() on:click=share_link>
                    "Copy a share link"
                </button>
                <button type="button" data-testid="answer-key" disabled=move || blocked.get() on:click=move |_| editor.view.set(EditorView::AnswerKey)>
                    "Answer key"
                </button>
            </div>
            <h3>"For your learning platform"</h3>
            <ScormDownload quiz=with_file disabled=blocked />
            <h4>"For your platform's question bank"</h4>
            <QuizBankButtons quiz=checked disabled=blocked />
            <p role="status" class="share-status">{move || status.get()}</p>
            <ShareLinkField link=link label="Share link" test_id="export-link-value" />
        </section>
    }
}
