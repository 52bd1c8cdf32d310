//! Quiz logic: the file format, opening and checking a quiz, attempts, scoring and saved
//! progress. No web imports: everything here is tested natively with `cargo test`.
//!
//! Students' code uses [`load`] (the quick route: parse, then validate) and never [`diagnose`],
//! [`shape`], [`suggest`], [`authoring`], [`class`], [`export`] or [`scorm`], which only the
//! teachers' module links.

pub mod authoring;
pub mod class;
pub mod diagnose;
pub mod error;
pub mod export;
pub mod handin;
pub mod language;
pub mod library;
pub mod load;
pub mod loaded;
pub mod model;
pub mod progress;
pub mod report;
pub mod schema;
pub mod score;
pub mod scorm;
pub mod session;
pub mod shape;
pub mod share;
pub mod suggest;
pub mod validate;

use std::sync::OnceLock;

pub use error::{ErrorKind, OpenError, QuizError};
pub use load::NotAQuiz;
pub use loaded::{LoadedQuiz, PlacedStatement, Segment};
pub use model::{Category, Passage, Quiz, Statement};
pub use score::{score, Results};
pub use session::{Answered, Mode, Session};

/// The quiz that ships with the app, compiled in.
pub const BUNDLED_QUIZ: &str = include_str!("../../quizzes/north-korea-russia-soldiers.json");

/// The bundled quiz, loaded (once; later calls get a copy). It is checked by the test suite, so
/// an error here is a build bug.
pub fn bundled() -> Result<LoadedQuiz, NotAQuiz> {
    bundled_ref().clone()
}

/// [`bundled`] without the copy, for reading a field of it.
pub fn bundled_ref() -> &'static Result<LoadedQuiz, NotAQuiz> {
    static LOADED: OnceLock<Result<LoadedQuiz, NotAQuiz>> = OnceLock::new();
    LOADED.get_or_init(|| load::load(BUNDLED_QUIZ.as_bytes()))
}
