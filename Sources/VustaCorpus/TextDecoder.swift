import Foundation
import VustaExtract

/// Turns the bytes of a file into text: UTF-8 (with or without BOM), UTF-32 and UTF-16 with a
/// BOM, UTF-16 without one (recognised by its NUL bytes at alternating positions), and
/// otherwise Windows-1258, the Vietnamese code page (the caller is told, to warn the user).
public enum TextDecoder {
  /// How the bytes were decoded.
  public enum Encoding: String, Sendable {
    case utf8, utf16LE, utf16BE, utf32LE, utf32BE, windows1258
    /// UTF-16 recognised without a byte-order mark (a guess the user is told about).
    case utf16LEWithoutBOM, utf16BEWithoutBOM
    /// TCVN 5712:1993 VN3 ("ABC", the .VnTime fonts) and VNI-Windows (the VNI-Times fonts).
    case tcvn3, vni
  }

  /// Why bytes are not text.
  public enum Refusal: Error, Equatable {
    /// NUL bytes or an image/archive signature: a binary file.
    case binary
  }

  /// Decodes bytes; throws `.binary` for files that are not text.
  public static func decode(_ data: Data) throws -> (String, Encoding) {
    // Plain UTF-8 (the common case) straight from the buffer, without an intermediate copy.
    let s: String? = data.withUnsafeBytes { raw in
      let all = raw.bindMemory(to: UInt8.self)
      let head = UnsafeBufferPointer(rebasing: all.prefix(8192))
      guard !head.starts(with: [0xFF, 0xFE]), !head.starts(with: [0xFE, 0xFF]), !isBinary(head) else { return nil }
      let skip = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      return String(validating: UnsafeBufferPointer(rebasing: all[skip...]), as: UTF8.self)
    }
    if let s { return (s, .utf8) }
    let bytes = [UInt8](data)
    // UTF-32 first: its little-endian BOM starts like UTF-16's.
    if bytes.starts(with: [0xFF, 0xFE, 0, 0]) { return (utf32(bytes.dropFirst(4), littleEndian: true), .utf32LE) }
    if bytes.starts(with: [0, 0, 0xFE, 0xFF]) { return (utf32(bytes.dropFirst(4), littleEndian: false), .utf32BE) }
    if bytes.starts(with: [0xFF, 0xFE]) {
      return (String(decoding: utf16(bytes.dropFirst(2), littleEndian: true), as: UTF16.self), .utf16LE)
    }
    if bytes.starts(with: [0xFE, 0xFF]) {
      return (String(decoding: utf16(bytes.dropFirst(2), littleEndian: false), as: UTF16.self), .utf16BE)
    }
    if let guessed = utf16WithoutBOM(bytes) { return guessed }
    if isBinary(bytes) { throw Refusal.binary }
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    if let s = String(validating: body, as: UTF8.self) { return (s, .utf8) }
    if let legacy = LegacyVietnamese.guess(body) { return legacy }
    return (windows1258(body), .windows1258)
  }

  /// Decodes bytes in the encoding a user named (`--encoding`); a UTF-8 byte-order mark is
  /// skipped, bytes that are not UTF-8 when UTF-8 was named become U+FFFD.
  /// - Throws: `.binary` for files that are not text (NUL bytes, a binary signature).
  public static func decode(_ data: Data, as forced: ForcedEncoding) throws -> (String, Encoding) {
    let bytes = [UInt8](data)
    if isBinary(bytes) { throw Refusal.binary }
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    switch forced {
    case .utf8: return (String(decoding: body, as: UTF8.self), .utf8)
    case .windows1258: return (windows1258(body), .windows1258)
    case .tcvn3:
      return (LegacyVietnamese.fontSignature(body) == .tcvn3 ? LegacyVietnamese.tcvn3WithCapitals(body) : LegacyVietnamese.tcvn3(body), .tcvn3)
    case .vni: return (LegacyVietnamese.vni(body), .vni)
    }
  }

  /// UTF-16 without a BOM: an even number of bytes, no binary signature, NUL bytes for at least a fifth
  /// of the units on one side (the high bytes of Latin letters, digits and spaces) and almost
  /// none on the other, and every unit decodes to text (no lone surrogate, no control character other than
  /// tab, line feed, carriage return and form feed). Nil otherwise.
  static func utf16WithoutBOM(_ bytes: [UInt8]) -> (String, Encoding)? {
    guard bytes.count >= 2, bytes.count % 2 == 0, !hasSignature(bytes) else { return nil }
    let sample = bytes.prefix(8192)
    var evenZeros = 0, oddZeros = 0
    for (i, b) in sample.enumerated() where b == 0 {
      if i % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
    }
    let units = sample.count / 2
    let littleEndian: Bool
    if oddZeros * 5 >= units && evenZeros * 50 <= units {
      littleEndian = true
    } else if evenZeros * 5 >= units && oddZeros * 50 <= units {
      littleEndian = false
    } else {
      return nil
    }
    let code = utf16(bytes[...], littleEndian: littleEndian)
    var scalars = String.UnicodeScalarView()
    var decoder = UTF16()
    var it = code.makeIterator()
    loop: while true {
      switch decoder.decode(&it) {
      case .scalarValue(let sc):
        if sc.value < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains(sc.value) || sc.value == 0x7F { return nil }
        scalars.append(sc)
      case .emptyInput: break loop
      case .error: return nil
      }
    }
    return (String(scalars), littleEndian ? .utf16LEWithoutBOM : .utf16BEWithoutBOM)
  }

  /// UTF-32 code units; an invalid one becomes U+FFFD.
  static func utf32(_ b: ArraySlice<UInt8>, littleEndian: Bool) -> String {
    var v = String.UnicodeScalarView()
    v.reserveCapacity(b.count / 4)
    var i = b.startIndex
    while i + 3 < b.endIndex {
      let q = (0..<4).map { UInt32(b[i + $0]) }
      let value = littleEndian ? q[3] << 24 | q[2] << 16 | q[1] << 8 | q[0] : q[0] << 24 | q[1] << 16 | q[2] << 8 | q[3]
      v.append(Unicode.Scalar(value) ?? "\u{FFFD}")
      i += 4
    }
    return String(v)
  }

  static func utf16(_ b: ArraySlice<UInt8>, littleEndian: Bool) -> [UInt16] {
    var out: [UInt16] = []
    out.reserveCapacity(b.count / 2)
    var i = b.startIndex
    while i + 1 < b.endIndex {
      let lo = UInt16(b[i]), hi = UInt16(b[i + 1])
      out.append(littleEndian ? (hi << 8 | lo) : (lo << 8 | hi))
      i += 2
    }
    return out
  }

  /// NUL bytes in the first 8 KiB, or a known binary signature (PNG, JPEG, GIF, PDF, ZIP).
  static func isBinary(_ b: [UInt8]) -> Bool {
    b.withUnsafeBufferPointer { isBinary($0) }
  }

  static func isBinary(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    hasSignature(b) || ByteSearch.contains(0, in: UnsafeBufferPointer(rebasing: b.prefix(8192)))
  }

  static func hasSignature(_ b: [UInt8]) -> Bool {
    b.withUnsafeBufferPointer { hasSignature($0) }
  }

  /// Starts with the signature of an image, a PDF, an archive or a program.
  static func hasSignature(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    binarySignatures.contains(where: { b.starts(with: $0) })
  }

  /// PNG, JPEG, GIF, PDF, ZIP (DOCX too) and ELF.
  static let binarySignatures: [[UInt8]] = [
    [0x89, 0x50, 0x4E, 0x47], [0xFF, 0xD8, 0xFF], [0x47, 0x49, 0x46, 0x38], [0x25, 0x50, 0x44, 0x46],
    [0x50, 0x4B, 0x03, 0x04], [0x7F, 0x45, 0x4C, 0x46],
  ]

  /// The upper half of Windows-1258 (bytes 0x80–0xFF); 0 marks an unassigned byte.
  static let cp1258: [UInt32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0, 0x2039, 0x0152, 0, 0, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0, 0x203A, 0x0153, 0, 0, 0x0178,
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD,
    0x00AE, 0x00AF, 0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB,
    0x00BC, 0x00BD, 0x00BE, 0x00BF,
    0x00C0, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x00C5, 0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x0300, 0x00CD,
    0x00CE, 0x00CF, 0x0110, 0x00D1, 0x0309, 0x00D3, 0x00D4, 0x01A0, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB,
    0x00DC, 0x01AF, 0x0303, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0301, 0x00ED,
    0x00EE, 0x00EF, 0x0111, 0x00F1, 0x0323, 0x00F3, 0x00F4, 0x01A1, 0x00F6, 0x00F7, 0x00F8, 0x00F9, 0x00FA, 0x00FB,
    0x00FC, 0x01B0, 0x20AB, 0x00FF,
  ]

  /// Decodes Windows-1258 (combining tone marks are composed later by NFC).
  static func windows1258(_ bytes: [UInt8]) -> String {
    var v = String.UnicodeScalarView()
    v.reserveCapacity(bytes.count)
    for b in bytes {
      if b < 0x80 {
        v.append(Unicode.Scalar(b))
      } else {
        let u = cp1258[Int(b) - 0x80]
        v.append(Unicode.Scalar(u == 0 ? 0xFFFD : u) ?? "\u{FFFD}")
      }
    }
    return String(v)
  }
}
