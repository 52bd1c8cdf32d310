use leptos::prelude::*;

use crate::i18n::{t, t_string, use_i18n};
use crate::shared::words::categories;
use wasm_bindgen::JsCast;

use crate::shared::dom::focus_element;
use crate::shared::use_app;

/// One button per category, with visible text and its number key. Arrow keys move between
/// them; Enter, Space or the number answers. After feedback, the right answer is marked with a
/// tick and a wrong choice with a cross, in words as well as colour.
#[component]
pub fn AnswerButtons(
    node_ref: NodeRef<leptos::html::Div>,
    /// Called with the category index the student chose.
    on_choose: Callback<usize>,
) -> impl IntoView {
    let state = use_app();
    let i18n = use_i18n();
    let chosen = Memo::new(move |_| {
        state
            .session
            .with(|s| s.as_ref().and_then(|s| s.answer_of(s.current())))
    });
    let locked = Memo::new(move |_| {
        state
            .session
            .with(|s| !s.as_ref().is_some_and(|s| s.can_answer()))
    });
    let feedback = Memo::new(move |_| {
        state
            .session
            .with(|s| s.as_ref().is_some_and(|s| s.shows_feedback()))
    });
    let accepted = move |category: usize| {
        let quiz = state.quiz.get();
        state.session.with(|s| {
            s.as_ref()
                .is_some_and(|s| quiz.accepts(s.current(), category))
        })
    };
    let on_keydown = move |event: web_sys::KeyboardEvent| {
        let step: i32 = match event.key().as_str() {
            "ArrowRight" | "ArrowDown" => 1,
            "ArrowLeft" | "ArrowUp" => -1,
            _ => return,
        };
        event.prevent_default();
        let Some(group) = node_ref.get_untracked() else {
            return;
        };
        let Ok(buttons) = group.query_selector_all("button") else {
            return;
        };
        let count = buttons.length();
        if count == 0 {
            return;
        }
        let active = document().active_element();
        let at = (0..count)
            .find(|&i| {
                buttons
                    .item(i)
                    .zip(active.clone())
                    .is_some_and(|(b, a)| b.is_same_node(Some(&a)))
            })
            .unwrap_or(0);
        let next = (i64::from(at) + i64::from(step)).rem_euclid(i64::from(count));
        if let Some(button) = buttons
            .item(u32::try_from(next).unwrap_or(0))
            .and_then(|b| b.dyn_into::<web_sys::Element>().ok())
        {
            focus_element(&button);
        }
    };

    view! {
        <div
            class="answers"
            role="group"
            aria-labelledby="question-prompt"
            data-testid="answers"
            node_ref=node_ref
            on:keydown=on_keydown
        >
            {move || {
                let quiz = state.quiz.get();
                categories(i18n.get_locale(), &quiz)
                    .into_iter()
                    .enumerate()
                    .map(|(i, category)| {
                        let name = category.name;
                        let mark = move || {
                            if !feedback.get() {
                                return None;
                            }
                            if accepted(i) {
                                Some(("✓", t_string!(i18n, student.right_answer)))
                            } else if chosen.get() == Some(i) {
                                Some(("✗", t_string!(i18n, student.wrong_answer)))
                            } else {
                                None
                            }
                        };
                        view! {
                            <button
                                type="button"
                                class=format!("answer category-{}", i % 6)
                                class:chosen=move || chosen.get() == Some(i)
                                class:right=move || feedback.get() && accepted(i)
                                data-testid=format!("answer-{}", category.id)
                                aria-pressed=move || (chosen.get() == Some(i)).to_string()
                                aria-disabled=move || locked.get().to_string()
                                on:click=move |_| {
                                    if !locked.get_untracked() {
                                        on_choose.run(i);
                                    }
                                }
                            >
                                <span class="key" aria-hidden="true">{i + 1}</span>
                                <span class="name">
                                    {name}
                                    {move || {
                                        (chosen.get() == Some(i))
                                            .then(|| view! { <span class="chosen-note">" "{t!(i18n, student.chosen)}</span> })
                                    }}
                                </span>
                                {move || {
                                    mark()
                                        .map(|(icon, words)| {
                                            view! {
                                                <span class="mark">
                                                    <span aria-hidden="true">{icon}</span>
                                                    <span class="visually-hidden">{format!(" ({words})")}</span>
                                                </span>
                                            }
                                        })
                                }}
                            </button>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}
