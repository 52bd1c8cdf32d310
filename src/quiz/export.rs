//! A quiz as question-bank files for learning platforms: Moodle's GIFT, and IMS QTI 1.2 (the
//! format Canvas and Blackboard import). One multiple-choice question per statement: its passage
//! with the statement in bold, the quiz's categories as the choices, the accepted answers right
//! (the main one in full, other accepted ones as partial credit where the format allows) and the
//! explanation as feedback. Only the teachers' module uses this.

use super::loaded::LoadedQuiz;

/// The words of the exported questions, in the teacher's interface language (the teachers'
/// module says them; this module holds no sentences). Plain text: the exporters escape it.
pub trait ExportWords {
    /// The GIFT file's second comment line: "12 statements, exported by Fact, claim or opinion?".
    fn header(&self, count: usize) -> String;
    /// Before the statement in each question: "What kind of statement is this?".
    fn question(&self) -> String;
    /// Feedback on the main answer, on another accepted one, and on the rest.
    fn right(&self) -> String;
    fn accepted_too(&self) -> String;
    fn not_this_one(&self) -> String;
    /// "The answer: Opinion or Claim."
    fn answer(&self, quiz: &LoadedQuiz, statement: usize) -> String;
    /// "Cue words: a, b."
    fn cue_words(&self, cues: &[String]) -> String;
    /// "Fact check: …" before the note's link.
    fn fact_check(&self, note: &str) -> String;
}

/// Why a package could not be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackageError {
    /// The zip could not be written (memory alone could cause it).
    NotWritten,
    /// The app's launch page does not load the bridge to the platform.
    NoBridge,
    /// The app's launch page is not among the files.
    NoLaunchPage,
}

/// The quiz in GIFT, for Moodle's question bank (Question bank › Import › GIFT format).
pub fn to_gift(quiz: &LoadedQuiz, words: &impl ExportWords) -> String {
    let mut out = format!(
        "// {}\n// {}\n\n$CATEGORY: {}\n\n",
        one_line(&quiz.quiz.title),
        one_line(&words.header(quiz.len())),
        gift(&one_line(&quiz.quiz.title))
    );
    let (right, accepted_too, not_this_one) =
        (words.right(), words.accepted_too(), words.not_this_one());
    for index in 0..quiz.len() {
        let statement = quiz.statement(index);
        out.push_str(&format!(
            "::{}::[html]{}{{\n",
            gift(&statement.id),
            gift(&stem(quiz, index, words))
        ));
        for (c, category) in quiz.categories.iter().enumerate() {
            let main = statement.answer.first() == Some(&category.id);
            let (mark, note) = if main {
                ("=", &right)
            } else if quiz.accepts(index, c) {
                // Debatable: another accepted answer earns half.
                ("~%50%", &accepted_too)
            } else {
                ("~", &not_this_one)
            };
            out.push_str(&format!(
                "\t{mark}{}#{}\n",
                gift(&html(&category.name)),
                gift(note)
            ));
        }
        out.push_str(&format!(
            "\t####{}\n}}\n\n",
            gift(&feedback(quiz, index, words))
        ));
    }
    out
}

/// The question's text: the passage, then the statement to sort, as HTML.
fn stem(quiz: &LoadedQuiz, index: usize, words: &impl ExportWords) -> String {
    let statement = quiz.statement(index);
    let passage = quiz.passage_text(quiz.placed[index].passage);
    format!(
        "<p>{}</p><p>{} <strong>{}</strong></p>",
        html(passage),
        html(&words.question()),
        html(&statement.text)
    )
}

/// The explanation, with the cue words and the fact check where there are any, as HTML.
fn feedback(quiz: &LoadedQuiz, index: usize, words: &impl ExportWords) -> String {
    let statement = quiz.statement(index);
    let mut text = format!(
        "<p>{} {}</p>",
        html(&words.answer(quiz, index)),
        html(&statement.explanation)
    );
    if !statement.cues.is_empty() {
        text.push_str(&format!(
            "<p>{}</p>",
            html(&words.cue_words(&statement.cues))
        ));
    }
    if let Some(check) = &statement.fact_check {
        text.push_str(&format!("<p>{}", html(&words.fact_check(&check.note))));
        if let Some(link) = &check.link {
            text.push_str(&format!(" ({})", html(link)));
        }
        text.push_str("</p>");
    }
    text
}

/// Escapes GIFT's special characters (`~ = # { } :` and the backslash itself); line breaks
/// become spaces, since a blank line ends a question.
fn gift(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '~' | '=' | '#' | '{' | '}' | ':' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// Escapes text for HTML and XML (`& < > " '`).
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An identifier safe in XML and in file names (QTI `ident`s).
fn ident(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// The quiz as an IMS QTI 1.2 assessment (one XML document).
pub fn to_qti(quiz: &LoadedQuiz, words: &impl ExportWords) -> String {
    let title = html(&one_line(&quiz.quiz.title));
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<questestinterop xmlns=\"http://www.imsglobal.org/xsd/ims_qtiasiv1p2\">\n  <assessment ident=\"{}\" title=\"{title}\">\n    <qtimetadata>\n      <qtimetadatafield><fieldlabel>cc_maxattempts</fieldlabel><fieldentry>1</fieldentry></qtimetadatafield>\n    </qtimetadata>\n    <section ident=\"root_section\">\n",
        ident(&quiz.quiz.id)
    );
    for index in 0..quiz.len() {
        let statement = quiz.statement(index);
        let id = ident(&statement.id);
        out.push_str(&format!(
            "      <item ident=\"{id}\" title=\"{}\">\n        <itemmetadata>\n          <qtimetadata>\n            <qtimetadatafield><fieldlabel>question_type</fieldlabel><fieldentry>multiple_choice_question</fieldentry></qtimetadatafield>\n            <qtimetadatafield><fieldlabel>points_possible</fieldlabel><fieldentry>1</fieldentry></qtimetadatafield>\n          </qtimetadata>\n        </itemmetadata>\n        <presentation>\n          <material><mattext texttype=\"text/html\">{}</mattext></material>\n          <response_lid ident=\"response1\" rcardinality=\"Single\">\n            <render_choice>\n",
            html(&statement.text),
            html(&stem(quiz, index, words))
        ));
        for category in &quiz.categories {
            out.push_str(&format!(
                "              <response_label ident=\"{}\"><material><mattext texttype=\"text/plain\">{}</mattext></material></response_label>\n",
                ident(&category.id),
                html(&category.name)
            ));
        }
        out.push_str("            </render_choice>\n          </response_lid>\n        </presentation>\n        <resprocessing>\n          <outcomes><decvar maxvalue=\"100\" minvalue=\"0\" varname=\"SCORE\" vartype=\"Decimal\"/></outcomes>\n");
        for (c, category) in quiz.categories.iter().enumerate() {
            if !quiz.accepts(index, c) {
                continue;
            }
            let main = statement.answer.first() == Some(&category.id);
            out.push_str(&format!(
                "          <respcondition continue=\"No\">\n            <conditionvar><varequal respident=\"response1\">{}</varequal></conditionvar>\n            <setvar action=\"Set\" varname=\"SCORE\">{}</setvar>\n          </respcondition>\n",
                ident(&category.id),
                if main { 100 } else { 50 }
            ));
        }
        out.push_str(&format!(
            "          <respcondition continue=\"Yes\">\n            <conditionvar><other/></conditionvar>\n            <displayfeedback feedbacktype=\"Response\" linkrefid=\"general_fb\"/>\n          </respcondition>\n        </resprocessing>\n        <itemfeedback ident=\"general_fb\">\n          <flow_mat><material><mattext texttype=\"text/html\">{}</mattext></material></flow_mat>\n        </itemfeedback>\n      </item>\n",
            html(&feedback(quiz, index, words))
        ));
    }
    out.push_str("    </section>\n  </assessment>\n</questestinterop>\n");
    out
}

/// The IMS content package Canvas and Blackboard import: `imsmanifest.xml` and the assessment,
/// zipped (`Err` only if the zip cannot be written, which memory alone could cause).
pub fn to_qti_package(
    quiz: &LoadedQuiz,
    words: &impl ExportWords,
) -> Result<Vec<u8>, PackageError> {
    use std::io::Write;
    let id = ident(&quiz.quiz.id);
    let assessment = format!("{id}/{id}.xml");
    let manifest = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest identifier=\"{id}_manifest\" xmlns=\"http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1\">\n  <metadata>\n    <schema>IMS Content</schema>\n    <schemaversion>1.1.3</schemaversion>\n  </metadata>\n  <organizations/>\n  <resources>\n    <resource identifier=\"{id}\" type=\"imsqti_xmlv1p2\">\n      <file href=\"{assessment}\"/>\n    </resource>\n  </resources>\n</manifest>\n"
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let failed = |_| PackageError::NotWritten;
    zip.start_file("imsmanifest.xml", options).map_err(failed)?;
    zip.write_all(manifest.as_bytes())
        .map_err(|_| PackageError::NotWritten)?;
    zip.start_file(assessment, options).map_err(failed)?;
    zip.write_all(to_qti(quiz, words).as_bytes())
        .map_err(|_| PackageError::NotWritten)?;
    Ok(zip.finish().map_err(failed)?.into_inner())
}
