// Without a name column the codes are the keys: a code listed twice is an
// error.
status_macros::code_table! {
    pub enum ScrapeError in "tests/ui/fail/catalogue_duplicate_code.md";
}

fn main() {}
