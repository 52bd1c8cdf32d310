//! Everything the app keeps on the device, in one place: every key, its format version, and what
//! happens to old or damaged data. Nothing else in the app touches localStorage or Cache Storage.
//!
//! | key (localStorage) | holds | old or damaged data |
//! | --- | --- | --- |
//! | `fact-claim-opinion/progress/<quiz id>` | the attempt in progress ([`crate::quiz::progress`], version 1) | discarded with a notice to the student |
//! | `fact-claim-opinion/recent` | quizzes opened on this device ([`crate::quiz::library`], version 1) | read as an empty list |
//! | `fact-claim-opinion/quiz/<quiz id>` | the file of a remembered quiz up to 1 MB | checked like any file when reopened |
//! | `fact-claim-opinion/current` | the id of the quiz that was open | ignored if that quiz is no longer remembered |
//! | `fact-claim-opinion/draft` | the editor's draft ([`crate::quiz::authoring`]) | cleared with a notice to the teacher |
//! | `fact-claim-opinion/student` | the name a student gives on the results screen, for the results file | plain text, used as it is |
//! | `fact-claim-opinion/scorm` | the SCORM edition a teacher chose last (`1.2` or `2004`) | anything else reads as 1.2 |
//!
//! Quizzes over 1 MB opened from a file are kept in Cache Storage, cache
//! `fact-claim-opinion-quizzes-v1` (the service worker never deletes it), under
//! `./stored-quizzes/<quiz id>.json`. The service worker's own caches (the app's files) are named
//! by build and replaced on update (`scripts/sw.template.js`).
//!
//! In a SCORM package connected to a learning platform (`super::platform`), the attempt in
//! progress is kept by the platform (its suspend data) instead, so that it follows the student.
//!
//! Storage may be full or turned off (private browsing): every write says whether it worked, and
//! the quiz keeps working without saving.

use gloo::storage::{LocalStorage, Storage};
use leptos::prelude::window;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Cache, CacheStorage, Response};

use crate::quiz::library::Library;
use crate::quiz::progress::{restore, save};
use crate::quiz::{LoadedQuiz, Session};
use crate::shared::dom::body_bytes;
use crate::shared::language::locale;
use crate::shared::platform::platform;
use crate::shared::words::restore_error;

/// Up to this size a quiz file is kept in localStorage; larger ones go to Cache Storage.
pub const MAX_STORED_QUIZ_BYTES: usize = 1024 * 1024;

const PREFIX: &str = "fact-claim-opinion";
const LIBRARY_KEY: &str = "fact-claim-opinion/recent";
const CURRENT_KEY: &str = "fact-claim-opinion/current";
const DRAFT_KEY: &str = "fact-claim-opinion/draft";
const STUDENT_KEY: &str = "fact-claim-opinion/student";
const SCORM_KEY: &str = "fact-claim-opinion/scorm";
const LANGUAGE_KEY: &str = "fact-claim-opinion/language";
const QUIZ_CACHE: &str = "fact-claim-opinion-quizzes-v1";

/// The key of a quiz's attempt in progress.
pub fn progress_key(quiz_id: &str) -> String {
    format!("{PREFIX}/progress/{quiz_id}")
}

/// The key of a remembered quiz file.
fn quiz_text_key(quiz_id: &str) -> String {
    format!("{PREFIX}/quiz/{quiz_id}")
}

/// The text stored under `key`; `None` if there is none or storage is off.
fn stored_text(key: &str) -> Option<String> {
    LocalStorage::raw().get_item(key).ok().flatten()
}

/// Stores `text` under `key`; false where the browser refuses (full, or storage off).
fn store_text(key: &str, text: &str) -> bool {
    LocalStorage::raw().set_item(key, text).is_ok()
}

// The attempt in progress.

/// The saved attempt for this quiz. `Err` carries a notice for the student when saved data had
/// to be thrown away; the bad entry is removed so the notice shows once.
pub fn load_progress(quiz: &LoadedQuiz) -> Result<Option<Session>, String> {
    let Some(text) = progress_text(quiz) else {
        return Ok(None);
    };
    restore(quiz, &text).map(Some).map_err(|reason| {
        store_progress(quiz, None);
        restore_error(locale(), &reason)
    })
}

/// The saved attempt's text: the learning platform's when the app runs from a SCORM package
/// connected to one, else this device's.
fn progress_text(quiz: &LoadedQuiz) -> Option<String> {
    match platform() {
        Some(platform) => platform.resume(),
        None => stored_text(&progress_key(&quiz.quiz.id)),
    }
}

/// The saved attempt for this quiz, read only: nothing is removed when it does not fit (for the
/// class summary, which only looks).
pub fn peek_progress(quiz: &LoadedQuiz) -> Option<Session> {
    restore(quiz, &progress_text(quiz)?).ok()
}

/// Saves the attempt, or forgets it when there is none. Returns whether the browser let it.
pub fn store_progress(quiz: &LoadedQuiz, session: Option<&Session>) -> bool {
    if let Some(platform) = platform() {
        return platform.save(session.map(|session| save(quiz, session)));
    }
    let key = progress_key(&quiz.quiz.id);
    match session {
        Some(session) => store_text(&key, &save(quiz, session)),
        None => {
            LocalStorage::delete(&key);
            true
        }
    }
}

// Quizzes opened on this device.

pub fn library() -> Library {
    stored_text(LIBRARY_KEY)
        .map(|text| Library::parse(&text))
        .unwrap_or_default()
}

pub fn save_library(library: &Library) {
    store_text(LIBRARY_KEY, &library.to_json());
}

/// The id of the quiz that was open when the page was last used.
pub fn current_quiz() -> Option<String> {
    stored_text(CURRENT_KEY)
}

pub fn set_current_quiz(quiz_id: &str) {
    store_text(CURRENT_KEY, quiz_id);
}

/// The stored file of a remembered quiz, from localStorage.
pub fn stored_quiz(quiz_id: &str) -> Option<String> {
    stored_text(&quiz_text_key(quiz_id))
}

/// Keeps a quiz's file for reopening, in localStorage up to [`MAX_STORED_QUIZ_BYTES`]; with no
/// text (or too long a one) only an older copy is removed. Returns whether it was kept there.
pub fn keep_quiz_text(quiz_id: &str, text: Option<&str>) -> bool {
    let kept = text.is_some_and(|text| {
        text.len() <= MAX_STORED_QUIZ_BYTES && store_text(&quiz_text_key(quiz_id), text)
    });
    if !kept {
        LocalStorage::delete(quiz_text_key(quiz_id));
    }
    kept
}

/// Forgets a quiz's stored file, wherever it is kept.
pub fn forget_quiz(quiz_id: &str) {
    LocalStorage::delete(quiz_text_key(quiz_id));
    let id = quiz_id.to_owned();
    spawn_local(async move { forget_large(&id).await });
}

// The student's name, for the results they hand in.

pub fn student_name() -> String {
    stored_text(STUDENT_KEY).unwrap_or_default()
}

pub fn keep_student_name(name: &str) {
    if name.trim().is_empty() {
        LocalStorage::delete(STUDENT_KEY);
    } else {
        store_text(STUDENT_KEY, name);
    }
}

// The interface language a student or teacher chose.

/// The language chosen in the picker (`"fr"`), if any.
pub fn language_choice() -> Option<String> {
    stored_text(LANGUAGE_KEY)
}

pub fn keep_language_choice(language: &str) {
    store_text(LANGUAGE_KEY, language);
}

// The SCORM edition a teacher chose last for their platform.

/// `"2004"` once a teacher has chosen SCORM 2004 (anything else: 1.2).
pub fn scorm_edition() -> Option<String> {
    stored_text(SCORM_KEY)
}

pub fn keep_scorm_edition(edition: &str) {
    store_text(SCORM_KEY, edition);
}

// The editor's draft.

pub fn draft() -> Option<String> {
    stored_text(DRAFT_KEY)
}

pub fn save_draft(text: Option<&str>) {
    match text {
        Some(text) => {
            store_text(DRAFT_KEY, text);
        }
        None => LocalStorage::delete(DRAFT_KEY),
    }
}

// Quizzes too large for localStorage, in Cache Storage. It exists only on secure pages (https,
// localhost); elsewhere nothing is kept and the app asks for the file again.

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

async fn open_cache() -> Option<Cache> {
    JsFuture::from(caches()?.open(QUIZ_CACHE))
        .await
        .ok()?
        .dyn_into()
        .ok()
}

/// Where a large quiz is kept: an address of this site that is never fetched.
fn cache_key(quiz_id: &str) -> String {
    format!(
        "./stored-quizzes/{}.json",
        js_sys::encode_uri_component(quiz_id)
    )
}

/// Keeps a large quiz file's bytes; false if the browser would not.
pub async fn keep_large(quiz_id: &str, mut bytes: Vec<u8>) -> bool {
    let Some(cache) = open_cache().await else {
        return false;
    };
    let Ok(response) = Response::new_with_opt_u8_array(Some(&mut bytes)) else {
        return false;
    };
    JsFuture::from(cache.put_with_str(&cache_key(quiz_id), &response))
        .await
        .is_ok()
}

/// The kept bytes of a large quiz, if any.
pub async fn kept_large(quiz_id: &str) -> Option<Vec<u8>> {
    let cache = open_cache().await?;
    let found = JsFuture::from(cache.match_with_str(&cache_key(quiz_id)))
        .await
        .ok()?;
    body_bytes(&found.dyn_into::<Response>().ok()?).await
}

async fn forget_large(quiz_id: &str) {
    if let Some(cache) = open_cache().await {
        let _ = JsFuture::from(cache.delete_with_str(&cache_key(quiz_id))).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_quiz_has_keys_of_its_own() {
        assert_ne!(progress_key("a"), progress_key("b"));
        assert_ne!(quiz_text_key("a"), progress_key("a"));
        let fixed = [LIBRARY_KEY, CURRENT_KEY, DRAFT_KEY];
        // A quiz id cannot make a per-quiz key collide with a fixed one.
        for id in ["recent", "current", "draft", ""] {
            assert!(!fixed.contains(&progress_key(id).as_str()));
            assert!(!fixed.contains(&quiz_text_key(id).as_str()));
        }
    }
}
