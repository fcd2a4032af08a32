import VustaModel

/// Reads one article and returns the facts of the contract: meetings, member figures, citations.
///
/// The pipeline: segment the main text → find the publication date → read dates, provinces,
/// meetings, figures and citations sentence by sentence → deduplicate.
public struct Extractor: Sendable {
  public let gazetteer: Gazetteer
  /// Texts longer than this many UTF-8 bytes are read in pieces of about this size.
  public let pieceBytes: Int
  /// Which inferred values make a fact `low` confidence.
  var confidencePolicy: ConfidencePolicy

  /// An extractor over a gazetteer (the shipped one by default).
  public init(gazetteer: Gazetteer = .shared, pieceBytes: Int = Extractor.pieceBytes) {
    self.gazetteer = gazetteer
    self.pieceBytes = pieceBytes
    self.confidencePolicy = .standard
  }

  /// An extractor that keeps every reason it recorded in `why`, whatever the confidence: for
  /// measuring which reasons flag mistakes (scripts/evaluate.py --reasons).
  public static func recordingAllReasons() -> Extractor {
    var e = Extractor()
    e.confidencePolicy = .everything
    return e
  }

  /// Texts longer than this are read in pieces of about this size, so memory stays a small
  /// multiple of one piece rather than of the whole file (no news article is this long).
  public static let pieceBytes = 2_000_000

  /// Extracts the documents of one file: one document, or one per news item when the file is
  /// a listing page (ids `FILE#1`, `FILE#2` …, each item with its own title and date).
  public func extractAll(_ article: Article) -> [ExtractedDocument] {
    guard article.text.utf8.count <= pieceBytes, let items = ListingPage.items(in: article.text, address: article.source.url)
    else {
      return [extract(article)]
    }
    // (an item is too short to tell its language: all the items' together are the page's)
    let english = PageLanguage.itemsAreEnglish(items)
    return items.enumerated().map { n, item in
      extractWhole(Extractor.article(of: item, number: n + 1, in: article), fromListing: true, english: english)
    }
  }

  /// The article of one listing item: id and path `FILE#N`, the page's source (its URL and
  /// province cues) with the item's own title and date; its sha256 is the page's followed by `#N`.
  static func article(of item: ListingItem, number n: Int, in page: Article) -> Article {
    var source = page.source
    source.title = item.title
    source.published = item.published
    return Article(id: "\(page.id)#\(n)", path: "\(page.path)#\(n)", text: item.text, sha256: "\(page.sha256)#\(n)",
                   source: source)
  }

  /// Extracts the facts of one article.
  public func extract(_ article: Article) -> ExtractedDocument {
    if article.text.utf8.count > pieceBytes { return extractInPieces(article) }
    return extractWhole(article)
  }

  /// A very long text: the first piece holds the title, lead and page header; later pieces add
  /// their meetings, figures and mentions (documents merged by id).
  func extractInPieces(_ article: Article) -> ExtractedDocument {
    var result: ExtractedDocument? = nil
    for piece in Extractor.pieces(of: article.text, size: pieceBytes) {
      var part = article
      part.text = piece
      if let r = result { part.source = article.source.merged(with: SourceInfo(published: r.published, title: r.title)) }
      let d = extractWhole(part)
      guard var r = result else { result = d; continue }
      for m in d.meetings where !r.meetings.contains(where: { $0.date == m.date && $0.province == m.province && $0.kind == m.kind }) {
        r.meetings.append(m)
      }
      for f in d.memberFigures where !r.memberFigures.contains(where: {
        $0.metric == f.metric && $0.value == f.value && $0.province == f.province
      }) {
        r.memberFigures.append(f)
      }
      for c in d.citations {
        if let i = r.citations.firstIndex(where: { $0.id == c.id && $0.province == c.province }) {
          r.citations[i].mentions += c.mentions
          if r.citations[i].issued == nil { r.citations[i].issued = c.issued }
          for e in c.evidence where r.citations[i].evidence.count < 20 && !r.citations[i].evidence.contains(e) {
            r.citations[i].evidence.append(e)
          }
        } else {
          r.citations.append(c)
        }
      }
      result = r
    }
    return result!
  }

  /// Cuts a text into pieces of about `size` UTF-8 bytes at line breaks.
  static func pieces(of text: String, size: Int) -> [String] {
    var out: [String] = []
    var start = text.startIndex
    let utf8 = text.utf8
    while start < text.endIndex {
      var end = utf8.index(start, offsetBy: size, limitedBy: utf8.endIndex) ?? utf8.endIndex
      if end < utf8.endIndex, let nl = text[end...].firstIndex(of: "\n") { end = nl } else if end < utf8.endIndex {
        end = utf8.endIndex
      }
      end = end.samePosition(in: text) ?? text.endIndex
      out.append(String(text[start..<end]))
      start = end < text.endIndex ? text.index(after: end) : end
    }
    return out
  }

  /// One article's facts; an item of a listing page (`fromListing`) is read from a summary, so
  /// its meetings and figures carry that reason before the confidence policy weighs them.
  func extractWhole(_ article: Article, fromListing: Bool = false, english pageIsEnglish: Bool? = nil) -> ExtractedDocument {
    let main = MainText(article.text, headline: article.source.title)
    // An English edition's page (vusta.vn/en, a provincial paper's English site) is read by the
    // English rules; its posting line ("November 18, 2019") is read here, as the Vietnamese
    // rules read theirs.
    let english = pageIsEnglish ?? PageLanguage.isEnglish(main)
    let context = english ? englishContext(article, main: main) : ArticleContext(main: main, source: article.source, gazetteer: gazetteer)
    var meetings: [Meeting]
    var figures: [MemberFigure]
    var citations: [Citation]
    if english {
      let reader = EnglishReader(context: context, main: main)
      let events = reader.events()
      meetings = reader.meetings(from: events)
      figures = reader.figures(mainEvent: events.first)
      citations = CitationExtractor(context: context, english: true).citations()
      for i in citations.indices { citations[i].why = Extractor.adding(.englishPage, to: citations[i].why) }
    } else {
      let meetingReader = MeetingExtractor(context: context)
      let events = meetingReader.events()
      meetings = meetingReader.meetings(from: events)
      let otherBodys = meetingReader.leadIsOtherBodysMeeting()
      figures = FigureExtractor(context: context, hasMeeting: !events.isEmpty && !otherBodys, reportsOtherBodysMeeting: otherBodys && events.isEmpty,
                                eventProvince: events.first?.province, eventHolder: events.first?.holderProvince,
                                eventIsNational: events.first?.union == .national,
                                eventPlaces: events.compactMap { e in e.seriesPart ? nil : e.province.map { (e.sentences, $0) } }).figures()
      citations = CitationExtractor(context: context).citations()
      // An item of a listing that never names a union is another body's news (a province's
      // government page listing its decrees and dispatches): only the Party Centre's documents
      // (…/TW), which bind every body, the union included, are still its citations. (The English
      // rules name unions in their own way: the check is the Vietnamese reader's.)
      if fromListing && context.sentences.allSatisfy({ $0.unions.isEmpty }) {
        citations.removeAll { $0.issuer != "TW" }
      }
    }
    // "Đính chính: … diễn ra ngày 26/5/2015, không phải ngày 25/5/2015 như bài viết đã đưa": the
    // page's own correction puts its facts right
    let notes = CorrectionNote.read(context)
    if !notes.isEmpty {
      meetings = CorrectionNote.apply(notes, to: meetings, context: context)
      figures = CorrectionNote.apply(notes, to: figures, context: context)
    }
    var document = ExtractedDocument(
      id: article.id, path: article.path, sha256: article.sha256,
      title: context.title, published: context.published, url: article.source.url,
      meetings: meetings, memberFigures: figures, citations: citations)
    if fromListing {
      for i in document.meetings.indices { document.meetings[i].why = Extractor.adding(.listingItem, to: document.meetings[i].why) }
      for i in document.memberFigures.indices {
        document.memberFigures[i].why = Extractor.adding(.listingItem, to: document.memberFigures[i].why)
      }
    }
    ConflictingFacts.mark(&document)
    confidencePolicy.apply(to: &document)
    return document
  }

  /// A fact's recorded reasons with one more ("…; from a listing page summary").
  static func adding(_ reason: ConfidenceReason, to why: String?) -> String {
    why.map { "\($0); \(reason.rawValue)" } ?? reason.rawValue
  }
}

extension Extractor {
  /// A readable account of what the extractor saw in an article (line roles, dates, provinces,
  /// unions per sentence, the article's context): for `vusta extract --explain`.
  public func explain(_ article: Article) -> String {
    if article.text.utf8.count <= pieceBytes, let items = ListingPage.items(in: article.text, address: article.source.url) {
      var out = "listing page: \(items.count) items (trang danh sách: \(items.count) mục)\n"
      for (n, item) in items.enumerated() {
        out += "  \(article.id)#\(n + 1)  lines \(item.lines.lowerBound + 1)–\(item.lines.upperBound)  "
          + "published=\(item.published?.iso ?? "nil")  \(item.title ?? "(no headline)")\n"
      }
      let english = PageLanguage.itemsAreEnglish(items)
      for (n, item) in items.enumerated() {
        out += "■ \(article.id)#\(n + 1)\n" + explainArticle(Extractor.article(of: item, number: n + 1, in: article), english: english)
      }
      return out
    }
    return explainArticle(article)
  }

  func explainArticle(_ article: Article, english pageIsEnglish: Bool? = nil) -> String {
    let main = MainText(article.text, headline: article.source.title)
    var out = ""
    for line in main.lines {
      out += "[\(line.role)] \(String(line.text.string.prefix(100)))\n"
    }
    if pageIsEnglish ?? PageLanguage.isEnglish(main) {
      return out + explainEnglish(article, main: main)
    }
    let c = ArticleContext(main: main, source: article.source, gazetteer: gazetteer)
    out += "published=\(c.published?.iso ?? "nil") source=\(c.sourceProvince?.name ?? "nil") "
      + "union=\(c.unionProvince?.name ?? "nil") text=\(c.textProvince?.name ?? "nil") "
      + "context=\(c.contextProvince?.name ?? "nil")\n"
    for s in c.sentences {
      let p = s.provinces.map { "\($0.province.name)/\($0.role)" }.joined(separator: ",")
      let u = s.unions.map { u -> String in
        switch u.scope {
        case .province(let p): return (u.partyDelegation ? "ĐĐ " : "") + p.name
        default: return (u.partyDelegation ? "ĐĐ " : "") + "\(u.scope)"
        }
      }.joined(separator: ",")
      let d = s.dates.map { "\($0.day ?? 0)/\($0.month)/\($0.year ?? 0)\($0.cued ? "" : "?")" }.joined(separator: ",")
      if !p.isEmpty || !u.isEmpty || !d.isEmpty {
        out += "  #\(s.index) L\(s.line) p[\(p)] u[\(u)] d[\(d)] \(String(s.evidence.prefix(80)))\n"
      }
    }
    return out
  }

  /// The context of an English page: its posting line ("November 18, 2019") read here, as the
  /// Vietnamese rules read theirs, when its source gives no date.
  func englishContext(_ article: Article, main: MainText) -> ArticleContext {
    var source = article.source
    if source.published == nil { source.published = EnglishDates.postingDate(in: main) }
    return ArticleContext(main: main, source: source, gazetteer: gazetteer)
  }

  /// What the English rules saw: the page's language, its posting date, each sentence's English
  /// dates, places and unions, and the events read (the same reading `extract` does).
  func explainEnglish(_ article: Article, main: MainText) -> String {
    let c = englishContext(article, main: main)
    let reader = EnglishReader(context: c, main: main)
    var out = "language=English (tiếng Anh: đọc theo quy tắc tiếng Anh) published=\(c.published?.iso ?? "nil") "
      + "own=\(reader.ownProvince?.name ?? "nil") context=\(c.contextProvince?.name ?? "nil")\n"
    for (s, us) in zip(c.sentences, reader.unions) {
      let p = s.provinces.map { "\($0.province.name)/\($0.role)" }.joined(separator: ",")
      let u = us.map { $0.national ? "national" : $0.province?.name ?? "unnamed" }.joined(separator: ",")
      let d = EnglishDates.mentions(in: s.text).map { "\($0.day ?? 0)/\($0.month)/\($0.year ?? 0)" }.joined(separator: ",")
      if !p.isEmpty || !u.isEmpty || !d.isEmpty {
        out += "  #\(s.index) L\(s.line) p[\(p)] u[\(u)] d[\(d)] \(String(s.evidence.prefix(80)))\n"
      }
    }
    for e in reader.events() {
      out += "  event: #\(e.sentence) \(e.date?.iso ?? "date?") \(e.province?.name ?? (e.national ? "national" : "province?")) \(e.kind)\n"
    }
    return out
  }
}
