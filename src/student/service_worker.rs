//! Registers the service worker (dist/sw.js, written by scripts/post-build.mjs) that keeps the app
//! working offline, and notices when a newer build is waiting to take over.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

fn service_workers() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    // Absent on plain http (other than localhost) and in some embedded browsers.
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Registers the worker; sets `update_ready` when a new version has been installed behind the
/// running one.
pub fn register(update_ready: RwSignal<bool>) {
    let Some(container) = service_workers() else {
        return;
    };
    let promise = container.register("./sw.js");
    spawn_local(async move {
        // Not every browser that has the API lets a page register (it may answer with nothing).
        let Some(registration) = registration_from(JsFuture::from(promise).await) else {
            return;
        };
        let has_controller = move || service_workers().and_then(|c| c.controller()).is_some();
        if registration.waiting().is_some() && has_controller() {
            update_ready.set(true);
        }
        let watched = registration.clone();
        let on_update = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = watched.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                if worker.state() == ServiceWorkerState::Installed && has_controller() {
                    update_ready.set(true);
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
        on_update.forget();
    });
}

/// Lets the waiting version take over, then reloads into it. Progress is already saved.
pub fn apply_update() {
    let Some(container) = service_workers() else {
        return;
    };
    let reload = Closure::<dyn FnMut()>::new(|| {
        let _ = window().location().reload();
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    spawn_local(async move {
        let Some(registration) =
            registration_from(JsFuture::from(container.get_registration()).await)
        else {
            return;
        };
        if let Some(waiting) = registration.waiting() {
            let _ = waiting.post_message(&JsValue::from_str("skip-waiting"));
        }
    });
}

fn registration_from(outcome: Result<JsValue, JsValue>) -> Option<ServiceWorkerRegistration> {
    outcome.ok()?.dyn_into::<ServiceWorkerRegistration>().ok()
}
