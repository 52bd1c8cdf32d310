//! Writing a quiz in the editor: splitting an article into passages and candidate statements,
//! editing statement boundaries, and turning the draft into the quiz format. No web imports.
//!
//! A [`Draft`] is the quiz format itself ([`Quiz`]) plus where each statement sits in its passage,
//! so the editor can work with positions while the file keeps quoting text.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::diagnose::check;
use super::error::QuizError;
use super::loaded::LoadedQuiz;
use super::model::{Passage, Quiz, Settings, Statement, FORMAT_VERSION};

/// Paragraphs of an article: split at blank lines, each trimmed, empty ones dropped.
pub fn split_passages(article: &str) -> Vec<String> {
    let normalised = article.replace("\r\n", "\n").replace('\r', "\n");
    let mut passages = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in normalised.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                passages.push(current.join("\n").trim().to_string());
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        passages.push(current.join("\n").trim().to_string());
    }
    passages
}

/// Words that end in a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "col", "lt", "sgt", "capt",
    "gov", "sen", "rep", "rev", "no", "nos", "vs", "etc", "e.g", "i.e", "approx", "inc", "ltd",
    "co", "corp", "dept", "est", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "a.m", "p.m", "cf", "al",
];

/// Byte ranges of the sentences of a passage, trimmed. Knows about abbreviations ("Mr.",
/// "U.S."), decimals and thousands ("3.5", "200,000"), closing quotes and brackets after the
/// full stop ("…said.” Then"), ellipses, and dashes (which never end a sentence).
pub fn split_sentences(passage: &str) -> Vec<Range<usize>> {
    let chars: Vec<(usize, char)> = passage.char_indices().collect();
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if matches!(c, '.' | '!' | '?' | '…') {
            // Take the whole run of terminal punctuation and closing quotes or brackets.
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?' | '…') {
                j += 1;
            }
            while j < chars.len() && matches!(chars[j].1, '"' | '\'' | '”' | '’' | '»' | ')' | ']')
            {
                j += 1;
            }
            let end = chars.get(j).map_or(passage.len(), |&(b, _)| b);
            let at_end = j >= chars.len();
            let followed_by_space = chars.get(j).is_some_and(|&(_, n)| n.is_whitespace());
            if (at_end || followed_by_space) && !(c == '.' && is_abbreviation(passage, at)) {
                let next_word_lower = chars[j..]
                    .iter()
                    .find(|(_, n)| !n.is_whitespace())
                    .is_some_and(|&(_, n)| n.is_lowercase());
                // A lower-case continuation is not a new sentence: `"Stop!" he said.`
                if !next_word_lower {
                    push_trimmed(passage, start..end, &mut sentences);
                    start = end;
                }
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    push_trimmed(passage, start..passage.len(), &mut sentences);
    sentences
}

fn is_abbreviation(passage: &str, dot: usize) -> bool {
    let before = &passage[..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘'))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = before[word_start..].to_lowercase();
    if word.is_empty() {
        return false;
    }
    // Single letters ("J. Smith") and known abbreviations.
    (word.chars().count() == 1 && word.chars().all(char::is_alphabetic))
        || ABBREVIATIONS.contains(&word.as_str())
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    out.extend(trim_range(text, range));
}

/// The range without the white space at its ends; `None` if that is all there is.
fn trim_range(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let slice = &text[range.clone()];
    let leading = slice.len() - slice.trim_start().len();
    let trailing = slice.len() - slice.trim_end().len();
    (leading + trailing < slice.len()).then(|| range.start + leading..range.end - trailing)
}

/// A statement with its place in the passage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftStatement {
    pub range: Range<usize>,
    pub statement: Statement,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftPassage {
    pub text: String,
    /// In the order they will be written to the file.
    pub statements: Vec<DraftStatement>,
}

impl DraftPassage {
    /// A statement (other than the one at `except`) that shares words with `range`.
    fn overlapping(&self, range: &Range<usize>, except: Option<usize>) -> Option<&DraftStatement> {
        self.statements
            .iter()
            .enumerate()
            .find(|(i, s)| {
                Some(*i) != except && s.range.start < range.end && range.start < s.range.end
            })
            .map(|(_, s)| s)
    }
}

/// A quiz being written: the quiz's metadata and settings, and passages with placed statements.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// The quiz with `passages` left empty; they live in `passages` below.
    pub meta: Quiz,
    pub passages: Vec<DraftPassage>,
}

/// Why an edit was refused (the teachers' pages say it in the interface language:
/// `teacher::editor::words::refused`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// No words are selected (or the selection is only white space).
    EmptySelection,
    /// The selection shares words with the statement of this id.
    Overlaps(String),
    /// The split point is not strictly inside the statement.
    BadSplitPoint,
    /// No statement follows this one in its passage.
    NothingToMerge,
}

impl Draft {
    /// A new draft from pasted article text: one passage per paragraph, no statements yet.
    pub fn from_article(article: &str) -> Draft {
        let passages = split_passages(article);
        // The first paragraph is the title only if it reads like a headline: one short line that
        // does not end like a sentence. Otherwise the teacher writes one.
        let title = passages
            .first()
            .filter(|p| {
                let p = p.trim();
                !p.contains('\n')
                    && p.chars().count() <= 150
                    && !p.ends_with(['.', '!', '?', '…', '"', '”', '»'])
            })
            .cloned()
            .unwrap_or_default();
        Draft {
            meta: Quiz {
                schema: None,
                format_version: FORMAT_VERSION,
                id: slug(&title),
                title,
                source: None,
                language: None,
                author: None,
                licence: None,
                instructions: None,
                categories: None,
                settings: Settings::default(),
                passages: Vec::new(),
            },
            passages: passages
                .into_iter()
                .map(|text| DraftPassage {
                    text,
                    statements: Vec::new(),
                })
                .collect(),
        }
    }

    /// A draft of an existing (valid) quiz, for editing.
    pub fn from_loaded(loaded: &LoadedQuiz) -> Draft {
        let mut meta = loaded.quiz.clone();
        let passages = std::mem::take(&mut meta.passages)
            .into_iter()
            .enumerate()
            .map(|(p, passage)| {
                let statements = passage
                    .statements
                    .into_iter()
                    .enumerate()
                    .map(|(s, statement)| {
                        let range = loaded
                            .placed
                            .iter()
                            .find(|placed| placed.passage == p && placed.statement == s)
                            .map_or(0..0, |placed| placed.span.clone());
                        DraftStatement { range, statement }
                    })
                    .collect();
                DraftPassage {
                    text: passage.text,
                    statements,
                }
            })
            .collect();
        Draft { meta, passages }
    }

    /// The quiz file this draft makes (it may still have problems: see [`Draft::check`]).
    pub fn to_quiz(&self) -> Quiz {
        let mut quiz = self.meta.clone();
        quiz.passages = self
            .passages
            .iter()
            .map(|passage| Passage {
                text: passage.text.clone(),
                statements: passage
                    .statements
                    .iter()
                    .map(|d| d.statement.clone())
                    .collect(),
            })
            .collect();
        quiz
    }

    /// Every problem, with the same messages as loading the file would give.
    pub fn check(&self) -> Result<LoadedQuiz, Vec<QuizError>> {
        check(self.to_quiz())
    }

    /// Pretty JSON, as downloaded.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(&self.to_quiz()).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Proposes every sentence of a passage that is not yet (part of) a statement.
    pub fn propose_sentences(&mut self, passage: usize) -> usize {
        let Some(sentences) = self.passages.get(passage).map(|p| split_sentences(&p.text)) else {
            return 0;
        };
        let mut added = 0;
        for range in sentences {
            if self.add_statement(passage, range).is_ok() {
                added += 1;
            }
        }
        added
    }

    /// Makes a range of the passage a statement (trimmed), answered with nothing yet.
    pub fn add_statement(
        &mut self,
        passage: usize,
        range: Range<usize>,
    ) -> Result<usize, EditError> {
        let draft = self
            .passages
            .get(passage)
            .ok_or(EditError::EmptySelection)?;
        let range = trimmed(&draft.text, range).ok_or(EditError::EmptySelection)?;
        if let Some(other) = draft.overlapping(&range, None) {
            return Err(EditError::Overlaps(other.statement.id.clone()));
        }
        let id = fresh_id(passage, &self.statement_ids());
        let draft = &mut self.passages[passage];
        let mut statement = Statement {
            id,
            text: String::new(),
            occurrence: None,
            answer: Vec::new(),
            explanation: String::new(),
            cues: Vec::new(),
            fact_check: None,
        };
        place(&draft.text, &range, &mut statement);
        let at = draft
            .statements
            .iter()
            .position(|s| s.range.start > range.start)
            .unwrap_or(draft.statements.len());
        draft
            .statements
            .insert(at, DraftStatement { range, statement });
        Ok(at)
    }

    /// Moves a statement's boundaries to another range of its passage.
    pub fn set_range(
        &mut self,
        passage: usize,
        index: usize,
        range: Range<usize>,
    ) -> Result<(), EditError> {
        let Some(draft) = self.passages.get_mut(passage) else {
            return Err(EditError::EmptySelection);
        };
        let range = trimmed(&draft.text, range).ok_or(EditError::EmptySelection)?;
        if let Some(other) = draft.overlapping(&range, Some(index)) {
            return Err(EditError::Overlaps(other.statement.id.clone()));
        }
        let DraftPassage { text, statements } = draft;
        let Some(target) = statements.get_mut(index) else {
            return Err(EditError::EmptySelection);
        };
        place(text, &range, &mut target.statement);
        target.range = range;
        Ok(())
    }

    /// Splits a statement in two at a byte offset of the passage; the second half is new.
    pub fn split(&mut self, passage: usize, index: usize, at: usize) -> Result<(), EditError> {
        let range = self
            .passages
            .get(passage)
            .and_then(|p| p.statements.get(index))
            .map(|s| s.range.clone())
            .ok_or(EditError::BadSplitPoint)?;
        let text = &self.passages[passage].text;
        let first = trimmed(text, range.start..at);
        let second = trimmed(text, at..range.end);
        // Also refused: a split point inside a character (neither half is a range of text).
        let (Some(first), Some(second)) = (first, second) else {
            return Err(EditError::BadSplitPoint);
        };
        self.set_range(passage, index, first)?;
        self.add_statement(passage, second).map(|_| ())
    }

    /// Joins a statement with the next one in the passage (keeping the first one's answer and
    /// explanation).
    pub fn merge_with_next(&mut self, passage: usize, index: usize) -> Result<(), EditError> {
        let draft = self
            .passages
            .get_mut(passage)
            .ok_or(EditError::NothingToMerge)?;
        let start = draft
            .statements
            .get(index)
            .ok_or(EditError::NothingToMerge)?
            .range
            .start;
        let next = draft
            .statements
            .iter()
            .enumerate()
            .filter(|(_, s)| s.range.start > start)
            .min_by_key(|(_, s)| s.range.start)
            .map(|(i, s)| (i, s.range.end))
            .ok_or(EditError::NothingToMerge)?;
        draft.statements.remove(next.0);
        let index = if next.0 < index { index - 1 } else { index };
        self.set_range(passage, index, start..next.1)
    }

    pub fn remove(&mut self, passage: usize, index: usize) {
        if let Some(draft) = self.passages.get_mut(passage) {
            if index < draft.statements.len() {
                draft.statements.remove(index);
            }
        }
    }

    fn statement_ids(&self) -> Vec<String> {
        self.passages
            .iter()
            .flat_map(|p| p.statements.iter().map(|s| s.statement.id.clone()))
            .collect()
    }
}

/// Writes the statement's text and, only where the words appear more than once, its occurrence.
fn place(passage: &str, range: &Range<usize>, statement: &mut Statement) {
    let text = &passage[range.clone()];
    let starts: Vec<usize> = passage.match_indices(text).map(|(at, _)| at).collect();
    statement.text = text.to_string();
    statement.occurrence = if starts.len() > 1 {
        starts
            .iter()
            .position(|&s| s == range.start)
            .and_then(|i| u32::try_from(i + 1).ok())
    } else {
        None
    };
}

fn trimmed(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    if range.start > range.end
        || range.end > text.len()
        || !text.is_char_boundary(range.start)
        || !text.is_char_boundary(range.end)
    {
        return None;
    }
    trim_range(text, range)
}

fn fresh_id(passage: usize, used: &[String]) -> String {
    (1..)
        .map(|n| format!("p{}-s{n}", passage + 1))
        .find(|id| !used.contains(id))
        .unwrap_or_default()
}

/// An id from a title: lower-case letters and digits joined by `-`.
pub fn slug(title: &str) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .take(8)
        .collect();
    if words.is_empty() {
        "my-quiz".into()
    } else {
        words.join("-")
    }
}

/// Gives the quiz a new title; the id follows it while the id is still the one made from the
/// old title (an id the teacher wrote stays as it is).
pub fn retitle(meta: &mut Quiz, title: String) {
    if meta.id == slug(&meta.title) {
        meta.id = slug(&title);
    }
    meta.title = title;
}

/// Undo and redo for any state: a bounded list of snapshots.
#[derive(Debug, Clone, PartialEq)]
pub struct History<T> {
    past: Vec<T>,
    future: Vec<T>,
    limit: usize,
}

impl<T: Clone + PartialEq> History<T> {
    pub fn new(limit: usize) -> Self {
        History {
            past: Vec::new(),
            future: Vec::new(),
            limit,
        }
    }

    /// Records the state before an edit. Clears the redo list.
    pub fn record(&mut self, before: &T) {
        if self.past.last() != Some(before) {
            self.past.push(before.clone());
            if self.past.len() > self.limit {
                self.past.remove(0);
            }
        }
        self.future.clear();
    }

    /// The state to go back to, given the current one.
    pub fn undo(&mut self, current: &T) -> Option<T> {
        let previous = self.past.pop()?;
        self.future.push(current.clone());
        Some(previous)
    }

    pub fn redo(&mut self, current: &T) -> Option<T> {
        let next = self.future.pop()?;
        self.past.push(current.clone());
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}
