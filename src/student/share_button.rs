use leptos::prelude::*;
use leptos::task::spawn_local;

use super::open::share_link;
use crate::quiz::error::sentence;
use crate::quiz::share::MAX_SHARE_CHARS;
use crate::shared::clipboard::offer_link;
use crate::shared::{use_app, ShareLinkField};

/// Copies a link that opens this quiz; shows the link too, for copying by hand.
#[component]
pub fn ShareButton() -> impl IntoView {
    let state = use_app();
    let link = RwSignal::new(None::<String>);
    let status = RwSignal::new(String::new());
    let share = move |_| {
        spawn_local(async move {
            match share_link(state).await {
                Ok(Some(url)) => offer_link(
                    url,
                    link,
                    status,
                    "Link copied. Anyone who opens it gets this quiz.",
                    "Copy the link below to share this quiz.",
                ),
                Err(error) => {
                    link.set(None);
                    status.set(sentence(&error.to_string()));
                }
                Ok(None) => {
                    link.set(None);
                    status.set(format!(
                        "This quiz is too large to travel inside a link (over {} KB compressed). Put the file on a website and share its https link instead.",
                        MAX_SHARE_CHARS / 1024
                    ));
                }
            }
        })
    };
    view! {
        <div class="share">
            <button type="button" data-testid="share" on:click=share>
                "Share this quiz"
            </button>
            <p class="share-status" role="status" data-testid="share-status">
                {move || status.get()}
            </p>
            <ShareLinkField link=link label="Link to this quiz" test_id="share-link" />
        </div>
    }
}
