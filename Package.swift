// swift-tools-version:6.0
// vusta: Vietnamese news about VUSTA → facts → statistics → reports (see docs/architecture.md).
import PackageDescription

let package = Package(
  name: "vusta",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "vusta", targets: ["vusta"]),
    .library(name: "VustaExtract", targets: ["VustaExtract"]),
    .library(name: "VustaCorpus", targets: ["VustaCorpus"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
  ],
  targets: [
    // Value types shared by every phase, and the gazetteer data.
    .target(
      name: "VustaModel",
      resources: [.copy("Resources/gazetteer.json")]
    ),
    // Text → facts. Pure: bytes in, facts out.
    .target(name: "VustaExtract", dependencies: ["VustaModel"]),
    // Files and folders → decoded documents → facts (the only extraction code that touches disk).
    .target(
      name: "VustaCorpus",
      dependencies: [
        "VustaModel", "VustaExtract",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "CSV", package: "CSV.swift"),
      ]
    ),
    .executableTarget(
      name: "vusta",
      dependencies: [
        "VustaModel", "VustaExtract", "VustaCorpus",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "VustaModelTests", dependencies: ["VustaModel"]),
    .testTarget(name: "VustaExtractTests", dependencies: ["VustaExtract", "VustaModel"]),
    .testTarget(
      name: "VustaCorpusTests",
      dependencies: ["VustaCorpus", "VustaExtract", "VustaModel"],
      resources: [.copy("Fixtures")]
    ),
    // Runs the built `vusta` binary end to end.
    .testTarget(name: "VustaCLITests", dependencies: ["vusta"]),
  ],
  swiftLanguageModes: [.v5]
)
