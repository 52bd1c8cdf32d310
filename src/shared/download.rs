//! Offers text as a file download, made in the browser (nothing is sent anywhere).

use gloo::file::{Blob, ObjectUrl};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub fn download(file_name: &str, mime_type: &str, contents: &str) {
    offer(file_name, Blob::new_with_options(contents, Some(mime_type)));
}

/// [`download`] for bytes (a zip).
pub fn download_bytes(file_name: &str, mime_type: &str, contents: &[u8]) {
    offer(file_name, Blob::new_with_options(contents, Some(mime_type)));
}

fn offer(file_name: &str, blob: Blob) {
    let url = ObjectUrl::from(blob);
    let Some(anchor) = document()
        .create_element("a")
        .ok()
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Revoke the URL only after the browser has started the download.
    gloo::timers::callback::Timeout::new(1_000, move || drop(url)).forget();
}
