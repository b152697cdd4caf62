//! Helpers shared by the fuzz targets.

use serde_json::Value;

/// Replaces the `k`-th value of `v` (counted in a depth-first walk, `v` itself being 0) with
/// `new`. Returns true once replaced; `k` is left at what was still to go.
pub fn replace_nth(v: &mut Value, k: &mut usize, new: &Value) -> bool {
    if *k == 0 {
        *v = new.clone();
        return true;
    }
    *k -= 1;
    match v {
        Value::Array(a) => a.iter_mut().any(|x| replace_nth(x, k, new)),
        Value::Object(o) => o.values_mut().any(|x| replace_nth(x, k, new)),
        _ => false,
    }
}
