//! The JSON Schema of the quiz format, generated from the Rust types.

use super::model::Quiz;

/// Where the committed schema lives, relative to the crate root.
pub const SCHEMA_PATH: &str = "quizzes/quiz.schema.json";

/// The schema as pretty JSON text with a trailing newline, exactly as committed.
pub fn quiz_schema_json() -> String {
    let mut schema = schemars::schema_for!(Quiz);
    schema.insert(
        "title".into(),
        "Fact, claim or opinion? quiz, format version 1".into(),
    );
    schema.insert(
        "$id".into(),
        "https://fact-claim-opinion.example/quiz.schema.json".into(),
    );
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
