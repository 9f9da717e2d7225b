//! Decoding: raw bytes of one article → its text. UTF-8 (a BOM is dropped), UTF-16 LE/BE with
//! a BOM, and bytes that are not valid UTF-8 read as Windows-1252, the usual legacy encoding
//! of French pages, with a warning. A file is read piece by piece: valid UTF-8 stays UTF-8 and
//! only the invalid bytes go through Windows-1252, so a UTF-8 page with one stray legacy byte
//! keeps its accents. Line endings (CRLF, lone CR) and spaces (NBSP, narrow NBSP) are kept as
//! they are, so offsets count into exactly what was read.

/// A decoded text and what was noticed on the way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub warnings: Vec<String>,
}

/// Why bytes could not be taken as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    Empty,
    Binary,
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::Empty => f.write_str("empty file: no text to analyse"),
            DecodeError::Binary => f.write_str("binary content (NUL bytes): not a text file"),
        }
    }
}

/// Decodes `bytes`, guessing the encoding as described in the module docs.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let mut warnings = Vec::new();
    let text = if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
        if encoding != encoding_rs::UTF_8 {
            warnings.push(format!("encoding: {}", encoding.name()));
        }
        if had_errors {
            warnings.push(format!("encoding: invalid {} replaced", encoding.name()));
        }
        text.into_owned()
    } else {
        if bytes.contains(&0) {
            return Err(DecodeError::Binary);
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => text.to_string(),
            Err(_) => {
                let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
                let mut legacy = 0;
                for chunk in bytes.utf8_chunks() {
                    text.push_str(chunk.valid());
                    let invalid = chunk.invalid();
                    legacy += invalid.len();
                    let (decoded, _) =
                        encoding_rs::WINDOWS_1252.decode_without_bom_handling(invalid);
                    text.push_str(&decoded);
                }
                warnings.push(format!(
                    "encoding: not UTF-8, {legacy} bytes read as windows-1252"
                ));
                text
            }
        }
    };
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    if text.contains('\0') {
        return Err(DecodeError::Binary);
    }
    Ok(Decoded { text, warnings })
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! case {
        ($name:ident, $bytes:expr, $text:expr, $warnings:expr) => {
            #[test]
            fn $name() {
                let decoded = decode($bytes).unwrap();
                assert_eq!(decoded.text, $text);
                assert_eq!(decoded.warnings.len(), $warnings, "{:?}", decoded.warnings);
            }
        };
    }

    case!(utf8, "Élysée".as_bytes(), "Élysée", 0);
    case!(utf8_bom, b"\xEF\xBB\xBFOui", "Oui", 0);
    case!(utf16le_bom, b"\xFF\xFEO\0u\0i\0", "Oui", 1);
    case!(utf16be_bom, b"\xFE\xFF\0O\0u\0i", "Oui", 1);
    case!(
        windows_1252,
        b"\xC9t\xE9 \xAB oui \xBB \x92",
        "Été « oui » ’",
        1
    );
    case!(crlf_kept, b"a\r\nb", "a\r\nb", 0);
    case!(lone_cr_kept, b"a\rb", "a\rb", 0);
    case!(
        spaces_kept,
        "Quoi\u{202F}? «\u{a0}Oui\u{a0}»".as_bytes(),
        "Quoi\u{202F}? «\u{a0}Oui\u{a0}»",
        0
    );
    case!(
        utf8_with_a_stray_legacy_byte,
        b"\xC3\xA9t\xC3\xA9 \x85 fin",
        "été … fin",
        1
    );
    case!(utf16le_crlf, b"\xFF\xFEa\0\r\0\n\0\xE9\0", "a\r\né", 1);

    #[test]
    fn empty_and_binary_are_errors() {
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b" \n\t"), Err(DecodeError::Empty));
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Err(DecodeError::Binary)
        );
    }
}
