import CFuzzDriver
import Foundation
import VustaStore

/// Bytes of a spreadsheet → the facts of `vusta import`, or the bad lines.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
  guard let start else { return 0 }
  let data = Data(bytes: start, count: count)
  _ = try? Shared.reader.read(data: data, path: "nhap.csv")
  return 0
}

/// Lazily made (a static), whichever `main` — ours or libFuzzer's — starts the program.
enum Shared {
  static let reader = RecordImport()
}

// libFuzzer runs fuzzImport on every input (the options are libFuzzer's: -runs, -max_total_time, …).
var argc = CommandLine.argc
var argv = Optional(CommandLine.unsafeArgv)
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzImport($0, $1) })
