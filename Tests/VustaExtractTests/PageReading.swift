@testable import VustaExtract
import VustaModel
import XCTest

/// A page written in a test, read as an article file is (its text normalised, an optional
/// posting date), and its meetings as short keys — shared by the tests of rules read from sets.
extension XCTestCase {
  /// The facts read from `text` as a plain-text article posted on `published`.
  func readPage(_ text: String, published: FactDate? = nil) -> ExtractedDocument {
    var s = SourceInfo()
    if let published { s.published = published }
    let a = Article(id: "t", path: "t.txt", text: VietnameseText.normalize(text), sha256: "", source: s)
    return Extractor().extract(a)
  }

  /// Each meeting as "date province kind" ("nil" for what is unknown).
  func meetingKeys(_ d: ExtractedDocument) -> [String] {
    d.meetings.map { "\($0.date?.iso ?? "nil") \($0.province ?? "nil") \($0.kind)" }
  }
}
