//! The editor's sentences made from data: the English is what it always was, and what the
//! teacher wrote (a statement's id) survives in every language.

use fact_claim_opinion::i18n::Locale;
use fact_claim_opinion::quiz::authoring::EditError;
use fact_claim_opinion::quiz::model::default_categories as model_default_categories;
use fact_claim_opinion::shared::words::default_categories;
use fact_claim_opinion::teacher::editor::words::{
    edit_message, fact_and_opinion, is_fact_and_opinion, refused, EditMessage,
};
use leptos_i18n::Locale as _;

#[test]
fn a_refused_edit_says_why_in_english_as_before() {
    let said = |e: EditError| refused(Locale::en, &e);
    assert_eq!(
        said(EditError::EmptySelection),
        "select some words of the passage first"
    );
    assert_eq!(
        said(EditError::Overlaps("p1-s2".into())),
        "the selection overlaps statement “p1-s2”; adjust or remove that one first"
    );
    assert_eq!(
        said(EditError::BadSplitPoint),
        "split inside the statement, between its first and last word"
    );
    assert_eq!(
        said(EditError::NothingToMerge),
        "there is no statement right after this one in the passage"
    );
    assert_eq!(
        edit_message(Locale::en, &EditMessage::NoArticle),
        "Paste the article's text first."
    );
}

#[test]
fn the_overlapped_statements_id_survives_in_every_language() {
    for &locale in Locale::get_all() {
        let said = refused(locale, &EditError::Overlaps("garden-7".into()));
        assert!(said.contains("garden-7"), "{locale}: {said}");
    }
}

#[test]
fn the_two_category_set_is_recognised_in_any_language() {
    for &locale in Locale::get_all() {
        let set = fact_and_opinion(locale);
        assert_eq!(
            set.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
            ["fact", "opinion"]
        );
        assert!(is_fact_and_opinion(&set), "{locale}");
    }
    let english = fact_and_opinion(Locale::en);
    assert_eq!(english[0].name, "Fact");
    assert_eq!(english[1].name, "Opinion");
    let mut changed = english.clone();
    changed[0].definition = "Something a teacher rewrote.".into();
    assert!(!is_fact_and_opinion(&changed));
}

#[test]
fn the_default_categories_keep_their_ids_and_english_names() {
    let model = model_default_categories();
    for &locale in Locale::get_all() {
        let ids: Vec<String> = default_categories(locale)
            .into_iter()
            .map(|c| c.id)
            .collect();
        let model_ids: Vec<String> = model.iter().map(|c| c.id.clone()).collect();
        assert_eq!(ids, model_ids, "{locale}");
    }
    assert_eq!(default_categories(Locale::en), model);
}
