// No name column, and messages that are sentences: integer codes name
// their variants (`E400`), from a table and from one-line bullets alike.
status_macros::code_table! {
    pub enum GatewayError in "tests/ui/pass/catalogue_named_by_code.md";
}

fn main() {
    assert_eq!(GatewayError::E400.code(), 400);
    assert_eq!(
        GatewayError::E502.message(),
        "The upstream answered with something that is not HTTP."
    );
    assert_eq!(GatewayError::E503.category(), "Upstream");
    assert_eq!(
        GatewayError::E504.description(),
        "An upstream closed the connection before its answer ended."
    );
    assert_eq!("503".parse(), Ok(GatewayError::E503));
    assert_eq!(GatewayError::ALL.len(), 4);
}
