//! One year's documents, in memory: each template bound to the year's data, paginated and
//! rendered, with its charts as PNG (300 dpi) and SVG. Nothing is written here, so a failure
//! leaves earlier reports as they were.

import Foundation
import VustaCairo
import VustaDocx
import VustaFrame
import VustaLayout
import VustaModel
import VustaReports
import VustaStats

/// A file to write: its path and bytes — or, for a PDF streamed to disk (`ReportBuilder.staging`),
/// the temporary file that already holds them (`bytes` is then empty).
public struct ReportOutput: Sendable {
  public var path: String
  public var bytes: [UInt8]
  /// True for the preview image of a document's first page (`ReportBuilder.previewDPI`).
  public var isPreview = false
  /// The temporary file that holds this output's bytes, to be moved to `path`.
  public var staged: String? = nil
}

/// Builds the documents of a year.
public struct ReportBuilder {
  let stats: Statistics
  let templates: [ReportTemplate]
  let formats: Set<String>
  let out: String
  let province: String?
  let link: SourceLinker
  /// How many threads lay out and draw documents at once (1: all on the caller's thread).
  public var jobs = Cores.available
  /// When set, each national document's first page is also rendered as a PNG at this
  /// resolution (`isPreview`), for the web app's preview.
  public var previewDPI: Double?
  /// When set, every PDF is written by Cairo straight into a new file in this folder (the
  /// output's `staged`) instead of into memory: a 20,000-article year's summary (56 MB) then
  /// never sits in memory whole. The caller moves the files into place, or removes the folder.
  public var staging: String?

  /// A builder writing (the paths it returns) under `out`/<year>/, in `formats` (pdf, png, svg),
  /// for one `province` or every province with facts.
  public init(stats: Statistics, templates: [ReportTemplate], formats: Set<String>, out: String, province: String?,
              link: @escaping SourceLinker) {
    self.stats = stats
    self.templates = templates
    self.formats = formats
    self.out = out
    self.province = province
    self.link = link
  }

  /// The files of one year, ready to write. The templates, and a province template's provinces,
  /// are laid out and drawn on up to `jobs` threads; the files and their bytes are the same as
  /// on one (each thread measures with its own Pango context, and the results are put back in
  /// the templates' and provinces' order).
  public func build(options: ReportOptions) throws -> [ReportOutput] {
    let dir = (out as NSString).appendingPathComponent("\(options.year)")
    let national = try Phase.time("gather") { try ReportData.gather(from: stats, options: options, link: link) }
    var epoch = Int64(0)
    if let env = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let s = Int64(env) { epoch = s }
    let perTemplate = try parallelMap(templates, jobs: jobs) { t -> [ReportOutput] in
      switch t.scope {
      case .national:
        let measurer = PangoTextMeasurer()
        let composed = try Phase.time("compose") { try ReportComposer(measurer: measurer).compose(t, data: national) }
        return try render(composed, measurer: measurer, name: "\(t.name)-\(options.year)", dir: dir, chartPrefix: t.name,
                          epoch: epoch)
      case .province:
        return try provinceDocuments(t, national: national, options: options, dir: dir, epoch: epoch)
      }
    }
    var files = perTemplate.flatMap { $0 }
    // the numbers the documents were made from (`--formats json`)
    if formats.contains("json") {
      files.append(ReportOutput(path: (dir as NSString).appendingPathComponent("so-lieu-\(options.year).json"),
                                bytes: try national.json()))
    }
    return files
  }

  /// One province's part of a province template: its composed document, pages and files.
  private struct ProvincePart {
    var composed: ComposedReport
    var info: DocumentInfo
    var pages: [Page]
    var files: [ReportOutput]
  }

  /// A province template's files: one document per province, and (for every province) the
  /// collection of them all as one PDF and one DOCX.
  func provinceDocuments(_ t: ReportTemplate, national: ReportData, options: ReportOptions, dir: String,
                         epoch: Int64) throws -> [ReportOutput] {
    let names = try provinces(national)
    let parts = try parallelMap(names, jobs: jobs) { name -> ProvincePart in
      let measurer = PangoTextMeasurer()
      let data = try ReportData.gather(province: name, national: national, from: stats, options: options, link: link)
      let composed = try ReportComposer(measurer: measurer).compose(t, data: data)
      let pages = formats.contains("pdf") ? try composed.layout(measurer: measurer).pages : []
      var info = composed.info
      if epoch != 0 { info.created = epoch }
      var files: [ReportOutput] = []
      if formats.contains("pdf") {
        let path = (dir as NSString).appendingPathComponent("\(t.name)/\(VietnameseFormat.slug(name)).pdf")
        files.append(try pdf(pages, info: info, path: path))
      }
      if formats.contains("docx") {
        let path = (dir as NSString).appendingPathComponent("\(t.name)/\(VietnameseFormat.slug(name)).docx")
        files.append(ReportOutput(path: path, bytes: try docx(composed, info: info)))
      }
      return ProvincePart(composed: composed, info: info, pages: pages, files: files)
    }
    var outputs = parts.flatMap(\.files)
    guard let last = parts.last, province == nil else { return outputs }
    var info = last.info
    info.title = "Tóm tắt số liệu năm \(options.year) của các tỉnh, thành phố"
    if formats.contains("pdf") {
      outputs.append(try pdf(parts.flatMap(\.pages), info: info,
                             path: (dir as NSString).appendingPathComponent("\(t.name)-\(options.year).pdf")))
    }
    if formats.contains("docx") {
      let sections = parts.map { DocxSource.Section(blocks: $0.composed.blocks, page: $0.composed.page) }
      let source = DocxSource(sections: sections, templates: last.composed.templates, style: last.composed.style, info: info)
      outputs.append(ReportOutput(path: (dir as NSString).appendingPathComponent("\(t.name)-\(options.year).docx"),
                                  bytes: try DocxWriter.write(source, pictures: ReportBuilder.picture)))
    }
    return outputs
  }

  /// The provinces a province template is written for: `--province`, else every unit with a
  /// fact in the year, in Vietnamese order.
  func provinces(_ national: ReportData) throws -> [String] {
    if let province {
      guard let p = stats.gazetteer.resolve(province, in: national.division) else {
        throw StatsError.unknownProvince(province, division: national.division,
                                         nearest: stats.gazetteer.nearest(to: province, in: national.division))
      }
      return [p.name]
    }
    var names = Set<String>()
    for r in national.datasets["meetings.byProvince"]?.rows ?? [] where (r["meetings"]?.number ?? 0) > 0 && r["no"]?.text.isEmpty == false {
      names.insert(r["province"]!.text)
    }
    for r in national.datasets["members.byProvince"]?.rows ?? [] { names.insert(r["province"]!.text) }
    return names.sorted(by: VietnameseCollation.less)
  }

  /// The PDF of `pages` for `path`: in memory, or streamed into a new file of `staging`.
  func pdf(_ pages: [Page], info: DocumentInfo, path: String) throws -> ReportOutput {
    guard let staging else { return ReportOutput(path: path, bytes: try renderPDF(pages, info: info)) }
    let file = (staging as NSString).appendingPathComponent(UUID().uuidString + ".pdf")
    try renderPDF(pages, info: info, toFile: file)
    return ReportOutput(path: path, bytes: [], staged: file)
  }

  /// A national document's PDF and its charts.
  func render(_ composed: ComposedReport, measurer: PangoTextMeasurer, name: String, dir: String, chartPrefix: String,
              epoch: Int64) throws -> [ReportOutput] {
    var outputs: [ReportOutput] = []
    var info = composed.info
    if epoch != 0 { info.created = epoch }
    // (laid out only for the PDF or its preview: charts and the DOCX are made from the blocks)
    if formats.contains("pdf"), let staging {
      // streamed: each page drawn into the file as it is laid out
      let file = (staging as NSString).appendingPathComponent(UUID().uuidString + ".pdf")
      let writer = PDFFileWriter(path: file, info: info)
      var first: Page? = nil
      try Phase.time("layout and pdf") {
        try composed.layout(measurer: measurer) { page in
          if first == nil { first = page }
          try writer.add(page)
        }
        try writer.finish()
      }
      if let dpi = previewDPI, let first {
        outputs.append(ReportOutput(path: (dir as NSString).appendingPathComponent("xem-truoc/\(name).png"),
                                    bytes: try renderPNG(first, dpi: dpi), isPreview: true))
      }
      outputs.append(ReportOutput(path: (dir as NSString).appendingPathComponent("\(name).pdf"), bytes: [], staged: file))
    } else if formats.contains("pdf") || previewDPI != nil {
      let doc = try Phase.time("layout") { try composed.layout(measurer: measurer) }
      if let dpi = previewDPI, let first = doc.pages.first {
        outputs.append(ReportOutput(path: (dir as NSString).appendingPathComponent("xem-truoc/\(name).png"),
                                    bytes: try renderPNG(first, dpi: dpi), isPreview: true))
      }
      if formats.contains("pdf") {
        outputs.append(try Phase.time("pdf") {
          try pdf(doc.pages, info: info, path: (dir as NSString).appendingPathComponent("\(name).pdf"))
        })
      }
    }
    // each chart is drawn as PNG once, for its own file and for the DOCX
    var pngs: [[UInt8]] = []
    if formats.contains("png") || formats.contains("docx") {
      pngs = try Phase.time("png") { try composed.charts.map { try renderPNG(Page(frame: $0.frame), dpi: 300) } }
    }
    if formats.contains("docx") {
      outputs.append(ReportOutput(path: (dir as NSString).appendingPathComponent("\(name).docx"),
                                  bytes: try Phase.time("docx") {
                                    try docx(composed, info: info) { i, f in i < pngs.count ? pngs[i] : try ReportBuilder.picture(i, f) }
                                  }))
    }
    for (i, chart) in composed.charts.enumerated() {
      let base = (dir as NSString).appendingPathComponent("bieu-do/\(chartPrefix)-\(chart.file)")
      let page = Page(frame: chart.frame)
      if formats.contains("png") { outputs.append(ReportOutput(path: base + ".png", bytes: pngs[i])) }
      if formats.contains("svg") { outputs.append(ReportOutput(path: base + ".svg", bytes: try renderSVG(page))) }
    }
    return outputs
  }

  /// The .docx of one composed document: the same blocks the PDF was paginated from.
  func docx(_ composed: ComposedReport, info: DocumentInfo,
            pictures: @escaping DocxPictureRenderer = ReportBuilder.picture) throws -> [UInt8] {
    let source = DocxSource(sections: [DocxSource.Section(blocks: composed.blocks, page: composed.page)],
                            templates: composed.templates, style: composed.style, info: info)
    return try DocxWriter.write(source, pictures: pictures)
  }

  /// A figure drawn as a 300-dpi PNG for the DOCX.
  static let picture: DocxPictureRenderer = { _, figure in try renderPNG(Page(frame: figure.content), dpi: 300) }
}

/// Phase timings on stderr when VUSTA_TIMING is set (for benchmarks and profiling).
public enum Phase {
  static let enabled = ProcessInfo.processInfo.environment["VUSTA_TIMING"] != nil
  public static func time<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
    guard enabled else { return try body() }
    let t0 = DispatchTime.now().uptimeNanoseconds
    defer {
      let ms = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
      try? FileHandle.standardError.write(contentsOf: Data(String(format: "%@: %.1f ms\n", name, ms).utf8))
    }
    return try body()
  }
}
