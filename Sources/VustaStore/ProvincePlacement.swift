import VustaModel

/// Where a fact sits in each division: its unit among the 63 (nil after the merger: the new
/// units cannot be split back) and among the 34.
public struct ProvincePlacement: Hashable, Sendable {
  public var p63: String?
  public var p34: String?

  /// No province.
  public static let unknown = ProvincePlacement(p63: nil, p34: nil)

  /// Places a province name written on a fact dated `date` (or, undated, published on
  /// `published`). A name the gazetteer does not know is kept as written in both divisions.
  public static func place(_ name: String?, date: FactDate?, published: FactDate?, gazetteer: Gazetteer)
    -> ProvincePlacement
  {
    guard let name, !name.isEmpty else { return .unknown }
    if Division.inForce(on: date ?? published) == .new34 {
      if let n = gazetteer.resolve(name, in: .new34) { return ProvincePlacement(p63: nil, p34: n.name) }
      return ProvincePlacement(p63: nil, p34: name)
    }
    if let o = gazetteer.resolve(name, in: .old63), o.division == .old63 {
      return ProvincePlacement(p63: o.name, p34: gazetteer.newUnit(containing: o)?.name ?? o.name)
    }
    return ProvincePlacement(p63: name, p34: name)
  }

  /// The name in a division.
  public func name(in division: Division) -> String? { division == .old63 ? p63 : p34 }

  /// The unit in the division in force for the fact (its own unit).
  public var own: String? { p63 ?? p34 }
}
