// The document cannot be read at all (it is not UTF-8). The macro still
// expands to an empty skeleton of the type, so code that uses the type without
// naming a variant adds no error of its own: the only error is the document's.
status_macros::status_table!("tests/ui/fail/not_utf8.md");

fn describe(code: u16) -> String {
    match StatusCode::from_u16(code) {
        Some(status) => format!("{status}: {}", status.reason()),
        None => format!("{code}: unknown"),
    }
}

fn main() {
    for status in StatusCode::ALL {
        println!("{status} {}", status.description());
    }
    for class in StatusClass::ALL {
        println!("{class}");
    }
    println!("{}", describe(404));
    let _: Result<StatusCode, _> = "404".parse();
    let _: Result<StatusCode, _> = StatusCode::try_from(404);
}
