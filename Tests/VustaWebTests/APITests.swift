import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import VustaStore
import VustaWeb
import XCTest

/// The JSON API: same data and actions as the pages, CSRF in a header, JSON errors.
final class APITests: WebTestCase {
  func json(_ r: TestResponse) throws -> [String: Any] {
    try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any], r.text)
  }

  func testFactsStatsAndDocuments() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      let session = try self.json(try await b.get("/api/session"))
      XCTAssertEqual((session["csrf"] as? String)?.count, 64)
      XCTAssertEqual(session["role"] as? String, "editor")
      let facts = try self.json(try await b.get("/api/facts?year=2022&limit=2"))
      XCTAssertEqual(facts["pageSize"] as? Int, 2)
      XCTAssertEqual((facts["facts"] as? [Any])?.count, 2)
      let total = try XCTUnwrap(facts["total"] as? Int)
      let page2 = try self.json(try await b.get("/api/facts?year=2022&limit=2&page=2"))
      XCTAssertEqual((page2["facts"] as? [Any])?.count, min(2, total - 2))
      let first = try XCTUnwrap((facts["facts"] as? [[String: Any]])?.first)
      XCTAssertNotNil(first["documentId"] as? Int)
      XCTAssertNotNil(first["evidence"] as? String)
      let review = try self.json(try await b.get("/api/facts?needsReview=true"))
      XCTAssertTrue((review["facts"] as? [[String: Any]])?.allSatisfy { ($0["confidence"] as? String) == "low" } == true)
      let stats = try self.json(try await b.get("/api/stats?year=2022&division=63"))
      XCTAssertEqual(stats["year"] as? Int, 2022)
      XCTAssertEqual(stats["units"] as? Int, 63)
      XCTAssertNotNil(stats["needsReview"] as? Int)
      let docs = try self.json(try await b.get("/api/documents"))
      XCTAssertEqual(docs["total"] as? Int, 5)
      let id = try XCTUnwrap((docs["documents"] as? [[String: Any]])?.first?["id"] as? Int)
      let one = try self.json(try await b.get("/api/documents/\(id)"))
      XCTAssertNotNil(one["facts"] as? [Any])
    }
  }

  /// The API's `limit` holds on every page (the first page of a query was kept in the cache
  /// without it), and a kind that is a kind of two types is filtered as one of them.
  func testLimitAndTypedKinds() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      for limit in [2, 3, 2] {
        let r = try await b.get("/api/facts?limit=\(limit)")
        let page = try JSONSerialization.jsonObject(with: Data(r.text.utf8)) as? [String: Any]
        XCTAssertEqual((page?["facts"] as? [Any])?.count, limit)
        XCTAssertEqual(page?["pageSize"] as? Int, limit)
      }
      for (kind, type) in [("meeting:khac", "meeting"), ("figure:khac", "figure"), ("citation:khac", "citation")] {
        let r = try await b.get("/api/facts?kind=\(kind)&limit=500")
        XCTAssertEqual(r.status, .ok, kind)
        let facts = (try JSONSerialization.jsonObject(with: Data(r.text.utf8)) as? [String: Any])?["facts"] as? [[String: Any]] ?? []
        XCTAssertTrue(facts.allSatisfy { ($0["type"] as? String) == type }, "\(kind): \(facts)")
      }
      try await b.expect("/api/facts?kind=figure:giao_ban", .badRequest)
      let page = try await b.get("/du-kien?loai=figure:khac")
      XCTAssertTrue(page.text.contains("<option value=\"figure:khac\" selected>"), "the choice stays chosen")
      XCTAssertFalse(page.text.contains("<option value=\"meeting:khac\" selected>"))
    }
  }

  /// A path the app serves answers another method with 405 and `Allow` (not "no such page"),
  /// and a HEAD wherever a GET is answered; a change sent with an undo is refused.
  func testMethodsHeadAndUndoWithAChange() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      let post = try await b.send("/api/stats", .post, headers: [:], body: nil)
      XCTAssertEqual(post.status, .methodNotAllowed)
      XCTAssertEqual(post.headers[.allow], "GET, HEAD")
      XCTAssertTrue(post.text.contains("không nhận phương thức POST"), post.text)
      let get = try await b.get("/du-kien/M-64d2fe5937a7")
      XCTAssertEqual(get.status, .methodNotAllowed)
      XCTAssertEqual(get.headers[.allow], "POST")
      try await b.expect("/khong-co-trang-nay", .notFound)
      let undo = try await b.postJSON("/api/facts/M-64d2fe5937a7/corrections", #"{"undo":true,"province":"Hà Nội"}"#)
      XCTAssertEqual(undo.status, .badRequest)
      XCTAssertTrue(undo.text.contains("Hoàn tác"), undo.text)
    }
    let application = Application(router: HeadAsGet(builder: app.router()))
    try await application.test(.router) { client in
      let head = try await client.execute(uri: "/static/app.css", method: .head)
      XCTAssertEqual(head.status, .ok)
      XCTAssertEqual(head.body.readableBytes, 0)
      let get = try await client.execute(uri: "/static/app.css", method: .get)
      XCTAssertEqual(head.headers[.contentLength], String(get.body.readableBytes), "the length a GET would send")
      let missing = try await client.execute(uri: "/khong-co", method: .head)
      XCTAssertEqual(missing.status, .notFound)
    }
  }

  /// A server on this machine answers only requests addressed to it: a page elsewhere whose
  /// name points at 127.0.0.1 (DNS rebinding) gets 421 and changes nothing.
  func testAForeignHostIsRefused() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      let foreign = try await b.get("/api/session", headers: [HTTPField.Name("Host")!: "attacker.example:8080"])
      XCTAssertEqual(foreign.status, .misdirectedRequest, foreign.text)
      for host in ["127.0.0.1:8080", "localhost", "[::1]:8080", "LOCALHOST:1"] {
        let r = try await b.get("/api/session", headers: [HTTPField.Name("Host")!: host])
        XCTAssertEqual(r.status, .ok, host)
      }
    }
  }

  func testBadQueriesAndUnknownIdsAreJSONErrors() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      let bad = try await b.get("/api/facts?province=Atlantis")
      XCTAssertEqual(bad.status, .badRequest)
      XCTAssertEqual(bad.headers[.contentType], "application/json; charset=utf-8")
      XCTAssertEqual(try self.json(bad)["status"] as? Int, 400)
      try await b.expect("/api/facts?limit=100000", .badRequest)
      try await b.expect("/api/facts?year=x", .badRequest)
      try await b.expect("/api/stats?year=1200", .badRequest)
      try await b.expect("/api/documents?page=0", .badRequest)
      try await b.expect("/api/documents/424242", .notFound)
      try await b.expect("/api/jobs/0123456789abcdef", .notFound)
      try await b.expect("/api/reports/0123456789abcdef", .notFound)
      try await b.expect("/api/reports/not-an-id", .notFound)
    }
  }

  func testCorrectionNeedsTheCSRFHeaderAndValidJSON() async throws {
    let app = try await makeApp()
    let id = "M-64d2fe5937a7"
    try await withClient(app) { b in
      let missing = try await b.postJSON("/api/facts/\(id)/corrections", #"{"reject": true}"#, csrf: false)
      XCTAssertEqual(missing.status, .forbidden)
      let ok = try await b.postJSON("/api/facts/\(id)/corrections", #"{"province": "Hà Nội", "reviewed": true}"#)
      XCTAssertEqual(ok.status, .ok, ok.text)
      XCTAssertEqual(try self.json(ok)["documents"] as? Int, 1)
      let after = try self.json(try await b.get("/api/facts?province=Ha%20Noi"))
      XCTAssertTrue((after["facts"] as? [[String: Any]])?.contains { ($0["id"] as? String) == id } == true)
      let contradiction = try await b.postJSON("/api/facts/\(id)/corrections", #"{"reject": true, "restore": true}"#)
      XCTAssertEqual(contradiction.status, .badRequest)
      let wrongType = try await b.postJSON("/api/facts/\(id)/corrections", #"{"reject": "yes"}"#)
      XCTAssertEqual(wrongType.status, .badRequest)
      XCTAssertTrue(wrongType.text.contains("reject"))
      let malformed = try await b.postJSON("/api/facts/\(id)/corrections", "{nope")
      XCTAssertEqual(malformed.status, .badRequest)
      let kind = try await b.postJSON("/api/facts/\(id)/corrections", #"{"kind": "hoi_vien"}"#)
      XCTAssertEqual(kind.status, .badRequest, "a member metric is not a meeting kind")
      let unknown = try await b.postJSON("/api/facts/M-000000000000/corrections", #"{"reject": true}"#)
      XCTAssertEqual(unknown.status, .notFound)
      let notJSON = try await b.post("/api/facts/\(id)/corrections", form: [("reject", "1")])
      XCTAssertEqual(notJSON.status, .forbidden, "no header token: refused before anything else")
      let undo = try await b.postJSON("/api/facts/\(id)/corrections", #"{"undo": true}"#)
      XCTAssertEqual(undo.status, .ok)
    }
    XCTAssertEqual(try Store.open(path: dbPath, access: .readOnly).corrections(), [])
  }

  func testTextIngestAndReportThroughTheAPI() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      let text = try await b.postJSON("/api/documents/text", #"{"title": "Bài thử", "text": "\#(ArticleTests.article.replacingOccurrences(of: "\n", with: "\\n"))"}"#)
      XCTAssertEqual(text.status, .accepted, text.text)
      let job = try XCTUnwrap(try self.json(text)["job"] as? String)
      let done = try await b.waitJSON("/api/jobs/\(job)")
      XCTAssertEqual(done["state"] as? String, "done")
      let missingText = try await b.postJSON("/api/documents/text", #"{"title": "x"}"#)
      XCTAssertEqual(missingText.status, .badRequest)
      XCTAssertTrue(missingText.text.contains("text"))
      let report = try await b.postJSON("/api/reports", #"{"year": 2023, "template": "to-roi-a5"}"#)
      XCTAssertEqual(report.status, .accepted, report.text)
      let id = try XCTUnwrap(try self.json(report)["id"] as? String)
      let status = try await b.waitJSON("/api/reports/\(id)")
      XCTAssertEqual(status["state"] as? String, "done", "\(status)")
      XCTAssertNotNil(status["zip"] as? String)
      let badTemplate = try await b.postJSON("/api/reports", #"{"year": 2023, "template": "/etc/passwd"}"#)
      XCTAssertEqual(badTemplate.status, .badRequest)
      let noToken = try await b.postJSON("/api/reports", #"{"year": 2023, "template": "to-roi-a5"}"#, csrf: false)
      XCTAssertEqual(noToken.status, .forbidden)
    }
  }
}
