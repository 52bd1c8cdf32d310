//! The results a student downloads and hands in, as CSV (for spreadsheets) and as JSON (the
//! results file, [`super::handin`]).

use super::handin::{hand_in, quiz_version, utc};
use super::loaded::LoadedQuiz;
use super::score::Results;
use super::session::Session;

/// The words of the CSV in the interface language (`crate::shared::words` gives them in each
/// language), so that the results logic holds no translations.
pub trait CsvWords {
    /// The eleven column headings, in order.
    fn columns(&self) -> [String; 11];
    /// The name of a category, as the student saw it.
    fn category(&self, quiz: &LoadedQuiz, category: usize) -> String;
    /// The answers a statement accepts, as one text ("Claim or Opinion").
    fn accepted(&self, quiz: &LoadedQuiz, statement: usize) -> String;
    /// Right or wrong.
    fn right(&self, right: bool) -> String;
    /// "3 of 4".
    fn correct_of(&self, correct: usize, total: usize) -> String;
    /// A practice round's line: its label, and its result with what was retried.
    fn practice_round(&self, results: &Results, session: &Session) -> (String, String);
    /// The last row's label: the total, or in a practice round the first attempt's score.
    fn total(&self, practice_round: bool) -> String;
}

/// One row per statement asked: who, which quiz and when (the same on every row, so that many
/// students' files can be put together in one sheet), then number, statement, your answer,
/// accepted answers, right or wrong. `results` is the session's score, as already worked out.
pub fn to_csv(
    quiz: &LoadedQuiz,
    session: &Session,
    results: &Results,
    student: Option<&str>,
    words: &impl CsvWords,
) -> String {
    let row = |fields: &[String]| {
        let fields: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        fields.join(",") + "\r\n"
    };
    let mut out = row(&words.columns());
    let who = [
        student.map(str::trim).unwrap_or_default().to_string(),
        quiz.quiz.id.clone(),
        quiz_version(quiz),
        session.attempt.to_string(),
        session.finished_at.map(utc).unwrap_or_default(),
    ];
    for (number, &index) in session.asked.iter().enumerate() {
        let statement = quiz.statement(index);
        let chosen = session.answer_of(index);
        let mut fields = who.to_vec();
        fields.extend([
            (number + 1).to_string(),
            statement.id.clone(),
            statement.text.clone(),
            chosen.map(|c| words.category(quiz, c)).unwrap_or_default(),
            words.accepted(quiz, index),
            words.right(session.is_right(quiz, index)),
        ]);
        out.push_str(&row(&fields));
    }
    // The summary rows: blank but for the label (under "number") and the figure (last column).
    let summary = |label: String, figure: String| {
        let mut fields = vec![String::new(); 11];
        fields[5] = label;
        fields[10] = figure;
        row(&fields)
    };
    let counted = results.counted;
    if session.is_practice_round() {
        // A practice round's own total, then the score, which stays the first attempt's.
        let (label, figure) = words.practice_round(results, session);
        out.push_str(&summary(label, figure));
    }
    out.push_str(&summary(
        words.total(session.is_practice_round()),
        words.correct_of(counted.correct, counted.total),
    ));
    out
}

/// The results file (see [`super::handin`]) as pretty JSON.
pub fn to_json(
    quiz: &LoadedQuiz,
    session: &Session,
    results: &Results,
    student: Option<&str>,
) -> String {
    serde_json::to_string_pretty(&hand_in(quiz, session, results, student)).unwrap_or_default()
}

/// Quotes a CSV field. Quiz text is untrusted: a field that a spreadsheet would run as a formula
/// (starting with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading apostrophe.
pub fn csv_field(field: &str) -> String {
    let defused = if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{field}")
    } else {
        field.to_string()
    };
    if defused.contains([',', '"', '\n', '\r']) || defused != field {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}
