import Foundation
import VustaModel
import VustaSynth
import XCTest
@testable import VustaStats
@testable import VustaStore

/// Statistics over a synthetic corpus loaded from its ground truth equal totals computed here,
/// independently, from the same truth.
final class SyntheticTruthTests: XCTestCase {
  static let docs: [ExtractedDocument] = {
    var out: [ExtractedDocument] = []
    CorpusSynthesizer(options: SynthOptions(articles: 900, years: 2018...2026, seed: 42)).generate(folder: "syn") {
      out.append($0.truth)
    }
    return out
  }()
  static let store: Store = {
    let s = try! Store.inMemory()
    try! s.ingest(documents: docs)
    return s
  }()
  var stats: Statistics { Statistics(store: SyntheticTruthTests.store) }

  /// Unique meetings of a year by province in a division, national and unknown, from the truth.
  func expectedMeetings(year: Int, division: Division) -> (provinces: [String: Int], national: Int, unknown: Int) {
    var keys: [String: Set<String>] = [:]
    var national = Set<String>()
    var unknown = 0
    for d in Self.docs {
      for m in d.meetings where m.date?.year == year {
        let day = m.date!.isDay
        if let p = m.province {
          let name = division == .old63 ? p : (m.province2025 ?? p)
          keys[name, default: []].insert(day ? "\(m.date!.iso)|\(p)|\(m.kind)" : "\(d.path)|\(m.evidence)")
        } else if m.organizer?.contains("Việt Nam") == true {
          national.insert(day ? "\(m.date!.iso)|\(m.kind)" : "\(d.path)|\(m.evidence)")
        } else {
          unknown += 1
        }
      }
    }
    return (keys.mapValues(\.count), national.count, unknown)
  }

  func testMeetingsPerProvinceEqualTheTruthInBothDivisions() throws {
    for (year, division) in [(2019, Division.old63), (2022, .old63), (2022, .new34), (2026, .new34)] {
      let t = try stats.meetings(StatsQuery(period: .year(year), division: division))
      let e = expectedMeetings(year: year, division: division)
      var got: [String: Int] = [:]
      for r in t.rows { got[r.key] = r.meetings }
      XCTAssertEqual(got, e.provinces, "\(year) \(division)")
      XCTAssertEqual(t.national, e.national, "\(year)")
      XCTAssertEqual(t.unknownProvince, e.unknown, "\(year)")
      XCTAssertEqual(t.total, e.provinces.values.reduce(0, +) + e.national + e.unknown)
      XCTAssertEqual(t.division, division)
      XCTAssertEqual(t.coverage.units, division == .old63 ? 63 : 34)
    }
  }

  func testGroupingsAddUpToTheSameTotal() throws {
    let base = try stats.meetings(StatsQuery(period: Period(from: 2020, to: 2023)))
    for g in Grouping.allCases {
      let t = try stats.meetings(StatsQuery(period: Period(from: 2020, to: 2023), grouping: g))
      let sum = t.rows.reduce(0) { $0 + $1.meetings } + (g == .province ? t.national + t.unknownProvince : 0)
      XCTAssertEqual(sum, base.total, "\(g)")
    }
  }

  func testRowsAreInVietnameseOrder() throws {
    let t = try stats.meetings(StatsQuery(period: Period(from: 2018, to: 2024)))
    let names = t.rows.map(\.key)
    XCTAssertEqual(names, VietnameseCollation.sorted(names))
    XCTAssertTrue(names.contains("Đắk Lắk") || names.contains("Bà Rịa - Vũng Tàu") || names.count > 30)
  }

  func testMemberTotalsEqualLatestFiguresFromTheTruth() throws {
    let year = 2023
    var latest: [String: (FactDate, Int)] = [:]
    for d in Self.docs {
      for f in d.memberFigures where f.metric == .hoi_vien && f.province != nil {
        guard let date = f.date ?? d.published, date.year == year else { continue }
        if let cur = latest[f.province!], cur.0 > date { continue }
        latest[f.province!] = (date, f.value)
      }
    }
    let t = try stats.members(StatsQuery(period: .year(year), metric: .hoi_vien))
    let total = try XCTUnwrap(t.totals.first)
    XCTAssertEqual(total.total, latest.values.reduce(0) { $0 + $1.1 })
    XCTAssertEqual(total.provincesWithData, latest.count)
    XCTAssertEqual(total.coverageText, "\(latest.count)/63 tỉnh có số liệu")
    let anyChange = try stats.members(StatsQuery(period: .year(year), metric: .hoi_vien)).rows.contains { $0.change != nil }
    XCTAssertTrue(anyChange || t.rows.count < 3)
  }

  func testCitationsEqualTheTruth() throws {
    for year in [2021, 2024] {
      var mentions: [String: Int] = [:]
      var articles: [String: Set<String>] = [:]
      for d in Self.docs where d.published?.year == year {
        for c in d.citations where c.scope == .national {
          mentions[c.id, default: 0] += c.mentions
          articles[c.id, default: []].insert(d.id)
        }
      }
      let t = try stats.citations(StatsQuery(period: .year(year)))
      let national = t.rows.filter { $0.scope == "national" }
      XCTAssertEqual(Dictionary(uniqueKeysWithValues: national.map { ($0.id, $0.mentions) }), mentions)
      XCTAssertEqual(Dictionary(uniqueKeysWithValues: national.map { ($0.id, $0.articles) }), articles.mapValues(\.count))
      XCTAssertEqual(t.rows.map(\.mentions), t.rows.map(\.mentions).sorted(by: >))
    }
  }

  func testDivisionDefaultsAndRefusal() throws {
    XCTAssertEqual(try stats.division(for: StatsQuery(period: .year(2024))), .old63)
    XCTAssertEqual(try stats.division(for: StatsQuery(period: .year(2025))), .new34)
    XCTAssertEqual(try stats.division(for: StatsQuery(period: .all)), .new34)
    XCTAssertThrowsError(try stats.meetings(StatsQuery(period: Period(from: 2024, to: 2025), division: .old63))) {
      XCTAssertEqual($0 as? StatsError, .divisionRefused(Period(from: 2024, to: 2025)))
      XCTAssertTrue("\($0)".contains("34"))
    }
  }

  func testUnknownProvinceListsNearestNames() throws {
    XCTAssertThrowsError(try stats.meetings(StatsQuery(period: .year(2022), province: "Hai Phongg"))) { error in
      guard case let StatsError.unknownProvince(name, _, nearest) = error else { return XCTFail("\(error)") }
      XCTAssertEqual(name, "Hai Phongg")
      XCTAssertEqual(nearest.first, "Hải Phòng")
    }
    let one = try stats.meetings(StatsQuery(period: .year(2022), province: "tp hai phong"))
    XCTAssertEqual(one.province, "Hải Phòng")
    XCTAssertTrue(one.rows.allSatisfy { $0.key == "Hải Phòng" })
  }

  func testRejectedFactsLeaveTheCounts() throws {
    let store = try Store.inMemory()
    try store.ingest(documents: Array(Self.docs.prefix(200)))
    let s = Statistics(store: store)
    let before = try s.meetings(StatsQuery(period: .all)).total
    let fact = try XCTUnwrap(store.facts(FactFilter(kind: "meeting")).first { $0.province != nil })
    let sameEvent = try store.facts(FactFilter(kind: "meeting")).filter {
      $0.date == fact.date && $0.province == fact.province && $0.kind == fact.kind
    }
    for f in sameEvent { try store.correct([Correction(factKey: f.id, field: .rejected, value: "1")]) }
    XCTAssertEqual(try s.meetings(StatsQuery(period: .all)).total, before - 1)
  }
}
