import Crypto
import Foundation

/// Random tokens (sessions, CSRF, report and job ids) and their constant-time comparison.
enum Tokens {
  /// `bytes` random bytes as lowercase hex (from the system's CSPRNG).
  static func random(bytes: Int = 32) -> String {
    var g = SystemRandomNumberGenerator()
    let hex = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes * 2)
    for _ in 0..<bytes {
      let b = UInt8.random(in: 0...255, using: &g)
      out.append(hex[Int(b >> 4)]); out.append(hex[Int(b & 15)])
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// A 16-hex-digit id (reports, jobs, upload folders).
  static func id() -> String { random(bytes: 8) }

  /// True when `s` has the shape of an id: 16 lowercase hex digits (never a path).
  static func isID(_ s: String) -> Bool { s.count == 16 && s.allSatisfy { $0.isHexDigit && !$0.isUppercase } }

  /// Compares two tokens in time independent of where they differ.
  static func equal(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8), y = Array(b.utf8)
    guard x.count == y.count, !x.isEmpty else { return false }
    var diff: UInt8 = 0
    for i in 0..<x.count { diff |= x[i] ^ y[i] }
    return diff == 0
  }
}
