fn main() {
    for s in status_codes::StatusCode::ALL {
        println!("{s}");
    }
}
