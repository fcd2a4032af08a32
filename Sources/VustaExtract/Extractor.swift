import VustaModel

/// Reads one article and returns the facts of the contract: meetings, member figures, citations.
///
/// The pipeline: segment the main text → find the publication date → read dates, provinces,
/// meetings, figures and citations sentence by sentence → deduplicate.
public struct Extractor: Sendable {
  public let gazetteer: Gazetteer

  /// An extractor over a gazetteer (the shipped one by default).
  public init(gazetteer: Gazetteer = .shared) {
    self.gazetteer = gazetteer
  }

  /// Extracts the facts of one article.
  public func extract(_ article: Article) -> ExtractedDocument {
    let main = MainText(article.text)
    let context = ArticleContext(main: main, source: article.source, gazetteer: gazetteer)
    let meetingReader = MeetingExtractor(context: context)
    let events = meetingReader.events()
    let meetings = meetingReader.meetings(from: events)
    let figures = FigureExtractor(context: context, hasMeeting: !events.isEmpty,
                                  eventProvince: events.first?.province,
                                  nationalEvent: events.first.map { $0.union == .national && $0.kind != .lam_viec } ?? false)
      .figures()
    let citations = CitationExtractor(context: context).citations()
    return ExtractedDocument(
      id: article.id, path: article.path, sha256: article.sha256,
      title: context.title, published: context.published, url: article.source.url,
      meetings: meetings, memberFigures: figures, citations: citations)
  }
}

extension Extractor {
  /// A readable account of what the extractor saw in an article (line roles, dates, provinces,
  /// unions per sentence, the article's context): for `vusta extract --explain`.
  public func explain(_ article: Article) -> String {
    let main = MainText(article.text)
    var out = ""
    for line in main.lines {
      out += "[\(line.role)] \(String(line.text.string.prefix(100)))\n"
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
}
