import Foundation
import HTTPTypes
import Hummingbird
import VustaStore

/// A fact as the API gives it: the stored fact with its article's id and source URL.
struct APIFact: Encodable {
  var fact: StoredFact
  var documentId: Int64?
  var url: String?

  func encode(to encoder: Encoder) throws {
    try fact.encode(to: encoder)
    enum K: String, CodingKey { case documentId, url }
    var c = encoder.container(keyedBy: K.self)
    try c.encode(documentId, forKey: .documentId)
    try c.encode(url, forKey: .url)
  }
}

extension WebApp {
  /// The JSON API under /api: the same data and actions as the pages (docs/web.md, /api/openapi.json).
  /// State-changing calls carry the CSRF token in `X-CSRF-Token` (from GET /api/session).
  func addAPIRoutes(_ router: Router<WebContext>) {
    router.get("/api/session") { _, context -> Response in
      struct Session: Encodable { var csrf: String; var user: String?; var role: String?; var accounts: Bool }
      return try WebApp.json(Session(csrf: context.csrf, user: context.user?.name, role: context.user?.role.rawValue,
                                     accounts: try self.accountsRequired()))
    }
    router.get("/api/facts") { request, _ -> Response in
      let params = request.uri.queryParameters
      let q = try FactQuery({ params[Substring($0)].map(String.init) }, gazetteer: self.store.gazetteer)
      let (facts, total) = try await self.factPage(q)
      let links = try self.store.documentLinks(paths: facts.map(\.document))
      struct Page: Encodable { var total: Int; var page: Int; var pageSize: Int; var facts: [APIFact] }
      return try WebApp.json(Page(total: total, page: q.page, pageSize: q.pageSize, facts: facts.map {
        APIFact(fact: $0, documentId: links[$0.document]?.id, url: links[$0.document]?.url)
      }))
    }
    router.post("/api/facts/{id}/corrections") { request, context -> Response in
      let id = context.parameters.get("id") ?? ""
      try self.check(csrf: request.headers[HTTPField.Name("X-CSRF-Token")!], context, edit: true)
      let edit: FactEdit = try await self.decodeJSON(request)
      let n = try await self.blocking { [store = self.store] in try edit.apply(to: store, id: id) }
      self.storeChanged()
      struct Done: Encodable { var id: String; var documents: Int }
      return try WebApp.json(Done(id: id, documents: n))
    }
    router.get("/api/stats") { request, _ -> Response in
      let params = request.uri.queryParameters
      return try WebApp.json(try await self.summary(year: params["year"].map(String.init),
                                                    division: params["division"].map(String.init)))
    }
    router.get("/api/documents") { request, _ -> Response in
      let params = request.uri.queryParameters
      let search = params["q"].map(String.init)
      var page = 1
      if let t = params["page"] {
        guard let n = Int(t), n >= 1 else { throw WebError.badRequest("page \"\(t)\" không hợp lệ: cần một số từ 1.") }
        page = n
      }
      struct Page: Encodable { var total: Int; var page: Int; var documents: [DocumentSummary] }
      return try WebApp.json(Page(total: try self.store.documentCount(search: search), page: page,
                                  documents: try self.store.documents(search: search, limit: 50, offset: (page - 1) * 50)))
    }
    router.get("/api/documents/{id}") { _, context -> Response in
      let raw = context.parameters.get("id") ?? ""
      guard let id = Int64(raw), let doc = try self.store.document(id: id) else { throw WebError.notFound("bài viết \"\(raw)\"") }
      struct One: Encodable { var document: DocumentSummary; var facts: [StoredFact] }
      return try WebApp.json(One(document: doc, facts: try self.store.facts(FactFilter(document: doc.path))))
    }
    router.post("/api/documents") { request, context -> Response in
      let job = try await self.upload(request, context)
      return try WebApp.json(["job": job, "status": "/api/jobs/\(job)"], status: .accepted)
    }
    router.post("/api/documents/text") { request, context -> Response in
      try self.check(csrf: request.headers[HTTPField.Name("X-CSRF-Token")!], context, edit: true)
      struct Text: Decodable { var title: String?; var url: String?; var text: String }
      let t: Text = try await self.decodeJSON(request)
      let job = try self.paste(title: t.title?.nonEmptyTrimmed, url: t.url?.nonEmptyTrimmed, text: t.text)
      return try WebApp.json(["job": job, "status": "/api/jobs/\(job)"], status: .accepted)
    }
    router.get("/api/jobs/{id}") { _, context -> Response in
      let id = context.parameters.get("id") ?? ""
      guard Tokens.isID(id), let job = self.jobs.job(id) else { throw WebError.notFound("công việc \"\(id)\"") }
      return try WebApp.json(job)
    }
    router.post("/api/reports") { request, context -> Response in
      try self.check(csrf: request.headers[HTTPField.Name("X-CSRF-Token")!], context, edit: false)
      let req: ReportRequest = try await self.decodeJSON(request)
      _ = try req.validated()
      let id = self.startReport(req)
      return try WebApp.json(["id": id, "status": "/api/reports/\(id)"], status: .accepted)
    }
    router.get("/api/reports/{id}") { _, context -> Response in
      let id = context.parameters.get("id") ?? ""
      guard Tokens.isID(id) else { throw WebError.notFound("báo cáo \"\(id)\"") }
      struct File: Encodable { var name: String; var bytes: Int; var url: String }
      struct Report: Encodable {
        var id: String; var state: String; var error: String?; var year: Int?; var template: String?
        var files: [File]; var zip: String?; var preview: String?
      }
      if let job = self.jobs.job(id), job.state != .done {
        return try WebApp.json(Report(id: id, state: job.state.rawValue, error: job.error, files: []))
      }
      guard let m = self.reports.manifest(id) else { throw WebError.notFound("báo cáo \"\(id)\"") }
      return try WebApp.json(Report(
        id: id, state: "done", year: m.year, template: m.template,
        files: m.files.enumerated().map { File(name: $1.name, bytes: $1.bytes, url: "/bao-cao/\(id)/tep/\($0)") },
        zip: "/bao-cao/\(id)/tat-ca.zip", preview: m.preview == nil ? nil : "/bao-cao/\(id)/xem-truoc.png"))
    }
  }

  /// A JSON body decoded as `T`; 400 naming what is wrong, 415 when it is not JSON.
  func decodeJSON<T: Decodable>(_ request: Request) async throws -> T {
    guard request.headers[.contentType]?.lowercased().hasPrefix("application/json") == true else {
      throw WebError(.unsupportedMediaType, "Cần Content-Type: application/json.")
    }
    let buffer = try await body(request)
    do {
      return try JSONDecoder().decode(T.self, from: Data(buffer: buffer))
    } catch let DecodingError.keyNotFound(key, _) {
      throw WebError.badRequest("Thiếu trường \"\(key.stringValue)\" trong JSON (missing field).")
    } catch let DecodingError.typeMismatch(_, ctx) {
      throw WebError.badRequest("Trường \"\(ctx.codingPath.map(\.stringValue).joined(separator: "."))\" sai kiểu (wrong type).")
    } catch {
      throw WebError.badRequest("JSON không hợp lệ (malformed JSON).")
    }
  }
}
