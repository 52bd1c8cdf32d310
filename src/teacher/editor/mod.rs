//! "Create a quiz" (`#/edit`): paste an article, mark statements, label and explain them, check
//! the quiz live with the loader's messages, preview it as a student and export it.

mod answer_key;
mod article_input;
mod editor_screen;
mod export_panel;
mod passage_editor;
mod quiz_settings;
mod state;
mod statement_editor;
mod student_preview;
mod text_field;
pub mod words;

pub use answer_key::AnswerKey;
pub use article_input::ArticleInput;
pub use editor_screen::EditorScreen;
pub use export_panel::ExportPanel;
pub use passage_editor::PassageEditor;
pub use quiz_settings::QuizSettings;
pub use state::{use_editor, Chosen, EditorState, EditorView};
pub use statement_editor::StatementEditor;
pub use student_preview::StudentPreview;
pub use text_field::EditorField;

use crate::i18n::Locale;
use crate::quiz::QuizError;
use crate::teacher::problems::on_cards;

/// The problems whose path is `prefix` or inside it (`passages[1]` covers
/// `passages[1].statements[0].answer` but not `passages[10]`).
pub(crate) fn errors_under(locale: Locale, errors: &[QuizError], prefix: &str) -> Vec<String> {
    errors
        .iter()
        .filter(|e| {
            e.path == prefix
                || e.path
                    .strip_prefix(prefix)
                    .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
        })
        .map(|e| on_cards(locale, e))
        .collect()
}
