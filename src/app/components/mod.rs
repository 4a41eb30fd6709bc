//! Reusable view pieces.

pub mod cards;
pub mod layout;
