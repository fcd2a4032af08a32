import Hummingbird

/// A request the app refuses: its HTTP status and a message for people, in Vietnamese (with the
/// English gist). Rendered as an HTML page, or as JSON under /api; never a stack trace.
public struct WebError: Error, Sendable, CustomStringConvertible {
  public var status: HTTPResponse.Status
  public var message: String
  /// The methods the path takes, for a 405's `Allow` header.
  public var allow: [HTTPRequest.Method] = []

  public init(_ status: HTTPResponse.Status, _ message: String) {
    self.status = status
    self.message = message
  }

  /// A 405 for a path that takes only `allow`.
  static func methodNotAllowed(_ method: HTTPRequest.Method, allow: [HTTPRequest.Method]) -> WebError {
    var e = WebError(.methodNotAllowed, "Trang này không nhận phương thức \(method.rawValue); dùng "
      + allow.map(\.rawValue).joined(separator: " hoặc ") + " (method not allowed).")
    e.allow = allow
    return e
  }

  public var description: String { "\(status.code): \(message)" }

  static func notFound(_ what: String) -> WebError { WebError(.notFound, "Không tìm thấy \(what) (not found).") }
  static func badRequest(_ message: String) -> WebError { WebError(.badRequest, message) }
  static let csrf = WebError(.forbidden,
    "Thiếu hoặc sai mã chống giả mạo (CSRF token); tải lại trang rồi thử lại (missing or wrong CSRF token).")
  static let viewerOnly = WebError(.forbidden,
    "Tài khoản chỉ xem (viewer) không được thay đổi dữ kiện; cần tài khoản biên tập (editor role required).")
  static func tooLarge(_ limit: Int) -> WebError {
    WebError(.contentTooLarge,
             "Dữ liệu gửi lên quá lớn: tối đa \(limit / (1024 * 1024)) MB mỗi lần; chia nhỏ rồi gửi lại (request too large).")
  }

  /// The Vietnamese title of a status.
  static func title(_ status: HTTPResponse.Status) -> String {
    switch status.code {
    case 400: return "Yêu cầu không hợp lệ"
    case 401: return "Cần đăng nhập"
    case 403: return "Không được phép"
    case 404: return "Không tìm thấy"
    case 405: return "Phương thức không được hỗ trợ"
    case 413: return "Dữ liệu quá lớn"
    case 415: return "Định dạng không được hỗ trợ"
    default: return status.code >= 500 ? "Lỗi máy chủ" : "Lỗi"
    }
  }

  /// The message for a status Hummingbird raised itself (no route, body too large…).
  static func standardMessage(_ status: HTTPResponse.Status, limit: Int) -> String {
    switch status.code {
    case 404: return "Không có trang này (page not found)."
    case 405: return "Trang này không nhận phương thức này (method not allowed)."
    case 413: return tooLarge(limit).message
    case 400: return "Yêu cầu không hợp lệ (bad request)."
    default: return status.code >= 500 ? "Lỗi máy chủ; dữ liệu đã lưu không bị ảnh hưởng (server error)." : "Lỗi (\(status.code))."
    }
  }
}
