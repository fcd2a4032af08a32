import ArgumentParser
import Foundation
import VustaModel
import VustaStore
import VustaSynth

/// `vusta synth --articles N --years A-B --seed S OUT/`: a synthetic corpus with its truth.
struct SynthCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "synth",
    abstract: "Sinh kho bài viết giả lập (kèm truth.json và sources.csv) để kiểm thử và đo tốc độ.",
    discussion: "Cùng seed cho cùng các tệp. Mã thoát (exit codes): 0 xong, 2 tham số sai, 74 không ghi được.")

  @Option(help: "Số bài viết.") var articles: Int = 1000
  @Option(help: "Giai đoạn A-B.") var years: String = "2015-2024"
  @Option(help: "Hạt giống ngẫu nhiên.") var seed: UInt64 = 1
  @Option(help: "Không ghi tệp: nạp thẳng dữ kiện chuẩn (truth) vào kho này (để đo tốc độ thống kê).")
  var intoDb: String?
  @Argument(help: "Thư mục ra.") var out: String = "synth"

  var range: ClosedRange<Int>? { try? YearOptions.range(years) }

  func validate() throws {
    if articles < 1 { throw ValidationError("--articles phải lớn hơn 0") }
    _ = try YearOptions.range(years)
  }

  func run() throws {
    let synth = CorpusSynthesizer(options: SynthOptions(articles: articles, years: range!, seed: seed))
    if let intoDb { return try load(synth, into: intoDb) }
    do {
      let s = try synth.write(to: out)
      Stderr.line("Đã sinh \(s.articles) bài (\(s.events) sự kiện; \(s.meetings) hội nghị, \(s.figures) số liệu, "
        + "\(s.citations) trích dẫn) vào \(out)/, kèm truth.json và sources.csv.")
    } catch let e as WriteFailure {
      Stderr.line("vusta: \(e)")
      throw Exit.ioError
    } catch {
      Stderr.line("vusta: \(out): không ghi được (cannot write): \(error)")
      throw Exit.ioError
    }
  }

  /// Streams the generated truth into a store in batches, writing no article files.
  func load(_ synth: CorpusSynthesizer, into path: String) throws {
    do {
      Failure.storePath = path
      let store = try Store.open(path: path)
      var batch: [ExtractedDocument] = []
      var tally = IngestTally()
      try synth.generate(folder: out) { a in
        batch.append(a.truth)
        if batch.count == 5000 {
          tally.add(try store.ingest(documents: batch))
          batch.removeAll(keepingCapacity: true)
        }
      }
      tally.add(try store.ingest(documents: batch))
      Stderr.line("Đã nạp \(tally.documents) bài giả lập vào \(path): \(tally.facts) dữ kiện.")
    } catch {
      throw Failure.report(error)
    }
  }
}
