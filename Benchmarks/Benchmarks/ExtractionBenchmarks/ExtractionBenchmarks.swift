import Benchmark
import Foundation
import VustaCorpus
import VustaExtract
import VustaModel

/// Extraction throughput on the seed articles and the held-out set, in process: bytes already
/// read, decoded and NFC-normalised by `Corpus`; the benchmark times `Extractor.extractAll` (listing-page check included) alone
/// and decoding + extraction together. Throughput is reported per article; MB/s = articles/s ×
/// the mean article size printed at start.
let benchmarks: @Sendable () -> Void = {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  let folders = [root.appendingPathComponent("seeds").path,
                 root.appendingPathComponent("Tests/VustaCorpusTests/Fixtures/heldout").path,
                 root.appendingPathComponent("Tests/VustaCorpusTests/Fixtures/heldout2").path]
  let corpus = Corpus()
  let files = (try? corpus.files(under: folders)) ?? []
  let raw: [(String, Data)] = files.compactMap { p in FileManager.default.contents(atPath: p).map { (p, $0) } }
  let articles = raw.compactMap { corpus.article(path: $0.0, data: $0.1, sources: nil, warn: { _ in }) }
  let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
  print("corpus: \(articles.count) articles, \(bytes) bytes (mean \(bytes / max(1, articles.count)) bytes)")
  let extractor = Extractor()
  Benchmark.defaultConfiguration = .init(metrics: [.throughput, .wallClock, .peakMemoryResident],
                                         maxDuration: .seconds(5), maxIterations: 200)

  Benchmark("extract: all articles (\(bytes) bytes per iteration)") { benchmark in
    for _ in benchmark.scaledIterations {
      for a in articles { blackHole(extractor.extractAll(a)) }
    }
  }

  Benchmark("decode + extract: all files (\(bytes) bytes per iteration)") { benchmark in
    for _ in benchmark.scaledIterations {
      for (p, d) in raw {
        if let a = corpus.article(path: p, data: d, sources: nil, warn: { _ in }) { blackHole(extractor.extractAll(a)) }
      }
    }
  }
}
