//! The app-wide state, provided once at the root and read with [`use_app`].

use std::sync::Arc;

use leptos::prelude::*;

use crate::quiz::library::Origin;
use crate::quiz::{score, LoadedQuiz, OpenError, Results, Session};

/// What the student is looking at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Start,
    Question,
    Results,
}

/// Why the quiz someone tried to open did not open. The quiz that was open stays open.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// The file could not be had (a link, a file the browser would not read, a broken share link).
    Open(OpenError),
    /// The file is not a good quiz; the teachers' module explains what to fix in it.
    InFile(Arc<[u8]>),
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub quiz: RwSignal<Arc<LoadedQuiz>>,
    /// The open quiz's file as it was opened, for keeping, sharing and editing it.
    pub file: StoredValue<Arc<[u8]>>,
    /// The attempt in progress; `None` on the start screen.
    pub session: RwSignal<Option<Session>>,
    /// The score of the finished attempt, computed once when it finishes.
    pub results: Memo<Option<Arc<Results>>>,
    /// A message for the student, such as "your saved progress could not be read".
    pub notice: RwSignal<Option<String>>,
    /// Text read out by screen readers through the polite live region.
    pub announcement: RwSignal<String>,
    /// Where the open quiz came from, and its https link if it came from one.
    pub origin: RwSignal<(Origin, Option<String>)>,
    /// Why the quiz last tried did not open.
    pub problem: RwSignal<Option<Problem>>,
    /// A quiz is being fetched or read.
    pub loading: RwSignal<bool>,
    /// The editor's "preview as a student": no teacher tools, nothing saved.
    pub preview: bool,
}

impl AppState {
    pub fn new(quiz: LoadedQuiz, file: Arc<[u8]>) -> Self {
        let quiz = RwSignal::new(Arc::new(quiz));
        let session = RwSignal::new(None::<Session>);
        let results = Memo::new(move |_| {
            session.with(|session| {
                let session = session.as_ref().filter(|s| s.finished)?;
                Some(Arc::new(quiz.with(|quiz| score(quiz, session))))
            })
        });
        AppState {
            quiz,
            file: StoredValue::new(file),
            session,
            results,
            notice: RwSignal::new(None),
            announcement: RwSignal::new(String::new()),
            origin: RwSignal::new((Origin::Bundled, None)),
            problem: RwSignal::new(None),
            loading: RwSignal::new(false),
            preview: false,
        }
    }

    /// State for previewing a quiz inside the editor.
    pub fn for_preview(quiz: LoadedQuiz) -> Self {
        AppState {
            preview: true,
            ..AppState::new(quiz, Arc::from(&[][..]))
        }
    }

    pub fn screen(&self) -> Screen {
        self.session.with(|session| match session {
            None => Screen::Start,
            Some(s) if s.finished => Screen::Results,
            Some(_) => Screen::Question,
        })
    }

    /// Changes the attempt in progress; does nothing on the start screen.
    pub fn update_session(&self, change: impl FnOnce(&mut Session, &LoadedQuiz)) {
        let quiz = self.quiz.get_untracked();
        self.session.update(|session| {
            if let Some(session) = session {
                change(session, &quiz);
            }
        });
    }

    pub fn announce(&self, text: impl Into<String>) {
        self.announcement.set(text.into());
    }
}

pub fn provide_app(state: AppState) {
    provide_context(state);
}

/// The app state. Components are only ever mounted under the student app or the editor's
/// preview, which provide it.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
