import Crypto
import Foundation
import VustaModel

/// What to generate: how many articles, over which years, from which seed.
public struct SynthOptions: Sendable {
  public var articles: Int
  public var years: ClosedRange<Int>
  public var seed: UInt64

  public init(articles: Int, years: ClosedRange<Int>, seed: UInt64) {
    self.articles = articles
    self.years = years
    self.seed = seed
  }
}

/// One generated article: its file name, text, ground truth and sources.csv row.
public struct SynthArticle: Sendable {
  public var fileName: String
  public var text: String
  public var truth: ExtractedDocument
  /// file,url,published,province,title
  public var sourceRow: [String]
}

/// What a generation produced.
public struct SynthSummary: Codable, Equatable, Sendable {
  public var articles = 0
  /// Distinct meetings (events); several articles may report one.
  public var events = 0
  public var meetings = 0
  public var figures = 0
  public var citations = 0
}

/// Generates realistic Vietnamese articles about LHH meetings across provinces and years, each
/// event reported by one to three articles, with the facts an extractor should find.
/// Deterministic for a seed: its own PRNG, no unordered iteration.
public struct CorpusSynthesizer {
  public let options: SynthOptions
  public let gazetteer: Gazetteer

  public init(options: SynthOptions, gazetteer: Gazetteer = .shared) {
    self.options = options
    self.gazetteer = gazetteer
  }

  /// Calls `body` with each article in order; `folder` prefixes the truth paths.
  @discardableResult
  public func generate(folder: String, _ body: (SynthArticle) throws -> Void) rethrows -> SynthSummary {
    var rng = SeededRandom(seed: options.seed)
    let writer = ArticleWriter(gazetteer: gazetteer, seed: options.seed)
    var used = Set<String>()
    var summary = SynthSummary()
    var index = 0
    while index < options.articles {
      let event = makeEvent(rng: &rng, used: &used)
      summary.events += 1
      let single = event.host == .unnamed || !event.dated
      let reports = min(options.articles - index, single ? 1 : rng.pick([1, 1, 1, 1, 1, 2, 2, 2, 3]))
      for r in 0..<reports {
        let hash = FactKeyHash.hex(options.seed, index)
        let id = String(format: "%06d_%@", index, hash)
        let file = id + ".txt"
        let w = writer.write(event: event, report: r, id: id, path: folder + "/" + file, rng: &rng)
        var truth = w.truth
        truth.sha256 = SHA256.hash(data: Data(w.text.utf8)).map { String(format: "%02x", $0) }.joined()
        summary.articles += 1
        summary.meetings += truth.meetings.count
        summary.figures += truth.memberFigures.count
        summary.citations += truth.citations.count
        try body(SynthArticle(
          fileName: file, text: w.text, truth: truth,
          sourceRow: [file, w.url, w.published.iso, w.sourceProvince ?? "", w.title]))
        index += 1
      }
    }
    return summary
  }

  /// A new event whose (day, province, kind) no earlier event has.
  func makeEvent(rng: inout SeededRandom, used: inout Set<String>) -> SynthEvent {
    while true {
      let y = rng.int(options.years)
      let m = rng.int(1...12)
      let date = FactDate(year: y, month: m, day: rng.int(1...FactDate.daysIn(month: m, year: y)))
      let units = gazetteer.units(Division.inForce(on: date))
      let roll = rng.below(100)
      let host: SynthEvent.Host = roll < 70 ? .provincial : roll < 75 ? .nationalIn : roll < 82 ? .workingVisit
        : roll < 92 ? .national : .unnamed
      let kind: MeetingKind
      switch host {
      case .provincial, .unnamed:
        kind = rng.pick([.giao_ban, .giao_ban, .tong_ket, .tong_ket, .ban_chap_hanh, .ban_thuong_vu, .hoi_thao,
                         .hoi_thao, .dai_hoi, .tap_huan, .khac, .lam_viec])
      case .nationalIn: kind = rng.pick([.giao_ban, .hoi_thao])
      case .workingVisit: kind = .lam_viec
      case .national: kind = rng.pick([.giao_ban, .tong_ket, .ban_chap_hanh, .hoi_thao])
      }
      let province: Province? = host == .national || host == .unnamed ? nil : rng.pick(units)
      let event = SynthEvent(
        date: date, province: province, province2025: province.flatMap { gazetteer.newUnit(containing: $0) },
        host: host, kind: kind, ordinal: rng.int(2...9), topic: rng.pick(SynthVocabulary.topics),
        dated: rng.below(100) >= 3)
      let key = "\(date.iso)|\(province?.name ?? "*")|\(kind.rawValue)"
      if event.dated && host != .unnamed {
        if used.contains(key) { continue }
        used.insert(key)
      }
      return event
    }
  }

  /// Writes the articles, `truth.json` (the facts contract) and `sources.csv` into `folder`,
  /// streaming: memory stays small whatever the number of articles.
  /// Each file is written to `NAME.tmp` and renamed once whole; on a failure (a full disk, a
  /// folder that cannot be written) no `.tmp` file is left and the error is thrown.
  /// - Throws: `WriteFailure` naming the file and the reason.
  public func write(to folder: String) throws -> SynthSummary {
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw WriteFailure(path: folder, code: WriteFailure.posixCode(of: error) ?? EACCES)
    }
    let truth = try StreamingFile(path: folder + "/truth.json")
    let sources: StreamingFile
    do { sources = try StreamingFile(path: folder + "/sources.csv") } catch { truth.discard(); throw error }
    do {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      try truth.write("{\"documents\":[\n")
      try sources.write("file,url,published,province,title\n")
      var first = true
      let summary = try generate(folder: folder) { a in
        try StreamingFile.write(a.text, to: folder + "/" + a.fileName)
        try truth.write((first ? "" : ",\n") + String(decoding: try encoder.encode(a.truth), as: UTF8.self))
        first = false
        try sources.write(a.sourceRow.map(CorpusSynthesizer.csvField).joined(separator: ",") + "\n")
      }
      try truth.write("\n]}\n")
      try truth.commit()
      try sources.commit()
      return summary
    } catch {
      truth.discard()
      sources.discard()
      throw error
    }
  }

  /// A CSV field, quoted when it holds a comma, a quote or a line break.
  static func csvField(_ s: String) -> String {
    s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
      ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
  }
}

/// The hex part of synthetic file names, from the seed and the index.
enum FactKeyHash {
  static func hex(_ seed: UInt64, _ index: Int) -> String {
    var r = SeededRandom(seed: seed &+ UInt64(index) &* 0x9E37_79B9)
    let h = String(r.next(), radix: 16)
    return String(repeating: "0", count: 16 - h.count) + h
  }
}
