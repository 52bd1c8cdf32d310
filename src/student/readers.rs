//! Where a quiz's bytes come from: a file, an https link, a link carrying the quiz, or the copy
//! kept on this device. Each reader returns the bytes or says why there are none; opening them
//! is [`super::open::open_quiz`]'s job.

use leptos::prelude::window;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::quiz::error::MAX_FILE_BYTES;
use crate::quiz::library::RecentQuiz;
use crate::quiz::OpenError;
use crate::shared::share_link::{quiz_in_fragment, read_stream};
use crate::shared::storage;

/// A file chosen in the picker or dropped on the page. Too large a file is refused before it
/// is read.
pub async fn read_file(file: web_sys::File) -> Result<Vec<u8>, OpenError> {
    let size = file.size() as usize;
    if size > MAX_FILE_BYTES {
        return Err(OpenError::too_large(size));
    }
    gloo::file::futures::read_as_bytes(&gloo::file::Blob::from(file))
        .await
        .map_err(|_| OpenError::Unreadable)
}

/// Absolute https URL, or a URL on this very site; anything else (http elsewhere, `file:`,
/// `javascript:`, `data:`) is refused before any request.
pub fn checked_link(link: &str) -> Result<String, OpenError> {
    let refused = || OpenError::LinkNotHttps(link.to_string());
    let base = window().location().href().map_err(|_| refused())?;
    let url = web_sys::Url::new_with_base(link, &base).map_err(|_| refused())?;
    let same_origin = window().location().origin().ok().as_deref() == Some(&url.origin());
    if url.protocol() == "https:" || (same_origin && url.protocol() == "http:") {
        Ok(url.href())
    } else {
        Err(refused())
    }
}

/// Fetches a quiz from a link [`checked_link`] allowed, reading at most the file size limit (a
/// server need not say how large a file is, and a hostile one could send without end).
pub async fn fetch_link(url: &str) -> Result<Vec<u8>, OpenError> {
    let unreachable = || OpenError::LinkUnreachable {
        url: url.to_string(),
    };
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(url))
        .await
        .map_err(|_| unreachable())?
        .dyn_into()
        .map_err(|_| unreachable())?;
    if !response.ok() {
        return Err(OpenError::LinkStatus {
            url: url.to_string(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|length| length.parse::<usize>().ok());
    if let Some(size) = declared.filter(|&size| size > MAX_FILE_BYTES) {
        return Err(OpenError::too_large(size));
    }
    let Some(body) = response.body() else {
        return Ok(Vec::new());
    };
    let reader = body
        .get_reader()
        .dyn_into::<web_sys::ReadableStreamDefaultReader>()
        .map_err(|_| unreachable())?;
    read_stream(reader, MAX_FILE_BYTES, unreachable).await
}

/// The quiz a `#quiz=…` link carries.
pub async fn read_fragment(fragment: &str) -> Result<Vec<u8>, OpenError> {
    quiz_in_fragment(fragment).await
}

/// Where a remembered quiz can be read again.
pub enum Kept {
    /// Its file, from localStorage.
    Stored(Vec<u8>),
    /// Its file, from Cache Storage (a large quiz, already kept there).
    Cached(Vec<u8>),
    /// Not kept on the device, but it came from this link.
    Link(String),
}

/// A remembered quiz's file: from localStorage, from Cache Storage (large files), or its link.
pub async fn read_kept(entry: &RecentQuiz) -> Result<Kept, OpenError> {
    if let Some(text) = storage::stored_quiz(&entry.id) {
        return Ok(Kept::Stored(text.into_bytes()));
    }
    if let Some(url) = &entry.url {
        return Ok(Kept::Link(url.clone()));
    }
    storage::kept_large(&entry.id)
        .await
        .map(Kept::Cached)
        .ok_or_else(|| OpenError::NoLongerStored(entry.title.clone()))
}
