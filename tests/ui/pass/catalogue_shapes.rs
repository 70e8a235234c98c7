// Several shapes in one catalogue: an HTML table whose one-cell row titles
// a category, headings per code with labelled fields, and numbered
// one-line items; one `column` line finds `Fix` in the table and fields.
status_macros::code_table! {
    pub enum StorageError in "tests/ui/pass/catalogue_shapes.md";
    column "Fix" as fix;
}

fn main() {
    let codes: Vec<u16> = StorageError::ALL.iter().map(|e| e.code()).collect();
    assert_eq!(codes, [7001, 7002, 7101, 7102, 7201, 7202]);
    assert_eq!(StorageError::BucketMissing.category(), "Buckets");
    assert_eq!(StorageError::BucketMissing.fix(), Some("Create it first."));
    assert_eq!(StorageError::BucketFull.fix(), None);
    assert_eq!(StorageError::ObjectLocked.category(), "Objects");
    assert_eq!(
        StorageError::ObjectLocked.description(),
        "The object is locked by another writer."
    );
    assert_eq!(
        StorageError::ObjectLocked.fix(),
        Some("wait for the lock to expire, or break it.")
    );
    assert_eq!(StorageError::ObjectTooLarge.description(), "the object is over the size limit.");
    assert_eq!(StorageError::E7201.category(), "Quotas");
}
