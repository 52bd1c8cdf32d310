//! The interface's languages (`locales/`): every language has every key, in the plural forms its
//! grammar needs and with the same placeholders as English; every key is used by the app; and
//! what the app writes follows each language's plural rules.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use fact_claim_opinion::i18n::{td_string, Locale};
use leptos_i18n::reexports::icu::locid;
use leptos_i18n::reexports::icu::plurals::PluralRules;
use serde_json::{Map, Value};

const PLURAL_FORMS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Every language folder, English first.
fn languages() -> Vec<String> {
    let mut found: Vec<String> = fs::read_dir("locales")
        .expect("locales/ exists")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    found.sort_by_key(|l| (l != "en", l.clone()));
    found
}

fn files(language: &str) -> BTreeMap<String, Map<String, Value>> {
    fs::read_dir(Path::new("locales").join(language))
        .expect("the language folder is readable")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
        .map(|e| {
            let text = fs::read_to_string(e.path()).expect("a readable file");
            let value: Value = serde_json::from_str(&text)
                .unwrap_or_else(|err| panic!("{}: {err}", e.path().display()));
            let Value::Object(map) = value else {
                panic!("{}: not a JSON object", e.path().display())
            };
            (e.file_name().to_string_lossy().into_owned(), map)
        })
        .collect()
}

/// `unanswered_few` is the `few` form of `unanswered`.
fn split(key: &str) -> (&str, Option<&str>) {
    for form in PLURAL_FORMS {
        if let Some(base) = key.strip_suffix(&format!("_{form}")) {
            return (base, Some(form));
        }
    }
    (key, None)
}

/// The plural forms the language's grammar has (CLDR, from ICU4X).
fn plural_forms(language: &str) -> BTreeSet<String> {
    let locale: locid::Locale = language.parse().expect("a language tag");
    let rules = PluralRules::try_new_cardinal((&locale).into()).expect("plural rules");
    rules
        .categories()
        .map(|c| format!("{c:?}").to_lowercase())
        .collect()
}

fn placeholders(text: &str) -> BTreeSet<String> {
    text.split("{{")
        .skip(1)
        .filter_map(|rest| rest.split_once("}}"))
        .map(|(name, _)| name.trim().to_string())
        .collect()
}

/// Keys of a file: plain keys, and plural keys with the forms given.
fn keys(map: &Map<String, Value>) -> BTreeMap<String, BTreeSet<String>> {
    let mut keys: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for key in map.keys() {
        let (base, form) = split(key);
        let forms = keys.entry(base.to_string()).or_default();
        if let Some(form) = form {
            forms.insert(form.to_string());
        }
    }
    keys
}

#[test]
fn every_language_has_every_key_in_its_plural_forms() {
    let english = files("en");
    let mut problems = Vec::new();
    for language in languages() {
        let forms = plural_forms(&language);
        let theirs = files(&language);
        for (file, map) in &english {
            let Some(their_map) = theirs.get(file) else {
                problems.push(format!("{language}: {file} is missing"));
                continue;
            };
            let wanted = keys(map);
            let found = keys(their_map);
            for (key, english_forms) in &wanted {
                match found.get(key) {
                    None => problems.push(format!("{language}/{file}: `{key}` is missing")),
                    Some(their_forms) if !english_forms.is_empty() => {
                        if *their_forms != forms {
                            problems.push(format!(
                                "{language}/{file}: `{key}` has the forms {their_forms:?}; the language needs {forms:?}"
                            ));
                        }
                    }
                    Some(their_forms) if !their_forms.is_empty() => problems.push(format!(
                        "{language}/{file}: `{key}` is not a plural key in English"
                    )),
                    Some(_) => {}
                }
            }
            for key in found.keys().filter(|k| !wanted.contains_key(*k)) {
                problems.push(format!(
                    "{language}/{file}: `{key}` is not a key of the English file"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn translations_keep_the_placeholders_and_no_invisible_characters() {
    let english = files("en");
    let mut problems = Vec::new();
    for language in languages() {
        for (file, map) in files(&language) {
            for (key, value) in &map {
                let Some(text) = value.as_str() else {
                    problems.push(format!("{language}/{file}: `{key}` is not text"));
                    continue;
                };
                if let Some(c) = text.chars().find(|&c| {
                    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
                        || (c.is_control() && c != '\n')
                }) {
                    problems.push(format!("{language}/{file}: `{key}` holds U+{:04X}", c as u32));
                }
                let (base, form) = split(key);
                // What any of the English forms says ("a problem" leaves out the count).
                let mut wanted: BTreeSet<String> = english[&file]
                    .iter()
                    .filter(|(k, _)| split(k).0 == base)
                    .filter_map(|(_, v)| v.as_str())
                    .flat_map(placeholders)
                    .collect();
                let found = placeholders(text);
                // "one" and "two" may say the number in words ("عبارتان").
                if matches!(form, Some("zero" | "one" | "two")) {
                    wanted.remove("count");
                    if found.contains("count") {
                        wanted.insert("count".into());
                    }
                }
                if found != wanted {
                    problems.push(format!(
                        "{language}/{file}: `{key}` has the placeholders {found:?}, English {wanted:?}"
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_key_is_used_by_the_app() {
    let mut source = String::new();
    // The app, and the build script that pre-renders its start screen.
    let mut folders = vec![Path::new("src").to_path_buf()];
    source.push_str(&fs::read_to_string("scripts/post-build.mjs").expect("the build script"));
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(folder).expect("src/ is readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|x| x == "rs") {
                source.push_str(&fs::read_to_string(path).expect("a readable file"));
            }
        }
    }
    let mut unused = Vec::new();
    for (file, map) in files("en") {
        let namespace = file.trim_end_matches(".json");
        for key in keys(&map).keys() {
            let used = format!("{namespace}.{key}");
            let at_end = |i: usize| {
                !source[i + used.len()..]
                    .starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
            };
            if !source.match_indices(&used).any(|(i, _)| at_end(i)) {
                unused.push(used);
            }
        }
    }
    assert!(unused.is_empty(), "keys no screen uses: {unused:?}");
}

#[test]
fn counts_follow_each_languages_plural_rules() {
    let say = |locale: Locale, count: usize| {
        td_string!(locale, student.unanswered, count = count).to_string()
    };
    assert_eq!(say(Locale::en, 1), "You have not answered 1 statement yet.");
    assert_eq!(
        say(Locale::en, 2),
        "You have not answered 2 statements yet."
    );
    // French counts 0 and 1 as one.
    assert_eq!(
        say(Locale::fr, 0),
        td_string!(Locale::fr, student.unanswered, count = 1usize)
            .to_string()
            .replace('1', "0")
    );
    assert_ne!(say(Locale::fr, 1), say(Locale::fr, 2).replace('2', "1"));
    // Arabic has six forms: 0, 1, 2, 3–10, 11–99, 100 and up each read differently.
    let arabic: BTreeSet<String> = [0, 1, 2, 3, 11, 100]
        .into_iter()
        .map(|n| say(Locale::ar, n).replace(char::is_numeric, "#"))
        .collect();
    assert_eq!(arabic.len(), 6, "{arabic:?}");
    assert_eq!(
        say(Locale::ar, 5).replace('5', "#"),
        say(Locale::ar, 3).replace('3', "#")
    );
    assert_eq!(
        say(Locale::ar, 42).replace("42", "#"),
        say(Locale::ar, 11).replace("11", "#")
    );
    for locale in [Locale::de, Locale::es] {
        assert_ne!(
            say(locale, 1).replace('1', "#"),
            say(locale, 2).replace('2', "#")
        );
    }
}

#[test]
fn the_students_choice_comes_first_then_the_quiz_then_the_browser_then_english() {
    use fact_claim_opinion::quiz::language::choose;
    let available = ["en", "ar", "de", "es", "fr"];
    let none: [&str; 0] = [];
    assert_eq!(choose(&available, Some("de"), Some("fr"), ["es"]), 2);
    assert_eq!(choose(&available, None, Some("fr-CA"), ["es"]), 4);
    // A quiz in a language the interface does not have: the browser's.
    assert_eq!(
        choose(&available, None, Some("nl"), ["nl-BE", "ES-mx", "en"]),
        3
    );
    assert_eq!(choose(&available, Some("xx"), None, ["AR"]), 1);
    assert_eq!(choose(&available, None, None, none), 0);
    assert_eq!(choose(&available, None, Some(" "), ["ja"]), 0);
}

#[test]
fn a_quizs_text_runs_in_its_languages_direction() {
    use fact_claim_opinion::quiz::language::direction;
    assert_eq!(direction(Some("ar")), "rtl");
    assert_eq!(direction(Some("he-IL")), "rtl");
    assert_eq!(direction(Some("ku-Arab")), "rtl");
    assert_eq!(direction(Some("az-Latn-AZ")), "ltr");
    assert_eq!(direction(Some("fr")), "ltr");
    assert_eq!(direction(Some("")), "auto");
    assert_eq!(direction(None), "auto");
}

#[test]
fn why_a_quiz_did_not_open_keeps_the_address_and_figures_in_every_language() {
    use fact_claim_opinion::quiz::OpenError;
    use fact_claim_opinion::shared::words::open_error;
    use leptos_i18n::Locale as _;
    let url = "https://example.org/quiz.json";
    let errors = [
        OpenError::LinkStatus {
            url: url.into(),
            status: 404,
            status_text: "Not Found".into(),
        },
        OpenError::LinkUnreachable { url: url.into() },
        OpenError::LinkNotHttps("http://example.org/quiz.json".into()),
        OpenError::too_large(9 * 1024 * 1024),
    ];
    for &locale in Locale::get_all() {
        let said: Vec<String> = errors.iter().map(|e| open_error(locale, e)).collect();
        assert!(
            said[0].contains(url) && said[0].contains("404 Not Found"),
            "{locale}: {}",
            said[0]
        );
        assert!(said[1].contains(url), "{locale}: {}", said[1]);
        assert!(
            said[2].contains("http://example.org/quiz.json"),
            "{locale}: {}",
            said[2]
        );
        assert!(
            said[3].contains("9 MB") && said[3].contains("8 MB"),
            "{locale}: {}",
            said[3]
        );
    }
    assert_eq!(
        open_error(Locale::en, &errors[0]),
        "The quiz at https://example.org/quiz.json could not be fetched: the server answered 404 Not Found."
    );
}

#[test]
fn problems_in_a_quiz_file_keep_their_place_in_every_language() {
    use fact_claim_opinion::quiz::diagnose::read_quiz;
    use fact_claim_opinion::teacher::problems::{describe, on_cards};
    use leptos_i18n::Locale as _;
    // A syntax error (line and column), a field problem (path) and a mistyped category (the
    // teacher's own words, and the suggestion).
    let broken = "{\n  \"format_version\": 1,\n  \"id\": \"q\"\n  \"title\": \"T\"\n}";
    let syntax = read_quiz(broken.as_bytes()).expect_err("broken");
    let typo = r#"{"format_version":1,"id":"q","title":"T","passages":[{"text":"Rain fell.","statements":[{"id":"s","text":"Rain fell.","answer":"fakt","explanation":"x"}]}]}"#;
    let content = read_quiz(typo.as_bytes()).expect_err("broken");
    for &locale in Locale::get_all() {
        let said = describe(locale, &syntax[0]);
        assert!(said.contains('4') && said.contains('3'), "{locale}: {said}");
        let said = describe(locale, &content[0]);
        assert!(
            said.starts_with("passages[0].statements[0].answer")
                && said.contains("`fakt`")
                && said.contains("`fact`"),
            "{locale}: {said}"
        );
        let carded = on_cards(locale, &content[0]);
        assert!(
            carded.contains('1') && !carded.contains("passages[0]") && carded.contains("`fakt`"),
            "{locale}: {carded}"
        );
    }
    assert_eq!(
        describe(Locale::en, &syntax[0]),
        "line 4, column 3: this is not valid JSON: expected `,` or `}`"
    );
    assert_eq!(
        on_cards(Locale::en, &content[0]),
        "passage 1, statement 1, answer: `fakt` is not a category of this quiz; did you mean `fact`? (the categories are fact, claim, opinion)"
    );
}

#[test]
fn the_class_reports_reasons_keep_the_files_ids_and_figures_in_every_language() {
    use fact_claim_opinion::quiz::class::{Refusal, SummaryProblem};
    use fact_claim_opinion::teacher::class::words::{refusal, summary_problem};
    use leptos_i18n::Locale as _;
    for &locale in Locale::get_all() {
        let said = refusal(
            locale,
            &Refusal::UnknownCategory {
                statement: "opens".into(),
                answer: "fakt".into(),
            },
        );
        assert!(
            said.contains("`opens`") && said.contains("`fakt`"),
            "{locale}: {said}"
        );
        let said = refusal(
            locale,
            &Refusal::OtherQuiz {
                title: "The town pool".into(),
                id: "town-pool".into(),
            },
        );
        assert!(
            said.contains("The town pool") && said.contains("town-pool"),
            "{locale}: {said}"
        );
        let said = refusal(
            locale,
            &Refusal::Damaged {
                at: Some("statements[3].your_answer".into()),
            },
        );
        assert!(
            said.contains("statements[3].your_answer"),
            "{locale}: {said}"
        );
        let said = summary_problem(
            locale,
            &SummaryProblem::DoesNotAddUp {
                statement: "cost".into(),
                students: 27,
            },
        );
        assert!(
            said.contains("`cost`") && said.contains("27"),
            "{locale}: {said}"
        );
    }
}
