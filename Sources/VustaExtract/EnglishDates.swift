import VustaModel

/// Reads the date forms of English pages about the unions (the English editions of vusta.vn and
/// of provincial newspapers): "July 25, 2017", "September 27th", "June 9th and 10th, 2022" (the
/// first day), "22nd November 2013", "19 October 2011", "the 22nd of November", "October 2021"
/// (a month), and the numeric "29/08/2017" these sites print as day/month/year.
enum EnglishDates {
  /// Folded month names and abbreviations → month number ("may" only written "May" beside a day).
  static let months: [UInt64: Int] = {
    var m: [UInt64: Int] = [:]
    let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                 "november", "december"]
    for (i, n) in names.enumerated() { m[Phrase.hash(n)] = i + 1 }
    for (a, i) in [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
                   ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)] {
      m[Phrase.hash(a)] = i
    }
    return m
  }()
  /// The month words, asked first: a probe that runs no hash function (most words are none).
  static let monthWords = WordSet(months.keys)
  static let h_may = Phrase.hash("may")
  static let h_and = Phrase.hash("and"), h_of = Phrase.hash("of"), h_to = Phrase.hash("to")

  /// The day a token names: "25", "27th", "22nd", "1st", "3rd" (and the typo "20tt"), 1–31.
  static func day(_ f: FoldedText, _ i: Int) -> Int? {
    guard i >= 0, i < f.tokens.count else { return nil }
    let w = f.word(i)
    let digits = w.prefix { $0.isASCII && $0.isNumber }
    guard (1...2).contains(digits.count), let n = Int(digits), (1...31).contains(n) else { return nil }
    let rest = w.dropFirst(digits.count)
    guard rest.isEmpty || ["st", "nd", "rd", "th", "tt"].contains(String(rest)) else { return nil }
    return n
  }

  /// The year a token names (1945–2099), written as four digits.
  static func year(_ f: FoldedText, _ i: Int) -> Int? {
    guard i >= 0, i < f.tokens.count, f.tokens[i].isNumber, f.tokens[i].end - f.tokens[i].start == 4,
      let y = Int(f.word(i)), (1945...2099).contains(y)
    else { return nil }
    return y
  }

  /// The month token `i` names, if any; "May" only with a capital and a day beside it.
  static func month(_ f: FoldedText, _ i: Int) -> Int? {
    guard i >= 0, i < f.tokens.count, monthWords.contains(f.tokens[i].hash), let m = months[f.tokens[i].hash] else { return nil }
    // (an abbreviation followed by "." is still the month; a bare "mar"/"dec" inside words never is a token)
    if f.tokens[i].hash == h_may {
      guard f.tokens[i].isCap, day(f, i + 1) != nil || day(f, i - 1) != nil else { return nil }
    }
    return m
  }

  /// The English date expressions of a sentence, in order.
  static func mentions(in f: FoldedText) -> [DateMention] {
    var out: [DateMention] = []
    var i = 0
    let n = f.tokens.count
    // (the month words read once, not once per word: a static is a lazy global's check)
    let words = monthWords
    while i < n {
      guard words.contains(f.tokens[i].hash), let m = month(f, i) else { i += 1; continue }
      // Month D[, and D2][, YYYY]
      if let d = day(f, i + 1) {
        var end = i + 2
        if end + 1 < n, f.tokens[end].hash == h_and || f.tokens[end].hash == h_to, day(f, end + 1) != nil {
          end += 2
        } else if end < n, f.tokens[end].gap == UInt8(ascii: "-"), let d2 = day(f, end), d2 > d {
          // "July 25-26, 2019": the first day of a span
          end += 1
        }
        var y: Int? = nil
        if let yy = year(f, end) { y = yy; end += 1 }
        out.append(DateMention(start: i, end: end, day: d, month: m, year: y, cued: true))
        i = end
        continue
      }
      // D [of] Month [YYYY], "the 22nd of November", "9 and 10 June 2022"
      var k = i - 1
      if k >= 0, f.tokens[k].hash == h_of { k -= 1 }
      if let d = day(f, k) {
        var start = k
        var first = d
        if start >= 2, f.tokens[start - 1].hash == h_and || f.tokens[start - 1].hash == h_to, let d0 = day(f, start - 2) {
          first = d0
          start -= 2
        } else if start >= 1, f.tokens[start].gap == UInt8(ascii: "-"), let d0 = day(f, start - 1), d0 < d {
          // "29-31 August 2017": the first day of a span
          first = d0
          start -= 1
        }
        // (the previous mention may have ended on the same day token: keep it)
        if let last = out.last, last.end > start { i += 1; continue }
        var end = i + 1
        var y: Int? = nil
        if let yy = year(f, end) { y = yy; end += 1 }
        out.append(DateMention(start: start, end: end, day: first, month: m, year: y, cued: true))
        i = end
        continue
      }
      // Month YYYY: a month of a year
      if let y = year(f, i + 1), f.tokens[i].hash != h_may || f.tokens[i].isCap {
        out.append(DateMention(start: i, end: i + 2, day: nil, month: m, year: y, cued: true))
        i += 2
        continue
      }
      i += 1
    }
    return out
  }

  /// The day a short line at the top of an English page gives as its own posting: "November 18,
  /// 2019", "PV March 14, 2025 14:21", "Posted at: MONday - 18/03/2019 14:33" (the numeric form
  /// is read by the Vietnamese rules already); nil when the first lines carry no full date.
  static func postingDate(in main: MainText) -> FactDate? {
    // (a page's clock, "Today: 05/06/2023 08:05:50", is no posting)
    for line in main.lines.prefix(8) where line.text.tokens.count <= (line.role == .body ? 8 : 10) && !DateReader.isTodayLabel(line.text) {
      if let m = mentions(in: line.text).first, let d = m.day, let y = m.year {
        return FactDate(year: y, month: m.month, day: d)
      }
    }
    return nil
  }
}

/// Tells an English page from a Vietnamese one: the extraction rules are written for Vietnamese,
/// and an English edition's page is read by `EnglishReader` instead.
enum PageLanguage {
  static let englishWords = WordSet(["the", "of", "and", "in", "was", "were", "with", "for", "on", "its", "has", "by"]
    .map(Phrase.hash))

  /// True when a listing's items, read together, are English (one item is too short to tell);
  /// a Vietnamese list is told from its first letters, before any text is read as lines.
  static func itemsAreEnglish(_ items: [ListingItem]) -> Bool {
    var letters = LetterCount()
    for item in items {
      for v in item.text.unicodeScalars where letters.add(v.value) { return false }
    }
    return isEnglish(MainText(items.map(\.text).joined(separator: "\n")))
  }

  /// ASCII letters against Vietnamese ones, counted a scalar at a time.
  struct LetterCount {
    var ascii = 0, other = 0
    /// Counts one scalar; true once the text is surely Vietnamese (its 40th marked letter, at
    /// least one per 50 ASCII letters).
    mutating func add(_ v: UInt32) -> Bool {
      if v < 0x80 {
        if (v >= 65 && v <= 90) || (v >= 97 && v <= 122) { ascii += 1 }
      } else if v >= 0xC0 && v <= 0x1EF9 && v != 0xD7 && v != 0xF7 {
        other += 1
        if other >= 40 && other * 50 >= ascii { return true }
      }
      return false
    }
  }

  /// True when one sentence is English: no more than one Vietnamese letter per 50 ASCII
  /// letters, and English function words make at least a tenth of its words (a bilingual page's
  /// English paragraphs, under the Vietnamese text or after each of its paragraphs).
  static func isEnglishSentence(_ f: FoldedText) -> Bool {
    guard f.tokens.count >= 6 else { return false }
    // (the function words first, on the hashes: most sentences stop here)
    let words = englishWords
    let english = f.tokens.lazy.filter { words.contains($0.hash) }.count
    guard english * 10 >= f.tokens.count else { return false }
    var letters = LetterCount()
    for s in f.scalars where letters.add(s.value) { return false }
    return letters.ascii >= 20 && letters.other * 50 < letters.ascii
  }

  /// True when the title and body are English: almost no Vietnamese letters (under one per 50
  /// ASCII letters), and English function words make at least a tenth of the words (what keeps
  /// a Vietnamese text written without its marks Vietnamese).
  static func isEnglish(_ main: MainText) -> Bool {
    // (letters first, a line at a time: a Vietnamese page is told within its first lines)
    var letters = LetterCount()
    for line in main.lines where line.role == .body || line.role == .title {
      for s in line.text.scalars where letters.add(s.value) { return false }
    }
    guard letters.ascii >= 200, letters.other * 50 < letters.ascii else { return false }
    var words = 0, english = 0
    for line in main.lines where line.role == .body || line.role == .title {
      words += line.text.tokens.count
      for t in line.text.tokens where englishWords.contains(t.hash) { english += 1 }
    }
    return english * 10 >= words
  }

}
