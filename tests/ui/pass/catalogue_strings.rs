// String codes and no name column: the codes name the variants.
status_macros::code_table! {
    enum ScrapeError in "tests/ui/pass/catalogue_strings.md";
    column "Fix" as fix;
}

fn scrape(rows: usize) -> Result<usize, ScrapeError> {
    if rows == 0 {
        return Err(ScrapeError::EEmpty);
    }
    Ok(rows)
}

fn main() {
    let code: &'static str = ScrapeError::EEmpty.code();
    assert_eq!(code, "E_EMPTY");
    assert_eq!(ScrapeError::ETimeout.name(), "E_TIMEOUT");
    assert_eq!(ScrapeError::from_code("E_BLOCKED"), Some(ScrapeError::EBlocked));
    // `from_code` is exact; `FromStr` ignores ASCII case.
    assert_eq!(ScrapeError::from_code("e_blocked"), None);
    assert_eq!("e_blocked".parse(), Ok(ScrapeError::EBlocked));
    assert_eq!(ScrapeError::try_from("E_EMPTY"), Ok(ScrapeError::EEmpty));
    assert!(ScrapeError::try_from("E_GONE").is_err());
    assert_eq!(ScrapeError::EBlocked.fix(), "Slow down.");
    assert_eq!(ScrapeError::EEmpty.category(), "Scraper");
    assert_eq!(format!("{:#}", ScrapeError::EEmpty), "E_EMPTY");
    let error = scrape(0).unwrap_err();
    assert_eq!(error.to_string(), "The scraper found no rows on the page.");
    assert_eq!(scrape(3), Ok(3));
    assert_eq!(<&str>::from(ScrapeError::ETimeout), "E_TIMEOUT");
}
