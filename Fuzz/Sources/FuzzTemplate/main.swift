import CFuzzDriver
import Foundation
import VustaReports

/// Bytes of a report template → parsed (YAML + Mustache) → validated, or a file:line:col error.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
  guard let start else { return 0 }
  let yaml = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
  if let template = try? TemplateParser.parse(yaml, file: "mau.yaml") {
    _ = try? TemplateValidator.validate(template)
  }
  return 0
}

// libFuzzer runs fuzzTemplate on every input (the options are libFuzzer's: -runs, -max_total_time, …).
var argc = CommandLine.argc
var argv = Optional(CommandLine.unsafeArgv)
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzTemplate($0, $1) })
