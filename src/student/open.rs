//! Opening a quiz. The readers ([`super::readers`]) get the bytes; `open_bytes` is the one
//! function that turns bytes into the open quiz. Every failure ends in [`Problem`]; the quiz
//! that was open stays open.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use gloo::timers::future::TimeoutFuture;
use leptos::prelude::*;

use crate::i18n::td_string;
use crate::shared::language::locale;
use leptos::task::spawn_local;

use super::readers::{self, Kept};
use crate::quiz::library::{Origin, RecentQuiz};
use crate::quiz::load::{parse, validate};
use crate::quiz::share::carries_quiz;
use crate::quiz::{bundled, LoadedQuiz, OpenError, BUNDLED_QUIZ};
use crate::shared::platform::package;
use crate::shared::share_link::{app_address, link_carrying, with_quiz_link};
use crate::shared::storage::{self, MAX_STORED_QUIZ_BYTES};
use crate::shared::{dom, AppState, Problem};

/// Opens the quiz the address asks for (`?quiz=` link or `#quiz=` fragment), else the quiz that
/// was open last time, else keeps the bundled one; in a SCORM package, the package's quiz.
pub fn open_from_address(state: AppState) {
    // A SCORM package opens its own quiz, whatever the address or the device remembers.
    if let Some(package) = package() {
        open_link(state, package.quiz(), Reveal::No);
        return;
    }
    let location = window().location();
    let search = location.search().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let link = web_sys::UrlSearchParams::new_with_str(&search)
        .ok()
        .and_then(|params| params.get("quiz"));
    if let Some(link) = link {
        open_link(state, link, Reveal::No);
    } else if carries_quiz(&hash) {
        run(state, async move {
            let bytes = readers::read_fragment(&hash).await?;
            open_bytes(
                state,
                bytes,
                Origin::SharedLink,
                None,
                Keep::Yes,
                Reveal::No,
            )
            .await;
            Ok(())
        });
    } else if let Some(id) = storage::current_quiz() {
        if let Some(entry) = storage::library().quizzes.into_iter().find(|q| q.id == id) {
            open_recent(state, entry, Reveal::No);
        }
    }
    if state.origin.get_untracked().0 == Origin::Bundled {
        restore_session(state);
    }
}

/// Opens a file chosen in the picker or dropped on the page.
pub fn open_file(state: AppState, file: web_sys::File) {
    run(state, async move {
        let bytes = readers::read_file(file).await?;
        open_bytes(state, bytes, Origin::File, None, Keep::Yes, Reveal::Yes).await;
        Ok(())
    });
}

/// Opens a quiz pasted as text.
pub fn open_pasted(state: AppState, text: String) {
    run(state, async move {
        open_bytes(
            state,
            text.into_bytes(),
            Origin::Paste,
            None,
            Keep::Yes,
            Reveal::Yes,
        )
        .await;
        Ok(())
    });
}

/// Opens a quiz from an https link (or a link on this site).
pub fn open_link(state: AppState, link: String, reveal: Reveal) {
    run(state, fetch_and_open(state, link, reveal));
}

async fn fetch_and_open(state: AppState, link: String, reveal: Reveal) -> Result<(), OpenError> {
    let url = readers::checked_link(link.trim())?;
    let bytes = readers::fetch_link(&url).await?;
    open_bytes(state, bytes, Origin::Link, Some(url), Keep::Yes, reveal).await;
    Ok(())
}

/// Reopens a remembered quiz from its stored copy, or from its link.
pub fn open_recent(state: AppState, entry: RecentQuiz, reveal: Reveal) {
    run(state, async move {
        match readers::read_kept(&entry).await? {
            Kept::Stored(bytes) => {
                open_bytes(state, bytes, entry.origin, entry.url, Keep::Yes, reveal).await
            }
            // Already in Cache Storage: not written there again.
            Kept::Cached(bytes) => {
                open_bytes(state, bytes, entry.origin, None, Keep::No, reveal).await
            }
            Kept::Link(url) => fetch_and_open(state, url, reveal).await?,
        }
        Ok(())
    });
}

pub fn open_bundled(state: AppState) {
    if let Ok(quiz) = bundled() {
        show(
            state,
            quiz,
            Arc::from(BUNDLED_QUIZ.as_bytes()),
            (Origin::Bundled, None),
            Reveal::Yes,
        );
    }
}

/// Whether the newly opened quiz is brought into view with a visible confirmation: yes when
/// someone opened it by hand (the button they pressed may be far down the page), not when the
/// page opens what its address asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reveal {
    Yes,
    No,
}

/// Whether a large file that opens is kept in Cache Storage for reopening.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Keep {
    Yes,
    No,
}

/// Runs a reader and the opening of what it read, with "Opening the quiz…" on show throughout;
/// whatever the reader could not do is shown as the problem.
fn run(state: AppState, read: impl Future<Output = Result<(), OpenError>> + 'static) {
    // One copy of this code for every reader, not one each.
    let read: Pin<Box<dyn Future<Output = Result<(), OpenError>>>> = Box::pin(read);
    state.loading.set(true);
    spawn_local(async move {
        let outcome = read.await;
        state.loading.set(false);
        if let Err(error) = outcome {
            state.problem.set(Some(Problem::Open(error)));
        }
    });
}

/// Parses, validates and opens a quiz file; a file with problems goes to the teachers' module,
/// which lists them. The steps run in separate tasks, so a large file never freezes the page
/// for long in one piece. The one place where bytes become the open quiz.
async fn open_bytes(
    state: AppState,
    bytes: Vec<u8>,
    origin: Origin,
    url: Option<String>,
    keep: Keep,
    reveal: Reveal,
) {
    let checked = match parse(&bytes) {
        Ok(quiz) => {
            TimeoutFuture::new(0).await;
            validate(quiz).ok()
        }
        Err(_) => None,
    };
    TimeoutFuture::new(0).await;
    let file: Arc<[u8]> = Arc::from(bytes);
    match checked {
        Some(quiz) => {
            let id = quiz.quiz.id.clone();
            let kept = show(state, quiz, file.clone(), (origin, url.clone()), reveal);
            // A quiz from a link is fetched again (the service worker keeps a copy); a large
            // file or paste is kept as it is.
            let large = keep == Keep::Yes
                && url.is_none()
                && matches!(origin, Origin::File | Origin::Paste)
                && file.len() > MAX_STORED_QUIZ_BYTES;
            if large && !kept {
                // In the background: the quiz is open already.
                spawn_local(async move {
                    storage::keep_large(&id, file.to_vec()).await;
                });
            }
        }
        None => state.problem.set(Some(Problem::InFile(file))),
    }
}

/// Makes `quiz` the open quiz: restores its saved attempt, remembers it on this device and puts
/// its address in the location bar so a reload or a shared link opens it again. Returns whether
/// its file is kept in localStorage for reopening.
fn show(
    state: AppState,
    quiz: LoadedQuiz,
    file: Arc<[u8]>,
    (origin, url): (Origin, Option<String>),
    reveal: Reveal,
) -> bool {
    let id = quiz.quiz.id.clone();
    let mut kept = false;
    // A SCORM package's quiz is the only one there: not listed among the recent quizzes, and the
    // platform's address for the page is left as it is.
    let in_package = package().is_some();
    if origin != Origin::Bundled && !in_package {
        let mut library = storage::library();
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
            storage::forget_quiz(&old);
        }
        // The file is stored as it came (it is valid UTF-8: it parsed); one too large for
        // localStorage is not looked at again.
        let text = (file.len() <= MAX_STORED_QUIZ_BYTES)
            .then(|| std::str::from_utf8(&file).ok())
            .flatten()
            .map(|text| text.trim_start_matches('\u{feff}'));
        kept = storage::keep_quiz_text(&id, text);
        storage::save_library(&library);
    }
    storage::set_current_quiz(&id);
    if !in_package {
        set_address(origin, url.as_deref());
    }
    state.problem.set(None);
    state.notice.set(None);
    state.session.set(None);
    state.quiz.set(Arc::new(quiz));
    state.file.set_value(file);
    state.origin.set((origin, url));
    restore_session(state);
    let title = state.quiz.with_untracked(|q| q.quiz.title.clone());
    let opened = td_string!(locale(), student.opened_quiz, title = title).to_string();
    if reveal == Reveal::Yes {
        // Seen, not only heard: the confirmation (or "Welcome back") in view, with the focus.
        if state.notice.with_untracked(Option::is_none) {
            state.notice.set(Some(opened.clone()));
        }
        dom::reveal("[data-testid=notice]");
    }
    state.announce(opened);
    kept
}

fn restore_session(state: AppState) {
    let quiz = state.quiz.get_untracked();
    match storage::load_progress(&quiz) {
        Ok(Some(session)) => {
            state.session.set(Some(session));
            state
                .notice
                .set(Some(td_string!(locale(), student.welcome_back).into()));
        }
        Ok(None) => {}
        Err(notice) => state.notice.set(Some(notice)),
    }
}

/// Forgets a remembered quiz and its stored file.
pub fn forget_recent(id: &str) {
    let mut library = storage::library();
    if library.forget(id) {
        storage::save_library(&library);
    }
    storage::forget_quiz(id);
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

/// A link that opens the open quiz: the app's address for the bundled quiz, `?quiz=` for a quiz
/// from an https link, the quiz itself in the fragment otherwise (`Ok(None)` if too large).
pub async fn share_link(state: AppState) -> Result<Option<String>, OpenError> {
    let base = app_address();
    match state.origin.get_untracked() {
        (Origin::Bundled, _) => Ok(Some(base)),
        (Origin::Link, Some(url)) => Ok(with_quiz_link(&base, &url)),
        _ => link_carrying(&state.file.get_value()).await,
    }
}
