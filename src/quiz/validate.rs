//! Checks a parsed [`Quiz`] and locates every statement in its passage.
//!
//! Every problem is collected, not only the first, so a teacher can fix a file in one pass.
//! This runs for every quiz a student opens, so it only finds problems: the hints that help a
//! teacher fix them ("did you mean …") are added by [`super::diagnose`], which only teachers'
//! tools load.

use std::collections::HashMap;
use std::ops::Range;

use super::error::{
    first_hidden_character, ErrorKind, Field, QuizError, MAX_CATEGORIES, MAX_ID_CHARS,
};
use super::loaded::{LoadedQuiz, PlacedStatement};
use super::model::{default_categories, Category, Quiz, Statement, FORMAT_VERSION};

/// Checks everything and returns all problems found: step two of opening a quiz, after
/// [`super::load::parse`].
pub fn validate(quiz: Quiz) -> Result<LoadedQuiz, Vec<QuizError>> {
    let placement = check(&quiz)?;
    Ok(LoadedQuiz::new(quiz, placement))
}

/// What [`check`] works out for a quiz with no problems.
pub(super) struct Placement {
    pub categories: Vec<Category>,
    pub placed: Vec<PlacedStatement>,
}

/// Every problem in `quiz`, or where its statements are.
pub(super) fn check(quiz: &Quiz) -> Result<Placement, Vec<QuizError>> {
    let mut errors = Vec::new();

    if quiz.format_version == 0 {
        errors.push(QuizError::at("format_version", ErrorKind::BadFormat));
    } else if let Some(newer) = newer_format(u64::from(quiz.format_version)) {
        errors.push(newer);
    }
    check_id(&quiz.id, "id", &mut errors);
    check_characters(quiz, &mut errors);
    check_text(&quiz.title, "title", Field::Title, &mut errors);
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
            Field::PassageText,
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
                Field::Explanation,
                &mut errors,
            );
            if let Some(link) = statement.fact_check.as_ref().and_then(|f| f.link.as_ref()) {
                check_link(link, &format!("{path}.fact_check.link"), &mut errors);
            }
            if statement.text.trim().is_empty() {
                errors.push(QuizError::at(
                    format!("{path}.text"),
                    ErrorKind::EmptyText {
                        field: Field::StatementText,
                    },
                ));
                continue;
            }
            let Some(span) = locate(&passage.text, statement, (p, s), &path, &mut errors) else {
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
    Ok(Placement { categories, placed })
}

/// A file from a newer app is reported as such (the one place that decides it), not as a list of
/// fields this app does not know.
pub fn newer_format(found: u64) -> Option<QuizError> {
    (found > u64::from(FORMAT_VERSION)).then(|| {
        QuizError::at(
            "format_version",
            ErrorKind::NewerFormat {
                found: u32::try_from(found).unwrap_or(u32::MAX),
                supported: FORMAT_VERSION,
            },
        )
    })
}

/// Every text a student sees, free of characters that hide or reorder what it says.
fn check_characters(quiz: &Quiz, errors: &mut Vec<QuizError>) {
    let mut check = |path: &dyn Fn() -> String, text: &str| {
        if let Some(found) = first_hidden_character(text) {
            errors.push(QuizError::at(path(), ErrorKind::HiddenCharacter { found }));
        }
    };
    check(&|| "title".into(), &quiz.title);
    check(
        &|| "instructions".into(),
        quiz.instructions.as_deref().unwrap_or_default(),
    );
    check(
        &|| "author".into(),
        quiz.author.as_deref().unwrap_or_default(),
    );
    check(
        &|| "licence".into(),
        quiz.licence.as_deref().unwrap_or_default(),
    );
    if let Some(source) = &quiz.source {
        check(
            &|| "source.publication".into(),
            source.publication.as_deref().unwrap_or_default(),
        );
        check(
            &|| "source.author".into(),
            source.author.as_deref().unwrap_or_default(),
        );
        check(
            &|| "source.date".into(),
            source.date.as_deref().unwrap_or_default(),
        );
    }
    for (i, category) in quiz.categories.iter().flatten().enumerate() {
        check(&|| format!("categories[{i}].name"), &category.name);
        check(
            &|| format!("categories[{i}].definition"),
            &category.definition,
        );
        check(&|| format!("categories[{i}].example"), &category.example);
    }
    for (p, passage) in quiz.passages.iter().enumerate() {
        check(&|| format!("passages[{p}].text"), &passage.text);
        for (s, statement) in passage.statements.iter().enumerate() {
            let at = |field: &str| format!("passages[{p}].statements[{s}].{field}");
            check(&|| at("text"), &statement.text);
            check(&|| at("explanation"), &statement.explanation);
            for (c, cue) in statement.cues.iter().enumerate() {
                check(&|| at(&format!("cues[{c}]")), cue);
            }
            if let Some(fact_check) = &statement.fact_check {
                check(&|| at("fact_check.note"), &fact_check.note);
            }
        }
    }
}

fn check_text(text: &str, path: &str, field: Field, errors: &mut Vec<QuizError>) {
    if text.trim().is_empty() {
        errors.push(QuizError::at(path, ErrorKind::EmptyText { field }));
    }
}

fn check_id(id: &str, path: &str, errors: &mut Vec<QuizError>) {
    if id.is_empty() {
        errors.push(QuizError::at(
            path,
            ErrorKind::EmptyText { field: Field::Id },
        ));
    } else if !id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        errors.push(QuizError::at(path, ErrorKind::BadId(id.to_string())));
    } else if id.len() > MAX_ID_CHARS {
        errors.push(QuizError::at(path, ErrorKind::IdTooLong(id.len())));
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
    } else if categories.len() > MAX_CATEGORIES {
        errors.push(QuizError::at(
            "categories",
            ErrorKind::TooManyCategories(categories.len()),
        ));
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, category) in categories.iter().enumerate() {
        let path = format!("categories[{i}]");
        check_id(&category.id, &format!("{path}.id"), errors);
        check_text(
            &category.name,
            &format!("{path}.name"),
            Field::CategoryName,
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
                suggestion: None,
                known: categories.iter().map(|c| c.id.clone()).collect(),
            },
        ));
    }
}

/// Finds the statement's byte range in the passage, honouring `occurrence`.
fn locate(
    passage: &str,
    statement: &Statement,
    (passage_index, statement_index): (usize, usize),
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
                    statement: statement_index,
                    closest: None,
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
        (_, Some(0)) => {
            errors.push(QuizError::at(
                format!("{path}.occurrence"),
                ErrorKind::OccurrenceZero,
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

/// FNV-1a over the quiz's contents, fed field by field (no 5 MB string is built for it). Cheap,
/// the same in every build made with the same Rust version; should a new Rust version hash
/// differently, saved progress is discarded with a notice rather than misapplied.
pub(super) fn fingerprint(quiz: &Quiz) -> String {
    use std::hash::{Hash, Hasher};
    let mut hasher = super::handin::Fnv::new();
    quiz.hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}
