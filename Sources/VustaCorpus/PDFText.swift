import CPoppler
import Foundation
import VustaModel

/// The text layer of a PDF, read with Poppler's library (poppler-glib, in this process — no
/// external program): every page's characters in Poppler's reading order (columns one after
/// the other) with their boxes, made into paragraphs by `PDFLayout`.
public enum PDFText {
  /// Why a PDF gave no text (each says what was wrong, for a warning).
  public enum Failure: Error, Equatable, CustomStringConvertible {
    /// Opening needs a password.
    case encrypted
    /// Poppler cannot open it (damaged, cut off, not a PDF); Poppler's own message.
    case damaged(String)
    /// No page has a text layer: a scanned document (`scanned` pages hold only images).
    case noText(pages: Int, scanned: Int)
    /// Written by vusta itself (its Creator is "vusta"): a report, not a source.
    case writtenByVusta

    public var description: String {
      switch self {
      case .encrypted:
        return "tệp PDF được bảo vệ bằng mật khẩu, không đọc được, bỏ qua (password-protected PDF, skipped)"
      case .damaged(let m):
        return "tệp PDF hỏng, không đọc được (\(m)), bỏ qua (damaged PDF, skipped)"
      case .noText(let pages, let scanned):
        if scanned > 0 {
          return "tệp PDF không có lớp chữ (\(pages) trang, là ảnh quét), cần nhận dạng chữ (OCR) trước, bỏ qua (no text layer: a scanned PDF, skipped)"
        }
        return "tệp PDF không có chữ (\(pages) trang), bỏ qua (no text in this PDF, skipped)"
      case .writtenByVusta:
        return DocxText.ownReport
      }
    }
  }

  /// What a PDF gave: its paragraphs, how many pages it has and how many of them are images
  /// without text (scanned pages among pages with text, for a warning).
  public struct Content: Sendable {
    public var paragraphs: [String]
    public var pages: Int
    public var scannedPages: Int
    /// Where each article of a compilation starts (a bulletin's issue): paragraph indices, empty
    /// for one article (`PDFLayout.Builder.articleStarts`).
    public var articleStarts: [Int] = []
  }

  /// Poppler is called by one thread at a time: its documents are independent, but its
  /// global state (fonts, error handling) is not documented as safe to share.
  static let lock = NSLock()

  /// Reads the PDF at `url`.
  /// - Throws: `Failure`.
  public static func read(_ url: URL) throws -> Content {
    try lock.withLock { try readLocked(url) }
  }

  static func readLocked(_ url: URL) throws -> Content {
    silencePoppler
    var error: UnsafeMutablePointer<GError>? = nil
    guard let uri = g_filename_to_uri(url.standardizedFileURL.path, nil, nil) else {
      throw Failure.damaged("không tạo được URI")
    }
    defer { g_free(uri) }
    guard let doc = poppler_document_new_from_file(uri, nil, &error) else {
      defer { if error != nil { g_error_free(error) } }
      if let e = error?.pointee, e.domain == poppler_error_quark(), e.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
        throw Failure.encrypted
      }
      throw Failure.damaged(error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "?")
    }
    defer { g_object_unref(UnsafeMutableRawPointer(doc)) }
    if let creator = poppler_document_get_creator(doc) {
      defer { g_free(creator) }
      if String(cString: creator) == "vusta" { throw Failure.writtenByVusta }
    }
    // (a report edited and made a PDF again by Word or LibreOffice keeps its keywords)
    if let keywords = poppler_document_get_keywords(doc) {
      defer { g_free(keywords) }
      if OwnReport.isMarked(keywords: String(cString: keywords)) { throw Failure.writtenByVusta }
    }
    let count = Int(poppler_document_get_n_pages(doc))
    var layout = PDFLayout.Builder()
    var withText = 0
    var scanned = 0
    for index in 0..<count {
      guard let page = poppler_document_get_page(doc, Int32(index)) else { continue }
      defer { g_object_unref(UnsafeMutableRawPointer(page)) }
      let glyphs = self.glyphs(page)
      if glyphs.contains(where: { !PDFLayout.isSpace($0.scalar) }) {
        layout.add(page: glyphs)
        withText += 1
      } else if let images = poppler_page_get_image_mapping(page) {
        scanned += 1
        poppler_page_free_image_mapping(images)
      }
    }
    if withText == 0 { throw Failure.noText(pages: count, scanned: scanned) }
    return Content(paragraphs: layout.paragraphs, pages: count, scannedPages: scanned, articleStarts: layout.articleStarts)
  }

  /// The characters of a page with their boxes (Poppler gives one box per character of its text).
  static func glyphs(_ page: OpaquePointer) -> [PDFGlyph] {
    guard let cText = poppler_page_get_text(page) else { return [] }
    defer { g_free(cText) }
    var rects: UnsafeMutablePointer<PopplerRectangle>? = nil
    var n: guint = 0
    guard poppler_page_get_text_layout(page, &rects, &n) != 0, let rects else { return [] }
    defer { g_free(rects) }
    var out: [PDFGlyph] = []
    var k = 0
    for s in String(cString: cText).unicodeScalars {
      guard k < Int(n) else { break }
      let r = rects[k]
      out.append(PDFGlyph(s, PDFBox(x1: r.x1, y1: r.y1, x2: r.x2, y2: r.y2)))
      k += 1
    }
    return out
  }

  /// Poppler's complaints about damaged files go to our warning, not to the terminal.
  static let silencePoppler: Void = {
    g_log_set_handler("Poppler", GLogLevelFlags(rawValue: GLogLevelFlags.RawValue(G_LOG_LEVEL_MASK.rawValue)), { _, _, _, _ in }, nil)
    return ()
  }()
}
