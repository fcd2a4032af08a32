import Foundation
import VustaModel
import XCTest
@testable import VustaStore

final class RecordImportTests: XCTestCase {
  func write(_ text: String, bom: Bool = false) throws -> String {
    let path = StoreFixtures.temporaryFolder() + "/so-lieu.csv"
    try Data(((bom ? "\u{FEFF}" : "") + text).utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  func testVietnameseHeadersWithBOMAreImported() throws {
    let path = try write("""
      Tỉnh,Ngày,Loại,Số hội viên,Ghi chú
      Hải Phòng,27/12/2022,Hội viên,"15.500",theo báo cáo
      Thừa Thiên Huế,13/11/2023,Làm việc,,
      TP.HCM,2023,hoi_thanh_vien,27,
      """, bom: true)
    let doc = try RecordImport().read(path: path)
    XCTAssertEqual(doc.memberFigures.count, 2)
    XCTAssertEqual(doc.memberFigures[0].value, 15500)
    XCTAssertEqual(doc.memberFigures[0].province, "Hải Phòng")
    XCTAssertEqual(doc.memberFigures[1].metric, .hoi_thanh_vien)
    XCTAssertEqual(doc.memberFigures[1].province, "Hồ Chí Minh")
    XCTAssertEqual(doc.meetings.count, 1)
    XCTAssertEqual(doc.meetings[0].kind, .lam_viec)
    XCTAssertTrue(doc.meetings[0].evidence.contains("dòng 3"))
    let store = try Store.inMemory()
    let t = try store.ingest(documents: [doc], origin: .imported)
    XCTAssertEqual(t.figures, 2)
  }

  /// An unclosed quote in a note would swallow every row after it (their meetings and member
  /// counts gone, the import "successful"): it is a bad row naming the line it opens on.
  func testAnUnclosedQuoteIsAnErrorAndNothingIsImported() throws {
    let path = try write("Tỉnh,Ngày,Loại,Số hội viên,Ghi chú\nHà Nội,01/03/2022,Giao ban,,\"họp quý 1\nHải Phòng,02/03/2022,Tổng kết,,\nĐà Nẵng,03/03/2022,Hội viên,5.000,\n")
    XCTAssertThrowsError(try RecordImport().read(path: path)) { e in
      guard case .badRows(_, let issues)? = e as? RecordImportError else { return XCTFail("\(e)") }
      XCTAssertEqual(issues.map(\.line), [2])
      XCTAssertTrue(issues[0].message.contains("ngoặc kép"), issues[0].message)
    }
    let semicolons = try write("Tỉnh;Ngày;Loại;Ghi chú\nHà Nội;01/03/2022;Giao ban;\"a; \"\"b\"\"\"\nHuế;02/03/2022;Tổng kết;\n")
    XCTAssertEqual(try RecordImport().read(path: semicolons).meetings.count, 2, "a closed quote with a separator and quotes inside")
  }

  func testBadRowsAreReportedByLineAndNothingIsImported() throws {
    let path = try write("""
      Tỉnh,Ngày,Loại,Số hội viên
      Hải Phòng,27/12/2022,Hội viên,15500
      Hai Phongg,27/12/2022,Hội viên,100
      Nam Định,31/02/2022,Giao ban,
      Nam Định,2022,họp mặt,
      """)
    XCTAssertThrowsError(try RecordImport().read(path: path)) { error in
      guard case let RecordImportError.badRows(p, issues) = error else { return XCTFail("\(error)") }
      XCTAssertEqual(p, path)
      XCTAssertEqual(issues.map(\.line), [3, 4, 5])
      XCTAssertTrue(issues[0].message.contains("Hải Phòng"), issues[0].message)
      XCTAssertTrue(issues[1].message.contains("31/02/2022"))
      XCTAssertTrue("\(error)".contains("dòng 5"))
    }
  }

  func testCountsAreWholeNumbersAndDecimalsAreBadRows() throws {
    for (text, value) in [("15500", 15500), ("15.500", 15500), ("15 500", 15500), ("1.234.567", 1_234_567), (" 27 ", 27)] {
      XCTAssertEqual(NumberText.count(text), value, text)
    }
    for text in ["15,5", "1.5", "15.500,5", ".500", "15..500", "1.50", "-3", "15,500", "1.500 000", "9223372036854775807",
                 "100.000.001", "abc", ""] {
      XCTAssertNil(NumberText.count(text), text)
    }
    let path = try write("""
      Tỉnh,Ngày,Loại,Số hội viên
      Hải Phòng,27/12/2022,Hội viên,15.500
      Nam Định,27/12/2022,Hội viên,"15,5"
      Nam Định,27/12/2022,Hội viên,1.5
      Nam Định,27/12/2022,Hội viên,9223372036854775807
      """)
    XCTAssertThrowsError(try RecordImport().read(path: path)) { error in
      guard case let RecordImportError.badRows(_, issues) = error else { return XCTFail("\(error)") }
      XCTAssertEqual(issues.map(\.line), [3, 4, 5])
      XCTAssertTrue(issues[0].message.contains("15,5") && issues[0].message.contains("thập phân"), issues[0].message)
    }
  }

  func testMisspeltDuplicateAndExtraColumnsAreRefusedByName() throws {
    // a typo in "Số hội viên" must not lose every member count
    let typo = try write("Tỉnh,Ngày,Loại,Số hội vien x\nHải Phòng,27/12/2022,Hội viên,15500\n")
    XCTAssertThrowsError(try RecordImport().read(path: typo)) { error in
      XCTAssertTrue("\(error)".contains("dòng 1") && "\(error)".contains("Số hội vien x") && "\(error)".contains("cột lạ"), "\(error)")
    }
    let twice = try write("Tỉnh,Ngày,Loại,Số hội viên,Số hội viên\nHải Phòng,27/12/2022,Hội viên,15500,16000\n")
    XCTAssertThrowsError(try RecordImport().read(path: twice)) { error in
      XCTAssertTrue("\(error)".contains("cột trùng"), "\(error)")
    }
    let extra = try write("Tỉnh,Ngày,Loại,Số hội viên\nHải Phòng,27/12/2022,Hội viên,15500\nNam Định,27/12/2022,Hội viên,12000,13000\n")
    XCTAssertThrowsError(try RecordImport().read(path: extra)) { error in
      guard case let RecordImportError.badRows(_, issues) = error else { return XCTFail("\(error)") }
      XCTAssertEqual(issues.map(\.line), [3])
      XCTAssertTrue(issues[0].message.contains("extra fields"), issues[0].message)
    }
    // a row-number column is fine
    let numbered = try write("STT,Tỉnh,Ngày,Loại,Số hội viên\n1,Hải Phòng,27/12/2022,Hội viên,15.500\n")
    XCTAssertEqual(try RecordImport().read(path: numbered).memberFigures.map(\.value), [15500])
  }

  func testMissingColumnsAndNonUTF8AreRefused() throws {
    let path = try write("Tên,Giá\nA,1\n")
    XCTAssertThrowsError(try RecordImport().read(path: path)) { XCTAssertTrue("\($0)".contains("dòng 1")) }
    try Data([0x54, 0xEC, 0x6E, 0x68, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: path))
    XCTAssertThrowsError(try RecordImport().read(path: path)) { XCTAssertTrue("\($0)".contains("UTF-8")) }
  }
}
