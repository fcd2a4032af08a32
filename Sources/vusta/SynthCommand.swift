import ArgumentParser
import Foundation
import VustaSynth

/// `vusta synth --articles N --years A-B --seed S OUT/`: a synthetic corpus with its truth.
struct SynthCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "synth",
    abstract: "Sinh kho bài viết giả lập (kèm truth.json và sources.csv) để kiểm thử và đo tốc độ.",
    discussion: "Cùng seed cho cùng các tệp. Exit codes: 0 ok, 2 tham số sai, 74 không ghi được.")

  @Option(help: "Số bài viết.") var articles: Int = 1000
  @Option(help: "Giai đoạn A-B.") var years: String = "2015-2024"
  @Option(help: "Hạt giống ngẫu nhiên.") var seed: UInt64 = 1
  @Argument(help: "Thư mục ra.") var out: String

  var range: ClosedRange<Int>? {
    let p = years.split(separator: "-").compactMap { Int($0) }
    if p.count == 1 { return p[0]...p[0] }
    guard p.count == 2, p[0] <= p[1], p[0] >= 1990, p[1] <= 2100 else { return nil }
    return p[0]...p[1]
  }

  func validate() throws {
    if articles < 1 { throw ValidationError("--articles phải lớn hơn 0") }
    if range == nil { throw ValidationError("--years cần dạng A-B, ví dụ 2015-2024") }
  }

  func run() throws {
    let synth = CorpusSynthesizer(options: SynthOptions(articles: articles, years: range!, seed: seed))
    do {
      let s = try synth.write(to: out)
      Stderr.line("Đã sinh \(s.articles) bài (\(s.events) sự kiện; \(s.meetings) hội nghị, \(s.figures) số liệu, "
        + "\(s.citations) trích dẫn) vào \(out)/, kèm truth.json và sources.csv.")
    } catch {
      Stderr.line("vusta: \(out): không ghi được: \(error.localizedDescription)")
      throw Exit.ioError
    }
  }
}
