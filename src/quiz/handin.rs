//! The results file a student hands in: a documented, versioned format of its own
//! (`results/README.md`, `results/results.schema.json`), written by the results screen and read
//! back by the teachers' class report (`super::class`).
//!
//! The scores in it are for people reading the file; the class report works them out again from
//! the answers and the quiz, and never trusts them.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::loaded::LoadedQuiz;
use super::score::{Results, Score};
use super::session::{Mode, Retried, Session};

/// The newest results format this app writes and reads.
pub const RESULTS_FORMAT: u32 = 1;

/// A student's results for one attempt at a quiz.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HandIn {
    /// Version of this format; `1` for now. A file from a newer app has a higher number.
    pub results_format: u32,
    /// Version of the app that wrote the file.
    pub app_version: String,
    /// The name the student gave on the results screen; left out when none was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub student: Option<String>,
    /// The quiz's `id`.
    pub quiz_id: String,
    pub quiz_title: String,
    /// Fingerprint of what the quiz asks and accepts: its passages, statements, accepted answers
    /// and categories (16 hexadecimal digits). Changes when any of these change; not with an
    /// explanation, a cue word, the title or the settings.
    pub quiz_version: String,
    pub mode: Mode,
    /// 1 for the first attempt; later rounds are practice.
    pub attempt: u32,
    /// What a practice round went over again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retried: Option<Retried>,
    /// When the attempt was started and finished (UTC, e.g. `2026-11-26T09:41:07Z`), by the
    /// student's device's clock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished: Option<String>,
    /// Seconds from start to finish, pauses included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds: Option<u64>,
    /// The score as the results screen showed it (the first attempt's, also in a practice
    /// round). For people: the class report works the score out again from `statements`.
    pub score: ShownScore,
    /// A practice round's own result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub this_round: Option<ShownScore>,
    /// Every statement asked in this attempt, in the order asked.
    pub statements: Vec<HandedAnswer>,
}

/// A score as shown to the student.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ShownScore {
    pub correct: usize,
    pub total: usize,
    pub percent: u32,
    /// Whether the pass mark was met; left out when the quiz has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passed: Option<bool>,
}

impl From<Score> for ShownScore {
    fn from(score: Score) -> ShownScore {
        ShownScore {
            correct: score.correct,
            total: score.total,
            percent: score.percent,
            passed: score.passed,
        }
    }
}

/// One statement asked, and the answer given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HandedAnswer {
    /// 1, 2, 3… in the order asked.
    pub number: usize,
    /// The statement's `id` in the quiz.
    pub id: String,
    /// The statement's words, for people reading the file.
    pub statement: String,
    /// The category id chosen; `null` when not answered.
    pub your_answer: Option<String>,
    /// The accepted category ids, main answer first.
    pub accepted: Vec<String>,
    /// For people: whether the answer was accepted.
    pub correct: bool,
}

/// The results file for `session` (whose score is `results`), by `student`.
pub fn hand_in(
    quiz: &LoadedQuiz,
    session: &Session,
    results: &Results,
    student: Option<&str>,
) -> HandIn {
    HandIn {
        results_format: RESULTS_FORMAT,
        app_version: env!("CARGO_PKG_VERSION").to_string(),
        student: student
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string),
        quiz_id: quiz.quiz.id.clone(),
        quiz_title: quiz.quiz.title.clone(),
        quiz_version: quiz_version(quiz),
        mode: session.mode,
        attempt: session.attempt,
        retried: session.retried,
        started: session.started_at.map(utc),
        finished: session.finished_at.map(utc),
        seconds: session
            .started_at
            .zip(session.finished_at)
            .map(|(start, end)| end.saturating_sub(start) / 1000),
        score: results.counted.into(),
        // A practice round passes nothing: only its count.
        this_round: session.is_practice_round().then(|| ShownScore {
            passed: None,
            ..results.round.into()
        }),
        statements: session
            .asked
            .iter()
            .enumerate()
            .map(|(number, &index)| {
                let statement = quiz.statement(index);
                HandedAnswer {
                    number: number + 1,
                    id: statement.id.clone(),
                    statement: statement.text.clone(),
                    your_answer: session
                        .answer_of(index)
                        .map(|c| quiz.categories[c].id.clone()),
                    accepted: statement.answer.clone(),
                    correct: session.is_right(quiz, index),
                }
            })
            .collect(),
    }
}

/// The fingerprint of what a quiz asks and accepts (see [`HandIn::quiz_version`]): FNV-1a (64
/// bits) over each passage's text, then each of its statements' id, text, occurrence and accepted
/// answers, then each category's id, every field preceded by its length. Written out field by
/// field so that it never depends on the Rust version, and documented in `results/README.md`.
pub fn quiz_version(quiz: &LoadedQuiz) -> String {
    let mut hash = Fnv::new();
    for passage in &quiz.quiz.passages {
        hash.field(passage.text.as_bytes());
        hash.count(passage.statements.len());
        for statement in &passage.statements {
            hash.field(statement.id.as_bytes());
            hash.field(statement.text.as_bytes());
            hash.count(statement.occurrence.unwrap_or(1) as usize);
            hash.count(statement.answer.len());
            for answer in &statement.answer {
                hash.field(answer.as_bytes());
            }
        }
    }
    hash.count(quiz.categories.len());
    for category in &quiz.categories {
        hash.field(category.id.as_bytes());
    }
    format!("{:016x}", hash.0)
}

/// FNV-1a, 64 bits.
pub(super) struct Fnv(pub(super) u64);

impl Fnv {
    pub(super) fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    pub(super) fn bytes(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn count(&mut self, n: usize) {
        self.bytes(&(n as u64).to_le_bytes());
    }

    fn field(&mut self, bytes: &[u8]) {
        self.count(bytes.len());
        self.bytes(bytes);
    }
}

/// For saved progress's fingerprint, which goes through the derived `Hash` (see
/// `validate::fingerprint`).
impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.bytes(bytes);
    }
}

/// Milliseconds since 1970 as a UTC time, `2026-11-26T09:41:07Z`.
pub fn utc(ms: u64) -> String {
    let seconds = ms / 1000;
    let (days, rest) = (seconds / 86_400, seconds % 86_400);
    let (year, month, day) = civil_from_days(days);
    // Digits written out: `{:02}` would bring the formatter's padding into every student's
    // download.
    let mut out = String::with_capacity(20);
    for (value, digits, after) in [
        (year, 4, '-'),
        (month, 2, '-'),
        (day, 2, 'T'),
        (rest / 3600, 2, ':'),
        (rest % 3600 / 60, 2, ':'),
        (rest % 60, 2, 'Z'),
    ] {
        for place in (0..digits).rev() {
            let digit = (value / 10_u64.pow(place)) % 10;
            out.push(char::from(b'0' + digit as u8));
        }
        out.push(after);
    }
    out
}

/// Days since 1970-01-01 as a proleptic Gregorian date (Howard Hinnant's algorithm).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

/// A file name a teacher can sort: `<quiz-id>_<student>_<date>.<extension>`, the student's name
/// kept to letters and digits (`-` between words). `(nobody, undated)`: the words that stand in
/// for a name not given and a date not known, in the student's language.
pub fn file_name(
    quiz_id: &str,
    student: Option<&str>,
    finished_at: Option<u64>,
    extension: &str,
    (nobody, undated): (&str, &str),
) -> String {
    let mut name = String::new();
    for word in student
        .unwrap_or_default()
        // Not `char::is_alphanumeric`, whose Unicode tables would weigh on every student's
        // download: punctuation, spaces and control characters go, letters of any script stay.
        .split(|c: char| c.is_ascii_punctuation() || c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
    {
        if !name.is_empty() {
            name.push('-');
        }
        name.push_str(word);
    }
    let name: String = name.chars().take(40).collect();
    let name = if name.is_empty() {
        nobody.to_string()
    } else {
        name
    };
    let date = finished_at
        .map(|ms| utc(ms)[..10].to_string())
        .unwrap_or_else(|| undated.to_string());
    format!("{quiz_id}_{name}_{date}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_written_in_utc() {
        assert_eq!(utc(0), "1970-01-01T00:00:00Z");
        // 2026-11-26 09:41:07.250 UTC.
        assert_eq!(utc(1_795_686_067_250), "2026-11-26T09:41:07Z");
        // A leap day.
        assert_eq!(utc(951_782_400_000), "2000-02-29T00:00:00Z");
    }

    #[test]
    fn file_names_sort_by_quiz_then_student_then_date() {
        assert_eq!(
            file_name(
                "town-pool",
                Some("  Zoë O'Brien "),
                Some(1_795_686_067_250),
                "json",
                ("student", "undated")
            ),
            "town-pool_Zoë-O-Brien_2026-11-26.json"
        );
        assert_eq!(
            file_name(
                "q",
                Some("../../etc/passwd"),
                None,
                "csv",
                ("student", "undated")
            ),
            "q_etc-passwd_undated.csv"
        );
        assert_eq!(
            file_name("q", None, None, "json", ("student", "undated")),
            "q_student_undated.json"
        );
    }
}
