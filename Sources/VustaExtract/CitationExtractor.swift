import VustaModel

/// Reads the documents an article cites and counts every mention: full number-symbols, and
/// later short forms ("Kế hoạch 5395", "Chỉ thị 42") of a document the article names.
struct CitationExtractor {
  let context: ArticleContext
  /// True on an English page: the English type words ("Directive 42") and issue dates ("dated
  /// April 16, 2010") are read too.
  var english = false

  /// Type words and the abbreviation they stand for, for short forms.
  static let typeWords: [(Phrase, String)] = [
    (Lexicon.p_chi_thi, "CT"), (Lexicon.p_ket_luan, "KL"), (Lexicon.p_nghi_quyet, "NQ"), (Lexicon.p_ke_hoach, "KH"),
    (Lexicon.p_quyet_dinh, "QĐ"), (Lexicon.p_nghi_dinh, "NĐ"), (Lexicon.p_thong_tu, "TT"),
    (Lexicon.p_cong_van, "CV"), (Lexicon.p_thong_bao, "TB"), (Lexicon.p_huong_dan, "HD"),
    (Phrase("chuong trinh hanh dong"), "CTr"), (Phrase("chuong trinh"), "CTr"), (Phrase("de an"), "ĐA"), (Phrase("quy dinh"), "QĐ"),
  ]
  /// The types' own abbreviations, read as type words of short forms only and only as written in
  /// capitals before the number ("NQ 57 của Bộ Chính trị", "CT 42").
  static let abbreviations: [(Phrase, String)] = [(Phrase("nq"), "NQ"), (Phrase("ct"), "CT"), (Phrase("kl"), "KL")]
  static let abbreviatedTypeWords = WordSet(abbreviations.map { $0.0.hashes[0] })
  /// The type words of short forms on Vietnamese pages: the words and the abbreviations.
  static let shortFormTypeWords = typeWords + abbreviations

  /// First words of the type words, to skip sentences with no short form.
  static let typeFirstWords = WordSet(shortFormTypeWords.map { $0.0.hashes[0] })

  /// The type words of English pages ("Directive 42", "Conclusion No. 93").
  static let englishTypeWords: [(Phrase, String)] = [
    (Phrase("directive"), "CT"), (Phrase("conclusion"), "KL"), (Phrase("resolution"), "NQ"), (Phrase("plan"), "KH"),
    (Phrase("decision"), "QĐ"), (Phrase("decree"), "NĐ"), (Phrase("circular"), "TT"), (Phrase("official letter"), "CV"),
    (Phrase("notice"), "TB"), (Phrase("guidance"), "HD"),
  ]
  static let englishTypeFirstWords = WordSet((typeWords + englishTypeWords).map { $0.0.hashes[0] })
  static let h_no = Phrase.hash("no")

  /// The type a type word names, for symbols that carry none ("Nghị quyết 202/2025/QH15").
  static let typeOfWord: [String: DocumentType] = [
    "CT": .chi_thi, "KL": .ket_luan, "NQ": .nghi_quyet, "KH": .ke_hoach, "QĐ": .quyet_dinh, "NĐ": .nghi_dinh,
    "TT": .thong_tu, "CV": .cong_van, "TB": .thong_bao, "HD": .huong_dan, "KHAC": .khac,
  ]

  /// Codes that name a type, the contract's or not ("QĐi" is the Party's regulation, "CTr" a
  /// programme, "ĐA" a scheme): a type word before them does not retype them.
  static let knownTypeCodes: Set<String> = Set(typeOfWord.keys).union(typeWords.map(\.1)).union(["QĐi", "TTr"])

  /// Documents so often cited by number alone that "Chỉ thị 42" names them without the symbol.
  static let wellKnown: [String: DocumentNumber] = [
    "CT 42": DocumentNumber(system: .party, number: "42", year: nil, typeCode: "CT", issuer: "TW", unit: nil),
    "KL 93": DocumentNumber(system: .party, number: "93", year: nil, typeCode: "KL", issuer: "TW", unit: nil),
    "CT 45": DocumentNumber(system: .party, number: "45", year: nil, typeCode: "CT", issuer: "TW", unit: nil),
    "NQ 57": DocumentNumber(system: .party, number: "57", year: nil, typeCode: "NQ", issuer: "TW", unit: nil),
    "NQ 45": DocumentNumber(system: .party, number: "45", year: nil, typeCode: "NQ", issuer: "TW", unit: nil),
    "NQ 27": DocumentNumber(system: .party, number: "27", year: nil, typeCode: "NQ", issuer: "TW", unit: nil),
    "KL 230": DocumentNumber(system: .party, number: "230", year: nil, typeCode: "KL", issuer: "TW", unit: nil),
    "NQ 18": DocumentNumber(system: .party, number: "18", year: nil, typeCode: "NQ", issuer: "TW", unit: nil),
  ]

  /// Bodies of the Party Centre named after a short form ("Chỉ thị 24 của Ban Bí thư", "Nghị
  /// quyết 20 của Bộ Chính trị"): the document is the Centre's (…/TW).
  static let partyCentre: [Phrase] = [
    "cua ban bi thu", "cua bo chinh tri", "cua ban chap hanh trung uong", "cua trung uong dang",
    "cua ban chap hanh trung uong dang",
  ].phrases
  /// Types the Party Centre issues.
  static let partyTypes: Set<String> = ["CT", "NQ", "KL", "QĐ", "TB", "HD"]

  /// The Party Centre's document a short form names when the Centre follows it ("Chỉ thị 24 của
  /// Ban Bí thư Trung ương Đảng" → 24-CT/TW); nil otherwise.
  static func partyDocument(type: String, number: Int, namedAfter k: Int, in f: FoldedText) -> DocumentNumber? {
    guard number > 0, partyTypes.contains(type), partyCentre.contains(where: { f.matches($0, at: k) }) else { return nil }
    return DocumentNumber(system: .party, number: String(number), year: nil, typeCode: type, issuer: "TW", unit: nil)
  }

  /// A province's or city's Party committee named after a short form ("Chương trình hành động
  /// số 08 của Tỉnh ủy" → 08-CTr/TU) or issuing it just before ("Tỉnh ủy Hà Tĩnh ban hành
  /// Chương trình hành động số 40" → 40-CTr/TU); the types such a committee issues.
  static let committeeAfter: [Phrase] = ["cua tinh uy", "cua ban thuong vu tinh uy", "cua thanh uy", "cua ban thuong vu thanh uy"].phrases
  static let committees: [Phrase] = ["tinh uy", "thanh uy"].phrases
  static let committeeTypes: Set<String> = ["CTr", "KH", "NQ", "CT", "KL"]
  static let p_ban_hanh = Phrase("ban hanh")

  /// The committee's document a short form names, its committee named right after it or issuing
  /// it in the words just before `at` (the type word); nil otherwise.
  static func committeeDocument(type: String, number: Int, written: String, namedAfter k: Int, typeAt at: Int, in f: FoldedText) -> DocumentNumber? {
    guard number > 0, committeeTypes.contains(type) else { return nil }
    var named = committeeAfter.contains { f.matches($0, at: k) }
    if !named, at >= 3, f.endsWith(p_ban_hanh, before: at) {
      // the committee opens the clause that issues it, a province's name (or "đã") at most between
      let verb = at - 2
      named = (max(0, verb - 6)..<verb).contains { c in
        committees.contains { f.matches($0, at: c) } && !(c + 2..<verb).contains { f.tokens[$0].gap == UInt8(ascii: ",") || FoldedText.isStrongPunct(f.tokens[$0].gap) || (!f.tokens[$0].isCap && f.tokens[$0].hash != FoldedText.h_da) }
      }
    }
    guard named else { return nil }
    // (the number as written: "số 08")
    return DocumentNumber(system: .party, number: written, year: nil, typeCode: type, issuer: "TU", unit: nil)
  }

  /// The Government's bodies named after a short form ("Quyết định số 41 của Thủ tướng Chính phủ"
  /// → 41/QĐ-TTg, "Nghị định 45 của Chính phủ" → 45/NĐ-CP) and the types each issues.
  static let stateBodies: [(Phrase, String, Set<String>)] = [
    (Phrase("cua thu tuong chinh phu"), "TTg", ["QĐ", "CT"]),
    (Phrase("cua thu tuong"), "TTg", ["QĐ", "CT"]),
    (Phrase("cua chinh phu"), "CP", ["NĐ", "NQ"]),
  ]

  /// The Government's document a short form names when its issuer follows it; nil otherwise.
  static func stateDocument(type: String, number: Int, namedAfter k: Int, in f: FoldedText) -> DocumentNumber? {
    guard number > 0 else { return nil }
    for (p, issuer, types) in stateBodies where types.contains(type) && f.matches(p, at: k) {
      return DocumentNumber(system: .state, number: String(number), year: nil, typeCode: type, issuer: issuer, unit: nil)
    }
    return nil
  }

  private struct Tally {
    var doc: DocumentNumber
    /// The type word written before the number when the symbol has no type ("Nghị quyết 202/2025/QH15").
    var typeWord: String?
    var mentions = 0
    var issued: FactDate?
    var province: Province?
    var evidence: [String] = []
    var firstSeen: Int
    /// Sentence indexes of the full forms, to resolve a short form to the nearest one before it.
    var fullAt: [Int] = []
    /// The type word written before each full form that names another type than its code
    /// ("Chỉ thị số 42-KL/TW"), or nil.
    var otherTypeWritten: [String?] = []
    /// True while every full form was written in another shape than the canonical symbol.
    var reshapedAll = true

    /// Keeps a sentence as evidence once, and at most 20 of them.
    mutating func add(evidence e: String) {
      if evidence.count < 20 && !evidence.contains(e) { evidence.append(e) }
    }
  }

  func citations() -> [Citation] {
    var tallies: [String: Tally] = [:]
    var order = 0
    // Full forms first, so short forms can refer to them wherever they stand.
    var full: [(AnalyzedSentence, [DocumentMatch])] = []
    for s in context.citationSentences where s.text.tokens.contains(where: \.isNumber) {
      // (a document cited in the line a figure line repeats is counted where that line stands)
      let matches = s.quoted == 0 ? s.documents : s.documents.filter { $0.start >= s.quoted }
      full.append((s, matches))
      for (i, m) in matches.enumerated() {
        let id = m.number.id
        let seen = order
        order += 1
        // (the tally is changed where it is stored: a copy taken out and put back copied its
        // lists at every mention)
        func count(_ t: inout Tally) {
          t.mentions += 1
          t.fullAt.append(s.index)
          t.reshapedAll = t.reshapedAll && m.reshaped
          let written = m.number.system == .party ? typeWord(before: m, in: s) : nil
          t.otherTypeWritten.append(written.flatMap { w in w != m.number.typeCode && w != "KHAC" ? w : nil })
          // (a symbol whose code names no type — "Quyết định số 559/TC-LHH", TC for the organising
          // board — takes the type word written before it too)
          if m.number.typeCode.map({ !CitationExtractor.knownTypeCodes.contains($0) }) ?? true, t.typeWord == nil {
            t.typeWord = typeWord(before: m, in: s)
          }
          // "Quy định số 162-QĐ/TW": QĐ stands for a regulation as well as a decision; the word
          // written before the number says which (the contract has no type for a regulation)
          if m.number.typeCode == "QĐ", t.typeWord == nil, isRegulation(m, in: s) { t.typeWord = "KHAC" }
          if t.issued == nil {
            t.issued = issuedDate(after: m, in: s) ?? issuedDate(around: i, among: matches, in: s)
              ?? issuedLaterInClause(i, among: matches, in: s) ?? context.numberLineDates[s.index]
          }
          if t.province == nil && m.number.scope == .local { t.province = localProvince(after: m, in: s) }
          // (the evidence is written out only while there is room for it)
          if t.evidence.count < 20 { t.add(evidence: s.evidence(around: m.start..<m.end)) }
        }
        count(&tallies[id, default: Tally(doc: m.number, firstSeen: seen)])
      }
    }
    // "Chỉ thị số 42-CT/TW …" then "việc thực hiện Chỉ thị số 42-KL/TW": a symbol whose type
    // code disagrees, at every mention, with the type word before it is a slip for the document
    // of that word, number and issuer the page names too — one more mention of it
    for (id, t) in tallies where !t.otherTypeWritten.isEmpty && t.otherTypeWritten.allSatisfy({ $0 != nil }) {
      let word = t.otherTypeWritten[0]
      guard t.otherTypeWritten.allSatisfy({ $0 == word }),
        let (otherId, _) = tallies.first(where: { (oid, o) in
          oid != id && o.doc.system == .party && o.doc.number == t.doc.number && o.doc.issuer == t.doc.issuer && o.doc.typeCode == word
        })
      else { continue }
      tallies[otherId]!.mentions += t.mentions
      tallies[otherId]!.fullAt = (tallies[otherId]!.fullAt + t.fullAt).sorted()
      tallies[otherId]!.reshapedAll = tallies[otherId]!.reshapedAll && t.reshapedAll
      for e in t.evidence { tallies[otherId]!.add(evidence: e) }
      tallies[id] = nil
    }
    // Short forms: the full forms named so far, by number
    var byNumber: [Int: [String]] = [:]
    for (id, t) in tallies { if let n = Int(t.doc.number) { byNumber[n, default: []].append(id) } }
    for (s, matches) in full {
      let f = s.text
      let english = isEnglish(s)
      let firstWords = english ? CitationExtractor.englishTypeFirstWords : CitationExtractor.typeFirstWords
      let typeWords = english ? CitationExtractor.typeWords + CitationExtractor.englishTypeWords : CitationExtractor.shortFormTypeWords
      guard f.tokens.contains(where: { firstWords.contains($0.hash) }) else { continue }
      // (the sentence's words, gathered when it was folded: a type word whose first word is not
      // among them is not searched)
      let bloom = f.words
      for (phrase, type) in typeWords {
        if let first = phrase.hashes.first, !bloom.mayContain(first) { continue }
        var from = 0
        while let at = f.find(phrase, from: from) {
          from = at + 1
          // (nor a short form in the line a figure line repeats)
          if f.tokens[at].start < s.quoted { continue }
          if CitationExtractor.abbreviatedTypeWords.contains(f.tokens[at].hash), !f.tokens[at].isAllCaps { continue }
          var k = at + phrase.count
          if k < f.tokens.count, f.tokens[k].hash == Lexicon.h_so || english && f.tokens[k].hash == CitationExtractor.h_no { k += 1 }
          // ("Conclusion No. 93": the abbreviation's full stop before the number)
          guard k < f.tokens.count, f.tokens[k].isNumber,
            f.tokens[k].gap == 0 || f.tokens[k].gap == UInt8(ascii: ":")
              || (english && f.tokens[k].gap == UInt8(ascii: ".") && f.tokens[k - 1].hash == CitationExtractor.h_no)
          else { continue }
          let tok = f.tokens[k]
          // part of a full form? (matches are in order: the last one starting at or before it)
          if let j = CitationExtractor.lastIndex(in: matches, startingAtOrBefore: tok.start), tok.start < matches[j].end {
            continue
          }
          // "Nghị quyết 57/NQ-CP" etc. would be a full form; "Kế hoạch 5395," is short.
          let num = Int(f.text(tok.start, tok.end)) ?? -1
          let candidates = (byNumber[num] ?? []).compactMap { tallies[$0] }.filter({ $0.doc.typeCode == type
            || $0.typeWord == type || (type == "CV" && $0.doc.typeCode == nil && $0.typeWord == nil) })
          // the document of that number named last before this sentence, else the first named after it
          let before = candidates.compactMap { t in t.fullAt.last(where: { $0 <= s.index }).map { (t, $0) } }
            .max(by: { $0.1 < $1.1 })?.0
          if let id = (before ?? candidates.min(by: { $0.firstSeen < $1.firstSeen }))?.doc.id {
            tallies[id]!.mentions += 1
            tallies[id]!.add(evidence: s.evidence(around: tok.start..<tok.end))
            if tallies[id]!.issued == nil, tallies[id]!.fullAt.isEmpty {
              tallies[id]!.issued = issuedDate(shortFormAt: at, number: k, in: s)
            }
          } else if let known = CitationExtractor.wellKnown["\(type) \(num)"]
            ?? CitationExtractor.partyDocument(type: type, number: num, namedAfter: k + 1, in: f)
            ?? CitationExtractor.stateDocument(type: type, number: num, namedAfter: k + 1, in: f)
            ?? CitationExtractor.committeeDocument(type: type, number: num, written: f.text(tok.start, tok.end), namedAfter: k + 1, typeAt: at, in: f)
          {
            var t = tallies[known.id] ?? Tally(doc: known, firstSeen: order)
            if tallies[known.id] == nil, let n = Int(known.number) { byNumber[n, default: []].append(known.id) }
            if t.issued == nil { t.issued = issuedDate(shortFormAt: at, number: k, in: s) }
            order += 1
            t.mentions += 1
            t.add(evidence: s.evidence(around: tok.start..<tok.end))
            tallies[known.id] = t
          }
        }
      }
    }
    let fallback = context.unionProvince ?? context.contextProvince
    return tallies.values.sorted { $0.firstSeen < $1.firstSeen }.map { t in
      let local = t.doc.scope == .local
      let province = local ? (t.province ?? fallback) : nil
      var reasons = Set<ConfidenceReason>()
      if t.fullAt.isEmpty { reasons.insert(.shortFormOnly) }
      if !t.fullAt.isEmpty && t.reshapedAll { reasons.insert(.symbolReshaped) }
      if local && province == nil { reasons.insert(.ownerUnknown) }
      return Citation(
        id: t.doc.id, number: t.doc.number, year: t.doc.year, code: t.doc.code,
        type: t.typeWord.flatMap { CitationExtractor.typeOfWord[$0] } ?? t.doc.type,
        issuer: t.doc.issuer, scope: t.doc.scope, province: context.names(of: province, on: t.issued).0,
        issued: t.issued, mentions: t.mentions, evidence: t.evidence, why: ConfidenceReason.why(reasons))
    }
  }

  /// "Quy định" (a regulation).
  static let p_quy_dinh = Phrase("quy dinh")

  /// True when "Quy định (số)" is written right before the number.
  private func isRegulation(_ m: DocumentMatch, in s: AnalyzedSentence) -> Bool {
    let f = s.text
    var k = token(at: m.start, in: f)
    if k >= 1, f.tokens[k - 1].hash == Lexicon.h_so { k -= 1 }
    return f.endsWith(CitationExtractor.p_quy_dinh, before: k)
  }

  /// "Nghị quyết (số) 202/2025/QH15": the abbreviation of the type word right before a number.
  private func typeWord(before m: DocumentMatch, in s: AnalyzedSentence) -> String? {
    let f = s.text
    let english = isEnglish(s)
    var k = token(at: m.start, in: f)
    if k >= 1, f.tokens[k - 1].hash == Lexicon.h_so || english && f.tokens[k - 1].hash == CitationExtractor.h_no { k -= 1 }
    for (phrase, type) in CitationExtractor.typeWords where f.endsWith(phrase, before: k) { return type }
    if english { for (phrase, type) in CitationExtractor.englishTypeWords where f.endsWith(phrase, before: k) { return type } }
    if CitationExtractor.otherTypeWords.contains(where: { f.endsWith($0, before: k) }) { return "KHAC" }
    // "Luật Khoa học và Công nghệ (số 29/2013/QH13)": the number in brackets after the name of
    // a document that a type word opens
    if k < f.tokens.count, f.tokens[k].gap == UInt8(ascii: "(") {
      var j = k - 1
      while j >= max(0, k - 12) {
        if f.tokens[j].isCap {
          if CitationExtractor.otherTypeWords.contains(where: { f.matches($0, at: j) }) { return "KHAC" }
          for (phrase, type) in CitationExtractor.typeWords where f.matches(phrase, at: j) { return type }
        }
        let g = f.tokens[j].gap
        if g == UInt8(ascii: ",") || FoldedText.isStrongPunct(g) || g == UInt8(ascii: "(") { break }
        j -= 1
      }
    }
    return nil
  }

  /// Kinds of document with no type of their own in the contract ("Sắc lệnh 08/SL", "Công điện
  /// 1677/CĐ-TTg"): a number without a type code after them is `khac`, not a công văn.
  static let otherTypeWords: [Phrase] = ["sac lenh", "phap lenh", "luat", "lenh", "cong dien", "to trinh", "hien phap"].phrases

  /// Index of the first token starting at or after a scalar offset (a binary search: a line of
  /// thousands of citations stays linear).
  private func token(at offset: Int, in f: FoldedText) -> Int {
    var lo = 0, hi = f.tokens.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if f.tokens[mid].start >= offset { hi = mid } else { lo = mid + 1 }
    }
    return lo
  }

  /// The index of the last match starting at or before a scalar offset (matches are in order).
  static func lastIndex(in matches: [DocumentMatch], startingAtOrBefore offset: Int) -> Int? {
    var lo = 0, hi = matches.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if matches[mid].start <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo == 0 ? nil : lo - 1
  }

  /// "số 42-CT/TW ngày 16/4/2010", "42-CT/TW, ngày 16/4/2010", "42-CT/TW (16/4/2010)".
  /// Whether the sentence is read by the English rules: on an English page, or an English
  /// sentence of a bilingual page ("Decision No. 733 QĐ/LHH dated 15 September 2011 …" after
  /// the Vietnamese text).
  private func isEnglish(_ s: AnalyzedSentence) -> Bool {
    english || PageLanguage.isEnglishSentence(s.text)
  }

  private func issuedDate(after m: DocumentMatch, in s: AnalyzedSentence) -> FactDate? {
    let k = token(at: m.end, in: s.text)
    for d in s.dates where d.year != nil && d.day != nil && d.end > k + 1 && d.start <= k + 1 {
      return FactDate(year: d.year!, month: d.month, day: d.day)
    }
    if isEnglish(s) { return englishIssued(m, after: k, in: s) }
    return nil
  }

  static let h_dated = Phrase.hash("dated"), h_on = Phrase.hash("on")
  /// Participles that stand for "dated" right after a document: "42-CT/TW, issued on April 16, 2010".
  static let englishIssuedAfter: Set<UInt64> = Set(["issued", "signed", "adopted", "promulgated", "approved"].map(Phrase.hash))
  /// Verbs of issuing a document, active ("the Politburo put out Directive …") …
  static let englishIssuing: [Phrase] = [
    "issued", "promulgated", "signed", "adopted", "enacted", "put out", "released", "approved",
  ].phrases
  /// … and passive after the document ("Plan No. 84 / KH-UBND was issued by …"; not the
  /// participle of "Directive 42-CT/TW issued by the Politburo").
  static let englishPassiveIssuing: [Phrase] = [
    "was issued", "was promulgated", "was signed", "was adopted", "was approved", "were issued",
  ].phrases

  /// An English page's issue date: "42-CT/TW dated April 16, 2010", "1632/QD-UBND dated on
  /// 7/6/2002"; or the one full date of a sentence that says the document was issued ("On March
  /// 18, 2020, Plan No. 84 / KH-UBND was issued by …", "On April 16, 2010, the Politburo
  /// promulgated Directive 42-CT/TW").
  private func englishIssued(_ m: DocumentMatch, after k: Int, in s: AnalyzedSentence) -> FactDate? {
    let f = s.text
    let all = (EnglishDates.mentions(in: f) + s.dates).filter { $0.year != nil && $0.day != nil }
    var at = k
    // ("42-CT/TW dated …", "42-CT/TW, issued on April 16, 2010")
    if at < f.tokens.count, f.tokens[at].hash == CitationExtractor.h_dated
      || CitationExtractor.englishIssuedAfter.contains(f.tokens[at].hash) { at += 1 }
    if at < f.tokens.count, f.tokens[at].hash == CitationExtractor.h_on { at += 1 }
    if at > k, let d = all.first(where: { $0.start == at }) { return FactDate(year: d.year!, month: d.month, day: d.day) }
    let start = token(at: m.start, in: f)
    // the one full date of the sentence, before the document: with a passive verb right after the
    // document, or an active verb between the date and the document
    guard all.count == 1, let d = all.first, d.end <= start else { return nil }
    let passive = CitationExtractor.englishPassiveIssuing.contains { f.find($0, from: k, to: min(f.tokens.count, k + 3)) != nil }
    let active = CitationExtractor.englishIssuing.contains { f.find($0, from: d.end, to: start) != nil }
    guard passive || active else { return nil }
    return FactDate(year: d.year!, month: d.month, day: d.day)
  }

  static let issuingVerbs: [Phrase] = ["ban hanh", "ky", "ra", "co van ban", "co cong van", "gui", "thong qua"].phrases

  /// The issue date written elsewhere than right after the number: after the last of a pair
  /// ("Quyết định số 232/QĐ-LHH và 233/QĐ-LHH ngày 29/12/2016"), or before an issuing verb
  /// ("ngày 28/10/2013, Ủy ban nhân dân tỉnh đã ban hành Quyết định số 1837/QĐ-UBND").
  private func issuedDate(around i: Int, among all: [DocumentMatch], in s: AnalyzedSentence) -> FactDate? {
    let f = s.text
    let m = all[i]
    let k = token(at: m.end, in: f)
    if k < f.tokens.count, f.tokens[k].hash == Lexicon.h_va, i + 1 < all.count,
      token(at: all[i + 1].start, in: f) == k + 1
    {
      return issuedDate(after: all[i + 1], in: s)
    }
    let start = token(at: m.start, in: f)
    return issuedBefore(start, previous: i == 0 ? nil : token(at: all[i - 1].start, in: f), in: s)
      ?? issuedPassive(start, end: k, in: s) ?? issuedByAgent(after: k, in: s)
      ?? issuedBeforePair(i, among: all, in: s)
  }

  /// The second of a pair whose date stands before the first: "ký cùng ngày 29/12/2016, số
  /// 232/QĐ-LHH và số 233/QĐ-LHH" — the first's date, when only "và" (and "số") parts them.
  private func issuedBeforePair(_ i: Int, among all: [DocumentMatch], in s: AnalyzedSentence) -> FactDate? {
    guard i > 0 else { return nil }
    let f = s.text
    var start = token(at: all[i].start, in: f)
    if start >= 1, f.tokens[start - 1].hash == Lexicon.h_so { start -= 1 }
    guard start >= 1, f.tokens[start - 1].hash == Lexicon.h_va, token(at: all[i - 1].end, in: f) == start - 1 else { return nil }
    return issuedBefore(token(at: all[i - 1].start, in: f), previous: i == 1 ? nil : token(at: all[i - 2].start, in: f), in: s)
  }

  /// The issue date later in the document's clause, after its issuer and subject: "Chỉ thị số
  /// 42-CT/TW của Bộ Chính trị (khóa X), ban hành ngày 16/4/2010", "Nghị quyết 36-NQ/TW của Bộ
  /// Chính trị về “…”, ban hành ngày 23/01/2023", "Quyết định 433-QĐ/TU của Ban Thường vụ Tỉnh
  /// ủy, ký ngày 04/4/2012", "Công văn 252/LHHVN-KHCNMT mà Đoàn Chủ tịch … gửi ngày 21/4/2015",
  /// "Quyết định 733/QĐ-LHH về việc … đã được Ban Thường vụ … ban hành ngày 15 tháng 9 năm 2011";
  /// or in brackets after the issuer: "Chỉ thị số 42-CT/TW của Bộ Chính trị (ngày 16/10/2010)".
  /// The first full date within 40 words, right after an issuing verb (in brackets: within 12
  /// words), with no full stop, semicolon or colon and no other document between.
  private func issuedLaterInClause(_ i: Int, among all: [DocumentMatch], in s: AnalyzedSentence) -> FactDate? {
    let f = s.text
    let k = token(at: all[i].end, in: f)
    var limit = min(f.tokens.count, k + 40)
    if i + 1 < all.count { limit = min(limit, token(at: all[i + 1].start, in: f)) }
    guard let d = s.dates.first(where: { $0.start >= k && $0.year != nil && $0.day != nil }), d.start < limit,
      !f.tokens[k...d.start].contains(where: { FoldedText.isStrongPunct($0.gap) })
    else { return nil }
    let afterVerb = CitationExtractor.laterIssuingVerbs.contains { verb in
      f.endsWith(verb, before: d.start) && CitationExtractor.isWrittenAsVerb(verb, at: d.start - verb.count, in: f)
    }
    let bracketed = f.tokens[d.start].gap == UInt8(ascii: "(") && d.start - k <= 12
    guard afterVerb || bracketed || CitationExtractor.datedAfterIssuer(f, from: k, date: d.start) else { return nil }
    return FactDate(year: d.year!, month: d.month, day: d.day)
  }

  /// True when "ngày …" at `date` follows the issuer's name right after the document, as a
  /// Vietnamese document is cited: "Nghị quyết số 27-NQ/TW của Hội nghị BCH Trung ương Đảng lần
  /// thứ 7 (khóa X) ngày 06/8/2008", "Chỉ thị 42-CT/TW của Bộ Chính trị ngày 16/4/2010" — "của" at
  /// `k`, then only the name's words (capitalised, a session's number, "(khóa X)"), no comma.
  static func datedAfterIssuer(_ f: FoldedText, from k: Int, date: Int) -> Bool {
    let t = f.tokens
    guard k < t.count, t[k].hash == Lexicon.h_cua, date > k + 1, date - k <= 16, t[date].hash == DateReader.ngay else { return false }
    // (only spaces and the brackets of "(khóa X)" between: not a quotation's end, "… 57-NQ/TW của
    // Bộ Chính trị” (ngày 29/4/2025)", where the day is the workshop's)
    let open = UInt8(ascii: "("), close = UInt8(ascii: ")")
    let opened = (k + 1..<date).contains { t[$0].gap == open }
    return (k + 1..<date).allSatisfy { i in
      (t[i].gap == 0 || t[i].gap == open || t[i].gap == close)
        && (t[i].isCap || t[i].isNumber || issuerNameWords.contains(t[i].hash))
    } && (t[date].gap == 0 || (t[date].gap == close && opened))
  }

  /// The lower-case words of an issuer's name: "lần thứ 7", "(khóa X)", "Ban Chấp hành", "Hội nghị",
  /// "Thủ tướng Chính phủ", "Ủy ban nhân dân tỉnh".
  static let issuerNameWords = WordSet(["lan", "thu", "khoa", "hanh", "tri", "uy", "uong", "dang", "nghi", "chinh", "phu", "ban", "tuong", "nhan", "dan", "tinh", "thanh", "pho"].map(Phrase.hash))

  /// Issuing verbs right before a date later in the clause (not "ra": "… 57-NQ/TW của Bộ Chính
  /// trị”, diễn ra ngày 29/4/2025" is the day of a workshop).
  static let laterIssuingVerbs: [Phrase] = ["ban hanh", "ky", "gui", "thong qua"].phrases

  /// "được" and "của" before an issuer ("do" is told by `FoldedText.isPlainDo`: "đó", "độ" fold the same).
  static let agentWords: Set<UInt64> = [Phrase.hash("duoc"), Phrase.hash("cua")]

  /// "Quyết định số 1112/QĐ-UBND do UBND tỉnh Hà Giang ban hành ngày 09 tháng 5 năm 2006",
  /// "Chỉ thị số 35-CT/TW “về củng cố …” được Bộ Chính trị ban hành ngày 11-4-1988": after the
  /// number (and a quoted title right after it), "được", "do" or "của" and the issuer, an issuing
  /// verb, then the date within three words — no comma or full stop between the number and the
  /// verb, nor between the verb and the date.
  private func issuedByAgent(after k: Int, in s: AnalyzedSentence) -> FactDate? {
    let f = s.text
    guard k < f.tokens.count else { return nil }
    var from = k
    if let after = CitationExtractor.afterQuotedTitle(f, at: k) { from = after }
    guard from < f.tokens.count,
      f.isPlainDo(from) || CitationExtractor.agentWords.contains(f.tokens[from].hash),
      let verb = issuingVerb(in: f, from: from + 1, to: min(f.tokens.count, from + 10), verbs: CitationExtractor.passiveIssuingVerbs),
      !f.tokens[(from + 1)...verb].contains(where: { FoldedText.isStrongPunct($0.gap) || $0.gap == UInt8(ascii: ",") }),
      let d = s.dates.first(where: { $0.start > verb && $0.start <= verb + 3 && $0.year != nil && $0.day != nil
        && !f.tokens[(verb + 1)...min($0.start, f.tokens.count - 1)].contains { FoldedText.isStrongPunct($0.gap) || $0.gap == UInt8(ascii: ",") } })
    else { return nil }
    return FactDate(year: d.year!, month: d.month, day: d.day)
  }

  /// The token after a title in quotation marks that opens right before token `k` (“về …”), or
  /// nil when none opens there.
  static func afterQuotedTitle(_ f: FoldedText, at k: Int) -> Int? {
    let before = k == 0 ? 0 : f.tokens[k - 1].end
    guard let open = (before..<f.tokens[k].start).last(where: { f.scalars[$0] == "“" || f.scalars[$0] == "\"" }),
      let close = f.closingQuote(after: open)
    else { return nil }
    return f.tokens.firstIndex { $0.start > close }
  }

  /// "được" (the passive).
  static let h_duoc = Phrase.hash("duoc")
  /// Verbs of issuing that the passive "được … ban hành" takes (not "đưa ra", "gửi").
  static let passiveIssuingVerbs: [Phrase] = ["ban hanh", "ky", "thong qua"].phrases
  /// One-word issuing verbs as they must be written: "ký" (signed), not the "Kỹ" of "Kỹ thuật";
  /// "ra" (issued), not the "rà" of "rà soát" — each folds the same.
  static let writtenVerbs: [UInt64: String] = [Phrase.hash("ky"): "ký", Phrase.hash("ra"): "ra"]

  /// The first issuing verb (of `verbs`) in tokens `from..<to`.
  private func issuingVerb(in f: FoldedText, from: Int, to: Int, verbs: [Phrase] = CitationExtractor.issuingVerbs) -> Int? {
    verbs.compactMap { p -> Int? in
      var at = from
      while let i = f.find(p, from: at, to: to) {
        if CitationExtractor.isWrittenAsVerb(p, at: i, in: f) { return i }
        at = i + 1
      }
      return nil
    }.min()
  }

  /// True when `verb`, found at token `i`, is written as the verb: a one-word verb of
  /// `writtenVerbs` only with its own marks ("ký", not the "Kỹ" of "Kỹ thuật").
  static func isWrittenAsVerb(_ verb: Phrase, at i: Int, in f: FoldedText) -> Bool {
    guard verb.count == 1, let written = writtenVerbs[verb.hashes[0]] else { return true }
    return f.text(f.tokens[i].start, f.tokens[i].end).lowercased() == written
  }

  /// "ngày 11 – 4 – 1988, Chỉ thị số 35-CT/TW được Ban Bí thư Trung ương ban hành": a date right
  /// before the document's name, an issuing verb after "được" in the clause after its number.
  private func issuedPassive(_ start: Int, end k: Int, in s: AnalyzedSentence) -> FactDate? {
    let f = s.text
    var name = start
    if name >= 1, f.tokens[name - 1].hash == Lexicon.h_so { name -= 1 }
    for phrase in CitationExtractor.typeWords.map(\.0) + CitationExtractor.otherDocumentNouns where f.endsWith(phrase, before: name) {
      name -= phrase.count
      break
    }
    // (the date opening the sentence right before the name, the document its subject: "Ngày
    // 2/10/2012, báo cáo số 156-BC/BTGTU về kết quả thực hiện … đã được Ban Tuyên giáo Tỉnh ủy …
    // ban hành" — its "được" may come after a title of forty words)
    // (its year may be left to the page's: "Ngày 12/3, Hướng dẫn số 145-HD/BTGTW đã được Ban
    // Tuyên giáo Trung ương ban hành" — news of the issuing, posted that year)
    let opensWithIt = s.dates.contains { $0.end <= name && name - $0.end <= 1 && $0.start <= 1 && isFullOrPosted($0) }
    // (the main clause's "đã được", the last of the sentence: a "được" inside the title belongs to
    // what the title names — "Kế hoạch số 25/KH-LHH về triển khai các văn bản mới được Trung ương
    // ban hành đã được … quán triệt" is no issuing)
    var passive = k
    var verbs = CitationExtractor.passiveIssuingVerbs
    if opensWithIt, k < f.tokens.count, f.tokens[k].hash != CitationExtractor.h_duoc,
      let later = (k..<min(f.tokens.count, k + 40)).last(where: { f.matches(CitationExtractor.p_da_duoc, at: $0) }),
      !f.tokens[k...later].contains(where: { FoldedText.isStrongPunct($0.gap) })
    {
      passive = later + 1
      verbs = CitationExtractor.mainClauseIssuingVerbs  // ("thông qua" there is "through")
    }
    let k = passive
    guard k < f.tokens.count, f.tokens[k].hash == CitationExtractor.h_duoc,
      let verb = issuingVerb(in: f, from: k + 1, to: min(f.tokens.count, k + 10), verbs: verbs),
      !f.tokens[(k + 1)...verb].contains(where: { FoldedText.isStrongPunct($0.gap) || $0.gap == UInt8(ascii: ",") })
    else { return nil }
    // the date before the name ("Ngày 28/6/2022, Quyết định số … được … ban hành") or right after
    // the verb ("Quyết định số 634-QĐ/TU được Tỉnh ủy … ký ban hành ngày 28 tháng 6 năm 2022")
    let d = s.dates.last(where: { $0.end <= name && name - $0.end <= 1 && ($0.year != nil || $0.start <= 1) && isFullOrPosted($0) })
      ?? s.dates.first(where: { $0.start > verb && $0.start <= verb + 3 && $0.year != nil && $0.day != nil
        && !f.tokens[(verb + 1)...min($0.start, f.tokens.count - 1)].contains { FoldedText.isStrongPunct($0.gap) || $0.gap == UInt8(ascii: ",") } })
    guard let d else { return nil }
    return d.year.map { FactDate(year: $0, month: d.month, day: d.day) } ?? context.complete(d)
  }

  /// True for a day with its year, or for a day without one on a page with a posting date (which
  /// gives the year, `ArticleContext.complete`).
  private func isFullOrPosted(_ d: DateMention) -> Bool {
    d.day != nil && (d.year != nil || context.published != nil)
  }

  static let p_da_duoc = Phrase("da duoc")
  /// Issuing verbs of a main clause's "đã được … ban hành" after a long title.
  static let mainClauseIssuingVerbs: [Phrase] = ["ban hanh", "ky ban hanh", "ky"].phrases

  /// Names of documents that have no short form of their own: "báo cáo số 156-BC/BTGTU".
  static let otherDocumentNouns: [Phrase] = ["bao cao", "to trinh", "cong dien"].phrases

  /// The issue date before an issuing verb ahead of token `start` (where the document's name
  /// starts), when no other document (starting at token `previous`) stands between them.
  private func issuedBefore(_ start: Int, previous: Int?, in s: AnalyzedSentence) -> FactDate? {
    let f = s.text
    // (no other document named between the date and this one: the one just before it is enough)
    // (the verb near the document, the date anywhere before it in the clause: "ngày 5.8.2021,
    // Quỹ Hỗ trợ sáng tạo kỹ thuật Việt Nam (VIFOTEC) của Liên hiệp hội đã ra thông báo tại Công văn số 88")
    guard let d = s.dates.last(where: { $0.end <= start && $0.year != nil && $0.day != nil }), start - d.end <= 30,
      previous.map({ $0 < d.end }) ?? true
    else { return nil }
    if let verb = issuingVerb(in: f, from: max(d.end, start - 12), to: start),
      !f.tokens[(d.end + 1)..<max(d.end + 1, verb)].contains(where: { FoldedText.isStrongPunct($0.gap) })
    {
      return FactDate(year: d.year!, month: d.month, day: d.day)
    }
    // the verb before the date, the document right after it: "… ký cùng ngày 29/12/2016, số
    // 232/QĐ-LHH" ("cùng" may stand between)
    if start - d.end <= 2, let verb = issuingVerb(in: f, from: max(0, d.start - 3), to: d.start),
      !f.tokens[(verb + 1)...start].contains(where: { FoldedText.isStrongPunct($0.gap) })
    {
      return FactDate(year: d.year!, month: d.month, day: d.day)
    }
    return nil
  }

  /// The issue date of a short form a Party body resolves: "Nghị quyết số 57 ngày 22/12/2024 của
  /// Bộ Chính trị", or "Ngày 22/12/2024, Tổng Bí thư … ký ban hành Nghị quyết số 57 của Bộ Chính trị".
  private func issuedDate(shortFormAt at: Int, number k: Int, in s: AnalyzedSentence) -> FactDate? {
    if let d = s.dates.first(where: { $0.year != nil && $0.day != nil && $0.start > k && $0.start <= k + 2 }) {
      return FactDate(year: d.year!, month: d.month, day: d.day)
    }
    return issuedBefore(at, previous: nil, in: s)
  }

  /// "… của UBND tỉnh Phú Thọ", "… của Tỉnh ủy Thừa Thiên Huế": the issuing province.
  private func localProvince(after m: DocumentMatch, in s: AnalyzedSentence) -> Province? {
    let k = token(at: m.end, in: s.text)
    return s.provinces.first { $0.start >= k && $0.start <= k + 10 && ($0.role == .authority || $0.prefixed) }?.province
  }
}
