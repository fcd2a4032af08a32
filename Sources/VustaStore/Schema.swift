import GRDB

/// The store's schema as named, forward-only migrations (each runs in its own transaction).
///
/// Never edit a registered migration: add a new one. A store that has migrations this list does
/// not know was written by a newer vusta and is refused (`StoreError.newerSchema`).
public enum Schema {
  /// Names of the migrations, oldest first.
  public static var names: [String] {
    ["v1 documents and facts", "v1 corrections", "v1 statistics indexes", "v2 statistics summaries",
     "v3 confidence", "v4 file identity", "v5 web users", "v6 listing indexes"]
  }

  /// The migrator with every migration registered.
  public static func migrator() -> DatabaseMigrator {
    var m = DatabaseMigrator()
    m.registerMigration("v1 documents and facts") { db in
      try db.execute(sql: """
        CREATE TABLE document (
          id INTEGER PRIMARY KEY,
          path TEXT NOT NULL UNIQUE,
          name TEXT NOT NULL,
          sha256 TEXT NOT NULL,
          title TEXT, published TEXT, url TEXT,
          origin TEXT NOT NULL,          -- article | import | facts
          date TEXT, year INTEGER,       -- the article's date: published, else its first meeting
          p63 TEXT, p34 TEXT,            -- the article's province, when its facts name one
          ingestedAt TEXT NOT NULL
        );
        CREATE TABLE meeting (
          id INTEGER PRIMARY KEY,
          documentId INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          factKey TEXT NOT NULL,
          date TEXT, province TEXT, province2025 TEXT, kind TEXT NOT NULL, organizer TEXT,
          evidence TEXT NOT NULL,
          eDate TEXT, year INTEGER, month INTEGER, eKind TEXT NOT NULL,
          p63 TEXT, p34 TEXT, scope TEXT NOT NULL, eventId INTEGER NOT NULL,
          rejected INTEGER NOT NULL DEFAULT 0,
          UNIQUE(documentId, factKey)
        );
        CREATE TABLE figure (
          id INTEGER PRIMARY KEY,
          documentId INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          factKey TEXT NOT NULL,
          province TEXT, province2025 TEXT, metric TEXT NOT NULL, value INTEGER NOT NULL,
          qualifier TEXT NOT NULL, date TEXT, evidence TEXT NOT NULL,
          eDate TEXT, year INTEGER, eMetric TEXT NOT NULL, p63 TEXT, p34 TEXT,
          rejected INTEGER NOT NULL DEFAULT 0,
          UNIQUE(documentId, factKey)
        );
        CREATE TABLE citation (
          id INTEGER PRIMARY KEY,
          documentId INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          factKey TEXT NOT NULL,
          cid TEXT NOT NULL, number TEXT NOT NULL, docYear INTEGER, code TEXT NOT NULL,
          type TEXT NOT NULL, issuer TEXT NOT NULL, scope TEXT NOT NULL, province TEXT,
          issued TEXT, mentions INTEGER NOT NULL, evidence TEXT NOT NULL,
          directive TEXT NOT NULL,       -- cid, or cid@province for a local document
          local63 TEXT, local34 TEXT,    -- whose local document it is
          citingDate TEXT, year INTEGER, p63 TEXT, p34 TEXT,
          rejected INTEGER NOT NULL DEFAULT 0,
          UNIQUE(documentId, factKey)
        );
        CREATE INDEX meeting_document ON meeting(documentId);
        CREATE INDEX figure_document ON figure(documentId);
        CREATE INDEX citation_document ON citation(documentId);
        CREATE INDEX meeting_key ON meeting(factKey);
        CREATE INDEX figure_key ON figure(factKey);
        CREATE INDEX citation_key ON citation(factKey);
        """)
    }
    m.registerMigration("v1 corrections") { db in
      try db.execute(sql: """
        CREATE TABLE correction (
          id INTEGER PRIMARY KEY,
          factKey TEXT NOT NULL,
          field TEXT NOT NULL,           -- province | date | kind | rejected
          value TEXT,                    -- NULL: cleared (the fact says nothing)
          createdAt TEXT NOT NULL,
          UNIQUE(factKey, field)
        );
        """)
    }
    m.registerMigration("v1 statistics indexes") { db in
      try db.execute(sql: """
        CREATE INDEX meeting_year ON meeting(year, rejected, p63, p34, scope, eventId, documentId);
        CREATE INDEX figure_year ON figure(year, rejected, eMetric);
        CREATE INDEX citation_year ON citation(year, rejected, directive);
        """)
    }
    m.registerMigration("v2 statistics summaries") { db in
      try db.execute(sql: summaries)
      try SummaryKeeper.rebuild(db: db)
    }
    m.registerMigration("v3 confidence") { db in
      // facts stored before confidence existed were not assessed: they count as high
      for table in ["meeting", "figure", "citation"] {
        try db.execute(sql: """
          ALTER TABLE \(table) ADD COLUMN confidence TEXT NOT NULL DEFAULT 'high';
          ALTER TABLE \(table) ADD COLUMN why TEXT;
          CREATE INDEX \(table)_low ON \(table)(year) WHERE confidence = 'low';
          """)
      }
    }
    m.registerMigration("v4 file identity") { db in
      // the file a document was read from (a listing item's path without "#N") and that file's
      // content hash: a file stored again under another path is recognised by its content
      try db.execute(sql: """
        ALTER TABLE document ADD COLUMN file TEXT;
        ALTER TABLE document ADD COLUMN fileHash TEXT;
        """)
      let rows = try Row.fetchAll(db, sql: "SELECT id, path, sha256 FROM document")
      let update = try db.makeStatement(sql: "UPDATE document SET file = ?, fileHash = ? WHERE id = ?")
      for row in rows {
        let path: String = row["path"], sha: String = row["sha256"]
        try update.execute(arguments: [DocumentFile.file(of: path), DocumentFile.file(of: sha), row["id"]])
      }
      try db.execute(sql: """
        CREATE INDEX document_file ON document(file);
        CREATE INDEX document_fileHash ON document(fileHash);
        """)
      // what a correction was made on (the article and the sentence), so that a correction
      // whose fact is gone (the sentence was edited) can still be shown to a person
      try db.execute(sql: """
        ALTER TABLE correction ADD COLUMN document TEXT;
        ALTER TABLE correction ADD COLUMN evidence TEXT;
        """)
    }
    m.registerMigration("v5 web users") { db in
      // accounts of `vusta serve` on an office network (issue 10); passwords only as hashes
      try db.execute(sql: """
        CREATE TABLE webUser (
          name TEXT PRIMARY KEY,
          role TEXT NOT NULL,            -- viewer | editor
          passwordHash TEXT NOT NULL,    -- bcrypt, $2b$…
          createdAt TEXT NOT NULL
        );
        """)
    }
    m.registerMigration("v6 listing indexes") { db in
      // the facts listing's order (`Store.factQuery`) read from an index instead of sorting every
      // fact on each page (0.3 s a page on 110,000 meetings; now under a millisecond), and the
      // articles read per year, month and province (`Statistics.articlesRead`) and the store's
      // change stamp (`Store.changeStamp`, the web app's caches) from indexes instead of the whole
      // document table (44 ms a web request on 110,000 articles; now 2 ms)
      try db.execute(sql: """
        CREATE INDEX meeting_listing ON meeting(eDate IS NULL, eDate, documentId, id);
        CREATE INDEX figure_listing ON figure(eDate IS NULL, eDate, documentId, id);
        CREATE INDEX citation_listing ON citation(citingDate IS NULL, citingDate, documentId, id);
        CREATE INDEX document_coverage ON document(year, date, p63, p34);
        CREATE INDEX document_ingested ON document(ingestedAt);
        """)
    }
    return m
  }

  /// The summary tables of `SummarySpec` and the indexes that recompute their cells.
  static let summaries: String = """
    DROP INDEX meeting_year;
    DROP INDEX figure_year;
    DROP INDEX citation_year;
    CREATE INDEX meeting_cell_facts ON meeting(year, eKind, scope, p63, p34, month, rejected, eventId, documentId);
    CREATE INDEX meeting_event ON meeting(eventId, rejected);
    CREATE INDEX figure_cell_facts ON figure(year, eMetric, p63, p34, rejected, eDate, id);
    CREATE INDEX citation_cell_facts ON citation(year, directive, p63, p34, rejected);
    CREATE INDEX citation_local63 ON citation(local63, year) WHERE local63 IS NOT NULL;
    CREATE INDEX citation_local34 ON citation(local34, year) WHERE local34 IS NOT NULL;

    CREATE TABLE meeting_cell (
      year INTEGER, month INTEGER, eKind TEXT NOT NULL, scope TEXT NOT NULL, p63 TEXT, p34 TEXT,
      events INTEGER NOT NULL, facts INTEGER NOT NULL);
    CREATE INDEX meeting_cell_dims ON meeting_cell(year, month, eKind, scope, p63, p34, events, facts);
    CREATE TABLE meeting_year_cell (
      year INTEGER, eKind TEXT NOT NULL, scope TEXT NOT NULL, p63 TEXT, p34 TEXT,
      events INTEGER NOT NULL, facts INTEGER NOT NULL);
    CREATE INDEX meeting_year_cell_dims ON meeting_year_cell(year, eKind, scope, p63, p34, events, facts);
    CREATE TABLE figure_cell (
      year INTEGER, eMetric TEXT NOT NULL, p63 TEXT, p34 TEXT,
      facts INTEGER NOT NULL, latestId INTEGER NOT NULL, latestDate TEXT);
    CREATE INDEX figure_cell_dims ON figure_cell(year, eMetric, p63, p34, facts, latestId, latestDate);
    CREATE TABLE citation_cell (
      year INTEGER, directive TEXT NOT NULL, p63 TEXT, p34 TEXT,
      cid TEXT NOT NULL, type TEXT NOT NULL, issuer TEXT NOT NULL, scope TEXT NOT NULL, local63 TEXT, local34 TEXT,
      issued TEXT, mentions INTEGER NOT NULL, facts INTEGER NOT NULL, docs INTEGER NOT NULL, first TEXT, last TEXT);
    CREATE INDEX citation_cell_dims ON citation_cell(year, directive, p63, p34);
    \(documentCells("meeting", dims: "year INTEGER, month INTEGER, scope TEXT NOT NULL, p63 TEXT, p34 TEXT",
                    index: "year, month, scope, p63, p34"))
    \(documentCells("meeting_year", dims: "year INTEGER, scope TEXT NOT NULL, p63 TEXT, p34 TEXT",
                    index: "year, scope, p63, p34"))
    \(documentCells("figure", dims: "year INTEGER, p63 TEXT, p34 TEXT", index: "year, p63, p34"))
    \(documentCells("citation", dims: "year INTEGER, p63 TEXT, p34 TEXT", index: "year, p63, p34"))
    """

  /// A summary's document cells and spanning documents (`SummarySpec`), indexed to be read whole.
  static func documentCells(_ name: String, dims: String, index: String) -> String {
    """
    CREATE TABLE \(name)_doccell (\(dims), kinds TEXT NOT NULL, docs INTEGER NOT NULL);
    CREATE INDEX \(name)_doccell_dims ON \(name)_doccell(\(index), kinds, docs);
    CREATE TABLE \(name)_docspan (
      documentId INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE, \(dims), kinds TEXT NOT NULL);
    CREATE INDEX \(name)_docspan_document ON \(name)_docspan(documentId);
    CREATE INDEX \(name)_docspan_dims ON \(name)_docspan(\(index), kinds, documentId);
    """
  }
}
