import Foundation

/// Checks on the store file made before SQLite touches it.
enum StoreFile {
  /// The first 16 bytes of every SQLite 3 database.
  static let magic = Array("SQLite format 3\u{0}".utf8)

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
