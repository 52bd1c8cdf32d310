//! A small quiz for the logic tests: two passages, four statements, one debatable.
#![allow(dead_code)]

use fact_claim_opinion::quiz::LoadedQuiz;

pub const SMALL_QUIZ: &str = r#"{
  "format_version": 1,
  "id": "small",
  "title": "The town pool",
  "settings": { "pass_mark": 50 },
  "passages": [
    {
      "text": "The pool opens on Monday, the council said. It is the best pool in the county.",
      "statements": [
        { "id": "opens", "text": "The pool opens on Monday, the council said.", "answer": "fact",
          "explanation": "Named source.", "cues": ["the council said"] },
        { "id": "best", "text": "It is the best pool in the county.", "answer": "opinion",
          "explanation": "A judgement.", "cues": ["best"] }
      ]
    },
    {
      "text": "It cost two million pounds. Everyone will surely love it.",
      "statements": [
        { "id": "cost", "text": "It cost two million pounds.", "answer": "claim",
          "explanation": "No source." },
        { "id": "love", "text": "Everyone will surely love it.", "answer": ["opinion", "claim"],
          "explanation": "Speculation." }
      ]
    }
  ]
}"#;

pub fn small_quiz() -> LoadedQuiz {
    fact_claim_opinion::quiz::diagnose::read_quiz(SMALL_QUIZ.as_bytes())
        .unwrap_or_else(|errors| panic!("{errors:#?}"))
}

pub const FACT: usize = 0;
pub const CLAIM: usize = 1;
pub const OPINION: usize = 2;
