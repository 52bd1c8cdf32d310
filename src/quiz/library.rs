//! The quizzes a student has opened on this device, remembered so they can be reopened.

use serde::{Deserialize, Serialize};

/// How many quizzes are remembered; the oldest is forgotten first.
pub const MAX_RECENT: usize = 12;

/// Version of the saved list; a list of another version is read as empty
/// (`shared::storage` owns where it is kept).
const LIBRARY_VERSION: u32 = 1;

/// Where a quiz came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    Bundled,
    File,
    Paste,
    Link,
    SharedLink,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecentQuiz {
    pub id: String,
    pub title: String,
    /// Publication (and date) of the article, for telling quizzes apart.
    #[serde(default)]
    pub source: Option<String>,
    pub origin: Origin,
    /// The https link it was opened from, if any.
    #[serde(default)]
    pub url: Option<String>,
    /// Correct and total of the last finished attempt.
    #[serde(default)]
    pub last_score: Option<(usize, usize)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Library {
    version: u32,
    pub quizzes: Vec<RecentQuiz>,
}

impl Default for Library {
    fn default() -> Library {
        Library {
            version: LIBRARY_VERSION,
            quizzes: Vec::new(),
        }
    }
}

impl Library {
    /// Reads the saved list; anything unreadable counts as an empty list.
    pub fn parse(text: &str) -> Library {
        serde_json::from_str::<Library>(text)
            .ok()
            .filter(|library| library.version == LIBRARY_VERSION)
            .map(|mut library| {
                library.quizzes.truncate(MAX_RECENT);
                library
            })
            .unwrap_or_default()
    }

    /// The list as saved; its version is always this app's (see [`Library::parse`]).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Puts a quiz first, keeping its last score if it was known. Returns the ids that fell off
    /// the end, whose stored files should be deleted.
    pub fn remember(&mut self, mut entry: RecentQuiz) -> Vec<String> {
        if let Some(at) = self.quizzes.iter().position(|q| q.id == entry.id) {
            let old = self.quizzes.remove(at);
            entry.last_score = entry.last_score.or(old.last_score);
        }
        self.quizzes.insert(0, entry);
        self.quizzes
            .drain(MAX_RECENT.min(self.quizzes.len())..)
            .map(|q| q.id)
            .collect()
    }

    pub fn record_score(&mut self, id: &str, correct: usize, total: usize) {
        if let Some(quiz) = self.quizzes.iter_mut().find(|q| q.id == id) {
            quiz.last_score = Some((correct, total));
        }
    }

    /// Removes a quiz; returns whether it was there.
    pub fn forget(&mut self, id: &str) -> bool {
        let before = self.quizzes.len();
        self.quizzes.retain(|q| q.id != id);
        self.quizzes.len() != before
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str) -> RecentQuiz {
        RecentQuiz {
            id: id.into(),
            title: format!("Quiz {id}"),
            source: None,
            origin: Origin::File,
            url: None,
            last_score: None,
        }
    }

    #[test]
    fn remembers_newest_first_without_duplicates_and_keeps_the_score() {
        let mut library = Library::default();
        library.remember(entry("a"));
        library.record_score("a", 3, 4);
        library.remember(entry("b"));
        library.remember(entry("a"));
        let ids: Vec<_> = library.quizzes.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
        assert_eq!(library.quizzes[0].last_score, Some((3, 4)));
    }

    #[test]
    fn forgets_the_oldest_beyond_the_limit() {
        let mut library = Library::default();
        let mut dropped = Vec::new();
        for i in 0..MAX_RECENT + 2 {
            dropped.extend(library.remember(entry(&i.to_string())));
        }
        assert_eq!(library.quizzes.len(), MAX_RECENT);
        assert_eq!(dropped, ["0", "1"]);
    }

    #[test]
    fn survives_a_round_trip_and_corrupt_data() {
        let mut library = Library::default();
        library.remember(entry("a"));
        assert_eq!(Library::parse(&library.to_json()).quizzes, library.quizzes);
        assert!(Library::parse("{oops").quizzes.is_empty());
        assert!(Library::parse("{\"version\":99,\"quizzes\":[]}")
            .quizzes
            .is_empty());
        assert!(library.forget("a"));
        assert!(!library.forget("a"));
    }
}
