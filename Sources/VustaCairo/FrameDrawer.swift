//! Walks a Frame and draws each item on a Cairo context: the only code that turns the
//! display list into Cairo calls. One match over FrameItem, as in Typst's render_frame.

import CCairo
import VustaFrame

/// Draws frames on one Cairo context with one Pango context and layout.
final class FrameDrawer {
  let cr: OpaquePointer
  /// Set for PDF output: links, anchors, bookmarks and structure tags are written.
  let pdf: OpaquePointer?
  private let pango: OpaquePointer
  private let layout: OpaquePointer
  private let fonts = FontDescriptions()
  /// Outline ids of the last entry at each level, for nesting bookmarks.
  private var outlineParents: [Int: Int32] = [:]

  init(cr: OpaquePointer, pdfSurface: OpaquePointer? = nil) {
    self.cr = cr
    pdf = pdfSurface
    pango = PangoFonts.shared.makeContext()
    layout = pango_layout_new(pango)
  }

  deinit {
    g_object_unref(UnsafeMutableRawPointer(layout))
    g_object_unref(UnsafeMutableRawPointer(pango))
  }

  /// Draws a page: paper colour, then its frame.
  func draw(_ page: Page) {
    if let fill = page.fill {
      setColor(fill)
      cairo_rectangle(cr, 0, 0, page.size.width, page.size.height)
      cairo_fill(cr)
    }
    draw(page.frame)
  }

  /// Draws every item of a frame in order.
  func draw(_ frame: Frame) {
    for p in frame.items {
      cairo_save(cr)
      cairo_translate(cr, p.position.x, p.position.y)
      draw(p.item)
      cairo_restore(cr)
    }
  }

  private func draw(_ item: FrameItem) {
    switch item {
    case .group(let g): drawGroup(g)
    case .text(let run): drawText(run)
    case .shape(let s): drawShape(s)
    case .image(let img): drawImage(img)
    case .link(let link): drawLink(link)
    case .anchor(let name): drawAnchor(name)
    case .outline(let entry): addOutline(entry)
    case .tagged(let tag, let frame):
      guard pdf != nil else { draw(frame); return }
      let name = tagName(tag.role)
      cairo_tag_begin(cr, name, "")
      draw(frame)
      cairo_tag_end(cr, name)
    }
  }

  private func drawGroup(_ g: Group) {
    var m = cairo_matrix_t(xx: g.transform.a, yx: g.transform.b, xy: g.transform.c, yy: g.transform.d,
                           x0: g.transform.tx, y0: g.transform.ty)
    cairo_transform(cr, &m)
    if let clip = g.clipPath {
      addPath(clip)
      cairo_clip(cr)
    } else if g.clip {
      cairo_rectangle(cr, 0, 0, g.frame.size.width, g.frame.size.height)
      cairo_clip(cr)
    }
    draw(g.frame)
  }

  private func drawText(_ run: TextRun) {
    guard !run.text.isEmpty else { return }
    pango_layout_set_font_description(layout, fonts.description(run.font))
    pango_layout_set_text(layout, run.text, -1)
    setColor(run.color)
    cairo_move_to(cr, 0, 0)
    if let target = run.justifiedWidth {
      justify(to: target)
      defer {
        pango_layout_set_justify(layout, 0)
        pango_layout_set_justify_last_line(layout, 0)
        pango_layout_set_width(layout, -1)
      }
      if let line = pango_layout_get_line_readonly(layout, 0) { pango_cairo_show_layout_line(cr, line) }
      return
    }
    if let line = pango_layout_get_line_readonly(layout, 0) {
      pango_cairo_show_layout_line(cr, line)
    }
  }

  /// Sets the layout to stretch its spaces to `width` points (Pango's word justification);
  /// when the run would wrap at that width it is drawn at its natural width instead.
  private func justify(to width: Double) {
    pango_layout_set_width(layout, Int32((width * Double(PANGO_SCALE)).rounded(.up)))
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD)
    pango_layout_set_justify(layout, 1)
    pango_layout_set_justify_last_line(layout, 1)
    if pango_layout_get_line_count(layout) > 1 {
      pango_layout_set_justify(layout, 0)
      pango_layout_set_justify_last_line(layout, 0)
      pango_layout_set_width(layout, -1)
    }
  }

  private func drawShape(_ s: Shape) {
    addPath(s.path)
    if let fill = s.fill {
      setColor(fill)
      if s.stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
    }
    if let st = s.stroke {
      setColor(st.color)
      cairo_set_line_width(cr, st.width)
      cairo_set_line_cap(cr, st.cap == .round ? CAIRO_LINE_CAP_ROUND : st.cap == .square ? CAIRO_LINE_CAP_SQUARE : CAIRO_LINE_CAP_BUTT)
      cairo_set_dash(cr, st.dash, Int32(st.dash.count), 0)
      cairo_stroke(cr)
    }
    cairo_new_path(cr)
  }

  private func drawImage(_ img: ImageItem) {
    guard let surface = decodePNGSurface(img.png) else { return }
    defer { cairo_surface_destroy(surface) }
    let w = Double(cairo_image_surface_get_width(surface)), h = Double(cairo_image_surface_get_height(surface))
    guard w > 0, h > 0 else { return }
    cairo_scale(cr, img.size.width / w, img.size.height / h)
    cairo_set_source_surface(cr, surface, 0, 0)
    cairo_rectangle(cr, 0, 0, w, h)
    cairo_fill(cr)
  }

  /// A link area, written in device coordinates (PDF points) so no transform can shift it.
  private func drawLink(_ link: Link) {
    guard pdf != nil else { return }
    let r = deviceRect(link.size)
    let target: String
    switch link.target {
    case .uri(let u): target = "uri='\(escape(u))'"
    case .destination(let d): target = "dest='\(escape(d))'"
    }
    cairo_save(cr)
    cairo_identity_matrix(cr)
    let attrs = "rect=[\(num(r.minX)) \(num(r.minY)) \(num(r.width)) \(num(r.height))] " + target
    cairo_tag_begin(cr, CAIRO_TAG_LINK, attrs)
    cairo_tag_end(cr, CAIRO_TAG_LINK)
    cairo_restore(cr)
  }

  private func drawAnchor(_ name: String) {
    guard pdf != nil else { return }
    var x = 0.0, y = 0.0
    cairo_user_to_device(cr, &x, &y)
    cairo_save(cr)
    cairo_identity_matrix(cr)
    let attrs = "name='\(escape(name))' x=\(num(x)) y=\(num(y))"
    cairo_tag_begin(cr, CAIRO_TAG_DEST, attrs)
    cairo_tag_end(cr, CAIRO_TAG_DEST)
    cairo_restore(cr)
  }

  private func addOutline(_ e: OutlineEntry) {
    guard let pdf else { return }
    let parent = outlineParents.filter { $0.key < e.level }.max { $0.key < $1.key }?.value ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
    let flags = e.open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0)
    let id = cairo_pdf_surface_add_outline(pdf, parent, e.title, "dest='\(escape(e.destination))'", flags)
    outlineParents = outlineParents.filter { $0.key < e.level }
    outlineParents[e.level] = id
  }

  private func tagName(_ role: StructureRole) -> String {
    switch role {
    case .heading(let l): return "H\(min(6, max(1, l)))"
    case .paragraph: return "P"
    case .table: return "Table"
    case .tableRow: return "TR"
    case .tableHeaderCell: return "TH"
    case .tableCell: return "TD"
    case .figure: return "Figure"
    case .list: return "L"
    case .listItem: return "LI"
    case .artifact: return "Artifact"
    }
  }

  private func deviceRect(_ size: Size) -> Rect {
    var xs: [Double] = [], ys: [Double] = []
    for (px, py) in [(0.0, 0.0), (size.width, 0), (0, size.height), (size.width, size.height)] {
      var x = px, y = py
      cairo_user_to_device(cr, &x, &y)
      xs.append(x); ys.append(y)
    }
    return Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)
  }

  /// "12.35": two decimals without printf (links and anchors are many).
  private func num(_ d: Double) -> String {
    let c = Int((d * 100).rounded())
    let a = abs(c)
    let frac = a % 100
    return (c < 0 ? "-" : "") + "\(a / 100)." + (frac < 10 ? "0" : "") + "\(frac)"
  }

  private func escape(_ s: String) -> String {
    guard s.utf8.contains(where: { $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "\\") }) else { return s }
    return s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
  }

  private func addPath(_ p: Path) {
    for e in p.elements {
      switch e {
      case .move(let a): cairo_move_to(cr, a.x, a.y)
      case .line(let a): cairo_line_to(cr, a.x, a.y)
      case .cubic(let a, let b, let c): cairo_curve_to(cr, a.x, a.y, b.x, b.y, c.x, c.y)
      case .close: cairo_close_path(cr)
      }
    }
  }

  private func setColor(_ c: Color) {
    cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha)
  }
}

import Foundation
