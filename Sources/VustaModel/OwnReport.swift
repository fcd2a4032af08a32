/// How vusta knows a document it wrote itself when it is given back as input: its reports are
/// made from the store, and reading one back would count its facts twice.
///
/// The mark is a keyword in the document's properties (File ▸ Properties ▸ Keywords): Word and
/// LibreOffice keep it when the .docx is edited and saved again, and write it into a PDF made
/// from it, where the "vusta" application or creator name is replaced by theirs.
public enum OwnReport {
  /// The keyword every report carries.
  public static let keyword = "vusta-bao-cao"

  /// True when a document's keywords mark it as a vusta report: the keyword (however the
  /// list is separated), or the keywords reports carried before it ("LHH, VUSTA, 2022";
  /// LibreOffice saves them as "LHH VUSTA 2022").
  public static func isMarked(keywords: String) -> Bool {
    let words = keywords.split { $0 == "," || $0 == ";" || $0 == " " }.map(String.init)
    if words.contains(keyword) { return true }
    return words.count == 3 && words[0] == "LHH" && words[1] == "VUSTA" && words[2].count == 4 && words[2].allSatisfy(\.isASCII)
      && words[2].allSatisfy(\.isNumber)
  }
}
