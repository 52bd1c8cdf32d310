//! What both audiences use: the app state, the device's storage, the learning platform (in a
//! SCORM package), downloads, the clipboard, links that carry a quiz, and the passage with its
//! highlighted statements (the student screens and the editor's preview), and the editor's title
//! bar (also shown while the editor downloads).

pub mod clipboard;
pub mod dom;
pub mod download;
pub mod editor_header;
pub mod fact_check;
pub mod language;
pub mod language_picker;
pub mod passage_view;
pub mod platform;
pub mod radio_option;
pub mod share_link;
pub mod state;
pub mod storage;
pub mod text_field;
pub mod words;

pub use editor_header::EditorHeader;
pub use fact_check::FactCheckNote;
pub use language_picker::LanguagePicker;
pub use passage_view::PassageView;
pub use share_link::ShareLinkField;
pub use state::{provide_app, use_app, AppState, Problem, Screen};
pub use text_field::TextField;
