//! The teachers' module: the student app downloads it only when a teacher needs it (the editor,
//! the class report, the learning platform's files, or the problems in a quiz file that did not
//! open), so students never download it. The app's
//! start-up script (`pattern_script` in `Trunk.toml`) imports it and calls these functions.

use fact_claim_opinion::teacher;
use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen]
pub fn mount_editor(root: web_sys::HtmlElement, open_file: &[u8]) {
    console_error_panic_hook::set_once();
    teacher::mount_editor(root, open_file);
}

#[wasm_bindgen]
pub fn unmount_editor() {
    teacher::unmount_editor();
}

#[wasm_bindgen]
pub fn mount_class(root: web_sys::HtmlElement, open_file: &[u8]) {
    console_error_panic_hook::set_once();
    teacher::mount_class(root, open_file);
}

#[wasm_bindgen]
pub fn unmount_class() {
    teacher::unmount_class();
}

#[wasm_bindgen]
pub fn mount_platform(root: web_sys::HtmlElement, open_file: &[u8]) {
    console_error_panic_hook::set_once();
    teacher::mount_platform(root, open_file);
}

#[wasm_bindgen]
pub fn unmount_platform() {
    teacher::unmount_platform();
}

#[wasm_bindgen]
pub fn explain(root: web_sys::HtmlElement, file: &[u8]) {
    console_error_panic_hook::set_once();
    teacher::explain(root, file);
}

#[wasm_bindgen]
pub fn close_explanation() {
    teacher::close_explanation();
}

fn main() {}
