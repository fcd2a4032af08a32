import Foundation

/// A background job the pages follow (an ingest, a report): progress, warnings, outcome.
struct Job: Encodable, Sendable {
  enum State: String, Encodable, Sendable { case running, done, failed }
  var id: String
  /// ingest | report
  var kind: String
  var state: State = .running
  var done = 0
  var total = 0
  var warnings: [String] = []
  var summary: String?
  var error: String?
  /// The generated report's id (report jobs).
  var report: String?
}

/// The jobs of this server run, by id; a job runs on a thread of its own so pages and readers
/// keep answering (SQLite WAL) while it works.
final class JobBoard: @unchecked Sendable {
  private var jobs: [String: Job] = [:]
  private let lock = NSLock()

  /// Starts `work` in the background; it reports through `update`. Returns the job's id.
  func start(kind: String, id given: String? = nil, total: Int = 0,
             work: @escaping @Sendable (_ update: @escaping @Sendable ((inout Job) -> Void) -> Void) throws -> Void) -> String {
    let id = given ?? Tokens.id()
    lock.withLock { jobs[id] = Job(id: id, kind: kind, total: total) }
    let update: @Sendable ((inout Job) -> Void) -> Void = { [weak self] change in
      guard let self else { return }
      self.lock.withLock { if var j = self.jobs[id] { change(&j); self.jobs[id] = j } }
    }
    Thread.detachNewThread {
      do {
        try work(update)
        update { if $0.state == .running { $0.state = .done } }
      } catch {
        update {
          $0.state = .failed
          $0.error = (error as? WebError)?.message ?? "\(error)"
        }
      }
    }
    return id
  }

  /// A job by id, nil when unknown.
  func job(_ id: String) -> Job? { lock.withLock { jobs[id] } }
}
