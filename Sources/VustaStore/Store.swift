import Foundation
import GRDB
import VustaModel

/// The SQLite store of documents, facts and corrections (see docs/store.md).
///
/// Open it with `Store.open(path:access:)`: a file that is not SQLite, an SQLite file of
/// another program, or a store from a newer vusta is refused before anything is written.
public final class Store {
  /// How a command means to use the store.
  public enum Access: Sendable {
    /// Create the file if needed and migrate it (ingest, import, correct).
    case readWrite
    /// Only read; the file must exist and is never written (facts, stats).
    case readOnly
  }

  /// The file, or nil for an in-memory store.
  public let path: String?
  /// The connection(s): a pool in WAL mode for a file, a queue in memory.
  public let writer: any DatabaseWriter
  /// The gazetteer used to place provinces in both divisions.
  public let gazetteer: Gazetteer

  /// The connection that tells whether the store changed (`changeStamp`).
  let changeWatch = ChangeWatch()

  /// The file's identity while this store is open (see `OpenStoreFiles`).
  private let fileID: OpenStoreFiles.FileID?

  init(path: String?, writer: any DatabaseWriter, gazetteer: Gazetteer) {
    self.path = path
    self.writer = writer
    self.gazetteer = gazetteer
    fileID = path.flatMap(OpenStoreFiles.id(of:))
    if let fileID { OpenStoreFiles.opened(fileID) }
  }

  deinit {
    if let fileID { OpenStoreFiles.closed(fileID) }
  }

  /// The connection statistics read through.
  public var reader: any DatabaseReader { writer }

  /// A fresh, migrated store in memory (tests).
  public static func inMemory(gazetteer: Gazetteer = .shared) throws -> Store {
    let queue = try DatabaseQueue(configuration: configuration(readOnly: false))
    try Schema.migrator().migrate(queue)
    return Store(path: nil, writer: queue, gazetteer: gazetteer)
  }

  /// Opens (and for `.readWrite` creates and migrates) the store at `path`. A store of an older
  /// schema is upgraded first, even for `.readOnly` access (its facts are kept; `onUpgrade` is
  /// told the migrations before they run, which can take a while on a large store).
  ///
  /// A store on a read-only file system or in a folder that cannot be written is opened
  /// read-only as it is (SQLite's `immutable` mode when no write-ahead log is pending), so the
  /// read commands work there; writing to it is `StoreError.readOnly`.
  /// - Throws: `StoreError` for a file that is not a vusta store, a damaged one, a newer schema,
  ///   a read-only file or folder, an older schema that cannot be upgraded because the file is
  ///   read-only, or (read-only access) a missing or empty file. The file is left untouched then.
  public static func open(path: String, access: Access = .readWrite, gazetteer: Gazetteer = .shared,
                          onUpgrade: (([String]) -> Void)? = nil) throws -> Store {
    let fm = FileManager.default
    try StoreFile.checkKind(path: path)
    let exists = fm.fileExists(atPath: path)
    if !exists && access == .readOnly { throw StoreError.missing(path: path) }
    var found = Inspection(empty: true, pending: [])
    if exists {
      try StoreFile.checkHeader(path: path)
      found = try inspect(path: path)
    }
    if access == .readOnly && found.empty { throw StoreError.empty(path: path) }
    if !found.pending.isEmpty {
      guard StoreFile.isWritable(path: path, exists: true) else { throw StoreError.needsUpgrade(path: path, pending: found.pending) }
      onUpgrade?(found.pending)
      if access == .readOnly {
        let pool = try mapped(path) { try DatabasePool(path: path, configuration: configuration(readOnly: false)) }
        try mapped(path) { try migrate(pool) }
        try pool.close()
      }
    }
    if access == .readOnly {
      let location = StoreFile.readLocation(path: path)
      let queue = try mapped(path) { try DatabaseQueue(path: location, configuration: configuration(readOnly: true)) }
      return Store(path: path, writer: queue, gazetteer: gazetteer)
    }
    guard StoreFile.isWritable(path: path, exists: exists) else { throw StoreError.readOnly(path: path) }
    let pool = try mapped(path) { try DatabasePool(path: path, configuration: configuration(readOnly: false)) }
    try mapped(path) { try migrate(pool) }
    return Store(path: path, writer: pool, gazetteer: gazetteer)
  }

  /// Runs the migrations a store lacks. Two processes opening one new (or old) store at the same
  /// moment both decide what to run before either takes the write lock (GRDB's migrator), so the
  /// second one fails on a table or column the first has just made, or — for a migration whose
  /// statements can run twice — on recording a migration the first has just recorded
  /// (`UNIQUE constraint failed: grdb_migrations.identifier`): it waits and tries again until the
  /// first is done (each migration is its own transaction, nothing is half-applied).
  static func migrate(_ pool: DatabasePool) throws {
    var attempt = 0
    while true {
      do {
        try Schema.migrator().migrate(pool)
        return
      } catch let e as DatabaseError
        where (e.resultCode == .SQLITE_ERROR || e.resultCode == .SQLITE_CONSTRAINT) && attempt < 50
      {
        attempt += 1
        usleep(100_000)
      }
    }
  }

  /// What `inspect` found in an existing file.
  struct Inspection: Equatable {
    /// No table at all: a 0-byte file or an SQLite file nothing was ever written to.
    var empty: Bool
    /// The migrations the store still lacks (none for an empty file).
    var pending: [String]
  }

  /// Checks an existing file read-only: a vusta store (or an empty database) of a schema this
  /// build knows, and which migrations it still lacks.
  static func inspect(path: String) throws -> Inspection {
    var config = configuration(readOnly: true)
    config.journalMode = .default
    let queue = try mapped(path) { try DatabaseQueue(path: StoreFile.readLocation(path: path), configuration: config) }
    defer { try? queue.close() }
    let (tables, applied): ([String], [String]) = try mapped(path) {
      try queue.read { db in
        let tables = try String.fetchAll(
          db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        guard tables.contains("grdb_migrations") else { return (tables, []) }
        return (tables, try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
      }
    }
    if !tables.isEmpty && !tables.contains("grdb_migrations") { throw StoreError.foreignDatabase(path: path) }
    let known = Set(Schema.names)
    let unknown = applied.filter { !known.contains($0) }
    if !unknown.isEmpty { throw StoreError.newerSchema(path: path, unknown: unknown.sorted()) }
    if applied.isEmpty { return Inspection(empty: true, pending: []) }
    let done = Set(applied)
    return Inspection(empty: false, pending: Schema.names.filter { !done.contains($0) })
  }

  /// Seconds a command waits for another process's lock before giving up: 30, or
  /// `$VUSTA_BUSY_TIMEOUT` (whole seconds, 0…3600).
  static var busySeconds: Int {
    if let v = ProcessInfo.processInfo.environment["VUSTA_BUSY_TIMEOUT"], let n = Int(v), (0...3600).contains(n) { return n }
    return 30
  }

  /// Connection settings: WAL-friendly busy timeout so two processes wait instead of failing.
  static func configuration(readOnly: Bool) -> Configuration {
    var c = Configuration()
    c.readonly = readOnly
    c.busyMode = .timeout(TimeInterval(busySeconds))
    c.foreignKeysEnabled = true
    c.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16384; PRAGMA temp_store = MEMORY")
    }
    return c
  }

  /// Runs `body`, turning SQLite's failures into `StoreError` (see `StoreError.from`).
  static func mapped<T>(_ path: String, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let e as DatabaseError {
      throw StoreError.from(e, path: path) ?? e
    }
  }

  /// Runs a write, mapping read-only failures to `StoreError.readOnly`.
  func write<T>(_ body: (Database) throws -> T) throws -> T {
    try Store.mapped(path ?? ":memory:") {
      try writer.writeWithoutTransaction { db in
        var result: T?
        try db.inTransaction(.immediate) {
          result = try body(db)
          return .commit
        }
        return result!
      }
    }
  }
}
