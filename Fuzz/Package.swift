// swift-tools-version:6.0
// libFuzzer targets for vusta's readers (issue 12). Built only by `make fuzz` (scripts/fuzz.sh)
// with `-sanitize=fuzzer,address`; the main package and `swift test` never see it.
import Foundation
import PackageDescription

// The main package is the folder above; SwiftPM names a path dependency after its folder.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let vusta = root.lastPathComponent

/// One fuzz target: Sources/<name>/main.swift hands its test function to libFuzzer's driver.
func fuzzer(_ name: String, _ products: [String]) -> Target {
  .executableTarget(name: name, dependencies: ["CFuzzDriver"] + products.map { .product(name: $0, package: vusta) })
}

let package = Package(
  name: "vusta-fuzz",
  dependencies: [.package(path: "..")],
  targets: [
    // The declaration of LLVMFuzzerRunDriver (libFuzzer itself comes with -sanitize=fuzzer).
    .target(name: "CFuzzDriver"),
    fuzzer("FuzzArticle", ["VustaCorpus", "VustaExtract"]),
    fuzzer("FuzzHTML", ["VustaCorpus"]),
    fuzzer("FuzzSources", ["VustaCorpus"]),
    fuzzer("FuzzImport", ["VustaStore"]),
    fuzzer("FuzzTemplate", ["VustaReports"]),
  ],
  swiftLanguageModes: [.v5]
)
