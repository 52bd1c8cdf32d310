//! The quiz editor as a module of its own: the student app downloads it only when a teacher opens
//! "Create your own quiz", so students never download it. The app's start-up script
//! (`pattern_script` in `Trunk.toml`) imports this module and calls `mount_editor`.

use std::any::Any;
use std::cell::RefCell;

use fact_claim_opinion::quiz::{bundled, LoadedQuiz};
use fact_claim_opinion::ui::editor::EditorScreen;
use leptos::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;

thread_local! {
    /// The mounted editor; dropping it takes the editor out of the page.
    static MOUNTED: RefCell<Option<Box<dyn Any>>> = const { RefCell::new(None) };
}

/// Shows the editor inside `root`. `open_quiz` is the quiz open in the app (as JSON), which the
/// teacher can choose to edit; if it cannot be read the bundled quiz is offered instead.
#[wasm_bindgen]
pub fn mount_editor(root: web_sys::HtmlElement, open_quiz: &str) {
    console_error_panic_hook::set_once();
    unmount_editor();
    let open: Option<LoadedQuiz> = LoadedQuiz::from_bytes(open_quiz.as_bytes())
        .or_else(|_| bundled())
        .ok();
    let handle = leptos::mount::mount_to(root, move || view! { <EditorScreen open=open /> });
    MOUNTED.with(|mounted| *mounted.borrow_mut() = Some(Box::new(handle)));
}

/// Takes the editor out of the page (the app has gone back to the quiz).
#[wasm_bindgen]
pub fn unmount_editor() {
    // Dropped outside the borrow: unmounting runs the editor's clean-up code.
    let handle = MOUNTED.with(|mounted| mounted.borrow_mut().take());
    drop(handle);
}

fn main() {}
