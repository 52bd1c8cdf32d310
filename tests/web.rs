//! Component tests: the real components mounted in headless Chromium, driven with DOM events.
//! Run with `cargo test --target wasm32-unknown-unknown --test web` (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use fact_claim_opinion::quiz::error::MAX_FILE_BYTES;
use fact_claim_opinion::quiz::share::to_fragment;
use fact_claim_opinion::quiz::{ErrorKind, OpenError, QuizError, BUNDLED_QUIZ};
use fact_claim_opinion::shared::language::provide_language;
use fact_claim_opinion::shared::share_link::{link_carrying, quiz_in_fragment};
use fact_claim_opinion::shared::storage::progress_key;
use fact_claim_opinion::student::App;
use fact_claim_opinion::teacher::ErrorList;
use gloo::storage::{LocalStorage, Storage};
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const QUIZ_ID: &str = "north-korea-russia-soldiers";

/// Mounts `view` into a fresh container and returns it.
fn mount<F, N>(view: F) -> web_sys::HtmlElement
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    let container = document()
        .create_element("div")
        .expect("a div")
        .dyn_into::<web_sys::HtmlElement>()
        .expect("an element");
    container.set_class_name("test-root");
    document()
        .body()
        .expect("a body")
        .append_child(&container)
        .expect("appended");
    let handle = leptos::mount::mount_to(container.clone(), view);
    MOUNTED.with(|mounted| mounted.borrow_mut().push(Box::new(handle)));
    container
}

async fn tick() {
    TimeoutFuture::new(20).await;
}

fn by_test_id(root: &web_sys::HtmlElement, id: &str) -> Option<web_sys::HtmlElement> {
    root.query_selector(&format!("[data-testid='{id}']"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into().ok())
}

fn text_of(root: &web_sys::HtmlElement, id: &str) -> String {
    by_test_id(root, id)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn press(key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        .expect("a keyboard event");
    window().dispatch_event(&event).expect("dispatched");
}

thread_local! {
    /// Apps mounted by earlier tests; dropping them unmounts them and removes their listeners.
    static MOUNTED: std::cell::RefCell<Vec<Box<dyn std::any::Any>>> = Default::default();
}

fn fresh_start() {
    MOUNTED.with(|mounted| mounted.borrow_mut().clear());
    LocalStorage::clear();
    // Only our own containers: the test runner keeps its output elsewhere in the page.
    let old = document()
        .query_selector_all(".test-root")
        .expect("a query");
    for i in 0..old.length() {
        if let Some(node) = old
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            node.remove();
        }
    }
}

#[wasm_bindgen_test]
async fn start_screen_explains_the_three_kinds_and_starts_the_quiz() {
    fresh_start();
    let app = mount(App);
    tick().await;
    assert!(text_of(&app, "quiz-title").starts_with("North Korea May Help"));
    let categories = text_of(&app, "categories");
    for name in ["Sourced fact", "Claim", "Opinion"] {
        assert!(categories.contains(name), "{categories}");
    }
    assert!(text_of(&app, "duration").contains("17 statements"));
    by_test_id(&app, "start").expect("start button").click();
    tick().await;
    assert_eq!(text_of(&app, "position"), "Statement 1 of 17");
    assert!(by_test_id(&app, "statement-headline").is_some());
    assert!(by_test_id(&app, "feedback").is_none());
}

#[wasm_bindgen_test]
async fn practice_answer_shows_feedback_and_is_announced() {
    fresh_start();
    let app = mount(App);
    tick().await;
    by_test_id(&app, "start").expect("start").click();
    tick().await;
    let fact = by_test_id(&app, "answer-fact").expect("fact button");
    assert_eq!(fact.get_attribute("aria-pressed").as_deref(), Some("false"));
    fact.click();
    tick().await;
    assert_eq!(fact.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert!(text_of(&app, "verdict").contains("Not quite"));
    assert!(text_of(&app, "explanation").contains("speculation"));
    assert!(app.query_selector("mark.cue").ok().flatten().is_some());
    assert!(text_of(&app, "announcer").starts_with("Not quite."));
    // The first answer counts in practice mode.
    by_test_id(&app, "answer-opinion").expect("opinion").click();
    tick().await;
    assert_eq!(fact.get_attribute("aria-pressed").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn number_keys_answer_and_progress_is_saved() {
    fresh_start();
    let app = mount(App);
    tick().await;
    by_test_id(&app, "start").expect("start").click();
    tick().await;
    press("3");
    tick().await;
    assert!(
        text_of(&app, "verdict").starts_with("✓Right!"),
        "{}",
        text_of(&app, "verdict")
    );
    by_test_id(&app, "next").expect("next").click();
    tick().await;
    assert_eq!(text_of(&app, "position"), "Statement 2 of 17");
    let saved: String = LocalStorage::raw()
        .get_item(&progress_key(QUIZ_ID))
        .ok()
        .flatten()
        .expect("progress saved");
    assert!(saved.contains("\"headline\":\"opinion\""), "{saved}");
}

#[wasm_bindgen_test]
async fn corrupt_saved_progress_is_cleared_with_a_notice() {
    fresh_start();
    LocalStorage::raw()
        .set_item(&progress_key(QUIZ_ID), "{not json")
        .expect("stored");
    let app = mount(App);
    tick().await;
    assert!(text_of(&app, "notice").contains("could not be read"));
    assert!(by_test_id(&app, "start").is_some());
    assert!(LocalStorage::raw()
        .get_item(&progress_key(QUIZ_ID))
        .ok()
        .flatten()
        .is_none());
}

#[wasm_bindgen_test]
async fn error_list_shows_quiz_text_literally() {
    fresh_start();
    let payload = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    let errors = vec![
        QuizError::at(
            "passages[0].statements[0].answer",
            ErrorKind::UnknownCategory {
                found: payload.into(),
                suggestion: None,
                known: vec!["fact".into()],
            },
        ),
        QuizError::whole_file(ErrorKind::Empty),
    ];
    // As the teachers' module mounts it: under the interface language.
    let list = mount(move || {
        provide_language(Signal::stored(Some("en".to_string())));
        view! { <ErrorList errors=errors.clone() /> }
    });
    tick().await;
    assert!(list.text_content().unwrap_or_default().contains(payload));
    assert!(list.query_selector("img, script").ok().flatten().is_none());
    assert!(text_of(&list, "error-list").contains("has 2 problems"));
}

#[wasm_bindgen_test]
async fn a_quiz_travels_in_a_link_compressed_by_the_browser() {
    let link = link_carrying(BUNDLED_QUIZ.as_bytes())
        .await
        .expect("this browser compresses")
        .expect("the bundled quiz fits in a link");
    assert!(link.len() < BUNDLED_QUIZ.len() / 2, "{}", link.len());
    let fragment = link.split_once('#').expect("a fragment").1;
    let file = quiz_in_fragment(fragment).await.expect("it opens again");
    assert_eq!(file, BUNDLED_QUIZ.as_bytes());
}

#[wasm_bindgen_test]
async fn a_link_that_would_inflate_past_the_size_limit_is_refused() {
    // Raw DEFLATE of MAX_FILE_BYTES + 1 MB of spaces: a few kB that would become 9 MB.
    let bomb = link_carrying(&vec![b' '; MAX_FILE_BYTES + 1024 * 1024])
        .await
        .expect("this browser compresses")
        .expect("compresses small");
    let fragment = bomb.split_once('#').expect("a fragment").1;
    match quiz_in_fragment(fragment).await {
        Err(OpenError::TooLarge { .. }) => {}
        other => panic!("expected TooLarge, got {:?}", other.map(|b| b.len())),
    }
}

#[wasm_bindgen_test]
async fn a_damaged_link_says_it_is_broken() {
    let fragment = to_fragment(b"not deflate data at all").expect("short");
    assert!(matches!(
        quiz_in_fragment(&fragment).await,
        Err(OpenError::BadShareLink(_))
    ));
}

#[wasm_bindgen_test]
async fn links_made_before_the_browser_compressed_still_open() {
    // Earlier versions deflated the quiz with miniz_oxide at level 9.
    let deflated = miniz_oxide::deflate::compress_to_vec(BUNDLED_QUIZ.as_bytes(), 9);
    let fragment = to_fragment(&deflated).expect("short");
    let file = quiz_in_fragment(&format!("#{fragment}"))
        .await
        .expect("it opens");
    assert_eq!(file, BUNDLED_QUIZ.as_bytes());
}

#[wasm_bindgen_test]
async fn a_quiz_too_large_for_a_link_is_said_to_be() {
    // Text that does not compress: far more than a link can carry.
    let mut state = 1_u32;
    let noise: Vec<u8> = (0..200_000)
        .map(|_| {
            state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            b'a' + (state >> 24) as u8 % 26
        })
        .collect();
    assert_eq!(link_carrying(&noise).await, Ok(None));
}
