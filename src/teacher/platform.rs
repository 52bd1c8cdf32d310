//! The quiz on a school's learning platform (`#/platform`, and the editor's "Check and share"):
//! a SCORM package that sends the grade to the platform's gradebook, and question-bank files
//! (Moodle GIFT, QTI 1.2). Everything is made in this browser; nothing is sent anywhere.

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::{t, td_string, use_i18n, Locale};
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::quiz::error::megabytes;
use crate::quiz::export::{to_gift, to_qti_package, PackageError};
use crate::quiz::scorm::{package, package_name, ScormVersion};
use crate::quiz::LoadedQuiz;
use crate::shared::dom::{body_bytes, reveal};
use crate::shared::download::{download, download_bytes};
use crate::shared::radio_option::radio_option;
use crate::shared::storage::{keep_scorm_edition, scorm_edition};
use crate::shared::EditorHeader;
use crate::teacher::export_words::{in_language, package_error};

/// Where the build says each file of a package comes from (`scripts/post-build.mjs`).
const PACKAGE_FILES: &str = "scorm/files.json";

/// The app's files a package holds (path in the package, bytes), fetched from this site (the
/// service worker answers from its copy once they have been fetched).
async fn app_files() -> Result<Vec<(String, Vec<u8>)>, Failure> {
    let offline = || Failure::Offline;
    let list = fetch_bytes(PACKAGE_FILES).await.ok_or_else(offline)?;
    let sources: Vec<(String, String)> = serde_json::from_slice::<serde_json::Map<_, _>>(&list)
        .map_err(|_| offline())?
        .into_iter()
        .filter_map(|(name, source)| Some((name, source.as_str()?.to_string())))
        .collect();
    let mut files = Vec::with_capacity(sources.len());
    for (name, source) in &sources {
        files.push((name.clone(), fetch_bytes(source).await.ok_or_else(offline)?));
    }
    let mut used: Vec<String> = sources.into_iter().map(|(_, source)| source).collect();
    used.push(PACKAGE_FILES.to_string());
    // Not waited for: a service worker that never gets ready must not hold up the package.
    spawn_local(keep_offline(used));
    Ok(files)
}

/// Asks the service worker to keep these files of this site, as the start-up script does for
/// this module's own: on a first visit the page may not be under its care yet when a package is
/// made, and the files would not be there to make the next one offline.
async fn keep_offline(paths: Vec<String>) {
    let navigator = window().navigator();
    let has_workers = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    let Some(ready) = has_workers
        .then(|| navigator.service_worker().ready().ok())
        .flatten()
    else {
        return;
    };
    let Ok(registration) = JsFuture::from(ready).await else {
        return;
    };
    let Some(worker) = registration
        .dyn_into::<web_sys::ServiceWorkerRegistration>()
        .ok()
        .and_then(|r| r.active())
    else {
        return;
    };
    let base = document().base_uri().ok().flatten().unwrap_or_default();
    let urls: js_sys::Array = paths
        .iter()
        .filter_map(|path| web_sys::Url::new_with_base(path, &base).ok())
        .map(|url| wasm_bindgen::JsValue::from(url.href()))
        .collect();
    let message = js_sys::Object::new();
    if js_sys::Reflect::set(&message, &"keep".into(), &urls).is_ok() {
        let _ = worker.post_message(&message);
    }
}

/// The bytes at `path` on this site; `None` if they cannot be had.
async fn fetch_bytes(path: &str) -> Option<Vec<u8>> {
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(path))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    body_bytes(&response).await
}

/// Why a SCORM package was not made.
enum Failure {
    /// The app's own files could not be fetched.
    Offline,
    Package(PackageError),
}

/// A quiz with its file as opened (or as the editor would download it).
pub type QuizWithFile = (LoadedQuiz, Arc<[u8]>);

/// A package's size as a teacher reads it: "269 kB", "1.2 MB".
fn package_size(locale: Locale, bytes: usize) -> String {
    if bytes < 1_000_000 {
        td_string!(locale, platform.kilobytes, size = bytes.div_ceil(1000)).to_string()
    } else {
        megabytes(bytes)
    }
}

/// The SCORM package: which edition, and the download. `quiz` gives the quiz and its file as
/// they are now (`None` while the editor's quiz has problems).
#[component]
pub fn ScormDownload(
    quiz: Callback<(), Option<QuizWithFile>>,
    #[prop(into)] disabled: Signal<bool>,
) -> impl IntoView {
    // The edition chosen last on this device: a teacher's platform takes the same one each time.
    let version = RwSignal::new(match scorm_edition().as_deref() {
        Some("2004") => ScormVersion::Scorm2004,
        _ => ScormVersion::Scorm12,
    });
    Effect::new(move |_| {
        keep_scorm_edition(match version.get() {
            ScormVersion::Scorm12 => "1.2",
            ScormVersion::Scorm2004 => "2004",
        })
    });
    let i18n = use_i18n();
    let busy = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    let status_line = NodeRef::<leptos::html::P>::new();
    let make = move |_| {
        if busy.get_untracked() {
            return;
        }
        let Some((quiz, file)) = quiz.run(()) else {
            return;
        };
        let version = version.get_untracked();
        let l = i18n.get_locale_untracked();
        busy.set(true);
        status.set(td_string!(l, platform.making_package).into());
        spawn_local(async move {
            let made = match app_files().await {
                Ok(files) => package(&quiz, &file, version, &files).map_err(Failure::Package),
                Err(failure) => Err(failure),
            };
            let outcome = match made {
                Ok(zip) => {
                    let name = package_name(&quiz, version);
                    download_bytes(&name, "application/zip", &zip);
                    td_string!(
                        l,
                        platform.package_downloaded,
                        name = name,
                        size = package_size(l, zip.len()),
                        edition = version.name()
                    )
                    .to_string()
                }
                Err(failure) => {
                    let reason = match failure {
                        Failure::Offline => td_string!(l, platform.offline),
                        Failure::Package(error) => package_error(l, error),
                    };
                    td_string!(l, platform.package_failed, reason = reason).to_string()
                }
            };
            if busy.try_set(false).is_none() {
                status.set(outcome);
                // Seen where the button was pressed, however far down (the editor on a phone);
                // the focus stays on the button.
                request_animation_frame(move || {
                    if let Some(line) = status_line.get_untracked() {
                        line.scroll_into_view_with_bool(false);
                    }
                });
            }
        });
    };
    view! {
        <fieldset class="mode-choice scorm-choice">
            <legend>{t!(i18n, platform.which_scorm)}</legend>
            {radio_option("scorm", version, ScormVersion::Scorm12, "12", ScormVersion::Scorm12.name(), t!(i18n, platform.scorm_12_note))}
            {radio_option("scorm", version, ScormVersion::Scorm2004, "2004", ScormVersion::Scorm2004.name(), t!(i18n, platform.scorm_2004_note))}
        </fieldset>
        <div class="actions">
            <button
                type="button"
                class="primary"
                data-testid="export-scorm"
                // Not disabled while busy: the focus would leave the button.
                disabled=move || disabled.get()
                aria-disabled=move || busy.get().to_string()
                on:click=make
            >
                {t!(i18n, platform.download_scorm)}
            </button>
        </div>
        <p role="status" class="share-status" data-testid="scorm-status" node_ref=status_line>
            {move || status.get()}
        </p>
    }
}

/// The question-bank files: Moodle's GIFT and a QTI 1.2 package (Canvas, Blackboard).
#[component]
pub fn QuizBankButtons(
    quiz: Callback<(), Option<LoadedQuiz>>,
    #[prop(into)] disabled: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let status = RwSignal::new(String::new());
    // In the language on screen: the questions' words, and the default categories' names.
    let download_gift = move |_| {
        if let Some(quiz) = quiz.run(()) {
            let l = i18n.get_locale_untracked();
            let name = format!("{}.gift.txt", quiz.quiz.id);
            let gift = to_gift(&in_language(l, &quiz), &l);
            download(&name, "text/plain;charset=utf-8", &gift);
            status.set(td_string!(l, platform.gift_downloaded, name = name).to_string());
        }
    };
    let download_qti = move |_| {
        if let Some(quiz) = quiz.run(()) {
            let l = i18n.get_locale_untracked();
            let name = format!("{}_qti.zip", quiz.quiz.id);
            match to_qti_package(&in_language(l, &quiz), &l) {
                Ok(zip) => {
                    download_bytes(&name, "application/zip", &zip);
                    status.set(td_string!(l, platform.qti_downloaded, name = name).to_string());
                }
                Err(error) => status.set(
                    td_string!(l, platform.qti_failed, reason = package_error(l, error))
                        .to_string(),
                ),
            }
        }
    };
    view! {
        <div class="actions">
            <button type="button" data-testid="export-gift" disabled=move || disabled.get() on:click=download_gift>
                {t!(i18n, platform.gift_button)}
            </button>
            <button type="button" data-testid="export-qti" disabled=move || disabled.get() on:click=download_qti>
                {t!(i18n, platform.qti_button)}
            </button>
        </div>
        <p role="status" class="share-status" data-testid="bank-status">{move || status.get()}</p>
    }
}

/// `#/platform`: the quiz open in the app, for the school's learning platform.
#[component]
pub fn PlatformScreen(quiz: LoadedQuiz, file: Arc<[u8]>) -> impl IntoView {
    let i18n = use_i18n();
    let title = quiz.quiz.title.clone();
    let quiz_lang = crate::shared::language::quiz_text(&quiz);
    let quiz = StoredValue::new(quiz);
    let file = StoredValue::new(file);
    let whole = Callback::new(move |_| Some((quiz.get_value(), file.get_value())));
    let only_quiz = Callback::new(move |_| Some(quiz.get_value()));
    // The page opens at its heading, with the focus there, as the editor does.
    reveal("#platform-title");
    view! {
        <EditorHeader page=|l| td_string!(l, student.platform_title) />
        <main id="main" class="page platform-page" tabindex="-1">
            <h1 id="platform-title" data-testid="platform-title" tabindex="-1">{t!(i18n, platform.page_heading)}</h1>
            <p data-testid="platform-quiz">
                {t!(i18n, platform.for_quiz_before)}
                <strong lang=quiz_lang.0 dir=quiz_lang.1>{title}</strong>
                {t!(i18n, platform.for_quiz_middle)}
                <a href="#/">{t!(i18n, platform.for_quiz_link)}</a>
                {t!(i18n, platform.for_quiz_after)}
            </p>
            <section aria-labelledby="scorm-title">
                <h2 id="scorm-title">{t!(i18n, platform.scorm_heading)}</h2>
                // The choice and the button first: in view when the page opens, on a phone too.
                <ScormDownload quiz=whole disabled=false />
                <p>{t!(i18n, platform.scorm_explained)}</p>
                <p>{t!(i18n, platform.scorm_grade)}</p>
            </section>
            <section aria-labelledby="bank-title">
                <h2 id="bank-title">{t!(i18n, platform.bank_heading)}</h2>
                <p>{t!(i18n, platform.bank_explained)}</p>
                <QuizBankButtons quiz=only_quiz disabled=false />
            </section>
            <section aria-labelledby="steps-title">
                <h2 id="steps-title">{t!(i18n, platform.steps_heading)}</h2>
                <ul class="platform-steps">
                    <li><strong>{t!(i18n, platform.moodle_name)}</strong>{t!(i18n, platform.moodle_steps)}</li>
                    <li><strong>{t!(i18n, platform.canvas_name)}</strong>{t!(i18n, platform.canvas_steps)}</li>
                    <li><strong>{t!(i18n, platform.blackboard_name)}</strong>{t!(i18n, platform.blackboard_steps)}</li>
                    <li><strong>{t!(i18n, platform.brightspace_name)}</strong>{t!(i18n, platform.brightspace_steps)}</li>
                    <li><strong>{t!(i18n, platform.classroom_name)}</strong>{t!(i18n, platform.classroom_steps)}</li>
                </ul>
            </section>
        </main>
    }
}
