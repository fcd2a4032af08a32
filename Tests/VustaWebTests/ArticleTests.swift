import Foundation
import HTTPTypes
import HummingbirdTesting
import VustaStore
import VustaWeb
import XCTest

/// Bài viết: uploads (multipart, size limit, CSRF, role), pasted text, the list and one article.
final class ArticleTests: WebTestCase {
  static let article = """
    Hội nghị giao ban Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An năm 2023

    Ngày 15/3/2023, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An tổ chức Hội nghị giao ban quý I năm 2023 \
    với sự tham dự của hơn 80 đại biểu.
    """

  func testUploadIngestsInTheBackgroundAndListsTheArticle() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      let r = try await b.upload("/bai-viet/tai-len", files: [("nghe-an.txt", Array(Self.article.utf8)),
                                                              ("../../etc/passwd.txt", Array("x".utf8)),
                                                              ("anh.png", [0x89, 0x50, 0x4E, 0x47])])
      XCTAssertEqual(r.status, .seeOther, r.text)
      let location = try XCTUnwrap(r.headers[.location])
      XCTAssertTrue(location.hasPrefix("/bai-viet/nap/"))
      let job = String(location.dropFirst("/bai-viet/nap/".count))
      let status = try await b.waitJSON("/api/jobs/\(job)")
      XCTAssertEqual(status["state"] as? String, "done", "\(status)")
      XCTAssertTrue((status["summary"] as? String)?.contains("2 mới") == true, "\(status)")
      XCTAssertTrue((status["warnings"] as? [String])?.contains { $0.contains("anh.png") } == true, "\(status)")
      let page = try await b.get(location)
      XCTAssertEqual(page.status, .ok)
      XCTAssertTrue(page.text.contains("2 mới"))
      let list = try await b.get("/bai-viet?q=nghe-an")
      XCTAssertTrue(list.text.contains("nghe-an.txt"))
      let docs = try Store.open(path: self.dbPath, access: .readOnly).documents(search: "nghe-an")
      XCTAssertEqual(docs.count, 1)
      // files land only in a fresh folder under the work folder, with a safe name
      let path = try XCTUnwrap(docs.first?.path)
      XCTAssertTrue(path.hasPrefix(self.dir + "/work/uploads/"), path)
      let stored = try Store.open(path: self.dbPath, access: .readOnly).documents(search: "passwd")
      XCTAssertEqual(stored.first.map { ($0.path as NSString).lastPathComponent }, "passwd.txt")
      XCTAssertTrue(stored.first?.path.hasPrefix(self.dir + "/work/uploads/") == true)
      let one = try await b.get("/bai-viet/\(docs[0].id)")
      XCTAssertEqual(one.status, .ok)
      XCTAssertTrue(one.text.contains("Nghệ An"))
      XCTAssertTrue(one.text.contains("Hội nghị giao ban quý I"), "the stored text is shown")
      XCTAssertTrue(one.text.contains("Giao ban"), "its facts")
    }
  }

  func testOversizedUploadIs413InVietnamese() async throws {
    let app = try await makeApp(maxUpload: 4096)
    try await withClient(app) { b in
      let r = try await b.upload("/bai-viet/tai-len", files: [("lon.txt", Array(repeating: 0x61, count: 10_000))])
      XCTAssertEqual(r.status, .contentTooLarge)
      XCTAssertTrue(r.text.contains("quá lớn"))
      let api = try await b.upload("/api/documents", files: [("lon.txt", Array(repeating: 0x61, count: 10_000))])
      XCTAssertEqual(api.status, .contentTooLarge)
      XCTAssertTrue(api.text.contains("\"status\":413"))
    }
    let uploads = (try? FileManager.default.contentsOfDirectory(atPath: dir + "/work/uploads")) ?? []
    XCTAssertEqual(uploads, [], "nothing written")
  }

  func testUploadWithoutCSRFOrFileOrMultipartIsRefused() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      let noToken = try await b.upload("/bai-viet/tai-len", files: [("a.txt", Array(Self.article.utf8))], csrf: false)
      XCTAssertEqual(noToken.status, .forbidden)
      let noFile = try await b.upload("/bai-viet/tai-len", files: [])
      XCTAssertEqual(noFile.status, .badRequest)
      let onlyImage = try await b.upload("/bai-viet/tai-len", files: [("a.png", [0x89, 0x50])])
      XCTAssertEqual(onlyImage.status, .badRequest)
      XCTAssertTrue(onlyImage.text.contains("Không có tệp bài viết nào"))
      let notMultipart = try await b.post("/bai-viet/tai-len", form: [("x", "y")])
      XCTAssertEqual(notMultipart.status, .unsupportedMediaType)
      let broken = try await b.send("/bai-viet/tai-len", .post, headers: [.contentType: "multipart/form-data; boundary=zzz"],
                                    body: .init(string: "garbage without boundaries"))
      XCTAssertEqual(broken.status, .badRequest)
    }
    XCTAssertEqual(try Store.open(path: dbPath, access: .readOnly).documentCount(), 5)
  }

  func testPastedTextIsIngestedWithItsTitleAndURL() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      let r = try await b.post("/bai-viet/dan", form: [("tieu-de", "Giao ban Nghệ An"), ("url", "https://example.vn/tin/9"),
                                                       ("noi-dung", Self.article)])
      XCTAssertEqual(r.status, .seeOther)
      let job = String((r.headers[.location] ?? "").split(separator: "/").last ?? "")
      let status = try await b.waitJSON("/api/jobs/\(job)")
      XCTAssertEqual(status["state"] as? String, "done", "\(status)")
      let docs = try Store.open(path: self.dbPath, access: .readOnly).documents(search: "giao-ban-nghe-an")
      XCTAssertEqual(docs.first?.url, "https://example.vn/tin/9")
      // a pasted text has no publication date: its page says nothing of one
      let page = try await b.get("/bai-viet/\(try XCTUnwrap(docs.first).id)")
      XCTAssertEqual(page.status, .ok)
      XCTAssertFalse(page.text.contains("đăng ngày"), "\"đăng ngày\" with no date after it")
      XCTAssertFalse(page.text.contains(self.dir + "/work/uploads"), "the server's own folder shown")
      let bad = try await b.post("/bai-viet/dan", form: [("url", "javascript:alert(1)"), ("noi-dung", "x")])
      XCTAssertEqual(bad.status, .badRequest)
      let empty = try await b.post("/bai-viet/dan", form: [("noi-dung", "")])
      XCTAssertEqual(empty.status, .badRequest)
    }
  }

  func testUnknownArticleAndJobAre404() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      try await b.expect("/bai-viet/999999", .notFound)
      try await b.expect("/bai-viet/abc", .notFound)
      try await b.expect("/bai-viet/nap/0123456789abcdef", .notFound)
      try await b.expect("/bai-viet/nap/..%2F..%2Fetc", .notFound)
      try await b.expect("/bai-viet?trang=x", .badRequest)
      let past = try await b.get("/bai-viet?trang=999999")
      XCTAssertEqual(past.status, .seeOther, "a page past the last goes to the last")
      XCTAssertEqual(past.headers[.location], "/bai-viet")
      let pastFacts = try await b.get("/du-kien?nam=2022&trang=999")
      XCTAssertEqual(pastFacts.status, .seeOther)
      XCTAssertEqual(pastFacts.headers[.location], "/du-kien?nam=2022")
      let list = try await b.get("/bai-viet")
      XCTAssertEqual(list.status, .ok)
      XCTAssertTrue(list.text.contains("Bài viết <span class=\"muted\">(5)</span>"))
    }
  }
}
