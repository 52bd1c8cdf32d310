//! Fact, claim or opinion? A trainer in which students classify the statements of a news article.

pub mod quiz;
pub mod ui;
