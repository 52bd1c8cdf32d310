//! Keeps the attempt in localStorage so a reload or a closed tab loses nothing.

use gloo::storage::{LocalStorage, Storage};

use crate::quiz::progress::{restore, save, storage_key};
use crate::quiz::{LoadedQuiz, Session};

/// The saved attempt for this quiz. `Err` carries a notice for the student when saved data had
/// to be thrown away; the bad entry is removed so the notice shows once.
pub fn load_progress(quiz: &LoadedQuiz) -> Result<Option<Session>, String> {
    let key = storage_key(&quiz.quiz.id);
    let Some(text) = stored_text(&key) else {
        return Ok(None);
    };
    restore(quiz, &text).map(Some).map_err(|reason| {
        LocalStorage::delete(&key);
        let mut message = reason.to_string();
        if let Some(first) = message.get(..1) {
            message = first.to_uppercase() + &message[1..];
        }
        message + "."
    })
}

/// Saves the attempt, or forgets it when there is none. Storage may be full or disabled
/// (private browsing); the quiz then still works, only without saving.
pub fn store_progress(quiz: &LoadedQuiz, session: Option<&Session>) -> bool {
    let key = storage_key(&quiz.quiz.id);
    match session {
        Some(session) => LocalStorage::raw()
            .set_item(&key, &save(quiz, session))
            .is_ok(),
        None => {
            LocalStorage::delete(&key);
            true
        }
    }
}

/// The text stored under `key` in localStorage; `None` if there is none or storage is off.
pub fn stored_text(key: &str) -> Option<String> {
    LocalStorage::raw().get_item(key).ok().flatten()
}
