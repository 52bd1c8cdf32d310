//! The sample quizzes load, and every broken sample fails with the message a teacher needs.

use std::fs;
use std::path::PathBuf;

use fact_claim_opinion::i18n::Locale;
use fact_claim_opinion::quiz::diagnose::read_quiz;
use fact_claim_opinion::quiz::error::MAX_FILE_BYTES;
use fact_claim_opinion::quiz::load::load;
use fact_claim_opinion::teacher::problems::describe;

fn samples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("quizzes/samples")
}

fn errors_of(bytes: &[u8]) -> Vec<String> {
    assert!(load(bytes).is_err(), "the quick route opened it");
    match read_quiz(bytes) {
        Ok(quiz) => panic!("{} loaded, but should not", quiz.quiz.id),
        Err(errors) => errors.iter().map(|e| describe(Locale::en, e)).collect(),
    }
}

#[test]
fn every_valid_sample_loads() {
    let mut count = 0;
    for entry in fs::read_dir(samples()).expect("samples folder") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "json") {
            let bytes = fs::read(&path).expect("readable");
            if let Err(errors) = read_quiz(&bytes) {
                panic!("{}: {errors:#?}", path.display());
            }
            assert!(
                load(&bytes).is_ok(),
                "{}: the quick route refused it",
                path.display()
            );
            count += 1;
        }
    }
    assert!(count >= 3, "only {count} samples");
}

#[test]
fn samples_cover_two_categories_and_another_language() {
    let load =
        |name: &str| load(&fs::read(samples().join(name)).expect("readable")).expect("valid");
    assert_eq!(
        load("fact-or-opinion-school-garden.json").categories.len(),
        2
    );
    assert_eq!(
        load("elections-municipales-fr.json")
            .quiz
            .language
            .as_deref(),
        Some("fr")
    );
}

/// Each broken sample and a fragment of the message it must produce, in order of the list.
const BROKEN: &[(&str, &[&str])] = &[
    ("not-json.json", &["line 5, column 3: this is not valid JSON: expected `,` or `}`"]),
    ("not-utf8.json", &["line 4, column 16: the file is not UTF-8 text"]),
    ("empty.json", &["the file is empty"]),
    (
        "wrong-types.json",
        &[
            "title: expected text in quotes, found a list",
            "passages[0].statements[0].explanation: expected text in quotes, found the number 42",
        ],
    ),
    (
        "missing-fields.json",
        &[
            "title: this field is missing",
            "passages[0].statements[1].explanation: this field is missing",
        ],
    ),
    (
        "unknown-fields.json",
        &[
            "title: this field is missing",
            "passages[0].statements: this field is missing",
            "passages[0].statments: unknown field `statments`; did you mean `statements`?",
            "tittle: unknown field `tittle`; did you mean `title`?",
        ],
    ),
    (
        "unknown-category.json",
        &["passages[0].statements[0].answer: `fakt` is not a category of this quiz; did you mean `fact`?"],
    ),
    (
        "statement-not-in-passage.json",
        &["passages[0].statements[0].text: these words are not in their passage exactly as written; the closest text there is: “The bridge opened in 1998, the council said.”"],
    ),
    (
        "ambiguous-statement.json",
        &["passages[0].statements[1].text: these words appear 2 times in the passage; add \"occurrence\""],
    ),
    (
        "overlapping-statements.json",
        &["passages[0].statements[1].text: this statement overlaps statement `opened`"],
    ),
    (
        "duplicate-ids.json",
        &["passages[0].statements[1].id: the id `opened` is used twice (first at passages[0].statements[0].id)"],
    ),
    ("passage-without-statements.json", &["passages[1]: this passage has no statements"]),
    ("no-passages.json", &["passages: the quiz has no passages"]),
    ("newer-version.json", &["format_version: this quiz needs a newer version of the app"]),
    ("deeply-nested.json", &["lists and objects are nested too deeply"]),
];

#[test]
fn every_broken_sample_says_where_and_what() {
    let folder = samples().join("broken");
    let on_disk = fs::read_dir(&folder).expect("broken folder").count();
    assert_eq!(on_disk, BROKEN.len(), "a broken sample has no expectation");
    for (name, expected) in BROKEN {
        let errors = errors_of(&fs::read(folder.join(name)).expect("readable"));
        assert_eq!(errors.len(), expected.len(), "{name}: {errors:#?}");
        for (error, fragment) in errors.iter().zip(expected.iter()) {
            assert!(
                error.contains(fragment),
                "{name}: `{error}` lacks `{fragment}`"
            );
        }
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_parsing() {
    let mut big = b"{\"format_version\":1,\"padding\":\"".to_vec();
    big.resize(MAX_FILE_BYTES + 1, b'x');
    let errors = errors_of(&big);
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].contains("the largest quiz accepted is"),
        "{}",
        errors[0]
    );
}
