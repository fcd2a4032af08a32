import CFuzzDriver
import Foundation
import VustaCorpus
import VustaExtract

/// Bytes of a file → decoded article (UTF-8/16/32, Windows-1258, HTML) → every fact.
/// The first byte chooses the file's extension so both the text and the HTML paths run.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticle(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
  guard let start, count > 0 else { return 0 }
  let data = Data(bytes: start + 1, count: count - 1)
  let name = start[0] & 1 == 0 ? "bai.txt" : "bai.html"
  guard let article = Corpus().article(path: name, data: data, sources: nil, warn: { _ in }) else { return 0 }
  _ = Shared.extractor.extractAll(article)
  return 0
}

/// Lazily made (a static), whichever `main` — ours or libFuzzer's — starts the program.
enum Shared {
  /// Small pieces so the splitting of long articles is reached too.
  static let extractor = Extractor(pieceBytes: 4_096)
}

// libFuzzer runs fuzzArticle on every input (the options are libFuzzer's: -runs, -max_total_time, …).
var argc = CommandLine.argc
var argv = Optional(CommandLine.unsafeArgv)
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzArticle($0, $1) })
