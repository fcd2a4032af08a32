import Foundation

/// Maps `items` on up to `jobs` threads, keeping their order: each worker takes the next item as
/// it is free. With one job (or one item) it is a plain map on the caller's thread. A thrown
/// error is rethrown after every started item has finished: the first in the items' order.
/// `gate`, if given, is called by each worker (0, 1, …) before it takes an item and may hold it
/// back (worker 0 is never held by the ingest's gate, so the map always ends).
func parallelMap<T, U>(_ items: [T], jobs: Int = Cores.available,
                       gate: ((Int) -> Void)? = nil,
                       _ transform: (T) throws -> U) rethrows -> [U] {
  let workers = min(max(1, jobs), items.count)
  if workers < 2 { return try items.map(transform) }
  var out = [Result<U, Error>?](repeating: nil, count: items.count)
  let lock = NSLock()
  var next = 0
  return try withoutActuallyEscaping(transform) { transform in
    out.withUnsafeMutableBufferPointer { buffer in
      let base = buffer
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        while true {
          gate?(worker)
          lock.lock()
          let i = next
          next += 1
          lock.unlock()
          guard i < items.count else { return }
          let value = Result { try transform(items[i]) }
          lock.lock()
          base[i] = value
          lock.unlock()
        }
      }
    }
    return try out.map { try $0!.get() }
  }
}
