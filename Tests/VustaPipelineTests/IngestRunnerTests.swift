import Foundation
import VustaModel
import VustaPipeline
import VustaStore
import VustaSynth
import XCTest

/// The ingest's batches: any batch size stores the same facts, SQLite's own folding of the log
/// is off while an ingest runs and back on after it, and the log is folded at its end.
final class IngestRunnerTests: XCTestCase {
  var dir = ""

  override func setUpWithError() throws {
    dir = NSTemporaryDirectory() + "vusta-ingest-" + UUID().uuidString
    _ = try CorpusSynthesizer(options: SynthOptions(articles: 60, years: 2022...2023, seed: 4)).write(to: dir + "/bai")
  }

  override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: dir) }

  func ingest(batch: Int, into name: String) throws -> (Store, IngestTally) {
    let store = try Store.open(path: dir + "/" + name)
    var runner = IngestRunner(store: store)
    runner.batchSize = batch
    runner.warn = { _ in }
    return (store, try runner.ingest(paths: [dir + "/bai"]))
  }

  func testEveryBatchSizeStoresTheSameFacts() throws {
    let (small, a) = try ingest(batch: 7, into: "a.sqlite")
    let (whole, b) = try ingest(batch: 1024, into: "b.sqlite")
    XCTAssertEqual(a.added, 60)
    XCTAssertEqual(a.added, b.added)
    XCTAssertEqual(a.meetings, b.meetings)
    XCTAssertEqual(a.figures, b.figures)
    XCTAssertEqual(a.citations, b.citations)
    let key: (StoredFact) -> String = { "\($0.id)|\($0.document)|\($0.type)|\($0.kind)|\($0.date ?? "")|\($0.province ?? "")|\($0.detail)|\($0.confidence)" }
    XCTAssertEqual(try small.facts(FactFilter()).map(key).sorted(), try whole.facts(FactFilter()).map(key).sorted())
  }

  func testAutomaticLogFoldingIsBackOnAndTheLogEmptyAfterAnIngest() throws {
    let (store, _) = try ingest(batch: 16, into: "c.sqlite")
    XCTAssertEqual(try store.automaticLogFoldingPages(), 1000)
    let log = (try? FileManager.default.attributesOfItem(atPath: dir + "/c.sqlite-wal"))?[.size] as? Int ?? 0
    XCTAssertEqual(log, 0)
    store.setAutomaticLogFolding(false)
    XCTAssertEqual(try store.automaticLogFoldingPages(), 0)
  }
}
