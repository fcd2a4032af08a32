import Foundation
@testable import VustaCorpus
import XCTest

/// TCVN3 (ABC) and VNI-Windows: every Vietnamese letter in both cases, whole texts recognised
/// without being told, HTML recognised by its font names, --encoding forcing one.
final class LegacyEncodingTests: XCTestCase {
  /// The 67 toned or modified Vietnamese vowels and đ, lower case, from Unicode's own names.
  static let lower: [String] = {
    var out: [String] = []
    for base in ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"] {
      for tone in ["", "\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"] {
        let s = (base + tone).precomposedStringWithCanonicalMapping
        if s != base || !["a", "e", "i", "o", "u", "y"].contains(base) { out.append(s) }
      }
    }
    return out.filter { !["a", "e", "i", "o", "u", "y"].contains($0) } + ["đ"]
  }()

  func testTheTablesHoldEveryVietnameseLetterInBothCases() {
    XCTAssertEqual(Self.lower.count, 67)
    let table = Set(legacyLetters.map(\.scalar))
    for l in Self.lower {
      XCTAssertTrue(table.contains(l.unicodeScalars.first!.value), l)
      XCTAssertTrue(table.contains(l.uppercased().unicodeScalars.first!.value), l.uppercased())
    }
    XCTAssertEqual(legacyLetters.count, 134)
  }

  func testVNIReadsEveryLetterInBothCases() throws {
    for l in Self.lower {
      for letter in [l, l.uppercased()] {
        let bytes = try XCTUnwrap(LegacyVietnamese.encodeVNI(letter), letter)
        XCTAssertEqual(LegacyVietnamese.vni(bytes), letter, "\(letter) \(bytes)")
        // inside a word, between ASCII letters
        let word = try XCTUnwrap(LegacyVietnamese.encodeVNI("Ng" + letter + "n"))
        XCTAssertEqual(LegacyVietnamese.vni(word), "Ng" + letter + "n")
      }
    }
    // a known spelling: "Việt Nam" is "Vieät Nam" in VNI
    XCTAssertEqual(LegacyVietnamese.encodeVNI("Việt Nam"), Array("Vie".utf8) + [0xE4, 0x74, 0x20] + Array("Nam".utf8))
  }

  func testTCVN3ReadsEveryLetterInBothCases() throws {
    for l in Self.lower {
      let bytes = try XCTUnwrap(LegacyVietnamese.encodeTCVN3(l), l)
      XCTAssertEqual(bytes.count, 1, l)
      XCTAssertEqual(LegacyVietnamese.tcvn3(bytes), l)
      // upper case: its own byte (Ă Â Ê Ô Ơ Ư Đ) or the lower-case byte drawn by a capital font
      let upper = l.uppercased()
      let ub = try XCTUnwrap(LegacyVietnamese.encodeTCVN3(upper), upper)
      let plain = LegacyVietnamese.tcvn3(ub)
      if ["ă", "â", "ê", "ô", "ơ", "ư", "đ"].contains(l) {
        XCTAssertEqual(plain, upper)
        XCTAssertNotEqual(ub, bytes)
      } else {
        XCTAssertEqual(ub, bytes)
        XCTAssertEqual(LegacyVietnamese.tcvn3(ub, capitals: true), upper)
      }
    }
    // known bytes: à 0xB5, á 0xB8, đ 0xAE, Đ 0xA7
    XCTAssertEqual(LegacyVietnamese.encodeTCVN3("àáđĐ"), [0xB5, 0xB8, 0xAE, 0xA7])
  }

  static let sentence = "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Bình tổ chức Hội nghị tổng kết công tác năm 2023 "
    + "với sự tham dự của hơn 120 đại biểu; Đảng ủy và Ủy ban nhân dân tỉnh đã chỉ đạo thực hiện."

  func testATCVN3TextIsRecognisedAndConvertedWithAWarning() throws {
    let text = Self.sentence.replacingOccurrences(of: "Ủy", with: "ủy")  // no capital toned letter in TCVN3 itself
    let bytes = try XCTUnwrap(LegacyVietnamese.encodeTCVN3(text))
    let (decoded, encoding) = try TextDecoder.decode(Data(bytes))
    XCTAssertEqual(encoding, .tcvn3)
    XCTAssertEqual(decoded, text)
    var warnings: [String] = []
    let a = try XCTUnwrap(Corpus().article(path: "cu/bao-cao-abc.txt", data: Data(bytes), sources: nil) { warnings.append($0.description) })
    XCTAssertEqual(a.text, text.precomposedStringWithCanonicalMapping)
    XCTAssertEqual(warnings.count, 1)
    XCTAssertTrue(warnings[0].hasPrefix("cu/bao-cao-abc.txt: ") && warnings[0].contains("TCVN3"), warnings[0])
  }

  func testAVNITextIsRecognisedAndConvertedWithAWarning() throws {
    let bytes = try XCTUnwrap(LegacyVietnamese.encodeVNI(Self.sentence))
    let (decoded, encoding) = try TextDecoder.decode(Data(bytes))
    XCTAssertEqual(encoding, .vni)
    XCTAssertEqual(decoded, Self.sentence)
    var warnings: [String] = []
    _ = Corpus().article(path: "vni.txt", data: Data(bytes), sources: nil) { warnings.append($0.description) }
    XCTAssertTrue(warnings.first?.contains("vni.txt: ") == true && warnings.first?.contains("VNI-Windows") == true, "\(warnings)")
  }

  func testHTMLIsRecognisedByItsFontNamesAndCapitalFontsAreCapitals() throws {
    let body = try XCTUnwrap(LegacyVietnamese.encodeTCVN3("tổng kết công tác"))
    let head = try XCTUnwrap(LegacyVietnamese.encodeTCVN3("báo cáo"))
    let html = Array("<html><body><p><font face=\".VnTimeH\">".utf8) + head + Array("</font></p><p><font face=\".VnTime\">".utf8)
      + body + Array("</font></p></body></html>".utf8)
    let (decoded, encoding) = try TextDecoder.decode(Data(html))
    XCTAssertEqual(encoding, .tcvn3, "the font name decides, even with few words")
    XCTAssertTrue(decoded.contains("BÁO CÁO"), decoded)
    XCTAssertTrue(decoded.contains("tổng kết công tác"), decoded)
    let vni = Array("<p style=\"font-family:'VNI-Times'\">".utf8) + LegacyVietnamese.encodeVNI("Hội nghị")! + Array("</p>".utf8)
    let (v, e) = try TextDecoder.decode(Data(vni))
    XCTAssertEqual(e, .vni)
    XCTAssertTrue(v.contains("Hội nghị"), v)
  }

  func testWindows1258KeepsWorking() throws {
    // Windows-1258 writes tones as combining marks after a base letter (ê, ơ, ă… precomposed)
    let tones: [Unicode.Scalar: UInt8] = ["\u{300}": 0xCC, "\u{301}": 0xEC, "\u{303}": 0xDE, "\u{309}": 0xD2, "\u{323}": 0xF2]
    var reverse: [UInt32: UInt8] = [:]
    for (i, u) in TextDecoder.cp1258.enumerated() where u != 0 { reverse[u] = UInt8(0x80 + i) }
    var bytes: [UInt8] = []
    for ch in Self.sentence {
      let d = String(ch).decomposedStringWithCanonicalMapping.unicodeScalars
      let base = String(String.UnicodeScalarView(d.filter { tones[$0] == nil })).precomposedStringWithCanonicalMapping
      for s in base.unicodeScalars { bytes.append(s.value < 0x80 ? UInt8(s.value) : try XCTUnwrap(reverse[s.value], "\(ch)")) }
      for s in d where tones[s] != nil { bytes.append(tones[s]!) }
    }
    let (decoded, encoding) = try TextDecoder.decode(Data(bytes))
    XCTAssertEqual(encoding, .windows1258)
    XCTAssertEqual(decoded.precomposedStringWithCanonicalMapping, Self.sentence)
  }

  func testEncodingCanBeForced() throws {
    let bytes = try XCTUnwrap(LegacyVietnamese.encodeVNI("Hà Nội"))  // too short to recognise
    XCTAssertNotEqual(try TextDecoder.decode(Data(bytes)).1, .vni)
    var warnings: [String] = []
    let a = try XCTUnwrap(Corpus(encoding: .vni).article(path: "x.txt", data: Data(bytes), sources: nil) { warnings.append($0.description) })
    XCTAssertEqual(a.text, "Hà Nội")
    XCTAssertTrue(warnings.isEmpty, "the user named the encoding: \(warnings)")
    XCTAssertEqual(ForcedEncoding(name: "ABC"), .tcvn3)
    XCTAssertEqual(ForcedEncoding(name: "cp1258"), .windows1258)
    XCTAssertEqual(ForcedEncoding(name: "VNI-Windows"), .vni)
    XCTAssertNil(ForcedEncoding(name: "klingon"))
    XCTAssertThrowsError(try TextDecoder.decode(Data([0x41, 0, 0x42]), as: .tcvn3), "binary stays binary")
  }
}
