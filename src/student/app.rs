use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::{t, t_string, td_string, use_i18n};

use super::open::open_from_address;
use super::service_worker;
use super::teacher_tools::{ClassHost, EditorHost, FileProblems, PlatformHost};
use super::{DropZone, Screens};
use crate::quiz::library::Origin;
use crate::quiz::report::to_json;
use crate::quiz::{bundled, BUNDLED_QUIZ};
use crate::shared::dom::{reveal, reveal_and_focus};
use crate::shared::language::{provide_language, stored_choice, Language};
use crate::shared::platform::{package, platform};
use crate::shared::storage::{self, store_progress};
use crate::shared::words::open_error;
use crate::shared::{provide_app, use_app, AppState, LanguagePicker, Problem, Screen};

/// The whole app: the bundled quiz, the saved attempt restored, and the screen for where the
/// student is.
#[component]
pub fn App() -> impl IntoView {
    // The static "Loading the quiz…" line in index.html has done its job.
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    let state = bundled()
        .ok()
        .map(|quiz| AppState::new(quiz, Arc::from(BUNDLED_QUIZ.as_bytes())));
    // The open quiz's language is the interface's unless the student chose another.
    let i18n = provide_language(Signal::derive(move || {
        state.and_then(|state| state.quiz.with(|q| q.quiz.language.clone()))
    }));
    // The bundled quiz is checked by the test suite; this is a build that must not ship.
    let Some(state) = state else {
        return view! {
            <main class="page">
                <h1>{t!(i18n, student.app_name)}</h1>
                <p role="alert">{t!(i18n, student.bundled_unreadable)}</p>
            </main>
        }
        .into_any();
    };
    provide_app(state);
    let update_ready = RwSignal::new(false);
    // A SCORM package runs in the platform's frame, from the platform's server: no offline copy.
    if package().is_none() {
        service_worker::register(update_ready);
    }
    view! {
        <Show when=move || update_ready.get()>
            <div class="update-banner" role="status" data-testid="update-ready">
                <p>{t!(i18n, student.update_ready)}</p>
                <button type="button" class="primary" on:click=|_| service_worker::apply_update()>
                    {t!(i18n, student.update_now)}
                </button>
            </div>
        </Show>
        <Routes />
    }
    .into_any()
}

/// `#/edit` is the quiz editor, `#/class` the class report, `#/platform` the learning platform's
/// files; every other address is the quiz.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Route {
    Quiz,
    Edit,
    Class,
    Platform,
}

fn current_route() -> Route {
    // A SCORM package holds no teachers' tools: whatever the address, it is the quiz.
    if package().is_some() {
        return Route::Quiz;
    }
    match window().location().hash().unwrap_or_default().as_str() {
        "#/edit" => Route::Edit,
        "#/class" => Route::Class,
        "#/platform" => Route::Platform,
        _ => Route::Quiz,
    }
}

#[component]
fn Routes() -> impl IntoView {
    let route = RwSignal::new(current_route());
    let language = use_context::<Language>();
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        // A teachers' page may have changed the language (it has its own picker).
        if let (Some(language), Some(stored)) = (language, stored_choice()) {
            if language.choice.get_untracked() != Some(stored) {
                language.choice.set(Some(stored));
            }
        }
        let next = current_route();
        if next != route.get_untracked() {
            route.set(next);
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
    on_cleanup(move || listener.remove());
    move || match route.get() {
        Route::Quiz => view! { <QuizApp /> }.into_any(),
        Route::Edit => view! { <EditorHost /> }.into_any(),
        Route::Class => view! { <ClassHost /> }.into_any(),
        Route::Platform => view! { <PlatformHost /> }.into_any(),
    }
}

#[component]
fn QuizApp() -> impl IntoView {
    let state = use_app();
    let i18n = use_i18n();
    let in_package = package().is_some();
    open_from_address(state);
    // Save after every change, so nothing is lost when the tab closes. Only "start over" deletes
    // saved progress (below): switching quizzes must never clear the one left behind.
    Effect::new(move |_| {
        let quiz = state.quiz.get();
        state.session.with(|session| {
            if session.is_some() && !store_progress(&quiz, session.as_ref()) {
                let locale = i18n.get_locale_untracked();
                state
                    .notice
                    .set(Some(td_string!(locale, student.cannot_save).into()));
            }
        });
    });
    let screen = Memo::new(move |_| state.screen());
    // Remember the last score of a finished attempt in the recent quizzes.
    Effect::new(move |_| {
        // Only a first attempt's score is the score; practice rounds leave it as it is.
        let first_attempt = state
            .session
            .with_untracked(|s| s.as_ref().is_some_and(|s| !s.is_practice_round()));
        if let Some(results) = state.results.get().filter(|_| first_attempt) {
            let mut library = storage::library();
            let quiz = state.quiz.get_untracked();
            library.record_score(&quiz.quiz.id, results.round.correct, results.round.total);
            storage::save_library(&library);
            // The grade for the learning platform, when the app runs from a SCORM package.
            if let Some(platform) = platform() {
                state.session.with_untracked(|session| {
                    if let Some(session) = session {
                        platform.finish(&to_json(&quiz, session, &results, None));
                    }
                });
            }
        }
    });
    // Every answer goes at once: asked first, the answers kept unless the student says so.
    let confirm_start_over = RwSignal::new(false);
    let answered = Memo::new(move |_| {
        state
            .session
            .with(|s| s.as_ref().map_or(0, |s| s.answered_count()))
    });
    let start_over = move |_| {
        confirm_start_over.set(false);
        store_progress(&state.quiz.get_untracked(), None);
        state.session.set(None);
        let done = td_string!(i18n.get_locale_untracked(), student.started_over);
        state.notice.set(Some(done.into()));
        state.announce(done);
        reveal("[data-testid=notice]");
    };

    view! {
        <a class="skip-link" href="#main">{t!(i18n, student.skip_to_quiz)}</a>
        // In a SCORM package the quiz is the one the platform gave.
        {(!in_package).then(|| view! { <DropZone /> })}
        <header class="site-header">
            <p class="brand">{t!(i18n, student.app_name)}</p>
            <LanguagePicker />
            <Show when=move || screen.get() != Screen::Start>
                <button
                    type="button"
                    class="quiet"
                    data-testid="start-over"
                    aria-expanded=move || confirm_start_over.get().to_string()
                    on:click=move |_| {
                        confirm_start_over.set(true);
                        reveal_and_focus(
                            "[data-testid=confirm-start-over]",
                            "[data-testid=keep-answers]",
                        );
                    }
                >
                    {t!(i18n, student.start_over)}
                </button>
            </Show>
        </header>
        <Show when=move || confirm_start_over.get() && screen.get() != Screen::Start>
            <div class="confirm page" role="alertdialog" aria-labelledby="start-over-question" data-testid="confirm-start-over">
                <p id="start-over-question">
                    {move || match answered.get() {
                        0 => t!(i18n, student.start_over_fresh).into_any(),
                        n => t!(i18n, student.start_over_question, count = move || n).into_any(),
                    }}
                </p>
                <button type="button" class="primary" data-testid="keep-answers" on:click=move |_| confirm_start_over.set(false)>
                    {t!(i18n, student.keep_answers)}
                </button>
                <button type="button" data-testid="start-over-confirm" on:click=start_over>
                    {t!(i18n, student.clear_and_start_over)}
                </button>
            </div>
        </Show>
        <main id="main" class="page" tabindex="-1">
            <Show when=move || state.loading.get()>
                <p class="notice" role="status" data-testid="loading">{t!(i18n, student.opening_quiz)}</p>
            </Show>
            {move || state.problem.get().map(|problem| view! { <ProblemReport problem=problem /> })}
            {move || {
                state
                    .notice
                    .get()
                    .map(|notice| {
                        view! {
                            <div class="notice" role="status" tabindex="-1" data-testid="notice">
                                <p>{notice}</p>
                                <button
                                    type="button"
                                    class="quiet"
                                    aria-label=move || t_string!(i18n, student.dismiss_message)
                                    on:click=move |_| state.notice.set(None)
                                >
                                    {t!(i18n, student.dismiss)}
                                </button>
                            </div>
                        }
                    })
            }}
            // A SCORM package shows no quiz until its own has opened (never the bundled one).
            <Show when=move || !in_package || state.origin.with(|o| o.0 != Origin::Bundled)>
                <Screens screen=screen />
            </Show>
        </main>
        <div class="visually-hidden" aria-live="polite" data-testid="announcer">
            {move || state.announcement.get()}
        </div>
    }
}

/// Why the quiz someone tried to open did not open, and the way back to the open quiz.
#[component]
fn ProblemReport(problem: Problem) -> impl IntoView {
    let state = use_app();
    let i18n = use_i18n();
    let report = match problem.clone() {
        Problem::Open(error) => view! {
            <section class="error-list" role="alert" tabindex="-1" data-testid="error-list">
                <h2>{t!(i18n, student.not_opened_heading)}</h2>
                <p>{move || open_error(i18n.get_locale(), &error)}</p>
            </section>
        }
        .into_any(),
        Problem::InFile(file) => view! { <FileProblems file=file /> }.into_any(),
    };
    // The outcome is where the teacher looks next, wherever the button they pressed was (the
    // loader is far down the start screen on a phone): in view, with the focus on it. The list
    // of problems in a file is revealed when the teachers' module has drawn it.
    if matches!(problem, Problem::Open(_)) {
        reveal("[data-testid=error-list]");
    }
    // In a SCORM package there is no other quiz to go back to.
    let dismiss = package().is_none().then(|| {
        view! {
            <button
                type="button"
                class="quiet"
                data-testid="dismiss-errors"
                on:click=move |_| state.problem.set(None)
            >
                {t!(i18n, student.dismiss_keep_open)}
            </button>
        }
    });
    view! {
        {report}
        {dismiss}
    }
}
