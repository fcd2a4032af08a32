import VustaModel

/// Reasons read from a document's facts taken together rather than from one sentence: two facts
/// of the same page that cannot both be right.
///
/// - A member figure beside another of the same union and metric with another value ("18 hội
///   thành viên" when the union began its term, "23 hội thành viên" now): a reader checks which
///   one is the count the page reports; both are marked.
/// - A citation without its issue date whose number another citation of the page gives, dated,
///   under another code ("Chỉ thị số 42-KL/TW" beside "Chỉ thị số 42-CT/TW, ngày 16-4-2010"): most
///   often a slip of the writer's. Two dated documents of one number (145-TTr/BTGTW of 2009,
///   145-TB/TW of 2004) are two documents and are not marked.
enum ConflictingFacts {
  /// Adds the cross-fact reasons to the `why` of the facts they concern.
  static func mark(_ d: inout ExtractedDocument) {
    let figures = d.memberFigures
    for i in figures.indices {
      let f = figures[i]
      if figures.contains(where: { $0.province == f.province && $0.metric == f.metric && $0.value != f.value }) {
        d.memberFigures[i].why = Extractor.adding(.anotherValueOnThePage, to: f.why)
      }
    }
    let citations = d.citations
    for i in citations.indices where citations[i].issued == nil {
      let c = citations[i]
      if citations.contains(where: { $0.number == c.number && $0.code != c.code && $0.issued != nil }) {
        d.citations[i].why = Extractor.adding(.numberUnderAnotherCode, to: c.why)
      }
    }
  }
}
