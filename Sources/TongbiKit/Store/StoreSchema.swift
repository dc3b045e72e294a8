/// The tables of the store of vintages, schema version 1 (README, "The store", documents them for
/// `sqlite3` users). Periods are month ordinals (`year × 12 + month − 1`, as `Period.ordinal`); the
/// view `readable_observations` shows them as `YYYY-MM` with the series' names.
enum StoreSchema {
  /// `PRAGMA application_id` of a Tongbi store: "TBST".
  static let applicationID: Int64 = 0x5442_5354
  /// The schema version this build writes (`PRAGMA user_version`).
  static let version: Int64 = 1

  /// The statements that create version 1.
  static let create = """
    CREATE TABLE vintages (
      id INTEGER PRIMARY KEY,
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
      content BLOB
    );
    CREATE INDEX vintages_by_hash ON vintages (sha256, kind);
    CREATE TABLE rejections (
      vintage INTEGER NOT NULL REFERENCES vintages (id),
      position TEXT NOT NULL,
      reason TEXT NOT NULL
    );
    CREATE TABLE series (
      id INTEGER PRIMARY KEY,
      region TEXT NOT NULL,
      indicator TEXT NOT NULL,
      form TEXT NOT NULL CHECK (form IN ('monthly', 'cumulative')),
      UNIQUE (region, indicator, form)
    );
    CREATE TABLE observations (
      series INTEGER NOT NULL REFERENCES series (id),
      period INTEGER NOT NULL,
      vintage INTEGER NOT NULL REFERENCES vintages (id),
      value REAL NOT NULL,
      decimals INTEGER NOT NULL,
      PRIMARY KEY (series, period, vintage)
    ) WITHOUT ROWID;
    CREATE TABLE regions (
      name TEXT NOT NULL,
      vintage INTEGER NOT NULL REFERENCES vintages (id),
      position INTEGER NOT NULL,
      parent TEXT,
      PRIMARY KEY (name, vintage)
    ) WITHOUT ROWID;
    CREATE TABLE indicators (
      code TEXT NOT NULL,
      vintage INTEGER NOT NULL REFERENCES vintages (id),
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
    ) WITHOUT ROWID;
    CREATE VIEW readable_observations AS
      SELECT s.region, s.indicator, s.form,
        printf('%04d-%02d', o.period / 12, o.period % 12 + 1) AS period,
        o.value, o.decimals, o.vintage
      FROM observations o JOIN series s ON s.id = o.series;
    """

  /// The statements that bring version n to n + 1, at index n − 1 (none yet: version 1 is the first).
  static let migrations: [String] = []
}
