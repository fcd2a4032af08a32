import Foundation

/// Which set of provincial units a name or a table belongs to.
public enum Division: String, Codable, CaseIterable, Sendable {
  /// The 63 units in force until 30 June 2025.
  case old63 = "63"
  /// The 34 units in force from 1 July 2025 (Nghị quyết 202/2025/QH15).
  case new34 = "34"

  /// The division in force on a date; undated facts use the old one.
  public static func inForce(on date: FactDate?) -> Division {
    guard let date else { return .old63 }
    let merger = FactDate(year: 2025, month: 7, day: 1)
    if date.year > 2025 { return .new34 }
    if date.year < 2025 { return .old63 }
    guard let m = date.month else { return .old63 }
    return FactDate(year: date.year, month: m, day: date.day ?? 1) >= merger ? .new34 : .old63
  }
}

/// One provincial-level unit of either division.
public struct Province: Codable, Hashable, Sendable {
  /// GSO code, meaningful only together with `division`.
  public var code: Int
  public var division: Division
  /// Official short name: "Hải Phòng", "Thừa Thiên Huế", "Hồ Chí Minh".
  public var name: String
  /// Name with its generic word: "Thành phố Hải Phòng".
  public var official: String
  public var type: String
  public var aliases: [String]
  /// Aliases that need context before they can be trusted ("Hòa Bình", "Huế").
  public var ambiguous: [String]
  /// For an old unit, the code of the new unit that contains it; for a new unit, its own code.
  public var mergedInto: Int
  /// For a new unit, the old codes it was formed from.
  public var formedFrom: [Int]
  /// The name written without diacritics or spaces, as in web host names ("phutho").
  public var slug: String
}

/// A district, town or city inside a province, used to pin the province of a place.
public struct Place: Codable, Hashable, Sendable {
  public var name: String
  /// "huyện", "quận", "thị xã", "thành phố".
  public var type: String
  /// Old (63-unit) GSO code of its province.
  public var province: Int
  /// True when the name is distinctive enough to trust without "huyện/thành phố/tại" before it.
  public var bare: Bool
}

/// A form that contains a province name but does not mean the province ("Thái Bình Dương").
public struct DistrustedForm: Codable, Hashable, Sendable {
  public var form: String
  public var why: String
}

/// The provinces before and after the 2025 merger, their aliases, places and traps.
///
/// Loaded once from the `gazetteer.json` resource (see scripts/make-gazetteer.py).
public final class Gazetteer: Sendable {
  /// The 63 pre-2025 units in GSO code order.
  public let old: [Province]
  /// The 34 post-2025 units in GSO code order.
  public let new: [Province]
  public let places: [Place]
  public let distrusted: [DistrustedForm]
  /// Surnames and common middle names: a province name right after one is a personal name.
  public let surnames: Set<String>
  /// Folded alias key → units it may name (old and new).
  public let aliasIndex: [String: [Province]]
  /// Folded place key → places.
  public let placeIndex: [String: [Place]]
  let oldByCode: [Int: Province]
  let newByCode: [Int: Province]

  /// The gazetteer shipped inside the binary (Resources/gazetteer.json, embedded by
  /// scripts/embed-resources.py).
  public static let shared: Gazetteer = {
    do {
      return try Gazetteer(data: Data(embeddedGazetteerJSON.utf8))
    } catch {
      fatalError("the embedded gazetteer.json cannot be read: \(error)")
    }
  }()

  private struct File: Decodable {
    struct Old: Decodable {
      var code: Int, name: String, official: String, type: String, mergedInto: Int
      var aliases: [String], ambiguous: [String], slug: String
    }
    struct New: Decodable {
      var code: Int, name: String, official: String, type: String, formedFrom: [Int], seat: Int
      var aliases: [String], ambiguous: [String]
    }
    var old: [Old]
    var new: [New]
    var places: [Place]
    var distrust: [DistrustedForm]
    var surnames: [String]
  }

  /// Reads a gazetteer from its JSON form.
  public init(data: Data) throws {
    let f = try JSONDecoder().decode(File.self, from: data)
    let old = f.old.map {
      Province(code: $0.code, division: .old63, name: $0.name, official: $0.official, type: $0.type,
               aliases: $0.aliases, ambiguous: $0.ambiguous, mergedInto: $0.mergedInto, formedFrom: [$0.code],
               slug: $0.slug)
    }
    let new = f.new.map {
      Province(code: $0.code, division: .new34, name: $0.name, official: $0.official, type: $0.type,
               aliases: $0.aliases, ambiguous: $0.ambiguous, mergedInto: $0.code, formedFrom: $0.formedFrom,
               slug: VietnameseText.key($0.name).replacingOccurrences(of: " ", with: ""))
    }
    self.old = old
    self.new = new
    self.places = f.places
    self.distrusted = f.distrust
    self.surnames = Set(f.surnames.map { VietnameseText.key($0) })
    var idx: [String: [Province]] = [:]
    for p in old + new {
      for a in Set(p.aliases + [p.name]) {
        let k = VietnameseText.key(a)
        if !(idx[k]?.contains(p) ?? false) { idx[k, default: []].append(p) }
      }
    }
    aliasIndex = idx
    var pidx: [String: [Place]] = [:]
    for p in f.places { pidx[VietnameseText.key(p.name), default: []].append(p) }
    placeIndex = pidx
    oldByCode = Dictionary(uniqueKeysWithValues: old.map { ($0.code, $0) })
    newByCode = Dictionary(uniqueKeysWithValues: new.map { ($0.code, $0) })
  }

  /// The unit with a code in a division.
  public func unit(code: Int, in division: Division) -> Province? {
    division == .old63 ? oldByCode[code] : newByCode[code]
  }

  /// The post-2025 unit that contains an old unit (or the unit itself when already new).
  public func newUnit(containing p: Province) -> Province? {
    p.division == .new34 ? p : newByCode[p.mergedInto]
  }

  /// Resolves a name written in any accepted form ("TP.HCM", "Thanh Hoá", "ba ria vung tau")
  /// to the unit it names in a division. Old names of merged units resolve, in the 34-unit
  /// division, to the unit that absorbed them.
  public func resolve(_ name: String, in division: Division) -> Province? {
    var k = VietnameseText.key(name)
    for prefix in ["tinh ", "thanh pho ", "tp ", "t p "] where k.hasPrefix(prefix) && aliasIndex[k] == nil {
      k = String(k.dropFirst(prefix.count))
    }
    for suffix in [" cu", " moi"] where k.hasSuffix(suffix) && aliasIndex[k] == nil {
      k = String(k.dropLast(suffix.count))
    }
    guard let found = aliasIndex[k] else { return nil }
    if let exact = found.first(where: { $0.division == division }) { return exact }
    if division == .new34, let o = found.first(where: { $0.division == .old63 }) { return newUnit(containing: o) }
    // A new name in the old division: the unit of the same name, if it existed.
    if let n = found.first, let same = old.first(where: { VietnameseText.key($0.name) == VietnameseText.key(n.name) }) {
      return same
    }
    return nil
  }

  /// Every unit of a division, in GSO code order.
  public func units(_ division: Division) -> [Province] { division == .old63 ? old : new }

  /// The names of a division closest to a misspelt name, best first (for error messages).
  public func nearest(to name: String, in division: Division, limit: Int = 3) -> [String] {
    let k = Array(VietnameseText.key(name).utf8)
    return units(division)
      .map { ($0.name, editDistance(k, Array(VietnameseText.key($0.name).utf8))) }
      .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : VietnameseCollation.less($0.0, $1.0) }
      .prefix(limit).map(\.0)
  }
}

/// Levenshtein distance over bytes.
func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var prev = Array(0...b.count)
  var cur = [Int](repeating: 0, count: b.count + 1)
  for i in 1...a.count {
    cur[0] = i
    for j in 1...b.count {
      cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
    }
    swap(&prev, &cur)
  }
  return prev[b.count]
}
