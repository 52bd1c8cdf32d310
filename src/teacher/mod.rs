//! The teachers' tools, a module of their own (`src/bin/teacher.rs`) that students never
//! download: the list of every problem in a quiz file that did not open, the quiz editor, the
//! class report and the learning platform's files (SCORM package, question banks).
//! The student app loads it on demand (`student::teacher_tools`).

pub mod class;
pub mod editor;
mod error_list;
mod export_words;
pub mod platform;
pub mod problems;

use std::any::Any;
use std::cell::RefCell;
use std::sync::Arc;

use leptos::prelude::*;

use crate::shared::language::{provide_language, stored_choice, Language};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

pub use error_list::ErrorList;

use crate::quiz::class::read_summary;
use crate::quiz::diagnose::diagnose;
use crate::quiz::load::load;
use crate::quiz::{bundled, bundled_ref, LoadedQuiz, BUNDLED_QUIZ};
use crate::shared::storage::{peek_progress, stored_quiz};
use class::{ClassScreen, Comparison, SummaryUnreadable};
use editor::EditorScreen;
use platform::PlatformScreen;

thread_local! {
    /// What this module has put into the page, by where: dropping one takes it out.
    static MOUNTED: RefCell<Vec<(Slot, Box<dyn Any>)>> = const { RefCell::new(Vec::new()) };
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Editor,
    Class,
    Platform,
    Explanation,
}

/// `view` is called once mounting has set up the reactive system (a component runs as its view
/// is made). Each page speaks the language the app shows (`<html lang>`), or the one chosen in
/// its own picker.
fn mount<V: IntoView + 'static>(
    slot: Slot,
    root: web_sys::HtmlElement,
    view: impl FnOnce() -> V + 'static,
) {
    unmount(slot);
    let handle = leptos::mount::mount_to(root, move || {
        let shown = RwSignal::new(html_lang_now());
        provide_language(shown.into());
        follow_the_page(shown);
        view()
    });
    MOUNTED.with(|mounted| mounted.borrow_mut().push((slot, Box::new(handle))));
}

/// Keeps this module's language with the page's: the student app's picker (on the problems in a
/// file, or a class summary, which have no picker of their own) changes `<html lang>` and the
/// stored choice. Only changes are passed on, so this module writing the same `lang` back ends
/// there.
fn follow_the_page(shown: RwSignal<Option<String>>) {
    let Some(language) = use_context::<Language>() else {
        return;
    };
    let Some(html) = document().document_element() else {
        return;
    };
    let changed = Closure::<dyn FnMut()>::new(move || {
        let lang = html_lang_now();
        if shown.try_get_untracked().is_some_and(|now| now != lang) {
            shown.set(lang);
        }
        let choice = stored_choice();
        if language
            .choice
            .try_get_untracked()
            .is_some_and(|now| now != choice)
        {
            language.choice.set(choice);
        }
    });
    let Ok(observer) = web_sys::MutationObserver::new(changed.as_ref().unchecked_ref()) else {
        return;
    };
    let options = web_sys::MutationObserverInit::new();
    options.set_attribute_filter(&js_sys::Array::of1(&"lang".into()));
    if observer.observe_with_options(&html, &options).is_ok() {
        // Stops with the page it serves; the closure lives as long as the observer.
        let kept = StoredValue::new_local((observer, changed));
        on_cleanup(move || {
            kept.try_with_value(|(observer, _)| observer.disconnect());
        });
    }
}

fn html_lang_now() -> Option<String> {
    document()
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
}

fn unmount(slot: Slot) {
    // Dropped outside the borrow: unmounting runs the components' clean-up code.
    let taken: Vec<_> = MOUNTED.with(|mounted| {
        let mut mounted = mounted.borrow_mut();
        let (taken, kept) = mounted.drain(..).partition(|(s, _)| *s == slot);
        *mounted = kept;
        taken
    });
    drop(taken);
}

/// The quiz of `open_file` (the quiz open in the app) with that file, or the bundled quiz and its
/// file if it cannot be read: what every teachers' page works on.
fn open_or_bundled(open_file: &[u8]) -> Option<(LoadedQuiz, &[u8])> {
    match load(open_file) {
        Ok(quiz) => Some((quiz, open_file)),
        Err(_) => bundled().ok().map(|quiz| (quiz, BUNDLED_QUIZ.as_bytes())),
    }
}

/// Shows the editor inside `root`. `open_file` is the file of the quiz open in the app, which
/// the teacher can choose to edit; if it cannot be read the bundled quiz is offered instead.
pub fn mount_editor(root: web_sys::HtmlElement, open_file: &[u8]) {
    let open = open_or_bundled(open_file).map(|(quiz, _)| quiz);
    mount(
        Slot::Editor,
        root,
        move || view! { <EditorScreen open=open /> },
    );
}

/// Takes the editor out of the page (the app has gone back to the quiz).
pub fn unmount_editor() {
    unmount(Slot::Editor);
}

/// Adds the teachers' stylesheet to the page, once: the page every student loads does not carry
/// the styles of the teachers' pages.
fn add_styles() {
    let document = document();
    if document.get_element_by_id("teacher-styles").is_some() {
        return;
    }
    let Ok(link) = document.create_element("link") else {
        return;
    };
    let _ = link.set_attribute("id", "teacher-styles");
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", "teacher-styles.css");
    if let Some(head) = document.head() {
        let _ = head.append_child(&link);
    }
}

/// Shows the class report inside `root`, for the quiz of `open_file` (the quiz open in the app;
/// the bundled quiz if that cannot be read).
pub fn mount_class(root: web_sys::HtmlElement, open_file: &[u8]) {
    let Some((quiz, _)) = open_or_bundled(open_file) else {
        return;
    };
    add_styles();
    mount(
        Slot::Class,
        root,
        move || view! { <ClassScreen quiz=quiz /> },
    );
}

/// Takes the class report out of the page.
pub fn unmount_class() {
    unmount(Slot::Class);
}

/// Shows the learning platform's page (the SCORM package, the question-bank files) inside
/// `root`, for the quiz of `open_file` (the bundled quiz if that cannot be read).
pub fn mount_platform(root: web_sys::HtmlElement, open_file: &[u8]) {
    let Some((quiz, file)) = open_or_bundled(open_file) else {
        return;
    };
    let file: Arc<[u8]> = Arc::from(file);
    add_styles();
    mount(
        Slot::Platform,
        root,
        move || view! { <PlatformScreen quiz=quiz file=file /> },
    );
}

/// Takes the learning platform's page out of the page.
pub fn unmount_platform() {
    unmount(Slot::Platform);
}

/// Lists every problem in a quiz file inside `root`; or, for a class summary a teacher shared,
/// shows the student's results on this device beside their class's.
pub fn explain(root: web_sys::HtmlElement, file: &[u8]) {
    if let Some(summary) = read_summary(file) {
        add_styles();
        let view = move || match summary {
            Ok(summary) => {
                let quiz = quiz_on_device(&summary.quiz_id);
                let session = quiz.as_ref().and_then(peek_progress);
                view! { <Comparison summary=summary quiz=quiz session=session /> }.into_any()
            }
            Err(problem) => view! { <SummaryUnreadable problem=problem /> }.into_any(),
        };
        mount(Slot::Explanation, root, view);
        return;
    }
    let errors = diagnose(file);
    mount(
        Slot::Explanation,
        root,
        move || view! { <ErrorList errors=errors /> },
    );
}

/// Takes the list of problems out of the page.
pub fn close_explanation() {
    unmount(Slot::Explanation);
}

/// The quiz with this id as this device has it: the bundled one, or a remembered file.
fn quiz_on_device(id: &str) -> Option<LoadedQuiz> {
    if let Ok(bundled) = bundled_ref() {
        if bundled.quiz.id == id {
            return Some(bundled.clone());
        }
    }
    stored_quiz(id).and_then(|text| load(text.as_bytes()).ok())
}
