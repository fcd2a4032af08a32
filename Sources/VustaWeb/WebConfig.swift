import Foundation

/// How `vusta serve` runs: the store, the address, and the server-side folder of uploads and
/// generated documents.
public struct WebConfig: Sendable {
  /// The SQLite store (created when missing).
  public var dbPath: String
  /// The address to bind; 127.0.0.1 unless an office network is meant (then accounts are required).
  public var host: String
  public var port: Int
  /// Where uploads (`uploads/<id>/`) and documents (`reports/<id>/`) are written; nothing a
  /// client sends names a path in it.
  public var workDir: String
  /// The largest request body accepted (uploads): 413 beyond it.
  public var maxUploadBytes: Int
  /// bcrypt cost for passwords set through the app (tests lower it).
  public var bcryptCost: UInt8

  public init(dbPath: String, host: String = "127.0.0.1", port: Int = 8080, workDir: String? = nil,
              maxUploadBytes: Int = 20 * 1024 * 1024, bcryptCost: UInt8 = 12) {
    self.dbPath = dbPath
    self.host = host
    self.port = port
    let dir = (dbPath as NSString).deletingLastPathComponent
    self.workDir = workDir ?? ((dir.isEmpty ? "." : dir) as NSString).appendingPathComponent("vusta-web")
    self.maxUploadBytes = maxUploadBytes
    self.bcryptCost = bcryptCost
  }

  /// True for 127.0.0.1, ::1 and localhost: only this machine can connect.
  public static func isLoopback(_ host: String) -> Bool {
    ["127.0.0.1", "::1", "localhost"].contains(host.lowercased()) || host.hasPrefix("127.")
  }
}
