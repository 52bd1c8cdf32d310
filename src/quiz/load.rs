//! Opening a quiz: the one route from a file's bytes to a [`LoadedQuiz`], in two steps so the
//! UI can let the page breathe between them: [`parse`], then [`validate`].
//!
//! This route is what every student runs, so it is quick and small: it only tells whether the
//! file is a good quiz. Why a file is not, with every problem and how to fix it, is worked out
//! by [`super::diagnose`], which only the teachers' tools load.

use super::error::MAX_FILE_BYTES;
use super::loaded::LoadedQuiz;
use super::model::Quiz;
pub use super::validate::validate;

/// The file is not a quiz this app can read as it is; [`super::diagnose::diagnose`] says why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotAQuiz;

/// Step one: the bytes of a quiz file as a [`Quiz`]. Accepts a UTF-8 byte order mark.
pub fn parse(bytes: &[u8]) -> Result<Quiz, NotAQuiz> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(NotAQuiz);
    }
    let bytes = without_bom(bytes);
    // serde_json refuses nesting deeper than 128 levels, so hostile input cannot overflow the stack.
    serde_json::from_slice(bytes).map_err(|_| NotAQuiz)
}

/// The bytes after a UTF-8 byte order mark, which editors on Windows like to write.
pub fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// Both steps at once, where there is nothing to gain from a pause between them.
pub fn load(bytes: &[u8]) -> Result<LoadedQuiz, NotAQuiz> {
    validate(parse(bytes)?).map_err(|_| NotAQuiz)
}
