//! Generates the `i18n` module from `locales/`: one folder per language, English the default.
//! A new folder is a new language, with no change here (see the README).

use std::error::Error;
use std::path::PathBuf;

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};

/// The files of every language folder, one per part of the interface.
const NAMESPACES: [&str; 5] = ["student", "editor", "class", "platform", "problems"];

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=locales");
    let mut languages: Vec<String> = std::fs::read_dir("locales")?
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| name != "en")
        .collect();
    // The picker lists languages in this order, after English.
    languages.sort();
    // Sentences are also made outside views (announcements, notices, the page title).
    let options = ParseOptions::new().interpolate_display(true);
    let mut config = Config::new("en")?
        .add_namespaces(NAMESPACES)?
        .parse_options(options);
    for language in &languages {
        config = config.add_locale(language)?;
    }
    let translations = TranslationsInfos::parse(config)?;
    translations.emit_diagnostics();
    translations.rerun_if_locales_changed();
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("cargo sets OUT_DIR")?);
    translations.generate_i18n_module(out.join("i18n"))?;
    Ok(())
}
