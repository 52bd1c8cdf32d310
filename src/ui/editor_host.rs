//! Where the quiz editor goes (`#/edit`). The editor is a module of its own (`src/bin/editor.rs`):
//! students never download it, and a teacher downloads it the first time they open the editor.
//! The app's start-up script (`pattern_script` in `Trunk.toml`) defines `fcoEditor.open` and
//! `fcoEditor.close`, which load that module and mount or unmount the editor.

use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::editor::EditorHeader;
use super::use_app;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = fcoEditor, js_name = open, catch)]
    fn open_editor(
        root: &web_sys::HtmlElement,
        open_quiz: &str,
    ) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_namespace = fcoEditor, js_name = close, catch)]
    fn close_editor() -> Result<(), JsValue>;
}

#[derive(Debug, Clone, PartialEq)]
enum Phase {
    Loading,
    Ready,
    /// The module could not be downloaded (offline, or replaced by a newer version).
    Failed,
    /// The editor stopped with an error; only a reload brings it back.
    Crashed,
}

/// Loads the editor module (once) and mounts the editor; shows what is happening meanwhile.
#[component]
pub fn EditorHost() -> impl IntoView {
    let state = use_app();
    let root = NodeRef::<Div>::new();
    let phase = RwSignal::new(Phase::Loading);
    let attempt = RwSignal::new(0u32);
    Effect::new(move |_| {
        attempt.track();
        let Some(element) = root.get() else {
            return;
        };
        phase.set(Phase::Loading);
        let open_quiz = state
            .quiz
            .with_untracked(|quiz| serde_json::to_string(&quiz.quiz).unwrap_or_default());
        let Ok(promise) = open_editor(&element, &open_quiz) else {
            phase.set(Phase::Failed);
            return;
        };
        spawn_local(async move {
            let next = match JsFuture::from(promise).await {
                Ok(_) => Phase::Ready,
                Err(error) if error.is_instance_of::<js_sys::WebAssembly::RuntimeError>() => {
                    Phase::Crashed
                }
                Err(_) => Phase::Failed,
            };
            // The teacher may have left the editor while it was loading.
            if phase.try_get_untracked().is_some() {
                phase.set(next);
            }
        });
    });
    on_cleanup(|| {
        let _ = close_editor();
    });
    let body = move || {
        match phase.get() {
        Phase::Loading => view! {
            <p role="status" data-testid="editor-loading">"Opening the editor…"</p>
        }
        .into_any(),
        Phase::Failed => problem(
            "editor-failed",
            "The editor could not be downloaded. You may be offline: the editor is downloaded the first time you open it, and works offline after that. If a notice says a new version of the app is ready, update first.",
            "Try again",
            move || attempt.update(|n| *n += 1),
        ),
        Phase::Crashed => problem(
            "editor-crashed",
            "The editor stopped because of an error. Your draft is saved in this browser: reload the page to carry on.",
            "Reload the page",
            || {
                let _ = window().location().reload();
            },
        ),
        Phase::Ready => ().into_any(),
    }
    };
    view! {
        <Show when=move || phase.get() != Phase::Ready>
            <EditorHeader />
            <main class="page editor-page">
                <h1>"Create a quiz"</h1>
                {body}
            </main>
        </Show>
        <div node_ref=root class="editor-root"></div>
    }
}

/// What went wrong, and the one thing to do about it.
fn problem(
    test_id: &'static str,
    text: &'static str,
    action: &'static str,
    on_click: impl Fn() + 'static,
) -> AnyView {
    view! {
        <div role="alert" data-testid=test_id>
            <p>{text}</p>
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| on_click()>
                    {action}
                </button>
            </div>
        </div>
    }
    .into_any()
}
