import Foundation
import VustaModel
import XCTest
@testable import VustaSynth

final class CorpusSynthesizerTests: XCTestCase {
  func articles(_ n: Int, seed: UInt64, years: ClosedRange<Int> = 2017...2026) -> [SynthArticle] {
    var out: [SynthArticle] = []
    CorpusSynthesizer(options: SynthOptions(articles: n, years: years, seed: seed)).generate(folder: "out") { out.append($0) }
    return out
  }

  func testSameSeedSameArticlesOtherSeedOtherArticles() {
    let a = articles(150, seed: 5), b = articles(150, seed: 5), c = articles(150, seed: 6)
    XCTAssertEqual(a.map(\.text), b.map(\.text))
    XCTAssertEqual(a.map(\.truth), b.map(\.truth))
    XCTAssertNotEqual(a.map(\.text), c.map(\.text))
    XCTAssertEqual(a.count, 150)
  }

  func testEveryFactHasItsEvidenceInTheText() {
    for a in articles(300, seed: 9) {
      for m in a.truth.meetings { XCTAssertTrue(a.text.contains(m.evidence), m.evidence) }
      for f in a.truth.memberFigures { XCTAssertTrue(a.text.contains(f.evidence), f.evidence) }
      for c in a.truth.citations {
        XCTAssertEqual(c.mentions, c.evidence.count)
        for e in c.evidence { XCTAssertTrue(a.text.contains(e), e) }
      }
    }
  }

  func testProvincesAreUnitsOfTheDivisionInForceAndDatesInRange() {
    let g = Gazetteer.shared
    for a in articles(400, seed: 3, years: 2023...2026) {
      XCTAssertEqual(a.truth.meetings.count, 1)
      for m in a.truth.meetings {
        if let d = m.date { XCTAssertTrue((2023...2026).contains(d.year)) }
        guard let p = m.province, let d = m.date else { continue }
        let division = Division.inForce(on: d)
        XCTAssertTrue(g.units(division).contains { $0.name == p }, "\(p) not in \(division) on \(d)")
        XCTAssertNotNil(m.province2025)
      }
    }
  }

  func testWordingVariesAsNewsroomsWriteIt() {
    let text = articles(500, seed: 1).map(\.text).joined(separator: "\n")
    for form in ["Sáng ", "Ngày ", " tháng ", "Trong hai ngày ", "Tin liên quan", "Copy link", "Đường dây nóng",
                 "Chỉ thị số 42-CT/TW ngày 16/4/2010 của Bộ Chính trị", "Chỉ thị 42", "/KH-UBND", "hơn ", "hội thành viên",
                 "Vừa qua", "Liên hiệp Hội thành phố"] {
      XCTAssertTrue(text.contains(form), "no \(form)")
    }
  }

  func testSomeEventsAreReportedByMoreThanOneArticle() {
    let all = articles(300, seed: 4)
    var seen: [String: Int] = [:]
    for a in all { for m in a.truth.meetings where m.date != nil { seen["\(m.date!)|\(m.province ?? "")|\(m.kind)", default: 0] += 1 } }
    XCTAssertTrue(seen.values.contains { $0 >= 2 })
  }

  func testWrittenCorpusHasTruthAndSources() throws {
    let folder = NSTemporaryDirectory() + "vusta-synth-" + UUID().uuidString
    addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
    let s = try CorpusSynthesizer(options: SynthOptions(articles: 40, years: 2020...2021, seed: 2)).write(to: folder)
    XCTAssertEqual(s.articles, 40)
    let truth = try JSONDecoder().decode(FactsFile.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/truth.json")))
    XCTAssertEqual(truth.documents.count, 40)
    let sources = try String(contentsOfFile: folder + "/sources.csv", encoding: .utf8).split(separator: "\n")
    XCTAssertEqual(sources.first, "file,url,published,province,title")
    XCTAssertEqual(sources.count, 41)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }
    XCTAssertEqual(files.count, 40)
    XCTAssertEqual(truth.documents.map(\.path).sorted(), files.map { folder + "/" + $0 }.sorted())
  }
}
