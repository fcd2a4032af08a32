import Foundation
import GRDB
import VustaModel
import VustaSynth
@testable import VustaStore

/// Temporary folders, synthetic documents and row counts for store tests.
enum StoreFixtures {
  /// A new empty folder in the system's temporary folder, removed when the test process ends.
  static func temporaryFolder() -> String {
    let p = NSTemporaryDirectory() + "vusta-store-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: p, withIntermediateDirectories: true)
    madeFoldersLock.lock()
    if madeFolders.isEmpty { atexit { for f in StoreFixtures.madeFolders { try? FileManager.default.removeItem(atPath: f) } } }
    madeFolders.append(p)
    madeFoldersLock.unlock()
    return p
  }

  /// The folders `temporaryFolder()` made in this process.
  nonisolated(unsafe) private static var madeFolders: [String] = []
  private static let madeFoldersLock = NSLock()

  static func synthetic(_ n: Int, years: ClosedRange<Int> = 2019...2024, seed: UInt64 = 11) -> [ExtractedDocument] {
    var docs: [ExtractedDocument] = []
    CorpusSynthesizer(options: SynthOptions(articles: n, years: years, seed: seed)).generate(folder: "syn") {
      docs.append($0.truth)
    }
    return docs
  }

  static func counts(_ store: Store) throws -> [String: Int] {
    try store.reader.read { db in
      var out: [String: Int] = [:]
      for t in ["document", "meeting", "figure", "citation", "correction"] {
        out[t] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(t)")
      }
      return out
    }
  }

  static func meeting(_ evidence: String, province: String?, date: String, kind: MeetingKind = .giao_ban) -> Meeting {
    Meeting(date: FactDate(iso: date), province: province, province2025: nil, kind: kind,
            organizer: province.map { "LHH \($0)" } ?? "LHH tỉnh", evidence: evidence)
  }
}
