use leptos::prelude::*;

/// One choice of a group of radio buttons (`group`: its name, and the start of its test id):
/// the choice's name in bold, then what it means.
pub fn radio_option<T: Copy + PartialEq + Send + Sync + 'static>(
    group: &'static str,
    chosen: RwSignal<T>,
    value: T,
    id: &'static str,
    name: impl IntoView + 'static,
    note: impl IntoView + 'static,
) -> impl IntoView {
    view! {
        <label>
            <input
                type="radio"
                name=group
                value=id
                data-testid=format!("{group}-{id}")
                prop:checked=move || chosen.get() == value
                on:change=move |_| chosen.set(value)
            />
            <span>
                <strong>{name}</strong>
                {note}
            </span>
        </label>
    }
}
