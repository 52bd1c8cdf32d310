//! Scoring an attempt, with a breakdown of what the student called each kind of statement.

use super::loaded::LoadedQuiz;
use super::session::Session;

/// Answer checking: the one place that decides whether an answer is right.
impl LoadedQuiz {
    /// Whether choosing `category` for statement `index` is right.
    pub fn accepts(&self, index: usize, category: usize) -> bool {
        let id = &self.categories[category].id;
        self.statement(index).answer.iter().any(|a| a == id)
    }

    /// The category a statement is counted under in the results: its first accepted answer.
    pub fn expected_category(&self, index: usize) -> usize {
        self.statement(index)
            .answer
            .first()
            .and_then(|id| self.category_index(id))
            .unwrap_or(0)
    }

    /// The categories a statement accepts, main answer first.
    pub fn accepted_categories(&self, index: usize) -> Vec<usize> {
        self.statement(index)
            .answer
            .iter()
            .filter_map(|id| self.category_index(id))
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    /// This round's score: the statements asked in it.
    pub round: Score,
    /// One row per category of the quiz, in the quiz's order.
    pub breakdown: Vec<CategoryRow>,
    /// Statements answered wrongly or not at all, in the order asked.
    pub missed: Vec<Missed>,
    /// The score that counts: this round's on a first attempt, the first attempt's in a practice
    /// round (a retry is practice; it never replaces the score).
    pub counted: Score,
}

/// Right answers out of how many, as a percent, and against the pass mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    pub correct: usize,
    pub total: usize,
    /// Whole percent, rounded down so that 69.9 % does not pass a 70 % mark.
    pub percent: u32,
    pub passed: Option<bool>,
}

impl Score {
    pub fn new(quiz: &LoadedQuiz, correct: usize, total: usize) -> Score {
        let percent = percent(correct, total);
        Score {
            correct,
            total,
            percent,
            passed: quiz
                .quiz
                .settings
                .pass_mark
                .map(|mark| percent >= u32::from(mark)),
        }
    }
}

/// `part` of `whole` in whole percent, rounded down (0 of nothing is 0 %).
pub fn percent(part: usize, whole: usize) -> u32 {
    (part * 100)
        .checked_div(whole)
        .map_or(0, |p| u32::try_from(p).unwrap_or(100))
}

/// How the student did on the statements whose answer is one category.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryRow {
    pub category: usize,
    /// Statements of this kind asked.
    pub total: usize,
    pub correct: usize,
    /// `(chosen category, count)` for wrong answers, most frequent first.
    pub confused_with: Vec<(usize, usize)>,
    pub unanswered: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missed {
    pub statement: usize,
    /// What the student chose; `None` when not answered.
    pub chosen: Option<usize>,
}

/// Scores the statements asked in `session`.
pub fn score(quiz: &LoadedQuiz, session: &Session) -> Results {
    let mut breakdown: Vec<CategoryRow> = (0..quiz.categories.len())
        .map(|category| CategoryRow {
            category,
            total: 0,
            correct: 0,
            confused_with: Vec::new(),
            unanswered: 0,
        })
        .collect();
    let mut missed = Vec::new();
    let mut correct = 0_usize;
    for &statement in &session.asked {
        let row = &mut breakdown[quiz.expected_category(statement)];
        row.total += 1;
        match session.answer_of(statement) {
            Some(chosen) if quiz.accepts(statement, chosen) => {
                row.correct += 1;
                correct += 1;
            }
            Some(chosen) => {
                match row.confused_with.iter_mut().find(|(c, _)| *c == chosen) {
                    Some((_, count)) => *count += 1,
                    None => row.confused_with.push((chosen, 1)),
                }
                missed.push(Missed {
                    statement,
                    chosen: Some(chosen),
                });
            }
            None => {
                row.unanswered += 1;
                missed.push(Missed {
                    statement,
                    chosen: None,
                });
            }
        }
    }
    for row in &mut breakdown {
        row.confused_with
            .sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    }
    let round = Score::new(quiz, correct, session.total());
    let counted = session
        .first
        .map_or(round, |first| Score::new(quiz, first.correct, first.total));
    Results {
        round,
        breakdown,
        missed,
        counted,
    }
}

/// What was right about the answer given to a statement, by category index: the feedback's
/// words are made from this in the interface language (see `crate::shared::words`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// A right answer, and the other answers also accepted.
    Right {
        chosen: usize,
        also: Vec<usize>,
    },
    Wrong {
        chosen: usize,
        accepted: Vec<usize>,
    },
    Unanswered {
        accepted: Vec<usize>,
    },
}

pub fn verdict_of(quiz: &LoadedQuiz, statement: usize, chosen: Option<usize>) -> Verdict {
    let accepted = quiz.accepted_categories(statement);
    match chosen {
        Some(chosen) if accepted.contains(&chosen) => Verdict::Right {
            chosen,
            also: accepted.into_iter().filter(|&c| c != chosen).collect(),
        },
        Some(chosen) => Verdict::Wrong { chosen, accepted },
        None => Verdict::Unanswered { accepted },
    }
}
