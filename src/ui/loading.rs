//! Opening quizzes: from a file, pasted text, an https link, a link carrying the quiz, the
//! device's recent list or the bundled article. Every failure ends in the error list; the quiz
//! that was open stays open.

use std::sync::Arc;

use gloo::storage::{LocalStorage, Storage};
use gloo::timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::device_store;
use super::persistence::{load_progress, stored_text};
use super::AppState;
use crate::quiz::error::{ErrorKind, QuizError, MAX_FILE_BYTES};
use crate::quiz::library::{
    quiz_text_key, Library, Origin, RecentQuiz, LIBRARY_KEY, MAX_STORED_QUIZ_BYTES,
};
use crate::quiz::parse::parse_quiz;
use crate::quiz::validate::validate;
use crate::quiz::{bundled, share, LoadedQuiz, Quiz};

/// Remembers which quiz was open, so a reload reopens it.
const CURRENT_KEY: &str = "fact-claim-opinion/current";

/// Opens the quiz the address asks for (`?quiz=` link or `#quiz=` fragment), else the quiz that
/// was open last time, else keeps the bundled one.
pub fn open_from_address(state: AppState) {
    let location = window().location();
    let search = location.search().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let link = web_sys::UrlSearchParams::new_with_str(&search)
        .ok()
        .and_then(|params| params.get("quiz"));
    if let Some(link) = link {
        load_link(state, link);
    } else if hash.starts_with(&format!("#{}", share::FRAGMENT_KEY)) {
        match share::decode(&hash) {
            Ok(bytes) => load_bytes(state, bytes, Origin::SharedLink, None),
            Err(error) => state.load_errors.set(Some(vec![error])),
        }
    } else if let Some(id) = stored_text(CURRENT_KEY) {
        if let Some(entry) = library().quizzes.into_iter().find(|q| q.id == id) {
            open_recent(state, &entry);
        }
    }
    if state.origin.get_untracked().0 == Origin::Bundled {
        restore_session(state);
    }
}

/// Parses, validates and opens a quiz file, or shows every problem in it. The three steps run
/// in separate tasks, so that a large file never freezes the page for long in one piece.
pub fn load_bytes(state: AppState, bytes: Vec<u8>, origin: Origin, url: Option<String>) {
    load_bytes_keeping(state, bytes, origin, url, true);
}

/// [`load_bytes`]; `keep_large`: a file too large for localStorage is kept in the device store.
fn load_bytes_keeping(
    state: AppState,
    bytes: Vec<u8>,
    origin: Origin,
    url: Option<String>,
    keep_large: bool,
) {
    state.loading.set(true);
    spawn_local(async move {
        let parsed = parse_quiz(&bytes);
        // A quiz from a link is fetched again (the service worker keeps a copy); a large file or
        // paste is kept as it is, once it has opened.
        let large = (keep_large
            && url.is_none()
            && matches!(origin, Origin::File | Origin::Paste)
            && bytes.len() > MAX_STORED_QUIZ_BYTES)
            .then_some(bytes);
        let checked = match parsed {
            Ok(quiz) => {
                TimeoutFuture::new(0).await;
                validate(quiz)
            }
            Err(errors) => Err(errors),
        };
        TimeoutFuture::new(0).await;
        state.loading.set(false);
        match checked {
            Ok(quiz) => {
                let id = quiz.quiz.id.clone();
                let kept = open_loaded(state, quiz, origin, url);
                if let Some(bytes) = large.filter(|_| !kept) {
                    device_store::keep(&id, bytes).await;
                }
            }
            Err(errors) => state.load_errors.set(Some(errors)),
        }
    });
}

/// Reads a file chosen in the picker or dropped on the page. Too large a file is refused before
/// it is read.
pub fn load_file(state: AppState, file: web_sys::File) {
    let size = file.size() as usize;
    if size > MAX_FILE_BYTES {
        state
            .load_errors
            .set(Some(vec![QuizError::whole_file(ErrorKind::TooLarge {
                size,
                limit: MAX_FILE_BYTES,
            })]));
        return;
    }
    state.loading.set(true);
    let blob = gloo::file::Blob::from(file);
    spawn_local(async move {
        let result = gloo::file::futures::read_as_bytes(&blob).await;
        state.loading.set(false);
        match result {
            Ok(bytes) => load_bytes(state, bytes, Origin::File, None),
            Err(_) => {
                state
                    .load_errors
                    .set(Some(vec![QuizError::whole_file(ErrorKind::Structure(
                        "the browser could not read this file".into(),
                    ))]))
            }
        }
    });
}

/// Fetches a quiz from an https link (or a link on this site).
pub fn load_link(state: AppState, link: String) {
    let link = link.trim().to_string();
    let Some(url) = checked_link(&link) else {
        state
            .load_errors
            .set(Some(vec![QuizError::whole_file(ErrorKind::LinkNotHttps(
                link,
            ))]));
        return;
    };
    state.loading.set(true);
    spawn_local(async move {
        let result = fetch_quiz(&url).await;
        state.loading.set(false);
        match result {
            Ok(bytes) => load_bytes(state, bytes, Origin::Link, Some(url)),
            Err(error) => state.load_errors.set(Some(vec![error])),
        }
    });
}

/// Absolute https URL, or a URL on this very site; anything else (http elsewhere, `file:`,
/// `javascript:`, `data:`) is refused before any request.
fn checked_link(link: &str) -> Option<String> {
    let base = window().location().href().ok()?;
    let url = web_sys::Url::new_with_base(link, &base).ok()?;
    let same_origin = window().location().origin().ok().as_deref() == Some(&url.origin());
    (url.protocol() == "https:" || (same_origin && url.protocol() == "http:")).then(|| url.href())
}

async fn fetch_quiz(url: &str) -> Result<Vec<u8>, QuizError> {
    let unreachable = || {
        QuizError::whole_file(ErrorKind::LinkUnreachable {
            url: url.to_string(),
        })
    };
    let response = gloo::net::http::Request::get(url)
        .send()
        .await
        .map_err(|_| unreachable())?;
    if !response.ok() {
        return Err(QuizError::whole_file(ErrorKind::LinkStatus {
            url: url.to_string(),
            status: response.status(),
            status_text: response.status_text(),
        }));
    }
    let declared = response
        .headers()
        .get("content-length")
        .and_then(|length| length.parse::<usize>().ok());
    if let Some(size) = declared.filter(|&size| size > MAX_FILE_BYTES) {
        return Err(QuizError::whole_file(ErrorKind::TooLarge {
            size,
            limit: MAX_FILE_BYTES,
        }));
    }
    let Some(body) = response.body() else {
        return Ok(Vec::new());
    };
    read_limited(body, url).await
}

/// Reads a response body, stopping as soon as it passes the size limit (a server need not say
/// how large a file is, and a hostile one could send without end).
async fn read_limited(body: web_sys::ReadableStream, url: &str) -> Result<Vec<u8>, QuizError> {
    let unreachable = || {
        QuizError::whole_file(ErrorKind::LinkUnreachable {
            url: url.to_string(),
        })
    };
    let reader: web_sys::ReadableStreamDefaultReader =
        body.get_reader().dyn_into().map_err(|_| unreachable())?;
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|_| unreachable())?;
        let done = js_sys::Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true);
        if done {
            return Ok(bytes);
        }
        if let Ok(value) = js_sys::Reflect::get(&chunk, &"value".into()) {
            bytes.extend(js_sys::Uint8Array::new(&value).to_vec());
        }
        if bytes.len() > MAX_FILE_BYTES {
            let _ = reader.cancel();
            return Err(QuizError::whole_file(ErrorKind::TooLarge {
                size: bytes.len(),
                limit: MAX_FILE_BYTES,
            }));
        }
    }
}

/// Makes `quiz` the open quiz: restores its saved attempt, remembers it on this device and puts
/// its address in the location bar so a reload or a shared link opens it again. Returns whether
/// its text is kept in localStorage for reopening (never an older copy: that is removed).
fn open_loaded(state: AppState, quiz: LoadedQuiz, origin: Origin, url: Option<String>) -> bool {
    let id = quiz.quiz.id.clone();
    let mut kept = false;
    if origin != Origin::Bundled {
        // Passage text is most of a quiz: skip serialising one that cannot be kept anyway.
        let text_size: usize = quiz.quiz.passages.iter().map(|p| p.text.len()).sum();
        let text = if text_size <= MAX_STORED_QUIZ_BYTES {
            serde_json::to_string(&quiz.quiz).unwrap_or_default()
        } else {
            String::new()
        };
        let mut library = library();
        let dropped = library.remember(RecentQuiz {
            id: id.clone(),
            title: quiz.quiz.title.clone(),
            source: quiz.quiz.source.as_ref().and_then(|s| {
                let parts: Vec<&str> = [&s.publication, &s.date]
                    .into_iter()
                    .flatten()
                    .map(String::as_str)
                    .collect();
                (!parts.is_empty()).then(|| parts.join(", "))
            }),
            origin,
            url: url.clone(),
            last_score: None,
        });
        for old in dropped {
            LocalStorage::delete(quiz_text_key(&old));
            spawn_local(async move { device_store::forget(&old).await });
        }
        kept = !text.is_empty()
            && text.len() <= MAX_STORED_QUIZ_BYTES
            && LocalStorage::raw()
                .set_item(&quiz_text_key(&id), &text)
                .is_ok();
        if !kept {
            LocalStorage::delete(quiz_text_key(&id));
        }
        save_library(&library);
    }
    let _ = LocalStorage::raw().set_item(CURRENT_KEY, &id);
    set_address(origin, url.as_deref());
    state.load_errors.set(None);
    state.notice.set(None);
    state.session.set(None);
    state.quiz.set(Arc::new(quiz));
    state.origin.set((origin, url));
    restore_session(state);
    let title = state.quiz.with_untracked(|q| q.quiz.title.clone());
    state.announce(format!("Opened the quiz “{title}”."));
    kept
}

fn restore_session(state: AppState) {
    let quiz = state.quiz.get_untracked();
    match load_progress(&quiz) {
        Ok(Some(session)) => {
            state.session.set(Some(session));
            state.notice.set(Some(
                "Welcome back: your answers so far were restored.".into(),
            ));
        }
        Ok(None) => {}
        Err(notice) => state.notice.set(Some(notice)),
    }
}

pub fn open_bundled(state: AppState) {
    match bundled() {
        Ok(quiz) => {
            open_loaded(state, quiz, Origin::Bundled, None);
        }
        Err(errors) => state.load_errors.set(Some(errors)),
    }
}

/// Reopens a remembered quiz from its stored copy, or from its link.
pub fn open_recent(state: AppState, entry: &RecentQuiz) {
    let stored = stored_text(&quiz_text_key(&entry.id));
    match (stored, &entry.url) {
        (Some(text), url) => load_bytes(state, text.into_bytes(), entry.origin, url.clone()),
        (None, Some(url)) => load_link(state, url.clone()),
        (None, None) => {
            // A large quiz is in the device store, unless the browser has let it go.
            let entry = entry.clone();
            state.loading.set(true);
            spawn_local(async move {
                match device_store::kept(&entry.id).await {
                    Some(bytes) => load_bytes_keeping(state, bytes, entry.origin, None, false),
                    None => {
                        state.loading.set(false);
                        state.load_errors.set(Some(vec![QuizError::whole_file(
                            ErrorKind::Structure(format!(
                                "“{}” is no longer stored on this device; open its file again to carry on where you left off",
                                entry.title
                            )),
                        )]));
                    }
                }
            });
        }
    }
}

pub fn library() -> Library {
    stored_text(LIBRARY_KEY)
        .map(|text| Library::parse(&text))
        .unwrap_or_default()
}

pub fn save_library(library: &Library) {
    let _ = LocalStorage::raw().set_item(LIBRARY_KEY, &library.to_json());
}

pub fn forget_recent(id: &str) {
    let mut library = library();
    if library.forget(id) {
        save_library(&library);
    }
    LocalStorage::delete(quiz_text_key(id));
    let id = id.to_owned();
    spawn_local(async move { device_store::forget(&id).await });
}

/// Puts the quiz's address in the location bar without reloading.
fn set_address(origin: Origin, url: Option<&str>) {
    let location = window().location();
    let path = location.pathname().unwrap_or_else(|_| "./".into());
    let address = match (origin, url) {
        (Origin::Link, Some(url)) => with_quiz_link(&path, url).unwrap_or(path),
        (Origin::SharedLink, _) => format!("{path}{}", location.hash().unwrap_or_default()),
        _ => path,
    };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
    }
}

/// A link that opens the current quiz: the app's address for the bundled quiz, `?quiz=` for a
/// quiz from an https link, the quiz itself in the fragment otherwise (`None` if too large).
pub fn share_link(state: AppState) -> Option<String> {
    let base = app_address();
    match state.origin.get_untracked() {
        (Origin::Bundled, _) => Some(base),
        (Origin::Link, Some(url)) => with_quiz_link(&base, &url),
        _ => state.quiz.with_untracked(|q| link_carrying(&q.quiz)),
    }
}

/// `address?quiz=<url>`, the URL encoded: the app's address that opens the quiz at `url`.
fn with_quiz_link(address: &str, url: &str) -> Option<String> {
    let params = web_sys::UrlSearchParams::new().ok()?;
    params.set("quiz", url);
    Some(format!("{address}?{}", String::from(params.to_string())))
}

/// The app's own address, without query or fragment.
fn app_address() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// A link to the app that carries `quiz` in its fragment; `None` when it is too large for one.
pub fn link_carrying(quiz: &Quiz) -> Option<String> {
    let text = serde_json::to_string(quiz).unwrap_or_default();
    share::encode(&text).map(|fragment| format!("{}#{fragment}", app_address()))
}
