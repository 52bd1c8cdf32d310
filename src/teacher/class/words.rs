//! The class report's sentences that carry facts from `quiz::class` (why a file is set aside,
//! why a class summary cannot be read), and its CSV's words, in the interface language.

use crate::i18n::{td_string, Locale};
use crate::quiz::class::{ClassCsvWords, Refusal, SummaryProblem};

/// Why a file is not counted, to follow its name.
pub fn refusal(l: Locale, refusal: &Refusal) -> String {
    match refusal {
        Refusal::NotAZip => td_string!(l, class.not_a_zip).into(),
        Refusal::TooManyInZip { count, max } => {
            td_string!(l, class.too_many_in_zip, count = *count, max = max).to_string()
        }
        Refusal::CannotExtract => td_string!(l, class.cannot_extract).into(),
        Refusal::TooLarge {
            megabytes,
            zip: false,
        } => td_string!(l, class.too_large, size = megabytes).to_string(),
        Refusal::TooLarge {
            megabytes,
            zip: true,
        } => td_string!(l, class.zip_too_large, size = megabytes).to_string(),
        Refusal::DamagedInZip => td_string!(l, class.damaged_in_zip).into(),
        Refusal::ZipTooLarge { megabytes } => {
            td_string!(l, class.unpacks_too_large, size = megabytes).to_string()
        }
        Refusal::TooMuchAtOnce => td_string!(l, class.too_much_at_once).into(),
        Refusal::Unreadable => td_string!(l, class.unreadable).into(),
        Refusal::Empty => td_string!(l, class.empty).into(),
        Refusal::Csv => td_string!(l, class.csv_download).into(),
        Refusal::NotJson => td_string!(l, class.not_json).into(),
        Refusal::NewerResults { found } => {
            td_string!(l, class.newer_results, found = found).to_string()
        }
        Refusal::QuizNotResults => td_string!(l, class.quiz_not_results).into(),
        Refusal::OlderResults => td_string!(l, class.older_results).into(),
        Refusal::NotResults => td_string!(l, class.not_results).into(),
        Refusal::Damaged { at: None } => td_string!(l, class.damaged).into(),
        Refusal::Damaged { at: Some(path) } => {
            td_string!(l, class.damaged_at, path = path).to_string()
        }
        Refusal::OtherQuiz { title, id } => {
            td_string!(l, class.other_quiz, title = title, id = id).to_string()
        }
        Refusal::OtherVersion => td_string!(l, class.other_version).into(),
        Refusal::PracticeRound { attempt } => {
            td_string!(l, class.practice_round, attempt = attempt).to_string()
        }
        Refusal::UnknownStatement(id) => {
            td_string!(l, class.unknown_statement, id = id).to_string()
        }
        Refusal::AnsweredTwice(id) => td_string!(l, class.answered_twice, id = id).to_string(),
        Refusal::UnknownCategory { statement, answer } => {
            td_string!(l, class.unknown_category, id = statement, answer = answer).to_string()
        }
        Refusal::MissingRow(id) => td_string!(l, class.missing_row, id = id).to_string(),
    }
}

/// Why a class summary cannot be read or compared (a message, to be made a sentence).
pub fn summary_problem(l: Locale, problem: &SummaryProblem) -> String {
    match problem {
        SummaryProblem::Newer { layout } => {
            td_string!(l, class.summary_newer, layout = layout).to_string()
        }
        SummaryProblem::Damaged { at: None } => td_string!(l, class.summary_damaged).into(),
        SummaryProblem::Damaged { at: Some(path) } => {
            td_string!(l, class.summary_damaged_at, path = path).to_string()
        }
        SummaryProblem::OtherQuiz { title } => {
            td_string!(l, class.summary_other_quiz, title = title).to_string()
        }
        SummaryProblem::OtherVersion => td_string!(l, class.summary_other_version).into(),
        SummaryProblem::ScoreOver100 => td_string!(l, class.summary_score_over).into(),
        SummaryProblem::UnknownStatement(id) => {
            td_string!(l, class.summary_unknown_statement, id = id).to_string()
        }
        SummaryProblem::StatementTwice(id) => {
            td_string!(l, class.summary_statement_twice, id = id).to_string()
        }
        SummaryProblem::UnknownCategory(id) => {
            td_string!(l, class.summary_unknown_category, id = id).to_string()
        }
        SummaryProblem::DoesNotAddUp {
            statement,
            students,
        } => td_string!(
            l,
            class.summary_does_not_add_up,
            id = statement,
            count = *students
        )
        .to_string(),
    }
}

impl ClassCsvWords for Locale {
    fn columns(&self) -> [String; 8] {
        let l = *self;
        [
            td_string!(l, class.csv_student),
            td_string!(l, class.csv_file),
            td_string!(l, class.csv_correct),
            td_string!(l, class.csv_total),
            td_string!(l, class.csv_percent),
            td_string!(l, class.csv_passed),
            td_string!(l, class.csv_seconds),
            td_string!(l, class.csv_finished),
        ]
        .map(String::from)
    }

    fn yes(&self) -> String {
        td_string!(*self, class.csv_yes).into()
    }

    fn no(&self) -> String {
        td_string!(*self, class.csv_no).into()
    }
}
