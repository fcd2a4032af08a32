import Foundation
import XCTest
@testable import VustaModel

/// The stored folding table equals the one Foundation's folding gives (how it was generated).
final class FoldTableTests: XCTestCase {
  static func derived() -> [UInt8] {
    let otherByte = VietnameseText.otherByte
    var t = [UInt8](repeating: otherByte, count: 0x2100)
    for v in 0..<0x80 {
      let b = UInt8(v)
      t[v] = (b >= 65 && b <= 90) ? b + 32 : b
    }
    for v in 0x80..<0x2100 {
      guard let s = Unicode.Scalar(v) else { continue }
      if s.properties.isWhitespace { t[v] = 0x20; continue }
      if s.properties.generalCategory == .dashPunctuation { t[v] = UInt8(ascii: "-"); continue }
      if s.properties.generalCategory == .nonspacingMark { t[v] = 0; continue }
      let folded = String(Character(s)).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
      if let f = folded.unicodeScalars.first, folded.unicodeScalars.count == 1, f.isASCII,
        f.properties.isAlphabetic
      {
        t[v] = UInt8(f.value)
      }
    }
    for v in [0x0110, 0x0111, 0x00D0, 0x00F0, 0x0189] { t[v] = UInt8(ascii: "d") }
    for v in [0x2018, 0x2019, 0x201A, 0x201B, 0x2032] { t[v] = UInt8(ascii: "'") }
    for v in [0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB] { t[v] = UInt8(ascii: "\"") }
    t[0x2026] = UInt8(ascii: ".")
    return t
  }

  func testStoredTableEqualsFoundationsFolding() {
    let stored = VietnameseText.table
    XCTAssertEqual(stored.count, 0x2100)
    let derived = FoldTableTests.derived()
    for v in 0..<0x2100 where stored[v] != derived[v] {
      XCTFail(String(format: "U+%04X: stored %02x, Foundation gives %02x", v, stored[v], derived[v]))
    }
    XCTAssertEqual(VietnameseText.fold("Thừa Thiên - Huế Đà Nẵng"), "thua thien - hue da nang")
  }
}
