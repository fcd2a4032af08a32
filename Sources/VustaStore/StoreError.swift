import Foundation

/// Why the store cannot be opened or written; each case names the file and what was expected.
public enum StoreError: Error, CustomStringConvertible, Equatable {
  /// The file exists but is not an SQLite database (exit 65); it is left untouched.
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
    case .unknownFact(let id):
      return "\(id): không có dữ kiện nào mang mã này (unknown fact id); xem `vusta facts`"
    case .badCorrection(let m):
      return m
    }
  }
}
