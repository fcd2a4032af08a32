import Foundation
import HTTPTypes
import HummingbirdTesting
import VustaWeb
import XCTest
import ZIPFoundation

/// Báo cáo: generate by id, preview, download each file and the ZIP; ids only, never paths.
final class ReportTests: WebTestCase {
  func testGenerateThenPreviewAndDownloadByIdOnly() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      let form = try await b.get("/bao-cao")
      XCTAssertEqual(form.status, .ok)
      XCTAssertTrue(form.text.contains("Báo cáo tổng kết năm"))
      let r = try await b.post("/bao-cao", form: [("nam", "2022"), ("mau", "bao-cao-nam"), ("so", "15"),
                                                  ("ngay", "2022-12-31"), ("nguoi-ky", "Nguyễn Văn A")])
      XCTAssertEqual(r.status, .seeOther, r.text)
      let location = try XCTUnwrap(r.headers[.location])
      let id = String(location.dropFirst("/bao-cao/".count))
      let status = try await b.waitJSON("/api/reports/\(id)")
      XCTAssertEqual(status["state"] as? String, "done", "\(status)")
      let files = try XCTUnwrap(status["files"] as? [[String: Any]])
      XCTAssertTrue(files.contains { ($0["name"] as? String) == "2022/bao-cao-nam-2022.pdf" }, "\(files)")
      let page = try await b.get(location)
      XCTAssertEqual(page.status, .ok)
      XCTAssertTrue(page.text.contains("xem-truoc.png"))
      let png = try await b.get("/bao-cao/\(id)/xem-truoc.png")
      XCTAssertEqual(png.headers[.contentType], "image/png")
      XCTAssertEqual(Array(png.body.readableBytesView.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
      let n = try XCTUnwrap(files.firstIndex { ($0["name"] as? String)?.hasSuffix(".pdf") == true })
      let pdf = try await b.get("/bao-cao/\(id)/tep/\(n)")
      XCTAssertEqual(pdf.status, .ok)
      XCTAssertEqual(pdf.headers[.contentType], "application/pdf")
      XCTAssertEqual(String(decoding: pdf.body.readableBytesView.prefix(5), as: UTF8.self), "%PDF-")
      XCTAssertTrue(pdf.headers[.contentDisposition]?.contains("bao-cao-nam-2022.pdf") == true)
      let zip = try await b.get("/bao-cao/\(id)/tat-ca.zip")
      XCTAssertEqual(zip.status, .ok)
      let zipPath = self.dir + "/all.zip"
      try Data(buffer: zip.body).write(to: URL(fileURLWithPath: zipPath))
      let archive = try Archive(url: URL(fileURLWithPath: zipPath), accessMode: .read)
      XCTAssertEqual(Array(archive).count, files.count)
      // listed on the Báo cáo page
      let list = try await b.get("/bao-cao")
      XCTAssertTrue(list.text.contains("/bao-cao/\(id)"))
      // unknown ids, file numbers and anything path-like are 404
      try await b.expect("/bao-cao/\(id)/tep/\(files.count)", .notFound)
      try await b.expect("/bao-cao/\(id)/tep/-1", .notFound)
      try await b.expect("/bao-cao/0123456789abcdef", .notFound)
      try await b.expect("/bao-cao/0123456789abcdef/tat-ca.zip", .notFound)
      try await b.expect("/bao-cao/..%2F..%2Fetc/tep/0", .notFound)
      try await b.expect("/bao-cao/%2Fetc%2Fpasswd/xem-truoc.png", .notFound)
    }
  }

  func testBadReportRequestsAre400And403WithoutToken() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      let template = try await b.post("/bao-cao", form: [("nam", "2022"), ("mau", "../../etc/passwd")])
      XCTAssertEqual(template.status, .badRequest)
      XCTAssertTrue(template.text.contains("không có"))
      let year = try await b.post("/bao-cao", form: [("nam", "9999"), ("mau", "bao-cao-nam")])
      XCTAssertEqual(year.status, .badRequest)
      let date = try await b.post("/bao-cao", form: [("nam", "2022"), ("mau", "bao-cao-nam"), ("ngay", "31/12/2022")])
      XCTAssertEqual(date.status, .badRequest)
      let noYear = try await b.post("/bao-cao", form: [("mau", "bao-cao-nam")])
      XCTAssertEqual(noYear.status, .badRequest)
      let token = try await b.post("/bao-cao", form: [("nam", "2022"), ("mau", "bao-cao-nam")], csrf: false)
      XCTAssertEqual(token.status, .forbidden)
    }
    let reports = (try? FileManager.default.contentsOfDirectory(atPath: dir + "/work/reports")) ?? []
    XCTAssertEqual(reports, [])
  }
}
