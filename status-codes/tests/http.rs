//! Interop with http 1.x (hyper 1, axum, reqwest 0.12, tonic): the suite in
//! `common/http_suite.rs`.
#![cfg(feature = "http")]

extern crate http;

#[path = "common/http_suite.rs"]
mod suite;
