// A numeric column that repeats: no `from_code` or `TryFrom`, names find
// entries; an integer extra column with empty cells is an `Option<u16>`.
status_macros::code_table! {
    pub enum Canonical in "tests/ui/pass/catalogue_grpc.md";
    codes may repeat;
    column "Retry after" as retry_after;
}

// No `from_code`: codes repeat, so a trait with that method is not
// ambiguous with an inherent one.
trait FromCode {
    fn from_code(code: u16) -> Vec<Canonical>;
}

impl FromCode for Canonical {
    fn from_code(code: u16) -> Vec<Canonical> {
        Canonical::ALL
            .into_iter()
            .filter(|entry| entry.code() == code)
            .collect()
    }
}

fn main() {
    assert_eq!(Canonical::ALL.len(), 7);
    assert_eq!(Canonical::OutOfRange.code(), 400);
    assert_eq!(
        <Canonical as FromCode>::from_code(400),
        [
            Canonical::InvalidArgument,
            Canonical::FailedPrecondition,
            Canonical::OutOfRange
        ]
    );
    let retry: Option<u16> = Canonical::Aborted.retry_after();
    assert_eq!(retry, Some(1));
    assert_eq!(Canonical::InvalidArgument.retry_after(), None);
    assert_eq!("resource_exhausted".parse(), Ok(Canonical::ResourceExhausted));
    // Codes do not parse: they name more than one entry.
    assert!("400".parse::<Canonical>().is_err());
    assert_eq!(
        Canonical::Unavailable.to_string(),
        "The service is down for a moment."
    );
    assert_eq!(format!("{:#}", Canonical::Unavailable), "503 UNAVAILABLE");
}
