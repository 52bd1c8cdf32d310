use leptos::prelude::*;

use super::Class;
use crate::i18n::{t, td_string};
use crate::shared::dom::{is_typing, reveal};
use crate::shared::language::quiz_text;

/// The projector view: one statement at a time in large type, hardest first, with its passage
/// and how the class answered (no names); the answer, cue words and explanation on request.
/// Keys: → ↓ Page Down next, ← ↑ Page Up back, Space or Enter shows the answer, Escape leaves.
#[component]
pub fn Discussion(class: Class, at: usize, discussing: RwSignal<Option<usize>>) -> impl IntoView {
    // Statement indices, hardest first.
    let order: Vec<usize> = class
        .report
        .with_untracked(|r| r.by_difficulty().iter().map(|row| row.statement).collect());
    let count = order.len();
    let i18n = class.i18n;
    let order = StoredValue::new(order);
    let position = RwSignal::new(at.min(count.saturating_sub(1)));
    let shown = RwSignal::new(false);
    let go = move |step: isize| {
        let next = position.get_untracked() as isize + step;
        if (0..count as isize).contains(&next) {
            position.set(next as usize);
            shown.set(false);
        }
    };
    let leave = move || {
        discussing.set(None);
        reveal("[data-testid=discuss]");
    };
    let keys = window_event_listener(leptos::ev::keydown, move |event| {
        // Keys pressed on a control (a button, a link, a field) do what that control does.
        if is_typing(&event)
            || on_control(&event)
            || event.ctrl_key()
            || event.meta_key()
            || event.alt_key()
        {
            return;
        }
        let handled = match event.key().as_str() {
            "ArrowRight" | "ArrowDown" | "PageDown" => {
                go(1);
                true
            }
            "ArrowLeft" | "ArrowUp" | "PageUp" => {
                go(-1);
                true
            }
            " " | "Enter" => {
                shown.update(|s| *s = !*s);
                true
            }
            "Escape" => {
                leave();
                true
            }
            _ => false,
        };
        if handled {
            event.prevent_default();
        }
    });
    on_cleanup(move || keys.remove());
    reveal("[data-testid=discussion]");

    let statement = move || order.with_value(|o| o[position.get()]);
    let view_of = move || {
        let index = statement();
        class.quiz.with_value(|quiz| {
            class.report.with(|r| {
                let students = r.students.len().max(1);
                let l = class.i18n.get_locale();
                let names = class.categories();
                let row = &r.statements[index];
                let placed = &quiz.placed[index];
                let text = quiz.passage_text(placed.passage);
                let passage = quiz
                    .segments(placed.passage)
                    .into_iter()
                    .map(|segment| {
                        let run = text[segment.range].to_string();
                        if segment.statement == Some(index) {
                            view! { <mark class="statement current" data-testid="discussed-statement">{run}</mark> }.into_any()
                        } else {
                            view! { <span>{run}</span> }.into_any()
                        }
                    })
                    .collect_view();
                let bars = row
                    .chose
                    .iter()
                    .enumerate()
                    .map(|(c, &n)| (names[c].name.clone(), n))
                    .chain((row.unanswered > 0).then(|| (td_string!(l, class.no_answer).to_string(), row.unanswered)))
                    .map(|(name, n)| {
                        let percent = n * 100 / students;
                        view! {
                            <li class="class-bar">
                                <span class="bar-name">{name}</span>
                                // SVG lengths, not a style attribute, which the page's policy refuses.
                                <svg class="bar-track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                                    <rect class="bar-fill" width=percent height="10"></rect>
                                </svg>
                                <span class="bar-value">
                                    <span class="visually-hidden">": "</span>
                                    {td_string!(l, class.bar_value, count = n, percent = percent).to_string()}
                                </span>
                            </li>
                        }
                    })
                    .collect_view();
                let statement = quiz.statement(index);
                let accepted = class.accepted(index);
                let cues = statement.cues.join(td_string!(l, student.list_separator));
                let explanation = statement.explanation.clone();
                let (lang, dir) = quiz_text(quiz);
                view! {
                    <p class="discussion-passage" lang=lang.clone() dir=dir>{passage}</p>
                    <h2 class="visually-hidden">{td_string!(l, class.col_split)}</h2>
                    <ul class="class-bars" data-testid="discussion-bars">{bars}</ul>
                    <Show
                        when=move || shown.get()
                        fallback=move || view! { <p class="hint">{td_string!(l, class.space_to_show)}</p> }
                    >
                        <div class="discussion-answer" data-testid="discussion-answer">
                            <p class="answer-line">{td_string!(l, class.the_answer, answer = accepted.clone()).to_string()}</p>
                            {(!cues.is_empty()).then(|| view! { <p>{td_string!(l, class.cue_words, cues = cues.clone()).to_string()}</p> })}
                            <p lang=lang.clone() dir=dir>{explanation.clone()}</p>
                        </div>
                    </Show>
                }
            })
        })
    };

    view! {
        <section class="discussion" data-testid="discussion" tabindex="-1" aria-labelledby="discussion-title">
            <h1 id="discussion-title" class="discussion-title" data-testid="discussion-position">
                {t!(i18n, class.discussion_position, at = move || position.get() + 1, total = move || count)}
            </h1>
            <div aria-live="polite">{view_of}</div>
            <div class="actions discussion-controls">
                <button type="button" on:click=move |_| go(-1) disabled=move || position.get() == 0>{t!(i18n, class.back)}</button>
                <button type="button" class="primary" data-testid="show-answer" on:click=move |_| shown.update(|s| *s = !*s)>
                    {move || if shown.get() { t!(i18n, class.hide_answer).into_any() } else { t!(i18n, class.show_answer).into_any() }}
                </button>
                <button type="button" on:click=move |_| go(1) disabled=move || { position.get() + 1 >= count }>{t!(i18n, class.next)}</button>
                <button type="button" class="quiet" data-testid="leave-discussion" on:click=move |_| leave()>{t!(i18n, class.leave_discussion)}</button>
            </div>
        </section>
    }
}

/// Whether a key press is aimed at a control, which handles Enter and Space itself.
fn on_control(event: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|element| {
            matches!(element.tag_name().as_str(), "BUTTON" | "A" | "SUMMARY")
                || element.has_attribute("role")
        })
}
