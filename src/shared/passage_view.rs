use leptos::prelude::*;

use leptos_i18n::Locale as _;

use crate::i18n::{td_string, use_i18n};
use crate::shared::language::quiz_text;

use super::use_app;

/// The passage of the statement on screen, with its statements highlighted in place. The
/// current one is outlined and marked for screen readers; once feedback shows, its cue words
/// are highlighted too. Clicking a statement goes to it.
#[component]
pub fn PassageView() -> impl IntoView {
    let state = use_app();
    let i18n = use_i18n();
    move || {
        let locale = i18n.get_locale();
        let quiz = state.quiz.get();
        let (lang, dir) = quiz_text(&quiz);
        state.session.with(|session| {
            let session = session.as_ref()?;
            let current = session.current();
            let passage = quiz.placed[current].passage;
            let text = quiz.passage_text(passage);
            let total_passages = quiz.quiz.passages.len();
            let segments = quiz
                .segments(passage)
                .into_iter()
                .map(|segment| {
                    let plain = text[segment.range.clone()].to_string();
                    let Some(index) = segment.statement.filter(|i| session.asked.contains(i)) else {
                        return view! { <span>{plain}</span> }.into_any();
                    };
                    let is_current = index == current;
                    let answered = session.answer_of(index).is_some();
                    let with_cues = is_current && session.shows_feedback();
                    let content = if with_cues {
                        quiz.cue_runs(index)
                            .into_iter()
                            .map(|(range, cue)| {
                                let run = text[range].to_string();
                                if cue {
                                    view! { <mark class="cue" data-testid="cue">{run}</mark> }.into_any()
                                } else {
                                    view! { <span>{run}</span> }.into_any()
                                }
                            })
                            .collect_view()
                            .into_any()
                    } else {
                        plain.into_any()
                    };
                    let id = quiz.statement(index).id.clone();
                    view! {
                        <span
                            class="statement"
                            class:current=is_current
                            class:answered=answered
                            data-testid=format!("statement-{id}")
                            aria-current=is_current.then_some("true")
                            on:click=move |_| state.update_session(|s, _| s.go_to(index))
                        >
                            {is_current
                                .then(|| view! { <span class="visually-hidden" lang=locale.as_str()>{td_string!(locale, student.current_statement)}</span> })}
                            {content}
                        </span>
                    }
                    .into_any()
                })
                .collect_view();
            let headline = quiz.is_headline(passage);
            let heading = if headline {
                td_string!(locale, student.headline).to_string()
            } else {
                let at = passage + 1;
                td_string!(locale, student.passage_of, at = at, total = total_passages).to_string()
            };
            Some(view! {
                <article class="passage" class:headline=headline aria-labelledby="passage-heading">
                    <h2 id="passage-heading" class="passage-heading">{heading}</h2>
                    <p class="passage-text" data-testid="passage" lang=lang dir=dir>{segments}</p>
                </article>
            })
        })
    }
}
