import Foundation
import Hummingbird
import VustaCorpus
import VustaModel
import VustaPipeline
import VustaReports
import VustaStore

extension WebApp {
  /// Bài viết: upload files or paste a text (ingested in the background, with progress), the
  /// list of stored articles, and each article with its facts, text and warnings.
  func addArticleRoutes(_ router: Router<WebContext>) {
    router.get("/bai-viet") { request, context -> Response in
      let params = request.uri.queryParameters
      let search = params["q"].map(String.init)?.nonEmptyTrimmed
      var page = 1
      if let t = params["trang"] {
        guard let n = Int(t), n >= 1 else { throw WebError.badRequest("Trang \"\(t)\" không hợp lệ: cần một số từ 1 (page).") }
        page = n
      }
      let size = 50
      let docs = try self.store.documents(search: search, limit: size, offset: (page - 1) * size)
      let total = try self.store.documentCount(search: search)
      let pages = max(1, (total + size - 1) / size)
      if page > pages {
        return WebApp.redirect("/bai-viet" + HTML.query([("q", search), ("trang", pages > 1 ? String(pages) : nil)]))
      }
      var data: [String: Any] = [
        "docs": docs.map(self.documentRow), "total": NumberText.grouped(total), "search": search ?? "",
        "page": page, "pages": pages, "empty": docs.isEmpty, "editable": context.user?.canEdit == true,
        "limitMB": self.config.maxUploadBytes / (1024 * 1024),
      ]
      if page > 1 { data["prev"] = "/bai-viet" + HTML.query([("q", search), ("trang", String(page - 1))]) }
      if page < pages { data["next"] = "/bai-viet" + HTML.query([("q", search), ("trang", String(page + 1))]) }
      return self.page("articles", title: "Bài viết", section: "articles", context: context, data: data)
    }
    router.post("/bai-viet/tai-len") { request, context -> Response in
      let job = try await self.upload(request, context)
      return WebApp.redirect("/bai-viet/nap/\(job)")
    }
    router.post("/bai-viet/dan") { request, context -> Response in
      let form = try await self.form(request, context, edit: true)
      let job = try self.paste(title: form["tieu-de"], url: form["url"], text: form["noi-dung"])
      return WebApp.redirect("/bai-viet/nap/\(job)")
    }
    router.get("/bai-viet/nap/{job}") { _, context -> Response in
      let id = context.parameters.get("job") ?? ""
      guard Tokens.isID(id), let job = self.jobs.job(id), job.kind == "ingest" else { throw WebError.notFound("lượt nạp bài") }
      let running = job.state == .running
      return self.page("ingest-job", title: "Nạp bài viết", section: "articles", context: context, data: [
        "running": running, "done": job.done, "total": job.total, "failed": job.state == .failed,
        "summary": job.summary ?? "", "error": job.error ?? "", "warnings": job.warnings,
        "hasWarnings": !job.warnings.isEmpty,
      ], refresh: running ? 1 : nil)
    }
    router.get("/bai-viet/{id}") { _, context -> Response in
      let raw = context.parameters.get("id") ?? ""
      guard let id = Int64(raw), let doc = try self.store.document(id: id) else { throw WebError.notFound("bài viết \"\(raw)\"") }
      let facts = try self.store.facts(FactFilter(document: doc.path))
      let link = DocumentLink(id: doc.id, url: doc.url)
      var warnings: [String] = []
      let file = DocumentFile.file(of: doc.path)
      let article = doc.origin == "article"
        ? Corpus().read(path: file, sources: nil, warn: { warnings.append($0.message) }) : nil
      var data = self.documentRow(doc)
      data["facts"] = facts.map { self.factRow($0, link: link, search: nil, back: "/bai-viet/\(doc.id)") }
      data["hasFacts"] = !facts.isEmpty
      data["text"] = article?.text ?? ""
      data["hasText"] = article != nil
      data["warnings"] = warnings
      data["hasWarnings"] = !warnings.isEmpty
      data["editable"] = context.user?.canEdit == true
      data["provinces"] = self.provinceNames()
      return self.page("article", title: doc.title ?? doc.path, section: "articles", context: context, data: data)
    }
  }

  /// A stored path as a person reads it: a file uploaded through the app by its name ("tải lên:
  /// hoi-nghi.txt"), not the server's folder it was saved in; any other path as stored.
  func displayPath(_ path: String) -> String {
    let uploads = (config.workDir as NSString).appendingPathComponent("uploads") + "/"
    guard path.hasPrefix(uploads) else { return path }
    let rest = path.dropFirst(uploads.count)
    guard let slash = rest.firstIndex(of: "/") else { return path }
    return "tải lên: " + rest[rest.index(after: slash)...]
  }

  /// One row of the articles list.
  func documentRow(_ d: DocumentSummary) -> [String: Any] {
    var row: [String: Any] = [
      "id": d.id, "path": displayPath(d.path), "title": d.title ?? (d.path as NSString).lastPathComponent,
      // (an empty string opens a section: the page tests `hasPublished`, not "đăng ngày" with nothing after it)
      "published": d.published.flatMap(FactDate.init(iso:))?.vietnamese ?? "", "hasPublished": d.published != nil,
      "origin": d.origin,
      "meetings": d.meetings, "figures": d.figures, "citations": d.citations, "ingestedAt": d.ingestedAt,
    ]
    if let u = d.url, u.hasPrefix("http://") || u.hasPrefix("https://") { row["url"] = u }
    return row
  }

  /// Saves the files of a multipart upload into a fresh folder and starts their ingest.
  /// - Returns: the ingest job's id.
  /// - Throws: 403 (CSRF, viewer), 413 (too large), 400 (not multipart, no file, no accepted file).
  func upload(_ request: Request, _ context: WebContext) async throws -> String {
    guard let boundary = Multipart.boundary(contentType: request.headers[.contentType]) else {
      throw WebError(.unsupportedMediaType, "Cần gửi tệp dạng multipart/form-data (expected a multipart upload).")
    }
    let body = try await self.body(request)
    let parts = try Multipart.parse(Array(buffer: body), boundary: boundary)
    try check(csrf: parts.first { $0.name == "csrf" }?.text, context, edit: true)
    let files = parts.filter { $0.filename != nil && !($0.filename ?? "").isEmpty }
    guard !files.isEmpty else { throw WebError.badRequest("Chưa chọn tệp nào (no file in the upload).") }
    var skipped: [String] = []
    var kept: [(String, [UInt8])] = []
    for f in files {
      guard let name = UploadFolder.safeName(f.filename ?? ""), UploadFolder.accepted(name) else {
        skipped.append("\(f.filename ?? ""): không phải .txt, .md, .html, .htm hay sources.csv, bỏ qua (format not read, skipped)")
        continue
      }
      kept.append((name, f.data))
    }
    guard kept.contains(where: { $0.0.lowercased() != "sources.csv" }) else {
      throw WebError.badRequest("Không có tệp bài viết nào đọc được (.txt, .md, .html, .htm). " + skipped.joined(separator: "; "))
    }
    let folder = try UploadFolder(root: config.workDir)
    for (name, bytes) in kept { _ = try folder.write(bytes, name: name) }
    return startIngest(folder: folder.path, warnings: skipped)
  }

  /// Saves a pasted text (and its title and URL as a sources.csv row) and starts its ingest.
  func paste(title: String?, url: String?, text: String?) throws -> String {
    guard let text, !text.isEmpty else { throw WebError.badRequest("Chưa dán nội dung bài viết (text is empty).") }
    if let url, !(url.hasPrefix("http://") || url.hasPrefix("https://")) || url.contains(where: { $0.isWhitespace }) {
      throw WebError.badRequest("Địa chỉ \"\(url)\" không hợp lệ: cần http:// hoặc https:// (bad URL).")
    }
    let folder = try UploadFolder(root: config.workDir)
    let slug = title.map { VietnameseFormat.slug($0) }.flatMap { $0.isEmpty ? nil : String($0.prefix(60)) } ?? "bai-dan"
    let name = slug + ".txt"
    _ = try folder.write(Array(text.utf8), name: name)
    if title != nil || url != nil {
      func q(_ s: String?) -> String { "\"" + (s ?? "").replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
      let csv = "file,url,published,province,title\n" + [q(name), q(url), "", "", q(title)].joined(separator: ",") + "\n"
      _ = try folder.write(Array(csv.utf8), name: "sources.csv")
    }
    return startIngest(folder: folder.path, warnings: [])
  }

  /// Ingests a folder in the background through the same code as `vusta ingest`.
  func startIngest(folder: String, warnings: [String]) -> String {
    let store = self.store
    return jobs.start(kind: "ingest") { update in
      update { $0.warnings = warnings }
      let started = Date()
      var runner = IngestRunner(store: store)
      runner.warn = { w in
        let name = (w.path as NSString).lastPathComponent
        update { $0.warnings.append("\(name): \(w.message)") }
      }
      do {
        defer { self.storeChanged() }
        let tally = try runner.ingest(paths: [folder]) { done, total in update { $0.done = done; $0.total = total } }
        self.storeChanged()
        update { $0.summary = IngestSummary.text(tally, seconds: Date().timeIntervalSince(started)) }
      } catch let e as CorpusError {
        throw WebError.badRequest(e.description)
      }
    }
  }
}
