//! Fact, claim or opinion? A trainer in which students classify the statements of a news article.
//!
//! Two audiences, two modules: [`student`] is what every student downloads (`src/main.rs`);
//! [`teacher`] holds the teachers' tools, a module of its own loaded on demand
//! (`src/bin/teacher.rs`). [`shared`] is what both use, [`quiz`] the logic without web imports.

pub mod quiz;
pub mod shared;
pub mod student;
pub mod teacher;
