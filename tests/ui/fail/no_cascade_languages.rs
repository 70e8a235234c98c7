// The primary document has one bad entry, and a translation is given. The
// languages still expand, over the valid entries and every class, so the
// code below adds no error of its own: the only error is the document's.
status_macros::status_table! {
    pub enum StatusCode in "tests/ui/fail/no_cascade.md" as "zh-CN";
    translation "en" in "tests/ui/pass/small.en.md";
}

fn main() {
    assert_eq!(StatusCode::ALL.len(), 1);
    assert_eq!(Language::ALL, [Language::ZhCn, Language::En]);
    assert_eq!(StatusCode::NotFound.description_in(Language::En), "Nothing here.");
    assert_eq!(StatusCode::NotFound.translation(Language::ZhCn).is_some(), true);
    for class in StatusClass::ALL {
        let _ = class.title_in(Language::negotiate("en"));
    }
}
