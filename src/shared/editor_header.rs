use leptos::prelude::*;

/// The title bar of the teachers' pages (`page`: "Create a quiz"…), with the way back to the quiz.
#[component]
pub fn EditorHeader(page: &'static str) -> impl IntoView {
    view! {
        <header class="site-header editor-header">
            <p class="brand">{format!("Fact, claim or opinion? · {page}")}</p>
            <a href="#/" data-testid="back-to-quiz">"Back to the quiz"</a>
        </header>
    }
}
