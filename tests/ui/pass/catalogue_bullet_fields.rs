// Bullets with labelled fields under them (`- **Solution**: …`): the
// fields' labels are read as a table's headers are.
status_macros::code_table! {
    pub enum AccountError in "tests/ui/pass/catalogue_bullet_fields.md";
    column "Solution" as solution;
}

fn main() {
    assert_eq!(AccountError::AccountLocked.code(), 1001);
    assert_eq!(
        AccountError::AccountLocked.description(),
        "the account is locked after too many failed logins."
    );
    assert_eq!(AccountError::AccountClosed.solution(), "open a new account.");
}
