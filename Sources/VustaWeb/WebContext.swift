import Hummingbird
import VustaStore

/// Who is asking: an account's name and role, or the person at this machine when the server
/// runs on 127.0.0.1 without accounts (an editor).
public struct WebUser: Sendable, Equatable {
  public var name: String
  public var role: UserRole
  /// False for the local person of a loopback server without accounts (no login, no logout).
  public var hasAccount: Bool

  var canEdit: Bool { role == .editor }
}

/// The request context: the CSRF token of the browser (a cookie) and the signed-in user.
public struct WebContext: RequestContext {
  public var coreContext: CoreRequestContextStorage
  /// The browser's CSRF token (from its cookie, or new when it had none).
  var csrf = ""
  /// True when `csrf` is new and must be set as a cookie on the response.
  var newCSRF = false
  var user: WebUser?

  public init(source: ApplicationRequestContextSource) {
    coreContext = .init(source: source)
  }

  /// Bodies are read with the app's own limit (`WebConfig.maxUploadBytes`), not this one.
  public var maxUploadSize: Int { 1024 * 1024 }
}
