//! "Class results" (`#/class`): the teacher adds the results files students handed in (picked,
//! dropped, or one zip of all submissions) and sees the class picture for the quiz open in the
//! app. Nothing leaves the device. The figures come from [`crate::quiz::class`].

mod compare;
mod discussion;
mod files;
mod tables;

use leptos::prelude::*;

use crate::i18n::td_string;

use crate::quiz::class::{class_report, AddedFile, ClassReport, SetAside};
use crate::quiz::LoadedQuiz;
use crate::shared::download::download;
use crate::shared::EditorHeader;
pub use compare::Comparison;
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
}

impl Class {
    /// The name of the `index`th student as the report shows it now.
    pub fn name(self, index: usize) -> String {
        if self.hide_names.get() {
            format!("Student {}", self.number(index))
        } else {
            self.report
                .with(|r| r.students.get(index).map(|s| s.shown_name()))
                .unwrap_or_default()
        }
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
    };
    let discussing: RwSignal<Option<usize>> = RwSignal::new(None);
    let title = quiz.with_value(|q| q.quiz.title.clone());
    let has_students = move || report.with(|r| !r.students.is_empty());
    let set_aside = Memo::new(move |_| {
        let mut all = unreadable.get();
        report.with(|r| all.extend(r.set_aside.iter().cloned()));
        all
    });
    let export_csv = move |_| {
        let (id, csv) =
            quiz.with_value(|q| (q.quiz.id.clone(), report.with_untracked(|r| r.to_csv(q))));
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
        report.with(|r| {
            let count = r.students.len();
            let students = if count == 1 {
                "1 student".to_string()
            } else {
                format!("{count} students")
            };
            let mut parts = vec![students];
            if let Some(average) = r.average() {
                parts.push(format!("average {average}%"));
            }
            if let Some(median) = r.median() {
                parts.push(format!("median {median}%"));
            }
            if let Some((low, high)) = r.range() {
                parts.push(format!("from {low}% to {high}%"));
            }
            if let (Some(passed), Some(mark)) = (
                r.passed().filter(|_| count > 0),
                quiz.with_value(|q| q.quiz.settings.pass_mark),
            ) {
                parts.push(format!(
                    "{passed} of {count} reached the pass mark ({mark}%)"
                ));
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
                    <h1 data-testid="class-title">"Class results"</h1>
                    <p class="class-quiz" data-testid="class-quiz">
                        "For the quiz open in the app: "
                        <strong>{title.clone()}</strong>
                        ". To see the results of another quiz, open it in the app first ("
                        <a href="#/">"back to the quiz"</a>
                        ", then Teachers: open another quiz)."
                    </p>
                    <AddFiles files=files unreadable=unreadable />
                    // Who handed in what names the students: not shown while names are hidden.
                    <Show when=move || !set_aside.with(Vec::is_empty) && !class.hide_names.get()>
                        <section class="set-aside" aria-labelledby="set-aside-title" data-testid="set-aside">
                            <h2 id="set-aside-title">
                                {move || format!("Set aside, not counted ({})", set_aside.with(Vec::len))}
                            </h2>
                            <ul>
                                {move || set_aside.get().into_iter().map(|s| view! {
                                    <li><strong>{s.file}</strong>": "{s.reason}</li>
                                }).collect_view()}
                            </ul>
                        </section>
                    </Show>
                    <Show when=move || report.with(|r| !r.replaced.is_empty()) && !class.hide_names.get()>
                        <section class="replaced" data-testid="replaced">
                            <h2>"Handed in more than once"</h2>
                            <ul>
                                {move || report.with(|r| r.replaced.iter().map(|x| {
                                    let line = format!("{}: {} is counted, not the earlier {}", x.student, x.by, x.file);
                                    view! { <li>{line}</li> }
                                }).collect_view())}
                            </ul>
                        </section>
                    </Show>
                    <Show
                        when=has_students
                        fallback=|| view! { <p class="hint" data-testid="class-empty">"Add the results files (JSON) your students downloaded from their results screen, or one zip of them all."</p> }
                    >
                        <section aria-labelledby="class-summary-title">
                            <h2 id="class-summary-title">"The class"</h2>
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
                                    "Hide names (for the projector)"
                                </label>
                                <button type="button" class="primary" data-testid="discuss" on:click=move |_| discussing.set(Some(0))>
                                    "Discuss the hardest statements"
                                </button>
                                <button type="button" data-testid="class-csv" on:click=export_csv>
                                    "Download the class CSV (gradebook)"
                                </button>
                                <button type="button" data-testid="class-summary-file" on:click=export_summary>
                                    "Download the class summary for students (no names)"
                                </button>
                                <button type="button" on:click=move |_| { let _ = window().print(); }>
                                    "Print"
                                </button>
                                <button type="button" class="quiet" data-testid="clear-files" on:click=clear>
                                    "Start again with no files"
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
