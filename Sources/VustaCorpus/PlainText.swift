/// Line ends and spacing made plain before anything reads a page: real pages come with Windows
/// line ends, no-break and typographic spaces, zero-width spaces and soft hyphens pasted from
/// word processors and social sites; none of them changes what the page says, and each splits
/// or glues words the readers match ("Liên\u{200B}hiệp", "Đại hội\u{A0}đại biểu").
public enum PlainText {
  /// The text with "\r\n" and a lone "\r" made "\n"; U+00A0, U+2000–U+200A, U+202F, U+205F and
  /// U+3000 made a space; U+200B–U+200D, U+2060, U+FEFF and the soft hyphen U+00AD removed. The
  /// same string when there is none of them (one pass over the bytes).
  public static func normalized(_ text: String) -> String {
    var text = text
    return text.withUTF8 { b -> String? in
      guard let first = firstOdd(b) else { return nil }
      var out: [UInt8] = []
      out.reserveCapacity(b.count)
      out.append(contentsOf: UnsafeBufferPointer(rebasing: b[0..<first]))
      var k = first
      while k < b.count {
        let (replacement, length) = odd(b, k)
        if length == 0 {
          out.append(b[k])
          k += 1
        } else {
          if let replacement { out.append(replacement) }
          k += length
        }
      }
      return String(decoding: out, as: UTF8.self)
    } ?? text
  }

  /// The offset of the first character `normalized` changes, nil when there is none.
  static func firstOdd(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
    mayStartOdd.withUnsafeBufferPointer { may in
      var k = 0
      while k < b.count {
        if may[Int(b[k])], odd(b, k).length > 0 { return k }
        k += 1
      }
      return nil
    }
  }

  /// The bytes a changed character can start with: "\r", C2, E2, E3, EF.
  static let mayStartOdd: [Bool] = (0..<256).map { [0x0D, 0xC2, 0xE2, 0xE3, 0xEF].contains($0) }

  /// What stands for the character at `k` (a byte, or nothing) and how many bytes it takes;
  /// length 0 when the character is kept as it is.
  static func odd(_ b: UnsafeBufferPointer<UInt8>, _ k: Int) -> (replacement: UInt8?, length: Int) {
    let n = b.count
    func at(_ i: Int) -> UInt8 { i < n ? b[i] : 0 }
    switch b[k] {
    case 0x0D:
      return (0x0A, at(k + 1) == 0x0A ? 2 : 1)
    case 0xC2:
      if at(k + 1) == 0xA0 { return (0x20, 2) }  // no-break space
      if at(k + 1) == 0xAD { return (nil, 2) }  // soft hyphen
    case 0xE2:
      if at(k + 1) == 0x80 {
        let c = at(k + 2)
        if c >= 0x80 && c <= 0x8A || c == 0xAF { return (0x20, 3) }  // U+2000–U+200A, U+202F
        if c >= 0x8B && c <= 0x8D { return (nil, 3) }  // zero-width space, non-joiner, joiner
      } else if at(k + 1) == 0x81 {
        if at(k + 2) == 0x9F { return (0x20, 3) }  // U+205F
        if at(k + 2) == 0xA0 { return (nil, 3) }  // U+2060 word joiner
      }
    case 0xE3:
      if at(k + 1) == 0x80, at(k + 2) == 0x80 { return (0x20, 3) }  // U+3000
    case 0xEF:
      if at(k + 1) == 0xBB, at(k + 2) == 0xBF { return (nil, 3) }  // U+FEFF
    default:
      break
    }
    return (nil, 0)
  }
}
