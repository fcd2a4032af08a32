import Foundation

/// Runs the built `vusta` binary as a person would, for the end-to-end tests.
enum VustaProcess {
  /// The repository root (seeds/, templates/).
  static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The `vusta` executable beside the test bundle (or in .build/debug).
  static var binary: URL {
    let beside = Bundle.allBundles.first { $0.bundleURL.pathExtension == "xctest" }?.bundleURL.deletingLastPathComponent()
    let dir = beside.flatMap { FileManager.default.fileExists(atPath: $0.appendingPathComponent("vusta").path) ? $0 : nil }
      ?? repoRoot.appendingPathComponent(".build/debug")
    return dir.appendingPathComponent("vusta")
  }

  /// Runs `vusta ARGS` in `cwd` (the repository root by default) without $VUSTA_DB;
  /// returns the exit status, stdout and stderr. `tool` runs another program instead (setpriv).
  static func run(_ args: [String], cwd: URL = repoRoot, tool: URL? = nil) throws -> (code: Int32, out: String, err: String) {
    let p = Process()
    p.executableURL = tool ?? binary
    p.arguments = args
    p.currentDirectoryURL = cwd
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "VUSTA_DB")
    p.environment = env
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
  }
}
