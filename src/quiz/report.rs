//! The results a student downloads and hands in, as CSV and as JSON.

use serde::Serialize;

use super::loaded::LoadedQuiz;
use super::score::Results;
use super::session::{Mode, Retried, Session};

#[derive(Serialize)]
struct JsonReport<'a> {
    quiz_id: &'a str,
    quiz_title: &'a str,
    mode: Mode,
    /// 1 for the first attempt; later rounds are practice.
    attempt: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    retried: Option<Retried>,
    /// The score: the first attempt's, also in a practice round.
    correct: usize,
    total: usize,
    percent: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    passed: Option<bool>,
    /// A practice round's own result, apart from the score.
    #[serde(skip_serializing_if = "Option::is_none")]
    this_round: Option<Round>,
    statements: Vec<JsonRow<'a>>,
}

#[derive(Serialize)]
struct Round {
    correct: usize,
    total: usize,
    percent: u32,
}

#[derive(Serialize)]
struct JsonRow<'a> {
    number: usize,
    id: &'a str,
    statement: &'a str,
    your_answer: Option<&'a str>,
    accepted: &'a [String],
    correct: bool,
}

/// One row per statement asked: number, statement, your answer, accepted answers, right or wrong.
/// `results` is the session's score, as already worked out.
pub fn to_csv(quiz: &LoadedQuiz, session: &Session, results: &Results) -> String {
    let mut out = String::from("number,id,statement,your_answer,accepted_answers,correct\r\n");
    for (number, &index) in session.asked.iter().enumerate() {
        let statement = quiz.statement(index);
        let chosen = session.answer_of(index);
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
            "this practice round,,,,,{}\r\n",
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
        "{label},,,,,{}\r\n",
        csv_field(&format!("{} of {}", counted.correct, counted.total))
    ));
    out
}

/// The same as JSON, with the score.
pub fn to_json(quiz: &LoadedQuiz, session: &Session, results: &Results) -> String {
    let counted = results.counted;
    let report = JsonReport {
        quiz_id: &quiz.quiz.id,
        quiz_title: &quiz.quiz.title,
        mode: session.mode,
        attempt: session.attempt,
        retried: session.retried,
        correct: counted.correct,
        total: counted.total,
        percent: counted.percent,
        passed: counted.passed,
        this_round: session.is_practice_round().then_some(Round {
            correct: results.round.correct,
            total: results.round.total,
            percent: results.round.percent,
        }),
        statements: session
            .asked
            .iter()
            .enumerate()
            .map(|(number, &index)| {
                let statement = quiz.statement(index);
                let chosen = session.answer_of(index);
                JsonRow {
                    number: number + 1,
                    id: &statement.id,
                    statement: &statement.text,
                    your_answer: chosen.map(|c| quiz.categories[c].id.as_str()),
                    accepted: &statement.answer,
                    correct: session.is_right(quiz, index),
                }
            })
            .collect(),
    };
    serde_json::to_string_pretty(&report).unwrap_or_default()
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
