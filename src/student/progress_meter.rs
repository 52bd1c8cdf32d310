use leptos::prelude::*;

use crate::i18n::{t, t_string, use_i18n};

use crate::shared::use_app;

/// "Statement 7 of 17", a bar, and how many are answered.
#[component]
pub fn ProgressMeter() -> impl IntoView {
    let state = use_app();
    let i18n = use_i18n();
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
                    {t!(
                        i18n,
                        student.statement_of,
                        at = move || numbers.get().0,
                        total = move || numbers.get().1
                    )}
                </strong>
                <span class="answered">
                    {t!(
                        i18n,
                        student.answered_of,
                        answered = move || numbers.get().2,
                        total = move || numbers.get().1
                    )}
                </span>
            </p>
            <progress
                max=move || numbers.get().1.to_string()
                value=move || numbers.get().2.to_string()
                aria-label=move || t_string!(i18n, student.statements_answered)
            ></progress>
        </div>
    }
}
