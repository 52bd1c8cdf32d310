//! The quiz file format, version 1.
//!
//! These types are a public interface: teachers' quiz files depend on them. Fields may be added
//! (optional, with a default) but never renamed or removed, so a version 1 file keeps loading.

use schemars::JsonSchema;
use serde::de::Visitor;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The newest format version this app understands.
pub const FORMAT_VERSION: u32 = 1;

/// A quiz: an article split into passages, with the statements a student classifies.
#[derive(Debug, Clone, PartialEq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Quiz {
    /// Optional link to the JSON Schema, so editors can validate and autocomplete the file.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Format version of this file; `1` for now.
    pub format_version: u32,
    /// A short stable identifier (letters, digits, `-`, `_`); saved progress is kept under it.
    pub id: String,
    /// The title shown on the start screen, usually the article's headline.
    pub title: String,
    /// Where the article comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// Language of the article as a BCP 47 tag, such as `en` or `fr`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Who wrote the quiz.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Licence of the quiz, such as `CC BY 4.0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<String>,
    /// Instructions shown to students on the start screen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// The answer categories, 2 to 9 (keys 1 to 9 answer). Left out: fact, claim and opinion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 2, max = 9))]
    pub categories: Option<Vec<Category>>,
    /// How the quiz is taken.
    #[serde(default)]
    pub settings: Settings,
    /// The article, paragraph by paragraph, in reading order.
    pub passages: Vec<Passage>,
}

/// Where the article was published. Every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Source {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publication: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Publication date as written by the publication, e.g. `2022-08-05`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// One answer a student can give.
#[derive(Debug, Clone, PartialEq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Category {
    /// Identifier used in `answer`, e.g. `fact`.
    pub id: String,
    /// Name shown on the answer button, e.g. `Sourced fact`.
    pub name: String,
    /// One line saying what belongs in this category.
    pub definition: String,
    /// A short example statement.
    pub example: String,
}

/// Whether students get feedback after each answer or only at the end.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ModeSetting {
    /// The student chooses on the start screen.
    #[default]
    Choice,
    /// Feedback after each answer.
    Practice,
    /// Feedback only on the results screen.
    Test,
}

/// Order in which passages are shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PassageOrder {
    #[default]
    InOrder,
    Shuffled,
}

/// How the quiz is taken.
#[derive(Debug, Clone, PartialEq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Settings {
    #[serde(default)]
    pub mode: ModeSetting,
    /// Whether the results screen offers "retry".
    #[serde(default = "yes")]
    pub allow_retry: bool,
    /// Percentage (0 to 100) needed to pass; no pass mark when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 100))]
    pub pass_mark: Option<u8>,
    #[serde(default)]
    pub passage_order: PassageOrder,
}

fn yes() -> bool {
    true
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            mode: ModeSetting::Choice,
            allow_retry: true,
            pass_mark: None,
            passage_order: PassageOrder::InOrder,
        }
    }
}

/// A paragraph of the article (the headline counts as one).
#[derive(Debug, Clone, PartialEq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Passage {
    /// The paragraph, word for word.
    pub text: String,
    /// The statements inside it, each quoted exactly.
    pub statements: Vec<Statement>,
}

/// A sentence or clause the student classifies.
#[derive(Debug, Clone, PartialEq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Statement {
    /// Unique within the quiz; used to save progress.
    pub id: String,
    /// The exact words, as they appear in the passage.
    pub text: String,
    /// Which appearance of `text` is meant (1 = first), only where the words appear more than once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occurrence: Option<u32>,
    /// The accepted category id, or a list of them where the statement is honestly debatable.
    #[serde(deserialize_with = "one_or_many")]
    #[schemars(schema_with = "one_or_many_schema")]
    pub answer: Vec<String>,
    /// Why: which words give it away and how a reader could check it.
    pub explanation: String,
    /// Words inside the statement that give its kind away; highlighted with the feedback.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cues: Vec<String>,
    /// Where the article is wrong or misleading, and the public record to check.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fact_check: Option<FactCheck>,
}

/// A correction of the article, with the record a student can look up.
#[derive(Debug, Clone, PartialEq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct FactCheck {
    pub note: String,
    /// An `https://` link to the public record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

/// Accepts `"claim"` as well as `["claim", "opinion"]`.
fn one_or_many<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged, expecting = "a category id or a list of category ids")]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    Ok(match OneOrMany::deserialize(deserializer)? {
        OneOrMany::One(one) => vec![one],
        OneOrMany::Many(many) => many,
    })
}

fn one_or_many_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "anyOf": [
            { "type": "string" },
            { "type": "array", "items": { "type": "string" }, "minItems": 1 }
        ]
    })
}

/// The categories used when a quiz does not define its own.
pub fn default_categories() -> Vec<Category> {
    vec![
        Category {
            id: "fact".into(),
            name: "Sourced fact".into(),
            definition: "A factual statement the text attributes to a named source or record.".into(),
            example: "“Unemployment fell to 4%, according to the national statistics office.”".into(),
        },
        Category {
            id: "claim".into(),
            name: "Claim".into(),
            definition: "A factual statement the text does not source: it could be checked, but you are not told how.".into(),
            example: "“Unemployment fell to 4% last year.”".into(),
        },
        Category {
            id: "opinion".into(),
            name: "Opinion".into(),
            definition: "A judgement, loaded language or speculation: it tells you what to think rather than what happened.".into(),
            example: "“The government's disastrous policy has failed everyone.”".into(),
        },
    ]
}

/// serde's derived structs also read a JSON list of their fields in order, so `"settings": []`
/// would pass as settings with every field left out. No teacher means that: these types read
/// only objects (`{ … }`), on both routes. (`remote = "Self"` turns the derived code into inherent
/// functions, which the trait impls below wrap.)
macro_rules! objects_only {
    ($($name:ident),*) => {$(
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $name::deserialize(ObjectOnly(deserializer))
            }
        }
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                $name::serialize(self, serializer)
            }
        }
    )*};
}

objects_only!(Quiz, Source, Category, Settings, Passage, Statement, FactCheck);

/// A deserializer that reads a struct only from a map.
struct ObjectOnly<D>(D);

impl<'de, D: Deserializer<'de>> Deserializer<'de> for ObjectOnly<D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}
