//! Reading and recognising TCVN3 (ABC) and VNI-Windows text: byte tables built from
//! `legacyLetters`, and the guess that picks one when a file is not UTF-8.

import Foundation

/// An encoding a user may force with `--encoding`.
public enum ForcedEncoding: String, CaseIterable, Sendable {
  case utf8 = "utf-8", windows1258 = "windows-1258", tcvn3, vni

  /// The accepted spellings: "utf8", "cp1258", "abc", "vni-windows"… (case-insensitive).
  public init?(name: String) {
    switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
    case "utf-8", "utf8": self = .utf8
    case "windows-1258", "cp1258", "win-1258", "1258": self = .windows1258
    case "tcvn3", "tcvn-3", "abc", "tcvn", "vn3": self = .tcvn3
    case "vni", "vni-windows", "vni-win": self = .vni
    default: return nil
    }
  }
}

/// TCVN3 and VNI-Windows to Unicode, and back (for tests and fixtures).
public enum LegacyVietnamese {
  /// Unicode scalars of the 256 TCVN3 bytes: ASCII, the Vietnamese letters, and Windows-1258's
  /// punctuation for the bytes the letters do not use.
  static let tcvn3Table: [UInt32] = {
    var t = (0..<256).map { b -> UInt32 in b < 0x80 ? UInt32(b) : TextDecoder.cp1258[b - 0x80] }
    for l in legacyLetters.prefix(67) { t[Int(l.tcvn3[0])] = l.scalar }
    for l in legacyLetters.dropFirst(67) where t[Int(l.tcvn3[0])] == TextDecoder.cp1258[Int(l.tcvn3[0]) - 0x80] {
      t[Int(l.tcvn3[0])] = l.scalar  // Ă Â Ê Ô Ơ Ư Đ have bytes of their own
    }
    return t
  }()

  /// VNI letters written with one byte (đ, ơ, ư, í…), by byte.
  static let vniSingle: [UInt8: UInt32] = {
    var d: [UInt8: UInt32] = [:]
    for l in legacyLetters where l.vni.count == 1 { d[l.vni[0]] = l.scalar }
    return d
  }()

  /// VNI letters written as a base and a mark byte, by (base << 8 | mark).
  static let vniPairs: [UInt16: UInt32] = {
    var d: [UInt16: UInt32] = [:]
    for l in legacyLetters where l.vni.count == 2 { d[UInt16(l.vni[0]) << 8 | UInt16(l.vni[1])] = l.scalar }
    return d
  }()

  /// Decodes TCVN3 bytes; `capitals` reads them as a capital font (.VnTimeH) draws them.
  public static func tcvn3(_ bytes: some Collection<UInt8>, capitals: Bool = false) -> String {
    var v = String.UnicodeScalarView()
    v.reserveCapacity(bytes.count)
    for b in bytes {
      let u = tcvn3Table[Int(b)]
      v.append(Unicode.Scalar(u == 0 ? 0xFFFD : u) ?? "\u{FFFD}")
    }
    let s = String(v)
    return capitals ? s.uppercased() : s
  }

  /// Decodes VNI-Windows bytes: a letter and its mark byte become one letter.
  public static func vni(_ bytes: some Collection<UInt8>) -> String {
    let b = Array(bytes)
    var v = String.UnicodeScalarView()
    v.reserveCapacity(b.count)
    var i = 0
    while i < b.count {
      let c = b[i]
      if i + 1 < b.count, b[i + 1] >= 0x80, let u = vniPairs[UInt16(c) << 8 | UInt16(b[i + 1])] {
        v.append(Unicode.Scalar(u)!)
        i += 2
        continue
      }
      if c < 0x80 {
        v.append(Unicode.Scalar(c))
      } else if let u = vniSingle[c] {
        v.append(Unicode.Scalar(u)!)
      } else {
        let u = TextDecoder.cp1258[Int(c) - 0x80]
        v.append(Unicode.Scalar(u == 0 ? 0xFFFD : u) ?? "\u{FFFD}")
      }
      i += 1
    }
    return String(v)
  }

  /// Encodes NFC text as TCVN3 (upper-case toned letters as their lower-case bytes); nil for
  /// a character TCVN3 cannot write.
  public static func encodeTCVN3(_ text: String) -> [UInt8]? {
    encode(text) { $0.tcvn3 }
  }

  /// Encodes NFC text as VNI-Windows; nil for a character VNI cannot write.
  public static func encodeVNI(_ text: String) -> [UInt8]? {
    encode(text) { $0.vni }
  }

  private static func encode(_ text: String, _ bytes: ((scalar: UInt32, tcvn3: [UInt8], vni: [UInt8])) -> [UInt8]) -> [UInt8]? {
    var byScalar: [UInt32: [UInt8]] = [:]
    for l in legacyLetters { byScalar[l.scalar] = bytes(l) }
    var out: [UInt8] = []
    for s in text.precomposedStringWithCanonicalMapping.unicodeScalars {
      if s.value < 0x80 { out.append(UInt8(s.value)) } else if let b = byScalar[s.value] { out += b } else { return nil }
    }
    return out
  }

  /// Font names that say which encoding a page was typed in: the .Vn fonts of TCVN3
  /// (".VnTime", ".VnArial", ".VnTimeH"…) and the VNI fonts ("VNI-Times", "VNI-Helve"…).
  static func fontSignature(_ bytes: [UInt8]) -> TextDecoder.Encoding? {
    let lower = bytes.prefix(200_000).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    func has(_ s: String) -> Bool {
      let n = Array(s.utf8)
      guard lower.count >= n.count else { return false }
      var i = 0
      while i <= lower.count - n.count {
        if lower[i] == n[0] && lower[i..<(i + n.count)].elementsEqual(n) { return true }
        i += 1
      }
      return false
    }
    if has(".vntime") || has(".vnarial") || has(".vnhelvet") || has(".vncourier") || has(".vnbook") { return .tcvn3 }
    if has("vni-times") || has("vni-helve") || has("vni-aptima") || has("vni-book") || has("vni-arial") { return .vni }
    return nil
  }

  /// Common Vietnamese words: the candidate encoding that reads the most of them wins.
  static let commonWords: Set<String> = [
    "của", "và", "các", "những", "được", "trong", "năm", "người", "không", "một", "cho", "với", "đã", "hội",
    "nghị", "tỉnh", "khoa", "học", "công", "tác", "việt", "nam", "thực", "hiện", "đồng", "chí", "đại", "biểu",
    "liên", "hiệp", "kỹ", "thuật", "có", "là", "này", "về", "tại", "ngày", "tháng", "phát", "triển",
  ]

  static func score(_ text: String) -> Int {
    var n = 0
    for w in text.lowercased().split(whereSeparator: { !$0.isLetter }) where commonWords.contains(String(w)) { n += 1 }
    return n
  }

  /// The legacy encoding text that is not UTF-8 is in: its font names first, else whichever of
  /// TCVN3, VNI and Windows-1258 reads the most common Vietnamese words (nil: Windows-1258).
  static func guess(_ bytes: [UInt8]) -> (String, TextDecoder.Encoding)? {
    if let f = fontSignature(bytes) {
      return (f == .tcvn3 ? tcvn3WithCapitals(bytes) : vni(bytes), f)
    }
    let sample = Array(bytes.prefix(65_536))
    let w = score(TextDecoder.windows1258(sample).precomposedStringWithCanonicalMapping)
    let t = score(tcvn3(sample))
    let v = score(vni(sample))
    if t > w && t >= v && t >= 3 { return (tcvn3(bytes), .tcvn3) }
    if v > w && v > t && v >= 3 { return (vni(bytes), .vni) }
    return nil
  }

  /// TCVN3 HTML: the text inside an element set in a capital font (".VnTimeH", ".VnArialH")
  /// is in capitals, as the font draws it.
  static func tcvn3WithCapitals(_ bytes: [UInt8]) -> String {
    let text = tcvn3(bytes)
    guard let re = try? NSRegularExpression(
      pattern: "(<[^>]*(?:face|font-family)\\s*[=:]\\s*[\"']?\\.Vn[A-Za-z]*H[\"' ;>][^>]*>)(.*?)(</(?:font|span|p|h[1-6]|b|td)>)",
      options: [.caseInsensitive, .dotMatchesLineSeparators])
    else { return text }
    let ns = text as NSString
    var out = ""
    var last = 0
    for m in re.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
      out += ns.substring(with: NSRange(location: last, length: m.range(at: 2).location - last))
      let inner = ns.substring(with: m.range(at: 2))
      // capitals outside tags only
      var piece = "", inTag = false, inEntity = false
      for ch in inner {
        if ch == "<" { inTag = true } else if ch == "&" { inEntity = true }
        piece += inTag || inEntity ? String(ch) : ch.uppercased()
        if ch == ">" { inTag = false } else if ch == ";" { inEntity = false }
      }
      out += piece
      last = m.range(at: 2).location + m.range(at: 2).length
    }
    out += ns.substring(from: last)
    return out
  }
}
