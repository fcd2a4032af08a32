import Foundation
import GRDB
import VustaModel
import XCTest
@testable import VustaStore

final class CorrectionTests: XCTestCase {
  func document(sha: String) -> ExtractedDocument {
    ExtractedDocument(
      id: "003_hp", path: "a/003_hp.txt", sha256: sha, title: "t", published: FactDate(iso: "2022-12-28"), url: nil,
      meetings: [StoreFixtures.meeting("Sáng 27/12, Liên hiệp Hội tổ chức hội nghị tổng kết.", province: nil,
                                       date: "2022-12-27", kind: .tong_ket)])
  }

  func testCorrectionIsAppliedAndSurvivesReingestOfAChangedFile() throws {
    let store = try Store.inMemory()
    try store.ingest(documents: [document(sha: "1")])
    let id = try store.facts(FactFilter()).first!.id
    try store.correct([Correction(factKey: id, field: .province, value: "hai phong")])
    var fact = try store.facts(FactFilter()).first!
    XCTAssertEqual(fact.province, "Hải Phòng")
    XCTAssertTrue(fact.corrected)
    try store.ingest(documents: [document(sha: "2")])
    fact = try store.facts(FactFilter()).first!
    XCTAssertEqual(fact.id, id)
    XCTAssertEqual(fact.province, "Hải Phòng")
    try store.correct([Correction(factKey: id, field: .rejected, value: "1")])
    XCTAssertTrue(try store.facts(FactFilter()).first!.rejected)
    XCTAssertEqual(try store.facts(FactFilter(includeRejected: false)).count, 0)
    try store.undoCorrections(of: id)
    fact = try store.facts(FactFilter()).first!
    XCTAssertNil(fact.province)
    XCTAssertFalse(fact.rejected)
  }

  /// A correction writes its article again, and a changed file is stored again: the article
  /// keeps its id, so its page (`/bai-viet/ID`), and every link to it, stay where they were.
  func testAnArticleKeepsItsIdThroughCorrectionsAndAChangedFile() throws {
    let store = try Store.inMemory()
    var other = document(sha: "x")
    other.id = "004_hn"
    other.path = "a/004_hn.txt"
    try store.ingest(documents: [document(sha: "1"), other])
    let before = try store.documents().map { "\($0.id) \($0.path)" }.sorted()
    let fact = try XCTUnwrap(try store.facts(FactFilter(document: "a/003_hp.txt")).first)
    try store.correct([Correction(factKey: fact.id, field: .reviewed, value: "1")])
    XCTAssertEqual(try store.documents().map { "\($0.id) \($0.path)" }.sorted(), before, "after a correction")
    try store.undoCorrections(of: fact.id)
    try store.ingest(documents: [document(sha: "2"), other])
    XCTAssertEqual(try store.documents().map { "\($0.id) \($0.path)" }.sorted(), before, "after a changed file")
    XCTAssertEqual(try store.summaryDifferences(), [])
  }

  func testBadCorrectionsAreRefusedAndNothingIsWritten() throws {
    let store = try Store.inMemory()
    try store.ingest(documents: [document(sha: "1")])
    let id = try store.facts(FactFilter()).first!.id
    XCTAssertThrowsError(try store.correct([Correction(factKey: "M-000000000000", field: .rejected, value: "1")])) {
      XCTAssertEqual($0 as? StoreError, .unknownFact("M-000000000000"))
    }
    XCTAssertThrowsError(try store.correct([Correction(factKey: id, field: .province, value: "Hai Phongg x")])) {
      XCTAssertTrue("\($0)".contains("Hải Phòng"), "\($0)")
    }
    XCTAssertThrowsError(try store.correct([Correction(factKey: id, field: .kind, value: "hoi_vien")]))
    XCTAssertThrowsError(try store.correct([Correction(factKey: id, field: .date, value: "31/2/2022")]))
    XCTAssertEqual(try StoreFixtures.counts(store)["correction"], 0)
  }

  func testDateCorrectionAcceptsVietnameseForms() throws {
    let store = try Store.inMemory()
    try store.ingest(documents: [document(sha: "1")])
    let id = try store.facts(FactFilter()).first!.id
    try store.correct([Correction(factKey: id, field: .date, value: "26/12/2022")])
    XCTAssertEqual(try store.facts(FactFilter(year: 2022)).first?.date, "2022-12-26")
    XCTAssertEqual(VietnameseDate.parse("10/2020"), FactDate(year: 2020, month: 10))
    XCTAssertNil(VietnameseDate.parse("13/2020"))
  }
}
