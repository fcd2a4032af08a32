import VustaModel

/// What a table rests on: articles, provinces, facts, and facts whose province is unknown
/// (shown as "Chưa xác định"), in one division.
public struct Coverage: Codable, Hashable, Sendable {
  public var division: Division
  public var articles: Int
  /// Provinces of the division that have at least one fact in the table.
  public var provinces: Int
  /// Units in the division (63 or 34).
  public var units: Int
  public var facts: Int
  public var factsWithoutProvince: Int

  /// "5 bài viết · 3/63 tỉnh, thành phố · 12 dữ kiện, 2 chưa xác định tỉnh".
  public var text: String {
    "\(NumberFormat.grouped(articles)) bài viết · \(provinces)/\(units) tỉnh, thành phố · "
      + "\(NumberFormat.grouped(facts)) dữ kiện, \(NumberFormat.grouped(factsWithoutProvince)) chưa xác định tỉnh"
      + " · danh mục \(units) đơn vị"
  }
}

/// The label of facts with no province.
public let unknownProvinceLabel = "Chưa xác định"
/// The label of national meetings (LHH Việt Nam, no province).
public let nationalLabel = "Toàn quốc (LHH Việt Nam)"
