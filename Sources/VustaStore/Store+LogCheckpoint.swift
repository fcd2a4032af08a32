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
