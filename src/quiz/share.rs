//! A quiz inside a link: the file deflated and base64url-encoded in the URL fragment, which
//! browsers never send to any server.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use super::error::{ErrorKind, QuizError, MAX_FILE_BYTES};

/// Longest fragment we make or accept. Browsers take far longer URLs (Chromium: 2 MB), but chat
/// apps, e-mail and school platforms are happier with short ones.
pub const MAX_SHARE_CHARS: usize = 64 * 1024;

/// The fragment key: `#quiz=…`.
pub const FRAGMENT_KEY: &str = "quiz=";

/// The fragment (without `#`) carrying this quiz file, or `None` when it is too large.
pub fn encode(quiz_json: &str) -> Option<String> {
    let compressed = miniz_oxide::deflate::compress_to_vec(quiz_json.as_bytes(), 9);
    let fragment = format!("{FRAGMENT_KEY}{}", URL_SAFE_NO_PAD.encode(compressed));
    (fragment.len() <= MAX_SHARE_CHARS).then_some(fragment)
}

/// The quiz file carried by a fragment (with or without `#`). Refuses links that are too long or
/// that would inflate beyond the file size limit.
pub fn decode(fragment: &str) -> Result<Vec<u8>, QuizError> {
    let fragment = fragment.trim_start_matches('#');
    let Some(data) = fragment.strip_prefix(FRAGMENT_KEY) else {
        return Err(broken("it does not hold a quiz"));
    };
    if data.len() > MAX_SHARE_CHARS {
        return Err(broken("it is longer than a quiz link can be"));
    }
    let compressed = URL_SAFE_NO_PAD
        .decode(data.trim_end_matches('='))
        .map_err(|_| broken("part of it is missing or changed (was it cut off when copied?)"))?;
    miniz_oxide::inflate::decompress_to_vec_with_limit(&compressed, MAX_FILE_BYTES).map_err(|err| {
        match err.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => {
                QuizError::whole_file(ErrorKind::TooLarge {
                    size: MAX_FILE_BYTES + 1,
                    limit: MAX_FILE_BYTES,
                })
            }
            _ => broken("part of it is missing or changed (was it cut off when copied?)"),
        }
    })
}

fn broken(why: &str) -> QuizError {
    QuizError::whole_file(ErrorKind::BadShareLink(why.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_a_quiz_through_a_link() {
        let text = crate::quiz::BUNDLED_QUIZ;
        let fragment = encode(text).expect("fits");
        assert!(fragment.len() < text.len() / 2, "{}", fragment.len());
        assert_eq!(
            decode(&format!("#{fragment}")).expect("decodes"),
            text.as_bytes()
        );
    }

    #[test]
    fn refuses_cut_off_and_foreign_links() {
        let fragment = encode(crate::quiz::BUNDLED_QUIZ).expect("fits");
        assert!(decode(&fragment[..fragment.len() / 2]).is_err());
        assert!(decode("#section-2").is_err());
        assert!(decode("quiz=!!!").is_err());
    }

    #[test]
    fn refuses_a_decompression_bomb() {
        let bomb = "a".repeat(MAX_FILE_BYTES + 10);
        let compressed = miniz_oxide::deflate::compress_to_vec(bomb.as_bytes(), 9);
        let fragment = format!("{FRAGMENT_KEY}{}", URL_SAFE_NO_PAD.encode(compressed));
        assert!(
            matches!(decode(&fragment), Err(e) if matches!(e.kind, ErrorKind::TooLarge { .. }))
        );
    }
}
