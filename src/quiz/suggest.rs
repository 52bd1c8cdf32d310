//! "Did you mean …": the one place that guesses what a teacher meant to write. Only the
//! teachers' diagnostics use it ([`super::diagnose`], [`super::shape`]).

/// How alike (0 to 1) a word must be to a known one to be suggested.
const ALIKE: f64 = 0.6;

/// The known name most like `name`, ignoring case, if one is alike enough to be what was meant.
pub fn closest_name<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let lower = name.trim().to_lowercase();
    known
        .into_iter()
        .map(|k| {
            (
                strsim::normalized_damerau_levenshtein(&lower, &k.to_lowercase()),
                k,
            )
        })
        .filter(|(similarity, _)| *similarity >= ALIKE)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

/// The run of words in `passage` most like `needle`, to help fix a statement copied with a typo.
pub fn closest_text(passage: &str, needle: &str) -> Option<String> {
    let words: Vec<&str> = passage.split_whitespace().collect();
    let want = needle.split_whitespace().count().max(1);
    if words.is_empty() || passage.len() > 20_000 || needle.len() > 2_000 {
        return None;
    }
    let width = want.min(words.len());
    (0..=words.len() - width)
        .map(|start| words[start..start + width].join(" "))
        .map(|candidate| {
            (
                strsim::normalized_levenshtein(&candidate, needle),
                candidate,
            )
        })
        .filter(|(similarity, _)| *similarity > 0.3)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_a_near_spelling_but_not_a_different_word() {
        let known = ["passages", "title", "settings"];
        assert_eq!(closest_name("passagse", known), Some("passages"));
        assert_eq!(closest_name("Tittle", known), Some("title"));
        assert_eq!(closest_name("colour", known), None);
    }

    #[test]
    fn finds_the_words_a_statement_was_copied_from() {
        let passage = "The bridge opened in 1998, the council said. It is lovely.";
        assert_eq!(
            closest_text(passage, "The bridge opened in 1989, the council said.").as_deref(),
            Some("The bridge opened in 1998, the council said.")
        );
    }
}
