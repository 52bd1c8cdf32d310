//! The learning platform, when the app runs from a SCORM package. The package's launch page
//! loads `public/scorm.js` before the app; it defines `window.fcoPlatform`, finds the platform's
//! run-time API and speaks SCORM 1.2 or 2004 to it. This side only says what happens: the quiz
//! to open, the attempt to keep (the platform's suspend data) and the finished first attempt
//! (a results file, from which the bridge reports the score, pass or fail and every answer).
//! Outside a package there is no `fcoPlatform` and none of this runs.

use leptos::prelude::window;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

#[wasm_bindgen]
extern "C" {
    /// `window.fcoPlatform` (public/scorm.js).
    pub type Platform;
    /// The package's quiz file, relative to the launch page.
    #[wasm_bindgen(method, getter)]
    pub fn quiz(this: &Platform) -> String;
    /// Whether a platform's API was found and the session with it is open; without one the
    /// package runs as the app does.
    #[wasm_bindgen(method, getter)]
    pub fn connected(this: &Platform) -> bool;
    /// The attempt kept by the platform (the progress text), if any.
    #[wasm_bindgen(method)]
    pub fn resume(this: &Platform) -> Option<String>;
    /// Keeps the attempt (`None`: there is none any more); false if the platform refused it.
    #[wasm_bindgen(method)]
    pub fn save(this: &Platform, progress: Option<String>) -> bool;
    /// Reports a finished first attempt: its results file (`crate::quiz::handin`) as JSON.
    #[wasm_bindgen(method)]
    pub fn finish(this: &Platform, results: &str);
}

/// The package's bridge, when the app runs from a SCORM package.
pub fn package() -> Option<Platform> {
    let value = js_sys::Reflect::get(&window(), &JsValue::from_str("fcoPlatform")).ok()?;
    value.is_object().then(|| value.unchecked_into())
}

/// The bridge, when it has found a platform to talk to.
pub fn platform() -> Option<Platform> {
    package().filter(Platform::connected)
}
