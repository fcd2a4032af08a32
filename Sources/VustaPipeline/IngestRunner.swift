import Foundation
import VustaCorpus
import VustaExtract
import VustaModel
import VustaStore

/// Reads, extracts and stores articles in batches: files are read and extracted on every core,
/// batches are written (the ones waiting together, in one transaction) while the next ones are
/// extracted, and unchanged files are not extracted again. Memory stays bounded by four batches
/// whatever the corpus size.
public struct IngestRunner {
  let store: Store
  let extractor = Extractor()
  /// Files read and extracted together, then stored in one transaction. Each commit costs a
  /// fixed part (the summaries' cells are merged, the log grows by their pages): with 1,024 files
  /// a batch and SQLite's folding of the log off during the run, 10,000 articles take 60% of
  /// the time they took with 256 (BENCHMARKS.md, "Speed round three"), for 2 MB more memory.
  public var batchSize = 1024
  /// The encoding every file is read in (`--encoding`); nil recognises each file's own.
  public var encoding: ForcedEncoding? = nil
  /// Where a file's warning goes (a skipped binary file, a guessed encoding); stderr by default.
  public var warn: (CorpusWarning) -> Void = {
    try? FileHandle.standardError.write(contentsOf: Data("vusta: cảnh báo: \($0)\n".utf8))
  }

  /// A runner storing into `store`.
  public init(store: Store) { self.store = store }

  /// Lists the articles under `paths` (files or folders), reads their sources.csv and ingests
  /// them, as `vusta ingest PATH…` does; `progress` gets (files stored, files listed).
  /// - Throws: `CorpusError` (a missing path, a bad sources.csv: nothing is stored), store errors.
  public func ingest(paths: [String], progress: @escaping (Int, Int) -> Void = { _, _ in }) throws -> IngestTally {
    let corpus = Corpus(encoding: encoding)
    let files = try corpus.files(under: paths, warn: warn).map(Corpus.canonical)
    let sources = try corpus.sources(for: files, warn: warn)
    progress(0, files.count)
    return try run(paths: files, sources: sources) { progress($0, files.count) }
  }

  /// Ingests `paths` (already listed and sorted by the corpus); calls `progress` after each
  /// batch is stored (from the writing thread).
  public func run(paths: [String], sources: [String: SourcesTable], progress: @escaping (Int) -> Void) throws -> IngestTally {
    let writer = WriteBehind(store: store, progress: progress)
    let jobs = Cores.available
    store.setAutomaticLogFolding(false)
    defer { store.setAutomaticLogFolding(true) }
    let corpus = Corpus(encoding: encoding)
    for start in stride(from: 0, to: paths.count, by: batchSize) {
      let batch = Array(paths[start..<min(paths.count, start + batchSize)])
      // one parallel stage per batch: each worker reads a file and, unless its text is the one
      // stored, extracts it (no barrier nor serial step between reading and extracting)
      let stored = try store.storedHashes(files: batch)
      let results = parallelMap(batch, jobs: jobs, gate: { writer.waitForCore(worker: $0, of: jobs) }) { path -> (read: Bool, documents: [ExtractedDocument]?) in
        guard let article = corpus.read(path: path, sources: sources[PathName.folder(path)], warn: warn) else {
          return (false, nil)
        }
        if stored[article.path] == article.sha256 { return (true, nil) }
        return (true, extractor.extractAll(article))
      }
      let skipped = results.filter { $0.read && $0.documents == nil }.count
      try writer.write(results.flatMap { $0.documents ?? [] }, skipped: skipped, files: batch.count)
    }
    return try writer.finish()
  }
}

/// Stores batches on a thread of its own while the caller prepares the next ones. The writer
/// takes every batch waiting when it is free and stores them in one transaction: when writing is
/// the slower side (two cores), fewer, larger commits spend less on each commit's fixed part
/// (the summaries' statements). At most `waiting` batches wait; the first error stops the run
/// and is thrown to the caller.
final class WriteBehind: @unchecked Sendable {
  private let store: Store
  private let progress: (Int) -> Void
  private let queue = DispatchQueue(label: "vusta.ingest.write")
  private let room: DispatchSemaphore
  private let lock = NSLock()
  private var tally = IngestTally()
  private var failure: Error?
  private var done = 0
  private var pending: [(documents: [ExtractedDocument], skipped: Int, files: Int)] = []
  private var running = false
  /// Signalled when the writer falls idle (workers held back by `waitForCore` go on).
  private let idle = NSCondition()

  init(store: Store, waiting: Int = 3, progress: @escaping (Int) -> Void) {
    self.store = store
    self.progress = progress
    room = DispatchSemaphore(value: max(1, waiting))
  }

  /// Queues a batch; waits while `waiting` batches are already queued or being written.
  func write(_ documents: [ExtractedDocument], skipped: Int, files: Int) throws {
    room.wait()
    let start = try lock.withLock { () -> Bool in
      if let failure { room.signal(); throw failure }
      pending.append((documents, skipped, files))
      if running { return false }
      running = true
      return true
    }
    if start { queue.async { [self] in drain() } }
  }

  /// Leaves a core to the writer while it works: of `jobs` extraction workers, the last one waits
  /// until the writer is idle. Three busy threads on two cores would slow the writer (the
  /// slower side of an ingest on two cores) to two thirds of a core.
  func waitForCore(worker: Int, of jobs: Int) {
    guard jobs > 1, worker >= jobs - 1 else { return }
    idle.lock()
    while lock.withLock({ running && failure == nil }) { idle.wait() }
    idle.unlock()
  }

  /// Lets the workers `waitForCore` holds go on (the writer is idle or has failed).
  private func wakeHeldWorkers() {
    idle.lock()
    idle.broadcast()
    idle.unlock()
  }

  /// Writes what is waiting, in one transaction per turn, until nothing is.
  private func drain() {
    while true {
      let batches = lock.withLock { () -> [(documents: [ExtractedDocument], skipped: Int, files: Int)] in
        let taken = pending
        pending = []
        if taken.isEmpty { running = false }
        return taken
      }
      if batches.isEmpty { wakeHeldWorkers(); return }
      defer { for _ in batches { room.signal() } }
      do {
        let t = try store.ingest(documents: batches.flatMap(\.documents), origin: .article, locate: Corpus.locate)
        store.foldLog()
        let count = lock.withLock { () -> Int in
          tally.add(t)
          tally.skipped += batches.reduce(0) { $0 + $1.skipped }
          done += batches.reduce(0) { $0 + $1.files }
          return done
        }
        progress(count)
      } catch {
        let dropped = lock.withLock { () -> Int in
          failure = error
          let n = pending.count
          pending = []
          running = false
          return n
        }
        for _ in 0..<dropped { room.signal() }  // (the writer waiting for room sees the failure)
        wakeHeldWorkers()
        return
      }
    }
  }

  /// Waits for the last batch and returns the tally, or throws the first error.
  func finish() throws -> IngestTally {
    while lock.withLock({ running }) { queue.sync {} }
    store.foldLog(above: 0)
    return try lock.withLock {
      if let failure { throw failure }
      return tally
    }
  }
}
