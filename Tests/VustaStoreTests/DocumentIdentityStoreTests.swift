import GRDB
import VustaModel
import XCTest
@testable import VustaStore

/// The store knows a file by its path and, for articles, by its content (issue 12, item 1).
final class DocumentIdentityStoreTests: XCTestCase {
  func article(_ path: String, sha: String, value: Int = 120) -> ExtractedDocument {
    ExtractedDocument(
      id: "a", path: path, sha256: sha, title: nil, published: FactDate(year: 2022, month: 3, day: 1), url: nil,
      memberFigures: [MemberFigure(province: "Hà Nam", province2025: "Ninh Bình", metric: .hoi_vien, value: value,
                                   qualifier: .exact, evidence: "Liên hiệp hội có \(value) hội viên.")])
  }

  func count(_ store: Store) throws -> Int {
    try store.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM figure")! }
  }

  func testContentStoredUnderAGonePathIsAMove() throws {
    let store = try Store.inMemory()
    try store.ingest(documents: [article("/old/a.txt", sha: "h1")], origin: .article, locate: { _ in nil })
    let t = try store.ingest(documents: [article("/new/a.txt", sha: "h1")], origin: .article, locate: { _ in nil })
    XCTAssertEqual(t.moved, 1)
    XCTAssertEqual(try store.storedFiles(origin: .article), ["/new/a.txt"])
    XCTAssertEqual(try count(store), 1)
  }

  func testAnOldRelativePathOfTheSameFileIsTheSameFile() throws {
    let store = try Store.inMemory()
    try store.ingest(documents: [article("seeds/a.txt", sha: "h1")], origin: .article)
    let t = try store.ingest(documents: [article("/w/seeds/a.txt", sha: "h1")], origin: .article,
                             locate: { $0 == "seeds/a.txt" ? "/w/seeds/a.txt" : nil })
    XCTAssertEqual(t.moved, 1)
    XCTAssertEqual(try store.storedFiles(origin: .article), ["/w/seeds/a.txt"])
  }

  func testACopyWhoseOriginalStillExistsIsNotStored() throws {
    let store = try Store.inMemory()
    try store.ingest(documents: [article("/a/x.txt", sha: "h1")], origin: .article)
    let t = try store.ingest(documents: [article("/b/x.txt", sha: "h1")], origin: .article, locate: { $0 })
    XCTAssertEqual(t.copies, [SameContent(file: "/b/x.txt", stored: "/a/x.txt")])
    XCTAssertEqual(try count(store), 1)
  }

  func testAListingPageIsOneFileWhoseItemsAreReplacedTogether() throws {
    let store = try Store.inMemory()
    let three = (1...3).map { article("/p/list.html#\($0)", sha: "L1#\($0)", value: 100 * $0) }
    XCTAssertEqual(try store.ingest(documents: three, origin: .article).added, 3)
    XCTAssertEqual(try store.ingest(documents: three, origin: .article).skipped, 3)
    XCTAssertEqual(try store.storedHashes(files: ["/p/list.html"]), ["/p/list.html": "L1"])
    // the page now holds two items: the third item's facts must leave the store
    let two = (1...2).map { article("/p/list.html#\($0)", sha: "L2#\($0)", value: 100 * $0) }
    XCTAssertEqual(try store.ingest(documents: two, origin: .article).updated, 2)
    XCTAssertEqual(try count(store), 2)
    XCTAssertEqual(try store.remove(files: ["/p/list.html"]), 2)
    XCTAssertEqual(try count(store), 0)
  }

  func testAHashInAFileNameIsKept() {
    XCTAssertEqual(DocumentFile.file(of: "/p/list.html#12"), "/p/list.html")
    XCTAssertEqual(DocumentFile.file(of: "/p/bai#hai.txt"), "/p/bai#hai.txt")
    XCTAssertEqual(DocumentFile.file(of: "/p/bai#"), "/p/bai#")
  }
}
