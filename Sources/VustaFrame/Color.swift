//! Colours of fills, strokes and text.

/// An sRGB colour with alpha, each channel 0…1.
public struct Color: Hashable, Sendable, Codable {
  public var red, green, blue, alpha: Double
  /// A colour from its channels.
  public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
    self.red = red; self.green = green; self.blue = blue; self.alpha = alpha
  }
  /// A colour from a 0xRRGGBB number.
  public init(hex: UInt32, alpha: Double = 1) {
    self.init(red: Double((hex >> 16) & 0xFF) / 255, green: Double((hex >> 8) & 0xFF) / 255,
              blue: Double(hex & 0xFF) / 255, alpha: alpha)
  }
  /// Relative luminance (WCAG), 0 for black, 1 for white: what a greyscale print keeps.
  public var luminance: Double {
    func lin(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
    return 0.2126 * lin(red) + 0.7152 * lin(green) + 0.0722 * lin(blue)
  }
  public static let black = Color(hex: 0x000000)
  public static let white = Color(hex: 0xFFFFFF)
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
