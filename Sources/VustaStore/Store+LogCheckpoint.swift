import Foundation
import GRDB

extension Store {
  /// The size above which an ingest folds the write-ahead log back into the store file: 64 MB.
  public static let logLimit = 64 << 20

  /// Folds the write-ahead log (`FILE-wal`) into the store file and empties it, when it is
  /// larger than `limit` bytes. Returns whether it did.
  ///
  /// SQLite folds the log in as it grows but can start it again from the beginning only at a
  /// moment when no reader is using it, which never comes while a server reads the store all the
  /// time: the log then grows with every import (277 MB after five ingests of 10,000 articles
  /// under load) and every read gets slower. A TRUNCATE checkpoint waits (the busy timeout) for
  /// the readers that started before it; readers that start after it read the store file. Best
  /// effort: a checkpoint that cannot finish (another process holds a lock) changes nothing.
  @discardableResult
  public func foldLog(above limit: Int = Store.logLimit) -> Bool {
    guard let path, writer is DatabasePool,
          let size = (try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int,
          size > limit else { return false }
    do {
      try writer.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
      return true
    } catch {
      return false
    }
  }
}

extension Store {
  /// Turns SQLite's automatic folding of the log at commit on or off for this store's writer.
  ///
  /// An ingest turns it off while it runs: with it on, every batch's commit past 1,000 log pages
  /// copied them into the store file and synced it — the summary tables' pages again at every
  /// batch — which took a third of a 10,000-article ingest. The ingest folds the log itself past
  /// `logLimit` and at its end (`foldLog`), and turns automatic folding back on.
  public func setAutomaticLogFolding(_ on: Bool) {
    _ = try? writer.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA wal_autocheckpoint = \(on ? 1000 : 0)")
    }
  }

  /// The pages of log after which SQLite folds it at commit (0 when it does not): for tests.
  public func automaticLogFoldingPages() throws -> Int {
    try writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") ?? 0 }
  }
}
