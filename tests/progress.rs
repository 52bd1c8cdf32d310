//! Saving progress and restoring it after a reload, distrustfully.

mod common;

use common::{small_quiz, CLAIM, FACT, SMALL_QUIZ};
use fact_claim_opinion::quiz::load::load;
use fact_claim_opinion::quiz::progress::{restore, save, RestoreError};
use fact_claim_opinion::quiz::{Mode, Session};

#[test]
fn restores_progress_after_reload() {
    let quiz = small_quiz();
    let mut session = Session::new(&quiz, Mode::Practice);
    session.answer(&quiz, FACT);
    session.next();
    session.answer(&quiz, CLAIM);
    session.next();
    let restored = restore(&quiz, &save(&quiz, &session)).expect("restores");
    assert_eq!(restored, session);
}

#[test]
fn restores_a_retry_of_mistakes() {
    let quiz = small_quiz();
    let mut session = Session::for_statements(&quiz, Mode::Test, vec![3, 1]);
    session.answer(&quiz, CLAIM);
    session.finish();
    assert_eq!(restore(&quiz, &save(&quiz, &session)), Ok(session));
}

#[test]
fn discards_corrupt_data() {
    let quiz = small_quiz();
    for junk in ["", "null", "{", "[1,2]", "{\"version\":1}", "\u{0}\u{1}"] {
        assert_eq!(restore(&quiz, junk), Err(RestoreError::Corrupt), "{junk:?}");
    }
}

#[test]
fn discards_data_from_an_older_app() {
    let quiz = small_quiz();
    let saved =
        save(&quiz, &Session::new(&quiz, Mode::Test)).replace("\"version\":1", "\"version\":0");
    assert_eq!(restore(&quiz, &saved), Err(RestoreError::OldVersion));
}

#[test]
fn discards_progress_for_an_edited_quiz() {
    let quiz = small_quiz();
    let saved = save(&quiz, &Session::new(&quiz, Mode::Test));
    let edited = load(
        SMALL_QUIZ
            .replace("No source.", "Nobody is named.")
            .as_bytes(),
    )
    .expect("valid");
    assert_eq!(restore(&edited, &saved), Err(RestoreError::QuizChanged));
}

#[test]
fn discards_unknown_statements_categories_and_positions() {
    let quiz = small_quiz();
    let mut session = Session::new(&quiz, Mode::Test);
    session.answer(&quiz, FACT);
    let saved = save(&quiz, &session);
    for tampered in [
        saved.replace("\"opens\":\"fact\"", "\"opens\":\"fakt\""),
        saved.replace("\"opens\":", "\"nope\":"),
        saved.replace("\"position\":0", "\"position\":99"),
        saved.replace("\"asked\":[[0,4]]", "\"asked\":[[0,4],[1,2]]"),
        saved.replace("\"asked\":[[0,4]]", "\"asked\":[[0,9]]"),
        saved.replace("\"asked\":[[0,4]]", "\"asked\":[[2,1]]"),
    ] {
        assert_ne!(tampered, saved, "the test did not change anything");
        assert_eq!(
            restore(&quiz, &tampered),
            Err(RestoreError::Corrupt),
            "{tampered}"
        );
    }
}

#[test]
fn saves_a_whole_quiz_compactly() {
    let quiz = small_quiz();
    let saved = save(&quiz, &Session::new(&quiz, Mode::Test));
    assert!(saved.contains("\"asked\":[[0,4]]"), "{saved}");
    let retry = Session::for_statements(&quiz, Mode::Test, vec![3, 0, 1]);
    assert!(save(&quiz, &retry).contains("\"asked\":[[3,4],[0,2]]"));
}

#[test]
fn keeps_when_the_attempt_started_and_finished() {
    let quiz = small_quiz();
    let mut session = Session::new(&quiz, Mode::Test);
    session.started_at = Some(1_795_686_000_000);
    session.answer(&quiz, FACT);
    session.finish_at(1_795_686_067_250);
    // Finishing again (after a reload, say) keeps the first time.
    session.finish_at(1_795_686_999_999);
    let restored = restore(&quiz, &save(&quiz, &session)).expect("restores");
    assert_eq!(restored.started_at, Some(1_795_686_000_000));
    assert_eq!(restored.finished_at, Some(1_795_686_067_250));
    // Progress saved before the times existed still restores, without them.
    let old = save(&quiz, &Session::new(&quiz, Mode::Test));
    assert!(!old.contains("started_at"), "{old}");
    assert_eq!(restore(&quiz, &old).expect("restores").started_at, None);
}
