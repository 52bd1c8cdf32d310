//! A quiz inside a link: the file deflated (raw DEFLATE, RFC 1951) and base64url-encoded in the
//! URL fragment, which browsers never send to any server. The browser does the compressing and
//! inflating (`CompressionStream` / `DecompressionStream`, see `shared::share_link`); this module
//! is the part that needs no browser: the fragment's framing and its limits.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use super::error::{LinkFault, OpenError};

/// Longest fragment we make or accept. Browsers take far longer URLs (Chromium: 2 MB), but chat
/// apps, e-mail and school platforms are happier with short ones.
pub const MAX_SHARE_CHARS: usize = 64 * 1024;

/// The fragment key: `#quiz=…`.
pub const FRAGMENT_KEY: &str = "quiz=";

/// Whether an address fragment (with or without `#`) carries a quiz.
pub fn carries_quiz(fragment: &str) -> bool {
    fragment.trim_start_matches('#').starts_with(FRAGMENT_KEY)
}

/// The fragment (without `#`) carrying a deflated quiz file, or `None` when it is too large.
pub fn to_fragment(deflated: &[u8]) -> Option<String> {
    let fragment = format!("{FRAGMENT_KEY}{}", URL_SAFE_NO_PAD.encode(deflated));
    (fragment.len() <= MAX_SHARE_CHARS).then_some(fragment)
}

/// The deflated quiz file a fragment (with or without `#`) carries. Refuses links that are too
/// long; the caller inflates it with a limit on the size it may grow to.
pub fn from_fragment(fragment: &str) -> Result<Vec<u8>, OpenError> {
    let fragment = fragment.trim_start_matches('#');
    let Some(data) = fragment.strip_prefix(FRAGMENT_KEY) else {
        return Err(OpenError::BadShareLink(LinkFault::NoQuiz));
    };
    if data.len() > MAX_SHARE_CHARS {
        return Err(OpenError::BadShareLink(LinkFault::TooLong));
    }
    URL_SAFE_NO_PAD
        .decode(data.trim_end_matches('='))
        .map_err(|_| cut_off())
}

/// The link was damaged on its way (cut off, or changed by hand).
pub fn cut_off() -> OpenError {
    OpenError::BadShareLink(LinkFault::CutOff)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Links made by earlier versions (miniz_oxide, level 9) and by browsers are raw DEFLATE.
    fn deflate(text: &str) -> Vec<u8> {
        miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9)
    }

    #[test]
    fn round_trips_a_quiz_through_a_link() {
        let text = crate::quiz::BUNDLED_QUIZ;
        let fragment = to_fragment(&deflate(text)).expect("fits");
        assert!(fragment.len() < text.len() / 2, "{}", fragment.len());
        assert!(carries_quiz(&format!("#{fragment}")));
        let deflated = from_fragment(&format!("#{fragment}")).expect("decodes");
        let inflated = miniz_oxide::inflate::decompress_to_vec(&deflated).expect("inflates");
        assert_eq!(inflated, text.as_bytes());
    }

    #[test]
    fn refuses_foreign_and_garbled_links() {
        assert!(!carries_quiz("#section-2"));
        assert!(from_fragment("#section-2").is_err());
        assert_eq!(from_fragment("quiz=!!!"), Err(cut_off()));
    }

    #[test]
    fn refuses_a_link_longer_than_the_limit() {
        let long = format!("quiz={}", "A".repeat(MAX_SHARE_CHARS + 1));
        assert!(from_fragment(&long).is_err());
        assert!(to_fragment(&vec![7; MAX_SHARE_CHARS]).is_none());
    }
}
