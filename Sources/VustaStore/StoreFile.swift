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

  /// Throws `notSQLite` unless the file is empty or starts with the SQLite header (`damaged`
  /// when it holds only the first bytes of that header). Skipped for a file this process
  /// already has open as a store (`OpenStoreFiles`).
  static func checkHeader(path: String) throws {
    // a descriptor of our own would drop the locks of the store already open here when closed
    if OpenStoreFiles.isOpen(path: path) { return }
    guard let handle = FileHandle(forReadingAtPath: path) else { throw StoreError.readOnly(path: path) }
    defer { try? handle.close() }
    let head = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
    if head.isEmpty { return }
    if head.count >= magic.count && Array(head.prefix(magic.count)) == magic {
      // with a write-ahead log pending, the file may lag behind its header (a checkpoint cut
      // off by a full disk): SQLite reads those pages from the log
      var wal = stat()
      let walPending = stat(path + "-wal", &wal) == 0 && wal.st_size > 0
      if !walPending && isCutShort(head, size: (try? handle.seekToEnd()) ?? 0) { throw StoreError.damaged(path: path) }
      return
    }
    // the start of the header and nothing more: an SQLite file cut short
    if head.count < magic.count && head == Array(magic.prefix(head.count)) { throw StoreError.damaged(path: path) }
    throw StoreError.notSQLite(path: path)
  }

  /// True when an SQLite file is shorter than its own header says (a copy or download cut
  /// short): the header's page count, when SQLite trusts it (its change counter equals its
  /// version-valid-for number), times the page size exceeds the file. A file shorter than the
  /// 100-byte header is cut short too.
  static func isCutShort(_ head: [UInt8], size: UInt64) -> Bool {
    guard head.count >= 100 else { return true }
    func be32(_ at: Int) -> UInt64 { head[at..<at + 4].reduce(0) { $0 << 8 | UInt64($1) } }
    let raw = UInt64(head[16]) << 8 | UInt64(head[17])
    let pageSize = raw == 1 ? 65_536 : raw
    let pages = be32(28)
    guard be32(24) == be32(92), pages > 0, pageSize >= 512 else { return false }
    return size < pages * pageSize
  }

  /// What to hand SQLite to read the store at `path`. Normally the path itself; but on a
  /// read-only file system, or in a folder this user cannot write, SQLite cannot make the
  /// `-shm` file a WAL store needs and refuses to open it at all, so the file is opened as an
  /// `immutable` URI (nothing can be writing it there) — unless a write-ahead log with content
  /// is pending, which only a normal open reads.
  static func readLocation(path: String) -> String {
    let folder = (path as NSString).deletingLastPathComponent
    guard !FileManager.default.isWritableFile(atPath: folder.isEmpty ? "." : folder) || isOnReadOnlyMedia(path) else { return path }
    var st = stat()
    if stat(path + "-wal", &st) == 0 && st.st_size > 0 { return path }
    let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    var allowed = CharacterSet.urlPathAllowed
    allowed.remove(charactersIn: "?#%")
    let escaped = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
    return "file:\(escaped)?immutable=1"
  }

  /// True when the file system holding `path` is mounted read-only.
  static func isOnReadOnlyMedia(_ path: String) -> Bool {
    var fs = statvfs()
    guard statvfs(path, &fs) == 0 else { return false }
    return fs.f_flag & UInt(ST_RDONLY) != 0
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
