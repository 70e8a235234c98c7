// Where the document's phrase is not the IANA registry's, parsing reads the
// registry's phrase too; the document's stays the reason and the display.
// A registry phrase that is another code's phrase in the document stays
// that code's. The same with a perfect hash of the phrases and without.

mod hashed {
    status_macros::status_table!("tests/ui/pass/registry_phrases.md");
}

mod shared_key {
    status_macros::status_table!("tests/ui/pass/registry_phrases_shared_key.md");
}

fn main() {
    use hashed::StatusCode;

    assert_eq!(StatusCode::SwitchingProtocal.reason(), "Switching Protocal");
    assert_eq!(StatusCode::SwitchingProtocal.to_string(), "101 Switching Protocal");
    for phrase in ["Switching Protocols", "switching protocols", "Switching Protocal"] {
        assert_eq!(StatusCode::from_reason(phrase), Some(StatusCode::SwitchingProtocal));
        assert_eq!(phrase.parse(), Ok(StatusCode::SwitchingProtocal));
    }
    assert_eq!("101 switching protocols".parse(), Ok(StatusCode::SwitchingProtocal));
    assert!("300 switching protocols".parse::<StatusCode>().is_err());
    assert_eq!(StatusCode::from_reason("MULTIPLE CHOICES"), Some(StatusCode::MultipleChoice));
    assert_eq!(StatusCode::from_reason("Created"), Some(StatusCode::Ok));

    // "OK" is 200's phrase in the registry, but 201's in the document.
    assert_eq!(StatusCode::from_reason("OK"), Some(StatusCode::Ok));
    assert_eq!(StatusCode::Ok.code(), 201);
    assert_eq!(StatusCode::from_reason("fine"), Some(StatusCode::Fine));
    assert_eq!("201 OK".parse(), Ok(StatusCode::Ok));
    assert!("200 OK".parse::<StatusCode>().is_err());

    {
        use shared_key::StatusCode;
        for phrase in ["Switching Protocols", "SWITCHING PROTOCOLS", "Switching Protocal"] {
            assert_eq!(StatusCode::from_reason(phrase), Some(StatusCode::SwitchingProtocal));
        }
        assert_eq!(
            StatusCode::from_reason("server has problems"),
            Some(StatusCode::ServerHasProblems)
        );
        assert_eq!("101 Switching Protocols".parse(), Ok(StatusCode::SwitchingProtocal));
        assert_eq!(StatusCode::from_reason("Switching Protocolz"), None);
    }
}
