import Foundation
import GRDB
import VustaModel
import XCTest
@testable import VustaStore

final class IngestTests: XCTestCase {
  func testReingestingTheSameDocumentsChangesNothing() throws {
    let store = try Store.inMemory()
    let docs = StoreFixtures.synthetic(120)
    let first = try store.ingest(documents: docs)
    XCTAssertEqual(first.added, 120)
    XCTAssertEqual(first.meetings, docs.reduce(0) { $0 + $1.meetings.count })
    let before = try StoreFixtures.counts(store)
    let keys = try store.reader.read { try String.fetchAll($0, sql: "SELECT factKey FROM meeting ORDER BY factKey") }
    let second = try store.ingest(documents: docs)
    XCTAssertEqual(second.skipped, 120)
    XCTAssertEqual(second.facts, 0)
    XCTAssertEqual(try StoreFixtures.counts(store), before)
    XCTAssertEqual(try store.reader.read { try String.fetchAll($0, sql: "SELECT factKey FROM meeting ORDER BY factKey") }, keys)
  }

  func testChangedDocumentReplacesOnlyItsOwnFacts() throws {
    let store = try Store.inMemory()
    var docs = StoreFixtures.synthetic(10)
    try store.ingest(documents: docs)
    let before = try StoreFixtures.counts(store)
    docs[3].sha256 = "changed"
    docs[3].meetings.append(StoreFixtures.meeting("Ngày 2/3, Liên hiệp Hội tỉnh Nam Định tổ chức hội thảo.", province: "Nam Định",
                                                   date: "2021-03-02", kind: .hoi_thao))
    let t = try store.ingest(documents: docs)
    XCTAssertEqual(t.updated, 1)
    XCTAssertEqual(t.skipped, 9)
    let after = try StoreFixtures.counts(store)
    XCTAssertEqual(after["document"], before["document"])
    XCTAssertEqual(after["meeting"], before["meeting"]! + 1)
  }

  func testFactIdsAreStableAndDistinct() {
    let a = FactKey.keys(prefix: "M", document: "000_x", anchors: ["Câu A.", "Câu A.", "Câu B."])
    XCTAssertEqual(Set(a).count, 3)
    XCTAssertEqual(a, FactKey.keys(prefix: "M", document: "000_x", anchors: ["Câu A.", "Câu A.", "Câu B."]))
    XCTAssertTrue(a[0].hasPrefix("M-"))
    XCTAssertEqual(a[0].count, 14)
  }

  func testSummaryCheckFindsADamagedSummaryAndChangesNothing() throws {
    let store = try Store.inMemory()
    try store.ingest(documents: StoreFixtures.synthetic(60))
    XCTAssertEqual(try store.summaryDifferences(), [])
    try store.writer.write { db in
      try db.execute(sql: "UPDATE meeting_cell SET events = events + 1 WHERE rowid = (SELECT MIN(rowid) FROM meeting_cell)")
      try db.execute(sql: "DELETE FROM figure_doccell WHERE rowid = (SELECT MIN(rowid) FROM figure_doccell)")
    }
    XCTAssertEqual(try store.summaryDifferences(), ["figure_doccell", "meeting_cell"])
    XCTAssertEqual(try store.summaryDifferences(), ["figure_doccell", "meeting_cell"], "the check repairs nothing")
  }

  func testTwoProcessesIngestingAtOnceNeitherFailNorDuplicate() throws {
    let path = StoreFixtures.temporaryFolder() + "/both.sqlite"
    _ = try Store.open(path: path)
    let docs = StoreFixtures.synthetic(300)
    let errors = NSLock()
    var failures: [Error] = []
    DispatchQueue.concurrentPerform(iterations: 2) { i in
      do {
        let store = try Store.open(path: path)
        let order = i == 0 ? docs : docs.reversed()
        for start in stride(from: 0, to: order.count, by: 25) {
          try store.ingest(documents: Array(order[start..<min(order.count, start + 25)]))
        }
      } catch {
        errors.lock()
        failures.append(error)
        errors.unlock()
      }
    }
    XCTAssertTrue(failures.isEmpty, "\(failures)")
    let counts = try StoreFixtures.counts(try Store.open(path: path, access: .readOnly))
    XCTAssertEqual(counts["document"], 300)
    XCTAssertEqual(counts["meeting"], docs.reduce(0) { $0 + $1.meetings.count })
    XCTAssertEqual(try Store.open(path: path).summaryDifferences(), [], "summaries whole after two writers")
  }

  func testPlacementMapsOldUnitsOntoNewOnesAndNeverBack() {
    let g = VustaModel.Gazetteer.shared
    let old = ProvincePlacement.place("Hà Nam", date: FactDate(year: 2024, month: 5, day: 1), published: nil, gazetteer: g)
    XCTAssertEqual(old.p63, "Hà Nam")
    XCTAssertEqual(old.p34, "Ninh Bình")
    let new = ProvincePlacement.place("Ninh Bình", date: FactDate(year: 2025, month: 9, day: 1), published: nil, gazetteer: g)
    XCTAssertNil(new.p63)
    XCTAssertEqual(new.p34, "Ninh Bình")
    XCTAssertEqual(ProvincePlacement.place(nil, date: nil, published: nil, gazetteer: g), .unknown)
  }
}
