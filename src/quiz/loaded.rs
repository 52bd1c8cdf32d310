//! A quiz that passed validation, with every statement located in its passage: what the student
//! screens, scoring and the editor work from. Whether an answer is right is decided in
//! [`super::score`].

use std::collections::HashMap;
use std::ops::Range;

use super::model::{Category, Quiz, Statement};
use super::validate::{fingerprint, Placement};

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
    /// Put together once every check of [`super::validate`] has passed.
    pub(super) fn new(quiz: Quiz, placement: Placement) -> LoadedQuiz {
        let Placement { categories, placed } = placement;
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
        LoadedQuiz {
            quiz,
            categories,
            placed,
            fingerprint,
            by_id,
        }
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

    /// Whether a passage reads as the article's headline: the first of several, one line, and not
    /// ending like a sentence.
    pub fn is_headline(&self, passage: usize) -> bool {
        let text = self.passage_text(passage).trim();
        passage == 0
            && self.quiz.passages.len() > 1
            && !text.contains('\n')
            && !text.ends_with(['.', '!', '?', '…', '"', '”', '»'])
    }

    /// Statement indices of a passage, in reading order.
    pub fn statements_in(&self, passage: usize) -> Range<usize> {
        let start = self.placed.partition_point(|p| p.passage < passage);
        let end = self.placed.partition_point(|p| p.passage <= passage);
        start..end
    }

    /// The passage cut into plain text and statements, in order, covering all of it.
    pub fn segments(&self, passage: usize) -> Vec<Segment> {
        let spans = self
            .statements_in(passage)
            .map(|index| (index, self.placed[index].span.clone()));
        segments(self.passage_text(passage).len(), spans)
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

/// Text of `len` bytes cut into plain runs and the `spans` of statements (given in order, each
/// with its statement number), covering all of it. A span that overlaps the one before it or
/// runs past the end (a draft being edited can have both) is left out.
pub fn segments(
    len: usize,
    spans: impl IntoIterator<Item = (usize, Range<usize>)>,
) -> Vec<Segment> {
    let mut segments = Vec::new();
    let mut at = 0;
    for (statement, span) in spans {
        if span.start < at || span.end > len || span.start > span.end {
            continue;
        }
        if span.start > at {
            segments.push(Segment {
                range: at..span.start,
                statement: None,
            });
        }
        at = span.end;
        segments.push(Segment {
            range: span,
            statement: Some(statement),
        });
    }
    if at < len {
        segments.push(Segment {
            range: at..len,
            statement: None,
        });
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_cover_the_text_and_skip_impossible_spans() {
        let cut = segments(10, [(0, 2..4), (1, 3..5), (2, 6..12), (3, 6..8)]);
        let ranges: Vec<_> = cut.iter().map(|s| (s.range.clone(), s.statement)).collect();
        assert_eq!(
            ranges,
            [
                (0..2, None),
                (2..4, Some(0)),
                (4..6, None),
                (6..8, Some(3)),
                (8..10, None)
            ]
        );
    }
}
