// A table row with a cell too few keeps its variant: the code that uses it
// adds no error of its own, and the only error is the document's.
status_macros::status_table!("tests/ui/fail/no_cascade_cells.md");

fn is_missing(status: StatusCode) -> bool {
    match status {
        StatusCode::NotFound => true,
        StatusCode::BadRequest => false,
    }
}

fn main() {
    let _ = is_missing(StatusCode::NotFound);
    let _ = (StatusCode::NotFound.reason(), StatusCode::NotFound.description());
}
