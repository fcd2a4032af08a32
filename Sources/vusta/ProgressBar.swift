import Foundation

/// A one-line progress bar on stderr, drawn only when stderr is a terminal.
final class ProgressBar {
  let total: Int
  let enabled: Bool
  private var last = Date.distantPast

  init(total: Int, enabled: Bool = Stderr.isTerminal) {
    self.total = total
    self.enabled = enabled && total > 0
  }

  /// Redraws at most ten times a second.
  func update(_ done: Int, force: Bool = false) {
    guard enabled else { return }
    let now = Date()
    if !force && now.timeIntervalSince(last) < 0.1 && done < total { return }
    last = now
    let width = 30
    let filled = total == 0 ? width : width * done / total
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    Stderr.write("\r\(bar) \(done)/\(total) bài")
  }

  /// Clears the line.
  func finish() {
    guard enabled else { return }
    Stderr.write("\r" + String(repeating: " ", count: 60) + "\r")
  }
}
