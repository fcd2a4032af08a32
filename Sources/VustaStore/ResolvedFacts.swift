import VustaModel

/// A meeting with its id and its values after corrections, ready to store.
struct ResolvedMeeting {
  var key: String
  var fact: Meeting
  var date: FactDate?
  var kind: MeetingKind
  var place: ProvincePlacement
  /// province | national | unknown
  var scope: String
  var eventId: Int64
  var rejected: Bool
}

/// A member figure with its id and its values after corrections.
struct ResolvedFigure {
  var key: String
  var fact: MemberFigure
  var date: FactDate?
  var metric: MemberMetric
  var place: ProvincePlacement
  var rejected: Bool
}

/// A citation with its id and its values after corrections.
struct ResolvedCitation {
  var key: String
  var fact: Citation
  var directive: String
  var local: ProvincePlacement
  var rejected: Bool
}

/// One document's facts resolved against the corrections and the gazetteer.
struct ResolvedDocument {
  var document: ExtractedDocument
  var meetings: [ResolvedMeeting]
  var figures: [ResolvedFigure]
  var citations: [ResolvedCitation]
  /// The article's date: published, else its first dated meeting.
  var date: FactDate?
  /// The article's province: that of its first placed meeting, else of its first placed figure.
  var place: ProvincePlacement

  var factCount: Int { meetings.count + figures.count + citations.count }
}

/// Applies corrections and places provinces: the one place effective values are computed.
struct FactResolver {
  let gazetteer: Gazetteer
  let corrections: CorrectionBook

  /// True when an organiser is LHH Việt Nam itself (its bodies included): a national meeting.
  static func isNational(organizer: String?) -> Bool {
    guard let organizer else { return false }
    let k = VietnameseText.key(organizer)
    return k.contains("viet nam") || k.contains("trung uong")
  }

  func resolve(_ d: ExtractedDocument) -> ResolvedDocument {
    let name = d.id
    let mKeys = FactKey.keys(prefix: "M", document: name, anchors: d.meetings.map(\.evidence))
    let fKeys = FactKey.keys(
      prefix: "F", document: name, anchors: d.memberFigures.map { "\($0.metric.rawValue)|\($0.evidence)" })
    let cKeys = FactKey.keys(prefix: "C", document: name, anchors: d.citations.map(\.id))
    let meetings = zip(mKeys, d.meetings).map { meeting($1, key: $0, document: d) }
    let figures = zip(fKeys, d.memberFigures).map { figure($1, key: $0, published: d.published) }
    let date = d.published ?? meetings.first(where: { !$0.rejected && $0.date != nil })?.date
    let place = meetings.first(where: { !$0.rejected && $0.place.own != nil })?.place
      ?? figures.first(where: { !$0.rejected && $0.place.own != nil })?.place ?? .unknown
    let citations = zip(cKeys, d.citations).map { citation($1, key: $0, articleDate: date, articlePlace: place) }
    return ResolvedDocument(document: d, meetings: meetings, figures: figures, citations: citations,
                            date: date, place: place)
  }

  func correctedDate(_ key: String, _ original: FactDate?) -> FactDate? {
    switch corrections.value(key, .date) {
    case .none: return original
    case .some(let v): return v.flatMap(FactDate.init(iso:))
    }
  }

  func correctedProvince(_ key: String, _ original: String?) -> String? {
    switch corrections.value(key, .province) {
    case .none: return original
    case .some(let v): return v
    }
  }

  func meeting(_ m: Meeting, key: String, document d: ExtractedDocument) -> ResolvedMeeting {
    let date = correctedDate(key, m.date)
    let province = correctedProvince(key, m.province)
    let place = ProvincePlacement.place(province, date: date, published: d.published, gazetteer: gazetteer)
    var kind = m.kind
    if case .some(.some(let k)) = corrections.value(key, .kind), let v = MeetingKind(rawValue: k) { kind = v }
    let scope = place.own != nil ? "province" : (FactResolver.isNational(organizer: m.organizer) ? "national" : "unknown")
    let event: String
    if let date, date.isDay, scope != "unknown" {
      event = "\(date.iso)|\(place.own ?? "*")|\(kind.rawValue)"
    } else {
      event = "fact|\(d.path)|\(key)"
    }
    return ResolvedMeeting(key: key, fact: m, date: date, kind: kind, place: place, scope: scope,
                           eventId: FactKey.signed(FactKey.fnv1a(event)), rejected: corrections.isRejected(key))
  }

  func figure(_ f: MemberFigure, key: String, published: FactDate?) -> ResolvedFigure {
    let date = correctedDate(key, f.date ?? published)
    let province = correctedProvince(key, f.province)
    var metric = f.metric
    if case .some(.some(let k)) = corrections.value(key, .kind), let v = MemberMetric(rawValue: k) { metric = v }
    return ResolvedFigure(
      key: key, fact: f, date: date, metric: metric,
      place: ProvincePlacement.place(province, date: date, published: published, gazetteer: gazetteer),
      rejected: corrections.isRejected(key))
  }

  func citation(_ c: Citation, key: String, articleDate: FactDate?, articlePlace: ProvincePlacement)
    -> ResolvedCitation
  {
    var local = ProvincePlacement.unknown
    var directive = c.id
    if c.scope == .local {
      let corrected = correctedProvince(key, c.province)
      local = corrected == nil && corrections.value(key, .province) == nil
        ? articlePlace
        : ProvincePlacement.place(corrected, date: c.issued ?? articleDate, published: articleDate, gazetteer: gazetteer)
      directive = "\(c.id)@\(local.own ?? "?")"
    }
    return ResolvedCitation(key: key, fact: c, directive: directive, local: local,
                            rejected: corrections.isRejected(key))
  }
}
