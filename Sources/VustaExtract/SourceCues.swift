import Foundation
import VustaModel

/// Province cues outside the article's sentences: host names of provincial portals
/// ("vustathaibinh.org.vn", "thuathienhue.gov.vn"), portal names in the page footer
/// ("Cổng tin tức Thành phố Hải Phòng") and datelines ("PhuthoPortal - Ngày 16/10").
enum SourceCues {
  /// Slugs as bytes and the unit of each (parallel arrays: a search reads only the bytes, without
  /// copying a unit per slug tried), longest first so "daknong" is not read as "dak…".
  struct SlugTable {
    let slugs: [[UInt8]]
    let units: [Province]
  }

  /// The slug table of a gazetteer, made once.
  static func slugs(_ g: Gazetteer) -> SlugTable {
    lock.lock()
    defer { lock.unlock() }
    if let s = cache[ObjectIdentifier(g)] { return s }
    let made = makeSlugs(g)
    let s = SlugTable(slugs: made.map { Array($0.0.utf8) }, units: made.map(\.1))
    cache[ObjectIdentifier(g)] = s
    return s
  }
  /// The slugs made for each gazetteer (guarded by `lock`).
  nonisolated(unsafe) private static var cache: [ObjectIdentifier: SlugTable] = [:]
  private static let lock = NSLock()

  static func makeSlugs(_ g: Gazetteer) -> [(String, Province)] {
    var out: [(String, Province)] = []
    for p in g.old {
      out.append((p.slug, p))
      for a in p.aliases {
        let k = VietnameseText.key(a).replacingOccurrences(of: " ", with: "")
        if k.count >= 6 && !out.contains(where: { $0.0 == k }) { out.append((k, p)) }
      }
    }
    out.append(("tphcm", g.unit(code: 79, in: .old63)!))
    out.append(("hochiminhcity", g.unit(code: 79, in: .old63)!))
    out.append(("brvt", g.unit(code: 77, in: .old63)!))
    return out.sorted { $0.0.count > $1.0.count }
  }

  /// Provincial unions' portals named by an acronym rather than the province ("husta.vn" is
  /// the Thừa Thiên Huế union's): the host's first label and the province's code.
  static let unionPortals: [String: Int] = [
    "husta": 46, "tusta": 38, "susta": 14, "hcmusta": 79, "dakusta": 66, "hpusta": 31, "qusta": 45, "custa": 92,
  ]

  /// Portals whose acronym another union's portal shares under another domain: "tusta.org.vn"
  /// is Thanh Hóa's, "tusta.com.vn" Tiền Giang's (the whole host name and the province's code).
  static let unionPortalHosts: [String: Int] = ["tusta.com.vn": 82]

  /// Provincial papers not named after their province: Đồng Khởi (Bến Tre), Ấp Bắc (Tiền
  /// Giang). (Not the big cities' dailies, which cover national news.)
  static let provincialPapers: [String: Int] = ["baodongkhoi": 83, "baoapbac": 82]

  /// Provincial newspapers' datelines and the province's code: Gia Lai, Quảng Nam, Ninh Thuận,
  /// Cà Mau, Bình Dương (their "… Online") and Hà Nội Mới.
  static let newspaperDatelines: [String: Int] = ["glo": 64, "qno": 49, "nto": 58, "cmo": 96, "bdo": 74, "hnmo": 1]

  /// The province whose slug is in a URL's host name (or in a bare host such as "baophutho.vn").
  static func province(inHost url: String, _ g: Gazetteer) -> Province? {
    let name = hostName(url)
    let labels = name.split(separator: 0x2E)
    if let first = labels.first.map({ String(decoding: $0, as: UTF8.self) }),
      let code = unionPortalHosts[String(decoding: name, as: UTF8.self)] ?? unionPortals[first] ?? provincialPapers[first],
      let p = g.unit(code: code, in: .old63)
    {
      return p
    }
    let table = SourceCues.slugs(g)
    let found = name.withUnsafeBufferPointer { host in
      table.slugs.firstIndex { slug in
        slug.count >= 5
          ? slug.withUnsafeBufferPointer { ByteSearch.contains(host, $0) }
          // (a short slug only as a whole label, or after a paper's or a union portal's own word:
          // "baohue.vn", "lienhiephoibrvt.vn")
          : labels.contains { label in
            label.elementsEqual(slug) || SourceCues.hostPrefixes.contains { pre in
              label.count == pre.count + slug.count && label.starts(with: pre) && label.dropFirst(pre.count).elementsEqual(slug)
            }
          }
      }
    }
    return found.map { table.units[$0] }
  }

  /// The words a provincial paper's or union portal's host puts before its province's short
  /// slug: "bao" (paper), "lienhiephoi", "lhh", "vusta" (the union's portal).
  static let hostPrefixes: [[UInt8]] = ["bao", "lienhiephoi", "lhh", "vusta"].map { Array($0.utf8) }

  /// A URL's host, ASCII lower-cased, without its scheme, path, hyphens and "www.":
  /// "https://www.vusta-thaibinh.org.vn/tin" → "vustathaibinh.org.vn".
  static func hostName(_ url: String) -> [UInt8] {
    var b = Array(url.utf8)
    for i in b.indices where b[i] &- 65 < 26 { b[i] += 32 }
    var start = 0
    if b.count >= 3 {
      for i in 0...(b.count - 3) where b[i] == 0x3A && b[i + 1] == 0x2F && b[i + 2] == 0x2F { start = i + 3; break }
    }
    var end = start
    while end < b.count, b[end] != 0x2F { end += 1 }
    var host = b[start..<end].filter { $0 != 0x2D }
    let www: [UInt8] = Array("www.".utf8)
    var i = 0
    while i + 4 <= host.count {
      if host[i..<(i + 4)].elementsEqual(www) { host.removeSubrange(i..<(i + 4)) } else { i += 1 }
    }
    return host
  }

  static let portalNames: [Phrase] = ["cong thong tin", "cong tin tuc"].phrases
  static let portalWords: [Phrase] = ["cong thong tin", "cong tin tuc", "cttdt", "bao", "dai phat thanh",
                                      "nguon"].phrases

  /// A province named by a portal or source line among the page furniture.
  static func province(inFurniture lines: [FoldedText], finder: ProvinceFinder, _ g: Gazetteer) -> Province? {
    var found: Province? = nil
    for line in lines where Boilerplate.isURL(line) {
      if let p = province(inHost: line.string, g) { return p }
    }
    // the site's contact block: "Liên hiệp các hội khoa học và kỹ thuật Thanh Hoá - Địa chỉ: …"
    for line in lines where Boilerplate.isContactLine(line) {
      if let p = finder.mentions(in: line).first(where: { $0.role == .union })?.province { return p }
    }
    for line in lines where line.tokens.count <= 16 {
      let isPortal = line.contains(any: portalWords)
      guard isPortal else { continue }
      // a host name in a source line: "Nguồn: thuathienhue.gov.vn"
      var p: Province? = host(in: line).flatMap { province(inHost: $0, g) }
      if p == nil, line.contains(any: SourceCues.portalNames) {
        p = finder.mentions(in: line).first(where: { $0.prefixed && !$0.viaPlace })?.province
      }
      if p == nil, Boilerplate.isMasthead(line) {
        p = finder.mentions(in: line).first(where: { !$0.viaPlace })?.province
      }
      if let p {
        if let f = found, f.code != p.code { return nil }
        found = p
      }
    }
    return found
  }

  static let topLevels = WordSet(["vn", "org", "com", "net", "gov", "edu"].map(Phrase.hash))

  /// A host name written in a line ("thuathienhue.gov.vn"), found on its tokens.
  static func host(in line: FoldedText) -> String? {
    let t = line.tokens
    for j in 1..<max(1, t.count) where topLevels.contains(t[j].hash) && DateReader.joint(line, j) == UInt8(ascii: ".") {
      var k = j
      while k >= 1, let g = DateReader.joint(line, k), g == UInt8(ascii: ".") || g == UInt8(ascii: "-") { k -= 1 }
      return line.text(t[k].start, t[j].end)
    }
    return nil
  }

  /// "PhuthoPortal - Ngày 16/10", "HẢI PHÒNG - Sáng 27/12": the dateline before the lead.
  static func province(inDateline lead: FoldedText, _ g: Gazetteer) -> Province? {
    let t = lead.tokens
    // a provincial newspaper's own dateline in brackets: "(GLO) - …", "(BDO) Sáng 24-4, …"
    if let first = t.first, lead.scalars.first == "(", first.end < lead.scalars.count, lead.scalars[first.end] == ")",
      let code = newspaperDatelines[lead.text(first.start, first.end).lowercased()], let p = g.unit(code: code, in: .old63)
    {
      return p
    }
    guard let dash = t.prefix(6).firstIndex(where: { $0.gap == UInt8(ascii: "-") && $0.spaced }), dash >= 1
    else { return nil }
    let head = lead.text(0, t[dash - 1].end)
    let squeezed = VietnameseText.key(head).replacingOccurrences(of: " ", with: "")
    let bytes = Array(squeezed.utf8)
    let table = SourceCues.slugs(g)
    let found = bytes.withUnsafeBufferPointer { head in
      table.slugs.firstIndex { $0.withUnsafeBufferPointer { ByteSearch.contains(head, $0) } }
    }
    return found.map { table.units[$0] }
  }
}
