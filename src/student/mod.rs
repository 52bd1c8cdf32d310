//! What every student downloads: the quiz from the start screen to the results, opening a quiz
//! from a file or a link, and the door to the teachers' module (loaded only when needed).

mod answer_buttons;
mod app;
mod drop_zone;
mod feedback_panel;
pub mod open;
mod progress_meter;
mod question_screen;
mod quiz_loader;
pub mod readers;
mod recent_quizzes;
mod results_screen;
mod screens;
mod service_worker;
mod share_button;
mod start_screen;
mod teacher_tools;

pub use answer_buttons::AnswerButtons;
pub use app::App;
pub use drop_zone::DropZone;
pub use feedback_panel::FeedbackPanel;
pub use progress_meter::ProgressMeter;
pub use question_screen::QuestionScreen;
pub use quiz_loader::QuizLoader;
pub use recent_quizzes::RecentQuizzes;
pub use results_screen::ResultsScreen;
pub use screens::Screens;
pub use share_button::ShareButton;
pub use start_screen::StartScreen;

/// Starts the student app. The pre-rendered start screen is already on show. Starting takes two
/// turns so that neither holds up the page for long: this one loads the bundled quiz (and the
/// browser compiles the code that reads it), the next builds the page.
pub fn start() {
    console_error_panic_hook::set_once();
    crate::quiz::bundled_ref();
    gloo::timers::callback::Timeout::new(0, || {
        leptos::mount::mount_to_body(App);
    })
    .forget();
}
