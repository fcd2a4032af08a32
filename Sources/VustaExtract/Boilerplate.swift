/// Recognises the furniture of news pages: what to drop, and where the article ends.
enum Boilerplate {
  enum Kind {
    /// Part of the article.
    case keep
    /// Page furniture: skip the line.
    case drop
    /// A line that ends the article once its body has begun ("Tin liên quan", "Copy link").
    case end
    /// "Nguồn: …": the article's source line; ends the article.
    case source
    /// "Tin tức - 01/10/2022 11:39": the dateline of another article in a list.
    case otherHeadline
  }

  /// Who a visitor counter counts: "Người dùng Online", "Thành viên online", "Khách online".
  static let visitorWords: [Phrase] = ["nguoi dung", "thanh vien", "khach", "so nguoi", "nguoi truy cap"].phrases

  /// Lines that end the article (matched on the whole folded line or its start).
  static let enders: [Phrase] = [
    "tin lien quan", "tin khac", "cac tin khac", "tin cung chuyen muc", "bai viet lien quan",
    "copy link", "doc nhieu", "doc nhieu nhat", "xem nhieu", "xem nhieu nhat", "tin moi", "tin moi nhat", "thong tin moi nhat",
    "tien ich thong tin", "chung toi tren mang xa hoi", "thong ke truy cap", "y kien ban doc",
    "gui binh luan", "binh luan", "tu khoa", "tags", "tin bai lien quan", "tin da dua", "bai lien quan",
    "cung chuyen muc", "bai viet cung chuyen muc", "tin bai cung chuyen muc", "cac bai viet cung chuyen muc", "tin noi bat", "su kien noi bat", "co the ban quan tam", "xem them", "tin xem nhieu",
    "chia se bai viet", "quay lai", "ve dau trang", "in bai viet", "gui bai viet", "cac tin da dua",
    "tin cung loai", "bai viet khac", "tin bai khac", "cac bai viet khac", "tin moi hon", "tin cu hon",
    "cac tin moi", "cac tin cu", "tin lien quan khac", "tin tuc lien quan", "bai doc them", "doc them",
    // a portal's work calendar of coming meetings
    "lich cong tac",
    // other news on the same subject
    "tin cung chu de", "bai cung chu de", "bai viet cung chu de", "cung chu de",
  ].phrases

  /// Words that mark a navigation, contact, counter or social line.
  static let furnitureWords: [Phrase] = [
    "hotline", "lien he quang cao", "duong day nong", "tim kiem", "lien ket website", "trang chu",
    "dang nhap", "dang ky", "facebook", "zalo", "twitter", "youtube", "tiktok", "chia se", "luot xem",
    "truy cap tong", "truy cap hien tai", "dang truy cap", "dang online", "qr code", "ma qr",
    "xem tin theo ngay", "nguon tin", "fanpage", "email", "fax", "print", "ban in", "goc", "font size",
    "co chu", "nghe doc bai", "nghe bai viet", "thoi tiet", "ty gia", "gia vang", "menu", "gui email",
    "lien he", "gioi thieu", "so do trang", "ban do",
  ].phrases

  static let welcomeWords: [Phrase] = [
    "ghe tham", "truy cap", "den voi", "trang thong tin", "cong thong tin", "website", "trang web",
  ].phrases

  /// A portal's greeting banner, often with the visitor's clock: "Thứ Năm,18/04/2024 13:32 Chào
  /// mừng quý vị ghé thăm trang thông tin điện tử của …" (its date is not the article's).
  static func isWelcome(_ f: FoldedText) -> Bool {
    guard f.tokens.count <= 40, let at = f.find(Lexicon.p_chao_mung) else { return false }
    return f.contains(any: welcomeWords, from: at + 2, to: min(f.tokens.count, at + 12))
  }

  /// Labels of a portal's ticker of headlines: "Tin mới:", "Tin nổi bật:", "Tiêu điểm:".
  static let tickerLabels: [Phrase] = [
    "tin moi", "tin moi nhat", "tin noi bat", "tin nong", "tieu diem", "moi cap nhat", "tin tuc moi", "tin vua dang",
  ].phrases

  /// A portal's ticker of other articles' headlines on one line: a label closed by ":" ("Tin
  /// mới: Liên hiệp … tổ chức Hội nghị … | Hội thảo …"), or three headlines or more joined by
  /// "|" with no full stop — never the article's title or lead (it had become the lead, and its
  /// unions the article's).
  static func isTicker(_ f: FoldedText) -> Bool {
    let n = f.tokens.count
    if let p = tickerLabels.first(where: { f.matches($0, at: 0) }), n > p.count + 3, f.tokens[p.count].gap == UInt8(ascii: ":") {
      return true
    }
    guard n >= 12, f.scalars.last != "." else { return false }
    var pipes = 0
    for c in f.scalars where c == "|" { pipes += 1 }
    guard pipes >= 2 else { return false }
    // (a table's row opens with its day: "Ngày 7 tháng 12 năm 2018 | Lớp tập huấn … | Thành phố
    // Vũng Tàu | Ủy ban …" — no headline does)
    if let d = DateReader.mentions(in: f).first, d.day != nil, d.start <= 1,
      !f.tokens[0..<d.end].contains(where: { $0.gap == UInt8(ascii: "|") })
    {
      return false
    }
    let segments = f.scalars.split(separator: "|")
    return segments.count >= 3 && segments.allSatisfy { seg in seg.split(separator: " ").count >= 4 }
  }

  /// The heading of a portal's box of documents: "Văn bản mới", "Văn bản chỉ đạo".
  static let documentBoxHeaders: [Phrase] = [
    "van ban moi", "van ban chi dao", "van ban phap quy", "van ban dieu hanh", "van ban quy pham phap luat",
    "van ban cua dang", "van ban cua nha nuoc", "van ban trung uong", "van ban dia phuong",
  ].phrases
  /// Words a document's title opens with in such a box.
  static let documentTypeWords: [Phrase] = [
    "quyet dinh", "ke hoach", "nghi quyet", "chi thi", "thong bao", "cong van", "huong dan", "ket luan", "thong tu",
    "nghi dinh", "luat", "quy dinh", "chuong trinh", "so",
  ].phrases

  /// A short line that is only a document box's heading.
  static func isDocumentBoxHeader(_ f: FoldedText) -> Bool {
    f.tokens.count <= 6 && documentBoxHeaders.contains { f.matches($0, at: 0) }
  }

  /// A document's title as a box lists it: a type word first and a number in it.
  static func isDocumentTitle(_ f: FoldedText) -> Bool {
    f.tokens.count <= 40 && documentTypeWords.contains { f.matches($0, at: 0) } && f.tokens.contains(where: \.isNumber)
  }

  /// True when the line ends a page's own text: an ender alone ("Tin liên quan"), or a short
  /// line that starts with one ("Các tin đã đưa:", "Tin cùng chuyên mục (5)").
  static func isEnder(_ f: FoldedText) -> Bool {
    let n = f.tokens.count
    guard n <= maxEnderWords else { return false }
    for p in enders where p.count == n && f.matches(p, at: 0) { return true }
    if n <= 6 { for p in enders where p.count >= 2 && f.matches(p, at: 0) { return true } }
    // "Ý kiến (5)", "Ý kiến": the heading of readers' comments, alone or with their count
    if n <= 3, f.matches(p_y_kien, at: 0), n == 2 || f.tokens[2].isNumber { return true }
    return false
  }

  static let p_y_kien = Phrase("y kien")

  /// Words of a weekday: "Thứ Hai" … "Thứ Bảy" (after "thứ"), "Chủ nhật".
  static let weekdays = WordSet(["hai", "ba", "tu", "nam", "sau", "bay", "2", "3", "4", "5", "6", "7"].map(Phrase.hash))
  static let h_thu = Phrase.hash("thu"), p_chu_nhat = Phrase("chu nhat")

  /// An entry of a union's work calendar ("Lịch công tác"): a weekday, a day, then a clock time
  /// and what is planned — "• Thứ Sáu 19/5: 8h00 Hội thảo … tại TP. Bắc Ninh", "Chủ nhật
  /// 21/5, 14h00: Họp Ban Thường vụ". A meeting to come on the portal's page, never the article
  /// (a day with its year is a stamp: "Thứ tư, 25/12/2024 16:26 (GMT+7)").
  static func isCalendarEntry(_ f: FoldedText) -> Bool {
    let t = f.tokens
    guard t.count >= 5, t.count <= 40 else { return false }
    let afterDay: Int
    if t[0].hash == h_thu, weekdays.contains(t[1].hash) { afterDay = 2 } else if f.matches(p_chu_nhat, at: 0) { afterDay = 2 } else { return false }
    // the day ("19/5", "19-5") right after the weekday, then a clock time within three words
    guard afterDay + 1 < t.count, t[afterDay].isNumber, t[afterDay + 1].isNumber,
      let clock = (afterDay + 2..<min(t.count, afterDay + 5)).first(where: { k in
        // ("8h00", "14h", or "14:00")
        let w = f.word(k)
        let hours = w.first?.isNumber == true && w.contains("h") && w.last?.isNumber == true
        return hours || (t[k].isNumber && k + 1 < t.count && t[k + 1].gap == UInt8(ascii: ":") && t[k + 1].isNumber)
      })
    else { return false }
    // (a stamp gives its year and nothing planned: "Thứ tư, 25/12/2024 16:26 (GMT+7)")
    let year = t[afterDay + 2].isNumber && t[afterDay + 2].gap != 0 && t[afterDay + 2].gap != UInt8(ascii: ":")
    return !year && t.count - clock >= 4
  }

  /// "Từ khóa:", "Tags:", "Tag:", "Thẻ:" opening a line.
  static let tagLabels: [Phrase] = ["tu khoa", "tags", "tag", "the", "keywords"].phrases

  /// True when the line opens with a tags label and a colon and goes on in a list of them.
  static func isTagLine(_ f: FoldedText) -> Bool {
    guard let label = tagLabels.first(where: { f.matches($0, at: 0) }), label.count < f.tokens.count,
      f.tokens[label.count].gap == UInt8(ascii: ":")
    else { return false }
    // (a label of "Thẻ" needs its capital: "thẻ: …" in a sentence is a card)
    return f.tokens[0].isCap
  }

  /// Enders that are a page's tools rather than the start of its lists: they stand above an
  /// article as often as below it.
  static let toolEnders: [Phrase] = ["copy link", "in bai viet", "gui bai viet", "chia se bai viet", "quay lai", "ve dau trang"].phrases

  /// True when the line is one of the page's tools ("In bài viết | Gửi email").
  static func isToolLine(_ f: FoldedText) -> Bool {
    toolEnders.contains { f.matches($0, at: 0) }
  }

  /// No ender line has more words than this.
  static let maxEnderWords = max(6, enders.map(\.count).max() ?? 0)

  static func classify(_ f: FoldedText) -> Kind {
    let n = f.tokens.count
    if isEnder(f) { return .end }
    // "Từ khóa: Liên hiệp hội, hội nghị tổng kết, Thái Bình, …": a line of tags names other pages'
    // subjects, however long
    if isTagLine(f) { return .drop }
    if n <= 8, f.matches(Lexicon.p_nguon, at: 0) || (f.tokens.count > 1 && f.matches(Lexicon.p_nguon, at: 0)) {
      return .source
    }
    if n <= 10, let first = f.scalars.first, first == "(" , f.find(Lexicon.p_nguon) != nil { return .source }
    if isWeather(f) { return .drop }
    if isCalendarEntry(f) { return .drop }
    if isWelcome(f) { return .drop }
    if isTicker(f) { return .drop }
    if isURL(f) { return .drop }
    if n <= 14 && DateReader.isListDateline(f) { return .otherHeadline }
    if n <= 30 && endsWithDateInParentheses(f) { return .otherHeadline }
    if n <= 14 && DateReader.isTimestampLine(f) { return .keep }
    if isListOfLabels(f) || isBreadcrumb(f) { return .drop }
    if isMasthead(f) { return .source }
    if n <= 10 {
      for p in furnitureWords where f.find(p) != nil {
        // A timestamp line such as "Print Thứ Ba, 27/12/2022 11:25 Gốc" stays: it dates the page.
        if DateReader.isTimestampLine(f) { return .keep }
        return .drop
      }
    } else if f.find(Lexicon.p_hotline) != nil || f.find(Lexicon.p_lien_he_quang_cao) != nil {
      return .drop
    }
    if isCounter(f) { return .drop }
    // "Tùy chọn này sẽ đưa trang chủ về bố cục mặc định." over "Reset": a blog theme's control
    if n <= 16, f.find(p_bo_cuc_mac_dinh) != nil { return .drop }
    // "Theo dõi Báo Nghệ An trên" (then a news app's logo): a button to follow the paper
    if n <= 10, f.matches(p_theo_doi, at: 0), f.tokens[n - 1].hash == h_tren { return .drop }
    if isContactLine(f) { return .source }
    return .keep
  }

  static let contactWords: [Phrase] = ["dien thoai", "so dt", "dt", "fax", "email", "e mail", "hotline"].phrases

  /// A site's contact block on one line, however long: "Liên hiệp các hội … Thanh Hoá - Địa chỉ:
  /// 17 Hạc Thành … Số ĐT: (02373) 853.656 Fax: …" — an address with a telephone or fax number.
  /// Like a masthead it names the site's owner, but it is never the article's title or text.
  static func isContactLine(_ f: FoldedText) -> Bool {
    guard f.tokens.count <= 60, let at = f.find(Lexicon.p_dia_chi) else { return false }
    return f.contains(any: contactWords, from: at + 2, to: f.tokens.count)
  }

  /// "BÁO BÀ RỊA - VŨNG TÀU", "Cổng thông tin điện tử tỉnh Nghệ An": the publication's name.
  static let mastheadWords: [Phrase] = ["bao", "cong thong tin", "cong tin tuc", "dai phat thanh", "tap chi"].phrases

  static let p_bao_cao = Phrase("bao cao")
  static let p_theo_doi = Phrase("theo doi"), h_tren = Phrase.hash("tren"), p_bo_cuc_mac_dinh = Phrase("bo cuc mac dinh")

  static func isMasthead(_ f: FoldedText) -> Bool {
    guard f.tokens.count <= 10, let first = f.tokens.first else { return false }
    guard mastheadWords.contains(where: { f.matches($0, at: 0) }) else { return false }
    // "BÁO CÁO" (a report's heading) is no newspaper; "Báo Cao Bằng" is
    if f.tokens.count >= 2, f.matches(p_bao_cao, at: 0) {
      let t = f.tokens[1]
      if f.scalars[t.start..<t.end].contains(where: { "áÁ".unicodeScalars.contains($0) }) { return false }
    }
    let closed = f.scalars.last.map { ".!?:".unicodeScalars.contains($0) } ?? false
    return !closed && (first.isAllCaps || f.tokens.count <= 6
      || f.tokens.allSatisfy { $0.isCap || $0.isNumber || $0.hash == Lexicon.h_tinh })
  }

  /// "Liên hiệp hội tỉnh X tổ chức Hội nghị … (14/2/2016)": another article in a list.
  static func endsWithDateInParentheses(_ f: FoldedText) -> Bool {
    guard let last = f.scalars.last, last == ")", f.tokens.last?.isNumber == true, let m = DateReader.mentions(in: f).last,
      m.year != nil, m.end == f.tokens.count
    else { return false }
    return f.tokens[m.start].gap == UInt8(ascii: "(")
  }

  /// "http://vustathaibinh.org.vn/tin-tuc/…": a page address on its own line; or a path with no
  /// scheme — "//custa.cantho.gov.vn/files/images/THANG%2011.2021/…/ky%20ket.jpg" (an image's
  /// address left where the image stood), "/uploads/2022/05/anh1.jpg".
  static func isURL(_ f: FoldedText) -> Bool {
    guard let first = f.tokens.first, f.scalars.count < 400, !f.scalars.contains(" ") else { return false }
    if first.hash == Lexicon.h_http || first.hash == Lexicon.h_https || first.hash == Lexicon.h_www { return true }
    let slashes = f.scalars.filter { $0 == "/" }.count
    return f.scalars.first == "/" && slashes >= 2 && f.scalars.contains(".")
  }

  /// "Trang chủ > Tin tức > Hoạt động": a breadcrumb trail.
  static func isBreadcrumb(_ f: FoldedText) -> Bool {
    guard f.tokens.count <= 20 else { return false }
    let arrows = f.scalars.filter { $0 == ">" || $0 == "»" || $0 == "›" }.count
    // "Tin tức - sự kiện > Tin tổng hợp": a short path of sections, no sentence
    let last = f.scalars.last
    let short = f.tokens.count <= 10 && last != "." && last != "!" && last != "?"
    return arrows >= 1 && (f.matches(Lexicon.p_trang_chu, at: 0) || arrows >= 2 || short)
  }

  /// "Hà Nội 22°C /57%": a weather widget.
  static func isWeather(_ f: FoldedText) -> Bool {
    f.tokens.count <= 8 && f.scalars.contains("°")
  }

  /// "Sở, Ban, Ngành" or "UBND Huyện, Thị xã, Thành phố": a menu of short labels.
  static func isListOfLabels(_ f: FoldedText) -> Bool {
    guard f.tokens.count <= 40, f.scalars.contains(",") || f.scalars.contains("|") else { return false }
    var parts: [Int] = [0]
    var partStartsCap = true
    for (i, t) in f.tokens.enumerated() {
      if i == 0 || t.gap == UInt8(ascii: ",") || t.gap == UInt8(ascii: "|") {
        if i > 0 { parts.append(0) }
        partStartsCap = partStartsCap && (t.isCap || t.isNumber)
      }
      parts[parts.count - 1] += 1
    }
    return parts.count >= 3 && parts.allSatisfy { $0 <= 3 } && partStartsCap
  }

  /// "Lượt truy cập: 1.932.610": a counter — or its label on a line of its own, the number on the
  /// next ("Số lượt truy cập", "Người dùng Online", "Thành Viên Online:").
  static func isCounter(_ f: FoldedText) -> Bool {
    if f.tokens.count <= 6, !f.tokens.contains(where: \.isNumber) {
      if f.find(Lexicon.p_truy_cap) != nil { return true }
      // (who is counted right before "online": not "Hội nghị online với người dân")
      if let j = f.find(Lexicon.p_online), Boilerplate.visitorWords.contains(where: { f.endsWith($0, before: j) }) { return true }
    }
    guard f.tokens.count <= 8, let last = f.tokens.last, last.isNumber else { return false }
    return f.find(Lexicon.p_truy_cap) != nil || f.find(Lexicon.p_luot_xem) != nil
      || f.find(Lexicon.p_online) != nil || f.find(Lexicon.p_thanh_vien) != nil && f.tokens.count <= 3
  }
}
