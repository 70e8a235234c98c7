// No name column, and every message makes a name: the messages name the
// variants, and the description column describes them.
status_macros::code_table! {
    pub enum SyncAnswer in "tests/ui/pass/catalogue_named_by_message.md";
}

fn main() {
    assert_eq!(SyncAnswer::Ok.code(), 0);
    assert_eq!(SyncAnswer::RateLimited.name(), "rate limited");
    assert_eq!(SyncAnswer::RecordConflict.description(), "另一台设备先修改了记录");
    assert_eq!("record conflict".parse(), Ok(SyncAnswer::RecordConflict));
}
