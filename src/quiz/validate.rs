//! Checks a parsed [`Quiz`] and locates every statement in its passage.
//!
//! Every problem is collected, not only the first, so a teacher can fix a file in one pass.

use std::collections::HashMap;
use std::ops::Range;

use super::error::{ErrorKind, QuizError};
use super::model::{default_categories, Category, Quiz, Statement, FORMAT_VERSION};
use super::parse::parse_quiz;

/// A quiz that passed validation, with each statement's place in its passage.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedQuiz {
    pub quiz: Quiz,
    /// The quiz's own categories, or the three defaults.
    pub categories: Vec<Category>,
    /// Every statement in reading order (passage by passage, by position in the passage).
    pub placed: Vec<PlacedStatement>,
    /// Changes whenever the quiz content changes; saved progress is tied to it.
    pub fingerprint: String,
    /// Statement id → index into `placed`.
    by_id: HashMap<String, usize>,
}

/// Where one statement sits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlacedStatement {
    pub passage: usize,
    /// Index in `passages[passage].statements`.
    pub statement: usize,
    /// Byte range in the passage text.
    pub span: Range<usize>,
    /// Byte ranges of the cue phrases, in the passage text.
    pub cues: Vec<Range<usize>>,
}

/// A run of passage text: plain, or one statement (by index into [`LoadedQuiz::placed`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub range: Range<usize>,
    pub statement: Option<usize>,
}

impl LoadedQuiz {
    /// Parses and validates a file.
    pub fn from_bytes(bytes: &[u8]) -> Result<LoadedQuiz, Vec<QuizError>> {
        let quiz = parse_quiz(bytes)?;
        validate(quiz)
    }

    pub fn statement(&self, index: usize) -> &Statement {
        let placed = &self.placed[index];
        &self.quiz.passages[placed.passage].statements[placed.statement]
    }

    pub fn passage_text(&self, passage: usize) -> &str {
        &self.quiz.passages[passage].text
    }

    pub fn len(&self) -> usize {
        self.placed.len()
    }

    pub fn is_empty(&self) -> bool {
        self.placed.is_empty()
    }

    pub fn category_index(&self, id: &str) -> Option<usize> {
        self.categories.iter().position(|c| c.id == id)
    }

    pub fn statement_index(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The category a statement is counted under in the results: its first accepted answer.
    pub fn expected_category(&self, index: usize) -> usize {
        self.statement(index)
            .answer
            .first()
            .and_then(|id| self.category_index(id))
            .unwrap_or(0)
    }

    /// Whether choosing `category` for statement `index` is right.
    pub fn accepts(&self, index: usize, category: usize) -> bool {
        let id = &self.categories[category].id;
        self.statement(index).answer.iter().any(|a| a == id)
    }

    /// Whether a passage reads as the article's headline: the first of several, one line, and not
    /// ending like a sentence.
    pub fn is_headline(&self, passage: usize) -> bool {
        let text = self.passage_text(passage).trim();
        passage == 0
            && self.quiz.passages.len() > 1
            && !text.contains('\n')
            && !text.ends_with(['.', '!', '?', '…', '"', '”', '»'])
    }

    /// Names of the categories a statement accepts, main answer first.
    pub fn accepted_names(&self, index: usize) -> Vec<String> {
        self.statement(index)
            .answer
            .iter()
            .filter_map(|id| self.category_index(id))
            .map(|c| self.categories[c].name.clone())
            .collect()
    }

    /// Statement indices of a passage, in reading order.
    pub fn statements_in(&self, passage: usize) -> Range<usize> {
        let start = self.placed.partition_point(|p| p.passage < passage);
        let end = self.placed.partition_point(|p| p.passage <= passage);
        start..end
    }

    /// The passage cut into plain text and statements, in order, covering all of it.
    pub fn segments(&self, passage: usize) -> Vec<Segment> {
        let mut segments = Vec::new();
        let mut at = 0;
        for index in self.statements_in(passage) {
            let span = self.placed[index].span.clone();
            if span.start > at {
                segments.push(Segment {
                    range: at..span.start,
                    statement: None,
                });
            }
            at = span.end;
            segments.push(Segment {
                range: span,
                statement: Some(index),
            });
        }
        let len = self.passage_text(passage).len();
        if at < len {
            segments.push(Segment {
                range: at..len,
                statement: None,
            });
        }
        segments
    }

    /// Statement text cut into plain runs and cue runs (`true`), for highlighting the cues.
    pub fn cue_runs(&self, index: usize) -> Vec<(Range<usize>, bool)> {
        let placed = &self.placed[index];
        let mut cues = placed.cues.clone();
        cues.sort_by_key(|c| c.start);
        let mut runs = Vec::new();
        let mut at = placed.span.start;
        for cue in cues {
            if cue.start < at {
                // Overlapping cues: extend the previous run instead of repeating text.
                if cue.end > at {
                    runs.push((at..cue.end, true));
                    at = cue.end;
                }
                continue;
            }
            if cue.start > at {
                runs.push((at..cue.start, false));
            }
            runs.push((cue.clone(), true));
            at = cue.end;
        }
        if at < placed.span.end {
            runs.push((at..placed.span.end, false));
        }
        runs
    }
}

/// Checks everything and returns all problems found.
pub fn validate(quiz: Quiz) -> Result<LoadedQuiz, Vec<QuizError>> {
    let mut errors = Vec::new();

    if quiz.format_version == 0 {
        errors.push(QuizError::at("format_version", ErrorKind::BadFormat));
    } else if quiz.format_version > FORMAT_VERSION {
        errors.push(QuizError::at(
            "format_version",
            ErrorKind::NewerFormat {
                found: quiz.format_version,
                supported: FORMAT_VERSION,
            },
        ));
    }
    check_id(&quiz.id, "id", &mut errors);
    check_text(&quiz.title, "title", "title", &mut errors);
    if let Some(url) = quiz.source.as_ref().and_then(|s| s.url.as_ref()) {
        check_link(url, "source.url", &mut errors);
    }
    if let Some(mark) = quiz.settings.pass_mark.filter(|&m| m > 100) {
        errors.push(QuizError::at(
            "settings.pass_mark",
            ErrorKind::BadPassMark(mark),
        ));
    }

    let categories = match &quiz.categories {
        Some(own) => {
            check_categories(own, &mut errors);
            own.clone()
        }
        None => default_categories(),
    };

    if quiz.passages.is_empty() {
        errors.push(QuizError::at("passages", ErrorKind::NoPassages));
    }

    let mut placed = Vec::new();
    let mut ids: HashMap<&str, String> = HashMap::new();
    for (p, passage) in quiz.passages.iter().enumerate() {
        let passage_path = format!("passages[{p}]");
        check_text(
            &passage.text,
            &format!("{passage_path}.text"),
            "the passage text",
            &mut errors,
        );
        if passage.statements.is_empty() {
            errors.push(QuizError::at(&passage_path, ErrorKind::NoStatements));
        }
        let mut in_passage: Vec<(PlacedStatement, String)> = Vec::new();
        for (s, statement) in passage.statements.iter().enumerate() {
            let path = format!("{passage_path}.statements[{s}]");
            check_id(&statement.id, &format!("{path}.id"), &mut errors);
            if let Some(first) = ids.get(statement.id.as_str()) {
                errors.push(QuizError::at(
                    format!("{path}.id"),
                    ErrorKind::DuplicateId {
                        id: statement.id.clone(),
                        first: first.clone(),
                    },
                ));
            } else {
                ids.insert(&statement.id, format!("{path}.id"));
            }
            check_answer(statement, &categories, &path, &mut errors);
            check_text(
                &statement.explanation,
                &format!("{path}.explanation"),
                "the explanation",
                &mut errors,
            );
            if let Some(link) = statement.fact_check.as_ref().and_then(|f| f.link.as_ref()) {
                check_link(link, &format!("{path}.fact_check.link"), &mut errors);
            }
            if statement.text.trim().is_empty() {
                errors.push(QuizError::at(
                    format!("{path}.text"),
                    ErrorKind::EmptyText {
                        field: "the statement text",
                    },
                ));
                continue;
            }
            let Some(span) = locate(&passage.text, statement, p, &path, &mut errors) else {
                continue;
            };
            let mut cues = Vec::new();
            for (c, cue) in statement.cues.iter().enumerate() {
                match (!cue.is_empty())
                    .then(|| statement.text.find(cue.as_str()))
                    .flatten()
                {
                    Some(at) => cues.push(span.start + at..span.start + at + cue.len()),
                    None => errors.push(QuizError::at(
                        format!("{path}.cues[{c}]"),
                        ErrorKind::CueNotInStatement(cue.clone()),
                    )),
                }
            }
            in_passage.push((
                PlacedStatement {
                    passage: p,
                    statement: s,
                    span,
                    cues,
                },
                path,
            ));
        }
        in_passage.sort_by_key(|(placed, _)| placed.span.start);
        for pair in in_passage.windows(2) {
            let (earlier, later) = (&pair[0], &pair[1]);
            if later.0.span.start < earlier.0.span.end {
                let other = passage.statements[earlier.0.statement].id.clone();
                errors.push(QuizError::at(
                    format!("{}.text", later.1),
                    ErrorKind::Overlap { other },
                ));
            }
        }
        placed.extend(in_passage.into_iter().map(|(placed, _)| placed));
    }

    if !errors.is_empty() {
        return Err(errors);
    }
    let fingerprint = fingerprint(&quiz);
    let by_id = placed
        .iter()
        .enumerate()
        .map(|(index, p)| {
            (
                quiz.passages[p.passage].statements[p.statement].id.clone(),
                index,
            )
        })
        .collect();
    Ok(LoadedQuiz {
        quiz,
        categories,
        placed,
        fingerprint,
        by_id,
    })
}

fn check_text(text: &str, path: &str, field: &'static str, errors: &mut Vec<QuizError>) {
    if text.trim().is_empty() {
        errors.push(QuizError::at(path, ErrorKind::EmptyText { field }));
    }
}

fn check_id(id: &str, path: &str, errors: &mut Vec<QuizError>) {
    if id.is_empty() {
        errors.push(QuizError::at(
            path,
            ErrorKind::EmptyText { field: "the id" },
        ));
    } else if id.len() > 100
        || !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        errors.push(QuizError::at(path, ErrorKind::BadId(id.to_string())));
    }
}

fn check_link(link: &str, path: &str, errors: &mut Vec<QuizError>) {
    let lower = link.to_ascii_lowercase();
    if !(lower.starts_with("https://") || lower.starts_with("http://")) {
        errors.push(QuizError::at(path, ErrorKind::BadLink(link.to_string())));
    }
}

fn check_categories(categories: &[Category], errors: &mut Vec<QuizError>) {
    if categories.len() < 2 {
        errors.push(QuizError::at("categories", ErrorKind::TooFewCategories));
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, category) in categories.iter().enumerate() {
        let path = format!("categories[{i}]");
        check_id(&category.id, &format!("{path}.id"), errors);
        check_text(
            &category.name,
            &format!("{path}.name"),
            "the category name",
            errors,
        );
        if let Some(first) = seen.insert(&category.id, i) {
            errors.push(QuizError::at(
                format!("{path}.id"),
                ErrorKind::DuplicateId {
                    id: category.id.clone(),
                    first: format!("categories[{first}].id"),
                },
            ));
        }
    }
}

fn check_answer(
    statement: &Statement,
    categories: &[Category],
    path: &str,
    errors: &mut Vec<QuizError>,
) {
    if statement.answer.is_empty() {
        errors.push(QuizError::at(format!("{path}.answer"), ErrorKind::NoAnswer));
    }
    let many = statement.answer.len() > 1;
    for (a, answer) in statement.answer.iter().enumerate() {
        if categories.iter().any(|c| &c.id == answer) {
            continue;
        }
        let at = if many {
            format!("{path}.answer[{a}]")
        } else {
            format!("{path}.answer")
        };
        errors.push(QuizError::at(
            at,
            ErrorKind::UnknownCategory {
                found: answer.clone(),
                suggestion: closest_category(answer, categories),
                known: categories.iter().map(|c| c.id.clone()).collect(),
            },
        ));
    }
}

/// The category a mistyped answer most likely meant: by id or name, ignoring case.
fn closest_category(answer: &str, categories: &[Category]) -> Option<String> {
    let answer = answer.trim().to_lowercase();
    categories
        .iter()
        .map(|c| {
            let by_id = strsim::normalized_damerau_levenshtein(&answer, &c.id.to_lowercase());
            let by_name = strsim::normalized_damerau_levenshtein(&answer, &c.name.to_lowercase());
            (by_id.max(by_name), &c.id)
        })
        .filter(|(similarity, _)| *similarity >= 0.5)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, id)| id.clone())
}

/// Finds the statement's byte range in the passage, honouring `occurrence`.
fn locate(
    passage: &str,
    statement: &Statement,
    passage_index: usize,
    path: &str,
    errors: &mut Vec<QuizError>,
) -> Option<Range<usize>> {
    let needle = statement.text.as_str();
    let starts: Vec<usize> = passage.match_indices(needle).map(|(at, _)| at).collect();
    let chosen = match (starts.len(), statement.occurrence) {
        (0, _) => {
            errors.push(QuizError::at(
                format!("{path}.text"),
                ErrorKind::NotInPassage {
                    passage: passage_index,
                    // Suggestions cost time; a file with very many problems gets them for the first few.
                    closest: (errors.len() < 50)
                        .then(|| closest_text(passage, needle))
                        .flatten(),
                },
            ));
            return None;
        }
        (1, None) => starts[0],
        (count, None) => {
            errors.push(QuizError::at(
                format!("{path}.text"),
                ErrorKind::Ambiguous { count },
            ));
            return None;
        }
        (count, Some(n)) => match usize::try_from(n)
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| starts.get(i))
        {
            Some(&at) => at,
            None => {
                errors.push(QuizError::at(
                    format!("{path}.occurrence"),
                    ErrorKind::NoSuchOccurrence {
                        occurrence: n,
                        count,
                    },
                ));
                return None;
            }
        },
    };
    Some(chosen..chosen + needle.len())
}

/// The run of words in the passage most like the missing statement, to help fix a typo.
fn closest_text(passage: &str, needle: &str) -> Option<String> {
    let words: Vec<&str> = passage.split_whitespace().collect();
    let want = needle.split_whitespace().count().max(1);
    if words.is_empty() || passage.len() > 20_000 || needle.len() > 2_000 {
        return None;
    }
    let width = want.min(words.len());
    (0..=words.len() - width)
        .map(|start| words[start..start + width].join(" "))
        .map(|candidate| {
            (
                strsim::normalized_levenshtein(&candidate, needle),
                candidate,
            )
        })
        .filter(|(similarity, _)| *similarity > 0.3)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

/// FNV-1a over the quiz's contents, fed field by field (no 5 MB string is built for it). Cheap,
/// the same in every build made with the same Rust version; should a new Rust version hash
/// differently, saved progress is discarded with a notice rather than misapplied.
fn fingerprint(quiz: &Quiz) -> String {
    use std::hash::{Hash, Hasher};
    struct Fnv(u64);
    impl Hasher for Fnv {
        fn finish(&self) -> u64 {
            self.0
        }
        fn write(&mut self, bytes: &[u8]) {
            for &byte in bytes {
                self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
            }
        }
    }
    let mut hasher = Fnv(0xcbf2_9ce4_8422_2325);
    quiz.hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}
