import Foundation
import XCTest
@testable import VustaWeb

/// The dashboard's and the facts counts' cache: kept per store stamp, one computation per key
/// at a time, failures not kept.
final class StampedCacheTests: XCTestCase {
  struct Boom: Error {}

  func testKeptUntilTheStampChanges() throws {
    let cache = StampedCache<Int>(minInterval: 0)
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
    let cache = StampedCache<Int>(maxStale: 0, minInterval: 0)
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

  func testAKeyIsComputedAtMostOncePerIntervalUnlessThisServerChangedTheStore() throws {
    let cache = StampedCache<Int>(maxStale: 5, minInterval: 30)
    XCTAssertEqual(try cache.value("k", stamp: "a") { 1 }, 1)
    // an ingest commits several times a second: "a"'s value stands for the interval …
    XCTAssertEqual(try cache.value("k", stamp: "b") { 2 }, 1)
    // … unless this server changed the store (a correction): then the next page computes at once
    cache.invalidate()
    XCTAssertEqual(try cache.value("k", stamp: "b") { 2 }, 2)
    // and a value computed before a change of this server is not served while the next one runs
    let started = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
    cache.invalidate()
    DispatchQueue.global().async {
      _ = try? cache.value("k", stamp: "c") { started.signal(); release.wait(); return 3 }
      done.signal()
    }
    started.wait()
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { release.signal() }
    XCTAssertEqual(try cache.value("k", stamp: "c") { XCTFail("computed twice at once"); return 9 }, 3)
    done.wait()
  }

  func testARecentValueIsServedAtOnceWhileTheNextIsComputedInTheBackground() throws {
    let cache = StampedCache<Int>(maxStale: 30, minInterval: 0, refreshInBackground: true)
    XCTAssertEqual(try cache.value("k", stamp: "a") { 1 }, 1)
    let release = DispatchSemaphore(value: 0), computed = DispatchSemaphore(value: 0)
    // the store changed: the value of a moment ago, at once, and "b" computed on another thread
    XCTAssertEqual(try cache.value("k", stamp: "b") { release.wait(); computed.signal(); return 2 }, 1)
    XCTAssertEqual(try cache.value("k", stamp: "b") { XCTFail("computed twice at once"); return 9 }, 1)
    release.signal()
    computed.wait()
    Thread.sleep(forTimeInterval: 0.05)
    XCTAssertEqual(try cache.value("k", stamp: "b") { 9 }, 2)
    // a correction through this server: computed at once, on the request's thread
    cache.invalidate()
    XCTAssertEqual(try cache.value("k", stamp: "c") { 3 }, 3)
  }

  func testWhileTheNextValueIsComputedARecentOneIsServedAndAnOldOneIsNot() throws {
    let cache = StampedCache<Int>(maxStale: 5, minInterval: 0)
    XCTAssertEqual(try cache.value("k", stamp: "a") { 1 }, 1)
    let started = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      _ = try? cache.value("k", stamp: "b") { started.signal(); release.wait(); return 2 }
      done.signal()
    }
    started.wait()
    // the store changed again while "b" is computed: the value of a moment ago, at once
    XCTAssertEqual(try cache.value("k", stamp: "c") { XCTFail("computed twice at once"); return 3 }, 1)
    release.signal()
    done.wait()
    XCTAssertEqual(try cache.value("k", stamp: "b") { 9 }, 2)
    // nothing running: a changed stamp is computed at once
    XCTAssertEqual(try cache.value("k", stamp: "d") { 4 }, 4)
    let strict = StampedCache<Int>(maxStale: 0, minInterval: 0)
    XCTAssertEqual(try strict.value("k", stamp: "a") { 1 }, 1)
    let s2 = DispatchSemaphore(value: 0), r2 = DispatchSemaphore(value: 0), d2 = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      _ = try? strict.value("k", stamp: "b") { s2.signal(); r2.wait(); return 2 }
      d2.signal()
    }
    s2.wait()
    let lock = NSLock()
    nonisolated(unsafe) var bFinished = false
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { lock.withLock { bFinished = true }; r2.signal() }
    // "b" started before "c" came: "c" waits for it to end, then computes its own
    XCTAssertEqual(try strict.value("k", stamp: "c") { XCTAssertTrue(lock.withLock { bFinished }); return 3 }, 3)
    d2.wait()
  }

  func testConfirmAllMarksOnlyTheValuesOfThatStamp() throws {
    let cache = StampedCache<Int>()
    _ = try cache.value("a", stamp: "s1") { 1 }
    _ = try cache.value("b", stamp: "s1") { 2 }
    _ = try cache.value("c", stamp: "s0") { 3 }
    XCTAssertEqual(cache.confirmAll(stamp: "s1"), 2)
    XCTAssertEqual(cache.confirmAll(stamp: "s9"), 0)
  }

  func testAConfirmedValueCountsAsNewlyComputed() throws {
    let cache = StampedCache<Int>(maxStale: 0.3, minInterval: 0, refreshInBackground: true)
    XCTAssertEqual(try cache.value("k", stamp: "a") { 1 }, 1)
    XCTAssertFalse(cache.confirm("k", stamp: "b"), "another stamp is not confirmed")
    Thread.sleep(forTimeInterval: 0.4)
    XCTAssertTrue(cache.confirm("k", stamp: "a"))
    // the store moved on: the kept value (confirmed a moment ago) is shown while the next is computed
    let started = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
    XCTAssertEqual(try cache.value("k", stamp: "b") { started.signal(); _ = release.wait(timeout: .now() + 2); return 2 }, 1)
    started.wait()
    release.signal()
  }
}
