//! The report templates by name or file: a user's copy ($VUSTA_TEMPLATES, ./templates), the
//! built-in ones inside the binary, or a copied and edited YAML file, read and validated before
//! anything is computed.

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

  /// A template by file path or by name. A name is looked for, in order, in `$VUSTA_TEMPLATES`,
  /// in `templates/` of the working folder, then among the templates built into the binary, so
  /// an installed `vusta` run from any folder has its templates, and a user's copy overrides
  /// them.
  public static func load(_ nameOrFile: String) throws -> ReportTemplate {
    let t: ReportTemplate
    if nameOrFile.hasSuffix(".yaml") || nameOrFile.hasSuffix(".yml") || nameOrFile.contains("/") {
      guard FileManager.default.fileExists(atPath: nameOrFile) else {
        throw TemplateMissing(name: nameOrFile, looked: [nameOrFile])
      }
      t = try TemplateParser.load(path: nameOrFile)
    } else {
      var candidates: [String] = []
      if let folder = ProcessInfo.processInfo.environment["VUSTA_TEMPLATES"], !folder.isEmpty {
        candidates.append((folder as NSString).appendingPathComponent("\(nameOrFile).yaml"))
      }
      candidates.append("templates/\(nameOrFile).yaml")
      if let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) {
        t = try TemplateParser.load(path: path)
      } else if let text = EmbeddedTemplates.texts[nameOrFile] {
        t = try TemplateParser.parse(text, file: "(mẫu có sẵn) \(nameOrFile).yaml")
      } else {
        throw TemplateMissing(name: nameOrFile, looked: candidates + ["các mẫu có sẵn: " + builtIn.joined(separator: ", ")])
      }
    }
    try TemplateValidator.validate(t)
    return t
  }
}
