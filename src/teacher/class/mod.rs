//! "Class results" (`#/class`): the teacher adds the results files students handed in (picked,
//! dropped, or one zip of all submissions) and sees the class picture for the quiz open in the
//! app. Nothing leaves the device. The figures come from [`crate::quiz::class`].

mod compare;
mod discussion;
mod files;
mod tables;
pub mod words;

use leptos::prelude::*;

use crate::i18n::{t, td_string, use_i18n, Locale};
use leptos_i18n::I18nContext;

use crate::quiz::class::{class_report, AddedFile, ClassReport, SetAside};
use crate::quiz::model::Category;
use crate::quiz::LoadedQuiz;
use crate::shared::download::download;
use crate::shared::words::{categories, join_or};
use crate::shared::EditorHeader;
pub use compare::{Comparison, SummaryUnreadable};
use discussion::Discussion;
use files::AddFiles;
use tables::{ConfusionTable, Hardest, Histogram, StatementTable, StudentTable};

/// What the report pages share.
#[derive(Clone, Copy)]
pub(crate) struct Class {
    pub quiz: StoredValue<LoadedQuiz>,
    pub report: Memo<ClassReport>,
    /// Names replaced by "Student 1", "Student 2"… for showing the report to the class.
    pub hide_names: RwSignal<bool>,
    /// Those numbers, worked out once per report.
    pub numbers: Memo<Vec<usize>>,
    pub i18n: I18nContext<Locale>,
}

impl Class {
    /// The name of the `index`th student as the report shows it now.
    pub fn name(self, index: usize) -> String {
        let l = self.i18n.get_locale();
        if self.hide_names.get() {
            td_string!(l, class.student_number, number = self.number(index)).to_string()
        } else {
            self.report
                .with(|r| {
                    r.students.get(index).map(|s| match &s.student {
                        Some(name) => name.clone(),
                        None => td_string!(l, class.no_name, file = &s.file).to_string(),
                    })
                })
                .unwrap_or_default()
        }
    }

    /// The quiz's categories as the report names them now (the default ones in the interface
    /// language).
    pub fn categories(self) -> Vec<Category> {
        let l = self.i18n.get_locale();
        self.quiz.with_value(|quiz| categories(l, quiz))
    }

    /// The answers a statement accepts, main first: "Opinion or Claim".
    pub fn accepted(self, statement: usize) -> String {
        let l = self.i18n.get_locale();
        let named = self.categories();
        self.quiz
            .with_value(|quiz| join_or(l, &named, &quiz.accepted_categories(statement)))
    }

    /// A student's number while names are hidden ([`ClassReport::anonymous_numbers`]).
    pub fn number(self, index: usize) -> usize {
        self.numbers
            .with(|numbers| numbers.get(index).copied())
            .unwrap_or_default()
    }
}

#[component]
pub fn ClassScreen(quiz: LoadedQuiz) -> impl IntoView {
    let i18n = use_i18n();
    let files: RwSignal<Vec<AddedFile>> = RwSignal::new(Vec::new());
    // Zips that could not be opened at all, listed with the files set aside.
    let unreadable: RwSignal<Vec<SetAside>> = RwSignal::new(Vec::new());
    let quiz = StoredValue::new(quiz);
    let report =
        Memo::new(move |_| files.with(|files| quiz.with_value(|q| class_report(q, files))));
    let class = Class {
        quiz,
        report,
        hide_names: RwSignal::new(false),
        numbers: Memo::new(move |_| report.with(ClassReport::anonymous_numbers)),
        i18n,
    };
    let discussing: RwSignal<Option<usize>> = RwSignal::new(None);
    let title = quiz.with_value(|q| q.quiz.title.clone());
    let quiz_lang = quiz.with_value(crate::shared::language::quiz_text);
    let has_students = move || report.with(|r| !r.students.is_empty());
    let set_aside = Memo::new(move |_| {
        let mut all = unreadable.get();
        report.with(|r| all.extend(r.set_aside.iter().cloned()));
        all
    });
    let export_csv = move |_| {
        let l = i18n.get_locale_untracked();
        let (id, csv) = quiz.with_value(|q| {
            (
                q.quiz.id.clone(),
                report.with_untracked(|r| r.to_csv(q, &l)),
            )
        });
        download(&format!("{id}_class.csv"), "text/csv;charset=utf-8", &csv);
    };
    let export_summary = move |_| {
        let (id, summary) =
            quiz.with_value(|q| (q.quiz.id.clone(), report.with_untracked(|r| r.summary(q))));
        let text = serde_json::to_string_pretty(&summary).unwrap_or_default();
        download(
            &format!("{id}_class-summary.json"),
            "application/json",
            &text,
        );
    };
    let clear = move |_| {
        files.set(Vec::new());
        unreadable.set(Vec::new());
    };
    let summary = move || {
        let l = i18n.get_locale();
        report.with(|r| {
            let count = r.students.len();
            let mut parts = vec![td_string!(l, class.students, count = count).to_string()];
            if let Some(average) = r.average() {
                parts.push(td_string!(l, class.average, percent = average).to_string());
            }
            if let Some(median) = r.median() {
                parts.push(td_string!(l, class.median, percent = median).to_string());
            }
            if let Some((low, high)) = r.range() {
                parts.push(td_string!(l, class.range, low = low, high = high).to_string());
            }
            if let (Some(passed), Some(mark)) = (
                r.passed().filter(|_| count > 0),
                quiz.with_value(|q| q.quiz.settings.pass_mark),
            ) {
                parts.push(
                    td_string!(
                        l,
                        class.reached_pass_mark,
                        passed = passed,
                        total = count,
                        mark = mark
                    )
                    .to_string(),
                );
            }
            parts.join(" · ")
        })
    };

    view! {
        <EditorHeader page=|l| td_string!(l, student.class_title) />
        <main id="main" class="page class-page" tabindex="-1">
            {move || match discussing.get() {
                Some(at) => view! { <Discussion class=class at=at discussing=discussing /> }.into_any(),
                None => view! {
                    <h1 data-testid="class-title">{t!(i18n, class.heading)}</h1>
                    <p class="class-quiz" data-testid="class-quiz">
                        {t!(i18n, class.for_quiz_before)}
                        <strong lang=quiz_lang.0.clone() dir=quiz_lang.1>{title.clone()}</strong>
                        {t!(i18n, class.for_quiz_middle)}
                        <a href="#/">{t!(i18n, class.for_quiz_link)}</a>
                        {t!(i18n, class.for_quiz_after)}
                    </p>
                    <AddFiles files=files unreadable=unreadable />
                    // Who handed in what names the students: not shown while names are hidden.
                    <Show when=move || !set_aside.with(Vec::is_empty) && !class.hide_names.get()>
                        <section class="set-aside" aria-labelledby="set-aside-title" data-testid="set-aside">
                            <h2 id="set-aside-title">
                                {t!(i18n, class.set_aside_heading, count = move || set_aside.with(Vec::len))}
                            </h2>
                            <ul>
                                {move || {
                                    let l = i18n.get_locale();
                                    set_aside.get().into_iter().map(|s| {
                                        let reason = words::refusal(l, &s.reason);
                                        view! {
                                            <li><strong><bdi>{s.file}</bdi></strong>{td_string!(l, class.label_separator)}{reason}</li>
                                        }
                                    }).collect_view()
                                }}
                            </ul>
                        </section>
                    </Show>
                    <Show when=move || report.with(|r| !r.replaced.is_empty()) && !class.hide_names.get()>
                        <section class="replaced" data-testid="replaced">
                            <h2>{t!(i18n, class.replaced_heading)}</h2>
                            <ul>
                                {move || {
                                    let l = i18n.get_locale();
                                    report.with(|r| r.replaced.iter().map(|x| {
                                        let line = td_string!(l, class.replaced_line, student = &x.student, newer = &x.by, older = &x.file).to_string();
                                        view! { <li>{line}</li> }
                                    }).collect_view())
                                }}
                            </ul>
                        </section>
                    </Show>
                    <Show
                        when=has_students
                        fallback=move || view! { <p class="hint" data-testid="class-empty">{t!(i18n, class.empty_hint)}</p> }
                    >
                        <section aria-labelledby="class-summary-title">
                            <h2 id="class-summary-title">{t!(i18n, class.class_heading)}</h2>
                            <p class="class-summary" data-testid="class-summary">{summary}</p>
                            <Histogram class=class />
                            <div class="actions no-print">
                                <label class="checkbox">
                                    <input
                                        type="checkbox"
                                        data-testid="hide-names"
                                        prop:checked=move || class.hide_names.get()
                                        on:change=move |e| class.hide_names.set(event_target_checked(&e))
                                    />
                                    {t!(i18n, class.hide_names)}
                                </label>
                                <button type="button" class="primary" data-testid="discuss" on:click=move |_| discussing.set(Some(0))>
                                    {t!(i18n, class.discuss)}
                                </button>
                                <button type="button" data-testid="class-csv" on:click=export_csv>
                                    {t!(i18n, class.download_csv)}
                                </button>
                                <button type="button" data-testid="class-summary-file" on:click=export_summary>
                                    {t!(i18n, class.download_summary)}
                                </button>
                                <button type="button" on:click=move |_| { let _ = window().print(); }>
                                    {t!(i18n, class.print)}
                                </button>
                                <button type="button" class="quiet" data-testid="clear-files" on:click=clear>
                                    {t!(i18n, class.start_again)}
                                </button>
                            </div>
                        </section>
                        <StudentTable class=class />
                        <Hardest class=class />
                        <StatementTable class=class />
                        <ConfusionTable class=class />
                    </Show>
                }
                .into_any(),
            }}
        </main>
    }
}
