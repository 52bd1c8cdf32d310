//! The committed JSON Schemas match the Rust types. To regenerate them after changing a format:
//! `UPDATE_SCHEMA=1 cargo test --test schema`.

use fact_claim_opinion::quiz::schema::{
    quiz_schema_json, results_schema_json, RESULTS_SCHEMA_PATH, SCHEMA_PATH,
};

#[test]
fn committed_schema_matches_the_types() {
    let path = format!("{}/{SCHEMA_PATH}", env!("CARGO_MANIFEST_DIR"));
    let generated = quiz_schema_json();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).expect("schema written");
    }
    let committed = std::fs::read_to_string(&path).expect("schema file");
    assert!(
        committed == generated,
        "{SCHEMA_PATH} is out of date: run `UPDATE_SCHEMA=1 cargo test --test schema`"
    );
}

#[test]
fn committed_results_schema_matches_the_types() {
    let path = format!("{}/{RESULTS_SCHEMA_PATH}", env!("CARGO_MANIFEST_DIR"));
    let generated = results_schema_json();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).expect("schema written");
    }
    let committed = std::fs::read_to_string(&path).expect("schema file");
    assert!(
        committed == generated,
        "{RESULTS_SCHEMA_PATH} is out of date: run `UPDATE_SCHEMA=1 cargo test --test schema`"
    );
}
