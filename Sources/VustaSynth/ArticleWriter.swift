import Foundation
import VustaModel

/// Writes one article about an event, in one of several newsroom styles, with its ground truth.
struct ArticleWriter {
  let gazetteer: Gazetteer
  let seed: UInt64

  /// The text, the truth (facts as the extractor should find them) and the source row.
  struct Written {
    var text: String
    var truth: ExtractedDocument
    var url: String
    var published: FactDate
    var title: String
    /// The province sources.csv gives (sometimes), as a name.
    var sourceProvince: String?
  }

  func write(event e: SynthEvent, report: Int, id: String, path: String, rng: inout SeededRandom) -> Written {
    var lines: [String] = []
    var truth = ExtractedDocument(id: id, path: path, sha256: "", title: nil, published: nil, url: nil)
    let published = publication(of: e.date, rng: &rng)
    let p = e.province
    let where_ = p.map { "\(generic($0)) \($0.name)" } ?? "tỉnh"
    let title = headline(e, rng: &rng)
    lines += rng.pick(SynthVocabulary.navigation)
    lines.append(title)
    lines.append(dateline(published, rng: &rng))

    // The lead: date, who, what, where.
    let lead = leadSentence(e, published: published, where_: where_, rng: &rng)
    lines.append(lead)
    truth.meetings.append(Meeting(
      date: e.dated ? e.date : nil, province: p?.name, province2025: e.province2025?.name, kind: e.kind,
      organizer: e.organizer, evidence: lead))

    // Attendance.
    if rng.chance(0.35) {
      let n = rng.int(8...45) * 10
      let more = rng.chance(0.5)
      let s = "Tham dự \(noun(e.kind)) có \(more ? "hơn " : "")\(n) đại biểu là lãnh đạo các sở, ban, ngành và đại diện các hội thành viên."
      lines.append(s)
      truth.memberFigures.append(MemberFigure(
        province: p?.name, province2025: e.province2025?.name, metric: .dai_bieu, value: n,
        qualifier: more ? .more_than : .exact, evidence: s))
    }

    // A speaker whose name may look like a province.
    let speaker = "\(rng.pick(SynthVocabulary.surnames)) \(rng.pick(SynthVocabulary.givenNames))"
    lines.append("Phát biểu tại \(noun(e.kind)), ông \(speaker), \(rng.pick(SynthVocabulary.titles)), nhấn mạnh vai trò của đội ngũ trí thức trong phát triển kinh tế - xã hội của địa phương.")

    // Citations: national documents issued before the event, and the province's own plan.
    var cited: [(Citation, [String])] = []
    let national = SynthVocabulary.nationalDocuments.filter { $0.issued < e.date }
    if !national.isEmpty && rng.chance(0.55) {
      let d = rng.pick(national)
      let s = "\(capitalized(noun(e.kind))) đã quán triệt và đánh giá kết quả thực hiện \(d.full) về tiếp tục đổi mới, nâng cao chất lượng, hiệu quả hoạt động của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam."
      lines.append(s)
      var ev = [s]
      let shorts = rng.int(0...2)
      for k in 0..<shorts {
        let t = k == 0
          ? "Sau \(rng.int(3...14)) năm thực hiện \(d.short), nhận thức của các cấp ủy, chính quyền về vai trò của trí thức đã có chuyển biến rõ nét."
          : "Các đại biểu đề nghị tiếp tục đưa \(d.short) vào chương trình công tác trọng tâm của năm tới."
        lines.append(t)
        ev.append(t)
      }
      cited.append((Citation(id: d.id, number: d.number, year: d.year, code: d.code, type: d.type, issuer: d.issuer,
                             scope: .national, province: nil, issued: d.issued, mentions: 1 + shorts, evidence: ev), ev))
    }
    if e.host == .provincial, let p, rng.chance(0.35) {
      let (c, s) = localCitation(province: p, before: e.date, rng: &rng)
      lines.append(contentsOf: s)
      cited.append((c, s))
    }
    truth.citations = cited.map(\.0)

    // Member figures of the provincial union.
    if e.host == .provincial || e.host == .unnamed, rng.chance(0.45) {
      let (members, associations) = figures(province: p, year: e.date.year)
      let approx = rng.chance(0.5)
      let s = rng.chance(0.5)
        ? "Hiện nay, Liên hiệp Hội \(where_) có \(associations) hội thành viên với \(approx ? "hơn " : "")\(grouped(members)) hội viên."
        : "Sau \(rng.int(10...25)) năm thành lập, Liên hiệp Hội đã tập hợp \(associations) hội thành viên, thu hút \(approx ? "hơn " : "")\(grouped(members)) hội viên tham gia."
      lines.append(s)
      truth.memberFigures.append(MemberFigure(
        province: p?.name, province2025: e.province2025?.name, metric: .hoi_thanh_vien, value: associations,
        qualifier: .exact, evidence: s))
      truth.memberFigures.append(MemberFigure(
        province: p?.name, province2025: e.province2025?.name, metric: .hoi_vien, value: members,
        qualifier: approx ? .more_than : .exact, evidence: s))
    }

    // Things that are not facts: recap counts, plans, the newsroom's furniture.
    if rng.chance(0.5) {
      lines.append("Trong năm, Liên hiệp Hội đã tổ chức \(rng.int(5...30)) hội thảo, tọa đàm và \(rng.int(2...12)) lớp tập huấn, kết nạp thêm \(rng.int(1...6)) hội thành viên.")
    }
    if rng.chance(0.3) {
      lines.append("Dự kiến, Hội nghị tổng kết công tác năm \(e.date.year) sẽ được tổ chức vào tháng 12 tới.")
    }
    lines.append("\(rng.pick(["Thanh Hường", "Minh Châu", "Quốc Tuấn", "Hà Phương", "PV"]))")
    lines.append(rng.pick(SynthVocabulary.closings))
    lines.append(rng.pick(["Tin liên quan", "Tin khác", "Các tin đã đưa"]))
    for _ in 0..<rng.int(2...4) {
      let other = rng.pick(gazetteer.old)
      let y = max(2005, e.date.year - rng.int(1...3))
      lines.append("Liên hiệp Hội \(generic(other)) \(other.name) tổ chức Hội nghị Ban Chấp hành mở rộng (\(rng.int(1...28))/\(rng.int(1...12))/\(y))")
    }
    lines.append(rng.pick(SynthVocabulary.hotlines))

    let text = lines.joined(separator: "\n") + "\n"
    truth.title = title
    truth.published = published
    let url = sourceURL(e, id: id)
    truth.url = url
    let sourceProvince = p != nil && rng.chance(0.3) ? p!.name : nil
    _ = report
    return Written(text: text, truth: truth, url: url, published: published, title: title, sourceProvince: sourceProvince)
  }

  // MARK: - Pieces

  func publication(of d: FactDate, rng: inout SeededRandom) -> FactDate {
    d.adding(days: rng.int(0...2))
  }

  func dateline(_ p: FactDate, rng: inout SeededRandom) -> String {
    let hh = rng.int(6...21), mm = rng.int(0...59)
    let time = "\(pad(hh)):\(pad(mm))"
    let dm = "\(pad(p.day!))/\(pad(p.month!))/\(p.year)"
    switch rng.below(3) {
    case 0: return "\(time), \(dm)"
    case 1: return "Ngày cập nhật \(dm)"
    default: return "Đăng lúc \(time) ngày \(dm)"
    }
  }

  func leadSentence(_ e: SynthEvent, published: FactDate, where_: String, rng: inout SeededRandom) -> String {
    let when = e.dated ? datePhrase(e.date, published: published, rng: &rng) : rng.pick(["Vừa qua", "Mới đây"])
    let name = e.province?.name ?? ""
    switch e.host {
    case .provincial:
      let org = rng.pick([
        "Liên hiệp các Hội Khoa học và Kỹ thuật \(where_)", "Liên hiệp các Hội KH&KT \(where_)",
        "Liên hiệp Hội \(where_)",
      ])
      return "\(when), \(org) \(activity(e, rng: &rng))."
    case .nationalIn:
      return "\(when), tại \(where_), Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam \(activity(e, rng: &rng))."
    case .workingVisit:
      return "\(when), Đoàn công tác của Đảng đoàn Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam đã có buổi làm việc với Tỉnh ủy \(name) về công tác tập hợp, phát huy đội ngũ trí thức."
    case .national:
      return "\(when), Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam \(activity(e, rng: &rng))."
    case .unnamed:
      return "\(when), Liên hiệp các Hội Khoa học và Kỹ thuật (Liên hiệp Hội) tỉnh \(activity(e, rng: &rng))."
    }
  }

  /// The day of a meeting in one of the forms newsrooms use.
  func datePhrase(_ d: FactDate, published p: FactDate, rng: inout SeededRandom) -> String {
    let day = d.day!, m = d.month!, y = d.year
    let sameYear = p.year == y
    let form = rng.below(sameYear ? 8 : 3)
    switch form {
    case 0: return "Ngày \(day)/\(m)/\(y)"
    case 1: return "Ngày \(day) tháng \(m) năm \(y)"
    case 2:
      if day < FactDate.daysIn(month: m, year: y) { return "Trong hai ngày \(day)-\(day + 1)/\(m)/\(y)" }
      return "Ngày \(pad(day))/\(pad(m))/\(y)"
    case 3: return "Ngày \(day)/\(m)"
    case 4: return "Sáng \(day)/\(m)"
    case 5: return "Chiều ngày \(day)/\(m)"
    case 6: return "Sáng \(day)-\(m)"
    default: return "Sáng ngày \(pad(day))/\(pad(m))"
    }
  }

  func activity(_ e: SynthEvent, rng: inout SeededRandom) -> String {
    let y = e.date.year
    switch e.kind {
    case .giao_ban:
      return e.host == .provincial
        ? "tổ chức Hội nghị giao ban công tác \(rng.pick(["6 tháng đầu năm \(y)", "quý III năm \(y)", "các hội thành viên năm \(y)"]))"
        : "tổ chức Hội nghị giao ban Liên hiệp các Hội KH&KT các tỉnh, thành phố trực thuộc Trung ương năm \(y)"
    case .tong_ket:
      let reviewed = e.date.month! >= 10 ? y : y - 1
      return "tổ chức Hội nghị tổng kết công tác năm \(reviewed) và triển khai nhiệm vụ năm \(reviewed + 1)"
    case .ban_chap_hanh: return "tổ chức Hội nghị Ban Chấp hành lần thứ \(e.ordinal) để cho ý kiến về dự thảo quy chế hoạt động"
    case .ban_thuong_vu: return "tổ chức Hội nghị Ban Thường vụ mở rộng để bàn về công tác phát triển hội viên"
    case .lam_viec: return "có buổi làm việc với Ủy ban nhân dân tỉnh về công tác tư vấn, phản biện"
    case .hoi_thao: return "tổ chức Hội thảo khoa học “\(e.topic)”"
    case .dai_hoi: return "tổ chức Đại hội đại biểu lần thứ \(e.ordinal), nhiệm kỳ \(y)-\(y + 5)"
    case .tap_huan: return "tổ chức lớp tập huấn “\(e.topic)” cho cán bộ các hội thành viên"
    case .khac: return "tổ chức lễ kỷ niệm \(e.ordinal * 5) năm ngày thành lập"
    }
  }

  func headline(_ e: SynthEvent, rng: inout SeededRandom) -> String {
    let who = e.province.map { "Liên hiệp Hội \(generic($0)) \($0.name)" } ?? "Liên hiệp các Hội KH&KT"
    switch e.host {
    case .workingVisit:
      return "Đảng đoàn Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam làm việc với Tỉnh ủy \(e.province!.name)"
    case .national, .nationalIn:
      return "Liên hiệp các Hội KH&KT Việt Nam \(headlinePhrase(e))"
    default:
      return rng.pick(["\(who) \(headlinePhrase(e))", "\(capitalized(headlinePhrase(e))): \(who)"])
    }
  }

  /// What a headline says happened.
  func headlinePhrase(_ e: SynthEvent) -> String {
    let y = e.date.year
    switch e.kind {
    case .giao_ban: return "giao ban công tác năm \(y)"
    case .tong_ket: return "tổng kết hoạt động, triển khai nhiệm vụ năm mới"
    case .ban_chap_hanh: return "họp Ban Chấp hành lần thứ \(e.ordinal)"
    case .ban_thuong_vu: return "họp Ban Thường vụ mở rộng"
    case .lam_viec: return "làm việc về công tác tư vấn, phản biện"
    case .hoi_thao: return "hội thảo “\(e.topic)”"
    case .dai_hoi: return "đại hội đại biểu lần thứ \(e.ordinal)"
    case .tap_huan: return "tập huấn cho cán bộ hội"
    case .khac: return "kỷ niệm \(e.ordinal * 5) năm ngày thành lập"
    }
  }

  func noun(_ k: MeetingKind) -> String {
    switch k {
    case .hoi_thao: return "hội thảo"
    case .dai_hoi: return "đại hội"
    case .tap_huan: return "lớp tập huấn"
    case .lam_viec: return "buổi làm việc"
    case .khac: return "buổi lễ"
    default: return "hội nghị"
    }
  }

  /// A local document of the province, the same across its articles (derived from the seed).
  func localCitation(province p: Province, before date: FactDate, rng: inout SeededRandom) -> (Citation, [String]) {
    var local = SeededRandom(seed: seed ^ UInt64(p.code &* 7919) ^ UInt64(date.year - 1) &* 104_729)
    let form = SynthVocabulary.localForms[local.below(SynthVocabulary.localForms.count)]
    let ustyle = form.1.hasPrefix("KH-")
    let number = ustyle ? String(local.int(100...9_999)) : pad(local.int(1...30))
    let id = ustyle ? "\(number)/\(form.1)" : "\(number)-\(form.1)"
    let issued = FactDate(year: date.year - 1, month: local.int(1...12), day: local.int(1...28))
    let whose = form.4.replacingOccurrences(of: "tỉnh", with: generic(p))
    let s1 = "Cùng với đó, các cấp, các ngành đã triển khai \(form.3) số \(id) ngày \(issued.day!)/\(issued.month!)/\(issued.year) \(whose) về phát huy vai trò của đội ngũ trí thức."
    var ev = [s1]
    if rng.chance(0.5) {
      ev.append("Theo \(form.3) \(number), Liên hiệp Hội là đầu mối tập hợp ý kiến của các nhà khoa học.")
    }
    return (Citation(id: id, number: number, year: nil, code: form.1, type: form.0, issuer: form.2, scope: .local,
                     province: p.name, issued: issued, mentions: ev.count, evidence: ev), ev)
  }

  /// Member and association counts of a province in a year: stable per province, growing.
  func figures(province p: Province?, year: Int) -> (members: Int, associations: Int) {
    var r = SeededRandom(seed: seed ^ UInt64((p?.code ?? 0) &+ 1) &* 31)
    let base = r.int(30...250) * 100
    let growth = r.int(2...9) * 100
    let assoc = r.int(12...45)
    return (base + growth * max(0, year - 2010), assoc + max(0, year - 2010) / 3)
  }

  func sourceURL(_ e: SynthEvent, id: String) -> String {
    switch e.host {
    case .provincial, .workingVisit, .nationalIn:
      return "https://lienhiephoi\(e.province!.slug).org.vn/tin-tuc/\(id)"
    case .national: return "https://vusta.vn/tin-tuc/\(id)"
    case .unnamed: return "https://tintuc-khcn.vn/bai-viet/\(id)"
    }
  }

  /// "tỉnh" or "thành phố", from the official name ("Thành phố Hải Phòng").
  func generic(_ p: Province) -> String {
    let head = p.official.hasSuffix(p.name) ? String(p.official.dropLast(p.name.count)) : "tỉnh"
    let g = head.trimmingCharacters(in: .whitespaces).lowercased()
    return g.isEmpty ? "tỉnh" : g
  }

  func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

  func grouped(_ n: Int) -> String {
    let d = String(n)
    var out = ""
    for (i, c) in d.enumerated() {
      if i > 0 && (d.count - i) % 3 == 0 { out.append(".") }
      out.append(c)
    }
    return out
  }

  func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}
