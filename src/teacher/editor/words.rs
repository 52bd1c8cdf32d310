//! The editor's sentences that are made from data (why an edit was refused) and the category
//! sets it writes into a quiz, in the interface language.

use leptos_i18n::Locale as _;

use crate::i18n::{td_string, Locale};
use crate::quiz::authoring::EditError;
use crate::quiz::model::Category;

/// What the line under the toolbar says: why the last edit was not made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditMessage {
    /// "Start from this article" with no article pasted.
    NoArticle,
    Refused(EditError),
}

/// The message in `locale`.
pub fn edit_message(locale: Locale, message: &EditMessage) -> String {
    match message {
        EditMessage::NoArticle => td_string!(locale, editor.no_article).into(),
        EditMessage::Refused(error) => refused(locale, error),
    }
}

/// Why an edit was refused, in `locale` (the statement's id as the teacher wrote it).
pub fn refused(locale: Locale, error: &EditError) -> String {
    match error {
        EditError::EmptySelection => td_string!(locale, editor.refused_empty_selection).into(),
        EditError::Overlaps(id) => td_string!(locale, editor.refused_overlaps, id = id).to_string(),
        EditError::BadSplitPoint => td_string!(locale, editor.refused_split).into(),
        EditError::NothingToMerge => td_string!(locale, editor.refused_merge).into(),
    }
}

/// The two-category set for younger classes, written into the quiz (as the quiz's own
/// categories) in the interface language of the moment it is chosen.
pub fn fact_and_opinion(locale: Locale) -> Vec<Category> {
    let category = |id: &str, name: &str, definition: &str, example: &str| Category {
        id: id.into(),
        name: name.into(),
        definition: definition.into(),
        example: example.into(),
    };
    vec![
        category(
            "fact",
            td_string!(locale, editor.two_fact_name),
            td_string!(locale, editor.two_fact_definition),
            td_string!(locale, editor.two_fact_example),
        ),
        category(
            "opinion",
            td_string!(locale, editor.two_opinion_name),
            td_string!(locale, editor.two_opinion_definition),
            td_string!(locale, editor.two_opinion_example),
        ),
    ]
}

/// Whether `categories` is the two-category set, as written in any interface language (a
/// quiz made in French is recognised in the English interface).
pub fn is_fact_and_opinion(categories: &[Category]) -> bool {
    Locale::get_all()
        .iter()
        .any(|&locale| categories == fact_and_opinion(locale).as_slice())
}
