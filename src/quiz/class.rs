//! The class report: many students' results files ([`super::handin`]) read against the quiz
//! the teacher opens. Every score is worked out again from the answers (the one place that
//! decides whether an answer is right: [`LoadedQuiz::accepts`]); a file that cannot be counted
//! honestly is set aside with the reason, and counted nowhere. Only the teachers' module uses
//! this.

use std::collections::HashMap;
use std::io::Read;

use serde::{Deserialize, Serialize};

use super::diagnose::strip_position;
use super::error::MAX_FILE_BYTES;
use super::handin::{quiz_version, Fnv, HandIn, RESULTS_FORMAT};
use super::load::without_bom;
use super::loaded::LoadedQuiz;
use super::report::csv_field;
use super::score::{percent, Score};

/// A file the teacher added: its name (for the report) and its bytes.
#[derive(Debug, Clone)]
pub struct AddedFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// A zip holds at most this many files, and this much once unpacked: a class's hand-ins are far
/// smaller, and a zip made to fill the memory is refused.
pub const MAX_ZIP_FILES: usize = 5_000;
pub const MAX_ZIP_UNPACKED: u64 = 128 * 1024 * 1024;

/// What a zip held: the files in it, and those that could not be taken out, with the reason.
#[derive(Debug, Clone, Default)]
pub struct Unzipped {
    pub files: Vec<AddedFile>,
    pub set_aside: Vec<SetAside>,
}

/// The files inside a zip (the form in which class platforms hand back all submissions), each
/// named `zip name › path inside`. Folders, and the `__MACOSX` copies macOS adds, are left out; a
/// file that cannot be taken out (too large, encrypted, packed another way) is set aside with the
/// reason, and the rest are read. `Err` when the zip itself cannot be read.
pub fn unzip(name: &str, bytes: &[u8]) -> Result<Unzipped, String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|_| "this is not a zip file that can be read".to_string())?;
    if archive.len() > MAX_ZIP_FILES {
        return Err(format!(
            "this zip holds {} files; at most {MAX_ZIP_FILES} can be read at once",
            archive.len()
        ));
    }
    let mut out = Unzipped::default();
    let mut unpacked = 0_u64;
    for index in 0..archive.len() {
        let listed = archive
            .name_for_index(index)
            .map_or_else(|| format!("file {}", index + 1), str::to_string);
        let mut entry = match archive.by_index(index) {
            Ok(entry) => entry,
            Err(_) => {
                let path = listed;
                out.set_aside.push(SetAside {
                    file: format!("{name} › {path}"),
                    reason: "this file in the zip cannot be taken out (it is encrypted or packed in a way this app does not read)".into(),
                });
                continue;
            }
        };
        let path = entry.name().to_string();
        if entry.is_dir() || path.starts_with("__MACOSX/") || path.contains("/__MACOSX/") {
            continue;
        }
        let inner = format!("{name} › {path}");
        let too_large = || SetAside {
            file: inner.clone(),
            reason: format!(
                "the file is larger than {} MB; a results file is far smaller",
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        };
        if entry.size() > MAX_FILE_BYTES as u64 {
            out.set_aside.push(too_large());
            continue;
        }
        // The size a zip declares can lie: reading stops at the limit whatever it says.
        let mut bytes = Vec::new();
        let limit = (MAX_FILE_BYTES as u64 + 1).min(MAX_ZIP_UNPACKED - unpacked);
        if entry.by_ref().take(limit).read_to_end(&mut bytes).is_err() {
            out.set_aside.push(SetAside {
                file: inner,
                reason: "this file in the zip is damaged".into(),
            });
            continue;
        }
        unpacked += bytes.len() as u64;
        if unpacked >= MAX_ZIP_UNPACKED {
            return Err(format!(
                "this zip unpacks to more than {} MB; split it into smaller ones",
                MAX_ZIP_UNPACKED / (1024 * 1024)
            ));
        }
        if bytes.len() > MAX_FILE_BYTES {
            out.set_aside.push(too_large());
            continue;
        }
        out.files.push(AddedFile { name: inner, bytes });
    }
    Ok(out)
}

/// One student's counted results.
#[derive(Debug, Clone, PartialEq)]
pub struct Submission {
    /// The file it came from.
    pub file: String,
    /// The name in the file; `None` when the student gave none.
    pub student: Option<String>,
    pub started: Option<String>,
    pub finished: Option<String>,
    pub seconds: Option<u64>,
    /// The answer to every statement of the quiz, by statement index (`None`: not answered).
    pub answers: Vec<Option<usize>>,
    /// Worked out again from `answers`.
    pub score: Score,
}

impl Submission {
    /// The name shown in the report: the student's, or the file's where there is none.
    pub fn shown_name(&self) -> String {
        self.student
            .clone()
            .unwrap_or_else(|| format!("(no name: {})", self.file))
    }
}

/// A file that is not counted, and why (said to the teacher as it is).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    pub file: String,
    pub reason: String,
}

/// An older file from a student who handed in a later one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replaced {
    pub file: String,
    pub student: String,
    pub by: String,
}

/// How the class answered one statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementRow {
    /// Statement index in the quiz.
    pub statement: usize,
    pub right: usize,
    /// How many chose each category, in the quiz's order.
    pub chose: Vec<usize>,
    pub unanswered: usize,
    /// The wrong answer chosen most often, and by how many (the first in the quiz's order on a tie).
    pub common_wrong: Option<(usize, usize)>,
}

impl StatementRow {
    /// Whole percent right, of the students counted (`students`).
    pub fn percent(&self, students: usize) -> u32 {
        percent(self.right, students)
    }
}

/// Everything the class report shows.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassReport {
    /// One per student, in the order first added.
    pub students: Vec<Submission>,
    pub set_aside: Vec<SetAside>,
    pub replaced: Vec<Replaced>,
    /// One per statement, in reading order.
    pub statements: Vec<StatementRow>,
    /// `confusion[expected][chosen]`: how often a statement whose main answer is `expected`
    /// was answered `chosen`; the last column counts no answer.
    pub confusion: Vec<Vec<usize>>,
}

/// Reads every file against `quiz` and puts the report together.
pub fn class_report(quiz: &LoadedQuiz, files: &[AddedFile]) -> ClassReport {
    let version = quiz_version(quiz);
    let mut students: Vec<Submission> = Vec::new();
    let mut set_aside = Vec::new();
    let mut replaced = Vec::new();
    // Normalised student name → index in `students`.
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for file in files {
        match read_submission(quiz, &version, file) {
            Err(reason) => set_aside.push(SetAside {
                file: file.name.clone(),
                reason,
            }),
            Ok(submission) => {
                let Some(key) = submission.student.as_deref().map(same_name) else {
                    students.push(submission);
                    continue;
                };
                match by_name.get(&key) {
                    None => {
                        by_name.insert(key, students.len());
                        students.push(submission);
                    }
                    Some(&at) => {
                        // The latest finished counts; without times, the one added last.
                        let kept = &students[at];
                        let newer = submission.finished.as_deref().unwrap_or_default()
                            >= kept.finished.as_deref().unwrap_or_default();
                        let (older, newer) = if newer {
                            (std::mem::replace(&mut students[at], submission), at)
                        } else {
                            (submission, at)
                        };
                        replaced.push(Replaced {
                            file: older.file,
                            student: older.student.unwrap_or_default(),
                            by: students[newer].file.clone(),
                        });
                    }
                }
            }
        }
    }
    let statements = statement_rows(quiz, &students);
    let confusion = confusion(quiz, &students);
    ClassReport {
        students,
        set_aside,
        replaced,
        statements,
        confusion,
    }
}

/// Names the same student whatever the case and spacing.
fn same_name(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// One file, read and checked against the quiz, or why it is set aside.
fn read_submission(
    quiz: &LoadedQuiz,
    version: &str,
    file: &AddedFile,
) -> Result<Submission, String> {
    if file.bytes.is_empty() {
        return Err("the file is empty".into());
    }
    if file.bytes.len() > MAX_FILE_BYTES {
        return Err(format!(
            "the file is larger than {} MB; a results file is far smaller",
            MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    let bytes = without_bom(&file.bytes);
    /// Only what tells what kind of file this is.
    #[derive(Deserialize)]
    struct Kind {
        results_format: Option<u64>,
        format_version: Option<serde::de::IgnoredAny>,
        correct: Option<serde::de::IgnoredAny>,
    }
    let kind: Kind = (if is_object(bytes) {
        serde_json::from_slice(bytes).ok()
    } else {
        None
    })
    .ok_or_else(|| {
        if file.name.to_lowercase().ends_with(".csv") {
            "this is a CSV download; the class report reads the results files (JSON) students download".to_string()
        } else {
            "this is not a results file: it is not JSON".to_string()
        }
    })?;
    match kind {
        Kind {
            results_format: Some(found),
            ..
        } if found > u64::from(RESULTS_FORMAT) => {
            return Err(format!(
                "made by a newer version of the app (results format {found}); update the app to read it"
            ));
        }
        Kind {
            results_format: None,
            format_version: Some(_),
            ..
        } => return Err("this is a quiz file, not a student's results".into()),
        Kind {
            results_format: None,
            correct: Some(_),
            ..
        } => {
            return Err(
                "made by an older version of the app, before results files named the student and the quiz version; ask the student to download the results file again"
                    .into(),
            )
        }
        Kind {
            results_format: None,
            ..
        } => return Err("this is not a results file of this app".into()),
        _ => {}
    }
    let handed: HandIn = serde_json::from_slice(bytes).map_err(|error| {
        format!(
            "this results file is damaged: {}",
            strip_position(&error.to_string())
        )
    })?;
    if handed.quiz_id != quiz.quiz.id {
        return Err(format!(
            "for another quiz: “{}” ({})",
            handed.quiz_title, handed.quiz_id
        ));
    }
    if handed.quiz_version != version {
        return Err(
            "for a different version of this quiz: its statements or accepted answers have changed since the student took it"
                .into(),
        );
    }
    if handed.attempt != 1 {
        return Err(format!(
            "a practice round (attempt {}), which does not hold the first attempt's answers; ask the student for the file downloaded after their first attempt",
            handed.attempt
        ));
    }
    let mut answers: Vec<Option<usize>> = vec![None; quiz.len()];
    let mut seen = vec![false; quiz.len()];
    for row in &handed.statements {
        let statement = quiz.statement_index(&row.id).ok_or_else(|| {
            format!(
                "it answers a statement the quiz does not have (`{}`)",
                row.id
            )
        })?;
        if std::mem::replace(&mut seen[statement], true) {
            return Err(format!("it answers the statement `{}` twice", row.id));
        }
        answers[statement] = match &row.your_answer {
            None => None,
            Some(id) => Some(quiz.category_index(id).ok_or_else(|| {
                format!(
                    "its answer to `{}` is `{id}`, which is not a category of this quiz",
                    row.id
                )
            })?),
        };
    }
    if let Some(missing) = seen.iter().position(|seen| !seen) {
        return Err(format!(
            "it has no row for the statement `{}`: a first attempt answers every statement",
            quiz.statement(missing).id
        ));
    }
    let correct = (0..quiz.len())
        .filter(|&s| answers[s].is_some_and(|c| quiz.accepts(s, c)))
        .count();
    Ok(Submission {
        file: file.name.clone(),
        student: handed
            .student
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty()),
        started: handed.started,
        finished: handed.finished,
        seconds: handed.seconds,
        answers,
        score: Score::new(quiz, correct, quiz.len()),
    })
}

/// Whether JSON text is an object: a list would read as a struct's fields in order, and only an
/// object can be a results file or a class summary.
fn is_object(bytes: &[u8]) -> bool {
    bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

fn statement_rows(quiz: &LoadedQuiz, students: &[Submission]) -> Vec<StatementRow> {
    (0..quiz.len())
        .map(|statement| {
            let mut chose = vec![0; quiz.categories.len()];
            let mut unanswered = 0;
            for student in students {
                match student.answers[statement] {
                    Some(c) => chose[c] += 1,
                    None => unanswered += 1,
                }
            }
            let right = (0..chose.len())
                .filter(|&c| quiz.accepts(statement, c))
                .map(|c| chose[c])
                .sum();
            let common_wrong = (0..chose.len())
                .filter(|&c| !quiz.accepts(statement, c) && chose[c] > 0)
                .fold(None, |best: Option<(usize, usize)>, c| match best {
                    Some((_, n)) if n >= chose[c] => best,
                    _ => Some((c, chose[c])),
                });
            StatementRow {
                statement,
                right,
                chose,
                unanswered,
                common_wrong,
            }
        })
        .collect()
}

fn confusion(quiz: &LoadedQuiz, students: &[Submission]) -> Vec<Vec<usize>> {
    let n = quiz.categories.len();
    let mut table = vec![vec![0; n + 1]; n];
    for student in students {
        for (statement, answer) in student.answers.iter().enumerate() {
            let expected = quiz.expected_category(statement);
            table[expected][answer.unwrap_or(n)] += 1;
        }
    }
    table
}

impl ClassReport {
    /// The class's scores in percent, in student order.
    pub fn percents(&self) -> Vec<u32> {
        self.students.iter().map(|s| s.score.percent).collect()
    }

    /// Average percent, to one decimal; `None` without students.
    pub fn average(&self) -> Option<f64> {
        let percents = self.percents();
        (!percents.is_empty()).then(|| {
            let sum: u32 = percents.iter().sum();
            (f64::from(sum) / percents.len() as f64 * 10.0).round() / 10.0
        })
    }

    /// Median percent; `None` without students.
    pub fn median(&self) -> Option<f64> {
        let mut percents = self.percents();
        percents.sort_unstable();
        let n = percents.len();
        match n {
            0 => None,
            _ if n % 2 == 1 => Some(f64::from(percents[n / 2])),
            _ => Some(f64::from(percents[n / 2 - 1] + percents[n / 2]) / 2.0),
        }
    }

    /// Lowest and highest percent.
    pub fn range(&self) -> Option<(u32, u32)> {
        let percents = self.percents();
        Some((*percents.iter().min()?, *percents.iter().max()?))
    }

    /// Students per band of ten percent: 0–9, 10–19, … 90–100.
    pub fn histogram(&self) -> [usize; 10] {
        let mut bands = [0; 10];
        for percent in self.percents() {
            bands[(percent as usize / 10).min(9)] += 1;
        }
        bands
    }

    /// How many passed, when the quiz has a pass mark.
    pub fn passed(&self) -> Option<usize> {
        self.students
            .iter()
            .map(|s| s.score.passed)
            .try_fold(0, |n, passed| passed.map(|p| n + usize::from(p)))
    }

    /// The statements the class found hardest: lowest share right first (reading order on a
    /// tie), at most `n`.
    pub fn hardest(&self, n: usize) -> Vec<&StatementRow> {
        if self.students.is_empty() {
            return Vec::new();
        }
        let mut rows = self.by_difficulty();
        rows.truncate(n);
        rows
    }

    /// Every statement's row, hardest first (fewest right; reading order on a tie).
    pub fn by_difficulty(&self) -> Vec<&StatementRow> {
        let mut rows: Vec<&StatementRow> = self.statements.iter().collect();
        rows.sort_by_key(|row| (row.right, row.statement));
        rows
    }

    /// Each student's number while names are hidden ("Student 3"), by student index: by score,
    /// best first, ties in an order that follows no name (a hash of the file name), so that the
    /// numbers cannot be matched to the alphabetical class list.
    pub fn anonymous_numbers(&self) -> Vec<usize> {
        let scatter = |file: &str| {
            let mut hash = Fnv::new();
            hash.bytes(file.as_bytes());
            hash.0
        };
        let mut order: Vec<usize> = (0..self.students.len()).collect();
        order.sort_by_cached_key(|&i| {
            let student = &self.students[i];
            (
                std::cmp::Reverse(student.score.correct),
                scatter(&student.file),
            )
        });
        let mut numbers = vec![0; order.len()];
        for (rank, &i) in order.iter().enumerate() {
            numbers[i] = rank + 1;
        }
        numbers
    }

    /// The class as CSV for a gradebook: one row per student (name, score, percent, pass, time,
    /// finished), then one column per statement (by id, in reading order): 1 right, 0 wrong,
    /// empty not answered.
    pub fn to_csv(&self, quiz: &LoadedQuiz) -> String {
        let mut header = vec![
            "student".to_string(),
            "file".into(),
            "correct".into(),
            "total".into(),
            "percent".into(),
            "passed".into(),
            "seconds".into(),
            "finished".into(),
        ];
        header.extend((0..quiz.len()).map(|s| quiz.statement(s).id.clone()));
        let mut out = row(&header);
        for student in &self.students {
            let mut fields = vec![
                student.student.clone().unwrap_or_default(),
                student.file.clone(),
                student.score.correct.to_string(),
                student.score.total.to_string(),
                student.score.percent.to_string(),
                match student.score.passed {
                    Some(true) => "yes".into(),
                    Some(false) => "no".into(),
                    None => String::new(),
                },
                student.seconds.map(|s| s.to_string()).unwrap_or_default(),
                student.finished.clone().unwrap_or_default(),
            ];
            fields.extend(
                student
                    .answers
                    .iter()
                    .enumerate()
                    .map(|(s, answer)| match answer {
                        Some(c) if quiz.accepts(s, *c) => "1".into(),
                        Some(_) => "0".into(),
                        None => String::new(),
                    }),
            );
            out.push_str(&row(&fields));
        }
        out
    }
}

fn row(fields: &[String]) -> String {
    let mut line = fields
        .iter()
        .map(|f| csv_field(f))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

/// "4:05" for 245 seconds; hours when it took that long.
pub fn duration(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds % 3600 / 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// What a teacher shares with the class after the lesson: how the class answered, with no names
/// (`<quiz id>_class-summary.json`). A student opens it beside their own results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassSummary {
    /// Version of this file's layout: 1.
    pub class_summary: u32,
    pub quiz_id: String,
    pub quiz_title: String,
    /// The quiz version the class's results were counted against.
    pub quiz_version: String,
    /// Every student's score in percent, lowest first (no names, no order of handing in).
    pub scores: Vec<u32>,
    /// Per statement, in reading order: how many chose each category (by id), and gave no answer.
    pub statements: Vec<SummaryRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SummaryRow {
    pub id: String,
    pub answers: Vec<(String, usize)>,
    pub no_answer: usize,
}

impl ClassReport {
    /// The class summary to share with the students.
    pub fn summary(&self, quiz: &LoadedQuiz) -> ClassSummary {
        let mut scores = self.percents();
        scores.sort_unstable();
        ClassSummary {
            class_summary: 1,
            quiz_id: quiz.quiz.id.clone(),
            quiz_title: quiz.quiz.title.clone(),
            quiz_version: quiz_version(quiz),
            scores,
            statements: self
                .statements
                .iter()
                .map(|row| SummaryRow {
                    id: quiz.statement(row.statement).id.clone(),
                    answers: row
                        .chose
                        .iter()
                        .enumerate()
                        .map(|(c, &n)| (quiz.categories[c].id.clone(), n))
                        .collect(),
                    no_answer: row.unanswered,
                })
                .collect(),
        }
    }
}

/// A class summary in `bytes`, checked; `None` when the file is not one (it is then read as
/// whatever else it may be).
pub fn read_summary(bytes: &[u8]) -> Option<Result<ClassSummary, String>> {
    #[derive(Deserialize)]
    struct Kind {
        class_summary: Option<u64>,
    }
    let bytes = without_bom(bytes);
    if !is_object(bytes) {
        return None;
    }
    let version = serde_json::from_slice::<Kind>(bytes).ok()?.class_summary?;
    if version != 1 {
        return Some(Err(format!(
            "this class summary was made by a newer version of the app (layout {version}); update the app to read it"
        )));
    }
    Some(
        serde_json::from_slice::<ClassSummary>(bytes).map_err(|error| {
            format!(
                "this class summary is damaged: {}",
                strip_position(&error.to_string())
            )
        }),
    )
}

/// One statement of the comparison: what the student said beside how the class answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compared {
    pub statement: usize,
    /// The student's answer; `None` when not answered (or not asked).
    pub yours: Option<usize>,
    pub right: bool,
    /// How many of the class chose each category, in the quiz's order.
    pub class: Vec<usize>,
    pub no_answer: usize,
}

/// The class summary read against the quiz and one student's answers (by statement index).
/// `Err` says why they cannot be put side by side.
pub fn compare(
    quiz: &LoadedQuiz,
    summary: &ClassSummary,
    answers: &[Option<usize>],
) -> Result<Vec<Compared>, String> {
    if summary.quiz_id != quiz.quiz.id {
        return Err(format!(
            "this class summary is for the quiz “{}”; open that quiz and your results first",
            summary.quiz_title
        ));
    }
    if summary.quiz_version != quiz_version(quiz) {
        return Err("this class summary is for a different version of this quiz (its statements or answers have changed)".into());
    }
    let damaged = |what: &str| format!("this class summary is damaged: {what}");
    if summary.scores.iter().any(|&score| score > 100) {
        return Err(damaged("a score is over 100%"));
    }
    let mut seen = vec![false; quiz.len()];
    summary
        .statements
        .iter()
        .map(|row| {
            let statement = quiz.statement_index(&row.id).ok_or_else(|| {
                format!(
                    "this class summary names a statement the quiz does not have (`{}`)",
                    row.id
                )
            })?;
            if std::mem::replace(&mut seen[statement], true) {
                return Err(damaged(&format!(
                    "the statement `{}` is there twice",
                    row.id
                )));
            }
            let mut class = vec![0; quiz.categories.len()];
            for (id, n) in &row.answers {
                let c = quiz.category_index(id).ok_or_else(|| {
                    format!("this class summary names a category the quiz does not have (`{id}`)")
                })?;
                class[c] = *n;
            }
            let counted = class
                .iter()
                .fold(row.no_answer, |sum, n| sum.saturating_add(*n));
            if counted != summary.scores.len() {
                return Err(damaged(&format!(
                    "the answers to `{}` do not add up to the {} students",
                    row.id,
                    summary.scores.len()
                )));
            }
            let yours = answers.get(statement).copied().flatten();
            Ok(Compared {
                statement,
                yours,
                right: yours.is_some_and(|c| quiz.accepts(statement, c)),
                class,
                no_answer: row.no_answer,
            })
        })
        .collect()
}

/// Where a score stands in the class: how many scored less, and how many the same.
pub fn standing(scores: &[u32], yours: u32) -> (usize, usize) {
    let below = scores.iter().filter(|&&s| s < yours).count();
    let same = scores.iter().filter(|&&s| s == yours).count();
    (below, same)
}
