import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import VustaPipeline
import VustaStore
import VustaWeb
import XCTest

/// The facts page's actions: each is a correction stored as `vusta correct` stores it, behind a
/// CSRF token, followed by a redirect back (post/redirect/get).
final class CorrectionTests: WebTestCase {
  let lowMeeting = "M-64d2fe5937a7"   // Hải Phòng, province from the article's context
  let unplacedMeeting = "M-b41284a025cb"   // no province, kind guessed: low confidence

  func testSetProvinceIsStoredAsACorrectionAndRedirectsBack() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      let r = try await b.post("/du-kien/\(self.lowMeeting)", form: [
        ("action", "save"), ("tinh", "Hai Duong"), ("tro-ve", "/du-kien?nam=2022")])
      XCTAssertEqual(r.status, .seeOther)
      XCTAssertEqual(r.headers[.location], "/du-kien?nam=2022&da-sua=\(self.lowMeeting)#\(self.lowMeeting)")
      let after = try await b.get("/du-kien?nam=2022&da-sua=\(self.lowMeeting)")
      XCTAssertTrue(after.text.contains("Đã lưu hiệu chỉnh"))
      XCTAssertTrue(after.text.contains("Hải Dương"))
    }
    let corrections = try Store.open(path: dbPath, access: .readOnly).corrections()
    XCTAssertEqual(corrections, [Correction(factKey: lowMeeting, field: .province, value: "Hải Dương")])
  }

  func testRejectChangesTheDashboardAndUndoRestores() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      func meetings() async throws -> Int {
        let r = try await b.get("/api/stats?year=2022")
        return (try JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any])?["meetings"] as? Int ?? -1
      }
      let before = try await meetings()
      XCTAssertGreaterThan(before, 0)
      _ = try await b.get("/?nam=2022")   // charts drawn and cached
      let reject = try await b.post("/du-kien/\(self.lowMeeting)", form: [("action", "reject")])
      XCTAssertEqual(reject.status, .seeOther)
      let rejected = try await meetings()
      XCTAssertEqual(rejected, before - 1, "the statistics change at once")
      let dash = try await b.get("/?nam=2022")
      XCTAssertTrue(dash.text.contains("<b>\(rejected)</b>hội nghị"))
      let undo = try await b.post("/du-kien/\(self.lowMeeting)", form: [("action", "undo")])
      XCTAssertEqual(undo.status, .seeOther)
      let restored = try await meetings()
      XCTAssertEqual(restored, before)
    }
  }

  func testReviewedLeavesTheNeedsReviewList() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      let before = try await b.get("/du-kien?ra-soat=1")
      XCTAssertTrue(before.text.contains(self.unplacedMeeting))
      _ = try await b.post("/du-kien/\(self.unplacedMeeting)", form: [("action", "reviewed")])
      let after = try await b.get("/du-kien?ra-soat=1")
      XCTAssertFalse(after.text.contains("id=\"\(self.unplacedMeeting)\""))
    }
    XCTAssertEqual(try Store.open(path: dbPath, access: .readOnly).corrections(),
                   [Correction(factKey: unplacedMeeting, field: .reviewed, value: "1")])
  }

  func testMissingOrWrongCSRFTokenIs403AndStoresNothing() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      let none = try await b.post("/du-kien/\(self.lowMeeting)", form: [("action", "reject")], csrf: false)
      XCTAssertEqual(none.status, .forbidden)
      XCTAssertTrue(none.text.contains("CSRF"))
      let wrong = try await b.post("/du-kien/\(self.lowMeeting)", form: [("action", "reject"), ("csrf", String(repeating: "0", count: 64))],
                                   csrf: false)
      XCTAssertEqual(wrong.status, .forbidden)
      // a browser without the cookie (another site's form) is refused even with a token
      b.cookies = [:]
      let foreign = try await b.send("/du-kien/\(self.lowMeeting)", .post,
                                     headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: .init(string: "action=reject&csrf=" + String(repeating: "a", count: 64)))
      XCTAssertEqual(foreign.status, .forbidden)
    }
    XCTAssertEqual(try Store.open(path: dbPath, access: .readOnly).corrections(), [])
  }

  func testBadCorrectionsAre400AndUnknownIdsAre404() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      let province = try await b.post("/du-kien/\(self.lowMeeting)", form: [("action", "save"), ("tinh", "Atlantis")])
      XCTAssertEqual(province.status, .badRequest)
      XCTAssertTrue(province.text.contains("không phải tên tỉnh"))
      let date = try await b.post("/du-kien/\(self.lowMeeting)", form: [("action", "save"), ("ngay", "32/13/2020")])
      XCTAssertEqual(date.status, .badRequest)
      let empty = try await b.post("/du-kien/\(self.lowMeeting)", form: [("action", "save")])
      XCTAssertEqual(empty.status, .badRequest)
      let action = try await b.post("/du-kien/\(self.lowMeeting)", form: [("action", "drop-table")])
      XCTAssertEqual(action.status, .badRequest)
      let unknown = try await b.post("/du-kien/M-000000000000", form: [("action", "reject")])
      XCTAssertEqual(unknown.status, .notFound)
      let shape = try await b.post("/du-kien/..%2Fetc", form: [("action", "reject")])
      XCTAssertEqual(shape.status, .notFound)
      // the way back is a path of this site only
      let away = try await b.post("/du-kien/\(self.lowMeeting)", form: [("action", "reviewed"), ("tro-ve", "https://evil.example/")])
      XCTAssertEqual(away.headers[.location]?.hasPrefix("/du-kien?"), true)
    }
    XCTAssertEqual(try Store.open(path: dbPath, access: .readOnly).corrections().map(\.field), [.reviewed])
  }

  func testTwoEditorsOnOneFactTheLastOneWinsAndBothSeeIt() async throws {
    let app = try await makeApp()
    let application = Application(router: app.router())
    try await application.test(.router) { client in
      let a = Browser(client: client), b = Browser(client: client)
      _ = try await a.get("/du-kien")
      _ = try await b.get("/du-kien")
      XCTAssertNotEqual(a.csrf, b.csrf, "each browser its own token")
      let first = try await a.post("/du-kien/\(self.lowMeeting)", form: [("tinh", "Hà Nội")])
      let second = try await b.post("/du-kien/\(self.lowMeeting)", form: [("tinh", "Hải Dương")])
      XCTAssertEqual([first.status, second.status], [.seeOther, .seeOther])
      for browser in [a, b] {
        let page = try await browser.get("/du-kien?q=\(self.lowMeeting)")
        XCTAssertTrue(page.text.contains("Hải Dương"))
        XCTAssertFalse(page.text.contains("Hà Nội</td>"))
      }
    }
    XCTAssertEqual(try Store.open(path: dbPath, access: .readOnly).corrections(),
                   [Correction(factKey: lowMeeting, field: .province, value: "Hải Dương")])
  }

  func testCorrectionSurvivesReingest() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      _ = try await b.post("/du-kien/\(self.lowMeeting)", form: [("action", "save"), ("ngay", "2022-12-28")])
    }
    // the article removed and read again: the correction applies to the new rows
    let store = try Store.open(path: dbPath)
    let path = try XCTUnwrap(try store.facts(FactFilter(kind: "meeting")).first { $0.id == lowMeeting }?.document)
    XCTAssertEqual(try store.remove(files: [DocumentFile.file(of: path)]), 1)
    XCTAssertNil(try store.facts(FactFilter(kind: "meeting")).first { $0.id == lowMeeting })
    var runner = IngestRunner(store: store)
    runner.warn = { _ in }
    let tally = try runner.ingest(paths: [WebTestCase.repoRoot.appendingPathComponent("seeds").path])
    XCTAssertEqual(tally.added, 1)
    let fact = try store.facts(FactFilter(kind: "meeting")).first { $0.id == lowMeeting }
    XCTAssertEqual(fact?.date, "2022-12-28")
    XCTAssertEqual(fact?.corrected, true)
  }
}
