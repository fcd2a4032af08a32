import Foundation
import Hummingbird
import HummingbirdBcrypt
import VustaStore

extension WebApp {
  /// The stylesheet and the OpenAPI document, from the app's resources.
  func addStaticRoutes(_ router: Router<WebContext>) {
    router.get("/static/app.css") { _, _ in try self.staticFile("app.css") }
    router.get("/api/openapi.json") { _, _ in try self.staticFile("openapi.json") }
  }

  func staticFile(_ name: String) throws -> Response {
    guard let (type, bytes) = staticFiles[name] else { throw WebError.notFound("tệp \(name)") }
    var r = WebApp.download(bytes, type: type, name: nil)
    r.headers[.cacheControl] = "max-age=300"
    return r
  }

  /// Sign in (name + password, bcrypt) and out; the session cookie is HttpOnly, SameSite=Strict.
  func addLoginRoutes(_ router: Router<WebContext>) {
    router.get("/dang-nhap") { request, context -> Response in
      let next = WebApp.localPath(request.uri.queryParameters["tiep"].map(String.init)) ?? "/"
      return self.page("login", title: "Đăng nhập", section: "", context: context,
                       data: ["next": next, "accounts": try self.accountsRequired()])
    }
    router.post("/dang-nhap") { request, context -> Response in
      let form = try await self.form(request, context, edit: false)
      let next = WebApp.localPath(form["tiep"]) ?? "/"
      guard try self.accountsRequired() else { return WebApp.redirect(next) }
      let name = form["ten"] ?? "", password = form["mat-khau"] ?? ""
      let user = try self.store.user(named: name)
      // bcrypt runs even for an unknown name, so the answer takes as long either way
      let hash = user?.passwordHash ?? WebApp.dummyHash
      let ok = try await self.blocking { Bcrypt.verify(password, hash: hash) }
      guard let user, ok else {
        return self.page("login", title: "Đăng nhập", section: "", context: context,
                         data: ["next": next, "accounts": true, "name": name,
                                "error": "Sai tên đăng nhập hoặc mật khẩu (wrong name or password)."],
                         status: .unauthorized)
      }
      let token = await self.sessions.open(WebUser(name: user.name, role: user.role, hasAccount: true),
                                           passwordHash: user.passwordHash)
      var response = WebApp.redirect(next)
      response.setCookie(Cookie(name: AccessMiddleware.sessionCookie, value: token, path: "/", httpOnly: true,
                                sameSite: .strict))
      return response
    }
    router.post("/dang-xuat") { request, context -> Response in
      _ = try await self.form(request, context, edit: false)
      if let token = request.cookies[AccessMiddleware.sessionCookie]?.value { await self.sessions.close(token) }
      var response = WebApp.redirect("/dang-nhap")
      response.setCookie(Cookie(name: AccessMiddleware.sessionCookie, value: "", maxAge: 0, path: "/", httpOnly: true,
                                sameSite: .strict))
      return response
    }
  }

  /// A hash no password matches in practice (compared when the name is unknown).
  static let dummyHash = Bcrypt.hash(Tokens.random(), cost: 12)

  /// `path` when it is a path of this site ("/du-kien?nam=2023"), nil otherwise (no open redirects).
  static func localPath(_ path: String?) -> String? {
    guard let p = path, p.hasPrefix("/"), !p.hasPrefix("//"), !p.contains("\\"),
          !p.unicodeScalars.contains(where: { $0.value < 32 }) else { return nil }
    return p
  }
}

/// Passwords of `vusta user add`: bcrypt (cost 12), verified in constant time by the library.
public enum PasswordHash {
  /// The bcrypt hash of a password.
  public static func make(_ password: String, cost: UInt8 = 12) -> String { Bcrypt.hash(password, cost: cost) }
  /// True when `password` matches `hash`.
  public static func verify(_ password: String, hash: String) -> Bool { Bcrypt.verify(password, hash: hash) }
  /// Why a new password is refused, nil when it is acceptable (at least 8 characters).
  public static func problem(_ password: String) -> String? {
    password.count < 8 ? "mật khẩu cần ít nhất 8 ký tự (password too short: 8 characters at least)" : nil
  }
}
