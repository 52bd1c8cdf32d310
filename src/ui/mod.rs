//! Thin components: they read the app state and call the quiz logic. One component per file.

mod answer_buttons;
mod app;
mod download;
mod error_list;
mod feedback_panel;
mod passage_view;
mod persistence;
mod progress_meter;
mod question_screen;
mod results_screen;
mod start_screen;
mod state;

pub use answer_buttons::AnswerButtons;
pub use app::App;
pub use error_list::ErrorList;
pub use feedback_panel::FeedbackPanel;
pub use passage_view::PassageView;
pub use progress_meter::ProgressMeter;
pub use question_screen::QuestionScreen;
pub use results_screen::ResultsScreen;
pub use start_screen::StartScreen;
pub use state::{provide_app, use_app, AppState, Screen};
