//! The committed JSON Schema matches the Rust types. To regenerate it after changing the format:
//! `UPDATE_SCHEMA=1 cargo test --test schema`.

use fact_claim_opinion::quiz::schema::{quiz_schema_json, SCHEMA_PATH};

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
