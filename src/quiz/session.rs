//! One attempt at a quiz: which statements are asked, where the student is, what they answered.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::loaded::LoadedQuiz;
use super::model::PassageOrder;
use super::score::Results;

/// The statements of a quiz in the order its settings ask for: passage by passage, passages in
/// reading order or shuffled (with `seed`), statements within a passage always in reading order.
pub fn statement_order(quiz: &LoadedQuiz, seed: u64) -> Vec<usize> {
    let mut passages: Vec<usize> = (0..quiz.quiz.passages.len()).collect();
    if quiz.quiz.settings.passage_order == PassageOrder::Shuffled {
        // xorshift64*: plenty for shuffling a reading order; never zero.
        let mut state = seed | 1;
        for i in (1..passages.len()).rev() {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            let random = state.wrapping_mul(0x2545_f491_4f6c_dd1d);
            let j = usize::try_from(random % (i as u64 + 1)).unwrap_or(0);
            passages.swap(i, j);
        }
    }
    passages
        .into_iter()
        .flat_map(|p| quiz.statements_in(p))
        .collect()
}

/// Practice gives feedback after every answer; test only at the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    Practice,
    Test,
}

/// What happened when the student answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answered {
    /// Recorded; in practice mode, whether it was right.
    Recorded { correct: bool },
    /// In practice mode the first answer counts and cannot be changed.
    Locked,
}

/// What a practice round after the first attempt goes over again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Retried {
    /// The statements answered wrongly or not at all.
    Mistakes,
    /// Every statement.
    All,
}

/// The score of the first attempt, which stays the score through practice rounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FirstAttempt {
    pub correct: usize,
    pub total: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub mode: Mode,
    /// Statement indices asked in this attempt, in the order asked.
    pub asked: Vec<usize>,
    /// Index into `asked` of the statement on screen.
    pub position: usize,
    /// Chosen category per statement of the quiz (`None`: not answered).
    pub answers: Vec<Option<usize>>,
    /// The student has asked for the results.
    pub finished: bool,
    /// 1 for the first attempt; later rounds are practice.
    pub attempt: u32,
    /// What a practice round goes over again (`None` on the first attempt).
    pub retried: Option<Retried>,
    /// The first attempt's score, once there has been a first attempt before this one.
    pub first: Option<FirstAttempt>,
    /// When this attempt was started and finished, in milliseconds since 1970 (UTC), as the
    /// device's clock said; for the results file.
    pub started_at: Option<u64>,
    pub finished_at: Option<u64>,
}

impl Session {
    /// A new attempt at every statement of the quiz.
    pub fn new(quiz: &LoadedQuiz, mode: Mode) -> Session {
        Session::for_statements(quiz, mode, (0..quiz.len()).collect())
    }

    /// A new attempt at some statements, e.g. the ones the student got wrong.
    pub fn for_statements(quiz: &LoadedQuiz, mode: Mode, asked: Vec<usize>) -> Session {
        Session {
            mode,
            asked,
            position: 0,
            answers: vec![None; quiz.len()],
            finished: false,
            attempt: 1,
            retried: None,
            first: None,
            started_at: None,
            finished_at: None,
        }
    }

    /// A practice round after this finished attempt (whose score is `results`): its mistakes, or
    /// everything (in `order`). The first attempt's score is carried along: it stays the score.
    /// `None` when there is nothing to go over.
    pub fn retry(
        &self,
        quiz: &LoadedQuiz,
        results: &Results,
        what: Retried,
        order: Vec<usize>,
    ) -> Option<Session> {
        let asked = match what {
            Retried::Mistakes => self.mistakes(quiz),
            Retried::All => order,
        };
        if asked.is_empty() {
            return None;
        }
        let first = FirstAttempt {
            correct: results.counted.correct,
            total: results.counted.total,
        };
        Some(Session {
            attempt: self.attempt.saturating_add(1),
            retried: Some(what),
            first: Some(first),
            ..Session::for_statements(quiz, self.mode, asked)
        })
    }

    /// Whether this is a practice round after the first attempt.
    pub fn is_practice_round(&self) -> bool {
        self.attempt > 1
    }

    /// The statement on screen.
    pub fn current(&self) -> usize {
        self.asked[self.position.min(self.asked.len().saturating_sub(1))]
    }

    pub fn total(&self) -> usize {
        self.asked.len()
    }

    pub fn answer_of(&self, statement: usize) -> Option<usize> {
        self.answers.get(statement).copied().flatten()
    }

    pub fn answered_count(&self) -> usize {
        self.asked
            .iter()
            .filter(|&&s| self.answer_of(s).is_some())
            .count()
    }

    /// Whether the statement was answered with an accepted answer.
    pub fn is_right(&self, quiz: &LoadedQuiz, statement: usize) -> bool {
        self.answer_of(statement)
            .is_some_and(|c| quiz.accepts(statement, c))
    }

    /// Whether the student can still change the answer on screen.
    pub fn can_answer(&self) -> bool {
        !self.finished && (self.mode == Mode::Test || self.answer_of(self.current()).is_none())
    }

    /// Records an answer for the statement on screen.
    pub fn answer(&mut self, quiz: &LoadedQuiz, category: usize) -> Answered {
        if !self.can_answer() || category >= quiz.categories.len() {
            return Answered::Locked;
        }
        let statement = self.current();
        self.answers[statement] = Some(category);
        Answered::Recorded {
            correct: quiz.accepts(statement, category),
        }
    }

    /// Whether feedback for the statement on screen is shown now.
    pub fn shows_feedback(&self) -> bool {
        self.finished || (self.mode == Mode::Practice && self.answer_of(self.current()).is_some())
    }

    pub fn has_next(&self) -> bool {
        self.position + 1 < self.total()
    }

    pub fn has_previous(&self) -> bool {
        self.position > 0
    }

    pub fn next(&mut self) {
        if self.has_next() {
            self.position += 1;
        }
    }

    pub fn previous(&mut self) {
        if self.has_previous() {
            self.position -= 1;
        }
    }

    /// Moves to a statement if it is asked in this attempt.
    pub fn go_to(&mut self, statement: usize) {
        if let Some(position) = self.asked.iter().position(|&s| s == statement) {
            self.position = position;
        }
    }

    /// The first asked statement without an answer, if any.
    pub fn first_unanswered(&self) -> Option<usize> {
        self.asked
            .iter()
            .copied()
            .find(|&s| self.answer_of(s).is_none())
    }

    pub fn finish(&mut self) {
        self.finished = true;
    }

    /// Finishes at `now` (milliseconds since 1970); the first time counts.
    pub fn finish_at(&mut self, now: u64) {
        self.finish();
        self.finished_at.get_or_insert(now);
    }

    /// Statements asked in this attempt that were answered wrongly or not at all.
    pub fn mistakes(&self, quiz: &LoadedQuiz) -> Vec<usize> {
        self.asked
            .iter()
            .copied()
            .filter(|&s| !self.is_right(quiz, s))
            .collect()
    }
}
