import Foundation
import VustaFrame
import VustaModel
import VustaReports
import VustaStats
import VustaStore
import VustaSynth

/// A synthetic store, the repository's templates, and helpers to bind and lay them out.
enum ReportFixtures {
  static let store: Store = {
    var docs: [ExtractedDocument] = []
    CorpusSynthesizer(options: SynthOptions(articles: 300, years: 2022...2023, seed: 7)).generate(folder: "syn") {
      docs.append($0.truth)
    }
    let s = try! Store.inMemory()
    _ = try! s.ingest(documents: docs)
    return s
  }()
  static var stats: Statistics { Statistics(store: store) }
  static let link: SourceLinker = { $0.url ?? "file:///data/\($0.path)" }

  /// The repository's templates/ folder.
  static let templates: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("templates").path
  }()

  static func template(_ name: String) throws -> ReportTemplate {
    let t = try TemplateParser.load(path: "\(templates)/\(name).yaml")
    try TemplateValidator.validate(t)
    return t
  }

  static func national(_ year: Int) throws -> ReportData {
    try ReportData.gather(from: stats, options: ReportOptions(year: year, date: FactDate(year: year + 1, month: 1, day: 5)),
                          link: link)
  }

  /// A new empty folder in the system's temporary folder, removed when the test process ends.
  static func temporaryFolder() -> String {
    let p = NSTemporaryDirectory() + "vusta-reports-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: p, withIntermediateDirectories: true)
    madeFoldersLock.lock()
    if madeFolders.isEmpty { atexit { for f in ReportFixtures.madeFolders { try? FileManager.default.removeItem(atPath: f) } } }
    madeFolders.append(p)
    madeFoldersLock.unlock()
    return p
  }

  /// The folders `temporaryFolder()` made in this process.
  nonisolated(unsafe) private static var madeFolders: [String] = []
  private static let madeFoldersLock = NSLock()

  /// Runs a tool; nil when it is not installed.
  static func run(_ tool: String, _ args: [String]) -> (status: Int32, output: String)? {
    guard let path = ["/usr/bin/", "/usr/local/bin/"].map({ $0 + tool }).first(where: FileManager.default.isExecutableFile)
    else { return nil }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = args
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = pipe
    try? p.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
