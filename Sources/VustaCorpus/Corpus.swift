import Foundation
import VustaModel
import VustaExtract

/// A problem with one input file that does not stop the run (it is reported and skipped).
public struct CorpusWarning: Sendable, CustomStringConvertible {
  public var path: String
  public var message: String
  public var description: String { "\(path): \(message)" }
}

/// Errors that stop reading a corpus.
public enum CorpusError: Error, CustomStringConvertible {
  /// A path given on the command line does not exist (exit 66).
  case missing(String)
  /// sources.csv is malformed (exit 65).
  case badSources(path: String, line: Int, message: String)

  public var description: String {
    switch self {
    case .missing(let p): return "\(p): không tìm thấy tệp hoặc thư mục (no such file or folder)"
    case .badSources(let p, let l, let m): return "\(p):\(l): \(m)"
    }
  }
}

/// Finds the article files under paths and turns each into an `Article`.
public struct Corpus {
  /// Extensions read as articles.
  public static let extensions: Set<String> = ["txt", "md", "html", "htm"]

  public init() {}

  /// Lists article files under files and folders (recursively), sorted by path.
  /// - Throws: `CorpusError.missing` for a path that does not exist.
  public func files(under paths: [String]) throws -> [String] { [] }

  /// Reads one file into an article; nil with a warning when it is binary or unreadable.
  public func read(path: String, sources: SourcesTable?, warn: (CorpusWarning) -> Void) -> Article? { nil }
}

/// The rows of a sources.csv, keyed by file name.
public struct SourcesTable: Sendable {
  public var rows: [String: SourceInfo] = [:]
  public init(rows: [String: SourceInfo] = [:]) { self.rows = rows }
}
