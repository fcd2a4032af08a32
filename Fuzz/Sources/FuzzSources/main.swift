import CFuzzDriver
import Foundation
import VustaCorpus

/// Bytes of a sources.csv → its rows, or an error naming the line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSources(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
  guard let start else { return 0 }
  let data = Data(bytes: start, count: count)
  if let table = try? SourcesTable(data: data, path: "sources.csv") {
    for key in table.rows.keys { _ = table.info(forRelativePath: key) }
  }
  return 0
}

// libFuzzer runs fuzzSources on every input (the options are libFuzzer's: -runs, -max_total_time, …).
var argc = CommandLine.argc
var argv = Optional(CommandLine.unsafeArgv)
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzSources($0, $1) })
