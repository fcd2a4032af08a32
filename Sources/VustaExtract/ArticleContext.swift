import VustaModel

/// A sentence of the article with what was found in it once, for every extractor to read.
final class AnalyzedSentence {
  let text: FoldedText
  /// 0 for the title; for body sentences, 1 + the index of their line among body lines.
  let line: Int
  /// Position among the sentences of the article; a minor line read for its day has
  /// `minorLineIndex` + its line's position instead (it is none of the sentences).
  let index: Int
  static let minorLineIndex = 100_000
  /// True for a minor line read for its day, not a sentence of the article.
  var isMinorLine: Bool { index >= AnalyzedSentence.minorLineIndex }
  let provinces: [ProvinceMention]
  let unions: [UnionMention]
  let dates: [DateMention]
  /// How many of its first scalars repeat the line a figure line stands under (`MainText.Line`'s
  /// `quoted`): read for the figures' context, not the sentence's own words — a directive cited
  /// there is counted where that line stands, not again under each row.
  let quoted: Int

  /// (A class: every extractor walks the sentences many times, and a copy of a struct of six
  /// arrays took six reference counts; measured with perf, see BENCHMARKS.md.)
  init(text: FoldedText, line: Int, index: Int, provinces: [ProvinceMention], unions: [UnionMention], dates: [DateMention],
       quoted: Int = 0) {
    self.text = text
    self.line = line
    self.index = index
    self.provinces = provinces
    self.unions = unions
    self.dates = dates
    self.quoted = quoted
  }

  var isTitle: Bool { line == 0 }

  /// The document numbers in the sentence, read once (citations, meeting dates, plans and
  /// issued documents all ask).
  private(set) lazy var documents: [DocumentMatch] = DocumentNumberReader.read(text)

  /// The meeting nouns `MeetingExtractor.meetingNoun` found in the sentence, by question (`from`
  /// and whether a reference counts): the answer depends on the sentence alone.
  var nounsFound: [(key: Int, at: Int?)] = []

  /// The same sentence at another position.
  func reindexed(_ i: Int) -> AnalyzedSentence {
    AnalyzedSentence(text: text, line: line, index: i, provinces: provinces, unions: unions, dates: dates, quoted: quoted)
  }
  /// The lead: the first body paragraph.
  var isLead: Bool { line == 1 }

  /// True when token `i` stands in a list of guests inside its own clause: after a guest opener
  /// and the "có" that opens the list ("…; cùng dự có đoàn đại biểu Liên hiệp hội tỉnh An
  /// Giang", "Tham dự hội nghị có …"), no ".", ";" or ":" between. ("Với sự tham dự của …, Liên
  /// hiệp hội tỉnh … tổ chức" opens no list: the union after it holds the event; "… có sự tham
  /// dự của …" does.)
  func inGuestClause(_ i: Int) -> Bool {
    let t = text.tokens
    var k = min(i, t.count) - 1
    while k >= 0 {
      if t[k].hash == FigureExtractor.h_co,
        (max(0, k - 6)...k).contains(where: { e in Lexicon.guestOpeners.contains { text.endsWith($0, before: e) } })
          // ("Đại hội có sự tham dự của ông …, Chủ tịch Liên hiệp … Việt Nam; …": "có" takes the list)
          || FigureExtractor.takingPart.contains(where: { text.matches($0, at: k + 1) })
      {
        return true
      }
      if FoldedText.isStrongPunct(t[k].gap) { return false }
      k -= 1
    }
    return false
  }

  /// True when union mention `u` is one of the guests its clause lists (`inGuestClause`).
  func namesAsGuest(_ u: UnionMention) -> Bool { inGuestClause(u.start) }
  /// The sentence as written — or, when it runs past `AnalyzedSentence.evidenceLimit`
  /// characters (a page whose text has no full stops), its beginning with "…": evidence stays
  /// readable and a huge line does not make every fact hold a copy of it.
  var evidence: String { evidence(around: nil) }

  /// The sentence as written, made once (every fact read from it quotes it).
  private(set) lazy var written: String = text.string

  /// The longest evidence, in characters.
  static let evidenceLimit = 600

  /// The sentence, or for a long one the window of about `evidenceLimit` characters around the
  /// scalar range `around` (its beginning when nil), with "…" where it was cut.
  func evidence(around range: Range<Int>?) -> String {
    let n = text.scalars.count
    let limit = AnalyzedSentence.evidenceLimit
    guard n > limit else { return written }
    let centre = range.map { ($0.lowerBound + $0.upperBound) / 2 } ?? limit / 2
    let from = max(0, min(n - limit, centre - limit / 2)), to = min(n, from + limit)
    return (from > 0 ? "…" : "") + text.text(from, to) + (to < n ? "…" : "")
  }
}

/// Everything known about an article before facts are read: its sentences, publication date,
/// and the province the article as a whole is about (from its source, dateline or text).
///
/// (A class of constants: the readers each hold the one context instead of a copy of its
/// thirty-odd fields, which every copy and every end of a copy retained and released.)
final class ArticleContext {
  let gazetteer: Gazetteer
  /// The kept lines the article was read from (captions and subheadings among them, `CaptionedMeeting`).
  let mainLines: [MainText.Line]
  let titleString: String?
  let published: FactDate?
  /// The date of the page's own place-and-date line above its text ("Thủ Dầu Một, ngày 20 tháng
  /// 10 năm 2022" under the headline of a notice): a document posted as the page dates itself, not
  /// the posting; what a day without a year in it falls before, when nothing else dates the page.
  let documentDate: FactDate?
  /// The month a page was posted in when its stamp gives no day ("date 2024-01"): completes the
  /// year of a day written without one, as a posting date does.
  let postedMonth: FactDate?
  /// Title first (when present), then body sentences.
  let sentences: [AnalyzedSentence]
  /// What citations are read in: the sentences, and in their place the short lines of the body
  /// that hold a document's number ("Được thành lập theo Quyết định số 45/2005/QĐ-UB …" on a
  /// line of its own): the main text as a reader counts it. Indexes are positions here.
  let citationSentences: [AnalyzedSentence]
  /// A document's own number line ("Số: 05-KH/LHH") by its index in `citationSentences`, with
  /// the date of the place-and-date line ("Thái Bình, ngày 7 tháng 12 năm 2023") within two
  /// lines of it (the two stand side by side in a Decree-30 header): the day it was issued.
  let numberLineDates: [Int: FactDate]
  /// The province named by the article's source (sources.csv, host name, portal, dateline).
  let sourceProvince: Province?
  /// The one provincial union the article names, if exactly one.
  let unionProvince: Province?
  /// The one province all trusted mentions in the text point to, if exactly one.
  let textProvince: Province?
  /// True when the article is about LHH Việt Nam itself (its title or lead names no provincial union first).
  let isNational: Bool
  /// Years written in the title ("năm 2020"); none when the title names a term ("nhiệm kỳ 2023 - 2028").
  let titleYears: [Int]
  /// The sentences of the page's correction notes ("Đính chính: …", `CorrectionNote`), kept
  /// out of `sentences`; their `line` is the paragraph's own.
  let notes: [AnalyzedSentence]
  /// True when the title is a year's review ("Tổng kết công tác năm 2016"): its year is the
  /// one reviewed, and the meeting may fall at the start of the next.
  let titleReviewsYear: Bool
  /// A date at the very end of the title, in brackets or after a dash ("… (30/09/2011)"): the
  /// day the site posted the article, not the day of its event.
  let titlePostingDate: DateMention?

  /// A dateline in brackets opening the lead: "(KHCN - 22/9/2017) - Ngày 21/9, …" — the day the
  /// source posted it (the publication when nothing else gives one), not the event's.
  let leadDatelineDate: DateMention?
  /// The index of the sentence that holds `leadDatelineDate`.
  let leadDatelineSentence: Int?
  /// True when the article is about a district's union ("… Liên hiệp các Hội KHKT huyện Cẩm
  /// Xuyên"): its mentions without a province are that union's, not the province's.
  let aboutDistrictUnion: Bool
  /// The days an anniversary span of the article starts on ("(18/5/1963 - 18/5/2023)": 18 May
  /// 1963): what is celebrated, so a later sentence's "ngày 18-5-1963, tại Đại hội …" recalls it
  /// and reports no meeting. (The span's end may be the ceremony's own day: not listed.)
  let celebratedDays: [FactDate]
  /// True when the page defines "HTV" as its short form of "hội thành viên" ("9 Hội thành viên
  /// (HTV)"): "22 HTV" then counts member associations.
  let definesHTV: Bool
  /// The article's short lines that carry a day — captions, a "Thời gian:" line under the
  /// headline, a closing line in brackets ("(Buổi làm việc diễn ra ngày 21/10/2020)") — from the
  /// title to three lines after the last body line, numbered as the body line they follow
  /// (`AnalyzedSentence.line`).
  let datedMinorLines: [AnalyzedSentence]
  /// The article's short lines that write a weekday and no day ("Thời gian: 8h30, thứ Năm", a
  /// programme's "8h30 khai mạc (sáng thứ Năm)"), numbered as `datedMinorLines` are.
  let weekdayMinorLines: [AnalyzedSentence]

  var title: String? { titleString }

  static let p_cung_nam = Phrase("cung nam")

  init(main: MainText, source: SourceInfo, gazetteer: Gazetteer) {
    self.gazetteer = gazetteer
    self.mainLines = main.lines
    let finder = ProvinceFinder.shared(gazetteer)
    var sentences: [AnalyzedSentence] = []
    func add(_ f: FoldedText, line: Int, quoted: Int = 0) {
      let p = finder.mentions(in: f)
      let u = UnionFinder.mayName(f, acronyms: finder.unionAcronyms)
        ? UnionFinder.mentions(in: f, provinces: p, acronyms: finder.unionAcronyms) : []
      var d = f.tokens.contains(where: \.isNumber) || DateReader.mayHoldWordedDay(f) ? DateReader.mentions(in: f) : []
      // "Ngày 9/6/2015, … ban hành Hướng dẫn …. Triển khai hướng dẫn này, ngày 29/10 cùng năm, …":
      // the year of the last full date written before it, in its sentence or the three before
      for k in d.indices where d[k].year == nil && d[k].day != nil && f.matches(ArticleContext.p_cung_nam, at: d[k].end) {
        d[k].year = d[..<k].last(where: { $0.year != nil && !$0.anniversary })?.year
          ?? sentences.suffix(3).reversed().lazy.compactMap({ $0.dates.last(where: { $0.year != nil && !$0.anniversary })?.year }).first
      }
      d = ArticleContext.yearsFromLaterDates(d, in: f)
      sentences.append(AnalyzedSentence(text: f, line: line, index: sentences.count, provinces: p, unions: u, dates: d,
                                        quoted: quoted))
    }
    let titleText = main.title
    if let titleText { add(titleText, line: 0) }
    // (a correction the page prints about itself — "Đính chính: …" — restates facts: its
    // paragraphs are kept aside for `CorrectionNote`, the lines after them numbered as if it
    // were not there)
    let body = main.bodySentences()
    let noteLines = Set(body.filter { CorrectionNote.isNote($0.sentence) }.map(\.bodyIndex))
    var notes: [AnalyzedSentence] = []
    for (s, bodyIndex, quoted) in body {
      add(s, line: bodyIndex + 1 - (noteLines.isEmpty ? 0 : noteLines.filter { $0 < bodyIndex }.count), quoted: quoted)
      if noteLines.contains(bodyIndex) { notes.append(sentences.removeLast()) }
    }
    self.notes = notes
    // A page that defines an acronym as its union's short name ("Liên hiệp các Hội … TP.HCM
    // (HUSTA)") means that union by it, whatever portal the acronym names elsewhere.
    sentences = ArticleContext.applyingAcronymDefinitions(sentences, acronyms: finder.unionAcronyms)
    // An article about another union ("Liên hiệp các Hội VHNT Đà Nẵng") calls it "Liên hiệp Hội"
    // too: when it names one and never a union of science and technology, its short names are
    // the other union's — "LHH" among them, when that is the short name it gives the other union
    // ("Liên hiệp Các hội Văn học nghệ thuật TP Cần Thơ (gọi tắt là Liên hiệp hội- LHH)").
    let foreign = sentences.filter { UnionFinder.namesForeignUnion($0.text) }
    let lhhIsTheirs = foreign.contains { UnionFinder.definesLHH($0.text) }
    let namesOurs = sentences.contains { $0.unions.contains { u in lhhIsTheirs ? u.spelledScientific : u.scientific } }
    if !namesOurs, !foreign.isEmpty, sentences.contains(where: { !$0.unions.isEmpty }) {
      sentences = sentences.map {
        AnalyzedSentence(text: $0.text, line: $0.line, index: $0.index, provinces: $0.provinces, unions: [], dates: $0.dates,
                         quoted: $0.quoted)
      }
    }
    // An article about a district's union ("… Liên hiệp các Hội KH&KT lần thứ IV … của huyện Kỳ
    // Anh") calls it "Liên hiệp các hội khoa học và kỹ thuật" with no place too: the mentions
    // without a province are that union's, not the province's.
    aboutDistrictUnion = sentences.contains(where: { UnionFinder.namesDistrictUnion($0.text, named: true) })
    if aboutDistrictUnion {
      sentences = sentences.map { s in
        let kept = s.unions.filter { $0.scope != .bare }
        return kept.count == s.unions.count ? s
          : AnalyzedSentence(text: s.text, line: s.line, index: s.index, provinces: s.provinces, unions: kept, dates: s.dates,
                             quoted: s.quoted)
      }
    }
    self.sentences = sentences
    (datedMinorLines, weekdayMinorLines) = ArticleContext.minorLines(main, finder: finder)
    (citationSentences, numberLineDates) = ArticleContext.citationSentences(main: main, sentences: sentences, finder: finder)
    titleString = source.title ?? titleText.map { $0.string }
    let yearSource = source.title.map { FoldedText($0) } ?? titleText
    titleYears = yearSource.map { ArticleContext.eventYears(inTitle: $0) } ?? []
    titleReviewsYear = yearSource?.contains(any: [ArticleContext.p_tong_ket]) ?? false
    titlePostingDate = titleText.flatMap { ArticleContext.postingDate(inTitle: $0, dates: sentences.first?.dates ?? []) }
    // (the first sentence of the first two lines of text: a headline left without its role may come first)
    let opening = sentences.filter { !$0.isTitle && $0.line <= 2 }.lazy
      .compactMap { s in ArticleContext.datelineDate(in: s.text, dates: s.dates).map { (s.index, $0) } }.first
    leadDatelineDate = opening?.1
    leadDatelineSentence = opening?.0
    celebratedDays = sentences.flatMap { ArticleContext.celebratedDays(in: $0.dates) }
    definesHTV = sentences.contains { s in
      var from = 0
      while let at = s.text.find(FigureExtractor.p_htv, from: from) {
        if at >= 3, s.text.matches(Lexicon.p_hoi_thanh_vien, at: at - 3), s.text.tokens[at].gap == UInt8(ascii: "(") { return true }
        from = at + 1
      }
      return false
    }

    // Publication date: sources.csv / HTML meta first, then the page's timestamp line, then a
    // posting date at the end of the title.
    var published = source.published
    let textAt = main.lines.firstIndex { $0.role == .body } ?? main.lines.count
    if published == nil {
      // the article's own stamp stands after its title; a dated line above the title is often
      // the site's date bar ("Thứ 5, 18/07/2024", "Banner Ngày 12/3/2025" — the day the page
      // was saved) or a press licence ("Cấp ngày: 12/12/2005"), so it only counts when no stamp
      // follows the title and it is no date bar (`DateReader.isDateBar`: a time of day or a
      // posting cue makes it the article's, "Thứ sáu, 08/12/2023 13:54", "Cập nhật: Thứ Ba, …")
      // (a headline printed again under the site's header — a saved page's head, then the
      // article's own — is where the article starts: the date bar between the two is the
      // site's, "Banner chính" / "Thứ Ba, 28/03/2023" / the headline / "Thứ Ba, 30/06/2015")
      // (before the text: a site's name as the title is printed again in its footer)
      let firstTitle = main.lines.firstIndex { $0.role == .title } ?? -1
      // (only when a stamp follows the repetition: with none, the stamp between the two is the
      // article's)
      let repeated = firstTitle < 0 ? nil
        : (firstTitle + 1..<max(firstTitle + 1, textAt)).last { main.lines[$0].text.bytes == main.lines[firstTitle].text.bytes }
      let titleAt = repeated.flatMap { r in (r + 1..<textAt).contains { main.lines[$0].role == .timestamp } ? r : nil } ?? firstTitle
      let stamps = main.lines.indices.filter { main.lines[$0].role == .timestamp }
      // (nor when another dated line stands between it and the title: a ticker's "… ( 24/04/2024 )"
      // under the portal's "Ngày 26/4/2024" — the stamp is the page's, not this article's)
      // (nor when two or more dated lines stand above the title: a box of other articles' headlines
      // and dates, "Tin mới nhất" …, not one page's stamp)
      let datedAbove = stamps.filter { i in
        i < titleAt && !DateReader.isDateBar(main.lines[i].text) && PlaceDateLine.date(in: main.lines[i].text) == nil
      }
      // (but two stamps in a row right over the title — the site's clock, "Chủ nhật, 24/11/2024
      // 05:53 (GMT+7)", then the article's own, "Thứ tư, 29/12/2021 15:15 (GMT+7)" — are one
      // page's: the later line, the one against the title, is the article's when the clock's day
      // is not before it)
      let clockThenStamp = datedAbove.count == 2 && datedAbove[1] == titleAt - 1 && datedAbove[0] == titleAt - 2
        && DateReader.fullDate(in: main.lines[titleAt - 2].text).flatMap { clock in
          DateReader.fullDate(in: main.lines[titleAt - 1].text).map { clock >= $0 }
        } == true
      let above = clockThenStamp ? [titleAt - 1] : datedAbove.count >= 2 ? [] : stamps.filter { i in
        i < titleAt && !DateReader.isDateBar(main.lines[i].text)
          && !(i + 1..<titleAt).contains { j in
            // (a document's own header between them — "Hà Nội, ngày 24 tháng 10 năm 2009" under the
            // portal's posting line — is no other article's)
            main.lines[j].role != .timestamp && DateReader.closingDate(in: main.lines[j].text) != nil
              && PlaceDateLine.date(in: main.lines[j].text) == nil
          }
      }
      // (after the title, or where no title was told, a date bar comes last: "Thứ Hai, 04/12/2026"
      // above "Ngày đưa: 29/12/2020 08:35:59 AM" is the day the page was saved)
      // (with no title told, a date bar before the first paragraph stands where a title's would:
      // it is the site's, as above a title)
      // (nor a run of stamps after the text begins, "20/10/2025 9:18:03 AM — 734" over "16/10/2025
      // 9:00:45 AM — 1179" …: a box of other items' days and views)
      let stampSet = Set(stamps)
      let inRun = { (i: Int) in i > textAt && (stampSet.contains(i - 1) || stampSet.contains(i + 1)) }
      let after = stamps.filter { $0 > titleAt && !(titleAt < 0 && $0 < textAt && DateReader.isDateBar(main.lines[$0].text)) && !inRun($0) }
      let ordered = after.filter { !DateReader.isDateBar(main.lines[$0].text) } + after.filter { DateReader.isDateBar(main.lines[$0].text) }
      for i in ordered + above {
        // a licence's or a document's date, wherever it stands ("* Cấp ngày: 12/12/2005" in a
        // footer, "Ngày ban hành: 14/02/2014" in a record of a legal text): no posting
        if DateReader.labelsNoPosting(main.lines[i].text) { continue }
        // (or its label in the cell before: "Ngày ban hành:" / "14/02/2014")
        if i >= 1, main.lines[i - 1].text.scalars.last == ":", main.lines[i - 1].text.tokens.count <= 5,
          DateReader.labelsNoPosting(main.lines[i - 1].text)
        {
          continue
        }
        // a document posted as the page (a report, a plan, a legal text): its own "Long An, ngày
        // 11 tháng 6 năm 2024" dates the document, not the posting (rv07, sd14, se16)
        if PlaceDateLine.date(in: main.lines[i].text) != nil { continue }
        // (without "ngày" only as the header of a document beside its "Số: …" line — the same
        // headers citations read —: a dateline under a headline is the posting's)
        if PlaceDateLine.date(in: main.lines[i].text, bareDate: true) != nil,
          ArticleContext.documentHeaders(main).keys.contains(where: { abs($0 - i) <= 4 })
        {
          continue
        }
        if let d = DateReader.fullDate(in: main.lines[i].text) { published = d; break }
      }
    }
    if published == nil, let d = titlePostingDate ?? leadDatelineDate, let y = d.year, let day = d.day {
      published = FactDate(year: y, month: d.month, day: day)
    }
    self.published = published
    // (a stored page's meta date of a month alone, "date 2024-01", over its text: no posting
    // day, but the year and month it was posted in)
    postedMonth = published != nil ? nil
      : main.lines.prefix(max(textAt, 3)).lazy.compactMap { ArticleContext.monthStamp($0.text) }.first
    // (within the lines before the text: another document's header quoted below it is not)
    self.documentDate = main.lines.prefix(textAt).lazy.compactMap { PlaceDateLine.date(in: $0.text) }.first

    // Source province: given, or from a host name, a portal name or the dateline.
    var sourceProvince: Province? = source.province.flatMap { gazetteer.resolve($0, in: .old63) }
    if sourceProvince == nil, let url = source.url { sourceProvince = SourceCues.province(inHost: url, gazetteer) }
    if sourceProvince == nil {
      sourceProvince = SourceCues.province(inFurniture: main.furniture, finder: finder, gazetteer)
    }
    if sourceProvince == nil, let lead = main.lines.first(where: { $0.role == .body }) {
      sourceProvince = SourceCues.province(inDateline: main.datelinedLead ?? lead.text, gazetteer)
    }
    self.sourceProvince = sourceProvince

    var unionCodes = Set<Int>()
    var textCodes = Set<Int>()
    var byCode: [Int: Province] = [:]
    for s in sentences {
      // (a union its clause lists among guests is a visitor: `namesAsGuest`)
      for u in s.unions where !s.namesAsGuest(u) { if case .province(let p) = u.scope { unionCodes.insert(p.code); byCode[p.code] = p } }
      for m in s.provinces { textCodes.insert(m.province.code); byCode[m.province.code] = m.province }
    }
    // The article's own union: the one named in its title or lead, else the only one it names —
    // not counting lists of guests ("Về dự đại hội có …, Chủ tịch Liên hiệp hội Hà Nội"), whose
    // unions are visitors (else the one named most often outside them)
    func isGuestList(_ s: AnalyzedSentence) -> Bool {
      s.text.contains(any: Lexicon.guestOpeners, from: 0, to: min(3, s.text.tokens.count))
    }
    let leadUnion = sentences.filter { ($0.isTitle || $0.isLead) && !isGuestList($0) }.lazy.flatMap { s in
      s.unions.lazy.filter { !s.namesAsGuest($0) }
    }.compactMap { u -> Province? in
      if case .province(let p) = u.scope { return p }
      return nil
    }.first
    var hostCounts: [Int: Int] = [:]
    for s in sentences where !isGuestList(s) {
      for u in s.unions where !s.namesAsGuest(u) { if case .province(let p) = u.scope { hostCounts[p.code, default: 0] += 1 } }
    }
    let mostNamed = hostCounts.max { $0.value < $1.value }.flatMap { best in
      hostCounts.values.filter { $0 == best.value }.count == 1 && (unionCodes.count == 1 || best.value >= 2) ? byCode[best.key] : nil
    }
    unionProvince = leadUnion ?? (unionCodes.count == 1 ? byCode[unionCodes.first!] : mostNamed)
    // A national article: the first LHH body its title or lead names is LHH Việt Nam.
    let firstUnion = sentences.filter { $0.isTitle || $0.isLead }.lazy.flatMap(\.unions).first {
      if case .plural = $0.scope { return false }
      return true
    }
    isNational = leadUnion == nil && firstUnion?.scope == .national
    textProvince = textCodes.count == 1 ? byCode[textCodes.first!] : ArticleContext.mergedUnit(of: sentences, gazetteer)
  }

  /// The one merged unit a text names only through its former parts — "49 Hội thành viên (Hải
  /// Phòng cũ: 29, Hải Dương cũ: 20)" on a page of "Liên hiệp … thành phố" with no other place —
  /// else nil (a province named without "cũ", or parts of two units).
  static func mergedUnit(of sentences: [AnalyzedSentence], _ gazetteer: Gazetteer) -> Province? {
    var unit: Province? = nil
    var parts = Set<Int>()
    for s in sentences {
      for m in s.provinces {
        guard m.isFormer(in: s.text), let n = gazetteer.newUnit(containing: m.province), unit == nil || unit!.code == n.code
        else { return nil }
        unit = n
        parts.insert(m.province.code)
      }
    }
    return parts.count >= 2 ? unit : nil
  }

  static let p_nhiem_ky = Phrase("nhiem ky")
  static let h_date = Phrase.hash("date")

  /// A meta date of a month alone on its own line, "date 2024-01": that month; else nil.
  static func monthStamp(_ f: FoldedText) -> FactDate? {
    guard f.tokens.count == 3, f.tokens[0].hash == h_date, let y = DateReader.year(f, 1), f.tokens[2].gap == UInt8(ascii: "-"), !f.tokens[2].spaced,
      f.tokens[2].isNumber, f.tokens[2].end - f.tokens[2].start == 2, let m = DateReader.value(f, 2, maxDigits: 2), (1...12).contains(m)
    else { return nil }
    return FactDate(year: y, month: m, day: nil)
  }

  /// The years of the title; none for a term ("Đại hội … nhiệm kỳ 2023 - 2028"): a term is no
  /// year (congresses opening it are held late in the year before as often as in its first year).
  /// "Khai giảng từ ngày 04/11 … đã bế giảng ngày 06/11/2015": a day with no year takes the year
  /// of a full date written after it in the sentence, a few weeks on at most — not a cited
  /// document's day ("Sáng 14/11, … thực hiện Kết luận số 93-KL/TW ngày 20/11/2020").
  static func yearsFromLaterDates(_ dates: [DateMention], in f: FoldedText) -> [DateMention] {
    var d = dates
    let undated = d.indices.filter { d[$0].year == nil && d[$0].day != nil }
    // (most sentences: no day without its year before a full date)
    guard let first = undated.first, d[(first + 1)...].contains(where: { $0.year != nil && $0.day != nil }) else { return d }
    let docs = DocumentNumberReader.read(f)
    for k in undated {
      guard let later = d[(k + 1)...].first(where: { m in
        guard m.year != nil, m.day != nil, !m.anniversary else { return false }
        let at = f.tokens[m.start].start
        return !docs.contains { $0.end <= at && at - $0.end <= 8 }
      }), let y = later.year else { continue }
      let gap = FactDate(year: y, month: later.month, day: later.day).daysSince1970
        - FactDate(year: y, month: d[k].month, day: d[k].day).daysSince1970
      if (0...45).contains(gap) { d[k].year = y }
    }
    return d
  }

  static func eventYears(inTitle f: FoldedText) -> [Int] {
    // a horizon is not the event's year: "… thu hút trí thức Nghệ An đến năm 2030", "tầm nhìn 2045"
    // (nor a law's: "… sửa đổi một số điều của Hiến pháp năm 2013", "Luật Báo chí năm 2016")
    let horizons = Set(f.tokens.indices.filter { i in
      DateReader.year(f, i) != nil && (ArticleContext.isHorizon(f, year: i) || ArticleContext.namesLaw(f, year: i))
    }.compactMap { DateReader.year(f, $0) })
    let years = DateReader.years(in: f).filter { !horizons.contains($0) }
    if years.count == 2, let k = f.find(p_nhiem_ky) {
      let after = f.tokens.indices.filter { $0 > k && DateReader.year(f, $0) != nil }
      if after.count == 2, years[1] > years[0] { return [] }
    }
    return years
  }

  static let p_den = Phrase.hash("den"), p_tu = Phrase.hash("tu"), p_toi = Phrase.hash("toi"), p_nam = Phrase.hash("nam")
  static let p_tam_nhin = Phrase("tam nhin"), p_tong_ket = Phrase("tong ket")

  /// True when the year at token `i` is part of a law's name: "Hiến pháp năm 2013", "Luật Báo chí
  /// năm 2016", "Bộ luật Dân sự 2015" (a law word at most four words before it, a capitalised one).
  static func namesLaw(_ f: FoldedText, year i: Int) -> Bool {
    (max(0, i - 5)..<i).contains { k in
      f.tokens[k].isCap && (f.matches(p_hien_phap, at: k) || f.tokens[k].hash == h_luat)
    }
  }

  static let p_hien_phap = Phrase("hien phap"), h_luat = Phrase.hash("luat")

  /// True when the year at token `i` is a horizon: "đến (năm) 2030", "tới năm 2030", "tầm nhìn (đến) 2045".
  static func isHorizon(_ f: FoldedText, year i: Int) -> Bool {
    var k = i - 1
    if k >= 0, f.tokens[k].hash == p_nam { k -= 1 }
    if k >= 0, f.tokens[k].hash == p_den || f.tokens[k].hash == p_toi {
      // (the end of a period is not: "từ năm 2015 đến năm 2020")
      return !(max(0, k - 5)..<k).contains { f.tokens[$0].hash == p_tu }
    }
    return (max(0, i - 4)..<i).contains { f.matches(p_tam_nhin, at: $0) }
  }

  /// A full date that ends the title, in brackets or after a dash: "… (30/09/2011)", "… - 12/5/2019".
  static func postingDate(inTitle f: FoldedText, dates: [DateMention]) -> DateMention? {
    // (a time may follow it: "… (21-05-2022 13:53)")
    // (not the end of an anniversary span: "… Hội Luật gia Việt Nam (04/4/1955 - 04/4/2015)")
    guard let last = dates.last, last.year != nil, last.day != nil, last.start > 2, !last.anniversary,
      last.end == f.tokens.count || (DateReader.clockFollows(f, at: last.end) && f.tokens.count - last.end <= 3)
    else {
      return nil
    }
    // (the gap before the date's first number: a mention may open with a cue word, and
    // "Việt Nam (18/05/2020, 20:21)" reads its "Nam" as "năm")
    let first = (last.start..<last.end).first { f.tokens[$0].isNumber } ?? last.start
    let gap = f.tokens[first].gap
    if gap == UInt8(ascii: "(") || gap == UInt8(ascii: "-") || gap == UInt8(ascii: "|") { return last }
    // "… Tổng kết hoạt động năm 2023 25/12/2023": a bare date after a long headline, with no
    // word that makes it the event's ("diễn ra 25/12/2023", "ngày 25/12/2023")
    if last.start >= 6, f.tokens[last.start].isNumber, !ArticleContext.eventDateWords.contains(f.tokens[last.start - 1].hash) {
      return last
    }
    return nil
  }

  /// A full date inside brackets that open the text within its first few words and close right
  /// after the date: "(KHCN - 22/9/2017) - Ngày 21/9 …", "(Baotintuc 05/3/2019) …".
  static func datelineDate(in f: FoldedText, dates: [DateMention]) -> DateMention? {
    // (the bracket may follow a picture's file name the page's text kept: "….jpg(KHCN - 22/9/2017) - Ngày 21/9")
    // (within the first 20 words; up to 40 when the bracket holds no more than the source's name
    // and a dash follows it, a headline the text joined to the lead line standing before it:
    // "Đắk Nông: nhiều tiến bộ … phát huy hiệu quả áp dụng tiến bộ KHKT.jpg(KHCN - 22/9/2017) - Hôm 21/9")
    // (not the end of an anniversary span: "Ít ngày sau dịp kỷ niệm 81 năm Ngày thành lập Quân
    // đội nhân dân Việt Nam (22/12/1944 – 22/12/2025) và …")
    guard let d = dates.first, !d.anniversary, d.year != nil, d.day != nil, d.start <= 40,
      (max(0, d.start - 3)...d.start).contains(where: { f.tokens[$0].gap == UInt8(ascii: "(") }) || f.scalars.first == "(",
      d.end <= f.tokens.count
    else { return nil }
    let close = d.end < f.tokens.count ? f.tokens[d.end].start : f.scalars.count
    let after = f.scalars[f.tokens[d.end - 1].end..<close]
    guard let paren = after.firstIndex(of: ")") else { return nil }
    // a dateline is followed by a dash or nothing before the text goes on
    // (a post's pictographs are no text: "(KHCN - 22/9/2017) - 🔹 Hôm 21/9")
    let rest = after[after.index(after: paren)...].filter { $0 != " " && !ArticleContext.isPictograph($0) }
    guard rest.isEmpty || rest.allSatisfy({ "-–—:".unicodeScalars.contains($0) }) else { return nil }
    // (a bracket holding the date alone inside the sentence, no dash after it and the sentence
    // going on in lower case, dates what the sentence says: "Nhà Văn hóa Khoa học tổ chức
    // (04/7/2024) buổi tọa đàm …"; a headline's "… tại Quảng Trị (30/09/2011)  Trong hai ngày …"
    // joined to its lead is still the posting's)
    if rest.isEmpty, f.tokens[d.start].gap == UInt8(ascii: "("), f.scalars.first != "(", d.start >= 2,
      d.end < f.tokens.count, !f.tokens[d.end].isCap
    {
      return nil
    }
    return d.start <= 20 || !rest.isEmpty ? d : nil
  }

  /// A pictograph or its variation selector ("📌", "🔹", "✅", "▶️"): a symbol a social post
  /// sets before its lines, never a word.
  static func isPictograph(_ c: Unicode.Scalar) -> Bool {
    c.properties.generalCategory == .otherSymbol || c.value == 0xFE0F || c.value == 0x200D
  }

  /// The minor lines of the article that write a day (`datedMinorLines`) and those that write a
  /// weekday and no day (`weekdayMinorLines`), read in one pass.
  static func minorLines(_ main: MainText, finder: ProvinceFinder) -> (dated: [AnalyzedSentence], weekday: [AnalyzedSentence]) {
    guard let titleAt = main.lines.firstIndex(where: { $0.role == .title }) ?? main.lines.firstIndex(where: { $0.role == .body }),
      let lastBody = main.lines.lastIndex(where: { $0.role == .body })
    else { return ([], []) }
    var dated: [AnalyzedSentence] = []
    var weekday: [AnalyzedSentence] = []
    var bodyLines = main.lines[..<titleAt].filter { $0.role == .body }.count
    // (and the three lines after the last body line: a closing line in brackets, over the byline)
    // (and a record's time line in a box above the headline: "THÔNG TIN SỰ KIỆN", "Thời gian: …")
    let boxed = main.lines[..<titleAt].indices.filter { main.lines[$0].role == .minor && EventRecord.field(of: main.lines[$0].text) == .time }
    let through = min(main.lines.count - 1, lastBody + 3)
    for i in boxed + (titleAt <= through ? Array(titleAt...through) : []) {
      let line = main.lines[i]
      if line.role == .body { if i >= titleAt { bodyLines += 1 }; continue }
      guard line.role == .minor, line.text.tokens.count <= 30 else { continue }
      let t = line.text.tokens
      let hasNumber = t.contains(where: \.isNumber)
      let hasWeekday = t.indices.contains { $0 + 1 < t.count && t[$0].hash == Boilerplate.h_thu && RelativeWeekday.weekdays[t[$0 + 1].hash] != nil }
      guard hasNumber || hasWeekday else { continue }
      let all = DateReader.mentions(in: line.text)
      // (not an anniversary's span: "KỶ NIỆM 15 NĂM NGÀY THÀNH LẬP (27/5/1995-27/5/2010)")
      let dates = hasNumber ? all.filter { $0.day != nil && !$0.anniversary } : []
      if !dates.isEmpty {
        dated.append(AnalyzedSentence(text: line.text, line: bodyLines, index: AnalyzedSentence.minorLineIndex + i, provinces: finder.mentions(in: line.text),
                                      unions: [], dates: dates))
      } else if hasWeekday, !all.contains(where: { $0.day != nil }) {
        weekday.append(AnalyzedSentence(text: line.text, line: bodyLines, index: AnalyzedSentence.minorLineIndex + i, provinces: [], unions: [], dates: []))
      }
    }
    return (dated, weekday)
  }

  /// The sentences with each acronym of `acronyms` read as the union the page defines it for
  /// (the named union right before it in brackets), when the page does.
  static func applyingAcronymDefinitions(_ sentences: [AnalyzedSentence], acronyms: [UInt64: Province]) -> [AnalyzedSentence] {
    var defined: [UInt64: UnionMention.Scope] = [:]
    for s in sentences {
      let t = s.text.tokens
      for u in s.unions where u.end < t.count && t[u.end].gap == UInt8(ascii: "(") && acronyms[t[u.end].hash] != nil {
        if case .province = u.scope { defined[t[u.end].hash] = u.scope }
      }
    }
    guard !defined.isEmpty else { return sentences }
    return sentences.map { s in
      let t = s.text.tokens
      let unions = s.unions.map { u -> UnionMention in
        guard u.end == u.start + 1, let scope = defined[t[u.start].hash] else { return u }
        var v = u
        v.scope = scope
        return v
      }
      return unions.map(\.scope) == s.unions.map(\.scope) ? s
        : AnalyzedSentence(text: s.text, line: s.line, index: s.index, provinces: s.provinces, unions: unions, dates: s.dates,
                           quoted: s.quoted)
    }
  }

  /// The sentences with, in reading order, the minor lines after the first body line that hold
  /// a document number, re-indexed by position.
  static func citationSentences(main: MainText, sentences: [AnalyzedSentence], finder: ProvinceFinder)
    -> ([AnalyzedSentence], [Int: FactDate])
  {
    // (after the body has begun: a line between the title and the lead is often the real
    // headline under a site's name, whose mentions a reader does not count twice)
    guard let bodyAt = main.lines.firstIndex(where: { $0.role == .body }) else { return (sentences, [:]) }
    let headers = ArticleContext.documentHeaders(main)
    // (a field of a record before the body is no headline either: "Established by: Decision No.
    // 1632/QD-UBND dated on 7/6/2002 …" on a union's profile page)
    let extra = main.lines.indices.filter { i in
      ((i > bodyAt || isFieldLine(main.lines[i].text) && main.lines[i].text.scalars.contains("/") || isDatedDocumentLine(main.lines[i].text))
        && main.lines[i].role == .minor
        && main.lines[i].text.tokens.contains(where: \.isNumber) && !DocumentNumberReader.read(main.lines[i].text).isEmpty)
        || (i < bodyAt && headers[i] != nil)
    }
    guard !extra.isEmpty else { return (sentences, [:]) }
    var out: [AnalyzedSentence] = []
    var dates: [Int: FactDate] = [:]
    var next = 0  // the next sentence of `sentences` to place
    var bodyLines = 0
    func place(through line: Int) {
      while next < sentences.count, sentences[next].line <= line {
        out.append(sentences[next].reindexed(out.count))
        next += 1
      }
    }
    for i in main.lines.indices {
      if main.lines[i].role == .body { bodyLines += 1 }
      place(through: bodyLines)
      guard extra.contains(i) else { continue }
      let f = main.lines[i].text
      if let d = headers[i] ?? (f.tokens.first?.hash == Lexicon.h_so ? ArticleContext.placeDate(around: i, in: main) : nil) {
        dates[out.count] = d
      }
      out.append(AnalyzedSentence(text: f, line: bodyLines, index: out.count, provinces: finder.mentions(in: f), unions: [],
                                  dates: DateReader.mentions(in: f)))
    }
    place(through: Int.max)
    return (out, dates)
  }

  /// True for a document's own dated title line above the text: its type, "số", the number and
  /// the day it was issued ("Chỉ thị số 45/CT-TW, ngày 11/11/1998", "Thông báo số 278-TB/TW của
  /// Ban Bí thư, ngày 24 tháng 10 năm 2009") — not another article's headline.
  static func isDatedDocumentLine(_ f: FoldedText) -> Bool {
    guard f.tokens.count <= 20, let type = CitationExtractor.typeWords.first(where: { f.matches($0.0, at: 0) }),
      type.0.count < f.tokens.count, f.tokens[type.0.count].hash == Lexicon.h_so,
      let last = DateReader.mentions(in: f).last, last.year != nil, last.day != nil, last.end == f.tokens.count
    else { return false }
    return !DocumentNumberReader.read(f).isEmpty
  }

  /// True for a line that is a field of a record that cites the document it rests on: a known
  /// label, then ":" ("Established by: …", "Thành lập theo: …") — not a link such as "Tin liên
  /// quan: Quyết định …".
  static func isFieldLine(_ f: FoldedText) -> Bool {
    guard f.tokens.count > 1 else { return false }
    return fieldLabels.contains { p in p.count < f.tokens.count && f.matches(p, at: 0) && f.tokens[p.count].gap == UInt8(ascii: ":") }
  }
  static let fieldLabels: [Phrase] = [
    "established by", "founded by", "set up by", "established under", "legal basis", "thanh lap theo",
    "quyet dinh thanh lap", "thanh lap", "can cu phap ly",
    // a legal text's record ("Số hiệu: 45-CT/TW | Loại văn bản: Chỉ thị")
    "so hieu", "so ky hieu", "ky hieu",
  ].phrases

  /// The date of a place-and-date line at `i`, within two lines of it, or in a cell of its
  /// own line ("Số: 37/2018/QĐ-UBND | Đồng Nai, ngày 20 tháng 9 năm 2018 |"): the date of the
  /// document whose "Số …" line stands at `i`.
  static func placeDate(around i: Int, in main: MainText) -> FactDate? {
    let own = main.lines[i].text.string
    if own.contains("|"),
      let d = own.split(separator: "|").lazy.compactMap({ PlaceDateLine.date(in: $0.trimmingCharacters(in: .whitespaces)) }).first
    {
      return d
    }
    // (the right cell of a header stands after the national motto's two lines: "Số: 779/QĐ-UB",
    // "CỘNG HOÀ …", "Độc lập - Tự do - Hạnh phúc", "Thái Bình, ngày 07 tháng 06 năm 1999")
    // (beside a "Số: …" line the header may leave out "ngày": "Hà Nội, 06 tháng 10 năm 1998")
    return (max(0, i - 2)..<min(main.lines.count, i + 4)).lazy.filter({ $0 != i })
      .compactMap({ PlaceDateLine.date(in: main.lines[$0].text, bareDate: true) }).first
  }

  /// A document's own header, above its text: a line opening with "Số" that holds a document
  /// number, with the document's place-and-date line beside it — by line index, that date.
  /// The page is the document itself (a legal text, a plan): its own number is cited once.
  static func documentHeaders(_ main: MainText) -> [Int: FactDate] {
    var out: [Int: FactDate] = [:]
    for i in main.lines.indices where main.lines[i].role != .body && main.lines[i].text.tokens.first?.hash == Lexicon.h_so {
      let f = main.lines[i].text
      guard f.tokens.count <= 24, f.tokens.contains(where: \.isNumber), !DocumentNumberReader.read(f).isEmpty,
        let d = placeDate(around: i, in: main)
      else { continue }
      out[i] = d
    }
    return out
  }

  static let eventDateWords = WordSet(["ra", "vao", "ngay", "tu", "den", "luc", "toi", "sang", "chieu"].map(Phrase.hash))

  /// The starts of a sentence's anniversary spans: every full date marked `anniversary` with a
  /// later one of the same day and month beside it.
  static func celebratedDays(in dates: [DateMention]) -> [FactDate] {
    dates.compactMap { d in
      guard d.anniversary, let y = d.year, let day = d.day,
        dates.contains(where: { $0.anniversary && $0.day == day && $0.month == d.month && ($0.year ?? 0) > y })
      else { return nil }
      return FactDate(year: y, month: d.month, day: day)
    }
  }

  /// The province the article is about when a sentence does not say: source, then its one
  /// named union, then the one province its text names. Nil when these disagree or are silent.
  var contextProvince: Province? {
    if let s = sourceProvince {
      if let u = unionProvince, u.code != s.code { return nil }
      return s
    }
    return unionProvince ?? textProvince
  }

  /// True for a day written without its year that falls within 45 days after the page's
  /// publication ("Ngày 29 và 30.11" on a page of 28/11/2022, "ngày 05/01" on one of 28/12/2023):
  /// an event to come, not one held a year before.
  func isUpcoming(_ m: DateMention) -> Bool {
    guard let d = m.day, let p = published, let pm = p.month, let pd = p.day else { return false }
    // (a full date too: "Thời gian: 7 giờ 30, sáng thứ Năm, ngày 26/5/2016" in an invitation
    // posted on 19/5/2016 names a meeting still to come)
    if let y = m.year {
      let ahead = (y - p.year) * 365 + (m.month - pm) * 30 + (d - pd)
      return ahead > 0 && ahead <= 45
    }
    // (across the new year too: "ngày 05/01" on a page of 28/12/2023)
    let ahead = ((m.month - pm + 12) % 12) * 30 + (d - pd)
    return ahead > 0 && ahead <= 45
  }

  /// True when `complete` takes a day without its year for the year before the posting's (a
  /// day later in the year than the stamp's, and no title year overriding it).
  func steppedBack(_ m: DateMention) -> Bool {
    guard m.year == nil, let p = published, let pm = p.month, (m.month, m.day ?? 1) > (pm, p.day ?? 31),
      let done = complete(m)
    else { return false }
    return done.year == p.year - 1
  }

  /// Completes a date written without its year: from the publication date (a date after
  /// publication belongs to the year before), else the title's year.
  func complete(_ m: DateMention) -> FactDate? {
    if let y = m.year { return FactDate(year: y, month: m.month, day: m.day) }
    if let p = published ?? documentDate ?? postedMonth {
      var y = p.year
      let md = (m.month, m.day ?? 1)
      if let pm = p.month, md > (pm, p.day ?? 31) { y -= 1 }
      // a title that names one year disagrees with that year ("Sơ kết 6 tháng đầu năm 2022" and
      // "Chiều 27/7" on a page whose only date, 07/12/2023, is the site's date bar): the title's
      // year, unless the meeting is at the turn of the year (a January review of 2022, a
      // December meeting on the tasks of 2024)
      if Set(titleYears).count == 1, let t = titleYears.first, y != t,
        !(y == t + 1 && m.month <= 3), !(y == t - 1 && m.month >= 10)
      {
        y = t
      }
      return FactDate(year: y, month: m.month, day: m.day)
    }
    if titleYears.count >= 1, Set(titleYears).count == 1 {
      // a review of the year held at the start of the next ("Tổng kết công tác năm 2016" and
      // "Sáng ngày 11/1"): January to March belong to the year after the reviewed one
      let next = titleReviewsYear && m.month <= 3 ? 1 : 0
      return FactDate(year: titleYears[0] + next, month: m.month, day: m.day)
    }
    // a review of one year and the tasks of the next ("… tổng kết năm 2025, đề ra nhiệm vụ năm
    // 2026" and "sáng 22-1"): held at the turn of the two — January to March in the later one,
    // October to December in the reviewed one
    let years = Set(titleYears)
    if years.count == 2, titleReviewsYear, let first = years.min(), years.contains(first + 1) {
      if m.month <= 3 { return FactDate(year: first + 1, month: m.month, day: m.day) }
      if m.month >= 10 { return FactDate(year: first, month: m.month, day: m.day) }
    }
    // a page whose headline stands in its first body line ("Đại hội … nhiệm kỳ 2012-2017."
    // under a breadcrumb): that line's year
    if let y = headlineYear { return FactDate(year: y, month: m.month, day: m.day) }
    return nil
  }

  /// The one year (or a term's first year) of the first body sentence when the page has no
  /// title of its own: a headline written as the first paragraph.
  var headlineYear: Int? {
    guard !sentences.contains(where: \.isTitle), let first = sentences.first else { return nil }
    let years = ArticleContext.eventYears(inTitle: first.text)
    return years.count >= 1 && Set(years).count == 1 ? years[0] : nil
  }

  /// The names a fact dated `date` carries: the unit's name in the division then in force,
  /// and the post-2025 unit containing it.
  func names(of p: Province?, on date: FactDate?) -> (String?, String?) {
    guard let p else { return (nil, nil) }
    let new = gazetteer.newUnit(containing: p)
    let division = Division.inForce(on: date ?? published)
    if division == .new34 { return (new?.name, new?.name) }
    return (p.name, new?.name)
  }
}
