import Foundation
import XCTest
@testable import VustaWeb

/// The dashboard's and the facts counts' cache: kept per store stamp, one computation per key
/// at a time, failures not kept.
final class StampedCacheTests: XCTestCase {
  struct Boom: Error {}

  func testKeptUntilTheStampChanges() throws {
    let cache = StampedCache<Int>()
    var calls = 0
    let f = { () -> Int in calls += 1; return calls }
    XCTAssertEqual(try cache.value("2024", stamp: "a", compute: f), 1)
    XCTAssertEqual(try cache.value("2024", stamp: "a", compute: f), 1)
    XCTAssertEqual(try cache.value("2024", stamp: "b", compute: f), 2)
    XCTAssertEqual(try cache.value("2023", stamp: "b", compute: f), 3, "keys are apart")
  }

  func testAFailureIsNotKept() throws {
    let cache = StampedCache<Int>()
    XCTAssertThrowsError(try cache.value("k", stamp: "a") { throw Boom() })
    XCTAssertEqual(try cache.value("k", stamp: "a") { 7 }, 7)
  }

  func testConcurrentRequestsOfAChangedStoreComputeOneAtATime() throws {
    let cache = StampedCache<Int>()
    let lock = NSLock()
    nonisolated(unsafe) var running = 0, most = 0, calls = 0
    let group = DispatchGroup()
    for i in 0..<32 {
      DispatchQueue.global().async(group: group) {
        _ = try? cache.value("2024", stamp: "s\(i % 4)") {
          lock.withLock { running += 1; calls += 1; most = max(most, running) }
          usleep(20_000)
          lock.withLock { running -= 1 }
          return i
        }
      }
    }
    XCTAssertEqual(group.wait(timeout: .now() + 30), .success)
    XCTAssertEqual(most, 1, "two computations of one key ran at once")
    XCTAssertLessThan(calls, 32, "waiting requests took a computation that started after they came")
  }
}
