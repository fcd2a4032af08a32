import Foundation
import Hummingbird
import VustaPipeline
import VustaStats
import VustaStore

extension WebApp {
  var reports: ReportStore { ReportStore(workDir: config.workDir) }

  /// Báo cáo: choose year, template, number, date, signer; generate in the background; preview
  /// page 1; download each file or all as a ZIP — by report id and file number only.
  func addReportRoutes(_ router: Router<WebContext>) {
    router.get("/bao-cao") { _, context -> Response in
      let years = try Statistics(store: self.store).years()
      let latest = years.last
      let data: [String: Any] = [
        "years": years.map { ["y": $0, "selected": $0 == latest] }, "hasYears": !years.isEmpty,
        "templates": ReportTemplates.builtIn.map { ["name": $0, "label": WebApp.templateLabel($0)] },
        "reports": self.reports.list().map { m in
          ["id": m.id, "year": m.year, "template": WebApp.templateLabel(m.template), "files": m.files.count,
           "createdAt": m.createdAt] as [String: Any]
        },
      ]
      return self.page("reports", title: "Báo cáo", section: "reports", context: context, data: data)
    }
    router.post("/bao-cao") { request, context -> Response in
      let form = try await self.form(request, context, edit: false)
      guard let y = form["nam"], let year = Int(y) else {
        throw WebError.badRequest("Chưa chọn năm hoặc năm không hợp lệ (year).")
      }
      let req = ReportRequest(year: year, template: form["mau"] ?? "", number: form["so"], date: form["ngay"],
                              signer: form["nguoi-ky"])
      _ = try req.validated()
      return WebApp.redirect("/bao-cao/\(self.startReport(req))")
    }
    router.get("/bao-cao/{id}") { _, context -> Response in
      let id = context.parameters.get("id") ?? ""
      guard Tokens.isID(id) else { throw WebError.notFound("báo cáo") }
      if let job = self.jobs.job(id), job.state != .done {
        return self.page("report", title: "Báo cáo", section: "reports", context: context, data: [
          "running": job.state == .running, "error": job.error ?? "", "failed": job.state == .failed, "id": id,
        ], refresh: job.state == .running ? 1 : nil)
      }
      guard let m = self.reports.manifest(id) else { throw WebError.notFound("báo cáo") }
      return self.page("report", title: "Báo cáo năm \(m.year)", section: "reports", context: context, data: [
        "id": id, "year": m.year, "template": WebApp.templateLabel(m.template), "hasPreview": m.preview != nil,
        "files": m.files.enumerated().map { i, f in
          ["n": i, "name": f.name, "size": WebApp.size(f.bytes), "type": (f.name as NSString).pathExtension.uppercased()]
            as [String: Any]
        },
      ])
    }
    router.get("/bao-cao/{id}/xem-truoc.png") { _, context -> Response in
      let id = context.parameters.get("id") ?? ""
      guard let png = self.reports.preview(id) else { throw WebError.notFound("ảnh xem trước") }
      return WebApp.download(png, type: "image/png", name: nil)
    }
    router.get("/bao-cao/{id}/tep/{n}") { _, context -> Response in
      let id = context.parameters.get("id") ?? ""
      guard let n = context.parameters.get("n").flatMap({ Int($0) }), let (f, bytes) = self.reports.file(id, index: n) else {
        throw WebError.notFound("tệp của báo cáo")
      }
      return WebApp.download(bytes, type: ReportStore.type(of: f.name), name: (f.name as NSString).lastPathComponent)
    }
    router.get("/bao-cao/{id}/tat-ca.zip") { _, context -> Response in
      let id = context.parameters.get("id") ?? ""
      guard let m = self.reports.manifest(id) else { throw WebError.notFound("báo cáo") }
      let reports = self.reports
      guard let zip = try await self.blocking({ try reports.zip(id) }) else { throw WebError.notFound("báo cáo") }
      return WebApp.download(zip, type: "application/zip", name: "bao-cao-\(m.year)-\(m.template).zip")
    }
  }

  /// Starts generating a report in the background; its id is the job's id and the folder's name.
  func startReport(_ req: ReportRequest) -> String {
    let store = self.store, reports = self.reports
    let id = Tokens.id()
    return jobs.start(kind: "report", id: id) { update in
      update { $0.report = id }
      _ = try reports.generate(id: id, request: req, store: store)
    }
  }

  static func templateLabel(_ name: String) -> String {
    switch name {
    case "bao-cao-nam": return "Báo cáo tổng kết năm"
    case "tom-tat-tinh": return "Tóm tắt số liệu từng tỉnh"
    case "to-roi-a5": return "Tờ rơi A5"
    default: return name
    }
  }

  /// "1,2 MB", "35 kB".
  static func size(_ n: Int) -> String {
    n >= 1_000_000 ? String(format: "%.1f MB", Double(n) / 1e6).replacingOccurrences(of: ".", with: ",")
      : "\(max(1, n / 1000)) kB"
  }
}
