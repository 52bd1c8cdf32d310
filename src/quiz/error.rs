//! Problems found in a quiz file, each saying where and what to do.

use std::fmt;

/// A field path as the editor's cards are labelled, counting from 1:
/// `passages[0].statements[1].answer` → "passage 1, statement 2, answer". Every path in `text`
/// is rewritten, so a message that names another place ("first at passages[0]…") reads the same.
pub fn on_cards(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        match path_at(rest) {
            Some((segments, used)) => {
                out.push_str(&segments.join(", "));
                rest = &rest[used..];
            }
            None => {
                let next = rest.chars().next().map_or(1, char::len_utf8);
                out.push_str(&rest[..next]);
                rest = &rest[next..];
            }
        }
    }
    out
}

/// The path that `text` starts with, as card words, and its length: at least one `name[n]`
/// segment, so plain words are left alone.
fn path_at(text: &str) -> Option<(Vec<String>, usize)> {
    let mut segments = Vec::new();
    let mut at = 0;
    let mut indexed = false;
    loop {
        let name_len = text[at..]
            .find(|c: char| !(c.is_ascii_lowercase() || c == '_'))
            .unwrap_or(text.len() - at);
        if name_len == 0 {
            break;
        }
        let name = &text[at..at + name_len];
        let mut end = at + name_len;
        let index = text[end..].strip_prefix('[').and_then(|after| {
            let close = after.find(']')?;
            let n = after[..close].parse::<usize>().ok()?;
            Some((n, close + 2))
        });
        match index {
            Some((n, len)) => {
                let singular = match name {
                    "passages" => "passage",
                    "statements" => "statement",
                    "categories" => "category",
                    "cues" => "cue",
                    other => other,
                };
                segments.push(format!("{} {}", singular.replace('_', " "), n + 1));
                end += len;
                indexed = true;
            }
            None => segments.push(name.replace('_', " ")),
        }
        at = end;
        // Another segment follows a dot and a letter.
        match text[at..].strip_prefix('.') {
            Some(after) if after.starts_with(|c: char| c.is_ascii_lowercase()) => at += 1,
            _ => break,
        }
    }
    // A path begins at a word's start and holds an index.
    (indexed && at > 0).then_some((segments, at))
}

/// Most categories a quiz may have: a student answers with the keys 1 to 9.
pub const MAX_CATEGORIES: usize = 9;

/// Longest id of a quiz, statement or category.
pub const MAX_ID_CHARS: usize = 100;

/// Largest quiz file accepted, checked before parsing.
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;

/// One problem in a quiz file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizError {
    /// Field path such as `passages[3].statements[1].answer`; empty for the whole file.
    pub path: String,
    /// Line and column (1-based) for syntax errors.
    pub position: Option<(usize, usize)>,
    pub kind: ErrorKind,
}

impl QuizError {
    pub fn at(path: impl Into<String>, kind: ErrorKind) -> Self {
        QuizError {
            path: path.into(),
            position: None,
            kind,
        }
    }

    pub fn whole_file(kind: ErrorKind) -> Self {
        QuizError::at("", kind)
    }
}

impl QuizError {
    /// What is wrong without the field path: "line 3, column 5: …" or the message alone. Lists
    /// that show the path apart use this.
    pub fn detail(&self) -> String {
        match self.position {
            Some((line, column)) => format!("line {line}, column {column}: {}", self.kind),
            None => self.kind.to_string(),
        }
    }
}

impl fmt::Display for QuizError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        write!(f, "{}", self.detail())
    }
}

/// What is wrong. Messages are written for a teacher, not a programmer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ErrorKind {
    #[error("the file is empty")]
    Empty,
    /// Too large a file (the one message, shared with the students' side).
    #[error(transparent)]
    Open(#[from] OpenError),
    #[error("the file is not UTF-8 text (save it as UTF-8)")]
    NotUtf8,
    #[error("this is not valid JSON: {0}")]
    Syntax(String),
    #[error("{0}")]
    Structure(String),
    #[error(
        "this quiz needs a newer version of the app (it is format {found}; this app reads up to {supported})"
    )]
    NewerFormat { found: u32, supported: u32 },
    #[error("format_version must be 1 or more")]
    BadFormat,
    #[error("{field} is empty")]
    EmptyText { field: &'static str },
    #[error("the id `{0}` may only use letters, digits, `-` and `_`")]
    BadId(String),
    #[error("the id is {0} characters long; keep it to {MAX_ID_CHARS} or fewer")]
    IdTooLong(usize),
    #[error("the quiz has no passages")]
    NoPassages,
    #[error("this passage has no statements")]
    NoStatements,
    #[error("a quiz needs at least two categories")]
    TooFewCategories,
    #[error("a quiz has at most {MAX_CATEGORIES} categories (a student answers with the keys 1 to {MAX_CATEGORIES}); this one has {0}")]
    TooManyCategories(usize),
    #[error("{} contains the invisible character U+{:04X} ({}), which makes the text look different from what the file says: remove it", .field, *.found as u32, character_name(*.found))]
    HiddenCharacter { field: &'static str, found: char },
    #[error("the id `{id}` is used twice (first at {first})")]
    DuplicateId { id: String, first: String },
    #[error("no answer is given")]
    NoAnswer,
    #[error("`{found}` is not a category of this quiz{} (the categories are {})", suggest(.suggestion), .known.join(", "))]
    UnknownCategory {
        found: String,
        /// Filled in by the teachers' diagnostics.
        suggestion: Option<String>,
        known: Vec<String>,
    },
    #[error("these words are not in their passage exactly as written{}", closest_hint(.closest))]
    NotInPassage {
        passage: usize,
        /// Index in the passage's `statements`.
        statement: usize,
        /// Filled in by the teachers' diagnostics.
        closest: Option<String>,
    },
    #[error("these words appear {count} times in the passage; add \"occurrence\" (1 to {count}) to say which one")]
    Ambiguous { count: usize },
    #[error("occurrence {occurrence} asked for, but the words appear only {count} time(s) in the passage")]
    NoSuchOccurrence { occurrence: u32, count: usize },
    #[error("counting starts at 1: write \"occurrence\": 1 for the first time the words appear in the passage")]
    OccurrenceZero,
    #[error(
        "this statement overlaps statement `{other}`; statements in a passage must not share words"
    )]
    Overlap { other: String },
    #[error("the cue `{0}` is not inside the statement")]
    CueNotInStatement(String),
    #[error("the pass mark is {0}; use a whole number from 0 to 100")]
    BadPassMark(u8),
    #[error("the link `{0}` must start with https:// or http://")]
    BadLink(String),
}

/// Why a quiz could not be had at all (before anything in it is read): the link, the file or
/// the device said no. Students see these, so they are kept apart from the problems inside a
/// file, which the teachers' diagnostics explain.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpenError {
    #[error("the file is {}; the largest quiz accepted is {}", over(*.size, *.limit), megabytes(*.limit))]
    TooLarge { size: usize, limit: usize },
    #[error("the browser could not read this file")]
    Unreadable,
    #[error("this quiz link is broken: {0}")]
    BadShareLink(LinkFault),
    #[error(
        "this browser cannot pack or unpack quiz links; update it, or use the quiz file instead"
    )]
    CannotCompress,
    #[error("quiz links must start with https:// (or point to this site): `{0}`")]
    LinkNotHttps(String),
    #[error("the quiz at {url} could not be fetched: the address may be wrong, you may be offline, or that site does not let other sites read its files (CORS)")]
    LinkUnreachable { url: String },
    #[error("the quiz at {url} could not be fetched: the server answered {status} {status_text}")]
    LinkStatus {
        url: String,
        status: u16,
        status_text: String,
    },
    #[error("“{0}” is no longer stored on this device; open its file again to carry on where you left off")]
    NoLongerStored(String),
}

/// What is wrong with a quiz link (`#quiz=…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkFault {
    NoQuiz,
    TooLong,
    CutOff,
}

impl std::fmt::Display for LinkFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            LinkFault::NoQuiz => "it does not hold a quiz",
            LinkFault::TooLong => "it is longer than a quiz link can be",
            LinkFault::CutOff => "part of it is missing or changed (was it cut off when copied?)",
        })
    }
}

impl OpenError {
    /// A file or download of `size` bytes is over the limit.
    pub fn too_large(size: usize) -> OpenError {
        OpenError::TooLarge {
            size,
            limit: MAX_FILE_BYTES,
        }
    }
}

/// What a character that must not be in a text is, in words.
fn character_name(c: char) -> &'static str {
    match c {
        '\u{202A}' => "left-to-right embedding",
        '\u{202B}' => "right-to-left embedding",
        '\u{202C}' => "end of a direction embedding",
        '\u{202D}' => "left-to-right override",
        '\u{202E}' => "right-to-left override",
        '\u{2066}'..='\u{2069}' => "a direction isolate",
        _ => "a control character",
    }
}

/// Whether a text must not contain `c`: control characters (other than tab and line breaks) and
/// the characters that reorder text on screen, so that it reads differently from the file.
pub fn is_hidden_character(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The first character of `text` that [`is_hidden_character`] refuses. Looks at bytes and
/// decodes only where such a character could begin: a 5 MB quiz is checked on every opening.
pub fn first_hidden_character(text: &str) -> Option<char> {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        // Controls are below 0x20, 0x7F, or 0xC2 0x80–0x9F; the direction marks start with 0xE2.
        if byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 {
            let c = text[at..].chars().next()?;
            if is_hidden_character(c) {
                return Some(c);
            }
            at += c.len_utf8();
        } else {
            at += 1;
        }
    }
    None
}

/// A size for people: "8 MB", "9.1 MB" (of 1024 × 1024 bytes).
pub fn megabytes(bytes: usize) -> String {
    let tenths = bytes * 10 / (1024 * 1024);
    if tenths % 10 == 0 {
        format!("{} MB", tenths / 10)
    } else {
        format!("{}.{} MB", tenths / 10, tenths % 10)
    }
}

/// The size of a file that is over the limit, never shown as equal to it.
pub fn over(size: usize, limit: usize) -> String {
    let shown = megabytes(size);
    if shown == megabytes(limit) {
        format!("just over {shown}")
    } else {
        shown
    }
}

fn suggest(suggestion: &Option<String>) -> String {
    suggestion
        .as_ref()
        .map(|s| format!("; did you mean `{s}`?"))
        .unwrap_or_default()
}

fn closest_hint(closest: &Option<String>) -> String {
    closest
        .as_ref()
        .map(|s| format!("; the closest text there is: “{s}”"))
        .unwrap_or_default()
}

/// A message ("the link is broken") as a sentence: "The link is broken.". The app's messages
/// start with an ASCII letter.
pub fn sentence(message: &str) -> String {
    let mut text = String::with_capacity(message.len() + 1);
    let mut chars = message.chars();
    if let Some(first) = chars.next() {
        text.push(first.to_ascii_uppercase());
        text.extend(chars);
    }
    text.push('.');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_hidden_characters_among_any_others() {
        assert_eq!(
            first_hidden_character("“Quoted” – fine, 北京, tab\tand\nline"),
            None
        );
        assert_eq!(first_hidden_character("a\u{202E}b"), Some('\u{202E}'));
        assert_eq!(first_hidden_character("x\u{2067}"), Some('\u{2067}'));
        assert_eq!(first_hidden_character("é\u{0085}"), Some('\u{0085}'));
        assert_eq!(first_hidden_character("nul\u{0}"), Some('\u{0}'));
        assert_eq!(first_hidden_character("del\u{7F}"), Some('\u{7F}'));
        // Every character agrees with the character-by-character rule.
        for c in (0..0x3000).filter_map(char::from_u32) {
            let text = format!("a{c}b");
            assert_eq!(
                first_hidden_character(&text).is_some(),
                is_hidden_character(c),
                "U+{:04X}",
                c as u32
            );
        }
    }
}
