//! The one Pango font map and context setup shared by measuring and drawing, so text is
//! measured exactly as it is drawn: 1 Pango unit of size = 1 point, no hinting, unrounded
//! glyph positions (the same at 96 dpi, 300 dpi and in PDF).

import CCairo
import Foundation
import VustaFrame

/// Owns the process's PangoCairo font map (fontconfig loads once) and makes contexts.
final class PangoFonts: @unchecked Sendable {
  /// This thread's font map. A Pango font map is not safe to share between threads, and the
  /// reports are laid out and drawn on several at once (`ReportBuilder`); each thread keeps its
  /// own, made on first use (the fonts and options are the same, so the output is too).
  static var shared: PangoFonts {
    let dictionary = Thread.current.threadDictionary
    if let fonts = dictionary[PangoFonts.key] as? PangoFonts { return fonts }
    let fonts = PangoFonts()
    dictionary[PangoFonts.key] = fonts
    return fonts
  }
  private static let key = "vusta.pango.fonts"

  let fontMap: UnsafeMutablePointer<PangoFontMap>
  private let options: OpaquePointer

  private init() {
    fontMap = pango_cairo_font_map_new()
    pango_cairo_font_map_set_resolution(OpaquePointer(fontMap), 72)
    options = cairo_font_options_create()
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
  }

  /// A new Pango context with the shared font map and options (release with g_object_unref).
  func makeContext() -> OpaquePointer {
    let ctx = pango_font_map_create_context(fontMap)!
    pango_cairo_context_set_font_options(ctx, options)
    pango_context_set_round_glyph_positions(ctx, 0)
    return ctx
  }
}

/// Pango font descriptions for FontSpecs, made once each.
final class FontDescriptions {
  private var cache: [FontSpec: OpaquePointer] = [:]

  /// The description of a font spec (owned by this cache).
  func description(_ f: FontSpec) -> OpaquePointer {
    if let d = cache[f] { return d }
    let d = pango_font_description_new()!
    pango_font_description_set_family(d, f.family)
    pango_font_description_set_absolute_size(d, f.size * Double(PANGO_SCALE))
    pango_font_description_set_weight(d, f.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
    pango_font_description_set_style(d, f.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
    cache[f] = d
    return d
  }

  deinit { for d in cache.values { pango_font_description_free(d) } }
}
