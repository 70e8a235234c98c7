// Mistakes in the macro's input are errors at the input.
mod reserved {
    status_macros::code_table! {
        pub enum PayError in "tests/ui/pass/catalogue_chinese.md";
        column "解决方案" as name;
    }
}

mod repr {
    status_macros::code_table! {
        #[repr(u32)]
        pub enum PayError in "tests/ui/pass/catalogue_chinese.md";
    }
}

mod unknown_line {
    status_macros::code_table! {
        pub enum PayError in "tests/ui/pass/catalogue_chinese.md";
        colum "解决方案" as solution;
    }
}

fn main() {}
