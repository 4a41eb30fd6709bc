//! One module per route.

pub mod about;
pub mod advice;
pub mod bulletins;
pub mod contacts;
pub mod help;
pub mod home;
pub mod not_found;
pub mod report;
pub mod search;
pub mod statistics;
pub mod tools;
