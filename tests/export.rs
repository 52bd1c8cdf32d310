//! Quiz-bank exports: GIFT (Moodle) and QTI 1.2 (Canvas, Blackboard). The GIFT output is also
//! parsed by the npm package gift-pegjs in the end-to-end tests (e2e/export.test.mjs).

mod common;

use common::small_quiz;
use fact_claim_opinion::quiz::export::{to_gift, to_qti, to_qti_package};
use fact_claim_opinion::quiz::load::load;

/// A quiz whose every text is full of what GIFT, HTML and XML treat specially.
const SPECIAL: &str = r#"{
  "format_version": 1,
  "id": "special-chars",
  "title": "Braces {x}, tildes ~y, equals = z: & <b>bold</b> \"quoted\" #1",
  "categories": [
    { "id": "fact", "name": "Fact {=}", "definition": "d", "example": "e" },
    { "id": "opinion", "name": "Opinion ~#:", "definition": "d", "example": "e" }
  ],
  "passages": [
    { "text": "A = B: {sure} ~ maybe #1 & <script>alert(1)</script> \\ done.",
      "statements": [
        { "id": "s1", "text": "A = B: {sure} ~ maybe #1 & <script>alert(1)</script> \\ done.",
          "answer": ["opinion", "fact"], "explanation": "It says {sure}: a <judgement> & ~guess = #opinion.",
          "cues": ["{sure}"] }
      ] }
  ]
}"#;

#[test]
fn gift_has_a_question_per_statement_with_every_category() {
    let quiz = small_quiz();
    let gift = to_gift(&quiz);
    assert_eq!(gift.matches("::[html]").count(), quiz.len());
    assert!(gift.contains("::opens::[html]"), "{gift}");
    // "love" accepts opinion (main) and claim: full and half credit.
    let love = &gift[gift.find("::love::").expect("love")..];
    let love = &love[..love.find("\n}\n").expect("end")];
    assert!(love.contains("\t=Opinion#Right."), "{love}");
    assert!(love.contains("\t~%50%Claim#Accepted too"), "{love}");
    assert!(love.contains("\t~Sourced fact#Not this one."), "{love}");
    assert!(
        love.contains("\t####<p>The answer\\: Opinion or Claim. Speculation.</p>"),
        "{love}"
    );
}

#[test]
fn gift_and_qti_escape_what_they_must() {
    let quiz = load(SPECIAL.as_bytes()).expect("valid");
    let gift = to_gift(&quiz);
    // Every special character of GIFT is escaped in the texts; HTML is escaped under it.
    assert!(gift.contains("A \\= B\\: \\{sure\\} \\~ maybe \\#1 &amp; &lt;script&gt;alert(1)&lt;/script&gt; \\\\ done."), "{gift}");
    assert!(gift.contains("\t=Opinion \\~\\#\\:#Right."), "{gift}");
    assert!(
        gift.contains("\t~%50%Fact \\{\\=\\}#Accepted too"),
        "{gift}"
    );
    assert!(!gift.contains("<script>"), "{gift}");
    // The QTI document is well-formed XML whatever the texts hold, and they come back intact.
    let qti = to_qti(&quiz);
    let document = roxmltree::Document::parse(&qti).expect("well-formed XML");
    let texts: Vec<&str> = document
        .descendants()
        .filter(|n| n.has_tag_name("mattext"))
        .filter_map(|n| n.text())
        .collect();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("<strong>A = B: {sure} ~ maybe #1 &amp; &lt;script&gt;")),
        "{texts:#?}"
    );
    assert!(texts.contains(&"Opinion ~#:"), "{texts:#?}");
}

#[test]
fn qti_follows_the_structure_of_qti_1_2() {
    let quiz = small_quiz();
    let qti = to_qti(&quiz);
    let document = roxmltree::Document::parse(&qti).expect("well-formed XML");
    let root = document.root_element();
    assert_eq!(root.tag_name().name(), "questestinterop");
    let section = child(child(root, "assessment"), "section");
    let items: Vec<_> = section
        .children()
        .filter(|c| c.has_tag_name("item"))
        .collect();
    assert_eq!(items.len(), quiz.len());
    for (index, item) in items.iter().enumerate() {
        assert_eq!(
            item.attribute("ident"),
            Some(quiz.statement(index).id.as_str())
        );
        let choice = child(
            child(child(*item, "presentation"), "response_lid"),
            "render_choice",
        );
        let labels: Vec<_> = choice
            .children()
            .filter(|c| c.has_tag_name("response_label"))
            .filter_map(|c| c.attribute("ident"))
            .collect();
        assert_eq!(labels, ["fact", "claim", "opinion"]);
        let processing = child(*item, "resprocessing");
        child(processing, "outcomes");
        let scores: Vec<(String, String)> = processing
            .children()
            .filter(|c| c.has_tag_name("respcondition"))
            .filter_map(|c| {
                let answer = c
                    .descendants()
                    .find(|d| d.has_tag_name("varequal"))?
                    .text()?;
                let score = c.descendants().find(|d| d.has_tag_name("setvar"))?.text()?;
                Some((answer.to_string(), score.to_string()))
            })
            .collect();
        let accepted = &quiz.statement(index).answer;
        assert_eq!(scores.len(), accepted.len());
        for (answer, score) in &scores {
            let expected = if *answer == accepted[0] { "100" } else { "50" };
            assert!(accepted.contains(answer), "{answer}");
            assert_eq!(score, expected, "{answer}");
        }
        child(*item, "itemfeedback");
    }
    // The package Canvas imports: a manifest naming the assessment, both in the zip.
    let package = to_qti_package(&quiz).expect("zip");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(package)).expect("a zip");
    let names: Vec<String> = zip.file_names().map(str::to_string).collect();
    assert_eq!(names, ["imsmanifest.xml", "small/small.xml"]);
    let mut manifest = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("imsmanifest.xml").expect("manifest"),
        &mut manifest,
    )
    .expect("text");
    let manifest = roxmltree::Document::parse(&manifest).expect("well-formed");
    let file = manifest
        .descendants()
        .find(|n| n.has_tag_name("file"))
        .and_then(|n| n.attribute("href"));
    assert_eq!(file, Some("small/small.xml"));
}

/// The first child element of `node` named `name`.
fn child<'a, 'input>(node: roxmltree::Node<'a, 'input>, name: &str) -> roxmltree::Node<'a, 'input> {
    node.children()
        .find(|c| c.has_tag_name(name))
        .unwrap_or_else(|| panic!("<{name}> missing in <{}>", node.tag_name().name()))
}
