fn main() {
    console_error_panic_hook::set_once();
    // The pre-rendered start screen is already on show. Starting takes two turns so that neither
    // holds up the page for long: this one loads the bundled quiz (and the browser compiles the
    // code that reads it), the next builds the page.
    fact_claim_opinion::quiz::bundled_ref();
    gloo::timers::callback::Timeout::new(0, || {
        leptos::mount::mount_to_body(fact_claim_opinion::ui::App);
    })
    .forget();
}
