import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Hummingbird
import HummingbirdTesting
import VustaStore
import VustaWeb
import XCTest

/// The end-to-end test in a real browser: Debian's chromium, headless, driven over WebDriver
/// (chromium-driver) against a live server on an empty store. It opens the dashboard, uploads the
/// seeds, rejects a fact, sees the count change on the dashboard, generates the year's documents
/// and fetches the PDF the page links to (checked with qpdf). Skipped when chromium or
/// chromedriver is missing (`make test` installs both).
final class BrowserTests: XCTestCase {
  static let chromium = "/usr/bin/chromium"
  static let driver = "/usr/bin/chromedriver"

  func testOfficeWorkflowInHeadlessChromium() async throws {
    for tool in [Self.chromium, Self.driver, "/usr/bin/qpdf", "/usr/bin/curl"] where !FileManager.default.isExecutableFile(atPath: tool) {
      throw XCTSkip("\(tool) is not installed (make test installs chromium, chromium-driver and qpdf)")
    }
    let dir = NSTemporaryDirectory() + "vusta-browser-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let web = try await WebApp.make(config: WebConfig(dbPath: dir + "/v.sqlite", port: 0, workDir: dir + "/work"))
    let app = Application(router: web.router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    let driverPort = Int.random(in: 41000...49000)
    let driver = Process()
    driver.executableURL = URL(fileURLWithPath: Self.driver)
    driver.arguments = ["--port=\(driverPort)"]
    driver.standardOutput = FileHandle.nullDevice
    driver.standardError = FileHandle.nullDevice
    try driver.run()
    defer {
      kill(driver.processIdentifier, SIGKILL)
      driver.waitUntilExit()
    }
    let seeds = WebTestCase.repoRoot.appendingPathComponent("seeds")
    let seedFiles = try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted()
      .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") || $0 == "sources.csv" }.map { seeds.appendingPathComponent($0).path }

    try await app.test(.live) { client in
      let port = client.port!
      // the browser is driven from a thread of its own: blocking HTTP calls must not hold the
      // concurrency pool's few threads, which serve the pages the browser asks for
      try await withCheckedThrowingContinuation { (cont: CheckedContinuation<Void, Error>) in
        Thread.detachNewThread {
          do {
            try Self.workflow(base: "http://127.0.0.1:\(port)", driverPort: driverPort, seedFiles: seedFiles, dir: dir)
            cont.resume()
          } catch {
            cont.resume(throwing: error)
          }
        }
      }
    }
  }

  /// The person's steps, in the browser.
  static func workflow(base: String, driverPort: Int, seedFiles: [String], dir: String) throws {
      let wd = try WebDriver(port: driverPort, chromium: Self.chromium)
      defer { wd.quit() }
      let started = Date()

      // 1. the dashboard of an empty store
      try wd.open(base + "/")
      XCTAssertTrue(try wd.source().contains("Chưa có số liệu"))

      // 2. upload the seeds through the file input, wait for the ingest to finish
      try wd.open(base + "/bai-viet")
      try wd.element("form[action='/bai-viet/tai-len'] input[type=file]").type(seedFiles.joined(separator: "\n"))
      try wd.element("form[action='/bai-viet/tai-len'] button").click()
      try wd.waitFor { $0.contains("Đã đọc") }
      let ingested = try wd.source()
      XCTAssertTrue(ingested.contains("5 mới"), ingested)

      // 3. the dashboard of 2022, then reject a meeting of 2022 on the facts page
      func meetings() throws -> Int {
        try wd.open(base + "/?nam=2022")
        return Int(try wd.element(".figures .figure b").text()) ?? -1
      }
      let before = try meetings()
      XCTAssertGreaterThan(before, 0)
      try wd.open(base + "/du-kien?nam=2022&loai=meeting")
      try wd.element("button[value=reject]").click()
      try wd.waitFor { $0.contains("Đã lưu hiệu chỉnh") }
      XCTAssertEqual(try meetings(), before - 1, "the count changes on the dashboard")

      // 4. generate the year's documents and fetch the PDF the page links to
      try wd.open(base + "/bao-cao")
      try wd.element("form[action='/bao-cao'] select[name=nam] option[value='2022']").click()
      try wd.element("form[action='/bao-cao'] button").click()
      try wd.waitFor(seconds: 40) { $0.contains("Tải tất cả") }
      let href = try wd.element("a[href*='/tep/']").attribute("href")
      let path = dir + "/downloaded.pdf"
      let curl = Process()
      curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
      curl.arguments = ["-s", "-f", "-o", path, href.hasPrefix("http") ? href : base + href]
      try curl.run()
      curl.waitUntilExit()
      XCTAssertEqual(curl.terminationStatus, 0, "download \(href)")
      let qpdf = Process()
      qpdf.executableURL = URL(fileURLWithPath: "/usr/bin/qpdf")
      qpdf.arguments = ["--check", path]
      qpdf.standardOutput = FileHandle.nullDevice
      try qpdf.run()
      qpdf.waitUntilExit()
      XCTAssertEqual(qpdf.terminationStatus, 0, "qpdf --check of the downloaded PDF")
      XCTAssertLessThan(Date().timeIntervalSince(started), 60, "the browser test stays under a minute")
  }
}

/// A minimal W3C WebDriver client over HTTP (chromedriver), synchronous.
final class WebDriver {
  let base: String
  let session: String

  /// Starts a headless chromium session (waits up to 10 s for the driver to listen).
  init(port: Int, chromium: String) throws {
    base = "http://127.0.0.1:\(port)"
    let caps: [String: Any] = ["capabilities": ["alwaysMatch": [
      "browserName": "chrome",
      "goog:chromeOptions": ["binary": chromium,
                             "args": ["--headless", "--no-sandbox", "--disable-gpu", "--window-size=1366,768"]],
    ]]]
    // wait for the driver to listen (GET /status), then ask for one session, once: a refused
    // session is an error, never retried (each attempt starts a browser)
    var ready = false
    for _ in 0..<100 where !ready {
      ready = ((try? WebDriver.call("GET", base + "/status", nil))?["value"] as? [String: Any])?["ready"] as? Bool == true
      if !ready { Thread.sleep(forTimeInterval: 0.1) }
    }
    guard ready else { throw WebDriverError(message: "chromedriver is not answering on port \(port)") }
    let r = try WebDriver.call("POST", base + "/session", caps)
    guard let value = r["value"] as? [String: Any], let id = value["sessionId"] as? String else {
      throw WebDriverError(message: "no session: \(r)")
    }
    session = id
  }

  struct WebDriverError: Error { var message: String }

  struct Element {
    let driver: WebDriver
    let id: String
    func click() throws { _ = try driver.command("POST", "/element/\(id)/click", [:]) }
    func type(_ text: String) throws { _ = try driver.command("POST", "/element/\(id)/value", ["text": text]) }
    func text() throws -> String { try driver.command("GET", "/element/\(id)/text")["value"] as? String ?? "" }
    func attribute(_ name: String) throws -> String {
      try driver.command("GET", "/element/\(id)/attribute/\(name)")["value"] as? String ?? ""
    }
  }

  func open(_ url: String) throws { _ = try command("POST", "/url", ["url": url]) }
  func source() throws -> String { try command("GET", "/source")["value"] as? String ?? "" }
  func element(_ css: String) throws -> Element {
    let r = try command("POST", "/element", ["using": "css selector", "value": css])
    guard let v = r["value"] as? [String: Any], let id = v.values.first as? String, v["error"] == nil else {
      throw WebDriverError(message: "\(css): \(r)")
    }
    return Element(driver: self, id: id)
  }

  /// Waits until the page source satisfies `test` (polling every 200 ms).
  func waitFor(seconds: Double = 20, _ test: (String) -> Bool) throws {
    let end = Date().addingTimeInterval(seconds)
    while Date() < end {
      if test(try source()) { return }
      Thread.sleep(forTimeInterval: 0.2)
    }
    throw WebDriverError(message: "timeout; page: \(String(try source().prefix(2000)))")
  }

  func quit() { _ = try? WebDriver.call("DELETE", base + "/session/\(session)", nil) }

  func command(_ method: String, _ path: String, _ body: [String: Any]? = nil) throws -> [String: Any] {
    try WebDriver.call(method, base + "/session/\(session)" + path, body)
  }

  /// One WebDriver call through curl (a process per call: nothing blocks the test's threads).
  static func call(_ method: String, _ url: String, _ body: [String: Any]?) throws -> [String: Any] {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
    var args = ["-s", "-m", "60", "-X", method, url]
    let input = Pipe(), output = Pipe()
    if let body {
      args += ["-H", "Content-Type: application/json", "--data-binary", "@-"]
      p.standardInput = input
      _ = body
    }
    p.arguments = args
    p.standardOutput = output
    try p.run()
    if let body {
      input.fileHandleForWriting.write(try JSONSerialization.data(withJSONObject: body))
      try input.fileHandleForWriting.close()
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    guard p.terminationStatus == 0 else { throw WebDriverError(message: "curl \(method) \(url): exit \(p.terminationStatus)") }
    return (try? JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
  }
}
