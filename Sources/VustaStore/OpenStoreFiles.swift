import Foundation

/// The store files this process has SQLite connections to, by device and inode.
///
/// SQLite keeps its locks as POSIX advisory locks, and closing *any* descriptor of a file drops
/// every such lock the process holds on it. Reading a store's header with a descriptor of our
/// own while a `Store` of the same file is open in this process (the web app opening the store
/// the command line had opened; a report opening the store an ingest holds) silently dropped
/// the open store's locks: another process then found the store unused, checkpointed it and
/// deleted its write-ahead log under our live connections, whose reads came back
/// "database disk image is malformed" and whose writes could be lost. `StoreFile.checkHeader`
/// therefore skips a file that is open here (it was checked when it was first opened).
enum OpenStoreFiles {
  /// A file's identity.
  struct FileID: Hashable { var device: UInt64; var inode: UInt64 }

  private static let lock = NSLock()
  nonisolated(unsafe) private static var counts: [FileID: Int] = [:]

  /// The identity of the file at `path`, nil when it cannot be stat'ed.
  static func id(of path: String) -> FileID? {
    var st = stat()
    guard stat(path, &st) == 0 else { return nil }
    return FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
  }

  /// Records one more open store of `id`.
  static func opened(_ id: FileID) { lock.withLock { counts[id, default: 0] += 1 } }

  /// Records that a store of `id` was closed.
  static func closed(_ id: FileID) {
    lock.withLock {
      let n = (counts[id] ?? 1) - 1
      counts[id] = n > 0 ? n : nil
    }
  }

  /// True when this process has a store of the file at `path` open.
  static func isOpen(path: String) -> Bool {
    guard let id = id(of: path) else { return false }
    return lock.withLock { counts[id] != nil }
  }
}
