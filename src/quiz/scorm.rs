//! A quiz as a SCORM package for a learning platform: the app's own release files, the quiz as
//! `quiz.json` and an `imsmanifest.xml`, zipped. The app inside talks to the platform through
//! `public/scorm.js` (the package's launch page loads it before the app). Only the teachers'
//! module builds packages; which release files go in is listed by the build
//! (`scripts/post-build.mjs` writes `scorm/files.json`).

use std::io::Write;

use super::export::{html, PackageError};
use super::loaded::LoadedQuiz;

/// Where the package keeps the quiz; `public/scorm.js` tells the app to open it.
pub const QUIZ_FILE: &str = "quiz.json";
/// The page the platform launches.
pub const LAUNCH_PAGE: &str = "index.html";

/// How the launch page loads the bridge (`scripts/post-build.mjs` writes it so).
const BRIDGE_TAG: &str = "<script src=\"scorm.js\"></script>";

/// The two editions of SCORM platforms run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScormVersion {
    /// SCORM 1.2: the one nearly every platform runs.
    Scorm12,
    /// SCORM 2004 4th Edition.
    Scorm2004,
}

impl ScormVersion {
    pub fn name(self) -> &'static str {
        match self {
            ScormVersion::Scorm12 => "SCORM 1.2",
            ScormVersion::Scorm2004 => "SCORM 2004 4th Edition",
        }
    }

    fn short(self) -> &'static str {
        match self {
            ScormVersion::Scorm12 => "scorm12",
            ScormVersion::Scorm2004 => "scorm2004",
        }
    }

    /// The version as the bridge reads it from the launch page.
    fn tag(self) -> &'static str {
        match self {
            ScormVersion::Scorm12 => "1.2",
            ScormVersion::Scorm2004 => "2004",
        }
    }
}

/// The launch page telling the bridge which edition the package is: a platform that offers both
/// run-times tracks only the one its manifest asked for.
pub fn launch_page(page: &[u8], version: ScormVersion) -> Result<Vec<u8>, PackageError> {
    let page = std::str::from_utf8(page)
        .ok()
        .filter(|p| p.contains(BRIDGE_TAG));
    let Some(page) = page else {
        return Err(PackageError::NoBridge);
    };
    let tagged = format!(
        "<script src=\"scorm.js\" data-scorm=\"{}\"></script>",
        version.tag()
    );
    Ok(page.replacen(BRIDGE_TAG, &tagged, 1).into_bytes())
}

/// The package's file name: `<quiz id>_scorm12.zip`.
pub fn package_name(quiz: &LoadedQuiz, version: ScormVersion) -> String {
    format!("{}_{}.zip", quiz.quiz.id, version.short())
}

/// The manifest of a package holding `files` (paths inside the package; the manifest itself is
/// not one of them): one organization with one item, launched at [`LAUNCH_PAGE`], a SCO.
pub fn manifest(quiz: &LoadedQuiz, version: ScormVersion, files: &[String]) -> String {
    // xs:ID values start with a letter; quiz ids may start with a digit.
    let id = format!("fco-{}", quiz.quiz.id);
    let title = html(&quiz.quiz.title);
    let file_list: String = files
        .iter()
        .map(|file| format!("      <file href=\"{}\"/>\n", html(file)))
        .collect();
    let (root, metadata, sco) = match version {
        ScormVersion::Scorm12 => (
            concat!(
                "xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\" ",
                "xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\" ",
                "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ",
                "xsi:schemaLocation=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd ",
                "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd ",
                "http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd\"",
            ),
            "1.2",
            "adlcp:scormtype=\"sco\"",
        ),
        ScormVersion::Scorm2004 => (
            concat!(
                "xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\" ",
                "xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_v1p3\" ",
                "xmlns:adlseq=\"http://www.adlnet.org/xsd/adlseq_v1p3\" ",
                "xmlns:adlnav=\"http://www.adlnet.org/xsd/adlnav_v1p3\" ",
                "xmlns:imsss=\"http://www.imsglobal.org/xsd/imsss\" ",
                "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ",
                "xsi:schemaLocation=\"http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd ",
                "http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd ",
                "http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd ",
                "http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd ",
                "http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd\"",
            ),
            "2004 4th Edition",
            "adlcp:scormType=\"sco\"",
        ),
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>
<manifest identifier=\"{id}\" version=\"1\" {root}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>{metadata}</schemaversion>
  </metadata>
  <organizations default=\"{id}-organization\">
    <organization identifier=\"{id}-organization\">
      <title>{title}</title>
      <item identifier=\"{id}-item\" identifierref=\"{id}-app\" isvisible=\"true\">
        <title>{title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier=\"{id}-app\" type=\"webcontent\" {sco} href=\"{LAUNCH_PAGE}\">
{file_list}    </resource>
  </resources>
</manifest>
"
    )
}

/// The package: `app_files` (path in the package, bytes: the launch page, the bridge and the
/// app's release files), the quiz file as it was opened, and the manifest listing them all.
/// `Err` if the launch page is not one this build writes, or the zip cannot be written (which
/// memory alone could cause).
pub fn package(
    quiz: &LoadedQuiz,
    quiz_file: &[u8],
    version: ScormVersion,
    app_files: &[(String, Vec<u8>)],
) -> Result<Vec<u8>, PackageError> {
    let mut names: Vec<String> = app_files.iter().map(|(name, _)| name.clone()).collect();
    names.push(QUIZ_FILE.to_string());
    let manifest = manifest(quiz, version, &names);
    let failed = |_| PackageError::NotWritten;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    // The manifest first: some platforms look for it before reading the rest.
    let launch = app_files
        .iter()
        .find(|(name, _)| name == LAUNCH_PAGE)
        .map(|(_, page)| launch_page(page, version))
        .transpose()?
        .ok_or(PackageError::NoLaunchPage)?;
    let entries = std::iter::once(("imsmanifest.xml", manifest.as_bytes()))
        .chain(app_files.iter().map(|(name, bytes)| match name.as_str() {
            LAUNCH_PAGE => (LAUNCH_PAGE, launch.as_slice()),
            name => (name, bytes.as_slice()),
        }))
        .chain(std::iter::once((QUIZ_FILE, quiz_file)));
    for (name, bytes) in entries {
        zip.start_file(name, options).map_err(failed)?;
        zip.write_all(bytes).map_err(|_| PackageError::NotWritten)?;
    }
    Ok(zip.finish().map_err(failed)?.into_inner())
}
