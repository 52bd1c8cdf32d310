//! The class report: many students' results files ([`super::handin`]) read against the quiz
//! the teacher opens. Every score is worked out again from the answers (the one place that
//! decides whether an answer is right: [`LoadedQuiz::accepts`]); a file that cannot be counted
//! honestly is set aside with the reason, and counted nowhere. Only the teachers' module uses
//! this.

use std::collections::HashMap;
use std::io::Read;

use serde::{Deserialize, Serialize};

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
pub fn unzip(name: &str, bytes: &[u8]) -> Result<Unzipped, Refusal> {
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| Refusal::NotAZip)?;
    if archive.len() > MAX_ZIP_FILES {
        return Err(Refusal::TooManyInZip {
            count: archive.len(),
            max: MAX_ZIP_FILES,
        });
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
                    reason: Refusal::CannotExtract,
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
            reason: Refusal::TooLarge {
                megabytes: MAX_FILE_BYTES / (1024 * 1024),
                zip: false,
            },
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
                reason: Refusal::DamagedInZip,
            });
            continue;
        }
        unpacked += bytes.len() as u64;
        if unpacked >= MAX_ZIP_UNPACKED {
            return Err(Refusal::ZipTooLarge {
                megabytes: MAX_ZIP_UNPACKED / (1024 * 1024),
            });
        }
        if bytes.len() > MAX_FILE_BYTES {
            out.set_aside.push(too_large());
            continue;
        }
        out.files.push(AddedFile { name: inner, bytes });
    }
    Ok(out)
}

/// Why a file, or a zip, is not counted: the facts, which the teachers' module words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    NotAZip,
    /// A zip of more files than can be read at once.
    TooManyInZip {
        count: usize,
        max: usize,
    },
    /// Encrypted, or packed in a way this app does not read.
    CannotExtract,
    /// A file over the limit (in MB); `zip` when it is a zip.
    TooLarge {
        megabytes: usize,
        zip: bool,
    },
    DamagedInZip,
    /// A zip that unpacks to more than the limit (in MB).
    ZipTooLarge {
        megabytes: u64,
    },
    /// More files at once than can be held: the rest is not read.
    TooMuchAtOnce,
    /// The browser could not read the file.
    Unreadable,
    Empty,
    /// A student's CSV download instead of the results file.
    Csv,
    NotJson,
    NewerResults {
        found: u64,
    },
    QuizNotResults,
    /// Made before results files named the student and the quiz version.
    OlderResults,
    NotResults,
    /// It does not have the shape of a results file; `at` is where (a field path).
    Damaged {
        at: Option<String>,
    },
    OtherQuiz {
        title: String,
        id: String,
    },
    OtherVersion,
    PracticeRound {
        attempt: u32,
    },
    UnknownStatement(String),
    AnsweredTwice(String),
    UnknownCategory {
        statement: String,
        answer: String,
    },
    MissingRow(String),
}

/// Why a class summary cannot be read, or put beside a student's answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SummaryProblem {
    Newer {
        layout: u64,
    },
    /// It does not have the shape of a class summary; `at` is where (a field path).
    Damaged {
        at: Option<String>,
    },
    OtherQuiz {
        title: String,
    },
    OtherVersion,
    ScoreOver100,
    UnknownStatement(String),
    StatementTwice(String),
    UnknownCategory(String),
    DoesNotAddUp {
        statement: String,
        students: usize,
    },
}

/// The words of the class's CSV (for a gradebook), in the teacher's language.
pub trait ClassCsvWords {
    /// The eight headings before the statements' ids.
    fn columns(&self) -> [String; 8];
    fn yes(&self) -> String;
    fn no(&self) -> String;
}

/// Where serde stopped reading `bytes` as a `T`, as a field path; `None` for the whole file.
fn damaged_at<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Option<String> {
    let mut reader = serde_json::Deserializer::from_slice(bytes);
    match serde_path_to_error::deserialize::<_, T>(&mut reader) {
        Ok(_) => None,
        Err(error) => Some(error.path().to_string()).filter(|p| !p.is_empty() && p != "."),
    }
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

/// A file that is not counted, and why (said to the teacher as it is).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    pub file: String,
    pub reason: Refusal,
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
) -> Result<Submission, Refusal> {
    if file.bytes.is_empty() {
        return Err(Refusal::Empty);
    }
    if file.bytes.len() > MAX_FILE_BYTES {
        return Err(Refusal::TooLarge {
            megabytes: MAX_FILE_BYTES / (1024 * 1024),
            zip: false,
        });
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
            Refusal::Csv
        } else {
            Refusal::NotJson
        }
    })?;
    match kind {
        Kind {
            results_format: Some(found),
            ..
        } if found > u64::from(RESULTS_FORMAT) => {
            return Err(Refusal::NewerResults { found });
        }
        Kind {
            results_format: None,
            format_version: Some(_),
            ..
        } => return Err(Refusal::QuizNotResults),
        Kind {
            results_format: None,
            correct: Some(_),
            ..
        } => return Err(Refusal::OlderResults),
        Kind {
            results_format: None,
            ..
        } => return Err(Refusal::NotResults),
        _ => {}
    }
    let handed: HandIn = serde_json::from_slice(bytes).map_err(|_| Refusal::Damaged {
        at: damaged_at::<HandIn>(bytes),
    })?;
    if handed.quiz_id != quiz.quiz.id {
        return Err(Refusal::OtherQuiz {
            title: handed.quiz_title,
            id: handed.quiz_id,
        });
    }
    if handed.quiz_version != version {
        return Err(Refusal::OtherVersion);
    }
    if handed.attempt != 1 {
        return Err(Refusal::PracticeRound {
            attempt: handed.attempt,
        });
    }
    let mut answers: Vec<Option<usize>> = vec![None; quiz.len()];
    let mut seen = vec![false; quiz.len()];
    for row in &handed.statements {
        let statement = quiz
            .statement_index(&row.id)
            .ok_or_else(|| Refusal::UnknownStatement(row.id.clone()))?;
        if std::mem::replace(&mut seen[statement], true) {
            return Err(Refusal::AnsweredTwice(row.id.clone()));
        }
        answers[statement] = match &row.your_answer {
            None => None,
            Some(id) => Some(
                quiz.category_index(id)
                    .ok_or_else(|| Refusal::UnknownCategory {
                        statement: row.id.clone(),
                        answer: id.clone(),
                    })?,
            ),
        };
    }
    if let Some(missing) = seen.iter().position(|seen| !seen) {
        return Err(Refusal::MissingRow(quiz.statement(missing).id.clone()));
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
    pub fn to_csv(&self, quiz: &LoadedQuiz, words: &impl ClassCsvWords) -> String {
        let mut header = words.columns().to_vec();
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
                    Some(true) => words.yes(),
                    Some(false) => words.no(),
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
pub fn read_summary(bytes: &[u8]) -> Option<Result<ClassSummary, SummaryProblem>> {
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
        return Some(Err(SummaryProblem::Newer { layout: version }));
    }
    Some(
        serde_json::from_slice::<ClassSummary>(bytes).map_err(|_| SummaryProblem::Damaged {
            at: damaged_at::<ClassSummary>(bytes),
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
) -> Result<Vec<Compared>, SummaryProblem> {
    if summary.quiz_id != quiz.quiz.id {
        return Err(SummaryProblem::OtherQuiz {
            title: summary.quiz_title.clone(),
        });
    }
    if summary.quiz_version != quiz_version(quiz) {
        return Err(SummaryProblem::OtherVersion);
    }
    if summary.scores.iter().any(|&score| score > 100) {
        return Err(SummaryProblem::ScoreOver100);
    }
    let mut seen = vec![false; quiz.len()];
    summary
        .statements
        .iter()
        .map(|row| {
            let statement = quiz
                .statement_index(&row.id)
                .ok_or_else(|| SummaryProblem::UnknownStatement(row.id.clone()))?;
            if std::mem::replace(&mut seen[statement], true) {
                return Err(SummaryProblem::StatementTwice(row.id.clone()));
            }
            let mut class = vec![0; quiz.categories.len()];
            for (id, n) in &row.answers {
                let c = quiz
                    .category_index(id)
                    .ok_or_else(|| SummaryProblem::UnknownCategory(id.clone()))?;
                class[c] = *n;
            }
            let counted = class
                .iter()
                .fold(row.no_answer, |sum, n| sum.saturating_add(*n));
            if counted != summary.scores.len() {
                return Err(SummaryProblem::DoesNotAddUp {
                    statement: row.id.clone(),
                    students: summary.scores.len(),
                });
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
