// The item form: the status enum, its class enum and the error types take
// the names and visibility given. Without a visibility, the items are private
// to their module.

mod api {
    status_macros::status_table! {
        enum ApiStatus in "docs/status.md";
        enum ApiClass;
    }

    pub fn check() {
        assert_eq!(ApiStatus::ALL.len(), 26);
        assert_eq!(ApiStatus::NotFound.class(), ApiClass::ClientError);
        assert_eq!(ApiClass::ClientError.codes()[3], ApiStatus::NotFound);
        let parse: ParseApiStatusError = "teapot".parse::<ApiStatus>().unwrap_err();
        assert_eq!(parse.input(), "teapot");
        let unknown: TryFromApiStatusError = ApiStatus::try_from(418).unwrap_err();
        assert_eq!(unknown.code(), 418);
    }
}

mod web {
    // The class enum is optional; it is then `StatusClass`, with the status
    // enum's visibility. The final `;` may be left out.
    status_macros::status_table! {
        pub enum HttpStatus in "docs/status.md"
    }
}

fn main() {
    api::check();
    let status: web::HttpStatus = "502".parse().unwrap();
    assert_eq!(status, web::HttpStatus::BadGateway);
    assert_eq!(status.class(), web::StatusClass::ServerError);
    let _: web::ParseHttpStatusError = "x".parse::<web::HttpStatus>().unwrap_err();
    let _: web::TryFromHttpStatusError = web::HttpStatus::try_from(1).unwrap_err();
}
