import Foundation

/// Values computed from the store, kept until the store changes: each entry remembers the
/// store's `changeStamp` it was computed at and is computed again when the stamp differs.
///
/// One computation per key at a time: while the store changes under a running ingest (a new
/// stamp every commit), requests that find a computation already running take the value kept
/// from the stamp before when it is at most `maxStale` old (the figures of a second ago, while
/// an ingest writes), else wait for the running computation instead of starting their own (32
/// dashboards computing at once timed out). With no computation running, a changed stamp is
/// always computed at once: a correction shows on the next page.
/// Thread-safe; at most `capacity` keys (all dropped when full: a store has few years).
final class StampedCache<Value>: @unchecked Sendable {
  private var entries: [String: (stamp: String, started: Int, at: UInt64, value: Value)] = [:]
  private var running: Set<String> = []
  /// How many computations have started (each one's number tells whether it started after a
  /// request came in).
  private var started = 0
  private let condition = NSCondition()
  private let capacity: Int
  private let maxStale: UInt64

  /// An empty cache of at most `capacity` keys, serving a value at most `maxStale` seconds old
  /// while its next computation runs.
  init(capacity: Int = 64, maxStale: Double = 1) {
    self.capacity = capacity
    self.maxStale = UInt64(max(0, maxStale) * 1e9)
  }

  /// The value of `key` at `stamp`: the kept one when it was computed at the same stamp, or by
  /// a computation that started after this call (so it read a store at least as new); else
  /// `compute()`'s, once no other computation of `key` is running.
  func value(_ key: String, stamp: String, compute: () throws -> Value) throws -> Value {
    condition.lock()
    let arrival = started
    while true {
      if let e = entries[key], e.stamp == stamp || e.started > arrival {
        condition.unlock()
        return e.value
      }
      if !running.contains(key) { break }
      if let e = entries[key], DispatchTime.now().uptimeNanoseconds - e.at <= maxStale {
        condition.unlock()
        return e.value
      }
      condition.wait()
    }
    started += 1
    let number = started
    running.insert(key)
    condition.unlock()
    let result = Result { try compute() }
    condition.lock()
    running.remove(key)
    if case .success(let v) = result {
      if entries.count >= capacity && entries[key] == nil { entries.removeAll() }
      entries[key] = (stamp, number, DispatchTime.now().uptimeNanoseconds, v)
    }
    condition.broadcast()
    condition.unlock()
    return try result.get()
  }
}
