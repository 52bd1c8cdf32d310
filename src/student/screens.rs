use leptos::prelude::*;

use super::{QuestionScreen, ResultsScreen, StartScreen};
use crate::shared::{use_app, Screen};

/// The screen the student is on: start, a question, or the results. A newly opened quiz gets
/// fresh screens.
#[component]
pub fn Screens(screen: Memo<Screen>) -> impl IntoView {
    let state = use_app();
    move || {
        state.quiz.track();
        match screen.get() {
            Screen::Start => view! { <StartScreen /> }.into_any(),
            Screen::Question => view! { <QuestionScreen /> }.into_any(),
            Screen::Results => view! { <ResultsScreen /> }.into_any(),
        }
    }
}
