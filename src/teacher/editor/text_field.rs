use leptos::prelude::*;

use super::use_editor;
use crate::i18n::use_i18n;
use crate::shared::editor_header::Text;
use crate::shared::TextField;

/// A labelled text box of the editor. Going into it starts one undo step (see
/// [`super::EditorState::checkpoint`]); every keystroke is passed to `on_input`.
#[component]
pub fn EditorField(
    #[prop(into)] id: String,
    /// Its label in a given language: `|l| td_string!(l, editor.x)`.
    label: Text,
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
    let i18n = use_i18n();
    let editor = use_editor();
    view! {
        <TextField
            id=id
            label=Signal::derive(move || label(i18n.get_locale()))
            value=value
            on_input=on_input
            rows=rows
            kind=kind
            test_id=test_id
            on_focus=Some(Callback::new(move |_| editor.checkpoint()))
        />
    }
}
