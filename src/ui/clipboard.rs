//! Copying text for the user (share links, error lists).

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Copies `text`; `false` where the browser refuses (no permission, not a secure page), in which
/// case the caller shows the text for copying by hand.
pub async fn copy_text(text: &str) -> bool {
    let promise = window().navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.is_ok()
}
