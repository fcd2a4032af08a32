import CFuzzDriver
import Foundation
import VustaCorpus

/// Bytes → the HTML reader (text lines, canonical URL, published time, title, listing items).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
  guard let start else { return 0 }
  let html = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
  let page = HTMLText(html: html)
  _ = page.text.utf8.count
  return 0
}

// libFuzzer runs fuzzHTML on every input (the options are libFuzzer's: -runs, -max_total_time, …).
var argc = CommandLine.argc
var argv = Optional(CommandLine.unsafeArgv)
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzHTML($0, $1) })
