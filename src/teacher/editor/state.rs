//! The editor's state: the draft, its undo history and autosave, provided to the editor's
//! components and read with [`use_editor`].

use leptos::prelude::*;

use super::words::EditMessage;
use crate::quiz::authoring::{Draft, EditError, History};
use crate::quiz::{LoadedQuiz, QuizError};
use crate::shared::storage;

/// Whether the screen is wide enough for the editor's two columns (the stylesheet's 60rem).
fn wide_screen() -> bool {
    window()
        .match_media("(min-width: 60rem)")
        .ok()
        .flatten()
        .is_none_or(|query| query.matches())
}

const UNDO_STEPS: usize = 200;

/// Which statement the passage tools act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chosen {
    pub passage: usize,
    pub statement: usize,
}

/// What the editor shows besides the draft itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorView {
    Edit,
    Preview,
    AnswerKey,
}

#[derive(Clone, Copy)]
pub struct EditorState {
    pub draft: RwSignal<Option<Draft>>,
    history: RwSignal<History<Option<Draft>>>,
    pub chosen: RwSignal<Option<Chosen>>,
    /// The last edit that could not be made, and why (said in the language of the moment).
    pub message: RwSignal<Option<EditMessage>>,
    pub view: RwSignal<EditorView>,
    /// The draft as the loader would open it, checked once per change: the quiz, or every
    /// problem in it.
    pub checked: Memo<Option<Result<LoadedQuiz, Vec<QuizError>>>>,
    /// The draft's problems (none while it has none, or there is no draft).
    pub errors: Memo<Vec<QuizError>>,
    /// Whether the screen was wide enough for two columns when the editor opened: on a narrower
    /// one, the parts of the page not being edited start folded. Asked once, not per card.
    pub wide: bool,
}

impl EditorState {
    /// Restores the autosaved draft, if any. Returns whether a saved draft was unreadable (and
    /// so cleared), which the page says.
    pub fn restore() -> (EditorState, bool) {
        let saved = storage::draft();
        let (draft, cleared) = match saved.map(|text| serde_json::from_str::<Draft>(&text)) {
            Some(Ok(draft)) => (Some(draft), false),
            Some(Err(_)) => {
                storage::save_draft(None);
                (None, true)
            }
            None => (None, false),
        };
        let draft = RwSignal::new(draft);
        let checked = Memo::new(move |_| draft.with(|d| d.as_ref().map(Draft::check)));
        let errors = Memo::new(move |_| {
            checked.with(|c| match c {
                Some(Err(errors)) => errors.clone(),
                _ => Vec::new(),
            })
        });
        let state = EditorState {
            draft,
            checked,
            errors,
            history: RwSignal::new(History::new(UNDO_STEPS)),
            chosen: RwSignal::new(None),
            message: RwSignal::new(None),
            view: RwSignal::new(EditorView::Edit),
            wide: wide_screen(),
        };
        (state, cleared)
    }

    /// Saves the draft on every change.
    pub fn autosave(&self) {
        let draft = self.draft;
        Effect::new(move |_| {
            draft.with(|draft| {
                let text = draft
                    .as_ref()
                    .map(|draft| serde_json::to_string(draft).unwrap_or_default());
                storage::save_draft(text.as_deref());
            })
        });
    }

    /// Replaces the whole draft (a new article, an opened quiz, or none), undoably.
    pub fn replace(&self, draft: Option<Draft>) {
        self.record_current();
        self.draft.set(draft);
        self.chosen.set(None);
        self.message.set(None);
    }

    /// An undoable structural edit; a refused edit leaves the draft as it was and says why.
    pub fn edit(&self, change: impl FnOnce(&mut Draft) -> Result<(), EditError>) {
        let Some(mut draft) = self.draft.get_untracked() else {
            return;
        };
        match change(&mut draft) {
            Ok(()) => {
                self.record_current();
                self.draft.set(Some(draft));
                self.message.set(None);
            }
            Err(error) => self.message.set(Some(EditMessage::Refused(error))),
        }
    }

    /// Marks the start of typing in a field: one undo step per field visit, not per key.
    pub fn checkpoint(&self) {
        self.record_current();
    }

    /// Puts the draft as it is now on the undo history (the history keeps its own copy).
    fn record_current(&self) {
        self.draft
            .with_untracked(|current| self.history.update(|h| h.record(current)));
    }

    /// A change made while typing (after [`EditorState::checkpoint`]).
    pub fn update(&self, change: impl FnOnce(&mut Draft)) {
        self.draft.update(|draft| {
            if let Some(draft) = draft {
                change(draft);
            }
        });
    }

    pub fn undo(&self) {
        let previous = self
            .draft
            .with_untracked(|current| self.history.try_update(|h| h.undo(current)))
            .flatten();
        if let Some(previous) = previous {
            self.draft.set(previous);
            self.chosen.set(None);
        }
    }

    pub fn redo(&self) {
        let next = self
            .draft
            .with_untracked(|current| self.history.try_update(|h| h.redo(current)))
            .flatten();
        if let Some(next) = next {
            self.draft.set(next);
            self.chosen.set(None);
        }
    }

    pub fn can_undo(&self) -> bool {
        self.history.with(History::can_undo)
    }

    pub fn can_redo(&self) -> bool {
        self.history.with(History::can_redo)
    }

    /// The draft as a quiz, if it has no problems.
    pub fn checked_quiz(&self) -> Option<LoadedQuiz> {
        self.checked
            .with_untracked(|checked| checked.as_ref().and_then(|c| c.as_ref().ok()).cloned())
    }
}

pub fn use_editor() -> EditorState {
    expect_context::<EditorState>()
}
