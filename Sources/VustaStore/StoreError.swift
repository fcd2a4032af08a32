import Foundation
import GRDB

/// Why the store cannot be opened or written; each case names the file and what was expected.
public enum StoreError: Error, CustomStringConvertible, Equatable {
  /// The file exists but does not start like an SQLite database (exit 65); it is left untouched.
  case notSQLite(path: String)
  /// An SQLite database of another program: it has tables but no vusta migrations (exit 65).
  case foreignDatabase(path: String)
  /// The store was written by a newer vusta: migrations this build does not know (exit 65).
  case newerSchema(path: String, unknown: [String])
  /// The path is a folder, a FIFO, a device or a socket, not a file (exit 74); `kind` says which.
  case notRegularFile(path: String, kind: String)
  /// The store cannot be written: file or folder is read-only (exit 74).
  case readOnly(path: String)
  /// A store of an older schema whose file cannot be written to upgrade it (exit 74).
  case needsUpgrade(path: String, pending: [String])
  /// A read-only command on a store that does not exist (exit 66).
  case missing(path: String)
  /// A read-only command on a store file that holds nothing yet: 0 bytes, or an SQLite file
  /// without any table (exit 66, like a missing store).
  case empty(path: String)
  /// The file starts like SQLite but SQLite finds it malformed or cut short (exit 65); it is
  /// left untouched.
  case damaged(path: String)
  /// The disk (or the file-size limit) is full: the write was rolled back (exit 74).
  case diskFull(path: String)
  /// Another process kept the store locked past the busy timeout (exit 74); `holders` names
  /// the processes holding a lock on it ("PID 123: vusta ingest …") when they can be told.
  case locked(path: String, seconds: Int, holders: [String])
  /// The operating system failed a read or write of the store (exit 74).
  case ioFailure(path: String, detail: String)
  /// A fact id that no stored fact has (exit 65).
  case unknownFact(String)
  /// A correction that does not fit the fact (exit 65), e.g. `--kind` on a citation.
  case badCorrection(String)

  public var description: String {
    switch self {
    case .notSQLite(let p):
      return "\(p): không phải cơ sở dữ liệu SQLite của vusta; tệp được giữ nguyên (expected an SQLite file starting with \"SQLite format 3\")"
    case .foreignDatabase(let p):
      return "\(p): là cơ sở dữ liệu SQLite của chương trình khác (không có bảng grdb_migrations của vusta); tệp được giữ nguyên"
    case .newerSchema(let p, let unknown):
      return "\(p): kho dữ liệu do phiên bản vusta mới hơn tạo (lược đồ lạ: \(unknown.joined(separator: ", "))); hãy cập nhật vusta. Tệp được giữ nguyên"
    case .notRegularFile(let p, let kind):
      return "\(p): là \(kind), không phải tệp thường; kho dữ liệu phải là một tệp SQLite (the store must be a regular file)"
    case .readOnly(let p):
      return "\(p): kho dữ liệu chỉ đọc, không ghi được (read-only store); không có gì bị thay đổi"
    case .needsUpgrade(let p, let pending):
      return "\(p): kho dữ liệu do phiên bản vusta cũ hơn tạo, cần nâng cấp (\(pending.joined(separator: ", "))) nhưng tệp chỉ đọc; hãy cho phép ghi rồi chạy lại. Không có gì bị thay đổi"
    case .missing(let p):
      return "\(p): chưa có kho dữ liệu; hãy chạy `vusta ingest` trước (no such store)"
    case .empty(let p):
      return "\(p): kho dữ liệu trống, chưa có dữ liệu nào; hãy chạy `vusta ingest` trước (empty store)"
    case .damaged(let p):
      return "\(p): kho dữ liệu bị hỏng (damaged: SQLite finds the file malformed or cut short); tệp được giữ nguyên. "
        + "Hãy khôi phục từ bản sao lưu, hoặc đổi tên tệp và chạy lại `vusta ingest` để tạo kho mới"
    case .diskFull(let p):
      return "\(p): đĩa đầy, không ghi được kho dữ liệu (disk full); phần đang ghi đã được huỷ, dữ liệu lưu trước đó còn nguyên. "
        + "Hãy giải phóng chỗ trống rồi chạy lại"
    case let .locked(p, seconds, holders):
      let who = holders.isEmpty ? "một tiến trình khác" : holders.joined(separator: "; ")
      return "\(p): kho dữ liệu đang bị khoá bởi \(who) sau \(seconds) giây chờ (locked by another process); "
        + "phần đang ghi được huỷ, không có gì ghi dở; hãy chờ tiến trình đó xong rồi chạy lại"
    case let .ioFailure(p, detail):
      return "\(p): lỗi đọc/ghi đĩa khi dùng kho dữ liệu (I/O error: \(detail))"
    case .unknownFact(let id):
      return "\(id): không có dữ kiện nào mang mã này (unknown fact id); xem `vusta facts`"
    case .badCorrection(let m):
      return m
    }
  }
}

extension StoreError {
  /// The store error an SQLite failure means, or nil when it is not about the file (a bug in a
  /// query, a constraint): read-only, damaged, disk full, locked past the timeout, I/O failure.
  public static func from(_ e: DatabaseError, path: String) -> StoreError? {
    switch e.resultCode {
    case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM: return .readOnly(path: path)
    case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .damaged(path: path)
    case .SQLITE_FULL: return .diskFull(path: path)
    case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked(path: path, seconds: Store.busySeconds, holders: StoreLocks.holders(of: path))
    case .SQLITE_IOERR:
      return .ioFailure(path: path, detail: e.message ?? "SQLite error \(e.extendedResultCode.rawValue)")
    default: return nil
    }
  }
}
