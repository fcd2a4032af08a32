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
    .library(name: "VustaFrame", targets: ["VustaFrame"]),
    .library(name: "VustaCharts", targets: ["VustaCharts"]),
    .library(name: "VustaCairo", targets: ["VustaCairo"]),
    .library(name: "VustaStore", targets: ["VustaStore"]),
    .library(name: "VustaStats", targets: ["VustaStats"]),
    .library(name: "VustaSynth", targets: ["VustaSynth"]),
    .library(name: "VustaLayout", targets: ["VustaLayout"]),
    .library(name: "VustaReports", targets: ["VustaReports"]),
    .library(name: "VustaDocx", targets: ["VustaDocx"]),
    .library(name: "VustaPipeline", targets: ["VustaPipeline"]),
    .library(name: "VustaWeb", targets: ["VustaWeb"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
  ],
  targets: [
    // Value types shared by every phase, and the gazetteer data.
    .target(
      name: "VustaModel",
      // the gazetteer is read from EmbeddedGazetteer.swift (scripts/embed-resources.py writes it
      // from Resources/gazetteer.json), so that an installed binary needs no file beside it
      exclude: ["Resources"]
    ),
    // Text → facts. Pure: bytes in, facts out.
    .target(name: "VustaExtract", dependencies: ["VustaModel"]),
    // Files and folders → decoded documents → facts (the only extraction code that touches disk).
    .target(
      name: "VustaCorpus",
      dependencies: [
        "VustaModel", "VustaExtract", "CPoppler",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "CSV", package: "CSV.swift"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    // Poppler's GLib interface: the text layer of PDF input (VustaCorpus only).
    .systemLibrary(
      name: "CPoppler",
      pkgConfig: "poppler-glib",
      providers: [.apt(["libpoppler-glib-dev"])]
    ),
    // Cairo, cairo-pdf/svg, Pango and PangoCairo headers (charts and reports backend).
    .systemLibrary(
      name: "CCairo",
      pkgConfig: "pangocairo",
      providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
    ),
    // libdeflate: the fast deflate and CRC-32 behind our own PNG encoder.
    .systemLibrary(name: "CDeflate", providers: [.apt(["libdeflate-dev"])]),
    // The display list (Page, Frame, FrameItem) and the TextMeasurer protocol.
    .target(name: "VustaFrame"),
    // Chart specs compiled to Frames; no Cairo.
    .target(name: "VustaCharts", dependencies: ["VustaFrame", "VustaModel"]),
    // Draws Frames with Cairo + Pango into PDF, PNG and SVG; the Pango TextMeasurer.
    .target(name: "VustaCairo", dependencies: ["VustaFrame", "CCairo", "CDeflate"]),
    // Facts → SQLite: migrations, idempotent ingest, corrections, imports (issue 3).
    .target(
      name: "VustaStore",
      dependencies: [
        "VustaModel",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "CSV", package: "CSV.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    // The aggregation engine: typed tables computed in SQL over the store (issue 3).
    .target(
      name: "VustaStats",
      dependencies: ["VustaModel", "VustaStore", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    // A seeded generator of realistic articles with their ground truth (issue 3).
    .target(
      name: "VustaSynth",
      dependencies: ["VustaModel", .product(name: "Crypto", package: "swift-crypto")]
    ),
    // Blocks, regions, page templates and pagination → [Page]; no Cairo (issue 5).
    .target(name: "VustaLayout", dependencies: ["VustaFrame"]),
    // Report templates (YAML + Mustache) validated and bound to statistics → blocks (issue 5).
    .target(
      name: "VustaReports",
      dependencies: [
        "VustaLayout", "VustaCharts", "VustaStats", "VustaFrame", "VustaModel",
        .product(name: "Yams", package: "Yams"),
        .product(name: "Mustache", package: "swift-mustache"),
      ]
    ),
    // Composed blocks → WordprocessingML (.docx), the second writer beside the PDF (issue 11).
    .target(
      name: "VustaDocx",
      dependencies: ["VustaLayout", "VustaFrame", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
    // The jobs every face runs the same way: the batched ingest, the year's documents built and
    // rendered, the named charts' tables from the statistics (shared by the CLI and the web app).
    .target(
      name: "VustaPipeline",
      dependencies: [
        "VustaModel", "VustaExtract", "VustaCorpus", "VustaStore", "VustaStats", "VustaFrame", "VustaCharts",
        "VustaCairo", "VustaLayout", "VustaReports", "VustaDocx",
      ]
    ),
    // `vusta serve`: the office web app (Hummingbird 2, Mustache pages, JSON API) over the same
    // library targets (issue 10, docs/web.md).
    .target(
      name: "VustaWeb",
      dependencies: [
        "VustaModel", "VustaCorpus", "VustaStore", "VustaStats", "VustaFrame", "VustaCharts", "VustaCairo",
        "VustaReports", "VustaPipeline",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      // the page templates and static files are compiled in (EmbeddedWebResources.swift, written
      // by scripts/embed-resources.py), so that an installed binary serves without files beside it
      exclude: ["Resources"]
    ),
    .executableTarget(
      name: "vusta",
      dependencies: [
        "VustaModel", "VustaExtract", "VustaCorpus", "VustaStore", "VustaStats", "VustaSynth",
        "VustaFrame", "VustaCharts", "VustaCairo", "VustaLayout", "VustaReports", "VustaDocx", "VustaPipeline", "VustaWeb",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "CSV", package: "CSV.swift"),
        .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .testTarget(name: "VustaModelTests", dependencies: ["VustaModel"]),
    .testTarget(name: "VustaExtractTests", dependencies: ["VustaExtract", "VustaModel"]),
    .testTarget(name: "VustaStoreTests", dependencies: ["VustaStore", "VustaModel", "VustaSynth"]),
    .testTarget(
      name: "VustaStatsTests",
      dependencies: ["VustaStats", "VustaStore", "VustaModel", "VustaSynth"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(name: "VustaSynthTests", dependencies: ["VustaSynth", "VustaModel"]),
    .testTarget(
      name: "VustaPipelineTests",
      dependencies: ["VustaPipeline", "VustaStore", "VustaModel", "VustaSynth", "VustaCorpus", "VustaExtract"]),
    .testTarget(
      name: "VustaCorpusTests",
      dependencies: ["VustaCorpus", "VustaExtract", "VustaModel", "VustaSynth",
                     .product(name: "ZIPFoundation", package: "ZIPFoundation")],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(name: "VustaFrameTests", dependencies: ["VustaFrame"]),
    .testTarget(name: "VustaChartsTests", dependencies: ["VustaCharts", "VustaFrame", "VustaModel"]),
    // Goldens are read from the source tree (Tests/VustaCairoTests/Golden), not bundled.
    .testTarget(
      name: "VustaCairoTests",
      dependencies: ["VustaCairo", "VustaCharts", "VustaFrame"],
      exclude: ["Golden"]
    ),
    .testTarget(name: "VustaLayoutTests", dependencies: ["VustaLayout", "VustaFrame"]),
    .testTarget(
      name: "VustaReportsTests",
      dependencies: ["VustaReports", "VustaLayout", "VustaFrame", "VustaStats", "VustaStore", "VustaModel",
                     "VustaCairo", "VustaSynth"]
    ),
    .testTarget(
      name: "VustaDocxTests",
      dependencies: ["VustaDocx", "VustaLayout", "VustaFrame", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
    .testTarget(
      name: "VustaWebTests",
      dependencies: [
        "VustaWeb", "VustaStore", "VustaModel", "VustaPipeline",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    // Runs the built `vusta` binary end to end.
    .testTarget(
      name: "VustaCLITests",
      dependencies: ["vusta", "VustaModel", "VustaCairo", "VustaStore", "VustaPipeline", .product(name: "GRDB", package: "GRDB.swift")]),
  ],
  swiftLanguageModes: [.v5]
)
