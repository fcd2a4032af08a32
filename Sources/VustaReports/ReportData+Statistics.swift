//! Gathering a report's data from the aggregation engine: one national pass (meetings by
//! province, month and kind, the meeting list, members, citations, sources, coverage), and a
//! province pass that reuses it to place the province against the national picture.

import VustaModel
import VustaStats

/// Turns a source into a link target: its URL, or a file URI of its path.
public typealias SourceLinker = @Sendable (SourceRow) -> String?

extension ReportData {
  /// The national data of `options.year`.
  /// - Throws: errors of the store and statistics.
  public static func gather(from stats: Statistics, options: ReportOptions, link: @escaping SourceLinker) throws -> ReportData {
    let period = Period.year(options.year)
    let division = try stats.division(for: StatsQuery(period: period, division: options.division))
    func q(_ g: Grouping? = nil, _ p: Period = period) -> StatsQuery {
      StatsQuery(period: p, division: division, grouping: g)
    }
    let prev = Period.year(options.year - 1)
    let byProvince = try stats.meetings(q(.province))
    let byMonth = try stats.meetings(q(.month)), prevMonth = try stats.meetings(q(.month, prev))
    let byKind = try stats.meetings(q(.kind)), prevKind = try stats.meetings(q(.kind, prev))
    let events = try stats.meetingEvents(q())
    let members = try stats.members(q())
    let citations = try stats.citations(q())
    let citingByProvince = try stats.citations(q(.province))
    let sources = try stats.sources(q())
    let articles = try stats.documentCount(period)
    var d = ReportData(year: options.year, division: division, province: nil, values: [:], datasets: [:], hasData: false)
    d.setCommon(options, division: division)
    let linker = SourceIndex(sources, link: link)

    // Meetings. A province, month or year with no article read has no data ("—", missing in
    // charts), never 0 (issue 14).
    let counts = Dictionary(byProvince.rows.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
    let total = byProvince.total
    func share(_ n: Int?) -> Cell {
      guard let n else { return .noData }
      return Cell(total == 0 ? "0,0" : VietnameseFormat.fixed(Double(n) * 100 / Double(total)), number: total == 0 ? 0 : Double(n) * 100 / Double(total))
    }
    var rows: [[String: Cell]] = byProvince.cells.enumerated().map { i, c in
      ["no": .count(i + 1), "province": Cell(c.key), "meetings": c.meetings.map(Cell.count) ?? .noData,
       "articles": c.meetings == nil ? .noData : .count(counts[c.key]?.articles ?? 0), "share": share(c.meetings)]
    }
    rows.append(["no": Cell(""), "province": Cell(nationalLabel), "meetings": .count(byProvince.national),
                 "articles": .count(byProvince.nationalArticles), "share": share(byProvince.national)])
    rows.append(["no": Cell(""), "province": Cell(unknownProvinceLabel), "meetings": .count(byProvince.unknownProvince),
                 "articles": .count(byProvince.unknownArticles), "share": share(byProvince.unknownProvince)])
    d.add("meetings.byProvince", rows)
    let previousArticles = try stats.documentCount(prev)
    let previousKnown = prevMonth.hasData
    let prevTotal = prevMonth.total
    d.values["meetings.total"] = .count(total)
    d.values["meetings.national"] = .count(byProvince.national)
    d.values["meetings.unknownProvince"] = .count(byProvince.unknownProvince)
    d.values["meetings.provinces"] = .count(byProvince.rows.filter { $0.meetings > 0 }.count)
    d.values["meetings.articles"] = .count(byProvince.coverage.articles)
    d.values["meetings.noDataProvinces"] = .count(byProvince.cells.filter { $0.meetings == nil }.count)
    d.values["meetings.previousTotal"] = previousKnown ? .count(prevTotal) : Cell(ReportData.noDataText, number: .nan)
    d.values["meetings.change"] = previousKnown
      ? Cell(VietnameseFormat.change(total - prevTotal), number: Double(total - prevTotal))
      : Cell(ReportData.noDataText, number: .nan)
    if previousKnown {
      // only a covered year is compared, and always with the articles read on both sides
      d.values["previous.year"] = Cell(String(options.year - 1))
      d.values["previous.meetings"] = .count(prevTotal)
      d.values["previous.articles"] = .count(previousArticles)
      d.values["previous.change"] = Cell(VietnameseFormat.change(total - prevTotal), number: Double(total - prevTotal))
      d.values["previous.articlesChange"] = Cell(VietnameseFormat.change(articles - previousArticles),
                                                 number: Double(articles - previousArticles))
    }
    let top = byProvince.rows.max { $0.meetings != $1.meetings ? $0.meetings < $1.meetings : VietnameseCollation.less($1.key, $0.key) }
    d.values["meetings.topProvince"] = Cell(top?.label ?? "—")
    d.values["meetings.topProvinceCount"] = .count(top?.meetings ?? 0)
    let monthCells = Dictionary(byMonth.cells.map { ($0.key, $0.meetings) }, uniquingKeysWith: { a, _ in a })
    let prevMonthCells = Dictionary(prevMonth.cells.map { ($0.key, $0.meetings) }, uniquingKeysWith: { a, _ in a })
    func monthCell(_ cells: [String: Int?], _ year: Int, _ m: Int) -> Cell {
      (cells[String(format: "%04d-%02d", year, m)] ?? nil).map(Cell.count) ?? .noData
    }
    let monthly = ReportData.months(byMonth, year: options.year), prevMonthly = ReportData.months(prevMonth, year: options.year - 1)
    d.add("meetings.byMonth", (1...12).map { m in
      ["month": Cell("Tháng \(m)"), "meetings": monthCell(monthCells, options.year, m),
       "previous": monthCell(prevMonthCells, options.year - 1, m)]
    } + (monthly[0].map { [["month": Cell("Chưa rõ tháng"), "meetings": .count($0),
                             "previous": previousKnown ? .count(prevMonthly[0] ?? 0) : .noData]] } ?? []))
    if let busiest = (1...12).max(by: { (monthly[$0] ?? 0, $1) < (monthly[$1] ?? 0, $0) }), (monthly[busiest] ?? 0) > 0 {
      d.values["meetings.busiestMonth"] = Cell("tháng \(busiest)")
      d.values["meetings.busiestMonthCount"] = .count(monthly[busiest] ?? 0)
    } else {
      d.values["meetings.busiestMonth"] = Cell("—")
      d.values["meetings.busiestMonthCount"] = .count(0)
    }
    let prevKinds = Dictionary(prevKind.rows.map { ($0.key, $0.meetings) }, uniquingKeysWith: +)
    d.add("meetings.byKind", byKind.rows.map { r in
      ["kind": Cell(r.label), "meetings": .count(r.meetings),
       "previous": previousKnown ? .count(prevKinds[r.key] ?? 0) : .noData]
    })
    let topKind = byKind.rows.max { $0.meetings < $1.meetings }
    d.values["meetings.topKind"] = Cell(topKind.map { $0.label.lowercased() } ?? "—")
    d.values["meetings.topKindCount"] = .count(topKind?.meetings ?? 0)
    d.add("meetings.list", events.enumerated().map { i, e in
      ["no": .count(i + 1), "date": Cell(VietnameseFormat.date(e.date)),
       "province": Cell(e.province ?? (e.scope == "national" ? nationalLabel : unknownProvinceLabel)),
       "kind": Cell(e.kind.label), "source": linker.cell(e.sources)]
    })

    // Members.
    d.addMembers(members, linker: linker)
    // Citations.
    var whereCited: [String: [String]] = [:]
    for r in citingByProvince.rows {
      let p = (r.citingProvince ?? "").isEmpty ? unknownProvinceLabel : r.citingProvince!
      whereCited[r.id + "|" + (r.localProvince ?? ""), default: []].append(p)
    }
    d.add("citations.top", citations.rows.map { r in
      let places = whereCited[r.id + "|" + (r.localProvince ?? "")] ?? []
      return ["directive": Cell(r.localProvince.map { "\(r.id) (\($0))" } ?? r.id), "type": Cell(r.type.label),
              "mentions": .count(r.mentions), "articles": .count(r.articles), "provinces": .count(r.provinces),
              "where": Cell(ReportData.listed(places)), "first": Cell(VietnameseFormat.date(r.firstCited)),
              "last": Cell(VietnameseFormat.date(r.lastCited))]
    })
    d.values["citations.documents"] = .count(citations.rows.count)
    d.values["citations.mentions"] = .count(citations.rows.reduce(0) { $0 + $1.mentions })
    d.values["citations.topDirective"] = Cell(citations.rows.first?.id ?? "—")
    d.values["citations.topMentions"] = .count(citations.rows.first?.mentions ?? 0)
    d.values["citations.topType"] = Cell(citations.rows.first?.type.label ?? "—")

    // Sources and coverage.
    d.add("sources.list", sources.enumerated().map { i, s in
      ["no": .count(i + 1), "title": Cell(s.title ?? s.name), "date": Cell(VietnameseFormat.date(s.published)),
       "source": Cell(s.url ?? s.path, link: link(s)), "facts": .count(s.facts)]
    })
    // (every figure counts among the year's facts, attendance too: the count `vusta facts` and
    // the dashboard give)
    let figures = try stats.figureCoverage(q())
    let facts = byProvince.coverage.facts + figures.facts + citations.coverage.facts
    let unknown = byProvince.coverage.factsWithoutProvince + figures.factsWithoutProvince
      + citations.coverage.factsWithoutProvince
    var provinces = Set(byProvince.rows.filter { $0.meetings > 0 }.map(\.key))
    provinces.formUnion(members.rows.map(\.province))
    provinces.formUnion(citingByProvince.rows.compactMap(\.citingProvince).filter { !$0.isEmpty })
    d.values["coverage.articles"] = .count(articles)
    d.values["coverage.sources"] = .count(sources.count)
    d.values["coverage.facts"] = .count(facts)
    d.values["coverage.factsWithoutProvince"] = .count(unknown)
    d.values["coverage.provinces"] = .count(provinces.count)
    d.values["coverage.unknownLabel"] = Cell(unknownProvinceLabel)
    d.values["coverage.needsReview"] = .count(try stats.store.needsReviewCount(year: options.year))
    d.hasData = facts > 0
    return d
  }

  /// The data of one province: the national data plus its own values and tables.
  public static func gather(province name: String, national: ReportData, from stats: Statistics,
                            options: ReportOptions, link: @escaping SourceLinker) throws -> ReportData {
    var d = national
    d.province = name
    let q = StatsQuery(period: .year(options.year), province: name, division: national.division)
    let events = try stats.meetingEvents(q)
    let members = try stats.members(q)
    let citations = try stats.citations(q)
    let sources = try stats.sources(q)
    let linker = SourceIndex(sources, link: link)
    let rows = national.datasets["meetings.byProvince"]?.rows ?? []
    let provinceRows = rows.filter { $0["no"]?.text.isEmpty == false }
    let mine = provinceRows.first { $0["province"]?.text == name }
    let count = Int(mine?["meetings"]?.known ?? 0)
    let withMeetings = provinceRows.filter { ($0["meetings"]?.known ?? 0) > 0 }
    let rank = count == 0 ? 0 : withMeetings.filter { ($0["meetings"]?.known ?? 0) > Double(count) }.count + 1
    let total = national.values["meetings.total"]?.number ?? 0
    let provinceTotal = withMeetings.reduce(0) { $0 + ($1["meetings"]?.known ?? 0) }
    let average = withMeetings.isEmpty ? 0 : provinceTotal / Double(withMeetings.count)
    d.values["province.name"] = Cell(name)
    d.values["province.meetings"] = .count(count)
    d.values["province.rank"] = Cell(rank == 0 ? "—" : "\(rank)", number: Double(rank))
    d.values["province.ranked"] = .count(withMeetings.count)
    d.values["province.share"] = Cell(total == 0 ? "0%" : VietnameseFormat.decimal(Double(count) * 100 / total) + "%",
                                      number: total == 0 ? 0 : Double(count) * 100 / total)
    d.values["province.average"] = Cell(VietnameseFormat.decimal(average), number: average)
    let hv = members.rows.first { $0.metric == .hoi_vien }
    d.values["province.hoiVien"] = hv.map { Cell(ReportData.qualified($0.value, $0.qualifier), number: Double($0.value)) }
      ?? Cell("—", number: 0)
    d.values["province.citationCount"] = .count(citations.rows.count)
    d.values["province.sources"] = .count(sources.count)
    d.add("province.meetingsList", events.enumerated().map { i, e in
      ["no": .count(i + 1), "date": Cell(VietnameseFormat.date(e.date)), "kind": Cell(e.kind.label),
       "source": linker.cell(e.sources)]
    })
    d.add("province.members", members.rows.map { r in
      ["metric": Cell(r.metric.label), "value": Cell(ReportData.qualified(r.value, r.qualifier), number: Double(r.value)),
       "change": r.change.map { Cell(VietnameseFormat.change($0), number: Double($0)) } ?? Cell("—"),
       "date": Cell(VietnameseFormat.date(r.date)), "source": linker.cell(r.sources)]
    })
    d.add("province.citations", citations.rows.map { r in
      ["directive": Cell(r.id), "type": Cell(r.type.label), "mentions": .count(r.mentions)]
    })
    let nationalHV = national.values["members.hoiVien"]
    d.add("province.compare", [
      ["indicator": Cell("Số hội nghị"), "value": .count(count), "national": .count(Int(total)),
       "rank": Cell(rank == 0 ? "—" : "\(rank)/\(withMeetings.count)")],
      ["indicator": Cell("Bình quân mỗi tỉnh có hội nghị"), "value": .count(count),
       "national": Cell(VietnameseFormat.decimal(average), number: average), "rank": Cell("")],
      ["indicator": Cell("Hội viên"), "value": d.values["province.hoiVien"]!,
       "national": nationalHV ?? Cell("—"), "rank": Cell("")],
      ["indicator": Cell("Văn bản được trích dẫn"), "value": .count(citations.rows.count),
       "national": national.values["citations.documents"] ?? Cell("—"), "rank": Cell("")],
    ])
    d.hasData = !events.isEmpty || !members.rows.isEmpty || !citations.rows.isEmpty
    return d
  }

  mutating func setCommon(_ o: ReportOptions, division: Division) {
    documentDate = o.documentDate
    let date = VietnameseFormat.administrativeDate(o.documentDate)
    values["year"] = Cell("\(o.year)")
    values["previousYear"] = Cell("\(o.year - 1)")
    values["org"] = Cell(o.org)
    values["orgName"] = Cell(ReportData.orgName(o.org))
    values["number"] = Cell(o.number)
    values["place"] = Cell(o.place)
    values["date"] = Cell(date)
    values["placeDate"] = Cell("\(o.place), \(date)")
    values["signer"] = Cell(o.signer)
    values["division"] = Cell(division == .old63 ? "63 tỉnh, thành phố" : "34 tỉnh, thành phố")
    values["units"] = .count(division == .old63 ? 63 : 34)
  }

  /// The issuing body as a running text names it, from `--org` in capitals: a union of science
  /// and technology associations shortened as its own documents do ("LIÊN HIỆP CÁC HỘI KHOA HỌC
  /// VÀ KỸ THUẬT TỈNH NGHỆ AN" → "Liên hiệp các Hội KH&KT tỉnh Nghệ An"); any other name as given.
  static func orgName(_ org: String) -> String {
    let words = org.split(separator: " ").map(String.init)
    let head = ["LIÊN", "HIỆP", "CÁC", "HỘI", "KHOA", "HỌC", "VÀ", "KỸ", "THUẬT"]
    guard words.count >= head.count, zip(words, head).allSatisfy({ $0.uppercased() == $1 }) else { return org }
    var rest: [String] = []
    for w in words.dropFirst(head.count) {
      let lower = w.lowercased()
      if ["tỉnh", "thành", "phố", "huyện", "quận", "thị", "xã"].contains(lower) && rest.allSatisfy({ $0.first?.isLowercase ?? false }) {
        rest.append(lower)  // "tỉnh", "thành phố" before the name
      } else if w.hasSuffix(".") || ["TP", "HCM", "TW"].contains(w) {
        rest.append(w)  // "TP.", "HCM" as written
      } else {
        rest.append(lower.prefix(1).uppercased() + lower.dropFirst())
      }
    }
    return (["Liên hiệp các Hội KH&KT"] + rest).joined(separator: " ")
  }

  mutating func add(_ name: String, _ rows: [[String: Cell]]) {
    guard let info = DataSchema.datasets.first(where: { $0.name == name }) else { return }
    datasets[name] = Dataset(info: info, rows: rows)
  }

  mutating func addMembers(_ t: MemberTable, linker: SourceIndex) {
    var byProvince: [String: [MemberMetric: MemberRow]] = [:]
    for r in t.rows { byProvince[r.province, default: [:]][r.metric] = r }
    let names = byProvince.keys.sorted(by: VietnameseCollation.less)
    add("members.byProvince", names.map { p in
      let m = byProvince[p]!
      func v(_ k: MemberMetric) -> Cell {
        m[k].map { Cell(ReportData.qualified($0.value, $0.qualifier), number: Double($0.value)) } ?? Cell("—")
      }
      let latest = m.values.compactMap(\.date).max()
      return ["province": Cell(p), "hoiVien": v(.hoi_vien), "hoiThanhVien": v(.hoi_thanh_vien), "chiHoi": v(.chi_hoi),
              "triThuc": v(.tri_thuc),
              "change": m[.hoi_vien]?.change.map { Cell(VietnameseFormat.change($0), number: Double($0)) } ?? Cell("—"),
              "date": Cell(VietnameseFormat.date(latest)), "source": linker.cell(m.values.flatMap(\.sources))]
    })
    let units = t.coverage.units
    add("members.totals", t.totals.map { tot in
      ["metric": Cell(tot.metric.label), "total": .count(tot.total), "coverage": Cell("\(tot.provincesWithData)/\(units)")]
    })
    // a metric no province has a figure for has no data: "—", not 0
    func total(_ m: MemberMetric) -> Cell {
      t.totals.first { $0.metric == m && $0.provincesWithData > 0 }.map { Cell.count($0.total) } ?? .noData
    }
    values["members.hoiVien"] = total(.hoi_vien)
    values["members.hoiVienProvinces"] = Cell("\(t.totals.first { $0.metric == .hoi_vien }?.provincesWithData ?? 0)/\(units)")
    values["members.hoiThanhVien"] = total(.hoi_thanh_vien)
    values["members.chiHoi"] = total(.chi_hoi)
    values["members.triThuc"] = total(.tri_thuc)
    values["members.provinces"] = .count(names.count)
    values["members.withoutProvince"] = .count(t.withoutProvince)
  }

  /// Meetings per month (0 for "month unknown") from a month-grouped table.
  static func months(_ t: MeetingTable, year: Int) -> [Int: Int] {
    var out: [Int: Int] = [:]
    for r in t.rows {
      let parts = r.key.split(separator: "-")
      if parts.count == 2, Int(parts[0]) == year, let m = Int(parts[1]) { out[m, default: 0] += r.meetings } else { out[0, default: 0] += r.meetings }
    }
    return out
  }

  /// "hơn 15.500", "khoảng 200", "1.500".
  static func qualified(_ v: Int, _ q: Qualifier) -> String {
    switch q {
    case .exact: return VietnameseFormat.grouped(v)
    case .more_than: return "hơn " + VietnameseFormat.grouped(v)
    case .about: return "khoảng " + VietnameseFormat.grouped(v)
    }
  }

  /// "Hà Nội, Huế và 3 tỉnh khác".
  static func listed(_ names: [String], max: Int = 4) -> String {
    let sorted = names.sorted(by: VietnameseCollation.less)
    if sorted.count <= max { return sorted.joined(separator: ", ") }
    return sorted.prefix(max).joined(separator: ", ") + " và \(sorted.count - max) nơi khác"
  }
}

/// Sources by path, to print a fact's sources as a linked cell.
struct SourceIndex {
  let byPath: [String: SourceRow]
  let link: SourceLinker

  init(_ rows: [SourceRow], link: @escaping SourceLinker) {
    byPath = Dictionary(rows.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
    self.link = link
  }

  /// The first source's name, linked, with "(+n)" for the others.
  func cell(_ paths: [String]) -> Cell {
    guard let first = paths.sorted().first else { return Cell("—") }
    let row = byPath[first] ?? SourceRow(name: NSStringPath(first).lastComponent, path: first, url: nil, title: nil,
                                         published: nil, facts: 0)
    let more = Set(paths).count - 1
    return Cell(row.name + (more > 0 ? " (+\(more))" : ""), link: link(row))
  }
}

/// A path's file name without extension, without Foundation.
struct NSStringPath {
  let path: String
  init(_ p: String) { path = p }
  var lastComponent: String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    if let dot = name.lastIndex(of: ".") { return String(name[..<dot]) }
    return name
  }
}
