// swift-tools-version:6.1
// In-process benchmarks (ordo-one/package-benchmark), kept apart so `swift test` stays fast.
// Run from this folder: swift package --allow-writing-to-package-directory benchmark
import PackageDescription

let package = Package(
  name: "vusta-benchmarks",
  platforms: [.macOS(.v14)],
  dependencies: [
    .package(name: "vusta", path: ".."),
    .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "ExtractionBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "package-benchmark"),
        .product(name: "VustaExtract", package: "vusta"),
        .product(name: "VustaCorpus", package: "vusta"),
      ],
      path: "Benchmarks/ExtractionBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
    )
  ]
)
