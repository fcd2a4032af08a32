import Foundation
import GRDB

extension Store {
  /// A stamp that changes whenever the store changes (any process, any connection): the web
  /// app's kept pages and charts are computed again only then.
  ///
  /// For a store opened to write, it is SQLite's `PRAGMA data_version` on a connection kept for
  /// nothing else (`ChangeWatch`), which changes whenever another connection — this process's
  /// writer or another process — commits: a few microseconds whatever the store's size. Counting
  /// the documents instead cost a scan of an index per request, which on 535,000 documents no
  /// longer fitted SQLite's page cache and held the facts page to 100 requests a second.
  public func changeStamp() throws -> String {
    if let path, writer is DatabasePool, let v = changeWatch.version(path: path) { return "v\(v)" }
    return try contentStamp()
  }

  /// The stamp read from the tables (a store in memory or opened read-only): document and
  /// correction counts, last ids and times.
  func contentStamp() throws -> String {
    try reader.read { db in
      let r = try Row.fetchOne(db, sql: """
        SELECT (SELECT COUNT(*) FROM document) AS nd, (SELECT MAX(ingestedAt) FROM document) AS ld,
          (SELECT MAX(id) FROM document) AS md, (SELECT COUNT(*) FROM correction) AS nc,
          (SELECT MAX(createdAt) FROM correction) AS lc, (SELECT MAX(id) FROM correction) AS mc
        """)
      var parts: [String] = []
      for column in ["nd", "ld", "md", "nc", "lc", "mc"] {
        let v: DatabaseValue = r?[column] ?? .null
        parts.append(v.description)
      }
      return parts.joined(separator: "|")
    }
  }
}

/// One read-only connection to a store's file that only answers `PRAGMA data_version`, opened on
/// first use. Thread-safe.
final class ChangeWatch: @unchecked Sendable {
  private let lock = NSLock()
  private var queue: DatabaseQueue?
  private var tried = false

  /// The file's data version as this connection sees it, or nil when it cannot be opened.
  func version(path: String) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    if !tried {
      tried = true
      queue = try? DatabaseQueue(path: path, configuration: Store.configuration(readOnly: true))
    }
    return try? queue?.inDatabase { try Int.fetchOne($0, sql: "PRAGMA data_version") }
  }
}
