use leptos::prelude::*;

/// The editor's title bar, with the way back to the quiz.
#[component]
pub fn EditorHeader() -> impl IntoView {
    view! {
        <header class="site-header editor-header">
            <p class="brand">"Fact, claim or opinion? · Create a quiz"</p>
            <a href="#/" data-testid="back-to-quiz">"Back to the quiz"</a>
        </header>
    }
}
