//! Where signed rule packs are verified.
//!
//! An app that downloads rule packs must not let whoever controls the network switch its
//! protection off. The publisher signs the exact bytes of the pack with Ed25519; the app ships
//! the 32-byte public key and loads a pack only if its 64-byte detached signature verifies.
//! Nothing is parsed before the signature has verified. A failure is an error and produces no
//! classifier, so the caller keeps the one it had.
//!
//! The CLI signs and verifies (`smishguard rules keygen | sign | verify`); keys and signatures
//! are exchanged as lower-case hex.

use ed25519_dalek::{Signature, VerifyingKey};

use crate::error::Error;

/// Verifies `signature` (64 bytes) over `bytes` with `public_key` (32 bytes).
pub(crate) fn verify(bytes: &[u8], signature: &[u8], public_key: &[u8]) -> Result<(), Error> {
    let key: [u8; 32] = public_key.try_into().map_err(|_| Error::BadKey {
        reason: format!("a public key is 32 bytes, got {}", public_key.len()),
    })?;
    let key = VerifyingKey::from_bytes(&key).map_err(|e| Error::BadKey {
        reason: format!("not an Ed25519 public key: {e}"),
    })?;
    let sig: [u8; 64] = signature.try_into().map_err(|_| Error::BadKey {
        reason: format!("a signature is 64 bytes, got {}", signature.len()),
    })?;
    key.verify_strict(bytes, &Signature::from_bytes(&sig))
        .map_err(|_| Error::BadSignature)
}

/// Lower-case hex of `bytes`.
pub fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[usize::from(b >> 4)] as char);
        s.push(DIGITS[usize::from(b & 15)] as char);
    }
    s
}

/// Parses hex (either case, surrounding white space ignored); `None` when it is not hex of
/// whole bytes.
pub fn from_hex(text: &str) -> Option<Vec<u8>> {
    let t = text.trim();
    if t.len() % 2 != 0 {
        return None;
    }
    let val = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    t.as_bytes()
        .chunks(2)
        .map(|p| Some(val(p[0])? << 4 | val(p[1])?))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ed25519_dalek::{Signer, SigningKey};

    #[test]
    fn verifies_only_the_exact_bytes() {
        let key = SigningKey::from_bytes(&[7u8; 32]);
        let public = key.verifying_key().to_bytes();
        let msg = b"{\"schema\":1}";
        let sig = key.sign(msg).to_bytes();
        assert!(verify(msg, &sig, &public).is_ok());
        assert!(matches!(
            verify(b"{\"schema\":2}", &sig, &public),
            Err(Error::BadSignature)
        ));
        let other = SigningKey::from_bytes(&[8u8; 32])
            .verifying_key()
            .to_bytes();
        assert!(matches!(
            verify(msg, &sig, &other),
            Err(Error::BadSignature)
        ));
        assert!(matches!(
            verify(msg, &sig[..63], &public),
            Err(Error::BadKey { .. })
        ));
        assert!(matches!(
            verify(msg, &sig, &public[..31]),
            Err(Error::BadKey { .. })
        ));
    }

    #[test]
    fn hex_round_trip() {
        assert_eq!(to_hex(&[0, 15, 255]), "000fff");
        assert_eq!(from_hex(" 000FfF\n"), Some(vec![0, 15, 255]));
        assert_eq!(from_hex("abc"), None);
        assert_eq!(from_hex("zz"), None);
    }
}
