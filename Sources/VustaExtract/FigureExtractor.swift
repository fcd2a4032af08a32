import VustaModel

/// Reads member figures: totals (hội viên, hội thành viên, chi hội, trí thức) and attendance
/// (đại biểu, lượt người), with Vietnamese numerals ("15.500", "1,2 nghìn", "2 vạn") and their
/// qualifiers (hơn/trên/ngoài → more_than; khoảng/gần/xấp xỉ → about). Increments ("kết nạp
/// thêm 7 hội") and counts of organisations attending are not member figures.
struct FigureExtractor {
  /// Members or intellectuals below this are no union's total: not read as a figure.
  static let smallestTotal = 500
  let context: ArticleContext
  /// Whether the article reports an LHH meeting (attendance counts only at the union's events).
  var hasMeeting = true
  /// Whether the article reports only another body's meeting (its lead a member association's
  /// congress, no meeting of a union found): the members its delegates stand for ("thay mặt cho
  /// 6.530 hội viên") are that body's.
  var reportsOtherBodysMeeting = false
  /// Where the article's main event took place (by the meetings' precedence): attendance is counted there.
  var eventProvince: Province? = nil
  /// The province whose union holds the article's event, when a provincial union does.
  var eventHolder: Province? = nil
  /// Whether LHH Việt Nam holds the article's event: its attendance comes from the whole country,
  /// and readers split on giving it the city where it sat.
  var eventIsNational = false
  /// Every meeting found with a province: the sentences that report it and where it took place.
  /// A digest or a round-up tells several unions' meetings one after another; attendance in a
  /// sentence that names no union is the latest of them reported before it in its paragraph.
  var eventPlaces: [(sentences: [Int], province: Province)] = []

  /// Metric nouns that follow the number, longest first.
  static let metrics: [(Phrase, MemberMetric)] = [
    (Lexicon.p_hoi_vien_tap_the, .khac),
    (Lexicon.p_hoi_vien, .hoi_vien),
    (Lexicon.p_hoi_thanh_vien, .hoi_thanh_vien),
    (Lexicon.p_to_chuc_hoi_thanh_vien, .hoi_thanh_vien),
    (Lexicon.p_to_chuc_thanh_vien, .hoi_thanh_vien),
    (Lexicon.p_thanh_vien_lien_ket, .khac),
    (Lexicon.p_don_vi_lien_ket, .khac),
    (Lexicon.p_hoi_va_to_chuc_thanh_vien, .hoi_thanh_vien),
    (Lexicon.p_don_vi_thanh_vien, .hoi_thanh_vien),
    (Lexicon.p_hoi_nganh, .hoi_thanh_vien),
    (Lexicon.p_hoi_chuyen_nganh, .hoi_thanh_vien),
    // "hiện có 22 HTV": the unions' own short form of "hội thành viên", on a page that defines it
    // ("9 Hội thành viên (HTV)"; the city's television channel "HTV", "HTV9" elsewhere)
    (FigureExtractor.p_htv, .hoi_thanh_vien),
    // "nâng tổng số chi hội thành viên và trung tâm trực thuộc lên 32 đơn vị": branches admitted
    // as members of the union are member organisations, not an association's branches
    (FigureExtractor.p_chi_hoi_thanh_vien, .hoi_thanh_vien),
    (Lexicon.p_chi_hoi, .chi_hoi),
    (Lexicon.p_tri_thuc, .tri_thuc),
    (Lexicon.p_nha_khoa_hoc, .tri_thuc),
    (Lexicon.p_luot_nguoi, .luot_nguoi),
    (Lexicon.p_luot, .luot_nguoi),
    (Lexicon.p_dai_bieu, .dai_bieu),
  ]
  static let p_chi_hoi_thanh_vien = Phrase("chi hoi thanh vien")
  /// Words that tell delegates apart: by degree ("học hàm", "học vị", "trình độ"), by people
  /// ("dân tộc thiểu số"), by make-up ("cơ cấu").
  static let compositionWords: [Phrase] = ["hoc ham", "hoc vi", "trinh do cua dai bieu", "co trinh do", "dan toc thieu so", "co cau dai bieu"].phrases
  static let attendingWords: [Phrase] = [Lexicon.p_dai_dien, Lexicon.p_can_bo, Lexicon.p_lanh_dao, Lexicon.p_tu]
  static let moreThan: [Phrase] = ["hon", "tren", "ngoai", "vuot", "hon", "it nhat", "toi thieu"].phrases
  static let about: [Phrase] = ["khoang", "gan", "xap xi", "chung", "uoc", "uoc tinh", "ngot", "sap xi", "tren duoi"].phrases
  /// `moreThan` then `about`, joined once.
  static let moreThanOrAbout = moreThan + about
  static let increments: [Phrase] = [
    "them", "ket nap", "ket nap them", "ket nap moi", "ket nap moi duoc", "ket nap duoc", "tang", "giam", "tang them",
    "phat trien them", "phat trien", "phat trien moi", "bo sung", "thu hut them",
    "thanh lap", "thanh lap moi",
  ].phrases

  /// Verbs whose object is an association joining the union: "kết nạp Hội …", "công nhận Hội …".
  static let admitting: [Phrase] = admitted + ["ket nap them", "ket nap moi", "tiep nhan", "cong nhan"].phrases

  /// Admitting, which counts the members so far when "đến nay" stands before it.
  static let admitted: [Phrase] = ["ket nap", "ket nap duoc"].phrases
  static let soFar: [Phrase] = ["den nay", "hien nay", "tinh den", "den thoi diem nay"].phrases

  /// Words of a total over a period or over several activities.
  static let recapWords: [Phrase] = [
    "tinh chung", "tong cong", "trong nam", "ca nam", "nam qua", "cac lop", "cac hoi nghi", "cac buoi", "cac hoat dong",
  ].phrases
  /// A target or a plan is not a count: "phấn đấu đạt 15.000 hội viên", "Theo kế hoạch, … sẽ tôn vinh 20 trí thức".
  static let targetWords: [Phrase] = ["phan dau", "muc tieu", "chi tieu", "du kien", "theo ke hoach"].phrases
  /// Words of an average before a number: "bình quân", "trung bình", "mỗi hội có".
  static let averageWords: [Phrase] = ["binh quan", "trung binh", "moi hoi co", "moi chi hoi"].phrases
  /// People honoured are not members counted: "biểu dương 18 trí thức tiêu biểu".
  static let honourWords: [Phrase] = [
    "bieu duong", "ton vinh", "khen thuong", "vinh danh", "trao tang", "trao", "tang", "suy ton", "cong nhan",
    "ghi nhan dong gop cua", "tuyen duong",
  ].phrases
  /// A count from the union's past: "Khi mới thành lập, Liên hiệp hội chỉ có 12 hội thành viên".
  static let historicWords: [Phrase] = [
    "khi moi thanh lap", "khi thanh lap", "luc moi thanh lap", "luc thanh lap", "ban dau", "luc dau",
    "thoi diem thanh lap", "ngay dau thanh lap", "truoc hop nhat", "truoc khi hop nhat", "truoc sap nhap",
    "truoc khi sap nhap", "khoi dau voi", "khoi dau", "moi ra doi", "ra doi", "khi chi co", "thoi diem moi thanh lap", "ngay moi thanh lap", "nam moi thanh lap",
    "giai doan moi thanh lap", "thoi ky moi thanh lap",
    // "Từ chỉ 15 hội thành viên thuở mới thành lập, đến nay …"
    "thuo moi thanh lap", "thuo ban dau", "buoi dau thanh lap", "nhung ngay dau thanh lap",
    // "Những ngày đầu, Liên hiệp Hội chỉ có 5 hội thành viên"
    "nhung ngay dau", "buoi dau", "thoi gian dau", "nhung nam dau", "thoi ky dau", "giai doan dau",
  ].phrases
  /// "At that time", pointing back to a past year told before ("Ngày 23/3/1998, Đại hội II ….
  /// Khi ấy, số hội thành viên đã lên 13"): asked by `isThenCount`.
  static let thenWords: [Phrase] = ["khi ay", "luc ay", "khi do", "luc do", "thoi diem do", "thoi diem ay"].phrases
  /// Words before "khi đó"/"thời điểm đó" that make it no past time: "Trong khi đó" (meanwhile),
  /// "Kể từ thời điểm đó" (since then), "Đến thời điểm đó" (up to then).
  static let notThenBefore = WordSet(["trong", "tu", "den", "toi"].map(Phrase.hash))
  /// The start of the term, given before its counts against today's ("Lúc bắt đầu nhiệm kỳ, …
  /// 18 Hội thành viên …; đến nay … 23 Hội thành viên"); after a count ("… 21 hội thành viên;
  /// so với đầu nhiệm kỳ tăng 4 hội") it is what today's count is compared with.
  static let termStartWords: [Phrase] = ["bat dau nhiem ky", "dau nhiem ky"].phrases
  /// Members of another organisation: "hơn 330.000 hội viên nông dân", "hội viên phụ nữ".
  static let otherMembers: [Phrase] = [
    "nong dan", "phu nu", "cuu chien binh", "thanh nien", "cong doan", "chu thap do", "nguoi cao tuoi",
  ].phrases
  /// Part of a total just given: "152 hội thành viên, gồm 89 hội ngành …".
  static let breakdownWords: [Phrase] = ["gom", "bao gom", "trong do", "trong do co", "trong so do", "trong so nay"].phrases
  func figures() -> [MemberFigure] {
    var out: [MemberFigure] = []
    // totals the article says were raised ("nâng tổng số … là 35"): metric and province → the
    // evidence of those sentences
    var newTotals: [String: Set<String>] = [:]
    var seen = Set<String>()
    var nationalTotalsAt: Int? = nil  // the sentence that last gave a national total
    // every value written before a metric's words, kept or set aside (a founding count, an
    // increment, a part of a total …)
    var candidates: [MemberMetric: Set<Int>] = [:]
    // figures of an article that names no LHH body belong to some other organisation
    guard context.sentences.contains(where: { !$0.unions.isEmpty }) else { return [] }
    let aboutAssociation = titleOpensWithAssociation()
    for s in context.sentences where !s.isTitle {
      let f = s.text
      var countedHere: [MemberMetric: Int] = [:]  // metric → where its figure ended
      var umbrella: Set<MemberMetric> = []  // metrics whose figure counts "tổ chức …" (organisations of any kind)
      var incrementEnd: Int?  // where the last increment ("kết nạp thêm 2 hội") ended
      let numbers = FigureExtractor.withDelegatesPresent(NumberReader.numbers(in: f), in: f)
      let followsNational = nationalTotalsAt == s.index - 1
      for (index, read) in numbers.enumerated() {
        var n = read
        if FigureExtractor.isItemNumber(f, at: n.start), n.end == 1 { continue }
        guard var (metric, metricEnd) = metric(after: n.end, in: f, saidAgain: n.saidAgain) ?? totalAfterIncrease(n, in: f)
          ?? labelledMetric(before: n, in: f) ?? TableRow.metric(before: n, in: f) ?? bareAssociationCount(n, in: f, following: numbers[(index + 1)...])
          ?? bracketedCount(n, in: f) ?? unionsMembers(n, in: s) else { continue }
        // "mở lớp tập huấn … dành cho 60 hội viên Hội làm vườn": the members a course is for are
        // its trainees, attendance
        if metric == .hoi_vien, f.contains(any: FigureExtractor.courseFor, from: max(0, n.start - 3), to: n.start),
          f.contains(any: FigureExtractor.courseWords, from: 0, to: n.start)
        {
          metric = .dai_bieu
        }
        candidates[metric, default: []].insert(read.value)
        // "từ 150 - 200 đại biểu", "150 đến 200 đại biểu": the lower bound, about
        var inRange = false
        if index > 0, let low = rangeStart(numbers[index - 1], before: n, in: f) {
          n = WrittenNumber(value: low.value, start: low.start, end: n.end)
          inRange = true
        }
        if isIncrement(f, before: n.start, after: metricEnd) {
          incrementEnd = metricEnd
          continue
        }
        // "kết nạp thêm 2 Hội thành viên và 1 hội viên tập thể": the list goes on adding
        if let e = incrementEnd, n.start - e <= 2, continuesList(f, at: n.start, orWith: true) {
          incrementEnd = metricEnd
          continue
        }
        if metric == .hoi_vien, FigureExtractor.otherMembers.contains(where: { f.matches($0, at: metricEnd) }) { continue }
        let clause = clauseStart(f, before: n.start)
        if isTarget(f, from: clause, to: n.start) { continue }
        // "bình quân mỗi hội có 4 đến 5 đại biểu", "trung bình mỗi chi hội 30 hội viên": an
        // average, no total
        if f.contains(any: FigureExtractor.averageWords, from: max(clause, n.start - 5), to: n.start) { continue }
        if isHistoric(f, clause: clause, number: n.start, metricEnd: metricEnd) || isThenCount(s, clause: clause, number: n.start) { continue }
        // (people trained, counted in turns, are the courses' attendance: "mở 14 lớp tập huấn cho
        // 2.300 lượt cán bộ"; "tập huấn cho 5.000 hội viên" in a year's recap is no figure)
        let trainees = metric == .luot_nguoi && f.endsWith(FigureExtractor.p_tap_huan_cho, before: n.start)
        if isHonoured(f, before: n.start) || (isActedOn(f, before: n.start) && !trainees) { continue }
        // "93 hội ngành toàn quốc, 34 Liên hiệp Hội địa phương": the national union's two kinds
        // of members listed without their total — a part, not the total
        if f.matches(Lexicon.p_hoi_nganh, at: n.end), index + 1 < numbers.count,
          numbers[index + 1].start - metricEnd <= 4, f.matches(Lexicon.p_lien_hiep, at: numbers[index + 1].end)
        {
          continue
        }
        if metric != .dai_bieu && metric != .luot_nguoi, isHonouredAfter(f, metricEnd: metricEnd) { continue }
        // ("Hiện toàn tỉnh Hải Dương có khoảng 65.000 trí thức; Liên hiệp hội đã tập hợp được gần
        // 50.000 hội viên": the province's intellectuals set beside the union's own members are
        // the province's; alone — "toàn tỉnh hiện có khoảng 57.680 trí thức" on a page about the
        // union's work — they are the count the page gives)
        // (set beside them in the sentence or its paragraph)
        let wholeProvince = metric == .tri_thuc && f.contains(any: FigureExtractor.wholeProvince, from: clause, to: n.start)
        if wholeProvince,
          context.sentences.contains(where: { $0.line == s.line && !$0.isTitle && $0.text.find(Lexicon.p_hoi_vien) != nil })
        {
          continue
        }
        // "trong số đại biểu dự Đại hội có 143 đại biểu mang học hàm GS, PGS; 129 đại biểu …":
        // parts of a group named (not counted) after "trong số", of the same kind as the group
        if let among = f.find(FigureExtractor.p_trong_so, from: 0, to: n.start), among + 2 < n.start,
          !f.tokens[among + 2].isNumber, self.metric(after: among + 2, in: f)?.0 == metric
        {
          continue
        }
        // a part of a total of the same metric given before it ("… gồm 63 liên hiệp hội và 94 hội ngành")
        if let after = countedHere[metric], f.contains(any: FigureExtractor.breakdownWords, from: after, to: n.start) {
          // "quy tụ 23 hội thành viên trong đó 17 hội thành viên và 6 hội viên tập thể": a part
          // named with the total's own words, beside parts of another kind, is the count itself
          // (the total took in the other kinds: the bracketed case below)
          // (the other kind continues the breakdown right after the part — "… và 6 hội viên tập
          // thể" —, not a total later in the sentence: "…, với tổng số 11.284 hội viên")
          guard metric == .hoi_thanh_vien, f.matches(Lexicon.p_hoi_thanh_vien, at: n.end),
            let later = numbers[(index + 1)...].first, later.start - metricEnd <= 2, continuesList(f, at: later.start),
            self.metric(after: later.end, in: f).map({ $0.0 != .hoi_thanh_vien }) ?? false,
            let i = out.lastIndex(where: { $0.metric == metric && $0.evidence == s.evidence })
          else { continue }
          out.remove(at: i)
        }
        // "156 hội thành viên (93 hội ngành, 63 liên hiệp hội địa phương)": parts of the total in brackets
        // (the bracket is the gap before the part's first word)
        if let after = countedHere[metric], (after...n.start).contains(where: { f.tokens[$0].gap == UInt8(ascii: "(") }),
          !(after..<n.start).contains(where: { f.tokens[$0].gap == UInt8(ascii: ")") })
        {
          // "38 tổ chức hội thành viên (25 hội thành viên, 13 hội viên tập thể)": the umbrella count
          // of organisations gives way to the part that names member associations themselves
          guard umbrella.contains(metric), f.matches(Lexicon.p_hoi_thanh_vien, at: n.end) else { continue }
          if let i = out.lastIndex(where: { $0.metric == metric && $0.evidence == s.evidence }) { out.remove(at: i) }
          umbrella.remove(metric)
        }
        let ofUnion = s.unions.contains { $0.start >= metricEnd && $0.start <= metricEnd + 2 }
        if metric != .dai_bieu && metric != .luot_nguoi && !ofUnion
          && (belongsToOtherAssociation(s, at: n.start) || lineOpensWithAssociation(s) || (aboutAssociation && s.unions.isEmpty))
        {
          continue
        }
        // a union counts its members and intellectuals in thousands (no total under 1,200 in
        // ~200 of the corpus's and seeds' gold): a few hundred or fewer is a list's, an award's or
        // a member association's count ("66 trí thức thuộc 61 Liên hiệp hội" nominated, "21 hội viên")
        if (metric == .hoi_vien || metric == .tri_thuc) && n.value < FigureExtractor.smallestTotal { continue }
        // "… cùng hơn 120 đại biểu chính thức, thay mặt cho 6.530 hội viên trong toàn tỉnh" at a
        // member association's congress: the members its delegates represent are its own
        // (not the union's own, when it is the clause's subject: "Liên hiệp Hội hiện có hơn 12.000
        // hội viên, đại diện cho gần 30.000 trí thức" in its greeting to the congress)
        if reportsOtherBodysMeeting, !ofUnion,
          f.contains(any: FigureExtractor.representing, from: max(0, n.start - 4), to: n.start),
          !s.unions.contains(where: { u in
            u.end <= n.start && u.start >= clauseStart(f, before: n.start) && !isGuest(u, in: f)
              && !MeetingExtractor.isOfficeTitle(f, before: u.start)
          })
        {
          continue
        }
        let qualifier = inRange ? .about : qualifier(f, before: n.start)
        let attendance = metric == .dai_bieu || metric == .luot_nguoi
        if attendance && (!hasMeeting || inOtherBodysMeeting(s)) { continue }
        // "N lượt" counts the people an activity drew ("33 lớp tập huấn … 33.000 lượt hội viên");
        // in a sentence naming none it counts something else ("Từ 1,9 triệu lượt (năm 2010), lượng
        // khách đến tỉnh đã tăng lên …": visitors to the province)
        if metric == .luot_nguoi, !f.contains(any: FigureExtractor.turnActivities),
          !f.contains(any: [FigureExtractor.p_cho], from: max(0, n.start - 3), to: n.start)
        {
          continue
        }
        if isCountOfAttendingOrganisations(f, before: n.start, attendance: attendance) { continue }
        // "Có 03 đại biểu của Liên hiệp Hội Bình Định dự …" at a workshop held in Hà Tĩnh: one
        // union's delegation, not the meeting's attendance (not the holder's own people, nor a
        // union of the event's province in either division)
        if attendance, metricEnd < f.tokens.count, f.tokens[metricEnd].hash == Lexicon.h_cua, let event = eventProvince,
          s.unions.contains(where: { u in
            guard u.start == metricEnd + 1, case .province(let p) = u.scope else { return false }
            return p.mergedInto != event.mergedInto && p.mergedInto != eventHolder?.mergedInto
          })
        {
          continue
        }
        if metric == .hoi_thanh_vien || metric == .chi_hoi, takesPart(f, after: metricEnd) || attendedList(f, after: metricEnd) { continue }
        // "11 Hội thành viên của Liên hiệp Hội đã tổ chức Đại hội nhiệm kỳ": the associations that
        // held their own congresses, not how many the union has
        if metric == .hoi_thanh_vien, holdOwnCongresses(f, after: metricEnd) { continue }
        // "Tham dự có … và 17 Hội thành viên thuộc Liên hiệp Hội": organisations in a list of guests
        // (an item of the enumeration: after "và" or a comma, not "tại 52 hội thành viên")
        if metric == .hoi_thanh_vien || metric == .chi_hoi, continuesList(f, at: n.start),
          f.contains(any: Lexicon.guestOpeners, from: 0, to: min(3, f.tokens.count))
        {
          continue
        }
        if metric == .hoi_thanh_vien && isRepresentedOrganisations(f, before: n.start) { continue }
        // (and so are their parts in brackets: "… đại diện cho 125 hội thành viên (gồm 55 Liên hiệp
        // hội địa phương và 70 hội ngành toàn quốc)")
        if metric == .hoi_thanh_vien, let before = countBeforeBrackets(f, at: n.start), isRepresentedOrganisations(f, before: before) {
          continue
        }
        // "… có 46 Hội thành viên, 8 đơn vị trực thuộc và 3 đơn vị thành viên": member units listed
        // after the member associations are another kind of member (khac), not their count
        if metric == .hoi_thanh_vien, metricEnd >= 4, f.matches(Lexicon.p_don_vi_thanh_vien, at: metricEnd - 4),
          f.find(Lexicon.p_hoi_thanh_vien, from: 0, to: n.start) != nil
        {
          metric = .khac
        }
        // "hơn 4.000 trí thức khoa học của toàn huyện": a district's count, not the province's
        if !attendance, f.contains(any: FigureExtractor.districtWide, from: metricEnd, to: min(f.tokens.count, metricEnd + 4)) {
          continue
        }
        // "Liên hiệp các hội khoa học kỹ thuật huyện hiện gồm 8 hội thành viên": a district's
        // union's members, in a sentence that names no union of the province's
        // (its name the clause's subject, before the number: not "… toàn tỉnh có 42 hội thành
        // viên, trong đó có 5 LHH cấp huyện")
        if !attendance, s.unions.isEmpty, let d = UnionFinder.districtUnionStart(f), d < n.start, d >= clauseStart(f, before: n.start) {
          continue
        }
        var (province, placeReason) = figureProvince(s, at: n.start, end: metricEnd, attendance: attendance,
                                                     continuesNational: followsNational)
        // "lực lượng trí thức của tỉnh Sơn La …; toàn tỉnh hiện có khoảng 57.680 trí thức": the
        // whole province's count is the province's the sentence names, else the event's
        if province == nil, wholeProvince {
          province = s.provinces.last(where: { $0.start < n.start && $0.role != .authority })?.province ?? eventProvince
          if province != nil { placeReason = .provinceFromContext }
        }
        // "1,8 triệu hội viên trong cả nước": a national total, whatever the sentence's place
        // (the metric's own words may come between: "hơn 3 triệu trí thức khoa học công nghệ trên
        // cả nước", in the same clause)
        let clauseOn = (metricEnd..<min(f.tokens.count, metricEnd + 7)).first { FoldedText.isStrongPunct(f.tokens[$0].gap) || f.tokens[$0].gap == UInt8(ascii: ",") }
          ?? min(f.tokens.count, metricEnd + 7)
        if !attendance, f.contains(any: FigureExtractor.nationwide, from: metricEnd, to: clauseOn) {
          province = nil
          placeReason = nil
        }
        // "Liên hiệp Hội Bình Định có 03 đại biểu tham dự": under ten people is one body's
        // delegation, not a meeting's attendance (no gold attendance is under 20)
        if (metric == .dai_bieu || metric == .luot_nguoi) && n.value < 10 { continue }
        // "Trình độ của đại biểu tham dự có học hàm GS, PGS là 143 đại biểu; có học vị TS là 129
        // đại biểu; …": the delegates told apart by degree, people or age are parts of the
        // attendance, not it
        // (the words in the number's own clause: "Đại hội có 150 đại biểu, trong đó 20 đại biểu
        // dân tộc thiểu số" keeps its 150)
        if metric == .dai_bieu, let w = FigureExtractor.compositionWords.compactMap({ f.find($0, from: max(0, n.start - 14), to: n.start) }).max(),
          !(w + 1...n.start).contains(where: { FoldedText.isStrongPunct(f.tokens[$0].gap) })
        {
          continue
        }
        var reasons = Set<ConfidenceReason>()
        if let placeReason { reasons.insert(placeReason) }
        if metric == .khac { reasons.insert(.metricGuessed) }
        if s.unions.filter({ if case .province = $0.scope { return true } else { return false } }).count > 1 {
          reasons.insert(.severalUnions)
        }
        if Set(s.provinces.map(\.province.code)).count > 1 { reasons.insert(.severalProvinces) }
        if province == nil && placeReason == nil { reasons.insert(.nationalTotal) }
        // under 1,000: still unusual (no gold total below 1,200), for a person to check
        if (metric == .hoi_vien || metric == .tri_thuc) && n.value < 1000 { reasons.insert(.unusuallySmall) }
        // (a union groups ten member associations or more: none of ~220 gold totals is under 10)
        if metric == .hoi_thanh_vien && n.value < 10 { reasons.insert(.unusuallySmall) }
        if f.contains(any: Lexicon.guestOpeners, from: 0, to: min(3, f.tokens.count)) && !attendance {
          reasons.insert(.guestList)
        }
        if let year = context.published?.year,
          DateReader.years(in: f).contains(where: { $0 < year }) || f.contains(any: FigureExtractor.pastTermWords)
        {
          reasons.insert(.earlierPeriod)
        }
        let date = context.published
        let (p, p2025) = context.names(of: province, on: date)
        let key = "\(metric.rawValue)|\(n.value)|\(p ?? "")"
        // "… thay mặt cho trên 2,8 triệu hội viên cả nước" then "tổng số hội viên của toàn hệ thống
        // đã lên tới trên 2,8 triệu người": the nation's count said again, its province only the
        // page's guess — one figure, not a second one of the page's province
        if placeReason == .provinceFromContext, p != nil, seen.contains("\(metric.rawValue)|\(n.value)|") { continue }
        if seen.contains(key) {
          // "thay mặt cho 210.000 hội viên" then "có … với trên 210.000 hội viên": one figure, and
          // the qualifier a writer gave it once ("trên", "khoảng") is what the round number means
          if qualifier != .exact, let i = out.firstIndex(where: { $0.metric == metric && $0.value == n.value && $0.province == p }),
            out[i].qualifier == .exact
          {
            out[i].qualifier = qualifier
          }
          continue
        }
        seen.insert(key)
        if province == nil, !attendance { nationalTotalsAt = s.index }
        out.append(MemberFigure(province: p, province2025: p2025, metric: metric, value: n.value,
                                qualifier: qualifier, date: nil, evidence: s.evidence,
                                why: ConfidenceReason.why(reasons)))
        countedHere[metric] = metricEnd
        if risesTo(f, before: read.start) || f.find(FigureExtractor.p_nang_tong_so, from: max(0, n.start - 20), to: n.start) != nil {
          newTotals["\(metric.rawValue)|\(p ?? "")", default: []].insert(s.evidence)
        }
        if f.matches(Lexicon.p_to_chuc_hoi_thanh_vien, at: n.end) || f.matches(Lexicon.p_to_chuc_thanh_vien, at: n.end) {
          umbrella.insert(metric)
        }
        // "năm 2023 có 28 hội thành viên; năm 2024 tăng lên 31 hội": the new total replaces the old
        if risesTo(f, before: read.start) {
          out.removeAll { $0.metric == metric && $0.evidence == s.evidence && $0.value != n.value && $0.province == p }
        }
      }
    }
    // a raised total replaces the count the article gave before it ("năm 2016, 33 Hội thành
    // viên …" then "… nâng tổng số Hội thành viên là 35")
    out.removeAll { f in
      guard let raised = newTotals["\(f.metric.rawValue)|\(f.province ?? "")"] else { return false }
      return !raised.contains(f.evidence)
    }
    // a total the article's other counts of the same kind compete with ("từ 37 lên 45 hội thành
    // viên", a founding count, a part): which one is the total was decided by a rule — a person checks it
    let kept = Dictionary(grouping: out, by: \.metric).mapValues { Set($0.map(\.value)) }
    for i in out.indices where out[i].metric != .dai_bieu && out[i].metric != .luot_nguoi {
      let others = (candidates[out[i].metric] ?? []).subtracting(kept[out[i].metric] ?? [])
      guard !others.isEmpty else { continue }
      var reasons = Set((out[i].why ?? "").split(separator: ";").compactMap {
        ConfidenceReason(rawValue: $0.trimmingCharacters(in: .whitespaces))
      })
      reasons.insert(.otherCountSetAside)
      out[i].why = ConfidenceReason.why(reasons)
    }
    return out
  }

  static let p_nang_tong_so = Phrase("nang tong so")

  /// "Số hội thành viên: 31", "Số chi hội cơ sở: khoảng 140": a labelled count, the metric in
  /// the label before the colon.
  private func labelledMetric(before n: WrittenNumber, in f: FoldedText) -> (MemberMetric, Int)? {
    // a colon at most two words before the number, or nothing to do
    let colon = UInt8(ascii: ":")
    guard n.start >= 2, f.tokens[n.start].gap == colon || f.tokens[n.start - 1].gap == colon
      || f.tokens[n.start - 2].gap == colon
    else { return nil }
    var q = n.start
    for p in FigureExtractor.moreThanOrAbout where f.endsWith(p, before: q) {
      q -= p.count
      break
    }
    guard q >= 2, f.tokens[q].gap == UInt8(ascii: ":") else { return nil }
    // the label's "Số" ("sở" of "cơ sở" folds the same: keep looking)
    for s0 in stride(from: q - 1, through: max(0, q - 9), by: -1) where f.tokens[s0].hash == FigureExtractor.h_so {
      for (p, m) in FigureExtractor.metrics where f.matches(p, at: s0 + 1) { return (m, n.end) }
    }
    return nil
  }

  static let h_so = Phrase.hash("so")

  /// The lower bound of a range that ends with `n`: "150 - 200", "150 đến 200", "150 tới 200".
  private func rangeStart(_ low: WrittenNumber, before n: WrittenNumber, in f: FoldedText) -> WrittenNumber? {
    guard low.value < n.value else { return nil }
    if low.end == n.start, DateReader.spacedDash(f, before: n.start) { return low }
    if low.end + 1 == n.start, [Lexicon.h_den, Lexicon.h_toi].contains(f.tokens[low.end].hash) { return low }
    return nil
  }

  /// The end of the clause holding token `i`: the next ";" after it, or the sentence's end.
  private func clauseEnd(_ f: FoldedText, after i: Int) -> Int {
    (i + 1..<f.tokens.count).first { f.tokens[$0].gap == UInt8(ascii: ";") } ?? f.tokens.count
  }

  /// The first token of the clause holding token `i`: after the last ";" before it.
  private func clauseStart(_ f: FoldedText, before i: Int) -> Int {
    var k = i
    while k > 0 {
      if f.tokens[k].gap == UInt8(ascii: ";") { return k }
      k -= 1
    }
    return 0
  }

  /// A plan word between `from` and `to`, or "sẽ" (will) as written — not the "sẽ" of a report
  /// about to be given when a word of today follows it ("như báo cáo sẽ cho thấy, VUSTA hiện có
  /// 156 hội thành viên").
  private func isTarget(_ f: FoldedText, from: Int, to: Int) -> Bool {
    if f.contains(any: FigureExtractor.targetWords, from: from, to: to) { return true }
    return (max(0, from)..<min(to, f.tokens.count)).contains { k in
      f.isWill(k) && !(FigureExtractor.reportingVerbs.contains { f.matches($0, at: k + 1) }
        && f.contains(any: FigureExtractor.presentWords, from: k + 1, to: to))
    }
  }

  /// Words of today that make a count after "sẽ cho thấy" today's: "hiện có", "hiện nay", "đến
  /// nay" ("Đề án sẽ nêu rõ đến năm 2027 … có trên 20.000 hội viên" stays a target).
  static let presentWords: [Phrase] = ["hien co", "hien nay", "den nay", "hien la"].phrases

  /// Verbs of telling after "sẽ": a report or a speaker about to show what is, not a plan.
  static let reportingVerbs: [Phrase] = ["cho thay", "trinh bay", "bao cao", "neu ro", "thong tin"].phrases

  /// A count from the union's past: the marker ("khi mới thành lập") earlier in the clause with
  /// no "đến nay"/"hiện nay" between, or right after the metric ("Từ 7 hội thành viên khi mới
  /// thành lập, đến nay … có 32 hội thành viên").
  private func isHistoric(_ f: FoldedText, clause: Int, number start: Int, metricEnd: Int) -> Bool {
    for p in FigureExtractor.historicWords {
      if f.find(p, from: metricEnd, to: min(f.tokens.count, metricEnd + 3)) != nil { return true }
      // ("Từ 3 hội thành viên buổi đầu, nay Hà Tĩnh có 30 …": "nay" opening the next clause is now too)
      if let at = f.find(p, from: clause, to: start),
        !f.contains(any: FigureExtractor.nowWords, from: at + p.count, to: start),
        !(at + p.count..<start).contains(where: { f.tokens[$0].hash == FigureExtractor.h_nay && f.tokens[$0].gap == UInt8(ascii: ",") }),
        // ("Lúc mới thành lập, Liên hiệp hội có 11 hội thành viên, đến tháng 06/2015 đã có 21 Hội":
        // a later point in time opening the next clause)
        !(at + p.count..<start).contains(where: { FigureExtractor.opensLaterPoint(f, at: $0) })
      {
        return true
      }
    }
    // "Khi đại hội thành lập năm 2010, Liên hiệp hội có 10 hội thành viên": a founding named in
    // the opening clause of "khi", "lúc" dates the clause after it
    // (the founding itself, not an anniversary of it: "Khi phát biểu tại lễ kỷ niệm 30 năm thành
    // lập, …" speaks of now)
    // ("Lúc Đại hội II vừa kết thúc, Liên hiệp Hội có 17 Hội thành viên …": the congress that
    // opened the term, named before its end)
    if clause == 0, f.tokens[0].hash == FigureExtractor.h_khi || f.tokens[0].hash == DateReader.h_luc,
      let comma = (1..<start).first(where: { f.tokens[$0].gap == UInt8(ascii: ",") }),
      f.contains(any: FigureExtractor.foundingWords + FigureExtractor.termOpeningWords, from: 1, to: comma)
        || (f.find(FigureExtractor.p_dai_hoi, from: 1, to: comma) != nil && f.find(FigureExtractor.p_ket_thuc, from: 1, to: comma) != nil),
      !f.contains(any: [FigureExtractor.p_ky_niem], from: 1, to: comma),
      !f.contains(any: FigureExtractor.nowWords, from: comma, to: start),
      !(comma + 1..<start).contains(where: { FigureExtractor.opensLaterPoint(f, at: $0) })
    {
      return true
    }
    // "…, khi Liên hiệp Hội mới tập hợp được 7 hội thành viên": a "khi" clause whose verb "mới"
    // marks as only just begun
    if let khi = (clause..<start).first(where: { f.tokens[$0].hash == FigureExtractor.h_khi }),
      let moi = (khi + 1..<start).last(where: { f.tokens[$0].hash == FigureExtractor.h_moi }), start - moi <= 12,
      FigureExtractor.havingVerbs.contains(f.tokens[moi + 1].hash),
      !f.contains(any: FigureExtractor.nowWords, from: khi, to: start)
    {
      return true
    }
    // "từ chỗ chỉ có 15 hội thành viên, đến nay … 141": the count right after "từ chỗ"
    if let at = f.find(FigureExtractor.p_tu_cho, from: max(clause, start - 5), to: start),
      !f.contains(any: FigureExtractor.nowWords, from: at + 2, to: start)
    {
      return true
    }
    // "phát triển … từ 06 tổ chức hội thành viên với 1.400 hội viên, thành hệ thống …", "từ 12 hội
    // thành viên, đến nay có 25": the counts of a phrase opened by "từ" (from) that the sentence
    // then takes to another state are where the union grew from
    if let tu = (max(clause, start - 10)..<start).last(where: { f.tokens[$0].hash == Lexicon.h_tu }),
      tu + 1 < f.tokens.count, f.tokens[tu + 1].isNumber || (tu + 2 < f.tokens.count && f.tokens[tu + 1].hash == FigureExtractor.h_chi && f.tokens[tu + 2].isNumber),
      DateReader.year(f, tu + 1) == nil,
      !(tu + 1...start).contains(where: { k in
        let t = f.tokens[k]
        return FoldedText.isStrongPunct(t.gap) || (t.gap == UInt8(ascii: ",") && !t.isNumber) || FigureExtractor.isGrowthWord(f, k)
      }),
      // (a number's own dots and commas close nothing: "1.400")
      let close = (metricEnd..<f.tokens.count).first(where: { k in
        (FoldedText.isStrongPunct(f.tokens[k].gap) || f.tokens[k].gap == UInt8(ascii: ","))
          && !(f.tokens[k].isNumber && k >= 1 && f.tokens[k - 1].isNumber && !f.tokens[k].spaced)
      }),
      FigureExtractor.isGrowthWord(f, close) || f.contains(any: FigureExtractor.nowWords, from: close, to: min(f.tokens.count, close + 3))
    {
      return true
    }
    // "từ 10 Hội thành viên đầu nhiệm kỳ I, đến nay … 18 Hội thành viên": the count the term
    // started from, named after it (not "so với đầu nhiệm kỳ", what today's count is compared with)
    for p in FigureExtractor.termStartWords {
      if let at = f.find(p, from: metricEnd, to: min(f.tokens.count, metricEnd + 2)), !f.endsWith(FigureExtractor.p_so_voi, before: at),
        start >= 1, f.tokens[start - 1].hash == Lexicon.h_tu || (start >= 2 && f.tokens[start - 2].hash == Lexicon.h_tu),
        f.contains(any: FigureExtractor.nowWords, from: at + p.count, to: f.tokens.count)
      {
        return true
      }
    }
    for p in FigureExtractor.termStartWords {
      if let at = f.find(p, from: clause, to: start), !f.endsWith(FigureExtractor.p_so_voi, before: at),
        !f.contains(any: FigureExtractor.nowWords, from: at + p.count, to: start)
      {
        return true
      }
    }
    return false
  }

  /// A count "at that time" ("Khi ấy, …", "…; lúc đó, …" opening its clause, no "đến nay"
  /// after it) when a year before the page's own stands before the marker, in the sentence or
  /// in the sentence before it in the paragraph: the narrative's past, not today's total.
  private func isThenCount(_ s: AnalyzedSentence, clause: Int, number start: Int) -> Bool {
    let f = s.text
    let t = f.tokens
    for p in FigureExtractor.thenWords {
      guard let at = f.find(p, from: clause, to: start) else { continue }
      let opensClause = at == 0 || at == clause || t[at].gap == UInt8(ascii: ",") || t[at].gap == UInt8(ascii: ";")
      guard opensClause, at == 0 || !FigureExtractor.notThenBefore.contains(t[at - 1].hash),
        !f.contains(any: FigureExtractor.nowWords, from: at + p.count, to: start)
      else { continue }
      // (a year on its own or a full date's)
      let before = at == 0 ? [] : DateReader.years(in: f.slice(0, t[at - 1].end)) + s.dates.filter { $0.end <= at }.compactMap(\.year)
      let previous = context.sentences.first { $0.index == s.index - 1 && $0.line == s.line }
        .map { DateReader.years(in: $0.text) + $0.dates.compactMap(\.year) } ?? []
      guard let past = (before + previous).min() else { continue }
      // (the page's year: its publication, else the latest year it names)
      let now = context.published?.year ?? context.sentences.flatMap { DateReader.years(in: $0.text) }.max() ?? past
      if past < now { return true }
    }
    return false
  }

  static let p_so_voi = Phrase("so voi"), p_tu_cho = Phrase("tu cho")
  /// Words taking a count to its later state: "… thành …", "… lên …".
  static let growthTargets = WordSet(["thanh", "len"].map(Phrase.hash))
  /// True when token `k` takes a count to its later state ("thành hệ thống …", "lên 25") — not
  /// the "thành" of "thành viên", "thành lập", "thành phố".
  static func isGrowthWord(_ f: FoldedText, _ k: Int) -> Bool {
    guard growthTargets.contains(f.tokens[k].hash) else { return false }
    return k + 1 >= f.tokens.count || !notGrowthAfter.contains(f.tokens[k + 1].hash)
  }
  static let notGrowthAfter = WordSet(["vien", "lap", "pho", "cong", "tich", "qua"].map(Phrase.hash))
  /// "khi" (when) opening a sentence.
  /// The verbs of having after "mới" in "khi … mới có / tập hợp / quy tụ …".
  static let havingVerbs = WordSet(["co", "tap", "quy", "gom"].map(Phrase.hash))
  static let h_khi = Phrase.hash("khi"), h_moi = Phrase.hash("moi"), p_ket_thuc = Phrase("ket thuc"), p_dai_hoi = Phrase("dai hoi")
  /// A founding: "(đại hội) thành lập", "ra đời".
  static let foundingWords: [Phrase] = ["thanh lap", "ra doi"].phrases
  /// The end of an earlier congress, which opened the term: "Khi vừa kết thúc Đại hội II, toàn
  /// Liên hiệp Hội có 250 chi hội …" counts the term's start.
  static let termOpeningWords: [Phrase] = ["ket thuc dai hoi"].phrases
  /// "kỷ niệm" (an anniversary).
  static let p_ky_niem = Phrase("ky niem")

  static let h_nay = Phrase.hash("nay")
  /// True when token `k` opens a clause with a later point in time: "…, đến tháng 06/2015 …",
  /// "…, đến năm 2020 …", "…, tới 2019 …".
  static func opensLaterPoint(_ f: FoldedText, at k: Int) -> Bool {
    let t = f.tokens
    guard t[k].gap == UInt8(ascii: ","), t[k].hash == Lexicon.h_den || t[k].hash == Lexicon.h_toi, k + 1 < t.count else { return false }
    var j = k + 1
    if t[j].hash == DateReader.thang || t[j].hash == DateReader.nam { j += 1 }
    return j < t.count && t[j].isNumber
  }

  static let nowWords: [Phrase] = [
    "den nay", "toi nay", "hien nay", "hien co", "nay da", "nay co", "hien tai",
    // "Từ chỗ chỉ có 05 hội thành viên khi mới ra đời, tính tới thời điểm này … 12": as of now
    "thoi diem nay", "tinh den", "tinh toi",
  ].phrases
  /// Organisations acted on are not a total: "kiểm tra 12 hội thành viên", "làm việc với 5 hội".
  static let pastTermWords: [Phrase] = ["nhiem ky truoc", "nhiem ky qua", "khoa truoc"].phrases

  static let actionWords: [Phrase] = [
    "kiem tra", "giam sat", "khao sat", "tham", "lam viec voi", "ho tro", "tap huan cho", "huong dan", "chi dao",
    "giup", "phoi hop voi", "don doc", "nhac nho", "dai dien", "dai dien lanh dao", "dai dien cua",
  ].phrases

  private func isActedOn(_ f: FoldedText, before start: Int) -> Bool {
    // (with "được" between: "đôn đốc được 04 Hội thành viên tiến hành Đại hội")
    let end = start >= 1 && f.tokens[start - 1].hash == Lexicon.p_duoc.hashes[0] ? start - 1 : start
    return FigureExtractor.actionWords.contains { f.endsWith($0, before: end) }
  }

  /// "biểu dương 18 trí thức", "khen thưởng cho 15 trí thức".
  private func isHonoured(_ f: FoldedText, before start: Int) -> Bool {
    var end = start
    if end >= 1, f.tokens[end - 1].hash == Lexicon.h_cho { end -= 1 }
    if FigureExtractor.honourWords.contains(where: { f.endsWith($0, before: end) }) { return true }
    // "chọn ra 17 hồ sơ của 17 trí thức", "hồ sơ của 12 trí thức": candidates chosen for an honour
    if FigureExtractor.selectionWords.contains(where: { f.endsWith($0, before: end) }) { return true }
    // "Lễ Tôn vinh Trí thức KH&CN tiêu biểu … dành cho 16 trí thức tiêu biểu": an honour's
    // recipients, named by the ceremony earlier in the clause
    if f.endsWith(FigureExtractor.p_danh_cho, before: start) || f.endsWith(FigureExtractor.p_danh_cho, before: end + 1) {
      return f.contains(any: FigureExtractor.honourWords, from: clauseStart(f, before: start), to: start)
    }
    return false
  }

  static let p_danh_cho = Phrase("danh cho")
  static let selectionWords: [Phrase] = ["chon ra", "xet chon", "lua chon", "ho so cua", "de cu", "de nghi cong nhan"].phrases

  /// "106 trí thức … được Chủ tịch Nước … tặng bằng khen": people an honour is given to, the
  /// honour named after them in the clause ("được" then an honour word).
  private func isHonouredAfter(_ f: FoldedText, metricEnd: Int) -> Bool {
    let end = min(f.tokens.count, metricEnd + 14)
    guard let duoc = f.find(Lexicon.p_duoc, from: metricEnd, to: end),
      !(metricEnd..<duoc).contains(where: { FoldedText.isStrongPunct(f.tokens[$0].gap) || f.tokens[$0].gap == UInt8(ascii: ",") })
    else { return false }
    return f.contains(any: FigureExtractor.honoursAfter, from: duoc + 1, to: min(f.tokens.count, duoc + 10))
  }

  static let honoursAfter: [Phrase] = honourWords + ["bang khen", "danh hieu", "khen"].phrases
  /// Where a count of intellectuals is the province's, not the union's: "toàn tỉnh Hải Dương
  /// có khoảng 65.000 trí thức".
  static let wholeProvince: [Phrase] = ["toan tinh", "ca tinh", "tren dia ban tinh", "toan thanh pho", "tren dia ban"].phrases

  private func metric(after i: Int, in f: FoldedText, saidAgain: Bool = false) -> (MemberMetric, Int)? {
    // (an infographic's line sets its noun after a bar or a colon, "54 | hội thành viên", and may
    // call it the count: "177.778 | tổng số hội viên của cả 11 Hội", "13.557 | số trí thức")
    var i = i
    if i < f.tokens.count, f.tokens[i].gap == UInt8(ascii: "|") || f.tokens[i].gap == UInt8(ascii: ":") {
      guard MainText.isFigureLine(f) else { return nil }
      if let label = FigureExtractor.countLabels.first(where: { f.matches($0, at: i) }) { i += label.count }
    } else {
      // (or the closing bracket of the number said again in words: "114 (một trăm mười bốn) đại biểu")
      guard i < f.tokens.count, f.tokens[i].gap == 0 || f.tokens[i].gap == UInt8(ascii: "-") || (saidAgain && f.tokens[i].gap == UInt8(ascii: ")"))
      else { return nil }
    }
    // "3,7 triệu hội viên, trong số đó 2,2 triệu là trí thức": the part, its noun after "là"
    if f.matches(FigureExtractor.p_la_tri_thuc, at: i), f.contains(any: FigureExtractor.partWords, from: max(0, i - 7), to: i) {
      return (.tri_thuc, i + FigureExtractor.p_la_tri_thuc.count)
    }
    for (p, m) in FigureExtractor.metrics where f.matches(p, at: i) {
      // (the short form counts only on a page that defines it — "9 Hội thành viên (HTV)" —: the
      // city's channel is HTV too, "Năm 2021 HTV đã phát sóng …", "cùng 3 HTV, VTV và VOV")
      if p.hashes == FigureExtractor.p_htv.hashes, !context.definesHTV { return nil }
      // "15.000 trí thức, nhà khoa học đang là hội viên của Liên hiệp …": members who are intellectuals
      if m == .tri_thuc, let at = f.find(FigureExtractor.p_la_hoi_vien, from: i + p.count, to: min(f.tokens.count, i + p.count + 8)),
        !(i + p.count..<at).contains(where: { FoldedText.isStrongPunct(f.tokens[$0].gap) })
      {
        return (.hoi_vien, i + p.count)
      }
      // "trên 2,8 triệu hội viên, trong số đó hơn 1,5 triệu hội viên là trí thức": the part of
      // the members who are intellectuals counts them (alone, "hơn 5.600 hội viên là trí thức
      // khoa học và công nghệ" counts the members)
      if m == .hoi_vien, f.matches(FigureExtractor.p_la_tri_thuc, at: i + p.count),
        f.contains(any: FigureExtractor.partWords, from: max(0, i - 7), to: i)
      {
        return (.tri_thuc, i + p.count + 3)
      }
      // "lượt" alone must be followed by a person word or nothing: "1.450 lượt người", "300 lượt"
      // ("gần 120 lượt tư vấn, phản biện", "hơn 20.000 lượt đào tạo" count acts, not people)
      if p.words == ["luot"], i + 1 < f.tokens.count, f.tokens[i + 1].gap == 0,
        !FigureExtractor.peopleAfterTurns.contains(where: { f.matches($0, at: i + 1) })
      {
        return nil
      }
      return (m, i + p.count)
    }
    // "quy tụ gần 60.000 cán bộ, hội viên": the members (people attending when a verb of
    // attending comes just before or after: "với sự tham dự của 200 cán bộ, hội viên")
    if let p = FigureExtractor.staffAndMembers.first(where: { f.matches($0, at: i) }) {
      let end = i + p.count
      let attending = f.contains(any: FigureExtractor.attendanceVerbs, from: max(0, i - 20), to: i)
        || f.contains(any: FigureExtractor.attendanceVerbs, from: end, to: min(f.tokens.count, end + 3))
      return (attending ? .dai_bieu : .hoi_vien, end)
    }
    // "hơn 40.000 người có trình độ cao đẳng trở lên, … đội ngũ trí thức tỉnh nhà …": the
    // official measure of a province's intellectuals, when the sentence calls them so
    // (in the same clause — not "… 2.500 người có trình độ đại học trở lên; đội ngũ trí thức
    // của tỉnh …" —, and no part of a total given before: "gần 40.000 trí thức, trong đó 36.000
    // người có trình độ …")
    if f.matches(FigureExtractor.p_nguoi_co_trinh_do, at: i),
      let up = f.find(FigureExtractor.p_tro_len, from: i + 4, to: min(f.tokens.count, i + 9)),
      f.contains(any: FigureExtractor.degreeWords, from: i + 4, to: up),
      f.contains(any: [Lexicon.p_tri_thuc], from: clauseStart(f, before: i), to: clauseEnd(f, after: up)),
      !f.contains(any: FigureExtractor.partWords, from: max(0, i - 6), to: i)
    {
      return (.tri_thuc, up + 2)
    }
    // "sinh hoạt trong 18 tổ chức Hội": member associations (not "tổ chức hội thảo")
    if f.matches(FigureExtractor.p_to_chuc_hoi, at: i), i + 3 >= f.tokens.count || f.tokens[i + 3].gap != 0
      || !FigureExtractor.meetingTails.contains(f.tokens[i + 3].hash)
    {
      return (.hoi_thanh_vien, i + 3)
    }
    // "tổng số Hội thành viên … là 31 đơn vị với hơn 95.000 người": the people of the member
    // units just counted are the members
    if f.matches(FigureExtractor.p_nguoi, at: i),
      let w = (max(0, i - 4)..<i).last(where: { FigureExtractor.unitsWith.contains(f.tokens[$0].hash) }),
      f.contains(any: FigureExtractor.memberUnits, from: max(0, w - 3), to: w),
      !f.contains(any: FigureExtractor.attendanceVerbs, from: max(0, i - 20), to: min(f.tokens.count, i + 4))
    {
      return (.hoi_vien, i + 1)
    }
    // "trên 40 học viên" (trainees, not "học viện", an academy): the participants of a course
    if f.matches(FigureExtractor.p_hoc_vien, at: i), f.scalars[f.tokens[i + 1].start..<f.tokens[i + 1].end].contains(where: { $0 == "ê" || $0 == "Ê" }) {
      return (.dai_bieu, i + 2)
    }
    // "Tham dự hội thảo … là gần 150 người", "Có mặt … là hơn 60 chuyên gia, nhà khoa học":
    // people attending
    // (or the verb right after them: "Gần 150 người đã tham dự hội thảo")
    // (past more people of the same list: "Hơn 60 chuyên gia, nhà khoa học đã có mặt tại tọa đàm")
    // (not over a period: "Trong 3 năm thực hiện, dự án đã cử 45 nông dân, cán bộ kỹ thuật tham
    // dự khóa đào tạo …" counts those sent over the years)
    if i < f.tokens.count, let person = FigureExtractor.attendingPeople.first(where: { f.matches($0, at: i) }),
      !FigureExtractor.opensWithPeriod(f),
      f.contains(any: FigureExtractor.attendanceVerbs, from: max(0, i - 20), to: i)
        || f.contains(any: FigureExtractor.attendanceVerbs, from: i + person.count,
                      to: min(f.tokens.count, FigureExtractor.endOfPeople(f, after: i + person.count) + 3))
        || FigureExtractor.attendingLater(f, from: i + person.count)
    {
      return (.dai_bieu, i + person.count)
    }
    // "Có 195 uỷ viên Hội đồng trung ương Liên hiệp hội về dự hội nghị": a council's members said
    // to attend, the verb after them in their clause (in a list of those present — "Dự hội nghị
    // có 45 ủy viên Ban Chấp hành và đại diện các sở" — they are one group, no total)
    if i < f.tokens.count, f.matches(FigureExtractor.p_uy_vien, at: i), attendingAfter(f, from: i + 2) {
      return (.dai_bieu, i + 2)
    }
    return nil
  }

  /// What "N lượt" may count: people ("lượt người", "lượt nông dân") or people doing something
  /// ("300 lượt tham dự"); anything else after it ("lượt xem", "lượt tư vấn") is not a figure.
  static let peopleAfterTurns: [Phrase] = [
    "nguoi", "nong dan", "ngu dan", "hoi vien", "can bo", "chuyen gia", "nha khoa hoc", "dai bieu", "hoc vien",
    "tri thuc", "thanh nien", "sinh vien", "hoc sinh", "giao vien", "cong nhan", "phu nu", "ho dan",
    "tham du", "tham gia", "duoc",
  ].phrases
  /// The numbers of a sentence with "Có mặt tại Đại hội là 63/82 đại biểu chính thức" read as the
  /// 63 delegates present of the 82 called — only after a word of attending, for at least ten
  /// delegates, never a share or a vote ("trên 2/3 đại biểu biểu quyết", "1/3 đại biểu là nữ",
  /// "90/95 đại biểu tán thành").
  static func withDelegatesPresent(_ numbers: [WrittenNumber], in f: FoldedText) -> [WrittenNumber] {
    let t = f.tokens
    // (the candidates first — "…/… đại biểu" —, cheap on the words: without one, and with the
    // numbers in order as the reader gives them, nothing changes whatever the sentence says)
    let candidates = (1..<max(1, t.count - 3)).filter { i in
      t[i].isNumber && t[i - 1].isNumber && DateReader.joint(f, i) == UInt8(ascii: "/") && f.matches(Lexicon.p_dai_bieu, at: i + 1)
    }
    if candidates.isEmpty, zip(numbers, numbers.dropFirst()).allSatisfy({ $0.start < $1.start }) { return numbers }
    guard f.contains(any: attendancePresent) else { return numbers }
    var out = numbers
    for i in candidates {
      guard let a = Int(f.text(t[i - 1].start, t[i - 1].end)), let b = Int(f.text(t[i].start, t[i].end)), a >= 10, a <= b,
        f.contains(any: attendancePresent, from: 0, to: i - 1),
        !f.contains(any: votingWords, from: i + 1, to: min(t.count, i + 8)),
        !(i >= 2 && DateReader.joint(f, i - 1) == UInt8(ascii: "/"))
      else { continue }
      out.append(WrittenNumber(value: a, start: i - 1, end: i + 1))
    }
    return out.sorted { $0.start < $1.start }
  }
  static let attendancePresent: [Phrase] = ["co mat", "tham du", "ve du", "den du", "du dai hoi", "du hoi nghi"].phrases
  static let votingWords: [Phrase] = ["tan thanh", "bieu quyet", "nhat tri", "bo phieu", "dong y", "la nu"].phrases

  /// What draws the people an "N lượt" counts: classes, meetings, attending, being taught.
  static let turnActivities: [Phrase] = [
    "lop", "tap huan", "boi duong", "dao tao", "chuyen giao", "huong dan", "pho bien", "hoi thao", "hoi nghi",
    "toa dam", "dien dan", "buoi", "tham du", "tham gia", "theo doi", "hoc vien", "tu van", "kham",
  ].phrases
  static let p_to_chuc_hoi = Phrase("to chuc hoi")
  /// "khám bệnh … cho hơn 5.000 lượt người": those an activity served.
  static let p_cho = Phrase("cho")
  static let p_nguoi = Phrase("nguoi")
  /// "dành cho", "cho" before the people a course is for.
  static let courseFor: [Phrase] = ["danh cho", "cho"].phrases
  static let p_tap_huan_cho = Phrase("tap huan cho")
  static let courseWords: [Phrase] = ["tap huan", "lop hoc", "boi duong", "huan luyen"].phrases
  static let p_la_hoi_vien = Phrase("la hoi vien"), p_la_tri_thuc = Phrase("la tri thuc")
  static let p_trong_so = Phrase("trong so")
  /// "người có trình độ (từ) cao đẳng/đại học trở lên": people with a college degree or more.
  static let p_nguoi_co_trinh_do = Phrase("nguoi co trinh do"), p_tro_len = Phrase("tro len")
  static let degreeWords: [Phrase] = ["cao dang", "dai hoc"].phrases
  /// "trong số này", "trong số ấy": a part of the total just given (with "trong đó", "trong số đó"
  /// of `breakdownWords`).
  static let amongThese: [Phrase] = ["trong so nay", "trong so ay"].phrases
  /// A part of a total named before it ("trong đó", "trong số này"; not "gồm", which lists what
  /// the total is made of: "45 hội thành viên gồm hơn 20.000 hội viên là trí thức").
  static let partWords: [Phrase] = breakdownWords.filter { $0.words[0] != "gom" && $0.words[0] != "bao" } + amongThese
  /// "với", "gồm" joining a count of member units to their people.
  static let unitsWith = WordSet(["voi", "gom"].map(Phrase.hash))
  /// Member units counted right before "với … người".
  static let memberUnits: [Phrase] = ["don vi", "hoi thanh vien", "to chuc thanh vien", "thanh vien", "hoi"].phrases
  /// "cán bộ, hội viên", "cán bộ và hội viên" after a number.
  static let staffAndMembers: [Phrase] = ["can bo hoi vien", "can bo va hoi vien"].phrases
  static let p_hoc_vien = Phrase("hoc vien")
  /// Nouns of people that count attendance after an attendance verb.
  /// (the longer first: "cán bộ kỹ thuật" before "cán bộ")
  static let attendingPeople: [Phrase] = ["nguoi", "chuyen gia", "nha khoa hoc", "nong dan", "can bo ky thuat", "can bo"].phrases
  /// True when the sentence opens with a period it recounts: "Trong 3 năm thực hiện, …", "Trong
  /// năm qua, …", "Trong nhiệm kỳ, …".
  static func opensWithPeriod(_ f: FoldedText) -> Bool {
    guard f.tokens.first?.hash == Lexicon.h_trong else { return false }
    return f.contains(any: periodWords, from: 1, to: min(f.tokens.count, 4))
  }
  static let periodWords: [Phrase] = ["nam", "thang", "nhiem ky", "giai doan", "thoi gian qua"].phrases

  /// Words a figure line may call its count by after the bar: "tổng số", "số".
  static let countLabels: [Phrase] = ["tong so", "so"].phrases

  /// Where a list of people that goes on after the first ends: past "nhà khoa học" in "chuyên
  /// gia, nhà khoa học đã …" (each after a comma or "và").
  static func endOfPeople(_ f: FoldedText, after j: Int) -> Int {
    var j = j
    while j < f.tokens.count {
      let k = f.tokens[j].hash == Lexicon.h_va ? j + 1 : j
      guard k == j + 1 || f.tokens[j].gap == UInt8(ascii: ","),
        let next = attendingPeople.first(where: { f.matches($0, at: k) })
      else { break }
      j = k + next.count
    }
    return j
  }

  /// "ủy viên" (members of a council) before an attendance verb.
  static let p_uy_vien = Phrase("uy vien")

  /// True when an attendance verb follows within ten words, before any punctuation, "và" or
  /// another number ("35 ủy viên Ban Chấp hành và 12 đại biểu tham dự Đại hội toàn quốc": the
  /// verb is the others').
  private func attendingAfter(_ f: FoldedText, from j: Int) -> Bool {
    let end = min(f.tokens.count, j + 10)
    guard let at = FigureExtractor.attendanceVerbs.compactMap({ f.find($0, from: j, to: end) }).min() else { return false }
    return !(j...at).contains {
      (f.tokens[$0].gap != 0 && f.tokens[$0].gap != UInt8(ascii: "-")) || f.tokens[$0].hash == Lexicon.h_va || f.tokens[$0].isNumber
    }
  }
  static let meetingTails = WordSet(["thao", "nghi", "thi", "dien", "vien"].map(Phrase.hash))
  static let attendanceVerbs: [Phrase] = ["tham du", "ve du", "den du", "co mat", "du hoi"].phrases

  /// True when a verb of attending closes the people's own clause past a description of them,
  /// before the sentence ends and before any other number ("Gần 150 người, phần lớn đến từ các
  /// tỉnh miền Trung, đã tham dự hội thảo"; not "150 người … và 20 đại biểu tham dự").
  static func attendingLater(_ f: FoldedText, from j: Int) -> Bool {
    let end = min(f.tokens.count, j + 30)
    var k = j
    while k < end, !FoldedText.isStrongPunct(f.tokens[k].gap), !f.tokens[k].isNumber {
      if attendanceVerbs.contains(where: { f.matches($0, at: k) }) { return true }
      k += 1
    }
    return false
  }

  /// "… với sự tham dự của 150 đại biểu" in a sentence about another body's meeting.
  private func inOtherBodysMeeting(_ s: AnalyzedSentence) -> Bool {
    let m = MeetingExtractor(context: context)
    guard let k = m.meetingNoun(in: s, allowReference: true) else { return false }
    return m.isOtherAssociationMeeting(s, noun: k) || m.heldByAnotherBody(s, noun: k)
  }

  /// "cán bộ, hội viên của 32 hội thành viên", "đại diện 40 hội", "với sự tham gia của 22 hội
  /// thành viên": organisations attending (`attendance`: the count is of people, who are the
  /// attendance themselves).
  private func isCountOfAttendingOrganisations(_ f: FoldedText, before start: Int, attendance: Bool) -> Bool {
    guard start >= 1 else { return false }
    // "69 đại biểu …, đến từ 20 hội và tổ chức thành viên": where the delegates came from
    if f.endsWith(FigureExtractor.p_den_tu, before: start) { return true }
    // "… tổ chức buổi Tọa đàm …, với sự tham gia của 22 hội thành viên trực thuộc": who took part
    // (the people who did, "với sự tham gia của 150 đại biểu", are the attendance)
    if !attendance, FigureExtractor.takingPart.contains(where: { f.endsWith($0, before: start) }) { return true }
    // "đến dự còn có đại diện các sở, ngành cùng 40 tổ chức hội thành viên": organisations listed
    // with the guests of the clause an attending verb opens
    if !attendance, f.endsWith(FigureExtractor.p_cung, before: start) || f.endsWith(FigureExtractor.p_cung_voi, before: start),
      f.contains(any: FigureExtractor.attendanceVerbs, from: max(0, start - 30), to: start)
        || f.contains(any: Lexicon.guestOpeners, from: 0, to: min(3, start))
    {
      return true
    }
    let from = max(0, start - 8)
    if f.tokens[start - 1].hash == Lexicon.h_cua || f.tokens[start - 1].hash == Lexicon.h_tu {
      return f.contains(any: FigureExtractor.attendingWords, from: from, to: start - 1)
    }
    return f.endsWith(Lexicon.p_dai_dien, before: start)
  }

  /// "… đại biểu đại diện cho 23 hội thành viên": the member associations the delegates stand for
  /// (members they stand for, "đại diện cho hơn 8.500 hội viên", are the union's members).
  private func isRepresentedOrganisations(_ f: FoldedText, before start: Int) -> Bool {
    var q = start
    for p in FigureExtractor.moreThan + FigureExtractor.about where f.endsWith(p, before: q) {
      q -= p.count
      break
    }
    return FigureExtractor.representing.contains { f.endsWith($0, before: q) }
  }

  /// The number before the brackets that hold the token at `i` ("125 hội thành viên (gồm 55 … và
  /// 70 …)": 125's token), when they open with what they list (`breakdownWords`: "gồm", "trong đó" …) within a few
  /// words after it.
  func countBeforeBrackets(_ f: FoldedText, at i: Int) -> Int? {
    let t = f.tokens
    guard i >= 1, let open = (max(1, i - 40)..<(i + 1)).last(where: { t[$0].gap == UInt8(ascii: "(") }),
      !(open + 1..<(i + 1)).contains(where: { t[$0].gap == UInt8(ascii: ")") }),
      FigureExtractor.breakdownWords.contains(where: { f.matches($0, at: open) })
    else { return nil }
    return (max(0, open - 5)..<open).last { t[$0].isNumber }
  }

  static let p_den_tu = Phrase("den tu")
  static let p_cung = Phrase("cung")
  static let p_cung_voi = Phrase("cung voi")
  /// "sự tham gia của", "sự tham dự của", "sự có mặt của": the attendance of what follows.
  static let takingPart: [Phrase] = ["su tham gia cua", "su tham du cua", "su co mat cua"].phrases

  /// "… do Liên hiệp hội tổ chức, có 22 hội thành viên trực thuộc tham gia.": the member
  /// associations taking part in an event, not how many the union has — a verb of attending
  /// right after them (past "trực thuộc") that ends its clause or takes the event ("tham gia
  /// tọa đàm"); not "tham gia Liên hiệp hội" (joining it).
  func takesPart(_ f: FoldedText, after end: Int) -> Bool {
    var k = end
    if f.matches(FigureExtractor.p_truc_thuoc, at: k) { k += 2 }
    guard k < f.tokens.count, f.tokens[k].gap == 0,
      let verb = FigureExtractor.takingPartVerbs.first(where: { f.matches($0, at: k) })
    else { return false }
    let next = k + verb.count
    if next >= f.tokens.count || f.tokens[next].gap != 0 { return f.contains(any: MeetingVocabulary.nouns, from: 0, to: end) }
    return MeetingVocabulary.nouns.contains { f.matches($0, at: next) }
  }

  static let p_truc_thuoc = Phrase("truc thuoc")

  /// True when the list a count of associations stands in closes its sentence, a few words on,
  /// with a verb of attending: "… đại diện các sở, ban, ngành và 40 tổ chức hội thành viên, 08
  /// trung tâm trực thuộc đã đến dự." — the organisations that came, not how many the union has.
  func attendedList(_ f: FoldedText, after end: Int) -> Bool {
    let t = f.tokens
    let stop = (end..<t.count).first { FoldedText.isStrongPunct(t[$0].gap) } ?? t.count
    guard stop - end <= 12 else { return false }
    return FigureExtractor.attendanceVerbs.contains { f.endsWith($0, before: stop) }
  }

  /// True when the clause after a count of associations (ending at `end`) has them hold their
  /// own congresses: "… đã tổ chức Đại hội nhiệm kỳ", "… được hướng dẫn tổ chức Đại hội".
  func holdOwnCongresses(_ f: FoldedText, after end: Int) -> Bool {
    let t = f.tokens
    let stop = (end..<min(t.count, end + 14)).first { (FoldedText.isStrongPunct(t[$0].gap) || t[$0].gap == UInt8(ascii: ",")) }
      ?? min(t.count, end + 14)
    guard let d = f.find(FigureExtractor.p_dai_hoi, from: end, to: stop), d >= 2 else { return false }
    return MeetingExtractor.holdVerbsBefore.contains { f.endsWith($0, before: d) }
  }
  static let takingPartVerbs: [Phrase] = attendanceVerbs + [Phrase("tham gia")]

  /// True when the number at `start` is the next item of a list: after "và" or a comma ("… và 1
  /// hội viên tập thể", "…, 3 chi hội"); with `orWith`, after "với" too (an increment's list:
  /// "Phát triển thêm 06 tổ chức thành viên với 1.130 hội viên" adds the members too).
  private func continuesList(_ f: FoldedText, at start: Int, orWith: Bool = false) -> Bool {
    start >= 1
      && (f.tokens[start - 1].hash == Lexicon.h_va || (orWith && f.tokens[start - 1].hash == Lexicon.h_voi)
        || f.tokens[start].gap == UInt8(ascii: ","))
  }

  static let representing: [Phrase] = [
    "dai dien cho", "thay mat cho", "thay mat", "dai bieu cua", "dai dien cua", "dai dien cho hon",
  ].phrases

  /// "Dự Đại hội có đại diện lãnh đạo Liên hiệp … Việt Nam": a union attending, not the subject.
  private func isGuest(_ u: UnionMention, in f: FoldedText) -> Bool {
    // "Tới dự đại hội có các đồng chí: …, Chủ tịch Liên hiệp … Việt Nam; …": a list of guests
    if f.contains(any: Lexicon.guestOpeners, from: 0, to: min(3, f.tokens.count)) { return true }
    let from = max(0, u.start - 6)
    return f.contains(any: [Lexicon.p_dai_dien, Lexicon.p_lanh_dao, Lexicon.p_tham_du], from: from, to: u.start)
      || (u.start >= 1 && f.tokens[from].hash == Lexicon.h_du)
  }

  /// "Liên hiệp có 26 hội, với hơn 15.500 hội viên", "con số này đã là 21 Hội, với trên 15.000
  /// hội viên", "tổ chức Hội gồm 11 thành viên, …, với tổng số hơn 11.000 hội viên": a bare
  /// "N hội" or "N thành viên" that the same sentence goes on to give the members of is the
  /// count of member associations (not a committee's members: "Ban Thường vụ gồm 11 thành viên").
  private func bareAssociationCount(_ n: WrittenNumber, in f: FoldedText, following: ArraySlice<WrittenNumber>) -> (MemberMetric, Int)? {
    let t = f.tokens
    guard n.end < t.count, t[n.end].gap == 0 else { return nil }
    let end: Int
    if t[n.end].hash == Lexicon.h_hoi {
      // "26 hội," / "21 Hội, với" / "26 hội và" — the word stands alone
      guard n.end + 1 == t.count || t[n.end + 1].gap != 0
        || [Lexicon.h_va, FigureExtractor.h_voi].contains(t[n.end + 1].hash) else { return nil }
      end = n.end + 1
    } else if f.matches(Lexicon.p_thanh_vien, at: n.end) {
      guard n.end + 2 == t.count || t[n.end + 2].gap != 0 else { return nil }
      end = n.end + 2
    } else {
      return nil
    }
    // a committee's members
    if (max(0, n.start - 8)..<n.start).contains(where: { t[$0].hash == Lexicon.h_ban }) { return nil }
    // the members of these associations follow in the same sentence
    // (the numbers after it, in order: only those within 20 words are looked at, so a line of
    // thousands of "N hội" stays linear)
    for m in following {
      if m.start - end > 20 { break }
      if m.start > end, f.matches(Lexicon.p_hoi_vien, at: m.end), !f.matches(Lexicon.p_hoi_vien_tap_the, at: m.end) {
        return (.hoi_thanh_vien, end)
      }
    }
    return nil
  }

  static let h_voi = Phrase.hash("voi")
  /// Bodies whose members a "gồm N thành viên" counts, not a union's associations.
  static let bodyWords: [Phrase] = ["ban", "hoi dong", "doan chu tich", "tieu ban", "uy ban", "nhom", "to"].phrases

  /// "Liên hiệp các Hội KH&KT Việt Nam có 150 thành viên, gồm 63 liên hiệp và 87 hội": the bare
  /// "N thành viên" a named union has (its name right before "có", no board or council before
  /// it in the clause: not "Đoàn Chủ tịch … của LHHVN gồm 26 thành viên") counts its member
  /// associations.
  private func unionsMembers(_ n: WrittenNumber, in s: AnalyzedSentence) -> (MemberMetric, Int)? {
    let f = s.text, t = f.tokens
    guard n.start >= 1, t[n.start - 1].hash == FigureExtractor.h_co, f.matches(Lexicon.p_thanh_vien, at: n.end),
      n.end + 2 == t.count || t[n.end + 2].gap != 0,
      let u = s.unions.first(where: { $0.end == n.start - 1 && $0.scope != .plural }),
      !f.contains(any: FigureExtractor.bodyWords, from: clauseStart(f, before: u.start), to: u.start)
    else { return nil }
    return (.hoi_thanh_vien, n.end + 2)
  }

  /// "nâng tổng số hội thành viên … lên 52", "nâng tổng số lên 35 hội": the new total.
  private func totalAfterIncrease(_ n: WrittenNumber, in f: FoldedText) -> (MemberMetric, Int)? {
    // "năm 2024 tăng lên 31 hội": the new total
    if n.start >= 1, f.tokens[n.start - 1].hash == Lexicon.h_len, risesTo(f, before: n.start), n.end < f.tokens.count,
      f.tokens[n.end].hash == Lexicon.h_hoi, metric(after: n.end, in: f) == nil
    {
      return (.hoi_thanh_vien, n.end + 1)
    }
    // "nâng tổng số lên 35 hội"
    if n.start >= 1, f.tokens[n.start - 1].hash == Lexicon.h_len, n.end < f.tokens.count,
      f.tokens[n.end].hash == Lexicon.h_hoi, f.find(Lexicon.p_tong_so, from: max(0, n.start - 12), to: n.start) != nil
    {
      return (.hoi_thanh_vien, n.end + 1)
    }
    return totalAfterLabel(n, in: f) ?? referredCount(n, in: f)
  }

  /// "Lúc mới thành lập chỉ có 15 hội thành viên; hiện nay con số này đã lên đến 92": a number
  /// the sentence calls "con số này" (this figure), raised to or now at it, counts what the count
  /// before it named (a count before it in the sentence, within twenty-five words).
  private func referredCount(_ n: WrittenNumber, in f: FoldedText) -> (MemberMetric, Int)? {
    guard n.start >= 3, let c = FigureExtractor.thisFigure.compactMap({ f.find($0, from: max(0, n.start - 7), to: n.start) }).first,
      f.contains(any: FigureExtractor.risenTo, from: c, to: n.start),
      n.end >= f.tokens.count || metric(after: n.end, in: f) == nil
    else { return nil }
    for j in stride(from: c - 1, through: max(0, c - 25), by: -1) where f.tokens[j].isNumber {
      if let (m, _) = metric(after: j + 1, in: f) { return (m, n.end) }
    }
    return nil
  }

  /// "tổ chức của Liên hiệp hội gồm hội thành viên (28) và thành viên liên kết (17)", "tập hợp
  /// hội thành viên (31 hội)": a count in brackets right after its noun (the noun's head word may
  /// stand after the number), the brackets holding nothing else.
  private func bracketedCount(_ n: WrittenNumber, in f: FoldedText) -> (MemberMetric, Int)? {
    guard n.start >= 2, f.tokens[n.start].gap == UInt8(ascii: "(") else { return nil }
    var end = n.end
    if end < f.tokens.count, f.tokens[end].hash == Lexicon.h_hoi, f.tokens[end].gap == 0 { end += 1 }
    guard end >= f.tokens.count || f.tokens[end].gap == UInt8(ascii: ")") else { return nil }
    // (a year in brackets, "hội thành viên (2019)", is no count)
    if end == n.end, (1900...2100).contains(n.value) { return nil }
    for (p, m) in FigureExtractor.metrics where f.endsWith(p, before: n.start) { return (m, end) }
    return nil
  }

  /// "con số này", "con số đó", "số lượng này": a count named before.
  static let thisFigure: [Phrase] = ["con so nay", "con so do", "con so ay", "so luong nay"].phrases
  /// "đã lên đến 92", "lên tới 92", "là 92", "đạt 92", "tăng lên 92".
  static let risenTo: [Phrase] = ["len den", "len toi", "la", "dat", "tang len"].phrases

  /// Words that join a total's label to its number: "… là 31", "… lên con số 26", "… đạt 5.000".
  /// (and "đã lên tới 14", "lên đến 45")
  static let labelJoints = WordSet(["la", "len", "dat", "con", "so", "hien", "nay", "co", "da", "toi", "den"].map(Phrase.hash))
  static let labelStarts: [Phrase] = ["tong so", "so luong", "so"].phrases
  /// The first words of `labelStarts`.
  static let labelStartWords = WordSet(labelStarts.map { $0.hashes[0] })
  /// The metrics a label names, with "số thành viên của Liên hiệp các Hội KH&KT Việt Nam là 150":
  /// a union of science associations' members are its member associations (not another union's,
  /// "Liên hiệp các hợp tác xã", "Liên hiệp các tổ chức hữu nghị").
  static let labelledMetrics: [(Phrase, MemberMetric)] = metrics + [
    "thanh vien cua lien hiep cac hoi khoa hoc", "thanh vien cua lien hiep cac hoi kh", "thanh vien cua lien hiep cac hoi khkt",
    "thanh vien cua lien hiep hoi", "thanh vien cua lhh", "thanh vien cua vusta",
  ].phrases.map { ($0, MemberMetric.hoi_thanh_vien) }

  static let p_can_bo = Phrase("can bo")
  static let p_htv = Phrase("htv")

  /// A total whose metric is named before the number: "nâng tổng số hội thành viên lên con số
  /// 26", "tổng số Hội thành viên … là 31", "với số lượng hội viên khoảng 13.000".
  private func totalAfterLabel(_ n: WrittenNumber, in f: FoldedText) -> (MemberMetric, Int)? {
    var q = n.start
    for p in FigureExtractor.moreThan + FigureExtractor.about where f.endsWith(p, before: q) {
      q -= p.count
      break
    }
    var c = q
    while c > 0, q - c < 4, FigureExtractor.labelJoints.contains(f.tokens[c - 1].hash) { c -= 1 }
    // (the union's full name may stand between the label and the number: "Tổng số hội thành viên
    // của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái hiện là 47")
    let startWords = FigureExtractor.labelStartWords
    labels: for s0 in stride(from: c - 2, through: max(0, c - 22), by: -1) {
      // (every label opens with "số" or "tổng": other words are passed over at once)
      guard startWords.contains(f.tokens[s0].hash),
        let start = FigureExtractor.labelStarts.first(where: { f.matches($0, at: s0) })
      else { continue }
      // "sở" of "cơ sở" folds like "số": a label starts a phrase, it does not end one
      if start.count == 1, s0 >= 1, f.tokens[s0 - 1].hash == FigureExtractor.h_co { continue }
      // ("tổng số cán bộ, hội viên là gần 23.900 người": the officers counted with the members)
      var m0 = s0 + start.count
      if f.matches(FigureExtractor.p_can_bo, at: m0) {
        m0 += 2
        if m0 < f.tokens.count, f.tokens[m0].hash == Lexicon.h_va { m0 += 1 }
      }
      for (p, m) in FigureExtractor.labelledMetrics where f.matches(p, at: m0) {
        let e = m0 + p.count
        // the label runs up to the number ("lên con số", "là") with no other number between
        guard e <= c, c < q || e == q else { return nil }
        // (another number between: maybe a second total joined by "và", below)
        if (e..<c).contains(where: { f.tokens[$0].isNumber }) { break labels }
        // "nâng tổng số hội viên lên 34 đơn vị": a count of organisations (collective members)
        if m == .hoi_vien, n.end < f.tokens.count,
          FigureExtractor.organisationUnits.contains(where: { f.matches($0, at: n.end) })
        {
          return (.hoi_thanh_vien, n.end + 1)
        }
        return (m, n.end)
      }
    }
    // "nâng tổng số hội viên tập thể là 3 và Hội thành viên là 35": a second labelled total
    // joined to the first by "và"
    guard c < q, f.tokens[c].hash == FigureExtractor.h_la else { return nil }
    for (p, m) in FigureExtractor.metrics where c - p.count >= 1 && f.matches(p, at: c - p.count) {
      let before = c - p.count - 1
      guard f.tokens[before].hash == Lexicon.h_va,
        f.find(Lexicon.p_tong_so, from: max(0, before - 20), to: before) != nil
      else { return nil }
      return (m, n.end)
    }
    return nil
  }

  static let h_la = Phrase.hash("la")
  /// A district's or town's whole: its count is not a provincial union's figure.
  static let districtWide: [Phrase] = ["toan huyen", "cua huyen", "trong huyen", "toan thi xa", "cua thi xa"].phrases
  /// Words that make a count the whole country's: "… hội viên trong cả nước".
  static let nationwide: [Phrase] = ["trong ca nuoc", "ca nuoc", "tren ca nuoc", "toan quoc"].phrases
  /// Words that count organisations, not people: "34 đơn vị", "12 tổ chức".
  static let organisationUnits: [Phrase] = ["don vi", "to chuc"].phrases

  static let h_co = Phrase.hash("co")

  /// "tăng lên 31", "nâng lên 31": a new total, not an increment.
  private func risesTo(_ f: FoldedText, before start: Int) -> Bool {
    guard start >= 2 else { return false }
    if f.tokens[start - 1].hash == Lexicon.h_len {
      return f.tokens[start - 2].hash == FigureExtractor.h_tang || f.tokens[start - 2].hash == FigureExtractor.h_nang
    }
    // "đã phát triển thành 141 hội thành viên", "tăng thành 40 hội": grown to a total
    return f.tokens[start - 1].hash == FigureExtractor.h_thanh
      && (f.tokens[start - 2].hash == FigureExtractor.h_tang || f.endsWith(FigureExtractor.p_phat_trien, before: start - 1))
  }

  static let h_thanh = Phrase.hash("thanh"), p_phat_trien = Phrase("phat trien")
  /// Growth told as new: "phát triển thêm", "phát triển mới".
  static let newGrowth: [Phrase] = ["phat trien them", "phat trien moi"].phrases

  static let h_tang = Phrase.hash("tang")
  static let h_nang = Phrase.hash("nang")

  private func isIncrement(_ f: FoldedText, before start: Int, after end: Int) -> Bool {
    if risesTo(f, before: start) { return false }
    for p in FigureExtractor.increments {
      guard let at = f.find(p, from: max(0, start - 3 - (p.count > 2 ? 2 : 0)), to: start) else { continue }
      // (a clause break between: "… từng bước được củng cố và phát triển, gồm 40 hội thành viên"
      // tells what the union is made of, not what it added)
      if (at + p.count..<(start + 1)).contains(where: { f.tokens[$0].gap == UInt8(ascii: ",") }) { continue }
      // "Tính đến nay, Liên hiệp hội đã kết nạp 26 hội thành viên": admitted so far is a total
      if FigureExtractor.admitted.contains(where: { $0.hashes == p.hashes }), f.contains(any: FigureExtractor.soFar, from: 0, to: start) { continue }
      // (and so is grown so far: "đến nay … đã tập hợp và phát triển được 18 Hội thành viên" —
      // not "phát triển thêm", "phát triển mới")
      if p.hashes == FigureExtractor.p_phat_trien.hashes,
        f.contains(any: FigureExtractor.soFar, from: 0, to: start) || f.contains(any: FigureExtractor.nowWords, from: max(0, start - 8), to: start),
        !f.contains(any: FigureExtractor.newGrowth, from: max(0, start - 4), to: start)
      {
        continue
      }
      return true
    }
    if end < f.tokens.count, f.tokens[end].hash == Lexicon.h_moi, f.tokens[end].gap == 0 { return true }
    // the passive: "2 Hội thành viên và 1 hội viên tập thể đã được Liên hiệp … kết nạp thêm, nâng
    // tổng số …" — admitted by the union, in the same clause, "được" before the verb
    let t = f.tokens
    // (a union's long name may stand between: thirty words, no comma)
    let limit = min(t.count, end + 30)
    if let by = (end..<limit).first(where: { t[$0].hash == Lexicon.p_duoc.hashes[0] }),
      let verb = FigureExtractor.passiveIncrements.compactMap({ f.find($0, from: by + 1, to: limit) }).min(),
      !(end...verb).contains(where: { t[$0].gap == UInt8(ascii: ",") || FoldedText.isStrongPunct(t[$0].gap) })
    {
      return true
    }
    return false
  }

  /// Verbs of an admission told in the passive after its count ("… đã được … kết nạp thêm").
  static let passiveIncrements: [Phrase] = ["ket nap them", "ket nap moi", "bo sung them", "phat trien them"].phrases

  private func qualifier(_ f: FoldedText, before start: Int) -> Qualifier {
    for p in FigureExtractor.moreThan where f.endsWith(p, before: start) { return .more_than }
    for p in FigureExtractor.about where f.endsWith(p, before: start) { return .about }
    return .exact
  }

  /// "2- Hội Khuyến học. Ra đời ngày 24.8.2002. Quy tụ 169.690 hội viên trong 2812 chi hội": a
  /// line that opens with a member association's name (maybe after its item number), naming no
  /// LHH body, describes that association; the counts of its later sentences are its own. (Not
  /// a line opening with a meeting or a council: "Hội nghị đã nghe …", "Hội đồng …".)
  private func lineOpensWithAssociation(_ s: AnalyzedSentence) -> Bool {
    guard s.unions.isEmpty, let first = context.sentences.first(where: { $0.line == s.line && !$0.isTitle }),
      first.unions.isEmpty
    else { return false }
    let f = first.text
    var k = FigureExtractor.isItemNumber(f, at: 0) ? 1 : 0
    var prefixed = false  // "Chi hội", "Hiệp hội": the "hội" after them is written small
    if k < f.tokens.count, f.tokens[k].isCap, [FigureExtractor.h_chi, Lexicon.h_hiep].contains(f.tokens[k].hash) {
      k += 1
      prefixed = true
    }
    guard k + 1 < f.tokens.count, f.tokens[k].hash == Lexicon.h_hoi, prefixed || f.tokens[k].isCap,
      !FigureExtractor.notAssociationAfterHoi.contains(f.tokens[k + 1].hash)
    else { return false }
    // (in the same sentence when the name is a numbered item's label, a colon after it: "2- Hội
    // Khuyến học: thành lập ngày 24.8.2002; 169.690 hội viên trong 2812 chi hội")
    return first.index != s.index
      || (k == 1 && (k + 2..<min(f.tokens.count, k + 12)).contains { f.tokens[$0].gap == UInt8(ascii: ":") })
  }

  /// "Tổng hội Xây dựng Việt Nam kỷ niệm 40 năm thành lập …", "Hội Phân tích hóa, lý, sinh học
  /// Việt Nam bầu Ban chấp hành …": an article whose title opens with a member association's name
  /// and names no LHH body is that association's news; a count in a sentence naming no LHH body
  /// ("Hội có tổng cộng là 25 Chi Hội với … gần 900 hội viên") is the association's own.
  private func titleOpensWithAssociation() -> Bool {
    guard let title = context.sentences.first(where: \.isTitle), title.unions.isEmpty else { return false }
    let f = title.text
    var k = 0
    // (or after the meeting it holds, named first: "Đại hội lần thứ IV Hội Khoa học Lịch sử Thanh
    // Hóa", "Lễ kỷ niệm 40 năm thành lập Tổng hội Xây dựng Việt Nam và Đại hội …")
    if f.tokens.count >= 3, MeetingVocabulary.nouns.contains(where: { f.matches($0, at: 0) }),
      let a = (1..<min(f.tokens.count - 1, 12)).first(where: { j in
        f.tokens[j].isCap && (f.tokens[j].hash == Lexicon.h_hoi || (f.tokens[j].hash == FigureExtractor.h_tong && f.tokens[j + 1].hash == Lexicon.h_hoi))
      })
    {
      k = a
    }
    // ("Tổng hội": the "hội" after it may be written small)
    var general = false
    if k < f.tokens.count, f.tokens[k].isCap, f.tokens[k].hash == FigureExtractor.h_tong { k += 1; general = true }
    guard k + 1 < f.tokens.count, f.tokens[k].hash == Lexicon.h_hoi, general || f.tokens[k].isCap, f.tokens[k + 1].isCap else { return false }
    // ("Hội Khoa học Lịch sử Thanh Hóa …": a member association with the union's first words)
    return !FigureExtractor.notAssociationAfterHoi.contains(f.tokens[k + 1].hash)
      && (!UnionFinder.body.contains(f.tokens[k + 1].hash) || MeetingExtractor.isScienceAssociation(f, at: k + 1, provinces: title.provinces))
  }

  static let h_tong = Phrase.hash("tong")

  /// True when some sentence names a provincial union, by name or as "Liên hiệp hội tỉnh".
  private var namesProvincialUnion: Bool {
    context.sentences.contains { s in
      s.unions.contains {
        switch $0.scope {
        case .province, .unnamedProvince: return true
        default: return false
        }
      }
    }
  }

  /// "chi" of "Chi hội".
  static let h_chi = Phrase.hash("chi")
  /// Words after "Hội" that make a meeting or a body, not an association's name: "Hội nghị",
  /// "Hội thảo", "Hội đồng", "Hội thi", "Hội viên", "Hội diễn", "Hội chợ", "Hội trường".
  static let notAssociationAfterHoi = WordSet(["nghi", "thao", "dong", "thi", "vien", "dien", "cho", "truong"].map(Phrase.hash))

  /// "5- Hội ngành nghề …", "9) Chi hội …": a number opening the sentence with a dash or a
  /// bracket after it numbers a list's item; it counts nothing.
  static func isItemNumber(_ f: FoldedText, at i: Int) -> Bool {
    i == 0 && f.tokens.count > 1 && f.tokens[0].isNumber
      && (f.tokens[1].gap == UInt8(ascii: "-") || f.tokens[1].gap == UInt8(ascii: ")"))
  }

  /// The place that closes an association's name: "tỉnh", "thành (phố)", "huyện", "TP".
  static let associationPlaceWords = WordSet(["tinh", "thanh", "huyen", "tp", "quan", "thi"].map(Phrase.hash))
  /// Words after "Hội" that make no association's name: "Hội nghị", "Hội thảo", "hội viên",
  /// "Hội đồng", "hội thi" …
  static let notAssociationWords = WordSet(["nghi", "thao", "vien", "thi", "dong", "dien", "cho", "quan", "tap", "hop", "hien", "da", "co", "se", "dang"].map(Phrase.hash))

  /// "Hội Nông dân tỉnh có 150.000 hội viên": a member association's own count, not the union's.
  private func belongsToOtherAssociation(_ s: AnalyzedSentence, at start: Int) -> Bool {
    let f = s.text
    // (only in the figure's own clause: "… kết nạp thêm 2 hội viên (Hội Điều dưỡng, …); đến nay,
    // tổ chức Hội gồm 11 thành viên …" — the associations named in the clause before are not its subject)
    // (but "…; hội hiện có 85 hội viên": a clause whose subject is "hội" refers back to the
    // association named before it)
    let clause = clauseStart(f, before: start)
    let anaphoric = clause < f.tokens.count && f.tokens[clause].hash == Lexicon.h_hoi && !f.tokens[clause].isCap
    let lastUnion = max(s.unions.last(where: { $0.end <= start })?.end ?? -1, anaphoric ? -1 : clause - 1)
    var k = start - 1
    while k > lastUnion && k >= 0 {
      if f.tokens[k].hash == Lexicon.h_hoi, f.tokens[k].isCap, k + 1 < start, f.tokens[k + 1].isCap,
        !(k >= 1 && f.tokens[k - 1].hash == Lexicon.h_cac),
        !UnionFinder.body.contains(f.tokens[k + 1].hash) || f.tokens[k + 1].hash == Lexicon.h_hoi
          || (k + 3 < start && !(k >= 1 && f.tokens[k - 1].hash == Lexicon.h_hiep) && MeetingExtractor.isScienceAssociation(f, at: k + 1, provinces: s.provinces)),
        // ("Liên hiệp hội đã kết nạp Hội Làm vườn tỉnh, nâng tổng số lên 47 hội thành viên": the
        // association admitted is the object, not the subject)
        !FigureExtractor.admitting.contains(where: { f.endsWith($0, before: k) })
      {
        return true
      }
      // "Hội làm vườn thành phố Cần Thơ … có 1.769 hội viên": a name in lower case, closed by its
      // place ("tỉnh", "thành phố"), is an association's too
      if f.tokens[k].hash == Lexicon.h_hoi, f.tokens[k].isCap, !(k >= 1 && f.tokens[k - 1].hash == Lexicon.h_cac),
        k + 2 <= start,  // (room for a name and its place before the figure: "Hội 1500 hội viên" has none)
        let place = (k + 2...min(k + 4, start)).first(where: { j in j < f.tokens.count && FigureExtractor.associationPlaceWords.contains(f.tokens[j].hash) }),
        (k + 1..<place).allSatisfy({ j in !f.tokens[j].isCap && !UnionFinder.body.contains(f.tokens[j].hash)
          && !FigureExtractor.notAssociationWords.contains(f.tokens[j].hash) && !f.tokens[j].isNumber && f.tokens[j].gap == 0 })
      {
        return true
      }
      k -= 1
    }
    return false
  }

  /// The province of the meeting reported last before the sentence in its paragraph ("* Tại Lâm
  /// Đồng, … tổ chức Hội nghị tổng kết … Hội nghị … có hơn 70 đại biểu" after an item on Hà Nội's
  /// meeting), when the article's meetings took place in more than one province.
  private func paragraphEventProvince(before s: AnalyzedSentence) -> Province? {
    guard let first = eventPlaces.first?.province,
      eventPlaces.contains(where: { $0.province.code != first.code })
    else { return nil }
    let sentences = context.sentences
    var best: (index: Int, province: Province)? = nil
    for e in eventPlaces {
      for i in e.sentences where i <= s.index && sentences.indices.contains(i) && sentences[i].line == s.line {
        if best == nil || i > best!.index { best = (i, e.province) }
      }
    }
    return best?.province
  }

  /// The province a figure describes. A total belongs to the union its sentence names ("… của
  /// Liên hiệp hội tỉnh X", "LHH X có …"); attendance belongs to the article's event. Otherwise
  /// the article's own union — none for an article about LHH Việt Nam.
  /// `continuesNational`: the sentence before gave a national total.
  static let p_mai_nha = Phrase("mai nha")

  private func figureProvince(_ s: AnalyzedSentence, at start: Int, end: Int, attendance: Bool, continuesNational: Bool)
    -> (Province?, ConfidenceReason?)
  {
    // (not where the people came from: "gần 300 đại biểu đến từ Liên hiệp … Việt Nam, 60 liên hiệp
    // hội địa phương …", "Gần 300 đại biểu của Liên hiệp … Việt Nam, 60 liên hiệp hội địa phương,
    // … đã về dự" attend the meeting wherever it is held)
    if let u = s.unions.first(where: { $0.start >= end && $0.start <= end + 2 }),
      !(attendance && ((end..<u.start).contains { s.text.tokens[$0].hash == Lexicon.h_tu }
        || (u.end < s.text.tokens.count && s.text.tokens[u.end].gap == UInt8(ascii: ","))))
    {
      if case .province(let p) = u.scope { return (p, nil) }
      if case .national = u.scope { return (nil, nil) }
    }
    // ("16 Hội thành viên với hơn 400.000 hội viên đã quy tụ dưới mái nhà Liên hiệp … tỉnh Bắc
    // Ninh": the union that gathers them, after "mái nhà" in the same clause)
    if !attendance, let u = s.unions.first(where: { u in
      // (a number's own dots break no clause: "hơn 400.000 hội viên")
      u.start > end && u.start <= end + 16 && s.text.endsWith(FigureExtractor.p_mai_nha, before: u.start)
        && !(end..<u.start).contains { k in
          let t = s.text.tokens[k]
          return !t.isNumber && (FoldedText.isStrongPunct(t.gap) || t.gap == UInt8(ascii: ","))
        }
    }), case .province(let p) = u.scope {
      return (p, nil)
    }
    // ("54 | hội thành viên trong bộ máy mới của Liên hiệp Hội tỉnh An Giang": the union whose
    // count it is, after "của" a few words on in the same clause)
    if !attendance, let u = s.unions.first(where: { u in
      u.start > end + 2 && u.start <= end + 8 && u.start >= 1 && s.text.tokens[u.start - 1].hash == Lexicon.h_cua
        && !(end..<u.start).contains { FoldedText.isStrongPunct(s.text.tokens[$0].gap) || s.text.tokens[$0].gap == UInt8(ascii: ",") }
    }), case .province(let p) = u.scope {
      return (p, nil)
    }
    if attendance {
      // the union that held the activity, named in the sentence; else where the article's event took place
      let holders = s.unions.filter({ $0.start < start && !isGuest($0, in: s.text) })
      for u in holders.reversed() {
        if case .province(let p) = u.scope { return (p, nil) }
      }
      // "Tính chung, các lớp tập huấn do Liên hiệp Hội Việt Nam tổ chức trong năm thu hút …": a
      // national total over activities held in many places has no province
      if holders.last?.scope == .national, s.text.contains(any: FigureExtractor.recapWords, from: 0, to: start) {
        return (nil, nil)
      }
      // (a national meeting's attendance placed where it sat — "Đại hội … toàn quốc … tại Hà
      // Nội" and "900 đại biểu" — is the country's delegates: the place is doubtful)
      if let p = paragraphEventProvince(before: s) ?? eventProvince {
        return (p, eventIsNational && holders.isEmpty ? .nationalMeetingsPlace : nil)
      }
    }
    // ("… và 140 đại biểu chính thức đại diện cho 210.000 hội viên": the members a meeting's
    // delegates stand for are its holder's, not those of a union named in a guest's title before)
    if !attendance, isRepresentedOrganisations(s.text, before: start),
      s.text.find(Lexicon.p_dai_bieu, from: max(0, start - 12), to: start) != nil,
      !s.unions.contains(where: { $0.start < start && $0.start > start - 12 && !isGuest($0, in: s.text) }),
      let p = paragraphEventProvince(before: s) ?? eventProvince
    {
      return (p, nil)
    }
    var sawUnion = false, sawProvincial = false, sawSpelled = false
    for u in s.unions.filter({ $0.start < start && !isGuest($0, in: s.text) }).reversed() {
      switch u.scope {
      case .province(let p): return (p, nil)
      case .national: if !attendance { return (nil, nil) }
      case .unnamedProvince: sawUnion = true; sawProvincial = true
      default: sawUnion = true; sawSpelled = sawSpelled || u.spelledScientific
      }
    }
    // "Tại Quảng Trị, Liên hiệp hội tỉnh hiện có …": an unnamed union where the sentence places it
    // (not a former province of a merged one: "49 Hội thành viên (Hải Phòng cũ: 29, Hải Dương cũ:
    // 20) … với hơn 108.000 hội viên" counts the merged city's members)
    if sawUnion, let p = s.provinces.last(where: { $0.start < start && $0.role != .authority && !$0.isFormer(in: s.text) }) {
      return (p.province, nil)
    }
    // (an article about LHH Việt Nam that names no provincial union calls it by short names too:
    // "Liên hiệp Hội KHKT" after "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam (Liên hiệp Hội
    // KHKT)"; and "đến nay Liên hiệp hội đã có 92 hội thành viên" when the text names no province
    // at all, whatever site carries it — not on a visit: "Đoàn công tác Liên hiệp … Việt Nam làm
    // việc tại Hà Tĩnh. Liên hiệp hội hiện có 45 hội thành viên" counts Hà Tĩnh's)
    if context.isNational
      && (!sawUnion
        || (!sawProvincial && !namesProvincialUnion && (sawSpelled || !context.sentences.contains { !$0.provinces.isEmpty })))
    {
      return (nil, nil)
    }
    // "Đến nay, số thành viên của Liên hiệp các Hội KH&KT Việt Nam là 150 … Cả hệ thống đã thu
    // hút khoảng 2,8 triệu hội viên": a sentence naming no union nor place goes on with the
    // national totals of the sentence before it in its paragraph (not with a sentence that only
    // names the Vietnam Union: "… thực hiện chỉ đạo của Liên hiệp … Việt Nam. Đến nay có 25 hội
    // thành viên" counts the province's; nor a guest's office)
    if continuesNational, !sawUnion, s.provinces.isEmpty, context.sentences.indices.contains(s.index - 1),
      context.sentences[s.index - 1].line == s.line
    {
      return (nil, nil)
    }
    // (a round-up's paragraph about one province's event — the article's events in several
    // provinces — counts that province's: "Ở Đồng Tháp, hội nghị Ban chấp hành … ngày 17/1. Suốt
    // năm 2018, LHCHKHKT duy trì 22 Hội thành viên …")
    if let p = paragraphEventProvince(before: s) { return (p, .provinceFromContext) }
    let p = context.unionProvince ?? context.contextProvince
    return (p, p == nil ? .provinceUnknown : .provinceFromContext)
  }
}
