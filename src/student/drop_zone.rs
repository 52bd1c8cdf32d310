use leptos::prelude::*;

use super::open::open_file;
use crate::shared::use_app;

/// Lets a teacher drop a quiz file anywhere on the page; shows a sign while a file is dragged over.
#[component]
pub fn DropZone() -> impl IntoView {
    let state = use_app();
    let dragging = RwSignal::new(false);
    let carries_files = |event: &web_sys::DragEvent| {
        event.data_transfer().is_some_and(|data| {
            data.types()
                .iter()
                .any(|t| t.as_string().as_deref() == Some("Files"))
        })
    };
    let over = window_event_listener(leptos::ev::dragover, move |event| {
        if carries_files(&event) {
            event.prevent_default();
            dragging.set(true);
        }
    });
    let leave = window_event_listener(leptos::ev::dragleave, move |event| {
        // Leaving the window: no element under the pointer any more.
        if event.related_target().is_none() {
            dragging.set(false);
        }
    });
    let drop = window_event_listener(leptos::ev::drop, move |event| {
        dragging.set(false);
        let file = event
            .data_transfer()
            .and_then(|data| data.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            event.prevent_default();
            open_file(state, file);
        }
    });
    on_cleanup(move || {
        over.remove();
        leave.remove();
        drop.remove();
    });
    view! {
        <Show when=move || dragging.get()>
            <div class="drop-overlay" aria-hidden="true">
                <p>"Drop the quiz file to open it"</p>
            </div>
        </Show>
    }
}
