import VustaExtract
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
}
