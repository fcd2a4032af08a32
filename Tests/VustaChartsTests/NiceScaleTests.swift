import XCTest
import VustaCharts

final class NiceScaleTests: XCTestCase {
  func testTicksCoverDataInOneTwoFiveSteps() {
    for dataMax in [0.4, 1, 3, 7, 9.5, 12, 44, 99, 101, 1234, 15500, 87_000, 3.2e6] {
      for target in [2, 4, 5, 8] {
        let s = NiceScale(dataMax: dataMax, targetTicks: target)
        XCTAssertEqual(s.ticks.first, 0, "zero-based")
        XCTAssertGreaterThanOrEqual(s.max, dataMax, "covers \(dataMax)")
        XCTAssertLessThan(s.max - s.step, dataMax, "no empty tick interval above \(dataMax)")
        let mantissa = s.step / pow(10, log10(s.step).rounded(.down))
        XCTAssertTrue([1, 2, 5].contains { abs($0 - mantissa) < 1e-9 }, "step \(s.step) is 1-2-5")
        for (a, b) in zip(s.ticks, s.ticks.dropFirst()) { XCTAssertEqual(b - a, s.step, accuracy: s.step * 1e-9) }
      }
    }
  }

  func testIntegerDataNeverGetsFractionalSteps() {
    let s = NiceScale(dataMax: 3, targetTicks: 10)
    XCTAssertEqual(s.step, 1)
    XCTAssertEqual(s.ticks, [0, 1, 2, 3])
  }

  func testAllZeroStillGivesAnAxis() {
    XCTAssertEqual(NiceScale(dataMax: 0, targetTicks: 5).ticks.count, 6)
  }
}
