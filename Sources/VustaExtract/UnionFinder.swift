import VustaModel

/// A mention of LHH Việt Nam or a provincial union ("Liên hiệp các Hội KH&KT tỉnh Phú Thọ",
/// "LHH Hải Phòng", "Liên hiệp Hội tỉnh", "Đảng đoàn Liên hiệp các Hội … Việt Nam").
struct UnionMention {
  enum Scope: Equatable {
    /// LHH Việt Nam.
    case national
    /// A named provincial union.
    case province(Province)
    /// "Liên hiệp Hội tỉnh" with no name.
    case unnamedProvince
    /// "các Liên hiệp Hội tỉnh, thành phố", "LHH địa phương": many unions.
    case plural
    /// "Liên hiệp các Hội Khoa học và Kỹ thuật" with nothing after it.
    case bare
  }

  var start: Int
  var end: Int
  var scope: Scope
  /// "Đảng đoàn …": the Party delegation of the union.
  var partyDelegation: Bool
  /// The name says science and technology ("Khoa học và Kỹ thuật", "KH&KT", "LHH", "VUSTA"),
  /// rather than only "Liên hiệp (các) Hội".
  var scientific = false
  /// The science words are spelled out ("Khoa học và Kỹ thuật", "KH&KT", "VUSTA"), not only the
  /// short "LHH", which another union's article may define as its own short name.
  var spelledScientific = false
}

/// Finds the names of LHH bodies in a sentence.
enum UnionFinder {
  static let body = WordSet(
    ["cac", "hoi", "khoa", "hoc", "va", "ky", "ki", "thuat", "kh", "kt", "khkt", "lien", "hiep", "lhh"]
      .map(Phrase.hash))
  static let stopAfterHoi = WordSet(
    ["nghi", "thao", "vien", "thi", "dong", "dien", "cho", "quan", "nong", "lam", "nguoi", "y", "tap"].map(Phrase.hash))
  /// (A clerk's short "LH" stands for "Liên hiệp": "LH các Hội KH&KT tỉnh".)
  static let starts: [Phrase] = ["lien hiep", "lhh", "lhhvn", "vusta", "lhh vn", "lh"].phrases
  static let national: [Phrase] = ["viet nam", "vn", "trung uong"].phrases
  static let plural: [Phrase] = ["cac tinh", "tinh thanh pho", "tinh thanh", "dia phuong", "cac dia phuong"].phrases
  static let generic: [Phrase] = ["tinh", "thanh pho", "tp", "tinh thanh pho"].phrases
  static let dangDoan = Phrase("dang doan")
  /// Words that make a union's name one of science and technology.
  static let scientificWords = WordSet(
    ["khoa", "ky", "ki", "thuat", "kh", "kt", "khkt", "lhh", "lhhvn", "vusta"].map(Phrase.hash))
  /// What follows "Liên hiệp (các) Hội" in the names of other unions: literature and arts
  /// ("Liên hiệp các Hội Văn học Nghệ thuật", "… VHNT"), friendship ("… Hữu nghị"), the UNESCO
  /// associations ("Liên hiệp các Hội UNESCO Việt Nam").
  static let foreignQualifiers: [Phrase] = ["vhnt", "van hoc", "van hoa nghe thuat", "huu nghi", "unesco"].phrases
  /// Science words other than the short "LHH".
  static let spelledScientificWords = WordSet(
    ["khoa", "ky", "ki", "thuat", "kh", "kt", "khkt", "lhhvn", "vusta"].map(Phrase.hash))
  /// A district's or town's name after a union's ("Liên hiệp các Hội KH&KT huyện Kỳ Anh", "…
  /// lần thứ IV nhiệm kỳ 2018 – 2023 của huyện Kỳ Anh", "Liên hiệp hội cấp huyện"): a
  /// district-level union, one of a provincial union's members, not the provincial union.
  static let districtWords: [Phrase] = ["huyen", "thi xa", "cap huyen", "cap xa"].phrases
  /// Words between a union's name and its district: its congress's number and term.
  static let termWords = WordSet(["lan", "thu", "nhiem", "ky", "khoa", "cua"].map(Phrase.hash))
  /// Words that open a verb phrase right after "Liên hiệp" cut short: "đã", "tổ (chức)", "sẽ" ….
  static let verbsAfterShortName = WordSet(["da", "to", "dang", "se", "cung", "van", "luon", "tiep", "chu", "phoi", "tien",
                                            "thuong", "trien"].map(Phrase.hash))
  /// First words of `starts`, to skip sentences that name no LHH body.
  static let startWords = WordSet(starts.map { $0.hashes[0] })

  /// True when the tokens `from..<to` open the text in brackets followed by a dash: a
  /// newspaper's dateline ("(VUSTA) – …", "(LHHVN)- …").
  static func isDateline(_ f: FoldedText, _ from: Int, _ to: Int) -> Bool {
    guard from == 0, to < f.tokens.count, f.scalars.first == "(", f.tokens[to].gap == UInt8(ascii: ")") else { return false }
    let between = f.scalars[f.tokens[to - 1].end..<f.tokens[to].start]
    return between.contains { $0 == "-" || $0 == "–" || $0 == "—" }
  }

  /// Provincial unions' acronyms as their portals and pages write them ("Liên hiệp các Hội Khoa
  /// học và Kỹ thuật tỉnh Thừa Thiên Huế (HUSTA)", "Sáng 12/5, HCMUSTA tổ chức …"): the portals'
  /// acronyms (`SourceCues.unionPortals`), each with its province.
  static func acronymTable(_ g: Gazetteer) -> [UInt64: Province] {
    var out: [UInt64: Province] = [:]
    for (acronym, code) in SourceCues.unionPortals {
      if let p = g.unit(code: code, in: .old63) { out[Phrase.hash(acronym)] = p }
    }
    return out
  }

  /// True when the sentence may name a union: one of the first words of `starts`, or an acronym
  /// of `acronyms`.
  static func mayName(_ f: FoldedText, acronyms: [UInt64: Province]) -> Bool {
    f.tokens.contains { startWords.contains($0.hash) || ($0.isAllCaps && !acronyms.isEmpty && acronyms[$0.hash] != nil) }
  }

  /// True when the token at `i` opens the text alone in brackets, or before a dash: "(HCMUSTA)
  /// Hội nghị …", "HUSTA – Trong hai ngày …".
  static func isSourceTag(_ f: FoldedText, _ i: Int) -> Bool {
    guard i == 0, f.tokens.count > 1 else { return false }
    if f.scalars.first == "(" && f.tokens[1].gap == UInt8(ascii: ")") { return true }
    // (a dash right after it: "HUSTA – Trong hai ngày …")
    let between = f.scalars[f.tokens[0].end..<f.tokens[1].start]
    return between.contains { $0 == "-" || $0 == "–" || $0 == "—" }
  }

  /// All union mentions in a text, in order; `acronyms` are provincial unions' acronyms, read
  /// only as written in capitals.
  static func mentions(in f: FoldedText, provinces: [ProvinceMention], acronyms: [UInt64: Province] = [:]) -> [UnionMention] {
    let t = f.tokens
    var out: [UnionMention] = []
    var i = 0
    // (the constants read once, not once per word: each static is a lazy global's check)
    let startWords = UnionFinder.startWords, starts = UnionFinder.starts
    while i < t.count {
      if t[i].isAllCaps, let p = acronyms[t[i].hash] {
        // ("(HUSTA) – Sáng 12/5, …", "(HCMUSTA) Hội nghị …", "HUSTA – Trong hai ngày …": a
        // dateline or a source tag opening the text names the page's source, not a party)
        // (an acronym in brackets right after a union's name is that union's, whatever portal
        // uses it: "Liên hiệp các Hội … TP.HCM (HUSTA)")
        let defined = i >= 1 && t[i].gap == UInt8(ascii: "(") && out.last?.end == i
        if !isSourceTag(f, i), !defined {
          out.append(UnionMention(start: i, end: i + 1, scope: .province(p), partyDelegation: false, scientific: true,
                                  spelledScientific: true))
        }
        i += 1
        continue
      }
      // (a word no name starts with is passed over at once: most words of a sentence)
      guard startWords.contains(t[i].hash), let s = starts.first(where: { f.matches($0, at: i) }) else { i += 1; continue }
      // "liên hiệp" must be the union: followed by "các hội" or "hội" ("Liên hiệp các tổ chức hữu
      // nghị", "Liên hiệp Hợp tác xã" are other organisations)
      // (or, as a few local sites write it, "Hội liên hiệp khoa học kỹ thuật tỉnh": the union's
      // own words straight after it, then a place)
      // (the short "LH" only as "LH các Hội" or "LH Hội", written in capitals)
      if s.words == ["lien", "hiep"] || s.words == ["lh"] {
        let k = i + s.count
        // "… đã được Liên hiệp tổ chức", "Liên hiệp đã tổ chức hội nghị …": the union's name cut
        // to its first words, a verb right after it — the page's union, as "Liên hiệp hội" is
        // (written with its capital; "liên hiệp với" is a verb)
        // (the verb in lower case: "Hội Liên hiệp Văn học nghệ thuật" is another union)
        if s.words == ["lien", "hiep"], t[i].isCap, k < t.count, t[k].gap == 0, !t[k].isCap,
          UnionFinder.verbsAfterShortName.contains(t[k].hash)
        {
          out.append(UnionMention(start: i, end: k, scope: .bare, partyDelegation: false, scientific: false, spelledScientific: false))
          i = k
          continue
        }
        guard k < t.count, t[k].hash == Lexicon.h_hoi
          || (t[k].hash == Lexicon.h_cac && k + 1 < t.count && t[k + 1].hash == Lexicon.h_hoi)
          || (s.count == 2 && UnionFinder.namedWithoutHoi(f, at: k, provinces: provinces)),
          s.count == 2 || t[i].isAllCaps
        else { i += 1; continue }
      }
      var end = nameEnd(f, from: i + s.count)
      let direct = s.words[0] == "lhhvn" || s.words[0] == "vusta" || s.words == ["lhh", "vn"]
      // "(VUSTA) – Sáng 12/5, …": a newspaper's dateline names the page's source, not a party
      if direct, isDateline(f, i, end) { i = end; continue }
      // "Liên hiệp các Hội Văn học Nghệ thuật": another union, not a mention of ours
      if foreignQualifiers.contains(where: { f.matches($0, at: end) }) { i = end; continue }
      if namesDistrict(f, after: end) { i = end; continue }
      // ("Liên hiệp các Hội KHKT Cẩm Xuyên Đại hội …": a district's own name right after the
      // union's, without "huyện", names the district's union too — found through a district, not
      // the province's name)
      if provinces.contains(where: { $0.start == end && $0.viaPlace }) { i = end; continue }
      // "Liên hiệp các Hội Khoa học và Kỹ thuật (gọi tắt là Liên hiệp hội) tỉnh Thanh Hóa": the
      // name goes on after a short aside in brackets
      if end < t.count, t[end].gap == UInt8(ascii: "("),
        let close = (end + 1..<min(t.count, end + 10)).first(where: { t[$0].gap == UInt8(ascii: ")") }),
        national.contains(where: { f.matches($0, at: close) }) || generic.contains(where: { f.matches($0, at: close) })
          || provinces.contains(where: { $0.start == close && $0.role == .union })
      {
        end = close
      }
      var scope: UnionMention.Scope = .bare
      if direct {
        scope = .national
      } else if let n = national.first(where: { f.matches($0, at: end) }) {
        // "trực thuộc Trung ương" after "các tỉnh" is plural, handled above
        scope = .national
        end += n.count
      } else if let p = plural.first(where: { f.matches($0, at: end) }),
        // ("tỉnh Thanh Hóa" folds like "tỉnh, thành": a province named from here is one union)
        !provinces.contains(where: { $0.start == end && $0.role == .union })
      {
        scope = .plural
        end += p.count
      } else if let m = provinces.first(where: { $0.start >= end && $0.start <= end + 1 && $0.role == .union }) {
        scope = .province(m.province)
        end = m.end
      } else if let g = generic.first(where: { f.matches($0, at: end) }) {
        scope = .unnamedProvince
        end += g.count
        if end < t.count, t[end].gap == UInt8(ascii: "/") || t[end].gap == UInt8(ascii: ","),
          generic.contains(where: { f.matches($0, at: end) })
        {
          scope = .plural
          end += 2
        }
      }
      if i >= 1, t[i - 1].hash == Lexicon.h_cac { scope = scope == .national ? .national : .plural }
      let party = f.endsWith(dangDoan, before: i)
      let scientific = direct || t[i..<end].contains { scientificWords.contains($0.hash) }
      let spelled = direct || t[i..<end].contains { spelledScientificWords.contains($0.hash) }
      out.append(UnionMention(start: party ? i - 2 : i, end: end, scope: scope, partyDelegation: party,
                              scientific: scientific, spelledScientific: spelled))
      i = max(end, i + 1)
    }
    // "… tỉnh Khánh Hòa (mới) – hợp nhất từ Liên hiệp Hội tỉnh Khánh Hòa cũ và Liên hiệp Hội tỉnh
    // Ninh Thuận cũ": the former unions of a merged one are its history, not parties, when the
    // sentence names the union of today
    let former = { (u: UnionMention) -> Bool in
      guard case .province = u.scope else { return false }
      return u.end < t.count && t[u.end].hash == ProvinceMention.h_cu
    }
    if out.contains(where: former), out.contains(where: { u in
      if case .province = u.scope { return !former(u) } else { return false }
    }) {
      out.removeAll(where: former)
    }
    return out
  }

  static let scienceNames: [Phrase] = ["khoa hoc ky thuat", "khoa hoc va ky thuat"].phrases

  /// True when "khoa học (và) kỹ thuật" stands at `k` right after "liên hiệp", followed by
  /// "tỉnh", "thành phố" or a province: the union named without "các hội" ("Liên minh HTX tỉnh
  /// và Hội liên hiệp khoa học kỹ thuật tỉnh"), not an enterprise ("Liên hiệp Khoa học Sản xuất …").
  static func namedWithoutHoi(_ f: FoldedText, at k: Int, provinces: [ProvinceMention]) -> Bool {
    guard let n = scienceNames.first(where: { f.matches($0, at: k) }) else { return false }
    let end = k + n.count
    return generic.contains { f.matches($0, at: end) } || provinces.contains { $0.start == end || $0.start == end + 1 }
  }

  /// Where the words of a union's name that start at `from` end ("… các Hội Khoa học và Kỹ
  /// thuật", not into "Hội nghị" or "các tỉnh").
  static func nameEnd(_ f: FoldedText, from: Int) -> Int {
    let t = f.tokens
    var end = from
    // (the constants read once, not once per word)
    let body = body, hoi = Lexicon.h_hoi, cac = Lexicon.h_cac
    while end < t.count, body.contains(t[end].hash) {
      if t[end].hash == hoi, end + 1 < t.count, stopAfterHoi.contains(t[end + 1].hash),
        t[end + 1].gap == 0
      {
        break
      }
      if t[end].hash == cac, end + 1 < t.count, t[end + 1].hash == Lexicon.h_tinh { break }
      end += 1
    }
    return end
  }

  /// True when the text names a district-level union ("Liên hiệp các hội Khoa học và Kỹ thuật
  /// huyện Kỳ Anh"): an article about one calls it "Liên hiệp các hội …" with no place too.
  static func namesDistrictUnion(_ f: FoldedText, named: Bool = false) -> Bool {
    districtUnionStart(f, named: named) != nil
  }

  /// Where the first district union's name starts ("Liên hiệp …" or "LHH …" followed by a
  /// district), or nil.
  static func districtUnionStart(_ f: FoldedText, named: Bool = false) -> Int? {
    let t = f.tokens
    let lien = Lexicon.h_lien, lhh = Lexicon.h_lhh
    for i in t.indices where t[i].hash == lien || t[i].hash == lhh {
      if t[i].hash == lien {
        guard i + 2 < t.count, t[i + 1].hash == Lexicon.h_hiep else { continue }
      }
      if namesDistrict(f, after: nameEnd(f, from: i + 1), named: named) { return i }
    }
    return nil
  }

  /// True when a district follows the union's name at `end`, directly or after its congress's
  /// number and term ("… lần thứ IV nhiệm kỳ 2018 – 2023 của huyện Kỳ Anh").
  static func namesDistrict(_ f: FoldedText, after end: Int, named: Bool = false) -> Bool {
    let t = f.tokens
    // (a name that ran on through "và" is followed by another body: "Liên hiệp hội và Huyện ủy")
    if end >= 1, t[end - 1].hash == Lexicon.h_va { return false }
    var k = end
    while k < t.count, k < end + 12, termWords.contains(t[k].hash) || t[k].isNumber || isRomanNumeral(f, k),
      k == end || !FoldedText.isStrongPunct(t[k].gap), t[k].gap != UInt8(ascii: ",")
    {
      k += 1
    }
    guard k < t.count, k == end || !FoldedText.isStrongPunct(t[k].gap), t[k].gap != UInt8(ascii: ",") else { return false }
    guard let d = districtWords.first(where: { f.matches($0, at: k) }) else { return false }
    if named, d.words[0] == "cap" { return false }
    // "Huyện ủy" is the district's Party committee
    return !(k + d.count < t.count && t[k + d.count].hash == UnionFinder.h_uy)
  }

  static let h_uy = Phrase.hash("uy")

  /// True when token `k` is a Roman numeral in capitals ("IV", "XII").
  static func isRomanNumeral(_ f: FoldedText, _ k: Int) -> Bool {
    let tok = f.tokens[k]
    guard tok.isAllCaps, tok.end - tok.start <= 6 else { return false }
    return f.scalars[tok.start..<tok.end].allSatisfy { "IVXLC".unicodeScalars.contains($0) }
  }

  /// True when the text gives "LHH" as a short name ("… (gọi tắt là Liên hiệp hội- LHH)").
  static func definesLHH(_ f: FoldedText) -> Bool {
    guard let at = f.find(p_goi_tat) else { return false }
    return f.tokens[at..<min(f.tokens.count, at + 10)].contains { $0.hash == Lexicon.h_lhh }
  }

  static let p_goi_tat = Phrase("goi tat")
  static let p_to_chuc_huu_nghi = Phrase("to chuc huu nghi"), p_huu_nghi = Phrase("huu nghi")

  /// True when the text names another union ("Liên hiệp các Hội Văn học Nghệ thuật thành phố
  /// Đà Nẵng", "Liên hiệp các Hội VHNT", "Liên hiệp các tổ chức hữu nghị tỉnh Kiên Giang"): an
  /// article about it calls it "Liên hiệp Hội" or "Liên hiệp" too.
  static func namesForeignUnion(_ f: FoldedText) -> Bool {
    let t = f.tokens
    let lien = Lexicon.h_lien
    for i in t.indices where t[i].hash == lien && i + 2 < t.count {
      guard t[i + 1].hash == Lexicon.h_hiep else { continue }
      var k = i + 2
      if t[k].hash == Lexicon.h_cac { k += 1 }
      // the friendship federation: "Liên hiệp các tổ chức hữu nghị tỉnh …", "Liên hiệp hữu nghị"
      if k < t.count, f.matches(p_to_chuc_huu_nghi, at: k) || f.matches(p_huu_nghi, at: k) { return true }
      guard k < t.count, t[k].hash == Lexicon.h_hoi else { continue }
      if foreignQualifiers.contains(where: { f.matches($0, at: k + 1) }) { return true }
    }
    return false
  }

  /// The short "LH" of "LH các Hội KH&KT tỉnh …".
  static let h_lh = Phrase.hash("lh")

  /// True when the tokens right before `i` end a union name ("… Kỹ thuật tỉnh", "LHH").
  static func endsWithUnion(_ f: FoldedText, before i: Int) -> Bool {
    var k = i - 1
    // the generic word before the name
    if k >= 0, f.tokens[k].hash == Lexicon.h_tinh || f.tokens[k].hash == Lexicon.h_tp { k -= 1 }
    else if k >= 1, f.matches(Lexicon.p_thanh_pho, at: k - 1) { k -= 2 }
    var steps = 0
    while k >= 0, steps < 12, body.contains(f.tokens[k].hash) || f.tokens[k].hash == Lexicon.h_lhhvn {
      if f.tokens[k].hash == Lexicon.h_lhh { return true }
      if f.tokens[k].hash == Lexicon.h_hiep, k >= 1, f.tokens[k - 1].hash == Lexicon.h_lien { return true }
      // "LH các Hội KH&KT tỉnh …": the short "LH" in capitals
      if f.tokens[k].hash == Lexicon.h_hoi {
        let lh = k >= 1 && f.tokens[k - 1].hash == Lexicon.h_cac ? k - 2 : k - 1
        if lh >= 0, f.tokens[lh].hash == h_lh, f.tokens[lh].isAllCaps { return true }
      }
      k -= 1
      steps += 1
    }
    return false
  }
}
