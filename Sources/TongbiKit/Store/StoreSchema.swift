/// The tables of the store of vintages, schema version 1 (README, "The store", documents them for
/// `sqlite3` users). Values are stored a row per series, year and vintage with a column per month
/// (`m01` … `m12`), NULL where the vintage gave no new or changed value: twelve times fewer rows to
/// write and read than a row per value. The view `readable_observations` shows one row per value with
/// the series' names and the month as `YYYY-MM`. `first_period` and `last_period` are month ordinals
/// (`year × 12 + month − 1`, as `Period.ordinal`). The same tables in SQLite and PostgreSQL (there in the
/// schema `tongbi`), their types as `StoreDialect` writes them.
enum StoreSchema {
  /// The application id of a Tongbi store, "TBST" (SQLite's `PRAGMA application_id`; PostgreSQL's
  /// `store_identity.application`).
  static let applicationID: Int64 = 0x5442_5354
  /// The schema version this build writes (SQLite's `PRAGMA user_version`; PostgreSQL's
  /// `store_identity.version`).
  static let version: Int64 = 1

  /// The month columns of `observations`, in order: `m01, m02, …, m12`.
  static let monthColumns = (1...12).map { $0 < 10 ? "m0\($0)" : "m\($0)" }.joined(separator: ", ")

  /// The statements that create version 1 in `dialect`.
  static func create(_ dialect: StoreDialect) -> String {
    let real = dialect.real
    let blob = dialect.blob
    let rowid = dialect.withoutRowID
    return dialect.prologue + """
      CREATE TABLE vintages (
        id \(dialect.identity),
        kind TEXT NOT NULL CHECK (kind IN ('data', 'indicators', 'targets')),
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        first_period INTEGER,
        last_period INTEGER,
        rows_read INTEGER NOT NULL DEFAULT 0,
        rows_used INTEGER NOT NULL DEFAULT 0,
        rows_rejected INTEGER NOT NULL DEFAULT 0,
        cells_used INTEGER NOT NULL DEFAULT 0,
        cells_missing INTEGER NOT NULL DEFAULT 0,
        cells_rejected INTEGER NOT NULL DEFAULT 0,
        values_added INTEGER NOT NULL DEFAULT 0,
        values_revised INTEGER NOT NULL DEFAULT 0,
        content \(blob)
      );
      CREATE INDEX vintages_by_hash ON vintages (sha256, kind);
      CREATE TABLE rejections (
        vintage INTEGER NOT NULL\(dialect.references("vintages")),
        position TEXT NOT NULL,
        reason TEXT NOT NULL
      );
      CREATE TABLE series (
        id \(dialect.identity),
        region TEXT NOT NULL,
        indicator TEXT NOT NULL,
        form TEXT NOT NULL CHECK (form IN ('monthly', 'cumulative')),
        UNIQUE (region, indicator, form)
      );
      CREATE TABLE observations (
        series INTEGER NOT NULL\(dialect.references("series")),
        year INTEGER NOT NULL,
        vintage INTEGER NOT NULL\(dialect.references("vintages")),
        decimals INTEGER NOT NULL,
        m01 \(real), m02 \(real), m03 \(real), m04 \(real), m05 \(real), m06 \(real), m07 \(real), m08 \(real), m09 \(real), m10 \(real), m11 \(real), m12 \(real),
        PRIMARY KEY (series, year, vintage)
      )\(rowid);
      CREATE TABLE regions (
        name TEXT NOT NULL,
        vintage INTEGER NOT NULL\(dialect.references("vintages")),
        position INTEGER NOT NULL,
        parent TEXT,
        PRIMARY KEY (name, vintage)
      )\(rowid);
      CREATE TABLE indicators (
        code TEXT NOT NULL,
        vintage INTEGER NOT NULL\(dialect.references("vintages")),
        position INTEGER NOT NULL,
        name_zh TEXT NOT NULL,
        name_en TEXT NOT NULL,
        unit_base TEXT NOT NULL,
        unit_exponent INTEGER NOT NULL,
        unit_symbol TEXT NOT NULL,
        display_unit_base TEXT,
        display_unit_exponent INTEGER,
        display_unit_symbol TEXT,
        kind TEXT NOT NULL,
        publication TEXT NOT NULL,
        january TEXT NOT NULL,
        parent TEXT,
        direction TEXT NOT NULL,
        allows_negative INTEGER NOT NULL,
        verb TEXT,
        rate_of TEXT,
        base_of TEXT,
        PRIMARY KEY (code, vintage)
      )\(rowid);
      CREATE VIEW readable_observations AS
        WITH months (month) AS (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12))
        SELECT s.region, s.indicator, s.form, \(dialect.period(year: "o.year", month: "m.month")) AS period,
          CASE m.month WHEN 1 THEN o.m01 WHEN 2 THEN o.m02 WHEN 3 THEN o.m03 WHEN 4 THEN o.m04 WHEN 5 THEN o.m05 WHEN 6 THEN o.m06 WHEN 7 THEN o.m07 WHEN 8 THEN o.m08 WHEN 9 THEN o.m09 WHEN 10 THEN o.m10 WHEN 11 THEN o.m11 WHEN 12 THEN o.m12 END AS value, o.decimals, o.vintage
        FROM observations o JOIN series s ON s.id = o.series CROSS JOIN months m
        WHERE (CASE m.month WHEN 1 THEN o.m01 WHEN 2 THEN o.m02 WHEN 3 THEN o.m03 WHEN 4 THEN o.m04 WHEN 5 THEN o.m05 WHEN 6 THEN o.m06 WHEN 7 THEN o.m07 WHEN 8 THEN o.m08 WHEN 9 THEN o.m09 WHEN 10 THEN o.m10 WHEN 11 THEN o.m11 WHEN 12 THEN o.m12 END) IS NOT NULL;
      """
  }

  /// The statements that bring version n to n + 1, at index n − 1 (none yet: version 1 is the first).
  static let migrations: [String] = []
}
