// Rows with a cell too few or too many keep their variants, and the
// columns keep their types (`retry_after` stays a `u16`, `solution` a
// `&str`): the code that uses them adds no error of its own, and the only
// errors are the document's, one for each row.
status_macros::code_table! {
    pub enum OrderError in "tests/ui/fail/catalogue_no_cascade_cells.md";
    column "重试间隔（秒）" as retry_after;
    column "解决方案" as solution;
}

fn advice(error: OrderError) -> (u16, &'static str) {
    match error {
        OrderError::OrderNotFound | OrderError::TooManyRequests | OrderError::ChannelUnavailable => {
            (error.retry_after(), error.solution())
        }
    }
}

fn main() {
    let _ = advice(OrderError::TooManyRequests);
    let _ = (OrderError::ChannelUnavailable.code(), OrderError::ChannelUnavailable.description());
    let _ = OrderError::from_code(42901);
}
