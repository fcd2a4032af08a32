import VustaModel
// Temporary: replaced by the real phases in the next commits.
struct MainText { init(_ text: String) {} }
struct ArticleContext {
  var title: String? = nil
  var published: FactDate? = nil
  init(main: MainText, source: SourceInfo, gazetteer: Gazetteer) {}
}
struct MeetingExtractor { let context: ArticleContext; func meetings() -> [Meeting] { [] } }
struct FigureExtractor { let context: ArticleContext; func figures() -> [MemberFigure] { [] } }
struct CitationExtractor { let context: ArticleContext; func citations() -> [Citation] { [] } }
