//! Problems found in a quiz file, each saying where and what to do: the facts here, the words in
//! the teachers' module (`teacher::problems`), in the interface language.

/// A field path as the editor's cards are labelled, counting from 1:
/// `passages[0].statements[1].answer` → "passage 1, statement 2, answer". Every path in `text`
/// is rewritten, so a message that names another place ("first at passages[0]…") reads the same.
/// `name` words one segment: a field's name, with its index counted from 1 when it has one;
/// `separator` goes between segments.
pub fn on_cards(
    text: &str,
    separator: &str,
    name: impl Fn(&str, Option<usize>) -> String,
) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        match path_at(rest, &name) {
            Some((segments, used)) => {
                out.push_str(&segments.join(separator));
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
fn path_at(
    text: &str,
    name_of: impl Fn(&str, Option<usize>) -> String,
) -> Option<(Vec<String>, usize)> {
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
                segments.push(name_of(name, Some(n + 1)));
                end += len;
                indexed = true;
            }
            None => segments.push(name_of(name, None)),
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

/// What is wrong: the facts of it, which the teachers' module words in the interface language
/// (`teacher::problems`). A teacher wrote the names and texts carried here; they stay as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    Empty,
    /// Too large a file (the one message, shared with the students' side).
    Open(OpenError),
    NotUtf8,
    /// The text is not JSON.
    Syntax(Syntax),
    /// JSON, but not an object.
    NotAnObject,
    /// A student's results file where a quiz goes.
    ResultsNotQuiz,
    /// The same field twice in one object.
    DuplicateField(String),
    /// A field's shape does not fit the quiz format.
    Shape(Shape),
    /// The app's own schema does not parse (a fault of the app, not the file).
    SchemaDamaged,
    /// serde refused what the schema let through: no more is known than the place.
    Unreadable,
    NewerFormat {
        found: u32,
        supported: u32,
    },
    BadFormat,
    EmptyText {
        field: Field,
    },
    BadId(String),
    IdTooLong(usize),
    NoPassages,
    NoStatements,
    TooFewCategories,
    TooManyCategories(usize),
    HiddenCharacter {
        found: char,
    },
    DuplicateId {
        id: String,
        first: String,
    },
    NoAnswer,
    UnknownCategory {
        found: String,
        /// Filled in by the teachers' diagnostics.
        suggestion: Option<String>,
        known: Vec<String>,
    },
    NotInPassage {
        passage: usize,
        /// Index in the passage's `statements`.
        statement: usize,
        /// Filled in by the teachers' diagnostics.
        closest: Option<String>,
    },
    Ambiguous {
        count: usize,
    },
    NoSuchOccurrence {
        occurrence: u32,
        count: usize,
    },
    OccurrenceZero,
    Overlap {
        other: String,
    },
    CueNotInStatement(String),
    BadPassMark(u8),
    BadLink(String),
}

impl From<OpenError> for ErrorKind {
    fn from(error: OpenError) -> Self {
        ErrorKind::Open(error)
    }
}

/// A text that must not be empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    PassageText,
    StatementText,
    Explanation,
    Id,
    CategoryName,
}

/// Why the text is not JSON, seen from what the teacher probably wrote there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// `//` or `/*`.
    Comment,
    /// `'text'`.
    SingleQuotes,
    /// A line ends inside a text in quotes.
    UnclosedText,
    /// A `\u` escape cut short, or half of a surrogate pair.
    BrokenEscape,
    /// The file ends inside a list, an object, a text, or before a value.
    EndsInList,
    EndsInObject,
    EndsInText,
    EndsEarly,
    ExpectedColon,
    ExpectedCommaOrBracket,
    ExpectedCommaOrBrace,
    ExpectedValue,
    /// A name in an object that is not in double quotes.
    NameNotInQuotes,
    InvalidEscape,
    InvalidNumber,
    NumberOutOfRange,
    ControlCharacter,
    TrailingComma,
    /// More after the quiz's closing `}`.
    TrailingCharacters,
    TooDeep,
    /// Anything else the parser found wrong.
    Other,
}

/// How a field does not fit the quiz format (the committed JSON Schema).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    Missing,
    UnknownField {
        name: String,
        suggestion: Option<String>,
        /// The fields allowed here, when there is no close one.
        known: Vec<String>,
    },
    WrongType {
        expected: Vec<JsonType>,
        found: Found,
    },
    /// `1.0` where a whole number goes.
    WholeNumber(String),
    /// Not one of a list of constants (`"mode": "exam"`), JSON-written.
    NotAnOption {
        found: Found,
        suggestion: Option<String>,
        allowed: Vec<String>,
    },
    /// Not one of an `enum`'s values: the value as written in JSON.
    NotAllowed {
        value: String,
        suggestion: Option<String>,
        allowed: Vec<String>,
    },
    NotConstant {
        expected: String,
        found: Found,
    },
    TooFewItems {
        min: u64,
    },
    TooManyItems {
        count: usize,
        max: u64,
    },
    OutOfRange {
        number: String,
        min: Option<String>,
        max: Option<String>,
    },
}

/// A kind of JSON value, as the format asks for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonType {
    Object,
    List,
    Text,
    Boolean,
    WholeNumber,
    Number,
    Null,
    Other,
}

/// What was written instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    Null,
    Bool(bool),
    Number(String),
    /// At most 40 characters of it, and whether there was more.
    Text(String, bool),
    List,
    Object,
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
