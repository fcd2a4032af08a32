//! Usage errors as the README documents them: exit 2, in Vietnamese with the English gist.
//! swift-argument-parser would exit 64 in English only, and would read a file name such as
//! `-hoi-nghi.txt` as the short flags -h -o -i … and print help with exit 0.

import ArgumentParser
import Foundation

/// Turns command-line mistakes into a Vietnamese message and exit 2.
enum UsageErrors {
  /// The message for an argument that starts with a single "-" and is longer than one flag
  /// (`-hoi-nghi.txt`), before the `--` terminator; nil when there is none. No vusta option is
  /// written that way, so it is a file name typed without `--` or `./`.
  static func dashedFileName(in args: [String]) -> String? {
    for (i, a) in args.enumerated() {
      if a == "--" { return nil }
      guard a.hasPrefix("-"), !a.hasPrefix("--"), a.count > 2, Double(a) == nil else { continue }
      let before = (["vusta"] + args[..<i]).joined(separator: " ")
      return "lỗi cách dùng (usage error): \"\(a)\" không phải tùy chọn của vusta. Nếu đó là tên tệp, hãy viết "
        + "`\(before) -- \(a)` hoặc `\(before) ./\(a)` "
        + "(not an option; a file name starting with \"-\" goes after \"--\" or is written as ./\(a))"
    }
    return nil
  }

  /// The Vietnamese wording of swift-argument-parser's English messages, put before them.
  static func vietnamese(_ english: String) -> String {
    let known: [(String, String)] = [
      ("Unknown option", "tùy chọn lạ"),
      ("Unexpected argument", "tham số thừa hoặc lệnh lạ"),
      ("Missing value for", "thiếu giá trị cho tùy chọn"),
      ("Missing expected argument", "thiếu tham số bắt buộc"),
      ("The value", "giá trị không hợp lệ"),
      ("Unknown subcommand", "lệnh lạ"),
      ("Missing subcommand", "thiếu lệnh"),
    ]
    for (prefix, vi) in known where english.hasPrefix(prefix) { return "\(vi) (\(english))" }
    return english
  }

  /// A help text with swift-argument-parser's headings and phrases in Vietnamese (the English
  /// word after each); nil for any other message (a completion script, a version).
  static func vietnameseHelp(_ text: String) -> String? {
    guard text.hasPrefix("OVERVIEW:") || text.hasPrefix("USAGE:") else { return nil }
    let phrases: [(String, String)] = [
      ("OVERVIEW:", "TỔNG QUAN (OVERVIEW):"), ("USAGE:", "CÁCH DÙNG (USAGE):"), ("ARGUMENTS:", "THAM SỐ (ARGUMENTS):"),
      ("OPTIONS:", "TÙY CHỌN (OPTIONS):"), ("SUBCOMMANDS:", "LỆNH CON (SUBCOMMANDS):"),
      ("Show help information.", "In hướng dẫn này (show help)."), ("Show the version.", "In phiên bản (show the version)."),
      ("(default: ", "(mặc định: "), ("(values: ", "(giá trị: "),
      ("See 'vusta help <subcommand>' for detailed help.", "Xem 'vusta help <lệnh con>' để biết chi tiết (detailed help)."),
    ]
    var out = text
    for (en, vi) in phrases { out = out.replacingOccurrences(of: en, with: vi) }
    return out
  }

  /// Reports a parse or validation error on stderr: the message, the usage line, and exit 2.
  static func report<C: ParsableCommand>(_ error: Error, of command: C.Type) -> Int32 {
    let message = vietnamese(command.message(for: error))
    let usage = command.fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: false)
      .drop { !$0.hasPrefix("Usage:") }
      .map { $0.replacingOccurrences(of: "Usage:", with: "Cách dùng (usage):")
        .replacingOccurrences(of: "See '", with: "Xem '").replacingOccurrences(of: "' for more information.", with: "' (more information).") }
    Stderr.line("vusta: lỗi cách dùng (usage error): \(message)")
    if !usage.isEmpty { Stderr.line(usage.joined(separator: "\n")) }
    return Exit.usage.rawValue
  }
}
