use leptos::prelude::*;

use crate::i18n::{t, use_i18n};

use super::open::open_file;
use crate::shared::dom::on_file_drop;
use crate::shared::use_app;

/// Lets a teacher drop a quiz file anywhere on the page; shows a sign while a file is dragged over.
#[component]
pub fn DropZone() -> impl IntoView {
    let state = use_app();
    let i18n = use_i18n();
    let dragging = RwSignal::new(false);
    on_file_drop(dragging, move |files| {
        if let Some(file) = files.get(0) {
            open_file(state, file);
        }
    });
    view! {
        <Show when=move || dragging.get()>
            <div class="drop-overlay" aria-hidden="true">
                <p>{t!(i18n, student.drop_to_open)}</p>
            </div>
        </Show>
    }
}
