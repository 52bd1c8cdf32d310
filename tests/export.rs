//! Quiz-bank exports: GIFT (Moodle) and QTI 1.2 (Canvas, Blackboard), and SCORM packages. The
//! GIFT output is also parsed by the npm package gift-pegjs in the end-to-end tests
//! (e2e/export.test.mjs); SCORM packages run against scorm-again in e2e/scorm.test.mjs.

mod common;

use common::small_quiz;
use fact_claim_opinion::i18n::Locale;
use fact_claim_opinion::quiz::export::{to_gift, to_qti, to_qti_package, PackageError};
use fact_claim_opinion::quiz::load::load;
use fact_claim_opinion::quiz::scorm::{manifest, package, package_name, ScormVersion, QUIZ_FILE};

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
    let gift = to_gift(&quiz, &Locale::en);
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
    let gift = to_gift(&quiz, &Locale::en);
    // Every special character of GIFT is escaped in the texts; HTML is escaped under it.
    assert!(gift.contains("A \\= B\\: \\{sure\\} \\~ maybe \\#1 &amp; &lt;script&gt;alert(1)&lt;/script&gt; \\\\ done."), "{gift}");
    assert!(gift.contains("\t=Opinion \\~\\#\\:#Right."), "{gift}");
    assert!(
        gift.contains("\t~%50%Fact \\{\\=\\}#Accepted too"),
        "{gift}"
    );
    assert!(!gift.contains("<script>"), "{gift}");
    // The QTI document is well-formed XML whatever the texts hold, and they come back intact.
    let qti = to_qti(&quiz, &Locale::en);
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
    let qti = to_qti(&quiz, &Locale::en);
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
    let package = to_qti_package(&quiz, &Locale::en).expect("zip");
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

/// The manifest of a SCORM package: what SCORM 1.2 and 2004 4th Edition require of it, whatever
/// the quiz's title holds.
#[test]
fn scorm_manifests_have_what_each_edition_requires() {
    let quiz = load(SPECIAL.as_bytes()).expect("valid");
    let files = vec![
        "index.html".to_string(),
        "scorm.js".to_string(),
        "app_bg.wasm".to_string(),
        "quiz.json".to_string(),
    ];
    for (version, namespace, adlcp, attribute, edition) in [
        (
            ScormVersion::Scorm12,
            "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
            "http://www.adlnet.org/xsd/adlcp_rootv1p2",
            "scormtype",
            "1.2",
        ),
        (
            ScormVersion::Scorm2004,
            "http://www.imsglobal.org/xsd/imscp_v1p1",
            "http://www.adlnet.org/xsd/adlcp_v1p3",
            "scormType",
            "2004 4th Edition",
        ),
    ] {
        let xml = manifest(&quiz, version, &files);
        let document = roxmltree::Document::parse(&xml).expect("well-formed XML");
        let root = document.root_element();
        assert_eq!(root.tag_name().name(), "manifest");
        assert_eq!(root.tag_name().namespace(), Some(namespace));
        // xs:ID: starts with a letter.
        let id = root.attribute("identifier").expect("identifier");
        assert!(id.starts_with(|c: char| c.is_ascii_alphabetic()), "{id}");
        let text = |name: &str| {
            document
                .descendants()
                .find(|n| n.has_tag_name((namespace, name)))
                .and_then(|n| n.text())
                .map(str::to_string)
        };
        assert_eq!(text("schema").as_deref(), Some("ADL SCORM"));
        assert_eq!(text("schemaversion").as_deref(), Some(edition));
        // The quiz's title, intact, however much XML it looks like.
        assert_eq!(text("title").as_deref(), Some(quiz.quiz.title.as_str()));
        let organizations = document
            .descendants()
            .find(|n| n.has_tag_name((namespace, "organizations")))
            .expect("organizations");
        let organization = organizations
            .children()
            .find(|n| n.has_tag_name((namespace, "organization")))
            .expect("organization");
        assert_eq!(
            organizations.attribute("default"),
            organization.attribute("identifier")
        );
        let item = organization
            .children()
            .find(|n| n.has_tag_name((namespace, "item")))
            .expect("item");
        let resource = document
            .descendants()
            .find(|n| n.has_tag_name((namespace, "resource")))
            .expect("resource");
        assert_eq!(
            item.attribute("identifierref"),
            resource.attribute("identifier")
        );
        assert_eq!(resource.attribute((adlcp, attribute)), Some("sco"));
        assert_eq!(resource.attribute("type"), Some("webcontent"));
        assert_eq!(resource.attribute("href"), Some("index.html"));
        let listed: Vec<&str> = resource
            .children()
            .filter(|n| n.has_tag_name((namespace, "file")))
            .filter_map(|n| n.attribute("href"))
            .collect();
        assert_eq!(listed, files);
    }
}

/// The package holds the manifest first, then the app's files and the quiz, and lists them all.
#[test]
fn a_scorm_package_holds_the_app_the_quiz_and_a_manifest_listing_them() {
    let quiz = small_quiz();
    let file = br#"{"the quiz": "as opened"}"#;
    let app = vec![
        (
            "index.html".to_string(),
            b"<!doctype html><title>t</title><script src=\"scorm.js\"></script>".to_vec(),
        ),
        ("scorm.js".to_string(), b"// bridge".to_vec()),
    ];
    let zip = package(&quiz, file, ScormVersion::Scorm2004, &app).expect("written");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).expect("a zip");
    let names: Vec<String> = archive.file_names().map(str::to_string).collect();
    assert_eq!(
        names,
        ["imsmanifest.xml", "index.html", "scorm.js", QUIZ_FILE]
    );
    let mut read = |name: &str| {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut archive.by_name(name).expect(name), &mut text)
            .expect("text");
        text
    };
    assert_eq!(read(QUIZ_FILE).as_bytes(), file);
    // The launch page tells the bridge which run-time to look for first.
    assert!(
        read("index.html").contains("<script src=\"scorm.js\" data-scorm=\"2004\"></script>"),
        "{}",
        read("index.html")
    );
    let manifest = read("imsmanifest.xml");
    for name in ["index.html", "scorm.js", QUIZ_FILE] {
        assert!(
            manifest.contains(&format!("<file href=\"{name}\"/>")),
            "{manifest}"
        );
    }
    assert_eq!(
        package_name(&quiz, ScormVersion::Scorm12),
        format!("{}_scorm12.zip", quiz.quiz.id)
    );
}

/// A launch page this build did not write (no bridge) makes no package, rather than one that
/// never reaches the platform.
#[test]
fn a_launch_page_without_the_bridge_makes_no_package() {
    let quiz = small_quiz();
    let app = vec![("index.html".to_string(), b"<!doctype html>".to_vec())];
    let made = package(&quiz, b"{}", ScormVersion::Scorm12, &app);
    assert_eq!(made.err(), Some(PackageError::NoBridge));
    assert_eq!(
        package(&quiz, b"{}", ScormVersion::Scorm12, &[]).err(),
        Some(PackageError::NoLaunchPage)
    );
}

/// A teacher working in French exports French questions: the default categories' names and
/// the feedback words in French, still escaped for GIFT; the quiz's own text as written.
#[test]
fn questions_are_exported_in_the_interface_language() {
    use fact_claim_opinion::i18n::td_string;
    use fact_claim_opinion::shared::words::categories;
    let quiz = small_quiz();
    let mut french = quiz.clone();
    french.categories = categories(Locale::fr, &quiz);
    let gift = to_gift(&french, &Locale::fr);
    let claim = td_string!(Locale::fr, student.category_claim_name);
    let question = td_string!(Locale::fr, platform.question);
    assert_ne!(claim, "Claim");
    assert!(gift.contains(&format!("\t~%50%{claim}#")), "{gift}");
    assert!(gift.contains(question), "{gift}");
    assert!(!gift.contains("What kind of statement"), "{gift}");
    assert_eq!(gift.matches("::[html]").count(), quiz.len());
    // The statements are the quiz's own words, untouched.
    assert!(
        gift.contains(&quiz.statement(0).text.replace(':', "\\:")),
        "{gift}"
    );
    let qti = to_qti(&french, &Locale::fr);
    roxmltree::Document::parse(&qti).expect("well-formed XML");
    assert!(qti.contains(question), "{qti}");
}
