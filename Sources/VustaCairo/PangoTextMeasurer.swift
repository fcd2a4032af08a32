//! The production TextMeasurer: Pango, with the same fonts and options the renderer uses.

import CCairo
import VustaFrame

/// Measures and breaks text with Pango exactly as `renderPDF/PNG/SVG` will draw it.
/// Not thread-safe: use one per thread.
public final class PangoTextMeasurer: TextMeasurer {
  private let context: OpaquePointer
  private let layout: OpaquePointer
  private let fonts = FontDescriptions()
  /// A measurement's key: two independent 64-bit hashes of the text and the font (FNV-1a and
  /// a multiply-rotate hash, both fixed, so every run measures the same), not the strings
  /// themselves — a 20,000-article year keeps 90,000 of them, and the strings' copies were
  /// about 10 MB of the peak. Two keys agree by chance once in 2^128.
  private struct Key: Hashable {
    var a: UInt64
    var b: UInt64

    init(text: String, font: FontSpec) {
      var a: UInt64 = 0xcbf2_9ce4_8422_2325
      var b: UInt64 = 0x9e37_79b9_7f4a_7c15
      func add(_ byte: UInt8) {
        a = (a ^ UInt64(byte)) &* 0x100_0000_01b3
        b = ((b ^ UInt64(byte)) &* 0xff51_afd7_ed55_8ccd)
        b = (b << 29) | (b >> 35)
      }
      for c in text.utf8 { add(c) }
      add(0xFF)  // no text ends where a family starts
      for c in font.family.utf8 { add(c) }
      add(0xFF)
      var size = font.size.bitPattern
      for _ in 0..<8 { add(UInt8(truncatingIfNeeded: size)); size >>= 8 }
      add((font.bold ? 1 : 0) | (font.italic ? 2 : 0))
      self.a = a
      self.b = b
    }
  }
  private var cache: [Key: TextMetrics] = [:]
  /// Most measurements kept (the cache is emptied when full). A 20,000-article year measures
  /// 260,000 distinct strings, twice for a long document (laid out once to count its pages, then
  /// to draw them): kept whole they cost 16 MB more at the peak (when keys held the strings);
  /// 32,768 cost a third more time; 90,000 (a table of 131,072 slots of 40 bytes) is between.
  public let cacheLimit: Int

  /// A measurer over the process's font map, keeping at most `cacheLimit` measurements.
  public init(cacheLimit: Int = 90_000) {
    self.cacheLimit = cacheLimit
    context = PangoFonts.shared.makeContext()
    layout = pango_layout_new(context)
  }

  deinit {
    g_object_unref(UnsafeMutableRawPointer(layout))
    g_object_unref(UnsafeMutableRawPointer(context))
  }

  /// See `TextMeasurer.measure`.
  public func measure(_ text: String, font: FontSpec) -> TextMetrics {
    let key = Key(text: text, font: font)
    if let m = cache[key] { return m }
    pango_layout_set_width(layout, -1)
    pango_layout_set_font_description(layout, fonts.description(font))
    pango_layout_set_text(layout, text, -1)
    var logical = PangoRectangle()
    pango_layout_get_extents(layout, nil, &logical)
    let scale = Double(PANGO_SCALE)
    let baseline = Double(pango_layout_get_baseline(layout)) / scale
    let m = TextMetrics(width: Double(logical.width) / scale, ascent: baseline - Double(logical.y) / scale,
                        descent: Double(logical.y + logical.height) / scale - baseline)
    if cache.count >= cacheLimit { cache.removeAll() }
    cache[key] = m
    return m
  }

  /// See `TextMeasurer.lines`: Pango's word breaking (UAX #14), splitting a word only when it
  /// alone is wider than the line.
  public func lines(_ text: String, font: FontSpec, width: Double) -> [String] {
    pango_layout_set_font_description(layout, fonts.description(font))
    pango_layout_set_text(layout, text, -1)
    pango_layout_set_width(layout, Int32(max(1, width) * Double(PANGO_SCALE)))
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
    defer { pango_layout_set_width(layout, -1) }
    let bytes = Array(text.utf8)
    var out: [String] = []
    for i in 0..<pango_layout_get_line_count(layout) {
      guard let line = pango_layout_get_line_readonly(layout, i) else { continue }
      let start = Int(line.pointee.start_index), len = Int(line.pointee.length)
      let piece = String(decoding: bytes[start..<min(bytes.count, start + len)], as: UTF8.self)
      out.append(piece.trimmingCharacters(in: .whitespaces))
    }
    return out.isEmpty ? [""] : out
  }
}

import Foundation
