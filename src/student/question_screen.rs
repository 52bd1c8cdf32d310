use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{AnswerButtons, FeedbackPanel, ProgressMeter};
use crate::i18n::{t, t_string, td_string, use_i18n, Locale};
use crate::quiz::{Answered, LoadedQuiz, Mode, Session};
use crate::shared::dom::{focus_element, is_typing, now};
use crate::shared::language::quiz_text;
use crate::shared::words::{categories, join_or, results_sentence, verdict};
use crate::shared::{use_app, PassageView};

/// One statement at a time, inside its passage, with the answers, feedback and navigation.
#[component]
pub fn QuestionScreen() -> impl IntoView {
    let state = use_app();
    let i18n = use_i18n();
    let (lang, dir) = quiz_text(&state.quiz.get_untracked());
    let answers_ref = NodeRef::<leptos::html::Div>::new();
    let next_ref = NodeRef::<leptos::html::Button>::new();
    let confirm_finish = RwSignal::new(false);

    let current = Memo::new(move |_| state.session.with(|s| s.as_ref().map(Session::current)));
    let has_previous = Memo::new(move |_| {
        state
            .session
            .with(|s| s.as_ref().is_some_and(Session::has_previous))
    });
    let has_next = Memo::new(move |_| {
        state
            .session
            .with(|s| s.as_ref().is_some_and(Session::has_next))
    });
    let unanswered = Memo::new(move |_| {
        state
            .session
            .with(|s| s.as_ref().map_or(0, |s| s.total() - s.answered_count()))
    });

    // The answer buttons stay in the page from one statement to the next, so focus can move at
    // once (a frame later would race a quick key press): to the chosen answer, or the first.
    let focus_answers = move || {
        let chosen = state
            .session
            .with_untracked(|s| s.as_ref().and_then(|s| s.answer_of(s.current())));
        if let Some(group) = answers_ref.get_untracked() {
            if let Ok(buttons) = group.query_selector_all("button") {
                let index = u32::try_from(chosen.unwrap_or(0)).unwrap_or(0);
                if let Some(button) = buttons
                    .item(index)
                    .and_then(|b| b.dyn_into::<web_sys::Element>().ok())
                {
                    focus_element(&button);
                }
            }
        }
    };
    let announce_current = move || {
        let quiz = state.quiz.get_untracked();
        state.session.with_untracked(|session| {
            if let Some(session) = session {
                state.announce(td_string!(
                    i18n.get_locale_untracked(),
                    student.announce_statement,
                    at = session.position + 1,
                    total = session.total(),
                    text = &quiz.statement(session.current()).text
                ));
            }
        });
    };
    let go = move |step: fn(&mut Session)| {
        confirm_finish.set(false);
        state.update_session(|session, _| step(session));
        announce_current();
        focus_answers();
    };
    let finish = move || {
        state.update_session(|session, _| session.finish_at(now()));
        state.notice.set(None);
        if let Some(results) = state.results.get_untracked() {
            state.announce(results_sentence(
                i18n.get_locale_untracked(),
                &results,
                state
                    .session
                    .with_untracked(|s| s.as_ref().map_or(1, |s| s.attempt)),
            ));
        }
        request_animation_frame(|| {
            if let Some(main) = document().get_element_by_id("results-title") {
                focus_element(&main);
            }
        });
    };
    let choose = Callback::new(move |category: usize| {
        let quiz = state.quiz.get_untracked();
        let mut outcome = Answered::Locked;
        let mut mode = Mode::Practice;
        let mut statement = 0;
        state.update_session(|session, quiz| {
            mode = session.mode;
            statement = session.current();
            outcome = session.answer(quiz, category);
        });
        if let Answered::Recorded { .. } = outcome {
            // A notice ("Welcome back…") has been read once the student carries on.
            state.notice.set(None);
            let locale = i18n.get_locale_untracked();
            state.announce(answer_announcement(
                locale, &quiz, mode, statement, category,
            ));
            // At once, not after the next frame: a quick "3, Enter" must land on Next.
            if let Some(next) = next_ref.get_untracked() {
                let _ = next.focus();
            }
            // On a phone the feedback appears below the answers, often below the fold: once it
            // is drawn, the verdict and Next are brought into view (the verdict first, should
            // both not fit).
            if mode == Mode::Practice {
                request_animation_frame(move || {
                    let find = |id: &str| {
                        document()
                            .query_selector(&format!("[data-testid={id}]"))
                            .ok()
                            .flatten()
                    };
                    // The screen may be gone by now (a quick Enter on the last statement opens
                    // the results): then there is nothing to scroll.
                    let next = next_ref.try_get_untracked().flatten();
                    let (Some(verdict), Some(next)) = (find("verdict"), next) else {
                        return;
                    };
                    let height = window()
                        .inner_height()
                        .ok()
                        .and_then(|h| h.as_f64())
                        .unwrap_or(0.0);
                    let top = verdict.get_bounding_client_rect().top() - 8.0;
                    let bottom = next.get_bounding_client_rect().bottom() + 8.0;
                    let by = if bottom - top <= height {
                        if top < 0.0 {
                            top
                        } else {
                            (bottom - height).max(0.0)
                        }
                    } else {
                        top
                    };
                    if by != 0.0 {
                        window().scroll_by_with_x_and_y(0.0, by);
                    }
                });
            }
        }
    });

    // Keys 1, 2, 3 … answer, wherever the focus is (but not while typing in a field).
    let keys = window_event_listener(leptos::ev::keydown, move |event| {
        if event.ctrl_key() || event.alt_key() || event.meta_key() || is_typing(&event) {
            return;
        }
        let Some(digit) = event.key().parse::<usize>().ok().filter(|&d| d >= 1) else {
            return;
        };
        if digit <= state.quiz.get_untracked().categories.len() {
            event.prevent_default();
            choose.run(digit - 1);
        }
    });
    on_cleanup(move || keys.remove());
    announce_current();
    // Once the screen is in the page, the keyboard is on the answers (after Start, after a reload
    // into the quiz): the first Tab or arrow key acts there, not on the page body.
    Effect::new(move |_| {
        if answers_ref.get().is_some() {
            focus_answers();
        }
    });

    view! {
        <section class="question-screen" aria-label=move || t_string!(i18n, student.quiz_region)>
            <ProgressMeter />
            <PassageView />
            <div class="question-panel">
                <p class="question-prompt" id="question-prompt">
                    {move || {
                        let locale = i18n.get_locale();
                        let quiz = state.quiz.get();
                        let categories = categories(locale, &quiz);
                        let all: Vec<usize> = (0..categories.len()).collect();
                        let names = join_or(locale, &categories, &all);
                        td_string!(locale, student.question_prompt, names = names).to_string()
                    }}
                </p>
                <blockquote class="current-statement" data-testid="current-statement" lang=lang dir=dir>
                    {move || {
                        current
                            .get()
                            .map(|index| state.quiz.with(|quiz| quiz.statement(index).text.clone()))
                    }}
                </blockquote>
                <AnswerButtons node_ref=answers_ref on_choose=choose />
                <FeedbackPanel />
                <nav class="step-nav" aria-label=move || t_string!(i18n, student.statements_nav)>
                    <button
                        type="button"
                        data-testid="previous"
                        disabled=move || !has_previous.get()
                        on:click=move |_| go(Session::previous)
                    >
                        {t!(i18n, student.previous)}
                    </button>
                    <Show
                        when=move || has_next.get()
                        fallback=move || {
                            view! {
                                <button
                                    type="button"
                                    class="primary"
                                    data-testid="finish"
                                    node_ref=next_ref
                                    on:click=move |_| {
                                        if unanswered.get_untracked() > 0 {
                                            confirm_finish.set(true);
                                        } else {
                                            finish();
                                        }
                                    }
                                >
                                    {t!(i18n, student.see_results)}
                                </button>
                            }
                        }
                    >
                        <button
                            type="button"
                            class="primary"
                            data-testid="next"
                            node_ref=next_ref
                            on:click=move |_| go(Session::next)
                        >
                            {t!(i18n, student.next)}
                        </button>
                    </Show>
                </nav>
                <Show when=move || confirm_finish.get()>
                    <div class="confirm" role="alert" data-testid="confirm-finish">
                        <p>
                            {t!(i18n, student.unanswered, count = move || unanswered.get())}
                        </p>
                        <button
                            type="button"
                            data-testid="first-unanswered"
                            on:click=move |_| {
                                go(|session| {
                                    if let Some(first) = session.first_unanswered() {
                                        session.go_to(first);
                                    }
                                })
                            }
                        >
                            {t!(i18n, student.go_to_first_unanswered)}
                        </button>
                        <button type="button" data-testid="finish-anyway" on:click=move |_| finish()>
                            {t!(i18n, student.see_results_anyway)}
                        </button>
                    </div>
                </Show>
            </div>
        </section>
    }
}

fn answer_announcement(
    locale: Locale,
    quiz: &LoadedQuiz,
    mode: Mode,
    statement: usize,
    category: usize,
) -> String {
    match mode {
        Mode::Test => {
            let name = categories(locale, quiz).swap_remove(category).name;
            td_string!(locale, student.saved_answer, name = name).to_string()
        }
        // What the feedback panel shows, word for word.
        Mode::Practice => format!(
            "{} {}",
            verdict(locale, quiz, statement, Some(category)),
            quiz.statement(statement).explanation
        ),
    }
}
