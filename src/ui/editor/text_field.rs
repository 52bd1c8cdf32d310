use leptos::prelude::*;

use super::use_editor;

/// A labelled text box of the editor. Going into it starts one undo step (see
/// [`super::EditorState::checkpoint`]); every keystroke is passed to `on_input`.
#[component]
pub fn TextField(
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
    let test_id = move || test_id.map(|t| t.get());
    let field = match rows {
        Some(rows) => view! {
            <textarea
                id=id.clone()
                rows=rows
                data-testid=test_id
                prop:value=move || value.get()
                on:focus=move |_| editor.checkpoint()
                on:input=move |event| on_input.run(event_target_value(&event))
            ></textarea>
        }
        .into_any(),
        None => view! {
            <input
                id=id.clone()
                type=kind
                data-testid=test_id
                prop:value=move || value.get()
                on:focus=move |_| editor.checkpoint()
                on:input=move |event| on_input.run(event_target_value(&event))
            />
        }
        .into_any(),
    };
    view! {
        <label class="field-label" for=id>{label}</label>
        {field}
    }
}
