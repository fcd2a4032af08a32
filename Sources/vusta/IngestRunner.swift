import Foundation
import VustaCorpus
import VustaExtract
import VustaModel
import VustaStore

/// Reads, extracts and stores articles in batches: files are read and extracted on every core,
/// each batch is written in one transaction, and unchanged files are not extracted again.
/// Memory stays bounded by one batch whatever the corpus size.
struct IngestRunner {
  let store: Store
  let extractor = Extractor()
  var batchSize = 256
  var warn: (CorpusWarning) -> Void = { Stderr.line("vusta: cảnh báo: \($0)") }

  /// Ingests `paths` (already listed and sorted by the corpus); calls `progress` after each batch.
  func run(paths: [String], sources: [String: SourcesTable], progress: (Int) -> Void) throws -> IngestTally {
    var tally = IngestTally()
    var done = 0
    let corpus = Corpus()
    for start in stride(from: 0, to: paths.count, by: batchSize) {
      let batch = Array(paths[start..<min(paths.count, start + batchSize)])
      let articles = parallelMap(batch) { path -> Article? in
        corpus.read(path: path, sources: sources[(path as NSString).deletingLastPathComponent], warn: warn)
      }
      let read = articles.compactMap { $0 }
      let stored = try store.storedHashes(paths: read.map(\.path))
      let changed = read.filter { stored[$0.path] != $0.sha256 }
      tally.skipped += read.count - changed.count
      let documents = parallelMap(changed) { extractor.extract($0) }
      tally.add(try store.ingest(documents: documents, origin: .article))
      done += batch.count
      progress(done)
    }
    return tally
  }

  /// Maps on every core, keeping the order.
  func parallelMap<T, U>(_ items: [T], _ transform: (T) -> U) -> [U] {
    if items.count < 2 { return items.map(transform) }
    var out = [U?](repeating: nil, count: items.count)
    let lock = NSLock()
    let workers = min(ProcessInfo.processInfo.activeProcessorCount, items.count)
    let chunk = (items.count + workers - 1) / workers
    out.withUnsafeMutableBufferPointer { buffer in
      let base = buffer
      DispatchQueue.concurrentPerform(iterations: workers) { w in
        let lo = w * chunk
        let hi = min(items.count, lo + chunk)
        guard lo < hi else { return }
        var local: [U] = []
        local.reserveCapacity(hi - lo)
        for i in lo..<hi { local.append(transform(items[i])) }
        lock.lock()
        for (k, v) in local.enumerated() { base[lo + k] = v }
        lock.unlock()
      }
    }
    return out.map { $0! }
  }
}
