import VustaModel

/// Reads member figures: totals (hội viên, hội thành viên, chi hội, trí thức) and attendance
/// (đại biểu, lượt người), with Vietnamese numerals ("15.500", "1,2 nghìn", "2 vạn") and their
/// qualifiers (hơn/trên/ngoài → more_than; khoảng/gần/xấp xỉ → about). Increments ("kết nạp
/// thêm 7 hội") and counts of organisations attending are not member figures.
struct FigureExtractor {
  let context: ArticleContext

  /// Metric nouns that follow the number, longest first.
  static let metrics: [(Phrase, MemberMetric)] = [
    (Lexicon.p_hoi_vien_tap_the, .khac),
    (Lexicon.p_hoi_vien, .hoi_vien),
    (Lexicon.p_hoi_thanh_vien, .hoi_thanh_vien),
    (Lexicon.p_to_chuc_thanh_vien, .hoi_thanh_vien),
    (Lexicon.p_hoi_va_to_chuc_thanh_vien, .hoi_thanh_vien),
    (Lexicon.p_don_vi_thanh_vien, .hoi_thanh_vien),
    (Lexicon.p_hoi_nganh, .hoi_thanh_vien),
    (Lexicon.p_hoi_chuyen_nganh, .hoi_thanh_vien),
    (Lexicon.p_chi_hoi, .chi_hoi),
    (Lexicon.p_tri_thuc, .tri_thuc),
    (Lexicon.p_nha_khoa_hoc, .tri_thuc),
    (Lexicon.p_luot_nguoi, .luot_nguoi),
    (Lexicon.p_luot, .luot_nguoi),
    (Lexicon.p_dai_bieu, .dai_bieu),
  ]
  static let moreThan: [Phrase] = ["hon", "tren", "ngoai", "vuot", "hon", "it nhat", "toi thieu"].phrases
  static let about: [Phrase] = ["khoang", "gan", "xap xi", "chung", "uoc", "uoc tinh", "ngot", "sap xi"].phrases
  static let increments: [Phrase] = [
    "them", "ket nap", "ket nap them", "tang", "giam", "tang them", "phat trien them", "bo sung", "thu hut them",
  ].phrases

  func figures() -> [MemberFigure] {
    var out: [MemberFigure] = []
    var seen = Set<String>()
    for s in context.sentences where !s.isTitle {
      let f = s.text
      for n in NumberReader.numbers(in: f) {
        guard let (metric, metricEnd) = metric(after: n.end, in: f) else { continue }
        if isIncrement(f, before: n.start, after: metricEnd) { continue }
        let ofUnion = s.unions.contains { $0.start >= metricEnd && $0.start <= metricEnd + 2 }
        if metric != .dai_bieu && metric != .luot_nguoi && !ofUnion && belongsToOtherAssociation(s, at: n.start) {
          continue
        }
        let qualifier = qualifier(f, before: n.start)
        let province = figureProvince(s, at: n.start)
        let date = context.published
        let (p, p2025) = context.names(of: province, on: date)
        let key = "\(metric.rawValue)|\(n.value)|\(p ?? "")"
        if seen.contains(key) { continue }
        seen.insert(key)
        out.append(MemberFigure(province: p, province2025: p2025, metric: metric, value: n.value,
                                qualifier: qualifier, date: nil, evidence: s.evidence))
      }
    }
    return out
  }

  private func metric(after i: Int, in f: FoldedText) -> (MemberMetric, Int)? {
    guard i < f.tokens.count, f.tokens[i].gap == 0 || f.tokens[i].gap == UInt8(ascii: "-") else { return nil }
    for (p, m) in FigureExtractor.metrics where f.matches(p, at: i) {
      // "lượt" alone must be followed by a person word or nothing: "1.450 lượt người", "300 lượt"
      if p.words == ["luot"] {
        let next = i + 1 < f.tokens.count ? f.word(i + 1) : ""
        if ["xem", "truy", "tai", "chia", "binh", "thich", "doc", "nghe", "view"].contains(String(next)) { return nil }
      }
      return (m, i + p.count)
    }
    return nil
  }

  private func isIncrement(_ f: FoldedText, before start: Int, after end: Int) -> Bool {
    for p in FigureExtractor.increments where f.find(p, from: max(0, start - 3), to: start) != nil { return true }
    if end < f.tokens.count, f.tokens[end].hash == Lexicon.h_moi, f.tokens[end].gap == 0 { return true }
    return false
  }

  private func qualifier(_ f: FoldedText, before start: Int) -> Qualifier {
    for p in FigureExtractor.moreThan where f.endsWith(p, before: start) { return .more_than }
    for p in FigureExtractor.about where f.endsWith(p, before: start) { return .about }
    return .exact
  }

  /// "Hội Nông dân tỉnh có 150.000 hội viên": a member association's own count, not the union's.
  private func belongsToOtherAssociation(_ s: AnalyzedSentence, at start: Int) -> Bool {
    let f = s.text
    let lastUnion = s.unions.last(where: { $0.end <= start })?.end ?? -1
    var k = start - 1
    while k > lastUnion && k >= 0 {
      if f.tokens[k].hash == Lexicon.h_hoi, f.tokens[k].isCap, k + 1 < start, f.tokens[k + 1].isCap,
        !(k >= 1 && f.tokens[k - 1].hash == Lexicon.h_cac),
        !UnionFinder.body.contains(f.tokens[k + 1].hash) || f.tokens[k + 1].hash == Lexicon.h_hoi
      {
        return true
      }
      k -= 1
    }
    return false
  }

  /// The province a figure describes: its sentence's union, else the article's union or context.
  private func figureProvince(_ s: AnalyzedSentence, at start: Int) -> Province? {
    if let u = s.unions.last(where: { $0.start < start }) {
      switch u.scope {
      case .province(let p): return p
      case .national: return nil
      default: break
      }
    }
    if let p = s.provinces.first(where: { $0.role == .union || $0.role == .place }) { return p.province }
    return context.unionProvince ?? context.contextProvince
  }
}
