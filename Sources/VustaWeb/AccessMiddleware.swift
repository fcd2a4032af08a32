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
    guard try app.accountsRequired() else {
      context.user = WebUser(name: "máy này", role: .editor, hasAccount: false)
      return
    }
    if let token = request.cookies[Self.sessionCookie]?.value, let user = await app.sessions.user(token) {
      context.user = user
      return
    }
    let path = request.uri.path
    if Self.open.contains(path) { return }
    if path.hasPrefix("/api/") { throw WebError(.unauthorized, "Cần đăng nhập (login required): POST /dang-nhap.") }
    if request.method == .get || request.method == .head {
      throw Redirect(to: "/dang-nhap" + HTML.query([("tiep", path.hasPrefix("/") && !path.hasPrefix("//") ? path : "/")]))
    }
    throw WebError(.unauthorized, "Cần đăng nhập (login required).")
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
