//! The words inside the question banks a teacher exports (`quiz::export`), and why a package
//! could not be made, in the interface language.

use crate::i18n::{td_string, Locale};
use crate::quiz::export::{ExportWords, PackageError};
use crate::quiz::LoadedQuiz;
use crate::shared::words::{categories, join_or};

impl ExportWords for Locale {
    fn header(&self, count: usize) -> String {
        td_string!(*self, platform.gift_header, count = count).to_string()
    }

    fn question(&self) -> String {
        td_string!(*self, platform.question).into()
    }

    fn right(&self) -> String {
        td_string!(*self, platform.right).into()
    }

    fn accepted_too(&self) -> String {
        td_string!(*self, platform.accepted_too).into()
    }

    fn not_this_one(&self) -> String {
        td_string!(*self, platform.wrong_choice).into()
    }

    fn answer(&self, quiz: &LoadedQuiz, statement: usize) -> String {
        // The main answer first, as the quiz gives them.
        let list = quiz.accepted_categories(statement);
        let names = join_or(*self, &quiz.categories, &list);
        td_string!(*self, platform.the_answer, names = names).to_string()
    }

    fn cue_words(&self, cues: &[String]) -> String {
        let cues = cues.join(td_string!(*self, student.list_separator));
        td_string!(*self, platform.cue_words, cues = cues).to_string()
    }

    fn fact_check(&self, note: &str) -> String {
        td_string!(*self, platform.fact_check, note = note).to_string()
    }
}

/// The quiz as it is exported in `locale`: the default categories' names in that language, a
/// quiz's own categories as written.
pub fn in_language(locale: Locale, quiz: &LoadedQuiz) -> LoadedQuiz {
    let mut exported = quiz.clone();
    exported.categories = categories(locale, quiz);
    exported
}

/// Why a package could not be made, to follow "The package could not be made: ".
pub fn package_error(locale: Locale, error: PackageError) -> &'static str {
    match error {
        PackageError::NotWritten => td_string!(locale, platform.not_written),
        PackageError::NoBridge => td_string!(locale, platform.no_bridge),
        PackageError::NoLaunchPage => td_string!(locale, platform.no_launch_page),
    }
}
