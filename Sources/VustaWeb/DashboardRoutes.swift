import Foundation
import Hummingbird
import VustaModel
import VustaStats
import VustaStore

/// A page's title and body, rendered once and kept (the dashboard's, per store stamp).
struct RenderedPage: Sendable {
  var title: String
  var body: String
}

/// The year at a glance: what the dashboard and GET /api/stats show.
struct YearSummary: Encodable {
  var year: Int
  var division: String
  var years: [Int]
  var meetings: Int
  var nationalMeetings: Int
  var provincesWithMeetings: Int
  var units: Int
  var members: Int?
  var memberProvinces: Int
  var citations: Int
  var directives: Int
  var articles: Int
  var facts: Int
  var factsWithoutProvince: Int
  var needsReview: Int
  var coverage: String
}

extension WebApp {
  /// Tổng quan: year and division selectors, key figures, coverage, the tile map and charts.
  /// The page's body (0.5 MB, mostly inline SVG, the same for every viewer) is kept per store
  /// stamp like the figures it shows: moving it through the templates on every request was the
  /// dashboard's main cost.
  func addDashboardRoutes(_ router: Router<WebContext>) {
    router.get("/") { request, context -> Response in
      let params = request.uri.queryParameters
      let year = params["nam"].map(String.init), division = params["danh-muc"].map(String.init)
      let page = try await self.blocking { [store = self.store, bodies = self.dashboardPages] in
        try bodies.value(WebApp.summaryKey(year, division), stamp: try store.changeStamp()) {
          try self.dashboardPage(year: year, division: division)
        }
      }
      return self.page(body: page.body, title: page.title, section: "dashboard", context: context)
    }
  }

  /// Computes the default dashboard (the latest year) and the first page of facts on other
  /// threads, so the first visitors find them ready, and keeps the dashboard current while the
  /// store changes: at most every `every` seconds, when the store's stamp moved, it is computed
  /// again (on that thread, or in the background while the kept one is shown). Computed while an ingest runs it takes seconds, and a kept one
  /// older than `dashboardMaxStale` is not shown meanwhile, so without this the first visitors
  /// after a quiet spell waited for it (p99 about 1 s in a load test). Every `WebApp.confirmEvery`
  /// seconds (at most `every`) it also marks the kept dashboard and pages of facts current when
  /// the store has not changed (a stamp costs microseconds): after a quiet spell, the first
  /// requests of an ingest get the kept page at once while the next is read (without it, 32
  /// requests for the facts page waited over 2 s for one computation and timed out). Errors are
  /// left for the first request to show. The timer lives as long as the app.
  public func warmUp(every: Double = WebApp.dashboardRefresh) {
    let key = WebApp.summaryKey(nil, nil)
    let lastComputed = NSLock()
    var computedAt: UInt64? = nil
    let refresh = { [store = self.store, bodies = self.dashboardPages, pages = self.factPages] in
      guard let stamp = try? store.changeStamp() else { return }
      // (unchanged: the kept ones are current, and their age starts again)
      pages.confirmAll(stamp: stamp)
      if bodies.confirm(key, stamp: stamp) { return }
      let now = DispatchTime.now().uptimeNanoseconds
      let due = lastComputed.withLock { () -> Bool in
        guard computedAt.map({ now - $0 >= UInt64(every * 1e9) }) ?? true else { return false }
        computedAt = now
        return true
      }
      if due { _ = try? bodies.value(key, stamp: stamp) { try self.dashboardPage(year: nil, division: nil) } }
    }
    // the first page of facts too (its count over every fact took 200 ms cold on 685,000 articles)
    if let first = try? FactQuery({ _ in nil }, gazetteer: store.gazetteer) {
      Task.detached(priority: .utility) { _ = try? await self.factPageData(first, rows: true) }
    }
    let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
    timer.schedule(deadline: .now(), repeating: min(every, WebApp.confirmEvery), leeway: .milliseconds(200))
    timer.setEventHandler(handler: refresh)
    timer.resume()
    keepWarm = timer
  }

  /// How often `warmUp` marks the kept pages current while the store is unchanged (under the
  /// facts pages' 5 s bound).
  public static let confirmEvery = 2.0

  /// Stops keeping the default dashboard current (`warmUp`).
  public func stopWarmUp() {
    keepWarm?.cancel()
    keepWarm = nil
  }

  /// How often `warmUp` looks whether the store changed (under `dashboardMaxStale`, so the kept
  /// dashboard never gets too old to show while an ingest runs).
  public static let dashboardRefresh = 15.0

  /// The dashboard's title and rendered body for a year and division (`summary`'s parameters).
  func dashboardPage(year: String?, division: String?) throws -> RenderedPage {
    let summary = try cachedSummary(year: year, division: division)
    let division: Division = summary.division == "34" ? .new34 : .old63
    let charts = try self.charts.charts(year: summary.year, division: division, stamp: try store.changeStamp(),
                                        stats: Statistics(store: store))
    let g = NumberText.grouped
    let data: [String: Any] = [
      "year": summary.year, "division": summary.division,
      "years": summary.years.map { ["y": $0, "selected": $0 == summary.year] },
      "div63": division == .old63, "div34": division == .new34,
      "meetings": g(summary.meetings), "national": g(summary.nationalMeetings),
      "provinces": "\(summary.provincesWithMeetings)/\(summary.units)",
      "members": summary.members.map(g) ?? "—", "memberProvinces": summary.memberProvinces,
      "citations": g(summary.citations), "directives": g(summary.directives),
      "articles": g(summary.articles), "needsReview": g(summary.needsReview), "hasReview": summary.needsReview > 0,
      "facts": g(summary.facts), "withoutProvince": g(summary.factsWithoutProvince),
      "coverage": summary.coverage, "noData": summary.articles == 0 && summary.facts == 0,
      "charts": charts.map { ["title": $0.title, "svg": $0.svg, "name": $0.name] },
    ]
    return RenderedPage(title: "Tổng quan năm \(summary.year)", body: views.render(data, withTemplate: "dashboard") ?? "")
  }

  /// The key figures of a year (`nam`: default the latest year with data) in a division
  /// (`danh-muc` 63 or 34: default the one in force that year).
  func summary(year: String?, division: String?) async throws -> YearSummary {
    try await blocking { try self.cachedSummary(year: year, division: division) }
  }

  /// `summary`'s figures on the caller's thread: computed once per store change (every page
  /// view used to run them all).
  func cachedSummary(year: String?, division: String?) throws -> YearSummary {
    try summaries.value(WebApp.summaryKey(year, division), stamp: try store.changeStamp()) { [store] in
      try WebApp.computeSummary(store: store, year: year, division: division)
    }
  }

  /// The caches' key of a year and division as the request gave them.
  static func summaryKey(_ year: String?, _ division: String?) -> String {
    "\(year?.nonEmptyTrimmed ?? "")/\(division?.nonEmptyTrimmed ?? "")"
  }

  /// The key figures of a year, computed from the statistics (`summary` keeps them).
  static func computeSummary(store: Store, year: String?, division: String?) throws -> YearSummary {
    let stats = Statistics(store: store)
    let years = try stats.years()
    var y = years.last ?? Calendar(identifier: .gregorian).component(.year, from: Date())
    if let s = year?.nonEmptyTrimmed {
      guard let n = Int(s), (1945...2100).contains(n) else {
        throw WebError.badRequest("Năm \"\(s)\" không hợp lệ: cần một năm từ 1945 đến 2100 (year).")
      }
      y = n
    }
    var div: Division?
    if let d = division?.nonEmptyTrimmed {
      guard let dd = Division(rawValue: d) else {
        throw WebError.badRequest("Danh mục \"\(d)\" không hợp lệ: 63 hoặc 34 đơn vị (division).")
      }
      div = dd
    }
    let q = StatsQuery(period: .year(y), division: div)
    let resolved = try stats.division(for: q)
    let meetings = try stats.meetings(StatsQuery(period: .year(y), division: resolved, grouping: .province))
    let members = try stats.members(StatsQuery(period: .year(y), division: resolved, metric: .hoi_vien))
    let citations = try stats.citations(StatsQuery(period: .year(y), division: resolved))
    let hv = members.totals.first { $0.metric == .hoi_vien }
    return YearSummary(
      year: y, division: resolved.rawValue, years: years.contains(y) ? years : (years + [y]).sorted(),
      meetings: meetings.total, nationalMeetings: meetings.national,
      provincesWithMeetings: meetings.coverage.provinces, units: meetings.coverage.units,
      members: hv.map(\.total), memberProvinces: hv?.provincesWithData ?? 0,
      citations: citations.rows.reduce(0) { $0 + $1.mentions }, directives: citations.rows.count,
      articles: try stats.documentCount(.year(y)),
      facts: try store.factCount(FactFilter(year: y, includeRejected: false)),
      factsWithoutProvince: meetings.coverage.factsWithoutProvince,
      needsReview: try store.needsReviewCount(year: y), coverage: meetings.coverage.text)
  }
}
