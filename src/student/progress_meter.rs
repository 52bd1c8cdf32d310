use leptos::prelude::*;

use crate::shared::use_app;

/// "Statement 7 of 17", a bar, and how many are answered.
#[component]
pub fn ProgressMeter() -> impl IntoView {
    let state = use_app();
    let numbers = Memo::new(move |_| {
        state.session.with(|s| {
            s.as_ref().map_or((0, 0, 0), |s| {
                (s.position + 1, s.total(), s.answered_count())
            })
        })
    });
    view! {
        <div class="progress" data-testid="progress">
            <p>
                <strong data-testid="position">
                    {move || {
                        let (at, total, _) = numbers.get();
                        format!("Statement {at} of {total}")
                    }}
                </strong>
                <span class="answered">
                    {move || {
                        let (_, total, answered) = numbers.get();
                        format!(" · {answered} of {total} answered")
                    }}
                </span>
            </p>
            <progress
                max=move || numbers.get().1.to_string()
                value=move || numbers.get().2.to_string()
                aria-label="Statements answered"
            ></progress>
        </div>
    }
}
