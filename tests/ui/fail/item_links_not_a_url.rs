// `links relative to` takes an absolute http(s) URL.
status_macros::status_table! {
    pub enum HttpStatus in "docs/status.md";
    links relative to "docs.example.com";
}

fn main() {}
