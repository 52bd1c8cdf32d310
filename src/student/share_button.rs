use leptos::prelude::*;

use crate::i18n::{t, td_string, use_i18n};
use leptos::task::spawn_local;

use super::open::share_link;
use crate::quiz::share::MAX_SHARE_CHARS;
use crate::shared::clipboard::offer_link;
use crate::shared::words::open_error;
use crate::shared::{use_app, ShareLinkField};

/// Copies a link that opens this quiz; shows the link too, for copying by hand.
#[component]
pub fn ShareButton() -> impl IntoView {
    let state = use_app();
    let i18n = use_i18n();
    let link = RwSignal::new(None::<String>);
    let status = RwSignal::new(String::new());
    let share = move |_| {
        let locale = i18n.get_locale_untracked();
        spawn_local(async move {
            match share_link(state).await {
                Ok(Some(url)) => offer_link(
                    url,
                    link,
                    status,
                    td_string!(locale, student.link_copied),
                    td_string!(locale, student.copy_link_below),
                ),
                Err(error) => {
                    link.set(None);
                    status.set(open_error(locale, &error));
                }
                Ok(None) => {
                    link.set(None);
                    let kilobytes = MAX_SHARE_CHARS / 1024;
                    let text =
                        td_string!(locale, student.too_large_for_link, kilobytes = kilobytes);
                    status.set(text.to_string());
                }
            }
        })
    };
    view! {
        <div class="share">
            <button type="button" data-testid="share" on:click=share>
                {t!(i18n, student.share_quiz)}
            </button>
            <p class="share-status" role="status" data-testid="share-status">
                {move || status.get()}
            </p>
            <ShareLinkField
                link=link
                label=Signal::derive(move || td_string!(i18n.get_locale(), student.share_link_label))
                test_id="share-link"
            />
        </div>
    }
}
