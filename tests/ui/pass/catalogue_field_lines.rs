// Labelled fields written as lines of one paragraph (`**Symbol**：…` under
// a bullet's first line, `**Description:** …` under a heading): each line
// that starts with a label starts a field, and a line without one goes on
// with the field above it. A field only some entries have is an optional
// column; a bullet's own text, which the `Symbol` field displaces as the
// name, is the `Title` field.
mod orders {
    status_macros::code_table! {
        pub enum OrderError in "tests/ui/pass/catalogue_field_lines.md";
        column "Solution" as solution;
        column "Title" as title;
    }
}

mod uploads {
    status_macros::code_table! {
        pub enum UploadError in "tests/ui/pass/catalogue_field_headings.md";
        column "Suggested Action" as action;
    }
}

use orders::OrderError;
use uploads::UploadError;

fn main() {
    assert_eq!(OrderError::OrderNotFound.code(), 2001);
    assert_eq!(OrderError::OrderNotFound.name(), "ORDER_NOT_FOUND");
    assert_eq!(OrderError::OrderNotFound.title(), "订单不存在");
    assert_eq!(
        OrderError::OrderNotFound.description(),
        "订单号没有对应的订单，可能已被清理。"
    );
    assert_eq!(OrderError::OrderNotFound.solution(), Some("核对订单号。"));
    assert_eq!(OrderError::OrderPaid.solution(), None);
    assert_eq!(OrderError::OrderPaid.description(), "这笔订单已经付过款。");

    assert_eq!(UploadError::FileTooLarge.code(), 3001);
    assert_eq!(
        UploadError::FileTooLarge.description(),
        "the file is over the size limit."
    );
    assert_eq!(
        UploadError::FileTooLarge.action(),
        Some("split the file, or compress it.")
    );
    assert_eq!(UploadError::WrongType.action(), None);
}
