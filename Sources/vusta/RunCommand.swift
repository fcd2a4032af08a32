import ArgumentParser
import Foundation
import VustaModel

/// `vusta run`: the main job until reports land — extract the seeds, write reports/facts.json,
/// print a summary.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Chạy toàn bộ: trích xuất các bài trong PATH (mặc định seeds/) và ghi reports/facts.json.")

  @Argument(help: "Tệp hoặc thư mục bài viết (article files or folders).")
  var paths: [String] = ["seeds"]

  @Option(help: "Thư mục ra (output folder).")
  var out: String = "reports"

  func run() throws {
    let docs = try ExtractionRun.extract(paths: paths)
    let target = (out as NSString).appendingPathComponent("facts.json")
    do {
      try OutputFile.folder(out)
      try OutputFile.write(FactsJSONWriter.file(docs) + [0x0A], to: target)
    } catch let e as OutputError {
      Diagnostics.error(e.description)
      throw Exit.ioError
    }
    let meetings = docs.reduce(0) { $0 + $1.meetings.count }
    let figures = docs.reduce(0) { $0 + $1.memberFigures.count }
    let citations = docs.reduce(0) { $0 + $1.citations.count }
    let unknown = docs.reduce(0) { $0 + $1.factsWithoutProvince }
    print("""
      Đã đọc \(docs.count) bài: \(meetings) hội nghị, \(figures) số liệu hội viên, \(citations) văn bản được trích dẫn; \
      \(unknown) dữ kiện chưa xác định tỉnh.
      Đã ghi \(target)
      """)
  }
}
