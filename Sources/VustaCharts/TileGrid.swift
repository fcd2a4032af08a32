//! Where each province sits on the tile map: a grid cartogram of Vietnam, north at the top,
//! one tile per unit, for the 63-unit and the 34-unit division.

import VustaModel

/// Grid cells (column, row) of the tile map, keyed by GSO code.
public enum TileGrid {
  /// The cell of every unit of a division.
  public static func cells(_ division: Division) -> [Int: (col: Int, row: Int)] {
    division == .old63 ? old63 : new34
  }

  /// Columns and rows the grid spans.
  public static func extent(_ division: Division) -> (cols: Int, rows: Int) {
    let c = cells(division).values
    return ((c.map(\.col).max() ?? 0) + 1, (c.map(\.row).max() ?? 0) + 1)
  }

  // The 63 units before 1 July 2025 (codes as in the gazetteer).
  static let old63: [Int: (col: Int, row: Int)] = [
    12: (1, 0), 10: (2, 0), 2: (3, 0), 4: (4, 0),                       // Lai Châu, Lào Cai, Hà Giang, Cao Bằng
    11: (0, 1), 15: (2, 1), 8: (3, 1), 6: (4, 1), 20: (5, 1),           // Điện Biên, Yên Bái, Tuyên Quang, Bắc Kạn, Lạng Sơn
    14: (1, 2), 25: (2, 2), 19: (3, 2), 24: (4, 2), 22: (5, 2),         // Sơn La, Phú Thọ, Thái Nguyên, Bắc Giang, Quảng Ninh
    17: (1, 3), 26: (2, 3), 1: (3, 3), 27: (4, 3), 30: (5, 3), 31: (6, 3),  // Hòa Bình, Vĩnh Phúc, Hà Nội, Bắc Ninh, Hải Dương, Hải Phòng
    35: (3, 4), 33: (4, 4), 34: (5, 4),                                 // Hà Nam, Hưng Yên, Thái Bình
    38: (2, 5), 37: (3, 5), 36: (4, 5),                                 // Thanh Hóa, Ninh Bình, Nam Định
    40: (2, 6),                                                         // Nghệ An
    42: (3, 7),                                                         // Hà Tĩnh
    44: (3, 8),                                                         // Quảng Bình
    45: (4, 9),                                                         // Quảng Trị
    46: (4, 10), 48: (5, 10),                                           // Thừa Thiên Huế, Đà Nẵng
    49: (5, 11),                                                        // Quảng Nam
    62: (4, 12), 51: (5, 12),                                           // Kon Tum, Quảng Ngãi
    64: (4, 13), 52: (5, 13),                                           // Gia Lai, Bình Định
    66: (4, 14), 54: (5, 14),                                           // Đắk Lắk, Phú Yên
    70: (2, 15), 67: (3, 15), 68: (4, 15), 56: (5, 15),                 // Bình Phước, Đắk Nông, Lâm Đồng, Khánh Hòa
    72: (1, 16), 74: (2, 16), 75: (3, 16), 60: (4, 16), 58: (5, 16),    // Tây Ninh, Bình Dương, Đồng Nai, Bình Thuận, Ninh Thuận
    89: (0, 17), 87: (1, 17), 80: (2, 17), 79: (3, 17), 77: (4, 17),    // An Giang, Đồng Tháp, Long An, Hồ Chí Minh, Bà Rịa - Vũng Tàu
    91: (0, 18), 92: (1, 18), 86: (2, 18), 82: (3, 18), 83: (4, 18),    // Kiên Giang, Cần Thơ, Vĩnh Long, Tiền Giang, Bến Tre
    93: (1, 19), 94: (2, 19), 84: (3, 19),                              // Hậu Giang, Sóc Trăng, Trà Vinh
    96: (0, 20), 95: (1, 20),                                           // Cà Mau, Bạc Liêu
  ]

  // The 34 units from 1 July 2025.
  static let new34: [Int: (col: Int, row: Int)] = [
    12: (1, 0), 15: (2, 0), 8: (3, 0), 4: (4, 0),                       // Lai Châu, Lào Cai, Tuyên Quang, Cao Bằng
    11: (0, 1), 14: (1, 1), 25: (2, 1), 19: (3, 1), 20: (4, 1),         // Điện Biên, Sơn La, Phú Thọ, Thái Nguyên, Lạng Sơn
    1: (3, 2), 24: (4, 2), 22: (5, 2),                                  // Hà Nội, Bắc Ninh, Quảng Ninh
    38: (2, 3), 37: (3, 3), 33: (4, 3), 31: (5, 3),                     // Thanh Hóa, Ninh Bình, Hưng Yên, Hải Phòng
    40: (2, 4),                                                         // Nghệ An
    42: (3, 5),                                                         // Hà Tĩnh
    44: (3, 6),                                                         // Quảng Trị
    46: (3, 7), 48: (4, 7),                                             // Huế, Đà Nẵng
    51: (4, 8),                                                         // Quảng Ngãi
    52: (4, 9),                                                         // Gia Lai
    66: (4, 10),                                                        // Đắk Lắk
    75: (2, 11), 68: (3, 11), 56: (4, 11),                              // Đồng Nai, Lâm Đồng, Khánh Hòa
    80: (1, 12), 79: (2, 12),                                           // Tây Ninh, Hồ Chí Minh
    91: (0, 13), 82: (1, 13), 86: (2, 13),                              // An Giang, Đồng Tháp, Vĩnh Long
    96: (0, 14), 92: (1, 14),                                           // Cà Mau, Cần Thơ
  ]
}
