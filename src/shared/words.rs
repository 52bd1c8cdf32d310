//! The app's sentences that are made of several parts (a list of category names, the verdict on
//! an answer, the score, the CSV's words) in the interface language, and the default categories
//! translated.

use crate::i18n::{td_string, Locale};
use crate::quiz::error::{megabytes, LinkFault};
use crate::quiz::model::Category;
use crate::quiz::progress::RestoreError;
use crate::quiz::report::CsvWords;
use crate::quiz::score::{verdict_of, Verdict};
use crate::quiz::session::{Retried, Session};
use crate::quiz::{LoadedQuiz, OpenError, Results};

/// The quiz's categories as the student reads them: the quiz's own words, or for a quiz with
/// the default three, their names, definitions and examples in the interface language.
pub fn categories(locale: Locale, quiz: &LoadedQuiz) -> Vec<Category> {
    if quiz.quiz.categories.is_some() {
        return quiz.categories.clone();
    }
    translated(locale, &quiz.categories)
}

/// The default three categories in the interface language (the editor, before its draft is a
/// quiz).
pub fn default_categories(locale: Locale) -> Vec<Category> {
    translated(locale, &crate::quiz::model::default_categories())
}

/// The default categories' names, definitions and examples in `locale`.
fn translated(locale: Locale, default: &[Category]) -> Vec<Category> {
    default
        .iter()
        .map(|category| {
            let (name, definition, example) = match category.id.as_str() {
                "fact" => (
                    td_string!(locale, student.category_fact_name),
                    td_string!(locale, student.category_fact_definition),
                    td_string!(locale, student.category_fact_example),
                ),
                "claim" => (
                    td_string!(locale, student.category_claim_name),
                    td_string!(locale, student.category_claim_definition),
                    td_string!(locale, student.category_claim_example),
                ),
                _ => (
                    td_string!(locale, student.category_opinion_name),
                    td_string!(locale, student.category_opinion_definition),
                    td_string!(locale, student.category_opinion_example),
                ),
            };
            Category {
                id: category.id.clone(),
                name: name.into(),
                definition: definition.into(),
                example: example.into(),
            }
        })
        .collect()
}

/// The names of `list` (category indices), joined as "A, B or C".
pub fn join_or(locale: Locale, categories: &[Category], list: &[usize]) -> String {
    let names: Vec<&str> = list.iter().map(|&c| categories[c].name.as_str()).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => {
            let rest = rest.join(td_string!(locale, student.list_separator).as_ref());
            // Some languages change "or" before some sounds (Spanish "o" becomes "u" before
            // "o" and "ho"): the starts of such names are in the language's file. Compared
            // ignoring ASCII case only: Unicode case tables would weigh on every download.
            let changes = td_string!(locale, student.list_or_changes_before)
                .split(',')
                .map(str::trim)
                .any(|start| {
                    !start.is_empty()
                        && last
                            .get(..start.len())
                            .is_some_and(|begins| begins.eq_ignore_ascii_case(start))
                });
            if changes {
                td_string!(locale, student.list_or_changed, rest = rest, last = *last).to_string()
            } else {
                td_string!(locale, student.list_or, rest = rest, last = *last).to_string()
            }
        }
    }
}

/// What the feedback says of the answer given to a statement (`None`: not answered), naming
/// every accepted answer. The page and the screen-reader announcement both say this.
pub fn verdict(
    locale: Locale,
    quiz: &LoadedQuiz,
    statement: usize,
    chosen: Option<usize>,
) -> String {
    let categories = categories(locale, quiz);
    let list = |list: &[usize]| join_or(locale, &categories, list);
    match verdict_of(quiz, statement, chosen) {
        Verdict::Right { chosen, also } => {
            let name = categories[chosen].name.as_str();
            let right = td_string!(locale, student.verdict_right, name = name).to_string();
            if also.is_empty() {
                return right;
            }
            let names = list(&also);
            let also = td_string!(
                locale,
                student.also_accepted,
                count = also.len(),
                names = names
            );
            format!("{right} {also}")
        }
        Verdict::Wrong { chosen, accepted } => td_string!(
            locale,
            student.verdict_wrong,
            said = categories[chosen].name.as_str(),
            answer = list(&accepted)
        )
        .to_string(),
        Verdict::Unanswered { accepted } => {
            td_string!(locale, student.verdict_unanswered, answer = list(&accepted)).to_string()
        }
    }
}

/// The results in one sentence, as the results screen opens: the score, and in a practice
/// round what this round came to beside the score that stays.
pub fn results_sentence(locale: Locale, results: &Results, attempt: u32) -> String {
    if attempt > 1 {
        td_string!(
            locale,
            student.practice_score_sentence,
            round = attempt,
            correct = results.round.correct,
            total = results.round.total,
            counted = results.counted.correct,
            counted_total = results.counted.total,
            percent = results.counted.percent
        )
        .to_string()
    } else {
        td_string!(
            locale,
            student.score_sentence,
            correct = results.round.correct,
            total = results.round.total,
            percent = results.round.percent
        )
        .to_string()
    }
}

/// The CSV a student downloads, in the interface language.
impl CsvWords for Locale {
    fn columns(&self) -> [String; 11] {
        let locale = *self;
        [
            td_string!(locale, student.csv_student),
            td_string!(locale, student.csv_quiz_id),
            td_string!(locale, student.csv_quiz_version),
            td_string!(locale, student.csv_attempt),
            td_string!(locale, student.csv_finished),
            td_string!(locale, student.csv_number),
            td_string!(locale, student.csv_id),
            td_string!(locale, student.csv_statement),
            td_string!(locale, student.csv_your_answer),
            td_string!(locale, student.csv_accepted),
            td_string!(locale, student.csv_correct),
        ]
        .map(str::to_string)
    }

    fn category(&self, quiz: &LoadedQuiz, category: usize) -> String {
        categories(*self, quiz)
            .get(category)
            .map(|c| c.name.clone())
            .unwrap_or_default()
    }

    fn accepted(&self, quiz: &LoadedQuiz, statement: usize) -> String {
        join_or(
            *self,
            &categories(*self, quiz),
            &quiz.accepted_categories(statement),
        )
    }

    fn right(&self, right: bool) -> String {
        let locale = *self;
        if right {
            td_string!(locale, student.csv_yes).into()
        } else {
            td_string!(locale, student.csv_no).into()
        }
    }

    fn correct_of(&self, correct: usize, total: usize) -> String {
        td_string!(*self, student.correct_of, correct = correct, total = total).to_string()
    }

    fn practice_round(&self, results: &Results, session: &Session) -> (String, String) {
        let locale = *self;
        let (correct, total, attempt) =
            (results.round.correct, results.round.total, session.attempt);
        let figure = match session.retried {
            Some(Retried::Mistakes) => td_string!(
                locale,
                student.csv_round_mistakes,
                correct = correct,
                total = total,
                attempt = attempt
            ),
            _ => td_string!(
                locale,
                student.csv_round_all,
                correct = correct,
                total = total,
                attempt = attempt
            ),
        };
        (
            td_string!(locale, student.csv_this_round).into(),
            figure.to_string(),
        )
    }

    fn total(&self, practice_round: bool) -> String {
        let locale = *self;
        if practice_round {
            td_string!(locale, student.csv_first_attempt).into()
        } else {
            td_string!(locale, student.csv_total).into()
        }
    }
}

/// Why a quiz could not be had (a link, a file, the device), in the interface language.
pub fn open_error(locale: Locale, error: &OpenError) -> String {
    match error {
        OpenError::TooLarge { size, limit } => {
            let (size, limit) = (megabytes(*size), megabytes(*limit));
            let size = if size == limit {
                td_string!(locale, student.open_just_over, size = size).to_string()
            } else {
                size
            };
            td_string!(locale, student.open_too_large, size = size, limit = limit).to_string()
        }
        OpenError::Unreadable => td_string!(locale, student.open_unreadable).into(),
        OpenError::BadShareLink(LinkFault::NoQuiz) => {
            td_string!(locale, student.open_link_no_quiz).into()
        }
        OpenError::BadShareLink(LinkFault::TooLong) => {
            td_string!(locale, student.open_link_too_long).into()
        }
        OpenError::BadShareLink(LinkFault::CutOff) => {
            td_string!(locale, student.open_link_cut_off).into()
        }
        OpenError::CannotCompress => td_string!(locale, student.open_cannot_compress).into(),
        OpenError::LinkNotHttps(link) => {
            td_string!(locale, student.open_not_https, link = link).to_string()
        }
        OpenError::LinkUnreachable { url } => {
            td_string!(locale, student.open_unreachable, url = url).to_string()
        }
        OpenError::LinkStatus {
            url,
            status,
            status_text,
        } => td_string!(
            locale,
            student.open_status,
            url = url,
            status = status,
            status_text = status_text
        )
        .to_string(),
        OpenError::NoLongerStored(title) => {
            td_string!(locale, student.open_no_longer_stored, title = title).to_string()
        }
    }
}

/// Why saved progress was not restored, in the interface language.
pub fn restore_error(locale: Locale, error: &RestoreError) -> String {
    match error {
        RestoreError::Corrupt => td_string!(locale, student.restore_corrupt),
        RestoreError::OldVersion => td_string!(locale, student.restore_old_version),
        RestoreError::QuizChanged => td_string!(locale, student.restore_quiz_changed),
    }
    .into()
}
