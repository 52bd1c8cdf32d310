//! Property tests: generated valid quizzes load and round-trip; no input panics the loader.
#![cfg(not(target_arch = "wasm32"))]

use fact_claim_opinion::quiz::diagnose::read_quiz;
use fact_claim_opinion::quiz::load::load;
use fact_claim_opinion::quiz::model::{Passage, Quiz, Settings, Statement, FORMAT_VERSION};
use fact_claim_opinion::quiz::shape::mended;
use fact_claim_opinion::quiz::{LoadedQuiz, QuizError};
use proptest::prelude::*;
use serde_json::Value;

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z]{1,8}",
        "[A-Z][a-z]{1,6}",
        "[0-9]{1,3}(,[0-9]{3})?",
        Just("Señor".to_string()),
        Just("“quoted”".to_string()),
        Just("北京".to_string()),
    ]
}

/// A sentence ending in a full stop; the words make repeats across sentences unlikely, and a
/// sequence number makes them impossible.
fn sentence(n: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 1..8).prop_map(move |words| format!("{} s{n}.", words.join(" ")))
}

fn passage(p: usize) -> impl Strategy<Value = Passage> {
    prop::collection::vec(any::<(u8, bool)>(), 1..5).prop_flat_map(move |shape| {
        let sentences: Vec<_> = (0..shape.len()).map(|i| sentence(p * 10 + i)).collect();
        (sentences, Just(shape)).prop_map(move |(sentences, shape)| {
            let statements = sentences
                .iter()
                .enumerate()
                .filter(|(i, _)| *i == 0 || shape[*i].1)
                .map(|(i, text)| Statement {
                    id: format!("p{p}-s{i}"),
                    text: text.clone(),
                    occurrence: None,
                    answer: vec![
                        ["fact", "claim", "opinion"][usize::from(shape[i].0) % 3].to_string()
                    ],
                    explanation: format!("Because of {text}"),
                    cues: text
                        .split(' ')
                        .next()
                        .map(String::from)
                        .into_iter()
                        .collect(),
                    fact_check: None,
                })
                .collect();
            Passage {
                text: sentences.join(" "),
                statements,
            }
        })
    })
}

fn quiz() -> impl Strategy<Value = Quiz> {
    (1..6_usize)
        .prop_flat_map(|n| (0..n).map(passage).collect::<Vec<_>>())
        .prop_map(|passages| Quiz {
            schema: None,
            format_version: FORMAT_VERSION,
            id: "generated".into(),
            title: "Generated quiz".into(),
            source: None,
            language: Some("en".into()),
            author: None,
            licence: None,
            instructions: None,
            categories: None,
            settings: Settings::default(),
            passages,
        })
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
        prop_oneof![
            Just("format_version"),
            Just("passages"),
            Just("statements"),
            Just("answer")
        ]
        .prop_map(|s| Value::String(s.into())),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(
                (
                    prop_oneof![
                        Just("format_version".to_string()),
                        Just("id".to_string()),
                        Just("title".to_string()),
                        Just("passages".to_string()),
                        Just("text".to_string()),
                        Just("statements".to_string()),
                        Just("answer".to_string()),
                        Just("explanation".to_string()),
                        Just("categories".to_string()),
                        "[a-z_]{1,10}",
                    ],
                    inner
                ),
                0..6
            )
            .prop_map(|pairs| Value::Object(pairs.into_iter().collect())),
        ]
    })
}

/// Opens a file both ways: the students' quick route and the teachers' diagnostics must agree on
/// whether it opens (and on the quiz), and a file that does not open has at least one problem.
fn both_routes(bytes: &[u8]) -> Result<LoadedQuiz, Vec<QuizError>> {
    let quick = load(bytes);
    let thorough = read_quiz(bytes);
    match (&quick, &thorough) {
        (Ok(a), Ok(b)) => assert_eq!(a, b),
        (Err(_), Err(problems)) => assert!(!problems.is_empty()),
        _ => panic!(
            "the routes disagree: quick {:?}, thorough {:?}",
            quick.as_ref().err(),
            thorough.as_ref().err()
        ),
    }
    thorough
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn generated_quizzes_load_and_round_trip(quiz in quiz()) {
        let text = serde_json::to_string_pretty(&quiz).expect("serialises");
        let loaded = both_routes(text.as_bytes());
        prop_assert!(loaded.is_ok(), "{:#?}", loaded.err());
        let loaded = loaded.expect("checked");
        prop_assert_eq!(&loaded.quiz, &quiz);
        let again = serde_json::to_string_pretty(&loaded.quiz).expect("serialises");
        prop_assert_eq!(again, text);
        let total: usize = quiz.passages.iter().map(|p| p.statements.len()).sum();
        prop_assert_eq!(loaded.len(), total);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = both_routes(&bytes);
    }

    /// Results files are untrusted too: whatever a file holds, the class report reads it or sets
    /// it aside, and a zip is read or refused.
    #[test]
    fn arbitrary_result_files_never_panic_the_class_report(
        value in json_value(),
        bytes in prop::collection::vec(any::<u8>(), 0..256),
        cut in any::<prop::sample::Index>(),
    ) {
        use fact_claim_opinion::quiz::class::{class_report, unzip, AddedFile};
        let quiz = fact_claim_opinion::quiz::bundled().expect("bundled quiz");
        // A results file that reads, with one part replaced by something arbitrary: the reading
        // of answers against the quiz is reached, not only the first checks.
        let rows: Vec<serde_json::Value> = (0..quiz.len())
            .map(|i| serde_json::json!({
                "number": i + 1, "id": quiz.statement(i).id, "statement": "s",
                "your_answer": "claim", "accepted": [], "correct": false,
            }))
            .collect();
        let mut shaped = serde_json::json!({
            "results_format": 1, "app_version": "0.1.0", "quiz_id": quiz.quiz.id,
            "quiz_title": "T", "quiz_version": fact_claim_opinion::quiz::handin::quiz_version(&quiz),
            "mode": "test", "attempt": 1,
            "score": { "correct": 0, "total": 0, "percent": 0 },
            "statements": rows,
        });
        let keys = ["student", "finished", "attempt", "score", "statements"];
        let key = keys[cut.index(keys.len())];
        // Half the time the whole field, half the time one answer.
        if value.is_string() || value.is_null() {
            let at = cut.index(quiz.len());
            shaped["statements"][at]["your_answer"] = value.clone();
        } else {
            shaped[key] = value.clone();
        }
        let files = [
            AddedFile { name: "a.json".into(), bytes: value.to_string().into_bytes() },
            AddedFile { name: "b.json".into(), bytes: bytes.clone() },
            AddedFile { name: "c.json".into(), bytes: shaped.to_string().into_bytes() },
        ];
        let report = class_report(&quiz, &files);
        prop_assert_eq!(report.students.len() + report.set_aside.len() + report.replaced.len(), 3);
        let mut zipped = b"PK\x03\x04".to_vec();
        zipped.extend(&bytes);
        let _ = unzip("x.zip", &zipped);
        let _ = unzip("x.zip", &bytes);
    }

    #[test]
    fn arbitrary_json_never_panics(value in json_value()) {
        let _ = both_routes(value.to_string().as_bytes());
    }

    /// Whatever the shape problems, the mended file reads as a quiz, so its content problems
    /// can be listed beside them.
    #[test]
    fn a_mended_file_always_reads_as_a_quiz(value in json_value(), quiz in quiz(), cut in any::<prop::sample::Index>()) {
        let object = match value {
            Value::Object(_) => value,
            other => serde_json::json!({ "passages": [other] }),
        };
        let fixed = mended(&object).expect("the schema reads");
        prop_assert!(serde_json::from_value::<Quiz>(fixed.clone()).is_ok(), "{object} became {fixed}");
        // A good quiz with one field taken out somewhere.
        let mut damaged = serde_json::to_value(&quiz).expect("serialises");
        remove_nth_field(&mut damaged, &mut cut.index(64));
        let fixed = mended(&damaged).expect("the schema reads");
        prop_assert!(serde_json::from_value::<Quiz>(fixed.clone()).is_ok(), "{damaged} became {fixed}");
    }

    #[test]
    fn damaged_valid_quizzes_never_panic(quiz in quiz(), cut in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let mut bytes = serde_json::to_vec(&quiz).expect("serialises");
        let at = cut.index(bytes.len());
        bytes[at] = byte;
        let _ = both_routes(&bytes);
        let _ = both_routes(&bytes[..at]);
    }
}

/// Removes the `n`th field met walking `value` depth first (none when there are fewer).
fn remove_nth_field(value: &mut Value, n: &mut usize) -> bool {
    match value {
        Value::Object(object) => {
            let keys: Vec<String> = object.keys().cloned().collect();
            for key in keys {
                if *n == 0 {
                    object.remove(&key);
                    return true;
                }
                *n -= 1;
                if object.get_mut(&key).is_some_and(|v| remove_nth_field(v, n)) {
                    return true;
                }
            }
            false
        }
        Value::Array(items) => items.iter_mut().any(|item| remove_nth_field(item, n)),
        _ => false,
    }
}
