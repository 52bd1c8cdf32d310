use leptos::prelude::*;

use crate::quiz::class::{compare, standing, ClassSummary, Compared};
use crate::quiz::error::sentence;
use crate::quiz::{score, LoadedQuiz, Session};

/// A student's results beside their class's (a class summary the teacher shared): where their
/// score stands, and per statement their answer beside how the class answered. Opened like any
/// file (dropped on the page, or chosen); drawn by the teachers' module, which the student app
/// loads for it.
#[component]
pub fn Comparison(
    summary: ClassSummary,
    quiz: Option<LoadedQuiz>,
    session: Option<Session>,
) -> impl IntoView {
    let class_size = summary.scores.len();
    let Some(quiz) = quiz else {
        return problem(format!(
            "This is your teacher's class summary for “{}”. That quiz is not on this device: open it (from your teacher's link or file), take it, then open this summary again.",
            summary.quiz_title
        ));
    };
    // After a practice round the device keeps only that round's answers: the first attempt's
    // are not shown as if they were the student's.
    let practised = session.as_ref().is_some_and(Session::is_practice_round);
    let answers = session
        .as_ref()
        .filter(|_| !practised)
        .map(|s| s.answers.clone())
        .unwrap_or_else(|| vec![None; quiz.len()]);
    let rows = match compare(&quiz, &summary, &answers) {
        Ok(rows) => rows,
        Err(reason) => return problem(sentence(&reason)),
    };
    let yours = session.as_ref().map(|s| score(&quiz, s).counted);
    // The score that counts: the first attempt's, also after practice rounds.
    let first_done = session
        .as_ref()
        .is_some_and(|s| s.finished || s.first.is_some());
    let standing_line = match yours {
        Some(score) if first_done => {
            let (below, same) = standing(&summary.scores, score.percent);
            let above = class_size.saturating_sub(below + same);
            let mut line = format!(
                "You got {} of {} ({}%). In the class of {class_size}, {below} scored less than you and {above} more.",
                score.correct, score.total, score.percent,
            );
            if practised {
                line.push_str(" Your first attempt's answers are no longer on this device (a practice round replaced them), so only the class's are shown below.");
            }
            line
        }
        _ => format!(
            "You have not finished this quiz on this device yet: your answers so far are shown beside the {class_size} students of the class."
        ),
    };
    let table = rows
        .into_iter()
        .map(|row| compared_row(&quiz, row, class_size))
        .collect_view();
    view! {
        <section class="comparison" tabindex="-1" role="region" aria-labelledby="comparison-title" data-testid="comparison">
            <h2 id="comparison-title">"You and your class"</h2>
            <p data-testid="comparison-standing">{standing_line}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Your answers and the class's">
                <table class="class-table">
                    <thead>
                        <tr>
                            <th scope="col">"Statement"</th>
                            <th scope="col">"Your answer"</th>
                            <th scope="col">"The class"</th>
                        </tr>
                    </thead>
                    <tbody>{table}</tbody>
                </table>
            </div>
        </section>
    }
    .into_any()
}

fn compared_row(quiz: &LoadedQuiz, row: Compared, class_size: usize) -> impl IntoView {
    let statement = quiz.statement(row.statement);
    let name = |c: usize| quiz.categories[c].name.clone();
    let yours = match row.yours {
        Some(c) if row.right => format!("✓ {}", name(c)),
        Some(c) => format!(
            "✗ {} (the answer: {})",
            name(c),
            quiz.accepted_names(row.statement).join(" or ")
        ),
        None => "no answer".to_string(),
    };
    let whole = class_size.max(1);
    let class = row
        .class
        .iter()
        .enumerate()
        .map(|(c, n)| format!("{} {}%", name(c), n.saturating_mul(100) / whole))
        .chain(
            (row.no_answer > 0)
                .then(|| format!("no answer {}%", row.no_answer.saturating_mul(100) / whole)),
        )
        .collect::<Vec<_>>()
        .join(" · ");
    view! {
        <tr data-testid=format!("compared-{}", statement.id)>
            <td class="statement-cell">{statement.text.clone()}</td>
            <td>{yours}</td>
            <td>{class}</td>
        </tr>
    }
}

fn problem(text: String) -> AnyView {
    view! {
        <section class="comparison" tabindex="-1" role="alert" data-testid="comparison">
            <p>{text}</p>
        </section>
    }
    .into_any()
}
