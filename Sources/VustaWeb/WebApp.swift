import Foundation
import HTTPTypes
import Hummingbird
import Mustache
import VustaStore

/// The office web app over one store: pages, the JSON API, sessions and background jobs.
/// Build the router with `WebApp.make(config:)`, run it with `WebServer.run`.
public final class WebApp: @unchecked Sendable {
  public let config: WebConfig
  let store: Store
  let views: MustacheLibrary
  let sessions = SessionStore()
  let jobs = JobBoard()
  let charts = ChartCache()
  /// The dashboard's and /api/stats' key figures by year and division, kept until the store changes.
  /// (Exact per stamp: the dashboard's body, built from them, is the cache that may lag; a lagging
  /// value here would be kept in a body labelled with a newer stamp.)
  let summaries = StampedCache<YearSummary>(maxStale: 0, minInterval: 0)
  /// The dashboard's rendered body by year and division, kept until the store changes.
  let dashboardPages = StampedCache<RenderedPage>(maxStale: WebApp.dashboardMaxStale,
                                                  minInterval: WebApp.dashboardMinInterval, refreshInBackground: true)
  /// While another process writes the store, the dashboard is computed again at most every 2 s
  /// (its figures and charts take 0.2 s idle, seconds with a core taken by the ingest), and the
  /// figures of up to 30 s ago are shown while it runs on another thread, so no request waits
  /// for it; a change made through this server shows at once (`storeChanged`).
  static let dashboardMinInterval = 2.0, dashboardMaxStale = 30.0
  /// How many facts pass a filter of the facts page or /api/facts, kept until the store changes.
  /// (Exact per stamp: it is read inside `factPages`, the cache that may lag.)
  let factCounts = StampedCache<Int>(capacity: 512, maxStale: 0, minInterval: 0)
  /// A page of the facts listing by its query, kept until the store changes. While another
  /// process writes the store, a page is read again at most once a second, on another thread:
  /// requests meanwhile get the page read up to 5 s before (no request waits for the count over
  /// every fact); a change made through this server shows at once (`storeChanged`).
  let factPages = StampedCache<FactPageData>(capacity: 256, maxStale: 5, minInterval: 1, refreshInBackground: true)
  /// The timer that keeps the default dashboard current (`warmUp`).
  var keepWarm: DispatchSourceTimer?
  /// The names of the province lists (both divisions, sorted).
  let provinceNameList: [String]
  /// The same names as the `<option>`s of the province fields' datalist, escaped once.
  let provinceOptionsHTML: String
  let staticFiles: [String: (String, [UInt8])]

  init(config: WebConfig, store: Store, views: MustacheLibrary, staticFiles: [String: (String, [UInt8])]) {
    self.config = config
    self.store = store
    self.views = views
    self.staticFiles = staticFiles
    self.provinceNameList = WebApp.provinceNameList(store.gazetteer)
    self.provinceOptionsHTML = provinceNameList.map { "<option value=\"\(HTML.escape($0))\">" }.joined()
  }

  /// Opens (creating when missing) the store, or uses `store` when the caller has it open
  /// already (one store per process: see `OpenStoreFiles`), loads the page templates and
  /// prepares the server-side folders.
  /// - Throws: `StoreError` (not a vusta store, read-only…), or `WebError` when a folder cannot be made.
  public static func make(config: WebConfig, store opened: Store? = nil) async throws -> WebApp {
    let store = try opened ?? Store.open(path: config.dbPath, access: .readWrite)
    for sub in ["uploads", "reports"] {
      let dir = (config.workDir as NSString).appendingPathComponent(sub)
      do {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
      } catch {
        throw WebError(.internalServerError, "\(dir): không tạo được thư mục làm việc (cannot create the work folder)")
      }
    }
    // the page templates and static files are inside the binary (scripts/embed-resources.py)
    var views = MustacheLibrary()
    for (name, text) in EmbeddedWebResources.templates {
      do {
        try views.register(text, named: name)
      } catch {
        throw WebError(.internalServerError, "mẫu trang \(name).mustache hỏng (page template broken): \(error)")
      }
    }
    var files: [String: (String, [UInt8])] = [:]
    for (name, type) in [("app.css", "text/css; charset=utf-8"), ("openapi.json", "application/json")] {
      if let text = EmbeddedWebResources.staticFiles[name] { files[name] = (type, Array(text.utf8)) }
    }
    return WebApp(config: config, store: store, views: views, staticFiles: files)
  }

  /// True when the store has accounts: then every page but the login asks for one.
  func accountsRequired() throws -> Bool { try !store.users().isEmpty }

  /// The router with every page and API route and the access/security middleware.
  public func router() -> Router<WebContext> {
    let router = Router(context: WebContext.self)
    router.add(middleware: AccessMiddleware(app: self))
    addStaticRoutes(router)
    addLoginRoutes(router)
    addDashboardRoutes(router)
    addFactRoutes(router)
    addArticleRoutes(router)
    addReportRoutes(router)
    addAPIRoutes(router)
    addMethodNotAllowed(router)
    return router
  }

  /// Every path the app serves answers the methods it does not take with 405 and an `Allow`
  /// header (HEAD is taken wherever GET is: `HeadAsGet` answers it as GET without a body),
  /// instead of "no such page".
  func addMethodNotAllowed(_ router: Router<WebContext>) {
    var byPath: [String: (path: RouterPath, methods: [HTTPRequest.Method])] = [:]
    for r in router.routes {
      byPath[r.path.description, default: (r.path, [])].methods.append(r.method)
    }
    let all: [HTTPRequest.Method] = [.get, .post, .put, .delete, .patch, .options]
    for (_, entry) in byPath {
      let allow = entry.methods.contains(.get) && !entry.methods.contains(.head) ? entry.methods + [.head] : entry.methods
      for m in all where !entry.methods.contains(m) {
        router.on(entry.path, method: m) { request, _ -> Response in
          throw WebError.methodNotAllowed(request.method, allow: allow)
        }
      }
    }
  }

  /// The Hummingbird application bound to the configured address.
  public func application() -> some ApplicationProtocol {
    Application(router: HeadAsGet(builder: router()), configuration: .init(address: .hostname(config.host, port: config.port),
                                                      serverName: nil))
  }

  // MARK: - Rendering

  /// A full page: the template rendered with `data`, inside the layout with the navigation.
  func page(_ template: String, title: String, section: String, context: WebContext, data: [String: Any],
            status: HTTPResponse.Status = .ok, refresh: Int? = nil) -> Response {
    let body = views.render(data.merging(["csrf": context.csrf]) { a, _ in a }, withTemplate: template) ?? ""
    return page(body: body, title: title, section: section, context: context, status: status, refresh: refresh)
  }

  /// A page around a body already rendered (the same for every viewer: no CSRF token in it).
  func page(body: String, title: String, section: String, context: WebContext,
            status: HTTPResponse.Status = .ok, refresh: Int? = nil) -> Response {
    var layout: [String: Any] = [
      "title": title, "body": body, "csrf": context.csrf, "nav_\(section)": true,
    ]
    if let refresh { layout["refresh"] = refresh }
    if let u = context.user {
      layout["user"] = u.name
      layout["role"] = u.role == .editor ? "biên tập" : "chỉ xem"
      layout["hasAccount"] = u.hasAccount
    }
    let html = views.render(layout, withTemplate: "layout") ?? body
    return WebApp.html(html, status: status)
  }

  /// After a change made through this server (a correction, an upload): the figures, charts
  /// and counts are computed afresh on the next request, not served from a second ago.
  func storeChanged() {
    summaries.invalidate()
    dashboardPages.invalidate()
    factCounts.invalidate()
    factPages.invalidate()
    charts.invalidate()
  }

  /// An HTML response.
  static func html(_ s: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
             body: .init(byteBuffer: ByteBuffer(string: s)))
  }

  /// A JSON response of an Encodable value.
  static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                    body: .init(byteBuffer: ByteBuffer(bytes: try e.encode(value))))
  }

  /// A 303 to `location` (after a POST: post/redirect/get).
  static func redirect(_ location: String) -> Response {
    Response(status: .seeOther, headers: [.location: location])
  }

  /// Bytes to download with their type and file name.
  static func download(_ bytes: [UInt8], type: String, name: String?, inline: Bool = false) -> Response {
    var headers: HTTPFields = [.contentType: type]
    if let name {
      let ascii = name.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0.value >= 32 ? String($0) : "_" }.joined()
      headers[.contentDisposition] = "\(inline ? "inline" : "attachment"); filename=\"\(ascii)\"; filename*=UTF-8''"
        + HTML.percent(name)
    }
    return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
  }

  /// The error page (or JSON under /api) of an error: its status and Vietnamese message.
  func errorResponse(_ error: Error, request: Request, context: WebContext) -> Response {
    let status: HTTPResponse.Status
    let message: String
    switch error {
    case let r as Redirect:
      return WebApp.redirect(r.to)
    case let e as WebError:
      status = e.status
      message = e.message
    case let e as StoreError:
      if case .unknownFact = e { status = .notFound } else { status = .badRequest }
      message = e.description
    case let e as HTTPResponseError:
      status = e.status
      message = WebError.standardMessage(e.status, limit: config.maxUploadBytes)
    default:
      status = .internalServerError
      message = WebError.standardMessage(.internalServerError, limit: config.maxUploadBytes)
      context.logger.error("\(request.method) \(request.uri.path): \(error)")
    }
    var response: Response
    if request.uri.path.hasPrefix("/api/") {
      struct Body: Encodable { var error: String; var status: Int }
      response = (try? WebApp.json(Body(error: message, status: status.code), status: status))
        ?? Response(status: status)
    } else {
      response = page("error", title: WebError.title(status), section: "", context: context,
                      data: ["heading": WebError.title(status), "message": message, "code": status.code], status: status)
    }
    if let e = error as? WebError, !e.allow.isEmpty {
      response.headers[.allow] = e.allow.map(\.rawValue).joined(separator: ", ")
    }
    return response
  }

  // MARK: - Request helpers

  /// Reads the body up to the configured limit (413 beyond it).
  func body(_ request: Request) async throws -> ByteBuffer {
    if let len = request.headers[.contentLength].flatMap({ Int($0) }), len > config.maxUploadBytes {
      throw WebError.tooLarge(config.maxUploadBytes)
    }
    do {
      return try await request.body.collect(upTo: config.maxUploadBytes)
    } catch let e as HTTPResponseError where e.status == .contentTooLarge {
      throw WebError.tooLarge(config.maxUploadBytes)
    }
  }

  /// The form of a POST (urlencoded), after checking its CSRF token and, when `edit`, the role.
  func form(_ request: Request, _ context: WebContext, edit: Bool) async throws -> Form {
    let buffer = try await body(request)
    let form = Form(urlEncoded: String(buffer: buffer))
    try check(csrf: form["csrf"], context, edit: edit)
    return form
  }

  /// Refuses a state-changing request without the browser's CSRF token (403), or from a viewer
  /// when it changes facts (403).
  func check(csrf: String?, _ context: WebContext, edit: Bool) throws {
    guard let csrf, !context.newCSRF, Tokens.equal(csrf, context.csrf) else { throw WebError.csrf }
    if edit, context.user?.canEdit != true { throw WebError.viewerOnly }
  }

  /// Runs blocking work (SQLite, Cairo, bcrypt) off the concurrency pool's threads.
  func blocking<T>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { cont in
      DispatchQueue.global().async {
        do { cont.resume(returning: try body()) } catch { cont.resume(throwing: error) }
      }
    }
  }
}
