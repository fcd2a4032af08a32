/// A set of word hashes looked up without hashing them again. Word hashes are FNV-1a values,
/// already well mixed, and the extractors ask about every word of every sentence, so a probe
/// into a small open-addressed table beats `Set<UInt64>` (which runs SipHash on each lookup).
struct WordSet {
  private var slots: [UInt64]
  private let mask: Int
  private var hasZero = false

  /// The set of `hashes`.
  init<S: Sequence>(_ hashes: S) where S.Element == UInt64 {
    let items = Array(Set(hashes))
    var capacity = 16
    while capacity < items.count * 4 { capacity <<= 1 }
    slots = [UInt64](repeating: 0, count: capacity)
    mask = capacity - 1
    for h in items {
      if h == 0 { hasZero = true; continue }
      var i = WordSet.slot(h, mask)
      while slots[i] != 0 { i = (i + 1) & mask }
      slots[i] = h
    }
  }

  @inline(__always) static func slot(_ h: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: h ^ (h >> 29)) & mask }

  /// True when `h` is in the set.
  @inline(__always) func contains(_ h: UInt64) -> Bool {
    if h == 0 { return hasZero }
    var i = WordSet.slot(h, mask)
    while true {
      let s = slots[i]
      if s == h { return true }
      if s == 0 { return false }
      i = (i + 1) & mask
    }
  }
}
