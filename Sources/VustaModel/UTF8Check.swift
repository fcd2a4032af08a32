import Foundation

/// Where bytes stop being UTF-8, for messages that name the line ("dòng 7, byte 12").
public enum UTF8Check {
  /// The first invalid UTF-8 sequence: its 1-based line and byte column; nil when the bytes are UTF-8.
  public static func firstInvalid(_ data: Data) -> (line: Int, column: Int)? {
    let bytes = [UInt8](data)
    var i = 0, line = 1, lineStart = 0
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x0A { line += 1; lineStart = i + 1; i += 1; continue }
      if b < 0x80 { i += 1; continue }
      let need: Int, low: UInt8, high: UInt8
      switch b {
      case 0xC2...0xDF: need = 1; low = 0x80; high = 0xBF
      case 0xE0: need = 2; low = 0xA0; high = 0xBF
      case 0xE1...0xEC, 0xEE...0xEF: need = 2; low = 0x80; high = 0xBF
      case 0xED: need = 2; low = 0x80; high = 0x9F
      case 0xF0: need = 3; low = 0x90; high = 0xBF
      case 0xF1...0xF3: need = 3; low = 0x80; high = 0xBF
      case 0xF4: need = 3; low = 0x80; high = 0x8F
      default: return (line, i - lineStart + 1)
      }
      // a sequence cut short by the end of the data
      if i + need >= bytes.count { return (line, i - lineStart + 1) }
      let second = bytes[i + 1]
      if second < low || second > high { return (line, i - lineStart + 1) }
      for k in stride(from: 2, through: need, by: 1) where bytes[i + k] & 0xC0 != 0x80 { return (line, i - lineStart + 1) }
      i += need + 1
    }
    return nil
  }
}
