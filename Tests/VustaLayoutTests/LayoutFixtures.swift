import VustaFrame
@testable import VustaLayout

/// Shared helpers: a fixed-width context and texts of the laid-out pages.
enum LayoutFixtures {
  static let measurer = FixedWidthMeasurer()
  static var context: LayoutContext { LayoutContext(measurer: measurer, style: DocumentStyle()) }

  static func paginate(_ blocks: [any Block], template: PageTemplate = .a4Administrative) throws -> LaidOutDocument {
    try Paginator(context: context).paginate(blocks, first: template)
  }

  /// The text runs of a page's content (the flow, without furniture), top to bottom.
  static func texts(_ frame: Frame) -> [PlacedText] {
    frame.placedTexts().sorted { $0.box.minY != $1.box.minY ? $0.box.minY < $1.box.minY : $0.box.minX < $1.box.minX }
  }

  /// A Vietnamese paragraph of about `words` words.
  static func paragraph(_ words: Int, seed: Int = 0) -> String {
    let vocab = ["Liên", "hiệp", "các", "Hội", "Khoa", "học", "và", "Kỹ", "thuật", "Việt", "Nam", "tổ", "chức",
                 "hội", "nghị", "giao", "ban", "tại", "Thừa", "Thiên", "Huế", "năm", "2022", "với", "15.500", "hội",
                 "viên", "theo", "Chỉ", "thị", "42-CT/TW"]
    return (0..<words).map { vocab[($0 * 7 + seed) % vocab.count] }.joined(separator: " ")
  }

  /// Anchors of headings (by name) on each page's content.
  static func anchors(_ frame: Frame) -> [(String, Double)] {
    var out: [(String, Double)] = []
    frame.walk(.identity) { item, t in
      if case .anchor(let name) = item { out.append((name, t.apply(Point(0, 0)).y)) }
    }
    return out
  }

  static func outline(_ frame: Frame) -> [OutlineEntry] {
    var out: [OutlineEntry] = []
    frame.walk(.identity) { item, _ in if case .outline(let e) = item { out.append(e) } }
    return out
  }
}
