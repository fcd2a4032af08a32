import Foundation
import VustaCorpus
import VustaExtract
import VustaModel
import XCTest

/// The real-page corpus (corpus/real: 867 reworded pages of provincial portals and newspapers,
/// gold by annotators who never saw the code): scores per fact type must not fall below what
/// the extractor reached, and confidence must stay a short review list.
///
/// The floors sit a little under the scores measured when they were set (BENCHMARKS.md,
/// "Extraction accuracy on real pages"); a change that loses meetings or figures on real pages
/// fails here even when every written-for-the-project set stays exact.
final class RealPageTests: XCTestCase {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("corpus/real")

  func testDevelopmentPartHoldsItsScores() throws {
    let s = try score(part: "dev")
    // measured 0.89 / 0.90 / 0.94 / 0.98, 16% of the facts low (2026-12-03, sixth session, after
    // round 11; the floors leave room for a page or two); 0.89 / 0.90 / 0.95 / 0.99, 14% low
    // after round 14's set se came in and was read (2026-12-04, ninth session); 0.90 / 0.93 /
    // 0.97 / 0.99, 14% low after round 16 (tenth session, one-item listings aligned); 0.90 /
    // 0.93 / 0.95 / 0.99, 14% low with rounds 19–21's sets in (eleventh session: their annotators
    // count a headline-like line's mention and a legal text's title and cell the extractor skips);
    // 0.89 / 0.93 / 0.95 / 0.99, 13% low with rounds 22–26's sets in and read (twelfth session);
    // 0.88 / 0.91 / 0.93 / 0.99, 14% low with rounds 35–40's sets in and read (fourteenth
    // session: 14 of their 62 pages are English, read with the Vietnamese rules); 0.89 / 0.93 /
    // 0.94 / 1.00, 20% low with the eighteenth session's review list (chosen to flag more of the
    // wrong facts: 43% of them, was 22%; the issue's ceiling is a quarter of all facts)
    XCTAssertGreaterThanOrEqual(s.f1("meetings"), 0.86, s.description)
    XCTAssertGreaterThanOrEqual(s.f1("figures"), 0.90, s.description)
    XCTAssertGreaterThanOrEqual(s.f1("citations"), 0.92, s.description)
    XCTAssertGreaterThanOrEqual(s.f1("published"), 0.95, s.description)
    XCTAssertLessThanOrEqual(s.lowShare, 0.25, s.description)
  }

  func testKeptAsidePartHoldsItsScores() throws {
    let s = try score(part: "aside")
    // measured 0.77 / 0.87 / 0.93, 23% of the facts low (2026-12-03, round 7: the aside parts of
    // rp–rt are in, never read — their meetings scored 0.53 and 0.00 on arrival — which took
    // the part down from 0.82); 0.79 / 0.92 / 0.98, 20% low after round 11 (sixth session);
    // 0.80 / 0.90 / 0.98, 18% low with se's aside part in (ninth session); 0.86 / 0.89 / 0.99,
    // 18% low with sf's and sg's aside parts in, after the tenth session's fixes; 0.87 / 0.91 /
    // 0.96, 17% low with sj's and sk's aside parts in (eleventh session); 0.88 / 0.92 / 0.97,
    // 17% low with rounds 22–26's aside parts in and read (twelfth session); 0.87 / 0.88 /
    // 0.97, 17% low with rounds 35–40's aside parts in (fourteenth session; English pages among them)
    XCTAssertGreaterThanOrEqual(s.f1("meetings"), 0.84, s.description)
    XCTAssertGreaterThanOrEqual(s.f1("figures"), 0.86, s.description)
    XCTAssertGreaterThanOrEqual(s.f1("citations"), 0.94, s.description)
    XCTAssertLessThanOrEqual(s.lowShare, 0.25, s.description)
  }

  func testListingPagesAreSplitIntoTheirItems() throws {
    // every listing page of the corpus yields exactly the items its gold names
    var checked = 0
    for part in ["dev", "aside"] {
      for set in try sets(part) {
        let gold = try goldDocuments(set)
        let listings = Set(gold.map(\.id).filter { $0.contains("#") }.map { String($0.split(separator: "#")[0]) })
        for page in listings {
          let ids = try extractFolder(set).map(\.id).filter { $0.hasPrefix(page + "#") }
          let expected = gold.map(\.id).filter { $0.hasPrefix(page + "#") }
          if Set(ids) == Set(expected) { checked += 1 }
        }
      }
    }
    XCTAssertGreaterThanOrEqual(checked, 10, "listing pages split as their gold says")
  }

  // MARK: - Scoring (the same matching as scripts/evaluate.py)

  struct Score: CustomStringConvertible {
    var tp: [String: Int] = [:], fp: [String: Int] = [:], fn: [String: Int] = [:]
    var facts = 0, low = 0

    func f1(_ k: String) -> Double {
      let t = Double(tp[k, default: 0]), p = t / max(1, t + Double(fp[k, default: 0]))
      let r = t / max(1, t + Double(fn[k, default: 0]))
      return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
    var lowShare: Double { Double(low) / Double(max(1, facts)) }
    var description: String {
      ["published", "meetings", "figures", "citations"].map { k in
        "\(k) tp=\(tp[k, default: 0]) fp=\(fp[k, default: 0]) fn=\(fn[k, default: 0]) F1=\(String(format: "%.2f", f1(k)))"
      }.joined(separator: "; ") + "; low \(low)/\(facts)"
    }
  }

  struct GoldDocument: Decodable {
    struct M: Decodable { var date: String?; var province: String?; var kind: String }
    struct F: Decodable { var province: String?; var metric: String; var value: Int; var qualifier: String }
    struct C: Decodable { var number: String; var code: String; var type: String; var issued: String?; var mentions: Int }
    var id: String
    var published: String?
    var meetings: [M]
    var member_figures: [F]
    var citations: [C]
  }

  func sets(_ part: String) throws -> [URL] {
    let dir = RealPageTests.root.appendingPathComponent(part)
    return try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
      .filter { $0.hasDirectoryPath }.sorted { $0.path < $1.path }
  }

  func goldDocuments(_ set: URL) throws -> [GoldDocument] {
    try JSONDecoder().decode([GoldDocument].self, from: Data(contentsOf: set.appendingPathComponent("gold.json")))
  }

  func extractFolder(_ set: URL) throws -> [ExtractedDocument] {
    let corpus = Corpus()
    let files = try corpus.files(under: [set.path])
    let sources = try corpus.sources(for: files)
    let extractor = Extractor()
    return files.compactMap { f in corpus.read(path: f, sources: sources[set.path], warn: { _ in }) }
      .flatMap { extractor.extractAll($0) }
  }

  func score(part: String) throws -> Score {
    var s = Score()
    func tally(_ k: String, _ gold: [String], _ got: [String]) {
      var left = Dictionary(gold.map { ($0, 1) }, uniquingKeysWith: +)
      for g in got {
        if left[g, default: 0] > 0 { left[g]! -= 1; s.tp[k, default: 0] += 1 } else { s.fp[k, default: 0] += 1 }
      }
      s.fn[k, default: 0] += left.values.reduce(0, +)
    }
    for set in try sets(part) {
      let docs = Dictionary(try extractFolder(set).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
      let gold = try goldDocuments(set)
      let goldIDs = Set(gold.map(\.id))
      for g in gold {
        var d = docs[g.id]
        // a listing of one item read as one article, or the reverse: the same page (evaluate.py)
        if d == nil, g.id.hasSuffix("#1"), !goldIDs.contains(String(g.id.dropLast(2)) + "#2") {
          let page = String(g.id.dropLast(2))
          if docs[page + "#2"] == nil { d = docs[page] }
        }
        if d == nil, !g.id.contains("#"), docs[g.id + "#2"] == nil { d = docs[g.id + "#1"] }
        tally("published", [g.published ?? "nil"], [d?.published?.iso ?? "nil"])
        tally("meetings", g.meetings.map { "\($0.date ?? "nil")|\($0.province ?? "nil")|\($0.kind)" },
              d?.meetings.map { "\($0.date?.iso ?? "nil")|\($0.province ?? "nil")|\($0.kind.rawValue)" } ?? [])
        tally("figures", g.member_figures.map { "\($0.province ?? "nil")|\($0.metric)|\($0.value)|\($0.qualifier)" },
              d?.memberFigures.map { "\($0.province ?? "nil")|\($0.metric.rawValue)|\($0.value)|\($0.qualifier.rawValue)" } ?? [])
        tally("citations", g.citations.map { "\($0.number)|\($0.code)|\($0.type)|\($0.issued ?? "nil")|\($0.mentions)" },
              d?.citations.map { "\($0.number)|\($0.code)|\($0.type.rawValue)|\($0.issued?.iso ?? "nil")|\($0.mentions)" } ?? [])
        for c in (d?.meetings.map(\.confidence) ?? []) + (d?.memberFigures.map(\.confidence) ?? [])
          + (d?.citations.map(\.confidence) ?? [])
        {
          s.facts += 1
          if c == .low { s.low += 1 }
        }
      }
    }
    return s
  }
}
