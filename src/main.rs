fn main() {
    console_error_panic_hook::set_once();
    // Let the browser paint the pre-rendered start screen in index.html first; the app then
    // replaces it with the same content, live.
    leptos::prelude::request_animation_frame(|| {
        leptos::prelude::request_animation_frame(|| {
            leptos::mount::mount_to_body(fact_claim_opinion::ui::App)
        })
    });
}
