/// A map from word hashes to values, probed as `WordSet` is: the dictionaries the readers ask
/// at every candidate word (a province's aliases, a place's names, a meeting's nouns by their
/// first word) without SipHash on each question.
struct WordMap<Value> {
  private var keys: [UInt64]
  private var values: [Value?]
  private let mask: Int
  private var zeroValue: Value? = nil

  /// The map holding the dictionary's entries.
  init(_ dictionary: [UInt64: Value]) {
    var capacity = 16
    while capacity < dictionary.count * 4 { capacity <<= 1 }
    keys = [UInt64](repeating: 0, count: capacity)
    values = [Value?](repeating: nil, count: capacity)
    mask = capacity - 1
    for (h, v) in dictionary {
      if h == 0 { zeroValue = v; continue }
      var i = WordSet.slot(h, mask)
      while keys[i] != 0 { i = (i + 1) & mask }
      keys[i] = h
      values[i] = v
    }
  }

  /// The value stored under `h`, nil when there is none.
  @inline(__always) subscript(_ h: UInt64) -> Value? {
    if h == 0 { return zeroValue }
    var i = WordSet.slot(h, mask)
    while true {
      let k = keys[i]
      if k == h { return values[i] }
      if k == 0 { return nil }
      i = (i + 1) & mask
    }
  }
}
