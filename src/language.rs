//! The language the explainer answers in: `--lang`, else the locale
//! variables `LC_ALL`, `LC_MESSAGES` and `LANG`, in that order, else the
//! document's own (`zh-CN`).

use std::ffi::OsString;

use status_codes::Language;

/// The language `tag` names, looked up as RFC 4647 says: the tag, then the
/// tag without its last subtag, and so on (`en-US` finds `en`), in any
/// ASCII case, with `_` or `-` between subtags.
pub fn lookup(tag: &str) -> Option<Language> {
    let mut tag = tag.trim();
    loop {
        if let Some(language) = Language::from_tag(tag) {
            return Some(language);
        }
        let cut = tag.rfind(['-', '_'])?;
        tag = &tag[..cut];
    }
}

/// What a locale variable's value says: `None` when it names no language
/// (unset, empty, `C`, `POSIX`), so that the next variable decides;
/// otherwise the language, if the document is translated into it.
/// `en_US.UTF-8` and `en_GB@euro` mean en.
fn from_locale(value: &str) -> Option<Option<Language>> {
    let value = value.trim();
    let name = value.split(['.', '@']).next().unwrap_or_default();
    if name.is_empty() || name == "C" || name == "POSIX" {
        return None;
    }
    Some(lookup(name))
}

/// The language to answer in, and where it came from: `--lang TAG`
/// (`flag`, an error when the document is not in that language), else the
/// first of `LC_ALL`, `LC_MESSAGES` and `LANG` that names a language (read
/// with `env`), else the primary document's. A locale in a language the
/// document lacks means the primary too.
pub fn choose(
    flag: Option<&str>,
    env: impl Fn(&str) -> Option<OsString>,
) -> Result<Language, String> {
    if let Some(tag) = flag {
        return lookup(tag).ok_or_else(|| {
            let tags: Vec<&str> = Language::ALL.iter().map(|l| l.tag()).collect();
            format!(
                "the document is not in `{tag}`: --lang takes {}",
                tags.join(" or ")
            )
        });
    }
    for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        let Some(value) = env(variable) else {
            continue;
        };
        if let Some(language) = from_locale(&value.to_string_lossy()) {
            return Ok(language.unwrap_or(Language::PRIMARY));
        }
    }
    Ok(Language::PRIMARY)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<OsString> + 'a {
        move |name| {
            vars.iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| OsString::from(value))
        }
    }

    #[test]
    fn tags_are_looked_up() {
        assert_eq!(lookup("en"), Some(Language::En));
        assert_eq!(lookup("EN-us"), Some(Language::En));
        assert_eq!(lookup("zh_CN"), Some(Language::ZhCn));
        assert_eq!(lookup("zh-CN-x-y"), Some(Language::ZhCn));
        assert_eq!(lookup("zh"), None);
        assert_eq!(lookup("fr"), None);
        assert_eq!(lookup(""), None);
    }

    #[test]
    fn the_flag_then_the_locale_then_the_primary() {
        assert_eq!(
            choose(Some("en"), env(&[("LANG", "zh_CN")])),
            Ok(Language::En)
        );
        assert!(
            choose(Some("fr"), env(&[]))
                .unwrap_err()
                .contains("zh-CN or en")
        );
        assert_eq!(choose(None, env(&[])), Ok(Language::ZhCn));
        assert_eq!(
            choose(None, env(&[("LANG", "en_US.UTF-8")])),
            Ok(Language::En)
        );
        assert_eq!(
            choose(None, env(&[("LANG", "en_GB@euro")])),
            Ok(Language::En)
        );
        assert_eq!(
            choose(
                None,
                env(&[("LC_ALL", "zh_CN.UTF-8"), ("LANG", "en_US.UTF-8")])
            ),
            Ok(Language::ZhCn)
        );
        assert_eq!(
            choose(None, env(&[("LC_MESSAGES", "en"), ("LANG", "zh_CN.UTF-8")])),
            Ok(Language::En)
        );
        // C, POSIX and empty name no language: the next variable decides.
        for skipped in ["C", "POSIX", "", "C.UTF-8"] {
            assert_eq!(
                choose(None, env(&[("LC_ALL", skipped), ("LANG", "en_US.UTF-8")])),
                Ok(Language::En),
                "{skipped:?}"
            );
        }
        // A language the document lacks: the primary.
        assert_eq!(
            choose(None, env(&[("LC_ALL", "fr_FR.UTF-8"), ("LANG", "en_US")])),
            Ok(Language::ZhCn)
        );
    }
}
