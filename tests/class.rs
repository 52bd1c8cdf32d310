//! The class report: scores worked out again from the answers, files that cannot be counted set
//! aside with their reason, one file per student, the class's tables and its CSV.

mod common;

use common::{small_quiz, CLAIM, FACT, OPINION, SMALL_QUIZ};
use fact_claim_opinion::i18n::Locale;
use fact_claim_opinion::quiz::class::{class_report, unzip, AddedFile};
use fact_claim_opinion::quiz::report::to_json;
use fact_claim_opinion::quiz::{score, LoadedQuiz, Mode, Session};
use fact_claim_opinion::teacher::class::words::{refusal, summary_problem};

/// Why a file is set aside, as a teacher working in English reads it.
fn said(reason: &fact_claim_opinion::quiz::class::Refusal) -> String {
    refusal(Locale::en, reason)
}

/// A results file as the app writes it: `answers` in reading order (`None`: not answered).
fn hand_in(
    quiz: &LoadedQuiz,
    student: Option<&str>,
    answers: &[Option<usize>],
    finished: u64,
) -> String {
    let mut session = Session::new(quiz, Mode::Test);
    session.started_at = Some(finished - 60_000);
    for (i, answer) in answers.iter().enumerate() {
        session.position = i;
        if let Some(category) = answer {
            session.answer(quiz, *category);
        }
    }
    session.finish_at(finished);
    to_json(quiz, &session, &score(quiz, &session), student)
}

fn file(name: &str, text: &str) -> AddedFile {
    AddedFile {
        name: name.into(),
        bytes: text.as_bytes().to_vec(),
    }
}

const DAY: u64 = 1_795_686_000_000;

#[test]
fn scores_are_worked_out_again_from_the_answers() {
    let quiz = small_quiz();
    // Right, right, wrong, unanswered: 2 of 4.
    let honest = hand_in(
        &quiz,
        Some("Ada"),
        &[Some(FACT), Some(OPINION), Some(FACT), None],
        DAY,
    );
    // The same answers, the score edited by hand to 4 of 4 and every row marked correct.
    let edited = honest
        .replace("\"correct\": 2", "\"correct\": 4")
        .replace("\"percent\": 50", "\"percent\": 100")
        .replace("\"correct\": false", "\"correct\": true");
    assert_ne!(edited, honest);
    let report = class_report(&quiz, &[file("ada.json", &edited)]);
    assert_eq!(report.students.len(), 1);
    let ada = &report.students[0];
    assert_eq!(
        (ada.score.correct, ada.score.total, ada.score.percent),
        (2, 4, 50)
    );
    assert_eq!(ada.score.passed, Some(true));
    assert_eq!(ada.seconds, Some(60));
    assert_eq!(ada.student.as_deref(), Some("Ada"));
}

#[test]
fn files_that_cannot_be_counted_are_set_aside_with_the_reason() {
    let quiz = small_quiz();
    let good = hand_in(&quiz, Some("Ada"), &[Some(FACT); 4], DAY);
    let other_quiz = good.replace("\"quiz_id\": \"small\"", "\"quiz_id\": \"other\"");
    let edited_quiz = fact_claim_opinion::quiz::load::load(
        SMALL_QUIZ
            .replace("\"answer\": \"claim\"", "\"answer\": \"opinion\"")
            .as_bytes(),
    )
    .expect("valid");
    let other_version = hand_in(&edited_quiz, Some("Ben"), &[Some(FACT); 4], DAY);
    let newer = good.replace("\"results_format\": 1", "\"results_format\": 2");
    let unknown_statement = good.replace("\"id\": \"cost\"", "\"id\": \"price\"");
    let unknown_answer = good.replacen("\"your_answer\": \"fact\"", "\"your_answer\": \"fakt\"", 1);
    let old_app = r#"{"quiz_id":"small","quiz_title":"T","mode":"test","correct":3,"total":4,"percent":75,"statements":[]}"#;
    let mut practice = good.replace("\"attempt\": 1", "\"attempt\": 2");
    practice = practice.replace("\"Ada\"", "\"Cy\"");
    let files = [
        file("ada.json", &good),
        file("other.json", &other_quiz),
        file("ben.json", &other_version),
        file("newer.json", &newer),
        file("price.json", &unknown_statement),
        file("fakt.json", &unknown_answer),
        file("old.json", old_app),
        file("practice.json", &practice),
        file("quiz.json", SMALL_QUIZ),
        file("notes.txt", "hello"),
        file("ada.csv", "student,quiz_id\r\nAda,small\r\n"),
        file("empty.json", ""),
        file("script.json", "<script>alert(1)</script>"),
    ];
    let report = class_report(&quiz, &files);
    assert_eq!(report.students.len(), 1);
    let reasons: Vec<(&str, String)> = report
        .set_aside
        .iter()
        .map(|s| (s.file.as_str(), said(&s.reason)))
        .collect();
    let expect = [
        ("other.json", "for another quiz: “The town pool” (other)"),
        ("ben.json", "for a different version of this quiz"),
        (
            "newer.json",
            "made by a newer version of the app (results format 2)",
        ),
        (
            "price.json",
            "it answers a statement the quiz does not have (`price`)",
        ),
        (
            "fakt.json",
            "its answer to `opens` is `fakt`, which is not a category of this quiz",
        ),
        ("old.json", "made by an older version of the app"),
        ("practice.json", "a practice round (attempt 2)"),
        ("quiz.json", "this is a quiz file, not a student's results"),
        ("notes.txt", "this is not a results file: it is not JSON"),
        ("ada.csv", "this is a CSV download"),
        ("empty.json", "the file is empty"),
        ("script.json", "this is not a results file: it is not JSON"),
    ];
    assert_eq!(reasons.len(), expect.len(), "{reasons:#?}");
    for ((file, reason), (want_file, want_reason)) in reasons.iter().zip(expect) {
        assert_eq!(*file, want_file);
        assert!(reason.starts_with(want_reason), "{file}: {reason}");
    }
}

#[test]
fn a_student_who_hands_in_twice_is_counted_once_with_the_latest() {
    let quiz = small_quiz();
    let early = hand_in(&quiz, Some("Ada Lovelace"), &[Some(FACT); 4], DAY);
    let late = hand_in(
        &quiz,
        Some(" ada  lovelace "),
        &[Some(FACT), Some(OPINION), Some(CLAIM), Some(OPINION)],
        DAY + 3_600_000,
    );
    // Added latest first: the later finishing time wins, not the order.
    let report = class_report(
        &quiz,
        &[file("late.json", &late), file("early.json", &early)],
    );
    assert_eq!(report.students.len(), 1);
    assert_eq!(report.students[0].file, "late.json");
    assert_eq!(report.students[0].score.correct, 4);
    assert_eq!(report.replaced.len(), 1);
    assert_eq!(report.replaced[0].file, "early.json");
    assert_eq!(report.replaced[0].by, "late.json");
    // Students without a name are never merged.
    let a = hand_in(&quiz, None, &[Some(FACT); 4], DAY);
    let report = class_report(&quiz, &[file("a.json", &a), file("b.json", &a)]);
    assert_eq!(report.students.len(), 2);
    assert_eq!(report.students[1].student, None);
    assert_eq!(report.students[1].file, "b.json");
}

#[test]
fn the_class_tables_add_up() {
    let quiz = small_quiz();
    // Statements: opens (fact), best (opinion), cost (claim), love (opinion or claim).
    let answers = [
        (
            "Ada",
            [Some(FACT), Some(OPINION), Some(CLAIM), Some(OPINION)],
        ), // 4
        ("Ben", [Some(CLAIM), Some(OPINION), Some(FACT), Some(CLAIM)]), // 2
        ("Cy", [Some(FACT), Some(FACT), Some(FACT), None]),             // 1
    ];
    let files: Vec<AddedFile> = answers
        .iter()
        .map(|(name, a)| file(&format!("{name}.json"), &hand_in(&quiz, Some(name), a, DAY)))
        .collect();
    let report = class_report(&quiz, &files);
    assert_eq!(report.percents(), [100, 50, 25]);
    // Numbered by score while names are hidden: Cy, added last, is Student 3.
    assert_eq!(report.anonymous_numbers(), [1, 2, 3]);
    assert_eq!(report.average(), Some(58.3));
    assert_eq!(report.median(), Some(50.0));
    assert_eq!(report.range(), Some((25, 100)));
    assert_eq!(report.passed(), Some(2));
    let mut bands = [0; 10];
    bands[2] = 1;
    bands[5] = 1;
    bands[9] = 1;
    assert_eq!(report.histogram(), bands);
    // "cost" (claim): Ada right; Ben and Cy said fact.
    let cost = &report.statements[2];
    assert_eq!(
        (cost.right, cost.chose.clone(), cost.unanswered),
        (1, vec![2, 1, 0], 0)
    );
    assert_eq!(cost.common_wrong, Some((FACT, 2)));
    assert_eq!(cost.percent(3), 33);
    // Hardest first: cost (1 right), then opens and love and best (2 each), in reading order.
    let hardest: Vec<usize> = report.hardest(2).iter().map(|r| r.statement).collect();
    assert_eq!(hardest, [2, 0]);
    // Expected × chosen, the last column no answer. Facts: opens ×3 → fact 2, claim 1.
    assert_eq!(report.confusion[FACT], [2, 1, 0, 0]);
    // Claims: cost → fact 2, claim 1.
    assert_eq!(report.confusion[CLAIM], [2, 1, 0, 0]);
    // Opinions (main answer): best → opinion 2, fact 1; love → opinion 1, claim 1, none 1.
    assert_eq!(report.confusion[OPINION], [1, 1, 3, 1]);
    let csv = report.to_csv(&quiz, &Locale::en);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "student,file,correct,total,percent,passed,seconds,finished,opens,best,cost,love"
    );
    assert_eq!(
        lines[3],
        "Cy,Cy.json,1,4,25,no,60,2026-11-26T09:40:00Z,1,0,0,"
    );
}

#[test]
fn a_zip_of_submissions_is_read_file_by_file() {
    use std::io::Write;
    let quiz = small_quiz();
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for name in ["Ada", "Ben"] {
        zip.start_file(format!("submissions/{name}/results.json"), options)
            .expect("entry");
        zip.write_all(hand_in(&quiz, Some(name), &[Some(FACT); 4], DAY).as_bytes())
            .expect("written");
    }
    zip.add_directory("__MACOSX/", options).expect("folder");
    zip.start_file("__MACOSX/submissions/._Ada", options)
        .expect("entry");
    zip.write_all(b"\0\x05\x16\x07").expect("written");
    zip.start_file("readme.txt", options).expect("entry");
    zip.write_all(b"Hand-ins for 7B").expect("written");
    let bytes = zip.finish().expect("zip").into_inner();
    let unzipped = unzip("7B.zip", &bytes).expect("reads");
    assert!(unzipped.set_aside.is_empty());
    let files = unzipped.files;
    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "7B.zip › submissions/Ada/results.json",
            "7B.zip › submissions/Ben/results.json",
            "7B.zip › readme.txt"
        ]
    );
    let report = class_report(&quiz, &files);
    assert_eq!(report.students.len(), 2);
    assert_eq!(report.set_aside.len(), 1);
    assert!(unzip("x.zip", b"PK\x03\x04 not really").is_err());
    assert!(unzip("x.zip", b"").is_err());
}

#[test]
fn a_student_sees_their_answers_beside_the_class_summary() {
    use fact_claim_opinion::quiz::class::{compare, read_summary, standing};
    let quiz = small_quiz();
    let class = [
        [Some(FACT), Some(OPINION), Some(CLAIM), Some(OPINION)],
        [Some(CLAIM), Some(OPINION), Some(FACT), Some(CLAIM)],
        [Some(FACT), Some(FACT), Some(FACT), None],
    ];
    let files: Vec<AddedFile> = class
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let name = format!("S{i}");
            file(
                &format!("{name}.json"),
                &hand_in(&quiz, Some(&name), a, DAY),
            )
        })
        .collect();
    let summary = class_report(&quiz, &files).summary(&quiz);
    let text = serde_json::to_string_pretty(&summary).expect("json");
    // No names travel in it.
    assert!(!text.contains("S0") && !text.contains(".json"), "{text}");
    assert_eq!(summary.scores, [25, 50, 100]);
    let read = read_summary(text.as_bytes())
        .expect("a summary")
        .expect("valid");
    assert_eq!(read, summary);
    // A student who said claim, opinion, claim, nothing.
    let mine = [Some(CLAIM), Some(OPINION), Some(CLAIM), None];
    let rows = compare(&quiz, &read, &mine).expect("same quiz");
    assert_eq!(rows[2].yours, Some(CLAIM));
    assert!(rows[2].right);
    assert_eq!(rows[2].class, [2, 1, 0]);
    assert_eq!((rows[3].yours, rows[3].no_answer), (None, 1));
    assert_eq!(standing(&read.scores, 50), (1, 1));
    // A quiz file is not a summary; a damaged or newer summary says so.
    assert!(read_summary(SMALL_QUIZ.as_bytes()).is_none());
    let newer = text.replace("\"class_summary\": 1", "\"class_summary\": 2");
    assert!(read_summary(newer.as_bytes())
        .expect("a summary")
        .is_err_and(|e| summary_problem(Locale::en, &e).contains("newer version")));
    // For another version of the quiz: not compared.
    let edited = fact_claim_opinion::quiz::load::load(
        SMALL_QUIZ
            .replace("\"answer\": \"claim\"", "\"answer\": \"opinion\"")
            .as_bytes(),
    )
    .expect("valid");
    assert!(compare(&edited, &read, &mine)
        .is_err_and(|e| summary_problem(Locale::en, &e).contains("different version")));
}

#[test]
fn a_zip_entry_too_large_or_unreadable_is_set_aside_alone() {
    use std::io::Write;
    let quiz = small_quiz();
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("ada.json", options).expect("entry");
    zip.write_all(hand_in(&quiz, Some("Ada"), &[Some(FACT); 4], DAY).as_bytes())
        .expect("written");
    // 9 MB of spaces packs into a few kB: refused by its size, not read into memory.
    zip.start_file("huge.json", options).expect("entry");
    zip.write_all(&vec![b' '; 9 * 1024 * 1024])
        .expect("written");
    let bytes = zip.finish().expect("zip").into_inner();
    let unzipped = unzip("class.zip", &bytes).expect("reads");
    assert_eq!(unzipped.files.len(), 1);
    assert_eq!(unzipped.set_aside.len(), 1);
    assert_eq!(unzipped.set_aside[0].file, "class.zip › huge.json");
    assert!(said(&unzipped.set_aside[0].reason).starts_with("the file is larger than 8 MB"));
}

#[test]
fn results_files_and_summaries_are_objects() {
    use fact_claim_opinion::quiz::class::read_summary;
    let quiz = small_quiz();
    let report = class_report(&quiz, &[file("list.json", "[2, null, null]")]);
    assert!(
        said(&report.set_aside[0].reason).starts_with("this is not a results file"),
        "{:?}",
        report.set_aside
    );
    assert!(read_summary(b"[1]").is_none());
}
