use leptos::prelude::*;

use super::Class;
use crate::i18n::{t, td_string, use_i18n, Locale};
use crate::quiz::class::duration;
use crate::shared::language::quiz_text;

/// A sentence of the report in a given language.
type Text = fn(Locale) -> &'static str;

/// A table of the report under its heading, scrolling sideways on its own when it is wider than
/// the screen (and reachable by keyboard to do so). `children`: its head and body.
#[component]
fn TableSection(
    id: &'static str,
    title: Text,
    table_class: &'static str,
    test_id: &'static str,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section aria-labelledby=id>
            <h2 id=id>{move || title(i18n.get_locale())}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby=id>
                <table class=table_class data-testid=test_id>
                    {children()}
                </table>
            </div>
        </section>
    }
}

/// Students per band of ten percent, as bars (plain SVG) with the figures in words beside.
#[component]
pub fn Histogram(class: Class) -> impl IntoView {
    let i18n = class.i18n;
    let bands = move || class.report.with(|r| r.histogram());
    let in_words = move || {
        let l = i18n.get_locale();
        bands()
            .iter()
            .enumerate()
            .filter(|(_, &n)| n > 0)
            .map(|(i, n)| td_string!(l, class.band_count, band = band(l, i), count = n).to_string())
            .collect::<Vec<_>>()
            .join(td_string!(l, student.list_separator))
    };
    view! {
        <figure class="histogram" data-testid="histogram">
            <svg viewBox="0 0 300 130" role="img" aria-labelledby="histogram-caption">
                {move || {
                    let bands = bands();
                    let most = bands.iter().copied().max().unwrap_or(0).max(1);
                    bands
                        .iter()
                        .enumerate()
                        .map(|(i, &n)| {
                            let height = (n * 88 / most) as f64;
                            let x = i as f64 * 30.0 + 3.0;
                            view! {
                                <rect x=x y=105.0 - height width="24" height=height class="bar"></rect>
                                <text x=x + 12.0 y=102.0 - height text-anchor="middle" class="bar-count">
                                    {if n > 0 { n.to_string() } else { String::new() }}
                                </text>
                                <text x=x + 12.0 y="122" text-anchor="middle" class="bar-label">
                                    {format!("{}", i * 10)}
                                </text>
                            }
                        })
                        .collect_view()
                }}
            </svg>
            <figcaption id="histogram-caption">
                {t!(i18n, class.histogram_caption, bands = in_words)}
            </figcaption>
        </figure>
    }
}

fn band(l: Locale, i: usize) -> String {
    let high = if i == 9 { 100 } else { i * 10 + 9 };
    td_string!(l, class.band, low = i * 10, high = high).to_string()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StudentKey {
    Name,
    Score,
    Time,
    Finished,
}

/// A column heading that sorts the table: pressed again, the other way round.
fn sort_heading<K: Copy + PartialEq + Send + Sync + 'static>(
    label: Text,
    key: K,
    sort: RwSignal<(K, bool)>,
    test_id: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = move || {
        let (by, descending) = sort.get();
        match (by == key, descending) {
            (false, _) => "none",
            (true, false) => "ascending",
            (true, true) => "descending",
        }
    };
    view! {
        <th scope="col" aria-sort=state>
            <button
                type="button"
                class="sort"
                data-testid=test_id
                on:click=move |_| sort.update(|(by, descending)| {
                    if *by == key {
                        *descending = !*descending;
                    } else {
                        *by = key;
                        *descending = false;
                    }
                })
            >
                {move || label(i18n.get_locale())}
            </button>
        </th>
    }
}

/// One row per student: name, score, pass or not yet, time spent, finished at.
#[component]
pub fn StudentTable(class: Class) -> impl IntoView {
    let i18n = class.i18n;
    let sort = RwSignal::new((StudentKey::Name, false));
    let has_mark = class
        .quiz
        .with_value(|q| q.quiz.settings.pass_mark.is_some());
    let rows = move || {
        let (by, descending) = sort.get();
        let l = i18n.get_locale();
        class.report.with(|r| {
            let mut order: Vec<usize> = (0..r.students.len()).collect();
            let name = |i: usize| class.name(i).to_lowercase();
            let hidden = class.hide_names.get();
            match by {
                // "Student 2" before "Student 10" while names are hidden.
                StudentKey::Name if hidden => order.sort_by_key(|&i| class.number(i)),
                StudentKey::Name => order.sort_by_key(|&i| name(i)),
                StudentKey::Score => order.sort_by_key(|&i| (r.students[i].score.correct, name(i))),
                StudentKey::Time => order.sort_by_key(|&i| (r.students[i].seconds, name(i))),
                StudentKey::Finished => {
                    order.sort_by_key(|&i| (r.students[i].finished.clone(), name(i)))
                }
            }
            if descending {
                order.reverse();
            }
            order
                .into_iter()
                .map(|i| {
                    let s = &r.students[i];
                    let passed = match s.score.passed {
                        Some(true) => td_string!(l, class.passed),
                        Some(false) => td_string!(l, class.not_yet),
                        None => "",
                    };
                    let finished = s
                        .finished
                        .as_deref()
                        .map(|f| f.replace('T', " ").trim_end_matches('Z').to_string())
                        .unwrap_or_default();
                    view! {
                        <tr data-testid="student-row">
                            <th scope="row">{class.name(i)}</th>
                            <td>{td_string!(l, class.score_cell, correct = s.score.correct, total = s.score.total, percent = s.score.percent).to_string()}</td>
                            {has_mark.then(|| view! { <td>{passed}</td> })}
                            <td>{s.seconds.map(duration).unwrap_or_default()}</td>
                            <td>{finished}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <TableSection id="students-title" title=|l| td_string!(l, class.students_heading) table_class="class-table" test_id="student-table">
            <thead>
                <tr>
                    {sort_heading(|l| td_string!(l, class.col_student), StudentKey::Name, sort, "sort-name")}
                    {sort_heading(|l| td_string!(l, class.col_score), StudentKey::Score, sort, "sort-score")}
                    {has_mark.then(|| view! { <th scope="col">{t!(i18n, class.col_pass_mark)}</th> })}
                    {sort_heading(|l| td_string!(l, class.col_time), StudentKey::Time, sort, "sort-time")}
                    {sort_heading(|l| td_string!(l, class.col_finished), StudentKey::Finished, sort, "sort-finished")}
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </TableSection>
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StatementKey {
    Reading,
    Right,
}

/// One row per statement: share right, how the class split across the categories, the most
/// common wrong answer.
#[component]
pub fn StatementTable(class: Class) -> impl IntoView {
    let i18n = class.i18n;
    let sort = RwSignal::new((StatementKey::Reading, false));
    let rows = move || {
        let (by, descending) = sort.get();
        let l = i18n.get_locale();
        let names = class.categories();
        let (lang, dir) = class.quiz.with_value(quiz_text);
        class.quiz.with_value(|quiz| {
            class.report.with(|r| {
                let students = r.students.len();
                let mut rows: Vec<_> = match by {
                    StatementKey::Reading => r.statements.iter().collect(),
                    StatementKey::Right => r.by_difficulty(),
                };
                if descending {
                    rows.reverse();
                }
                rows.into_iter()
                    .map(|row| {
                        let statement = quiz.statement(row.statement);
                        let split = row
                            .chose
                            .iter()
                            .enumerate()
                            .map(|(c, n)| {
                                td_string!(l, class.chose_count, name = &names[c].name, count = n)
                                    .to_string()
                            })
                            .chain((row.unanswered > 0).then(|| {
                                td_string!(l, class.no_answer_count, count = row.unanswered)
                                    .to_string()
                            }))
                            .collect::<Vec<_>>()
                            .join(" · ");
                        let wrong = row
                            .common_wrong
                            .map(|(c, n)| {
                                td_string!(l, class.wrong_count, name = &names[c].name, count = n)
                                    .to_string()
                            })
                            .unwrap_or_else(|| "–".into());
                        view! {
                            <tr data-testid=format!("statement-row-{}", statement.id)>
                                <td>{row.statement + 1}</td>
                                <td class="statement-cell" lang=lang.clone() dir=dir>{statement.text.clone()}</td>
                                <td>{td_string!(l, class.percent, percent = row.percent(students)).to_string()}</td>
                                <td>{split}</td>
                                <td>{wrong}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <TableSection id="statements-title" title=|l| td_string!(l, class.statements_heading) table_class="class-table" test_id="statement-table">
            <thead>
                <tr>
                    {sort_heading(|_| "#", StatementKey::Reading, sort, "sort-reading")}
                    <th scope="col">{t!(i18n, class.col_statement)}</th>
                    {sort_heading(|l| td_string!(l, class.col_right), StatementKey::Right, sort, "sort-right")}
                    <th scope="col">{t!(i18n, class.col_split)}</th>
                    <th scope="col">{t!(i18n, class.col_common_wrong)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </TableSection>
    }
}

/// What the class took each kind of statement for: expected (rows) × chosen (columns).
#[component]
pub fn ConfusionTable(class: Class) -> impl IntoView {
    let i18n = class.i18n;
    let names = move || -> Vec<String> { class.categories().into_iter().map(|c| c.name).collect() };
    view! {
        <TableSection
            id="confusion-title"
            title=|l| td_string!(l, class.confusion_heading)
            table_class="class-table confusion"
            test_id="confusion-table"
        >
            <thead>
                <tr>
                    <th scope="col">{t!(i18n, class.confusion_corner)}</th>
                    {move || names().into_iter().map(|n| view! { <th scope="col">{n}</th> }).collect_view()}
                    <th scope="col">{t!(i18n, class.no_answer)}</th>
                </tr>
            </thead>
            <tbody>
                {move || { let names = names(); class.report.with(|r| {
                    r.confusion
                        .iter()
                        .enumerate()
                        .map(|(expected, row)| {
                            let cells = row
                                .iter()
                                .enumerate()
                                .map(|(chosen, n)| {
                                    view! { <td class:diagonal=chosen == expected>{*n}</td> }
                                })
                                .collect_view();
                            view! {
                                <tr>
                                    <th scope="row">{names[expected].clone()}</th>
                                    {cells}
                                </tr>
                            }
                        })
                        .collect_view()
                })}}
            </tbody>
        </TableSection>
    }
}

/// The five statements the class found hardest, with what gives them away.
#[component]
pub fn Hardest(class: Class) -> impl IntoView {
    let i18n = class.i18n;
    view! {
        <section aria-labelledby="hardest-title">
            <h2 id="hardest-title">{t!(i18n, class.hardest_heading)}</h2>
            <ol class="hardest" data-testid="hardest">
                {move || { let l = i18n.get_locale(); class.quiz.with_value(|quiz| class.report.with(|r| {
                    let (lang, dir) = quiz_text(quiz);
                    let students = r.students.len();
                    r.hardest(5)
                        .into_iter()
                        .map(|row| {
                            let statement = quiz.statement(row.statement);
                            let accepted = class.accepted(row.statement);
                            let cues = statement.cues.join(td_string!(l, student.list_separator));
                            view! {
                                <li data-testid=format!("hardest-{}", statement.id)>
                                    <blockquote lang=lang.clone() dir=dir>{statement.text.clone()}</blockquote>
                                    <p>
                                        {td_string!(l, class.hardest_line, percent = row.percent(students), answer = accepted).to_string()}
                                        {(!cues.is_empty()).then(|| format!(" {}", td_string!(l, class.cue_words, cues = cues)))}
                                    </p>
                                    <p class="explanation" lang=lang.clone() dir=dir>{statement.explanation.clone()}</p>
                                </li>
                            }
                        })
                        .collect_view()
                }))}}
            </ol>
        </section>
    }
}
