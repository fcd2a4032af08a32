import Foundation
import VustaCorpus
import VustaExtract
import VustaModel
@testable import VustaPipeline
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

/// Extraction workers leave a core to the ingest's writer while it works.
final class WriterCoreTests: XCTestCase {
  func testAWorkerHeldForTheWriterGoesOnOnceTheBatchIsStored() throws {
    let dir = NSTemporaryDirectory() + "vusta-core-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: dir) }
    _ = try CorpusSynthesizer(options: SynthOptions(articles: 40, years: 2023...2023, seed: 9)).write(to: dir + "/bai")
    let files = try FileManager.default.contentsOfDirectory(atPath: dir + "/bai").filter { $0.hasSuffix(".txt") }.sorted()
      .map { dir + "/bai/" + $0 }
    let store = try Store.open(path: dir + "/s.sqlite")
    let corpus = Corpus()
    let documents = files.compactMap { corpus.read(path: $0, sources: nil, warn: { _ in }) }.flatMap { Extractor().extractAll($0) }
    XCTAssertEqual(documents.count, 40)
    let writer = WriteBehind(store: store, progress: { _ in })
    try writer.write(documents, skipped: 0, files: documents.count)
    writer.waitForCore(worker: 0, of: 2)  // the first worker is never held
    writer.waitForCore(worker: 1, of: 2)  // held until the writer is idle: the batch is stored
    XCTAssertEqual(try store.documentCount(), 40)
    writer.waitForCore(worker: 1, of: 1)  // one worker: nothing to leave
    XCTAssertEqual(try writer.finish().added, 40)
  }

  func testAGatedMapKeepsItsOrderAndEveryItem() {
    let held = NSLock()
    var calls = [0, 0]
    let out = parallelMap(Array(0..<500), jobs: 2, gate: { worker in
      held.withLock { calls[worker] += 1 }
      if worker == 1 { usleep(100) }
    }) { $0 * 3 }
    XCTAssertEqual(out, (0..<500).map { $0 * 3 })
    XCTAssertGreaterThan(calls[0], 0)
  }
}

/// The cores a process may use: its affinity mask, as `taskset` sets it.
final class CoresTests: XCTestCase {
  func testTheCountIsWithinTheMachinesProcessors() {
    XCTAssertGreaterThanOrEqual(Cores.available, 1)
    XCTAssertLessThanOrEqual(Cores.available, ProcessInfo.processInfo.activeProcessorCount)
  }
}

extension CoresTests {
  func testTheMaskIsCountedAndABrokenLineIgnored() {
    XCTAssertEqual(Cores.allowed(status: "Name:\tvusta\nCpus_allowed:\t3\nCpus_allowed_list:\t0-1\n"), 2)
    XCTAssertEqual(Cores.allowed(status: "Cpus_allowed:\tffffffff,00000001\n"), 33)
    XCTAssertNil(Cores.allowed(status: "Cpus_allowed:\tzz\n"))
    XCTAssertNil(Cores.allowed(status: "Name:\tvusta\n"))
    XCTAssertNil(Cores.allowed(status: "Cpus_allowed:\t0\n"))
  }
}
