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
    let meetings = MeetingExtractor(context: context).meetings()
    let figures = FigureExtractor(context: context).figures()
    let citations = CitationExtractor(context: context).citations()
    return ExtractedDocument(
      id: article.id, path: article.path, sha256: article.sha256,
      title: context.title, published: context.published, url: article.source.url,
      meetings: meetings, memberFigures: figures, citations: citations)
  }
}
