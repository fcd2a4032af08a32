@testable import VustaExtract
import XCTest

/// The one byte search the corpus reader and the source cues share.
final class ByteSearchTests: XCTestCase {
  func testFindsWithAndWithoutCase() {
    let host = Array("vustathaibinh.org.vn".utf8)
    XCTAssertTrue(ByteSearch.contains(host, "thaibinh"))
    XCTAssertTrue(ByteSearch.contains(host, "vn"))
    XCTAssertFalse(ByteSearch.contains(host, "thaibinhh"))
    XCTAssertFalse(ByteSearch.contains(host, "vustathaibinh.org.vn.x"))
    XCTAssertTrue(ByteSearch.contains(host, ""))
    let page = Array("<!DOCTYPE HTML><Html lang=\"vi\">".utf8)
    XCTAssertFalse(ByteSearch.contains(page, "<html"))
    XCTAssertTrue(ByteSearch.contains(page, "<html", ignoringASCIICase: true))
    XCTAssertTrue(ByteSearch.contains(page, "<!doctype html", ignoringASCIICase: true))
    XCTAssertFalse(ByteSearch.contains(Array("Hội nghị".utf8), "hoi", ignoringASCIICase: true))
  }

  func testLinesOfATextAreTheSplitOfItsBytes() {
    for text in ["", "\n", "a", "a\n", "\na", "a\n\nb", "Hà Nội\nngày 5\n\n", "x\r\ny\n"] {
      for keep in [false, true] {
        XCTAssertEqual(ListingPage.utf8Lines(text, keepEmpty: keep).map(String.init),
                       text.utf8.split(separator: 0x0A, omittingEmptySubsequences: !keep).map { String(Substring($0)) }, "\(text.debugDescription) \(keep)")
      }
    }
  }
}
