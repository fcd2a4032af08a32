import VustaModel
import XCTest

/// `CSVQuotes` follows the CSV reader's rules for quoted fields and names the line an unclosed
/// one opens on.
final class CSVQuotesTests: XCTestCase {
  func testClosedQuotesAreFine() {
    for text in ["", "a,b\n", "a,\"b\"\n", "a,\"b,c\"\nd,e", "\"x\"\"y\",1\r\n2,3", "a,\"two\nlines\"\nb,c\n",
                 "a,b\"c\n", "a,\"b\"", "a,\"\"\n"] {
      XCTAssertNil(CSVQuotes.unclosedQuoteLine(in: text), text.debugDescription)
    }
  }

  func testTheLineAnUnclosedQuoteOpensOnIsGiven() {
    XCTAssertEqual(CSVQuotes.unclosedQuoteLine(in: "h,t\na,\"open\nb,c\nd,e\n"), 2)
    XCTAssertEqual(CSVQuotes.unclosedQuoteLine(in: "h\r\nx\r\n\"a\"\"b\r\nc"), 3, "CR LF counted once; a doubled quote stays inside")
    XCTAssertEqual(CSVQuotes.unclosedQuoteLine(in: "h\rx\r\"a"), 3, "a lone CR ends a line")
    XCTAssertEqual(CSVQuotes.unclosedQuoteLine(in: "a,\"b\"x,c\nd\n"), 1, "a quote followed by a letter does not close the field")
    XCTAssertEqual(CSVQuotes.unclosedQuoteLine(in: "a;\"b;c\n", separator: ";"), 1)
    XCTAssertNil(CSVQuotes.unclosedQuoteLine(in: "a;\"b,c\";d\n", separator: ";"))
  }

  func testSpacesAroundQuotesWhenFieldsAreTrimmed() {
    XCTAssertNil(CSVQuotes.unclosedQuoteLine(in: "a, \"b, c\" ,d\n", trimsSpaces: true))
    XCTAssertEqual(CSVQuotes.unclosedQuoteLine(in: "a,b\nc, \"d\n", trimsSpaces: true), 2)
    XCTAssertNil(CSVQuotes.unclosedQuoteLine(in: "a, \"d\n", trimsSpaces: false), "untrimmed, a space first makes the field unquoted")
  }
}
