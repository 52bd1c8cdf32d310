//! Thin components: they read the app state and call the quiz logic. One component per file.

mod answer_buttons;
mod app;
pub(crate) mod clipboard;
mod device_store;
pub(crate) mod download;
mod drop_zone;
pub mod editor;
mod editor_host;
mod error_list;
mod feedback_panel;
pub(crate) mod loading;
mod passage_view;
mod persistence;
mod progress_meter;
pub(crate) mod question_screen;
mod quiz_loader;
mod recent_quizzes;
mod results_screen;
mod service_worker;
mod share_button;
mod start_screen;
mod state;

pub use answer_buttons::AnswerButtons;
pub use app::App;
pub use drop_zone::DropZone;
pub use error_list::ErrorList;
pub use feedback_panel::FeedbackPanel;
pub use passage_view::PassageView;
pub use progress_meter::ProgressMeter;
pub use question_screen::QuestionScreen;
pub use quiz_loader::QuizLoader;
pub use recent_quizzes::RecentQuizzes;
pub use results_screen::ResultsScreen;
pub use share_button::ShareButton;
pub use start_screen::StartScreen;
pub use state::{provide_app, use_app, AppState, Screen};
