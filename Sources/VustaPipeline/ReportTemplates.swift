//! The report templates by name or file: the built-in ones under templates/, or a copied and
//! edited YAML file, read and validated before anything is computed.

import Foundation
import VustaReports

/// A template named on the command line that is neither a file nor a built-in name.
public struct TemplateMissing: Error, CustomStringConvertible {
  public var name: String
  public var looked: [String]
  public var description: String {
    "không tìm thấy mẫu \"\(name)\" (template not found); đã tìm: \(looked.joined(separator: ", "))"
  }
}

/// The built-in templates and where they are found.
public enum ReportTemplates {
  public static let builtIn = ["bao-cao-nam", "tom-tat-tinh", "to-roi-a5"]

  /// A template by file path or built-in name: FILE, ./templates/NAME.yaml, or templates/
  /// beside the build folder of the executable.
  public static func load(_ nameOrFile: String) throws -> ReportTemplate {
    var candidates = [nameOrFile]
    if !nameOrFile.hasSuffix(".yaml") && !nameOrFile.hasSuffix(".yml") {
      candidates = ["templates/\(nameOrFile).yaml"]
      let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
      for up in ["../..", "../../..", ".."] {
        candidates.append(exe.appendingPathComponent(up).appendingPathComponent("templates/\(nameOrFile).yaml").standardized.path)
      }
    }
    guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
      throw TemplateMissing(name: nameOrFile, looked: candidates)
    }
    let t = try TemplateParser.load(path: path)
    try TemplateValidator.validate(t)
    return t
  }
}
