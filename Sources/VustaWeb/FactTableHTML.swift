import Foundation
import VustaModel
import VustaStore

/// The rows of the Dữ kiện table, written straight into one string.
///
/// The page around them is the `facts` Mustache template; the 50 rows (two forms each, about
/// 120 KB) were two thirds of a request's time when rendered through the template engine, whose
/// every `{{name}}` is a dictionary lookup and a handful of dynamic casts. The markup here is the
/// row the template had, and every value goes through `HTMLText.append(escaping:)`.
struct FactTableHTML {
  /// Whether the viewer may correct facts (the actions column is shown).
  var editable: Bool
  /// The session's CSRF token, put in every form.
  var csrf: String
  /// Where a form returns to after the correction (the page's own address with its filter).
  var back: String
  /// The words searched for, marked in the evidence.
  var search: String?
  /// The hidden fields every form carries (escaped once, not per row).
  private let hidden: String

  /// A table for one page: who views it, their token, where forms return to, what was searched.
  init(editable: Bool, csrf: String, back: String, search: String?) {
    self.editable = editable
    self.csrf = csrf
    self.back = back
    self.search = search
    hidden = "<input type=\"hidden\" name=\"csrf\" value=\"\(HTML.escape(csrf))\">\n"
      + "      <input type=\"hidden\" name=\"tro-ve\" value=\"\(HTML.escape(back))\">\n"
  }

  /// The `<tr>` of every fact, in order.
  func rows(_ facts: [StoredFact], links: [String: DocumentLink]) -> String {
    var out = HTMLText(capacity: facts.count * (editable ? 2600 : 900))
    for f in facts { row(f, link: links[f.document], into: &out) }
    return out.string
  }

  /// One fact's row.
  func row(_ f: StoredFact, link: DocumentLink?, into out: inout HTMLText) {
    let date = f.date.flatMap(FactDate.init(iso:))?.vietnamese ?? ""
    let province = f.provinceLabel
    let low = f.confidence == "low"
    out.raw("<tr id=\""); out.text(f.id); out.raw("\" class=\"")
    if f.rejected { out.raw("rejected") }
    out.raw(" ")
    if low { out.raw("low") }
    out.raw("\">\n  <td class=\"mono\">"); out.text(f.id)
    out.raw("</td>\n  <td>"); out.text(WebApp.typeLabel(f.type))
    out.raw("<br><span class=\"muted\">"); out.text(WebApp.kindLabel(f.type, f.kind))
    out.raw("</span></td>\n  <td>"); out.text(date)
    out.raw("</td>\n  <td>"); out.text(province)
    out.raw("</td>\n  <td>"); out.text(f.detail)
    out.raw("</td>\n  <td class=\"evidence\">"); out.marked(f.evidence, search)
    out.raw("<br><span class=\"muted\">")
    if let link {
      out.raw("<a href=\"/bai-viet/\(link.id)\">Bài viết</a>")
      if let u = link.url, u.hasPrefix("http://") || u.hasPrefix("https://") {
        out.raw(" · <a href=\""); out.text(u); out.raw("\" rel=\"noopener noreferrer\">Nguồn gốc</a>")
      }
    }
    out.raw("</span></td>\n  <td>"); out.text(WebApp.factStatus(f))
    if low, let reasons = f.why, !reasons.isEmpty {
      let why = ConfidenceReason.vietnamese(reasons)
      out.raw("<br><span class=\"muted\">"); out.text(why); out.raw("</span>")
    }
    out.raw("</td>\n")
    if editable { actions(f, date: date, province: province, into: &out) }
    out.raw("</tr>\n")
  }

  /// The correction forms of one fact.
  private func actions(_ f: StoredFact, date: String, province: String, into out: inout HTMLText) {
    out.raw("  <td class=\"actions\">\n    <details><summary>Sửa</summary>\n    <form method=\"post\" action=\"/du-kien/")
    out.text(f.id); out.raw("\" class=\"stack\">\n      "); out.raw(hidden)
    out.raw("      <label>Tỉnh <input name=\"tinh\" list=\"ds-tinh\" placeholder=\""); out.text(province)
    out.raw("\"></label>\n      <label class=\"check\"><input type=\"checkbox\" name=\"xoa-tinh\" value=\"1\"> Xoá tỉnh</label>\n")
    out.raw("      <label>Ngày <input name=\"ngay\" placeholder=\""); out.text(date)
    out.raw("\" size=\"10\"></label>\n      <label class=\"check\"><input type=\"checkbox\" name=\"xoa-ngay\" value=\"1\"> Xoá ngày</label>\n")
    if f.type != "citation" {
      out.raw("      <label>Loại <select name=\"loai\"><option value=\"\">(giữ nguyên)</option>")
      out.raw(WebApp.kindOptionsHTML[f.type] ?? ""); out.raw("</select></label>\n")
    }
    out.raw("      <button name=\"action\" value=\"save\">Lưu</button>\n    </form>\n    </details>\n")
    out.raw("    <form method=\"post\" action=\"/du-kien/"); out.text(f.id); out.raw("\" class=\"inline\">\n      ")
    out.raw(hidden)
    if !f.reviewed { out.raw("      <button name=\"action\" value=\"reviewed\">Đúng</button>\n") }
    if f.rejected {
      out.raw("      <button name=\"action\" value=\"restore\">Tính lại</button>\n")
    } else {
      out.raw("      <button name=\"action\" value=\"reject\" class=\"danger\">Loại bỏ</button>\n")
    }
    out.raw("      <button name=\"action\" value=\"undo\" class=\"link\">Hoàn tác</button>\n    </form>\n  </td>")
  }
}
