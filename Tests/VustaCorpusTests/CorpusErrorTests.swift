import XCTest
import VustaCorpus

/// The skeleton's test folder: corpus errors name the path they are about.
final class CorpusErrorTests: XCTestCase {
  func testMissingNamesPath() {
    XCTAssertTrue(CorpusError.missing("x/y.txt").description.hasPrefix("x/y.txt:"))
  }
}
