import VustaModel

/// Reads the meetings and member figures of an English page (the English editions of vusta.vn
/// and of provincial newspapers), by the same contract as the Vietnamese rules: the main event of
/// the title and lead (even undated), other meetings only with a day; totals and attendance, not
/// increments or counts of the past. Every fact it reads carries the reason "read from an English
/// page", which the confidence policy lists: a person checks them.
struct EnglishReader {
  let context: ArticleContext
  /// The unions of each sentence, by sentence index.
  let unions: [[EnglishUnionMention]]
  /// The article's own provincial union's province: the first named in the title or lead, else
  /// the one named most often.
  let ownProvince: Province?

  /// The fields of a record on the page ("Member associations (number): 23"), read for figures.
  let fields: [AnalyzedSentence]

  /// A reader of one page: its context, and the field lines of its main text.
  init(context: ArticleContext, main: MainText? = nil) {
    self.context = context
    let finder = ProvinceFinder.shared(context.gazetteer)
    fields = (main?.lines ?? []).filter { $0.role == .minor && EnglishReader.isRecordLine($0.text) && $0.text.tokens.contains(where: \.isNumber) }
      .map { AnalyzedSentence(text: $0.text, line: 0, index: -1, provinces: finder.mentions(in: $0.text), unions: [], dates: []) }
    unions = context.sentences.map { EnglishUnions.mentions(in: $0.text, provinces: $0.provinces) }
    var counts: [Int: (Province, Int)] = [:]
    var first: Province? = nil
    for (s, us) in zip(context.sentences, unions) {
      for u in us {
        guard let p = u.province else { continue }
        if first == nil, s.line <= 1 { first = p }
        counts[p.code, default: (p, 0)].1 += 1
      }
    }
    let best = counts.values.max { $0.1 < $1.1 }
    ownProvince = first ?? (counts.count == 1 || (best?.1 ?? 0) >= 2 ? best?.0 : nil) ?? context.sourceProvince
      ?? context.textProvince
  }

  /// True for a line of a record: a label of at most five words, then ":" ("Member associations
  /// (number): 23").
  static func isRecordLine(_ f: FoldedText) -> Bool {
    f.tokens.count > 1 && (1..<min(f.tokens.count, 6)).contains { f.tokens[$0].gap == UInt8(ascii: ":") }
  }

  // MARK: vocabulary (folded, lower-case)

  /// Meeting nouns by kind, most specific first.
  static let nouns: [(MeetingKind, [Phrase])] = [
    (.dai_hoi, ["congress", "congres", "general assembly"].phrases),
    // (VUSTA's English pages call the yearly conference of the local unions' reports — "hội nghị
    // giao ban" — its "Annual Conference")
    (.giao_ban, ["briefing conference", "briefing meeting", "giao ban", "annual conference"].phrases),
    (.tong_ket, ["review conference", "review meeting", "the review", "a review", "summing up conference"].phrases),
    (.lam_viec, ["working session", "work session", "working visit", "working meeting", "working trip", "working delegation"].phrases),
    (.hoi_thao, ["workshop", "seminar", "forum", "symposium", "roundtable", "round table", "scientific conference",
                 "dialogue", "colloquium", "talk"].phrases),
    (.tap_huan, ["training course", "training class", "training session", "training"].phrases),
    (.khac, ["conference", "convention", "meeting", "ceremony", "celebration", "gathering", "get together", "session", "anniversary",
             "anniversaries", "event"].phrases),
  ]
  static let workshopNouns = nouns.first { $0.0 == .hoi_thao }?.1 ?? []
  /// Bodies whose meeting is of its own kind: "the 4th Executive Board conference", "the Executive
  /// Committee … met", "conference of the Central Council".
  static let bodies: [(MeetingKind, [Phrase])] = [
    (.ban_thuong_vu, ["standing committee", "standing board", "presidium", "standing members"].phrases),
    (.ban_chap_hanh, ["executive committee", "executive board", "central council", "executive council"].phrases),
  ]
  /// The nouns that name a working session outright.
  static let workingSessionNouns: [Phrase] = ["working session", "work session", "working meeting"].phrases
  /// Words of a review of a period: a meeting that reviews is `tong_ket`.
  static let reviewWords: [Phrase] = [
    "review", "reviewing", "reviewed", "reviews", "look back", "looked back", "looking back", "looks back",
    "summarize", "summarizing", "summarized", "summarise", "summarising", "summarised", "sum up", "summed up",
    "summing up", "closing conference", "year end", "preliminary review", "first six months", "first half",
  ].phrases
  /// "15 years of implementing Directive 42": a review of a document's years, whatever the
  /// meeting is called.
  static let yearsOfImplementing: [Phrase] = [
    "years of implementing", "years of implementation", "years of carrying out", "years of putting",
  ].phrases
  /// Weaker review words that need a year right after them: "the tasks for 2019", "its
  /// activities in 2006", "oriented actions for 2007".
  static let yearReviewWords: [Phrase] = [
    "tasks for", "actions for", "directions for", "activities in", "work in", "work of", "results of", "recapitulative report",
  ].phrases

  /// True when a sentence speaks of reviewing a period.
  static func reviews(_ f: FoldedText) -> Bool {
    if f.contains(any: reviewWords) || f.contains(any: yearsOfImplementing) { return true }
    for p in yearReviewWords {
      var from = 0
      while let j = f.find(p, from: from) {
        from = j + 1
        if p.words.last == "report" || (j + p.count..<min(f.tokens.count, j + p.count + 2)).contains(where: { EnglishDates.year(f, $0) != nil }) {
          return true
        }
      }
    }
    return false
  }

  /// Verbs that report a meeting held.
  static let eventVerbs: [Phrase] = [
    "held", "holds", "hold", "organised", "organized", "organises", "organizes", "organise", "organize",
    "hosted", "hosts", "convened", "convenes", "met", "meets", "took place", "takes place", "opened", "opens", "was run",
    // ("VUSTA ran a training course …"; not a term that "runs until 2025")
    "ran a", "ran an", "ran the",
    "lasted", "had a", "has had", "were run", "co organized", "co organised", "marked", "celebrated", "worked with",
    "works with", "work with", "gathered", "launched", "kicked off", "chaired", "presided", "received", "receives",
  ].phrases
  static let receiveVerbs: [Phrase] = ["received", "receives", "welcomed", "welcomes", "hosted"].phrases
  static let p_signed = Phrase("signed"), p_will = Phrase("will")

  /// Where "signed" stands when what follows is a programme, an agreement or regulations two
  /// bodies sign ("… and Kon Tum College signed the Coordination Program …"); nil otherwise.
  static func signingAt(_ f: FoldedText) -> Int? {
    guard let sg = f.find(p_signed), f.contains(any: signedThings, from: sg + 1, to: min(f.tokens.count, sg + 5)) else { return nil }
    return sg
  }
  /// What two bodies sign at a ceremony: a programme, an agreement, regulations.
  static let signedThings: [Phrase] = ["coordination program", "coordination programme", "cooperation program",
                                       "cooperation programme", "cooperation agreement", "agreement", "memorandum",
                                       "regulation", "regulations", "coordination regulation"].phrases
  /// Words after which the host of a working session is named: "had a working session with the …
  /// Union", "visited the … Union".
  static let hostLinks: [Phrase] = ["working session with", "worked with", "works with", "met with", "visited",
                                    "paid a visit to", "paid a working visit to", "meeting with"].phrases
  static let passiveReceive: [Phrase] = ["was received", "were received", "was welcomed", "were welcomed", "was hosted", "were hosted"].phrases
  static let sayingVerbs: [Phrase] = ["said", "says", "noted", "stated", "told", "added", "stressed", "emphasized", "emphasised", "affirmed"].phrases
  /// What comes after "received" when it is a visit: a person or a delegation.
  static let visitors: [Phrase] = ["mr", "ms", "mrs", "dr", "prof", "a delegation", "the delegation", "delegation",
                                   "a working delegation", "the working delegation"].phrases
  static let workWith: [Phrase] = ["worked with", "works with", "work with", "working session with", "met with"].phrases
  /// Words of a plan or a future event: not a meeting held.
  static let planWords: [Phrase] = [
    "will hold", "will be held", "will organize", "will organise", "will take place", "will convene", "will be organized",
    "will be organised", "plan to organize", "plan to organise", "plan to hold", "plans to organize", "plans to organise",
    "plans to hold", "plan for holding", "plan for organizing", "plan for organising", "a plan for", "planned", "is expected to", "are expected to",
    "to be held", "upcoming", "is going to", "intends to", "scheduled", "expected to last",
  ].phrases
  /// Words of a count of meetings over a period, not one meeting ("held the Forum 9 times",
  /// "many workshops"), looked for near the meeting noun.
  static let recapWords: [Phrase] = ["many", "several", "numerous"].phrases
  static let p_times = Phrase("times")
  /// Words of a period that make a meeting noun a count over it ("Over the past 5 years, … held …").
  static let periodWords: [Phrase] = ["over the past", "in the past", "every year", "each year", "annually", "so far", "to date"].phrases
  /// Nouns that only a verb of working makes a working session ("met with", "received").
  static let plainNouns = WordSet(["meeting", "session"].map(Phrase.hash))
  /// Contests and prizes: their ceremonies are the contest's, not a union meeting.
  static let contestWords: [Phrase] = ["contest", "competition", "prize", "award", "awards", "awarding", "prizes"].phrases
  /// Words before a date that make it another day than the event's: "dated November 20th 2020",
  /// "founded on May 27, 1995", "since 2008".
  static let otherDayWords: [Phrase] = [
    "dated", "founded", "established", "since", "from", "set up", "founding", "born", "until", "before", "after",
  ].phrases
  static let h_in = Phrase.hash("in"), h_at = Phrase.hash("at"), h_the = Phrase.hash("the"), h_and = Phrase.hash("and")

  // MARK: meetings

  /// One meeting read from a sentence.
  struct Event {
    var sentence: Int
    var kind: MeetingKind
    var date: FactDate?
    var province: Province?
    /// VUSTA's own meeting with no province told (not a province's).
    var national: Bool
    /// Held by VUSTA (the only union the sentence names), wherever it took place: "VUSTA held
    /// … in Hanoi" is VUSTA's, not Hanoi's union's.
    var byVUSTA: Bool
    var reasons: Set<ConfidenceReason>
  }

  /// The meetings of the page in contract form (of `events()`, read once by the caller).
  func meetings(from events: [Event]) -> [Meeting] {
    let sentences = context.sentences
    return events.map { e in
      let (p, p2025) = context.names(of: e.province, on: e.date)
      var reasons = e.reasons
      reasons.insert(.englishPage)
      if e.date == nil { reasons.insert(context.published == nil ? .dateUnknown : .undatedOnADatedPage) }
      if e.province == nil && !e.national { reasons.insert(.provinceUnknown) }
      if e.kind == .khac { reasons.insert(.kindGuessed) }
      return Meeting(date: e.date, province: p, province2025: p2025, kind: e.kind,
                     organizer: e.national || e.byVUSTA ? "LHH Việt Nam" : p.map { "LHH \($0)" },
                     evidence: sentences[e.sentence].evidence, why: ConfidenceReason.why(reasons))
    }
  }

  /// The meetings of the page: the main event of the title and lead, then other dated meetings.
  func events() -> [Event] {
    var events: [Event] = []
    let sentences = context.sentences
    let leadEnd = sentences.firstIndex { !$0.isTitle && $0.line > 1 }.map { max($0, min(sentences.count, 4)) } ?? sentences.count
    let aboutUnion = sentences.prefix(leadEnd).indices.contains { !unions[$0].isEmpty }
    // the main event: the first sentence of the title and lead that reports one
    if aboutUnion {
      for i in 0..<min(leadEnd, sentences.count) {
        guard var e = event(in: i, main: true) else { continue }
        // a headline's event takes its date and place from the lead sentence that reports it
        // (within the first paragraphs, a sentence about the same meeting: "The conference lasted
        // for 02 days (16/8 -17/8) at Ao Vua Tourist Area (…, Hanoi city) and was organized by …")
        if sentences[i].isTitle, let b = (i + 1..<min(max(leadEnd, i + 10), sentences.count)).lazy.compactMap({ k -> Event? in
          guard k < leadEnd || sentences[k].line <= 4, let b = event(in: k, main: true) else { return nil }
          return k < leadEnd || b.kind == e.kind || b.kind == .khac || e.kind == .khac ? b : nil
        }).first {
          e = Event(sentence: b.sentence, kind: Self.stronger(e.kind, b.kind), date: b.date ?? e.date,
                    province: b.province ?? e.province, national: b.national, byVUSTA: unions[b.sentence].isEmpty ? e.byVUSTA : b.byVUSTA, reasons: b.reasons)
        }
        // a council's or a plain conference's review said in the next two sentences ("Presenting
        // the report, … looked back on 2018 and outlined the key tasks for 2019")
        // (a workshop's only by the strong words: "to analyse and assess 15 years of implementing …")
        let after = sentences[(e.sentence + 1)..<min(sentences.count, e.sentence + 6)].filter { $0.line <= sentences[e.sentence].line + 3 }
        if [.ban_chap_hanh, .ban_thuong_vu, .khac].contains(e.kind) && Self.signingAt(sentences[e.sentence].text) == nil
          && after.prefix(4).contains(where: { n in
          n.line <= sentences[e.sentence].line + 2 && Self.reviews(n.text) && n.text.tokens.indices.contains { EnglishDates.year(n.text, $0) != nil }
        }) || e.kind == .hoi_thao && sentences[(e.sentence + 1)..<min(sentences.count, e.sentence + 9)].contains(where: {
          // ("The purpose of the seminar was to analyse and assess 15 years of implementing …")
          $0.text.contains(any: Self.yearsOfImplementing) && $0.text.contains(any: Self.workshopNouns)
        }) {
          e.kind = .tong_ket
        }
        // a plain "conference" or "event" the next sentences call by a more specific name ("…
        // opened an online conference …. The workshop heard …", "speaking at the workshop"):
        // of that kind
        if e.kind == .khac, let named = after.prefix(4).lazy.compactMap({ Self.namedAgain($0.text) }).first {
          e.kind = named
        }
        events.append(e)
        break
      }
    }
    // other meetings: a day given, a union in the sentence
    // (after the main event's sentence, in the lead too)
    let after = events.first.map { $0.sentence + 1 } ?? leadEnd
    for i in sentences.indices where i >= after && !unions[i].isEmpty && !sentences[i].isTitle {
      guard let e = event(in: i, main: false), let d = e.date, d.day != nil else { continue }
      // (the page's meeting again, "The conference lasted …", is one meeting)
      if events.contains(where: { $0.sentence == i || $0.date == d && ($0.kind == e.kind || e.kind == .khac) }) { continue }
      // (the headline's undated event told with its day a few paragraphs on — an interview's
      // answer: "… held this scientific seminar in Yen Bai on June 9th and 10th, 2022" — is the
      // same event, not a second one)
      if var main = events.first, main.date == nil, main.kind == e.kind || e.kind == .khac || main.kind == .khac,
        main.province == nil || e.province == nil || main.province?.code == e.province?.code,
        sentences[i].line <= sentences[main.sentence].line + 4
      {
        main.date = d
        main.province = main.province ?? e.province
        main.kind = Self.stronger(main.kind, e.kind)
        events[0] = main
        continue
      }
      events.append(e)
    }
    return events
  }

  /// Definite references to a meeting by a specific name: "the workshop", "this seminar", "the
  /// training course".
  static let definiteNames: [(MeetingKind, [Phrase])] = [
    (.hoi_thao, ["the workshop", "this workshop", "the seminar", "this seminar", "the forum", "this forum",
                 "the symposium", "the roundtable", "the talk show"].phrases),
    (.tap_huan, ["the training course", "this training course", "the training class", "the training session"].phrases),
  ]

  /// The kind a sentence calls the meeting by, when it opens by referring to it with a specific
  /// name ("The workshop heard …", "At the workshop, …", "Speaking at the workshop, …") and plans
  /// nothing; nil otherwise (not "… agreed to prepare the forum").
  static func namedAgain(_ f: FoldedText) -> MeetingKind? {
    guard !f.contains(any: planWords), f.find(p_will) == nil else { return nil }
    return definiteNames.first { $0.1.contains { p in f.find(p).map { $0 <= 3 } ?? false } }?.0
  }

  /// The more specific of two kinds (`MeetingKind.precedence`, the contract's).
  static func stronger(_ a: MeetingKind, _ b: MeetingKind) -> MeetingKind {
    MeetingKind.precedence.firstIndex(of: a)! <= MeetingKind.precedence.firstIndex(of: b)! ? a : b
  }

  /// Words after which a meeting noun is part of a body's or a place's name ("Propaganda and
  /// Training Commission", "Conference Center").
  static let nameHeads = WordSet(["commission", "department", "centre", "center", "college", "school", "board", "institute",
                                  "committee", "division", "office", "hall", "room", "house", "centers", "centres"].map(Phrase.hash))

  /// The first place a meeting noun stands as a noun, not inside a body's name.
  static func find(_ p: Phrase, in f: FoldedText) -> Int? {
    var from = 0
    while let j = f.find(p, from: from) {
      let next = j + p.count
      if next < f.tokens.count, nameHeads.contains(f.tokens[next].hash) { from = j + 1; continue }
      // ("the 13th National Party Congress": the Party's, never the union's)
      // ("the 13th CPV Congress": the Communist Party of Vietnam's)
      if j >= 1, f.tokens[j - 1].hash == h_party || f.tokens[j - 1].hash == h_cpv { from = j + 1; continue }
      return j
    }
    return nil
  }

  static let h_party = Phrase.hash("party"), h_committee = Phrase.hash("committee"), h_cpv = Phrase.hash("cpv")
  /// Verbs of a union that takes part in another body's event: "VUSTA … attended the 2023
  /// Mid-term Conference of the International Science Council".
  static let attendVerbs: [Phrase] = ["attended", "attends", "took part in", "takes part in", "participated in", "joined"].phrases
  static let attendedPassive = Phrase("attended"), by = Phrase("by")
  static let byWords: [Phrase] = ["organized by", "organised by", "hosted by", "held by", "convened by", "chaired by"].phrases
  static let p_chaired_by = Phrase("chaired by")
  /// The titles a person's name opens with: "Prof.", "Dr.", "Mr.", "President …".
  static let personTitles = WordSet(["prof", "dr", "mr", "mrs", "ms", "assoc", "president", "chairman", "chairwoman",
                                     "vice", "deputy", "professor", "doctor"].map(Phrase.hash))

  /// True when the sentence says the event is another body's: the union attends it, or it is
  /// organised by a body that is no union.
  func anotherBodysEvent(_ f: FoldedText, noun at: Int, unions us: [EnglishUnionMention]) -> Bool {
    // (whoever attends: "Vice Chairman … took part in, and gave a speech at, the 2023 Mid-term Conference …")
    if let a = Self.attendVerbs.compactMap({ f.find($0) }).min(), a < at, at - a <= 14 { return true }
    // ("The 2023 Mid-term Conference of the ISC, held in Paris …, was attended and addressed by
    // VUSTA Vice Chairman …": attended, in the passive, after the event)
    if let a = f.find(Self.attendedPassive, from: at), f.find(Self.by, from: a + 1, to: a + 5) != nil { return true }
    for b in Self.byWords {
      guard let j = f.find(b) else { continue }
      // (a person chairs a meeting of the union's: "… convened the 5th Central Council conference
      // – on March 29, in Hanoi – chaired by Prof. Dr. Sc Dang Vu Minh, the President of the VUSTA")
      if b.hashes == Self.p_chaired_by.hashes, j + b.count < f.tokens.count, Self.personTitles.contains(f.tokens[j + b.count].hash) { continue }
      let agentEnd = min(f.tokens.count, j + b.count + 10)
      if !us.contains(where: { $0.at >= j + b.count && $0.at < agentEnd }) { return true }
    }
    return false
  }

  /// The meeting sentence `i` reports, if it reports one held (not planned, not a count).
  func event(in i: Int, main: Bool) -> Event? {
    let s = context.sentences[i]
    let f = s.text
    let n = f.tokens.count
    guard n > 0, !f.contains(any: Self.planWords), !f.contains(any: Self.contestWords) else { return nil }
    // the meeting noun and its kind
    var kind: MeetingKind? = nil
    var at = n
    // (the noun the sentence names first: "held a workshop themed '… the Resolution of the
    // Congress …'" is a workshop; of two at the same word, the more specific kind)
    for (k, phrases) in Self.nouns {
      for p in phrases {
        if let j = Self.find(p, in: f), j < at { (kind, at) = (k, j) }
      }
    }
    // ("the Executive Committee … convened to assess …": a body convening meets)
    let met = f.find(Phrase("met")) ?? f.find(Phrase("meets")) ?? f.find(Phrase("convened")) ?? f.find(Phrase("convenes"))
    let workWith = f.contains(any: Self.workWith)
    var receives = false
    if let r = Self.receiveVerbs.lazy.compactMap({ f.find($0) }).first, Self.visitors.contains(where: { f.matches($0, at: r + 1) }) {
      receives = true
    }
    // "Mr. Dale Fenn, who represents …, was welcomed at VUSTA's office by …": the passive, the
    // visitor opening the sentence
    // (the visitor's own verb: no verb of saying before it — "Dr. … said the proposal was
    // welcomed by …" is no visit)
    if !receives, let p = Self.passiveReceive.lazy.compactMap({ f.find($0) }).first,
      Self.visitors.contains(where: { f.matches($0, at: 0) }), !f.contains(any: Self.sayingVerbs, from: 0, to: p)
    {
      receives = true
    }
    // "… the provincial Union … and Kon Tum College signed the Coordination Program …" on a day:
    // a signing, held
    var signing = false
    if kind == nil, let sg = Self.signingAt(f),
      !EnglishDates.mentions(in: f).filter({ $0.day != nil }).isEmpty || s.dates.contains(where: { $0.day != nil })
    {
      kind = .khac
      at = sg
      signing = true
    }
    if kind == nil, met != nil || workWith || receives {
      // (working with someone is a meeting only on a day: "worked with the departments on …" is not)
      guard s.isTitle || met != nil || !EnglishDates.mentions(in: f).filter({ $0.day != nil }).isEmpty
        || s.dates.contains(where: { $0.day != nil })
      else { return nil }
      kind = workWith || receives ? .lam_viec : .khac
      at = met ?? 0
    }
    guard var kind else { return nil }
    if workWith || receives, kind == .khac, at < n, Self.plainNouns.contains(f.tokens[at].hash) { kind = .lam_viec }
    // "the Provincial Commission and Phu Yen Union met": two bodies meeting work together
    if let m = met, kind == .khac, at == m, (max(0, m - 8)..<m).contains(where: { f.tokens[$0].hash == Self.h_and }) { kind = .lam_viec }
    // held, not a count of meetings ("held the Forum 9 times", "many workshops were held")
    let verb = f.contains(any: Self.eventVerbs)
    let headline = s.isTitle && at <= 2
    guard verb || receives || headline || met != nil || signing else { return nil }
    // ("many workshops", "held the Forum 9 times"; not "a workshop attracting many scientists")
    if !headline, f.contains(any: Self.recapWords, from: max(0, at - 2), to: at) { return nil }
    if !headline, let tm = f.find(Self.p_times, from: at, to: min(n, at + 10)), tm >= 1, f.tokens[tm - 1].isNumber { return nil }
    if !headline, f.contains(any: Self.periodWords, from: max(0, at - 6), to: min(n, at + 8)) { return nil }
    // a body's meeting: "the 4th Executive Board conference", "The Executive Committee … met"
    // (not a body someone else meets: "Chairman Phan Ngoc Tho meets HUSTA's Executive Board" is a
    // working session with the board)
    let metObject = (f.find(Phrase("met")) ?? f.find(Phrase("meets"))).flatMap { m in m >= 2 ? m : nil }
    for (k, phrases) in Self.bodies where kind == .khac || kind == .lam_viec && met != nil {
      if let m = metObject, phrases.contains(where: { p in f.find(p).map { $0 > m && $0 - m <= 5 } ?? false }) {
        kind = .lam_viec
        break
      }
      if phrases.contains(where: { p in f.find(p).map { abs($0 - at) <= 6 || met != nil } ?? false }) { kind = k; break }
      // ("… Executive Committee … approved … at the Committee's second (expanded) meeting")
      if kind == .khac, phrases.contains(where: { f.find($0) != nil }),
        (max(0, at - 5)..<at).contains(where: { f.tokens[$0].hash == Self.h_committee })
      {
        kind = k
        break
      }
    }
    // (not a working session named so, whatever it reviewed: "… met in a working session, held in
    // the morning of 10 November 2018, … to review the work of …")
    if kind != .dai_hoi, kind != .giao_ban, !signing, !(kind == .lam_viec && f.contains(any: Self.workingSessionNouns)),
      Self.reviews(f)
    {
      kind = .tong_ket
    }
    // the union: in the sentence, else the article's (a headline or lead about it)
    let us = unions[i]
    let national = !us.isEmpty && us.allSatisfy(\.national)
    if !main && us.isEmpty { return nil }
    if anotherBodysEvent(f, noun: at, unions: us) { return nil }
    // the date: the first that is not another day's ("dated …", "founded on …")
    var date: FactDate? = nil
    var reasons = Set<ConfidenceReason>()
    let english = EnglishDates.mentions(in: f)
    // (the numeric day/month these sites print, "(16/8 -17/8)", with or without its year)
    let numeric = s.dates.filter { $0.day != nil }
    for m in (english + numeric).sorted(by: { $0.start < $1.start }) {
      // ("the 40th founding anniversary of VUSTA (26-3-1983 - 26-3-2023)": the anniversary's days)
      if m.anniversary { continue }
      // (a headline's closing posting date, "… Executive Board (28/09/2018)", is the page's day)
      if s.isTitle, let posting = context.titlePostingDate, posting == m { continue }
      let before = max(0, m.start - 3)
      // ("from" starts a span of days, "From 29-31 August 2017"; of a year or a month it is the past)
      if Self.otherDayWords.contains(where: { p in
        (m.day == nil || p.words != ["from"]) && f.find(p, from: before, to: m.start) != nil
      }) { continue }
      date = context.complete(m)
      if m.year == nil, context.steppedBack(m) { reasons.insert(.yearBeforePosting) }
      break
    }
    // the province: where it took place ("in Hanoi", "in Yen Bai"), whose union held it, the article's
    var province: Province? = nil
    for p in s.provinces where p.start >= 1 {
      let w = f.tokens[p.start - 1].hash
      let w2 = p.start >= 2 ? f.tokens[p.start - 2].hash : 0
      if w == Self.h_in || w == Self.h_at || (w == Self.h_the && (w2 == Self.h_in || w2 == Self.h_at)) {
        // (not the union's own name: "in Kon Tum provincial union")
        if us.contains(where: { $0.province?.code == p.province.code && $0.at <= p.end + 2 && $0.at >= p.end }) { continue }
        province = p.province
        break
      }
    }
    // (a venue's address in brackets: "at Ao Vua Tourist Area (Viet Long Hamlet, …, Hanoi city)")
    if province == nil, let at = (0..<n).first(where: { f.tokens[$0].hash == Self.h_at }),
      let p = s.provinces.first(where: { p in p.start > at && p.start - at <= 14
        && !(at + 1...p.start).contains { FoldedText.isStrongPunct(f.tokens[$0].gap) } })
    {
      province = p.province
    }
    // (a delegation that works with or visits another union meets in the host's province: "a
    // delegation of the Quang Ngai Union … had a working session with the Thua Thien Hue Union")
    if province == nil, kind == .lam_viec, let link = Self.hostLinks.lazy.compactMap({ p in f.find(p).map { $0 + p.count } }).min(),
      let host = us.first(where: { $0.at >= link && $0.at <= link + 7 && !$0.national && $0.province != nil })
    {
      province = host.province
    }
    if province == nil { province = us.first(where: { !$0.national && $0.province != nil })?.province }
    if province == nil, !national {
      province = ownProvince
      if province != nil { reasons.insert(.provinceFromContext) }
    }
    return Event(sentence: i, kind: kind, date: date, province: province, national: national && province == nil,
                 byVUSTA: national, reasons: reasons)
  }

  // MARK: member figures

  /// Nouns of the metrics, after the number.
  static let metricNouns: [(MemberMetric, [Phrase])] = [
    (.hoi_thanh_vien, ["member associations", "member association", "member unions", "association members",
                       "member organizations", "member organisations", "member societies"].phrases),
    (.tri_thuc, ["intellectuals", "scientists and intellectuals", "science and technology intellectuals",
                 "scientific and technological intellectuals", "s t intellectuals"].phrases),
    (.dai_bieu, ["delegates", "participants", "attendees", "official delegates", "excellent delegates",
                 "central council members", "executive committee members", "executive board members", "council members"].phrases),
    (.hoi_vien, ["members", "individual members"].phrases),
    (.luot_nguoi, ["turns of experts", "turns of people", "turns of participants", "person times", "turns"].phrases),
  ]
  /// "associations" alone is the member associations after a verb of having: "counts 156
  /// associations", "brings together 22 associations".
  static let havingVerbs: [Phrase] = [
    "counts", "has", "have", "had", "comprises", "includes", "gathers", "brings together", "with", "total of", "numbers",
  ].phrases
  static let h_associations = Phrase.hash("associations")
  static let otherMembers = WordSet(["party", "staff", "board", "committee", "council", "family", "team", "jury",
                                     "politburo", "secretariat", "cabinet", "government", "assembly", "parliament"].map(Phrase.hash))
  static let moreThan: [Phrase] = ["more than", "over", "above", "upwards of", "in excess of", "at least"].phrases
  static let about: [Phrase] = ["about", "around", "nearly", "almost", "approximately", "some", "roughly", "close to"].phrases
  /// Words before a number that make it a change or another count, not a total.
  static let notTotal: [Phrase] = [
    "started with", "started out with", "began with", "initially", "from", "new", "admitted", "joined", "added",
    "increased by", "rose by", "grew by", "up by",
    "elected", "electing", "elect", "committee of", "board of", "council of", "urging", "urged", "guided", "helped",
    "supported", "inspected", "visited", "presidents of the", "leaders of the", "heads of the",
  ].phrases
  /// Verbs whose object is a count of people rewarded or trained, not a total.
  static let rewardVerbs: [Phrase] = ["honored", "honoured", "honoring", "honouring", "honour", "honor", "awarded", "trained",
                                      "commended"].phrases
  /// Openers of a sentence about the union's first days; its numbers before a present marker
  /// ("now", "today") are the past.
  static let pastOpeners: [Phrase] = [
    "started with", "started out with", "starting with", "began with", "beginning with", "first days", "initially", "at first",
    "when it was first set up",
    "when it was founded", "at its founding", "in the early days", "was first set up",
    // "Its beginnings were hard: the member organizations numbered only 5 associations, …"
    "its beginnings", "in the beginning", "its early years", "its first years",
  ].phrases
  /// "founded with 11 member associations": openers of the first days only when a count follows
  /// (not "established with the help of the Party Committee").
  static let pastCountOpeners: [Phrase] = ["founded with", "established with", "set up with"].phrases
  static let presentMarkers: [Phrase] = ["now", "today", "currently", "at present", "to date"].phrases
  /// "bringing the number of member associations … to 17", "now counts 25": the metric named
  /// before the number.
  static let numberOf = Phrase("number of")
  static let reachWords: [Phrase] = ["to", "at", "is", "reached", "counts", "numbers", "has"].phrases
  /// Words that may follow a bare total carrying the metric named before it ("now counts 25 in
  /// all", "… 25 and …").
  static let afterBareTotal = WordSet(["in", "and", "now", "today", "as", "by"].map(Phrase.hash))
  static let h_thousand = Phrase.hash("thousand")
  static let yearHeads = WordSet(["in", "by", "since", "of", "until", "from", "to", "year", "during", "before", "after"].map(Phrase.hash))
  static let h_million = Phrase.hash("million"), h_of = Phrase.hash("of"), h_these = Phrase.hash("these")
  static let h_percent = Phrase.hash("percent")
  static let areIntellectuals = Phrase("are intellectuals")
  static let representWords: [Phrase] = ["representing", "represented", "representatives of"].phrases
  static let toThe = Phrase("to the")
  static let membersOf = Phrase("members of")
  static let ofThem = Phrase("of them")
  static let h_membership = Phrase.hash("membership")

  /// The metric named by the words from token `k` on ("member associations", "excellent
  /// delegates"), with the token after them.
  static func metric(_ f: FoldedText, at k: Int) -> (MemberMetric, Int)? {
    // "06 party members", "08 staff members": not the union's members
    if k < f.tokens.count, otherMembers.contains(f.tokens[k].hash) { return nil }
    for skip in 0...1 {
      // ("15 Politburo Members": the word skipped names another body too)
      if skip == 1, k < f.tokens.count, otherMembers.contains(f.tokens[k].hash) { break }
      for (m, phrases) in metricNouns {
        if let p = phrases.first(where: { f.matches($0, at: k + skip) }) { return (m, k + skip + p.count) }
      }
    }
    return nil
  }

  /// Verbs between a metric and its number: "members numbered over 20,000".
  static let countVerbs: [Phrase] = ["numbered", "number", "totalled", "totaled", "reached", "stood at", "amounted to", "numbering"].phrases

  /// The metric whose noun ends right before token `k` ("… members", "member associations").
  static func metricEnding(_ f: FoldedText, before k: Int) -> MemberMetric? {
    for (m, phrases) in metricNouns where m != .dai_bieu {
      if phrases.contains(where: { f.endsWith($0, before: k) }) { return m }
    }
    return nil
  }

  /// The member figures of the page; `mainEvent` is the page's own meeting (its attendance).
  func figures(mainEvent: Event?) -> [MemberFigure] {
    var out: [MemberFigure] = []
    // (the sentences and the fields of a record: "Member associations (number): 23")
    // (the sentences with the unions read once in `init`, then the record's fields)
    let fieldUnions = fields.map { EnglishUnions.mentions(in: $0.text, provinces: $0.provinces) }
    for (s, us) in zip(context.sentences + fields, unions + fieldUnions) {
      let f = s.text
      let n = f.tokens.count
      if f.contains(any: Self.planWords) { continue }
      // the union's first days: their clause (up to ";" or "now", "today") is the past
      var pastEnd = 0
      let countOpener = Self.pastCountOpeners.compactMap { p in
        f.find(p).flatMap { o in (o + p.count..<min(n, o + p.count + 2)).contains { f.tokens[$0].isNumber } ? o : nil }
      }.min()
      if let o = (Self.pastOpeners.compactMap({ f.find($0) }) + [countOpener].compactMap { $0 }).min() {
        let semicolon = (o + 1..<n).first { f.tokens[$0].gap == UInt8(ascii: ";") }
        pastEnd = min(semicolon ?? n, Self.presentMarkers.compactMap { f.find($0, from: o) }.min() ?? n)
      }
      var k = 0
      var previousMetric: (MemberMetric, Int)? = nil
      while k < n {
        let numberStart = k
        // (a group of a number already passed over — "999,999,…" too long to read — counts nothing)
        if k >= 1, f.tokens[k - 1].isNumber, !f.tokens[k].spaced { k += 1; continue }
        guard f.tokens[k].isNumber, let (value, end) = Self.number(f, at: k), value > 0 else { k += 1; continue }
        // a year ("In 2021 members of the union …") is no count
        if EnglishDates.year(f, k) != nil, k >= 1, Self.yearHeads.contains(f.tokens[k - 1].hash) || EnglishDates.months[f.tokens[k - 1].hash] != nil {
          k = end
          continue
        }
        var after = end
        // "35% of intellectuals", "35 percent": a share
        if after < n, f.tokens[after].gap == UInt8(ascii: "%") || f.tokens[after].hash == Self.h_percent { k = after; continue }
        // "161/182 members of the Central Council": those present of the council
        var attendance = false
        if after < n, f.tokens[after].gap == UInt8(ascii: "/"), f.tokens[after].isNumber, !f.tokens[after].spaced {
          after += 1
          attendance = true
        }
        k = after
        // "5,000 of these members"
        if after + 1 < n, f.tokens[after].hash == Self.h_of, f.tokens[after + 1].hash == Self.h_these { after += 2 }
        let named = Self.metric(f, at: after)
        var metric = named?.0
        let nounEnd = named?.1 ?? after
        // "the 2022 Science and Technology Intellectuals Forum": a name in capitals, not a count
        if metric != nil, after < n, f.tokens[after].isCap, EnglishDates.year(f, numberStart) != nil { continue }
        // "2 provincial Intellectuals' Forums": the noun is a possessive, the count is of forums
        if metric != nil, nounEnd >= 1, nounEnd <= n, f.tokens[nounEnd - 1].end < f.scalars.count,
          f.scalars[f.tokens[nounEnd - 1].end] == "'" || f.scalars[f.tokens[nounEnd - 1].end] == "\u{2019}"
        {
          continue
        }
        // "more than 5,000 of these members are intellectuals"
        if metric == .hoi_vien, f.find(Self.areIntellectuals, from: nounEnd, to: min(n, nounEnd + 3)) != nil { metric = .tri_thuc }
        // those present of a council or a committee
        if metric == .hoi_vien, attendance || f.matches(Phrase("of the"), at: nounEnd)
          && Self.bodies.contains(where: { $0.1.contains { f.matches($0, at: nounEnd + 2) } })
        {
          metric = .dai_bieu
        }
        // "counts 156 associations", "100,000 members of 22 associations"
        if metric == nil, after < n, f.tokens[after].hash == Self.h_associations,
          Self.havingVerbs.contains(where: { f.find($0, from: max(0, numberStart - 3), to: numberStart) != nil })
            || f.endsWith(Self.membersOf, before: numberStart)
        {
          metric = .hoi_thanh_vien
        }
        // "a total membership of more than 30,000"; "the number of member associations … to 17";
        // "started with 11 member associations and now counts 25"
        var bareNumber = false
        if metric == nil {
          var j = numberStart
          if let q = (Self.moreThan + Self.about).first(where: { f.endsWith($0, before: j) }) { j -= q.count }
          if j >= 1, f.tokens[j - 1].hash == Self.h_of { j -= 1 }
          if j >= 1, f.tokens[j - 1].hash == Self.h_membership {
            metric = .hoi_vien
          } else if f.tokens[numberStart].gap == UInt8(ascii: ":"),
            let m = Self.metricEnding(f, before: numberStart) ?? Self.metricEnding(f, before: numberStart - 1)
          {
            // "Member associations (number): 23"
            metric = m
          } else if let v = Self.countVerbs.first(where: { f.endsWith($0, before: j) }),
            let m = Self.metricEnding(f, before: j - v.count)
          {
            // "whose members numbered over 20,000"
            metric = m
          } else if Self.reachWords.contains(where: { f.endsWith($0, before: j) }),
            let at = f.find(Self.numberOf, from: max(0, numberStart - 14), to: numberStart),
            let m = Self.metric(f, at: at + 2), m.0 != .dai_bieu
          {
            metric = m.0
          } else if let p = previousMetric, numberStart - p.1 <= 12, Self.reachWords.contains(where: { f.endsWith($0, before: j) }),
            // (not a number with a noun of its own: "… now counts 300 affiliated organizations")
            after >= n || f.tokens[after].gap != 0 || Self.afterBareTotal.contains(f.tokens[after].hash)
          {
            metric = p.0
            bareNumber = true
          } else if let p = previousMetric, numberStart - p.1 <= 12, f.matches(Self.ofThem, at: after),
            f.contains(any: Self.presentMarkers, from: max(0, numberStart - 5), to: numberStart)
          {
            // "founded with 11 member associations, today brings together 25 of them" (a total
            // today; not a part: "30 member associations, 12 of them based in Phu Ly")
            metric = p.0
            bareNumber = true
          }
        }
        guard let metric else { continue }
        defer { previousMetric = (metric, k) }
        // the union's first days: the numbers before "now" / "today" are the past
        if numberStart < pastEnd { continue }
        // a change or another count: "started with 11 …", "two associations joined", "honored 15 intellectuals"
        let clauseStart = (0..<numberStart).last { f.tokens[$0].gap == UInt8(ascii: ";") || f.tokens[$0].gap == UInt8(ascii: ":") } ?? 0
        if !bareNumber, Self.notTotal.contains(where: { f.find($0, from: max(clauseStart, numberStart - 4), to: numberStart) != nil }) {
          continue
        }
        if Self.rewardVerbs.contains(where: { f.find($0, from: max(clauseStart, numberStart - 10), to: numberStart) != nil }) { continue }
        if f.find(Phrase("joined"), from: nounEnd, to: min(n, nounEnd + 3)) != nil { continue }
        // organisations represented are no total ("representing 14 member organizations"); people
        // represented are ("representing over 100,000 members")
        if metric == .hoi_thanh_vien, f.contains(any: Self.representWords, from: max(clauseStart, numberStart - 4), to: numberStart) {
          continue
        }
        // "Of the 106 intellectuals honoured this time": people rewarded
        if Self.rewardVerbs.contains(where: { f.find($0, from: nounEnd, to: min(n, nounEnd + 2)) != nil }) { continue }
        // those elected to a committee: "an Executive Committee of 19 members", "elected 5 members to the Standing Committee"
        if metric == .hoi_vien, f.matches(Self.toThe, at: nounEnd), Self.bodies.contains(where: { $0.1.contains { f.matches($0, at: nounEnd + 2) } }) {
          continue
        }
        let qualifier: Qualifier =
          Self.moreThan.contains(where: { f.find($0, from: max(0, numberStart - 4), to: numberStart) != nil }) ? .more_than
          : Self.about.contains(where: { f.find($0, from: max(0, numberStart - 3), to: numberStart) != nil }) ? .about : .exact
        // whose: those present are the meeting's; else the union of the sentence, else the
        // article's; VUSTA's alone is national
        var province = us.first(where: { $0.province != nil })?.province
        var reasons: Set<ConfidenceReason> = [.englishPage]
        // (attendance is a meeting's: none without the page's meeting)
        if metric == .dai_bieu {
          guard let e = mainEvent else { continue }
          province = e.province
        } else if province == nil {
          if !us.isEmpty && us.allSatisfy(\.national) {
            reasons.insert(.nationalTotal)
          } else {
            province = ownProvince
            reasons.insert(province == nil ? .provinceUnknown : .provinceFromContext)
          }
        }
        if out.contains(where: { $0.metric == metric && $0.value == value }) { continue }
        let (p, p2025) = context.names(of: province, on: context.published)
        out.append(MemberFigure(province: p, province2025: p2025, metric: metric, value: value, qualifier: qualifier,
                                evidence: s.evidence, why: ConfidenceReason.why(reasons)))
      }
    }
    return out
  }

  /// The number written from token `k`: "47", "30,000", "130,000", "3.7 million", "01"; and the
  /// token after it.
  static func number(_ f: FoldedText, at k: Int) -> (Int, Int)? {
    // (at most 12 digits: a longer run is no count of people, and the arithmetic stays in range)
    guard f.tokens[k].end - f.tokens[k].start <= 12, let first = Int(f.word(k)) else { return nil }
    var value = first
    var end = k + 1
    var decimal: Int? = nil
    while end < f.tokens.count, f.tokens[end].isNumber, !f.tokens[end].spaced {
      let g = f.tokens[end].gap
      let w = f.word(end)
      if (g == UInt8(ascii: ",") || g == UInt8(ascii: ".")) && w.count == 3, let v = Int(w) {
        guard value < 1_000_000_000 else { return nil }
        value = value * 1000 + v
        end += 1
      } else if g == UInt8(ascii: "."), w.count <= 2, decimal == nil, let v = Int(w) {
        decimal = v * (w.count == 1 ? 10 : 1)
        end += 1
      } else {
        break
      }
    }
    if end < f.tokens.count, f.tokens[end].hash == h_million {
      guard value < 100_000 else { return nil }
      return (value * 1_000_000 + (decimal ?? 0) * 10_000, end + 1)
    }
    // "about 50 thousand members"
    if end < f.tokens.count, f.tokens[end].hash == h_thousand {
      guard value < 100_000_000 else { return nil }
      return (value * 1_000 + (decimal ?? 0) * 10, end + 1)
    }
    if decimal != nil { return nil }
    return (value, end)
  }
}
