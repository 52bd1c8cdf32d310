use leptos::prelude::*;

use super::quiz_loader::open_chosen;

use crate::quiz::handin::file_name;
use crate::quiz::report::{to_csv, to_json};
use crate::quiz::score::{confusion_note, results_sentence};
use crate::quiz::session::{statement_order, Retried, Session};
use crate::quiz::{LoadedQuiz, Results};
use crate::shared::dom::{now, random_seed};
use crate::shared::download::download;
use crate::shared::platform::{package, platform};
use crate::shared::storage::{keep_student_name, student_name};
use crate::shared::{use_app, FactCheckNote, TextField};

/// Score, what the student called each kind, every missed statement explained, retry, print
/// and download.
#[component]
pub fn ResultsScreen() -> impl IntoView {
    let state = use_app();
    let quiz = state.quiz.get_untracked();
    let Some(results) = state.results.get_untracked() else {
        return ().into_any();
    };
    let allow_retry = quiz.quiz.settings.allow_retry;
    let (attempt, retried) = state
        .session
        .with_untracked(|s| s.as_ref().map_or((1, None), |s| (s.attempt, s.retried)));
    let title = match (attempt, retried) {
        (1, _) => "Your results".to_string(),
        (n, Some(Retried::Mistakes)) => format!("Practice round {n}: your mistakes again"),
        (n, _) => format!("Practice round {n}: every statement again"),
    };
    let has_mistakes = !results.missed.is_empty();
    let name = |c: usize| quiz.categories[c].name.clone();

    let breakdown = results
        .breakdown
        .iter()
        .filter(|row| row.total > 0)
        .map(|row| {
            let expected = name(row.category);
            let mut notes: Vec<String> = row
                .confused_with
                .iter()
                .map(|&(chosen, count)| confusion_note(count, &name(chosen)))
                .collect();
            if row.unanswered > 0 {
                notes.push(format!("not answered: {}", row.unanswered));
            }
            view! {
                <tr data-testid=format!("breakdown-{}", quiz.categories[row.category].id)>
                    <th scope="row">{expected.clone()}</th>
                    <td>{format!("{} of {}", row.correct, row.total)}</td>
                    <td>
                        {if notes.is_empty() { "All right".to_string() } else { notes.join("; ") }}
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
            let your = missed.chosen.map_or("no answer".to_string(), name);
            let accepted = quiz.accepted_names(missed.statement).join(" or ");
            view! {
                <li data-testid=format!("missed-{}", statement.id)>
                    <blockquote>{statement.text}</blockquote>
                    <p>
                        <span class="icon" aria-hidden="true">"✗ "</span>
                        {format!("You said: {your}. The answer: {accepted}.")}
                    </p>
                    <p class="explanation">{statement.explanation}</p>
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
        state.announce("Practice round: your score stays that of your first attempt.");
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
                    file_name(&quiz.quiz.id, name, s.finished_at, extension),
                    write(&quiz, s, &results, name),
                )
            })
        })
    };
    let download_csv = move |_| {
        if let Some((name, text)) = report(to_csv, "csv") {
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
            format!("You passed (the pass mark is {mark}%).")
        } else {
            format!("Not a pass yet: the pass mark is {mark}%.")
        }
    });

    view! {
        <section class="results" aria-labelledby="results-title">
            <h1 id="results-title" tabindex="-1" data-testid="results-title">{title}</h1>
            <p class="quiz-name">{quiz.quiz.title.clone()}</p>
            <p class="score" data-testid="score">{results_sentence(&results, attempt)}</p>
            {verdict.map(|v| view! { <p data-testid="pass">{v}</p> })}
            <h2>"By kind of statement"</h2>
            <table class="breakdown" data-testid="breakdown">
                <thead>
                    <tr>
                        <th scope="col">"The answer was"</th>
                        <th scope="col">"You got right"</th>
                        <th scope="col">"Where you went wrong"</th>
                    </tr>
                </thead>
                <tbody>{breakdown}</tbody>
            </table>
            <div class="no-print hand-in">
                <TextField
                    id="student-name"
                    label="Your name, for the files you hand in (kept on this device)"
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
                            "Your learning platform keeps the score of your first finished attempt."
                        </p>
                    }
                })}
            // The comparison comes with the teachers' tools, which a SCORM package leaves out.
            <p class="hint no-print" hidden=package().is_some()>
                <label for="class-summary">
                    "Your teacher's class summary, to see your answers beside your class's: "
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
                                "Retry my mistakes"
                            </button>
                        }
                    })}
                {allow_retry
                    .then(|| {
                        view! {
                            <button type="button" data-testid="retry-all" on:click=move |_| retry(Retried::All)>
                                "Retry all"
                            </button>
                        }
                    })}
                <button type="button" data-testid="print" on:click=move |_| {
                    let _ = window().print();
                }>"Print"</button>
                <button type="button" data-testid="download-csv" on:click=download_csv>
                    "Download CSV (spreadsheet)"
                </button>
                <button type="button" data-testid="download-json" on:click=download_json>
                    "Download results file (JSON)"
                </button>
            </div>
            <h2>
                {if has_mistakes {
                    format!("Statements you missed ({})", results.missed.len())
                } else {
                    "You missed nothing. Well done!".to_string()
                }}
            </h2>
            <ol class="missed" data-testid="missed">{missed}</ol>
        </section>
    }
    .into_any()
}
