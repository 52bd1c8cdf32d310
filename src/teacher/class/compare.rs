use leptos::prelude::*;

use super::words::summary_problem;
use crate::i18n::{t, t_string, td_string, use_i18n, Locale};
use crate::quiz::class::{compare, standing, ClassSummary, Compared, SummaryProblem};
use crate::quiz::error::sentence;
use crate::quiz::{score, LoadedQuiz, Session};
use crate::shared::language::quiz_text;
use crate::shared::words::{categories, join_or};

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
    let i18n = use_i18n();
    let class_size = summary.scores.len();
    let Some(quiz) = quiz else {
        let title = summary.quiz_title;
        return problem(move |l| td_string!(l, class.not_on_device, title = &title).to_string());
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
        Err(reason) => return problem(move |l| sentence(&summary_problem(l, &reason))),
    };
    let yours = session.as_ref().map(|s| score(&quiz, s).counted);
    // The score that counts: the first attempt's, also after practice rounds.
    let first_done = session
        .as_ref()
        .is_some_and(|s| s.finished || s.first.is_some());
    let standing = yours
        .filter(|_| first_done)
        .map(|score| (score, standing(&summary.scores, score.percent)));
    let standing_line = move || {
        let l = i18n.get_locale();
        match standing {
            Some((score, (below, same))) => {
                let above = class_size.saturating_sub(below + same);
                let mut line = td_string!(
                    l,
                    class.standing,
                    correct = score.correct,
                    total = score.total,
                    percent = score.percent,
                    count = class_size,
                    below = below,
                    above = above
                )
                .to_string();
                if practised {
                    line.push(' ');
                    line.push_str(td_string!(l, class.practised));
                }
                line
            }
            None => td_string!(l, class.not_finished, count = class_size).to_string(),
        }
    };
    let (quiz_lang, quiz_dir) = quiz_text(&quiz);
    let table = move || {
        let l = i18n.get_locale();
        rows.iter()
            .map(|row| compared_row(l, &quiz, row, class_size, &quiz_lang, quiz_dir))
            .collect_view()
    };
    view! {
        <section class="comparison" tabindex="-1" role="region" aria-labelledby="comparison-title" data-testid="comparison">
            <h2 id="comparison-title">{t!(i18n, class.compare_heading)}</h2>
            <p data-testid="comparison-standing">{standing_line}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label=move || t_string!(i18n, class.compare_table)>
                <table class="class-table">
                    <thead>
                        <tr>
                            <th scope="col">{t!(i18n, class.col_statement)}</th>
                            <th scope="col">{t!(i18n, class.col_your_answer)}</th>
                            <th scope="col">{t!(i18n, class.col_class)}</th>
                        </tr>
                    </thead>
                    <tbody>{table}</tbody>
                </table>
            </div>
        </section>
    }
    .into_any()
}

fn compared_row(
    l: Locale,
    quiz: &LoadedQuiz,
    row: &Compared,
    class_size: usize,
    quiz_lang: &str,
    quiz_dir: &'static str,
) -> impl IntoView {
    let statement = quiz.statement(row.statement);
    let named = categories(l, quiz);
    let name = |c: usize| named[c].name.clone();
    let yours = match row.yours {
        Some(c) if row.right => td_string!(l, class.you_right, name = name(c)).to_string(),
        Some(c) => {
            let answer = join_or(l, &named, &quiz.accepted_categories(row.statement));
            td_string!(l, class.you_wrong, name = name(c), answer = answer).to_string()
        }
        None => td_string!(l, class.you_no_answer).to_string(),
    };
    let whole = class_size.max(1);
    let class = row
        .class
        .iter()
        .enumerate()
        .map(|(c, n)| {
            let percent = n.saturating_mul(100) / whole;
            td_string!(l, class.class_percent, name = name(c), percent = percent).to_string()
        })
        .chain((row.no_answer > 0).then(|| {
            let percent = row.no_answer.saturating_mul(100) / whole;
            td_string!(l, class.no_answer_percent, percent = percent).to_string()
        }))
        .collect::<Vec<_>>()
        .join(" · ");
    view! {
        <tr data-testid=format!("compared-{}", statement.id)>
            <td class="statement-cell" lang=quiz_lang.to_string() dir=quiz_dir>{statement.text.clone()}</td>
            <td>{yours}</td>
            <td>{class}</td>
        </tr>
    }
}

/// Why the comparison cannot be shown, in the language on screen.
fn problem(text: impl Fn(Locale) -> String + Send + Sync + 'static) -> AnyView {
    let i18n = use_i18n();
    view! {
        <section class="comparison" tabindex="-1" role="alert" data-testid="comparison">
            <p>{move || text(i18n.get_locale())}</p>
        </section>
    }
    .into_any()
}

/// A file that looks like a class summary but cannot be read as one.
#[component]
pub fn SummaryUnreadable(problem: SummaryProblem) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="error-list" role="alert" tabindex="-1" data-testid="error-list">
            <p>{move || sentence(&summary_problem(i18n.get_locale(), &problem))}</p>
        </section>
    }
}
