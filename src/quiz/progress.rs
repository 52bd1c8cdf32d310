//! Saving an attempt as text (for localStorage) and restoring it, distrustfully.
//!
//! Saved data comes back from the browser and may be corrupt, from an older app, or for an edited
//! quiz. Anything that does not fit the quiz exactly is refused with a reason, never half-used.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::loaded::LoadedQuiz;
use super::session::{FirstAttempt, Mode, Retried, Session};

/// Version of the saved layout below; bump it when the layout changes.
pub const PROGRESS_VERSION: u32 = 1;

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SavedProgress {
    version: u32,
    quiz_fingerprint: String,
    mode: Mode,
    /// Statements asked, in order, as runs of consecutive statement numbers `[first, end)`:
    /// one run for a whole quiz in reading order, however large the quiz.
    asked: Vec<(usize, usize)>,
    position: usize,
    /// Statement id → category id.
    answers: BTreeMap<String, String>,
    finished: bool,
    /// Added 2026-11-26 with defaults, so progress saved before still restores.
    #[serde(default = "first_attempt")]
    attempt: u32,
    #[serde(default)]
    retried: Option<Retried>,
    #[serde(default)]
    first: Option<FirstAttempt>,
    /// Added with the results file's times.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    started_at: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    finished_at: Option<u64>,
}

fn first_attempt() -> u32 {
    1
}

/// Why saved progress was not restored.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RestoreError {
    #[error("your saved progress could not be read, so it was cleared")]
    Corrupt,
    #[error("your saved progress is from an older version of this app, so it was cleared")]
    OldVersion,
    #[error(
        "this quiz has changed since you saved your progress, so your old answers were cleared"
    )]
    QuizChanged,
}

/// The session as JSON text.
pub fn save(quiz: &LoadedQuiz, session: &Session) -> String {
    let id = |index: usize| quiz.statement(index).id.clone();
    let saved = SavedProgress {
        version: PROGRESS_VERSION,
        quiz_fingerprint: quiz.fingerprint.clone(),
        mode: session.mode,
        asked: runs(&session.asked),
        position: session.position,
        answers: session
            .answers
            .iter()
            .enumerate()
            .filter_map(|(s, a)| a.map(|c| (id(s), quiz.categories[c].id.clone())))
            .collect(),
        finished: session.finished,
        attempt: session.attempt,
        retried: session.retried,
        first: session.first,
        started_at: session.started_at,
        finished_at: session.finished_at,
    };
    serde_json::to_string(&saved).unwrap_or_default()
}

/// `[3, 4, 5, 9]` → `[(3, 6), (9, 10)]`.
fn runs(statements: &[usize]) -> Vec<(usize, usize)> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for &statement in statements {
        match runs.last_mut() {
            Some((_, end)) if *end == statement => *end += 1,
            _ => runs.push((statement, statement + 1)),
        }
    }
    runs
}

/// Rebuilds a session from saved text, checking every id against the quiz.
pub fn restore(quiz: &LoadedQuiz, text: &str) -> Result<Session, RestoreError> {
    /// Only the version, whatever else an older layout holds.
    #[derive(Deserialize)]
    struct Version {
        version: u32,
    }
    let version = serde_json::from_str::<Version>(text)
        .map_err(|_| RestoreError::Corrupt)?
        .version;
    if version != PROGRESS_VERSION {
        return Err(RestoreError::OldVersion);
    }
    let saved: SavedProgress = serde_json::from_str(text).map_err(|_| RestoreError::Corrupt)?;
    if saved.quiz_fingerprint != quiz.fingerprint {
        return Err(RestoreError::QuizChanged);
    }
    if saved
        .asked
        .iter()
        .any(|&(first, end)| first >= end || end > quiz.len())
    {
        return Err(RestoreError::Corrupt);
    }
    let asked: Vec<usize> = saved
        .asked
        .iter()
        .flat_map(|&(first, end)| first..end)
        .collect();
    let mut seen = vec![false; quiz.len()];
    for &statement in &asked {
        if std::mem::replace(&mut seen[statement], true) {
            return Err(RestoreError::Corrupt);
        }
    }
    if asked.is_empty() || saved.position >= asked.len() {
        return Err(RestoreError::Corrupt);
    }
    let mut answers = vec![None; quiz.len()];
    for (statement, category) in &saved.answers {
        let s = quiz
            .statement_index(statement)
            .ok_or(RestoreError::Corrupt)?;
        let c = quiz.category_index(category).ok_or(RestoreError::Corrupt)?;
        answers[s] = Some(c);
    }
    if saved.attempt == 0 || (saved.attempt > 1) != saved.first.is_some() {
        return Err(RestoreError::Corrupt);
    }
    Ok(Session {
        mode: saved.mode,
        asked,
        position: saved.position,
        answers,
        finished: saved.finished,
        attempt: saved.attempt,
        retried: saved.retried,
        first: saved.first,
        started_at: saved.started_at,
        finished_at: saved.finished_at,
    })
}
