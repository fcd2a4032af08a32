import Foundation

/// Checks on the store file made before SQLite touches it.
enum StoreFile {
  /// The first 16 bytes of every SQLite 3 database.
  static let magic = Array("SQLite format 3\u{0}".utf8)

  /// Throws `notRegularFile` for a path that exists but is a folder, a FIFO, a device or a
  /// socket: opening a FIFO would block every command, and SQLite cannot keep a store in the
  /// others. Checked with `stat` before anything opens the path.
  static func checkKind(path: String) throws {
    var st = stat()
    guard stat(path, &st) == 0 else { return }
    let type = st.st_mode & S_IFMT
    if type == S_IFREG { return }
    let kind: String
    switch type {
    case S_IFDIR: kind = "một thư mục (a folder)"
    case S_IFIFO: kind = "một ống FIFO (a FIFO)"
    case S_IFCHR, S_IFBLK: kind = "một thiết bị (a device)"
    case S_IFSOCK: kind = "một socket (a socket)"
    default: kind = "một đối tượng đặc biệt (a special file)"
    }
    throw StoreError.notRegularFile(path: path, kind: kind)
  }

  /// Throws `notSQLite` unless the file is empty or starts with the SQLite header.
  static func checkHeader(path: String) throws {
    guard let handle = FileHandle(forReadingAtPath: path) else { throw StoreError.readOnly(path: path) }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: 16)) ?? Data()
    if head.isEmpty { return }
    if Array(head) != magic { throw StoreError.notSQLite(path: path) }
  }

  /// True when the file (or, for a new store, its folder) may be written. A file with no write
  /// permission bit at all counts as read-only even for root, who could write it anyway.
  static func isWritable(path: String, exists: Bool) -> Bool {
    let fm = FileManager.default
    if exists {
      guard fm.isWritableFile(atPath: path),
        let attrs = try? fm.attributesOfItem(atPath: path),
        let mode = attrs[.posixPermissions] as? NSNumber
      else { return false }
      if mode.intValue & 0o222 == 0 { return false }
    }
    let folder = (path as NSString).deletingLastPathComponent
    return fm.isWritableFile(atPath: folder.isEmpty ? "." : folder)
  }
}
