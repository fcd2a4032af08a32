import ArgumentParser
import Foundation

/// The `vusta` command: Vietnamese news about VUSTA → facts → statistics → reports.
@main
struct Vusta: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "vusta",
    abstract: "Đọc tin bài về Liên hiệp các Hội KH&KT Việt Nam, thống kê và lập báo cáo.",
    discussion: """
      Mã thoát (exit codes): 0 xong, 1 lỗi, 2 sai cách dùng, 65 dữ liệu vào hỏng, 66 thiếu đầu vào, 74 lỗi đọc, ghi tệp.
      """,
    subcommands: [
      ExtractCommand.self,
      ProvincesCommand.self,
      RunCommand.self,
      // Commands of the store, statistics, charts and reports are added below this line.
      ChartCommand.self,
      IngestCommand.self,
      FactsCommand.self,
      CorrectCommand.self,
      ImportCommand.self,
      StatsCommand.self,
      SynthCommand.self,
      ReportCommand.self,
      ServeCommand.self,
      UserCommand.self,
    ]
  )

  /// Parses and runs a command. Usage errors exit 2 in Vietnamese (UsageErrors), not
  /// swift-argument-parser's 64 in English; help and every other error are reported as usual.
  static func main() {
    let args = Array(CommandLine.arguments.dropFirst())
    if let message = UsageErrors.dashedFileName(in: args) {
      Stderr.line("vusta: " + message)
      Foundation.exit(Exit.usage.rawValue)
    }
    do {
      var command = try parseAsRoot(args)
      try command.run()
    } catch {
      if exitCode(for: error) == .validationFailure { Foundation.exit(UsageErrors.report(error, of: Vusta.self)) }
      // help in Vietnamese (its headings and the parser's own phrases; the English gist kept)
      if exitCode(for: error) == .success, let help = UsageErrors.vietnameseHelp(fullMessage(for: error)) {
        Stdout.write(help + "\n")
        Foundation.exit(0)
      }
      exit(withError: error)
    }
    Foundation.exit(0)
  }
}
