//! The door to the teachers' module (`src/bin/teacher.rs`): the quiz editor at `#/edit`, the
//! class report at `#/class`, the learning platform's files at `#/platform`, and the list of
//! problems in a quiz file that did not open. It is downloaded the first time one of
//! these is needed: students opening good quizzes never download it. The app's start-up script
//! (`pattern_script` in `Trunk.toml`) defines `fcoTeacher`, which loads the module and calls it.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;

use crate::i18n::{td_string, use_i18n};
use crate::shared::language::locale;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::shared::dom::reveal;
use crate::shared::editor_header::Text;
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
    #[wasm_bindgen(js_namespace = fcoTeacher, js_name = openClass, catch)]
    fn open_class(
        root: &web_sys::HtmlElement,
        open_quiz: &[u8],
    ) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_namespace = fcoTeacher, js_name = closeClass, catch)]
    fn close_class() -> Result<(), JsValue>;
    #[wasm_bindgen(js_namespace = fcoTeacher, js_name = openPlatform, catch)]
    fn open_platform(
        root: &web_sys::HtmlElement,
        open_quiz: &[u8],
    ) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_namespace = fcoTeacher, js_name = closePlatform, catch)]
    fn close_platform() -> Result<(), JsValue>;
    #[wasm_bindgen(js_namespace = fcoTeacher, js_name = explain, catch)]
    fn explain_file(root: &web_sys::HtmlElement, file: &[u8]) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_namespace = fcoTeacher, js_name = closeExplanation, catch)]
    fn close_explanation() -> Result<(), JsValue>;
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Phase {
    Loading,
    Ready,
    /// The module could not be downloaded (offline, or replaced by a newer version).
    Failed,
    /// The module stopped with an error; only a reload brings it back.
    Crashed,
}

/// What a place the teachers' module draws into says while it is not there: test id and text
/// for each phase.
#[derive(Clone, Copy)]
struct Messages {
    loading: (&'static str, Text),
    failed: (&'static str, Text),
    crashed: (&'static str, Text),
}

/// Loads the teachers' module (once) and lets it draw into `root` with `call`; `close` takes out
/// what it drew. Returns the phase, and a view saying what is happening until it is ready (with
/// "Try again" after a failed download, "Reload the page" after a crash).
fn teacher_module(
    root: NodeRef<Div>,
    call: impl Fn(&web_sys::HtmlElement) -> Result<js_sys::Promise, JsValue> + 'static,
    close: fn() -> Result<(), JsValue>,
    messages: Messages,
) -> (
    RwSignal<Phase>,
    impl Fn() -> AnyView + Copy + Send + Sync + 'static,
) {
    let phase = RwSignal::new(Phase::Loading);
    let attempt = RwSignal::new(0u32);
    Effect::new(move |_| {
        attempt.track();
        let Some(element) = root.get() else {
            return;
        };
        phase.set(Phase::Loading);
        let Ok(promise) = call(&element) else {
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
            // The page may have moved on while the module was loading.
            if phase.try_get_untracked().is_some() {
                phase.set(next);
            }
        });
    });
    on_cleanup(move || {
        let _ = close();
    });
    let i18n = use_i18n();
    let status = move || match phase.get() {
        Phase::Loading => {
            let (test_id, text) = messages.loading;
            let text = text(i18n.get_locale());
            view! { <p class="notice" role="status" data-testid=test_id>{text}</p> }.into_any()
        }
        Phase::Failed => problem(
            messages.failed,
            td_string!(i18n.get_locale(), student.try_again),
            move || attempt.update(|n| *n += 1),
        ),
        Phase::Crashed => problem(
            messages.crashed,
            td_string!(i18n.get_locale(), student.reload_page),
            || {
                let _ = window().location().reload();
            },
        ),
        Phase::Ready => ().into_any(),
    };
    (phase, status)
}

/// What went wrong, and the one thing to do about it.
fn problem(
    (test_id, text): (&'static str, Text),
    action: &'static str,
    on_click: impl Fn() + 'static,
) -> AnyView {
    view! {
        <div role="alert" tabindex="-1" data-testid=test_id>
            <p>{text(locale())}</p>
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| on_click()>
                    {action}
                </button>
            </div>
        </div>
    }
    .into_any()
}

/// A page of the teachers' module (the editor, the class report): its title bar and heading while
/// the module loads, then the page itself, given the quiz open in the app.
#[component]
fn ToolHost(
    title: Text,
    open: fn(&web_sys::HtmlElement, &[u8]) -> Result<js_sys::Promise, JsValue>,
    close: fn() -> Result<(), JsValue>,
    messages: Messages,
) -> impl IntoView {
    let state = use_app();
    let i18n = use_i18n();
    let root = NodeRef::<Div>::new();
    let (phase, status) = teacher_module(
        root,
        move |element| open(element, &state.file.get_value()),
        close,
        messages,
    );
    view! {
        <Show when=move || phase.get() != Phase::Ready>
            <EditorHeader page=title />
            <main class="page editor-page">
                <h1>{move || title(i18n.get_locale())}</h1>
                {status}
            </main>
        </Show>
        <div node_ref=root class="editor-root"></div>
    }
}

/// The quiz editor (`#/edit`).
#[component]
pub fn EditorHost() -> impl IntoView {
    let messages = Messages {
        loading: ("editor-loading", |l| td_string!(l, student.editor_loading)),
        failed: ("editor-failed", |l| td_string!(l, student.editor_failed)),
        crashed: ("editor-crashed", |l| td_string!(l, student.editor_crashed)),
    };
    view! { <ToolHost title=|l| td_string!(l, student.editor_title) open=open_editor close=close_editor messages=messages /> }
}

/// The class report (`#/class`), for the quiz open in the app.
#[component]
pub fn ClassHost() -> impl IntoView {
    let messages = Messages {
        loading: ("class-loading", |l| td_string!(l, student.class_loading)),
        failed: ("class-failed", |l| td_string!(l, student.class_failed)),
        crashed: ("class-crashed", |l| td_string!(l, student.class_crashed)),
    };
    view! { <ToolHost title=|l| td_string!(l, student.class_title) open=open_class close=close_class messages=messages /> }
}

/// The quiz for the school's learning platform (`#/platform`): the SCORM package and the
/// question-bank files, for the quiz open in the app.
#[component]
pub fn PlatformHost() -> impl IntoView {
    let messages = Messages {
        loading: ("platform-loading", |l| {
            td_string!(l, student.platform_loading)
        }),
        failed: ("platform-failed", |l| {
            td_string!(l, student.platform_failed)
        }),
        crashed: ("platform-crashed", |l| {
            td_string!(l, student.platform_crashed)
        }),
    };
    view! { <ToolHost title=|l| td_string!(l, student.platform_title) open=open_platform close=close_platform messages=messages /> }
}

/// Every problem in a quiz file that did not open, listed by the teachers' module. Until it has
/// arrived, and if it cannot be downloaded, the student is told what is going on.
#[component]
pub fn FileProblems(file: Arc<[u8]>) -> impl IntoView {
    let root = NodeRef::<Div>::new();
    let (phase, status) = teacher_module(
        root,
        move |element| explain_file(element, &file),
        close_explanation,
        Messages {
            loading: ("checking-file", |l| td_string!(l, student.checking_file)),
            failed: ("explain-failed", |l| {
                td_string!(l, student.file_problems_failed)
            }),
            crashed: ("explain-crashed", |l| {
                td_string!(l, student.file_problems_crashed)
            }),
        },
    );
    // The outcome in view, with the focus on it (see `ProblemReport`).
    Effect::new(move |_| match phase.get() {
        // The list of problems, or (for a class summary) the comparison with the class.
        Phase::Ready => reveal("[data-testid=error-list],[data-testid=comparison]"),
        Phase::Failed => reveal("[data-testid=explain-failed]"),
        Phase::Crashed => reveal("[data-testid=explain-crashed]"),
        Phase::Loading => {}
    });
    view! {
        {status}
        <div node_ref=root class="explanation-root"></div>
    }
}
