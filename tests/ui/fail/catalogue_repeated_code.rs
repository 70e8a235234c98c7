// Names are the keys, but a code listed twice is an error all the same,
// unless the call says `codes may repeat;`.
status_macros::code_table! {
    pub enum InputError in "tests/ui/fail/catalogue_repeated_code.md";
}

fn main() {}
