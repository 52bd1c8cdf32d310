//! Quiz logic: the file format, parsing, validation, attempts, scoring and saved progress.
//! No web imports: everything here is tested natively with `cargo test`.

pub mod authoring;
pub mod error;
pub mod library;
pub mod model;
pub mod parse;
pub mod progress;
pub mod report;
pub mod schema;
pub mod score;
pub mod session;
pub mod shape;
pub mod share;
pub mod validate;

use std::sync::OnceLock;

pub use error::{ErrorKind, QuizError};
pub use model::{Category, Passage, Quiz, Statement};
pub use score::{score, Results};
pub use session::{Answered, Mode, Session};
pub use validate::{LoadedQuiz, Segment};

/// The quiz that ships with the app, compiled in.
pub const BUNDLED_QUIZ: &str = include_str!("../../quizzes/north-korea-russia-soldiers.json");

/// The bundled quiz, loaded (once; later calls get a copy). It is checked by the test suite, so
/// an error here is a build bug; the app still shows the error list rather than panicking.
pub fn bundled() -> Result<LoadedQuiz, Vec<QuizError>> {
    bundled_ref().clone()
}

/// [`bundled`] without the copy, for reading a field of it.
pub fn bundled_ref() -> &'static Result<LoadedQuiz, Vec<QuizError>> {
    static LOADED: OnceLock<Result<LoadedQuiz, Vec<QuizError>>> = OnceLock::new();
    LOADED.get_or_init(|| LoadedQuiz::from_bytes(BUNDLED_QUIZ.as_bytes()))
}
