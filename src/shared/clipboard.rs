//! Copying text for the user (share links, error lists).

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Copies `text`; `false` where the browser refuses (no permission, not a secure page), in which
/// case the caller shows the text for copying by hand.
pub async fn copy_text(text: &str) -> bool {
    let promise = window().navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.is_ok()
}

/// Shows `url` in `link` (for copying by hand) and copies it; `status` then says `copied`, or
/// `by_hand` where the browser refused.
pub fn offer_link(
    url: String,
    link: RwSignal<Option<String>>,
    status: RwSignal<String>,
    copied: &'static str,
    by_hand: &'static str,
) {
    link.set(Some(url.clone()));
    leptos::task::spawn_local(async move {
        let done = copy_text(&url).await;
        status.set(if done { copied } else { by_hand }.into());
    });
}
