use leptos::prelude::*;

use crate::i18n::{t, use_i18n};

use crate::quiz::model::FactCheck;

/// Where the article is wrong, and the public record to check: on screen a link naming its
/// site, on paper the whole address.
#[component]
pub fn FactCheckNote(check: FactCheck) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <aside class="fact-check" data-testid="fact-check">
            <p>
                <strong>{t!(i18n, student.fact_check)}</strong>
                {check.note}
            </p>
            {check
                .link
                .map(|link| {
                    view! {
                        <p>
                            <a href=link.clone() target="_blank" rel="noopener noreferrer nofollow">
                                {t!(i18n, student.check_public_record)}
                            </a>
                            <span class="link-host no-print">{format!(" ({})", host(&link))}</span>
                            <span class="print-link">{format!(" ({link})")}</span>
                        </p>
                    }
                })}
        </aside>
    }
}

/// The host of a link, so students see where it goes before they follow it.
fn host(link: &str) -> &str {
    link.split("://")
        .nth(1)
        .and_then(|rest| rest.split(['/', '?', '#']).next())
        .unwrap_or(link)
}
