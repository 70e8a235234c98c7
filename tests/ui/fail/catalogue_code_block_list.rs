// A list of entries indented four spaces: Markdown reads it as a code
// block, and the entries would be lost; an error says so at its line.
status_macros::code_table! {
    pub enum InputError in "tests/ui/fail/catalogue_code_block_list.md";
}

fn main() {}
