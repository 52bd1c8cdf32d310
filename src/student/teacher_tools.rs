//! The door to the teachers' module (`src/bin/teacher.rs`): the quiz editor at `#/edit`, and
//! the list of problems in a quiz file that did not open. It is downloaded the first time one of
//! these is needed: students opening good quizzes never download it. The app's start-up script
//! (`pattern_script` in `Trunk.toml`) defines `fcoTeacher`, which loads the module and calls it.

use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::shared::{use_app, EditorHeader};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = fcoTeacher, js_name = openEditor, catch)]
    fn open_editor(
        root: &web_sys::HtmlElement,
        open_quiz: &[u8],
    ) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_namespace = fcoTeacher, js_name = closeEditor, catch)]
    fn close_editor() -> Result<(), JsValue>;
    #[wasm_bindgen(js_namespace = fcoTeacher, js_name = explain, catch)]
    fn explain_file(root: &web_sys::HtmlElement, file: &[u8]) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_namespace = fcoTeacher, js_name = closeExplanation, catch)]
    fn close_explanation() -> Result<(), JsValue>;
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
        let open_quiz = state.file.get_value();
        let Ok(promise) = open_editor(&element, &open_quiz) else {
            phase.set(Phase::Failed);
            return;
        };
        follow(promise, phase);
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

/// Sets `phase` from how loading the module and calling it went.
fn follow(promise: js_sys::Promise, phase: RwSignal<Phase>) {
    spawn_local(async move {
        let next = match JsFuture::from(promise).await {
            Ok(_) => Phase::Ready,
            Err(error) if error.is_instance_of::<js_sys::WebAssembly::RuntimeError>() => {
                Phase::Crashed
            }
            Err(_) => Phase::Failed,
        };
        // The page may have moved on while the module was loading.
        if phase.try_get_untracked().is_some() {
            phase.set(next);
        }
    });
}

/// Every problem in a quiz file that did not open, listed by the teachers' module. Until it has
/// arrived, and if it cannot be downloaded, the student is told what is going on.
#[component]
pub fn FileProblems(file: std::sync::Arc<[u8]>) -> impl IntoView {
    let root = NodeRef::<Div>::new();
    let phase = RwSignal::new(Phase::Loading);
    let attempt = RwSignal::new(0u32);
    Effect::new(move |_| {
        attempt.track();
        let Some(element) = root.get() else {
            return;
        };
        phase.set(Phase::Loading);
        match explain_file(&element, &file) {
            Ok(promise) => follow(promise, phase),
            Err(_) => phase.set(Phase::Failed),
        }
    });
    on_cleanup(|| {
        let _ = close_explanation();
    });
    let status = move || {
        match phase.get() {
        Phase::Loading => view! {
            <p class="notice" role="status" data-testid="checking-file">
                "This file did not open as a quiz. Finding what to fix…"
            </p>
        }
        .into_any(),
        Phase::Failed => problem(
            "explain-failed",
            "This file is not a quiz this app can open. The list of what to fix in it comes with the teacher tools, which could not be downloaded: you may be offline. The quiz that was open stays open.",
            "Try again",
            move || attempt.update(|n| *n += 1),
        ),
        Phase::Crashed => problem(
            "explain-crashed",
            "This file is not a quiz this app can open, and the teacher tools stopped with an error while checking it. Reload the page to try again; the quiz that was open stays open.",
            "Reload the page",
            || {
                let _ = window().location().reload();
            },
        ),
        Phase::Ready => ().into_any(),
    }
    };
    view! {
        {status}
        <div node_ref=root class="explanation-root"></div>
    }
}
