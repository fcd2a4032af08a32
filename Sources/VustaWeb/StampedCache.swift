import Foundation

/// Values computed from the store, kept until the store changes: each entry remembers the
/// store's `changeStamp` it was computed at and is computed again when the stamp differs.
///
/// While an ingest writes, the stamp changes at every commit (several times a second); figures
/// are then computed at most once per `minInterval` (a value computed less than that ago is
/// served), and one computation per key at a time: requests that find a computation running
/// take the value kept from before when it is at most `maxStale` old, else wait for the running
/// computation instead of starting their own (32 dashboards computing at once timed out).
/// A change made through this server (a correction, an upload) calls `invalidate()`: the next
/// request computes at once and no value from before it is served, so a correction shows on
/// the next page. Thread-safe; at most `capacity` keys (all dropped when full: a store has few years).
final class StampedCache<Value>: @unchecked Sendable {
  private var entries: [String: (stamp: String, started: Int, at: UInt64, generation: Int, value: Value)] = [:]
  /// Bumped by `invalidate()`: values of an older generation are never served for a newer stamp.
  private var generation = 0
  private var running: Set<String> = []
  /// How many computations have started (each one's number tells whether it started after a
  /// request came in).
  private var started = 0
  private let condition = NSCondition()
  private let capacity: Int
  private let maxStale: UInt64
  private let minInterval: UInt64
  /// When a value at most `maxStale` old is there, a request returns it at once and the next
  /// value is computed on another thread (no request waits for a recomputation).
  private let refreshInBackground: Bool

  /// An empty cache of at most `capacity` keys, serving a value at most `maxStale` seconds old
  /// while its next computation runs, and computing a key at most once per `minInterval` seconds.
  init(capacity: Int = 64, maxStale: Double = 5, minInterval: Double = 1, refreshInBackground: Bool = false) {
    self.capacity = capacity
    self.refreshInBackground = refreshInBackground
    self.maxStale = UInt64(max(0, maxStale) * 1e9)
    self.minInterval = UInt64(max(0, minInterval) * 1e9)
  }

  /// True when a value of `key` computed at `stamp` is kept (nothing is computed).
  func holds(_ key: String, stamp: String) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    return entries[key]?.stamp == stamp
  }

  /// Marks the kept value of `key` as current now when it was computed at `stamp` (the store
  /// has not changed since): its age, which decides whether it may be shown while the next one
  /// is computed, counts from this moment. Returns whether it was.
  @discardableResult
  func confirm(_ key: String, stamp: String) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    guard var e = entries[key], e.stamp == stamp else { return false }
    e.at = DispatchTime.now().uptimeNanoseconds
    entries[key] = e
    return true
  }

  /// Marks every kept value computed at `stamp` as current now (the store has not changed
  /// since): pages nobody asked for during a quiet spell stay young enough to be shown at once
  /// while their next computation runs. Returns how many were.
  @discardableResult
  func confirmAll(stamp: String) -> Int {
    condition.lock()
    defer { condition.unlock() }
    let now = DispatchTime.now().uptimeNanoseconds
    var n = 0
    for (key, var e) in entries where e.stamp == stamp {
      e.at = now
      entries[key] = e
      n += 1
    }
    return n
  }

  /// The store was changed by this process: the next request of every key computes afresh.
  func invalidate() {
    condition.lock()
    generation += 1
    condition.unlock()
  }

  /// The value of `key` at `stamp`: the kept one when it was computed at the same stamp, or by
  /// a computation that started after this call (so it read a store at least as new), or less
  /// than `minInterval` ago, or (while the next is computed) less than `maxStale` ago; else
  /// `compute()`'s, once no other computation of `key` is running.
  func value(_ key: String, stamp: String, compute: @escaping () throws -> Value) throws -> Value {
    condition.lock()
    let arrival = started
    while true {
      let e = entries[key]
      if let e, e.stamp == stamp || e.started > arrival {
        condition.unlock()
        return e.value
      }
      // how old the kept value is, when no change of this server came after it
      let age = e.flatMap { $0.generation == generation ? DispatchTime.now().uptimeNanoseconds - $0.at : nil }
      if let e, let age, age <= minInterval {
        condition.unlock()
        return e.value
      }
      if !running.contains(key) {
        // a value recent enough to show: shown now, the next one computed on another thread
        if refreshInBackground, let e, let age, age <= maxStale {
          started += 1
          let number = started, gen = generation
          running.insert(key)
          condition.unlock()
          DispatchQueue.global().async { self.store(key, stamp: stamp, number: number, generation: gen, Result { try compute() }) }
          return e.value
        }
        break
      }
      if let e, let age, age <= maxStale {
        condition.unlock()
        return e.value
      }
      condition.wait()
    }
    started += 1
    let number = started
    let gen = generation
    running.insert(key)
    condition.unlock()
    let result = Result { try compute() }
    store(key, stamp: stamp, number: number, generation: gen, result)
    return try result.get()
  }

  /// Keeps a computation's value (a failure is not kept) and wakes the requests waiting for it.
  private func store(_ key: String, stamp: String, number: Int, generation gen: Int, _ result: Result<Value, Error>) {
    condition.lock()
    running.remove(key)
    if case .success(let v) = result {
      if entries.count >= capacity && entries[key] == nil { entries.removeAll() }
      entries[key] = (stamp, number, DispatchTime.now().uptimeNanoseconds, gen, v)
    }
    condition.broadcast()
    condition.unlock()
  }
}
