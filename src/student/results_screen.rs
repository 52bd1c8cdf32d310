use leptos::prelude::*;

use super::quiz_loader::open_chosen;

use crate::i18n::{t, td_string, use_i18n};
use crate::quiz::handin::file_name;
use crate::quiz::report::{to_csv, to_json};
use crate::quiz::session::{statement_order, Retried, Session};
use crate::quiz::{LoadedQuiz, Results};
use crate::shared::dom::{now, random_seed};
use crate::shared::download::download;
use crate::shared::language::{locale, quiz_text};
use crate::shared::platform::{package, platform};
use crate::shared::storage::{keep_student_name, student_name};
use crate::shared::words::{categories, join_or, results_sentence};
use crate::shared::{use_app, FactCheckNote, TextField};

/// Score, what the student called each kind, every missed statement explained, retry, print
/// and download.
#[component]
pub fn ResultsScreen() -> impl IntoView {
    let state = use_app();
    let i18n = use_i18n();
    // Drawn once as the screen opens: a change of language redraws the screen (see `Screens`).
    let locale = i18n.get_locale_untracked();
    let quiz = state.quiz.get_untracked();
    let (lang, dir) = quiz_text(&quiz);
    let Some(results) = state.results.get_untracked() else {
        return ().into_any();
    };
    let allow_retry = quiz.quiz.settings.allow_retry;
    let (attempt, retried) = state
        .session
        .with_untracked(|s| s.as_ref().map_or((1, None), |s| (s.attempt, s.retried)));
    let title = match (attempt, retried) {
        (1, _) => td_string!(locale, student.results_title).to_string(),
        (n, Some(Retried::Mistakes)) => {
            td_string!(locale, student.practice_round_mistakes, round = n).to_string()
        }
        (n, _) => td_string!(locale, student.practice_round_all, round = n).to_string(),
    };
    let has_mistakes = !results.missed.is_empty();
    let categories = categories(locale, &quiz);
    let name = |c: usize| categories[c].name.clone();

    let breakdown = results
        .breakdown
        .iter()
        .filter(|row| row.total > 0)
        .map(|row| {
            let expected = name(row.category);
            let mut notes: Vec<String> = row
                .confused_with
                .iter()
                .map(|&(chosen, count)| {
                    td_string!(locale, student.marked_as, name = name(chosen), count = count)
                        .to_string()
                })
                .collect();
            if row.unanswered > 0 {
                let count = row.unanswered;
                notes.push(td_string!(locale, student.not_answered_count, count = count).to_string());
            }
            let separator = td_string!(locale, student.note_separator);
            view! {
                <tr data-testid=format!("breakdown-{}", quiz.categories[row.category].id)>
                    <th scope="row">{expected.clone()}</th>
                    <td>
                        {td_string!(locale, student.correct_of, correct = row.correct, total = row.total).to_string()}
                    </td>
                    <td>
                        {if notes.is_empty() {
                            td_string!(locale, student.all_right).to_string()
                        } else {
                            notes.join(separator)
                        }}
                    </td>
                </tr>
            }
        })
        .collect_view();

    let missed = results
        .missed
        .iter()
        .map(|missed| {
            let statement = quiz.statement(missed.statement).clone();
            let your = missed
                .chosen
                .map_or(td_string!(locale, student.no_answer).to_string(), name);
            let accepted = join_or(locale, &categories, &quiz.accepted_categories(missed.statement));
            view! {
                <li data-testid=format!("missed-{}", statement.id)>
                    <blockquote lang=lang.clone() dir=dir>{statement.text}</blockquote>
                    <p>
                        <span class="icon" aria-hidden="true">"✗ "</span>
                        {td_string!(locale, student.you_said_answer, said = your, answer = accepted).to_string()}
                    </p>
                    <p class="explanation" lang=lang.clone() dir=dir>{statement.explanation}</p>
                    {statement.fact_check.map(|check| view! { <FactCheckNote check=check /> })}
                </li>
            }
        })
        .collect_view();

    // A retry is a practice round: the first attempt's score stays the score.
    let retry = move |what: Retried| {
        let quiz = state.quiz.get_untracked();
        let Some(results) = state.results.get_untracked() else {
            return;
        };
        state.session.update(|slot| {
            let order = statement_order(&quiz, random_seed());
            let next = slot
                .as_ref()
                .and_then(|old| old.retry(&quiz, &results, what, order));
            if let Some(mut next) = next {
                next.started_at = Some(now());
                *slot = Some(next);
            }
        });
        state.announce(td_string!(
            i18n.get_locale_untracked(),
            student.practice_round_note
        ));
    };
    // Who hands these results in: asked here, remembered on the device, put in the downloads.
    let student = RwSignal::new(student_name());
    // The downloads carry the score already worked out (`AppState::results`).
    let report = move |write: fn(&LoadedQuiz, &Session, &Results, Option<&str>) -> String,
                       extension: &str| {
        let results = state.results.get_untracked()?;
        let quiz = state.quiz.get_untracked();
        let name = student.get_untracked();
        let name = Some(name.as_str()).filter(|n| !n.trim().is_empty());
        state.session.with_untracked(|s| {
            s.as_ref().map(|s| {
                (
                    file_name(
                        &quiz.quiz.id,
                        name,
                        s.finished_at,
                        extension,
                        (
                            td_string!(locale, student.file_no_name),
                            td_string!(locale, student.file_undated),
                        ),
                    ),
                    write(&quiz, s, &results, name),
                )
            })
        })
    };
    let download_csv = move |_| {
        if let Some((name, text)) = report(csv_in_language, "csv") {
            download(&name, "text/csv;charset=utf-8", &text);
        }
    };
    let download_json = move |_| {
        if let Some((name, text)) = report(to_json, "json") {
            download(&name, "application/json", &text);
        }
    };
    // The pass mark is met, or not, by the score that counts (the first attempt's).
    let verdict = results.counted.passed.map(|passed| {
        let mark = quiz.quiz.settings.pass_mark.unwrap_or(0);
        if passed {
            td_string!(locale, student.passed, mark = mark).to_string()
        } else {
            td_string!(locale, student.not_passed, mark = mark).to_string()
        }
    });

    view! {
        <section class="results" aria-labelledby="results-title">
            <h1 id="results-title" tabindex="-1" data-testid="results-title">{title}</h1>
            <p class="quiz-name" lang=lang.clone() dir=dir>{quiz.quiz.title.clone()}</p>
            <p class="score" data-testid="score">{results_sentence(locale, &results, attempt)}</p>
            {verdict.map(|v| view! { <p data-testid="pass">{v}</p> })}
            <h2>{t!(i18n, student.by_kind)}</h2>
            <table class="breakdown" data-testid="breakdown">
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, student.answer_was)}</th>
                        <th scope="col">{t!(i18n, student.you_got_right)}</th>
                        <th scope="col">{t!(i18n, student.where_wrong)}</th>
                    </tr>
                </thead>
                <tbody>{breakdown}</tbody>
            </table>
            <div class="no-print hand-in">
                <TextField
                    id="student-name"
                    label=td_string!(locale, student.student_name_label)
                    value=student
                    on_input=move |name: String| {
                        keep_student_name(&name);
                        student.set(name);
                    }
                    test_id=Some(Signal::stored("student-name".to_string()))
                />
            </div>
            {platform()
                .map(|_| {
                    view! {
                        <p class="hint" data-testid="platform-note">
                            {t!(i18n, student.platform_keeps_score)}
                        </p>
                    }
                })}
            // The comparison comes with the teachers' tools, which a SCORM package leaves out.
            <p class="hint no-print" hidden=package().is_some()>
                <label for="class-summary">
                    {t!(i18n, student.class_summary_label)}
                </label>
                <input
                    id="class-summary"
                    type="file"
                    accept=".json,application/json"
                    data-testid="class-summary-input"
                    on:change=move |event| open_chosen(state, &event)
                />
            </p>
            <div class="actions no-print">
                {(allow_retry && has_mistakes)
                    .then(|| {
                        view! {
                            <button type="button" class="primary" data-testid="retry-mistakes" on:click=move |_| retry(Retried::Mistakes)>
                                {t!(i18n, student.retry_mistakes)}
                            </button>
                        }
                    })}
                {allow_retry
                    .then(|| {
                        view! {
                            <button type="button" data-testid="retry-all" on:click=move |_| retry(Retried::All)>
                                {t!(i18n, student.retry_all)}
                            </button>
                        }
                    })}
                <button type="button" data-testid="print" on:click=move |_| {
                    let _ = window().print();
                }>{t!(i18n, student.print)}</button>
                <button type="button" data-testid="download-csv" on:click=download_csv>
                    {t!(i18n, student.download_csv)}
                </button>
                <button type="button" data-testid="download-json" on:click=download_json>
                    {t!(i18n, student.download_json)}
                </button>
            </div>
            <h2>
                {if has_mistakes {
                    let count = results.missed.len();
                    td_string!(locale, student.missed_heading, count = count).to_string()
                } else {
                    td_string!(locale, student.missed_nothing).to_string()
                }}
            </h2>
            <ol class="missed" data-testid="missed">{missed}</ol>
        </section>
    }
    .into_any()
}

/// The CSV in the language the student sees (its headings, yes/no, category names).
fn csv_in_language(
    quiz: &LoadedQuiz,
    session: &Session,
    results: &Results,
    student: Option<&str>,
) -> String {
    to_csv(quiz, session, results, student, &locale())
}
