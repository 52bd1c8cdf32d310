//! The quiz that ships with the app is true to the article, word for word.

use fact_claim_opinion::quiz::{bundled, model::FORMAT_VERSION};

const ARTICLE: &str = include_str!("../../shared/article/north-korea-russia-soldiers.txt");

/// The article's paragraphs, without the page furniture at the end.
fn article_paragraphs() -> Vec<&'static str> {
    let paragraphs: Vec<&str> = ARTICLE
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    assert_eq!(paragraphs.last(), Some(&"Most Recent"));
    paragraphs[..paragraphs.len() - 1].to_vec()
}

#[test]
fn bundled_quiz_is_valid() {
    let quiz = bundled().unwrap_or_else(|errors| panic!("{errors:#?}"));
    assert_eq!(quiz.quiz.format_version, FORMAT_VERSION);
    assert_eq!(quiz.categories.len(), 3);
}

#[test]
fn every_paragraph_headline_included_is_a_passage_word_for_word() {
    let quiz = bundled().unwrap_or_else(|errors| panic!("{errors:#?}"));
    let passages: Vec<&str> = quiz.quiz.passages.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(passages, article_paragraphs());
    assert_eq!(quiz.quiz.title, article_paragraphs()[0]);
}

#[test]
fn leaves_out_the_page_furniture() {
    let quiz = bundled().unwrap_or_else(|errors| panic!("{errors:#?}"));
    assert!(quiz
        .quiz
        .passages
        .iter()
        .all(|p| !p.text.contains("Most Recent")));
}

#[test]
fn every_statement_is_found_inside_its_passage() {
    let quiz = bundled().unwrap_or_else(|errors| panic!("{errors:#?}"));
    for (index, placed) in quiz.placed.iter().enumerate() {
        let statement = quiz.statement(index);
        let passage = quiz.passage_text(placed.passage);
        assert_eq!(
            &passage[placed.span.clone()],
            statement.text,
            "{}",
            statement.id
        );
        assert!(ARTICLE.contains(&statement.text), "{}", statement.id);
    }
}

#[test]
fn every_statement_is_explained_with_cue_words_and_a_way_to_check() {
    let quiz = bundled().unwrap_or_else(|errors| panic!("{errors:#?}"));
    for index in 0..quiz.len() {
        let statement = quiz.statement(index);
        assert!(
            !statement.cues.is_empty(),
            "{} has no cue words",
            statement.id
        );
        assert!(
            statement.explanation.contains("To check"),
            "{} does not say how to check it",
            statement.id
        );
    }
}

#[test]
fn uses_all_three_kinds_and_accepts_several_answers_where_debatable() {
    let quiz = bundled().unwrap_or_else(|errors| panic!("{errors:#?}"));
    for category in 0..3 {
        assert!((0..quiz.len()).any(|i| quiz.expected_category(i) == category));
    }
    let debatable: Vec<_> = (0..quiz.len())
        .filter(|&i| quiz.statement(i).answer.len() > 1)
        .map(|i| quiz.statement(i).id.clone())
        .collect();
    assert!(debatable.len() >= 3, "{debatable:?}");
    for index in (0..quiz.len()).filter(|&i| quiz.statement(i).answer.len() > 1) {
        assert!(
            quiz.statement(index).explanation.contains("also accepted")
                || quiz
                    .statement(index)
                    .explanation
                    .contains("both answers are accepted"),
            "{} accepts several answers without saying why",
            quiz.statement(index).id
        );
    }
}

#[test]
fn fact_checks_the_date_of_the_un_vote() {
    let quiz = bundled().unwrap_or_else(|errors| panic!("{errors:#?}"));
    let index = quiz
        .statement_index("un-vote")
        .expect("the UN vote statement");
    let statement = quiz.statement(index);
    assert!(statement.text.contains("February 24"));
    let check = statement.fact_check.as_ref().expect("a fact check");
    assert!(check.note.contains("2 March 2022"), "{}", check.note);
    assert!(check
        .link
        .as_deref()
        .is_some_and(|l| l.starts_with("https://")));
}

#[test]
fn splits_a_sentence_where_it_mixes_kinds() {
    let quiz = bundled().unwrap_or_else(|errors| panic!("{errors:#?}"));
    let index = quiz.statement_index("no-effect").expect("the clause");
    assert_eq!(quiz.statement(index).text, "but to no effect");
    assert_eq!(quiz.statement(index).answer, vec!["opinion"]);
}
