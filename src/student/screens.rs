use leptos::prelude::*;

use crate::i18n::use_i18n;

use super::{QuestionScreen, ResultsScreen, StartScreen};
use crate::shared::{use_app, Screen};

/// The screen the student is on: start, a question, or the results. A newly opened quiz gets
/// fresh screens. The results, written once as they open, are redrawn in a newly chosen
/// language; the other screens follow it as they stand (focus and place kept).
#[component]
pub fn Screens(screen: Memo<Screen>) -> impl IntoView {
    let state = use_app();
    let i18n = use_i18n();
    move || {
        state.quiz.track();
        match screen.get() {
            Screen::Start => view! { <StartScreen /> }.into_any(),
            Screen::Question => view! { <QuestionScreen /> }.into_any(),
            Screen::Results => {
                i18n.get_locale();
                view! { <ResultsScreen /> }.into_any()
            }
        }
    }
}
