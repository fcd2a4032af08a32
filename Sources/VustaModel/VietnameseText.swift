import Foundation

/// Folding and normalisation of Vietnamese text for matching: one ASCII byte per scalar.
///
/// `fold` maps every Unicode scalar to one byte, so a folded text has exactly as many bytes as
/// the original has scalars and a match position is also a position in the original.
/// Letters lose case and diacritics ("Đắk Lắk" → "dak lak", "Hoà"/"Hòa" → "hoa"), dashes become
/// "-", odd spaces become " ", and anything else outside ASCII becomes 0x1A.
public enum VietnameseText {
  /// The byte for a scalar outside the table (symbols, other scripts).
  public static let otherByte: UInt8 = 0x1A

  /// Folded byte for each scalar below U+2100; built once.
  public static let table: [UInt8] = VietnameseFoldTable.bytes()

  /// Letter/case bits for scalars below U+2100: 1 letter, 2 upper case, 4 lower case.
  public static let flags: [UInt8] = {
    var t = [UInt8](repeating: 0, count: 0x2100)
    for v in 0..<0x2100 {
      guard let s = Unicode.Scalar(v) else { continue }
      let p = s.properties
      t[v] = (p.isAlphabetic ? 1 : 0) | (p.isUppercase ? 2 : 0) | (p.isLowercase ? 4 : 0)
    }
    return t
  }()

  /// True for a letter (fast for Latin and Vietnamese).
  @inline(__always)
  public static func isLetter(_ s: Unicode.Scalar) -> Bool {
    let v = Int(s.value)
    return v < 0x2100 ? flags[v] & 1 != 0 : s.properties.isAlphabetic
  }

  /// True for an upper-case letter (fast for Latin and Vietnamese).
  @inline(__always)
  public static func isUpper(_ s: Unicode.Scalar) -> Bool {
    let v = Int(s.value)
    return v < 0x2100 ? flags[v] & 2 != 0 : s.properties.isUppercase
  }

  /// True for a lower-case letter (fast for Latin and Vietnamese).
  @inline(__always)
  public static func isLower(_ s: Unicode.Scalar) -> Bool {
    let v = Int(s.value)
    return v < 0x2100 ? flags[v] & 4 != 0 : s.properties.isLowercase
  }

  /// The folded byte of one scalar (0 for a combining mark, which callers skip).
  @inline(__always)
  public static func fold(_ s: Unicode.Scalar) -> UInt8 {
    let v = Int(s.value)
    return v < 0x2100 ? table[v] : (v == 0xFEFF ? 0x20 : otherByte)
  }

  /// Folds a whole string to its ASCII key ("Thừa Thiên - Huế" → "thua thien - hue"),
  /// dropping combining marks.
  public static func fold(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for s in text.unicodeScalars {
      let b = fold(s)
      if b != 0 { bytes.append(b) }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A matching key: folded, with every run of non-alphanumerics turned into one space and
  /// trimmed ("TP. Hồ Chí Minh" → "tp ho chi minh", "Bà Rịa–Vũng Tàu" → "ba ria vung tau").
  public static func key(_ text: String) -> String {
    var out: [UInt8] = []
    var pendingSpace = false
    for s in text.unicodeScalars {
      let b = fold(s)
      if b == 0 { continue }
      let isAlnum = (b >= 97 && b <= 122) || (b >= 48 && b <= 57)
      if isAlnum {
        if pendingSpace && !out.isEmpty { out.append(0x20) }
        pendingSpace = false
        out.append(b)
      } else {
        pendingSpace = true
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// NFC plus the modern tone placement ("Hoà" → "Hòa", "Thuỷ" → "Thủy", "khoẻ" → "khỏe"),
  /// the form the product prints. Applies only to syllable-final oa/oe/uy not after q.
  /// NFC, skipped for text without combining marks (already NFC for Vietnamese).
  public static func nfc(_ text: String) -> String {
    let marks = text.utf8.withContiguousStorageIfAvailable { b in b.contains { $0 == 0xCC || $0 == 0xCD } }
      ?? text.utf8.contains { $0 == 0xCC || $0 == 0xCD }
    return marks ? text.precomposedStringWithCanonicalMapping : text
  }

  public static func normalize(_ text: String) -> String {
    // Text without combining marks (UTF-8 lead bytes 0xCC/0xCD) is already NFC for Vietnamese.
    let hasMarks = text.utf8.contains { $0 == 0xCC || $0 == 0xCD }
    let nfc = hasMarks ? text.precomposedStringWithCanonicalMapping : text
    guard hasOldTonePlacement(nfc) else { return nfc }
    var scalars = Array(nfc.unicodeScalars)
    var i = 1
    while i < scalars.count {
      // pattern: [o|u] + toned [a|e|y] at the end of a syllable, not after q
      if let (base, tone) = toned(scalars[i]) {
        let prev = scalars[i - 1]
        let p = fold(prev)
        let pairOK = (p == UInt8(ascii: "o") && (base == "a" || base == "e" || base == "A" || base == "E"))
          || (p == UInt8(ascii: "u") && (base == "y" || base == "Y"))
        let atEnd = i + 1 == scalars.count || !isLetter(scalars[i + 1])
        let afterQ = i >= 2 && fold(scalars[i - 2]) == UInt8(ascii: "q")
        let prevPlain = prev == "o" || prev == "O" || prev == "u" || prev == "U"
        if pairOK && atEnd && !afterQ && prevPlain,
          let moved = applyTone(tone, to: prev)
        {
          scalars[i - 1] = moved
          scalars[i] = base
        }
      }
      i += 1
    }
    return VietnameseText.string(scalars[...])
  }

  /// A string from scalars, built through UTF-8 (much faster than appending scalars).
  ///
  /// (Its UTF-8 is measured first, then written straight into the string's own storage: no array
  /// in between.)
  public static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var size = 0
    for s in scalars {
      let v = s.value
      size += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
    }
    if size == 0 { return "" }
    return String(unsafeUninitializedCapacity: size) { out in
      var k = 0
      for s in scalars {
        let v = s.value
        if v < 0x80 {
          out[k] = UInt8(v); k += 1
        } else if v < 0x800 {
          out[k] = UInt8(0xC0 | (v >> 6)); out[k + 1] = UInt8(0x80 | (v & 0x3F)); k += 2
        } else if v < 0x10000 {
          out[k] = UInt8(0xE0 | (v >> 12)); out[k + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
          out[k + 2] = UInt8(0x80 | (v & 0x3F)); k += 3
        } else {
          out[k] = UInt8(0xF0 | (v >> 18)); out[k + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
          out[k + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); out[k + 3] = UInt8(0x80 | (v & 0x3F)); k += 4
        }
      }
      return k
    }
  }


  /// Quick test for "oà/oá/…/uỳ…" followed by a non-letter: is there anything to move?
  static func hasOldTonePlacement(_ text: String) -> Bool {
    var prev: UInt32 = 0
    var pending = false
    for s in text.unicodeScalars {
      let v = s.value
      if pending {
        if !isLetter(s) { return true }
        pending = false
      }
      if v >= 0xC0, (prev | 0x20) == 0x6F || (prev | 0x20) == 0x75, toned(s) != nil { pending = true }
      prev = v
    }
    return pending
  }

  /// Toned a/e/y → (base letter, combining tone mark).
  static let toneOnSecond: [Unicode.Scalar: (Unicode.Scalar, Unicode.Scalar)] = {
    var m: [Unicode.Scalar: (Unicode.Scalar, Unicode.Scalar)] = [:]
    let tones: [Unicode.Scalar] = ["\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}"]
    for base in ["a", "e", "y", "A", "E", "Y"] as [Unicode.Scalar] {
      for t in tones {
        let composed = (String(base) + String(t)).precomposedStringWithCanonicalMapping
        if composed.unicodeScalars.count == 1, let c = composed.unicodeScalars.first { m[c] = (base, t) }
      }
    }
    return m
  }()

  /// Array form of `toneOnSecond` for scalars below U+1F00: (base << 32 | tone), 0 for none.
  static let toneTable: [UInt64] = {
    var t = [UInt64](repeating: 0, count: 0x1F00)
    for (k, v) in toneOnSecond where k.value < 0x1F00 { t[Int(k.value)] = UInt64(v.0.value) << 32 | UInt64(v.1.value) }
    return t
  }()

  @inline(__always)
  static func toned(_ s: Unicode.Scalar) -> (Unicode.Scalar, Unicode.Scalar)? {
    let v = Int(s.value)
    guard v >= 0xC0, v < 0x1F00 else { return nil }
    let e = toneTable[v]
    guard e != 0 else { return nil }
    return (Unicode.Scalar(UInt32(e >> 32))!, Unicode.Scalar(UInt32(e & 0xFFFF_FFFF))!)
  }

  static func applyTone(_ tone: Unicode.Scalar, to base: Unicode.Scalar) -> Unicode.Scalar? {
    let composed = (String(base) + String(tone)).precomposedStringWithCanonicalMapping
    return composed.unicodeScalars.count == 1 ? composed.unicodeScalars.first : nil
  }
}
