//! The editor's logic: splitting articles, editing statement boundaries, undo, and round trips.

use std::fs;
use std::path::PathBuf;

use fact_claim_opinion::i18n::Locale;
use fact_claim_opinion::quiz::authoring::{
    slug, split_passages, split_sentences, Draft, EditError, History,
};
use fact_claim_opinion::quiz::load::load;
use fact_claim_opinion::quiz::BUNDLED_QUIZ;
use fact_claim_opinion::teacher::problems::describe;

fn sentences(text: &str) -> Vec<&str> {
    split_sentences(text)
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

#[test]
fn splits_passages_at_blank_lines() {
    let article = "Headline here\r\n\r\nFirst paragraph,\nstill first.\n\n\n  Second one.  \n";
    assert_eq!(
        split_passages(article),
        [
            "Headline here",
            "First paragraph,\nstill first.",
            "Second one."
        ]
    );
}

#[test]
fn splits_sentences_at_full_stops_question_and_exclamation_marks() {
    assert_eq!(
        sentences("It rained. Did it? Yes! It did."),
        ["It rained.", "Did it?", "Yes!", "It did."]
    );
}

#[test]
fn keeps_abbreviations_initials_and_numbers_inside_a_sentence() {
    assert_eq!(
        sentences("Mr. Smith met Dr. J. Jones in the U.S. capital at 9 a.m. on Monday. It cost 3.5 million."),
        [
            "Mr. Smith met Dr. J. Jones in the U.S. capital at 9 a.m. on Monday.",
            "It cost 3.5 million."
        ]
    );
    assert_eq!(
        sentences(
            "The first 200,000-strong force lost 1,500 tanks, e.g. the T-72. Later more came."
        ),
        [
            "The first 200,000-strong force lost 1,500 tanks, e.g. the T-72.",
            "Later more came."
        ]
    );
}

#[test]
fn keeps_closing_quotes_with_their_sentence() {
    assert_eq!(
        sentences("“We will win,” he said. “Never!” Then silence."),
        ["“We will win,” he said.", "“Never!”", "Then silence."]
    );
    assert_eq!(
        sentences("\"Stop!\" he shouted. She stopped."),
        ["\"Stop!\" he shouted.", "She stopped."]
    );
}

#[test]
fn dashes_and_ellipses_do_not_break_a_sentence_wrongly() {
    assert_eq!(
        sentences("They used convicts as cannon fodder—but to no effect. And then… nothing. End"),
        [
            "They used convicts as cannon fodder—but to no effect.",
            "And then… nothing.",
            "End"
        ]
    );
}

#[test]
fn splits_the_bundled_article_into_its_sentences() {
    let article = include_str!("../../shared/article/north-korea-russia-soldiers.txt");
    let passages = split_passages(article);
    assert_eq!(passages.len(), 16, "15 paragraphs and the page furniture");
    for passage in &passages[1..15] {
        let found = sentences(passage);
        assert_eq!(found.len(), 1, "{passage}: {found:?}");
    }
}

fn short_draft() -> Draft {
    Draft::from_article("Pool Reopens\n\nThe pool opens on Monday, the council said. It is the best pool. It is the best pool.")
}

#[test]
fn proposes_sentences_as_statements_with_occurrences_where_needed() {
    let mut draft = short_draft();
    assert_eq!(draft.meta.title, "Pool Reopens");
    assert_eq!(draft.meta.id, "pool-reopens");
    assert_eq!(draft.propose_sentences(0), 1);
    assert_eq!(draft.propose_sentences(1), 3);
    assert_eq!(draft.propose_sentences(1), 0, "nothing new the second time");
    let statements = &draft.passages[1].statements;
    assert_eq!(statements[1].statement.occurrence, Some(1));
    assert_eq!(statements[2].statement.occurrence, Some(2));
    assert_eq!(statements[0].statement.occurrence, None);
}

#[test]
fn splits_merges_and_adjusts_statements() {
    let mut draft = short_draft();
    draft.propose_sentences(1);
    let text = draft.passages[1].text.clone();
    let comma = text.find(", the council").expect("comma");
    draft.split(1, 0, comma + 1).expect("splits");
    let texts = |d: &Draft| -> Vec<String> {
        d.passages[1]
            .statements
            .iter()
            .map(|s| s.statement.text.clone())
            .collect()
    };
    assert_eq!(
        texts(&draft),
        [
            "The pool opens on Monday,",
            "the council said.",
            "It is the best pool.",
            "It is the best pool."
        ]
    );
    draft.merge_with_next(1, 0).expect("merges");
    assert_eq!(
        texts(&draft)[0],
        "The pool opens on Monday, the council said."
    );
    assert_eq!(draft.split(1, 0, 0), Err(EditError::BadSplitPoint));
    let start = text.find("best").expect("best");
    assert!(matches!(
        draft.set_range(1, 0, 0..start + 4),
        Err(EditError::Overlaps(_))
    ));
    draft.set_range(1, 0, 4..8).expect("adjusts");
    assert_eq!(texts(&draft)[0], "pool");
    assert_eq!(draft.add_statement(1, 0..0), Err(EditError::EmptySelection));
    draft.remove(1, 0);
    assert_eq!(draft.passages[1].statements.len(), 2);
}

#[test]
fn a_finished_draft_is_a_valid_quiz_with_the_loader_messages_until_then() {
    let mut draft = short_draft();
    draft.propose_sentences(0);
    draft.propose_sentences(1);
    let errors = draft.check().expect_err("no answers yet");
    assert!(
        errors
            .iter()
            .any(|e| describe(Locale::en, e)
                == "passages[0].statements[0].answer: no answer is given")
    );
    for passage in &mut draft.passages {
        for s in &mut passage.statements {
            s.statement.answer = vec!["claim".into()];
            s.statement.explanation = "Because.".into();
        }
    }
    let loaded = draft.check().expect("valid");
    assert_eq!(loaded.len(), 4);
    let again = load(draft.to_json().as_bytes()).expect("the export loads");
    assert_eq!(again.quiz, draft.to_quiz());
}

#[test]
fn every_sample_opened_in_the_editor_exports_unchanged() {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("quizzes/samples");
    let mut texts = vec![BUNDLED_QUIZ.to_string()];
    for entry in fs::read_dir(folder).expect("samples") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "json") {
            texts.push(fs::read_to_string(path).expect("readable"));
        }
    }
    for text in texts {
        let loaded = load(text.as_bytes()).expect("valid");
        let draft = Draft::from_loaded(&loaded);
        assert_eq!(draft.to_quiz(), loaded.quiz);
        let exported: serde_json::Value = serde_json::from_str(&draft.to_json()).expect("json");
        let original: serde_json::Value = serde_json::from_str(&text).expect("json");
        assert_eq!(exported, normalise(original), "{}", loaded.quiz.id);
    }
}

/// The file as the app writes it: a single answer as a string, defaults written out.
fn normalise(value: serde_json::Value) -> serde_json::Value {
    let quiz: fact_claim_opinion::quiz::Quiz = serde_json::from_value(value).expect("quiz");
    serde_json::to_value(quiz).expect("value")
}

#[test]
fn makes_ids_from_titles() {
    assert_eq!(
        slug("North Korea May Help Russia’s By Sending"),
        "north-korea-may-help-russia-s-by-sending"
    );
    assert_eq!(slug("«»"), "my-quiz");
}

#[test]
fn undoes_and_redoes_edits() {
    let mut history = History::new(2);
    let mut state = 1;
    for next in [2, 3, 4] {
        history.record(&state);
        state = next;
    }
    assert_eq!(history.undo(&state), Some(3));
    state = 3;
    assert_eq!(history.undo(&state), Some(2));
    state = 2;
    assert_eq!(history.undo(&state), None, "only two steps are kept");
    assert_eq!(history.redo(&state), Some(3));
    state = 3;
    history.record(&state);
    assert!(!history.can_redo(), "a new edit clears redo");
}

#[test]
fn only_a_headline_becomes_the_title_and_the_id_follows_it() {
    use fact_claim_opinion::quiz::authoring::retitle;
    // No headline: the first paragraph is a sentence, so the title is left to the teacher.
    let draft =
        Draft::from_article("The pool opened on Monday, the council said.\n\nIt is lovely.");
    assert_eq!(draft.meta.title, "");
    let mut meta = draft.meta.clone();
    retitle(&mut meta, "Pool Reopens".into());
    assert_eq!(
        (meta.title.as_str(), meta.id.as_str()),
        ("Pool Reopens", "pool-reopens")
    );
    // The id follows the title while it is the one made from it…
    retitle(&mut meta, "Pool Reopens Monday".into());
    assert_eq!(meta.id, "pool-reopens-monday");
    // …and stays once the teacher wrote their own.
    meta.id = "town-pool-2026".into();
    retitle(&mut meta, "The Pool".into());
    assert_eq!(meta.id, "town-pool-2026");
}
