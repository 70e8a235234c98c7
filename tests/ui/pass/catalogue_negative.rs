// Negative codes: an i32 representation; bold names lose their markup.
status_macros::code_table! {
    pub(crate) enum ReturnCode in "tests/ui/pass/catalogue_negative.md";
}

fn main() {
    assert_eq!(ReturnCode::SystemBusy as i32, -1);
    let code: i32 = ReturnCode::BadParameter.code();
    assert_eq!(code, -2);
    assert_eq!(ReturnCode::from_code(0), Some(ReturnCode::Ok));
    assert_eq!(ReturnCode::try_from(-2), Ok(ReturnCode::BadParameter));
    assert_eq!(ReturnCode::try_from(-3).unwrap_err().code(), -3);
    assert_eq!("-1".parse(), Ok(ReturnCode::SystemBusy));
    assert_eq!("bad_parameter".parse(), Ok(ReturnCode::BadParameter));
    assert_eq!(ReturnCode::BadParameter.name(), "BAD_PARAMETER");
    assert_eq!(
        ReturnCode::BadParameter.description(),
        "参数格式不对，详见 errmsg 字段。"
    );
    assert_eq!(format!("{:#}", ReturnCode::SystemBusy), "-1 SYSTEM_BUSY");
    // Entries before any `##` section have an empty category.
    assert_eq!(ReturnCode::Ok.category(), "");
    assert_eq!(i32::from(ReturnCode::Ok), 0);
}
