import VustaModel

/// How a province is named in a sentence; the role decides which province a fact takes.
enum ProvinceRole: Int, Comparable {
  /// "tại Phú Thọ", "ở huyện Sa Pa": where something took place.
  case place = 0
  /// "LHH Hải Phòng", "Liên hiệp các Hội KH&KT tỉnh Phú Thọ": whose union.
  case union = 1
  /// "Tỉnh ủy Thừa Thiên Huế", "UBND tỉnh Bắc Giang": a provincial authority.
  case authority = 2
  /// Any other trusted mention ("tỉnh Phú Thọ", "Hải Phòng").
  case mention = 3

  static func < (a: ProvinceRole, b: ProvinceRole) -> Bool { a.rawValue < b.rawValue }
}

/// One trusted mention of a province (always resolved to a pre-2025 unit).
struct ProvinceMention {
  var province: Province
  var role: ProvinceRole
  /// Token range of the name.
  var start: Int
  var end: Int
  /// True when a generic word ("tỉnh", "thành phố", "huyện") or "tại" stands before it.
  var prefixed: Bool
  /// True when it was found through a district or city rather than the province's own name.
  var viaPlace: Bool

  /// True for a province named as a former part of a merged one: "Hải Dương cũ", "tỉnh Vĩnh
  /// Phúc (cũ)".
  func isFormer(in f: FoldedText) -> Bool {
    end < f.tokens.count && f.tokens[end].hash == ProvinceMention.h_cu
  }

  static let h_cu = Phrase.hash("cu")
}

/// Finds provinces in a sentence, trusting a name only where context allows: personal names
/// ("Nguyễn Thái Bình"), "Chủ tịch Hồ Chí Minh", "hòa bình" (peace), "Thái Bình Dương",
/// street and ward names are not provinces.
struct ProvinceFinder {
  let gazetteer: Gazetteer
  /// Provincial unions' acronyms written in the text ("HUSTA", "HCMUSTA") and their provinces.
  let unionAcronyms: [UInt64: Province]
  /// An alias: its words' hashes, the old unit it names (an index into `units`, so that trying an
  /// alias copies no unit) and whether it needs context.
  private struct Alias {
    let hashes: [UInt64]
    let unit: Int
    let ambiguous: Bool
  }
  /// First word's hash → the aliases starting with it, longest first.
  private let aliases: WordMap<[Alias]>
  /// The old units the aliases name.
  private let units: [Province]
  private let places: WordMap<[([UInt64], Place)]>
  private let surnames: WordSet
  /// A 64K-bit filter of the first words of aliases and places, checked before the dictionaries.
  private let firstWords: [Bool]
  /// The gazetteer's distrusted forms ("Thái Bình Dương") as phrases, and whether each is written
  /// in lower case ("hòa bình", peace: it distrusts only words written so, not "Hòa Bình").
  private let distrusted: [(phrase: Phrase, lowerCase: Bool)]

  static let prefixes: [Phrase] = ["tinh", "thanh pho", "tp", "t p", "thu do"].phrases
  static let placePrefixes: [Phrase] = ["huyen", "quan", "thi xa", "thanh pho", "tp", "tx", "thi tran"].phrases
  /// Words after which a lower-case name may still be a place.
  static let genericWords = WordSet(
    ["tinh", "pho", "tp", "huyen", "quan", "xa", "phuong", "tai", "o", "do", "tx", "tran"].map(Phrase.hash))
  static let communePrefixes: [Phrase] = ["phuong", "xa", "dac khu"].phrases
  static let locators: [Phrase] = ["tai", "o", "den", "ve", "tren dia ban", "dia ban", "khu vuc"].phrases
  static let notBefore = WordSet(
    ["duong", "pho", "phuong", "xa", "song", "cau", "ngo", "hem", "ap", "thon", "ban", "benh", "vien", "chua",
     "den", "cho", "ben", "cang", "keo", "dinh", "nui", "deo", "ho", "vinh", "dao", "mien", "bien"].map(Phrase.hash))
  static let authorityWords: [Phrase] = [
    "tinh uy", "thanh uy", "ubnd", "uy ban nhan dan", "hdnd", "hoi dong nhan dan", "ban thuong vu tinh uy",
    "ban tuyen giao tinh uy", "ban dan van tinh uy", "so khoa hoc va cong nghe", "so khcn", "mat tran",
    "lanh dao tinh", "chinh quyen",
  ].phrases

  /// The finder for a gazetteer, built once (building indexes every alias and place).
  static func shared(_ g: Gazetteer) -> ProvinceFinder {
    finderLock.lock()
    defer { finderLock.unlock() }
    if let f = finders[ObjectIdentifier(g)] { return f }
    let f = ProvinceFinder(gazetteer: g)
    finders[ObjectIdentifier(g)] = f
    return f
  }
  nonisolated(unsafe) private static var finders: [ObjectIdentifier: ProvinceFinder] = [:]
  private static let finderLock = NSLock()

  init(gazetteer: Gazetteer) {
    self.gazetteer = gazetteer
    var a: [UInt64: [Alias]] = [:]
    units = gazetteer.old
    for (n, p) in gazetteer.old.enumerated() {
      let ambiguous = Set(p.ambiguous.map { VietnameseText.key($0) })
      for alias in Set(p.aliases + [p.name]) {
        let key = VietnameseText.key(alias)
        if key.isEmpty { continue }
        let hashes = key.split(separator: " ").map { Phrase.hash(String($0)) }
        a[hashes[0], default: []].append(Alias(hashes: hashes, unit: n, ambiguous: ambiguous.contains(key)))
      }
    }
    for k in a.keys { a[k]!.sort { $0.hashes.count > $1.hashes.count } }
    aliases = WordMap(a)
    var pl: [UInt64: [([UInt64], Place)]] = [:]
    for p in gazetteer.places {
      let hashes = VietnameseText.key(p.name).split(separator: " ").map { Phrase.hash(String($0)) }
      if hashes.isEmpty { continue }
      pl[hashes[0], default: []].append((hashes, p))
    }
    for k in pl.keys { pl[k]!.sort { $0.0.count > $1.0.count } }
    places = WordMap(pl)
    surnames = WordSet(gazetteer.surnames.map { Phrase.hash($0) })
    unionAcronyms = UnionFinder.acronymTable(gazetteer)
    var bits = [Bool](repeating: false, count: 0x10000)
    for k in a.keys { bits[Int(k & 0xFFFF)] = true }
    for k in pl.keys { bits[Int(k & 0xFFFF)] = true }
    firstWords = bits
    distrusted = gazetteer.distrusted.map {
      (Phrase(VietnameseText.key($0.form)), $0.form.unicodeScalars.first?.properties.isLowercase ?? false)
    }
  }

  /// True when a name written in lower case carries the marks of the province's name, or none
  /// at all (a text typed without them): "tỉnh hà giang", "tinh ha giang" — not "tỉnh đã nâng",
  /// whose letters fold as "Đà Nẵng"'s do.
  static func marksFit(_ f: FoldedText, _ m: ProvinceMention) -> Bool {
    let written = f.text(f.tokens[m.start].start, f.tokens[m.end - 1].end).lowercased()
    if written.unicodeScalars.allSatisfy(\.isASCII) { return true }
    let names = [m.province.name] + m.province.aliases + m.province.ambiguous
    // (the mention's span opens with its generic word: "tỉnh hà giang")
    return names.contains { let n = $0.lowercased(); return written == n || written.hasSuffix(" " + n) }
  }

  /// The trusted province mentions of a text, in order.
  func mentions(in f: FoldedText) -> [ProvinceMention] {
    let t = f.tokens
    var out: [ProvinceMention] = []
    var i = 0
    // (the constants read once, not once per word: each static is a lazy global's check)
    let hoi = ProvinceFinder.h_hoi, hiep = ProvinceFinder.h_hiep, generic = ProvinceFinder.genericWords
    while i < t.count {
      let h = t[i].hash
      // names are written with capitals, or lower case right after a generic word ("tỉnh hà giang")
      // "Liên hiệp Hội An Giang": the "Hội" of the union's name does not start "Hội An"
      if h == hoi, i >= 1, t[i - 1].hash == hiep {
        i += 1
        continue
      }
      if firstWords[Int(h & 0xFFFF)] && (t[i].isCap || (i > 0 && generic.contains(t[i - 1].hash))),
        let m = provinceAt(f, i) ?? placeAt(f, i, after: out.last),
        t[i].isCap || m.viaPlace || ProvinceFinder.marksFit(f, m)
      {
        out.append(m)
        i = m.end
      } else {
        i += 1
      }
    }
    // "tại hội trường Khách sạn Sài Gòn Bạc Liêu": of two places that follow each other in one
    // name, the first is the venue's name and the last is where it stands
    for k in out.indices.dropLast() where out[k].role == .place && out[k + 1].role == .place
      && out[k + 1].start == out[k].end && t[out[k + 1].start].gap == 0 && out[k].province.code != out[k + 1].province.code
    {
      out[k].role = .mention
    }
    return out
  }

  static let h_hoi = Phrase.hash("hoi")
  static let h_hiep = Phrase.hash("hiep")

  /// True when the word at `i` is "đến" (to) as written, not "đền" (a temple): both fold to "den".
  static func isToward(_ f: FoldedText, _ i: Int) -> Bool {
    guard f.tokens[i].hash == Lexicon.h_den else { return false }
    return f.text(f.tokens[i].start, f.tokens[i].end).lowercased() == "đến"
  }

  private func tokensMatch(_ f: FoldedText, _ hashes: [UInt64], at i: Int) -> Bool {
    guard i + hashes.count <= f.tokens.count else { return false }
    for k in 0..<hashes.count {
      if f.tokens[i + k].hash != hashes[k] { return false }
      if k > 0, let g = Optional(f.tokens[i + k].gap), g != 0, g != UInt8(ascii: "-"), g != UInt8(ascii: ".") {
        return false
      }
    }
    return true
  }

  /// The generic prefix ending right before token i, if any ("tỉnh", "thành phố", "TP.").
  private func prefix(_ f: FoldedText, before i: Int, in list: [Phrase]) -> Int? {
    for p in list where f.endsWith(p, before: i) {
      // "phố" in "đường phố" is not "thành phố"
      return i - p.count
    }
    return nil
  }

  private func provinceAt(_ f: FoldedText, _ i: Int) -> ProvinceMention? {
    let t = f.tokens
    guard let candidates = aliases[t[i].hash] else { return nil }
    for c in candidates where tokensMatch(f, c.hashes, at: i) {
      let (hashes, ambiguous) = (c.hashes, c.ambiguous)
      let province = units[c.unit]
      let end = i + hashes.count
      let pre = prefix(f, before: i, in: ProvinceFinder.prefixes)
      // An alias that itself starts with TP/Thành phố ("TP.HCM") is prefixed.
      let selfPrefixed = t[i].hash == Lexicon.h_tp || t[i].hash == Lexicon.h_thanh
        || t[i].hash == Lexicon.h_tphcm
      let prefixed = pre != nil || selfPrefixed
      // Written as a name: capitals (or a prefix before it, as in "tỉnh thái bình" in careless text).
      let capitalised = (i..<end).allSatisfy { t[$0].isCap || t[$0].isNumber }
      if !capitalised && !prefixed { continue }
      if !capitalised && ambiguous { continue }
      // "huyện Hòa Bình" (Bạc Liêu) is a district, not the province.
      if let pp = prefix(f, before: i, in: [Lexicon.p_huyen, Lexicon.p_quan, Lexicon.p_thi_xa, Lexicon.p_xa,
                                            Lexicon.p_phuong]), pre == nil {
        _ = pp
        continue
      }
      if !prefixed {
        // A personal name: a surname or middle name right before ("Nguyễn Thái Bình").
        if i >= 1, t[i - 1].isCap, t[i].gap == 0, surnames.contains(t[i - 1].hash) { continue }
        // A street, ward, river, bridge … named after the province.
        if i >= 1, t[i].gap == 0, ProvinceFinder.notBefore.contains(t[i - 1].hash), !t[i - 1].isCap || i == 1 {
          // ("đến Phú Yên", to the province, is no "đền" — a temple — named after it: the two
          // fold alike)
          if !(t[i - 1].hash == Lexicon.h_pho && i >= 2 && t[i - 2].hash == Lexicon.h_thanh), !ProvinceFinder.isToward(f, i - 1) {
            continue
          }
        }
        // "Thái Bình Dương", "Điện Biên Phủ", "Hà Nam Ninh", "Đồng Tháp Mười": a longer name.
        if end < t.count, t[end].isCap, t[end].gap == 0, t[end].spaced, ambiguous || hashes.count == 1 {
          if isDistrusted(f, i, end) { continue }
        }
        if isDistrusted(f, i, end) { continue }
        // Bare "Hồ Chí Minh" / "HCM" is the person unless a prefix says city.
        if ambiguous && province.code == 79
          && !ProvinceFinder.authorityWords.contains(where: { f.endsWith($0, before: i) })
        {
          continue
        }
      }
      var role = ProvinceRole.mention
      let before = pre ?? i
      if let loc = locatorBefore(f, before), !ProvinceFinder.isWhereSomeoneIs(f, loc), !ProvinceFinder.isOfficeSeat(f, loc) { role = .place }
      // "tại Trung tâm Hội nghị Quốc gia (Hà Nội)": the place of a venue
      if role == .mention, t[before].gap == UInt8(ascii: "("), venueBefore(f, before) != nil { role = .place }
      // "tại Trung tâm Hội nghị tỉnh Sóc Trăng", "tại Hội trường UBND thành phố …": a venue named
      // after its province
      // ("tại hội trường Khách sạn Sài Gòn Kim Liên": a name that goes on after the province's
      // is the venue's own name, named after a place it need not stand in)
      if role == .mention, let tai = venueBefore(f, before), ProvinceFinder.venueNouns.contains(where: { f.matches($0, at: tai + 1) }),
        pre != nil || !(end < t.count && t[end].isCap && t[end].gap == 0)
      {
        role = .place
      }
      // "thủ đô Hà Nội là nơi diễn ra Đại hội …": the place named as where the event took place
      // (its holder may be named between: "Bảo tàng Hồ Chí Minh (Hà Nội) là nơi Liên hiệp hội Việt
      // Nam tổ chức Đại hội …")
      if role == .mention, f.matches(Lexicon.p_la_noi, at: end),
        let v = ProvinceFinder.heldThere.compactMap({ f.find($0, from: end + 2, to: min(t.count, end + 14)) }).min(),
        !(end + 2...v).contains(where: { FoldedText.isStrongPunct(t[$0].gap) })
      {
        role = .place
      }
      // "số 53 Nguyễn Du, quận Hai Bà Trưng, Hà Nội": the last part of an address
      if role == .mention, t[before].gap == UInt8(ascii: ","), addressBefore(f, before) { role = .place }
      // "tại Trung tâm Hội nghị Quốc tế, 11 Lê Hồng Phong, Ba Đình, Hà Nội": the end of an
      // address that a "tại" and a venue open
      if role == .mention, t[before].gap == UInt8(ascii: ","), addressAfterVenue(f, before) { role = .place }
      // "tại điểm cầu chính Hà Nội" places an online meeting; "tại các điểm cầu Hải Phòng, Đà
      // Nẵng, …" are where some took part
      if role == .mention || role == .place, let main = ProvinceFinder.bridgePoint(f, before: before) {
        role = main ? .place : .mention
      }
      if UnionFinder.endsWithUnion(f, before: before) { role = .union }
      if prefix(f, before: before, in: ProvinceFinder.authorityWords) != nil
        || ProvinceFinder.authorityWords.contains(where: { f.endsWith($0, before: i) })
      {
        role = .authority
      }
      return ProvinceMention(province: province, role: role, start: pre ?? i, end: end, prefixed: prefixed,
                             viaPlace: false)
    }
    return nil
  }

  /// True when a district or ward ("quận Hai Bà Trưng", "phường Bến Nghé") ends right before
  /// the comma at token `i`: the name after it closes an address.
  private func addressBefore(_ f: FoldedText, _ i: Int) -> Bool {
    var k = i - 1
    var words = 0
    while k >= 0, words < 5, f.tokens[k].isCap || f.tokens[k].isNumber {
      if k < i - 1, f.tokens[k + 1].gap != 0 { return false }
      k -= 1
      words += 1
    }
    guard words > 0, k >= 0 else { return false }
    guard (ProvinceFinder.placePrefixes + ProvinceFinder.communePrefixes).contains(where: { f.endsWith($0, before: k + 1) })
    else { return false }
    // "Liên hiệp Hội các tỉnh, thành phố Đà Nẵng, Kon Tum": a list of provinces, not an address
    // ("thành phố Biên Hòa, Đồng Nai" is one)
    return provinceAt(f, k + 1).map { $0.end != i } ?? true
  }

  /// True when token `i` (after a comma) closes an address opened by "tại" and a venue: the
  /// parts between commas after the venue are names and numbers ("11 Lê Hồng Phong", "Ba Đình",
  /// "quận Cầu Giấy"); "tại hội nghị, …" is the meeting, not a venue.
  private func addressAfterVenue(_ f: FoldedText, _ i: Int) -> Bool {
    var k = i - 1
    var plain = true  // the part being read has only names, numbers and address words
    while k >= max(0, i - 24) {
      let tok = f.tokens[k]
      if tok.hash == Lexicon.h_tai, !tok.isCap || k == 0 {
        return k + 1 < i && !MeetingVocabulary.firstWords.contains(f.tokens[k + 1].hash)
      }
      if !(tok.isCap || tok.isNumber || ProvinceFinder.addressWords.contains(tok.hash)) { plain = false }
      if FoldedText.isStrongPunct(tok.gap) { return false }
      if tok.gap == UInt8(ascii: ",") {
        if !plain { return false }
        plain = true
      }
      k -= 1
    }
    return false
  }

  /// Lower-case words of a street address.
  static let addressWords = WordSet(
    ["so", "duong", "pho", "ngo", "ngach", "hem", "kiet", "quan", "huyen", "phuong", "xa", "thi", "tran", "thanh",
     "tp", "tx", "khu", "to", "ap", "thon", "lo"].map(Phrase.hash))

  /// The index of the "tại" that opens a venue name running, without a clause break, up to
  /// token i; nil when there is none.
  private func venueBefore(_ f: FoldedText, _ i: Int) -> Int? {
    var k = i - 1
    // "tại trụ sở Ban Tuyên giáo và Dân vận Trung ương (Hà Nội)": venue names run long
    while k >= max(0, i - 16) {
      if f.tokens[k].hash == Lexicon.h_tai { return k }
      // ("Địa điểm là Bảo tàng Hồ Chí Minh (Hà Nội)": the place a record's label gives)
      if k >= 1, f.matches(ProvinceFinder.p_dia_diem, at: k - 1) { return k - 1 }
      let g = f.tokens[k].gap
      if g == UInt8(ascii: ",") || FoldedText.isStrongPunct(g) { return nil }
      k -= 1
    }
    return nil
  }

  /// Nouns that open a venue's name ("Trung tâm Hội nghị tỉnh …", "Hội trường …").
  static let venueNouns: [Phrase] = ["trung tam hoi nghi", "hoi truong", "tru so", "khach san", "nha van hoa",
                                     "cung van hoa", "trung tam van hoa", "nha hat", "bao tang"].phrases
  /// Words before a "tại"/"ở" that place a person, not an event: "trí thức đang làm việc tại Hà
  /// Nội", "nay công tác tại …", "quê ở Nghệ An".
  static let someoneIs: [Phrase] = ["dang lam viec", "dang cong tac", "nay cong tac", "hien cong tac",
                                    "sinh song", "dang hoc tap", "dang giang day", "hoc tap va lam viec", "que"].phrases

  /// True when the locator at token `loc` says where someone works, lives or comes from.
  static func isWhereSomeoneIs(_ f: FoldedText, _ loc: Int) -> Bool {
    someoneIs.contains { f.endsWith($0, before: loc) }
  }

  /// True when the locator "tại" at `loc` closes an office's name: "tổ chức Rosa Luxemburg
  /// Stiftung, Văn phòng khu vực Đông Nam Á tại Hà Nội", "Đại sứ quán Nhật Bản tại Việt Nam" —
  /// where the office sits, not where the event is (not the venue itself: "tổ chức tại Văn phòng
  /// Liên hiệp hội tại …").
  static func isOfficeSeat(_ f: FoldedText, _ loc: Int) -> Bool {
    let t = f.tokens
    guard loc < t.count, t[loc].hash == Lexicon.h_tai else { return false }
    var k = loc - 1
    while k >= max(0, loc - 9) {
      if offices.contains(where: { f.matches($0, at: k) }) { return !(k >= 1 && t[k - 1].hash == Lexicon.h_tai) }
      if FoldedText.isStrongPunct(t[k + 1].gap) || t[k + 1].gap == UInt8(ascii: ";") || t[k + 1].gap == UInt8(ascii: ",") { return false }
      k -= 1
    }
    return false
  }

  static let offices: [Phrase] = ["van phong khu vuc", "van phong dai dien", "dai su quan", "tong lanh su quan", "co quan dai dien"].phrases

  static let h_nhung = Phrase.hash("nhung")
  static let p_diem_cau = Phrase("diem cau"), p_diem_cau_chinh = Phrase("diem cau chinh")

  /// For a name in an online meeting's points ("điểm cầu") within twelve words before it, in its
  /// clause: true for the main point ("tại điểm cầu chính Hà Nội", "điểm cầu chính tại thành phố
  /// Huế"), false for the others ("tại các điểm cầu Hải Phòng, Đà Nẵng …"); nil when none.
  static func bridgePoint(_ f: FoldedText, before i: Int) -> Bool? {
    let t = f.tokens
    var k = i - 1
    while k >= max(0, i - 12) {
      if f.matches(p_diem_cau, at: k) {
        if f.matches(p_diem_cau_chinh, at: k) { return true }
        // ("nối điểm cầu tại Hà Nội với 13 tỉnh": one point named with "tại" is told as any
        // place is; "các điểm cầu", "63 điểm cầu", "điểm cầu Quảng Trị" are the others)
        let several = k >= 1 && (t[k - 1].isNumber || t[k - 1].hash == Lexicon.h_cac || t[k - 1].hash == h_nhung)
        if !several, k + 2 < t.count, t[k + 2].hash == Lexicon.h_tai { return nil }
        return false
      }
      if FoldedText.isStrongPunct(t[k].gap) || t[k].gap == UInt8(ascii: ";") { return nil }
      k -= 1
    }
    return nil
  }

  static let p_dia_diem = Phrase("dia diem")
  /// Verbs that hold an event at a place named before "là nơi" ("… là nơi diễn ra", "… là nơi
  /// Liên hiệp … tổ chức").
  static let heldThere: [Phrase] = ["to chuc", "dien ra", "dang cai", "tien hanh", "khai mac"].phrases

  /// The start of a locator ("tại", "ở", "về") just before token i; a capitalised word inside a
  /// sentence is a name, not a locator ("Nguyễn Văn Vệ, Chủ tịch": not "về Chũ").
  private func locatorBefore(_ f: FoldedText, _ i: Int) -> Int? {
    for p in ProvinceFinder.locators where f.endsWith(p, before: i) {
      let at = i - p.count
      // (capitalised inside a line only where a clause opens after a mark: a dateline's
      // "(khoahocdoisong.vn) - Tại Hà Nội hôm 16/7, …")
      if at > 0 && f.tokens[at].isCap && f.tokens[at].gap == 0 { continue }
      return at
    }
    return nil
  }

  private func isDistrusted(_ f: FoldedText, _ i: Int, _ end: Int) -> Bool {
    for (d, lowerCase) in distrusted {
      if lowerCase, f.tokens[i].isCap { continue }
      // the distrusted form may start up to 3 tokens before the name
      for s in max(0, i - 3)...i where f.matches(d, at: s) && s + d.count >= end {
        return true
      }
    }
    return false
  }

  private func placeAt(_ f: FoldedText, _ i: Int, after last: ProvinceMention?) -> ProvinceMention? {
    let t = f.tokens
    guard let candidates = places[t[i].hash] else { return nil }
    for (hashes, place) in candidates where tokensMatch(f, hashes, at: i) {
      let end = i + hashes.count
      guard (i..<end).allSatisfy({ t[$0].isCap || t[$0].isNumber }) else { continue }
      var pre = prefix(f, before: i, in: ProvinceFinder.placePrefixes)
      // "phường Quy Nhơn", "xã Sa Pa": post-2025 communes keep the names of the old cities.
      if pre == nil, place.bare, let w = prefix(f, before: i, in: ProvinceFinder.communePrefixes) { pre = w }
      // "Quận 1": a numbered district only with its generic word.
      if t[i].isNumber && pre == nil { continue }
      // "tại Sông Hồng Resort, thành phố Vĩnh Yên": the town a venue stands in
      let loc = locatorBefore(f, pre ?? i).flatMap { ProvinceFinder.isWhereSomeoneIs(f, $0) || ProvinceFinder.isOfficeSeat(f, $0) ? nil : $0 }
        ?? pre.flatMap { p in t[p].gap == UInt8(ascii: ",") ? venueBefore(f, p) : nil }
        // "tại khu du lịch Sao Việt (Núi Thơm, xã An Phú, huyện Tuy An)": the last part of the
        // venue's address
        ?? pre.flatMap { p in t[p].gap == UInt8(ascii: ",") && addressAfterVenue(f, p) ? p : nil }
      // "huyện An Dương và Tiên Lãng": a list continuing a place of the same province.
      let continues = last.map {
        $0.viaPlace && $0.end >= i - 2 && $0.province.code == place.province
          && (t[i].gap == UInt8(ascii: ",") || (i >= 1 && t[i - 1].hash == DateReader.va))
      } ?? false
      if pre == nil && loc == nil && !place.bare && !continues { continue }
      if pre == nil && i >= 1 && t[i].gap == 0 && surnames.contains(t[i - 1].hash) && t[i - 1].isCap { continue }
      if isDistrusted(f, i, end) && pre == nil && loc == nil { continue }
      guard let province = gazetteer.unit(code: place.province, in: .old63) else { continue }
      let point = ProvinceFinder.bridgePoint(f, before: pre ?? i)
      return ProvinceMention(province: province, role: (point ?? (loc != nil)) ? .place : .mention, start: pre ?? i, end: end,
                             prefixed: pre != nil, viaPlace: true)
    }
    return nil
  }
}

import Foundation
