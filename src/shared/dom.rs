//! Small things the browser gives: focus, what a key press was aimed at, randomness.

use wasm_bindgen::JsCast;

pub fn focus_element(element: &web_sys::Element) {
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// Whether a key press is typing in a text field (where keys must not act as shortcuts).
pub fn is_typing(event: &web_sys::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|element| {
            matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                && element.get_attribute("type").as_deref() != Some("radio")
        })
}

/// The whole body of a fetched response (or a cached one), as bytes.
pub async fn body_bytes(response: &web_sys::Response) -> Option<Vec<u8>> {
    let buffer = wasm_bindgen_futures::JsFuture::from(response.array_buffer().ok()?)
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Milliseconds since 1970 by the device's clock.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// A seed for shuffling passages, where a quiz asks for that.
pub fn random_seed() -> u64 {
    (js_sys::Math::random() * u64::MAX as f64) as u64
}

/// Scrolls the element matching `selector` into view and focuses it, once the page has been
/// drawn (next frame): where a person looks next after something they did far up or down.
pub fn reveal(selector: &'static str) {
    reveal_and_focus(selector, selector);
}

/// [`reveal`] for a message with a control in it: the whole of `show` is scrolled into view (so
/// the question is read with its buttons), the focus goes to `focus` inside it.
pub fn reveal_and_focus(show: &'static str, focus: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        let find = |selector| {
            leptos::prelude::document()
                .query_selector(selector)
                .ok()
                .flatten()
        };
        if let Some(shown) = find(show) {
            shown.scroll_into_view();
        }
        if let Some(target) = find(focus) {
            focus_element(&target);
        }
    });
}

/// Files dropped anywhere on the page, for as long as the calling component lives: `dragging`
/// says while files are dragged over it (for a sign), `on_drop` gets them.
pub fn on_file_drop(
    dragging: leptos::prelude::RwSignal<bool>,
    on_drop: impl Fn(web_sys::FileList) + 'static,
) {
    use leptos::prelude::{on_cleanup, window_event_listener, Set};
    let carries_files = |event: &web_sys::DragEvent| {
        event.data_transfer().is_some_and(|data| {
            data.types()
                .iter()
                .any(|t| t.as_string().as_deref() == Some("Files"))
        })
    };
    let over = window_event_listener(leptos::ev::dragover, move |event| {
        if carries_files(&event) {
            event.prevent_default();
            dragging.set(true);
        }
    });
    let leave = window_event_listener(leptos::ev::dragleave, move |event| {
        // Leaving the window: no element under the pointer any more.
        if event.related_target().is_none() {
            dragging.set(false);
        }
    });
    let drop = window_event_listener(leptos::ev::drop, move |event| {
        dragging.set(false);
        if let Some(files) = event.data_transfer().and_then(|data| data.files()) {
            if files.length() > 0 {
                event.prevent_default();
                on_drop(files);
            }
        }
    });
    on_cleanup(move || {
        over.remove();
        leave.remove();
        drop.remove();
    });
}
