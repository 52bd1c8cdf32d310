//! The problems in a quiz file (`quiz::error`), worded in the interface language: the list a
//! teacher reads when a file does not open, and the editor's messages beside each card. What the
//! teacher wrote (ids, names, texts, field names in `code`) stays as written.

use crate::i18n::{td_string, Locale};
use crate::quiz::error::{on_cards as path_on_cards, Field, Found, JsonType, Shape, Syntax};
use crate::quiz::{ErrorKind, QuizError};
use crate::shared::words::open_error;

/// A problem as one line: "passages[0].text: the passage text is empty".
pub fn describe(locale: Locale, error: &QuizError) -> String {
    let detail = detail(locale, error);
    if error.path.is_empty() {
        detail
    } else {
        td_string!(
            locale,
            problems.at_path,
            path = &error.path,
            detail = detail
        )
        .to_string()
    }
}

/// What is wrong, without the field path: "line 3, column 5: …" or the message alone. Lists
/// that show the path apart use this.
pub fn detail(locale: Locale, error: &QuizError) -> String {
    let message = message(locale, &error.kind);
    match error.position {
        Some((line, column)) => td_string!(
            locale,
            problems.at_position,
            line = line,
            column = column,
            message = message
        )
        .to_string(),
        None => message,
    }
}

/// A problem with its place said as the editor's cards are labelled ("passage 1, statement 2,
/// answer: no answer is given").
pub fn on_cards(locale: Locale, error: &QuizError) -> String {
    places_on_cards(locale, &describe(locale, error))
}

/// Every field path in `text` said in card words.
pub fn places_on_cards(locale: Locale, text: &str) -> String {
    path_on_cards(
        text,
        td_string!(locale, student.list_separator),
        |name, index| card_word(locale, name, index),
    )
}

/// One part of a path in card words: "statement 2", "fact check".
fn card_word(locale: Locale, name: &str, index: Option<usize>) -> String {
    if let Some(n) = index {
        let said = match name {
            "passages" => td_string!(locale, problems.card_passage, n = n),
            "statements" => td_string!(locale, problems.card_statement, n = n),
            "categories" => td_string!(locale, problems.card_category, n = n),
            "cues" => td_string!(locale, problems.card_cue, n = n),
            "answer" => td_string!(locale, problems.card_answer, n = n),
            other => return format!("{} {n}", other.replace('_', " ")),
        };
        return said.to_string();
    }
    let said = match name {
        "answer" => td_string!(locale, problems.field_answer),
        "explanation" => td_string!(locale, problems.field_explanation),
        "text" => td_string!(locale, problems.field_text),
        "id" => td_string!(locale, problems.field_id),
        "title" => td_string!(locale, problems.field_title),
        "cues" => td_string!(locale, problems.field_cues),
        "fact_check" => td_string!(locale, problems.field_fact_check),
        "note" => td_string!(locale, problems.field_note),
        "url" => td_string!(locale, problems.field_url),
        "link" => td_string!(locale, problems.field_link),
        "settings" => td_string!(locale, problems.field_settings),
        "pass_mark" => td_string!(locale, problems.field_pass_mark),
        "mode" => td_string!(locale, problems.field_mode),
        "allow_retry" => td_string!(locale, problems.field_allow_retry),
        "passage_order" => td_string!(locale, problems.field_passage_order),
        "occurrence" => td_string!(locale, problems.field_occurrence),
        "name" => td_string!(locale, problems.field_name),
        "definition" => td_string!(locale, problems.field_definition),
        "example" => td_string!(locale, problems.field_example),
        "language" => td_string!(locale, problems.field_language),
        "instructions" => td_string!(locale, problems.field_instructions),
        "author" => td_string!(locale, problems.field_author),
        "licence" => td_string!(locale, problems.field_licence),
        "source" => td_string!(locale, problems.field_source),
        "publication" => td_string!(locale, problems.field_publication),
        "date" => td_string!(locale, problems.field_date),
        "passages" => td_string!(locale, problems.field_passages),
        "statements" => td_string!(locale, problems.field_statements),
        "categories" => td_string!(locale, problems.field_categories),
        // A field the format does not have, as the teacher wrote it.
        other => return other.replace('_', " "),
    };
    said.to_string()
}

/// What is wrong, in a teacher's words.
pub fn message(locale: Locale, kind: &ErrorKind) -> String {
    let l = locale;
    match kind {
        ErrorKind::Empty => td_string!(l, problems.empty_file).into(),
        ErrorKind::Open(error) => open_error(l, error),
        ErrorKind::NotUtf8 => td_string!(l, problems.not_utf8).into(),
        ErrorKind::Syntax(syntax) => {
            td_string!(l, problems.not_json, reason = syntax_reason(l, *syntax)).to_string()
        }
        ErrorKind::NotAnObject => td_string!(l, problems.not_an_object).into(),
        ErrorKind::ResultsNotQuiz => td_string!(l, problems.results_not_quiz).into(),
        ErrorKind::DuplicateField(field) => {
            td_string!(l, problems.duplicate_field, field = field).to_string()
        }
        ErrorKind::Shape(shape) => shape_message(l, shape),
        ErrorKind::SchemaDamaged => td_string!(l, problems.schema_damaged).into(),
        ErrorKind::Unreadable => td_string!(l, problems.unreadable).into(),
        ErrorKind::NewerFormat { found, supported } => td_string!(
            l,
            problems.newer_format,
            found = found,
            supported = supported
        )
        .to_string(),
        ErrorKind::BadFormat => td_string!(l, problems.bad_format).into(),
        ErrorKind::EmptyText { field } => match field {
            Field::Title => td_string!(l, problems.empty_title),
            Field::PassageText => td_string!(l, problems.empty_passage_text),
            Field::StatementText => td_string!(l, problems.empty_statement_text),
            Field::Explanation => td_string!(l, problems.empty_explanation),
            Field::Id => td_string!(l, problems.empty_id),
            Field::CategoryName => td_string!(l, problems.empty_category_name),
        }
        .into(),
        ErrorKind::BadId(id) => td_string!(l, problems.bad_id, id = id).to_string(),
        ErrorKind::IdTooLong(count) => td_string!(
            l,
            problems.id_too_long,
            count = *count,
            max = crate::quiz::error::MAX_ID_CHARS
        )
        .to_string(),
        ErrorKind::NoPassages => td_string!(l, problems.no_passages).into(),
        ErrorKind::NoStatements => td_string!(l, problems.no_statements).into(),
        ErrorKind::TooFewCategories => td_string!(l, problems.too_few_categories).into(),
        ErrorKind::TooManyCategories(count) => td_string!(
            l,
            problems.too_many_categories,
            count = *count,
            max = crate::quiz::error::MAX_CATEGORIES
        )
        .to_string(),
        ErrorKind::HiddenCharacter { found } => td_string!(
            l,
            problems.hidden_character,
            code = format!("{:04X}", *found as u32),
            name = character_name(l, *found)
        )
        .to_string(),
        ErrorKind::DuplicateId { id, first } => {
            td_string!(l, problems.duplicate_id, id = id, first = first).to_string()
        }
        ErrorKind::NoAnswer => td_string!(l, problems.no_answer).into(),
        ErrorKind::UnknownCategory {
            found,
            suggestion,
            known,
        } => {
            let known = known.join(td_string!(l, student.list_separator));
            match suggestion {
                Some(suggestion) => td_string!(
                    l,
                    problems.unknown_category_suggest,
                    found = found,
                    suggestion = suggestion,
                    known = known
                )
                .to_string(),
                None => td_string!(l, problems.unknown_category, found = found, known = known)
                    .to_string(),
            }
        }
        ErrorKind::NotInPassage { closest, .. } => match closest {
            Some(closest) => {
                td_string!(l, problems.not_in_passage_closest, closest = closest).to_string()
            }
            None => td_string!(l, problems.not_in_passage).into(),
        },
        ErrorKind::Ambiguous { count } => {
            td_string!(l, problems.ambiguous, count = *count).to_string()
        }
        ErrorKind::NoSuchOccurrence { occurrence, count } => td_string!(
            l,
            problems.no_such_occurrence,
            occurrence = occurrence,
            count = *count
        )
        .to_string(),
        ErrorKind::OccurrenceZero => td_string!(l, problems.zero_occurrence).into(),
        ErrorKind::Overlap { other } => td_string!(l, problems.overlap, other = other).to_string(),
        ErrorKind::CueNotInStatement(cue) => {
            td_string!(l, problems.cue_not_in_statement, cue = cue).to_string()
        }
        ErrorKind::BadPassMark(mark) => {
            td_string!(l, problems.bad_pass_mark, mark = mark).to_string()
        }
        ErrorKind::BadLink(link) => td_string!(l, problems.bad_link, link = link).to_string(),
    }
}

fn syntax_reason(l: Locale, syntax: Syntax) -> &'static str {
    match syntax {
        Syntax::Comment => td_string!(l, problems.syntax_comment),
        Syntax::SingleQuotes => td_string!(l, problems.syntax_single_quotes),
        Syntax::UnclosedText => td_string!(l, problems.syntax_unclosed_text),
        Syntax::BrokenEscape => td_string!(l, problems.syntax_broken_escape),
        Syntax::EndsInList => td_string!(l, problems.syntax_ends_in_list),
        Syntax::EndsInObject => td_string!(l, problems.syntax_ends_in_object),
        Syntax::EndsInText => td_string!(l, problems.syntax_ends_in_text),
        Syntax::EndsEarly => td_string!(l, problems.syntax_ends_early),
        Syntax::ExpectedColon => td_string!(l, problems.syntax_expected_colon),
        Syntax::ExpectedCommaOrBracket => td_string!(l, problems.syntax_expected_comma_or_bracket),
        Syntax::ExpectedCommaOrBrace => td_string!(l, problems.syntax_expected_comma_or_brace),
        Syntax::ExpectedValue => td_string!(l, problems.syntax_expected_value),
        Syntax::NameNotInQuotes => td_string!(l, problems.syntax_name_not_in_quotes),
        Syntax::InvalidEscape => td_string!(l, problems.syntax_invalid_escape),
        Syntax::InvalidNumber => td_string!(l, problems.syntax_invalid_number),
        Syntax::NumberOutOfRange => td_string!(l, problems.syntax_number_out_of_range),
        Syntax::ControlCharacter => td_string!(l, problems.syntax_control_character),
        Syntax::TrailingComma => td_string!(l, problems.syntax_trailing_comma),
        Syntax::TrailingCharacters => td_string!(l, problems.syntax_trailing_characters),
        Syntax::TooDeep => td_string!(l, problems.syntax_too_deep),
        Syntax::Other => td_string!(l, problems.syntax_unknown),
    }
}

/// What a character that must not be in a text is, in words.
fn character_name(l: Locale, c: char) -> &'static str {
    match c {
        '\u{202A}' => td_string!(l, problems.character_lre),
        '\u{202B}' => td_string!(l, problems.character_rle),
        '\u{202C}' => td_string!(l, problems.character_pdf),
        '\u{202D}' => td_string!(l, problems.character_lro),
        '\u{202E}' => td_string!(l, problems.character_rlo),
        '\u{2066}'..='\u{2069}' => td_string!(l, problems.character_isolate),
        _ => td_string!(l, problems.character_control),
    }
}

fn shape_message(l: Locale, shape: &Shape) -> String {
    // Names and values from the file and the format stay in `code` style, as JSON writes them.
    let ticked = |names: &[String]| {
        names
            .iter()
            .map(|name| format!("`{name}`"))
            .collect::<Vec<_>>()
            .join(td_string!(l, student.list_separator))
    };
    match shape {
        Shape::Missing => td_string!(l, problems.missing_field).into(),
        Shape::UnknownField {
            name,
            suggestion: Some(suggestion),
            ..
        } => td_string!(
            l,
            problems.unknown_field_suggest,
            name = name,
            suggestion = suggestion
        )
        .to_string(),
        Shape::UnknownField {
            name,
            suggestion: None,
            known,
        } => td_string!(
            l,
            problems.unknown_field,
            name = name,
            known = ticked(known)
        )
        .to_string(),
        Shape::WrongType { expected, found } => td_string!(
            l,
            problems.wrong_type,
            expected = types(l, expected),
            found = found_words(l, found)
        )
        .to_string(),
        Shape::WholeNumber(number) => {
            td_string!(l, problems.whole_number, number = number).to_string()
        }
        Shape::NotAnOption {
            found,
            suggestion,
            allowed,
        } => {
            let allowed = allowed.join(td_string!(l, student.list_separator));
            let found = found_words(l, found);
            match suggestion {
                Some(suggestion) => td_string!(
                    l,
                    problems.not_an_option_suggest,
                    suggestion = suggestion,
                    allowed = allowed,
                    found = found
                )
                .to_string(),
                None => td_string!(l, problems.not_an_option, allowed = allowed, found = found)
                    .to_string(),
            }
        }
        Shape::NotAllowed {
            value,
            suggestion,
            allowed,
        } => match suggestion {
            Some(suggestion) => td_string!(
                l,
                problems.not_allowed_suggest,
                value = value,
                suggestion = suggestion
            )
            .to_string(),
            None => td_string!(
                l,
                problems.not_allowed,
                value = value,
                allowed = allowed.join(td_string!(l, student.list_separator))
            )
            .to_string(),
        },
        Shape::NotConstant { expected, found } => td_string!(
            l,
            problems.wrong_type,
            expected = expected,
            found = found_words(l, found)
        )
        .to_string(),
        Shape::TooFewItems { min } => {
            td_string!(l, problems.too_few_items, count = *min).to_string()
        }
        Shape::TooManyItems { count, max } => {
            td_string!(l, problems.too_many_items, count = *count, max = max).to_string()
        }
        Shape::OutOfRange { number, min, max } => match (min, max) {
            (Some(min), Some(max)) => td_string!(
                l,
                problems.out_of_range,
                number = number,
                min = min,
                max = max
            )
            .to_string(),
            (Some(min), None) => {
                td_string!(l, problems.out_of_range_min, number = number, min = min).to_string()
            }
            (None, Some(max)) => {
                td_string!(l, problems.out_of_range_max, number = number, max = max).to_string()
            }
            // The checker reports a range only with a bound.
            (None, None) => td_string!(l, problems.unreadable).into(),
        },
    }
}

/// "a whole number or text in quotes".
fn types(l: Locale, expected: &[JsonType]) -> String {
    let word = |kind: &JsonType| match kind {
        JsonType::Object => td_string!(l, problems.type_object),
        JsonType::List => td_string!(l, problems.type_list),
        JsonType::Text => td_string!(l, problems.type_text),
        JsonType::Boolean => td_string!(l, problems.type_boolean),
        JsonType::WholeNumber => td_string!(l, problems.type_whole_number),
        JsonType::Number => td_string!(l, problems.type_number),
        // JSON's own word.
        JsonType::Null => "null",
        JsonType::Other => td_string!(l, problems.type_unknown),
    };
    let mut words = expected.iter().map(word);
    let first = words
        .next()
        .unwrap_or(td_string!(l, problems.type_unknown))
        .to_string();
    words.fold(first, |so_far, next| {
        td_string!(l, problems.either, first = so_far, second = next).to_string()
    })
}

/// What was written instead: "the number 42", "a list". JSON's literals stay as they are.
fn found_words(l: Locale, found: &Found) -> String {
    match found {
        Found::Null => "null".into(),
        Found::Bool(b) => b.to_string(),
        Found::Number(number) => td_string!(l, problems.found_number, number = number).to_string(),
        Found::Text(text, false) => td_string!(l, problems.found_text, text = text).to_string(),
        Found::Text(text, true) => td_string!(l, problems.found_text_cut, text = text).to_string(),
        Found::List => td_string!(l, problems.found_list).into(),
        Found::Object => td_string!(l, problems.found_object).into(),
    }
}
