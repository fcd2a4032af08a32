import Foundation
import VustaCorpus
import VustaModel
import XCTest

/// UTF-32 with a BOM and UTF-16 without one are read as text (issue 12, item 6); real binary
/// files are still skipped.
final class EncodingTests: XCTestCase {
  let text = "Hội nghị giao ban năm 2020\nNgày 16/10, Liên hiệp các Hội KH&KT tỉnh Phú Thọ tổ chức hội nghị giao ban."

  func utf16(_ s: String, littleEndian: Bool) -> [UInt8] {
    s.utf16.flatMap { u in littleEndian ? [UInt8(u & 0xFF), UInt8(u >> 8)] : [UInt8(u >> 8), UInt8(u & 0xFF)] }
  }

  func utf32(_ s: String, littleEndian: Bool) -> [UInt8] {
    s.unicodeScalars.flatMap { sc -> [UInt8] in
      let v = sc.value
      let be = [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
      return littleEndian ? be.reversed() : be
    }
  }

  func decode(_ bytes: [UInt8]) throws -> (String, TextDecoder.Encoding) { try TextDecoder.decode(Data(bytes)) }

  func testUTF32WithABOMIsUTF32NotUTF16() throws {
    let le = try decode([0xFF, 0xFE, 0, 0] + utf32(text, littleEndian: true))
    XCTAssertEqual(le.0, text)
    XCTAssertEqual(le.1, .utf32LE)
    let be = try decode([0, 0, 0xFE, 0xFF] + utf32(text, littleEndian: false))
    XCTAssertEqual(be.0, text)
    XCTAssertEqual(be.1, .utf32BE)
  }

  func testUTF16WithoutABOMIsRecognised() throws {
    let le = try decode(utf16(text, littleEndian: true))
    XCTAssertEqual(le.0, text)
    XCTAssertEqual(le.1, .utf16LEWithoutBOM)
    let be = try decode(utf16(text, littleEndian: false))
    XCTAssertEqual(be.0, text)
    XCTAssertEqual(be.1, .utf16BEWithoutBOM)
  }

  func testUTF16WithoutABOMIsReadWithAWarningAndGivesFacts() throws {
    var warnings: [CorpusWarning] = []
    let a = try XCTUnwrap(Corpus().article(path: "a.txt", data: Data(utf16(text, littleEndian: true)), sources: nil,
                                           warn: { warnings.append($0) }))
    XCTAssertEqual(a.text, VietnameseText.nfc(text))
    XCTAssertEqual(warnings.count, 1)
    XCTAssertTrue(warnings[0].message.contains("UTF-16LE"), warnings[0].message)
  }

  func testBinaryWithNULsIsStillBinary() {
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<50 {
      var bytes = (0..<600).map { _ in UInt8.random(in: 0...255, using: &rng) }
      for i in stride(from: 0, to: bytes.count, by: 7) { bytes[i] = 0 }
      XCTAssertThrowsError(try decode(bytes))
    }
    XCTAssertThrowsError(try decode([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0]))
    // mostly NULs with a few letters: not text in any encoding
    XCTAssertThrowsError(try decode([UInt8](repeating: 0, count: 200) + Array("abc".utf8) + [0, 0, 0, 1, 2, 3]))
  }
}
