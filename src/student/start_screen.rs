use leptos::prelude::*;

use super::{QuizLoader, RecentQuizzes, ShareButton};
use crate::quiz::model::ModeSetting;
use crate::quiz::session::statement_order;
use crate::quiz::{Mode, Session};
use crate::shared::dom::{now, random_seed};
use crate::shared::platform::package;
use crate::shared::radio_option::radio_option;
use crate::shared::use_app;

/// Seconds a student needs per statement, on average, for the time estimate.
const SECONDS_PER_STATEMENT: usize = 30;

/// The title, what the categories mean, how long it takes, and practice or test.
#[component]
pub fn StartScreen() -> impl IntoView {
    let state = use_app();
    let quiz = state.quiz.get_untracked();
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
            <p class="eyebrow">"Read the article. Sort every statement."</p>
            <h1 id="quiz-title" data-testid="quiz-title">{quiz.quiz.title.clone()}</h1>
            {source.filter(|s| !s.is_empty()).map(|s| view! { <p class="source">{s}</p> })}
            {quiz.quiz.instructions.clone().map(|text| view! { <p class="instructions">{text}</p> })}
            <h2 data-testid="kinds-heading">{kinds_of_statement(quiz.categories.len())}</h2>
            <ul class="categories" data-testid="categories">
                {quiz
                    .categories
                    .iter()
                    .enumerate()
                    .map(|(i, category)| {
                        view! {
                            <li class=format!("category category-{}", i % 6)>
                                <h3>
                                    <span class="key" aria-hidden="true">{i + 1}</span>
                                    {category.name.clone()}
                                </h3>
                                <p>{category.definition.clone()}</p>
                                <p class="example">
                                    <span class="visually-hidden">"Example: "</span>
                                    {category.example.clone()}
                                </p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p class="duration" data-testid="duration">
                {format!(
                    "{statements} statements in {passages} passages · about {minutes} minutes",
                )}
            </p>
            {fixed_mode
                .is_none()
                .then(|| {
                    view! {
                        <fieldset class="mode-choice">
                            <legend>"How do you want to work?"</legend>
                            {radio_option("mode", mode, Mode::Practice, "practice", "Practice", " – see if you are right after each answer, with the reasons.")}
                            {radio_option("mode", mode, Mode::Test, "test", "Test", " – answer everything first, see your score and the reasons at the end.")}
                        </fieldset>
                    }
                })}
            <button type="button" class="primary" data-testid="start" on:click=start>
                "Start the quiz"
            </button>
            // Neither in the editor's preview nor in a SCORM package: there, the quiz is the page.
            {move || (!state.preview && package().is_none() && teacher_tools.get())
                .then(|| {
                    view! {
                        <ShareButton />
                        <QuizLoader />
                        <RecentQuizzes />
                        <p class="create-link">
                            <a href="#/edit" data-testid="create-quiz">"Create your own quiz"</a>
                            " from any article, in this browser. "
                            <a href="#/class" data-testid="class-report">"See your class's results"</a>
                            "."
                        </p>
                    }
                })}
        </section>
    }
}

/// "Three kinds of statement", for the number of categories the quiz has (2 to 9).
fn kinds_of_statement(count: usize) -> String {
    const NUMBERS: [&str; 8] = [
        "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
    ];
    match count.checked_sub(2).and_then(|i| NUMBERS.get(i)) {
        Some(number) => format!("{number} kinds of statement"),
        None => format!("{count} kinds of statement"),
    }
}
