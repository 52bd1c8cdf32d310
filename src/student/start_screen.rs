use leptos::prelude::*;

use crate::i18n::{t, use_i18n};

use super::{QuizLoader, RecentQuizzes, ShareButton};
use crate::quiz::model::ModeSetting;
use crate::quiz::session::statement_order;
use crate::quiz::{Mode, Session};
use crate::shared::dom::{now, random_seed};
use crate::shared::language::quiz_text;
use crate::shared::platform::package;
use crate::shared::radio_option::radio_option;
use crate::shared::use_app;
use crate::shared::words::categories;

/// Seconds a student needs per statement, on average, for the time estimate.
const SECONDS_PER_STATEMENT: usize = 30;

/// The title, what the categories mean, how long it takes, and practice or test.
#[component]
pub fn StartScreen() -> impl IntoView {
    let state = use_app();
    let i18n = use_i18n();
    let quiz = state.quiz.get_untracked();
    let (lang, dir) = quiz_text(&quiz);
    let fixed_mode = match quiz.quiz.settings.mode {
        ModeSetting::Choice => None,
        ModeSetting::Practice => Some(Mode::Practice),
        ModeSetting::Test => Some(Mode::Test),
    };
    let mode = RwSignal::new(fixed_mode.unwrap_or(Mode::Practice));
    // The teacher tools below the start button are built in a task of their own, so that the
    // app's first render (what a student sees) stays short.
    let teacher_tools = RwSignal::new(false);
    gloo::timers::callback::Timeout::new(0, move || {
        teacher_tools.try_set(true);
    })
    .forget();
    let statements = quiz.len();
    let kinds = quiz.categories.len();
    let passages = quiz.quiz.passages.len();
    let minutes = (statements * SECONDS_PER_STATEMENT).div_ceil(60).max(1);
    let source = quiz.quiz.source.clone().map(|source| {
        [source.publication, source.author, source.date]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ")
    });
    let start = move |_| {
        let quiz = state.quiz.get_untracked();
        let order = statement_order(&quiz, random_seed());
        // The question screen announces the first statement as it opens.
        let mut session = Session::for_statements(&quiz, mode.get_untracked(), order);
        session.started_at = Some(now());
        state.notice.set(None);
        state.session.set(Some(session));
    };

    view! {
        <section class="start" aria-labelledby="quiz-title">
            <p class="eyebrow">{t!(i18n, student.start_eyebrow)}</p>
            <div lang=lang.clone() dir=dir>
                <h1 id="quiz-title" data-testid="quiz-title">{quiz.quiz.title.clone()}</h1>
                {source.filter(|s| !s.is_empty()).map(|s| view! { <p class="source">{s}</p> })}
                {quiz.quiz.instructions.clone().map(|text| view! { <p class="instructions">{text}</p> })}
            </div>
            <h2 data-testid="kinds-heading">
                {t!(i18n, student.kinds_of_statement, count = move || kinds)}
            </h2>
            <ul class="categories" data-testid="categories">
                {move || categories(i18n.get_locale(), &quiz)
                    .into_iter()
                    .enumerate()
                    .map(|(i, category)| {
                        view! {
                            <li class=format!("category category-{}", i % 6)>
                                <h3>
                                    <span class="key" aria-hidden="true">{i + 1}</span>
                                    {category.name}
                                </h3>
                                <p>{category.definition}</p>
                                <p class="example">
                                    <span class="visually-hidden">{t!(i18n, student.example)}</span>
                                    {category.example}
                                </p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p class="duration" data-testid="duration">
                {t!(i18n, student.statements_in_passages, count = move || statements)}
                " "
                {t!(i18n, student.in_passages, count = move || passages)}
                " · "
                {t!(i18n, student.about_minutes, count = move || minutes)}
            </p>
            {fixed_mode
                .is_none()
                .then(|| {
                    view! {
                        <fieldset class="mode-choice">
                            <legend>{t!(i18n, student.mode_question)}</legend>
                            {radio_option("mode", mode, Mode::Practice, "practice", t!(i18n, student.mode_practice), t!(i18n, student.mode_practice_hint))}
                            {radio_option("mode", mode, Mode::Test, "test", t!(i18n, student.mode_test), t!(i18n, student.mode_test_hint))}
                        </fieldset>
                    }
                })}
            <button type="button" class="primary" data-testid="start" on:click=start>
                {t!(i18n, student.start_quiz)}
            </button>
            // Neither in the editor's preview nor in a SCORM package: there, the quiz is the page.
            {move || (!state.preview && package().is_none() && teacher_tools.get())
                .then(|| {
                    view! {
                        <ShareButton />
                        <QuizLoader />
                        <RecentQuizzes />
                        <p class="create-link">
                            <a href="#/edit" data-testid="create-quiz">{t!(i18n, student.create_quiz)}</a>
                            {t!(i18n, student.create_quiz_rest)}
                            <a href="#/class" data-testid="class-report">{t!(i18n, student.class_results_link)}</a>
                            "."
                        </p>
                    }
                })}
        </section>
    }
}
