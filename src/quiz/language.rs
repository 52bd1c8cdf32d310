//! Which language the interface speaks, and which way a quiz's own text runs. Languages are BCP 47
//! tags (`fr`, `fr-CA`, `ar-EG`); the interface's languages are the folders of `locales/`.

/// The interface language: the student's choice, otherwise the quiz's language, otherwise the
/// first of the browser's languages the app has, otherwise the first of `available` (English).
/// Returns an index into `available`; a tag matches by its language (`fr-CA` is `fr`).
pub fn choose<'a>(
    available: &[&str],
    choice: Option<&str>,
    quiz: Option<&str>,
    browser: impl IntoIterator<Item = &'a str>,
) -> usize {
    let find = |tag: &str| {
        let language = primary(tag);
        available
            .iter()
            .position(|a| primary(a).eq_ignore_ascii_case(language))
    };
    choice
        .and_then(find)
        .or_else(|| quiz.and_then(find))
        .or_else(|| browser.into_iter().find_map(find))
        .unwrap_or(0)
}

/// `"fr"` of `"fr-CA"`.
fn primary(tag: &str) -> &str {
    tag.trim().split(['-', '_']).next().unwrap_or_default()
}

/// Languages written right to left by default (their ISO 639 codes; Kurdish, `ku`, is mostly
/// written in Latin script, `ckb` in Arabic).
const RIGHT_TO_LEFT: [&str; 11] = [
    "ar", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi",
];

/// The `dir` of a text in `language`: `rtl` for a right-to-left language or script, `ltr` for
/// any other tag, `auto` (the browser looks at the text) when there is no tag.
pub fn direction(language: Option<&str>) -> &'static str {
    let Some(tag) = language.filter(|t| !t.trim().is_empty()) else {
        return "auto";
    };
    let lower = tag.to_ascii_lowercase();
    let mut parts = lower.split(['-', '_']);
    let language = parts.next().unwrap_or_default();
    // A script subtag decides (`ku-Arab`, `az-Latn`).
    match parts.find(|p| p.len() == 4) {
        Some("arab" | "hebr" | "thaa" | "syrc" | "nkoo" | "adlm" | "rohg") => "rtl",
        Some(_) => "ltr",
        None if RIGHT_TO_LEFT.contains(&language) => "rtl",
        None => "ltr",
    }
}
