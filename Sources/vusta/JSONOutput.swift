import Foundation

/// JSON for scripts: sorted keys, pretty, UTF-8 as is.
enum JSONOutput {
  static func encode<T: Encodable>(_ value: T) throws -> String {
    let e = JSONEncoder()
    e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try e.encode(value), as: UTF8.self) + "\n"
  }
}

extension PrintedTable {
  /// Prints the table in a format.
  func print(_ format: TableFormat) {
    Stdout.write(format == .csv ? csv() : terminal())
  }
}
