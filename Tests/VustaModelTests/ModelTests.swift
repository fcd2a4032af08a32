import Foundation
import VustaModel
import XCTest

/// Dates, divisions, the gazetteer, Vietnamese numbers and order.
final class ModelTests: XCTestCase {
  func testFactDateForms() throws {
    XCTAssertEqual(FactDate(iso: "2020-10-16")?.vietnamese, "16/10/2020")
    XCTAssertEqual(FactDate(iso: "2020-10")?.iso, "2020-10")
    XCTAssertEqual(FactDate(iso: "2020")?.iso, "2020")
    XCTAssertNil(FactDate(iso: "2023-02-29"))
    XCTAssertNotNil(FactDate(iso: "2024-02-29"))
    XCTAssertNil(FactDate(iso: "16/10/2020"))
    let json = try JSONEncoder().encode([FactDate(year: 2022, month: 12, day: 30)])
    XCTAssertEqual(String(decoding: json, as: UTF8.self), "[\"2022-12-30\"]")
  }

  func testDivisionInForce() {
    XCTAssertEqual(Division.inForce(on: FactDate(year: 2025, month: 6, day: 30)), .old63)
    XCTAssertEqual(Division.inForce(on: FactDate(year: 2025, month: 7, day: 1)), .new34)
    XCTAssertEqual(Division.inForce(on: FactDate(year: 2026)), .new34)
    XCTAssertEqual(Division.inForce(on: nil), .old63)
  }

  func testGazetteerHasBothDivisionsAndTheMapping() {
    let g = Gazetteer.shared
    XCTAssertEqual(g.old.count, 63)
    XCTAssertEqual(g.new.count, 34)
    // every old unit maps wholly onto one new unit
    for o in g.old { XCTAssertNotNil(g.newUnit(containing: o), o.name) }
    XCTAssertEqual(Set(g.old.map { g.newUnit(containing: $0)!.code }).count, 34)
    XCTAssertEqual(g.resolve("TP.HCM", in: .old63)?.name, "Hồ Chí Minh")
    XCTAssertEqual(g.resolve("Bình Dương", in: .new34)?.name, "Hồ Chí Minh")
    XCTAssertEqual(g.resolve("Thừa Thiên - Huế", in: .old63)?.name, "Thừa Thiên Huế")
    XCTAssertEqual(g.resolve("Yên Bái (cũ)", in: .new34)?.name, "Lào Cai")
    XCTAssertNil(g.resolve("Atlantis", in: .old63))
    XCTAssertEqual(g.nearest(to: "Thai Binhh", in: .old63).first, "Thái Bình")
  }

  func testVietnameseNumbers() {
    XCTAssertEqual(VietnameseNumber.format(15500), "15.500")
    XCTAssertEqual(VietnameseNumber.format(1_234_567), "1.234.567")
    XCTAssertEqual(VietnameseNumber.format(999), "999")
    XCTAssertEqual(VietnameseNumber.format(12.5), "12,5")
    XCTAssertEqual(VietnameseNumber.format(-3.25, fractionDigits: 2), "-3,25")
  }

  func testVietnameseOrder() {
    let names = ["Đà Nẵng", "Hà Nội", "An Giang", "Hòa Bình", "Hải Phòng", "Hưng Yên", "Huế", "Cà Mau", "Cần Thơ"]
    XCTAssertEqual(VietnameseCollation.sorted(names),
                   ["An Giang", "Cà Mau", "Cần Thơ", "Đà Nẵng", "Hà Nội", "Hải Phòng", "Hòa Bình", "Huế", "Hưng Yên"])
  }

  func testFolding() {
    XCTAssertEqual(VietnameseText.fold("Ðắk Lắk – TP.HCM"), "dak lak - tp.hcm")
    XCTAssertEqual(VietnameseText.key("Hoà Bình"), VietnameseText.key("Hòa Bình"))
  }
}
