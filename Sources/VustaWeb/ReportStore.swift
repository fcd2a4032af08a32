import Foundation
import VustaModel
import VustaPipeline
import VustaReports
import VustaStats
import VustaStore
import ZIPFoundation

/// What a person asks the Báo cáo page (or POST /api/reports) for.
struct ReportRequest: Decodable {
  var year: Int
  var template: String
  var number: String?
  var date: String?
  var signer: String?

  /// Checks every field: a year 1945…2100, a built-in template name (never a file a client
  /// names), a date YYYY-MM-DD, short texts. - Throws: `WebError` 400 naming the field.
  func validated() throws -> (ReportTemplate, ReportOptions) {
    guard (1945...2100).contains(year) else {
      throw WebError.badRequest("Năm \(year) không hợp lệ: cần một năm từ 1945 đến 2100 (year).")
    }
    guard ReportTemplates.builtIn.contains(template) else {
      throw WebError.badRequest("Mẫu \"\(template)\" không có; chọn một trong: \(ReportTemplates.builtIn.joined(separator: ", ")) (template).")
    }
    for (field, v) in [("số văn bản", number), ("người ký", signer)] where (v?.count ?? 0) > 120 {
      throw WebError.badRequest("Trường \(field) quá dài: tối đa 120 ký tự.")
    }
    var day: FactDate?
    if let d = date?.nonEmptyTrimmed {
      guard let f = FactDate(iso: d), f.day != nil, (1945...2100).contains(f.year) else {
        throw WebError.badRequest("Ngày ban hành \"\(d)\" không hợp lệ: cần dạng YYYY-MM-DD, ví dụ 2024-01-05 (date).")
      }
      day = f
    }
    let t: ReportTemplate
    do {
      t = try ReportTemplates.load(template)
    } catch {
      throw WebError(.internalServerError, "Không đọc được mẫu \(template): \(error)")
    }
    return (t, ReportOptions(year: year, number: number?.nonEmptyTrimmed ?? "…", date: day,
                             signer: signer?.nonEmptyTrimmed ?? ""))
  }
}

/// A generated set of documents on disk: `reports/<id>/` with a manifest of its files.
struct ReportManifest: Codable {
  struct File: Codable {
    /// The path under the report's folder ("2023/bao-cao-nam-2023.pdf").
    var name: String
    var bytes: Int
  }
  var id: String
  var year: Int
  var template: String
  var files: [File]
  var preview: String?
  var createdAt: String
}

/// Generates documents into the server's reports folder and finds them again by id only.
struct ReportStore {
  let root: String

  init(workDir: String) { root = (workDir as NSString).appendingPathComponent("reports") }

  /// The folder of a report id, nil for anything that is not an id (no path from a client).
  func folder(_ id: String) -> String? { Tokens.isID(id) ? (root as NSString).appendingPathComponent(id) : nil }

  /// Builds the documents (same builder as `vusta report`), writes each file whole (temporary
  /// file, rename), then the manifest. Returns the manifest.
  func generate(id: String, request: ReportRequest, store: Store) throws -> ReportManifest {
    let (template, options) = try request.validated()
    guard let dir = folder(id) else { throw WebError.notFound("báo cáo") }
    var builder = ReportBuilder(stats: Statistics(store: store), templates: [template], formats: ["pdf", "png", "svg"],
                                out: dir, province: nil, link: ReportStore.link)
    builder.previewDPI = 60
    let outputs: [ReportOutput]
    do {
      outputs = try builder.build(options: options)
    } catch let e as TemplateError {
      throw WebError(.internalServerError, "Mẫu \(request.template) lỗi: \(e)")
    }
    var files: [ReportManifest.File] = []
    var preview: String?
    for o in outputs {
      let rel = String(o.path.dropFirst(dir.count + 1))
      try FileManager.default.createDirectory(atPath: (o.path as NSString).deletingLastPathComponent,
                                              withIntermediateDirectories: true)
      try Data(o.bytes).write(to: URL(fileURLWithPath: o.path), options: .atomic)
      if o.isPreview {
        if preview == nil { preview = rel }
      } else {
        files.append(.init(name: rel, bytes: o.bytes.count))
      }
    }
    guard !files.isEmpty else {
      throw WebError.badRequest("Năm \(request.year) chưa có số liệu để lập \(request.template) (no data).")
    }
    let manifest = ReportManifest(id: id, year: request.year, template: request.template, files: files, preview: preview,
                                  createdAt: ISO8601DateFormatter().string(from: Date()))
    let e = JSONEncoder()
    e.outputFormatting = [.prettyPrinted, .sortedKeys]
    try e.encode(manifest).write(to: URL(fileURLWithPath: (dir as NSString).appendingPathComponent("manifest.json")),
                                 options: .atomic)
    return manifest
  }

  /// The manifest of a finished report, nil when the id is unknown.
  func manifest(_ id: String) -> ReportManifest? {
    guard let dir = folder(id),
          let data = FileManager.default.contents(atPath: (dir as NSString).appendingPathComponent("manifest.json")) else {
      return nil
    }
    return try? JSONDecoder().decode(ReportManifest.self, from: data)
  }

  /// The finished reports, newest first (at most `limit`).
  func list(limit: Int = 20) -> [ReportManifest] {
    let ids = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
    return ids.compactMap(manifest).sorted { $0.createdAt > $1.createdAt }.prefix(limit).map { $0 }
  }

  /// The bytes of a file of a report, by its number in the manifest.
  func file(_ id: String, index: Int) -> (ReportManifest.File, [UInt8])? {
    guard let m = manifest(id), let dir = folder(id), m.files.indices.contains(index) else { return nil }
    let f = m.files[index]
    guard let data = FileManager.default.contents(atPath: (dir as NSString).appendingPathComponent(f.name)) else { return nil }
    return (f, [UInt8](data))
  }

  /// The preview image of a report.
  func preview(_ id: String) -> [UInt8]? {
    guard let m = manifest(id), let p = m.preview, let dir = folder(id) else { return nil }
    return FileManager.default.contents(atPath: (dir as NSString).appendingPathComponent(p)).map { [UInt8]($0) }
  }

  /// Every file of a report in one ZIP (made once, kept beside the files).
  func zip(_ id: String) throws -> [UInt8]? {
    guard let m = manifest(id), let dir = folder(id) else { return nil }
    let target = (dir as NSString).appendingPathComponent("tat-ca.zip")
    if let data = FileManager.default.contents(atPath: target) { return [UInt8](data) }
    let tmp = target + ".tmp-" + Tokens.id()
    let base = URL(fileURLWithPath: dir)
    do {
      let archive = try Archive(url: URL(fileURLWithPath: tmp), accessMode: .create)
      for f in m.files { try archive.addEntry(with: f.name, relativeTo: base, compressionMethod: .deflate) }
    } catch {
      try? FileManager.default.removeItem(atPath: tmp)
      throw WebError(.internalServerError, "Không tạo được tệp ZIP (cannot build the ZIP): \(error)")
    }
    guard rename(tmp, target) == 0 else {
      try? FileManager.default.removeItem(atPath: tmp)
      throw WebError(.internalServerError, "Không ghi được tệp ZIP (cannot write the ZIP).")
    }
    return FileManager.default.contents(atPath: target).map { [UInt8]($0) }
  }

  /// A source's link in the documents: its URL, else its file name (no server path leaks).
  static let link: SourceLinker = { s in
    if let u = s.url, !u.isEmpty { return u }
    return "file://" + ((s.path as NSString).lastPathComponent.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "")
  }

  /// The MIME type of a file by extension.
  static func type(of name: String) -> String {
    switch (name as NSString).pathExtension.lowercased() {
    case "pdf": return "application/pdf"
    case "png": return "image/png"
    case "svg": return "image/svg+xml"
    case "zip": return "application/zip"
    default: return "application/octet-stream"
    }
  }
}
