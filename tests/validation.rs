//! Every problem in a teacher's file is found, with where and what to do.

mod common;

use common::SMALL_QUIZ;
use fact_claim_opinion::i18n::Locale;
use fact_claim_opinion::quiz::diagnose::read_quiz;
use fact_claim_opinion::quiz::load::load;
use fact_claim_opinion::quiz::{ErrorKind, QuizError};
use fact_claim_opinion::teacher::problems::describe;

/// A problem as a teacher working in English reads it.
fn said(error: &QuizError) -> String {
    describe(Locale::en, error)
}

fn errors_of(text: &str) -> Vec<QuizError> {
    assert!(load(text.as_bytes()).is_err(), "the quick route opened it");
    match read_quiz(text.as_bytes()) {
        Ok(_) => panic!("expected errors"),
        Err(errors) => errors,
    }
}

#[test]
fn suggests_the_category_a_typo_meant() {
    let errors = errors_of(&SMALL_QUIZ.replace("\"answer\": \"fact\"", "\"answer\": \"fakt\""));
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].path, "passages[0].statements[0].answer");
    assert_eq!(
        said(&errors[0]),
        "passages[0].statements[0].answer: `fakt` is not a category of this quiz; did you mean `fact`? (the categories are fact, claim, opinion)"
    );
}

#[test]
fn reports_every_problem_not_only_the_first() {
    let text = SMALL_QUIZ
        .replace("\"answer\": \"claim\"", "\"answer\": \"clam\"")
        .replace(
            "It is the best pool in the county.\", \"answer\"",
            "It is the best pool in the country.\", \"answer\"",
        )
        .replace("\"id\": \"love\"", "\"id\": \"cost\"");
    let errors = errors_of(&text);
    let paths: Vec<_> = errors.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "passages[0].statements[1].text",
            "passages[1].statements[0].answer",
            "passages[1].statements[1].id",
        ]
    );
    assert!(
        said(&errors[0])
            .contains("the closest text there is: “It is the best pool in the county.”"),
        "{}",
        said(&errors[0])
    );
    assert!(matches!(errors[2].kind, ErrorKind::DuplicateId { .. }));
}

#[test]
fn asks_for_an_occurrence_when_words_appear_twice() {
    let text = r#"{"format_version":1,"id":"q","title":"T","passages":[{"text":"Yes. No. Yes.","statements":[
        {"id":"a","text":"Yes.","answer":"claim","explanation":"x"}]}]}"#;
    assert_eq!(errors_of(text)[0].kind, ErrorKind::Ambiguous { count: 2 });
    let second = text.replace("\"text\":\"Yes.\",", "\"text\":\"Yes.\",\"occurrence\":2,");
    let quiz = load(second.as_bytes()).expect("valid");
    assert_eq!(quiz.placed[0].span, 9..13);
    let third = text.replace("\"text\":\"Yes.\",", "\"text\":\"Yes.\",\"occurrence\":3,");
    assert!(matches!(
        errors_of(&third)[0].kind,
        ErrorKind::NoSuchOccurrence {
            occurrence: 3,
            count: 2
        }
    ));
}

#[test]
fn rejects_overlapping_statements() {
    let text = r#"{"format_version":1,"id":"q","title":"T","passages":[{"text":"One two three.","statements":[
        {"id":"a","text":"One two","answer":"claim","explanation":"x"},
        {"id":"b","text":"two three.","answer":"claim","explanation":"x"}]}]}"#;
    assert_eq!(
        errors_of(text)[0].kind,
        ErrorKind::Overlap { other: "a".into() }
    );
}

#[test]
fn rejects_empty_quizzes_and_passages() {
    let none = r#"{"format_version":1,"id":"q","title":"T","passages":[]}"#;
    assert_eq!(errors_of(none)[0].kind, ErrorKind::NoPassages);
    let empty =
        r#"{"format_version":1,"id":"q","title":"T","passages":[{"text":"Hi.","statements":[]}]}"#;
    assert_eq!(errors_of(empty)[0].kind, ErrorKind::NoStatements);
}

#[test]
fn checks_cues_links_and_pass_mark() {
    let text = SMALL_QUIZ
        .replace("\"cues\": [\"best\"]", "\"cues\": [\"worst\"], \"fact_check\": {\"note\": \"n\", \"link\": \"javascript:alert(1)\"}")
        .replace("\"pass_mark\": 50", "\"pass_mark\": 150");
    let errors = errors_of(&text);
    // The pass mark breaks the schema, the rest the content rules: all listed at once.
    assert!(
        errors.iter().any(|e| said(e)
            == "settings.pass_mark: 150 is not allowed here; use a whole number from 0 to 100"),
        "{errors:#?}"
    );
    let kinds: Vec<_> = errors.into_iter().map(|e| e.kind).collect();
    assert!(kinds.contains(&ErrorKind::CueNotInStatement("worst".into())));
    assert!(kinds.contains(&ErrorKind::BadLink("javascript:alert(1)".into())));
}

#[test]
fn uses_the_quiz_own_categories() {
    let text = SMALL_QUIZ.replace(
        "\"settings\"",
        r#""categories": [
            {"id": "fact", "name": "Fact", "definition": "d", "example": "e"},
            {"id": "opinion", "name": "Opinion", "definition": "d", "example": "e"}],
          "settings""#,
    );
    let errors = errors_of(&text);
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(errors
        .iter()
        .all(|e| matches!(&e.kind, ErrorKind::UnknownCategory { found, .. } if found == "claim")));
}

#[test]
fn a_large_file_full_of_problems_is_checked_quickly() {
    // 1,000 passages of 1,000 words (5 MB), every statement missing: without a cap on the
    // "closest text" suggestions this takes minutes.
    let passage_text = "word ".repeat(1_000);
    let passages: Vec<String> = (0..1_000)
        .map(|i| {
            format!(
                r#"{{"text":"{passage_text}","statements":[{{"id":"s{i}","text":"word wird word {i}","answer":"claim","explanation":"x"}}]}}"#
            )
        })
        .collect();
    let text = format!(
        r#"{{"format_version":1,"id":"q","title":"T","passages":[{}]}}"#,
        passages.join(",")
    );
    let started = std::time::Instant::now();
    let errors = read_quiz(text.as_bytes()).expect_err("broken");
    assert_eq!(errors.len(), 1_000);
    assert!(said(&errors[0]).contains("closest text"));
    assert!(!said(&errors[999]).contains("closest text"));
    // A hang guard, not a benchmark: it takes well under a second.
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
}

/// The one problem a file has, as the teacher reads it.
fn only_problem(text: &str) -> String {
    let errors = errors_of(text);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    said(&errors[0])
}

#[test]
fn messages_say_what_is_wrong_in_the_teachers_terms() {
    let with = |from: &str, to: &str| {
        assert!(SMALL_QUIZ.contains(from), "{from}");
        SMALL_QUIZ.replacen(from, to, 1)
    };
    let long_id = "a".repeat(101);
    assert_eq!(
        only_problem(&with(
            "\"id\": \"small\"",
            &format!("\"id\": \"{long_id}\"")
        )),
        "id: the id is 101 characters long; keep it to 100 or fewer"
    );
    // Too low and too high are said the same way.
    for mark in ["-1", "101"] {
        assert_eq!(
            only_problem(&with(
                "\"pass_mark\": 50",
                &format!("\"pass_mark\": {mark}")
            )),
            format!(
                "settings.pass_mark: {mark} is not allowed here; use a whole number from 0 to 100"
            )
        );
    }
    assert_eq!(
        only_problem(&with("\"format_version\": 1", "\"format_version\": 1.0")),
        "format_version: write 1 without the decimal point (a whole number)"
    );
}

#[test]
fn occurrence_counts_from_one() {
    let text = r#"{"format_version":1,"id":"q","title":"T","passages":[{"text":"Yes. No. Yes.","statements":[
        {"id":"a","text":"Yes.","occurrence":0,"answer":"claim","explanation":"x"}]}]}"#;
    assert_eq!(
        only_problem(text),
        "passages[0].statements[0].occurrence: counting starts at 1: write \"occurrence\": 1 for the first time the words appear in the passage"
    );
}

#[test]
fn syntax_errors_name_what_the_teacher_wrote() {
    assert_eq!(
        only_problem("{\n  // the quiz\n  \"id\": \"q\"\n}"),
        "line 2, column 3: this is not valid JSON: comments are not allowed in a quiz file: remove the comment"
    );
    assert_eq!(
        only_problem("{\n  'id': 'q'\n}"),
        "line 2, column 3: this is not valid JSON: names and texts need double quotes (\"), not single quotes (')"
    );
    // An unclosed text is reported where it ends, with columns counted from 1.
    let unclosed = only_problem("{\n  \"id\": \"abc\n}\n");
    assert!(
        unclosed.starts_with(
            "line 2, column 13: this is not valid JSON: a text in quotes is not closed"
        ),
        "{unclosed}"
    );
    let surrogate = only_problem(r#"{"id": "\ud800"}"#);
    assert!(surrogate.contains("half of a character"), "{surrogate}");
}

#[test]
fn a_results_file_is_said_to_be_one() {
    let results = r#"{"quiz_id":"pool","quiz_title":"T","mode":"test","correct":3,"total":5,"percent":60,"passed":null,"statements":[]}"#;
    assert_eq!(
        only_problem(results),
        "this is a student's results file, not a quiz file: open the quiz itself (the file with its passages) here"
    );
}

#[test]
fn texts_may_not_hide_or_reorder_what_they_say() {
    // A right-to-left override makes "gnp.exe" show as "exe.png"; NUL and other control
    // characters are invisible.
    let text = SMALL_QUIZ
        .replace(
            "It cost two million pounds.",
            "It cost two \u{202E}million pounds.",
        )
        .replace(
            "\"title\": \"The town pool\"",
            "\"title\": \"The town\\u0000 pool\"",
        );
    assert!(load(text.as_bytes()).is_err(), "the quick route opened it");
    let problems: Vec<String> = errors_of(&text).iter().map(said).collect();
    for expected in [
        "title: this text contains the invisible character U+0000 (a control character)",
        "passages[1].text: this text contains the invisible character U+202E (right-to-left override)",
        "passages[1].statements[0].text: this text contains the invisible character U+202E (right-to-left override)",
    ] {
        assert!(
            problems.iter().any(|p| p.starts_with(expected)),
            "{expected} not in {problems:#?}"
        );
    }
    // Tabs and line breaks are text.
    let ok = SMALL_QUIZ.replace("Everyone will surely", "Everyone\\twill\\nsurely");
    assert!(load(ok.as_bytes()).is_ok());
}

#[test]
fn a_quiz_has_at_most_nine_categories() {
    let categories: Vec<String> = (1..=10)
        .map(|i| format!(r#"{{"id":"c{i}","name":"C{i}","definition":"d","example":"e"}}"#))
        .collect();
    let text = format!(
        r#"{{"format_version":1,"id":"q","title":"T","categories":[{}],"passages":[{{"text":"A b.","statements":[{{"id":"s","text":"A b.","answer":"c1","explanation":"x"}}]}}]}}"#,
        categories.join(",")
    );
    assert!(load(text.as_bytes()).is_err(), "the quick route opened it");
    assert_eq!(
        only_problem(&text),
        "categories: has 10 items; at most 9 are allowed"
    );
}

#[test]
fn the_editor_names_places_as_its_cards_do() {
    let on_cards =
        |text: &str| fact_claim_opinion::teacher::problems::places_on_cards(Locale::en, text);
    assert_eq!(
        on_cards("passages[0].statements[1].answer: `fakt` is not a category"),
        "passage 1, statement 2, answer: `fakt` is not a category"
    );
    assert_eq!(
        on_cards("passages[2].statements[0].id: the id `a` is used twice (first at passages[0].statements[3].id)"),
        "passage 3, statement 1, id: the id `a` is used twice (first at passage 1, statement 4, id)"
    );
    assert_eq!(
        on_cards("categories[1].name: name is empty"),
        "category 2, name: name is empty"
    );
    assert_eq!(
        on_cards("passages[0]: this passage has no statements"),
        "passage 1: this passage has no statements"
    );
    assert_eq!(
        on_cards("passages[4].statements[0].fact_check.link: bad"),
        "passage 5, statement 1, fact check, link: bad"
    );
    // Text that only looks like an index is left alone.
    assert_eq!(
        on_cards("a list [1, 2] of things"),
        "a list [1, 2] of things"
    );
}

#[test]
fn objects_are_written_as_objects_not_lists() {
    // serde would read `[]` as an object with every field left out; no teacher means that.
    for (from, to, path) in [
        (
            "\"settings\": { \"pass_mark\": 50 }",
            "\"settings\": []",
            "settings",
        ),
        (
            "\"settings\": { \"pass_mark\": 50 }",
            "\"settings\": [\"test\"]",
            "settings",
        ),
        (
            "\"title\": \"The town pool\"",
            "\"title\": \"The town pool\", \"source\": []",
            "source",
        ),
    ] {
        assert!(SMALL_QUIZ.contains(from), "{from}");
        let text = SMALL_QUIZ.replacen(from, to, 1);
        let problem = only_problem(&text);
        assert!(
            problem.starts_with(&format!("{path}: expected an object")),
            "{problem}"
        );
    }
}

#[test]
fn shape_and_content_problems_are_listed_together() {
    // A misspelt field and a missing one (shape) beside an unknown category and a statement
    // that is not in its passage (content): one pass lists all four.
    let text = SMALL_QUIZ
        .replacen("\"settings\"", "\"setings\"", 1)
        .replacen("\"explanation\": \"A judgement.\", ", "", 1)
        .replace("\"answer\": \"claim\"", "\"answer\": \"clam\"")
        .replace(
            "\"text\": \"Everyone will surely love it.\"",
            "\"text\": \"Everyone will love it.\"",
        );
    let problems: Vec<String> = errors_of(&text).iter().map(said).collect();
    let paths: Vec<&str> = problems
        .iter()
        .map(|p| p.split(": ").next().unwrap_or_default())
        .collect();
    assert_eq!(
        paths,
        [
            "setings",
            "passages[0].statements[1].explanation",
            "passages[1].statements[0].answer",
            "passages[1].statements[1].text",
        ],
        "{problems:#?}"
    );
    assert!(
        problems[2].contains("did you mean `claim`?"),
        "{problems:#?}"
    );
    // Where a passage's own text is missing, its statements cannot be checked against it: no
    // "not in the passage" for each of them.
    let no_text = SMALL_QUIZ.replacen(
        "\"text\": \"It cost two million pounds. Everyone will surely love it.\",",
        "",
        1,
    );
    assert_eq!(
        only_problem(&no_text),
        "passages[1].text: this field is missing"
    );
}

#[test]
fn a_misspelt_list_is_not_also_reported_empty() {
    let text = SMALL_QUIZ.replacen("\"statements\"", "\"statments\"", 1);
    let problems: Vec<String> = errors_of(&text).iter().map(said).collect();
    assert_eq!(
        problems,
        [
            "passages[0].statements: this field is missing",
            "passages[0].statments: unknown field `statments`; did you mean `statements`?",
        ]
    );
}

#[test]
fn mending_hides_only_what_it_caused() {
    // A misspelt field in a category does not hide a mistyped answer elsewhere.
    let text = r#"{"format_version":1,"id":"q","title":"T",
        "categories":[{"id":"fact","name":"Fact","definition":"d","example":"e","colour":"red"},
                      {"id":"opinion","name":"Opinion","definition":"d","example":"e"}],
        "passages":[{"text":"A b.","statements":[{"id":"s","text":"A b.","answer":"fakt","explanation":"x"}]}]}"#;
    let paths: Vec<String> = errors_of(text).iter().map(|e| e.path.clone()).collect();
    assert_eq!(
        paths,
        ["categories[0].colour", "passages[0].statements[0].answer"]
    );
    // A passage without its text: its statements' other problems are still listed.
    let text = r#"{"format_version":1,"id":"q","title":"T",
        "passages":[{"statements":[{"id":"s","text":"A b.","answer":"fakt","explanation":"x"}]}]}"#;
    let paths: Vec<String> = errors_of(text).iter().map(|e| e.path.clone()).collect();
    assert_eq!(
        paths,
        ["passages[0].text", "passages[0].statements[0].answer"]
    );
}
