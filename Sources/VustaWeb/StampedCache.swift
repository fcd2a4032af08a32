import Foundation

/// Values computed from the store, kept until the store changes: each entry remembers the
/// store's `changeStamp` it was computed at and is computed again when the stamp differs.
///
/// One computation per key at a time: while the store changes under a running ingest (a new
/// stamp every commit), requests that find a computation already running wait for its result
/// instead of starting their own (32 dashboards computing at once timed out).
/// Thread-safe; at most `capacity` keys (all dropped when full: a store has few years).
final class StampedCache<Value>: @unchecked Sendable {
  private var entries: [String: (stamp: String, started: Int, value: Value)] = [:]
  private var running: Set<String> = []
  /// How many computations have started (each one's number tells whether it started after a
  /// request came in).
  private var started = 0
  private let condition = NSCondition()
  private let capacity: Int

  /// An empty cache of at most `capacity` keys.
  init(capacity: Int = 64) { self.capacity = capacity }

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
      entries[key] = (stamp, number, v)
    }
    condition.broadcast()
    condition.unlock()
    return try result.get()
  }
}
