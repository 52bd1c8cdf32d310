//! Answer matching, attempts and scores.

mod common;

use common::{small_quiz, CLAIM, FACT, OPINION};
use fact_claim_opinion::i18n::Locale;
use fact_claim_opinion::quiz::report::{csv_field, to_csv, to_json};
use fact_claim_opinion::quiz::{score, Answered, Mode, Session};

fn answer_all(
    session: &mut Session,
    quiz: &fact_claim_opinion::quiz::LoadedQuiz,
    answers: &[usize],
) {
    for (i, &category) in answers.iter().enumerate() {
        session.position = i;
        session.answer(quiz, category);
    }
}

#[test]
fn statements_are_asked_in_reading_order() {
    let quiz = small_quiz();
    let ids: Vec<_> = (0..quiz.len())
        .map(|i| quiz.statement(i).id.as_str())
        .collect();
    assert_eq!(ids, ["opens", "best", "cost", "love"]);
}

#[test]
fn accepts_any_of_the_accepted_answers() {
    let quiz = small_quiz();
    assert!(quiz.accepts(3, OPINION));
    assert!(quiz.accepts(3, CLAIM));
    assert!(!quiz.accepts(3, FACT));
    assert_eq!(quiz.expected_category(3), OPINION);
}

#[test]
fn scores_a_perfect_run() {
    let quiz = small_quiz();
    let mut session = Session::new(&quiz, Mode::Test);
    answer_all(&mut session, &quiz, &[FACT, OPINION, CLAIM, CLAIM]);
    let results = score(&quiz, &session);
    assert_eq!(
        (
            results.round.correct,
            results.round.total,
            results.round.percent
        ),
        (4, 4, 100)
    );
    assert_eq!(results.round.passed, Some(true));
    assert!(results.missed.is_empty());
}

#[test]
fn breaks_mistakes_down_by_what_the_student_called_each_kind() {
    let quiz = small_quiz();
    let mut session = Session::new(&quiz, Mode::Test);
    answer_all(&mut session, &quiz, &[CLAIM, CLAIM, CLAIM, FACT]);
    let results = score(&quiz, &session);
    assert_eq!((results.round.correct, results.round.percent), (1, 25));
    assert_eq!(results.round.passed, Some(false));
    let opinions = &results.breakdown[OPINION];
    assert_eq!((opinions.total, opinions.correct), (2, 0));
    assert_eq!(opinions.confused_with, vec![(FACT, 1), (CLAIM, 1)]);
    assert_eq!(results.breakdown[FACT].confused_with, vec![(CLAIM, 1)]);
    assert_eq!(results.missed.len(), 3);
}

#[test]
fn counts_unanswered_statements_as_missed() {
    let quiz = small_quiz();
    let mut session = Session::new(&quiz, Mode::Test);
    session.answer(&quiz, FACT);
    let results = score(&quiz, &session);
    assert_eq!(results.round.correct, 1);
    assert_eq!(results.missed.len(), 3);
    assert_eq!(results.breakdown[CLAIM].unanswered, 1);
    assert!(results.missed.iter().all(|m| m.chosen.is_none()));
}

#[test]
fn practice_mode_keeps_the_first_answer() {
    let quiz = small_quiz();
    let mut session = Session::new(&quiz, Mode::Practice);
    assert_eq!(
        session.answer(&quiz, CLAIM),
        Answered::Recorded { correct: false }
    );
    assert!(session.shows_feedback());
    assert_eq!(session.answer(&quiz, FACT), Answered::Locked);
    assert_eq!(session.answer_of(0), Some(CLAIM));
}

#[test]
fn test_mode_allows_changing_an_answer_and_hides_feedback() {
    let quiz = small_quiz();
    let mut session = Session::new(&quiz, Mode::Test);
    session.answer(&quiz, CLAIM);
    assert!(!session.shows_feedback());
    assert_eq!(
        session.answer(&quiz, FACT),
        Answered::Recorded { correct: true }
    );
    session.finish();
    assert!(session.shows_feedback());
    assert_eq!(session.answer(&quiz, OPINION), Answered::Locked);
}

#[test]
fn retrying_mistakes_asks_only_those() {
    let quiz = small_quiz();
    let mut session = Session::new(&quiz, Mode::Practice);
    answer_all(&mut session, &quiz, &[FACT, CLAIM, CLAIM, FACT]);
    let mistakes = session.mistakes(&quiz);
    assert_eq!(mistakes, vec![1, 3]);
    let retry = Session::for_statements(&quiz, Mode::Practice, mistakes);
    assert_eq!(retry.total(), 2);
    assert_eq!(retry.current(), 1);
    assert_eq!(score(&quiz, &retry).round.total, 2);
}

#[test]
fn navigation_stays_in_bounds() {
    let quiz = small_quiz();
    let mut session = Session::new(&quiz, Mode::Test);
    session.previous();
    assert_eq!(session.position, 0);
    for _ in 0..10 {
        session.next();
    }
    assert_eq!(session.position, 3);
    session.go_to(1);
    assert_eq!(session.current(), 1);
}

#[test]
fn the_score_is_said_in_the_students_language() {
    use fact_claim_opinion::shared::words::results_sentence;
    let quiz = small_quiz();
    let mut session = Session::new(&quiz, Mode::Test);
    answer_all(&mut session, &quiz, &[FACT, CLAIM, CLAIM, OPINION]);
    session.finish();
    let results = score(&quiz, &session);
    assert_eq!(
        results_sentence(Locale::en, &results, 1),
        "You got 3 of 4 right (75%)."
    );
    // French spacing before the percent sign (a narrow no-break space).
    assert_eq!(
        results_sentence(Locale::fr, &results, 1),
        "Tu as réussi 3 sur 4 (75\u{202F}%)."
    );
}

#[test]
fn passage_segments_cover_the_text_exactly() {
    let quiz = small_quiz();
    for passage in 0..quiz.quiz.passages.len() {
        let text = quiz.passage_text(passage);
        let joined: String = quiz
            .segments(passage)
            .iter()
            .map(|s| &text[s.range.clone()])
            .collect();
        assert_eq!(joined, text);
    }
    let runs = quiz.cue_runs(0);
    let cue: Vec<_> = runs
        .iter()
        .filter(|(_, cue)| *cue)
        .map(|(r, _)| &quiz.passage_text(0)[r.clone()])
        .collect();
    assert_eq!(cue, ["the council said"]);
}

#[test]
fn downloads_results_as_csv_and_json() {
    use fact_claim_opinion::quiz::handin::{quiz_version, HandIn, RESULTS_FORMAT};
    let quiz = small_quiz();
    let mut session = Session::new(&quiz, Mode::Test);
    session.started_at = Some(1_795_686_000_000);
    answer_all(&mut session, &quiz, &[FACT, CLAIM, CLAIM, OPINION]);
    session.finish_at(1_795_686_067_250);
    let results = score(&quiz, &session);
    let csv = to_csv(
        &quiz,
        &session,
        &results,
        Some("Ada =Lovelace"),
        &Locale::en,
    );
    let lines: Vec<_> = csv.lines().collect();
    assert_eq!(lines.len(), 6);
    let version = quiz_version(&quiz);
    // Who, which quiz and when on every row; a name a spreadsheet would run is defused.
    assert_eq!(
        lines[1],
        format!("Ada =Lovelace,small,{version},1,2026-11-26T09:41:07Z,1,opens,\"The pool opens on Monday, the council said.\",Sourced fact,Sourced fact,yes")
    );
    assert!(lines[2].ends_with(",Claim,Opinion,no"), "{}", lines[2]);
    assert_eq!(lines[5], ",,,,,total,,,,,3 of 4");
    // In the student's language: headings, category names, right or wrong and the total.
    let french = to_csv(&quiz, &session, &results, None, &Locale::fr);
    let french: Vec<_> = french.lines().collect();
    assert!(french[0].starts_with("élève,id_quiz,"), "{}", french[0]);
    assert!(
        french[1].ends_with(",Fait sourcé,Fait sourcé,oui"),
        "{}",
        french[1]
    );
    assert!(
        french[2].ends_with(",Affirmation,Opinion,non"),
        "{}",
        french[2]
    );
    assert_eq!(french[5], ",,,,,total,,,,,3 sur 4");
    let file: HandIn =
        serde_json::from_str(&to_json(&quiz, &session, &results, Some(" Ada "))).expect("JSON");
    assert_eq!(file.results_format, RESULTS_FORMAT);
    assert_eq!(file.student.as_deref(), Some("Ada"));
    assert_eq!(file.quiz_id, "small");
    assert_eq!(file.quiz_version, version);
    assert_eq!(file.started.as_deref(), Some("2026-11-26T09:40:00Z"));
    assert_eq!(file.finished.as_deref(), Some("2026-11-26T09:41:07Z"));
    assert_eq!(file.seconds, Some(67));
    assert_eq!((file.score.correct, file.score.total), (3, 4));
    assert_eq!(file.statements[3].your_answer.as_deref(), Some("opinion"));
    assert!(!file.statements[1].correct);
    // No name given: none in the file.
    let unnamed: HandIn =
        serde_json::from_str(&to_json(&quiz, &session, &results, None)).expect("JSON");
    assert_eq!(unnamed.student, None);
}

#[test]
fn the_quiz_version_follows_what_is_asked_and_accepted_only() {
    use fact_claim_opinion::quiz::handin::quiz_version;
    use fact_claim_opinion::quiz::load::load;
    let base = quiz_version(&small_quiz());
    assert_eq!(base.len(), 16);
    let with = |from: &str, to: &str| {
        assert!(common::SMALL_QUIZ.contains(from), "{from}");
        let quiz = load(common::SMALL_QUIZ.replace(from, to).as_bytes()).expect("valid");
        quiz_version(&quiz)
    };
    // Explanations, titles and settings may be polished without setting results aside.
    assert_eq!(with("Named source.", "The council is named."), base);
    assert_eq!(with("The town pool", "The Town Pool"), base);
    assert_eq!(with("\"pass_mark\": 50", "\"pass_mark\": 60"), base);
    // What a student is asked, or what is accepted, may not.
    assert_ne!(
        with("\"answer\": \"claim\"", "\"answer\": \"opinion\""),
        base
    );
    assert_ne!(with("\"id\": \"cost\"", "\"id\": \"price\""), base);
    assert_ne!(
        with("It cost two million pounds.", "It cost two million pounds!"),
        base
    );
}

#[test]
fn csv_defuses_spreadsheet_formulas_from_quiz_text() {
    assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    assert_eq!(csv_field("-2"), "\"'-2\"");
    assert_eq!(csv_field("plain"), "plain");
}

#[test]
fn shuffles_passages_but_keeps_statements_in_reading_order() {
    use fact_claim_opinion::quiz::session::statement_order;
    let in_order = small_quiz();
    assert_eq!(statement_order(&in_order, 7), vec![0, 1, 2, 3]);
    let text = common::SMALL_QUIZ.replace(
        "\"pass_mark\": 50",
        "\"pass_mark\": 50, \"passage_order\": \"shuffled\"",
    );
    let shuffled = fact_claim_opinion::quiz::load::load(text.as_bytes()).expect("valid");
    let orders: std::collections::BTreeSet<Vec<usize>> = (0..20)
        .map(|seed| statement_order(&shuffled, seed))
        .collect();
    assert_eq!(
        orders.into_iter().collect::<Vec<_>>(),
        vec![vec![0, 1, 2, 3], vec![2, 3, 0, 1]]
    );
}

#[test]
fn recognises_a_headline_only_where_the_first_passage_reads_like_one() {
    let bundled = fact_claim_opinion::quiz::bundled().expect("valid");
    assert!(bundled.is_headline(0));
    assert!(!bundled.is_headline(1));
    // The small quiz starts with a sentence, not a headline.
    assert!(!small_quiz().is_headline(0));
}

#[test]
fn the_verdict_names_every_accepted_answer() {
    use fact_claim_opinion::shared::words::verdict;
    let quiz = small_quiz();
    // Statement 3 accepts an opinion or a claim (the opinion first).
    assert_eq!(
        verdict(Locale::en, &quiz, 3, Some(FACT)),
        "Not quite. You said Sourced fact; the answer is Opinion or Claim."
    );
    assert_eq!(
        verdict(Locale::en, &quiz, 3, Some(CLAIM)),
        "Right! Claim. Opinion is also accepted."
    );
    assert_eq!(
        verdict(Locale::en, &quiz, 3, None),
        "Not answered. The answer is Opinion or Claim."
    );
    // In French, with the default categories' French names joined the French way.
    let french = verdict(Locale::fr, &quiz, 3, Some(FACT));
    assert!(
        french.contains("Fait sourcé") && french.contains("Opinion ou Affirmation"),
        "{french}"
    );
    // Spanish says "u" for "or" before a word starting with "o" (and only there).
    use fact_claim_opinion::shared::words::{categories, join_or};
    let spanish = verdict(Locale::es, &quiz, 3, Some(FACT));
    assert!(spanish.contains("Opinión o Afirmación"), "{spanish}");
    let names = categories(Locale::es, &quiz);
    assert_eq!(
        join_or(Locale::es, &names, &[0, 1, 2]),
        "Hecho con fuente, Afirmación u Opinión"
    );
}

#[test]
fn a_retry_is_practice_and_the_first_score_stays_the_score() {
    use fact_claim_opinion::quiz::session::Retried;
    let quiz = small_quiz();
    let mut first = Session::new(&quiz, Mode::Test);
    // Right on the first two, wrong on the last two: 2 of 4.
    for category in [FACT, OPINION, OPINION, FACT] {
        first.answer(&quiz, category);
        first.next();
    }
    first.finish();
    assert_eq!(score(&quiz, &first).counted.correct, 2);
    let mut retry = first
        .retry(&quiz, &score(&quiz, &first), Retried::Mistakes, Vec::new())
        .expect("two mistakes");
    assert_eq!((retry.attempt, retry.total()), (2, 2));
    for category in [CLAIM, OPINION] {
        retry.answer(&quiz, category);
        retry.next();
    }
    retry.finish();
    let results = score(&quiz, &retry);
    assert_eq!(
        (results.round.correct, results.round.total),
        (2, 2),
        "this round"
    );
    assert_eq!(
        (
            results.counted.correct,
            results.counted.total,
            results.counted.percent
        ),
        (2, 4, 50),
        "the score"
    );
    // Passed against the first attempt's 50 % (the pass mark is 50).
    assert_eq!(results.counted.passed, Some(true));
    // A second retry keeps the first attempt's score, not the practice round's.
    let again = retry
        .retry(&quiz, &results, Retried::All, vec![0, 1, 2, 3])
        .expect("all");
    assert_eq!(again.attempt, 3);
    assert_eq!(again.first, retry.first);
    // Nothing to go over: no round.
    assert!(retry
        .retry(&quiz, &results, Retried::Mistakes, Vec::new())
        .is_none());
    // Saved and restored as a practice round.
    let restored = fact_claim_opinion::quiz::progress::restore(
        &quiz,
        &fact_claim_opinion::quiz::progress::save(&quiz, &again),
    )
    .expect("restores");
    assert_eq!(restored, again);
}
