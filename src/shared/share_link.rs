//! Links that open a quiz: `?quiz=<https link>`, or the quiz itself deflated into the fragment
//! (`#quiz=…`, see [`crate::quiz::share`]). The browser compresses and inflates
//! (`CompressionStream` / `DecompressionStream`, "deflate-raw"), so no inflate or deflate code
//! travels in the app.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::quiz::error::MAX_FILE_BYTES;
use crate::quiz::share::{cut_off, from_fragment, to_fragment, MAX_SHARE_CHARS};
use crate::quiz::OpenError;

/// The app's own address, without query or fragment.
pub fn app_address() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// `address?quiz=<url>`, the URL encoded: the app's address that opens the quiz at `url`.
pub fn with_quiz_link(address: &str, url: &str) -> Option<String> {
    let params = web_sys::UrlSearchParams::new().ok()?;
    params.set("quiz", url);
    Some(format!("{address}?{}", String::from(params.to_string())))
}

/// A link to the app that carries the quiz `file` in its fragment; `Ok(None)` when it is too
/// large for a link, `Err` when this browser cannot compress.
pub async fn link_carrying(file: &[u8]) -> Result<Option<String>, OpenError> {
    // base64 makes 4 characters of 3 bytes: compressing stops once the link could not fit.
    let most = MAX_SHARE_CHARS / 4 * 3;
    match through_stream(file, "CompressionStream", Some(most)).await {
        Ok(deflated) => Ok(to_fragment(&deflated).map(|f| format!("{}#{f}", app_address()))),
        Err(OpenError::TooLarge { .. }) => Ok(None),
        Err(error) => Err(error),
    }
}

/// The quiz file a `#quiz=…` fragment carries. Inflating stops as soon as it passes the file
/// size limit, so a small link cannot become a huge quiz.
pub async fn quiz_in_fragment(fragment: &str) -> Result<Vec<u8>, OpenError> {
    let deflated = from_fragment(fragment)?;
    through_stream(&deflated, "DecompressionStream", Some(MAX_FILE_BYTES)).await
}

/// Runs `bytes` through a `CompressionStream` or `DecompressionStream` ("deflate-raw"), reading
/// at most `limit` bytes of output.
async fn through_stream(
    bytes: &[u8],
    kind: &str,
    limit: Option<usize>,
) -> Result<Vec<u8>, OpenError> {
    // Browsers from before 2023 lack these streams or their "deflate-raw" format.
    let unsupported = || OpenError::CannotCompress;
    let constructor = js_sys::Reflect::get(&window(), &JsValue::from_str(kind))
        .ok()
        .and_then(|c| c.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(unsupported)?;
    let args = js_sys::Array::of1(&JsValue::from_str("deflate-raw"));
    let stream = js_sys::Reflect::construct(&constructor, &args).map_err(|_| unsupported())?;
    let input = web_sys::Blob::new_with_u8_array_sequence(&js_sys::Array::of1(
        &js_sys::Uint8Array::from(bytes),
    ))
    .map_err(|_| cut_off())?
    .stream();
    let output = input
        .pipe_through(&stream.unchecked_into())
        .get_reader()
        .unchecked_into::<web_sys::ReadableStreamDefaultReader>();
    read_stream(output, limit.unwrap_or(usize::MAX), cut_off).await
}

/// Reads a stream to its end, stopping (and cancelling it) as soon as it passes `limit` bytes.
pub async fn read_stream(
    reader: web_sys::ReadableStreamDefaultReader,
    limit: usize,
    failed: impl Fn() -> OpenError,
) -> Result<Vec<u8>, OpenError> {
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|_| failed())?;
        let done = js_sys::Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true);
        if done {
            return Ok(bytes);
        }
        if let Ok(value) = js_sys::Reflect::get(&chunk, &"value".into()) {
            bytes.extend(js_sys::Uint8Array::new(&value).to_vec());
        }
        if bytes.len() > limit {
            let _ = reader.cancel();
            return Err(OpenError::too_large(bytes.len()));
        }
    }
}

/// A read-only field showing a link, for copying by hand where the browser would not copy it.
#[component]
pub fn ShareLinkField(
    /// The link, once there is one.
    link: RwSignal<Option<String>>,
    /// What a screen reader calls the field.
    #[prop(into)]
    label: Signal<&'static str>,
    test_id: &'static str,
) -> impl IntoView {
    move || {
        link.get().map(|url| {
            view! {
                <label class="share-link">
                    <span class="visually-hidden">{label}</span>
                    <input type="text" readonly data-testid=test_id prop:value=url />
                </label>
            }
        })
    }
}
