use leptos::prelude::*;

/// A labelled text box: one line, or several with `rows`.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    /// Its label: a fixed text or one that follows the interface language.
    #[prop(into)]
    label: Signal<&'static str>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
    /// Lines of a multi-line box; without, a one-line box.
    #[prop(optional_no_strip)]
    rows: Option<u32>,
    /// The `type` of a one-line box.
    #[prop(default = "text")]
    kind: &'static str,
    #[prop(optional_no_strip)] placeholder: Option<&'static str>,
    /// Whether the browser checks the spelling (off for JSON).
    #[prop(default = true)]
    spellcheck: bool,
    #[prop(optional_no_strip)] test_id: Option<Signal<String>>,
    /// Called when the box gets the focus (the editor starts an undo step there).
    #[prop(optional_no_strip)]
    on_focus: Option<Callback<()>>,
) -> impl IntoView {
    let test_id = move || test_id.map(|t| t.get());
    let focus = move |_| {
        if let Some(on_focus) = on_focus {
            on_focus.run(());
        }
    };
    let field = match rows {
        Some(rows) => view! {
            <textarea
                id=id.clone()
                rows=rows
                spellcheck=spellcheck.to_string()
                placeholder=placeholder
                data-testid=test_id
                prop:value=move || value.get()
                on:focus=focus
                on:input=move |event| on_input.run(event_target_value(&event))
            ></textarea>
        }
        .into_any(),
        None => view! {
            <input
                id=id.clone()
                type=kind
                placeholder=placeholder
                data-testid=test_id
                prop:value=move || value.get()
                on:focus=focus
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
