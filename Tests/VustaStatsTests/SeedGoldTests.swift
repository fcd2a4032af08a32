import Foundation
import VustaModel
import XCTest
@testable import VustaStats
@testable import VustaStore

/// The hand-checked facts of the five seed articles (Fixtures/seeds-gold.json) give the
/// hand-checked statistics of issue 3.
final class SeedGoldTests: XCTestCase {
  struct Gold: Decodable {
    struct M: Decodable { var date: String?; var province: String?; var kind: MeetingKind; var organizer: String? }
    struct F: Decodable { var province: String?; var metric: MemberMetric; var value: Int; var qualifier: Qualifier }
    struct C: Decodable {
      var number: String; var year: Int?; var code: String; var type: DocumentType; var issued: String?; var mentions: Int
    }
    var id: String
    var published: String?
    var meetings: [M]
    var member_figures: [F]
    var citations: [C]
  }

  func store() throws -> Store {
    let url = try XCTUnwrap(Bundle.module.url(forResource: "seeds-gold", withExtension: "json", subdirectory: "Fixtures"))
    let gold = try JSONDecoder().decode([Gold].self, from: Data(contentsOf: url))
    let docs = gold.map { g in
      ExtractedDocument(
        id: g.id, path: "seeds/\(g.id).txt", sha256: g.id, title: nil, published: g.published.flatMap(FactDate.init(iso:)),
        url: nil,
        meetings: g.meetings.enumerated().map {
          Meeting(date: $1.date.flatMap(FactDate.init(iso:)), province: $1.province, province2025: nil, kind: $1.kind,
                  organizer: $1.organizer, evidence: "m\($0)")
        },
        memberFigures: g.member_figures.enumerated().map {
          MemberFigure(province: $1.province, province2025: nil, metric: $1.metric, value: $1.value,
                       qualifier: $1.qualifier, evidence: "f\($0)")
        },
        citations: g.citations.map { c in
          let party = c.code.contains("/")
          let local = c.code.hasSuffix("TU") || c.code.contains("UBND")
          return Citation(id: party ? "\(c.number)-\(c.code)" : "\(c.number)/\(c.code)", number: c.number, year: c.year,
                          code: c.code, type: c.type, issuer: String(c.code.split(whereSeparator: { $0 == "/" || $0 == "-" }).last!),
                          scope: local ? .local : .national, province: nil,
                          issued: c.issued.flatMap(FactDate.init(iso:)), mentions: c.mentions, evidence: [])
        })
    }
    let s = try Store.inMemory()
    try s.ingest(documents: docs)
    return s
  }

  func testHandCheckedMeetingsAndCitations() throws {
    let stats = Statistics(store: try store())
    let y2020 = try stats.meetings(StatsQuery(period: .year(2020)))
    XCTAssertEqual(y2020.rows.map { "\($0.key)=\($0.meetings)" }, ["Phú Thọ=1"])
    let y2021 = try stats.meetings(StatsQuery(period: .year(2021)))
    XCTAssertEqual(y2021.rows.count, 0)
    XCTAssertEqual(y2021.national, 1)
    XCTAssertEqual(y2021.total, 1)
    XCTAssertEqual(y2021.coverage.factsWithoutProvince, 0, "a national meeting misses no province")
    let y2022 = try stats.meetings(StatsQuery(period: .year(2022)))
    XCTAssertEqual(y2022.rows.map { "\($0.key)=\($0.meetings)" }, ["Hải Phòng=1"])
    XCTAssertEqual(y2022.unknownProvince, 1)
    XCTAssertEqual(y2022.coverage.factsWithoutProvince, 1)
    let y2023 = try stats.meetings(StatsQuery(period: .year(2023)))
    XCTAssertEqual(y2023.rows.map { "\($0.key)=\($0.meetings)" }, ["Thừa Thiên Huế=1"])
    let cites = try stats.citations(StatsQuery(period: .all, division: .old63))
    let ct42 = try XCTUnwrap(cites.rows.first { $0.id == "42-CT/TW" })
    XCTAssertEqual(ct42.articles, 2)
    XCTAssertEqual(ct42.mentions, 5)
    XCTAssertEqual(ct42.firstCited, "2022-12-30")
    XCTAssertEqual(ct42.lastCited, "2023-11-13")
    let local = cites.rows.filter { $0.id == "07-NQ/TU" }
    XCTAssertEqual(local.map(\.localProvince), ["Thừa Thiên Huế"])
  }
}
