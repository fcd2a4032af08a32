//! The words on the tiles of a tile map: each unit's name (one line, or two) above its value.
//! One value font for the whole map, the largest that lets every name of the division be
//! written whole on its tile; a name is cut with "…" only when even the smallest does not.

import VustaFrame

/// The fonts the tiles of one map share, and the room kept free above and below the words.
struct TileLabelFonts {
  var name: FontSpec
  var value: FontSpec
  /// Space kept free at the top and at the bottom of a tile.
  var padding: Double
}

extension ChartCanvas {
  /// The fonts for tiles of size `tile` that write every name in `names` whole with a value
  /// under it: the value at its size, then at the minimum size, then with less padding.
  /// Falls back to the last (smallest) choice when none writes every name whole.
  func tileLabelFonts(names: [String], tile: Size) -> TileLabelFonts {
    let name = style.font(style.minimumSize)
    let choices = [
      TileLabelFonts(name: name, value: style.font(style.valueSize, bold: true), padding: 1),
      TileLabelFonts(name: name, value: style.font(style.minimumSize, bold: true), padding: 1),
      TileLabelFonts(name: name, value: style.font(style.minimumSize, bold: true), padding: 0.25),
    ]
    return choices.first { fonts in
      names.allSatisfy { wholeTileName($0, fonts, tile: tile, withValue: true) != nil }
    } ?? choices[choices.count - 1]
  }

  /// The lines of `name` on a tile: whole on one or two lines when they fit with the value
  /// (if any), else one line cut with "…", else none (a tile too small for a name).
  func tileNameLines(_ name: String, _ fonts: TileLabelFonts, tile: Size, withValue: Bool) -> [String] {
    if let whole = wholeTileName(name, fonts, tile: tile, withValue: withValue) { return whole }
    let cut = [ellipsized(name, fonts.name, width: tile.width - 3)]
    return tileWordsHeight(lines: 1, fonts, withValue: withValue) <= tile.height - 2 * fonts.padding ? cut : []
  }

  /// The height of `lines` name lines and the value line (if any).
  func tileWordsHeight(lines: Int, _ fonts: TileLabelFonts, withValue: Bool) -> Double {
    Double(lines) * lineHeight(fonts.name) + (withValue ? lineHeight(fonts.value) : 0)
  }

  /// `name` on at most two lines, each as wide as the tile allows, broken after " - " when
  /// the name has one ("Bà Rịa -" / "Vũng Tàu"), else where the measurer breaks it; nil
  /// when it does not fit whole.
  private func wholeTileName(_ name: String, _ fonts: TileLabelFonts, tile: Size, withValue: Bool) -> [String]? {
    let w = tile.width - 3
    let f = fonts.name
    var lines = [name]
    if width(name, f) > w {
      lines = measurer.lines(name, font: f, width: w)
      if let r = name.range(of: " - ") {
        let parts = [String(name[..<r.lowerBound]) + " -", String(name[r.upperBound...])]
        if parts.allSatisfy({ width($0, f) <= w }) { lines = parts }
      }
    }
    guard lines.count <= 2, lines.allSatisfy({ width($0, f) <= w }),
          tileWordsHeight(lines: lines.count, fonts, withValue: withValue) <= tile.height - 2 * fonts.padding
    else { return nil }
    return lines
  }
}
