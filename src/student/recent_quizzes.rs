use leptos::prelude::*;

use crate::i18n::{t, td_string, use_i18n};

use super::open::{forget_recent, open_bundled, open_recent, Reveal};
use crate::quiz::bundled_ref;
use crate::quiz::library::{Origin, RecentQuiz};
use crate::shared::storage::library;
use crate::shared::use_app;

/// Quizzes opened on this device, newest first, with their last score; the bundled article is
/// always there.
#[component]
pub fn RecentQuizzes() -> impl IntoView {
    let state = use_app();
    let i18n = use_i18n();
    let entries = RwSignal::new(library().quizzes);
    let open_id = move || state.quiz.with(|q| q.quiz.id.clone());
    let is_bundled = move || state.origin.with(|o| o.0 == Origin::Bundled);
    let bundled_title = bundled_ref()
        .as_ref()
        .map(|q| q.quiz.title.clone())
        .unwrap_or_default();

    view! {
        <section class="recent" aria-labelledby="recent-title" data-testid="recent">
            <h2 id="recent-title">{t!(i18n, student.recent_heading)}</h2>
            <ul>
                <li>
                    <span class="recent-title">{bundled_title}</span>
                    <span class="recent-details">{t!(i18n, student.comes_with_app)}</span>
                    <Show
                        when=move || !is_bundled()
                        fallback=move || view! { <span class="open-now">{t!(i18n, student.open_now)}</span> }
                    >
                        <button type="button" data-testid="open-bundled" on:click=move |_| open_bundled(state)>
                            {t!(i18n, student.open)}
                        </button>
                    </Show>
                </li>
                // At most a dozen rows, redrawn when one is removed: a keyed <For> would cost the
                // student module more than it saves.
                {move || {
                    let locale = i18n.get_locale();
                    entries
                        .get()
                        .into_iter()
                        .map(|entry: RecentQuiz| {
                        let id = entry.id.clone();
                        let id_for_check = id.clone();
                        let id_for_forget = id.clone();
                        let title = entry.title.clone();
                        let score = entry
                            .last_score
                            .map(|(correct, total)| {
                                td_string!(locale, student.last_score, correct = correct, total = total)
                                    .to_string()
                            });
                        let details = [entry.source.clone(), score]
                            .into_iter()
                            .flatten()
                            .collect::<Vec<_>>()
                            .join(" · ");
                        let is_open = move || !is_bundled() && open_id() == id_for_check;
                        let remove_label =
                            td_string!(locale, student.remove_titled, title = &entry.title).to_string();
                        let open_label = td_string!(locale, student.open_titled, title = &title).to_string();
                        view! {
                            <li data-testid=format!("recent-{id}")>
                                <span class="recent-title">{title.clone()}</span>
                                <span class="recent-details">{details}</span>
                                <Show
                                    when=move || !is_open()
                                    fallback=move || view! { <span class="open-now">{td_string!(locale, student.open_now)}</span> }
                                >
                                    <button
                                        type="button"
                                        aria-label=open_label.clone()
                                        on:click={
                                            let entry = entry.clone();
                                            move |_| open_recent(state, entry.clone(), Reveal::Yes)
                                        }
                                    >
                                        {td_string!(locale, student.open)}
                                    </button>
                                </Show>
                                <button
                                    type="button"
                                    class="quiet"
                                    aria-label=remove_label
                                    on:click={
                                        let id = id_for_forget.clone();
                                        move |_| {
                                            forget_recent(&id);
                                            entries.set(library().quizzes);
                                        }
                                    }
                                >
                                    {td_string!(locale, student.remove)}
                                </button>
                            </li>
                        }
                        })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}
