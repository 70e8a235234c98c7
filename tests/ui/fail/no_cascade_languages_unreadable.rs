// The primary document cannot be read at all, and a translation is given:
// the skeleton still has the languages, so the only error is the document's.
status_macros::status_table! {
    pub enum StatusCode in "tests/ui/fail/not_utf8.md" as "zh-CN";
    translation "en" in "tests/ui/pass/small.en.md";
}

fn main() {
    for status in StatusCode::ALL {
        println!("{}", status.description_in(Language::En));
        println!("{:?}", status.translation(Language::En));
    }
    for class in StatusClass::ALL {
        println!("{}", class.title_in(Language::En));
    }
    let _: Result<Language, ParseLanguageError> = "en".parse();
}
