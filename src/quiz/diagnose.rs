//! The teachers' diagnostics: why a file is not a good quiz, with every problem, where it is
//! (field path, line and column) and what to write instead. Students never run this: the quick
//! route ([`super::load`]) only tells whether a file opens, and the teachers' module (loaded on
//! demand) explains the files that do not.

use serde_json::Value;

use super::error::{ErrorKind, OpenError, QuizError, Syntax, MAX_FILE_BYTES};
use super::load::without_bom;
use super::loaded::LoadedQuiz;
use super::model::{default_categories, Quiz};
use super::shape::{check_shape, mended};
use super::suggest::{closest_name, closest_text};
use super::validate::{check as check_content, newer_format};

/// Every problem in a quiz file; empty when it opens.
pub fn diagnose(bytes: &[u8]) -> Vec<QuizError> {
    read_quiz(bytes).err().unwrap_or_default()
}

/// Reads and checks a quiz file the thorough way: the quiz, or every problem in it.
pub fn read_quiz(bytes: &[u8]) -> Result<LoadedQuiz, Vec<QuizError>> {
    match read_bytes(bytes) {
        Ok(quiz) => check(quiz),
        Err(Unread { mut problems, quiz }) => {
            // Where the file still reads as a quiz once its shape is mended, the problems in its
            // content are listed too, so that one pass fixes everything; except those that only
            // come from the mending (the empty text put where a field was missing, say).
            if let Some(Err(content)) = quiz.map(|quiz| check(*quiz)) {
                let mended: Vec<String> = problems.iter().map(|p| p.path.clone()).collect();
                problems.extend(
                    content
                        .into_iter()
                        .filter(|c| !mended.iter().any(|m| depends_on(&c.path, m))),
                );
            }
            Err(problems)
        }
    }
}

/// Why a file could not be read as a quiz; `quiz` when it still reads as one, though its shape
/// breaks a rule of the schema.
#[derive(Debug)]
struct Unread {
    problems: Vec<QuizError>,
    quiz: Option<Box<Quiz>>,
}

impl From<Vec<QuizError>> for Unread {
    fn from(problems: Vec<QuizError>) -> Unread {
        Unread {
            problems,
            quiz: None,
        }
    }
}

/// Whether a content problem at `content` may come from mending the value at `mended`.
fn depends_on(content: &str, mended: &str) -> bool {
    let within = |path: &str, outer: &str| {
        path.strip_prefix(outer)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
    };
    // What is said of the object holding the field ("this passage has no statements" where
    // `statements` was misspelt).
    let holder = mended.rfind(['.', '[']).map(|at| &mended[..at]);
    // A passage's statements are found in its text: where the text was mended, where they are
    // (not in the passage, which time, cue words) cannot be checked; the rest of them can.
    let found_in_mended_text = mended
        .strip_suffix(".text")
        .filter(|passage| passage.starts_with("passages[") && !passage.contains('.'))
        .is_some_and(|passage| {
            content == format!("{passage}.text")
                || content
                    .strip_prefix(&format!("{passage}.statements["))
                    .and_then(|rest| rest.split_once("]."))
                    .is_some_and(|(_, field)| {
                        field == "text" || field == "occurrence" || field.starts_with("cues")
                    })
        });
    // Answers are checked against the categories' ids.
    let category_ids = mended == "categories"
        || (mended.starts_with("categories[")
            && (mended.ends_with(".id") || !mended.contains('.')));
    let an_answer = content.ends_with(".answer") || content.contains(".answer[");
    within(content, mended)
        || holder.is_some_and(|holder| content == holder)
        || found_in_mended_text
        || (category_ids && an_answer)
}

/// Checks a quiz (the editor's draft, or a file read by [`read_quiz`]), with a hint for every
/// problem that has one.
pub fn check(quiz: Quiz) -> Result<LoadedQuiz, Vec<QuizError>> {
    match check_content(&quiz) {
        Ok(placement) => Ok(LoadedQuiz::new(quiz, placement)),
        Err(mut errors) => {
            add_hints(&quiz, &mut errors);
            Err(errors)
        }
    }
}

/// Suggestions cost time; a file with very many problems gets them for the first few.
const HINTED: usize = 50;

/// "Did you mean `fact`?" for a mistyped category, the closest words of the passage for a
/// statement that is not in it.
fn add_hints(quiz: &Quiz, errors: &mut [QuizError]) {
    let categories = quiz.categories.clone().unwrap_or_else(default_categories);
    for error in errors.iter_mut().take(HINTED) {
        match &mut error.kind {
            ErrorKind::UnknownCategory {
                found, suggestion, ..
            } => {
                // By id or by name: "fakt" and "Sourced fact" both mean `fact`.
                let names = categories
                    .iter()
                    .flat_map(|c| [c.id.as_str(), c.name.as_str()]);
                *suggestion = closest_name(found, names).and_then(|name| {
                    categories
                        .iter()
                        .find(|c| c.id == name || c.name == name)
                        .map(|c| c.id.clone())
                });
            }
            ErrorKind::NotInPassage {
                passage,
                statement,
                closest,
            } => {
                let passage = &quiz.passages[*passage];
                *closest = closest_text(&passage.text, &passage.statements[*statement].text);
            }
            _ => {}
        }
    }
}

/// Reads a quiz file. Checks the size before anything else, accepts a UTF-8 byte order mark.
/// Reports every problem of shape (missing, unknown or mistyped fields), not only the first.
fn read_bytes(bytes: &[u8]) -> Result<Quiz, Unread> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(vec![QuizError::whole_file(
            OpenError::too_large(bytes.len()).into(),
        )]
        .into());
    }
    let bytes = without_bom(bytes);
    let text = std::str::from_utf8(bytes).map_err(|err| {
        let (line, column) = line_column(&bytes[..err.valid_up_to()]);
        Unread::from(vec![QuizError {
            path: String::new(),
            position: Some((line, column)),
            kind: ErrorKind::NotUtf8,
        }])
    })?;
    read_text(text)
}

/// Reads quiz JSON text (of a size [`read_bytes`] has checked).
fn read_text(text: &str) -> Result<Quiz, Unread> {
    if text.trim().is_empty() {
        return Err(vec![QuizError::whole_file(ErrorKind::Empty)].into());
    }
    // serde_json refuses nesting deeper than 128 levels, so hostile input cannot overflow the stack.
    let value: Value = serde_json::from_str(text).map_err(|err| {
        let message = strip_position(&err.to_string());
        Unread::from(vec![in_teachers_terms(
            from_serde(String::new(), &err),
            &message,
            text,
        )])
    })?;
    if !value.is_object() {
        return Err(vec![QuizError::whole_file(ErrorKind::NotAnObject)].into());
    }
    // A student's results, opened where a quiz goes: said plainly, not as a list of fields.
    if value.get("passages").is_none() && value.get("quiz_id").is_some() {
        return Err(vec![QuizError::whole_file(ErrorKind::ResultsNotQuiz)].into());
    }
    // A file from a newer app is reported as such, not as a list of unknown fields.
    if let Some(newer) = value
        .get("format_version")
        .and_then(Value::as_u64)
        .and_then(newer_format)
    {
        return Err(vec![newer].into());
    }
    let problems = check_shape(&value);
    if !problems.is_empty() {
        let quiz = mended(&value).and_then(|quiz| serde_json::from_value(quiz).ok());
        return Err(Unread { problems, quiz });
    }
    // The shape is right. The text is now read exactly as the students' route reads it
    // (`load::parse`), so the two never disagree: what that refuses and the schema cannot see (an
    // object that gives a field twice) is reported here, with its path, line and column.
    let mut reader = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut reader).map_err(|err| {
        let path = err.path().to_string();
        vec![from_serde(path, err.inner())].into()
    })
}

/// A syntax error said the way a teacher can act on: what the JSON parser found, seen from what
/// the teacher probably wrote there.
fn in_teachers_terms(mut error: QuizError, message: &str, text: &str) -> QuizError {
    let Some((line, column)) = error.position else {
        return error;
    };
    let line_text = text.lines().nth(line.saturating_sub(1)).unwrap_or_default();
    let here: String = line_text.chars().skip(column.saturating_sub(1)).collect();
    let here = here.trim_start();
    let hint = if here.starts_with("//") || here.starts_with("/*") {
        Some(Syntax::Comment)
    } else if here.starts_with('\'') {
        Some(Syntax::SingleQuotes)
    } else if message.contains("control character") && column == 0 && line > 1 {
        // serde_json reports the line break inside the string, at the start of the next line.
        let previous = text.lines().nth(line - 2).unwrap_or_default();
        error.position = Some((line - 1, previous.chars().count() + 1));
        Some(Syntax::UnclosedText)
    } else if message.contains("hex escape") || message.contains("surrogate") {
        Some(Syntax::BrokenEscape)
    } else {
        None
    };
    if let (Some(hint), ErrorKind::Syntax(_)) = (hint, &error.kind) {
        error.kind = ErrorKind::Syntax(hint);
    }
    error
}

/// serde_json's finding (its message, without the position) as one the teachers' module words.
fn syntax_of(message: &str) -> Syntax {
    match message {
        "EOF while parsing a list" => Syntax::EndsInList,
        "EOF while parsing an object" => Syntax::EndsInObject,
        "EOF while parsing a string" => Syntax::EndsInText,
        "EOF while parsing a value" => Syntax::EndsEarly,
        "expected `:`" => Syntax::ExpectedColon,
        "expected `,` or `]`" => Syntax::ExpectedCommaOrBracket,
        "expected `,` or `}`" => Syntax::ExpectedCommaOrBrace,
        "expected ident" | "expected value" => Syntax::ExpectedValue,
        "key must be a string" | "expected `\"`" => Syntax::NameNotInQuotes,
        "invalid escape" => Syntax::InvalidEscape,
        "invalid number" => Syntax::InvalidNumber,
        "number out of range" => Syntax::NumberOutOfRange,
        "trailing comma" => Syntax::TrailingComma,
        "trailing characters" => Syntax::TrailingCharacters,
        "recursion limit exceeded" => Syntax::TooDeep,
        _ if message.starts_with("control character") => Syntax::ControlCharacter,
        _ if message.contains("hex escape") || message.contains("surrogate") => {
            Syntax::BrokenEscape
        }
        _ => Syntax::Other,
    }
}

fn from_serde(path: String, err: &serde_json::Error) -> QuizError {
    use serde_json::error::Category;
    let position = (err.line() > 0).then(|| (err.line(), err.column()));
    let message = strip_position(&err.to_string());
    if let Some(field) = message
        .strip_prefix("duplicate field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        // serde's path ends at the object; point at the field.
        let path = if path.is_empty() || path == "." {
            field.to_string()
        } else {
            format!("{path}.{field}")
        };
        return QuizError {
            path,
            position,
            kind: ErrorKind::DuplicateField(field.to_string()),
        };
    }
    let kind = match err.classify() {
        Category::Data => ErrorKind::Unreadable,
        Category::Syntax | Category::Eof | Category::Io => ErrorKind::Syntax(syntax_of(&message)),
    };
    QuizError {
        path,
        position,
        kind,
    }
}

/// serde_json appends " at line L column C"; we report the position separately.
pub(super) fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}

fn line_column(before: &[u8]) -> (usize, usize) {
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::error::{Found, JsonType, Shape};

    fn kind(result: Result<Quiz, Unread>) -> ErrorKind {
        first(result).kind
    }

    fn first(result: Result<Quiz, Unread>) -> QuizError {
        match result {
            Ok(_) => panic!("expected an error"),
            Err(unread) => unread
                .problems
                .into_iter()
                .next()
                .expect("at least one error"),
        }
    }

    #[test]
    fn rejects_empty_file() {
        assert_eq!(kind(read_bytes(b"  \n")), ErrorKind::Empty);
    }

    #[test]
    fn rejects_file_over_the_limit_before_parsing() {
        let big = vec![b'x'; MAX_FILE_BYTES + 1];
        assert!(matches!(
            kind(read_bytes(&big)),
            ErrorKind::Open(OpenError::TooLarge { .. })
        ));
    }

    #[test]
    fn reports_where_the_bytes_stop_being_utf8() {
        let err = first(read_bytes(b"{\n  \"id\": \"\xff\"}"));
        assert_eq!(err.kind, ErrorKind::NotUtf8);
        assert_eq!(err.position, Some((2, 10)));
    }

    #[test]
    fn reports_syntax_errors_with_line_and_column() {
        let err = first(read_bytes(b"{\n  \"id\": \"x\",\n}"));
        assert_eq!(
            err.kind,
            ErrorKind::Syntax(Syntax::TrailingComma),
            "{err:?}"
        );
        assert_eq!(err.position, Some((3, 1)));
    }

    #[test]
    fn reports_the_path_of_a_wrong_type() {
        let text = r#"{"format_version":1,"id":"q","title":"T","passages":[{"text":"A b.","statements":[{"id":"s","text":"A b.","answer":3,"explanation":"x"}]}]}"#;
        let err = first(read_text(text));
        assert_eq!(err.path, "passages[0].statements[0].answer");
    }

    #[test]
    fn says_a_newer_format_needs_a_newer_app() {
        let text = r#"{"format_version":7,"id":"q","something_new":true}"#;
        assert_eq!(
            kind(read_text(text)),
            ErrorKind::NewerFormat {
                found: 7,
                supported: 1
            }
        );
    }

    #[test]
    fn reports_every_shape_problem_with_suggestions() {
        let text = r#"{"format_version":1,"id":"q","title":7,"passagse":[]}"#;
        let Err(Unread {
            problems: errors, ..
        }) = read_text(text)
        else {
            panic!("broken");
        };
        let problems: Vec<(&str, &ErrorKind)> =
            errors.iter().map(|e| (e.path.as_str(), &e.kind)).collect();
        assert_eq!(
            problems,
            [
                ("passages", &ErrorKind::Shape(Shape::Missing)),
                (
                    "title",
                    &ErrorKind::Shape(Shape::WrongType {
                        expected: vec![JsonType::Text],
                        found: Found::Number("7".into())
                    })
                ),
                (
                    "passagse",
                    &ErrorKind::Shape(Shape::UnknownField {
                        name: "passagse".into(),
                        suggestion: Some("passages".into()),
                        known: Vec::new()
                    })
                ),
            ]
        );
    }

    #[test]
    fn a_field_given_twice_is_a_problem_on_both_routes() {
        let text = r#"{"format_version":1,"id":"q","title":"T","passages":[{"text":"A b.","statements":[
            {"id":"s","text":"A b.","answer":"claim","answer":"fact","explanation":"x"}]}]}"#;
        assert!(crate::quiz::load::parse(text.as_bytes()).is_err());
        let err = first(read_text(text));
        assert_eq!(err.path, "passages[0].statements[0].answer");
        assert_eq!(err.position.map(|(line, _)| line), Some(2));
        assert_eq!(err.kind, ErrorKind::DuplicateField("answer".into()));
    }

    #[test]
    fn survives_deep_nesting() {
        let deep = "[".repeat(100_000);
        assert!(read_text(&deep).is_err());
    }

    #[test]
    fn accepts_a_byte_order_mark_and_a_single_answer_string() {
        let text = "\u{feff}{\"format_version\":1,\"id\":\"q\",\"title\":\"T\",\"passages\":[{\"text\":\"A b.\",\"statements\":[{\"id\":\"s\",\"text\":\"A b.\",\"answer\":\"claim\",\"explanation\":\"x\"}]}]}";
        let quiz = read_bytes(text.as_bytes()).expect("valid quiz");
        assert_eq!(quiz.passages[0].statements[0].answer, vec!["claim"]);
    }
}
