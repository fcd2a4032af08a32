import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import VustaPipeline
import VustaStore
import VustaWeb
import XCTest

/// A store with the five seed articles and a web app over it, in a fresh temporary folder;
/// helpers to keep the browser's cookies and CSRF token like a browser does.
class WebTestCase: XCTestCase {
  static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  var dir: String = ""
  var dbPath: String { dir + "/v.sqlite" }

  override func setUpWithError() throws {
    dir = NSTemporaryDirectory() + "vusta-web-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let store = try Store.open(path: dbPath)
    var runner = IngestRunner(store: store)
    runner.warn = { _ in }
    _ = try runner.ingest(paths: [WebTestCase.repoRoot.appendingPathComponent("seeds").path])
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: dir)
  }

  /// The app over the test store (`maxUpload` bytes per request).
  func makeApp(maxUpload: Int = 20 * 1024 * 1024) async throws -> WebApp {
    try await WebApp.make(config: WebConfig(dbPath: dbPath, workDir: dir + "/work", maxUploadBytes: maxUpload, bcryptCost: 4))
  }

  /// Runs `body` with a test client of the app's router.
  func withClient(_ app: WebApp, _ body: @escaping @Sendable (Browser) async throws -> Void) async throws {
    let application = Application(router: app.router())
    try await application.test(.router) { client in
      try await body(Browser(client: client))
    }
  }

  /// One more article with one meeting stored as another process's ingest would (this server
  /// is not told): the store's stamp moves.
  func ingestAsAnotherProcess(into store: Store) throws {
    let file = dir + "/new.txt"
    try "Ngày 3/3/2023, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Nam tổ chức hội nghị giao ban quý I.\n"
      .write(toFile: file, atomically: true, encoding: .utf8)
    var runner = IngestRunner(store: store)
    runner.warn = { _ in }
    _ = try runner.ingest(paths: [file])
  }
}

/// A test client that keeps cookies (the CSRF token, the session) between requests.
final class Browser: @unchecked Sendable {
  let client: any TestClientProtocol
  var cookies: [String: String] = [:]

  init(client: any TestClientProtocol) { self.client = client }

  /// The CSRF token the server gave this browser (after a first GET).
  var csrf: String { cookies["vusta_csrf"] ?? "" }

  @discardableResult
  func get(_ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
    try await send(uri, .get, headers: headers, body: nil)
  }

  /// A urlencoded form POST; `csrf: true` adds the browser's token as a hidden field would.
  @discardableResult
  func post(_ uri: String, form: [(String, String)], csrf: Bool = true) async throws -> TestResponse {
    if cookies["vusta_csrf"] == nil { try await get("/api/session") }
    var fields = form
    if csrf { fields.append(("csrf", self.csrf)) }
    let body = fields.map { "\(enc($0.0))=\(enc($0.1))" }.joined(separator: "&")
    return try await send(uri, .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                          body: ByteBuffer(string: body))
  }

  /// A JSON POST with the CSRF header (unless `csrf` is false).
  @discardableResult
  func postJSON(_ uri: String, _ json: String, csrf: Bool = true) async throws -> TestResponse {
    if cookies["vusta_csrf"] == nil { try await get("/api/session") }
    var headers: HTTPFields = [.contentType: "application/json"]
    if csrf { headers[HTTPField.Name("X-CSRF-Token")!] = self.csrf }
    return try await send(uri, .post, headers: headers, body: ByteBuffer(string: json))
  }

  /// A multipart upload of `files` (name, bytes) with the CSRF field unless `csrf` is false.
  @discardableResult
  func upload(_ uri: String, files: [(String, [UInt8])], csrf: Bool = true) async throws -> TestResponse {
    if cookies["vusta_csrf"] == nil { try await get("/api/session") }
    let boundary = "----vustatest\(UUID().uuidString)"
    var body: [UInt8] = []
    func add(_ s: String) { body += Array(s.utf8) }
    if csrf { add("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(self.csrf)\r\n") }
    for (name, bytes) in files {
      add("--\(boundary)\r\nContent-Disposition: form-data; name=\"tep\"; filename=\"\(name)\"\r\nContent-Type: text/plain\r\n\r\n")
      body += bytes
      add("\r\n")
    }
    add("--\(boundary)--\r\n")
    return try await send(uri, .post, headers: [.contentType: "multipart/form-data; boundary=\(boundary)"],
                          body: ByteBuffer(bytes: body))
  }

  func send(_ uri: String, _ method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?) async throws -> TestResponse {
    var h = headers
    if !cookies.isEmpty { h[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
    let r = try await client.execute(uri: uri, method: method, headers: h, body: body)
    for value in r.headers[values: .setCookie] {
      let pair = value.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
      if pair.count == 2 {
        if value.contains("Max-Age=0") { cookies[String(pair[0])] = nil } else { cookies[String(pair[0])] = String(pair[1]) }
      }
    }
    return r
  }

  /// GETs `uri` and checks its status.
  func expect(_ uri: String, _ status: HTTPResponse.Status, file: StaticString = #filePath, line: UInt = #line) async throws {
    let r = try await get(uri)
    XCTAssertEqual(r.status, status, "\(uri): \(r.text.prefix(300))", file: file, line: line)
  }

  /// Polls a JSON job or report until it is no longer running (at most 60 s).
  func waitJSON(_ uri: String) async throws -> [String: Any] {
    for _ in 0..<600 {
      let r = try await get(uri)
      let json = try JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any] ?? [:]
      if (json["state"] as? String) != "running" { return json }
      try await Task.sleep(nanoseconds: 100_000_000)
    }
    XCTFail("\(uri) still running after 60 s")
    return [:]
  }

  private func enc(_ s: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
  }
}

extension TestResponse {
  /// The body as text.
  var text: String { String(buffer: body) }
}
