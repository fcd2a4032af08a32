import Foundation
import GRDB
import VustaModel
import VustaSynth
import XCTest
@testable import VustaStats
@testable import VustaStore

/// The statistics read from the summaries equal the statistics computed straight from the facts
/// (`FactScanOracle`), for every kind of query, after ingests, replacements, corrections and
/// undos; and the summaries kept step by step equal the summaries rebuilt from scratch.
final class SummaryOracleTests: XCTestCase {
  /// Synthetic articles, some merged so that one article reports meetings, figures and citations
  /// of several provinces, months and years (documents that span cells).
  static func documents(seed: UInt64) -> [ExtractedDocument] {
    var docs: [ExtractedDocument] = []
    CorpusSynthesizer(options: SynthOptions(articles: 400, years: 2019...2026, seed: seed)).generate(folder: "o") {
      docs.append($0.truth)
    }
    for i in stride(from: 0, to: docs.count - 9, by: 5) {
      docs[i].meetings += docs[i + 1].meetings + docs[i + 8].meetings
      docs[i].memberFigures += docs[i + 2].memberFigures + docs[i + 9].memberFigures
      docs[i].citations += docs[i + 3].citations
    }
    for i in stride(from: 4, to: docs.count, by: 37) {
      docs[i].published = nil  // undated articles: their facts keep their own dates or none
      for j in docs[i].meetings.indices { docs[i].meetings[j].date = nil }
    }
    return docs
  }

  func assertSameStatistics(_ store: Store, _ context: String, file: StaticString = #filePath, line: UInt = #line) throws {
    let stats = Statistics(store: store)
    let periods: [Period] = [.all, .year(2019), .year(2022), Period(from: 2019, to: 2024), Period(from: 2021, to: 2026),
                             .year(2025), Period(from: 2026, to: nil)]
    var checked = 0
    for period in periods {
      for division in [nil, Division.old63, .new34] {
        for province in [nil, "Hà Nội", "Phú Thọ", "Vĩnh Phúc", "Thừa Thiên Huế", "Hải Phòng"] {
          let base = StatsQuery(period: period, province: province, division: division)
          guard (try? stats.resolve(base)) != nil else { continue }
          for grouping in Grouping.allCases {
            var q = base
            q.grouping = grouping
            XCTAssertEqual(try stats.meetings(q), try stats.scanMeetings(q),
                           "\(context): meetings \(period.label) \(division?.rawValue ?? "-") \(province ?? "-") \(grouping)",
                           file: file, line: line)
            checked += 1
          }
          for metric in [nil, MemberMetric.hoi_vien, .chi_hoi] {
            var q = base
            q.metric = metric
            XCTAssertEqual(try stats.members(q), try stats.scanMembers(q),
                           "\(context): members \(period.label) \(division?.rawValue ?? "-") \(province ?? "-") \(metric?.rawValue ?? "-")",
                           file: file, line: line)
          }
          for grouping in [nil, Grouping.province] {
            var q = base
            q.grouping = grouping
            XCTAssertEqual(try stats.citations(q), try stats.scanCitations(q),
                           "\(context): citations \(period.label) \(division?.rawValue ?? "-") \(province ?? "-")",
                           file: file, line: line)
          }
        }
      }
    }
    XCTAssertGreaterThan(checked, 100, file: file, line: line)
    XCTAssertGreaterThan(try stats.meetings(StatsQuery(division: .new34)).total, 0, file: file, line: line)
  }

  func assertSummariesMatchARebuild(_ store: Store, _ context: String, file: StaticString = #filePath, line: UInt = #line) throws {
    XCTAssertEqual(try store.summaryDifferences(), [], "\(context): summaries kept step by step differ from a rebuild",
                   file: file, line: line)
    let spanning = try store.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM meeting_docspan") } ?? 0
    XCTAssertGreaterThan(spanning, 0, "the corpus has documents spanning cells", file: file, line: line)
  }

  func testSummariesEqualAScanOfTheFactsThroughChanges() throws {
    let store = try Store.inMemory()
    var docs = Self.documents(seed: 5)
    // several transactions, so that reports of one event arrive in different batches
    for start in stride(from: 0, to: docs.count, by: 70) {
      try store.ingest(documents: Array(docs[start..<min(docs.count, start + 70)]))
    }
    try assertSameStatistics(store, "first ingest")
    try assertSummariesMatchARebuild(store, "first ingest")

    // changed articles replace their facts: some lose meetings, some gain another year's
    for i in stride(from: 0, to: 120, by: 6) {
      docs[i].sha256 = "changed-\(i)"
      if i % 12 == 0 { docs[i].meetings.removeAll() } else { docs[i].meetings += docs[i + 200].meetings }
      docs[i].memberFigures = Array(docs[i].memberFigures.prefix(1))
    }
    try store.ingest(documents: Array(docs[0..<120]))

    // corrections: reject, move to another province, another date, another kind; then undo one
    let keys = try store.reader.read { db in
      (try String.fetchAll(db, sql: "SELECT factKey FROM meeting ORDER BY id LIMIT 40"),
       try String.fetchAll(db, sql: "SELECT factKey FROM figure ORDER BY id LIMIT 10"),
       try String.fetchAll(db, sql: "SELECT factKey FROM citation ORDER BY id LIMIT 10"))
    }
    for (n, key) in keys.0.enumerated() {
      switch n % 4 {
      case 0: try store.correct([Correction(factKey: key, field: .rejected, value: "1")])
      case 1: try store.correct([Correction(factKey: key, field: .province, value: "Hà Giang")])
      case 2: try store.correct([Correction(factKey: key, field: .date, value: "2020-03-0\(n % 9 + 1)")])
      default: try store.correct([Correction(factKey: key, field: .kind, value: MeetingKind.hoi_thao.rawValue)])
      }
    }
    for key in keys.1 { try store.correct([Correction(factKey: key, field: .rejected, value: "1")]) }
    for key in keys.2.prefix(5) { try store.correct([Correction(factKey: key, field: .rejected, value: "1")]) }
    try store.undoCorrections(of: keys.0[0])
    try assertSameStatistics(store, "after replacements and corrections")
    try assertSummariesMatchARebuild(store, "after replacements and corrections")
  }

  func testAMigratedStoreGetsItsSummaries() throws {
    let queue = try DatabaseQueue()
    try Schema.migrator().migrate(queue, upTo: "v1 statistics indexes")
    // facts written the way the first schema did (no summaries)
    let source = try Store.inMemory()
    try source.ingest(documents: Array(Self.documents(seed: 9).prefix(150)))
    let tables = ["document", "meeting", "figure", "citation"]
    try source.reader.read { from in
      try queue.write { to in
        for t in tables {
          let columns = try String.fetchAll(to, sql: "SELECT name FROM pragma_table_info('\(t)')")
          let list = columns.joined(separator: ", ")
          let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
          for row in try Row.fetchAll(from, sql: "SELECT \(list) FROM \(t)") {
            try to.execute(sql: "INSERT INTO \(t) (\(list)) VALUES (\(marks))", arguments: StatementArguments(Array(row.databaseValues)))
          }
        }
      }
    }
    try Schema.migrator().migrate(queue)
    let migrated = Store(path: nil, writer: queue, gazetteer: .shared)
    try assertSameStatistics(migrated, "migrated")
    XCTAssertEqual(try migrated.reader.read(Store.summaryRows), try source.reader.read(Store.summaryRows))
  }
}
