import Foundation

/// A file that could not be written (a full disk, a read-only or missing folder), with the
/// system's reason in Vietnamese and English. Commands report it with exit 74.
public struct WriteFailure: Error, CustomStringConvertible, Equatable {
  /// The file or folder that could not be written.
  public var path: String
  /// The `errno` of the failed call.
  public var code: Int32

  /// A failure of `path` with `errno` `code`.
  public init(path: String, code: Int32) {
    self.path = path
    self.code = code
  }

  /// "out/truth.json: không ghi được (cannot write): hết chỗ trên đĩa, no space left on device".
  public var description: String { "\(path): không ghi được (cannot write): \(WriteFailure.reason(code))" }

  /// The POSIX error code under a Foundation error, if any.
  public static func posixCode(of error: Error) -> Int32? {
    let ns = error as NSError
    if ns.domain == NSPOSIXErrorDomain { return Int32(ns.code) }
    if let under = ns.userInfo[NSUnderlyingErrorKey] as? NSError { return posixCode(of: under) }
    // (Foundation on Linux reports some failures with a Cocoa code only: "permission denied" read
    // as an I/O error otherwise)
    if ns.domain == NSCocoaErrorDomain {
      switch CocoaError.Code(rawValue: ns.code) {
      case .fileWriteNoPermission, .fileReadNoPermission: return EACCES
      case .fileWriteVolumeReadOnly: return EROFS
      case .fileWriteOutOfSpace: return ENOSPC
      case .fileNoSuchFile, .fileReadNoSuchFile: return ENOENT
      case .fileWriteFileExists: return EEXIST
      default: return nil
      }
    }
    return nil
  }

  /// The reason for an `errno`, in Vietnamese with the English gist.
  public static func reason(_ code: Int32) -> String {
    switch code {
    case EACCES, EPERM: return "không có quyền ghi, permission denied"
    case EROFS: return "ổ đĩa chỉ đọc, read-only file system"
    case ENOSPC, EDQUOT: return "hết chỗ trên đĩa, no space left on device"
    case EFBIG: return "tệp vượt giới hạn kích thước, file too large"
    case ENOTDIR: return "một phần của đường dẫn là tệp, không phải thư mục, not a directory"
    case ENOENT: return "thư mục không tồn tại, no such folder"
    case EISDIR: return "là một thư mục, is a folder"
    default: return String(cString: strerror(code))
    }
  }
}
