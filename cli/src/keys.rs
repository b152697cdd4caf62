//! Rule-pack signing keys: generation (from the OS's randomness) and detached signatures.

use ed25519_dalek::{Signer, SigningKey};
use smishguard_core::{from_hex, to_hex};

/// Writes a new secret seed (hex) to `path` (refusing to overwrite) and returns the public key
/// in hex.
pub(crate) fn keygen(path: &str) -> Result<String, String> {
    let mut seed = [0u8; 32];
    let mut f = std::fs::File::open("/dev/urandom")
        .map_err(|e| format!("cannot open /dev/urandom: {e}"))?;
    std::io::Read::read_exact(&mut f, &mut seed)
        .map_err(|e| format!("cannot read randomness: {e}"))?;
    let key = SigningKey::from_bytes(&seed);
    let mut out = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| format!("cannot create {path}: {e}"))?;
    std::io::Write::write_all(&mut out, format!("{}\n", to_hex(&seed)).as_bytes())
        .map_err(|e| format!("cannot write {path}: {e}"))?;
    Ok(to_hex(&key.verifying_key().to_bytes()))
}

/// The hex Ed25519 signature of the exact bytes of `pack`, with the seed in `key_path`.
pub(crate) fn sign(key_path: &str, pack: &str) -> Result<String, String> {
    let seed_text =
        std::fs::read_to_string(key_path).map_err(|e| format!("cannot read {key_path}: {e}"))?;
    let seed: [u8; 32] = from_hex(&seed_text)
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| format!("{key_path}: not a 32-byte hex seed"))?;
    let bytes = std::fs::read(pack).map_err(|e| format!("cannot read {pack}: {e}"))?;
    Ok(to_hex(
        &SigningKey::from_bytes(&seed).sign(&bytes).to_bytes(),
    ))
}
