//! The app-wide state, provided once at the root and read with [`use_app`].

use std::sync::Arc;

use leptos::prelude::*;

use crate::quiz::library::Origin;
use crate::quiz::{LoadedQuiz, QuizError, Session};

/// What the student is looking at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Start,
    Question,
    Results,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub quiz: RwSignal<Arc<LoadedQuiz>>,
    /// The attempt in progress; `None` on the start screen.
    pub session: RwSignal<Option<Session>>,
    /// A message for the student, such as "your saved progress could not be read".
    pub notice: RwSignal<Option<String>>,
    /// Text read out by screen readers through the polite live region.
    pub announcement: RwSignal<String>,
    /// Where the open quiz came from, and its https link if it came from one.
    pub origin: RwSignal<(Origin, Option<String>)>,
    /// Problems with the quiz a teacher last tried to open; the open quiz stays open.
    pub load_errors: RwSignal<Option<Vec<QuizError>>>,
    /// A quiz is being fetched or read.
    pub loading: RwSignal<bool>,
    /// The editor's "preview as a student": no teacher tools, nothing saved.
    pub preview: bool,
}

impl AppState {
    pub fn new(quiz: LoadedQuiz) -> Self {
        AppState {
            quiz: RwSignal::new(Arc::new(quiz)),
            session: RwSignal::new(None),
            notice: RwSignal::new(None),
            announcement: RwSignal::new(String::new()),
            origin: RwSignal::new((Origin::Bundled, None)),
            load_errors: RwSignal::new(None),
            loading: RwSignal::new(false),
            preview: false,
        }
    }

    /// State for previewing a quiz inside the editor.
    pub fn for_preview(quiz: LoadedQuiz) -> Self {
        AppState {
            preview: true,
            ..AppState::new(quiz)
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

/// The app state. Components are only ever mounted under [`crate::ui::App`], which provides it.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
