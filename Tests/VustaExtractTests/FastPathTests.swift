import VustaModel
import XCTest
@testable import VustaExtract

/// The forty-second session's speed work (BENCHMARKS.md) rewrote hot paths without changing a
/// byte of output; these tests hold each fast path to a plain reference — the code it replaced,
/// or the obvious loop — on many random texts in the pages' own alphabet (Vietnamese letters,
/// capitals, digits, the slips "1O" and "l2", marks, quotes, bars, tabs, line breaks).
final class FastPathTests: XCTestCase {
  /// A deterministic generator (the same texts on every run).
  struct Rand {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
  }

  static let pieces = ["Liên", "hiệp", "các", "Hội", "KH&KT", "tỉnh", "Hà", "Nội", "ngày", "12/5/2024", "1O/3", "l2",
                       "Đại", "hội", "HN", "BCH", "số", "42-CT/TW", "“", "”", "(", ")", ",", ".", ";", ":", " ", " ", "  ",
                       "   ", "\t", "|", "chứcHội", "tạiTP.", "có156", "O", "l", "Ð", "Ọ", "\u{0301}", "…", "😀", "0", "ẽ"]

  static func text(_ r: inout Rand, words: Int) -> String {
    (0..<words).map { _ in pieces[r.below(pieces.count)] }.joined(separator: r.below(4) == 0 ? "" : " ")
  }

  // MARK: FoldedText

  /// The folding and tokenising of the thirty-ninth to forty-first sessions, kept as the reference.
  static func referenceFold(_ string: String) -> (scalars: [Unicode.Scalar], bytes: [UInt8]) {
    var scalars: [Unicode.Scalar] = []
    var bytes: [UInt8] = []
    let u = Array(string.utf8)
    let table = VietnameseText.table
    var i = 0
    let n = u.count
    while i < n {
      let b0 = UInt32(u[i])
      var v: UInt32
      if b0 < 0x80 {
        scalars.append(Unicode.Scalar(UInt8(b0)))
        if b0 == 0x4F, FoldedText.isZeroSlip(before: bytes.last ?? 0, after: i + 1 < n ? u[i + 1] : 0) {
          bytes.append(48)
        } else if b0 == 0x6C, FoldedText.isOneSlip(before: bytes.last ?? 0, after: i + 1 < n ? u[i + 1] : 0) {
          bytes.append(49)
        } else {
          bytes.append(table[Int(b0)])
        }
        i += 1
        continue
      } else if b0 < 0xE0, i + 1 < n {
        v = (b0 & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F); i += 2
      } else if b0 < 0xF0, i + 2 < n {
        v = (b0 & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F); i += 3
      } else if i + 3 < n {
        v = (b0 & 0x07) << 18 | UInt32(u[i + 1] & 0x3F) << 12 | UInt32(u[i + 2] & 0x3F) << 6 | UInt32(u[i + 3] & 0x3F)
        i += 4
      } else {
        v = 0xFFFD; i = n
      }
      let sc = Unicode.Scalar(v) ?? "\u{FFFD}"
      scalars.append(sc)
      bytes.append(v < 0x2100 ? table[Int(v)] : VietnameseText.fold(sc))
    }
    return (scalars, bytes)
  }

  /// The tokenising of the forty-first session (array subscripts, no fast path for a plain
  /// lower-case letter), kept as the reference.
  static func referenceTokens(_ scalars: [Unicode.Scalar], _ bytes: [UInt8]) -> [Token] {
    let flags = VietnameseText.flags
    func upper(_ k: Int) -> Bool {
      let v = Int(scalars[k].value)
      return v < 0x2100 ? flags[v] & 2 != 0 : VietnameseText.isUpper(scalars[k])
    }
    func lower(_ k: Int) -> Bool {
      let v = Int(scalars[k].value)
      return v < 0x2100 ? flags[v] & 4 != 0 : VietnameseText.isLower(scalars[k])
    }
    func glued(_ i: Int) -> Bool {
      if bytes[i] >= 48 && bytes[i] <= 57 { return lower(i - 1) && lower(i - 2) }
      guard upper(i) else { return false }
      if lower(i - 1) && lower(i - 2) { return upper(i + 1) || lower(i + 1) }
      return upper(i - 1) && upper(i - 2) && lower(i + 1)
    }
    var tokens: [Token] = []
    var i = 0
    let n = bytes.count
    var gap: UInt8 = 0
    var spaces = 0
    var sawSpace = false
    var shortForms = false
    while i < n {
      let b = bytes[i]
      if FoldedText.isWordByte(b) {
        let start = i
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var digits = true
        while i < n, FoldedText.isWordByte(bytes[i]) || bytes[i] == 0 {
          if i >= start + 2, i + 1 < n, glued(i) { break }
          let c = bytes[i]
          if c != 0 {
            h = (h ^ UInt64(c)) &* 0x100_0000_01b3
            if c > 57 { digits = false }
          } else {
            digits = false
          }
          i += 1
        }
        let isCap = upper(start)
        var allCaps = isCap
        if allCaps { for k in start..<i where lower(k) { allCaps = false; break } }
        tokens.append(Token(start: start, end: i, hash: h, gap: gap, spaced: sawSpace, isCap: isCap, isAllCaps: allCaps, isNumber: digits))
        if allCaps, i - start == 2, MeetingAbbreviations.forms[h] != nil { shortForms = true }
        gap = 0
        spaces = 0
        sawSpace = i < n && FoldedText.isWordByte(bytes[i])
      } else {
        if b == 0x20 {
          sawSpace = true
          spaces += 1
          if spaces >= 3, gap == 0 { gap = UInt8(ascii: "|") }
        } else if b == 0x09 {
          sawSpace = true
          if gap == 0 { gap = UInt8(ascii: "|") }
        } else if gap == 0 || FoldedText.isStrongPunct(b) || b == UInt8(ascii: "|")
          || (b == UInt8(ascii: ",") && !FoldedText.isStrongPunct(gap) && gap != UInt8(ascii: "|"))
        {
          gap = b
        }
        if b != 0x20 { spaces = 0 }
        i += 1
      }
    }
    return shortForms ? MeetingAbbreviations.expand(tokens) : tokens
  }

  func testFoldingWritesTheSameScalarsAndBytesAsTheAppendingReference() {
    var r = Rand(state: 42)
    for _ in 0..<3_000 {
      let s = FastPathTests.text(&r, words: r.below(40))
      let f = FoldedText(s)
      let ref = FastPathTests.referenceFold(s)
      XCTAssertEqual(f.scalars, ref.scalars, s)
      XCTAssertEqual(f.bytes, ref.bytes, s)
      // the same words as the reference finds on the reference's scalars and bytes
      let again = FastPathTests.referenceTokens(ref.scalars, ref.bytes)
      XCTAssertEqual(f.tokens.count, again.count, s)
      for (a, b) in zip(f.tokens, again) {
        XCTAssertEqual([a.start, a.end], [b.start, b.end], s)
        XCTAssertEqual(a.hash, b.hash, s)
        XCTAssertEqual([a.gap], [b.gap], s)
        XCTAssertEqual([a.spaced, a.isCap, a.isAllCaps, a.isNumber], [b.spaced, b.isCap, b.isAllCaps, b.isNumber], s)
      }
      for t in f.tokens {
        XCTAssertTrue(t.start <= t.end && t.end <= f.scalars.count, s)
      }
    }
  }

  func testAGluedWordAndASlipAreReadAsBefore() {
    let f = FoldedText("tổ chứcHội thảo ngày 1O/3 và l2/5")
    XCTAssertEqual(f.tokens.indices.map { String(f.word($0)) }, ["to", "chuc", "hoi", "thao", "ngay", "10", "3", "va", "12", "5"])
  }

  func testStringsFromScalarsAreTheScalarsWritten() {
    var r = Rand(state: 7)
    for _ in 0..<2_000 {
      let s = FastPathTests.text(&r, words: r.below(30))
      let scalars = Array(s.unicodeScalars)
      XCTAssertEqual(VietnameseText.string(scalars[...]), s)
      if scalars.count > 2 {
        let a = r.below(scalars.count), b = a + r.below(scalars.count - a)
        XCTAssertEqual(VietnameseText.string(scalars[a..<b]), String(String.UnicodeScalarView(scalars[a..<b])))
      }
    }
    XCTAssertEqual(VietnameseText.string([][...]), "")
  }

  // MARK: Phrases

  func testABloomedSearchAnswersAsOneSearchPerPhrase() {
    var r = Rand(state: 11)
    let lists: [[Phrase]] = [MeetingExtractor.planWords, FigureExtractor.attendancePresent, MeetingExtractor.occasionOpenings,
                             ["lien hiep", "hoi", "12", "ha noi", "dai hoi"].phrases]
    for _ in 0..<2_000 {
      let f = FoldedText(FastPathTests.text(&r, words: r.below(50)))
      let n = f.tokens.count
      let from = n == 0 ? 0 : r.below(n + 1), to = from + r.below(n + 2)
      for list in lists {
        // (the reference searches token by token, no bloom before it)
        let plain = list.contains { FastPathTests.plainFind($0, in: f, from: from, to: to) != nil }
        XCTAssertEqual(f.contains(any: list, from: from, to: to), plain, f.string)
        for p in list { XCTAssertEqual(f.find(p, from: from, to: to), FastPathTests.plainFind(p, in: f, from: from, to: to), f.string) }
      }
      let bloom = WordBloom(f, from: 0, to: n)
      for t in f.tokens { XCTAssertTrue(bloom.mayContain(t.hash) && f.words.mayContain(t.hash), "no word of the stretch is ever missed") }
      // (a slice gathers its own words)
      if n > 0 {
        let s = f.slice(f.tokens[from == n ? 0 : from].start, f.scalars.count)
        for t in s.tokens { XCTAssertTrue(s.words.mayContain(t.hash), "a slice's words are its own") }
      }
    }
  }

  /// The first position of a phrase in `from..<to`, token by token.
  static func plainFind(_ p: Phrase, in f: FoldedText, from: Int, to: Int?) -> Int? {
    let end = min(to ?? f.tokens.count, f.tokens.count)
    guard from < end else { return nil }
    for i in from..<end where i + p.count <= f.tokens.count && (0..<p.count).allSatisfy({ f.tokens[i + $0].hash == p.hashes[$0] }) {
      return i
    }
    return nil
  }

  func testAWordMapAnswersAsItsDictionary() {
    var r = Rand(state: 5)
    var d: [UInt64: Int] = [0: -1]
    for k in 0..<500 { d[r.next() | (k.isMultiple(of: 3) ? 0 : 1)] = k }
    let m = WordMap(d)
    for (k, v) in d { XCTAssertEqual(m[k], v) }
    for _ in 0..<5_000 {
      let k = r.next()
      XCTAssertEqual(m[k], d[k])
    }
    XCTAssertNil(WordMap([UInt64: Int]())[12])
  }

  // MARK: Bytes

  func testByteSearchFindsOneByteAsALoopFinds() {
    var r = Rand(state: 3)
    for _ in 0..<2_000 {
      let bytes = (0..<r.below(300)).map { _ in UInt8(truncatingIfNeeded: r.below(4) == 0 ? 0x0A : r.below(256)) }
      let target = UInt8(truncatingIfNeeded: r.below(3) == 0 ? 0x0A : r.below(256))
      let from = r.below(bytes.count + 2)
      bytes.withUnsafeBufferPointer { b in
        let plain = from < b.count ? (from..<b.count).first { b[$0] == target } : nil
        XCTAssertEqual(ByteSearch.firstIndex(of: target, in: b, from: from), plain)
        XCTAssertEqual(ByteSearch.contains(target, in: b), b.contains(target))
      }
    }
    [UInt8]().withUnsafeBufferPointer { XCTAssertNil(ByteSearch.firstIndex(of: 0, in: $0)) }
  }

  func testAGridRowIsToldAsTheByteLoopToldIt() {
    func reference(_ text: String) -> Bool {
      var lineStart = false
      for c in text.utf8 {
        if c == 0x0A {
          lineStart = true
        } else if lineStart {
          if c == UInt8(ascii: "|") { return true }
          if c != 0x20 && c != 0x09 { lineStart = false }
        }
      }
      return false
    }
    var r = Rand(state: 9)
    let parts = ["|", " ", "\t", "\n", "a", "Hội", "\r", "31"]
    for _ in 0..<5_000 {
      let s = (0..<r.below(20)).map { _ in parts[r.below(parts.count)] }.joined()
      XCTAssertEqual(TableRow.hasGridRow(s), reference(s), s.debugDescription)
    }
  }
}
