import Foundation
import HTTPTypes
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
