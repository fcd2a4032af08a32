@testable import VustaExtract
import VustaModel
import XCTest

/// Pages like the inputs the fuzzer found trapping the extractor (each stopped a whole run of
/// `vusta extract`): read to the end, whatever their facts.
final class FuzzFoundTests: XCTestCase {
  /// "Hội 1500 hội viên": an association's "Hội" right before a figure left no room for a name
  /// and its place (the range of words after it ran backwards).
  func testAnAssociationWordRightBeforeAFigure() {
    for text in [
      "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nam Định có 30 hội thành viên. Hội 1500 hội viên.",
      "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nam Định. Hội 2 1500 hội viên, Hội làm 900 hội viên.",
    ] {
      let d = readPage("Liên hiệp hội Nam Định\n\n" + text)
      XCTAssertTrue(d.memberFigures.allSatisfy { $0.value > 0 }, text)
    }
  }
}
