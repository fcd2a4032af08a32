import Foundation
import VustaCorpus
import VustaExtract
import VustaModel
import VustaSynth
import XCTest

/// The whole extraction on a synthetic corpus (articles with page furniture, several reports of
/// one event, the 2025 merger) against the generator's truth: every meeting, figure and citation.
final class SyntheticAccuracyTests: XCTestCase {
  func testExtractionMatchesTheSyntheticTruth() throws {
    let synth = CorpusSynthesizer(options: SynthOptions(articles: 300, years: 2019...2026, seed: 20261125))
    let extractor = Extractor()
    var table: [String: SourceInfo] = [:]
    var pairs: [(SynthArticle, ExtractedDocument)] = []
    try synth.generate(folder: "synth") { a in
      // the generator's sources.csv row: file,url,published,province,title
      let row = a.sourceRow
      let info = SourceInfo(url: row[1].isEmpty ? nil : row[1], published: FactDate(iso: row[2]),
                            province: row[3].isEmpty ? nil : row[3], title: row[4].isEmpty ? nil : row[4])
      table[a.fileName] = info
      let article = try XCTUnwrap(Corpus().article(path: "synth/" + a.fileName, data: Data(a.text.utf8),
                                                   sources: SourcesTable(rows: [a.fileName: info]), warn: { _ in }))
      pairs.append((a, extractor.extract(article)))
    }
    var wrong: [String] = []
    var total = 0
    for (a, d) in pairs {
      let t = a.truth
      let pairsOfKeys: [([String], [String], String)] = [
        (t.meetings.map { "\($0.date?.iso ?? "-")|\($0.province ?? "-")|\($0.kind)" },
         d.meetings.map { "\($0.date?.iso ?? "-")|\($0.province ?? "-")|\($0.kind)" }, "meetings"),
        (t.memberFigures.map { "\($0.province ?? "-")|\($0.metric)|\($0.value)|\($0.qualifier)" },
         d.memberFigures.map { "\($0.province ?? "-")|\($0.metric)|\($0.value)|\($0.qualifier)" }, "figures"),
        (t.citations.map { "\($0.id)|\($0.issued?.iso ?? "-")|\($0.mentions)" },
         d.citations.map { "\($0.id)|\($0.issued?.iso ?? "-")|\($0.mentions)" }, "citations"),
      ]
      for (expected, got, what) in pairsOfKeys {
        total += expected.count
        if expected.sorted() != got.sorted() { wrong.append("\(a.fileName) \(what): \(expected.sorted()) ≠ \(got.sorted())") }
      }
    }
    XCTAssertGreaterThan(total, 600)
    // At most 1% of the articles' fact lists may differ (the generator's own rare oddities).
    XCTAssertLessThanOrEqual(wrong.count, pairs.count / 100, wrong.prefix(5).joined(separator: "\n"))
  }
}
