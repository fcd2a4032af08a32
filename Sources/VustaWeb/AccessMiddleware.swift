import Foundation
import HTTPTypes
import Hummingbird
import VustaStore

/// Every request passes here: the CSRF cookie, who is asking (a session, or the local person
/// when there are no accounts), the Vietnamese error pages, and the security headers.
struct AccessMiddleware: RouterMiddleware {
  typealias Context = WebContext
  let app: WebApp

  static let csrfCookie = "vusta_csrf"
  static let sessionCookie = "vusta_session"
  /// Pages anyone may open without signing in.
  static let open = ["/dang-nhap", "/static/app.css", "/api/openapi.json", "/api/session"]

  func handle(_ request: Request, context: WebContext,
              next: (Request, WebContext) async throws -> Response) async throws -> Response {
    var context = context
    if let c = request.cookies[Self.csrfCookie]?.value, c.count == 64, c.allSatisfy({ $0.isHexDigit }) {
      context.csrf = c
    } else {
      context.csrf = Tokens.random()
      context.newCSRF = true
    }
    var response: Response
    do {
      try await identify(request, &context)
      response = try await next(request, context)
    } catch {
      response = app.errorResponse(error, request: request, context: context)
    }
    if context.newCSRF {
      response.setCookie(Cookie(name: Self.csrfCookie, value: context.csrf, path: "/", httpOnly: true, sameSite: .strict))
    }
    Self.secure(&response.headers)
    return response
  }

  /// Sets `context.user`; asks for a login (303 to the login page, 401 under /api) when the
  /// store has accounts and the request has no live session.
  func identify(_ request: Request, _ context: inout WebContext) async throws {
    // A server on this machine only answers requests addressed to this machine: a page elsewhere
    // whose name was pointed at 127.0.0.1 (DNS rebinding) would otherwise read and correct the
    // store as the local person.
    if WebConfig.isLoopback(app.config.host), let authority = request.headers[Self.host] ?? request.head.authority,
      !Self.isLocalAuthority(authority)
    {
      throw WebError(.misdirectedRequest, "Máy chủ này chỉ trả lời địa chỉ 127.0.0.1 hoặc localhost (Host \"\(authority)\" is not this machine).")
    }
    guard try app.accountsRequired() else {
      // (every account removed while a server on the office network runs: nobody is let in as
      // the local person)
      guard WebConfig.isLoopback(app.config.host) else {
        throw WebError(.forbidden, "Máy chủ mở cho mạng cần tài khoản; hãy thêm bằng `vusta user add` (accounts are required).")
      }
      context.user = WebUser(name: "máy này", role: .editor, hasAccount: false)
      return
    }
    if let token = request.cookies[Self.sessionCookie]?.value, let (user, hash) = await app.sessions.session(token) {
      // (the account as stored now: removed, or set again with another role or password by
      // `vusta user` in another process, it ends the session at this request, not 12 hours on)
      if let stored = try app.store.user(named: user.name), stored.passwordHash == hash, stored.role == user.role {
        context.user = user
        return
      }
      await app.sessions.close(token)
    }
    let path = request.uri.path
    if Self.open.contains(path) { return }
    if path.hasPrefix("/api/") { throw WebError(.unauthorized, "Cần đăng nhập (login required): POST /dang-nhap.") }
    if request.method == .get || request.method == .head {
      throw Redirect(to: "/dang-nhap" + HTML.query([("tiep", path.hasPrefix("/") && !path.hasPrefix("//") ? path : "/")]))
    }
    throw WebError(.unauthorized, "Cần đăng nhập (login required).")
  }

  static let host = HTTPField.Name("Host")!

  /// True for a Host of this machine: 127.x.x.x, localhost or [::1], with or without a port.
  static func isLocalAuthority(_ authority: String) -> Bool {
    var host = Substring(authority.lowercased())
    if host.hasPrefix("[") {
      guard let close = host.firstIndex(of: "]") else { return false }
      host = host[host.index(after: host.startIndex)..<close]
    } else if let colon = host.lastIndex(of: ":") {
      host = host[..<colon]
    }
    if host == "localhost" || host == "::1" { return true }
    let parts = host.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { p in UInt8(p) != nil }
  }

  /// The security headers of every response.
  static func secure(_ h: inout HTTPFields) {
    h[.contentSecurityPolicy] = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
      + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    h[.xContentTypeOptions] = "nosniff"
    h[HTTPField.Name("X-Frame-Options")!] = "DENY"
    h[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
    h[HTTPField.Name("Cross-Origin-Opener-Policy")!] = "same-origin"
    if h[.cacheControl] == nil { h[.cacheControl] = "no-store" }
  }
}

/// A redirect thrown from deep inside a request (the login page).
struct Redirect: Error, HTTPResponseError {
  var to: String
  var status: HTTPResponse.Status { .seeOther }
  func response(from request: Request, context: some RequestContext) throws -> Response {
    WebApp.redirect(to)
  }
}
