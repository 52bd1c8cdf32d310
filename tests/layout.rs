//! The line between the two audiences (docs/ARCHITECTURE.md): what every student downloads never
//! reaches into the teachers' side, which would put it in every student's download. The CI size
//! test catches the bytes; this names the file and line.

use std::fs;
use std::path::{Path, PathBuf};

/// Names only the teachers' side may use: its folder, the teachers' part of `src/quiz`, and the
/// crates that only it needs.
const TEACHERS_ONLY: &[&str] = &[
    "teacher",
    "diagnose",
    "shape",
    "suggest",
    "schema",
    "authoring",
    "class",
    "export",
    "scorm",
    "zip",
    "strsim",
    "serde_path_to_error",
    "Value",
];

/// The students' part of `src/quiz` (`mod.rs` only declares the modules).
const STUDENTS_QUIZ: &[&str] = &[
    "error", "handin", "library", "load", "loaded", "model", "progress", "report", "score",
    "session", "share", "validate",
];

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The names a line of code uses as paths: in a `use` line every name, elsewhere a name next
/// to `::`. Comments and the text of strings are left out.
fn path_names(line: &str) -> Vec<String> {
    let mut code = String::new();
    let mut in_string = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if in_string => {
                chars.next();
            }
            '"' => in_string = !in_string,
            '/' if !in_string && chars.peek() == Some(&'/') => break,
            _ if in_string => {}
            _ => code.push(c),
        }
    }
    let is_use = code.trim_start().starts_with("use ") || code.trim_start().starts_with("pub use ");
    let mut names = Vec::new();
    let mut rest = code.as_str();
    let mut previous = "";
    while let Some(start) = rest.find(|c: char| c.is_alphanumeric() || c == '_') {
        let word_len = rest[start..]
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len() - start);
        let word = &rest[start..start + word_len];
        let after = &rest[start + word_len..];
        // `V::Value` is a type parameter's associated type (serde's visitors), not a path.
        let before = rest[..start].strip_suffix("::");
        let of_type_parameter = before == Some("")
            && previous.len() == 1
            && previous.chars().all(|c| c.is_ascii_uppercase());
        previous = word;
        if of_type_parameter {
            rest = after;
            continue;
        }
        if is_use || before.is_some() || after.starts_with("::") {
            names.push(word.to_string());
        }
        rest = after;
    }
    names
}

fn crossings(files: &[PathBuf]) -> Vec<String> {
    let mut found = Vec::new();
    for file in files {
        let text = fs::read_to_string(file).expect("readable");
        for (number, line) in text.lines().enumerate() {
            for word in path_names(line) {
                if TEACHERS_ONLY.contains(&word.as_str()) {
                    found.push(format!("{}:{}: {word}", file.display(), number + 1));
                }
            }
        }
    }
    found
}

#[test]
fn what_students_download_never_uses_the_teachers_side() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("src/main.rs")];
    for folder in ["src/student", "src/shared"] {
        rust_files(&root.join(folder), &mut files);
    }
    files.extend(
        STUDENTS_QUIZ
            .iter()
            .map(|name| root.join(format!("src/quiz/{name}.rs"))),
    );
    assert!(files.len() > 30, "only {} files found", files.len());
    assert_eq!(crossings(&files), Vec::<String>::new());
}

#[test]
fn the_check_sees_every_way_of_naming_a_module() {
    for line in [
        "use crate::teacher::ErrorList;",
        "use crate::quiz::{diagnose, load};",
        "use super::suggest::closest_name;",
        "    let value: serde_json::Value = x;",
    ] {
        assert!(
            path_names(line)
                .iter()
                .any(|w| TEACHERS_ONLY.contains(&w.as_str())),
            "{line}"
        );
    }
    for line in [
        "// the teachers' module: see crate::quiz::diagnose",
        r#"    let text = "crate::teacher::ErrorList";"#,
        "mod teacher_tools;",
        "    pub schema: Option<String>,",
        "    #[error(\"{}\", suggest(.suggestion))]",
        "    fn visit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {",
    ] {
        assert!(
            !path_names(line)
                .iter()
                .any(|w| TEACHERS_ONLY.contains(&w.as_str())),
            "{line}"
        );
    }
}
