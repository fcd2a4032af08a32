import Crypto
import Foundation
import VustaExtract
import VustaModel

/// A problem with one input file that does not stop the run (it is reported and skipped).
public struct CorpusWarning: Sendable, CustomStringConvertible {
  public var path: String
  public var message: String
  public var description: String { "\(path): \(message)" }
}

/// Errors that stop reading a corpus.
public enum CorpusError: Error, CustomStringConvertible, Equatable {
  /// A path given on the command line does not exist (exit 66).
  case missing(String)
  /// sources.csv is malformed (exit 65).
  case badSources(path: String, line: Int, message: String)

  public var description: String {
    switch self {
    case .missing(let p): return "\(p): không tìm thấy tệp hoặc thư mục (no such file or folder)"
    case .badSources(let p, let l, let m): return l > 0 ? "\(p):\(l): \(m)" : "\(p): \(m)"
    }
  }
}

/// Finds article files under paths and turns each into an `Article`: decoded, HTML reduced to
/// text, NFC-normalised, with its source (sources.csv beside it, HTML meta tags) attached.
public struct Corpus: Sendable {
  /// Extensions read as articles: text and web pages, Word documents (.docx) and PDFs with a
  /// text layer.
  public static let extensions: Set<String> = ["txt", "md", "html", "htm", "docx", "pdf"]

  /// The encoding every file is read in (`--encoding`); nil recognises each file's own.
  public var encoding: ForcedEncoding?

  /// A corpus reader; `encoding` forces one encoding for every file.
  public init(encoding: ForcedEncoding? = nil) { self.encoding = encoding }

  /// Lists article files under files and folders (recursively), sorted by path.
  /// A file named on the command line is read whatever its extension. Hidden files and
  /// folders are left out; a name that is not UTF-8 (a Windows-1258 name from a zip) cannot be
  /// read and is reported to `warn`, never skipped without a word.
  /// - Throws: `CorpusError.missing` for a path that does not exist.
  public func files(under paths: [String], warn: (CorpusWarning) -> Void = { _ in }) throws -> [String] {
    var out: [String] = []
    // one file, listed once, however it is reached: typed twice, or a link beside it in its
    // folder (two paths of one file would be stored as two articles, or fail the ingest)
    var seen: Set<String> = []
    let fm = FileManager.default
    for path in paths {
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw CorpusError.missing(path) }
      if !isDir.boolValue {
        if seen.insert(Corpus.canonical(path)).inserted { out.append(path) }
        continue
      }
      // (a file met in the walk is the folder's canonical path and its own name below it: one
      // realpath per folder given, not per file; a link is resolved on its own)
      var root = path
      while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
      let canonicalRoot = Corpus.canonical(root)
      var found: [(path: String, key: String)] = []
      FolderWalk.walk(root, warn: warn) { full, viaLink in
        let ext = PathName.ext(full).lowercased()
        guard Corpus.extensions.contains(ext) else { return }
        let below = full.dropFirst(root == "/" ? 1 : root.count + 1)
        found.append((full, viaLink ? Corpus.canonical(full) : (canonicalRoot as NSString).appendingPathComponent(String(below))))
      }
      for f in found.sorted(by: { $0.path < $1.path }) where seen.insert(f.key).inserted { out.append(f.path) }
    }
    return out
  }

  /// The path a file is known by in the store: absolute, without "." and "..", symbolic links
  /// resolved — the same file typed as `seeds/a.txt`, `./seeds/a.txt` or `/home/…/seeds/a.txt`
  /// (from any folder) has one canonical path.
  /// An existing path is resolved by `realpath(3)` (one call, where Foundation's URL took a tenth
  /// of a one-core ingest of 10,000 files); one that does not exist keeps Foundation's lexical form.
  public static func canonical(_ path: String) -> String {
    if let resolved = realpath(path, nil) {
      defer { free(resolved) }
      return String(cString: resolved)
    }
    return URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }

  /// The canonical path of a stored file if it still exists (a relative path, as older vusta
  /// versions stored, is taken from the current folder), else nil.
  public static func locate(_ stored: String) -> String? {
    let path = canonical(stored)
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }

  /// Loads the sources.csv files of the folders that hold `files` (nil entries when absent).
  /// A row for a file that is not in the folder is reported to `warn` with its line.
  /// - Throws: `CorpusError.badSources` for a malformed sources.csv.
  public func sources(for files: [String], warn: (CorpusWarning) -> Void = { _ in }) throws -> [String: SourcesTable] {
    var out: [String: SourcesTable] = [:]
    for dir in Set(files.map(PathName.folder)).sorted() {
      let folder = dir.isEmpty ? "." : dir
      let csv = (folder as NSString).appendingPathComponent("sources.csv")
      guard FileManager.default.fileExists(atPath: csv) else { continue }
      guard let data = FileManager.default.contents(atPath: csv) else {
        throw CorpusError.badSources(path: csv, line: 0, message: "không đọc được tệp (cannot read)")
      }
      let table = try SourcesTable(data: data, path: csv)
      // (a name written in decomposed letters is the same name: the row applies, as the table's
      // lookup compares names as Swift does; the file system compares bytes)
      func exists(_ name: String) -> Bool {
        [name, name.precomposedStringWithCanonicalMapping, name.decomposedStringWithCanonicalMapping]
          .contains { FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent($0)) }
      }
      for (file, line) in table.lines.sorted(by: { $0.value < $1.value }) where !exists(file) {
        warn(CorpusWarning(path: "\(csv):\(line)",
                           message: "không có tệp '\(file)' trong thư mục, bỏ qua dòng này (no such file; row ignored)"))
      }
      out[dir] = table
    }
    return out
  }

  /// Reads one file into an article; nil (with a warning) when it is binary or unreadable.
  /// A .docx or .pdf is read as a Word document or PDF (`readOffice`); every other file as text.
  public func read(path: String, sources: SourcesTable?, warn: (CorpusWarning) -> Void) -> Article? {
    let ext = PathName.ext(path).lowercased()
    if ext == "docx" || ext == "pdf" { return readOffice(path: path, declared: ext, sources: sources, warn: warn) }
    switch FileBytes.read(path) {
    case .success(let data):
      return article(path: path, data: data, sources: sources, warn: warn)
    case .failure(.unreadable):
      warn(CorpusWarning(path: path, message: "không đọc được tệp, bỏ qua (unreadable, skipped)"))
    case .failure(.streamTooLong):
      warn(CorpusWarning(path: path, message: "luồng dài quá \(FileBytes.streamLimit >> 20) MB (không phải một bài báo), bỏ qua "
                           + "(stream longer than \(FileBytes.streamLimit >> 20) MB; skipped)"))
    }
    return nil
  }

  /// Turns the bytes of a file into an article.
  public func article(path: String, data: Data, sources: SourcesTable?, warn: (CorpusWarning) -> Void) -> Article? {
    var (text, encoding): (String, TextDecoder.Encoding)
    do {
      (text, encoding) = try self.encoding.map { try TextDecoder.decode(data, as: $0) } ?? TextDecoder.decode(data)
    } catch {
      warn(CorpusWarning(path: path, message: "tệp nhị phân (không phải văn bản), bỏ qua (binary file, skipped)"))
      return nil
    }
    switch encoding {
    case _ where self.encoding != nil: break  // the user named it
    case .tcvn3:
      warn(CorpusWarning(path: path, message: "bảng mã cũ TCVN3 (ABC), đã chuyển sang Unicode (legacy TCVN3 encoding; converted to Unicode)"))
    case .vni:
      warn(CorpusWarning(path: path, message: "bảng mã cũ VNI-Windows, đã chuyển sang Unicode (legacy VNI-Windows encoding; converted to Unicode)"))
    case .windows1258:
      warn(CorpusWarning(path: path, message: "không phải UTF-8, đọc theo bảng mã Windows-1258 (not UTF-8; decoded as Windows-1258)"))
    case .utf16LEWithoutBOM, .utf16BEWithoutBOM:
      let name = encoding == .utf16LEWithoutBOM ? "UTF-16LE" : "UTF-16BE"
      warn(CorpusWarning(path: path, message: "không có BOM, nhận ra là \(name) và đọc theo đó (no byte-order mark; read as \(name))"))
    default: break
    }
    let name = PathName.last(path)
    let ext = PathName.ext(name).lowercased()
    var source = sources?.info(forRelativePath: name) ?? SourceInfo()
    if ext == "html" || ext == "htm" || looksLikeHTML(text) {
      let html = HTMLText(html: text)
      text = html.text
      source = source.merged(with: html.source)
    } else if ext == "md" {
      let md = MarkdownText(markdown: text)
      text = md.text
      source = source.merged(with: md.source)
    }
    // (a file with no letter in it — 0 bytes, blank lines, a page of markup only — is no article:
    // stored, it would count among the articles read, as an empty .docx or .pdf does not; a
    // page whose body is empty but whose head gives a headline is read by it)
    func blank(_ s: String?) -> Bool { !(s ?? "").unicodeScalars.contains { !$0.properties.isWhitespace && $0.value >= 0x20 } }
    if blank(text) && blank(source.title) {
      warn(CorpusWarning(path: path, message: "tệp rỗng, không có chữ nào, bỏ qua (empty file, skipped)"))
      return nil
    }
    return finish(path: path, text: text, source: source)
  }

  /// The article of a file's decoded text: NFC only (tone placement, "Hoá"/"Hóa", is folded away
  /// for matching; the text is kept as written), hashed, named by the file without extension.
  func finish(path: String, text: String, source: SourceInfo) -> Article {
    let text = VietnameseText.nfc(PlainText.normalized(text))
    var source = source
    source.title = source.title.map { VietnameseText.nfc(PlainText.normalized($0)) }
    var hashed = text
    let digest = hashed.withUTF8 { Corpus.hex(SHA256.hash(data: $0)) }
    let id = PathName.stem(path)
    return Article(id: id, path: path, text: text, sha256: digest, source: source)
  }

  private func looksLikeHTML(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { b in
      let head = UnsafeBufferPointer(rebasing: b.prefix(512))
      return [Corpus.htmlStart, Corpus.doctype].contains { tag in
        tag.withUnsafeBufferPointer { ByteSearch.contains(head, $0, ignoringASCIICase: true) }
      }
    }
  }

  static let htmlStart = Array("<html".utf8), doctype = Array("<!doctype html".utf8)

  static let hexDigits = Array("0123456789abcdef".utf8)

  /// Lower-case hex of a digest.
  static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
    var out: [UInt8] = []
    for b in digest {
      out.append(hexDigits[Int(b >> 4)])
      out.append(hexDigits[Int(b & 0xF)])
    }
    return String(decoding: out, as: UTF8.self)
  }
}
