import VustaModel

/// A stretch of text kept two ways: its scalars as written, and one folded ASCII byte per scalar
/// (see `VietnameseText.fold`), with the words found in it.
///
/// Matching runs on the folded bytes and word hashes; case checks and evidence use the scalars.
struct FoldedText {
  let scalars: [Unicode.Scalar]
  let bytes: [UInt8]
  let tokens: [Token]
  /// All its words as a `WordBloom`: a search for a phrase whose first word is surely not there
  /// ends before it starts (most searches of most lines find nothing).
  let words: WordBloom

  init<S: Sequence>(_ source: S) where S.Element == Unicode.Scalar {
    let scalars = Array(source)
    var bytes = [UInt8](repeating: 0, count: scalars.count)
    for i in 0..<scalars.count { bytes[i] = VietnameseText.fold(scalars[i]) }
    for i in 0..<scalars.count where scalars[i] == "O" || scalars[i] == "l" {
      let before = i > 0 ? bytes[i - 1] : 0, after = i + 1 < bytes.count ? bytes[i + 1] : 0
      if scalars[i] == "O" ? FoldedText.isZeroSlip(before: before, after: after) : FoldedText.isOneSlip(before: before, after: after) {
        bytes[i] = scalars[i] == "O" ? 48 : 49
      }
    }
    self.scalars = scalars
    self.bytes = bytes
    self.tokens = FoldedText.tokenize(scalars, bytes)
    self.words = WordBloom(tokens, from: 0, to: tokens.count)
  }

  init(_ string: String) {
    var string = string
    self = string.withUTF8 { FoldedText(utf8: $0) }
  }

  /// Folds valid UTF-8 (a slice of a Swift string's bytes) without making a String of it.
  ///
  /// (The scalars and their folded bytes are written straight into their arrays' storage: no
  /// per-scalar append, no bounds check. Every line of every page passes here.)
  init(utf8 u: UnsafeBufferPointer<UInt8>) {
    let n = u.count
    var count = 0
    var bytes: [UInt8] = []
    let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: n) { sp, sCount in
      bytes = [UInt8](unsafeUninitializedCapacity: n) { bp, bCount in
        VietnameseText.table.withUnsafeBufferPointer { table in
          var i = 0
          var k = 0
          while i < n {
            let b0 = UInt32(u[i])
            var v: UInt32
            if b0 < 0x80 {
              // ASCII: no validation, folded straight from the table
              sp[k] = Unicode.Scalar(UInt8(b0))
              let before = k > 0 ? bp[k - 1] : 0
              if b0 == 0x4F, FoldedText.isZeroSlip(before: before, after: i + 1 < n ? u[i + 1] : 0) {
                bp[k] = 48
              } else if b0 == 0x6C, FoldedText.isOneSlip(before: before, after: i + 1 < n ? u[i + 1] : 0) {
                bp[k] = 49
              } else {
                bp[k] = table[Int(b0)]
              }
              k += 1
              i += 1
              continue
            } else if b0 < 0xE0, i + 1 < n {
              v = (b0 & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F); i += 2
            } else if b0 < 0xF0, i + 2 < n {
              v = (b0 & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F); i += 3
            } else if i + 3 < n {
              v = (b0 & 0x07) << 18 | UInt32(u[i + 1] & 0x3F) << 12 | UInt32(u[i + 2] & 0x3F) << 6
                | UInt32(u[i + 3] & 0x3F)
              i += 4
            } else {
              v = 0xFFFD; i = n
            }
            let sc = Unicode.Scalar(v) ?? "\u{FFFD}"
            sp[k] = sc
            bp[k] = v < 0x2100 ? table[Int(v)] : VietnameseText.fold(sc)
            k += 1
          }
          count = k
        }
        bCount = count
      }
      sCount = count
    }
    self.scalars = scalars
    self.bytes = bytes
    self.tokens = FoldedText.tokenize(scalars, bytes)
    self.words = WordBloom(tokens, from: 0, to: tokens.count)
  }

  private init(scalars: [Unicode.Scalar], bytes: [UInt8], tokens: [Token]) {
    self.scalars = scalars
    self.bytes = bytes
    self.tokens = tokens
    self.words = WordBloom(tokens, from: 0, to: tokens.count)
  }

  /// The part of this text between two scalar offsets, re-using its words (no re-folding).
  func slice(_ from: Int, _ to: Int) -> FoldedText {
    var lo = 0, hi = tokens.count
    while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].start < from { lo = mid + 1 } else { hi = mid } }
    var last = lo
    while last < tokens.count, tokens[last].end <= to { last += 1 }
    let toks = tokens[lo..<last].enumerated().map { (k, t) in
      Token(start: t.start - from, end: t.end - from, hash: t.hash, gap: k == 0 ? 0 : t.gap, spaced: k == 0 ? false : t.spaced,
            isCap: t.isCap, isAllCaps: t.isAllCaps, isNumber: t.isNumber)
    }
    return FoldedText(scalars: Array(scalars[from..<to]), bytes: Array(bytes[from..<to]), tokens: toks)
  }

  /// True for a quotation's opening mark: “ " « (a switch, not a search of a string per scalar).
  @inline(__always)
  static func isOpeningQuote(_ c: Unicode.Scalar) -> Bool {
    c == "“" || c == "\"" || c == "«"
  }

  /// The original text between two scalar offsets.
  func text(_ from: Int, _ to: Int) -> String {
    VietnameseText.string(scalars[max(0, from)..<min(to, scalars.count)])
  }

  var string: String { text(0, scalars.count) }

  /// The folded text of token `i`.
  func word(_ i: Int) -> Substring {
    let t = tokens[i]
    return Substring(String(decoding: bytes[t.start..<t.end], as: UTF8.self))
  }

  /// True when tokens starting at `i` are exactly `words` (given as pre-hashed `Phrase`).
  @inline(__always)
  func matches(_ phrase: Phrase, at i: Int) -> Bool {
    let hashes = phrase.hashes
    guard i >= 0, i + hashes.count <= tokens.count else { return false }
    var k = 0
    while k < hashes.count {
      if tokens[i + k].hash != hashes[k] { return false }
      k += 1
    }
    return true
  }

  /// True when the tokens ending right before `i` are exactly `phrase`.
  func endsWith(_ phrase: Phrase, before i: Int) -> Bool {
    matches(phrase, at: i - phrase.hashes.count)
  }

  /// The first token index at or after `from` where `phrase` starts, before `to`.
  func find(_ phrase: Phrase, from: Int = 0, to: Int? = nil) -> Int? {
    let end = min(to ?? tokens.count, tokens.count)
    let hashes = phrase.hashes
    guard let first = hashes.first, from < end, words.mayContain(first) else { return nil }
    var i = from
    while i < end {
      if tokens[i].hash == first {
        // (the phrase's other words, read from its hashes already in hand)
        var k = 1
        while k < hashes.count, i + k < tokens.count, tokens[i + k].hash == hashes[k] { k += 1 }
        if k == hashes.count { return i }
      }
      i += 1
    }
    return nil
  }

  /// True when token `i` is "sẽ" (will) as written — not "sẻ" (share, "chia sẻ") nor "se",
  /// which fold the same.
  func isWill(_ i: Int) -> Bool {
    secondLetter(of: i, folded: FoldedText.h_se, length: 2).map { $0 == "ẽ" || $0 == "Ẽ" } ?? false
  }

  /// The second letter of token `i` as written, when the token folds to the word `folded` and
  /// has `length` letters: what tells apart words that fold the same ("sẽ" and "sẻ", "Để" and
  /// "Đề", "đã" and "đa", "đang" and "Đảng"); nil otherwise.
  func secondLetter(of i: Int, folded: UInt64, length: Int) -> Unicode.Scalar? {
    guard i >= 0, i < tokens.count, tokens[i].hash == folded, tokens[i].end - tokens[i].start == length else { return nil }
    return scalars[tokens[i].start + 1]
  }

  /// The first "vừa" (has just) as written in the token range — not "vua" (king), "vựa".
  func findJust(from: Int = 0, to: Int? = nil) -> Int? {
    (max(0, from)..<min(to ?? tokens.count, tokens.count)).first { i in
      secondLetter(of: i, folded: FoldedText.h_vua, length: 3).map { $0 == "ừ" || $0 == "Ừ" } ?? false
    }
  }

  static let h_vua = Phrase.hash("vua")
  static let h_se = Phrase.hash("se")
  static let h_da = Phrase.hash("da"), h_do = Phrase.hash("do")

  /// True when token `i` is "do" (by) as written, in plain letters — not "đó", "độ", "đỏ",
  /// which fold the same.
  func isPlainDo(_ i: Int) -> Bool {
    guard i >= 0, i < tokens.count, tokens[i].hash == FoldedText.h_do, tokens[i].end - tokens[i].start == 2 else {
      return false
    }
    return scalars[tokens[i].start].isASCII && scalars[tokens[i].start + 1].isASCII
  }

  /// True when the token at `i` is "Để"/"để" (in order to) as written — not "Đề" of "Đề nghị",
  /// "Đề xuất", which fold the same.
  func isPurposeDe(_ i: Int) -> Bool {
    secondLetter(of: i, folded: FoldedText.h_de, length: 2).map { $0 == "ể" || $0 == "Ể" } ?? false
  }

  static let h_de = Phrase.hash("de")

  /// True when the token at `i` is "đang" (in progress) as written — not "Đảng" (the Party) or
  /// "đăng", which fold the same.
  func isProgressiveDang(_ i: Int) -> Bool {
    secondLetter(of: i, folded: FoldedText.h_dang, length: 4).map { $0 == "a" || $0 == "A" } ?? false
  }

  static let h_dang = Phrase.hash("dang")

  /// The scalar index of the mark that closes the quotation opened at scalar `open` (” or » after
  /// “ or «, a straight quote after a straight one), searched before scalar `limit`; nil when none.
  func closingQuote(after open: Int, before limit: Int? = nil) -> Int? {
    let end = min(limit ?? scalars.count, scalars.count)
    guard open + 1 < end else { return nil }
    let straight = scalars[open] == "\""
    return (open + 1..<end).first { i in straight ? scalars[i] == "\"" : (scalars[i] == "”" || scalars[i] == "»") }
  }

  /// The first token in the range that is "đã" (already, the completed past) as written — not
  /// "đa" (many, "đa phương"), "đà" or "da", which fold the same.
  func findDone(from: Int = 0, to: Int? = nil) -> Int? {
    (max(0, from)..<min(to ?? tokens.count, tokens.count)).first { i in
      secondLetter(of: i, folded: FoldedText.h_da, length: 2).map { $0 == "ã" || $0 == "Ã" } ?? false
    }
  }

  /// True when "sẽ" (will) is written in the token range.
  func containsWill(from: Int = 0, to: Int? = nil) -> Bool {
    (max(0, from)..<min(to ?? tokens.count, tokens.count)).contains { isWill($0) }
  }

  /// True when any of the phrases occurs in the token range.
  ///
  /// (For a long list the range's words are gathered once into a `WordBloom`: a phrase whose first
  /// word is not among them is passed over without a search.)
  func contains(any phrases: [Phrase], from: Int = 0, to: Int? = nil) -> Bool {
    let end = min(to ?? tokens.count, tokens.count)
    guard phrases.count >= 4, from >= 0, from < end else { return phrases.contains { find($0, from: from, to: to) != nil } }
    // (the whole text's words are at hand; a part's are gathered)
    let bloom = from == 0 && end == tokens.count ? words : WordBloom(self, from: from, to: end)
    return phrases.contains { p in
      guard let first = p.hashes.first, bloom.mayContain(first) else { return false }
      return find(p, from: from, to: to) != nil
    }
  }

  /// True when a lower-case "l" typed for the digit one opens a number: a digit after it and no
  /// letter or digit before it ("ngày l2 tháng 9", "28 -9 - l993").
  @inline(__always)
  static func isOneSlip(before: UInt8, after: UInt8) -> Bool {
    after &- 48 < 10 && before &- 48 >= 10 && (before | 0x20) &- 97 >= 26 && before < 0x80
  }

  /// True when a capital O between these two bytes is a zero typed with the letter, in a number
  /// of a date: "1O và 11/10/2014", "3O/3/2018", "20/1O/2015" — a digit before it and a digit or a
  /// date's separator after it, or a slash before it and a digit after it.
  @inline(__always)
  static func isZeroSlip(before: UInt8, after: UInt8) -> Bool {
    let digitBefore = before &- 48 < 10, digitAfter = after &- 48 < 10
    if digitBefore { return digitAfter || after == UInt8(ascii: "/") || after == UInt8(ascii: " ") }
    return before == UInt8(ascii: "/") && digitAfter
  }

  /// True when the scalar at `i` starts a word whose space was lost: a capital letter glued to
  /// two lower-case letters before it and followed by a letter, or to a word in capitals before
  /// it and followed by a lower-case letter; or a digit glued to two lower-case letters
  /// ("có156 hội thành viên").
  @inline(__always)
  static func startsGluedWord(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ bytes: UnsafeBufferPointer<UInt8>, _ i: Int,
                              _ flags: UnsafeBufferPointer<UInt8>) -> Bool {
    func upper(_ k: Int) -> Bool {
      let v = Int(scalars[k].value)
      return v < 0x2100 ? flags[v] & 2 != 0 : VietnameseText.isUpper(scalars[k])
    }
    func lower(_ k: Int) -> Bool {
      let v = Int(scalars[k].value)
      return v < 0x2100 ? flags[v] & 4 != 0 : VietnameseText.isLower(scalars[k])
    }
    // "có156 hội thành viên": a number glued to the word before it
    if bytes[i] >= 48 && bytes[i] <= 57 { return lower(i - 1) && lower(i - 2) }
    // (a plain lower-case letter, most of any text, starts nothing)
    if scalars[i].value &- 97 < 26 { return false }
    guard upper(i) else { return false }
    // "tạiTP.", "chứcHội": after two lower-case letters
    if lower(i - 1) && lower(i - 2) { return upper(i + 1) || lower(i + 1) }
    // "LIÊN HIỆP HỘINgày": a capitalised word after a word in capitals
    return upper(i - 1) && upper(i - 2) && lower(i + 1)
  }

  /// `startsGluedWord` on arrays (the sentence splitter's question, asked at a few dots).
  static func startsGluedWord(_ scalars: [Unicode.Scalar], _ bytes: [UInt8], _ i: Int, _ flags: [UInt8]) -> Bool {
    scalars.withUnsafeBufferPointer { sp in
      bytes.withUnsafeBufferPointer { bp in flags.withUnsafeBufferPointer { fp in startsGluedWord(sp, bp, i, fp) } }
    }
  }

  /// Splits into tokens: runs of letters and digits (folded a-z, 0-9).
  static func tokenize(_ scalars: [Unicode.Scalar], _ bytes: [UInt8]) -> [Token] {
    scalars.withUnsafeBufferPointer { sp in
      bytes.withUnsafeBufferPointer { bp in
        VietnameseText.flags.withUnsafeBufferPointer { fp in tokenize(sp, bp, fp) }
      }
    }
  }

  /// The tokens of folded bytes and their scalars, `flags` being `VietnameseText.flags`.
  static func tokenize(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ bytes: UnsafeBufferPointer<UInt8>,
                       _ flags: UnsafeBufferPointer<UInt8>) -> [Token] {
    var tokens: [Token] = []
    // (a word and its space take 4–5 bytes in most lines; short words and numbers fewer: room for
    // one word in three bytes saves most lines the copy of a grown array)
    tokens.reserveCapacity(bytes.count / 3 + 4)
    var i = 0
    let n = bytes.count
    var gap: UInt8 = 0
    var spaces = 0  // spaces in a row just before
    var sawSpace = false
    var shortForms = false
    while i < n {
      let b = bytes[i]
      if isWordByte(b) {
        let start = i
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var digits = true
        while i < n, isWordByte(bytes[i]) || bytes[i] == 0 {
          // a space lost between words ("tạiTP. Hải Phòng", "tổ chứcHội thảo"): two lower-case
          // letters then a capital followed by a letter start a new word ("ThS", "iPhone" do not)
          if i >= start + 2, i + 1 < n, startsGluedWord(scalars, bytes, i, flags) { break }
          let c = bytes[i]
          if c != 0 {
            h = (h ^ UInt64(c)) &* 0x100_0000_01b3
            if c > 57 { digits = false }
          } else {
            digits = false
          }
          i += 1
        }
        let first = scalars[start]
        let fv = Int(first.value)
        let isCap = fv < 0x2100 ? flags[fv] & 2 != 0 : VietnameseText.isUpper(first)
        var allCaps = isCap
        if allCaps {
          for k in start..<i {
            let v = Int(scalars[k].value)
            if v < 0x2100 ? flags[v] & 4 != 0 : VietnameseText.isLower(scalars[k]) { allCaps = false; break }
          }
        }
        tokens.append(Token(start: start, end: i, hash: h, gap: gap, spaced: sawSpace, isCap: isCap,
                            isAllCaps: allCaps, isNumber: digits))
        if allCaps, i - start == 2, MeetingAbbreviations.forms[h] != nil { shortForms = true }
        gap = 0
        spaces = 0
        // a word cut off a glued one stands as if a space were there
        sawSpace = i < n && isWordByte(bytes[i])
      } else {
        // (a tab, or a run of three spaces, parts a text table's cells as a bar does: "Hội thành
        // viên\t31", "Hội thành viên        22"; a bar does so after a bracket too: "(…) | 23")
        if b == 0x20 {
          sawSpace = true
          spaces += 1
          if spaces >= 3, gap == 0 { gap = UInt8(ascii: "|") }
        } else if b == 0x09 {
          sawSpace = true
          if gap == 0 { gap = UInt8(ascii: "|") }
        } else if gap == 0 || isStrongPunct(b) || b == UInt8(ascii: "|")
          // (a comma after a closing quote or bracket still parts the clauses: "… Đề tài “Ảnh
          // hưởng …”, Liên hiệp … đã tổ chức …", "(…), vào ngày 14/3/2021")
          || (b == UInt8(ascii: ",") && !isStrongPunct(gap) && gap != UInt8(ascii: "|"))
        {
          gap = b
        }
        if b != 0x20 { spaces = 0 }
        i += 1
      }
    }
    // "tổ chức HN BCH": a meeting's noun in a clerk's short form
    return shortForms ? MeetingAbbreviations.expand(tokens) : tokens
  }

  @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
    (b >= 97 && b <= 122) || (b >= 48 && b <= 57)
  }

  @inline(__always) static func isStrongPunct(_ b: UInt8) -> Bool {
    b == UInt8(ascii: ".") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":") || b == UInt8(ascii: "?")
      || b == UInt8(ascii: "!")
  }
}

/// A word of a `FoldedText`: where it is, its hash, and how it was written.
///
/// (Its offsets are kept in 32 bits — a text is read in pieces of 2 MB at most — so a token
/// takes 24 bytes, not 32: every reader walks these arrays word by word.)
struct Token {
  private let start32: Int32
  private let end32: Int32
  /// FNV-1a hash of the folded word.
  let hash: UInt64
  /// The punctuation between this token and the previous one (0 when only spaces).
  let gap: UInt8
  /// True when spaces separate this token from the previous one.
  let spaced: Bool
  let isCap: Bool
  let isAllCaps: Bool
  let isNumber: Bool

  /// Scalar offsets (inclusive start, exclusive end).
  @inline(__always) var start: Int { Int(start32) }
  @inline(__always) var end: Int { Int(end32) }

  init(start: Int, end: Int, hash: UInt64, gap: UInt8, spaced: Bool, isCap: Bool, isAllCaps: Bool, isNumber: Bool) {
    self.start32 = Int32(truncatingIfNeeded: start)
    self.end32 = Int32(truncatingIfNeeded: end)
    self.hash = hash
    self.gap = gap
    self.spaced = spaced
    self.isCap = isCap
    self.isAllCaps = isAllCaps
    self.isNumber = isNumber
  }
}

/// A sequence of folded words, hashed once, for matching tokens.
///
/// (A class of constants: the readers walk lists of phrases word by word, and a reference is
/// retained once where a struct of two arrays was retained twice.)
final class Phrase: Sendable {
  let words: [String]
  let hashes: [UInt64]

  init(_ text: String) {
    words = text.split(separator: " ").map(String.init)
    hashes = words.map { Phrase.hash($0) }
  }

  var count: Int { hashes.count }

  static func hash(_ word: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for c in word.utf8 { h = (h ^ UInt64(c)) &* 0x100_0000_01b3 }
    return h
  }
}

extension Array where Element == String {
  /// The phrases for a list of folded word sequences.
  var phrases: [Phrase] { map(Phrase.init) }
}
