import VustaModel

/// A document number-symbol read from text: Party "42-CT/TW", state "5395/KH-UBND",
/// legal "30/2020/NĐ-CP", "202/2025/QH15", công văn "327/BNV-TCPCP"; sloppy forms such as
/// "42/CT-TW", "42 - CT/TW", "42-CT/TƯ" and "NÐ" (with an eth) are read as their canonical form.
struct DocumentNumber: Hashable {
  enum System { case party, state }
  var system: System
  var number: String
  var year: Int?
  /// Type abbreviation ("CT", "KH", "NĐ"), nil for a công văn.
  var typeCode: String?
  /// Issuer abbreviation ("TW", "UBND", "CP", "QH15").
  var issuer: String
  /// Further groups after the issuer ("GT1" in "5191/UBND-GT1").
  var unit: String?

  var code: String {
    switch system {
    case .party: return "\(typeCode ?? "")/\(issuer)" + (unit.map { "-\($0)" } ?? "")
    case .state:
      var parts: [String] = []
      if let typeCode { parts.append(typeCode) }
      parts.append(issuer)
      if let unit { parts.append(unit) }
      return parts.joined(separator: "-")
    }
  }

  var id: String {
    switch system {
    // (a Party number's department is shown in its code but names the same document:
    // "780-HD/LHHVN-BCTĐP" and "780-HD/LHHVN" are one)
    case .party: return "\(number)-\(typeCode ?? "")/\(issuer)"
    case .state: return year.map { "\(number)/\($0)/\(code)" } ?? "\(number)/\(code)"
    }
  }

  var type: DocumentType {
    // (no type: an official letter — "số 1410/UBND" —, but a National Assembly's number is a law
    // or one of its resolutions, "Luật đầu tư công số 49/2014/QH13": khac unless a type word says)
    guard let t = typeCode else { return issuer.contains("QH") ? .khac : .cong_van }
    switch t {
    case "CT": return .chi_thi
    case "KL": return .ket_luan
    case "NQ": return .nghi_quyet
    case "KH": return .ke_hoach
    case "QĐ": return .quyet_dinh
    case "NĐ": return .nghi_dinh
    case "TT": return system == .state ? .thong_tu : .khac
    case "TB": return .thong_bao
    case "HD": return .huong_dan
    case "CV": return .cong_van
    // (a joint document is of its type: "Nghị quyết liên tịch số 525/2012/NQLT-UBTVQH13-…",
    // "Thông tư liên tịch số 08/2014/TTLT-BKHCN-BTC")
    case "NQLT": return .nghi_quyet
    case "TTLT": return system == .state ? .thong_tu : .khac
    case "KHLT": return .ke_hoach
    case "HDLT": return .huong_dan
    default: return .khac
    }
  }

  /// Local documents are the same document only within one province.
  var scope: CitationScope {
    let i = issuer
    if system == .party {
      if DocumentNumber.localParty.contains(i) || i.hasSuffix("TU") && i != "TU" && !i.hasSuffix("VPTU") { return .local }
      return .national
    }
    if DocumentNumber.localState.contains(i) || i.hasPrefix("UBND") || i.hasPrefix("HĐND") || (i.hasPrefix("S") && i.count <= 6 && i != "SHTT")
    {
      return .local
    }
    return .national
  }

  /// Party committees below the Centre: their documents bind one province (a set built once, not
  /// per question).
  static let localParty: Set<String> = ["TU", "HU", "ĐU", "TƯ", "QU", "TXU", "TPU"]
  /// A province's state bodies, the union among them: their documents bind one province.
  static let localState: Set<String> = ["UBND", "HĐND", "LHH", "SKHCN", "UB", "VP"]

  /// State type abbreviations (Nghị định 30/2020, Appendix III, and normative types).
  static let stateTypes: Set<String> = [
    "NQ", "QĐ", "CT", "QC", "QYĐ", "TC", "TB", "HD", "CTR", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTR", "HĐ", "CĐ",
    "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "NĐ", "TT", "TTLT", "KL", "SY", "TRS", "SL",
    // joint documents of several bodies: a joint resolution, plan, guidance (a joint circular above)
    "NQLT", "KHLT", "HDLT",
  ]
  /// Party type abbreviations (36-HD/VPTW).
  static let partyTypes: Set<String> = [
    "NQ", "QĐ", "CT", "KL", "QC", "QĐI", "TT", "HD", "TB", "BC", "KH", "CTR", "ĐA", "TTR", "CV", "BB", "QHO", "PA",
    "TC",
  ]
  /// Party issuers: a "state-style" number with one of these is a misspelt Party number.
  static let partyIssuers: Set<String> = ["TW", "TU", "HU", "ĐU", "ĐĐ", "BCS", "VPTW", "BTCTW", "BTGTW", "UBKTTW"]

  /// Canonical casing of a type abbreviation ("CTR" → "CTr", "QĐI" → "QĐi").
  static func canonicalType(_ t: String) -> String {
    switch t {
    case "CTR": return "CTr"
    case "TTR": return "TTr"
    case "QĐI": return "QĐi"
    case "QYĐ": return "QyĐ"
    case "QHO": return "QHo"
    case "TRS": return "TrS"
    default: return t
    }
  }

  static func canonicalIssuer(_ s: String) -> String {
    switch s {
    case "TƯ", "T.Ư", "T.W", "TU'": return "TW"
    case "TTG": return "TTg"
    default: return s
    }
  }
}

/// A document number found in a sentence, with its scalar range.
struct DocumentMatch {
  var number: DocumentNumber
  /// Scalar offsets in the sentence.
  var start: Int
  var end: Int
  /// True when a state symbol was written in another shape than its canonical one and read back
  /// to it: its "TYPE/ISSUER" ("621/KH/ĐHHĐ-LHH"), a dot or a space for a slash ("14.2014/QĐ-TTg",
  /// "483 TC/UBTH") — pages and annotators part on such symbols. (A Party symbol misspelt the
  /// state's way, "42/CT-TW", is the contract's own example of one document: not flagged.)
  var reshaped = false
}

/// Reads document numbers in a sentence, working on its scalars.
enum DocumentNumberReader {
  /// All document numbers in a text, in order.
  static func read(_ f: FoldedText) -> [DocumentMatch] {
    let s = f.scalars
    let n = s.count
    var out: [DocumentMatch] = []
    var i = 0
    let b = f.bytes
    while i < n {
      // a web address's numbers are no document's: "http://…/?act=3185/Tin-tuc…", "…-hoi-1733/…"
      // (from its "://" to the next space)
      if b[i] == 0x3A, i + 2 < n, b[i + 1] == 0x2F, b[i + 2] == 0x2F {
        while i < n, b[i] != 0x20, b[i] != 0x0A { i += 1 }
        continue
      }
      guard isDigit(s[i]), i == 0 || !(isAlnum(s[i - 1]) || s[i - 1] == "/" || s[i - 1] == "." || s[i - 1] == ",")
        || isNumberWordDot(f.bytes, i)
      else { i += 1; continue }
      if looksLikeSymbol(f.bytes, at: i), let m = match(s, at: i) {
        out.append(m)
        i = m.end
      } else {
        while i < n, isDigit(s[i]) { i += 1 }
      }
    }
    return out
  }

  @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

  /// True when the digit at `i` follows "số." or "No." ("Chỉ thị số.45-CT/TW", "Directive
  /// No.45-CT/TW"): the word for "number" and a dot, not a number or a symbol the digit continues.
  static func isNumberWordDot(_ b: [UInt8], _ i: Int) -> Bool {
    guard i >= 3, b[i - 1] == UInt8(ascii: "."), b[i - 2] == UInt8(ascii: "o"),
      b[i - 3] == UInt8(ascii: "s") || b[i - 3] == UInt8(ascii: "n")
    else { return false }
    return i == 3 || !(b[i - 4] >= 97 && b[i - 4] <= 122) && !(b[i - 4] >= 48 && b[i - 4] <= 57)
  }

  /// A cheap test on the folded bytes before parsing: digits, "/" or "-", then a letter, or a
  /// four-digit year, "/" and a letter ("5395/KH", "42-CT", "30/2020/NĐ"). Dates and plain
  /// numbers are turned away without building any string.
  static func looksLikeSymbol(_ b: [UInt8], at start: Int) -> Bool {
    var j = start
    let n = b.count
    while j < n, b[j] >= 48, b[j] <= 57 { j += 1 }
    // "số 951 QĐ/UBND": a space where the "/" belongs, after "số" (or an English edition's "No.
    // 733 QĐ/LHH"), before a type
    if j + 1 < n, b[j] == 0x20, b[j + 1] >= 97, b[j + 1] <= 122, afterNumberWord(b, start) {
      var k = j + 1
      while k < n, b[k] >= 97, b[k] <= 122, k - j <= 5 { k += 1 }
      if k < n, b[k] == UInt8(ascii: "/") || b[k] == UInt8(ascii: "-") { return true }
    }
    // "14.2014/QĐ-TTg": a dot for the slash before the year
    if j + 6 < n, b[j] == UInt8(ascii: "."), (1...4).allSatisfy({ b[j + $0] >= 48 && b[j + $0] <= 57 }),
      b[j + 5] == UInt8(ascii: "/"), b[j + 6] >= 97, b[j + 6] <= 122
    {
      return true
    }
    while j < n, b[j] == 0x20 { j += 1 }
    guard j < n, b[j] == UInt8(ascii: "/") || b[j] == UInt8(ascii: "-") else { return false }
    j += 1
    while j < n, b[j] == 0x20 { j += 1 }
    guard j < n else { return false }
    if b[j] >= 97 && b[j] <= 122 { return true }
    var k = j
    while k < n, b[k] >= 48, b[k] <= 57 { k += 1 }
    // (a year, or one cut short by a slip: "22/200/QĐ-TTg")
    return (k - j == 4 || (k - j == 3 && (b[j] == UInt8(ascii: "1") && b[j + 1] == UInt8(ascii: "9") || b[j] == UInt8(ascii: "2") && b[j + 1] == UInt8(ascii: "0"))))
      && k + 1 < n && b[k] == UInt8(ascii: "/") && b[k + 1] >= 97 && b[k + 1] <= 122
  }
  /// True when "số " or "no. " (or "no ") stands right before `start` in the folded bytes.
  static func afterNumberWord(_ b: [UInt8], _ start: Int) -> Bool {
    guard start >= 3, b[start - 1] == 0x20 else { return false }
    var k = start - 2
    if b[k] == UInt8(ascii: ".") { k -= 1 }
    guard k >= 1, b[k] == UInt8(ascii: "o"), b[k - 1] == UInt8(ascii: "s") || b[k - 1] == UInt8(ascii: "n") else { return false }
    return k == 1 || !(b[k - 2] >= 97 && b[k - 2] <= 122)
  }
  @inline(__always) static func isAlnum(_ c: Unicode.Scalar) -> Bool { VietnameseText.isLetter(c) || isDigit(c) }
  @inline(__always) static func isDash(_ c: Unicode.Scalar) -> Bool {
    c == "-" || c == "–" || c == "—" || c == "‐" || c == "‑"
  }

  /// Reads "N[sep]GROUP[sep]GROUP…" with spaces allowed around separators.
  static func match(_ s: [Unicode.Scalar], at start: Int) -> DocumentMatch? {
    var i = start
    let n = s.count
    var number = ""
    while i < n, isDigit(s[i]), number.count < 5 { number.unicodeScalars.append(s[i]); i += 1 }
    if i < n, isDigit(s[i]) { return nil }
    // Groups separated by "/" or "-".
    var groups: [String] = []
    var seps: [Character] = []
    var reshaped = false
    // "14.2014/QĐ-TTg": a dot typed for the slash between the number and its year
    if i + 5 < n, s[i] == ".", (1...4).allSatisfy({ isDigit(s[i + $0]) }), s[i + 5] == "/",
      let y = Int(String(String.UnicodeScalarView(s[(i + 1)...(i + 4)]))), (1945...2100).contains(y)
    {
      groups.append(String(y))
      seps.append("/")
      i += 5
      reshaped = true
    }
    func skipSpaces(_ k: Int) -> Int { var k = k; while k < n, s[k] == " " { k += 1 }; return k }
    // "số 951 QĐ/UBND", "số 733 QĐ/LHH": one space stands for the "/" before a type's
    // abbreviation written in capitals and followed by its own separator
    if i + 1 < n, s[i] == " ", s[i + 1].properties.isUppercase {
      var g = i + 1
      var group = String.UnicodeScalarView()
      while g < n, isAlnum(s[g]), group.count < 6 { group.append(s[g]); g += 1 }
      let type = normalizeGroup(String(group))
      if g < n, s[g] == "/" || isDash(s[g]),
        DocumentNumber.stateTypes.contains(type) || DocumentNumber.partyTypes.contains(type)
      {
        groups.append(String(group))
        seps.append("/")
        i = g
        reshaped = true
      }
    }
    while true {
      let k = skipSpaces(i)
      guard k < n, s[k] == "/" || isDash(s[k]) else { break }
      let sep: Character = s[k] == "/" ? "/" : "-"
      // spaces around the separator only directly after the number or between groups ("42 - CT/TW")
      var g = skipSpaces(k + 1)
      if k > i && g == k + 1 && groups.count > 1 { break }
      var group = String.UnicodeScalarView()
      // ("LHHKH&KT", "SKH&CN": an ampersand between capitals stays in the group — not the "&" of
      // "KH-LHH&Sở KH&CN", two bodies)
      func capitalsAfter(_ a: Int) -> Bool {
        var j = a + 1
        while j < n, VietnameseText.isLetter(s[j]) { if !s[j].properties.isUppercase { return false }; j += 1 }
        return j > a + 1
      }
      while g < n, isAlnum(s[g]) || (s[g] == "." && g + 1 < n && isAlnum(s[g + 1]) && !group.isEmpty)
        || (s[g] == "&" && !group.isEmpty && capitalsAfter(g))
      {
        group.append(s[g])
        g += 1
      }
      if group.isEmpty { break }
      let text = String(group)
      groups.append(text)
      seps.append(sep)
      i = g
      if groups.count >= 4 { break }
    }
    // (a year, or one a slip cut to three digits: "22/200/QĐ-TTg")
    guard let g0 = groups.first?.unicodeScalars.first,
      VietnameseText.isLetter(g0) || groups[0].count == 4 || isCutYear(groups[0])
    else {
      return nil
    }
    // a symbol cut where the stored page was cut ("Nghị quyết số 54-NQ/T…"): its last part, one
    // letter, runs into the ellipsis — no document can be told from it
    if groups.count >= 2, groups[groups.count - 1].unicodeScalars.count == 1, i < n,
      s[i] == "…" || (s[i] == "." && i + 2 < n && s[i + 1] == "." && s[i + 2] == ".")
    {
      return nil
    }
    // "148/QĐ.CT": a dot between two abbreviations separates them (not "T.Ư", "T.W")
    var split: [String] = [], splitSeps: [Character] = []
    for (g, sep) in zip(groups, seps) {
      let parts = g.split(separator: ".").map(String.init)
      if parts.count == 2, parts.allSatisfy({ $0.count >= 2 }) {
        split += parts
        splitSeps += [sep, "-"]
      } else {
        split.append(g)
        splitSeps.append(sep)
      }
    }
    let up = split.map { normalizeGroup($0) }
    seps = splitSeps
    // The first group after the number must start with a letter, unless it is a year.
    var year: Int? = nil
    var rest = up
    var restSeps = seps
    if let y = Int(up[0]), up[0].count == 4, (1945...2100).contains(y), seps[0] == "/", up.count >= 2 {
      year = y
      rest = Array(up.dropFirst())
      restSeps = Array(seps.dropFirst())
    } else if isCutYear(up[0]), seps[0] == "/", up.count >= 2 {
      // ("Decision No.22/200/QĐ-TTg": a year cut short by a slip names no year)
      rest = Array(up.dropFirst())
      restSeps = Array(seps.dropFirst())
    }
    guard let first = rest.first, let c = first.unicodeScalars.first, c.properties.isAlphabetic else { return nil }
    guard rest.allSatisfy({ g in g.unicodeScalars.first.map { $0.properties.isAlphabetic } ?? false }) else {
      return nil
    }
    let doc: DocumentNumber
    // (a dash after the number with a state issuer, "10460 – KH/UBND", is a state number misspelt)
    if restSeps[0] == "-" && year == nil && !(rest.count >= 2 && DocumentNumberReader.stateIssuer(rest[1])) {
      // Party: N-TYPE/ISSUER
      guard rest.count >= 2, restSeps.count >= 2, restSeps[1] == "/" else { return nil }
      guard DocumentNumber.partyTypes.contains(rest[0]) else { return nil }
      // ("780-HD/LHHN-BCTĐP": the issuing department after the issuer, kept in the code)
      let unit = rest.count > 2 && restSeps.count > 2 && restSeps[2] == "-" ? rest[2...].joined(separator: "-") : nil
      doc = DocumentNumber(system: .party, number: number, year: nil, typeCode: DocumentNumber.canonicalType(rest[0]),
                           issuer: DocumentNumber.canonicalIssuer(rest[1]), unit: unit)
    } else {
      // State: N/[YEAR/]TYPE-ISSUER[-UNIT] or N/ISSUER-UNIT (công văn); or "42/CT-TW", a misspelt Party number.
      // (a press, web or publishing licence, "Giấy phép số: 229/GP-BC", "…/GP-TTĐT", "GPXB", is a
      // site's or a book's furniture, never a document cited; a mining licence "1534/GP-BTNMT" is)
      if rest[0].hasPrefix("GPXB") || (rest[0] == "GP" && rest.count >= 2 && DocumentNumberReader.pressLicensors.contains(rest[1])) {
        return nil
      }
      if rest.count == 1 {
        // "202/2025/QH15", "121/HĐBT": issuer only
        guard year != nil || rest[0].count >= 2 else { return nil }
        doc = DocumentNumber(system: .state, number: number, year: year, typeCode: nil,
                             issuer: DocumentNumber.canonicalIssuer(rest[0]), unit: nil)
      } else if DocumentNumber.stateTypes.contains(rest[0]) || DocumentNumber.partyTypes.contains(rest[0]) {
        let issuer = DocumentNumber.canonicalIssuer(rest[1])
        if year == nil && DocumentNumber.partyIssuers.contains(issuer) && DocumentNumber.partyTypes.contains(rest[0]) {
          doc = DocumentNumber(system: .party, number: number, year: nil,
                               typeCode: DocumentNumber.canonicalType(rest[0]), issuer: issuer, unit: nil)
        } else {
          if restSeps.count >= 2, restSeps[1] == "/" { reshaped = true }
          doc = DocumentNumber(system: .state, number: number, year: year,
                               typeCode: DocumentNumber.canonicalType(rest[0]), issuer: issuer,
                               unit: rest.count > 2 ? rest[2...].joined(separator: "-") : nil)
        }
      } else {
        doc = DocumentNumber(system: .state, number: number, year: year, typeCode: nil,
                             issuer: DocumentNumber.canonicalIssuer(rest[0]),
                             unit: rest[1...].joined(separator: "-"))
      }
    }
    // "TTg", "QH15" keep their case; the symbol must contain a capital letter as written.
    let written = groups.joined()
    guard written.unicodeScalars.contains(where: { $0.properties.isUppercase }) else { return nil }
    // (a word in title case is no abbreviation: "năm 2020 / Chủ tịch tỉnh" joins two headlines)
    guard !groups.contains(where: { g in
      isTitleCaseWord(g) && !DocumentNumber.partyTypes.contains(normalizeGroup(g)) && !DocumentNumber.stateTypes.contains(normalizeGroup(g))
    }) else { return nil }
    return DocumentMatch(number: doc, start: start, end: i, reshaped: reshaped)
  }

  /// True for a year a slip cut to three digits ("200" of "22/200/QĐ-TTg").
  static func isCutYear(_ g: String) -> Bool {
    g.count == 3 && (g.hasPrefix("19") || g.hasPrefix("20")) && Int(g) != nil
  }

  /// True for a Vietnamese word written in title case, a capital then two lower-case letters or
  /// more, one of them with a diacritic, and no other capital ("Chủ", "Hội"), which no symbol's
  /// part is ("TTg", "QH15", "KH&CN" are; "Ubnd", "Lhh" are abbreviations mistyped; a type's
  /// abbreviation such as "CTr" is asked apart).
  static func isTitleCaseWord(_ g: String) -> Bool {
    let u = Array(g.unicodeScalars)
    guard u.count >= 3, u[0].properties.isUppercase else { return false }
    return u.dropFirst().allSatisfy { $0.properties.isLowercase } && u.dropFirst().contains { !$0.isASCII }
  }

  /// Who licenses a newspaper or a website: "GP-BC" (báo chí), "GP-TTĐT", "GP-BTTTT", "GP-STTTT".
  static let pressLicensors: Set<String> = ["BC", "TTĐT", "TTDT", "BTTTT", "STTTT", "CBC", "BVHTT", "TTĐT-STTTT"]

  /// True for an issuer of state documents (not a Party body): "UBND", "CP", "TTg", "BKHCN".
  static func stateIssuer(_ g: String) -> Bool {
    let i = DocumentNumber.canonicalIssuer(g)
    return !DocumentNumber.partyIssuers.contains(i) && (i.hasPrefix("UBND") || ["CP", "TTG", "TTg", "QH", "HĐND", "BNV", "BKHCN"].contains(i))
  }

  /// Upper-cases a symbol group and maps look-alikes: "Ð" (eth) → "Đ", "TƯ"/"T.Ư"/"T.W" → "TW",
  /// "QD"/"ND" typed without the "Đ" → "QĐ"/"NĐ".
  static func normalizeGroup(_ g: String) -> String {
    // "1564/QD-UBND": a decision's or a decree's type typed without its "Đ" is the same document
    if g == "QD" || g == "Qd" { return "QĐ" }
    if g == "ND" || g == "Nd" { return "NĐ" }
    // (and the councils: "121/HDBT", "…/NQ-HDND" on pages written without Vietnamese letters)
    if g == "HDBT" { return "HĐBT" }
    if g == "HDND" { return "HĐND" }
    if g.utf8.allSatisfy({ ($0 >= 65 && $0 <= 90) || ($0 >= 48 && $0 <= 57) }) { return g }
    // (the Icelandic eth typed for "Đ"; replaced scalar by scalar, without Foundation's search)
    var u = g.utf8.contains(where: { $0 >= 0x80 })
      ? String(String.UnicodeScalarView(g.unicodeScalars.map { $0 == "\u{00D0}" ? "Đ" : $0 == "\u{00F0}" ? "đ" : $0 })) : g
    u = u.uppercased()
    if u == "TTG" { return "TTG" }
    if u == "T.Ư" || u == "T.W" || u == "TƯ" { return "TW" }
    return u.utf8.contains(UInt8(ascii: ".")) ? String(String.UnicodeScalarView(u.unicodeScalars.filter { $0 != "." })) : u
  }
}

import Foundation
