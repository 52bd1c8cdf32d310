use leptos::prelude::*;

use super::use_editor;
use crate::shared::TextField;

/// A labelled text box of the editor. Going into it starts one undo step (see
/// [`super::EditorState::checkpoint`]); every keystroke is passed to `on_input`.
#[component]
pub fn EditorField(
    #[prop(into)] id: String,
    label: &'static str,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
    /// Lines of a multi-line box; without, a one-line box.
    #[prop(optional)]
    rows: Option<u32>,
    /// The `type` of a one-line box.
    #[prop(default = "text")]
    kind: &'static str,
    #[prop(optional, into)] test_id: Option<Signal<String>>,
) -> impl IntoView {
    let editor = use_editor();
    view! {
        <TextField
            id=id
            label=label
            value=value
            on_input=on_input
            rows=rows
            kind=kind
            test_id=test_id
            on_focus=Some(Callback::new(move |_| editor.checkpoint()))
        />
    }
}
