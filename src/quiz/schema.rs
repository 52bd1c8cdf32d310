//! The JSON Schemas of the quiz format and of the results file, generated from the Rust types.

use super::handin::HandIn;
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

/// Where the committed results schema lives, relative to the crate root.
pub const RESULTS_SCHEMA_PATH: &str = "results/results.schema.json";

/// The results file's schema as pretty JSON text with a trailing newline, exactly as committed.
pub fn results_schema_json() -> String {
    let mut schema = schemars::schema_for!(HandIn);
    schema.insert(
        "title".into(),
        "Fact, claim or opinion? results file, format version 1".into(),
    );
    schema.insert(
        "$id".into(),
        "https://fact-claim-opinion.example/results.schema.json".into(),
    );
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
