import Foundation

/// How many cores this process may run on.
enum Cores {
  /// The processors of the process's affinity mask (`taskset`, a container's cpuset), which
  /// Foundation's `activeProcessorCount` does not honour on Linux: the `Cpus_allowed` mask of
  /// /proc/self/status, at most the processors online; that count where there is no such file.
  static let available: Int = {
    let online = ProcessInfo.processInfo.activeProcessorCount
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return online }
    return min(online, allowed(status: status) ?? online)
  }()

  /// The processors allowed by the `Cpus_allowed:` line of a /proc status text (a hexadecimal
  /// mask in comma-separated words), or nil when the line is missing or unreadable.
  static func allowed(status: String) -> Int? {
    guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed:") }) else { return nil }
    var n = 0
    for c in line.dropFirst("Cpus_allowed:".count) where c != "," && c != " " && c != "\t" {
      guard let v = c.hexDigitValue else { return nil }
      n += v.nonzeroBitCount
    }
    return n > 0 ? n : nil
  }
}
