//! The line between the two audiences (docs/ARCHITECTURE.md): student code never reaches into the
//! teachers' side, which would put it in every student's download. The CI size test catches the
//! bytes; this names the file and line.

use std::fs;
use std::path::{Path, PathBuf};

/// What only the teachers' module may use.
const TEACHERS_ONLY: &[&str] = &[
    "crate::teacher",
    "quiz::diagnose",
    "quiz::shape",
    "quiz::suggest",
    "quiz::schema",
    "quiz::authoring",
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

#[test]
fn student_and_shared_code_never_use_the_teachers_side() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("src/main.rs")];
    for folder in ["src/student", "src/shared"] {
        rust_files(&root.join(folder), &mut files);
    }
    assert!(files.len() > 20, "only {} files found", files.len());
    let mut crossings = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).expect("readable");
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for name in TEACHERS_ONLY {
                if code.contains(name) {
                    crossings.push(format!("{}:{}: {name}", file.display(), number + 1));
                }
            }
        }
    }
    assert!(crossings.is_empty(), "{crossings:#?}");
}
