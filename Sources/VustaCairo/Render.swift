//! The backend's API: pages in, file bytes out. One frame walker; only the surface differs.

import CCairo
import VustaFrame

/// Errors of the Cairo backend.
public enum RenderError: Error, CustomStringConvertible {
  /// Cairo reported a failure (out of memory, a size it cannot make).
  case cairo(String)
  /// Nothing to draw.
  case noPages

  public var description: String {
    switch self {
    case .cairo(let s): return "Cairo: \(s)"
    case .noPages: return "không có trang nào để vẽ (no pages to draw)"
    }
  }
}

/// Draws pages into a PDF: fonts embedded as subsets (TrueType/CID, never Type 3), metadata
/// from `info`, and a creation date from `info.created` (never the clock), so the same
/// pages give the same bytes. Links, anchors, bookmarks and structure tags are written.
public func renderPDF(_ pages: [Page], info: DocumentInfo = DocumentInfo()) throws -> [UInt8] {
  guard let first = pages.first else { throw RenderError.noPages }
  let sink = ByteSink()
  let surface = cairo_pdf_surface_create_for_stream(ByteSink.write, Unmanaged.passUnretained(sink).toOpaque(),
                                                    first.size.width, first.size.height)!
  try drawPDF(pages, info: info, on: surface)
  return withExtendedLifetime(sink) { sink.bytes }
}

/// Draws pages into a PDF written straight to the file `path` as Cairo goes (the same bytes as
/// `renderPDF` gives): a 1,400-page summary's 56 MB never sit in memory. The file is not
/// removed on failure; the caller writes it to a temporary path and renames it.
/// - Throws: `RenderError.cairo` when the file cannot be created or written (a full disk).
public func renderPDF(_ pages: [Page], info: DocumentInfo = DocumentInfo(), toFile path: String) throws {
  let writer = PDFFileWriter(path: path, info: info)
  for page in pages { try writer.add(page) }
  try writer.finish()
}

/// A PDF written to a file page by page, as the caller lays them out: a 1,441-page summary
/// never holds more than one page in memory (`Paginator.paginate(_:first:keep:draw:)`). The
/// same bytes as `renderPDF(_:info:toFile:)` for the same pages. The file is not removed on
/// failure; the caller writes it to a temporary path and renames it.
public final class PDFFileWriter {
  private let path: String
  private let info: DocumentInfo
  private var surface: OpaquePointer?
  private var cr: OpaquePointer?
  private var drawer: FrameDrawer?
  private var finished = false

  /// A writer of `path` with the metadata of `info`; the file is created with the first page.
  public init(path: String, info: DocumentInfo = DocumentInfo()) {
    self.path = path
    self.info = info
  }

  deinit {
    if !finished, let cr, let surface { try? VustaCairo.finish(cr, surface) }
  }

  /// Draws `page` as the next page.
  /// - Throws: `RenderError.cairo` when the file cannot be created or written (a full disk).
  public func add(_ page: Page) throws {
    if let surface {
      cairo_pdf_surface_set_size(surface, page.size.width, page.size.height)
    } else {
      let s = cairo_pdf_surface_create(path, page.size.width, page.size.height)!
      if cairo_surface_status(s) != CAIRO_STATUS_SUCCESS {
        let message = String(cString: cairo_status_to_string(cairo_surface_status(s)))
        cairo_surface_destroy(s)
        throw RenderError.cairo(message)
      }
      setMetadata(info, on: s)
      surface = s
      cr = cairo_create(s)!
      drawer = FrameDrawer(cr: cr!, pdfSurface: s)
    }
    drawer!.draw(page)
    cairo_show_page(cr!)
  }

  /// Finishes the file. - Throws: `RenderError.noPages` when no page was added, or a Cairo failure.
  public func finish() throws {
    guard let cr, let surface else { throw RenderError.noPages }
    finished = true
    drawer = nil
    try VustaCairo.finish(cr, surface)
  }
}

/// The document's metadata, with `info.created` as both its dates (never the clock).
private func setMetadata(_ info: DocumentInfo, on surface: OpaquePointer) {
  let date = pdfDate(info.created ?? 0)
  let meta: [(cairo_pdf_metadata_t, String?)] = [
    (CAIRO_PDF_METADATA_TITLE, info.title), (CAIRO_PDF_METADATA_SUBJECT, info.subject),
    (CAIRO_PDF_METADATA_AUTHOR, info.author), (CAIRO_PDF_METADATA_KEYWORDS, info.keywords),
    (CAIRO_PDF_METADATA_CREATOR, info.creator), (CAIRO_PDF_METADATA_CREATE_DATE, date),
    (CAIRO_PDF_METADATA_MOD_DATE, date),
  ]
  for (key, value) in meta { if let value { cairo_pdf_surface_set_metadata(surface, key, value) } }
}

/// The pages, metadata and finish of a PDF surface (memory or file).
private func drawPDF(_ pages: [Page], info: DocumentInfo, on surface: OpaquePointer) throws {
  setMetadata(info, on: surface)
  let cr = cairo_create(surface)!
  do {
    let drawer = FrameDrawer(cr: cr, pdfSurface: surface)
    for (i, page) in pages.enumerated() {
      if i > 0 { cairo_pdf_surface_set_size(surface, page.size.width, page.size.height) }
      drawer.draw(page)
      cairo_show_page(cr)
    }
  }
  try finish(cr, surface)
}

/// Draws one page into an SVG document sized in points (text as glyph outlines).
public func renderSVG(_ page: Page) throws -> [UInt8] {
  let sink = ByteSink()
  let surface = cairo_svg_surface_create_for_stream(ByteSink.write, Unmanaged.passUnretained(sink).toOpaque(),
                                                    page.size.width, page.size.height)!
  cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT)
  let cr = cairo_create(surface)!
  FrameDrawer(cr: cr).draw(page)
  try finish(cr, surface)
  return SVGSurfaceIDs.renumbered(withExtendedLifetime(sink) { sink.bytes })
}

/// Cairo names an SVG's surfaces from a counter of the whole process (`<g id="surface406">`), so
/// the same chart drawn after other charts, or on another thread, got another name. Renumbered
/// from 1 in the order they appear, an SVG's bytes depend on its page alone.
enum SVGSurfaceIDs {
  static func renumbered(_ bytes: [UInt8]) -> [UInt8] {
    let word = Array("surface".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var names: [ArraySlice<UInt8>: Int] = [:]
    var i = 0
    while i < bytes.count {
      if bytes[i] == word[0], i + word.count < bytes.count, bytes[i..<(i + word.count)].elementsEqual(word),
        i > 0, bytes[i - 1] == UInt8(ascii: "\"") || bytes[i - 1] == UInt8(ascii: "#")
      {
        var j = i + word.count
        while j < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[j]) { j += 1 }
        if j > i + word.count {
          let n = names[bytes[(i + word.count)..<j]] ?? (names.count + 1)
          names[bytes[(i + word.count)..<j]] = n
          out += word
          out += Array(String(n).utf8)
          i = j
          continue
        }
      }
      out.append(bytes[i])
      i += 1
    }
    return out
  }
}

/// Draws one page into a PNG at `dpi` (72 gives one pixel per point; 96 is screen size,
/// 300 print). Opaque pages give RGB, pages without fill RGBA. Encoded by our own writer.
public func renderPNG(_ page: Page, dpi: Double = 96) throws -> [UInt8] {
  let scale = dpi / 72
  let w = Int32((page.size.width * scale).rounded()), h = Int32((page.size.height * scale).rounded())
  guard w > 0, h > 0, w <= 32767, h <= 32767 else {
    throw RenderError.cairo("kích thước ảnh không hợp lệ (invalid image size) \(w)×\(h)")
  }
  let format = page.fill == nil ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24
  let surface = cairo_image_surface_create(format, w, h)!
  defer { cairo_surface_destroy(surface) }
  try check(cairo_surface_status(surface))
  let cr = cairo_create(surface)!
  cairo_scale(cr, scale, scale)
  FrameDrawer(cr: cr).draw(page)
  let status = cairo_status(cr)
  cairo_destroy(cr)
  try check(status)
  return PNGEncoder.encode(surface: surface, dpi: dpi)
}

private func check(_ s: cairo_status_t) throws {
  if s != CAIRO_STATUS_SUCCESS { throw RenderError.cairo(String(cString: cairo_status_to_string(s))) }
}

/// "YYYY-MM-DDThh:mm:ssZ" for seconds since 1970, as cairo's PDF metadata wants.
func pdfDate(_ seconds: Int64) -> String {
  var t = time_t(seconds)
  var tm = tm()
  gmtime_r(&t, &tm)
  func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
  return "\(tm.tm_year + 1900)-\(two(tm.tm_mon + 1))-\(two(tm.tm_mday))T\(two(tm.tm_hour)):\(two(tm.tm_min)):\(two(tm.tm_sec))Z"
}

#if canImport(Glibc)
import Glibc
#endif

/// Ends drawing on a vector surface: checks the context, finishes and frees both, reports errors.
func finish(_ cr: OpaquePointer, _ surface: OpaquePointer) throws {
  let status = cairo_status(cr)
  cairo_destroy(cr)
  cairo_surface_finish(surface)
  let surfaceStatus = cairo_surface_status(surface)
  cairo_surface_destroy(surface)
  try check(status); try check(surfaceStatus)
}
