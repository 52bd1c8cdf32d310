use leptos::prelude::*;

use leptos::task::spawn_local;

use super::{use_editor, EditorView};
use crate::teacher::platform::{QuizBankButtons, ScormDownload};
use std::sync::Arc;

use crate::i18n::{t, t_string, td_string, use_i18n};
use crate::shared::clipboard::offer_link;
use crate::shared::download::download;
use crate::shared::share_link::link_carrying;
use crate::shared::words::open_error;
use crate::shared::ShareLinkField;

/// Preview, download, share link, answer key and the learning platform's files; disabled, with the reason, while the quiz has
/// problems.
#[component]
pub fn ExportPanel() -> impl IntoView {
    let i18n = use_i18n();
    let editor = use_editor();
    let errors = editor.errors;
    let blocked = Memo::new(move |_| errors.with(|e| !e.is_empty()));
    let status = RwSignal::new(String::new());
    let link = RwSignal::new(None::<String>);
    let reason = move || {
        let l = i18n.get_locale();
        errors.with(|e| match e.len() {
            0 => td_string!(l, platform.export_ready).to_string(),
            n => td_string!(l, platform.export_blocked, count = n).to_string(),
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
        let l = i18n.get_locale_untracked();
        spawn_local(async move {
            match link_carrying(&file).await {
                Ok(Some(url)) => offer_link(
                    url,
                    link,
                    status,
                    td_string!(l, platform.link_copied),
                    td_string!(l, platform.copy_link_below),
                ),
                Ok(None) => status.set(td_string!(l, platform.too_large_for_link).into()),
                Err(error) => status.set(open_error(l, &error)),
            }
        });
    };
    view! {
        <section class="export-panel" aria-labelledby="export-title">
            <h2 id="export-title" tabindex="-1" data-testid="export-title">{t!(i18n, platform.check_and_share)}</h2>
            <p data-testid="export-status" class:problem=move || blocked.get()>{reason}</p>
            <div class="actions">
                <button type="button" class="primary" data-testid="preview" disabled=move || blocked.get() on:click=move |_| editor.view.set(EditorView::Preview)>
                    {t!(i18n, platform.preview)}
                </button>
                <button type="button" data-testid="export-json" disabled=move || blocked.get() on:click=download_json>
                    {t!(i18n, platform.download_quiz)}
                </button>
                <button type="button" data-testid="export-link" disabled=move || blocked.get() on:click=share_link>
                    {t!(i18n, platform.copy_share_link)}
                </button>
                <button type="button" data-testid="answer-key" disabled=move || blocked.get() on:click=move |_| editor.view.set(EditorView::AnswerKey)>
                    {t!(i18n, platform.answer_key)}
                </button>
            </div>
            <h3>{t!(i18n, platform.for_platform)}</h3>
            <ScormDownload quiz=with_file disabled=blocked />
            <h4>{t!(i18n, platform.for_bank)}</h4>
            <QuizBankButtons quiz=checked disabled=blocked />
            <p role="status" class="share-status">{move || status.get()}</p>
            <ShareLinkField link=link label=Signal::derive(move || t_string!(i18n, platform.share_link)) test_id="export-link-value" />
        </section>
    }
}
