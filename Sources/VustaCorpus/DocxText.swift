import Foundation
import VustaModel
import ZIPFoundation

/// The text of a Word document (.docx): only `word/document.xml` is decompressed (pictures and
/// other media are never read, however large), at most `maxXMLBytes` of it.
public enum DocxText {
  /// The most of word/document.xml read (a larger one is refused, not truncated).
  public static let maxXMLBytes = 128 << 20

  /// Why a .docx could not be read (each names what was wrong, for a warning).
  public enum Failure: Error, Equatable, CustomStringConvertible {
    /// The zip's directory cannot be read (a cut-off download, a damaged file).
    case brokenZip
    /// A zip, but without word/document.xml (another Office format, or not Word at all).
    case noDocument
    /// word/document.xml is larger than `maxXMLBytes` once decompressed.
    case tooLarge(UInt64)
    /// word/document.xml cannot be decompressed (damaged data).
    case damagedDocument
    /// Written by vusta itself (docProps/app.xml says so): a report, not a source.
    case writtenByVusta

    public var description: String {
      switch self {
      case .brokenZip:
        return "tệp Word (.docx) hỏng: không đọc được cấu trúc zip, bỏ qua (broken .docx: unreadable zip, skipped)"
      case .noDocument:
        return "tệp zip không có word/document.xml, không phải văn bản Word, bỏ qua (no word/document.xml; not a Word document, skipped)"
      case .tooLarge(let n):
        return "word/document.xml quá lớn (\(n / 1_048_576) MB > \(DocxText.maxXMLBytes / 1_048_576) MB), bỏ qua (document text too large, skipped)"
      case .damagedDocument:
        return "tệp Word (.docx) hỏng: word/document.xml không giải nén được, bỏ qua (damaged word/document.xml, skipped)"
      case .writtenByVusta:
        return DocxText.ownReport
      }
    }
  }

  /// Reads the paragraphs of the .docx at `url`, in document order.
  /// - Throws: `Failure`.
  public static func read(_ url: URL) throws -> [WordParagraph] {
    let archive: Archive
    do {
      archive = try Archive(url: url, accessMode: .read)
    } catch {
      throw Failure.brokenZip
    }
    guard let entry = archive["word/document.xml"] else { throw Failure.noDocument }
    if let app = archive["docProps/app.xml"],
      let props = try? bytes(of: app, in: archive, limit: 1 << 16, failure: .damagedDocument),
      String(decoding: props, as: UTF8.self).contains("<Application>vusta</Application>")
    {
      throw Failure.writtenByVusta
    }
    // (edited and saved again by Word or LibreOffice, the application is theirs; the keywords stay)
    if let core = archive["docProps/core.xml"],
      let props = try? bytes(of: core, in: archive, limit: 1 << 16, failure: .damagedDocument),
      let keywords = DocxText.keywords(inCoreProperties: String(decoding: props, as: UTF8.self)),
      OwnReport.isMarked(keywords: keywords)
    {
      throw Failure.writtenByVusta
    }
    let xml = try bytes(of: entry, in: archive, limit: maxXMLBytes, failure: .damagedDocument)
    return WordXML.paragraphs(xml)
  }

  /// The text of `<cp:keywords>` in a package's core properties (entities left as written:
  /// the mark has none); nil when there is none.
  static func keywords(inCoreProperties xml: String) -> String? {
    guard let open = xml.range(of: "<cp:keywords>"), let close = xml.range(of: "</cp:keywords>", range: open.upperBound..<xml.endIndex)
    else { return nil }
    return String(xml[open.upperBound..<close.lowerBound])
  }

  /// The warning for a document vusta wrote (its reports are made from the store: reading one
  /// back would count its facts twice).
  static let ownReport = "tệp do vusta tạo ra (báo cáo tổng hợp từ kho), không đọc lại để khỏi đếm trùng, bỏ qua (written by vusta; not read back)"

  /// The decompressed bytes of one entry, refused above `limit` (the size in the zip's directory
  /// is checked first, then every chunk, so a lying directory cannot make us read more).
  static func bytes(of entry: Entry, in archive: Archive, limit: Int, failure: Failure) throws -> [UInt8] {
    if entry.uncompressedSize > UInt64(limit) { throw Failure.tooLarge(entry.uncompressedSize) }
    var out: [UInt8] = []
    out.reserveCapacity(Int(entry.uncompressedSize))
    do {
      _ = try archive.extract(entry, skipCRC32: false) { chunk in
        if out.count + chunk.count > limit { throw Failure.tooLarge(UInt64(out.count + chunk.count)) }
        out.append(contentsOf: chunk)
      }
    } catch let f as Failure {
      throw f
    } catch {
      throw failure
    }
    return out
  }
}
