/// The words of a stretch of tokens as 256 bits (a word sets the bit its hash's top byte names):
/// "is this word there?" answered no, surely, for most words, before any search.
struct WordBloom {
  private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

  /// The bits of the tokens `from..<to` of `f`.
  init(_ f: FoldedText, from: Int, to: Int) {
    self.init(f.tokens, from: from, to: to)
  }

  /// The bits of `tokens[from..<to]`.
  init(_ tokens: [Token], from: Int, to: Int) {
    var i = from
    while i < to {
      let b = Int(truncatingIfNeeded: tokens[i].hash >> 56)
      let bit = UInt64(1) << UInt64(b & 63)
      switch b >> 6 {
      case 0: bits.0 |= bit
      case 1: bits.1 |= bit
      case 2: bits.2 |= bit
      default: bits.3 |= bit
      }
      i += 1
    }
  }

  /// False when no token of the stretch has hash `h`; true when one may have it.
  @inline(__always)
  func mayContain(_ h: UInt64) -> Bool {
    let b = Int(truncatingIfNeeded: h >> 56)
    let bit = UInt64(1) << UInt64(b & 63)
    switch b >> 6 {
    case 0: return bits.0 & bit != 0
    case 1: return bits.1 & bit != 0
    case 2: return bits.2 & bit != 0
    default: return bits.3 & bit != 0
    }
  }
}
