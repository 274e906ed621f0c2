//! Bytes to text.
//!
//! Résumés arrive from every editor: UTF-8 with and without a byte order
//! mark, UTF-16 from Windows tools, and now and then a file saved as GBK.
//! The first two are read; anything else is refused at the exact line and
//! column of the first byte that is not UTF-8, so the user can find it.

use crate::message::Msg;

/// Where decoding failed: 1-based line and column (in characters).
#[derive(Debug, PartialEq)]
pub struct DecodeError {
    pub line: u32,
    pub col: u32,
    pub msg: Msg,
}

pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, u16::from_be_bytes);
    }
    utf8(bytes)
}

fn utf8(bytes: &[u8]) -> Result<String, DecodeError> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            // Safe: the prefix up to valid_up_to is valid UTF-8 by definition.
            let good = std::str::from_utf8(good).unwrap_or_default();
            let line = good.matches('\n').count() as u32 + 1;
            let col = good.rsplit('\n').next().unwrap_or("").chars().count() as u32 + 1;
            let byte = bytes[e.valid_up_to()];
            Err(DecodeError {
                line,
                col,
                msg: Msg::new("error-not-utf8").arg("byte", format!("0x{byte:02X}")),
            })
        }
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, DecodeError> {
    let units: Vec<u16> = bytes
        .chunks(2)
        .map(|c| unit([c[0], *c.get(1).unwrap_or(&0)]))
        .collect();
    let mut out = String::with_capacity(units.len());
    let (mut line, mut col) = (1u32, 1u32);
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => {
                out.push(c);
                if c == '\n' {
                    line += 1;
                    col = 1;
                } else {
                    col += 1;
                }
            }
            Err(_) => {
                return Err(DecodeError {
                    line,
                    col,
                    msg: Msg::new("error-bad-utf16"),
                });
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boms_are_handled() {
        assert_eq!(decode(b"\xEF\xBB\xBFa: 1").unwrap(), "a: 1");
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("a: 林".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&le).unwrap(), "a: 林");
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("b".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&be).unwrap(), "b");
    }

    #[test]
    fn invalid_utf8_is_located() {
        let err = decode(
            "a: 1\nname: 林\u{0}"
                .as_bytes()
                .iter()
                .copied()
                .chain([0xC1, 0x80])
                .collect::<Vec<_>>()
                .as_slice(),
        )
        .unwrap_err();
        assert_eq!((err.line, err.col), (2, 9));
        // GBK bytes for 中文
        let err = decode(b"name: \xD6\xD0\xCE\xC4\n").unwrap_err();
        assert_eq!((err.line, err.col), (1, 7));
        assert_eq!(
            err.msg.args[0].1,
            crate::message::Arg::from("0xD6".to_string())
        );
    }
}
