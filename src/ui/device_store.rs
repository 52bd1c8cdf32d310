//! Quizzes too large for localStorage (over [`MAX_STORED_QUIZ_BYTES`]) are kept in the browser's
//! Cache Storage instead, so that a large quiz opened from a file reopens after a reload, offline
//! too. Cache Storage exists only on secure pages (https, localhost); elsewhere nothing is kept and
//! the app asks for the file again.
//!
//! [`MAX_STORED_QUIZ_BYTES`]: crate::quiz::library::MAX_STORED_QUIZ_BYTES

use leptos::prelude::window;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Cache, CacheStorage, Response};

/// The service worker's cache for quizzes (`scripts/sw.template.js`); it never deletes it.
const CACHE: &str = "fact-claim-opinion-quizzes-v1";

fn caches() -> Option<CacheStorage> {
    let window = window();
    if !window.is_secure_context() {
        return None;
    }
    js_sys::Reflect::get(&window, &JsValue::from_str("caches"))
        .ok()?
        .dyn_into::<CacheStorage>()
        .ok()
}

async fn open() -> Option<Cache> {
    JsFuture::from(caches()?.open(CACHE))
        .await
        .ok()?
        .dyn_into()
        .ok()
}

/// Where a quiz is kept: an address of this site that is never fetched.
fn key(quiz_id: &str) -> String {
    format!(
        "./stored-quizzes/{}.json",
        js_sys::encode_uri_component(quiz_id)
    )
}

/// Keeps the quiz file's bytes; false if the browser would not.
pub async fn keep(quiz_id: &str, mut bytes: Vec<u8>) -> bool {
    let Some(cache) = open().await else {
        return false;
    };
    let Ok(response) = Response::new_with_opt_u8_array(Some(&mut bytes)) else {
        return false;
    };
    JsFuture::from(cache.put_with_str(&key(quiz_id), &response))
        .await
        .is_ok()
}

/// The kept bytes of a quiz, if any.
pub async fn kept(quiz_id: &str) -> Option<Vec<u8>> {
    let cache = open().await?;
    let found = JsFuture::from(cache.match_with_str(&key(quiz_id)))
        .await
        .ok()?;
    let response = found.dyn_into::<Response>().ok()?;
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Forgets a kept quiz (nothing happens if there is none).
pub async fn forget(quiz_id: &str) {
    if let Some(cache) = open().await {
        let _ = JsFuture::from(cache.delete_with_str(&key(quiz_id))).await;
    }
}
