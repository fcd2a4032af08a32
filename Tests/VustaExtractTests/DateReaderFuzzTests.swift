import XCTest

import VustaModel

@testable import VustaExtract

/// Random date-like phrases (numbers, separators with and without spaces, cue words): the reader
/// never stops, and what it reads is in order, apart and a real day.
final class DateReaderFuzzTests: XCTestCase {
  /// A small fixed generator, so that a failure is the same on every run.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return state
    }
  }

  func testRandomPhrasesReadInOrderAndValid() {
    var g = Generator(state: 13)
    let pieces = ["Ngày ", "ngày ", "Sáng ", "Từ ", "từ ngày ", " và ", " đến ", "(", ")", ", ", "-", "- ", " -", " - ",
                  "/", "/ ", ".", " tháng ", " năm ", "Hội nghị ", "Liên hiệp hội ", "số ", "QĐ-UBND", "CT/TW", " ", ":"]
    let numbers = ["1", "5", "12", "21", "28", "29", "30", "31", "32", "04", "2", "13", "2010", "2024", "1946", "202", "99"]
    var read = 0
    for _ in 0..<20_000 {
      // (mostly date-shaped: a cue, numbers joined by separators, sometimes a second date or a range)
      func pick(_ a: [String]) -> String { a.randomElement(using: &g)! }
      let seps = ["/", "/ ", "-", "- ", " - ", ".", " tháng "]
      var text = Bool.random(using: &g) ? pick(pieces) : ""
      for _ in 0..<Int.random(in: 1...3, using: &g) {
        text += pick(numbers) + pick(seps) + pick(numbers)
        if Bool.random(using: &g) { text += pick(seps) + pick(numbers) }
        text += pick(pieces)
      }
      let mentions = DateReader.mentions(in: FoldedText(text))
      read += mentions.count
      XCTAssertTrue(zip(mentions, mentions.dropFirst()).allSatisfy { $0.end <= $1.start }, text)
      for m in mentions {
        XCTAssertTrue((1...12).contains(m.month), text)
        if let d = m.day { XCTAssertTrue((1...31).contains(d), text) }
        if let y = m.year, let d = m.day { XCTAssertTrue(FactDate.isValid(day: d, month: m.month, year: y), text) }
      }
    }
    // (the phrases do read as dates often enough for the checks to mean something)
    XCTAssertGreaterThan(read, 1_000)
  }
}
