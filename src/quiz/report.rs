//! The results a student downloads and hands in, as CSV (for spreadsheets) and as JSON (the
//! results file, [`super::handin`]).

use super::handin::{hand_in, quiz_version, utc};
use super::loaded::LoadedQuiz;
use super::score::Results;
use super::session::{Retried, Session};

/// One row per statement asked: who, which quiz and when (the same on every row, so that many
/// students' files can be put together in one sheet), then number, statement, your answer,
/// accepted answers, right or wrong. `results` is the session's score, as already worked out.
pub fn to_csv(
    quiz: &LoadedQuiz,
    session: &Session,
    results: &Results,
    student: Option<&str>,
) -> String {
    let mut out = String::from(
        "student,quiz_id,quiz_version,attempt,finished,number,id,statement,your_answer,accepted_answers,correct\r\n",
    );
    let who = [
        student.map(str::trim).unwrap_or_default().to_string(),
        quiz.quiz.id.clone(),
        quiz_version(quiz),
        session.attempt.to_string(),
        session.finished_at.map(utc).unwrap_or_default(),
    ];
    let who: Vec<String> = who.iter().map(|f| csv_field(f)).collect();
    let who = who.join(",");
    let blank = ",,,,";
    for (number, &index) in session.asked.iter().enumerate() {
        let statement = quiz.statement(index);
        let chosen = session.answer_of(index);
        out.push_str(&who);
        out.push(',');
        let fields = [
            (number + 1).to_string(),
            statement.id.clone(),
            statement.text.clone(),
            chosen
                .map(|c| quiz.categories[c].name.clone())
                .unwrap_or_default(),
            quiz.accepted_names(index).join(" or "),
            if session.is_right(quiz, index) {
                "yes".to_string()
            } else {
                "no".to_string()
            },
        ];
        let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    let counted = results.counted;
    if session.is_practice_round() {
        // A practice round's own total, then the score, which stays the first attempt's.
        let retried = match session.retried {
            Some(Retried::Mistakes) => "the mistakes",
            _ => "every statement",
        };
        out.push_str(&format!(
            "{blank},this practice round,,,,,{}\r\n",
            csv_field(&format!(
                "{} of {} (attempt {}, {retried} again)",
                results.round.correct, results.round.total, session.attempt
            ))
        ));
    }
    let label = if session.is_practice_round() {
        "score (first attempt)"
    } else {
        "total"
    };
    out.push_str(&format!(
        "{blank},{label},,,,,{}\r\n",
        csv_field(&format!("{} of {}", counted.correct, counted.total))
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
