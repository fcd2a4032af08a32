//! SAMPLE DATA — what the named charts draw when there is no store (or with --sample): a
//! fixed, made-up but realistic dataset, clearly labelled as such on every chart. With a store,
//! `ChartStatsSource` builds the same tables from VustaStats.

import VustaCharts
import VustaModel
import VustaPipeline

/// The fixed sample tables of the named charts.
enum ChartDataSource {
  /// The note every sample chart carries, so nobody mistakes it for real statistics.
  static let sampleNote = "Số liệu mẫu minh họa, chưa lấy từ kho dữ liệu (sample data)."

  /// The table of a named chart for a year in a division.
  static func table(for name: ChartName, year: Int, division: Division) -> ChartTable {
    let where_ = division == .old63 ? "63 tỉnh, thành phố" : "34 tỉnh, thành phố"
    switch name {
    case .meetingsByProvince, .tileMap:
      let rows = meetingsByProvince(year: year, division: division)
      return ChartTable(title: "Số hội nghị theo tỉnh, thành phố năm \(year)", labelHeader: "Tỉnh, thành phố",
                        rows: rows, seriesName: "Hội nghị", unit: "hội nghị",
                        note: "\(sampleNote) Phân chia hành chính: \(where_).")
    case .meetingsByMonth:
      let a = monthly(year: year - 1), b = monthly(year: year)
      return ChartTable(title: "Số hội nghị theo tháng", labelHeader: "Tháng",
                        labels: (1...12).map { "T\($0)" },
                        series: [ChartSeries(name: "Năm \(year - 1)", values: a), ChartSeries(name: "Năm \(year)", values: b)],
                        unit: "hội nghị", note: sampleNote)
    case .meetingsByKind:
      let kinds = ["Giao ban", "Tổng kết", "Ban Chấp hành", "Ban Thường vụ", "Làm việc", "Hội thảo", "Đại hội", "Tập huấn", "Khác"]
      let prev: [Double] = [34, 41, 22, 18, 57, 63, 9, 25, 12]
      let cur: [Double] = [38, 45, 20, 23, 61, 71, 14, 29, 10]
      return ChartTable(title: "Số hội nghị theo loại", labelHeader: "Loại hội nghị", labels: kinds,
                        series: [ChartSeries(name: "Năm \(year - 1)", values: prev), ChartSeries(name: "Năm \(year)", values: cur)],
                        unit: "hội nghị", note: sampleNote)
    case .membersByProvince:
      let rows: [(String, Double)] = [
        ("Hà Nội", 15500), ("Hồ Chí Minh", 12800), ("Thanh Hóa", 6200), ("Nghệ An", 5900), ("Hải Phòng", 4300),
        ("Thừa Thiên Huế", 3650), ("Đà Nẵng", 3400), ("Bà Rịa - Vũng Tàu", 2950), ("Cần Thơ", 2700),
        ("Phú Thọ", 2480), ("Thái Nguyên", 2300), ("Đắk Lắk", 2150), ("Quảng Ninh", 1980), ("Bình Định", 1760),
        ("Khánh Hòa", 1620), ("Lâm Đồng", 1500), ("Thái Bình", 1380), ("Kon Tum", 860), ("Bắc Kạn", 540),
      ]
      return ChartTable(title: "Số hội viên theo tỉnh, thành phố năm \(year)", labelHeader: "Tỉnh, thành phố",
                        rows: fold(rows, into: division), seriesName: "Hội viên", unit: "người",
                        note: "\(sampleNote) Chỉ gồm các tỉnh có số liệu.")
    case .citationsByDirective:
      // Bars coloured (and hatched) by who issued the document, as ChartStatsSource draws them.
      let ids = ["42-CT/TW", "45-CT/TW", "93-KL/TW", "29-NQ/TW", "30/2020/NĐ-CP", "5395/KH-UBND", "07-KH/TU", "52-NQ/TW"]
      let central: [Double] = [85, 53, 46, 31, 20, 0, 0, 16]
      let local: [Double] = [0, 0, 0, 0, 0, 12, 9, 0]
      return ChartTable(title: "Số lần trích dẫn văn bản chỉ đạo năm \(year)", labelHeader: "Văn bản",
                        labels: ids, series: [ChartSeries(name: "Văn bản trung ương", values: central),
                                              ChartSeries(name: "Văn bản địa phương", values: local)],
                        unit: "lần", note: sampleNote)
    }
  }

  /// Meetings per province: a fixed pseudo-random count per unit (a few large cities, some
  /// provinces with none), folded into the 34 units when asked.
  static func meetingsByProvince(year: Int, division: Division) -> [(String, Double)] {
    let gaz = Gazetteer.shared
    var rows: [(String, Double)] = []
    for p in gaz.old {
      var seed = UInt64(p.code * 7919 + year * 104729)
      seed = seed &* 6364136223846793005 &+ 1442695040888963407
      var v = Double((seed >> 33) % 19)
      if [1, 79].contains(p.code) { v += 30 }
      if [31, 48, 92, 38, 40].contains(p.code) { v += 12 }
      if [6, 12].contains(p.code) { continue }  // no data for these units in the sample
      rows.append((p.name, v))
    }
    return fold(rows, into: division)
  }

  /// Monthly counts for a year.
  static func monthly(year: Int) -> [Double] {
    let base: [Double] = [18, 9, 22, 27, 31, 25, 29, 21, 26, 30, 24, 41]
    return base.enumerated().map { $0.element + Double(((year * 31 + $0.offset * 17) % 9)) }
  }

  /// Rows of old units summed into the new unit that contains each, when the division is 34.
  static func fold(_ rows: [(String, Double)], into division: Division) -> [(String, Double)] {
    guard division == .new34 else { return rows }
    let gaz = Gazetteer.shared
    var sums: [Int: Double] = [:]
    for (name, v) in rows { if let p = gaz.resolve(name, in: .new34) { sums[p.code, default: 0] += v } }
    return gaz.new.compactMap { p in sums[p.code].map { (p.name, $0) } }
  }
}
