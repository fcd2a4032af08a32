import Foundation
import HTTPTypes
import HummingbirdTesting
import VustaStore
import VustaWeb
import XCTest

/// Accounts: with users in the store every page asks for a login; viewers cannot change facts.
final class AccountTests: WebTestCase {
  override func setUpWithError() throws {
    try super.setUpWithError()
    let store = try Store.open(path: dbPath)
    try store.saveUser(name: "lan", role: .editor, passwordHash: PasswordHash.make("mat-khau-lan", cost: 4))
    try store.saveUser(name: "minh", role: .viewer, passwordHash: PasswordHash.make("mat-khau-minh", cost: 4))
  }

  func testPagesAskForALoginAndTheAPIAnswers401() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      let r = try await b.get("/du-kien?nam=2022")
      XCTAssertEqual(r.status, .seeOther)
      XCTAssertEqual(r.headers[.location], "/dang-nhap?tiep=%2Fdu-kien")
      try await b.expect("/dang-nhap", .ok)
      try await b.expect("/api/facts", .unauthorized)
      try await b.expect("/api/openapi.json", .ok)
      let post = try await b.post("/du-kien/M-64d2fe5937a7", form: [("action", "reject")])
      XCTAssertEqual(post.status, .unauthorized)
    }
  }

  func testLoginLogoutAndTheSessionCookie() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      let wrong = try await b.post("/dang-nhap", form: [("ten", "lan"), ("mat-khau", "sai")])
      XCTAssertEqual(wrong.status, .unauthorized)
      XCTAssertTrue(wrong.text.contains("Sai tên đăng nhập hoặc mật khẩu"))
      let nobody = try await b.post("/dang-nhap", form: [("ten", "khong-co"), ("mat-khau", "x")])
      XCTAssertEqual(nobody.status, .unauthorized)
      let noToken = try await b.post("/dang-nhap", form: [("ten", "lan"), ("mat-khau", "mat-khau-lan")], csrf: false)
      XCTAssertEqual(noToken.status, .forbidden)
      let ok = try await b.post("/dang-nhap", form: [("ten", "lan"), ("mat-khau", "mat-khau-lan"), ("tiep", "/du-kien")])
      XCTAssertEqual(ok.status, .seeOther)
      XCTAssertEqual(ok.headers[.location], "/du-kien")
      let cookie = ok.headers[values: .setCookie].first { $0.hasPrefix("vusta_session=") } ?? ""
      XCTAssertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie)
      let page = try await b.get("/du-kien")
      XCTAssertEqual(page.status, .ok)
      XCTAssertTrue(page.text.contains("lan (biên tập)"))
      let open = try await b.post("/dang-nhap", form: [("ten", "lan"), ("mat-khau", "mat-khau-lan"), ("tiep", "https://evil.example")])
      XCTAssertEqual(open.headers[.location], "/", "no open redirect")
      let out = try await b.post("/dang-xuat", form: [])
      XCTAssertEqual(out.status, .seeOther)
      try await b.expect("/api/facts", .unauthorized)
    }
  }

  /// An account removed, or set again with another role, by `vusta user` in another process
  /// ends its open sessions at their next request: no editor rights for 12 more hours.
  func testARemovedOrDemotedAccountLosesItsSessionAtOnce() async throws {
    let app = try await makeApp()
    let store = try Store.open(path: dbPath)
    try await withClient(app) { b in
      _ = try await b.post("/dang-nhap", form: [("ten", "lan"), ("mat-khau", "mat-khau-lan")])
      try await b.expect("/api/facts", .ok)
      try store.saveUser(name: "lan", role: .viewer, passwordHash: try XCTUnwrap(try store.user(named: "lan")).passwordHash)
      try await b.expect("/api/facts", .unauthorized)
      let post = try await b.post("/du-kien/M-64d2fe5937a7", form: [("action", "reject")])
      XCTAssertEqual(post.status, .unauthorized)
    }
    try await withClient(app) { b in
      _ = try await b.post("/dang-nhap", form: [("ten", "minh"), ("mat-khau", "mat-khau-minh")])
      try await b.expect("/api/facts", .ok)
      try store.removeUser(named: "minh")
      try await b.expect("/api/facts", .unauthorized)
    }
    XCTAssertEqual(try store.facts(FactFilter(includeRejected: true)).filter(\.rejected).count, 0)
  }

  func testViewerCannotChangeFactsButEditorCan() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      _ = try await b.post("/dang-nhap", form: [("ten", "minh"), ("mat-khau", "mat-khau-minh")])
      let page = try await b.get("/du-kien")
      XCTAssertEqual(page.status, .ok)
      XCTAssertFalse(page.text.contains("value=\"reject\""), "no actions shown to a viewer")
      let post = try await b.post("/du-kien/M-64d2fe5937a7", form: [("action", "reject")])
      XCTAssertEqual(post.status, .forbidden)
      XCTAssertTrue(post.text.contains("chỉ xem"))
      let api = try await b.postJSON("/api/facts/M-64d2fe5937a7/corrections", #"{"reject": true}"#)
      XCTAssertEqual(api.status, .forbidden)
      let upload = try await b.upload("/bai-viet/tai-len", files: [("a.txt", Array("Hội nghị".utf8))])
      XCTAssertEqual(upload.status, .forbidden)
      _ = try await b.post("/dang-xuat", form: [])
      _ = try await b.post("/dang-nhap", form: [("ten", "lan"), ("mat-khau", "mat-khau-lan")])
      let edit = try await b.post("/du-kien/M-64d2fe5937a7", form: [("action", "reject")])
      XCTAssertEqual(edit.status, .seeOther)
    }
    XCTAssertEqual(try Store.open(path: dbPath, access: .readOnly).corrections().count, 1)
  }

  func testPasswordsAreStoredAsBcryptHashes() throws {
    let u = try XCTUnwrap(try Store.open(path: dbPath, access: .readOnly).user(named: "lan"))
    XCTAssertTrue(u.passwordHash.hasPrefix("$2"), u.passwordHash)
    XCTAssertFalse(u.passwordHash.contains("mat-khau-lan"))
    XCTAssertTrue(PasswordHash.verify("mat-khau-lan", hash: u.passwordHash))
    XCTAssertFalse(PasswordHash.verify("mat-khau-la", hash: u.passwordHash))
    XCTAssertNotNil(PasswordHash.problem("ngan"))
    XCTAssertNil(PasswordHash.problem("du-dai-roi"))
  }
}
