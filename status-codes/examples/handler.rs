//! A small web service's handler: its errors map to [`StatusCode`], and
//! every error response is `http::Response` whose body explains the status
//! in the client's language: Chinese from `docs/status.md`, or English
//! from `docs/status.en.md` when the request's `Accept-Language` prefers
//! it ([`Language::from_headers`]).
//!
//! No server and no async runtime: the handler takes an `http::Request` and
//! returns an `http::Response`, as the handlers of hyper or axum do, and
//! `main` feeds it a few requests and prints what it answers.
//!
//! ```text
//! cargo run -p status-codes --example handler --features http
//! ```

use std::fmt;

use http::header::{ALLOW, CONTENT_LANGUAGE, CONTENT_TYPE, VARY};
use http::{Method, Request, Response};
use status_codes::{Language, StatusCode, TryFromStatusCodeError};

/// The users the service knows.
const USERS: &[(u32, &str)] = &[(1, "张三"), (2, "李四")];

/// What can go wrong while handling a request.
#[derive(Debug)]
enum ApiError {
    /// The user id in the path is not a number.
    BadUserId(String),
    /// The route needs an `Authorization` header.
    NotLoggedIn,
    /// No user has this id.
    NoSuchUser(u32),
    /// No such route.
    NoRoute(String),
    /// The route exists, but not for this method.
    WrongMethod {
        method: Method,
        allowed: &'static str,
    },
    /// The route is planned but not written yet: what, in Chinese and in
    /// English.
    NotYet((&'static str, &'static str)),
    /// The upstream weather service did not answer in time.
    UpstreamTimeout,
    /// The upstream service answered with an error, or with a status our
    /// status document does not list.
    Upstream(Result<StatusCode, TryFromStatusCodeError>),
}

impl ApiError {
    /// The status each error answers with.
    fn status(&self) -> StatusCode {
        match self {
            ApiError::BadUserId(_) => StatusCode::BadRequest,
            ApiError::NotLoggedIn => StatusCode::Unauthorized,
            ApiError::NoSuchUser(_) | ApiError::NoRoute(_) => StatusCode::NotFound,
            ApiError::WrongMethod { .. } => StatusCode::MethodNotAllowed,
            ApiError::NotYet(_) => StatusCode::NotImplemented,
            ApiError::UpstreamTimeout => StatusCode::GatewayTimeout,
            ApiError::Upstream(_) => StatusCode::BadGateway,
        }
    }
}

impl ApiError {
    /// What went wrong, in `language`.
    fn message(&self, language: Language) -> String {
        match (self, language) {
            (ApiError::BadUserId(id), Language::ZhCn) => format!("用户编号 {id:?} 不是数字"),
            (ApiError::BadUserId(id), Language::En) => format!("user id {id:?} is not a number"),
            (ApiError::NotLoggedIn, Language::ZhCn) => "请先登录".to_string(),
            (ApiError::NotLoggedIn, Language::En) => "please log in first".to_string(),
            (ApiError::NoSuchUser(id), Language::ZhCn) => format!("没有编号为 {id} 的用户"),
            (ApiError::NoSuchUser(id), Language::En) => format!("there is no user {id}"),
            (ApiError::NoRoute(path), Language::ZhCn) => format!("没有 {path} 这个地址"),
            (ApiError::NoRoute(path), Language::En) => format!("there is nothing at {path}"),
            (ApiError::WrongMethod { method, allowed }, Language::ZhCn) => {
                format!("这里不能用 {method}，只能用 {allowed}")
            }
            (ApiError::WrongMethod { method, allowed }, Language::En) => {
                format!("{method} is not allowed here, only {allowed}")
            }
            (ApiError::NotYet(what), Language::ZhCn) => format!("{}还没有实现", what.0),
            (ApiError::NotYet(what), Language::En) => format!("{} is not written yet", what.1),
            (ApiError::UpstreamTimeout, Language::ZhCn) => "天气服务没有及时响应".to_string(),
            (ApiError::UpstreamTimeout, Language::En) => {
                "the weather service did not answer in time".to_string()
            }
            // The class's title comes in the language too.
            (ApiError::Upstream(Ok(status)), Language::ZhCn) => {
                format!(
                    "天气服务出错：{status}（{}）",
                    status.class().title_in(language)
                )
            }
            (ApiError::Upstream(Ok(status)), Language::En) => format!(
                "the weather service failed: {status} ({})",
                status.class().title_in(language)
            ),
            (ApiError::Upstream(Err(unknown)), Language::ZhCn) => {
                format!("天气服务返回了文档之外的状态码 {}", unknown.code())
            }
            (ApiError::Upstream(Err(unknown)), Language::En) => format!(
                "the weather service answered {}, a code our document does not list",
                unknown.code()
            ),
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Language::PRIMARY))
    }
}

impl std::error::Error for ApiError {}

/// What the upstream weather service answers; here with a status only, as
/// an HTTP client such as reqwest would give it.
fn call_weather_service(city: &str) -> http::StatusCode {
    match city {
        "beijing" => http::StatusCode::OK,
        "teapot" => http::StatusCode::IM_A_TEAPOT,
        "busy" => http::StatusCode::SERVICE_UNAVAILABLE,
        _ => http::StatusCode::GATEWAY_TIMEOUT,
    }
}

/// The routes: `GET /users/{id}`, `GET /admin`, `GET /weather/{city}`.
fn route(request: &Request<()>) -> Result<Response<String>, ApiError> {
    let path = request.uri().path();
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    match segments.as_slice() {
        ["users", id] => {
            match *request.method() {
                Method::GET => {}
                Method::PUT => return Err(ApiError::NotYet(("修改用户", "changing a user"))),
                ref method => {
                    return Err(ApiError::WrongMethod {
                        method: method.clone(),
                        allowed: "GET, PUT",
                    });
                }
            }
            let id: u32 = id
                .parse()
                .map_err(|_| ApiError::BadUserId(id.to_string()))?;
            let (_, name) = USERS
                .iter()
                .find(|(user, _)| *user == id)
                .ok_or(ApiError::NoSuchUser(id))?;
            Ok(text(StatusCode::Ok, format!("用户 {id}：{name}")))
        }
        ["admin"] => {
            if request.headers().contains_key(http::header::AUTHORIZATION) {
                Ok(text(StatusCode::Ok, "欢迎，管理员".to_string()))
            } else {
                Err(ApiError::NotLoggedIn)
            }
        }
        ["weather", city] => {
            let upstream = call_weather_service(city);
            // The upstream's status, in our terms; 418 is not in the document.
            match StatusCode::try_from(upstream) {
                Ok(StatusCode::Ok) => Ok(text(StatusCode::Ok, format!("{city}：晴"))),
                Ok(StatusCode::GatewayTimeout) => Err(ApiError::UpstreamTimeout),
                other => Err(ApiError::Upstream(other)),
            }
        }
        _ => Err(ApiError::NoRoute(path.to_string())),
    }
}

/// A plain-text response in Chinese; our `StatusCode` goes into the
/// builder as it is (it converts to `http::StatusCode` without failing).
fn text(status: StatusCode, body: String) -> Response<String> {
    text_in(Language::ZhCn, status, body)
}

/// A plain-text response in `language`, which `Content-Language` names.
fn text_in(language: Language, status: StatusCode, body: String) -> Response<String> {
    Response::builder()
        .status(status)
        .header(CONTENT_TYPE, "text/plain; charset=utf-8")
        .header(CONTENT_LANGUAGE, language.tag())
        .header(VARY, "accept-language")
        .body(body)
        .expect("a status, three valid headers and a body make a valid response")
}

/// The handler: the route's response, or the error's, whose body says what
/// went wrong and what the status means, in the language the client
/// prefers.
fn handle(request: &Request<()>) -> Response<String> {
    match route(request) {
        Ok(response) => response,
        Err(error) => {
            let language = Language::from_headers(request.headers());
            let status = error.status();
            let body = format!(
                "{status}\n{}\n\n{}",
                error.message(language),
                status.description_in(language)
            );
            let mut response = text_in(language, status, body);
            if let ApiError::WrongMethod { allowed, .. } = error {
                response
                    .headers_mut()
                    .insert(ALLOW, http::HeaderValue::from_static(allowed));
            }
            response
        }
    }
}

fn main() {
    let requests = [
        Request::get("/users/1").body(()),
        Request::get("/users/42").body(()),
        // A browser set to English, and one set to Chinese.
        Request::get("/users/42")
            .header("accept-language", "en-US,en;q=0.9")
            .body(()),
        Request::get("/users/abc")
            .header("accept-language", "zh-CN,zh;q=0.9,en;q=0.8")
            .body(()),
        Request::get("/users/abc")
            .header("accept-language", "en")
            .body(()),
        Request::delete("/users/1").body(()),
        Request::put("/users/2").body(()),
        Request::get("/admin").body(()),
        Request::get("/admin")
            .header("authorization", "Bearer 1234")
            .body(()),
        Request::get("/weather/beijing").body(()),
        Request::get("/weather/busy").body(()),
        Request::get("/weather/teapot").body(()),
        Request::get("/weather/teapot")
            .header("accept-language", "fr-CH, fr;q=0.9, en;q=0.8")
            .body(()),
        Request::get("/weather/lhasa").body(()),
        Request::get("/favicon.ico").body(()),
    ];
    for request in requests {
        let request = request.expect("the requests above are well-formed");
        let response = handle(&request);
        // `http::StatusCode` and ours compare directly.
        let verdict = if response.status() == StatusCode::Ok {
            "✔"
        } else {
            "✘"
        };
        println!(
            "{verdict} {} {} → {}",
            request.method(),
            request.uri(),
            response.status()
        );
        for (name, value) in response.headers() {
            if name == ALLOW || name == CONTENT_LANGUAGE {
                println!("    {name}: {}", value.to_str().unwrap_or("?"));
            }
        }
        for line in response.body().lines() {
            if line.is_empty() {
                println!();
            } else {
                println!("    {line}");
            }
        }
        println!();
    }
}
